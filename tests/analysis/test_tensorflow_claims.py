"""What the checks say about TensorFlow, checked by running the fixtures under the pinned TensorFlow.

A check that blocks a recommendation claims that the function fails (or computes something else)
once traced, although it runs eagerly. Each test here loads a check's fixture as a module and runs
the functions the fixture marks, eagerly and through `tf.function`, and the functions it leaves
unmarked, which must behave the same both ways.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "pitfalls"
PROGRAMS = Path(__file__).parent / "programs"


def load_fixture(name: str, folder: Path = FIXTURES):
    path = folder / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_claims_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(spec.name, None)
    return module


def run_both_ways(tf, function, *args):
    """(eager result, graph result or the exception tracing raised)."""
    eager = function(*args)
    try:
        graph = tf.function(function)(*args)
    except Exception as error:  # the claim under test: tracing fails
        return eager, error
    return eager, graph


def same(tf, left, right) -> bool:
    flat_left, flat_right = tf.nest.flatten(left), tf.nest.flatten(right)
    return len(flat_left) == len(flat_right) and all(
        np.array_equal(np.asarray(a), np.asarray(b)) for a, b in zip(flat_left, flat_right))


@pytest.mark.parametrize("function, extra", [
    ("root", ()), ("total", ()), ("internal_path", ()), ("by_keyword", (7,)), ("compat_v1", ()),
])
def test_a_non_string_op_name_runs_eagerly_and_fails_to_trace(tf, function, extra):
    module = load_fixture("has_invalid_name_arguments")
    eager, graph = run_both_ways(tf, getattr(module, function), module.features, *extra)
    assert eager is not None
    assert isinstance(graph, Exception), f"{function} traced although its op `name` is not a string"


@pytest.mark.parametrize("function, extra", [
    ("named", ("scope",)), ("dtype_in_its_place", ()), ("spread", (0,)),
])
def test_string_names_and_other_parameters_trace(tf, function, extra):
    module = load_fixture("has_invalid_name_arguments")
    eager, graph = run_both_ways(tf, getattr(module, function), module.features, *extra)
    assert not isinstance(graph, Exception), graph
    assert same(tf, eager, graph)


@pytest.mark.parametrize("function, arguments", [
    ("normalize", lambda m: (m.hidden,)),
    ("gated", lambda m: (m.encoder.outputs[0], m.gate)),
    ("project", lambda m: (m.hidden,)),
])
def test_a_keras_symbolic_tensor_builds_eagerly_and_fails_to_trace(tf, function, arguments):
    module = load_fixture("has_keras_symbolic_arguments")
    eager, graph = run_both_ways(tf, getattr(module, function), *arguments(module))
    assert eager is not None
    assert isinstance(graph, Exception), f"{function} traced with a KerasTensor"


def test_the_same_helper_traces_with_tensors(tf):
    module = load_fixture("has_keras_symbolic_arguments")
    values = tf.ones([2, 32])
    eager, graph = run_both_ways(tf, module.scale, values)
    assert same(tf, eager, graph)


def calls_in_a_fresh_module(tf, name: str, function: str, arguments, graph: bool, calls: int = 3) -> list:
    """What `calls` calls of a fixture's function return, in a module loaded afresh (unbuilt
    models, the same seeds), eagerly or through `tf.function`; `arguments(module)` gives the
    arguments."""
    tf.keras.utils.set_random_seed(1)
    module = load_fixture(name)
    step = getattr(module, function)
    step = tf.function(step) if graph else step
    return [np.asarray(step(*arguments(module))) for _ in range(calls)]


def _images_and_labels(module):
    return module.images, module.labels


def _images(module):
    return (module.images,)


@pytest.mark.parametrize("function, arguments", [("sgd_step", _images_and_labels), ("decay_step", _images)])
def test_variables_read_before_the_first_call_differ_eagerly_and_traced(tf, function, arguments):
    eager = calls_in_a_fresh_module(tf, "has_stale_variable_reads", function, arguments, graph=False)
    graph = calls_in_a_fresh_module(tf, "has_stale_variable_reads", function, arguments, graph=True)
    assert not all(np.allclose(a, b) for a, b in zip(eager, graph))


@pytest.mark.parametrize("function, arguments", [("sgd_step_after_call", _images_and_labels),
                                                 ("built_step", _images_and_labels)])
def test_variables_read_after_the_call_agree(tf, function, arguments):
    eager = calls_in_a_fresh_module(tf, "has_stale_variable_reads", function, arguments, graph=False)
    graph = calls_in_a_fresh_module(tf, "has_stale_variable_reads", function, arguments, graph=True)
    assert all(np.allclose(a, b, atol=1e-5) for a, b in zip(eager, graph))


@pytest.mark.parametrize("function", ["flatten_rows", "column_bias", "scaled", "positions", "guarded"])
def test_a_static_read_of_an_axis_the_signature_leaves_open_fails_or_differs(tf, function):
    module = load_fixture("has_unresolved_statically_read_axes")
    hybrid = getattr(module, function)
    eager = hybrid.python_function(module.images)  # the body as written, without the decorator
    try:
        graph = hybrid(module.images)
    except Exception:
        return  # tracing fails
    assert not same(tf, eager, graph), f"{function} traced and computed the same"


@pytest.mark.parametrize("function", ["fixed_columns", "dynamic", "sliced", "no_signature"])
def test_reads_the_signature_resolves_trace(tf, function):
    module = load_fixture("has_unresolved_statically_read_axes")
    hybrid = getattr(module, function)
    assert same(tf, hybrid.python_function(module.images), hybrid(module.images))


@pytest.mark.parametrize("function", ["score", "converted_then_mixed"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_a_numpy_array_meeting_two_dtypes_runs_eagerly_and_fails_to_trace(tf, function, dtype):
    """Whatever the array's own dtype, one of the two operations fails once traced."""
    module = load_fixture("has_conflicting_eager_dtype_coercions")
    eager, graph = run_both_ways(tf, getattr(module, function), module.array.astype(dtype))
    assert eager is not None
    assert isinstance(graph, Exception), f"{function} traced with a {dtype} array"


def test_a_numpy_array_meeting_its_own_dtype_traces(tf):
    module = load_fixture("has_conflicting_eager_dtype_coercions")
    eager, graph = run_both_ways(tf, module.one_dtype, module.array.astype("float32"))
    assert same(tf, eager, graph)


@pytest.mark.parametrize("function", ["predict", "scale", "row_totals", "sparse_total", "add_pair"])
def test_the_reconfiguration_inferred_from_the_code_traces_once_and_computes_the_same(tf, function):
    """RETRACES_ON_SHAPES: the RECONFIGURE the default tables offer, applied to the function, runs
    every call the program makes with one trace and the results of the decorator as written."""
    from hybridize_analysis.engine import analyse_path

    result = next(r for r in analyse_path(PROGRAMS / "varying_shapes.py").results if r.function.qualname == function)
    assert result.transformations == ["RECONFIGURE"]
    module = load_fixture("varying_shapes", PROGRAMS)
    written = getattr(module, function)
    arguments = {name: eval(value, {"tf": tf}) for name, value in result.decorator_arguments.items()}
    reconfigured = tf.function(written.python_function, **arguments)
    calls = [make() for make in dict((case[0], case[1]) for case in module.CASES)[function]]
    for args, kwargs in calls:
        assert same(tf, written(*args, **kwargs), reconfigured(*args, **kwargs))
    assert reconfigured.experimental_get_tracing_count() == 1
    assert written.experimental_get_tracing_count() == len(calls)


def test_no_reconfiguration_for_a_body_that_reads_a_varying_size(tf):
    """`rows` reads `x.shape[0]`, which varies between its calls: under the inferred signature or
    `reduce_retracing=True` (which relaxes that axis on the second shape) it would be None, and
    tracing fails. So nothing is offered, only RETRACES_ON_SHAPES reported."""
    from hybridize_analysis.engine import analyse_path

    result = next(r for r in analyse_path(PROGRAMS / "varying_shapes.py").results if r.function.qualname == "rows")
    assert result.transformations == [] and "RETRACES_ON_SHAPES" in [f.code for f in result.findings]
    module = load_fixture("varying_shapes", PROGRAMS)
    relaxed = tf.function(module.rows.python_function, reduce_retracing=True)
    relaxed(tf.ones([4, 2, 2]))
    with pytest.raises(Exception):
        relaxed(tf.ones([8, 2, 2]))


def test_a_composite_tensor_argument_is_rebuilt_inside_a_traced_function(tf):
    """Why a cache a composite tensor keeps on itself is no side effect of a traced function
    (`effects.SideEffects._caches_on_composite`): `tf.function` passes the graph a new object built
    from the argument's components, so what the traced code stores on it stays with the trace,
    while the same code run eagerly stores it on the caller's object."""
    def memoize(ragged):
        setattr(ragged, "_row_count", ragged.nrows())
        return ragged.flat_values * 2

    traced_argument = tf.ragged.constant([[1, 2], [3]])
    tf.function(memoize)(traced_argument)
    assert not hasattr(traced_argument, "_row_count")
    eager_argument = tf.ragged.constant([[1, 2], [3]])
    memoize(eager_argument)
    assert hasattr(eager_argument, "_row_count")


def test_a_custom_gradient_function_returns_only_its_outputs(tf):
    """Why the dataflow gives a call of a `tf.custom_gradient` function the first of the results
    its body returns (`Dataflow._flow_returns`): the decorator keeps the gradient function for
    backpropagation and the caller receives the outputs alone, eagerly and traced."""
    @tf.custom_gradient
    def clip_gradient(x):
        def grad(upstream):
            return tf.clip_by_value(upstream, -1.0, 1.0)
        return tf.identity(x), grad

    x = tf.constant([1.0, 2.0])
    for run in (clip_gradient, tf.function(clip_gradient)):
        result = run(x)
        assert isinstance(result, tf.Tensor)
        np.testing.assert_allclose(result.numpy(), [1.0, 2.0])


def test_a_module_method_with_name_scope_takes_and_returns_what_the_method_does(tf):
    """Why `@tf.Module.with_name_scope` keeps the calling convention (`_TRANSPARENT_DECORATORS`):
    the wrapper passes its arguments on and returns the method's own result, here a new dict per
    call, which a caller may pop from, eagerly and traced alike."""
    class Attention(tf.Module):
        @tf.Module.with_name_scope
        def __call__(self, x, scale=2.0):
            return dict(context=x * scale, scores=x)

    attention = Attention()

    def step(x):
        outputs = attention(x, scale=3.0)
        return outputs.pop("context") + outputs["scores"]

    x = tf.constant([1.0, 2.0])
    traced = tf.function(step)
    for _ in range(2):
        np.testing.assert_allclose(traced(x).numpy(), step(x).numpy())
    assert set(attention(x)) == {"context", "scores"}


def test_next_on_a_distributed_iterator_is_a_graph_operation(tf):
    """Why `next(iterator)` on a tf.data or distributed iterator counts as TensorFlow computation
    (NO_TENSOR_COMPUTATION) and `experimental_distribute_datasets_from_function`, the older
    spelling, makes a distributed dataset: traced, each call reads the next batch, as eagerly."""
    strategy = tf.distribute.get_strategy()
    numbers = tf.range(8, dtype=tf.float32)

    def make_dataset(context):
        return tf.data.Dataset.from_tensor_slices(numbers).batch(2)

    def batches(step):
        iterator = iter(strategy.experimental_distribute_datasets_from_function(make_dataset))
        return [step(iterator).numpy().tolist() for _ in range(3)]

    def read(iterator):
        return next(iterator)

    assert batches(tf.function(read)) == batches(read) == [[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]]


def test_a_property_getter_with_an_effect_runs_only_while_tracing(tf):
    """Why reading a property of the program brings its getter's effects (`effects.SideEffects.
    _add_property_effects`): the getter is Python code run by the attribute read, so once traced
    it runs at trace time only and the graph keeps the value it returned then."""
    class Counter:
        def __init__(self):
            self._count = 0

        @property
        def next_id(self):
            self._count += 1
            return self._count

    counter = Counter()

    def step(x):
        return x * float(counter.next_id)

    x = tf.constant(1.0)
    assert [float(step(x)) for _ in range(3)] == [1.0, 2.0, 3.0]
    traced = tf.function(step)
    assert [float(traced(x)) for _ in range(3)] == [4.0, 4.0, 4.0]


def test_a_named_tuple_of_tensors_traces_once_per_structure(tf):
    """Why a named tuple holding tensors is a tensor-like argument (`records`): `tf.function`
    traces it as a nest of its fields, whatever spelling declares it, so new tensors of the same
    structure reuse the graph; a Python number in a field is part of the trace key, as in a tuple."""
    import collections
    import typing

    Plain = collections.namedtuple("Plain", ["reward", "step"])

    class Derived(collections.namedtuple("Derived", "reward step")):
        __slots__ = ()

        def total(self):
            return tf.reduce_sum(self.reward)

    class Typed(typing.NamedTuple):
        reward: tf.Tensor
        step: tf.Tensor = tf.constant(0)

    traces = []

    @tf.function
    def total(record):
        traces.append(type(record))
        return tf.reduce_sum(record.reward) + tf.cast(record.step, tf.float32)

    for make in (lambda i: Plain(tf.fill([3], float(i)), tf.constant(i)),
                 lambda i: Derived(tf.fill([3], float(i)), tf.constant(i)),
                 lambda i: Typed(tf.fill([3], float(i)))):
        results = [float(total(make(i))) for i in range(3)]
        assert results[1] in (4.0, 3.0)  # 3 * 1.0 (+ 1 when the step is given)
    assert len(traces) == 3  # once per class, not once per call

    @tf.function
    def with_python_number(record):
        traces.append(record.step)
        return tf.reduce_sum(record.reward)

    for i in range(3):
        with_python_number(Plain(tf.ones([3]), i))
    assert traces[3:] == [0, 1, 2]  # an int field retraces per value
    assert float(tf.function(Derived.total)(Derived(tf.ones([2]), 0))) == 2.0


def test_a_multi_output_functional_model_returns_a_list_a_trace_unrolls(tf):
    """Calling `keras.Model(inputs, [a, b])` gives a Python list of tensors: a loop over it that
    appends to a Python list runs the same traced, as DeepDream's `calc_loss` does."""
    inputs = tf.keras.Input(shape=(3,))
    first = tf.keras.layers.Dense(2, kernel_initializer="ones")(inputs)
    second = tf.keras.layers.Dense(4, kernel_initializer="ones")(first)
    model = tf.keras.Model(inputs=inputs, outputs=[first, second])

    def calc_loss(x):
        losses = []
        for activation in model(x):
            losses.append(tf.reduce_mean(activation))
        return tf.reduce_sum(losses)

    x = tf.ones([1, 3])
    assert isinstance(model(x), list)
    # a one-element list of outputs gives the tensor itself
    assert not isinstance(tf.keras.Model(inputs=inputs, outputs=[first])(x), list)
    eager, graph = run_both_ways(tf, calc_loss, x)
    assert not isinstance(graph, Exception) and same(tf, eager, graph)


def test_a_functional_model_built_from_symbolic_tensors_is_a_fine_argument(tf):
    """The model is no KerasTensor: a `tf.function` takes it as an argument (DeepDream's
    `calc_loss(img, model)`), while a KerasTensor argument fails to trace under Keras 3."""
    inputs = tf.keras.Input(shape=(3,))
    hidden = tf.keras.layers.Dense(2)(inputs)
    model = tf.keras.Model(inputs=inputs, outputs=[hidden, tf.keras.layers.Dense(1)(hidden)])

    def calc_loss(x, model):
        return tf.add_n([tf.reduce_mean(activation) for activation in model(x)])

    eager, graph = run_both_ways(tf, calc_loss, tf.ones([1, 3]), model)
    assert not isinstance(graph, Exception) and same(tf, eager, graph)
    _, symbolic = run_both_ways(tf, lambda x: x * 2.0, inputs)
    assert isinstance(symbolic, Exception)


class _LazyState:
    """Sets itself up on its first call: a Python value, a variable, or a tensor."""

    def __init__(self, tf, what: str) -> None:
        self.tf, self.what, self._initialized = tf, what, False

    def __call__(self, x):
        if not self._initialized:
            self._initialized = True
            if self.what == "python":
                self._offset = 2.0
            elif self.what == "variable":
                self._offset = self.tf.Variable(2.0)
            else:
                self._offset = self.tf.ones_like(x[:1]) * 2.0
        return x + self._offset


@pytest.mark.parametrize("what, same", [("python", True), ("variable", True), ("tensor", False)])
def test_state_set_up_on_the_first_call_is_the_same_traced_unless_it_is_a_tensor(tf, what, same):
    """Traced, the first call sets the state up while tracing, as eagerly; a tensor made then
    belongs to the first trace's graph, and the next trace (another shape) cannot use it."""
    def run(traced: bool):
        lazy = _LazyState(tf, what)
        step = tf.function(lambda x: lazy(x)) if traced else (lambda x: lazy(x))
        try:
            return [float(tf.reduce_sum(step(tf.ones(shape)))) for shape in ([2, 3], [4, 3])]
        except Exception as error:  # the claim under test: the second trace fails
            return error

    eager, graph = run(False), run(True)
    assert not isinstance(eager, Exception)
    assert (graph == eager) is same


@pytest.mark.parametrize("run_eagerly", [False, True])
def test_keras_fit_traces_a_models_train_step(tf, run_eagerly):
    """`fit` runs an overridden `train_step` inside the graph it traces (a Python counter in it
    counts traces, not batches), unless the model is compiled with `run_eagerly=True`."""
    import keras

    calls = []

    class Counting(keras.Model):
        def train_step(self, data):
            calls.append(1)
            x, y = data
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean(tf.square(self(x, training=True) - y))
            self.optimizer.apply(tape.gradient(loss, self.trainable_variables), self.trainable_variables)
            return {"loss": loss}

    inputs = keras.Input(shape=(3,))
    model = Counting(inputs, keras.layers.Dense(1)(inputs))
    model.compile(optimizer="sgd", run_eagerly=run_eagerly, jit_compile=False)
    model.fit(np.ones((8, 3), "float32"), np.ones((8, 1), "float32"), batch_size=2, epochs=1, verbose=0)
    assert (len(calls) == 4) is run_eagerly  # four batches


def test_a_variable_written_in_a_first_call_block_is_written_on_every_traced_call(tf):
    """`if not self.built: self.built = True; self.v.assign_add(1.0)` runs once eagerly; the
    first trace puts the `assign_add` into the graph, which runs it on every call."""
    class Counter:
        def __init__(self):
            self.built, self.v = False, tf.Variable(0.0)

        def __call__(self, x):
            if not self.built:
                self.built = True
                self.v.assign_add(1.0)
            return x + self.v

    def run(traced: bool) -> float:
        counter = Counter()
        step = tf.function(lambda x: counter(x)) if traced else (lambda x: counter(x))
        for _ in range(3):
            step(tf.ones([2]))
        return float(counter.v)

    assert (run(False), run(True)) == (1.0, 3.0)


@pytest.mark.parametrize("decorated", [False, True])
def test_saved_model_keeps_only_the_tf_functions_of_a_module(tf, tmp_path, decorated):
    """The `tf.Module` guide saves a module and calls the loaded one: that works only when its
    `__call__` is a `tf.function`."""
    class Scale(tf.Module):
        def __init__(self):
            super().__init__()
            self.w = tf.Variable(2.0)

        def __call__(self, x):
            return x * self.w

    if decorated:
        Scale.__call__ = tf.function(Scale.__call__)
    module = Scale()
    module(tf.constant([1.0, 2.0]))
    tf.saved_model.save(module, str(tmp_path / "saved"))
    loaded = tf.saved_model.load(str(tmp_path / "saved"))
    try:
        result = loaded(tf.constant([1.0, 2.0]))
    except Exception as error:  # the claim under test: nothing to call without the decorator
        result = error
    assert isinstance(result, Exception) is not decorated
