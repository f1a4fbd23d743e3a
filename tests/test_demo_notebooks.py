"""The demo notebooks are valid, documented, and between them exercise every static finding code.

Fast: nothing is executed, the notebooks are only read and analysed statically.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from hybridize_analysis.engine import Options, analyse_path
from hybridize_analysis.report import build_report
from hybridize_analysis.rules import get_rule

DEMOS = Path(__file__).resolve().parent.parent / "demo_notebooks"
NOTEBOOKS = sorted(DEMOS.glob("*.ipynb"))

#: SPEC 4.3: the paper's precondition failures.
PRECONDITION_CODES = {
    "HAS_NO_TENSOR_PARAMETERS", "HAS_PRIMITIVE_PARAMETERS", "HAS_PYTHON_SIDE_EFFECTS", "IS_RECURSIVE",
    "HAS_NO_PRIMITIVE_PARAMETERS", "UNDETERMINABLE_TENSOR_PARAMETER", "UNDETERMINABLE_PRIMITIVE_PARAMETER",
    "UNDETERMINABLE_SIDE_EFFECTS", "CANT_APPROXIMATE_RECURSION",
}
#: SPEC 4.5: the pitfalls a static analysis reports (the kernel-only OBSERVED_RETRACING,
#: NO_MEASURED_SPEEDUP and BEHAVIOUR_DIFFERS need a running notebook).
STATIC_PITFALL_CODES = {
    "HAS_EAGER_ONLY_CALLS", "HAS_NUMPY_CALLS_ON_PARAMETERS", "CREATES_VARIABLES", "HAS_STALE_READS",
    "USES_PYTHON_RANDOMNESS", "IS_GENERATOR", "HAS_TENSOR_PARAMETER_ITERATION", "ACCUMULATES_IN_PYTHON_LIST",
    "CONSUMES_PYTHON_ITERATOR", "CREATES_TF_FUNCTION_PER_CALL", "NO_TENSOR_COMPUTATION", "HAS_COVERED_CALLERS",
    "KERAS3_LAYER_CALL",
}
STATIC_CODES = PRECONDITION_CODES | STATIC_PITFALL_CODES


def test_there_are_demo_notebooks():
    names = {path.name for path in NOTEBOOKS}
    for expected in ("01_quickstart.ipynb", "02_mlp_custom_loop.ipynb", "03_cnn.ipynb",
                     "04_lstm_sequences.ipynb", "05_gan.ipynb", "06_subclassed_model.ipynb",
                     "07_tf_data_pipeline.ipynb", "08_pitfalls.ipynb", "09_already_decorated.ipynb"):
        assert expected in names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.name for path in NOTEBOOKS])
def test_notebook_is_valid_and_documented(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    assert notebook.cells, f"{path.name} has no cells"
    first = notebook.cells[0]
    assert first.cell_type == "markdown", f"{path.name}: the first cell should say what the notebook shows"
    assert first.source.lstrip().startswith("#"), f"{path.name}: the first cell should start with a title"
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code_cells, f"{path.name} has no code cells"
    assert any("def " in cell.source for cell in code_cells), f"{path.name} defines no function"
    ids = [cell.get("id") for cell in notebook.cells]
    assert all(ids) and len(set(ids)) == len(ids), f"{path.name}: cell ids must be present and unique"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.name for path in NOTEBOOKS])
def test_notebook_seeds_its_randomness_and_downloads_nothing(path):
    source = "\n".join(cell.source for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code")
    assert "set_seed(" in source or "set_random_seed(" in source, f"{path.name} does not fix its seeds"
    for download in ("tf.keras.datasets", "keras.datasets", "tensorflow_datasets", "urlopen", "get_file("):
        assert download not in source, f"{path.name} downloads data ({download})"


def test_the_codes_are_in_the_catalogue():
    for code in STATIC_CODES:
        assert get_rule(code).code == code


@pytest.fixture(scope="module")
def report():
    return build_report([analyse_path(DEMOS)])


def test_the_demos_analyse_without_parse_errors(report):
    errors = [(unit["id"], unit["path"], error) for unit in report["units"] for error in unit.get("parse_errors", [])]
    assert errors == []


def test_the_demos_cover_every_static_code(report):
    found = {finding["code"] for function in report["functions"] for finding in function["findings"]}
    missing = STATIC_CODES - found
    assert not missing, "codes no demo notebook reports: " + ", ".join(sorted(missing))


def test_every_recommendation_kind_appears(report):
    preconditions = {function["passing_precondition"] for function in report["functions"]}
    # P4 (RECONFIGURE) needs observed calls, so only the kernel can recommend it. Removing a
    # decorator needs evidence in our tables: the demos' hybrid functions without tensor
    # parameters all do tensor work, so P2 comes from the paper's tables only.
    assert {"P1", "P3"} <= preconditions
    paper = build_report([analyse_path(DEMOS, Options(tables="paper"))])
    assert {"P1", "P2", "P3"} <= {function["passing_precondition"] for function in paper["functions"]}
