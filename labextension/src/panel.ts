/**
 * The "Hybridize" side panel: the recommendations of the active notebook, one row per function.
 *
 * Every string that comes from the kernel is written with `textContent`, never as HTML.
 */
import { Dialog, showDialog } from '@jupyterlab/apputils';
import { LabIcon } from '@jupyterlab/ui-components';
import { Message } from '@lumino/messaging';
import { Widget } from '@lumino/widgets';

import { NotebookAdvisor } from './advisor';
import { findCell } from './cells';
import { HybridizeLink } from './comm';
import {
  cellLabel,
  codeSpans,
  describeBenchmark,
  describeChanges,
  describePlan,
  describeRecommendation,
  entryKey,
  formatSpeedup,
  formatSummary,
  IBenchmark,
  IFunctionEntry,
  IWording,
  IWordingItem,
  plainText,
  recommendationKind,
  SectionKey,
  SECTIONS,
  wordingOf
} from './model';

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">
  <g class="jp-icon3" fill="#616161">
    <circle cx="5" cy="6" r="2.5"/><circle cx="5" cy="18" r="2.5"/><circle cx="19" cy="12" r="2.5"/>
    <path d="M6.6 7.6l10.2 3.4-.5 1.4L6.1 9zM6.1 15l10.2-3.4.5 1.4-10.2 3.4z"/>
  </g>
</svg>`;

export const hybridizeIcon = new LabIcon({ name: 'jupyterlab-hybridize:icon', svgstr: ICON_SVG });

export const PANEL_ID = 'jupyterlab-hybridize-panel';

/** A DOM element whose text is set as text. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** Append `text` to `node`, its `code` spans as <code> elements (all as text, never HTML). */
function appendSpans(node: HTMLElement, text: string): HTMLElement {
  for (const [part, isCode] of codeSpans(text)) {
    node.appendChild(isCode ? el('code', undefined, part) : document.createTextNode(part));
  }
  return node;
}

/** Why the report says not to time a candidate that has not been timed (in its words), or null. */
function refusalOf(entry: IFunctionEntry, benchmark: IBenchmark | null | undefined): string | null {
  if (!entry.candidate || entry.benchmarkable !== false || benchmark) {
    return null;
  }
  return wordingOf(entry).refusal || 'the analysis advises against timing it';
}

/** A neutral mark for a reason not to change the code, a warning sign for what to watch. */
const SECTION_ICONS: Partial<Record<SectionKey, string>> = {
  why: '\u2139',
  watch_out: '\u26a0',
  notes: '\u2022'
};

function button(
  label: string,
  onClick: () => void,
  options: { title?: string; accent?: boolean; disabled?: boolean } = {}
): HTMLButtonElement {
  const node = el('button', `jp-hybridize-Button${options.accent ? ' jp-mod-accent' : ''}`, label);
  node.type = 'button';
  if (options.title) {
    node.title = options.title;
  }
  node.disabled = !!options.disabled;
  node.addEventListener('click', event => {
    event.stopPropagation();
    onClick();
  });
  return node;
}

/**
 * Where a function is: "cell 4:1", the cell's place in the notebook (which survives a reload and a
 * new kernel, unlike execution counts) and the line; the execution count goes in the tooltip.
 */
function locationOf(advisor: NotebookAdvisor, entry: IFunctionEntry): HTMLElement {
  const cell = findCell(advisor.panel, entry);
  const index = cell ? advisor.panel.content.widgets.indexOf(cell) + 1 : 0;
  const node = el(
    'span',
    'jp-hybridize-Location',
    index ? `cell ${index}:${entry.line}` : `${cellLabel(entry)}:${entry.line}`
  );
  const count = entry.execution_count;
  node.title =
    (index ? `cell ${index}, line ${entry.line}` : `line ${entry.line}`) +
    (count !== null && count !== undefined ? ` (In [${count}])` : '');
  return node;
}

/** Ask before timing a function the report says not to time; benchmark it if the user agrees. */
async function confirmForcedBenchmark(
  advisor: NotebookAdvisor,
  entry: IFunctionEntry,
  refusal: string
): Promise<void> {
  const result = await showDialog({
    title: `Benchmark ${entry.qualname} anyway?`,
    body: `${refusal.charAt(0).toUpperCase()}${refusal.slice(1)}.`,
    buttons: [Dialog.cancelButton(), Dialog.warnButton({ label: 'Benchmark anyway' })]
  });
  if (result.button.accept) {
    await advisor.bench(entry, true);
  }
}

export class HybridizePanel extends Widget {
  constructor() {
    super();
    this.id = PANEL_ID;
    this.addClass('jp-hybridize-Panel');
    this.title.icon = hybridizeIcon;
    this.title.caption = 'Hybridize: @tf.function recommendations';
    this.node.tabIndex = -1;
    this._header = el('div', 'jp-hybridize-Header');
    this._status = el('div', 'jp-hybridize-Status');
    this._summary = el('div', 'jp-hybridize-Summary');
    this._message = el('div', 'jp-hybridize-Message');
    this._list = el('ul', 'jp-hybridize-List');
    this._list.setAttribute('role', 'list');
    this._list.setAttribute('aria-label', 'Functions of the notebook');
    this._list.addEventListener('keydown', event => this._onListKey(event));
    this._units = el('ul', 'jp-hybridize-ParseErrors');
    this.node.append(
      this._header,
      this._status,
      this._summary,
      this._message,
      this._list,
      this._units
    );
  }

  get advisor(): NotebookAdvisor | null {
    return this._advisor;
  }

  /** Show another notebook's advisor (or none). */
  setAdvisor(advisor: NotebookAdvisor | null): void {
    if (advisor === this._advisor) {
      return;
    }
    if (this._advisor && !this._advisor.isDisposed) {
      this._advisor.model.changed.disconnect(this._onChange, this);
      this._advisor.link.statusChanged.disconnect(this._onChange, this);
      this._advisor.panel.title.changed.disconnect(this._onChange, this);
      this._advisor.panel.sessionContext.statusChanged.disconnect(this._onKernelStatus, this);
    }
    this._advisor = advisor;
    this._focusKey = null;
    if (advisor) {
      advisor.model.changed.connect(this._onChange, this);
      advisor.link.statusChanged.connect(this._onChange, this);
      advisor.panel.title.changed.connect(this._onChange, this);
      advisor.panel.sessionContext.statusChanged.connect(this._onKernelStatus, this);
    }
    this._listStale = true;
    this.update();
  }

  /** Scroll to a function's row and mark it (a cell badge was clicked). */
  focusFunction(entry: IFunctionEntry): void {
    this._focusKey = entryKey(entry);
    this._listStale = true;
    this.update();
  }

  /** Settings changed: show info findings or not. */
  refresh(): void {
    this._listStale = true;
    this.update();
  }

  dispose(): void {
    this.setAdvisor(null);
    super.dispose();
  }

  protected onUpdateRequest(_: Message): void {
    this._render();
  }

  protected onAfterShow(_: Message): void {
    this.update();
  }

  /** The kernel started or finished running cells: only the status line changes. */
  private _onKernelStatus(): void {
    this.update();
  }

  private _onChange(sender: unknown): void {
    if (this._advisor?.isDisposed) {
      this.setAdvisor(null);
      return;
    }
    // A title change (the notebook renamed, or merely focused) does not touch the rows.
    if (sender !== this._advisor?.panel.title) {
      this._listStale = true;
    }
    this.update();
  }

  private _render(): void {
    const advisor = this._advisor;
    this._renderHeader(advisor);
    this._renderStatus(advisor);
    const model = advisor?.model;
    const summary = model?.summary;
    this._summary.textContent = summary && model ? describeChanges(model.entries) : '';
    const plan = describePlan(model?.report ?? null);
    if (plan) {
      this._summary.append(el('div', 'jp-hybridize-Plan', `Plan: ${plan}`));
    }
    this._summary.title = summary ? `${formatSummary(summary)} (the paper's counts)` : '';
    this._message.textContent = model?.message ?? '';
    this._message.dataset.kind = model?.messageKind ?? 'info';
    this._message.hidden = !model?.message;
    if (!this._listStale) {
      return; // rebuilding the rows would swallow a click in progress
    }
    this._listStale = false;

    const scroll = this.node.scrollTop;
    const active = document.activeElement;
    if (active instanceof HTMLElement && this._list.contains(active)) {
      // Keep the keyboard on the same row; and never remove the focused element itself (the
      // focus would leave with it, which a dialog that gives it back then trips over).
      const row = active.closest<HTMLElement>('.jp-hybridize-Row');
      this._focusAfterRender = this._focusAfterRender ?? row?.dataset.key ?? null;
      this.node.focus({ preventScroll: true });
    }
    this._list.replaceChildren();
    this._units.replaceChildren();
    if (!advisor || !model) {
      return;
    }
    let focused: HTMLElement | null = null;
    if (this._focusKey) {
      this._expanded.add(this._focusKey); // a cell badge asks about this function: open it
    }
    for (const entry of model.entries) {
      const row = this._renderRow(advisor, entry);
      if (entryKey(entry) === this._focusKey) {
        row.classList.add('jp-mod-focused');
        focused = row;
      }
      this._list.appendChild(row);
      if (entryKey(entry) === this._focusAfterRender) {
        row.querySelector<HTMLElement>('.jp-hybridize-RowHeader')?.focus();
      }
    }
    this._focusAfterRender = null;
    if (model.report && !model.entries.length) {
      this._list.appendChild(el('li', 'jp-hybridize-Empty', 'No function defined yet.'));
    }
    for (const unit of model.report?.units ?? []) {
      for (const error of unit.parse_errors ?? []) {
        this._units.appendChild(
          el('li', 'jp-hybridize-ParseError', `${unit.id}:${error.line}: ${error.message}`)
        );
      }
    }
    this.node.scrollTop = scroll;
    if (focused) {
      focused.scrollIntoView({ block: 'nearest' });
      this._focusKey = null;
    }
  }

  private _renderHeader(advisor: NotebookAdvisor | null): void {
    const connected = advisor?.link.status === 'connected';
    const hasSafe = !!advisor?.model.safeEntries().length;
    const label = advisor ? advisor.panel.title.label : '';
    const key = JSON.stringify([label, connected, hasSafe]);
    if (key === this._headerKey) {
      return;
    }
    this._headerKey = key;
    this._header.replaceChildren();
    const title = el('h2', 'jp-hybridize-Title', 'Hybridize');
    const notebook = el('div', 'jp-hybridize-Notebook', label);
    const tools = el('div', 'jp-hybridize-Tools');
    tools.append(
      button('Analyse', () => void advisor?.analyse(), {
        title: 'Analyse every function run so far in this notebook',
        disabled: !connected
      }),
      button('Apply all safe', () => void advisor?.applyAllSafe(), {
        title: 'Review the diff of every safe recommendation, then apply them',
        disabled: !connected || !hasSafe
      })
    );
    this._header.append(title, notebook, tools);
  }

  private _renderStatus(advisor: NotebookAdvisor | null): void {
    const busy = advisor?.panel.sessionContext.kernelDisplayStatus === 'busy';
    const key = JSON.stringify(
      advisor ? [advisor.link.status, advisor.link.detail, !!advisor.model.report, busy] : null
    );
    if (key === this._statusKey) {
      return;
    }
    this._statusKey = key;
    this._status.replaceChildren();
    if (!advisor) {
      this._status.textContent =
        'Open a notebook to see which of its functions should run as a graph.';
      this._status.dataset.status = 'none';
      return;
    }
    const link: HybridizeLink = advisor.link;
    this._status.dataset.status = link.status;
    const text = (words: string): void => {
      this._status.appendChild(el('span', 'jp-hybridize-StatusText', words));
    };
    switch (link.status) {
      case 'connected':
        if (busy) {
          // Between Run All and the report: say that the rows follow once the cells have run.
          this._status.dataset.status = 'busy';
          text('The kernel is running cells; the report follows when it is done…');
        } else if (!advisor.model.report) {
          text('Waiting for the first report…');
        }
        break;
      case 'connecting':
        text('Connecting to the kernel…');
        break;
      case 'loading':
        text('Loading the extension in the kernel…');
        break;
      case 'no-kernel':
        text(link.detail || 'This notebook has no running kernel.');
        break;
      case 'unavailable':
      case 'no-answer':
        text(link.detail || 'The kernel has no hybridize extension loaded.');
        this._status.append(
          button('Load the extension', () => void advisor.loadExtension(), {
            title:
              'Run %load_ext hybridize_kernel and %hybridize observe on in the kernel, then connect',
            accent: true
          }),
          button('Retry', () => void advisor.link.connect(), {
            title: 'Connect to the kernel extension again (once the kernel is idle, say)'
          })
        );
        break;
    }
  }

  /**
   * One function: collapsed, one line (badge, name, where, speed-up) and the reason under it;
   * expanded, the reasons under their headings, the benchmark, the fixes and the actions (SPEC 9.1).
   * Clicking the line reveals the function in its cell and opens the row.
   */
  private _renderRow(advisor: NotebookAdvisor, entry: IFunctionEntry): HTMLLIElement {
    const model = advisor.model;
    const key = entryKey(entry);
    const expanded = this._expanded.has(key);
    const row = el('li', 'jp-hybridize-Row');
    row.dataset.kind = recommendationKind(entry);
    row.dataset.key = key;
    row.setAttribute('role', 'listitem');
    row.setAttribute('aria-expanded', String(expanded));
    const wording = wordingOf(entry);
    const recommendation = describeRecommendation(entry);

    const head = el('div', 'jp-hybridize-RowHeader');
    head.tabIndex = 0;
    head.setAttribute('role', 'button');
    head.setAttribute('aria-expanded', String(expanded));
    head.setAttribute(
      'aria-label',
      `${entry.qualname}: ${recommendation}. ${plainText(wording.reason)}`
    );
    head.title = `Show ${entry.qualname} in its cell`;
    head.addEventListener('click', () => {
      this._setExpanded(key, true);
      void advisor.reveal(entry);
    });
    const line = el('div', 'jp-hybridize-RowLine');
    const toggle = el('span', 'jp-hybridize-Toggle', expanded ? '\u25be' : '\u25b8');
    toggle.title = expanded ? 'Collapse' : 'Expand';
    toggle.addEventListener('click', event => {
      event.stopPropagation();
      this._setExpanded(key, !expanded, true);
    });
    const badge = el('span', 'jp-hybridize-Badge', recommendation);
    badge.dataset.kind = recommendationKind(entry);
    const name = el('span', 'jp-hybridize-Name', entry.qualname);
    name.title = entry.qualname;
    line.append(toggle, badge, name);
    const benchmark = model.benchmarkOf(entry);
    const speedup = formatSpeedup(benchmark?.speedup);
    if (speedup) {
      line.appendChild(el('span', 'jp-hybridize-Speedup', speedup));
    }
    // Under it, where the function is and why: the name keeps the width of the first line.
    const reason = el('div', 'jp-hybridize-Reason');
    reason.append(locationOf(advisor, entry), ' \u00b7 ');
    const sections = [...wording.why, ...wording.watch_out];
    if (!expanded || sections[0]?.text !== wording.reason) {
      appendSpans(reason, wording.reason); // (opened, the first reason below says it)
    } else {
      reason.lastChild?.remove();
    }
    reason.title = plainText(wording.reason);
    head.append(line, reason);
    row.appendChild(head);
    if (expanded) {
      row.appendChild(this._renderBody(advisor, entry, wording));
    }
    return row;
  }

  private _renderBody(
    advisor: NotebookAdvisor,
    entry: IFunctionEntry,
    wording: IWording
  ): HTMLElement {
    const model = advisor.model;
    const state = model.row(entry.qualname);
    const key = entryKey(entry);
    const body = el('div', 'jp-hybridize-RowBody');
    const now = el('div', 'jp-hybridize-Now', 'Now: ');
    now.appendChild(el('span', 'jp-hybridize-State', entry.is_hybrid ? 'hybrid' : 'eager'));
    if (entry.is_hybrid && entry.decorator) {
      now.append(' ', el('code', undefined, `@${entry.decorator}`));
    }
    body.appendChild(now);
    for (const [section, title] of SECTIONS) {
      const items = wording[section];
      if (!items.length || (section === 'notes' && !advisor.settings.showInfo)) {
        continue;
      }
      const part = el('section', 'jp-hybridize-Section');
      part.dataset.section = section;
      part.appendChild(el('h3', 'jp-hybridize-SectionTitle', title));
      const list = el('ul', 'jp-hybridize-Findings');
      items.forEach((item, index) => {
        list.appendChild(
          section === 'observed' || section === 'assumed'
            ? this._renderNote(section, item)
            : this._renderFinding(section, item, `${key}\u0000${section}\u0000${index}`)
        );
      });
      part.appendChild(list);
      body.appendChild(part);
    }

    if (wording.verification) {
      body.appendChild(el('div', 'jp-hybridize-Verification', `Apply: ${wording.verification}`));
    }
    const benchmark = model.benchmarkOf(entry);
    if (state.busy === 'benchmarking') {
      const progress = el('div', 'jp-hybridize-Progress');
      const bar = el('progress');
      bar.max = 1;
      bar.value = state.progress ?? 0;
      progress.append(
        el(
          'span',
          undefined,
          `Benchmarking${state.phase ? ` (${state.phase})` : ''}… ` +
            `${Math.round((state.progress ?? 0) * 100)}%`
        ),
        bar
      );
      body.appendChild(progress);
    } else if (benchmark) {
      const result = el('div', 'jp-hybridize-Benchmark', describeBenchmark(benchmark));
      result.dataset.equivalent = String(benchmark.equivalent ?? '');
      body.appendChild(result);
    }
    const refusal = refusalOf(entry, benchmark);
    if (refusal) {
      body.appendChild(
        appendSpans(el('div', 'jp-hybridize-Refusal', 'Not benchmarked: '), `${refusal}.`)
      );
    }
    if (state.message) {
      const message = appendSpans(el('div', 'jp-hybridize-RowMessage'), state.message);
      message.dataset.kind = state.messageKind ?? 'info';
      body.appendChild(message);
    }
    body.appendChild(this._renderActions(advisor, entry));
    return body;
  }

  /** A reason: its text (code as code); opened, its explanation, hint and code. */
  private _renderFinding(section: SectionKey, item: IWordingItem, openKey: string): HTMLLIElement {
    const node = el('li', 'jp-hybridize-Finding');
    node.dataset.section = section;
    const details = el('details');
    details.open = this._open.has(openKey);
    details.addEventListener('toggle', () => {
      if (details.open) {
        this._open.add(openKey);
      } else {
        this._open.delete(openKey);
      }
    });
    const summary = el('summary');
    summary.title = 'Explanation and hint';
    const icon = el('span', 'jp-hybridize-Icon', SECTION_ICONS[section] ?? '\u2022');
    icon.setAttribute('aria-hidden', 'true');
    const message = el('span', 'jp-hybridize-FindingMessage');
    appendSpans(message, item.text);
    summary.append(icon, message);
    details.appendChild(summary);
    if (item.explanation) {
      appendSpans(details.appendChild(el('p', 'jp-hybridize-Explanation')), item.explanation);
    }
    if (item.hint) {
      appendSpans(details.appendChild(el('p', 'jp-hybridize-Hint', 'Hint: ')), item.hint);
    }
    details.appendChild(
      el(
        'div',
        'jp-hybridize-Code',
        item.line !== null && item.line !== undefined
          ? `${item.code}, line ${item.line}`
          : item.code
      )
    );
    node.appendChild(details);
    return node;
  }

  private _renderNote(section: SectionKey, item: IWordingItem): HTMLLIElement {
    const node = el(
      'li',
      section === 'observed' ? 'jp-hybridize-Observed' : 'jp-hybridize-Assumption'
    );
    node.title = item.explanation ? `${item.code}: ${item.explanation}` : item.code;
    appendSpans(node, item.text);
    return node;
  }

  private _renderActions(advisor: NotebookAdvisor, entry: IFunctionEntry): HTMLElement {
    const model = advisor.model;
    const state = model.row(entry.qualname);
    const actions = el('div', 'jp-hybridize-Actions');
    const connected = advisor.link.status === 'connected';
    if (model.isPending(entry)) {
      actions.appendChild(
        button(state.busy === 'applying' ? 'Applying…' : 'Apply', () => void advisor.apply(entry), {
          title: `${describeRecommendation(entry)}: rewrite the cell (one undo restores it)`,
          accent: true,
          disabled: !connected || !!state.busy
        })
      );
    }
    for (const fix of entry.fixes ?? []) {
      actions.appendChild(
        button(`Fix: ${plainText(fix.title)}`, () => void advisor.fix(entry), {
          title: `Line ${fix.line}: ${plainText(fix.safety)}. Shows the change before writing it.`,
          disabled: !connected || !!state.busy
        })
      );
    }
    const benchmark = model.benchmarkOf(entry);
    const refusal = refusalOf(entry, benchmark);
    if (refusal) {
      // The engine refuses to time it: offer to run it anyway after a confirmation.
      actions.appendChild(
        button(
          state.busy === 'benchmarking' ? 'Benchmarking…' : 'Benchmark anyway…',
          () => void confirmForcedBenchmark(advisor, entry, plainText(refusal)),
          {
            title: 'Time it although its side effects will run on every timed call',
            disabled: !connected || !!state.busy
          }
        )
      );
    } else if (entry.candidate) {
      actions.appendChild(
        button(
          state.busy === 'benchmarking' ? 'Benchmarking…' : 'Benchmark',
          () => void advisor.bench(entry),
          {
            title: 'Time eager against graph execution in the kernel and compare their results',
            disabled: !connected || !!state.busy
          }
        )
      );
    }
    return actions;
  }

  /** Open or close a row; `keepFocus` puts the keyboard focus back on it once it is drawn again. */
  private _setExpanded(key: string, expanded: boolean, keepFocus = false): void {
    if (expanded === this._expanded.has(key)) {
      return;
    }
    if (expanded) {
      this._expanded.add(key);
    } else {
      this._expanded.delete(key);
    }
    this._focusAfterRender = keepFocus ? key : null;
    this._listStale = true;
    this.update();
  }

  /** Up and down move between rows; Enter opens or closes one; `a` applies it; Space reveals it. */
  private _onListKey(event: KeyboardEvent): void {
    const head = (event.target as HTMLElement).closest('.jp-hybridize-RowHeader');
    const row = head?.parentElement as HTMLElement | null;
    const advisor = this._advisor;
    if (!head || !row || !advisor || event.target !== head) {
      return;
    }
    const key = row.dataset.key ?? '';
    const entry = advisor.model.entries.find(candidate => entryKey(candidate) === key);
    const heads = Array.from(this._list.querySelectorAll<HTMLElement>('.jp-hybridize-RowHeader'));
    const index = heads.indexOf(head as HTMLElement);
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const next = heads[index + (event.key === 'ArrowDown' ? 1 : -1)];
        next?.focus();
        break;
      }
      case 'Enter':
        this._setExpanded(key, !this._expanded.has(key), true);
        break;
      case ' ':
        if (entry) {
          void advisor.reveal(entry);
        }
        break;
      case 'a':
        if (entry && advisor.model.isPending(entry) && advisor.link.status === 'connected') {
          void advisor.apply(entry);
        }
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private _advisor: NotebookAdvisor | null = null;
  private _focusKey: string | null = null;
  private _listStale = true;
  private _headerKey = '';
  private _statusKey = '';
  private _open = new Set<string>();
  private _expanded = new Set<string>();
  private _focusAfterRender: string | null = null;
  private _header: HTMLDivElement;
  private _status: HTMLDivElement;
  private _summary: HTMLDivElement;
  private _message: HTMLDivElement;
  private _list: HTMLUListElement;
  private _units: HTMLUListElement;
}
