/**
 * One notebook's advisor: its link to the kernel, its report, its cell badges, and the actions
 * the panel offers (analyse, apply, apply all safe, benchmark, reveal, load the extension).
 */
import { Dialog, showDialog } from '@jupyterlab/apputils';
import { Cell, ICellModel } from '@jupyterlab/cells';
import { Notebook, NotebookActions, NotebookPanel } from '@jupyterlab/notebook';
import { IDisposable } from '@lumino/disposable';
import { Widget } from '@lumino/widgets';

import { CellBadges } from './badges';
import { findCell, isEditedSinceRun, revealEntry, runCell, writeRewrite } from './cells';
import {
  HybridizeLink,
  IAppliedMessage,
  IReceived,
  KernelMessageData,
  mayLoadExtension
} from './comm';
import { cellLabel, describeRecommendation, IFunctionEntry, plainText, ReportModel } from './model';
import { checkFresh, unifiedDiff } from './rewrite';

export interface ISettings {
  /** Take the report the kernel sends after every execution. */
  autoAnalyse: boolean;
  /** Run a cell again once Apply has rewritten it. */
  rerunAfterApply: boolean;
  /** Seconds a benchmark may take. */
  benchBudget: number;
  /** Show info-level findings. */
  showInfo: boolean;
}

export const DEFAULT_SETTINGS: ISettings = {
  autoAnalyse: true,
  rerunAfterApply: false,
  benchBudget: 2,
  showInfo: false
};

export interface IAdvisorOptions {
  panel: NotebookPanel;
  settings: () => ISettings;
  /** Show the side panel on a function (a cell badge was clicked). */
  openPanel: (advisor: NotebookAdvisor, entry: IFunctionEntry) => void;
  /** Bring the notebook forward before revealing a cell in it. */
  activateNotebook: (panel: NotebookPanel) => void;
}

/**
 * A rewrite written into a cell that has not run since. Until it runs, its functions count as
 * applied (a report taken meanwhile still describes the text that ran); undoing it in the cell
 * makes them pending again.
 */
interface IWritten {
  oldSource: string;
  newSource: string;
  qualnames: string[];
}

const EDITED_SINCE_RUN =
  'The cell was edited after it ran, so the analysis does not describe it any more: run it ' +
  'again, then Apply.';

export class NotebookAdvisor implements IDisposable {
  constructor(options: IAdvisorOptions) {
    this.panel = options.panel;
    this._settings = options.settings;
    this._activateNotebook = options.activateNotebook;
    this.model = new ReportModel();
    this.link = new HybridizeLink({
      sessionContext: this.panel.sessionContext,
      autoAnalyse: () => this._settings().autoAnalyse
    });
    this.link.received.connect(this._onReceived, this);
    this.link.reset.connect(this._onReset, this);
    NotebookActions.executed.connect(this._onExecuted, this);
    this.badges = new CellBadges(this.panel, this.model, entry => options.openPanel(this, entry));
  }

  readonly panel: NotebookPanel;
  readonly model: ReportModel;
  readonly link: HybridizeLink;
  readonly badges: CellBadges;

  get isDisposed(): boolean {
    return this._isDisposed;
  }

  get settings(): ISettings {
    return this._settings();
  }

  /** Tell the kernel about settings it may honour. */
  settingsChanged(previous: ISettings): void {
    const current = this._settings();
    if (current.autoAnalyse !== previous.autoAnalyse) {
      // A kernel that does not know `configure` answers with an error: nothing to show.
      this.link
        .request({ type: 'configure', auto_analyse: current.autoAnalyse })
        .catch(() => undefined);
      if (current.autoAnalyse) {
        void this.analyse();
      }
    }
  }

  async analyse(): Promise<void> {
    try {
      const replies = await this.link.request({ type: 'analyse' });
      this._reportErrors(replies);
    } catch (error) {
      this.model.setMessage(describe(error), 'error');
    }
  }

  async loadExtension(): Promise<void> {
    this.model.setMessage('');
    await this.link.loadExtension();
  }

  /** Show the function's cell, with the cursor on its line. */
  async reveal(entry: IFunctionEntry): Promise<void> {
    this._activateNotebook(this.panel);
    const found = await revealEntry(this.panel, entry);
    if (!found) {
      this.model.updateRow(entry.qualname, {
        message: `Cannot find the cell of ${entry.qualname} (${cellLabel(entry)}) in this notebook.`,
        messageKind: 'error'
      });
    }
  }

  /** Ask the kernel for the rewrite of one function and write it into its cell. */
  async apply(entry: IFunctionEntry): Promise<void> {
    const qualname = entry.qualname;
    if (!this._mayRewrite(entry)) {
      return;
    }
    this.model.updateRow(qualname, { busy: 'applying', message: undefined });
    let replies: KernelMessageData[];
    try {
      // The rewritten text only: the kernel keeps its definition until the cell runs, so one
      // undo in the cell undoes all of it.
      replies = await this.link.request({ type: 'apply', qualnames: [qualname], preview: true });
    } catch (error) {
      this.model.updateRow(qualname, {
        busy: undefined,
        message: describe(error),
        messageKind: 'error'
      });
      return;
    }
    const errors = errorsOf(replies);
    // (A kernel extension without previews sends plain `applied` messages: written all the same.)
    const applied = appliedOf(replies);
    const outcomes = await Promise.all(applied.map(reply => this._write(reply)));
    const failed = outcomes.filter(outcome => !outcome.ok);
    let message: string;
    if (errors.length) {
      message = errors.join('\n');
    } else if (failed.length) {
      message = failed.map(outcome => outcome.message).join('\n');
    } else if (applied.length) {
      const verdict = applied[0].verification?.[qualname]?.text;
      message =
        `Applied: ${describeRecommendation(entry)}${verdict ? `, ${verdict}` : ''}. ` +
        (this._settings().rerunAfterApply
          ? 'The cell runs again. '
          : 'Run the cell for the kernel to use it. ') +
        'Ctrl+Z in the cell undoes it.';
    } else {
      message = 'The kernel had nothing to rewrite.';
    }
    this.model.updateRow(qualname, {
      busy: undefined,
      applied: applied.length > 0 && !failed.length && !errors.length,
      message,
      messageKind: errors.length || failed.length ? 'error' : 'info'
    });
  }

  /** Preview every safe rewrite as one diff; write them only once the user agrees. */
  async applyAllSafe(): Promise<void> {
    const safe = this.model.safeEntries();
    if (!safe.length) {
      this.model.setMessage('No safe recommendation to apply.');
      return;
    }
    const qualnames = [...new Set(safe.map(entry => entry.qualname))];
    let previews: IAppliedMessage[];
    try {
      const replies = await this.link.request({ type: 'apply', qualnames, preview: true });
      // A function whose rewrite failed its verification is refused on its own row; the rest go on.
      for (const reply of replies) {
        if (reply.type === 'error' && reply.qualname) {
          this.model.updateRow(reply.qualname, { message: reply.message, messageKind: 'error' });
        }
      }
      const errors = replies.flatMap(reply =>
        reply.type === 'error' && !reply.qualname ? [reply.message] : []
      );
      if (errors.length) {
        this.model.setMessage(errors.join('\n'), 'error');
        return;
      }
      previews = appliedOf(replies).filter(reply => reply.preview);
      const done = appliedOf(replies).filter(reply => !reply.preview);
      if (done.length) {
        // A kernel extension that does not know previews has applied already: keep the cells
        // in step with what it rebound.
        const outcomes = await Promise.all(done.map(reply => this._write(reply)));
        const problems = outcomes.filter(outcome => !outcome.ok).map(outcome => outcome.message);
        this.model.setMessage(
          ['The kernel extension applied the changes without a preview.', ...problems].join('\n'),
          problems.length ? 'error' : 'info'
        );
        return;
      }
    } catch (error) {
      this.model.setMessage(describe(error), 'error');
      return;
    }
    if (!previews.length) {
      this.model.setMessage('The kernel proposed no change.');
      return;
    }
    const fresh: IAppliedMessage[] = [];
    const diffs: string[] = [];
    const skipped: string[] = [];
    for (const preview of previews) {
      const cell = preview.cell_id ? findCell(this.panel, preview) : null;
      const label = this._cellLabel(cell, preview.qualname);
      const edited = cell
        ? !checkFresh(cell.model.sharedModel.getSource(), preview.old_source).fresh
        : false;
      if ((preview.cell_id && !cell) || edited) {
        skipped.push(
          `${namesOf(preview).join(', ')}: ${edited ? 'the cell was edited after it ran' : 'the cell is gone'}`
        );
        continue;
      }
      fresh.push(preview);
      diffs.push(previewDiff(preview, label, 'rewritten'));
    }
    if (!fresh.length) {
      this.model.setMessage(`Nothing can be applied:\n${skipped.join('\n')}`, 'error');
      return;
    }
    const changes = fresh.reduce((total, preview) => total + namesOf(preview).length, 0);
    const result = await showDialog({
      title:
        `Apply ${changes === 1 ? 'this change' : `these ${changes} changes`}` +
        `${fresh.length > 1 ? ` in ${fresh.length} cells` : ''}?`,
      body: new DiffBody(diffs.join('\n'), skipped),
      buttons: [Dialog.cancelButton(), Dialog.okButton({ label: 'Apply' })]
    });
    if (!result.button.accept) {
      return;
    }
    const outcomes = await Promise.all(fresh.map(preview => this._write(preview)));
    fresh.forEach((preview, index) => {
      if (outcomes[index].ok) {
        namesOf(preview).forEach(name => this.model.updateRow(name, { applied: true }));
      }
    });
    const written = outcomes.filter(outcome => outcome.ok).length;
    const problems = [
      ...outcomes.filter(outcome => !outcome.ok).map(outcome => outcome.message),
      ...skipped
    ];
    this.model.setMessage(
      `Rewrote ${written} cell${written === 1 ? '' : 's'}` +
        (this._settings().rerunAfterApply
          ? ', and ran them again'
          : `: run ${written === 1 ? 'it' : 'them'} for the kernel to use the changes`) +
        ' (Ctrl+Z in a cell undoes its change).' +
        (problems.length ? `\n${problems.join('\n')}` : ''),
      problems.length ? 'error' : 'info'
    );
  }

  /**
   * The engine's mechanical fixes of one function (`print` to `tf.print`): the kernel makes the
   * rewritten cell, the user sees the diff, and it is written as one undoable change.
   */
  async fix(entry: IFunctionEntry): Promise<void> {
    const qualname = entry.qualname;
    if (!this._mayRewrite(entry)) {
      return;
    }
    let previews: IAppliedMessage[];
    try {
      const replies = await this.link.request({ type: 'fix', qualname });
      const errors = errorsOf(replies);
      if (errors.length) {
        this.model.updateRow(qualname, { message: errors.join('\n'), messageKind: 'error' });
        return;
      }
      previews = appliedOf(replies);
    } catch (error) {
      this.model.updateRow(qualname, { message: describe(error), messageKind: 'error' });
      return;
    }
    if (!previews.length) {
      this.model.updateRow(qualname, {
        message: 'The kernel proposed no fix.',
        messageKind: 'info'
      });
      return;
    }
    const titles = (entry.fixes ?? []).map(fix => plainText(fix.title));
    const label = this._cellLabel(findCell(this.panel, entry), qualname);
    const diff = previews.map(preview => previewDiff(preview, label, 'fixed')).join('\n');
    const result = await showDialog({
      title: titles.length === 1 ? `${titles[0]}?` : `Apply ${titles.length} fixes to ${qualname}?`,
      body: new DiffBody(diff, []),
      buttons: [Dialog.cancelButton(), Dialog.okButton({ label: 'Fix' })]
    });
    if (!result.button.accept) {
      return;
    }
    const outcomes = await Promise.all(previews.map(preview => this._write(preview, false)));
    const failed = outcomes.filter(outcome => !outcome.ok);
    this.model.updateRow(qualname, {
      message: failed.length
        ? failed.map(outcome => outcome.message).join('\n')
        : 'Fixed. Run the cell for the kernel to use it; Ctrl+Z in the cell undoes it.',
      messageKind: failed.length ? 'error' : 'info'
    });
  }

  /**
   * Benchmark eager against graph execution in the kernel (SPEC 8). `force` runs a function the
   * report says not to time (its side effects run on every timed call), once the user agreed.
   */
  async bench(entry: IFunctionEntry, force = false): Promise<void> {
    const qualname = entry.qualname;
    if (this.model.row(qualname).busy) {
      return;
    }
    this.model.updateRow(qualname, {
      busy: 'benchmarking',
      progress: 0,
      phase: undefined,
      message: undefined
    });
    const budget = this._settings().benchBudget;
    let replies: KernelMessageData[];
    try {
      replies = await this.link.request(
        force ? { type: 'bench', qualname, budget, force } : { type: 'bench', qualname, budget }
      );
    } catch (error) {
      this.model.updateRow(qualname, {
        busy: undefined,
        progress: undefined,
        phase: undefined,
        message: describe(error),
        messageKind: 'error'
      });
      return;
    }
    const errors = errorsOf(replies);
    const result = replies.some(reply => reply.type === 'bench_result');
    this.model.updateRow(qualname, {
      busy: undefined,
      progress: undefined,
      phase: undefined,
      message: errors.length
        ? errors.join('\n')
        : result
          ? undefined
          : 'The kernel sent no benchmark result.',
      messageKind: 'error'
    });
  }

  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    NotebookActions.executed.disconnect(this._onExecuted, this);
    this._forgetWritten();
    this.badges.dispose();
    this.link.dispose();
  }

  /**
   * Whether a rewrite of the function may start: not while one is running, and not in a cell
   * edited since it ran (the row says so).
   */
  private _mayRewrite(entry: IFunctionEntry): boolean {
    if (this.model.row(entry.qualname).busy) {
      return false;
    }
    const cell = findCell(this.panel, entry);
    if (cell && isEditedSinceRun(cell)) {
      this.model.updateRow(entry.qualname, { message: EDITED_SINCE_RUN, messageKind: 'error' });
      return false;
    }
    return true;
  }

  /** "cell 4": the cell's place in the notebook, as the panel names it. */
  private _cellLabel(cell: Cell | null, qualname: string): string {
    return cell
      ? `cell ${this.panel.content.widgets.indexOf(cell) + 1}`
      : `the cell of ${qualname}`;
  }

  /**
   * Write one kernel rewrite into its cell; a stale cell is re-analysed and left alone. A written
   * recommendation counts as applied until the cell runs (`applies`); a fix does not apply one.
   */
  private async _write(
    reply: IAppliedMessage,
    applies = true
  ): Promise<{ ok: boolean; message: string }> {
    const outcome = writeRewrite(
      this.panel,
      { cell_id: reply.cell_id },
      reply.old_source,
      reply.new_source
    );
    if (!outcome.ok) {
      if (outcome.reason === 'stale') {
        void this.analyse();
        return { ok: false, message: `${namesOf(reply).join(', ')}: ${EDITED_SINCE_RUN}` };
      }
      return { ok: false, message: `${namesOf(reply).join(', ')}: ${outcome.message}` };
    }
    if (reply.preview && applies) {
      this._trackWritten(outcome.cell.model, reply); // (a plain `applied` was rebound in the kernel already)
    }
    if (this._settings().rerunAfterApply) {
      await runCell(this.panel, outcome.cell);
    }
    return { ok: true, message: '' };
  }

  private _trackWritten(model: ICellModel, reply: IAppliedMessage): void {
    this._forgetWritten(model);
    this._written.set(model, {
      oldSource: reply.old_source,
      newSource: reply.new_source,
      qualnames: namesOf(reply)
    });
    model.contentChanged.connect(this._onWrittenCellChanged, this);
  }

  /** Stop tracking the rewrite of one cell (it ran, or was edited), or of every cell. */
  private _forgetWritten(model?: ICellModel): void {
    for (const tracked of model ? [model] : [...this._written.keys()]) {
      if (this._written.delete(tracked) && !tracked.isDisposed) {
        tracked.contentChanged.disconnect(this._onWrittenCellChanged, this);
      }
    }
  }

  private _onWrittenCellChanged(model: ICellModel): void {
    const written = this._written.get(model);
    const source = model.sharedModel.getSource();
    if (!written || source === written.newSource) {
      return;
    }
    this._forgetWritten(model);
    if (source === written.oldSource) {
      for (const qualname of written.qualnames) {
        this.model.updateRow(qualname, {
          applied: undefined,
          message: 'Undone: the cell is back as it ran.',
          messageKind: 'info'
        });
      }
    }
  }

  /** A fresh report still describes the text that ran: rewrites not run yet stay applied. */
  private _markWritten(): void {
    for (const written of this._written.values()) {
      for (const qualname of written.qualnames) {
        this.model.updateRow(qualname, {
          applied: true,
          message: 'Rewritten: run the cell for the kernel to use it.',
          messageKind: 'info'
        });
      }
    }
  }

  private _onReceived(_: HybridizeLink, { data, solicited }: IReceived): void {
    switch (data.type) {
      case 'report':
        if (solicited || this._settings().autoAnalyse) {
          this.model.setReport(data.report);
          this._markWritten();
        }
        break;
      case 'bench_progress':
        this.model.updateRow(data.qualname, {
          progress: Math.min(1, Math.max(0, data.fraction)),
          phase: data.phase
        });
        break;
      case 'bench_result':
        this.model.updateRow(data.qualname, { benchmark: data.benchmark });
        break;
      case 'applied':
        // Sent for `%hybridize apply` run in a cell: write it the same way.
        if (!solicited && !data.preview) {
          void this._write(data).then(outcome => {
            if (!outcome.ok) {
              this.model.setMessage(outcome.message, 'error');
            }
          });
        }
        break;
      case 'error':
        if (!solicited) {
          if (data.qualname) {
            this.model.updateRow(data.qualname, { message: data.message, messageKind: 'error' });
          } else {
            this.model.setMessage(data.message, 'error');
          }
        }
        break;
    }
  }

  private _onReset(): void {
    this._forgetWritten();
    this.model.clear();
  }

  /**
   * A cell of this notebook ran: its rewrite is the kernel's now, and if it may have loaded the
   * kernel extension, a panel without a link connects.
   */
  private _onExecuted(_: unknown, args: { notebook: Notebook; cell: Cell }): void {
    if (args.notebook !== this.panel.content) {
      return;
    }
    this._forgetWritten(args.cell.model); // the kernel has the rewrite now; its next report says so
    const waiting = this.link.status === 'unavailable' || this.link.status === 'no-answer';
    if (waiting && mayLoadExtension(args.cell.model.sharedModel.getSource())) {
      void this.link.connect();
    }
  }

  private _reportErrors(replies: KernelMessageData[]): void {
    const errors = errorsOf(replies);
    if (errors.length) {
      this.model.setMessage(errors.join('\n'), 'error');
    }
  }

  private _settings: () => ISettings;
  private _activateNotebook: (panel: NotebookPanel) => void;
  private _isDisposed = false;
  private _written = new Map<ICellModel, IWritten>();
}

/** The dialog body of "Apply all safe": the diff, as text. */
/** The text with a final newline, as a file of whole lines. */
/** The unified diff of a rewritten cell; `after` names the new text ("rewritten", "fixed"). */
function previewDiff(preview: IAppliedMessage, label: string, after: string): string {
  // A cell's text has no final newline: compare whole lines, without diff's end-of-file note.
  return unifiedDiff(asLines(preview.old_source), asLines(preview.new_source), {
    fromFile: `${label} (as it ran)`,
    toFile: `${label} (${after})`
  });
}

function asLines(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

class DiffBody extends Widget {
  constructor(diff: string, skipped: string[]) {
    super();
    this.addClass('jp-hybridize-DiffBody');
    const pre = document.createElement('pre');
    pre.className = 'jp-hybridize-Diff';
    for (const line of diff.split('\n')) {
      const span = document.createElement('span');
      const kind =
        line.startsWith('+++') || line.startsWith('---')
          ? 'file'
          : line.startsWith('@@')
            ? 'hunk'
            : line.startsWith('+')
              ? 'add'
              : line.startsWith('-')
                ? 'del'
                : 'context';
      span.className = `jp-hybridize-Diff-${kind}`;
      span.textContent = line + '\n';
      pre.appendChild(span);
    }
    this.node.appendChild(pre);
    if (skipped.length) {
      const note = document.createElement('p');
      note.className = 'jp-hybridize-DiffBody-skipped';
      note.textContent = `Left out: ${skipped.join('; ')}`;
      this.node.appendChild(note);
    }
  }
}

function errorsOf(replies: KernelMessageData[]): string[] {
  return replies.flatMap(reply => (reply.type === 'error' ? [reply.message] : []));
}

function appliedOf(replies: KernelMessageData[]): IAppliedMessage[] {
  return replies.filter((reply): reply is IAppliedMessage => reply.type === 'applied');
}

function namesOf(reply: IAppliedMessage): string[] {
  return reply.qualnames && reply.qualnames.length ? reply.qualnames : [reply.qualname];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
