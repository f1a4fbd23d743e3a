"""The in-place benchmark (hybridize_kernel.bench): state safety, equivalence, timing, XLA, refusal,
presentation. Tiny tensors, fixed seeds, small budgets; TensorFlow comes from the session fixture."""
from __future__ import annotations

import json
import math
import random
import textwrap
from xml.etree import ElementTree

import numpy as np
import pytest

from hybridize_kernel import bench
from hybridize_kernel.bench import (
    BenchmarkRefused,
    BenchmarkResult,
    benchmark,
    count_traces,
    refuse_unless_forced,
)

BUDGET = 0.15


def codes(result: BenchmarkResult) -> list[str]:
    return [finding["code"] for finding in result.findings()]


def values(variables) -> list[np.ndarray]:
    return [np.array(v.numpy(), copy=True) for v in variables]


def assert_bitwise_equal(before: list[np.ndarray], variables) -> None:
    after = values(variables)
    assert len(before) == len(after)
    for old, new in zip(before, after):
        assert old.dtype == new.dtype and np.array_equal(old, new)


@pytest.fixture
def trainer(tf):
    """A tiny Keras model, an Adam optimizer and a custom training step over globals."""
    keras = tf.keras
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.layers.Input((4,)), keras.layers.Dense(8, activation="relu"),
                              keras.layers.Dense(2)])
    optimizer = keras.optimizers.Adam(1e-2)
    loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    metric = keras.metrics.SparseCategoricalAccuracy()
    namespace = {"tf": tf, "model": model, "optimizer": optimizer, "loss_fn": loss_fn, "metric": metric,
                 "calls": 0, "fail_on": 3}
    exec(textwrap.dedent("""
        def train_step(x, y):
            with tf.GradientTape() as tape:
                logits = model(x, training=True)
                loss = loss_fn(y, logits)
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply_gradients(zip(grads, model.trainable_variables))
            metric.update_state(y, logits)
            return loss

        def failing_step(x, y):
            global calls
            calls += 1
            loss = train_step(x, y)
            if calls == fail_on:
                raise RuntimeError(f"call {calls} fails")
            return loss

        def interrupted_step(x, y):
            global calls
            calls += 1
            loss = train_step(x, y)
            if calls == 3:
                raise KeyboardInterrupt
            return loss
    """), namespace)
    x = tf.random.stateless_normal((8, 4), seed=(1, 2))
    y = tf.constant(np.arange(8) % 2)
    return namespace, x, y


def state_of(namespace) -> list:
    return [*namespace["model"].variables, *namespace["optimizer"].variables, *namespace["metric"].variables]


# --- state safety ---------------------------------------------------------------------------------

def test_weights_and_optimizer_state_are_bitwise_identical_after_a_benchmark(trainer):
    namespace, x, y = trainer
    namespace["train_step"](x, y)  # builds the slots; iterations == 1
    before = values(state_of(namespace))
    assert namespace["optimizer"].iterations.numpy() == 1

    result = benchmark(namespace["train_step"], (x, y), budget=BUDGET, jit=False)

    assert_bitwise_equal(before, state_of(namespace))
    assert result.equivalent, result.detail
    assert result.variables >= len(before)  # weights, iterations, learning rate, slots, metric
    assert namespace["metric"].count.numpy() == 8  # one update before: not the hundreds of the run
    assert result.eager_calls >= 3 and result.graph_calls >= 3


def test_slots_created_by_the_run_go_back_to_their_initial_value(trainer):
    namespace, x, y = trainer
    before = values(namespace["model"].variables)
    assert len(namespace["optimizer"].variables) == 2  # iterations, learning rate: not built yet

    result = benchmark(namespace["train_step"], (x, y), budget=BUDGET, jit=False)

    assert_bitwise_equal(before, namespace["model"].variables)
    optimizer = namespace["optimizer"]
    assert optimizer.iterations.numpy() == 0
    slots = optimizer.variables[2:]
    assert len(slots) == 8 and all(not np.any(slot.numpy()) for slot in slots)  # Adam's zeros
    assert len(result.new_variables) == 8
    assert result.equivalent, result.detail


def test_state_is_restored_when_the_function_raises_on_its_third_call(trainer):
    # calls 1 and 2 are the eager reference, call 3 is the Python body running while tracing: the
    # graph version fails where eager did not, which is reported
    namespace, x, y = trainer
    namespace["train_step"](x, y)
    before = values(state_of(namespace))

    result = benchmark(namespace["failing_step"], (x, y), budget=BUDGET, jit=False)

    assert namespace["calls"] >= 3  # the eager arm is still timed afterwards
    assert result.graph_error.startswith("RuntimeError: call 3 fails") and "BEHAVIOUR_DIFFERS" in codes(result)
    assert_bitwise_equal(before, state_of(namespace))


def test_state_is_restored_when_an_eager_timed_call_raises(trainer):
    namespace, x, y = trainer
    namespace["train_step"](x, y)
    namespace["fail_on"] = 4  # the first timed eager call
    before = values(state_of(namespace))

    with pytest.raises(RuntimeError, match="call 4 fails"):
        benchmark(namespace["failing_step"], (x, y), budget=BUDGET, jit=False)

    assert namespace["calls"] == 4
    assert_bitwise_equal(before, state_of(namespace))


def test_state_is_restored_on_keyboard_interrupt(trainer):
    namespace, x, y = trainer
    namespace["train_step"](x, y)
    before = values(state_of(namespace))

    with pytest.raises(KeyboardInterrupt):
        benchmark(namespace["interrupted_step"], (x, y), budget=BUDGET, jit=False)

    assert_bitwise_equal(before, state_of(namespace))


def test_random_states_are_restored(tf):
    generator = tf.random.Generator.from_seed(7)
    tf.random.get_global_generator()  # make sure the global one exists, then note its state
    namespace = {"tf": tf, "np": np, "random": random, "generator": generator}
    exec(textwrap.dedent("""
        def noisy(x):
            return x + generator.normal(x.shape) + tf.random.get_global_generator().uniform(x.shape)
    """), namespace)
    random.seed(3)
    np.random.seed(3)
    python_state, numpy_state = random.getstate(), np.random.get_state()
    global_state = tf.random.get_global_generator().state.numpy().copy()
    own_state = generator.state.numpy().copy()

    result = benchmark(namespace["noisy"], (tf.zeros(3),), budget=BUDGET, jit=False)

    assert result.equivalent, result.detail  # the same generator states: the same draws
    assert random.getstate() == python_state
    restored = np.random.get_state()
    assert restored[0] == numpy_state[0] and np.array_equal(restored[1], numpy_state[1])
    assert restored[2:] == numpy_state[2:]
    assert np.array_equal(tf.random.get_global_generator().state.numpy(), global_state)
    assert np.array_equal(generator.state.numpy(), own_state)


def test_variables_are_found_through_containers_attributes_closures_and_cycles(tf):
    from hybridize_kernel.snapshot import find_variables

    class Holder:
        def __init__(self):
            self.weights = {"a": tf.Variable(1.0, name="a"), "nested": [(tf.Variable(2.0, name="b"),)]}
            self.me = self  # a cycle

    holder = Holder()
    ring = [holder]
    ring.append(ring)  # another cycle
    shared = tf.Variable(3.0, name="shared")

    def make():
        captured = tf.Variable(4.0, name="captured")

        def inner(x):
            return x * captured + shared
        return inner

    found = find_variables([("ring", ring), ("fn", make()), ("again", holder.weights["a"])])
    assert sorted(item.label.split(":")[0] for item in found) == ["a", "b", "captured", "shared"]


def test_a_keras_model_is_benchmarked_as_a_callable(trainer):
    namespace, x, _ = trainer
    model = namespace["model"]

    result = benchmark(model, (x,), budget=BUDGET, jit=False)

    assert result.name == "Sequential" and result.equivalent and result.eager_ms > 0
    assert result.variables >= len(model.variables)


def test_a_tf_function_method_benchmarks_its_python_function_with_self(tf):
    class Scaler:
        def __init__(self):
            self.factor = tf.Variable(2.0)

        @tf.function
        def scale(self, x):
            self.factor.assign_add(1.0)
            return x * self.factor

    scaler = Scaler()
    result = benchmark(scaler.scale, (tf.ones(2),), budget=BUDGET, jit=False)

    assert result.name.endswith("scale")
    assert result.equivalent, result.detail
    assert scaler.factor.numpy() == 2.0  # restored after hundreds of assign_add


# --- equivalence ----------------------------------------------------------------------------------

def test_a_python_counter_makes_the_graph_differ(tf):
    namespace = {"counter": 0}
    exec(textwrap.dedent("""
        def count(x):
            global counter
            counter += 1
            return x * counter
    """), namespace)

    result = benchmark(namespace["count"], (tf.ones(3),), budget=BUDGET, jit=False)

    assert not result.equivalent
    assert "BEHAVIOUR_DIFFERS" in codes(result)
    assert result.where.startswith("return value")
    assert result.max_abs_diff > 0


def test_numpy_randomness_is_frozen_at_trace_time(tf):
    namespace = {"np": np}
    exec("def jitter(x):\n    return x + np.random.rand()\n", namespace)
    np.random.seed(0)

    result = benchmark(namespace["jitter"], (tf.zeros(2, dtype=tf.float64),), budget=BUDGET, jit=False)

    assert not result.equivalent
    assert "BEHAVIOUR_DIFFERS" in codes(result)
    assert "call 2" in result.where  # the first calls agree: same NumPy state at trace time
    assert result.tolerance["float64"] == {"rtol": 1e-9, "atol": 1e-12}


def test_a_variable_updated_differently_is_reported_by_name(tf):
    total = tf.Variable(0.0, name="total")
    namespace = {"total": total, "step": 0}
    exec(textwrap.dedent("""
        def add(x):
            global step
            step += 1
            total.assign_add(x * step)
            return x
    """), namespace)

    result = benchmark(namespace["add"], (tf.constant(1.0),), budget=BUDGET, jit=False)

    assert not result.equivalent
    assert result.where == "variable total:0"
    assert total.numpy() == 0.0


def test_a_graph_version_that_fails_is_reported_not_raised(tf):
    def accuracy(x):
        return float(np.mean(x.numpy() > 0))

    result = benchmark(accuracy, (tf.ones(3),), budget=BUDGET)

    assert result.graph_error and "numpy" in result.graph_error
    assert not result.equivalent and "BEHAVIOUR_DIFFERS" in codes(result)
    assert result.xla_error.startswith("not tried")
    assert result.eager_ms > 0 and math.isnan(result.graph_ms)
    json.dumps(result.to_dict(), allow_nan=False)


def test_tolerances_by_dtype():
    from hybridize_kernel.equivalence import Outcome, compare

    def outcome(value):
        result = Outcome()
        result.add_call(value)
        return result

    close32 = compare(outcome(np.float32([1.0, 2.0])), outcome(np.float32([1.0, 2.0 + 1e-6])))
    assert close32.equivalent and 0 < close32.max_abs_diff < 1e-5
    far32 = compare(outcome(np.float32([1.0, 2.0])), outcome(np.float32([1.0, 2.001])))
    assert not far32.equivalent and far32.where == "return value" and "rtol=1e-05" in far32.detail
    assert compare(outcome(np.float16(1.0)), outcome(np.float16(1.001))).equivalent
    assert not compare(outcome(np.int64(3)), outcome(np.int64(4))).equivalent
    assert compare(outcome((1.0, {"k": [2]})), outcome((np.float32(1.0), {"k": [np.int32(2)]}))).equivalent
    structure = compare(outcome((1.0, 2.0)), outcome((1.0,)))
    assert not structure.equivalent


# --- timing and retracing -------------------------------------------------------------------------

def test_timings_are_positive_and_consistent(tf):
    def small_ops(x):
        y = tf.sin(x) * 2.0 + 1.0
        y = tf.nn.relu(y - tf.reduce_mean(y))
        return tf.reduce_sum(y * y) / (tf.reduce_max(y) + 1.0)

    calls = []
    result = benchmark(small_ops, (tf.linspace(0.0, 1.0, 16),), budget=0.3, jit=False,
                       progress=lambda fraction, phase: calls.append((fraction, phase)))

    assert result.equivalent
    for value in (result.eager_ms, result.graph_ms, result.tracing_ms):
        assert value > 0 and math.isfinite(value)
    assert result.eager_spread_ms >= 0 and result.graph_spread_ms >= 0
    assert result.eager_calls >= 3 and result.graph_calls >= 3
    assert result.speedup == pytest.approx(result.eager_ms / result.graph_ms)
    if result.graph_ms < result.eager_ms:
        assert result.break_even_calls == math.ceil(result.tracing_ms / (result.eager_ms - result.graph_ms))
        assert "NO_MEASURED_SPEEDUP" not in codes(result)
    else:
        assert result.break_even_calls is None and "NO_MEASURED_SPEEDUP" in codes(result)
    assert result.tracing_count == 1
    assert calls[-1] == (1.0, "done") and all(0 <= f <= 1 for f, _ in calls)
    assert [f for f, _ in calls] == sorted(f for f, _ in calls)
    data = result.to_dict()
    json.dumps(data, allow_nan=False)
    for key in ("eager_ms", "graph_ms", "xla_ms", "speedup", "tracing_ms", "tracing_count", "break_even_calls",
                "equivalent", "max_abs_diff", "max_rel_diff", "where", "tolerance", "recommend_xla", "xla_error",
                "eager_calls", "graph_calls"):
        assert key in data


def test_measure_adapts_the_number_of_calls_to_the_budget():
    timing = bench.measure(lambda: None, estimate=1e-6, budget=0.05)
    assert timing.number >= 100 and timing.samples >= 3 and timing.calls == timing.number * timing.samples
    slow = bench.measure(lambda: sum(range(1000)), estimate=1.0, budget=0.0)
    assert slow.number == 1 and slow.samples == 3


def test_retracing_on_python_ints_is_counted(tf):
    def scaled(x, factor):
        return x * factor

    x = tf.ones(2)
    assert count_traces(scaled, [(x, 1), (x, 2), (x, 2), (x, 3)]) == 3
    assert count_traces(scaled, [(x, tf.constant(1.0)), (x, tf.constant(2.0))]) == 1
    assert count_traces(scaled, [((x,), {"factor": 1}), ((x,), {"factor": 2})]) == 2


# --- XLA ------------------------------------------------------------------------------------------

def test_xla_arm_times_a_function_it_compiles(tf):
    def dense(x, w):
        return tf.nn.tanh(tf.matmul(x, w)) * 0.5

    x = tf.random.stateless_normal((4, 8), seed=(0, 1))
    w = tf.random.stateless_normal((8, 8), seed=(2, 3))
    result = benchmark(dense, (x, w), budget=BUDGET)

    if result.xla_error is None:
        assert result.xla_ms > 0 and result.xla_tracing_ms > 0 and result.xla_equivalent is not None
        fast = result.xla_ms * bench.XLA_ADVANTAGE <= min(result.graph_ms, result.eager_ms)
        assert result.recommend_xla == bool(result.xla_equivalent and fast)
    else:
        assert result.xla_ms is None and not result.recommend_xla


@pytest.mark.parametrize("body", [
    "return tf.strings.length(tf.strings.as_string(x))",
    "return tf.py_function(lambda a: a * 2.0, [x], tf.float32)",
])
def test_xla_arm_reports_what_it_cannot_compile(tf, body):
    namespace = {"tf": tf}
    exec(f"def f(x):\n    {body}\n", namespace)

    result = benchmark(namespace["f"], (tf.ones(3),), budget=BUDGET)

    assert result.xla_error and result.xla_ms is None and not result.recommend_xla
    assert result.graph_error is None and result.equivalent
    assert result.to_dict()["xla_error"] == result.xla_error


# --- refusal --------------------------------------------------------------------------------------

def report_entries(source: str) -> dict[str, dict]:
    from hybridize_analysis.engine import analyse_specs
    from hybridize_analysis.model import ModuleSpec
    from hybridize_analysis.parse import ParseCache
    from hybridize_analysis.report import build_report
    from hybridize_analysis.results import Options
    from hybridize_analysis.units import Unit

    unit = Unit.from_source("m.py", "m.py", "file", textwrap.dedent(source))
    analysis = analyse_specs([ModuleSpec("m", (unit,))], Options(), ParseCache())
    return {entry["qualname"]: entry for entry in build_report([analysis])["functions"]}


def test_side_effects_refuse_the_benchmark_unless_forced():
    entries = report_entries("""
        import tensorflow as tf
        seen = []
        total = tf.Variable(0.0)

        def remember(x):
            seen.append(x)
            return x * 2.0

        def accumulate(x):
            total.assign_add(tf.reduce_sum(x))
            return x * 2.0

        x = tf.constant([1.0, 2.0])
        remember(x)
        accumulate(x)
    """)
    with pytest.raises(BenchmarkRefused, match=r"seen\.append"):
        refuse_unless_forced(entries["remember"], force=False)
    refuse_unless_forced(entries["remember"], force=True)
    refuse_unless_forced(entries["accumulate"], force=False)  # a variable write is not a Python effect


def test_missing_arguments_are_refused(tf):
    def f(x, y):
        return x + y

    with pytest.raises(BenchmarkRefused, match="no arguments"):
        benchmark(f)
    with pytest.raises(BenchmarkRefused, match="do not fit"):
        benchmark(f, (tf.ones(1),))


# --- findings and presentation --------------------------------------------------------------------

def made_result(**fields) -> BenchmarkResult:
    base = {"name": "f", "eager_ms": 1.0, "eager_spread_ms": 0.1, "eager_calls": 10, "graph_ms": 2.0, "graph_spread_ms": 0.1,
                "graph_calls": 10, "tracing_ms": 30.0, "tracing_count": 1, "speedup": 0.5, "equivalent": True}
    base.update(fields)
    return BenchmarkResult(**base)


def test_findings_come_from_the_catalogue():
    slow = made_result()
    [finding] = slow.findings(line=7)
    assert finding["code"] == "NO_MEASURED_SPEEDUP" and finding["severity"] == "warning" and finding["line"] == 7
    assert "2 ms" in finding["message"] and "1 ms" in finding["message"]

    differs = made_result(graph_ms=0.5, speedup=2.0, equivalent=False, where="variable dense/kernel",
                          what="variable `dense/kernel`", detail="max difference 0.37, tolerance rtol=1e-05 atol=1e-06")
    [finding] = differs.findings()
    assert finding["code"] == "BEHAVIOUR_DIFFERS" and "dense/kernel" in finding["message"]
    assert "0.37" in finding["message"]


def test_bar_chart_svg_is_valid_and_escaped():
    result = made_result(name="<b>&f", xla_ms=None, xla_error='XLA said "<no>"')
    svg = bench.bar_chart_svg(result)

    root = ElementTree.fromstring(svg)
    assert root.tag.endswith("svg")
    assert "<b>" not in svg and "&lt;b&gt;&amp;f" in svg
    texts = " ".join(element.text or "" for element in root.iter())
    assert "eager" in texts and "graph" in texts and "XLA" in texts and "1 ms" in texts
    assert bench.bar_chart_png(result) is None or bench.bar_chart_png(result).startswith(b"\x89PNG")
    assert bench.bar_chart_svg(result.to_dict()) == svg  # what the kernel keeps draws the same


def test_text_progress_outside_a_kernel(capsys):
    progress = bench.make_progress(3)
    progress(0.0, "eager: warm-up")
    progress(0.5, "graph: tracing")
    progress(1.0, "done")
    out = capsys.readouterr().out
    assert "graph: tracing" in out and "100%" in out and out.endswith("\n")


# --- the kernel's entry point ---------------------------------------------------------------------

def test_run_benchmark_in_a_kernel_session(ip, tf):
    from IPython.core.error import UsageError

    from tests.kernel.conftest import run, session_of

    run(ip, """
        import tensorflow as tf
        seen = []

        def f(x):
            return tf.reduce_sum(tf.sin(x) * 2.0)

        def g(x):
            seen.append(1)
            return x * 2.0

        x = tf.ones(4)
    """)
    session = session_of(ip)
    quiet = {"budget": 0.05, "progress": lambda fraction, phase: None}

    data = bench.run_benchmark(ip, session, "f", args_expr="(x,)", **quiet)
    assert data["equivalent"] and data["eager_ms"] > 0
    json.dumps(data, allow_nan=False)
    with pytest.raises(UsageError, match=r"seen\.append"):
        bench.run_benchmark(ip, session, "g", args_expr="(x,)", **quiet)
    assert bench.run_benchmark(ip, session, "g", args_expr="x", force=True, **quiet)["equivalent"]
    with pytest.raises(UsageError, match="no call of `f` was observed"):
        bench.run_benchmark(ip, session, "f", **quiet)

    ip.run_line_magic("hybridize", "observe on")
    run(ip, "def outer(x):\n    return f(x) + 1.0\n")
    run(ip, "outer(x)")
    counts = {qualname: record.count for (_, qualname), record in session.observer.records.items()}
    data = bench.run_benchmark(ip, session, "outer", **quiet)  # the arguments of the observed call
    assert data["equivalent"] and data["eager_calls"] >= 3
    assert {qualname: record.count for (_, qualname), record in session.observer.records.items()} == counts
    assert session.observer.active
