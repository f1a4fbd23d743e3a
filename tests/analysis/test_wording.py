"""How a report entry reads (SPEC 9.1): one reason line and grouped findings, without the name."""
from __future__ import annotations

import pytest

from hybridize_analysis.wording import code_spans, describe_entry, without_subject

from .conftest import analyse_source


def entries(source: str) -> dict:
    from hybridize_analysis.report import build_report

    analysis, _ = analyse_source(source)
    return {entry["qualname"]: entry for entry in build_report([analysis])["functions"]}


PROGRAM = """
import tensorflow as tf

def scale(x):
    for _ in range(4):
        x = tf.nn.relu(tf.linalg.matmul(x, x)) * 0.5
    return x

def show(x):
    print(x)
    return x + 1.0

def pair(x, y):
    return (x, y)

def unknown(x):
    return x * 3.0

scale(tf.ones([2, 2]))
show(tf.ones([2]))
pair(tf.ones([2]), tf.ones([2]))
"""


def test_every_entry_carries_its_wording():
    functions = entries(PROGRAM)
    for entry in functions.values():
        wording = entry["wording"]
        assert wording["reason"] and "\n" not in wording["reason"]
        assert f"`{entry['qualname']}`" not in wording["reason"]
        for key in ("why", "watch_out", "notes", "observed", "assumed"):
            assert all(f"`{entry['qualname']}`:" not in item["text"] for item in wording[key])


def test_a_recommended_decorator_says_what_holds():
    wording = entries(PROGRAM)["scale"]["wording"]
    assert wording["reason"].startswith("Takes tensors")
    assert wording["why"] == []


def test_a_blocked_function_gives_its_first_blocking_reason():
    wording = entries(PROGRAM)["show"]["wording"]
    assert "print(x)" in wording["reason"]
    assert wording["why"][0]["code"] == "HAS_PYTHON_SIDE_EFFECTS"
    assert wording["why"][0]["text"] == wording["reason"]


def test_a_function_kept_eager_by_the_plan_says_how_little_it_runs():
    wording = entries(PROGRAM.replace("pair(tf.ones([2]), tf.ones([2]))", "unknown(tf.ones([2]))"))["unknown"]["wording"]
    assert wording["reason"].startswith("Runs about 1 TensorFlow operation")
    assert wording["why"][0]["code"] == "TOO_LITTLE_WORK"


def test_an_undetermined_function_says_why_instead_of_hiding_it():
    """Undetermined properties are info findings; for a row that stays as it is they are the reason."""
    wording = entries(PROGRAM)["unknown"]["wording"]
    assert wording["reason"].startswith("Cannot tell")
    assert {item["code"] for item in wording["why"]} >= {"UNDETERMINABLE_TENSOR_PARAMETER"}


def test_observed_calls_are_not_assumptions():
    entry = {"qualname": "step", "transformations": [], "is_hybrid": False, "findings": [],
             "assumptions": [{"code": "OBSERVED_CALLS", "message": "`step`: 24 call(s) seen: x float32[64,20]"},
                             {"code": "SPECULATIVE_ANALYSIS", "message": "`step`: assumed tensors"}]}
    wording = describe_entry(entry)
    assert [item["text"] for item in wording["observed"]] == ["24 call(s) seen: x float32[64,20]"]
    assert [item["code"] for item in wording["assumed"]] == ["SPECULATIVE_ANALYSIS"]


def test_a_measured_recommendation_says_so():
    entry = {"qualname": "step", "transformations": ["CONVERT_TO_HYBRID"], "is_hybrid": False, "findings": [],
             "assumptions": [], "benchmark": {"speedup": 3.24, "equivalent": True},
             "decorator_arguments": {"jit_compile": "True"}}
    assert describe_entry(entry)["reason"] == "Measured 3.2\u00d7 faster as a graph with XLA, with the same results"


@pytest.mark.parametrize("message, expected", [
    ("`f`: cannot tell whether `g(x)` has Python side effects", "Cannot tell whether `g(x)` has Python side effects"),
    ("`f` performs no TensorFlow operation", "Performs no TensorFlow operation"),
    ("`fa`: x", "`fa`: x"),  # another name that starts like it
    ("no subject here", "no subject here"),
])
def test_without_subject(message, expected):
    assert without_subject(message, "f") == expected


def test_code_spans():
    assert code_spans("use `tf.print` for `print`") == [
        ("use ", False), ("tf.print", True), (" for ", False), ("print", True)]


def test_a_script_verdict_says_it_ran_the_script_not_observed_calls():
    entry = {"qualname": "step", "transformations": ["CONVERT_TO_HYBRID"], "is_hybrid": False, "findings": [],
             "assumptions": [], "verification": {"verified": True, "calls": None, "runs": 3}}
    assert describe_entry(entry)["verification"] == "verified by running the script (3 runs, the same numbers)"
