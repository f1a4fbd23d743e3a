"""Kernel tests run a real IPython shell with the extension loaded.

TensorFlow is imported once per process (session fixture). Each test gets a fresh shell session:
new history, empty namespace, the extension loaded; at the end, any error the advisor turned into
a warning line fails the test (a user would only have seen one line, the test should see it all).
"""
from __future__ import annotations

import os
import textwrap
from unittest import mock

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def tf():
    import tensorflow

    tensorflow.random.set_seed(0)
    return tensorflow


@pytest.fixture(scope="session")
def shell():
    from IPython.testing.globalipapp import get_ipython

    return get_ipython()


def fresh_session(shell) -> None:
    """`shell.reset`, without its full garbage collection (half a second once TensorFlow is in)."""
    with mock.patch("gc.collect", lambda *args: 0):
        shell.reset(new_session=True)


@pytest.fixture
def ip(shell):
    from hybridize_kernel.session import get_session

    fresh_session(shell)
    shell.run_line_magic("load_ext", "hybridize_kernel")
    session = get_session(shell)
    # The sessions here define one-line functions to exercise the kernel (apply, benchmark, verify);
    # the boundary plan would keep them eager (too little work for a graph call): turned off here,
    # and checked on its own in test_boundary_plan.py.
    session.settings["min_graph_ops"] = 0
    session.settings["min_graph_calls"] = 0
    yield shell
    errors = list(session.errors)
    shell.run_line_magic("unload_ext", "hybridize_kernel")
    fresh_session(shell)
    assert errors == [], f"advisor errors shown as warning lines: {errors!r}"


def run(shell, source: str, cell_id: str | None = None):
    """Execute a cell as a frontend would (stored in history, with its cell id); fail on errors."""
    result = shell.run_cell(textwrap.dedent(source), store_history=True, cell_id=cell_id)
    if result.error_before_exec is not None:
        raise result.error_before_exec
    if result.error_in_exec is not None:
        raise result.error_in_exec
    return result


def session_of(shell):
    from hybridize_kernel.session import get_session

    return get_session(shell)


def functions(report: dict) -> dict[str, dict]:
    """Report entries by qualname (the latest definition wins)."""
    return {entry["qualname"]: entry for entry in report["functions"]}


def codes(entry: dict) -> list[str]:
    return [finding["code"] for finding in entry["findings"]]
