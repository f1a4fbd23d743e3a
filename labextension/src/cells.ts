/**
 * The notebook side of a rewrite: find a cell by its id, show it, write the kernel's new text
 * into it as one undo step, and run it again.
 *
 * Cells are addressed by their JupyterLab cell id. Without one (an old kernel, a cell run from
 * another frontend) a cell is found only by its execution count or by holding exactly the text the
 * kernel rewrote, never by position alone.
 */
import { Cell } from '@jupyterlab/cells';
import { NotebookActions, NotebookPanel } from '@jupyterlab/notebook';

import { IFunctionEntry } from './model';
import { planCellRewrite } from './rewrite';

export interface ICellAddress {
  cell_id?: string | null;
  execution_count?: number | null;
}

export function getCellSource(cell: Cell): string {
  return cell.model.sharedModel.getSource();
}

/** The cell with this id, else the code cell whose last run had this execution count. */
export function findCell(panel: NotebookPanel, address: ICellAddress): Cell | null {
  const cells = panel.content.widgets;
  if (address.cell_id) {
    return cells.find(cell => cell.model.id === address.cell_id) ?? null;
  }
  const count = address.execution_count;
  if (count !== null && count !== undefined) {
    return (
      cells.find(
        cell =>
          cell.model.type === 'code' &&
          (cell.model as unknown as { executionCount: number | null }).executionCount === count
      ) ?? null
    );
  }
  return null;
}

/** The only code cell holding exactly `source`, or null. */
export function findCellBySource(panel: NotebookPanel, source: string): Cell | null {
  const matches = panel.content.widgets.filter(
    cell => cell.model.type === 'code' && getCellSource(cell) === source
  );
  return matches.length === 1 ? matches[0] : null;
}

/** True when the cell's text was edited after its last run (JupyterLab >= 4.1 tracks this). */
export function isEditedSinceRun(cell: Cell): boolean {
  return (
    cell.model.type === 'code' && (cell.model as unknown as { isDirty?: boolean }).isDirty === true
  );
}

/** Select the cell, scroll to it and put the cursor at the start of `line` (1-based). */
export async function revealCell(panel: NotebookPanel, cell: Cell, line: number): Promise<void> {
  const notebook = panel.content;
  const index = notebook.widgets.indexOf(cell);
  if (index < 0) {
    return;
  }
  notebook.activeCellIndex = index;
  notebook.deselectAll();
  await notebook.scrollToCell(cell);
  await cell.ready;
  const editor = cell.editor;
  if (!editor) {
    return;
  }
  const lastLine = Math.max(0, editor.lineCount - 1);
  editor.setCursorPosition({ line: Math.min(Math.max(0, line - 1), lastLine), column: 0 });
  notebook.mode = 'edit';
  editor.focus();
}

export function revealEntry(panel: NotebookPanel, entry: IFunctionEntry): Promise<boolean> {
  const cell = findCell(panel, entry);
  if (!cell) {
    return Promise.resolve(false);
  }
  return revealCell(panel, cell, entry.line).then(() => true);
}

export type WriteOutcome =
  { ok: true; cell: Cell } | { ok: false; reason: 'missing' | 'stale'; message: string };

/**
 * Write `newSource` into the cell if it still holds `oldSource`: one minimal replacement in one
 * transaction, its own undo step (one Ctrl+Z in the editor restores the cell).
 */
export function writeRewrite(
  panel: NotebookPanel,
  address: ICellAddress,
  oldSource: string,
  newSource: string
): WriteOutcome {
  const cell =
    address.cell_id || address.execution_count != null
      ? findCell(panel, address)
      : findCellBySource(panel, oldSource);
  if (!cell) {
    return {
      ok: false,
      reason: 'missing',
      message: address.cell_id
        ? `The cell ${address.cell_id} is not in this notebook any more.`
        : 'Cannot tell which cell to rewrite: the kernel did not say, and no single cell holds its text.'
    };
  }
  const shared = cell.model.sharedModel;
  const plan = planCellRewrite(shared.getSource(), oldSource, newSource);
  if (!plan.ok) {
    return { ok: false, reason: 'stale', message: plan.reason };
  }
  const { start, end, text } = plan.edit;
  if (start === end && text === '') {
    return { ok: true, cell };
  }
  const undo = (shared as unknown as { undoManager?: { stopCapturing(): void } | null })
    .undoManager;
  undo?.stopCapturing(); // do not merge with the user's last keystrokes
  shared.transact(() => {
    shared.updateSource(start, end, text);
  });
  undo?.stopCapturing();
  return { ok: true, cell };
}

/** Run one cell, as Shift+Enter would, without moving the user's selection elsewhere. */
export async function runCell(panel: NotebookPanel, cell: Cell): Promise<boolean> {
  const notebook = panel.content;
  if (typeof NotebookActions.runCells === 'function') {
    return NotebookActions.runCells(notebook, [cell], panel.sessionContext);
  }
  const index = notebook.widgets.indexOf(cell);
  if (index < 0) {
    return false;
  }
  notebook.activeCellIndex = index;
  notebook.deselectAll();
  return NotebookActions.run(notebook, panel.sessionContext);
}
