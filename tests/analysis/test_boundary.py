"""The graph boundary plan (`boundary.py`): one decorator per boundary, helpers traced inside it,
and no decorator where a graph call costs more than the eager code it replaces."""
from __future__ import annotations

import textwrap

import pytest

from hybridize_analysis.report import build_report

from .conftest import analyse_source

PRELUDE = """\
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.layers.Dense(4)])
optimizer = tf.keras.optimizers.SGD(0.1)
dataset = tf.data.Dataset.from_tensor_slices((tf.ones([8, 3]), tf.zeros([8, 4]))).batch(2)
"""


def plan(body: str, **options):
    analysis, results = analyse_source(PRELUDE + textwrap.dedent(body), **options)
    return analysis, results


def codes(result) -> list[str]:
    return [finding.code for finding in result.findings]


def finding(result, code: str):
    return next(f for f in result.findings if f.code == code)


STEP = """
    def loss_fn(labels, predictions):
        return tf.reduce_mean(tf.square(labels - predictions))

    def train_step(x, y):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    for x, y in dataset:
        train_step(x, y)
"""


def test_the_step_is_decorated_and_its_helper_traced_inside_it():
    analysis, results = plan(STEP)
    assert results["train_step"].transformations == ["CONVERT_TO_HYBRID"]
    helper = results["loss_fn"]
    assert helper.transformations == [] and codes(helper) == ["HAS_COVERED_CALLERS"]
    assert finding(helper, "HAS_COVERED_CALLERS").args["callers"] == "`train_step` once decorated as recommended"
    summary = build_report([analysis])["summary"]
    assert (summary["decorate"], summary["traced_inside"]) == (1, 1)
    assert summary["plan"] == "decorate 1 function; 1 helper is traced inside decorated callers"


def test_without_the_plan_every_function_the_tables_pass_is_decorated():
    _, results = plan(STEP, plan=False)
    assert results["loss_fn"].transformations == ["CONVERT_TO_HYBRID"]


def test_a_helper_eager_code_also_calls_keeps_its_own_decorator_when_it_pays():
    _, results = plan(STEP + """
    def heavy_loss(labels, predictions):
        for _ in range(4):
            predictions = tf.nn.relu(tf.matmul(predictions, tf.ones([4, 4]))) * 0.5
        return loss_fn(labels, predictions)

    def evaluate(x, y):
        return heavy_loss(y, model(x))

    for x, y in dataset:
        evaluate(x, y)
        heavy_loss(y, model(x))
    """)
    assert results["heavy_loss"].transformations == ["CONVERT_TO_HYBRID"]  # a cell calls it too


def helper_source(body: str, signature: str = "x") -> str:
    return f"def helper({signature}):\n" + textwrap.indent(body, "    ") + "\n\n"


CALLED_FROM_A_CELL = "for features, _ in dataset:\n    helper(features)\n"


@pytest.mark.parametrize("body, ops", [
    ("return x * 2.0", 1),
    ("return tf.reduce_mean(tf.square(x - 1.0))", 3),
    ("for _ in range(3):\n    x = tf.nn.relu(x) * 0.5\nreturn x", 6),  # a known range multiplies
])
def test_a_function_with_too_little_work_called_from_eager_code_stays_eager(body, ops):
    _, results = plan(helper_source(body) + CALLED_FROM_A_CELL)
    result = results["helper"]
    assert result.transformations == [] and codes(result) == ["TOO_LITTLE_WORK"]
    assert finding(result, "TOO_LITTLE_WORK").args == {"function": "helper", "ops": ops, "threshold": 8}
    assert "too little work for a graph call to pay" in finding(result, "TOO_LITTLE_WORK").to_dict()["message"]


SHAPES = """\
class Shape:
    def scale(self, x):
        return x * 2.0


class Deep(Shape):
    def scale(self, x):
        for _ in range(20):
            x = tf.nn.relu(x)
        return x


shape = Shape()

"""


@pytest.mark.parametrize("body", [
    "for _ in range(8):\n    x = tf.nn.relu(x) * 0.5\nreturn x",  # 16 operations
    "for _ in tf.range(n):\n    x = x * 0.5\nreturn x",  # a loop of unknown length
    "return model(x)",  # a layer call is enough work
    "return shape.scale(x)",  # a method a subclass overrides: which body runs depends on the object
])
def test_enough_work_or_work_it_cannot_count_keeps_the_decorator(body):
    _, results = plan(SHAPES + helper_source(body, "x, n=tf.constant(3)")
                      + "for features, _ in dataset:\n    helper(tf.ones([2, 4]))\n")
    assert results["helper"].transformations == ["CONVERT_TO_HYBRID"], codes(results["helper"])


@pytest.mark.parametrize("caller", [
    "",  # a library function: no call site
    "def test_helper():\n    assert helper(tf.ones([2])).shape == (2,)\n",  # only a test calls it
])
def test_without_eager_callers_the_work_does_not_decide(caller):
    _, results = plan(helper_source("return x * 2.0") + caller)
    assert "TOO_LITTLE_WORK" not in codes(results["helper"])


def test_a_step_nobody_calls_covers_nothing():
    """Library code: the step is decorated on speculation, and its helper may be called by users."""
    _, results = plan("""
    def normalize(x):
        return (x - tf.reduce_mean(x)) / tf.math.reduce_std(x)

    def features(batch):
        return normalize(tf.cast(batch, tf.float32))
    """)
    assert "HAS_COVERED_CALLERS" not in codes(results["normalize"])


def test_the_paper_tables_have_no_plan():
    _, results = plan(STEP, tables="paper")
    assert "CONVERT_TO_HYBRID" in results["loss_fn"].transformations


# -- too few calls for tracing to pay ------------------------------------------------------------

COUNTED = {"min_graph_calls": 16}  # the calibrated default (conftest turns counting off)

WORK = """
    def evaluate(x, y):
        predictions = model(x)
        error = tf.reduce_mean(tf.square(y - predictions)) + tf.reduce_mean(tf.abs(y - predictions))
        return error + 0.01 * tf.add_n([tf.reduce_sum(tf.square(w)) for w in model.trainable_variables])
"""


@pytest.mark.parametrize("calls, counted", [
    ("evaluate(tf.ones([2, 3]), tf.zeros([2, 4]))", 1),
    ("for _ in range(3):\n    evaluate(tf.ones([2, 3]), tf.zeros([2, 4]))", 3),
    ("def epoch():\n    for _ in range(4):\n        evaluate(tf.ones([2, 3]), tf.zeros([2, 4]))\n\n"
     "for _ in range(3):\n    epoch()", 12),
])
def test_a_function_called_a_counted_few_times_stays_eager(calls, counted):
    _, results = plan(WORK + "\n" + calls + "\n", **COUNTED)
    result = results["evaluate"]
    assert result.transformations == [] and codes(result) == ["TOO_FEW_CALLS"]
    assert finding(result, "TOO_FEW_CALLS").args == {"function": "evaluate", "calls": counted, "threshold": 16}
    assert "tracing it costs more than its graph calls would save" in finding(result, "TOO_FEW_CALLS").to_dict()["message"]


def diamonds(levels: int) -> str:
    """Eager functions (they print) in `levels` diamonds above `evaluate`: each level calls the
    one below twice, through two functions, so module code reaches `evaluate` by 2**levels paths."""
    source = []
    for level in range(levels, 0, -1):  # callers first, as the values flow
        source.append(f"def level{level}(x, y):\n    return left{level}(x, y) + right{level}(x, y)\n")
        for side in ("left", "right"):
            source.append(f"def {side}{level}(x, y):\n    print('{side}')\n    return level{level - 1}(x, y)\n")
    source.append("def level0(x, y):\n    return evaluate(x, y)\n")
    return "\n".join(source) + f"\nlevel{levels}(tf.ones([2, 3]), tf.zeros([2, 4]))\n"


def test_calls_are_counted_through_every_path_of_eager_callers():
    _, results = plan(WORK + diamonds(3), **COUNTED)
    assert finding(results["level0"], "TOO_FEW_CALLS").args["calls"] == 8


def test_counting_calls_through_many_paths_visits_each_caller_once():
    """2**40 paths from module code down to `level0`: counted by caller, not by path."""
    _, results = plan(WORK + diamonds(40), **COUNTED)
    assert results["level0"].transformations == ["CONVERT_TO_HYBRID"]
    assert "TOO_FEW_CALLS" not in codes(results["level0"])


@pytest.mark.parametrize("calls", [
    "for _ in range(100):\n    evaluate(tf.ones([2, 3]), tf.zeros([2, 4]))",
    "for x, y in dataset:\n    evaluate(x, y)",  # as many as the dataset has batches: not counted
    "step = 0\nwhile step < 3:\n    evaluate(tf.ones([2, 3]), tf.zeros([2, 4]))\n    step += 1",
])
def test_a_function_called_many_or_uncounted_times_is_decorated(calls):
    _, results = plan(WORK + "\n" + calls + "\n", **COUNTED)
    assert results["evaluate"].transformations == ["CONVERT_TO_HYBRID"]


def test_the_expected_calls_a_user_sets_override_the_count():
    _, results = plan(WORK + "\nevaluate(tf.ones([2, 3]), tf.zeros([2, 4]))\n", expected_calls=500, **COUNTED)
    assert results["evaluate"].transformations == ["CONVERT_TO_HYBRID"]


def test_a_cell_under_timeit_runs_its_calls_an_uncounted_number_of_times():
    from hybridize_analysis.engine import analyse_specs
    from hybridize_analysis.model import ModuleSpec
    from hybridize_analysis.parse import ParseCache
    from hybridize_analysis.results import Options
    from hybridize_analysis.units import Unit

    cells = [PRELUDE + textwrap.dedent(WORK), "%%timeit\nevaluate(tf.ones([2, 3]), tf.zeros([2, 4]))\n",
             "%timeit evaluate(tf.ones([2, 3]), tf.zeros([2, 4]))\n"]
    for chosen in (cells[1], cells[2]):
        units = tuple(Unit.from_source(f"cell:c{i}", "nb.ipynb", "cell", cell)
                      for i, cell in enumerate([cells[0], chosen]))
        analysis = analyse_specs([ModuleSpec("nb.ipynb", units)], Options(**COUNTED), ParseCache())
        (result,) = [r for r in analysis.results if r.function.qualname == "evaluate"]
        assert result.transformations == ["CONVERT_TO_HYBRID"], chosen


@pytest.mark.parametrize("calls", [
    "losses = [evaluate(x, y) for x, y in dataset]",
    "losses = {i: evaluate(tf.ones([2, 3]), tf.zeros([2, 4])) for i in range(3) if i}",
    "run = lambda: evaluate(tf.ones([2, 3]), tf.zeros([2, 4]))\nrun()",
])
def test_a_call_in_a_comprehension_or_a_lambda_is_not_counted(calls):
    """A comprehension's element runs once per item, a lambda's body whenever it is called."""
    _, results = plan(WORK + "\n" + calls + "\n", **COUNTED)
    assert results["evaluate"].transformations == ["CONVERT_TO_HYBRID"]


def test_a_step_keras_runs_per_batch_is_not_counted():
    """`fit` is one call in the code and runs `train_step` once per batch."""
    _, results = plan("""
    class Net(tf.keras.Model):
        def __init__(self):
            super().__init__()
            self.dense = tf.keras.layers.Dense(4)

        def call(self, inputs):
            return self.dense(inputs)

        def train_step(self, data):
            x, y = data
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean(tf.square(y - self(x, training=True)))
            grads = tape.gradient(loss, self.trainable_variables)
            self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
            return {"loss": loss}

    net = Net()
    net.compile(optimizer="sgd", run_eagerly=True)
    net.fit(tf.ones([8, 3]), tf.zeros([8, 4]), epochs=1, verbose=0)
    """, **COUNTED)
    assert "TOO_FEW_CALLS" not in codes(results["Net.train_step"])
