"""The API catalogue: what calling, reading or iterating TensorFlow, Keras and NumPy values yields."""
from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

from hybridize_analysis.tensors import catalogue as api
from hybridize_analysis.tensors.catalogue import (
    BOOL, DATASET, DTYPE, FLOAT, GENERATOR, INT, ITERATOR, LAYER, LOSS, METRIC, MODEL, MODULE,
    NONE, NUMPY, NUMPY_GENERATOR, NUMPY_ITERATOR, OPTIMIZER, SHAPE, SPEC, STR, TAPE, TENSOR,
    TENSOR_ARRAY, TENSOR_LIST, VARIABLE,
)


def _params(namespace: str, names: str, kind: str) -> list[tuple[str, str]]:
    return [(f"{namespace}.{name}", kind) for name in names.split()]


@pytest.mark.parametrize("name, expected", [
    ("tensorflow.keras.layers.Dense", "keras.layers.Dense"),
    ("tf_keras.layers.Dense", "keras.layers.Dense"),
    ("keras.src.layers.core.dense.Dense", "keras.layers.Dense"),
    ("keras.src.ops.numpy.matmul", "keras.ops.matmul"),
    ("keras.src.no_such_module.Thing", "keras.no_such_module.Thing"),
    ("tensorflow.python.ops.math_ops.reduce_sum", "tensorflow.math.reduce_sum"),
    ("tensorflow.python.framework.constant_op.constant", "tensorflow.constant"),
    ("tensorflow.compat.v1.math.add", "tensorflow.math.add"),
    ("tensorflow.compat.v1.reduce_sum", "tensorflow.compat.v1.reduce_sum"),
    ("tensorflow.compat.v1.RaggedTensor.from_row_lengths", "tensorflow.RaggedTensor.from_row_lengths"),
    ("tensorflow.compat.v1.no_such_api", "tensorflow.no_such_api"),
    ("tensorflow.python.keras.layers.Dense", "keras.layers.Dense"),
    ("tensorflow.compat.v2.random.normal", "tensorflow.random.normal"),
    ("tensorflow.compat.v2.keras.Model", "keras.Model"),
    ("tensorflow.keras", "keras"),
    ("tensorflow.math.add", "tensorflow.math.add"),
    ("tensorflow.add", "tensorflow.add"),
    ("tensorflow.kerasx.foo", "tensorflow.kerasx.foo"),
    ("numpy.zeros", "numpy.zeros"),
    ("six.moves.zip", "builtins.zip"),
    ("six.moves.xrange", "builtins.range"),
    ("six.moves.zip_longest", "itertools.zip_longest"),
])
def test_normalize(name, expected):
    assert api.normalize(name) == expected


@pytest.mark.parametrize("name, kind", [
    ("tensorflow.constant", TENSOR),
    ("tensorflow.convert_to_tensor", TENSOR),
    ("tensorflow.Variable", VARIABLE),
    ("tensorflow.compat.v2.Variable", VARIABLE),
    ("tensorflow.zeros", TENSOR), ("tensorflow.ones", TENSOR), ("tensorflow.fill", TENSOR),
    ("tensorflow.eye", TENSOR), ("tensorflow.range", TENSOR), ("tensorflow.linspace", TENSOR),
    ("tensorflow.zeros_like", TENSOR), ("tensorflow.ones_like", TENSOR),
    ("tensorflow.SparseTensor", TENSOR), ("tensorflow.sparse.SparseTensor", TENSOR),
    ("tensorflow.RaggedTensor.from_row_splits", TENSOR), ("tensorflow.ragged.constant", TENSOR),
    ("tensorflow.TensorArray", TENSOR_ARRAY),
    ("tensorflow.TensorShape", SHAPE),
    ("tensorflow.GradientTape", TAPE),
])
def test_constructors(name, kind):
    assert api.call_result(name) == kind


@pytest.mark.parametrize("name, kind", [
    *_params("tensorflow.random", """
        normal uniform truncated_normal categorical shuffle gamma poisson stateless_normal
        stateless_uniform fold_in split""", TENSOR),
    ("tensorflow.random.experimental.stateless_split", TENSOR),
    ("tensorflow.compat.v2.random.normal", TENSOR),
    ("tensorflow.random.Generator", GENERATOR),
    ("tensorflow.random.get_global_generator", GENERATOR),
    ("tensorflow.random.experimental.Generator", GENERATOR),
    ("tensorflow.random.Generator.from_seed", GENERATOR),
    ("tensorflow.random.set_seed", NONE),
    ("tensorflow.random.uniform_candidate_sampler", TENSOR_LIST),
])
def test_random(name, kind):
    assert api.call_result(name) == kind


@pytest.mark.parametrize("name", [
    *[f"tensorflow.math.{n}" for n in """
        add multiply subtract divide square sqrt exp log abs maximum minimum argmax argmin equal
        less greater sigmoid tanh pow cumsum reduce_sum reduce_mean softplus log_softmax
        special.bessel_j0 unsorted_segment_sum""".split()],
    *[f"tensorflow.{n}" for n in """
        add matmul square sqrt exp abs maximum minimum argmax argmin equal less greater where
        clip_by_value sigmoid tanh pow multiply subtract divide einsum tensordot cumsum norm
        logical_and sign round floor""".split()],
])
def test_math_namespaced_and_top_level_aliases(name):
    assert api.call_result(name) == TENSOR
    assert api.call_result(api.normalize("tensorflow.compat.v2" + name[len("tensorflow"):])) == TENSOR


@pytest.mark.parametrize("name, kind", [
    *_params("tensorflow.nn", """
        relu softmax sigmoid conv2d max_pool2d dropout l2_normalize sparse_softmax_cross_entropy_with_logits
        bias_add embedding_lookup gelu silu leaky_relu batch_normalization""", TENSOR),
    ("tensorflow.nn.experimental.stateless_dropout", TENSOR),
    ("tensorflow.nn.moments", TENSOR_LIST), ("tensorflow.nn.top_k", TENSOR_LIST),
    ("tensorflow.nn.RNNCellDropoutWrapper", None),
])
def test_nn(name, kind):
    assert api.call_result(name) == kind


@pytest.mark.parametrize("name, kind", [
    *_params("tensorflow.linalg", "matmul inv det diag trace norm cholesky solve matvec einsum", TENSOR),
    *_params("tensorflow.linalg", "eigh qr svd lu slogdet", TENSOR_LIST),
    ("tensorflow.linalg.LinearOperatorFullMatrix", None),
    ("tensorflow.linalg.LinearOperator", None),
])
def test_linalg(name, kind):
    assert api.call_result(name) == kind


@pytest.mark.parametrize("name", "stft fft rfft irfft frame hann_window mfccs_from_log_mel_spectrograms".split())
def test_signal(name):
    assert api.call_result(f"tensorflow.signal.{name}") == TENSOR


@pytest.mark.parametrize("name, kind", [
    *_params("tensorflow.image", """
        resize flip_left_right random_flip_left_right rgb_to_grayscale convert_image_dtype
        decode_jpeg ssim per_image_standardization crop_to_bounding_box""", TENSOR),
    ("tensorflow.image.sample_distorted_bounding_box", TENSOR_LIST),
    ("tensorflow.image.ResizeMethod", None),
])
def test_image(name, kind):
    assert api.call_result(name) == kind


@pytest.mark.parametrize("name, kind", [
    *_params("tensorflow", """
        shape size rank reshape expand_dims squeeze transpose tile broadcast_to gather gather_nd
        slice strided_slice pad identity stop_gradient boolean_mask sort argsort sequence_mask
        reverse roll ensure_shape""", TENSOR),
    *_params("tensorflow", "split unstack meshgrid dynamic_partition unique shape_n", TENSOR_LIST),
])
def test_shape_ops(name, kind):
    assert api.call_result(name) == kind


@pytest.mark.parametrize("name", [
    "tensorflow.cast", "tensorflow.dtypes.cast", "tensorflow.reshape", "tensorflow.concat",
    "tensorflow.stack", "tensorflow.one_hot", "tensorflow.compat.v2.cast",
])
def test_cast_reshape_concat_stack_one_hot(name):
    assert api.call_result(name) == TENSOR


@pytest.mark.parametrize("suffix", "sum mean max min prod any all logsumexp".split())
@pytest.mark.parametrize("namespace", ["tensorflow", "tensorflow.math"])
def test_reduce(namespace, suffix):
    assert api.call_result(f"{namespace}.reduce_{suffix}") == TENSOR


@pytest.mark.parametrize("namespace", ["keras.ops", "tensorflow.keras.ops", "keras.src.ops"])
@pytest.mark.parametrize("name, kind", [
    ("matmul", TENSOR), ("mean", TENSOR), ("relu", TENSOR), ("convert_to_tensor", TENSOR),
    ("numpy.add", TENSOR), ("nn.softmax", TENSOR), ("where", TENSOR), ("cond", TENSOR),
    ("split", TENSOR_LIST), ("eigh", TENSOR_LIST), ("shape", SHAPE), ("ndim", INT),
    ("is_tensor", BOOL), ("convert_to_numpy", NUMPY), ("custom_gradient", None),
])
def test_keras_ops(namespace, name, kind):
    assert api.call_result(f"{namespace}.{name}") == kind


@pytest.mark.parametrize("namespace", ["tensorflow.keras", "keras", "tf_keras", "tensorflow.python.keras"])
@pytest.mark.parametrize("name, kind", [
    ("layers.Dense", LAYER), ("layers.Conv2D", LAYER), ("layers.LSTM", LAYER),
    ("layers.Dropout", LAYER), ("layers.Lambda", LAYER), ("layers.InputLayer", LAYER),
    ("layers.experimental.preprocessing.Rescaling", LAYER),
    ("layers.add", TENSOR), ("layers.concatenate", TENSOR),
    ("layers.Input", TENSOR), ("Input", TENSOR), ("layers.InputSpec", None),
    ("Model", MODEL), ("Sequential", MODEL), ("models.Model", MODEL),
    ("models.Sequential", MODEL), ("models.load_model", MODEL), ("applications.ResNet50", MODEL),
    ("optimizers.Adam", OPTIMIZER), ("optimizers.SGD", OPTIMIZER),
    ("optimizers.legacy.Adam", OPTIMIZER), ("optimizers.schedules.ExponentialDecay", None),
    ("losses.SparseCategoricalCrossentropy", LOSS), ("losses.MeanSquaredError", LOSS),
    ("losses.sparse_categorical_crossentropy", TENSOR), ("losses.MSE", TENSOR),
    ("losses.Reduction", None),
    ("metrics.Mean", METRIC), ("metrics.SparseCategoricalAccuracy", METRIC),
    ("metrics.binary_accuracy", TENSOR), ("metrics.MAE", TENSOR),
    ("activations.relu", TENSOR), ("activations.get", None),
    ("backend.mean", TENSOR), ("backend.epsilon", FLOAT), ("backend.floatx", STR),
    ("backend.clear_session", NONE),
    ("initializers.GlorotUniform", None), ("regularizers.l2", None),
    ("callbacks.EarlyStopping", None),
    ("utils.image_dataset_from_directory", DATASET), ("utils.to_categorical", NUMPY),
    ("datasets.mnist.load_data", NUMPY),
])
def test_keras_in_each_spelling(namespace, name, kind):
    assert api.call_result(f"{namespace}.{name}") == kind


def test_keras_internal_paths():
    assert api.call_result("keras.src.layers.core.dense.Dense") == LAYER
    assert api.call_result("keras.src.models.sequential.Sequential") == MODEL
    assert api.call_result("keras.src.losses.losses.mean_squared_error") == TENSOR
    assert api.call_result("keras.layers.Dense.build") is None


def test_gradient_tape():
    tape = api.call_result("tensorflow.GradientTape")
    assert tape == TAPE
    assert api.method_result(tape, "__enter__") == TAPE
    assert api.method_result(tape, "gradient") == TENSOR_LIST
    assert api.method_result(tape, "jacobian") == TENSOR
    assert api.method_result(tape, "batch_jacobian") == TENSOR
    assert api.method_result(tape, "watch") == NONE


@pytest.mark.parametrize("name", [
    "tensorflow.data.Dataset.from_tensor_slices", "tensorflow.data.Dataset.from_tensors",
    "tensorflow.data.Dataset.range", "tensorflow.data.Dataset.from_generator",
    "tensorflow.data.Dataset.zip", "tensorflow.data.Dataset.list_files",
    "tensorflow.data.TFRecordDataset", "tensorflow.data.TextLineDataset",
    "tensorflow.data.experimental.make_csv_dataset", "tensorflow.compat.v2.data.Dataset.range",
])
def test_dataset_constructors(name):
    assert api.call_result(name) == DATASET


@pytest.mark.parametrize("method, kind", [
    *[(m, DATASET) for m in """
        map filter batch shuffle take skip repeat prefetch cache padded_batch unbatch zip
        concatenate interleave flat_map window enumerate apply with_options rebatch shard
        ragged_batch bucket_by_sequence_length""".split()],
    ("as_numpy_iterator", NUMPY_ITERATOR), ("__iter__", ITERATOR), ("reduce", TENSOR),
    ("cardinality", TENSOR), ("get_single_element", TENSOR), ("no_such_method", None),
])
def test_dataset_chains(method, kind):
    assert api.method_result(DATASET, method) == kind


def test_dataset_elements():
    chained = api.method_result(api.method_result(api.call_result(
        "tensorflow.data.Dataset.from_tensor_slices"), "shuffle"), "batch")
    assert api.element_result(chained) == TENSOR
    assert api.element_result(api.method_result(chained, "__iter__")) == TENSOR
    assert api.method_result(api.method_result(chained, "__iter__"), "get_next") == TENSOR
    assert api.element_result(api.method_result(chained, "as_numpy_iterator")) == NUMPY
    assert api.attribute_result(chained, "element_spec") == SPEC


@pytest.mark.parametrize("name, kind", [
    ("numpy.zeros", NUMPY), ("numpy.array", NUMPY), ("numpy.random.rand", NUMPY),
    ("numpy.random.normal", NUMPY), ("numpy.linalg.inv", NUMPY), ("numpy.float32", NUMPY),
    ("numpy.random.seed", NONE), ("numpy.random.default_rng", NUMPY_GENERATOR),
    ("numpy.shape", SHAPE), ("numpy.allclose", BOOL), ("numpy.testing.assert_allclose", NONE),
    ("numpy.random", None),
])
def test_numpy(name, kind):
    assert api.call_result(name) == kind


def test_numpy_predicates():
    assert api.is_numpy_api("numpy.zeros")
    assert api.is_numpy_api("numpy.random.rand")
    assert not api.is_numpy_api("numpy.random")
    assert not api.is_numpy_api("tensorflow.experimental.numpy.zeros")
    assert api.method_result(NUMPY_GENERATOR, "normal") == NUMPY
    assert api.method_result(NUMPY, "reshape") == NUMPY
    assert api.attribute_result(NUMPY, "shape") == SHAPE


@pytest.mark.parametrize("name, kind", [
    ("builtins.len", INT), ("builtins.int", INT), ("builtins.float", FLOAT),
    ("builtins.str", STR), ("builtins.bool", BOOL), ("builtins.isinstance", BOOL),
    ("builtins.print", NONE), ("builtins.sum", None), ("builtins.list", None),
])
def test_builtins(name, kind):
    assert api.call_result(name) == kind


@pytest.mark.parametrize("name, argument, receives, traced", [
    ("tensorflow.py_function", (0, None), TENSOR, False),
    ("tensorflow.py_function", (None, "func"), TENSOR, False),
    ("tensorflow.numpy_function", (0, None), NUMPY, False),
    ("tensorflow.map_fn", (0, None), TENSOR, None),
    ("tensorflow.vectorized_map", (None, "fn"), TENSOR, True),
    ("tensorflow.while_loop", (0, None), TENSOR, None),
    ("tensorflow.while_loop", (1, None), TENSOR, None),
    ("tensorflow.cond", (1, None), None, None),
    ("tensorflow.cond", (None, "false_fn"), None, None),
    ("tensorflow.switch_case", (1, None), None, None),
    ("tensorflow.scan", (0, None), TENSOR, None),
    ("tensorflow.foldl", (0, None), TENSOR, None),
    ("tensorflow.foldr", (0, None), TENSOR, None),
    ("tensorflow.compat.v2.map_fn", (0, None), TENSOR, None),
    ("tensorflow.keras.layers.Lambda", (0, None), TENSOR, None),
    ("keras.ops.fori_loop", (2, None), TENSOR, None),
])
def test_higher_order_apis(name, argument, receives, traced):
    higher_order = api.higher_order_api(name)
    assert higher_order is not None and higher_order.traced is traced
    callback = higher_order.get_callback(*argument)
    assert callback is not None
    assert callback.get_parameter_kind(0) == receives


def test_higher_order_details():
    assert api.higher_order_api("tensorflow.switch_case").get_callback(None, "branch_fns").many
    assert api.higher_order_api("tensorflow.cond").get_callback(0, None) is None  # `pred`
    assert api.higher_order_api("tensorflow.constant") is None
    assert all(isinstance(entry, api.HigherOrderApi) for entry in api.HIGHER_ORDER_APIS.values())


@pytest.mark.parametrize("method, position, kinds", [
    ("map", 0, (TENSOR, TENSOR)), ("filter", 0, (TENSOR,)), ("flat_map", 0, (TENSOR,)),
    ("interleave", 0, (TENSOR,)), ("reduce", 1, (TENSOR, TENSOR)), ("scan", 1, (TENSOR, TENSOR)),
    ("group_by_window", 1, (TENSOR, DATASET)), ("apply", 0, (DATASET,)),
])
def test_dataset_higher_order_methods(method, position, kinds):
    higher_order = api.higher_order_method(DATASET, method)
    callback = higher_order.get_callback(position, None)
    assert [callback.get_parameter_kind(i) for i in range(len(kinds))] == list(kinds)
    assert higher_order.traced is (None if method == "apply" else True)
    assert api.higher_order_method(DATASET, "batch") is None
    assert api.higher_order_method(TENSOR, "map") is None


@pytest.mark.parametrize("receiver, method, kind", [
    (TENSOR, "numpy", NUMPY), (TENSOR, "get_shape", SHAPE), (TENSOR, "set_shape", NONE),
    (TENSOR, "__array__", NUMPY), (TENSOR, "assign", None),
    (VARIABLE, "assign", TENSOR), (VARIABLE, "assign_add", TENSOR), (VARIABLE, "assign_sub", TENSOR),
    (VARIABLE, "read_value", TENSOR), (VARIABLE, "numpy", NUMPY),
    (LAYER, "__call__", TENSOR), (MODEL, "__call__", TENSOR), (MODEL, "predict", NUMPY),
    (MODEL, "predict_on_batch", NUMPY), (MODEL, "fit", None), (MODEL, "evaluate", FLOAT),
    (MODEL, "train_on_batch", FLOAT), (MODEL, "get_weights", NUMPY), (LAYER, "predict", None),
    (OPTIMIZER, "apply_gradients", NONE), (OPTIMIZER, "minimize", NONE),
    (LOSS, "__call__", TENSOR), (METRIC, "__call__", TENSOR), (METRIC, "result", TENSOR),
    (METRIC, "update_state", NONE), (METRIC, "reset_state", NONE),
    (GENERATOR, "normal", TENSOR), (GENERATOR, "uniform", TENSOR),
    (TENSOR_ARRAY, "write", TENSOR_ARRAY), (TENSOR_ARRAY, "stack", TENSOR),
    (SHAPE, "num_elements", INT), ("no_such_kind", "numpy", None),
])
def test_method_results(receiver, method, kind):
    assert api.method_result(receiver, method) == kind


@pytest.mark.parametrize("receiver, attribute, kind", [
    (TENSOR, "shape", SHAPE), (TENSOR, "dtype", DTYPE), (TENSOR, "T", TENSOR),
    (VARIABLE, "trainable", BOOL), (VARIABLE, "shape", SHAPE),
    (LAYER, "trainable_variables", TENSOR_LIST), (MODEL, "trainable_variables", TENSOR_LIST),
    (MODEL, "trainable_weights", TENSOR_LIST), (MODEL, "variables", TENSOR_LIST),
    (MODEL, "weights", TENSOR_LIST), (MODEL, "optimizer", OPTIMIZER), (LAYER, "kernel", VARIABLE),
    (LAYER, "optimizer", None), (OPTIMIZER, "iterations", VARIABLE), (SHAPE, "rank", INT),
    (DTYPE, "name", STR), (TENSOR, "no_such_attribute", None),
])
def test_attribute_results(receiver, attribute, kind):
    assert api.attribute_result(receiver, attribute) == kind


@pytest.mark.parametrize("kind, element", [
    (TENSOR, TENSOR), (VARIABLE, TENSOR), (TENSOR_LIST, TENSOR), (DATASET, TENSOR),
    (ITERATOR, TENSOR), (NUMPY_ITERATOR, NUMPY), (NUMPY, NUMPY), (SHAPE, INT), (MODEL, None),
])
def test_element_results(kind, element):
    assert api.element_result(kind) == element


@pytest.mark.parametrize("name, kind", [
    ("tensorflow.float32", DTYPE), ("tensorflow.dtypes.int64", DTYPE), ("tensorflow.newaxis", NONE),
    ("tensorflow.data.AUTOTUNE", INT), ("numpy.pi", FLOAT), ("tensorflow.keras.layers", MODULE),
    ("tensorflow.math", MODULE), ("numpy.random", MODULE), ("tensorflow.constant", None),
])
def test_value_results(name, kind):
    assert api.value_result(name) == kind


@pytest.mark.parametrize("name, kind", [
    ("tensorflow.Tensor", TENSOR), ("tensorflow.Variable", VARIABLE),
    ("tensorflow.RaggedTensor", TENSOR), ("tensorflow.SparseTensor", TENSOR),
    ("tensorflow.TensorSpec", TENSOR), ("tensorflow.data.Dataset", DATASET),
    ("tensorflow.keras.Model", MODEL), ("numpy.ndarray", NUMPY), ("builtins.int", INT),
    ("builtins.list", None),
])
def test_annotation_results(name, kind):
    assert api.annotation_result(name) == kind


@pytest.mark.parametrize("name, expected", [
    ("tensorflow.math.add", True), ("tensorflow.nn.relu", True), ("tensorflow.linalg.qr", True),
    ("tensorflow.signal.stft", True), ("tensorflow.image.resize", True),
    ("tensorflow.random.normal", True), ("tensorflow.strings.lower", True),
    ("tensorflow.sparse.to_dense", True), ("tensorflow.keras.ops.matmul", True),
    ("keras.ops.numpy.add", True), ("tensorflow.experimental.numpy.zeros", True),
    ("tensorflow.compat.v2.math.add", True),
    ("tensorflow.random.Generator", False), ("tensorflow.random.set_seed", False),
    ("tensorflow.math", False), ("keras.ops.shape", False), ("tensorflow.add", False),
    ("tensorflow.random.Generator.normal", False), ("tensorflow.mathx.add", False),
])
def test_is_tensor_api_family(name, expected):
    assert api.is_tensor_api_family(name) is expected


@pytest.mark.parametrize("name", [
    "tensorflow.function", "tensorflow.print", "tensorflow.TensorSpec", "tensorflow.config.list_physical_devices",
    "tensorflow.config.run_functions_eagerly", "tensorflow.config.experimental.set_memory_growth",
    "tensorflow.summary.scalar", "tensorflow.summary.create_file_writer", "numpy.zeros",
    "numpy.random.rand", "tensorflow.random.Generator", "tensorflow.random.set_seed",
    "tensorflow.no_such_api", "mylib.constant", "tensorflow.math", "tensorflow.nest.map_structure",
    "tensorflow.keras.initializers.Zeros", "tensorflow.Module", "tensorflow.name_scope",
    "tensorflow.keras.optimizers.Adam", "tensorflow.executing_eagerly", "builtins.len",
    "tensorflow.debugging.assert_equal", "tensorflow.random.Generator.normal", "",
])
def test_negatives_are_not_tensors(name):
    assert not api.is_tensor_like(api.call_result(name))


@pytest.mark.parametrize("name, kind", [
    ("tensorflow.function", None), ("tensorflow.print", NONE), ("tensorflow.TensorSpec", SPEC),
    ("tensorflow.summary.scalar", NONE), ("tensorflow.config.list_physical_devices", None),
    ("tensorflow.no_such_api", None), ("keras.layers.no_such_function", None),
    ("something.else", None),
])
def test_negative_kinds(name, kind):
    assert api.call_result(name) == kind


def test_every_result_is_a_known_kind():
    tables = [api.CALL_RESULTS, api.NUMPY_CALL_RESULTS, api.KERAS_LAYER_FUNCTIONS,
              api.VALUE_RESULTS, api.ANNOTATION_RESULTS, api.ELEMENT_RESULTS,
              *api.TENSOR_FAMILIES.values(), *api.KERAS_NAMESPACES.values(),
              *api.METHOD_RESULTS.values(), *api.ATTRIBUTE_RESULTS.values()]
    kinds = {kind for table in tables for kind in table.values()} - {None}
    assert kinds <= api.KINDS
    assert set(api.METHOD_RESULTS) | set(api.ATTRIBUTE_RESULTS) <= api.KINDS


def test_catalogue_never_imports_libraries():
    tree = ast.parse(Path(api.__file__).read_text())
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom)}
    assert not imported & {"tensorflow", "keras", "tf_keras", "numpy"}


# -- Against the installed TensorFlow ---------------------------------------------------------------

#: Names the catalogue says return tensors (or tensor lists), spelled as user code spells them.
TENSOR_SAMPLE = """
    constant convert_to_tensor random.normal random.uniform random.stateless_normal math.add
    math.reduce_std math.top_k add matmul reduce_sum reduce_logsumexp square where clip_by_value
    einsum tensordot cumsum nn.relu nn.softmax_cross_entropy_with_logits nn.moments linalg.matmul
    linalg.eigh signal.stft image.resize shape size rank reshape expand_dims squeeze transpose
    tile broadcast_to gather_nd strided_slice pad split unstack one_hot cast concat stack
    sequence_mask meshgrid dynamic_partition boolean_mask unique strings.lower sparse.from_dense
    ragged.constant experimental.numpy.zeros keras.ops.matmul keras.ops.numpy.add keras.ops.softmax
    keras.activations.relu keras.losses.sparse_categorical_crossentropy keras.layers.add
    keras.backend.mean""".split()


def _tensorflow():
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"
    return pytest.importorskip("tensorflow")


def _resolve(tf, qualified_name: str):
    """`tensorflow.random.normal` -> tf.random.normal, by attribute reads; None when missing."""
    value = tf
    for part in qualified_name.split(".")[1:]:
        value = getattr(value, part, None)
        if value is None:
            return None
    return value


def test_tensor_sample_exists_in_installed_tensorflow():
    tf = _tensorflow()
    names = ["tensorflow." + name for name in TENSOR_SAMPLE]
    assert len(names) >= 40
    assert all(api.is_tensor_like(api.call_result(name)) for name in names), \
        [name for name in names if not api.is_tensor_like(api.call_result(name))]
    missing = [name for name in names if not callable(_resolve(tf, name))]
    assert not missing


def test_every_explicit_tensorflow_name_exists_in_installed_tensorflow():
    tf = _tensorflow()
    names = [name for name in api.CALL_RESULTS if name.startswith("tensorflow.")]
    names += [name for name in api.HIGHER_ORDER_APIS if name.startswith("tensorflow.")]
    missing = [name for name in names if _resolve(tf, name) is None]
    assert not missing


def _iter_names(module, depth: int = 0):
    """Names in a module and its public submodules, two levels down."""
    for name in dir(module):
        yield name
        value = getattr(module, name, None)
        if depth < 2 and not name.startswith("_") and type(value).__name__ == "module":
            yield from _iter_names(value, depth + 1)


@pytest.mark.parametrize("namespace", sorted(api.TENSOR_FAMILIES))
def test_family_exceptions_exist_in_installed_libraries(namespace):
    tf = _tensorflow()
    root = tf if namespace.startswith("tensorflow.") else pytest.importorskip("keras")
    names = set(_iter_names(_resolve(root, namespace)))
    assert not [name for name in api.TENSOR_FAMILIES[namespace] if name not in names]


#: Keras 2 names (`tf_keras`, TensorFlow <= 2.15) that Keras 3 dropped.
KERAS_2_ONLY = frozenset({"MeanRelativeError", "MeanTensor"})


@pytest.mark.parametrize("namespace", ["losses", "metrics", "optimizers", "layers"])
def test_keras_names_exist_in_installed_keras(namespace):
    tf = _tensorflow()
    table = api.KERAS_LAYER_FUNCTIONS if namespace == "layers" else api.KERAS_NAMESPACES[namespace]
    keras = pytest.importorskip("keras")
    modules = (getattr(tf.keras, namespace), getattr(keras, namespace))  # their aliases differ
    missing = [name for name in table
               if name not in KERAS_2_ONLY and not any(hasattr(module, name) for module in modules)]
    assert not missing
