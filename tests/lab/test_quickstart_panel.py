"""The quickstart notebook in JupyterLab, as a user meets the panel: load the kernel extension from
the panel, run all cells, read the recommendations, reveal, benchmark, apply, undo, restart.

The tests share one page and run in order, each starting where the one before left off.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

DEMO = Path(__file__).parents[2] / "demo_notebooks" / "01_quickstart.ipynb"

#: What the advisor recommends for the quickstart once its cells have run (see its first cell).
EXPECTED = {
    "Classifier.__init__": "keep eager",
    "Classifier.call": "keep eager",
    "train_step": "add @tf.function",
    "log_step": "keep eager",
    "scaled_loss": "keep eager",
    "accuracy": "keep eager",
    # Its graph runs `tf.linspace`: without evidence that it does not pay, the decorator stays.
    "make_schedule": "keep hybrid",
}


@pytest.fixture(scope="module")
def quickstart(open_notebook):
    notebook = open_notebook(DEMO)
    notebook.show_panel()
    return notebook


def test_without_the_kernel_extension_the_panel_says_so_and_loads_it(quickstart):
    status = quickstart.wait_for_status("unavailable", "no-answer")
    assert status in ("unavailable", "no-answer")
    expect(quickstart.page.locator(".jp-hybridize-Status")).to_contain_text("no hybridize extension loaded")
    quickstart.page.get_by_role("button", name="Load the extension").click()
    quickstart.wait_for_status("connected")


def test_after_running_all_cells_the_panel_lists_every_function(quickstart):
    page = quickstart.page
    page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-item", has_text="Run All Cells").first.click()
    # The first cell imports TensorFlow, seconds in a fresh kernel: the panel says what is going on.
    expect(page.locator(".jp-hybridize-Panel .jp-hybridize-Status")).to_contain_text(
        "The kernel is running cells")
    quickstart.wait_until_run()
    expect(quickstart.summary).to_have_text("1 change recommended (1 add) · 6 stay as they are")
    expect(quickstart.summary).to_have_attribute("title", "7 functions, 6 candidates, 1 refactorable (the paper's counts)")
    expect(quickstart.rows).to_have_count(len(EXPECTED))
    assert quickstart.recommendations() == EXPECTED
    # Where a function is: the cell's place in the notebook and the line, not the execution count.
    location = quickstart.row("train_step").locator(".jp-hybridize-Location")
    expect(location).to_have_text("cell 4:1")
    expect(location).to_have_attribute("title", re.compile(r"^cell 4, line 1 \(In \[\d+\]\)$"))
    # Collapsed, a row is one line and its reason; the function's name is not repeated.
    reason = quickstart.row("log_step").locator(".jp-hybridize-Reason")
    expect(reason).to_have_text(
        "cell 4:10 · Parameter step receives Python int values (0, 4); each distinct value traces a new graph")
    expect(reason.locator("code")).to_have_text("step")
    expect(quickstart.row("log_step").locator(".jp-hybridize-RowBody")).to_have_count(0)
    # "Load the extension" turned observation on: the calls seen back the recommendation.
    observed = quickstart.expand("train_step").locator(".jp-hybridize-Section[data-section='observed']")
    expect(observed.locator(".jp-hybridize-SectionTitle")).to_have_text("Observed")
    expect(observed.locator(".jp-hybridize-Observed")).to_contain_text(
        "24 call(s) seen: x float32[64,20], y int64[64]")


def test_a_finding_opens_to_its_explanation_and_hint(quickstart):
    row = quickstart.expand("log_step")
    why = row.locator(".jp-hybridize-Section[data-section='why']")
    expect(why.locator(".jp-hybridize-SectionTitle")).to_have_text("Why")
    finding = why.locator(".jp-hybridize-Finding", has_text="print(")
    finding.locator("summary").click()
    expect(finding.locator(".jp-hybridize-Code")).to_contain_text("HAS_PYTHON_SIDE_EFFECTS")
    expect(finding.locator(".jp-hybridize-Explanation")).to_be_visible()
    expect(finding.locator(".jp-hybridize-Hint")).to_contain_text("tf.print")


def test_clicking_a_row_puts_the_cursor_on_the_function(quickstart):
    quickstart.row("scaled_loss").locator(".jp-hybridize-RowHeader").click()
    quickstart.wait_for_active_cell("functions")
    assert quickstart.cursor_line() == 14  # `def scaled_loss` is line 14 of the cell


def test_a_cell_badge_opens_the_panel_on_its_function(quickstart):
    # Only cells with a pending recommendation carry a badge.
    expect(quickstart.cell("model").locator(".jp-hybridize-CellBadge")).to_have_count(0)
    quickstart.cell("functions").locator(".jp-hybridize-CellBadge").click()
    focused = quickstart.page.locator(".jp-hybridize-Row.jp-mod-focused .jp-hybridize-Name")
    expect(focused).to_have_text("train_step")


def test_benchmark_shows_progress_then_the_speedup(quickstart):
    row = quickstart.expand("train_step")
    row.get_by_role("button", name="Benchmark").click()
    expect(row.locator(".jp-hybridize-Progress")).to_contain_text("Benchmarking")
    expect(row.locator(".jp-hybridize-Benchmark")).to_contain_text("eager", timeout=120_000)
    result = row.locator(".jp-hybridize-Benchmark").inner_text()
    assert re.search(r"speedup [\d.]+×", result), result
    speedup = float(re.search(r"([\d.]+)×", row.locator(".jp-hybridize-Speedup").inner_text())[1])
    # A Keras training step: graph execution wins by far more than the noise of a loaded machine.
    assert speedup > 1.5, result
    expect(row.locator(".jp-hybridize-Benchmark")).to_have_attribute("data-equivalent", "true")


def test_apply_all_safe_shows_the_diff_and_writes_nothing_when_cancelled(quickstart):
    before = {cell: quickstart.cell_source(cell) for cell in ("functions", "model")}
    quickstart.page.get_by_role("button", name="Apply all safe").click()
    dialog = quickstart.page.locator(".jp-Dialog")
    expect(dialog).to_contain_text("Apply this change?")
    expect(dialog).to_contain_text("+@tf.function")
    expect(dialog).to_contain_text("def train_step")
    expect(dialog).to_contain_text("cell 4 (as it ran)")  # the cell's place in the notebook
    expect(dialog).not_to_contain_text("-@tf.function")
    expect(dialog).not_to_contain_text("No newline at end of file")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_have_count(0)
    assert {cell: quickstart.cell_source(cell) for cell in before} == before


def test_apply_adds_the_decorator_and_one_undo_restores_the_cell(quickstart):
    before = quickstart.cell_source("functions")
    row = quickstart.expand("train_step")
    # The badge names the decorator Apply writes (with jit_compile=True when the benchmark found
    # XLA clearly faster).
    badge = row.locator(".jp-hybridize-RowHeader .jp-hybridize-Badge").inner_text()
    row.get_by_role("button", name="Apply").click()
    expect(row.locator(".jp-hybridize-RowMessage")).to_contain_text("Run the cell for the kernel to use it")
    # Verified first on the calls the kernel saw (SPEC 8.1).
    expect(row.locator(".jp-hybridize-RowMessage")).to_contain_text(re.compile(r"verified on 2 observed calls"))
    expect(row.get_by_role("button", name="Apply")).to_have_count(0)
    after = quickstart.cell_source("functions").splitlines()
    decorator = after.index("def train_step(x, y):") - 1  # one line more: the decorator
    assert re.fullmatch(r"@tf\.function(\(jit_compile=True\))?", after[decorator]), after[decorator]
    assert f"add {after[decorator]}" == badge
    assert after[:decorator] + after[decorator + 1:] == before.splitlines()

    quickstart.undo_in_cell("functions")
    quickstart.wait_for_cell_source("functions", before)
    # Nothing reached the kernel, so the recommendation is pending again.
    expect(row.locator(".jp-hybridize-RowMessage")).to_contain_text("Undone")
    expect(row.get_by_role("button", name="Apply")).to_be_visible()


def test_apply_refuses_a_cell_edited_since_it_ran(quickstart):
    editor = quickstart.cell_editor("functions")
    editor.click()
    quickstart.page.keyboard.press("Control+End")
    quickstart.page.keyboard.type("\n# edited")
    edited = quickstart.cell_source("functions")
    assert edited.endswith("# edited")
    row = quickstart.expand("train_step")
    row.get_by_role("button", name="Apply").click()
    expect(row.locator(".jp-hybridize-RowMessage")).to_contain_text("edited after it ran")
    assert quickstart.cell_source("functions") == edited


def test_an_applied_cell_reaches_the_kernel_when_it_runs(quickstart):
    # The cell was edited by the test before: run it, so that the kernel has what the cell shows.
    quickstart.cell_editor("functions").click()
    quickstart.page.keyboard.press("Control+Enter")
    quickstart.wait_until_run()
    row = quickstart.expand("train_step")
    row.get_by_role("button", name="Apply").click()
    expect(row.locator(".jp-hybridize-RowMessage")).to_contain_text("Run the cell")
    assert re.search(r"@tf\.function(\(jit_compile=True\))?\ndef train_step", quickstart.cell_source("functions"))
    expect(row.locator(".jp-hybridize-State")).to_have_text("eager")  # the kernel's, until the cell runs

    quickstart.cell_editor("functions").click()
    quickstart.page.keyboard.press("Control+Enter")
    quickstart.wait_until_run()
    expect(row.locator(".jp-hybridize-State")).to_have_text("hybrid")
    expect(row.locator(".jp-hybridize-RowHeader .jp-hybridize-Badge")).to_have_text("keep hybrid")


def test_a_kernel_restart_leaves_no_stale_rows(quickstart):
    page = quickstart.page
    page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Kernel$")).click()
    page.locator(".lm-Menu-item", has_text="Restart Kernel…").first.click()
    page.locator(".jp-Dialog .jp-mod-accept").click()  # "Confirm Kernel Restart"
    expect(quickstart.rows).to_have_count(0)
    # The new kernel has no extension loaded until the user asks again.
    quickstart.wait_for_status("unavailable", "no-answer")
    expect(page.get_by_role("button", name="Load the extension")).to_be_visible()
    assert not quickstart.errors
