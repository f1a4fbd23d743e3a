"""Observed calls (from the kernel) decide the parameter properties, show retracing, and propose P4."""
import textwrap

from hybridize_analysis.engine import analyse_specs
from hybridize_analysis.facts import ArgumentFact, CallSignature, Facts, GlobalFact, ObservedCalls
from hybridize_analysis.model import ModuleSpec
from hybridize_analysis.parse import ParseCache
from hybridize_analysis.results import Options
from hybridize_analysis.units import Unit


class FakeFacts(Facts):
    def __init__(self, observed=None, globals_=None, keras=None):
        self.observed = observed or {}
        self.globals = globals_ or {}
        self.keras_version = keras
        self.versions_source = "the running TensorFlow 2.21.0" if keras else ""

    def get_global(self, module, name):
        return self.globals.get(name)

    def get_observed(self, unit_id, qualname):
        return self.observed.get(qualname)


def tensor(shape, dtype="float32"):
    return ArgumentFact("tensor", dtype=dtype, shape=shape)


def scalar(value):
    return ArgumentFact(type(value).__name__, value=value)


def calls(*signatures, tracing_count=None):
    distinct = [CallSignature(tuple(signature.items())) for signature in signatures]
    return ObservedCalls(count=len(signatures), signatures=distinct, tracing_count=tracing_count)


def analyse(source, facts):
    unit = Unit.from_source("cell:1", "nb.ipynb", "cell", textwrap.dedent(source))
    analysis = analyse_specs([ModuleSpec("nb.ipynb", (unit,))], Options(facts=facts), ParseCache())
    return {result.function.qualname: result for result in analysis.results}


def codes(result):
    return [finding.code for finding in result.findings]


def test_observed_tensors_replace_speculation():
    facts = FakeFacts({"train_step": calls({"x": tensor((64, 784)), "y": tensor((64,), "int64")})})
    result = analyse("""
        import tensorflow as tf
        def train_step(x, y):
            return tf.reduce_sum(x) + tf.cast(tf.reduce_sum(y), tf.float32)
    """, facts)["train_step"]
    assert result.properties["has_tensor_parameter"] is True
    assert result.properties["has_primitive_parameter"] is False
    assert [a.code for a in result.assumptions] == ["OBSERVED_CALLS"]
    message = result.assumptions[0].to_dict()["message"]
    assert "1 call(s) seen" in message and "x float32[64,784]" in message and "y int64[64]" in message
    assert result.transformations == ["CONVERT_TO_HYBRID"]


def test_observed_python_int_is_a_primitive_parameter_with_its_values():
    facts = FakeFacts({"scale": calls({"x": tensor((3,)), "n": scalar(1)}, {"x": tensor((3,)), "n": scalar(2)})})
    result = analyse("""
        import tensorflow as tf
        def scale(x, n):
            return x * n
    """, facts)["scale"]
    assert result.properties["has_primitive_parameter"] is True
    finding = next(f for f in result.findings if f.code == "HAS_PRIMITIVE_PARAMETERS")
    assert finding.args["parameter"] == "n" and finding.args["values"] == " (1, 2)"


def test_hybrid_retracing_on_shapes_is_reconfigured_with_an_input_signature():
    facts = FakeFacts({"predict": calls({"x": tensor((64, 784))}, {"x": tensor((32, 784))})})
    result = analyse("""
        import tensorflow as tf
        @tf.function
        def predict(x):
            return tf.nn.relu(x)
    """, facts)["predict"]
    assert "OBSERVED_RETRACING" in codes(result)
    assert result.passing_precondition == "P4" and result.transformations == ["RECONFIGURE"]
    assert result.decorator_arguments == {
        "input_signature": "[tf.TensorSpec(shape=[None, 784], dtype=tf.float32)]"}


def test_no_reconfiguration_is_offered_when_the_body_reads_a_varying_axis():
    """Batch sizes vary, so the inferred signature would leave axis 0 None, and so would
    `reduce_retracing=True` once it relaxes the shape: `x.shape[0]` would be None in that graph
    (HAS_UNRESOLVED_STATICALLY_READ_AXES). Nothing is offered; the retracing is reported."""
    facts = FakeFacts({"predict": calls({"x": tensor((64, 784))}, {"x": tensor((32, 784))})})
    result = analyse("""
        import tensorflow as tf
        @tf.function
        def predict(x):
            return tf.nn.relu(x) / x.shape[0]
    """, facts)["predict"]
    assert "OBSERVED_RETRACING" in codes(result)
    assert result.transformations == [] and result.decorator_arguments == {}


def test_hybrid_retracing_on_python_values_names_them():
    facts = FakeFacts({"step": calls(*({"x": tensor((4,)), "k": scalar(k)} for k in (1, 2, 3, 4, 5, 6)))})
    result = analyse("""
        import tensorflow as tf
        @tf.function
        def step(x, k):
            return x * k
    """, facts)["step"]
    retracing = next(f for f in result.findings if f.code == "OBSERVED_RETRACING")
    assert retracing.args["parameter"] == "k" and retracing.args["values"].startswith("Python ints 1, 2, 3")
    assert result.transformations == ["CONVERT_TO_EAGER"]  # P3, on the evidence of retracing seen


def test_hybrid_with_a_few_python_values_keeps_its_decorator():
    facts = FakeFacts({"step": calls({"x": tensor((4,)), "training": scalar("train")},
                                     {"x": tensor((4,)), "training": scalar("eval")})})
    result = analyse("""
        import tensorflow as tf
        @tf.function
        def step(x, training):
            return x * 2
    """, facts)["step"]
    assert result.properties["has_primitive_parameter"] is True
    assert "CONVERT_TO_EAGER" not in result.transformations


def test_live_globals_resolve_what_the_code_cannot():
    facts = FakeFacts(globals_={"batch": GlobalFact("tensor")}, keras=3)
    result = analyse("""
        import tensorflow as tf
        from data import batch
        def total(x):
            return tf.reduce_sum(x)
        total(batch)
    """, facts)["total"]
    assert result.properties["has_tensor_parameter"] is True


class BenchmarkFacts(FakeFacts):
    def __init__(self, benchmark, observed=None):
        super().__init__(observed)
        self.benchmark = benchmark

    def get_benchmark(self, unit_id, qualname):
        return self.benchmark


STEP = """
    import tensorflow as tf
    def step(x):
        return tf.nn.relu(x) * 2.0
    step(tf.ones([3]))
"""


def test_a_benchmark_where_graph_differs_withdraws_the_recommendation():
    bench = {"equivalent": False, "graph_faster": True, "what": "the return value", "detail": "max difference 0.5"}
    result = analyse(STEP, BenchmarkFacts(bench))["step"]
    assert "BEHAVIOUR_DIFFERS" in codes(result)
    assert result.transformations == [] and result.passing_precondition is None
    assert result.benchmark is bench


def test_a_benchmark_without_speedup_keeps_the_function_eager():
    bench = {"equivalent": True, "graph_faster": False, "graph_ms": 0.4, "eager_ms": 0.03}
    result = analyse(STEP, BenchmarkFacts(bench))["step"]
    finding = next(f for f in result.findings if f.code == "NO_MEASURED_SPEEDUP")
    assert finding.args["graph"] == "400 µs" and finding.args["eager"] == "30 µs"
    assert result.transformations == []


def test_a_clearly_faster_xla_compile_is_recommended():
    bench = {"equivalent": True, "graph_faster": True, "recommend_xla": True}
    result = analyse(STEP, BenchmarkFacts(bench))["step"]
    assert result.transformations == ["CONVERT_TO_HYBRID"]
    assert result.decorator_arguments == {"jit_compile": "True"}


#: A helper measured 0.08 ms faster per call as a graph, whose first call (tracing) takes 44 ms.
PAYS_LATE = {"equivalent": True, "graph_faster": True, "eager_ms": 0.2, "graph_ms": 0.12, "tracing_ms": 44.0}


def test_a_graph_whose_tracing_the_calls_seen_do_not_pay_for_stays_eager():
    facts = BenchmarkFacts(PAYS_LATE, {"step": calls({"x": tensor((3,))})})
    result = analyse(STEP, facts)["step"]
    assert result.transformations == []
    finding = next(f for f in result.findings if f.code == "TRACING_DOES_NOT_PAY")
    assert finding.args["what"] == "tracing" and finding.args["calls"] == "549" and finding.args["seen"] == 1
    assert "pays off after 549 calls (1 seen)" in finding.to_dict()["message"]


def test_enough_calls_seen_pay_for_the_tracing():
    facts = BenchmarkFacts(PAYS_LATE, {"step": calls(*[{"x": tensor((3,))}] * 600)})
    result = analyse(STEP, facts)["step"]
    assert result.transformations == ["CONVERT_TO_HYBRID"]
    assert "TRACING_DOES_NOT_PAY" not in codes(result)


def test_a_stated_expected_call_count_stands_in_for_the_calls_seen():
    facts = BenchmarkFacts(PAYS_LATE, {"step": calls({"x": tensor((3,))})})
    unit = Unit.from_source("cell:1", "nb.ipynb", "cell", textwrap.dedent(STEP))
    analysis = analyse_specs([ModuleSpec("nb.ipynb", (unit,))], Options(facts=facts, expected_calls=10_000),
                             ParseCache())
    assert analysis.results[0].transformations == ["CONVERT_TO_HYBRID"]


def test_jit_compile_only_when_the_compilation_pays_over_the_calls_seen():
    """XLA runs 0.05 ms faster than the graph but compiles for 300 ms more than tracing takes: a
    function called 2000 times gets `@tf.function`, not `jit_compile=True`."""
    bench = {**PAYS_LATE, "recommend_xla": True, "xla_ms": 0.07, "xla_tracing_ms": 344.0}
    result = analyse(STEP, BenchmarkFacts(bench, {"step": calls(*[{"x": tensor((3,))}] * 2000)}))["step"]
    assert result.transformations == ["CONVERT_TO_HYBRID"]
    assert result.decorator_arguments == {}  # 2000 calls pay the tracing, not the compilation
    finding = next(f for f in result.findings if f.code == "TRACING_DOES_NOT_PAY")
    assert finding.args["what"] == "XLA compilation" and finding.args["calls"] == "6,001"
    many = analyse(STEP, BenchmarkFacts(bench, {"step": calls(*[{"x": tensor((3,))}] * 7000)}))["step"]
    assert many.decorator_arguments == {"jit_compile": "True"}


def test_identical_cells_are_analysed_each_in_place():
    cells = ["import tensorflow as tf", "def f(x):\n    return tf.nn.relu(x)", "y = f(tf.ones([2]))",
             "def f(x):\n    return tf.nn.relu(x)", "y = f(tf.ones([2]))"]
    units = tuple(Unit.from_source(f"cell:{i}", "nb.ipynb", "cell", cell) for i, cell in enumerate(cells))
    cache = ParseCache()
    analysis = analyse_specs([ModuleSpec("nb.ipynb", units)], Options(), cache)
    first, second = analysis.results
    assert first.properties["has_tensor_parameter"] is True
    assert second.properties["has_tensor_parameter"] is True


def test_a_hybrid_function_measured_faster_keeps_its_decorator():
    bench = {"equivalent": True, "graph_faster": True, "speedup": 30.0}
    result = analyse("""
        import tensorflow as tf
        @tf.function
        def schedule():
            return tf.linspace(1e-2, 1e-3, 5)
        schedule()
    """, BenchmarkFacts(bench))["schedule"]
    assert result.transformations == []
