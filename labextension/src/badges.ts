/**
 * Cell badges: a small "tf" marker in the prompt gutter of every cell that defines a function with
 * a pending recommendation. Clicking it opens the panel on that function.
 *
 * The marker lives in the cell's input area (the prompt's own text is rewritten on every run, and
 * the cell node's children are managed by its layout), and is re-attached whenever the cells or
 * the report change.
 */
import { Cell } from '@jupyterlab/cells';
import { NotebookPanel } from '@jupyterlab/notebook';
import { IDisposable } from '@lumino/disposable';

import { findCell } from './cells';
import { describeRecommendation, IFunctionEntry, recommendationKind, ReportModel } from './model';

const BADGE_CLASS = 'jp-hybridize-CellBadge';
const HOST_CLASS = 'jp-hybridize-mod-hasBadge';

export class CellBadges implements IDisposable {
  constructor(panel: NotebookPanel, model: ReportModel, onOpen: (entry: IFunctionEntry) => void) {
    this._panel = panel;
    this._model = model;
    this._onOpen = onOpen;
    model.changed.connect(this._schedule, this);
    panel.content.model?.cells.changed.connect(this._schedule, this);
    panel.content.modelChanged.connect(this._onNotebookModelChanged, this);
    this._schedule();
  }

  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /** Put a badge on every cell with pending recommendations, and take the others away. */
  update(): void {
    if (this._isDisposed) {
      return;
    }
    const pending = new Map<Cell, IFunctionEntry[]>();
    for (const entry of this._model.entries) {
      if (!this._model.isPending(entry)) {
        continue;
      }
      const cell = findCell(this._panel, entry);
      if (cell) {
        pending.set(cell, [...(pending.get(cell) ?? []), entry]);
      }
    }
    for (const cell of this._panel.content.widgets) {
      const entries = pending.get(cell);
      if (entries) {
        this._show(cell, entries);
      } else {
        this._hide(cell);
      }
    }
  }

  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    this._model.changed.disconnect(this._schedule, this);
    this._panel.content.model?.cells.changed.disconnect(this._schedule, this);
    this._panel.content.modelChanged.disconnect(this._onNotebookModelChanged, this);
    if (!this._panel.isDisposed) {
      for (const cell of this._panel.content.widgets) {
        this._hide(cell);
      }
    }
  }

  private _show(cell: Cell, entries: IFunctionEntry[]): void {
    const host = cell.inputArea?.node;
    if (!host) {
      // A cell outside the viewport renders lazily; come back once it has.
      if (!this._waiting.has(cell)) {
        this._waiting.add(cell);
        void cell.ready.then(() => this._schedule());
      }
      return;
    }
    let badge = this._badges.get(cell);
    if (!badge) {
      badge = document.createElement('button');
      badge.type = 'button';
      badge.className = BADGE_CLASS;
      badge.textContent = 'tf';
      badge.addEventListener('mousedown', event => event.stopPropagation());
      badge.addEventListener('click', event => {
        event.preventDefault();
        event.stopPropagation();
        const shown = this._entries.get(cell);
        if (shown && shown.length) {
          this._onOpen(shown[0]);
        }
      });
      this._badges.set(cell, badge);
    }
    if (badge.parentElement !== host) {
      host.appendChild(badge);
    }
    cell.addClass(HOST_CLASS);
    this._entries.set(cell, entries);
    const kind = recommendationKind(entries[0]);
    badge.dataset.kind = kind;
    const lines = entries.map(entry => `${entry.qualname}: ${describeRecommendation(entry)}`);
    badge.title = `Hybridize\n${lines.join('\n')}\nClick to open the Hybridize panel.`;
    badge.setAttribute('aria-label', `Hybridize: ${lines.join('; ')}`);
  }

  private _hide(cell: Cell): void {
    const badge = this._badges.get(cell);
    badge?.remove();
    this._entries.delete(cell);
    if (!cell.isDisposed) {
      cell.removeClass(HOST_CLASS);
    }
  }

  private _onNotebookModelChanged(): void {
    this._panel.content.model?.cells.changed.connect(this._schedule, this);
    this._schedule();
  }

  /** Update once the notebook has made the widgets of changed cells. */
  private _schedule(): void {
    if (this._scheduled || this._isDisposed) {
      return;
    }
    this._scheduled = true;
    setTimeout(() => {
      this._scheduled = false;
      this.update();
    }, 0);
  }

  private _panel: NotebookPanel;
  private _model: ReportModel;
  private _onOpen: (entry: IFunctionEntry) => void;
  private _badges = new WeakMap<Cell, HTMLButtonElement>();
  private _entries = new WeakMap<Cell, IFunctionEntry[]>();
  private _waiting = new WeakSet<Cell>();
  private _scheduled = false;
  private _isDisposed = false;
}
