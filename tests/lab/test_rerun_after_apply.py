"""With "Run the cell again after Apply" on, Apply rewrites the cell and runs it: the kernel then
holds the decorated function, and the panel says so."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import PANEL_SETTINGS
from .notebooks import write_notebook


@pytest.fixture(scope="module")
def rerun(open_notebook, server, tmp_path_factory):
    server.set_panel_settings({**PANEL_SETTINGS, "rerunAfterApply": True})
    source = write_notebook(tmp_path_factory.mktemp("rerun") / "rerun.ipynb", {
        "load": "%load_ext hybridize_kernel\n%hybridize config min_graph_ops=0 min_graph_calls=0",  # `double`: one operation
        "imports": "import tensorflow as tf",
        "double": "def double(x):\n    return x * 2",
        "call": "y = double(tf.constant([1.0, 2.0]))",
    })
    notebook = open_notebook(source)
    yield notebook
    server.set_panel_settings(PANEL_SETTINGS)


def test_apply_runs_the_rewritten_cell_again(rerun):
    rerun.show_panel()
    rerun.run_all()
    row = rerun.row("double")
    expect(row.locator(".jp-hybridize-RowHeader .jp-hybridize-Badge")).to_have_text("add @tf.function")
    runs_before = rerun.execution_count("double")

    rerun.expand("double").get_by_role("button", name="Apply").click()
    expect(row.locator(".jp-hybridize-State")).to_have_text("hybrid")
    assert rerun.cell_source("double") == "@tf.function\ndef double(x):\n    return x * 2"
    assert rerun.execution_count("double") > runs_before
    expect(row.locator(".jp-hybridize-RowHeader .jp-hybridize-Badge")).to_have_text("keep hybrid")
