"""`hybridize-check --verify SCRIPT.py`: the script runs as it is and rewritten, in fresh Python
processes (TensorFlow is imported there, not here); recommendations under which it prints other
numbers are found and withdrawn."""
from __future__ import annotations

import contextlib
import io
import json
import textwrap
from pathlib import Path

from hybridize_analysis.cli import main
from hybridize_analysis.engine import Options, analyse_path
from hybridize_analysis.verify_script import verify_script

SCRIPT = """
import sys
import time

import tensorflow as tf

scale = 2.0


def double(x):
    return x * 2.0


def scaled(x):
    return x * scale


def never_called(x):
    return tf.square(x) + 1.0


started = time.perf_counter()
first = float(scaled(tf.constant(1.5)))
scale = 3.0
second = float(scaled(tf.constant(1.5)))
for step in range(3):
    print("step", step, float(double(tf.constant(float(step)))))
print("scaled", first, second)
print("took", time.perf_counter() - started, "s")  # differs from run to run: not compared
if "--check" in sys.argv:
    print("check", float(tf.reduce_sum(never_called(tf.ones([2])))))
"""


#: The script's functions are one-liners, which the boundary plan keeps eager (a graph call would not
#: pay): these checks of the verification turn the plan's threshold off.
TABLES_ALONE = Options(min_graph_ops=0, min_graph_calls=0)


def run_cli(*args) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        status = main([str(arg) for arg in args])
    return status, stdout.getvalue(), stderr.getvalue()


def test_a_script_that_computes_the_same_verifies_what_ran(tmp_path):
    path = tmp_path / "train.py"
    path.write_text(textwrap.dedent(SCRIPT), encoding="utf-8")
    status, stdout, stderr = run_cli(path, "--verify", "--min-graph-ops", "0", "--min-graph-calls", "0",
                                     "--format", "json", "--timeout", "120")
    functions = {entry["qualname"]: entry for entry in json.loads(stdout)["functions"]}
    assert status == 0, stderr
    assert functions["double"]["verified"] is True
    assert functions["double"]["transformations"] == ["CONVERT_TO_HYBRID"]
    # `scaled` reads a global the script reassigns: the analysis keeps it eager, nothing to verify
    assert functions["scaled"]["transformations"] == [] and functions["scaled"]["verified"] is None
    never = functions["never_called"]
    assert never["transformations"] == ["CONVERT_TO_HYBRID"]  # its only call is not made in this run
    assert never["verified"] is None
    assert never["verification"]["reason"] == "the function never ran in the script"
    assert path.read_text(encoding="utf-8") == textwrap.dedent(SCRIPT)  # the script is never modified


def test_a_recommendation_that_changes_what_it_prints_is_withdrawn(tmp_path):
    """Planted: `scaled` marked safe to decorate although its graph keeps the first `scale`."""
    path = tmp_path / "train.py"
    path.write_text(textwrap.dedent(SCRIPT), encoding="utf-8")
    analysis = analyse_path(path, TABLES_ALONE)
    results = {result.function.qualname: result for result in analysis.results}
    results["scaled"].transformations = ["CONVERT_TO_HYBRID"]
    results["scaled"].passing_precondition = "P1"
    results["scaled"].findings = []
    results["scaled"].safe = True
    outcome = verify_script(analysis, path, timeout=120, runs=2)
    assert outcome.agree is False and outcome.withdrawn == ["scaled"]
    assert outcome.verdicts["scaled"]["verified"] is False
    assert "4.5 became 3.0" in outcome.verdicts["scaled"]["detail"]
    assert results["scaled"].transformations == []  # withdrawn: BEHAVIOUR_DIFFERS
    assert "BEHAVIOUR_DIFFERS" in [finding.code for finding in results["scaled"].findings]
    assert outcome.verdicts["double"]["verified"] is True
    assert outcome.runs <= 2 + 1 + 3  # originals, everything, then about log2(2) + 1 runs


def test_verify_takes_one_script(tmp_path):
    status, _, stderr = run_cli(tmp_path, "--verify")
    assert status == 2 and "one .py script" in stderr


def test_autograph_reads_the_rewritten_text_of_the_script(tmp_path):
    """The rewritten script runs under the script's own file name, with a decorator line added
    above each recommended function: AutoGraph, which reads a function's source by its line, must
    read the rewritten text, not the file on disk (there, `scale`'s line is inside `main`)."""
    path = tmp_path / "tensor_math.py"
    path.write_text((Path(__file__).parent / "programs" / "tensor_math.py").read_text(encoding="utf-8"),
                    encoding="utf-8")
    analysis = analyse_path(path, TABLES_ALONE)
    assert len([r for r in analysis.results if r.transformations]) == 6
    outcome = verify_script(analysis, path, timeout=120, runs=1)
    assert outcome.agree is True and outcome.withdrawn == []
    assert set(verdict["verified"] for verdict in outcome.verdicts.values()) == {True}
