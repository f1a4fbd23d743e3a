"""Browser tests of the Hybridize panel: a real JupyterLab server and Debian's Chromium.

One JupyterLab server serves the tests (a temporary root folder, a token, a free port on
127.0.0.1; a module may bring its own `server`, as the Notebook 7 test does); pytest-playwright
drives `/usr/bin/chromium`, which `make test` installs with apt-get.
A notebook page is shared by the tests of one module, in order, since running a notebook's cells
in a fresh kernel (TensorFlow included) is the slow part. When a test fails, screenshots of the
page and of the panel are saved to the test's temporary folder, and the path is printed.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .notebook_page import NotebookPage
from .server import LabServer

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]

# What the panel shows follows kernel work (a report, a benchmark): patient on a loaded machine.
expect.set_options(timeout=30_000)

#: Short benchmarks: the tests check that a measurement arrives, not its precision.
PANEL_SETTINGS = {"benchmarkBudget": 0.5}

_open_pages: list[NotebookPage] = []


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"the browser tests need Debian's Chromium at {CHROMIUM}: "
            "`apt-get install -y chromium` (`make test` does it)"
        )
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "headless": True,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1500, "height": 950}}


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory):
    server = LabServer(tmp_path_factory.mktemp("jupyterlab"), panel_settings=PANEL_SETTINGS)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def server(lab_server):
    """The server a module's notebooks open in: JupyterLab, unless the module says otherwise."""
    return lab_server


@pytest.fixture(scope="module")
def open_notebook(browser, browser_context_args, server):
    """Open a notebook (copied into the server's root) in a new browser context."""
    contexts = []

    def open_(source: Path, name: str | None = None) -> NotebookPage:
        context = browser.new_context(**browser_context_args)
        contexts.append(context)
        notebook = NotebookPage(context.new_page())
        _open_pages.append(notebook)
        notebook.open(server.page_url(server.add_notebook(source, name)))
        return notebook

    yield open_
    for context in contexts:
        context.close()
    _open_pages.clear()
    server.shutdown_kernels()


@pytest.fixture(autouse=True)
def screenshot_on_failure(request, tmp_path):
    yield
    report = getattr(request.node, "rep_call", None)
    if report is None or not report.failed:
        return
    for index, notebook in enumerate(_open_pages):
        try:
            shots = notebook.screenshot(tmp_path, f"{request.node.name}-{index}")
        except Exception as error:  # a closed page: the failure itself says more
            print(f"no screenshot: {error}")
            continue
        print("screenshots:", *shots)
        if notebook.errors:
            print("errors in the page:", *notebook.errors, sep="\n  ")
