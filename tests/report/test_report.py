"""`hybridize-report` end to end: tiny notebooks run in real kernels (nbclient)."""
from __future__ import annotations

import asyncio
import contextlib
import copy
import difflib
import io
import json
import re

import nbformat
import pytest

from hybridize_kernel.report import main
from hybridize_kernel.report_notebooks import compare_notebooks

from .conftest import GOOD_CELLS, write_notebook


#: The notebooks here hold one- and two-operation functions, which the boundary plan keeps eager
#: (a graph call would not pay); these runs check the command, so they turn the threshold off.
TABLES_ALONE = ("--min-graph-ops", "0", "--min-graph-calls", "0")


def run_cli(*args: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        status = main([*TABLES_ALONE, *(str(arg) for arg in args)])
    return status, stdout.getvalue(), stderr.getvalue()


@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    """One run of the whole command on the good notebook: report, rewrite, HTML, compare."""
    folder = tmp_path_factory.mktemp("compared")
    path = write_notebook(folder / "good.ipynb", *GOOD_CELLS)
    before = path.read_bytes()
    status, stdout, stderr = run_cli(path, "--compare", "--runs", "1", "--rewrite", folder / "out.ipynb",
                                     "--html", folder / "report.html", "--format", "json")
    return {"path": path, "before": before, "status": status, "json": json.loads(stdout), "stderr": stderr,
            "rewritten": folder / "out.ipynb", "html": (folder / "report.html").read_text(encoding="utf-8")}


def test_compare_reports_agreement_and_speedup(compared):
    assert compared["status"] == 0, compared["stderr"]
    (item,) = compared["json"]["notebooks"]
    assert (item["functions"], item["candidates"], item["refactorable"]) == (3, 2, 2)
    assert item["agree"] is True, item["differences"]
    assert item["original_s"] > 0 and item["rewritten_s"] > 0
    assert item["speedup"] == pytest.approx(item["original_s"] / item["rewritten_s"])
    assert item["comparison"]["compared"] >= 5  # the printed total and mean, and the globals
    assert compared["json"]["mean_speedup"] == item["speedup"]
    assert {r["qualname"]: r["transformations"] for r in item["recommendations"]} == {
        "scale_and_sum": ["CONVERT_TO_HYBRID"], "make_range": ["CONVERT_TO_EAGER"]}


def test_progress_names_the_notebook_and_the_phase(compared):
    stderr = compared["stderr"]
    for phase in ("running with the advisor", "original run 1/1", "rewritten run 1/1", "speedup"):
        assert f"[1/1] good.ipynb: {phase}" in stderr


def test_the_notebook_file_is_never_modified(compared):
    assert compared["path"].read_bytes() == compared["before"]


def test_rewritten_notebook_differs_only_by_decorator_lines(compared):
    original = nbformat.read(compared["path"], as_version=4)
    rewritten = nbformat.read(compared["rewritten"], as_version=4)
    nbformat.validate(rewritten)
    assert [cell.id for cell in rewritten.cells] == [cell.id for cell in original.cells]
    changed = []
    for old, new in zip(original.cells, rewritten.cells):
        assert old.cell_type == new.cell_type
        if old.source == new.source:
            continue
        diff = difflib.ndiff(old.source.splitlines(keepends=True), new.source.splitlines(keepends=True))
        edits = [line for line in diff if line[:1] in "+-"]
        assert all(line[2:].strip() == "@tf.function" for line in edits), edits
        changed.append(edits)
    assert changed == [["+ @tf.function\n", "- @tf.function\n"]]
    cell = rewritten.cells[2].source
    assert "@tf.function\ndef scale_and_sum(x):\n    # the matrix product" in cell
    assert "\n\ndef make_range(n):" in cell


def test_html_report_shows_every_function_and_the_comparison(compared):
    page = compared["html"]
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page.split("<body>")[0]
    for qualname in ("scale_and_sum", "describe", "make_range"):
        assert f"<code>{qualname}</code>" in page
    assert "HAS_NO_TENSOR_PARAMETERS" in page and "Explanation:" in page and "Hint:" in page
    assert "Original against rewritten" in page and "the results agree" in page


def test_planted_behaviour_change_is_reported_as_a_difference(tmp_path):
    """The rewrite is planted through the API: `@tf.function` on a function with a stale read of a
    global, which the analysis rightly refuses; the graph keeps the first value of `scale`."""
    path = write_notebook(
        tmp_path / "stale.ipynb",
        "import tensorflow as tf\nscale = 2.0",
        "def scaled(x):\n    return x * scale",
        "first = float(scaled(tf.constant(1.5)))\nscale = 3.0\nsecond = float(scaled(tf.constant(1.5)))\n"
        "print('scaled', first, second)")
    original = nbformat.read(path, as_version=4)
    planted = copy.deepcopy(original)
    planted.cells[2].source = "@tf.function\n" + planted.cells[2].source
    outcome = asyncio.run(compare_notebooks(original, planted, cwd=str(tmp_path), runs=1, timeout=120))
    assert outcome["agree"] is False
    wrong = [d for d in outcome["differences"] if not d["within_tolerance"]]
    assert {(d["original"], d["rewritten"]) for d in wrong} == {(4.5, 3.0)}
    assert {d["where"] for d in wrong} == {"cell 4, printed line 1 ('scaled 3.0 4.5'), number 2", "global second"}


def test_results_that_differ_exit_1(tmp_path):
    """With one run of each, an unseeded random number cannot be told from a changed result: the
    comparison says the rewritten notebook differs, and the exit status says so to a script."""
    path = write_notebook(tmp_path / "noisy.ipynb", "import random", "print('draw', random.random())")
    status, stdout, _ = run_cli(path, "--compare", "--runs", "1", "--format", "json")
    assert json.loads(stdout)["notebooks"][0]["agree"] is False
    assert status == 1


def test_a_failing_cell_is_named_and_the_report_still_written(tmp_path):
    path = write_notebook(tmp_path / "broken.ipynb", "def double(x):\n    return x * 2\n\n\ny = double(3)",
                          "z = y / 0", "print('never reached')")
    status, stdout, stderr = run_cli(path, "--format", "json", "--html", tmp_path / "report.html", "--compare")
    assert status == 1
    lines = [line for line in stderr.splitlines() if "ZeroDivisionError" in line]
    assert lines == [f"hybridize-report: {path}: cell 3 (id c2) raised ZeroDivisionError: division by zero"]
    (item,) = json.loads(stdout)["notebooks"]
    assert item["error"]["cell"] == 3 and item["error"]["ename"] == "ZeroDivisionError"
    assert item["functions"] == 1 and item["agree"] is None  # what ran is reported; nothing compared
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<code>double</code>" in page and "ZeroDivisionError" in page


def test_benchmarks_appear_as_charts(good_notebook, tmp_path):
    status, stdout, stderr = run_cli(good_notebook, "--bench", "--budget", "0.2", "--html", tmp_path / "b.html")
    assert status == 0, stderr
    assert "scale_and_sum" in stdout and "3 functions" in stdout
    page = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert "<h3>Benchmarks</h3>" in page
    assert re.search(r"<svg[^>]*>\s*<title>scale_and_sum: time per call", page)


@pytest.mark.parametrize("arguments, message", [
    (["missing.ipynb"], "missing.ipynb: no such notebook"),
    (["{nb}", "{nb2}", "--rewrite", "one.ipynb"], "several notebooks need a directory"),
    (["{nb}", "--rewrite", "{nb}"], "would overwrite"),
    (["{nb}", "--runs", "0"], "--runs must be at least 1"),
])
def test_unusable_arguments_exit_2_with_one_line(tmp_path, monkeypatch, arguments, message):
    monkeypatch.chdir(tmp_path)
    nb = write_notebook(tmp_path / "a.ipynb", "x = 1")
    nb2 = write_notebook(tmp_path / "b.ipynb", "x = 2")
    status, stdout, stderr = run_cli(*[a.format(nb=nb, nb2=nb2) for a in arguments])
    assert status == 2 and stdout == ""
    assert stderr.count("\n") == 1 and message in stderr


def test_the_papers_tables_decide_in_the_kernel_run(tmp_path):
    """`--tables paper` reaches the kernel (`%hybridize config tables=paper`): `describe` has no
    tensor parameter, and the paper's status entries are in the report."""
    path = write_notebook(tmp_path / "good.ipynb", *GOOD_CELLS)
    status, stdout, stderr = run_cli(path, "--tables", "paper", "--format", "json", "--quiet")
    assert status == 0, stderr
    (item,) = json.loads(stdout)["notebooks"]
    assert item["report_source"] == "kernel" and item["report"]["tables"] == "paper"
    entries = {entry["qualname"]: entry for entry in item["report"]["functions"]}
    assert [f["code"] for f in entries["scale_and_sum"]["findings"]][:1] == ["HAS_TENSOR_PARAMETER"]
    assert entries["make_range"]["transformations"] == ["CONVERT_TO_EAGER"]


def test_a_recommendation_that_changes_the_results_is_found_and_withdrawn(tmp_path, monkeypatch):
    """Planted: the kernel's report marks `scaled` (a stale read of a global, which the analysis
    rightly keeps eager) safe to decorate, beside `double`, which is. `--compare` sees different
    numbers, bisects to `scaled` alone, withdraws it, writes the notebook with `double` only, and
    that one agrees; the exit status stays 1."""
    from hybridize_kernel import report_rewrite

    path = write_notebook(
        tmp_path / "planted.ipynb",
        "import tensorflow as tf\nscale = 2.0",
        "def double(x):\n    return x * 2.0",
        "def scaled(x):\n    return x * scale",
        "first = float(scaled(tf.constant(1.5)))\nscale = 3.0\nsecond = float(scaled(tf.constant(1.5)))\n"
        "doubled = float(double(tf.constant(1.5)))\nprint('scaled', first, second, doubled)")
    decisions = report_rewrite.get_kernel_decisions

    def planted(report):
        found = decisions(report)
        for key, entry in found.items():
            if key[1] == "scaled":
                found[key] = {**entry, "safe": True, "transformations": ["CONVERT_TO_HYBRID"]}
        return found

    monkeypatch.setattr(report_rewrite, "get_kernel_decisions", planted)
    out = tmp_path / "out.ipynb"
    status, stdout, stderr = run_cli(path, "--compare", "--runs", "1", "--rewrite", out, "--format", "json")
    item = json.loads(stdout)["notebooks"][0]
    assert status == 1 and item["agree"] is False
    assert [(w["cell"], w["qualname"]) for w in item["withdrawn"]] == [(4, "scaled")]
    assert {(d["original"], d["rewritten"]) for d in item["withdrawn"][0]["differences"]} >= {(4.5, 3.0)}
    assert item["agree_after_withdrawal"] is True
    assert item["bisect_runs"] <= 3  # log2(2) + the check of what is left (+ its own run)
    assert [c["qualnames"] for c in item["rewritten_cells"]] == [["double"]]
    rewritten = nbformat.read(out, as_version=4)
    assert rewritten.cells[2].source.startswith("@tf.function\ndef double")
    assert rewritten.cells[3].source == "def scaled(x):\n    return x * scale"
    assert "withdrawn 1 of 2 recommendations" in stderr
