"""`%hybridize observe on|off`: transparent wrappers that record how functions are called."""
from __future__ import annotations

import inspect

import numpy as np
import pytest

from conftest import codes, functions, run, session_of
from hybridize_analysis.facts import ArgumentFact
from hybridize_kernel.analyse import analyse_session
from hybridize_kernel.observe import MAX_SIGNATURES, RECENT_CALLS


def observe(shell, state="on"):
    shell.run_line_magic("hybridize", f"observe {state}")


def observed(shell, qualname):
    session = session_of(shell)
    record = next(r for (unit, name), r in session.observer.records.items() if name == qualname)
    return record


def test_wrappers_are_transparent(ip):
    run(ip, '''
        def scale(x, factor=2, *, shift=0):
            """Scale x."""
            if x is None:
                raise ValueError("no x")
            return x * factor if not shift else x + shift
    ''')
    original = ip.user_ns["scale"]
    observe(ip)
    wrapper = ip.user_ns["scale"]
    assert wrapper is not original
    assert (wrapper.__name__, wrapper.__qualname__, wrapper.__doc__) == ("scale", "scale", "Scale x.")
    assert inspect.signature(wrapper) == inspect.signature(original)
    marker = object()
    assert wrapper([marker], 1) == [marker]
    with pytest.raises(ValueError, match="no x") as raised:
        wrapper(None)
    assert raised.traceback[-1].name == "scale"
    observe(ip, "off")
    assert ip.user_ns["scale"] is original


def test_arguments_are_recorded_by_parameter_name(ip, tf):
    run(ip, '''
        import numpy as np
        import tensorflow as tf
        def step(x, lr, name="run", *, flag=False):
            return x
    ''')
    observe(ip)
    x = tf.zeros([4, 3])
    ip.user_ns["step"](x, 0.1, flag=True)
    ip.user_ns["step"](np.zeros((2, 5), "float64"), lr=3, name="a")
    record = observed(ip, "step")
    assert record.count == 2
    first, second = list(record.signatures)
    assert first.arguments == (("x", ArgumentFact("tensor", "EagerTensor", "float32", (4, 3))),
                               ("lr", ArgumentFact("float", "float", value=0.1)),
                               ("flag", ArgumentFact("bool", "bool", value=True)))
    assert [name for name, _ in second.arguments] == ["x", "lr", "name"]
    assert second.describe() == "x numpy float64[2,5], lr int 3, name str 'a'"
    assert record.recent[0][0][0] is x  # by reference, never copied


def test_signatures_and_recent_calls_are_bounded(ip):
    run(ip, "def ident(n):\n    return n\n")
    observe(ip)
    for n in range(MAX_SIGNATURES + 10):
        ip.user_ns["ident"](n)
    record = observed(ip, "ident")
    assert record.count == MAX_SIGNATURES + 10
    assert len(record.signatures) == MAX_SIGNATURES
    recent = session_of(ip).observer.get_recent_arguments("ident")
    assert [args for args, _ in recent] == [(n,) for n in range(MAX_SIGNATURES + 10 - RECENT_CALLS,
                                                                  MAX_SIGNATURES + 10)]


def test_a_function_redefined_by_a_later_cell_is_rewrapped(ip):
    observe(ip)
    run(ip, "def f(x):\n    return x + 1\n", cell_id="a")
    run(ip, "f(1)")
    run(ip, "def f(x):\n    return x + 2\n", cell_id="b")
    run(ip, "r = f(1)")
    assert ip.user_ns["r"] == 3
    assert hasattr(ip.user_ns["f"], "__hybridize_record__")
    records = session_of(ip).observer.records
    assert records[("cell:a", "f")].count == 1 and records[("cell:b", "f")].count == 1


def test_off_and_unload_restore_the_original_objects(ip):
    run(ip, '''
        def f(x):
            return x
        class Model:
            def predict(self, x):
                return x
    ''')
    original_f, original_method = ip.user_ns["f"], ip.user_ns["Model"].__dict__["predict"]
    observe(ip)
    assert ip.user_ns["f"] is not original_f
    assert ip.user_ns["Model"].__dict__["predict"] is not original_method
    ip.run_line_magic("unload_ext", "hybridize_kernel")
    assert ip.user_ns["f"] is original_f
    assert ip.user_ns["Model"].__dict__["predict"] is original_method
    ip.run_line_magic("load_ext", "hybridize_kernel")


def test_methods_are_recorded_without_self(ip):
    run(ip, '''
        class Scaler:
            def apply(self, value, times=2):
                return value * times
        scaler = Scaler()
    ''')
    observe(ip)
    assert ip.user_ns["scaler"].apply(3) == 6
    record = observed(ip, "Scaler.apply")
    assert [name for name, _ in next(iter(record.signatures)).arguments] == ["value"]
    assert record.recent[-1][0][0] is ip.user_ns["scaler"]  # the benchmark needs `self`


def test_generators_and_lambdas_are_left_alone(ip):
    run(ip, "def gen(n):\n    yield n\nsquare = lambda x: x * x\n")
    before = dict(gen=ip.user_ns["gen"], square=ip.user_ns["square"])
    observe(ip)
    assert ip.user_ns["gen"] is before["gen"] and inspect.isgeneratorfunction(ip.user_ns["gen"])
    assert ip.user_ns["square"] is before["square"]


def test_tf_functions_keep_their_identity_and_report_tracing(ip, tf):
    run(ip, '''
        import tensorflow as tf
        @tf.function
        def power(x, n):
            return x ** n
    ''', cell_id="p")
    hybrid = ip.user_ns["power"]
    hybrid_class = type(hybrid)
    observe(ip)
    assert ip.user_ns["power"] is hybrid and isinstance(hybrid, hybrid_class)
    run(ip, "for n in (1, 2, 3):\n    power(tf.constant(2.0), n)\n")
    calls = session_of(ip).observer.get_observed("cell:p", "power")
    assert calls.count == 3 and calls.tracing_count == 3
    assert [s.describe() for s in calls.signatures] == [f"x float32[], n int {n}" for n in (1, 2, 3)]
    _, report = analyse_session(ip)
    entry = functions(report)["power"]
    assert "OBSERVED_RETRACING" in codes(entry)
    assert "OBSERVED_CALLS" in [a["code"] for a in entry["assumptions"]]
    observe(ip, "off")
    assert type(hybrid) is hybrid_class and hybrid(tf.constant(2.0), 2).numpy() == 4.0


def test_observation_replaces_speculation_in_the_report(ip, tf):
    run(ip, '''
        import tensorflow as tf
        def test_step(batch):
            return tf.reduce_sum(batch)
    ''')
    _, before = analyse_session(ip)
    assert "SPECULATIVE_ANALYSIS" in [a["code"] for a in functions(before)["test_step"]["assumptions"]]
    observe(ip)
    run(ip, "total = test_step(tf.ones([2, 2]))")
    _, after = analyse_session(ip)
    assumptions = functions(after)["test_step"]["assumptions"]
    assert [a["code"] for a in assumptions] == ["OBSERVED_CALLS"]
    assert "batch float32[2,2]" in assumptions[0]["message"]


def test_a_user_tf_function_of_an_observed_function_still_works(ip, tf):
    run(ip, "import tensorflow as tf\ndef double(x):\n    return x * 2\n")
    observe(ip)
    run(ip, "fast = tf.function(double)\nout = fast(tf.constant([1.0, 2.0]))\n")
    assert ip.user_ns["out"].numpy().tolist() == [2.0, 4.0]


def test_keras_training_still_works_with_call_observed(ip, tf):
    run(ip, '''
        import numpy as np
        import tensorflow as tf
        class Tiny(tf.keras.Model):
            def __init__(self):
                super().__init__()
                self.dense = tf.keras.layers.Dense(1)
            def call(self, inputs, training=False):
                return self.dense(inputs)
        model = Tiny()
        model.compile(optimizer="sgd", loss="mse")
    ''', cell_id="model")
    original_call = ip.user_ns["Tiny"].__dict__["call"]
    observe(ip)
    assert ip.user_ns["Tiny"].__dict__["call"] is not original_call
    run(ip, '''
        rng = np.random.default_rng(0)
        xs, ys = rng.random((8, 3), dtype="float32"), rng.random((8, 1), dtype="float32")
        history = model.fit(xs, ys, epochs=2, batch_size=4, verbose=0)
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(model(xs))
        grads = tape.gradient(loss, model.trainable_variables)
    ''')
    assert all(grad is not None for grad in ip.user_ns["grads"])
    assert np.isfinite(ip.user_ns["history"].history["loss"]).all()
    calls = session_of(ip).observer.get_observed("cell:model", "Tiny.call")
    assert calls.count >= 2
    assert any(fact.dtype == "float32" for s in calls.signatures for name, fact in s.arguments if name == "inputs")
    observe(ip, "off")
    assert ip.user_ns["Tiny"].__dict__["call"] is original_call


def test_recent_arguments_follow_the_live_definition(ip):
    ip.run_line_magic("hybridize", "observe on")
    run(ip, "def f(x):\n    return x\n", cell_id="a")
    run(ip, "f(1)")
    run(ip, "def f(x):\n    return -x\n", cell_id="b")
    run(ip, "f(2)")
    run(ip, "def f(x):\n    return x * 3\n", cell_id="a")
    run(ip, "f(3)")
    assert session_of(ip).observer.get_recent_arguments("f") == [((3,), {})]
    run(ip, "class K:\n    def m(self, v):\n        return v\nk = K()\nk.m(5)\n")
    run(ip, "k.m(6)")
    assert [args[1:] for args, _ in session_of(ip).observer.get_recent_arguments("K.m")] == [(6,)]
