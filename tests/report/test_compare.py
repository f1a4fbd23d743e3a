"""Reading the numbers of a run and comparing two runs (no kernel needed)."""
from __future__ import annotations

import contextlib
import io
import json
import math

import nbformat
import numpy as np
import pytest

from hybridize_analysis.outputs import (
    RunValues, Value, compare_runs, compare_values, find_unstable, get_quantum, iter_printed_numbers,
)
from hybridize_kernel.report_compare import read_values
from hybridize_kernel.report_kernel import NAMESPACE_DUMP, NAMESPACE_MARKER
from hybridize_kernel.report_run import Execution


def printed(text: str) -> list[float]:
    return [number for number, _, _ in iter_printed_numbers(text)]


def test_numbers_standing_alone_are_read_names_and_addresses_are_not():
    text = "epoch 2: loss 0.1234  dense_1 float32[64,20] at 0x7f3a2c -1.5e-3 nan v1.2 (3, 4)\n"
    assert printed(text)[:5] == [2.0, 0.1234, 64.0, 20.0, -1.5e-3]
    assert math.isnan(printed(text)[5]) and printed(text)[6:] == [3.0, 4.0]


@pytest.mark.parametrize("token, quantum", [("0.125", 1e-3), ("12", 0.0), ("1.5e-3", 1e-4), ("2.", 1.0), ("nan", 0.0)])
def test_quantum_is_one_unit_in_the_last_printed_place(token, quantum):
    assert get_quantum(token) == pytest.approx(quantum)


def test_rounded_prints_agree_within_one_unit_in_the_last_place():
    original = {"a": Value("a", 0.0123, 1e-4)}
    assert compare_values(original, {"a": Value("a", 0.0124, 1e-4)}).agree
    assert not compare_values(original, {"a": Value("a", 0.0126, 1e-4)}).agree


def test_tolerances_missing_values_and_the_largest_differences_first():
    original = {"x": Value("x", 1.0), "y": Value("y", 100.0), "z": Value("z", 5.0), "n": Value("n", math.nan)}
    rewritten = {"x": Value("x", 1.0000001), "y": Value("y", 101.0), "n": Value("n", math.nan), "w": Value("w", 1.0)}
    comparison = compare_values(original, rewritten, rtol=1e-3, atol=1e-5)
    assert not comparison.agree and comparison.failures == 3 and comparison.compared == 3
    first = comparison.differences[0].to_dict()
    assert first["where"].startswith("z") and first["rewritten"] is None
    by_where = {d.where: d for d in comparison.differences}
    assert by_where["y"].relative == pytest.approx(1 / 101) and not by_where["y"].within_tolerance
    assert by_where["x"].within_tolerance  # listed, but within the tolerance
    assert compare_values(original, rewritten, rtol=0.02, ignore={"z", "w"}).agree


def test_values_that_vary_between_runs_of_the_original_are_left_out():
    runs = [RunValues({2: ["took 1.0 s", "k 2"]}), RunValues({2: ["took 1.7 s", "k 2"]})]
    assert find_unstable(runs, 1e-3, 1e-5) == {"cell 2 line 1 #1"}
    comparison = compare_runs(runs, RunValues({2: ["took 0.4 s", "k 2"]}))
    assert comparison.agree and comparison.unstable == 1 and comparison.compared == 1


def test_printed_lines_are_lined_up_before_their_numbers_are_compared():
    original = RunValues({3: ["step 1 loss 0.5", "WARNING:tensorflow:5 out of the last 5 calls retraced",
                              "step 2 loss 0.25", "final 0.2"]})
    quieter = RunValues({3: ["step 1 loss 0.5", "step 2 loss 0.25", "final 0.2"]})
    assert compare_runs([original], quieter).agree  # a log line less shifts nothing
    fewer = RunValues({3: ["step 1 loss 0.5", "final 0.2"]})  # a print that ran once, in a graph
    comparison = compare_runs([original], fewer)
    assert not comparison.agree and comparison.failures == 2
    assert {d.where for d in comparison.differences} == {
        f"cell 3, printed line 3 ('step 2 loss 0.25'), number {k} (missing from the rewritten run)" for k in (1, 2)}
    changed = compare_runs([original], RunValues({3: ["step 1 loss 0.5", "step 2 loss 0.75", "final 0.2"]}))
    assert [(d.original, d.rewritten) for d in changed.differences] == [(0.25, 0.75)]


def test_an_array_printed_with_other_line_breaks_holds_the_same_numbers():
    """A printed array whose column width changed (one element printed with a digit more) wraps
    its rows differently: the same numbers in the same order agree; a changed one still shows."""
    original = RunValues({1: ["tf.Tensor(", "[[0.5 0.25 0.125]", "[1.5 2.5 3.5]], shape=(2, 3), dtype=float32)", "done"]})
    rewrapped = RunValues({1: ["tf.Tensor(", "[[0.5  0.25", "0.125] [1.5 2.5", "3.5]], shape=(2, 3), dtype=float32)",
                               "done"]})
    assert compare_runs([original], rewrapped).agree
    changed = RunValues({1: ["tf.Tensor(", "[[0.5  0.25", "0.125] [1.5 2.5", "3.75]], shape=(2, 3), dtype=float32)",
                             "done"]})
    comparison = compare_runs([original], changed)
    assert not comparison.agree
    assert [(d.original, d.rewritten) for d in comparison.differences if not d.within_tolerance] == [(3.5, 3.75)]


def run_dump(namespace: dict) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(NAMESPACE_DUMP, namespace)  # noqa: S102 - our own code, as the kernel runs it
    text = out.getvalue()
    assert text.count(NAMESPACE_MARKER) == 1
    return json.loads(text.split(NAMESPACE_MARKER, 1)[1])


def test_namespace_dump_keeps_numbers_and_survives_odd_objects():
    class Hostile:
        def __getattr__(self, name):
            raise RuntimeError("no attributes here")

        def __len__(self):
            raise RuntimeError("no length either")

    namespace = {"count": 3, "flag": True, "rate": 0.5, "missing": float("nan"), "scalar": np.float32(1.5),
                 "matrix": np.arange(6).reshape(2, 3), "huge": np.zeros(20000), "words": np.array(["a"]),
                 "losses": [np.float32(0.25), 0.5], "mixed": [1, "x"], "text": "7", "hostile": Hostile(),
                 "np": np, "_private": 1, "function": print}
    dumped = run_dump(namespace)
    assert set(dumped) == {"count", "flag", "rate", "missing", "scalar", "matrix", "losses"}
    assert dumped["matrix"] == {"shape": [2, 3], "values": [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]}
    assert dumped["missing"] == "nan" and dumped["flag"] == 1
    assert "__hybridize_dump" not in namespace


def test_read_values_from_an_executed_notebook():
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print(...)")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="loss 0.25\nsteps 3\n"),
                    nbformat.v4.new_output("stream", name="stderr", text="warning 99\n"),
                    nbformat.v4.new_output("execute_result", data={"text/plain": "0.5"}, execution_count=1)]
    dump = nbformat.v4.new_code_cell("dump")
    dump.outputs = [nbformat.v4.new_output("stream", name="stdout",
                                           text=NAMESPACE_MARKER + json.dumps({"w": {"shape": [2], "values": [1, 2]}}))]
    notebook.cells = [nbformat.v4.new_markdown_cell("# t"), cell, dump]
    values = read_values(Execution(notebook, head=0, size=2))
    assert values.lines == {2: ["loss 0.25", "steps 3", "0.5"]}
    assert {key: value.value for key, value in values.globals.items()} == {"global w[0]": 1.0, "global w[1]": 2.0}


def test_when_the_original_runs_print_different_lines_a_missing_value_is_no_evidence():
    """Unseeded random arrays wrap differently from run to run: the original's own runs do not
    print the same values, so a value only one run has cannot tell a changed program."""
    runs = [RunValues({1: ["[[0.5 0.25]", "[0.125 1.5]]", "done 3"]}),
            RunValues({1: ["[[0.75", "0.5] [0.125", "1.5]]", "extra 4", "done 3"]})]
    comparison = compare_runs(runs, RunValues({1: ["[[0.5 0.25 0.125", "1.5]]", "other 9", "done 3"]}))
    assert comparison.agree
    assert not compare_runs(runs, RunValues({1: ["[[0.5 0.25]", "[0.125 1.5]]", "done 4"]})).agree
