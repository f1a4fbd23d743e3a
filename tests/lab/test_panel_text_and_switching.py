"""A notebook that loads the kernel extension itself and prints markup, then a second notebook:
the panel connects on its own, shows kernel text as text, follows the active notebook, and lets go
of a kernel that is shut down.
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .notebooks import write_notebook

MARKUP = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def notebooks(tmp_path_factory):
    folder = tmp_path_factory.mktemp("notebooks")
    write_notebook(folder / "markup.ipynb", {
        "load": "%load_ext hybridize_kernel\n%hybridize observe on",
        "imports": "import tensorflow as tf",
        "shout": f'def shout(x):\n    print("{MARKUP}")\n    return x * 2\n\n\nshout(tf.constant(1.0))',
        "again": "shout(tf.constant(2.0))",  # a call the kernel observes (the benchmark replays it)
    })
    write_notebook(folder / "plain.ipynb", {"double": "def double(x):\n    return x * 2"})
    return folder


@pytest.fixture(scope="module")
def markup(open_notebook, notebooks, server):
    server.add_notebook(notebooks / "plain.ipynb")
    notebook = open_notebook(notebooks / "markup.ipynb")
    notebook.show_panel()
    return notebook


def test_running_a_cell_that_loads_the_extension_connects_the_panel(markup):
    markup.wait_for_status("unavailable", "no-answer")
    markup.run_all()
    markup.wait_for_status("connected")
    expect(markup.row("shout")).to_be_visible()


def test_kernel_text_is_shown_as_text_never_as_markup(markup):
    message = markup.expand("shout").locator(".jp-hybridize-FindingMessage", has_text="print(")
    expect(message).to_contain_text(f'print("{MARKUP}")')
    message.click()  # opens the finding: its explanation and hint are rendered too
    expect(markup.page.locator(".jp-hybridize-Panel img")).to_have_count(0)
    assert markup.alerts == []


def test_a_function_the_report_will_not_time_is_benchmarked_only_when_confirmed(markup):
    """`shout` prints: the row says why it is not benchmarked and offers "Benchmark anyway…" behind
    a confirmation; cancelling runs nothing, confirming runs the benchmark."""
    row = markup.row("shout")
    expect(row.locator(".jp-hybridize-Refusal")).to_contain_text("Not benchmarked: has Python side effects")
    expect(row.locator(".jp-hybridize-Refusal code").first).to_have_text(re.compile(r"^print\("))
    expect(row.get_by_role("button", name="Benchmark", exact=True)).to_have_count(0)
    dialog = markup.page.locator(".jp-Dialog")
    row.get_by_role("button", name="Benchmark anyway…").click()
    expect(dialog).to_contain_text("Benchmark shout anyway?")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_have_count(0)
    expect(row.locator(".jp-hybridize-Benchmark")).to_have_count(0)
    row.get_by_role("button", name="Benchmark anyway…").click()
    dialog.get_by_role("button", name="Benchmark anyway").click()
    expect(row.locator(".jp-hybridize-Benchmark")).to_be_visible()
    expect(row.locator(".jp-hybridize-Refusal")).to_have_count(0)


def test_the_panel_follows_the_active_notebook(markup):
    page = markup.page
    page.locator(".jp-DirListing-item", has_text="plain.ipynb").dblclick()
    tab = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab", has_text="plain.ipynb")
    expect(tab).to_have_class(re.compile("jp-mod-current"))
    # The new notebook's kernel has no extension: no rows of the other notebook stay behind.
    expect(markup.rows).to_have_count(0)
    markup.wait_for_status("unavailable", "no-answer")

    page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab", has_text="markup.ipynb").click()
    markup.wait_for_status("connected")
    expect(markup.row("shout")).to_be_visible()
    assert markup.errors == []


def test_a_shut_down_kernel_leaves_no_stale_rows(markup):
    page = markup.page
    page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Kernel$")).click()
    page.locator(".lm-Menu-item", has_text="Shut Down Kernel").first.click()
    expect(markup.rows).to_have_count(0)
    markup.wait_for_status("no-kernel")
    assert markup.errors == []
