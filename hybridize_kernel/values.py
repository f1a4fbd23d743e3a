"""What a live value is, in the words of the engine's API catalogue.

The kernel never imports TensorFlow, Keras or NumPy itself: if the user has not imported them,
no such objects can exist, so the classes are looked up in `sys.modules` only, and re-read when
the set of imported libraries changes.
"""
from __future__ import annotations

import sys
import types

from hybridize_analysis.facts import ArgumentFact

#: Strings longer than this are described by their type only (their value is not worth keeping).
SHORT_STRING = 40
#: How many elements of a container are looked at to tell whether it holds a tensor.
CONTAINER_PEEK = 8

_SCALARS = {int: "int", float: "float", bool: "bool", str: "str", type(None): "none"}
_CONTAINERS = {tuple: "tuple", list: "list", dict: "dict"}


class Kinds:
    """Classes of the imported libraries by catalogue kind, most specific first."""

    def __init__(self) -> None:
        self._modules: tuple = ()
        self._table: list[tuple[str, tuple[type, ...]]] = []
        self.tensor_types: tuple[type, ...] = ()
        self.variable_types: tuple[type, ...] = ()
        self.array_types: tuple[type, ...] = ()

    def refresh(self) -> None:
        """Re-read the classes when TensorFlow, Keras or NumPy was imported since the last call."""
        modules = tuple(sys.modules.get(name) for name in ("tensorflow", "keras", "tf_keras", "numpy"))
        if modules == self._modules:
            return
        self._modules = modules
        tf, keras, tf_keras, np = modules
        table: dict[str, list[type]] = {}

        def add(kind: str, owner, *path: str) -> None:
            value = owner
            for part in path:
                value = getattr(value, part, None) if value is not None else None
            if isinstance(value, type):
                table.setdefault(kind, []).append(value)

        for k in (keras, tf_keras):
            add("variable", k, "Variable")
            add("tensor", k, "KerasTensor")
            add("model", k, "Model")
            add("layer", k, "layers", "Layer")
            add("optimizer", k, "optimizers", "Optimizer")
            add("loss", k, "losses", "Loss")
            add("metric", k, "metrics", "Metric")
        if tf is not None:
            add("variable", tf, "Variable")
            add("tensor", tf, "Tensor")
            for name in ("RaggedTensor", "SparseTensor"):
                add("tensor", tf, name)
            add("dataset", tf, "data", "Dataset")
            add("iterator", tf, "data", "Iterator")
            add("tape", tf, "GradientTape")
            add("generator", tf, "random", "Generator")
            add("tensor_array", tf, "TensorArray")
            add("spec", tf, "TypeSpec")
            add("dtype", tf, "DType")
            add("shape", tf, "TensorShape")
            add("strategy", tf, "distribute", "Strategy")
        if np is not None:
            add("numpy", np, "ndarray")
            add("numpy", np, "generic")
            add("numpy_generator", np, "random", "Generator")
            add("numpy_generator", np, "random", "RandomState")
        order = ("variable", "tensor", "model", "layer", "optimizer", "loss", "metric", "dataset", "iterator",
                 "tape", "generator", "tensor_array", "spec", "dtype", "shape", "strategy", "numpy",
                 "numpy_generator")
        self._table = [(kind, tuple(table[kind])) for kind in order if kind in table]
        self.variable_types = tuple(table.get("variable", ()))
        self.tensor_types = tuple(table.get("tensor", ()))
        self.array_types = tuple(table.get("numpy", ()))

    def kind_of(self, value) -> str | None:
        """The catalogue kind of a library object ("tensor", "model" ...), None for anything else."""
        for kind, classes in self._table:
            if isinstance(value, classes):
                return kind
        return None


KINDS = Kinds()


def get_tensorflow():
    """The tensorflow module if the user imported it, else None (we never import it)."""
    return sys.modules.get("tensorflow")


def is_tf_function(value) -> bool:
    """Whether `value` is a `tf.function` object (a "hybrid" function)."""
    tf = get_tensorflow()
    if tf is None:
        return False
    generic = getattr(getattr(getattr(tf, "types", None), "experimental", None), "GenericFunction", None)
    return isinstance(generic, type) and isinstance(value, generic) and hasattr(value, "python_function")


def module_name(module: types.ModuleType) -> str:
    """The public dotted name of a module: `tensorflow._api.v2.math` is `tensorflow.math`."""
    name = getattr(module, "__name__", "") or ""
    for private in ("tensorflow._api.v2.compat.v2", "tensorflow._api.v2", "tensorflow._api.v1"):
        if name == private or name.startswith(private + "."):
            return "tensorflow" + name[len(private):]
    return name


def describe_argument(value) -> ArgumentFact:
    """An argument as the engine reads it: tensors by dtype and shape, scalars by value.

    Cheap by design (it runs on every observed call): no copies, and containers are only peeked at.
    """
    kind = _SCALARS.get(type(value))
    if kind is not None:
        if kind == "str" and len(value) > SHORT_STRING:
            return ArgumentFact("str", "str")
        return ArgumentFact(kind, type(value).__name__, value=None if kind == "none" else value)
    KINDS.refresh()
    container = _CONTAINERS.get(type(value))
    if container is not None or isinstance(value, (tuple, list, dict)):
        container = container or next(k for t, k in _CONTAINERS.items() if isinstance(value, t))
        return ArgumentFact(container, type(value).__qualname__, holds_tensor=_holds_tensor(value))
    if KINDS.variable_types and isinstance(value, KINDS.variable_types):
        return ArgumentFact("variable", type(value).__qualname__, *_dtype_and_shape(value))
    if KINDS.tensor_types and isinstance(value, KINDS.tensor_types):
        return ArgumentFact("tensor", type(value).__qualname__, *_dtype_and_shape(value))
    if KINDS.array_types and isinstance(value, KINDS.array_types):
        return ArgumentFact("numpy", type(value).__qualname__, str(value.dtype), tuple(value.shape))
    kind = KINDS.kind_of(value)
    return ArgumentFact(kind or "other", type(value).__qualname__)


def quick_key(value):
    """A cheap hashable key equal for arguments that `describe_argument` describes alike, so a
    signature seen before costs a set lookup instead of a description. None: not cacheable."""
    kind = type(value)
    if kind in _SCALARS:
        return (kind, value) if kind is not str or len(value) <= SHORT_STRING else (kind, None)
    if kind in _CONTAINERS or isinstance(value, (tuple, list, dict)):
        return None
    shape, dtype = getattr(value, "shape", None), getattr(value, "dtype", None)
    return (kind, dtype, shape) if shape is not None and dtype is not None else kind


def _dtype_and_shape(value) -> tuple[str | None, tuple | None]:
    dtype = getattr(value, "dtype", None)
    dtype = dtype if isinstance(dtype, str) else getattr(dtype, "name", None)
    shape = getattr(value, "shape", None)
    try:
        dims = None if shape is None or getattr(shape, "rank", 0) is None else tuple(shape)
    except (TypeError, ValueError):
        dims = None
    return dtype, dims


def _holds_tensor(value, depth: int = 0) -> bool:
    items = value.values() if isinstance(value, dict) else value
    for index, item in enumerate(items):
        if index >= CONTAINER_PEEK:
            break
        if isinstance(item, (tuple, list, dict)):
            if depth < 1 and _holds_tensor(item, depth + 1):
                return True
        elif _SCALARS.get(type(item)) is None and (
                isinstance(item, KINDS.tensor_types + KINDS.variable_types + KINDS.array_types)):
            return True
    return False
