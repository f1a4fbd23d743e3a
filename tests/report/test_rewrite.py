"""The rewritten notebook: the kernel's decisions pick the functions, the engine edits the cells."""
from __future__ import annotations

import nbformat

from hybridize_kernel.report_rewrite import rewrite_notebook

from .conftest import GOOD_CELLS, write_notebook


#: `scale_and_sum` runs two operations, which the boundary plan keeps eager (a graph call would not
#: pay); the static decisions here are the tables'.
TABLES_ALONE = {"min_graph_ops": 0, "min_graph_calls": 0}


def kernel_entry(cell: int, qualname: str, line: int, transformations: list[str], **extra) -> dict:
    return {"cell": cell, "qualname": qualname, "line": line, "transformations": transformations,
            "safe": bool(transformations), **extra}


def test_without_a_kernel_report_the_static_recommendations_apply(good_notebook):
    notebook = nbformat.read(good_notebook, as_version=4)
    rewritten = rewrite_notebook(good_notebook, notebook, None, TABLES_ALONE)
    assert [(cell.number, cell.cell_id) for cell in rewritten.cells] == [(3, "c2")]
    source = rewritten.notebook.cells[2].source
    assert source.count("@tf.function") == 1 and source.startswith("@tf.function\ndef scale_and_sum(x):")
    assert rewritten.notebook.cells[2].outputs == []
    for index in (0, 1, 3):  # every other cell is exactly as it was
        assert rewritten.notebook.cells[index] == notebook.cells[index]


def test_the_kernel_report_decides_which_functions_change(good_notebook):
    """Measured in the kernel: `scale_and_sum` is not faster as a graph (no change), and the
    retracing `make_range` keeps its decorator with `reduce_retracing=True`."""
    notebook = nbformat.read(good_notebook, as_version=4)
    report = {"functions": [
        kernel_entry(3, "scale_and_sum", 1, []),
        kernel_entry(3, "describe", 7, []),
        kernel_entry(3, "make_range", 12, ["RECONFIGURE"], decorator_arguments={"reduce_retracing": "True"}),
    ]}
    rewritten = rewrite_notebook(good_notebook, notebook, report, TABLES_ALONE)
    source = rewritten.notebook.cells[2].source
    assert source == GOOD_CELLS[1].replace("@tf.function\n", "@tf.function(reduce_retracing=True)\n")
    assert rewritten.cells[0].qualnames == ["make_range"]


def test_cells_the_kernel_did_not_reach_keep_the_static_decision(tmp_path):
    path = write_notebook(tmp_path / "n.ipynb", "import tensorflow as tf",
                          "def first(x):\n    return x * 2", "def second(x):\n    return x + 1",
                          "print(first(tf.constant(1.0)), second(tf.constant(1.0)))")
    notebook = nbformat.read(path, as_version=4)
    report = {"functions": [kernel_entry(3, "first", 1, [])]}  # the kernel says: leave `first` alone
    rewritten = rewrite_notebook(path, notebook, report, TABLES_ALONE)
    assert rewritten.notebook.cells[2].source == "def first(x):\n    return x * 2"
    assert rewritten.notebook.cells[3].source == "@tf.function\ndef second(x):\n    return x + 1"
    nbformat.validate(rewritten.notebook)


def test_entries_the_engine_does_not_mark_safe_are_not_applied(good_notebook):
    """The one decision (SPEC 4.8): --rewrite applies exactly the safe entries."""
    notebook = nbformat.read(good_notebook, as_version=4)
    report = {"functions": [
        kernel_entry(3, "scale_and_sum", 1, ["CONVERT_TO_HYBRID"], safe=False),  # e.g. measured to differ
        kernel_entry(3, "describe", 7, []),
        kernel_entry(3, "make_range", 12, ["CONVERT_TO_EAGER"]),
    ]}
    rewritten = rewrite_notebook(good_notebook, notebook, report, TABLES_ALONE)
    assert rewritten.cells[0].qualnames == ["make_range"]
    assert "def scale_and_sum(x):" in rewritten.notebook.cells[2].source
    assert "@tf.function" not in rewritten.notebook.cells[2].source
