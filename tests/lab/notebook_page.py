"""What a user does in JupyterLab with a notebook and the Hybridize panel, for the browser tests.

Actions go through the page as a person would do them (menus, buttons, keys); what is checked is
read from the page, or from the notebook's cell models (`window.jupyterapp`, as JupyterLab's own UI
tests do) where the editor shows only the lines in view.
"""
from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

PANEL_TAB = "li[data-id='jupyterlab-hybridize-panel']"
PANEL = ".jp-hybridize-Panel"
STATUS = f"{PANEL} .jp-hybridize-Status"

#: A cold kernel imports TensorFlow before the first cell finishes.
KERNEL_TIMEOUT_MS = 180_000

_CURRENT_NOTEBOOK = "window.jupyterapp.shell.currentWidget"


class NotebookPage:
    """One browser page showing one notebook of a `LabServer`, with the Hybridize panel at hand."""

    def __init__(self, page: Page):
        self.page = page
        self.errors: list[str] = []
        self.alerts: list[str] = []
        page.on("pageerror", lambda error: self.errors.append(f"{error}\n{error.stack or ''}"))
        page.on("dialog", self._on_dialog)

    def _on_dialog(self, dialog) -> None:
        self.alerts.append(dialog.message)
        dialog.dismiss()

    # -- the notebook -------------------------------------------------------------------------

    def open(self, url: str) -> None:
        self.page.goto(url)
        self.page.locator(".jp-NotebookPanel .jp-Cell").first.wait_for(timeout=60_000)
        self.page.wait_for_function(
            f"{_CURRENT_NOTEBOOK}?.sessionContext?.session?.kernel?.status === 'idle'",
            timeout=KERNEL_TIMEOUT_MS,
        )

    def run_all(self) -> None:
        """Run > Run All Cells, then wait until every code cell has run and the kernel is idle."""
        self.page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
        self.page.locator(".lm-Menu-item", has_text="Run All Cells").first.click()
        self.wait_until_run()

    def wait_until_run(self) -> None:
        self.page.wait_for_function(
            f"""() => {{
                const panel = {_CURRENT_NOTEBOOK};
                const cells = panel.content.widgets.filter(cell => cell.model.type === 'code');
                const prompts = [...panel.content.node.querySelectorAll('.jp-InputPrompt')];
                return cells.every(cell => cell.model.executionCount !== null)
                    && !prompts.some(prompt => prompt.textContent.includes('*'))
                    && panel.sessionContext.session.kernel.status === 'idle';
            }}""",
            timeout=KERNEL_TIMEOUT_MS,
        )

    def cell_source(self, cell_id: str) -> str:
        return self.page.evaluate(
            f"""id => {_CURRENT_NOTEBOOK}.content.widgets
                .find(cell => cell.model.id === id).model.sharedModel.getSource()""",
            cell_id,
        )

    def wait_for_cell_source(self, cell_id: str, source: str) -> None:
        self.page.wait_for_function(
            f"""([id, source]) => {_CURRENT_NOTEBOOK}.content.widgets
                .find(cell => cell.model.id === id).model.sharedModel.getSource() === source""",
            arg=[cell_id, source],
        )

    def wait_for_active_cell(self, cell_id: str) -> None:
        self.page.wait_for_function(
            f"id => {_CURRENT_NOTEBOOK}.content.activeCell?.model.id === id", arg=cell_id
        )

    def execution_count(self, cell_id: str) -> int | None:
        return self.page.evaluate(
            f"""id => {_CURRENT_NOTEBOOK}.content.widgets
                .find(cell => cell.model.id === id).model.executionCount""",
            cell_id,
        )

    def cell(self, cell_id: str) -> Locator:
        index = self.page.evaluate(
            f"id => {_CURRENT_NOTEBOOK}.content.widgets.findIndex(cell => cell.model.id === id)",
            cell_id,
        )
        assert index >= 0, f"no cell {cell_id!r} in the notebook"
        return self.page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").nth(index)

    def cell_editor(self, cell_id: str) -> Locator:
        return self.cell(cell_id).locator(".cm-content")

    def cursor_line(self) -> int:
        """The 1-based line of the cursor in the active cell's editor."""
        return self.page.evaluate(
            f"{_CURRENT_NOTEBOOK}.content.activeCell.editor.getCursorPosition().line + 1"
        )

    def undo_in_cell(self, cell_id: str) -> None:
        """Click into the cell's editor and press Ctrl+Z once."""
        self.cell_editor(cell_id).click()
        self.page.keyboard.press("Control+z")

    # -- the panel ------------------------------------------------------------------------------

    def show_panel(self) -> None:
        """Click the panel's tab in the right sidebar, unless the panel shows already (a reload
        restores the layout, and a click on the open tab would close it)."""
        tab = self.page.locator(PANEL_TAB).first
        tab.wait_for()
        if "lm-mod-current" not in (tab.get_attribute("class") or "") or not self.page.locator(PANEL).is_visible():
            tab.click()
        self.page.locator(PANEL).wait_for(state="visible")

    def show_panel_from_palette(self) -> None:
        """Ctrl+Shift+C, "Hybridize: Show Recommendations" (Notebook 7 hides the right sidebar)."""
        self.page.locator(".jp-Notebook .jp-Cell .jp-InputPrompt").first.click()
        self.page.keyboard.press("Control+Shift+c")
        self.page.keyboard.type("Hybridize: Show Recommendations")
        self.page.keyboard.press("Enter")
        self.page.locator(PANEL).wait_for(state="visible")

    def wait_for_status(self, *statuses: str, timeout: float = KERNEL_TIMEOUT_MS) -> str:
        selector = ", ".join(f"{STATUS}[data-status='{status}']" for status in statuses)
        self.page.locator(selector).wait_for(state="attached", timeout=timeout)
        return self.page.locator(STATUS).get_attribute("data-status")

    @property
    def summary(self) -> Locator:
        return self.page.locator(f"{PANEL} .jp-hybridize-Summary")

    @property
    def rows(self) -> Locator:
        return self.page.locator(f"{PANEL} .jp-hybridize-Row")

    def row(self, qualname: str) -> Locator:
        return self.page.locator(
            f"{PANEL} .jp-hybridize-Row:has(.jp-hybridize-Name:text-is('{qualname}'))"
        )

    def expand(self, qualname: str) -> Locator:
        """Open a function's row (its reasons, benchmark and buttons) with its disclosure mark."""
        row = self.row(qualname)
        if row.get_attribute("aria-expanded") != "true":
            row.locator(".jp-hybridize-Toggle").click()
        expect(row).to_have_attribute("aria-expanded", "true")
        return row

    def recommendations(self) -> dict[str, str]:
        """Each listed function and the words of its badge."""
        expect(self.rows.first).to_be_visible()
        names = self.rows.locator(".jp-hybridize-Name").all_inner_texts()
        badges = self.rows.locator(".jp-hybridize-RowHeader .jp-hybridize-Badge").all_inner_texts()
        return dict(zip(names, badges))

    def screenshot(self, folder: Path, name: str) -> list[Path]:
        """The whole page, and the panel alone when it is shown."""
        shots = [folder / f"{name}-page.png"]
        self.page.screenshot(path=shots[0])
        panel = self.page.locator(PANEL)
        if panel.count() and panel.is_visible():
            shots.append(folder / f"{name}-panel.png")
            panel.screenshot(path=shots[1])
        return shots
