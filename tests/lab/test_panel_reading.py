"""How the panel reads and is used (SPEC 9.1): a narrow panel without overflow, the dark theme,
keys instead of the mouse, a fix with its diff, advice that pays, and locations after a reload.

The tests share one page and run in order.
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .notebook_page import PANEL
from .notebooks import write_notebook

#: A planted verdict: the kernel's verification finds that `twice` rewritten computes something
#: else (no function the engine recommends does; this checks what the panel does when one would).
PLANT = """
import hybridize_kernel.advisor as _advisor
from hybridize_kernel.verify import Verification as _Verification
_verify = _advisor.verify_rewrite
_advisor.verify_rewrite = lambda function, *args, **kwargs: (
    _Verification(False, 1, max_abs_diff=0.5, what="the return value", detail="max difference 0.5")
    if getattr(function, "__name__", "") == "twice" else _verify(function, *args, **kwargs))
"""

CELLS = {
    # one-line functions (`twice`): the boundary plan's threshold is turned off to check Apply
    "load": "%load_ext hybridize_kernel\n%hybridize observe on\n%hybridize config min_graph_ops=0 min_graph_calls=0",
    "plant": PLANT,
    "imports": "import tensorflow as tf",
    "noisy": "def noisy(x):\n    print(x)\n    return x * 2.0\n\n\nnoisy(tf.ones([2]))",
    # Thirty small operations: a graph runs them faster than Python does, but tracing costs more
    # than one call saves.
    "once": "def summarize(values):\n    for _ in range(30):\n        values = values * 1.01 + 0.1\n"
            "    return tf.reduce_mean(values) + tf.reduce_max(values)",
    "call_once": "summary = summarize(tf.range(10.0))",  # observed: it runs after the definition
    "long": "def normalise_features_of_a_rather_long_named_batch(features, scale):\n"
            "    return tf.math.l2_normalize(features, axis=-1) * scale",
    "call_long": "for _ in range(3):\n"
                 "    normalise_features_of_a_rather_long_named_batch(tf.ones([4, 8]), tf.constant(2.0))",
    "twice": "def twice(x):\n    return x * 2.0",
    "call_twice": "y = twice(tf.ones([3]))",
}


@pytest.fixture(scope="module")
def reading(open_notebook, tmp_path_factory):
    path = write_notebook(tmp_path_factory.mktemp("reading") / "reading.ipynb", CELLS)
    notebook = open_notebook(path)
    notebook.show_panel()
    notebook.run_all()
    notebook.wait_for_status("connected")
    expect(notebook.rows).to_have_count(4)
    return notebook


def _overflowing(notebook) -> list[str]:
    """Elements of the panel that reach past its right edge (there must be none)."""
    return notebook.page.evaluate(f"""() => {{
        const panel = document.querySelector('{PANEL}');
        const right = panel.getBoundingClientRect().right + 0.5;
        return [...panel.querySelectorAll('*')]
            .filter(node => node.getClientRects().length && node.getBoundingClientRect().right > right)
            .map(node => node.className || node.tagName);
    }}""")


def test_a_narrow_panel_keeps_every_row_inside(reading):
    """Dragged to 250 px, the panel shows every row without a horizontal scroll bar."""
    page = reading.page
    panel = page.locator(PANEL)
    box = panel.bounding_box()
    # The handle between the main area and the right sidebar.
    handle = page.locator("#jp-main-split-panel > .lm-SplitPanel-handle:not(.lm-mod-hidden)").last
    grip = handle.bounding_box()
    page.mouse.move(grip["x"] + grip["width"] / 2, grip["y"] + 200)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 250, grip["y"] + 200, steps=5)
    page.mouse.up()
    assert panel.bounding_box()["width"] <= 260, panel.bounding_box()
    reading.expand("normalise_features_of_a_rather_long_named_batch")
    reading.expand("noisy")
    assert _overflowing(reading) == []
    assert reading.errors == []
    # Collapsed, the long name and the reason are cut to the width, each on one line.
    name = reading.row("normalise_features_of_a_rather_long_named_batch").locator(".jp-hybridize-Name")
    assert name.evaluate("node => node.scrollWidth > node.clientWidth")  # shown shortened, full in the title
    expect(name).to_have_attribute("title", "normalise_features_of_a_rather_long_named_batch")


def change_theme(page, theme: str) -> None:
    """Settings > Theme, then wait until JupyterLab's splash screen (shown while the theme loads)
    is gone: a second change while it fades trips JupyterLab itself."""
    page.evaluate(f"window.jupyterapp.commands.execute('apputils:change-theme', {{theme: '{theme}'}})")
    light = "true" if "Light" in theme else "false"
    page.wait_for_function(f"document.body.dataset.jpThemeLight === '{light}'", timeout=30_000)
    page.locator("#jupyterlab-splash").wait_for(state="detached", timeout=30_000)


def test_the_dark_theme_colours_the_panel(reading):
    page = reading.page
    light = page.locator(PANEL).evaluate("node => getComputedStyle(node).backgroundColor")
    change_theme(page, "JupyterLab Dark")
    dark = page.locator(PANEL).evaluate("node => getComputedStyle(node).backgroundColor")
    assert dark != light

    def luminance(colour: str) -> float:
        red, green, blue = (int(part) for part in re.findall(r"\d+", colour)[:3])
        return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255

    assert luminance(dark) < 0.3 < luminance(light)
    text = page.locator(f"{PANEL} .jp-hybridize-Reason").first.evaluate("node => getComputedStyle(node).color")
    assert luminance(text) > 0.5  # light text on the dark panel
    change_theme(page, "JupyterLab Light")
    assert reading.errors == []


def test_rows_are_reached_and_opened_with_the_keyboard(reading):
    page = reading.page
    heads = page.locator(f"{PANEL} .jp-hybridize-RowHeader")
    heads.first.focus()
    first = reading.rows.first.locator(".jp-hybridize-Name").inner_text()
    page.keyboard.press("ArrowDown")
    second = reading.rows.nth(1)
    expect(second.locator(".jp-hybridize-RowHeader")).to_be_focused()
    expanded = second.get_attribute("aria-expanded")
    page.keyboard.press("Enter")
    expect(second).to_have_attribute("aria-expanded", "false" if expanded == "true" else "true")
    expect(second.locator(".jp-hybridize-RowHeader")).to_be_focused()
    page.keyboard.press("ArrowUp")
    expect(heads.first).to_be_focused()
    expect(heads.first).to_have_attribute("aria-label", re.compile(rf"^{re.escape(first)}: "))
    assert reading.errors == []


def test_a_fix_shows_its_diff_and_one_undo_restores_the_cell(reading):
    before = reading.cell_source("noisy")
    row = reading.expand("noisy")
    fix = row.get_by_role("button", name="Fix: Replace print with tf.print")
    dialog = reading.page.locator(".jp-Dialog")
    fix.click()
    expect(dialog).to_contain_text("Replace print with tf.print?")
    expect(dialog).to_contain_text("-    print(x)")
    expect(dialog).to_contain_text("+    tf.print(x)")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_have_count(0)
    assert reading.cell_source("noisy") == before

    fix.click()
    dialog.get_by_role("button", name="Fix").click()
    reading.wait_for_cell_source("noisy", before.replace("    print(x)", "    tf.print(x)"))
    expect(row.locator(".jp-hybridize-RowMessage")).to_contain_text("Fixed")
    reading.undo_in_cell("noisy")
    reading.wait_for_cell_source("noisy", before)
    assert reading.errors == []


def test_a_function_called_once_does_not_get_a_decorator_that_cannot_pay(reading):
    """`summarize` runs once: after a benchmark, tracing (let alone XLA compiling) costs more than
    the one call saves, so the advice is to keep it eager, and the badge says a measurement decided."""
    row = reading.expand("summarize")
    row.get_by_role("button", name="Benchmark", exact=True).click()
    expect(row.locator(".jp-hybridize-Benchmark")).to_contain_text("eager", timeout=120_000)
    badge = row.locator(".jp-hybridize-RowHeader .jp-hybridize-Badge")
    expect(badge).to_have_text("keep eager (measured)")
    expect(badge).not_to_contain_text("jit_compile")
    expect(row.locator(".jp-hybridize-Finding").first).to_contain_text(
        re.compile(r"pays off after \d+ calls \(1 seen\)"))


def test_locations_still_match_the_notebook_after_a_reload(reading):
    locations = dict(zip(reading.rows.locator(".jp-hybridize-Name").all_inner_texts(),
                         reading.rows.locator(".jp-hybridize-Location").all_inner_texts()))
    assert locations["noisy"] == "cell 4:1" and locations["summarize"] == "cell 5:1"
    assert locations["normalise_features_of_a_rather_long_named_batch"] == "cell 7:1"
    # Saved first: an unsaved notebook asks whether to leave the page.
    reading.page.evaluate("window.jupyterapp.commands.execute('docmanager:save')")
    reading.page.wait_for_function("!window.jupyterapp.shell.currentWidget.context.model.dirty")
    reading.page.reload()
    reading.page.locator(".jp-NotebookPanel .jp-Cell").first.wait_for(timeout=60_000)
    reading.show_panel()
    reading.wait_for_status("connected")
    expect(reading.rows).to_have_count(len(locations))
    after = dict(zip(reading.rows.locator(".jp-hybridize-Name").all_inner_texts(),
                     reading.rows.locator(".jp-hybridize-Location").all_inner_texts()))
    assert after == locations


def test_apply_verifies_the_rewrite_on_the_observed_calls_first(reading):
    name = "normalise_features_of_a_rather_long_named_batch"
    before = reading.cell_source("long")
    row = reading.expand(name)
    row.get_by_role("button", name="Apply").click()
    expect(row.locator(".jp-hybridize-RowMessage")).to_contain_text(
        re.compile(r"Applied: add @tf\.function, verified on 2 observed calls \(max difference"))
    assert reading.cell_source("long").startswith("@tf.function\ndef " + name)
    reading.undo_in_cell("long")
    reading.wait_for_cell_source("long", before)


def test_a_rewrite_that_fails_its_verification_is_not_written(reading):
    before = reading.cell_source("twice")
    row = reading.expand("twice")
    row.get_by_role("button", name="Apply").click()
    expect(row.locator(".jp-hybridize-RowMessage")).to_contain_text(
        "not applied: as rewritten it computes something else (the return value: max difference 0.5)")
    assert reading.cell_source("twice") == before
    # The verdict is a fact of the report now: the row says why it stays eager.
    expect(row.locator(".jp-hybridize-RowHeader .jp-hybridize-Badge")).to_have_text("keep eager (measured)")
    expect(row.locator(".jp-hybridize-Finding").first).to_contain_text("the return value")
    assert reading.errors == []
