"""The static pitfall checks of SPEC 4.5 (`rules/<code>.py` `check`, `rules/pitfalls.py`).

Each code has a fixture in `fixtures/pitfalls/<code>.py` whose lines marked `# CODE` (or
`# CODE:severity`) are the findings expected there, and nowhere else; one parametrized test walks
them, and the unit tests below cover the edge cases one program at a time.
"""
from __future__ import annotations

import re
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from hybridize_analysis.rules import catalogue, get_rule
from hybridize_analysis.rules.pitfalls import PITFALL_CHECKS, VERSION_DEPENDENT, run_pitfall_checks

from .conftest import analyse_cells, analyse_source, make_context

FIXTURES = Path(__file__).parent / "fixtures" / "pitfalls"
CODES = [
    "HAS_EAGER_ONLY_CALLS", "HAS_NUMPY_CALLS_ON_PARAMETERS", "HAS_TENSOR_ASSERTS", "CREATES_VARIABLES",
    "HAS_STALE_READS", "USES_PYTHON_RANDOMNESS", "HAS_UNSEEDED_RANDOM_OPS", "RETURNS_PYTHON_VALUES",
    "IS_GENERATOR", "HAS_TENSOR_PARAMETER_ITERATION",
    "ACCUMULATES_IN_PYTHON_LIST", "CONSUMES_PYTHON_ITERATOR", "CREATES_TF_FUNCTION_PER_CALL",
    "NO_TENSOR_COMPUTATION", "IS_A_TEST", "KERAS3_LAYER_CALL", "HAS_INVALID_NAME_ARGUMENTS", "HAS_KERAS_SYMBOLIC_ARGUMENTS",
    "HAS_STALE_VARIABLE_READS", "HAS_UNRESOLVED_STATICALLY_READ_AXES",
    "HAS_CONFLICTING_EAGER_DTYPE_COERCIONS", "HAS_COVERED_CALLERS",
]
_MARKER = re.compile(r"#\s*(?P<code>[A-Z][A-Z0-9_]+)(?::(?P<severity>error|warning|info))?\s*$")
_CHECKS = {check.__module__.rsplit(".", 1)[-1].upper(): check for check in PITFALL_CHECKS}


def expected_markers(source: str, code: str) -> Counter:
    """(line, severity) of every `# CODE` marker; an unmarked severity is the rule's own."""
    expected = Counter()
    for number, line in enumerate(source.splitlines(), start=1):
        match = _MARKER.search(line)
        if match and match["code"] == code:
            expected[(number, match["severity"] or get_rule(code).severity)] += 1
    return expected


def findings_of(analysis, code: str, keras: int = 3) -> Counter:
    found = Counter()
    for result in analysis.results:
        for finding in _CHECKS[code](make_context(analysis, result.function.qualname, keras)):
            assert finding.code == code
            found[(finding.line, finding.severity or get_rule(code).severity)] += 1
    return found


def check_source(source: str, code: str, qualname: str, keras: int = 3):
    """The findings of `code` for one function of a program."""
    analysis, _ = analyse_source(source)
    return _CHECKS[code](make_context(analysis, qualname, keras))


def lines(findings) -> list[int]:
    return [finding.line for finding in findings]


# -- the registry ---------------------------------------------------------------------------------

def test_checks_follow_the_catalogue_order_of_spec_4_5():
    assert [check.__module__.rsplit(".", 1)[-1].upper() for check in PITFALL_CHECKS] == CODES
    pitfall_codes = [code for code, rule in catalogue.CATALOGUE.items() if rule.kind == "pitfall"]
    assert [code for code in pitfall_codes if code in CODES] == CODES


def test_every_check_has_a_fixture():
    assert sorted(path.stem.upper() for path in FIXTURES.glob("*.py")) == sorted(CODES)


def test_version_dependent_codes():
    assert VERSION_DEPENDENT == frozenset({"KERAS3_LAYER_CALL", "HAS_KERAS_SYMBOLIC_ARGUMENTS"})
    assert VERSION_DEPENDENT <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_fixture(code):
    source = (FIXTURES / f"{code.lower()}.py").read_text(encoding="utf-8")
    analysis, _ = analyse_source(source)
    expected = expected_markers(source, code)
    assert expected, f"the fixture of {code} marks no finding"
    assert findings_of(analysis, code) == expected


@pytest.mark.parametrize("code", sorted(VERSION_DEPENDENT))
def test_keras3_fixtures_under_keras_2_have_no_finding(code):
    source = (FIXTURES / f"{code.lower()}.py").read_text(encoding="utf-8")
    analysis, _ = analyse_source(source)
    assert findings_of(analysis, code, keras=2) == Counter()


@pytest.mark.parametrize("code", CODES)
def test_findings_carry_the_declared_arguments(code):
    source = (FIXTURES / f"{code.lower()}.py").read_text(encoding="utf-8")
    analysis, _ = analyse_source(source)
    rule = get_rule(code)
    for result in analysis.results:
        for finding in _CHECKS[code](make_context(analysis, result.function.qualname)):
            assert set(finding.args) == set(rule.args)
            assert finding.to_dict()["message"]  # the template formats


def test_run_pitfall_checks_runs_every_check():
    analysis, _ = analyse_source("""
        import random
        import numpy as np
        import tensorflow as tf

        def step(x):
            noise = random.random()
            v = tf.Variable(0.0)
            yield x.numpy() + noise

        step(tf.constant([1.0]))
    """)
    codes = [finding.code for finding in run_pitfall_checks(make_context(analysis, "step"))]
    assert codes == ["HAS_EAGER_ONLY_CALLS", "CREATES_VARIABLES", "USES_PYTHON_RANDOMNESS", "IS_GENERATOR"]


# -- HAS_EAGER_ONLY_CALLS ---------------------------------------------------------------------------

def test_eager_only_tensor_condition_is_converted_but_bool_is_not():
    source = """
        import tensorflow as tf

        def clip(x):
            if tf.reduce_max(x) > 1.0:
                x = x / tf.reduce_max(x)
            if bool(tf.reduce_min(x) < 0.0):
                x = tf.abs(x)
            return x

        clip(tf.random.normal([4]))
    """
    assert lines(check_source(source, "HAS_EAGER_ONLY_CALLS", "clip")) == [7]


def test_eager_only_float_and_int_of_a_tensor_are_converted_by_autograph():
    # AutoGraph's py_builtins turn `float(t)` and `int(t)` into `tf.cast`: tracing succeeds, and
    # the result is a tensor (what the caller receives is RETURNS_PYTHON_VALUES).
    source = """
        import tensorflow as tf

        def mean_loss(losses):
            n = int(tf.size(losses))
            total = tf.zeros([])
            for i in range(int(tf.shape(losses)[0])):
                total += losses[i]
            if float(total) > 10.0:
                total = total / 10.0
            return tf.math.log(float(tf.reduce_sum(losses)) / n) + losses[int(tf.argmax(losses))]

        mean_loss(tf.ones([3]))
    """
    assert check_source(source, "HAS_EAGER_ONLY_CALLS", "mean_loss") == []


def test_eager_only_cast_tensor_used_as_a_python_number():
    source = """
        import math
        import numpy as np
        import tensorflow as tf

        NAMES = ["a", "b", "c"]

        def report(x):
            loss = tf.reduce_mean(x)
            text = f"loss {float(loss):.3f}"
            old = "%.2f" % float(loss)
            n = int(tf.shape(x)[0])
            pad = np.zeros((8 - n, 2))
            rows = [x[i] for i in range(int(tf.shape(x)[0]))]
            name = NAMES[int(tf.argmax(x))]
            scale = math.sqrt(float(loss))
            peak = tf.constant(float(tf.reduce_max(x)))
            return x

        report(tf.ones([3]))
    """
    findings = check_source(source, "HAS_EAGER_ONLY_CALLS", "report")
    assert lines(findings) == [10, 11, 12, 14, 15, 16, 17]


def test_eager_only_static_shape_int_is_a_python_int():
    source = """
        import numpy as np
        import tensorflow as tf

        def pad(x):
            n = int(x.shape[0])
            return tf.concat([x, np.zeros((8 - n,), dtype="float32")], 0)

        pad(tf.ones([3]))
    """
    assert check_source(source, "HAS_EAGER_ONLY_CALLS", "pad") == []


def test_eager_only_numpy_methods_on_an_array_argument():
    # `tf.function` turns the array into a tensor, which has no `.astype` or `.tolist`
    source = """
        import numpy as np
        import tensorflow as tf

        def prepare(counts, scale):
            total = counts.astype("float32").sum()
            return tf.constant(1.0) * total, scale.reshape(-1)

        prepare(np.ones(3), tf.ones([3]))
    """
    findings = check_source(source, "HAS_EAGER_ONLY_CALLS", "prepare")
    assert [finding.args["call"] for finding in findings] == ['counts.astype("float32")', "scale.reshape(-1)"]


def test_eager_only_keras_helpers_that_convert_to_numpy():
    source = """
        import tensorflow as tf
        from tensorflow import keras

        def top_class(model, images):
            probs = model(images)
            return keras.applications.resnet50.decode_predictions(probs, top=1), probs

        top_class(keras.applications.ResNet50(), tf.ones([1, 224, 224, 3]))
    """
    assert lines(check_source(source, "HAS_EAGER_ONLY_CALLS", "top_class")) == [7]


def test_eager_only_numpy_argument_becomes_a_tensor_when_traced():
    source = """
        import numpy as np
        import tensorflow as tf

        def to_list(x):
            return np.asarray(x).tolist()

        def build():
            table = np.arange(4)
            return np.asarray(table)

        to_list(np.ones(3))
        build()
    """
    assert lines(check_source(source, "HAS_EAGER_ONLY_CALLS", "to_list")) == [6]
    assert check_source(source, "HAS_EAGER_ONLY_CALLS", "build") == []


def test_eager_only_numpy_of_a_variable():
    source = """
        import tensorflow as tf

        step = tf.Variable(0)

        def log_step(x):
            return x, step.numpy()

        log_step(tf.ones([2]))
    """
    findings = check_source(source, "HAS_EAGER_ONLY_CALLS", "log_step")
    assert lines(findings) == [7]
    assert findings[0].args["call"] == "step.numpy()"


# -- HAS_NUMPY_CALLS_ON_PARAMETERS -------------------------------------------------------------------

def test_numpy_on_parameter_names_the_parameter():
    source = """
        import numpy as np
        import tensorflow as tf

        def scores(logits, temperature):
            shifted = logits - np.max(logits)
            return tf.nn.softmax(shifted / temperature)

        scores(tf.random.normal([10]), 2.0)
    """
    findings = check_source(source, "HAS_NUMPY_CALLS_ON_PARAMETERS", "scores")
    assert lines(findings) == [6]
    assert findings[0].args == {"function": "scores", "call": "np.max(logits)", "parameter": "logits"}


def test_numpy_dtype_constants_and_python_arguments_are_fine():
    source = """
        import numpy as np
        import tensorflow as tf

        def prepare(x, n):
            x = tf.cast(x, dtype=np.float32)
            return x * np.float32(n) + np.log(n)

        prepare(tf.ones([3]), 4)
    """
    assert check_source(source, "HAS_NUMPY_CALLS_ON_PARAMETERS", "prepare") == []


def test_numpy_on_a_global_tensor_is_not_a_parameter():
    source = """
        import numpy as np
        import tensorflow as tf

        table = tf.constant([1.0, 2.0])

        def lookup(x):
            return x * np.max(table)

        lookup(tf.ones([2]))
    """
    assert check_source(source, "HAS_NUMPY_CALLS_ON_PARAMETERS", "lookup") == []


def test_numpy_on_a_parameter_passed_an_array():
    # a function whose parameters only ever receive NumPy arrays is pure NumPy: not a candidate
    source = """
        import numpy as np

        def center(a):
            return a - np.mean(a)

        center(np.ones([3]))
    """
    from .conftest import analyse_source

    _, results = analyse_source(source)
    assert results["center"].properties["has_tensor_parameter"] is False
    assert results["center"].transformations == []


# -- CREATES_VARIABLES ---------------------------------------------------------------------------------

def test_creates_variables_singleton_pattern_is_fine():
    source = """
        import tensorflow as tf

        class Model(tf.Module):
            def __init__(self):
                super().__init__()
                self.v = None

            def __call__(self, x):
                if self.v is None:
                    self.v = tf.Variable(tf.ones_like(x))
                return self.v * x

        Model()(tf.ones([3]))
    """
    assert check_source(source, "CREATES_VARIABLES", "Model.__call__") == []


def test_creates_variables_without_the_guard():
    source = """
        import tensorflow as tf

        class Model(tf.Module):
            def __call__(self, x):
                self.v = tf.Variable(tf.ones_like(x))
                return self.v * x

        Model()(tf.ones([3]))
    """
    findings = check_source(source, "CREATES_VARIABLES", "Model.__call__")
    assert lines(findings) == [6]
    assert findings[0].args["call"] == "tf.Variable(tf.ones_like(x))"


def test_creates_variables_in_init_and_build_is_fine():
    source = """
        import tensorflow as tf
        from tensorflow import keras

        class Linear(keras.layers.Layer):
            def __init__(self, units):
                super().__init__()
                self.b = tf.Variable(tf.zeros([units]))

            def build(self, input_shape):
                self.w = tf.Variable(tf.random.normal([input_shape[-1], 2]))

            def call(self, x):
                return x @ self.w + self.b

        Linear(2)(tf.ones([1, 3]))
    """
    analysis, _ = analyse_source(source)
    for qualname in ("Linear.__init__", "Linear.build", "Linear.call"):
        assert _CHECKS["CREATES_VARIABLES"](make_context(analysis, qualname)) == []


def test_creates_variables_guard_on_another_name_does_not_count():
    source = """
        import tensorflow as tf

        cache = None
        counter = None

        def count(x):
            global counter
            if cache is None:
                counter = tf.Variable(0)
            return x

        count(tf.ones([2]))
    """
    assert lines(check_source(source, "CREATES_VARIABLES", "count")) == [10]


# -- HAS_STALE_READS -----------------------------------------------------------------------------------

def test_stale_reads_across_notebook_cells():
    analysis, _ = analyse_cells(
        """
        import tensorflow as tf
        threshold = 0.5
        """,
        """
        def keep(x):
            return tf.boolean_mask(x, x > threshold)
        """,
        """
        keep(tf.random.uniform([10]))
        """,
        """
        threshold = 0.9
        keep(tf.random.uniform([10]))
        """,
    )
    findings = _CHECKS["HAS_STALE_READS"](make_context(analysis, "keep"))
    assert [(f.line, f.args["name"]) for f in findings] == [(3, "threshold")]


def test_a_global_rebound_before_the_first_call_is_no_stale_read():
    """Every binding runs before the first trace, which therefore sees the value every eager call
    would: `batch_size` set again in a later cell, before the training loop runs."""
    analysis, _ = analyse_cells(
        """
        import tensorflow as tf
        batch_size = 32
        latent_dim = 8
        """,
        """
        def sample_noise():
            return tf.random.normal([batch_size, latent_dim])

        def train_step(images):
            return tf.reduce_mean(images) + tf.reduce_mean(sample_noise())
        """,
        """
        batch_size = 64
        if latent_dim > 4:
            latent_dim = 16
        for images in tf.data.Dataset.from_tensor_slices(tf.ones([4, 2])).batch(2):
            train_step(images)
        """,
    )
    assert _CHECKS["HAS_STALE_READS"](make_context(analysis, "sample_noise")) == []


@pytest.mark.parametrize("rebinding", [
    "for batch_size in (32, 64):\n    train_step(images)",  # rebound by a loop around the calls
    "train_step(images)\nbatch_size = 64\ntrain_step(images)",  # between two calls
    "def configure(size):\n    global batch_size\n    batch_size = size\n\nconfigure(64)\ntrain_step(images)",
    "def run():\n    train_step(images)\n\nrun()\nbatch_size = 64",  # after a caller ran it
    "class Trainer(tf.keras.Model):\n    def train_step(self, data):\n        return {'loss': train_step(data)}\n\n"
    "model = Trainer()\nmodel.fit(images)\nbatch_size = 64\nmodel.fit(images)",  # Keras runs the caller
], ids=["loop", "between_calls", "global_statement", "after_a_caller", "keras_fit"])
def test_a_global_rebound_where_a_trace_may_have_run_is_stale(rebinding):
    source = """
        import tensorflow as tf

        batch_size = 32
        images = tf.ones([4, 2])

        def train_step(images):
            return tf.reduce_sum(images) / batch_size

""" + textwrap.indent(rebinding, "        ") + "\n"
    assert [f.args["name"] for f in check_source(source, "HAS_STALE_READS", "train_step")] == ["batch_size"]


def test_stale_reads_of_a_global_updated_in_place():
    source = """
        import tensorflow as tf

        epoch = 0

        def schedule(x):
            return x * 0.9 ** epoch

        for _ in range(3):
            schedule(tf.ones([2]))
            epoch += 1
    """
    assert lines(check_source(source, "HAS_STALE_READS", "schedule")) == [7]


def test_stale_reads_assigned_once_is_fine():
    source = """
        import tensorflow as tf

        scale = 2.0
        labels = ["a", "b"]

        def scaled(x):
            return x * scale / len(labels)

        scaled(tf.ones([2]))
    """
    assert check_source(source, "HAS_STALE_READS", "scaled") == []


def test_stale_reads_ignore_models_and_functions():
    source = """
        import tensorflow as tf
        from tensorflow import keras

        bias = tf.constant(1.0)
        model = keras.Sequential([keras.layers.Dense(1)])

        def activation(x):
            return tf.nn.relu(x)

        def predict(x):
            return activation(model(x) + bias)

        predict(tf.ones([1, 3]))
        bias = tf.constant(2.0)
        model = keras.Sequential([keras.layers.Dense(2)])

        def activation(x):
            return tf.nn.gelu(x)

        predict(tf.ones([1, 3]))
    """
    # only the tensor rebound is reported (its first read)
    assert [finding.args["name"] for finding in check_source(source, "HAS_STALE_READS", "predict")] == ["bias"]


def test_stale_reads_ignore_unknown_values():
    source = """
        import json
        import tensorflow as tf

        settings = json.load(open("settings.json"))
        settings = json.load(open("other.json"))

        def scaled(x):
            return x * settings["scale"]

        scaled(tf.ones([2]))
    """
    assert check_source(source, "HAS_STALE_READS", "scaled") == []


# -- USES_PYTHON_RANDOMNESS ------------------------------------------------------------------------------

def test_randomness_tf_random_is_fine_and_python_random_is_not():
    source = """
        import random
        import tensorflow as tf

        def dropout(x):
            keep = tf.random.uniform(tf.shape(x)) > 0.1
            flip = random.choice([True, False])
            return tf.where(keep, x, 0.0), flip

        dropout(tf.ones([4]))
    """
    findings = check_source(source, "USES_PYTHON_RANDOMNESS", "dropout")
    assert [(f.line, f.args["call"]) for f in findings] == [(7, "random.choice([True, False])")]


# -- IS_GENERATOR -------------------------------------------------------------------------------------------

def test_generator_points_at_the_first_yield():
    source = """
        import tensorflow as tf

        def stream(x):
            y = tf.nn.relu(x)
            if tf.reduce_sum(y) > 0:
                yield
            yield y

        list(stream(tf.ones([2])))
    """
    findings = check_source(source, "IS_GENERATOR", "stream")
    assert lines(findings) == [7]
    assert set(findings[0].args) == {"function"}


# -- HAS_TENSOR_PARAMETER_ITERATION ---------------------------------------------------------------------

def test_iteration_plain_for_over_a_tensor_is_converted():
    source = """
        import tensorflow as tf

        def running_max(x):
            best = tf.constant(-1.0)
            for v in x:
                best = tf.maximum(best, v)
            return best

        running_max(tf.random.normal([5]))
    """
    assert check_source(source, "HAS_TENSOR_PARAMETER_ITERATION", "running_max") == []


def test_iteration_comprehension_over_a_tensor_parameter():
    source = """
        import tensorflow as tf

        def running_max(x):
            return max([v for v in x])

        running_max(tf.random.normal([5]))
    """
    findings = check_source(source, "HAS_TENSOR_PARAMETER_ITERATION", "running_max")
    assert [(f.line, f.args["construct"], f.args["parameter"]) for f in findings] == [
        (5, "a list comprehension", "x")]


def test_iteration_comprehension_over_a_list_of_tensors_is_fine():
    source = """
        import tensorflow as tf

        def total(parts):
            return tf.add_n([tf.reduce_sum(p) for p in parts])

        total([tf.ones([2]), tf.zeros([3])])
    """
    assert check_source(source, "HAS_TENSOR_PARAMETER_ITERATION", "total") == []


def test_iteration_over_a_dataset_element_tuple_is_fine():
    source = """
        import tensorflow as tf

        features = tf.random.normal([8, 4])
        labels = tf.zeros([8])
        dataset = tf.data.Dataset.from_tensor_slices((features, labels)).batch(2)

        def sums(batch):
            return [tf.reduce_sum(part) for part in batch]

        for batch in dataset:
            sums(batch)
    """
    assert check_source(source, "HAS_TENSOR_PARAMETER_ITERATION", "sums") == []


# -- ACCUMULATES_IN_PYTHON_LIST -----------------------------------------------------------------------

def test_accumulates_range_loop_unrolls_but_tf_range_loop_does_not():
    source = """
        import tensorflow as tf

        def unrolled(x):
            out = []
            for i in range(3):
                out.append(x * i)
            return tf.stack(out)

        def graph_loop(x):
            out = []
            for i in tf.range(3):
                out.append(x * tf.cast(i, tf.float32))
            return tf.stack(out)

        unrolled(tf.ones([2]))
        graph_loop(tf.ones([2]))
    """
    analysis, _ = analyse_source(source)
    check = _CHECKS["ACCUMULATES_IN_PYTHON_LIST"]
    assert check(make_context(analysis, "unrolled")) == []
    findings = check(make_context(analysis, "graph_loop"))
    assert [(f.line, f.args["name"]) for f in findings] == [(13, "out")]


def test_accumulates_in_a_while_loop_on_a_negated_tensor():
    source = """
        import tensorflow as tf

        def until_converged(x):
            steps = []
            done = tf.constant(False)
            while not done:
                x = x / 2.0
                steps.append(x)
                done = tf.reduce_max(x) < 1.0
            return steps

        until_converged(tf.ones([2]) * 10.0)
    """
    assert lines(check_source(source, "ACCUMULATES_IN_PYTHON_LIST", "until_converged")) == [9]


# -- CONSUMES_PYTHON_ITERATOR -------------------------------------------------------------------------

def test_consumes_dataset_iterator_is_fine():
    source = """
        import tensorflow as tf

        dataset = tf.data.Dataset.from_tensor_slices(tf.ones([8, 2])).batch(2)
        batches = iter(dataset)

        def step(w):
            return tf.reduce_sum(next(batches) * w)

        step(tf.constant(2.0))
    """
    assert check_source(source, "CONSUMES_PYTHON_ITERATOR", "step") == []


def test_consumes_generator_passed_as_argument():
    source = """
        import tensorflow as tf

        def batches():
            while True:
                yield tf.ones([2, 2])

        def step(w, source):
            return tf.reduce_sum(next(source) * w)

        step(tf.constant(2.0), batches())
    """
    findings = check_source(source, "CONSUMES_PYTHON_ITERATOR", "step")
    assert [(f.line, f.args["call"]) for f in findings] == [(9, "next(source)")]


# -- CREATES_TF_FUNCTION_PER_CALL ---------------------------------------------------------------------

def test_tf_function_per_call_is_a_warning():
    source = """
        import tensorflow as tf

        def predict(model_fn, x):
            return tf.function(model_fn)(x)

        predict(tf.nn.relu, tf.ones([2]))
    """
    findings = check_source(source, "CREATES_TF_FUNCTION_PER_CALL", "predict")
    assert lines(findings) == [5]
    assert findings[0].to_dict()["severity"] == "warning"
    assert findings[0].args["call"] == "tf.function(model_fn)"


# -- NO_TENSOR_COMPUTATION ----------------------------------------------------------------------------

def test_no_tensor_computation_arithmetic_on_a_tensor_counts():
    source = """
        import tensorflow as tf

        def double(x):
            return x * 2

        def passthrough(x):
            return x

        double(tf.ones([2]))
        passthrough(tf.ones([2]))
    """
    analysis, _ = analyse_source(source)
    check = _CHECKS["NO_TENSOR_COMPUTATION"]
    assert check(make_context(analysis, "double")) == []
    assert lines(check(make_context(analysis, "passthrough"))) == [7]


def test_no_tensor_computation_through_callees():
    source = """
        import tensorflow as tf

        def log_shape(x):
            print("shape", x.shape)
            return x

        def loss(x):
            return tf.reduce_mean(x)

        def report(x):
            return log_shape(x)

        def evaluate(x):
            return loss(log_shape(x))

        report(tf.ones([2]))
        evaluate(tf.ones([2]))
    """
    analysis, _ = analyse_source(source)
    check = _CHECKS["NO_TENSOR_COMPUTATION"]
    assert lines(check(make_context(analysis, "report"))) == [11]
    assert check(make_context(analysis, "evaluate")) == []


def test_no_tensor_computation_unresolved_callee_is_not_reported():
    """A lambda written elsewhere whose body calls something may compute: `apply` cannot tell."""
    source = """
        import tensorflow as tf

        def apply(fn, x):
            return fn(x)

        apply(lambda v: tf.nn.relu(v), tf.ones([2]))
    """
    assert check_source(source, "NO_TENSOR_COMPUTATION", "apply") == []


def test_no_tensor_computation_sees_through_a_lambda_that_calls_nothing():
    """`lambda v: v` computes nothing: applying it is no tensor computation either."""
    source = """
        import tensorflow as tf

        def apply(fn, x):
            return fn(x)

        apply(lambda v: v, tf.ones([2]))
    """
    assert lines(check_source(source, "NO_TENSOR_COMPUTATION", "apply")) == [4]


def test_no_tensor_computation_counts_the_overrides_of_a_method_called_on_self():
    """The template method: the base class's `_update` only raises; `self._update(...)` runs a
    subclass's override, which computes."""
    source = """
        import tensorflow as tf

        class Metric:
            def update(self, values):
                return self._update(values)

            def _update(self, values):
                raise NotImplementedError

            def describe(self, values):
                return self._name(values)

            def _name(self, values):
                return "metric"

        class Total(Metric):
            def __init__(self):
                self.total = tf.Variable(0.0)

            def _update(self, values):
                return self.total.assign_add(tf.reduce_sum(values))

        Total().update(tf.ones([3]))
        Total().describe(tf.ones([3]))
    """
    analysis, _ = analyse_source(source)
    check = _CHECKS["NO_TENSOR_COMPUTATION"]
    assert check(make_context(analysis, "Metric.update")) == []
    assert [finding.code for finding in check(make_context(analysis, "Metric.describe"))] == ["NO_TENSOR_COMPUTATION"]


# -- HAS_COVERED_CALLERS ------------------------------------------------------------------------------

def test_covered_callers_dataset_map_callback():
    source = """
        import tensorflow as tf

        def decode(x):
            return tf.cast(x, tf.float32) / 255.0

        dataset = tf.data.Dataset.from_tensor_slices(tf.zeros([4, 2], tf.uint8)).map(decode)
    """
    findings = check_source(source, "HAS_COVERED_CALLERS", "decode")
    assert [(f.line, f.args["callers"]) for f in findings] == [(4, "`Dataset.map`")]
    assert findings[0].to_dict()["severity"] == "info"


def test_covered_callers_lists_every_hybrid_caller():
    source = """
        import tensorflow as tf

        def loss_fn(y, p):
            return tf.reduce_mean(tf.square(y - p))

        @tf.function
        def train_step(x, y):
            return loss_fn(y, x)

        @tf.function
        def test_step(x, y):
            return loss_fn(y, x)

        train_step(tf.ones([2]), tf.ones([2]))
        test_step(tf.ones([2]), tf.ones([2]))
    """
    findings = check_source(source, "HAS_COVERED_CALLERS", "loss_fn")
    assert [f.args["callers"] for f in findings] == ["`train_step`, `test_step`"]


def test_covered_callers_module_level_call_is_not_covered():
    source = """
        import tensorflow as tf

        def loss_fn(y, p):
            return tf.reduce_mean(tf.square(y - p))

        @tf.function
        def train_step(x, y):
            return loss_fn(y, x)

        train_step(tf.ones([2]), tf.ones([2]))
        print(loss_fn(tf.ones([2]), tf.zeros([2])))
    """
    assert check_source(source, "HAS_COVERED_CALLERS", "loss_fn") == []


def test_covered_callers_none_without_callers():
    source = """
        import tensorflow as tf

        def loss_fn(y, p):
            return tf.reduce_mean(tf.square(y - p))
    """
    assert check_source(source, "HAS_COVERED_CALLERS", "loss_fn") == []


def test_callers_through_a_forwarding_decorator_are_covered():
    # `functools.wraps` wrappers pass their arguments through: `train_step` traces `loss_fn`
    source = """
        import functools
        import tensorflow as tf

        def logged(fn):
            @functools.wraps(fn)
            def wrapper(*args):
                return fn(*args)
            return wrapper

        @logged
        def loss_fn(y, p):
            return tf.reduce_mean(tf.square(y - p))

        @tf.function
        def train_step(x, y):
            return loss_fn(y, x)

        train_step(tf.ones([2]), tf.ones([2]))
    """
    (finding,) = check_source(source, "HAS_COVERED_CALLERS", "loss_fn")
    assert finding.args["callers"] == "`train_step`"


# -- KERAS3_LAYER_CALL --------------------------------------------------------------------------------

MODEL = """
    import tensorflow as tf
    from tensorflow import keras

    class Net(keras.Model):
        def __init__(self):
            super().__init__()
            self.dense = keras.layers.Dense(1)

        def call(self, x):
            return self.dense(x)

    model = Net()
    x = tf.random.normal([8, 4])
    y = tf.random.normal([8, 1])
"""


def keras3_findings(source: str, keras: int = 3, qualname: str = "Net.call"):
    return [(f.line, f.to_dict()["severity"], f.args["base"])
            for f in check_source(source, "KERAS3_LAYER_CALL", qualname, keras)]


def test_keras3_forward_only_model_is_a_warning():
    source = MODEL + """
    def predict(batch):
        return tf.argmax(model(batch), axis=-1)

    predict(x)
    """
    assert keras3_findings(source) == [(10, "warning", "keras.Model")]


def test_keras3_does_not_apply_under_keras_2():
    source = MODEL + """
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(model(x) - y)
    """
    assert keras3_findings(source, keras=2) == []
    assert keras3_findings(source, keras=3) == [(10, "error", "keras.Model")]


def test_keras3_call_under_a_tape_in_a_caller_is_an_error():
    source = MODEL + """
    def forward(batch):
        return model(batch)

    def train_step(batch, target):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(forward(batch) - target))
        return tape.gradient(loss, tape.watched_variables())

    train_step(x, y)
    """
    assert keras3_findings(source) == [(10, "error", "keras.Model")]


def test_keras3_fit_is_an_error_and_predict_a_warning():
    fit = MODEL + """
    model.compile(optimizer="adam", loss="mse")
    model.fit(x, y, epochs=2)
    """
    predict = MODEL + """
    model.compile(optimizer="adam", loss="mse")
    model.predict(x)
    """
    assert keras3_findings(fit) == [(10, "error", "keras.Model")]
    assert keras3_findings(predict) == [(10, "warning", "keras.Model")]


def test_keras3_optimizer_over_trainable_variables_is_an_error():
    source = MODEL + """
    optimizer = keras.optimizers.SGD()

    def apply(grads):
        optimizer.apply_gradients(zip(grads, model.trainable_variables))

    model(x)
    """
    assert keras3_findings(source)[0][1] == "error"


def test_keras3_no_call_seen_is_an_error():
    assert keras3_findings(MODEL) == [(10, "error", "keras.Model")]


def test_keras3_layer_inside_a_sequential_model_is_an_error():
    source = """
        import tensorflow as tf
        from tensorflow import keras

        class Scale(keras.layers.Layer):
            def call(self, x):
                return x * 2.0

        model = keras.Sequential([Scale(), keras.layers.Dense(1)])
        model.predict(tf.ones([2, 3]))
    """
    assert keras3_findings(source, qualname="Scale.call") == [(6, "error", "keras.layers.Layer")]


def test_keras3_layer_in_a_functional_model_is_an_error():
    source = """
        import tensorflow as tf
        from tensorflow import keras

        class Scale(keras.layers.Layer):
            def call(self, x):
                return x * 2.0

        inputs = keras.Input(shape=(3,))
        outputs = keras.layers.Dense(1)(Scale()(inputs))
        model = keras.Model(inputs, outputs)
    """
    assert keras3_findings(source, qualname="Scale.call") == [(6, "error", "keras.layers.Layer")]


def test_keras3_layer_of_a_trained_model_is_an_error():
    source = """
        import tensorflow as tf
        from tensorflow import keras

        class Scale(keras.layers.Layer):
            def call(self, x):
                return x * 2.0

        class Net(keras.Model):
            def __init__(self):
                super().__init__()
                self.scale = Scale()

            def call(self, x):
                return self.scale(x)

        model = Net()
        model.compile(optimizer="adam", loss="mse")
        model.fit(tf.ones([4, 3]), tf.ones([4, 3]))
    """
    assert keras3_findings(source, qualname="Scale.call") == [(6, "error", "keras.layers.Layer")]


def test_keras3_only_call_methods_of_keras_classes():
    source = """
        import tensorflow as tf
        from tensorflow import keras

        class Net(keras.Model):
            def train_step(self, data):
                return {}

        class Plain:
            def __call__(self, x):
                return x

        Plain()(tf.ones([2]))
    """
    assert keras3_findings(source, qualname="Net.train_step") == []
    assert keras3_findings(source, qualname="Plain.__call__") == []


def test_stale_reads_branches_of_one_if_and_repeated_literals_are_one_value():
    analysis, _ = analyse_cells(
        """
        import tensorflow as tf
        if tf.config.list_physical_devices("GPU"):
            BATCH = 256
        else:
            BATCH = 64
        UNITS = 32
        """,
        """
        UNITS = 32

        def reshape(x):
            return tf.reshape(x, [BATCH, UNITS, -1])

        reshape(tf.ones([256 * 32]))
        """,
    )
    assert _CHECKS["HAS_STALE_READS"](make_context(analysis, "reshape")) == []


def test_eager_only_truth_of_a_list_of_tensors_is_fine():
    source = """
        import tensorflow as tf

        def stack_all(parts):
            if bool(parts):
                return tf.stack(parts)
            return tf.zeros([0])

        stack_all([tf.ones([2]), tf.ones([2])])
    """
    assert check_source(source, "HAS_EAGER_ONLY_CALLS", "stack_all") == []


def test_stale_reads_of_an_object_changed_in_place():
    source = """
        import tensorflow as tf

        class Hyper:
            def __init__(self):
                self.lr = 0.1

        hyper = Hyper()

        def step(w, g):
            return w - hyper.lr * g

        step(tf.ones([2]), tf.ones([2]))
        hyper.lr = 0.01
    """
    findings = check_source(source, "HAS_STALE_READS", "step")
    assert [(f.line, f.args["name"]) for f in findings] == [(11, "hyper")]


def test_covered_callers_cond_branch_follows_its_caller():
    source = """
        import tensorflow as tf

        def positive_branch(x):
            return x * 2

        def negative_branch(x):
            return -x

        @tf.function
        def hybrid(x):
            return tf.cond(tf.reduce_sum(x) > 0, lambda: positive_branch(x), lambda: x)

        def eager(x):
            return tf.cond(tf.reduce_sum(x) > 0, lambda: x, lambda: negative_branch(x))

        hybrid(tf.ones([2]))
        eager(tf.ones([2]))
    """
    analysis, _ = analyse_source(source)
    check = _CHECKS["HAS_COVERED_CALLERS"]
    assert [f.args["callers"] for f in check(make_context(analysis, "positive_branch"))] == ["`hybrid`"]
    assert check(make_context(analysis, "negative_branch")) == []


def test_covered_callers_recursion_is_not_covered_by_itself():
    source = """
        import tensorflow as tf

        def halve(x, n):
            if n == 0:
                return x
            return halve(x / 2.0, n - 1)

        @tf.function
        def step(x):
            return halve(x, 3)

        step(tf.ones([2]))
    """
    assert check_source(source, "HAS_COVERED_CALLERS", "halve") == []


# -- HAS_TENSOR_ASSERTS -----------------------------------------------------------------------------

def test_tensor_asserts_static_facts_are_fine():
    source = """
        import tensorflow as tf

        def check(x, mask=None, names=()):
            assert x.shape.rank == 2 and x.dtype == tf.float32
            assert mask is not None or not names
            assert [x, x]
            assert tf.reduce_all(x > 0)
            return x

        check(tf.ones([2, 2]))
    """
    assert lines(check_source(source, "HAS_TENSOR_ASSERTS", "check")) == [8]


# -- CREATES_VARIABLES through callees ---------------------------------------------------------------

def test_creates_variables_through_helpers_two_calls_down():
    source = """
        import tensorflow as tf

        def make_bias(n):
            return tf.Variable(tf.zeros([n]))

        def init(n):
            return {"bias": make_bias(n)}

        def forward(x):
            params = init(3)
            return x + params["bias"]

        forward(tf.ones([3]))
    """
    findings = check_source(source, "CREATES_VARIABLES", "forward")
    assert [(finding.line, finding.args["call"]) for finding in findings] == [(11, "init(3)")]


def test_creates_variables_guarded_helper_and_build_are_fine():
    source = """
        import tensorflow as tf
        from tensorflow import keras

        class Scale(tf.Module):
            def __init__(self):
                self.w = None

            def get_w(self):
                if self.w is None:
                    self.w = tf.Variable(2.0)
                return self.w

            def __call__(self, x):
                return x * self.get_w()

        class Bias(keras.layers.Layer):
            def build(self, shape):
                self.b = self.add_weight(shape=(shape[-1],))

            def call(self, x):
                return x + self.b

        SCALE, BIAS = Scale(), Bias()

        def step(x):
            return keras.layers.Flatten()(BIAS(SCALE(x)))

        step(tf.ones([2, 3]))
    """
    for qualname in ("Scale.__call__", "Bias.call", "step"):
        assert check_source(source, "CREATES_VARIABLES", qualname) == [], qualname


def test_creates_variables_keras_objects_built_per_call():
    source = """
        import tensorflow as tf
        from tensorflow import keras

        class Block(keras.layers.Layer):
            def __init__(self):
                super().__init__()
                self.dense = keras.layers.Dense(4)

            def call(self, x):
                return self.dense(x)

        def step(x):
            y = keras.layers.Dense(3)(x)
            mean = keras.metrics.Mean()
            return Block()(y), mean(y)

        step(tf.ones([2, 3]))
    """
    assert lines(check_source(source, "CREATES_VARIABLES", "step")) == [14, 15, 16]


# -- HAS_STALE_READS of NumPy arrays ------------------------------------------------------------------

def test_stale_reads_of_a_numpy_array_written_in_place():
    source = """
        import numpy as np
        import tensorflow as tf

        weights = np.ones(3, dtype="float32")
        shift = np.zeros(3, dtype="float32")
        order = np.arange(3)
        MEAN = np.array([0.5, 0.5, 0.5], dtype="float32")

        def set_weight(i, v):
            weights[i] = v

        def reshuffle():
            np.random.shuffle(order)
            np.add(shift, 1.0, out=shift)

        def loss(x):
            return tf.reduce_sum(x * weights) + tf.reduce_sum(x + shift) + tf.gather(x, order)

        def centred(x):
            return x - MEAN

        loss(tf.ones([3])); centred(tf.ones([3]))
    """
    names = [finding.args["name"] for finding in check_source(source, "HAS_STALE_READS", "loss")]
    assert names == ["weights", "shift", "order"]
    assert check_source(source, "HAS_STALE_READS", "centred") == []


# -- HAS_UNSEEDED_RANDOM_OPS --------------------------------------------------------------------------

def test_unseeded_random_ops_are_a_warning_without_a_global_seed():
    source = """
        import tensorflow as tf

        def noise(x):
            return x + tf.random.normal(tf.shape(x))

        noise(tf.ones([3]))
    """
    findings = check_source(source, "HAS_UNSEEDED_RANDOM_OPS", "noise")
    assert [(finding.line, finding.severity or get_rule(finding.code).severity) for finding in findings] == [
        (5, "warning")]


# -- RETURNS_PYTHON_VALUES ----------------------------------------------------------------------------

def test_returns_python_values_reports_the_first_one():
    source = """
        import tensorflow as tf

        def decide(loss, best):
            if loss < best:
                return loss, "improved"
            return loss, "worse"

        decide(tf.constant(1.0), tf.constant(2.0))
    """
    findings = check_source(source, "RETURNS_PYTHON_VALUES", "decide")
    assert [(finding.line, finding.args["value"]) for finding in findings] == [(6, '"improved"')]


# -- HAS_STALE_READS of tensors and variables rebound ----------------------------------------------

@pytest.mark.parametrize("rebind", [
    "offset = tf.constant(5.0)",  # a graph keeps the tensor it captured when it traced
    "offset = tf.Variable(5.0)",  # and the variable object it captured
])
def test_a_global_tensor_or_variable_rebound_is_a_stale_read(rebind):
    source = f"""
        import tensorflow as tf

        offset = tf.Variable(1.0)

        def shift(x):
            return x + offset

        shift(tf.ones([2]))
        {rebind}
        shift(tf.ones([2]))
    """
    assert lines(check_source(source, "HAS_STALE_READS", "shift")) == [7]


def test_a_variable_written_with_assign_is_read_live():
    source = """
        import tensorflow as tf

        offset = tf.Variable(1.0)

        def shift(x):
            return x + offset

        shift(tf.ones([2]))
        offset.assign(5.0)
        shift(tf.ones([2]))
    """
    assert check_source(source, "HAS_STALE_READS", "shift") == []


# -- CALLS_UNTRACEABLE ------------------------------------------------------------------------------

def test_a_list_grown_in_a_loop_over_int_of_a_tensor_is_accumulation():
    # AutoGraph turns int(tensor) into tf.cast: the range is a tf.range (TF 2.21 fails to trace it)
    source = """
        import tensorflow as tf

        def scale_rows(x):
            rows = []
            for i in range(int(tf.shape(x)[0])):
                rows.append(x[i] * 1.13)
            return tf.stack(rows)

        scale_rows(tf.ones([4, 2]))
    """
    assert lines(check_source(source, "ACCUMULATES_IN_PYTHON_LIST", "scale_rows")) == [7]


def test_a_step_that_calls_an_untraceable_helper_is_not_recommended():
    from .conftest import analyse_source

    _, results = analyse_source("""
        import numpy as np
        import tensorflow as tf

        weights = tf.Variable(tf.ones([2, 1]))

        def to_numpy_mean(x):
            return np.mean(x.numpy())

        def features(x):
            return x * to_numpy_mean(x)

        def train_step(x):
            with tf.GradientTape() as tape:
                loss = tf.reduce_sum(tf.matmul(features(x), weights))
            weights.assign_sub(0.1 * tape.gradient(loss, weights))
            return loss

        for _ in range(3):
            train_step(tf.ones([4, 2]))
    """)
    step = results["train_step"]
    assert step.transformations == []
    (finding,) = [f for f in step.findings if f.code == "CALLS_UNTRACEABLE"]
    assert finding.args["callee"] == "to_numpy_mean" and finding.args["code"] == "HAS_EAGER_ONLY_CALLS"


def test_a_helper_run_by_py_function_is_not_traced_into_the_step():
    from .conftest import analyse_source

    _, results = analyse_source("""
        import numpy as np
        import tensorflow as tf

        def numpy_median(x):
            return np.median(x.numpy()).astype("float32")

        def robust_center(x):
            return x - tf.py_function(numpy_median, [x], tf.float32)

        for _ in range(3):
            robust_center(tf.ones([4]))
    """)
    assert "CALLS_UNTRACEABLE" not in [f.code for f in results["robust_center"].findings]


def test_float_of_a_tensor_in_a_differentiated_program_changes_the_gradient():
    # eagerly float() cuts the tape; traced, AutoGraph makes it tf.cast and the gradient flows
    source = """
        import tensorflow as tf

        w = tf.Variable(tf.ones([3]))

        def normalize_by_peak(x):
            peak = float(tf.reduce_max(tf.abs(x)))
            return x / peak

        def step(x):
            with tf.GradientTape() as tape:
                loss = tf.reduce_sum(normalize_by_peak(x * w))
            w.assign_sub(0.1 * tape.gradient(loss, w))

        step(tf.ones([3]))
    """
    assert lines(check_source(source, "HAS_EAGER_ONLY_CALLS", "normalize_by_peak")) == [7]
