"""`--tables paper`: the paper's two tables exactly, with its status entries (SPEC 4.10).

Each test is one row of a table or one kind of status entry, and lists the exact entries
(code, severity) the paper prescribes, in order.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hybridize_analysis.cli import main
from hybridize_analysis.engine import analyse_path
from hybridize_analysis.results import Options
from hybridize_analysis.rules import get_rule

from .test_decisions import decide


def entries(result) -> list[tuple[str, str]]:
    return [(finding.code, finding.to_dict()["severity"]) for finding in result.findings]


def paper(body: str):
    return decide(body, tables="paper")


# -- eager functions ---------------------------------------------------------------------------

def test_p1_lists_every_condition_that_held():
    result = paper("""
        def train_step(x, y):
            return loss_fn(y, model(x, training=True))

        for x, y in train_dataset:
            train_step(x, y)
    """)["train_step"]
    assert entries(result) == [("HAS_TENSOR_PARAMETER", "info"), ("HAS_NO_PYTHON_SCALAR_PARAMETERS", "info"),
                               ("HAS_NO_PYTHON_SIDE_EFFECTS", "info"), ("IS_NOT_RECURSIVE", "info")]
    assert result.transformations == ["CONVERT_TO_HYBRID"] and result.passing_precondition == "P1"


def test_a_failure_is_an_error_and_later_failures_are_added():
    result = paper("""
        def augment(images, size):
            print("augmenting", size)
            return tf.image.resize(images, [size, size])

        for x, y in train_dataset:
            augment(x, 32)
    """)["augment"]
    assert entries(result) == [("HAS_TENSOR_PARAMETER", "info"), ("HAS_PRIMITIVE_PARAMETERS", "error"),
                               ("HAS_PYTHON_SIDE_EFFECTS", "error")]
    assert result.transformations == []


def test_no_tensor_parameter_is_an_error():
    result = paper("""
        def build_model(units):
            return keras.Sequential([keras.layers.Dense(units)])

        build_model(64)
    """)["build_model"]
    assert entries(result) == [("HAS_NO_TENSOR_PARAMETERS", "error"), ("HAS_PRIMITIVE_PARAMETERS", "error")]


def test_an_undetermined_property_stops_the_table():
    result = paper("""
        import loader

        def step(x, y):
            return model(x)

        step(loader.images(), loader.labels())
    """)["step"]
    assert entries(result) == [("UNDETERMINABLE_TENSOR_PARAMETER", "info")]


def test_speculation_is_an_info_entry_and_the_primitive_property_stays_undetermined():
    # the signature rule of our default tables is not the paper's
    result = paper("""
        def train_step(x, y):
            return model(x)
    """)["train_step"]
    assert entries(result) == [("SPECULATIVE_ANALYSIS", "info"), ("HAS_TENSOR_PARAMETER", "info"),
                               ("UNDETERMINABLE_PRIMITIVE_PARAMETER", "info")]


def test_pitfalls_do_not_block_p1():
    result = paper("""
        def accuracy(x, y):
            predictions = tf.argmax(model(x), axis=1)
            return tf.reduce_mean(tf.cast(predictions == y, tf.float32)).numpy()

        for x, y in train_dataset:
            accuracy(x, y)
    """)["accuracy"]
    assert "HAS_EAGER_ONLY_CALLS" not in [code for code, _ in entries(result)]
    assert result.transformations == ["CONVERT_TO_HYBRID"]


def test_the_paper_tools_newer_checks_block_p1_in_both_tables():
    """A non-string op `name` (the paper's tool checks it since its publication) fails P1 under
    the paper's tables as under ours."""
    body = """
        def root(x, y):
            return tf.sqrt(tf.cast(x, tf.float32), tf.float32), y

        for x, y in train_dataset:
            root(x, y)
    """
    result = paper(body)["root"]
    assert entries(result) == [("HAS_TENSOR_PARAMETER", "info"), ("HAS_NO_PYTHON_SCALAR_PARAMETERS", "info"),
                               ("HAS_NO_PYTHON_SIDE_EFFECTS", "info"), ("IS_NOT_RECURSIVE", "info"),
                               ("HAS_INVALID_NAME_ARGUMENTS", "error")]
    assert result.transformations == [] and result.passing_precondition is None
    default = decide(body)["root"]
    assert "HAS_INVALID_NAME_ARGUMENTS" in [code for code, _ in entries(default)]
    assert default.transformations == []


def test_a_numpy_argument_meeting_two_dtypes_blocks_p1_in_both_tables():
    body = """
        weights = tf.Variable(tf.ones([10]), dtype=tf.float32)
        reference = tf.constant(np.ones([10]), dtype=tf.float64)

        def score(x, y):
            return tf.reduce_sum(x * weights) + tf.cast(tf.reduce_sum(y * reference), tf.float32), y * weights

        for x, y in train_dataset:
            score(x, np.ones([10]))
    """
    for result in (paper(body)["score"], decide(body)["score"]):
        assert "HAS_CONFLICTING_EAGER_DTYPE_COERCIONS" in [code for code, _ in entries(result)]
        assert result.transformations == []


def test_p6_removes_a_hybrid_function_that_computes_nothing():
    result = paper("""
        @tf.function
        def unpack(features, labels):
            return {"features": features, "labels": labels}

        for x, y in train_dataset:
            unpack(x, y)
    """)["unpack"]
    assert entries(result) == [("NO_TENSOR_COMPUTATION", "info"), ("HAS_NO_PYTHON_SIDE_EFFECTS", "info")]
    assert result.transformations == ["CONVERT_TO_EAGER"] and result.passing_precondition == "P6"


def test_two_constant_values_are_primitive_parameters_under_the_paper():
    result = paper("""
        def normalize(x, axis):
            return x / tf.reduce_sum(x, axis=axis, keepdims=True)

        batch = tf.random.uniform([4, 3])
        normalize(batch, 0)
        normalize(batch, 1)
    """)["normalize"]
    assert ("HAS_PRIMITIVE_PARAMETERS", "error") in entries(result)


# -- hybrid functions --------------------------------------------------------------------------

def test_p2_removes_the_decorator_on_no_tensor_parameter_alone():
    result = paper("""
        @tf.function
        def make_positions(length):
            return tf.range(length)

        make_positions(10)
    """)["make_positions"]
    assert entries(result) == [("HAS_NO_TENSOR_PARAMETERS", "info"), ("HAS_NO_PYTHON_SIDE_EFFECTS", "info")]
    assert result.transformations == ["CONVERT_TO_EAGER"] and result.passing_precondition == "P2"


def test_p3_removes_the_decorator_on_any_primitive_parameter():
    result = paper("""
        @tf.function
        def power(x, exponent):
            return x ** exponent

        power(tf.ones([3]), 2)
    """)["power"]
    assert entries(result) == [("HAS_TENSOR_PARAMETER", "info"), ("HAS_PRIMITIVE_PARAMETERS", "info"),
                               ("HAS_NO_PYTHON_SIDE_EFFECTS", "info")]
    assert result.passing_precondition == "P3"


def test_tensor_and_no_primitive_parameter_fails_with_an_error():
    result = paper("""
        @tf.function
        def predict(x):
            return model(x)

        for x, y in train_dataset:
            predict(x)
    """)["predict"]
    assert entries(result) == [("HAS_TENSOR_PARAMETER", "info"), ("HAS_NO_PRIMITIVE_PARAMETERS", "error")]
    assert result.transformations == []


def test_side_effects_block_removal_with_an_error_and_a_warning():
    result = paper("""
        @tf.function
        def make_noise(batch_size):
            print("tracing")
            return tf.random.normal([batch_size, 100])

        make_noise(64)
    """)["make_noise"]
    assert entries(result) == [("HYBRID_FUNCTION_WITH_SIDE_EFFECTS", "warning"),
                               ("HAS_NO_TENSOR_PARAMETERS", "info"), ("HAS_PYTHON_SIDE_EFFECTS", "error")]
    assert result.transformations == []


def test_a_recursive_hybrid_function_with_a_tensor_parameter_gets_one_warning():
    result = paper("""
        @tf.function
        def depth(x, n):
            return x if n == 0 else depth(x * 2.0, n - 1)

        depth(tf.ones([2]), 3)
    """)["depth"]
    assert entries(result)[0] == ("RECURSIVE_HYBRID_FUNCTION", "warning")
    assert [code for code, severity in entries(result)].count("RECURSIVE_HYBRID_FUNCTION") == 1


def test_functions_traced_on_purpose_follow_the_paper():
    # our evidence rules (an exported module) are not the paper's
    result = paper("""
        class Exporter(tf.Module):
            @tf.function
            def version(self):
                return tf.constant(3)

        tf.saved_model.save(Exporter(), "export")
    """)["Exporter.version"]
    assert result.transformations == ["CONVERT_TO_EAGER"]


# -- the surfaces ------------------------------------------------------------------------------

@pytest.mark.parametrize("tables", ["paper", "default"])
def test_the_report_says_which_tables_decided(tables, tmp_path, capsys):
    path = tmp_path / "m.py"
    path.write_text("import tensorflow as tf\n\n@tf.function\ndef f():\n    return tf.range(3)\n\nf()\n")
    assert main(["--format", "json", "--tables", tables, str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["tables"] == tables
    (entry,) = report["functions"]
    assert entry["transformations"] == (["CONVERT_TO_EAGER"] if tables == "paper" else [])


# -- every program and fixture --------------------------------------------------------------------

HERE = Path(__file__).parent
CORPUS = sorted((HERE / "programs").glob("*.py")) + sorted((HERE / "fixtures" / "pitfalls").glob("*.py"))


def prescribed(result) -> tuple[list[str], str | None, set[str]]:
    """What the paper's tables prescribe for a function with these properties (SPEC 4.10), written
    from the tables themselves: (transformations, precondition, failure codes reported as errors)."""
    p = result.properties
    tensor, primitive, effects, recursive = (p["has_tensor_parameter"], p["has_primitive_parameter"],
                                             p["has_python_side_effects"], p["is_recursive"])
    newer = {f.code for f in result.findings if get_rule(f.code).tables == "both" and get_rule(f.code).kind == "pitfall"
             and f.get_severity() == "error"}  # the paper tool's newer checks
    if not result.function.is_hybrid:
        failures = set()
        for value, failing, code in ((tensor, False, "HAS_NO_TENSOR_PARAMETERS"),
                                     (primitive, True, "HAS_PRIMITIVE_PARAMETERS"),
                                     (effects, True, "HAS_PYTHON_SIDE_EFFECTS"), (recursive, True, "IS_RECURSIVE")):
            if value is None:
                return [], None, failures
            if value is failing:
                failures.add(code)
        if failures or newer:
            return [], None, failures | newer
        return ["CONVERT_TO_HYBRID"], "P1", set()
    idle = any(f.code == "NO_TENSOR_COMPUTATION" for f in result.findings)
    if idle and tensor is not False and effects is not True:
        return (["CONVERT_TO_EAGER"], "P6", set()) if effects is False else ([], None, set())
    if tensor is None:
        return [], None, set()
    if tensor is False or primitive is True:
        if effects is True:
            return [], None, {"HAS_PYTHON_SIDE_EFFECTS"}
        if effects is None:
            return [], None, set()
        return ["CONVERT_TO_EAGER"], "P2" if tensor is False else "P3", set()
    return [], None, {"HAS_NO_PRIMITIVE_PARAMETERS"} if primitive is False else set()


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_decision_follows_the_paper_tables(path):
    for result in analyse_path(path, Options(tables="paper")).results:
        name = result.function.qualname
        transformations, precondition, failures = prescribed(result)
        assert result.transformations == transformations, name
        assert result.passing_precondition == precondition, name
        errors = {f.code for f in result.findings if f.get_severity() == "error"}
        assert errors == failures, name
        assert all(get_rule(f.code).tables in ("both", "paper") for f in result.findings), name
        warnings = [f.code for f in result.findings if f.get_severity() == "warning"]
        expected_warnings = []
        if result.function.is_hybrid and result.properties["has_tensor_parameter"] is True \
                and result.properties["is_recursive"] is True:
            expected_warnings.append("RECURSIVE_HYBRID_FUNCTION")
        if result.function.is_hybrid and result.properties["has_python_side_effects"] is True:
            expected_warnings.append("HYBRID_FUNCTION_WITH_SIDE_EFFECTS")
        expected_warnings += [f.code for f in result.findings if f.code == "RETRACES_ON_SHAPES"]
        assert sorted(warnings) == sorted(expected_warnings), name
