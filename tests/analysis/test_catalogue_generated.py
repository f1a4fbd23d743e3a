"""The generated API catalogue (SPEC 4.9): current with the installed TensorFlow and Keras, and
reaching every path they expose through the engine's queries."""
from __future__ import annotations

import ast
import os
import textwrap
from pathlib import Path

import pytest

from hybridize_analysis.engine import analyse_path
from hybridize_analysis.tensors import catalogue as api
from hybridize_analysis.tensors import catalogue_data
from hybridize_analysis.tensors.catalogue import (
    DATASET, GENERATOR, LAYER, METRIC, MODEL, NONE, OPTIMIZER, TENSOR, TENSOR_LIST, VARIABLE,
)
from hybridize_analysis.tensors.generate_catalogue import DATA_MODULE, REGENERATE


@pytest.fixture(scope="session")
def generated() -> str:
    """The data module's text regenerated from the installed libraries (TensorFlow imported once)."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    pytest.importorskip("tensorflow")
    pytest.importorskip("keras")
    from hybridize_analysis.tensors.generate_catalogue import generate

    return generate()


def test_checked_in_data_is_current(generated):
    current = DATA_MODULE.read_text(encoding="utf-8")
    assert current == generated, f"{DATA_MODULE.name} is stale; regenerate it with: {REGENERATE}"


def test_generator_main_checks_and_writes(tmp_path, generated, monkeypatch, capsys):
    from hybridize_analysis.tensors import generate_catalogue

    monkeypatch.setattr(generate_catalogue, "generate", lambda: generated)
    out = tmp_path / "catalogue_data.py"
    assert generate_catalogue.main(["--check", "--output", str(out)]) == 1
    assert REGENERATE in capsys.readouterr().err
    assert generate_catalogue.main(["--output", str(out)]) == 0
    assert generate_catalogue.main(["--check", "--output", str(out)]) == 0


def test_data_is_sorted_and_unique():
    generated = api.get_generated()
    lines = [line.split() for line in catalogue_data.ENTRIES.splitlines() if line.strip()]
    primaries = [fields[1] for fields in lines]
    assert primaries == sorted(primaries) and len(set(primaries)) == len(primaries)
    kinds = [fields[0].partition("@") for fields in lines]
    assert all(kind == "-" or kind in api.KINDS for kind, _, _ in kinds)
    assert all(position in ("", "k") or position.isdigit() for _, _, position in kinds)
    assert not set(generated.aliases) & set(generated.kinds), "an alias is also a primary name"
    assert len(generated.kinds) > 3000 and len(generated.aliases) > 8000


def test_engine_does_not_import_the_generator_or_libraries():
    for module in (api, catalogue_data):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not {name.split(".")[0] for name in imported} & {"tensorflow", "keras", "numpy"}
        assert "generate_catalogue" not in " ".join(imported)


@pytest.mark.parametrize("name", [
    "tensorflow.python.ops.math_ops.reduce_sum",
    "tensorflow.python.framework.constant_op.constant",
    "tensorflow.python.ops.gen_math_ops.add_v2",
    "tensorflow.python.ops.array_ops.reshape",
    "tensorflow.compat.v1.reduce_sum",
    "tensorflow.compat.v1.math.add",
    "tensorflow.compat.v1.placeholder",
    "tensorflow.compat.v2.reduce_sum",
    "tensorflow.RaggedTensor.from_row_lengths",
    "tensorflow.compat.v1.RaggedTensor.from_row_lengths",
    "tensorflow.python.ops.ragged.ragged_tensor.RaggedTensor.from_row_splits",
    "tensorflow.SparseTensor",
    "tensorflow.sparse.SparseTensor.from_value",
    "tensorflow.experimental.StructuredTensor",
    "tensorflow.raw_ops.AddV2",
    "keras.ops.matmul",
    "keras.src.ops.numpy.matmul",
    "tensorflow.keras.ops.matmul",
    "keras.random.normal",
    "keras.src.random.random.normal",
])
def test_known_tensor_producers(name):
    assert api.is_tensor_like(api.call_result(name)), (name, api.normalize(name), api.call_result(name))


@pytest.mark.parametrize("name, kind", [
    ("tensorflow.Variable", VARIABLE),
    ("tensorflow.python.ops.variables.Variable", VARIABLE),
    ("keras.Variable", VARIABLE),
    ("tensorflow.data.Dataset.from_tensor_slices", DATASET),
    ("tensorflow.python.data.ops.dataset_ops.DatasetV2.from_tensor_slices", DATASET),
    ("tensorflow.compat.v1.data.Dataset.range", DATASET),
    ("tensorflow.random.Generator.from_seed", GENERATOR),
    ("keras.src.layers.core.dense.Dense", LAYER),
    ("keras.src.models.sequential.Sequential", MODEL),
    ("keras.src.optimizers.adam.Adam", OPTIMIZER),
    ("keras.src.metrics.reduction_metrics.Mean", METRIC),
    ("tensorflow.python.ops.logging_ops.print_v2", NONE),
    ("tensorflow.python.ops.array_ops.split", TENSOR_LIST),
    ("tensorflow.python.ops.gen_array_ops.unique", TENSOR_LIST),
    ("tensorflow.python.ops.gen_logging_ops.print_v2", NONE),
])
def test_kinds_through_every_path(name, kind):
    assert api.call_result(name) == kind


@pytest.mark.parametrize("name", [
    "tensorflow.function", "tensorflow.python.eager.polymorphic_function.polymorphic_function.function",
    "tensorflow.is_symbolic_tensor", "tensorflow.make_ndarray", "tensorflow.linalg.LinearOperatorFullMatrix",
    "tensorflow.python.ops.linalg.linear_operator_full_matrix.LinearOperatorFullMatrix",
    "tensorflow.nn.RNNCellDropoutWrapper", "tensorflow.Module", "keras.losses.get", "keras.initializers.Zeros",
])
def test_generated_negatives(name):
    assert not api.is_tensor_like(api.call_result(name))


@pytest.mark.parametrize("name, position", [
    ("tensorflow.sqrt", 1), ("tensorflow.math.sqrt", 1), ("tensorflow.reduce_sum", 3),
    ("tensorflow.python.ops.math_ops.reduce_sum", 3), ("tensorflow.cast", 2), ("tensorflow.constant", 3),
    ("tensorflow.compat.v1.reduce_sum", 3), ("numpy.sqrt", None), ("builtins.print", None),
])
def test_where_operations_take_their_name(name, position):
    """The position of an op's `name` parameter, from the installed TensorFlow's signatures."""
    assert api.name_parameter(name) == position


@pytest.mark.parametrize("method, owner", [
    ("assign_add", ("tensorflow.Variable", VARIABLE)),
    ("scatter_nd_update", ("tensorflow.Variable", VARIABLE)),
    ("row_lengths", ("tensorflow.RaggedTensor", TENSOR)),
    ("is_compatible_with", ("tensorflow.TensorShape", "shape")),
    ("as_list", ("tensorflow.TensorShape", "shape")),
    ("apply_gradients", ("keras.optimizers.Optimizer", OPTIMIZER)),
    ("experimental_local_results", ("tensorflow.distribute.Strategy", "strategy")),
])
def test_methods_only_tensorflow_has(method, owner):
    assert api.method_owner(method) == owner


@pytest.mark.parametrize("method", [
    "copy", "count", "index", "get", "items", "numpy", "update", "save", "build", "call", "result", "run",
    "scope", "write", "read", "reset", "flatten", "__call__", "_distribute_strategy",
])
def test_common_method_names_say_nothing(method):
    """Names a list, dict or str has, or that ordinary classes often define, are not conventions."""
    assert api.method_owner(method) is None


def _has_tensor_parameter(tmp_path, source: str, function: str = "step") -> bool | None:
    path = tmp_path / "program.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    analysis = analyse_path(path)
    result = next(r for r in analysis.results if r.function.qualname == function)
    return result.properties["has_tensor_parameter"]


@pytest.mark.parametrize("source", [
    """
    import tensorflow.compat.v1 as tf

    def step(x):
        return x * 2

    step(tf.reduce_sum(tf.ones([3])))
    """,
    """
    from tensorflow.python.ops import math_ops

    def step(x):
        return x * 2

    step(math_ops.reduce_sum([1.0, 2.0]))
    """,
    """
    from tensorflow.python.framework import constant_op

    def step(x):
        return x * 2

    step(constant_op.constant([1.0]))
    """,
    """
    import tensorflow as tf

    def step(x):
        return x * 2

    step(tf.compat.v1.RaggedTensor.from_row_lengths([1, 2, 3], [2, 1]))
    """,
    """
    import keras

    def step(x):
        return x * 2

    step(keras.random.normal((2, 2)))
    """,
])
def test_analysis_sees_tensors_from_every_path(tmp_path, source):
    assert _has_tensor_parameter(tmp_path, source) is True
