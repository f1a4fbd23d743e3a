"""The panel in Notebook 7, whose right sidebar is opened from the command palette."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import PANEL_SETTINGS
from .notebooks import write_notebook
from .server import LabServer


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    notebook7 = LabServer(tmp_path_factory.mktemp("notebook7"), app="notebook", panel_settings=PANEL_SETTINGS)
    notebook7.start()
    yield notebook7
    notebook7.stop()


def test_the_panel_loads_the_extension_and_lists_functions_in_notebook_7(open_notebook, tmp_path):
    source = write_notebook(tmp_path / "scale.ipynb", {
        "scale": "def scale(values, factor):\n    return [v * factor for v in values]\n\n\nscale([1, 2], 3)",
    })
    notebook = open_notebook(source)
    notebook.show_panel_from_palette()
    notebook.wait_for_status("unavailable", "no-answer")
    notebook.page.get_by_role("button", name="Load the extension").click()
    notebook.wait_for_status("connected")
    notebook.run_all()
    expect(notebook.row("scale")).to_be_visible()
    assert notebook.recommendations() == {"scale": "keep eager"}
    expect(notebook.summary).to_have_text("No change recommended · 1 stays as it is")
