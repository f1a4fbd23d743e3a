"""An `input_signature` inferred from the code (P4 without observed calls): the dtypes and static
shapes the call sites of a hybrid function pass, where the code states them.

A tensor argument's spec is known when it is made by a TensorFlow constructor with a literal shape
(`tf.zeros([64, 10])`, `tf.random.normal((32, 784))`, `tf.constant([[1.0, 2.0]])`,
`tf.ragged.constant([[1, 2], [3]])`, `tf.sparse.SparseTensor(..., dense_shape=[3, 4])`), a cast or a
`*_like` of one, a tuple or list of them, or a name bound to one. When every call site passes every
tensor parameter such a spec, of one dtype and rank per parameter, and some axis differs between
them, the function traces once per shape: a signature with `None` on the differing axes traces once.
Parameters no call site passes and that have a default (Keras' `training`, `mask`) are left out of
it, which keeps them at their default.
"""
from __future__ import annotations

from dataclasses import dataclass

from parso.tree import NodeOrLeaf

from ..callgraph import CallGraph, CallSite
from ..model import FunctionInfo
from ..model.scopes import Assignment
from ..syntax import is_call_trailer, is_comprehension, iter_call_arguments
from . import catalogue as api
from .dataflow import Dataflow
from .values import EXTERNAL


@dataclass(frozen=True)
class Spec:
    """A tensor's dtype and static shape; `kind` says which spec describes it."""

    dtype: str
    shape: tuple[int | None, ...]
    kind: str = "TensorSpec"  # or "RaggedTensorSpec", "SparseTensorSpec"
    ragged_rank: int | None = None


@dataclass(frozen=True)
class Nested:
    """A tuple or list of tensors passed as one argument: a nested signature."""

    bracket: str  # "(" or "["
    items: tuple


#: Constructors: (index of the shape argument, index of the dtype argument or None, default dtype).
_CONSTRUCTORS = {
    "tensorflow.zeros": (0, 1, "float32"), "tensorflow.ones": (0, 1, "float32"),
    "tensorflow.random.normal": (0, None, "float32"), "tensorflow.random.uniform": (0, None, "float32"),
    "tensorflow.random.truncated_normal": (0, None, "float32"),
}
_LIKE = frozenset({"tensorflow.zeros_like", "tensorflow.ones_like", "tensorflow.identity"})
_MAX_DEPTH = 4


def static_spec(dataflow: Dataflow, node: NodeOrLeaf, depth: int = 0) -> Spec | Nested | None:
    """The dtype and static shape of a tensor expression, when the code states them."""
    if depth > _MAX_DEPTH:
        return None
    if node.type == "atom" and node.children[0].value in "([" and len(node.children) == 3 \
            and node.children[1].type == "testlist_comp" and not is_comprehension(node.children[1]):
        items = tuple(static_spec(dataflow, item, depth + 1) for item in node.children[1].children[::2])
        return Nested(node.children[0].value, items) if items and None not in items else None
    if node.type == "name":
        value = assigned_value(dataflow, node)
        return static_spec(dataflow, value, depth + 1) if value is not None else None
    children = getattr(node, "children", ())
    if node.type not in ("atom_expr", "power") or len(children) < 2 or not is_call_trailer(children[-1]):
        return None
    name = called_library(dataflow, node)
    arguments = list(iter_call_arguments(children[-1]))
    positional = [argument for keyword, argument in arguments if keyword is None]
    keywords = {keyword: argument for keyword, argument in arguments if keyword is not None}
    if name in _CONSTRUCTORS:
        shape_at, dtype_at, default = _CONSTRUCTORS[name]
        shape_node = keywords.get("shape", positional[shape_at] if shape_at < len(positional) else None)
        given = dtype_node(arguments, dtype_at)
        shape = literal_shape(shape_node) if shape_node is not None else None
        dtype = dtype_name(dataflow, given) if given is not None else default
        return Spec(dtype, shape) if shape is not None and dtype is not None else None
    if name == "tensorflow.constant" and positional:
        shape, kind = _literal_array(positional[0])
        given = dtype_node(arguments, 1)
        dtype = dtype_name(dataflow, given) if given is not None else kind
        return Spec(dtype, shape) if shape is not None and dtype is not None else None
    if name in ("tensorflow.cast", "tensorflow.dtypes.cast") and len(positional) >= 1:
        inner = static_spec(dataflow, positional[0], depth + 1)
        given = dtype_node(arguments, 1)
        dtype = dtype_name(dataflow, given) if given is not None else None
        return Spec(dtype, inner.shape) if inner is not None and dtype is not None else None
    if name in _LIKE and positional:
        return static_spec(dataflow, positional[0], depth + 1)
    if name == "tensorflow.ragged.constant" and positional and "dtype" not in keywords:
        return _ragged_constant(positional[0])
    if name in ("tensorflow.sparse.SparseTensor", "tensorflow.SparseTensor"):
        values = keywords.get("values", positional[1] if len(positional) > 1 else None)
        dense_shape = keywords.get("dense_shape", positional[2] if len(positional) > 2 else None)
        shape = literal_shape(dense_shape) if dense_shape is not None else None
        _, dtype = _literal_array(values) if values is not None else (None, None)
        return Spec(dtype, shape, "SparseTensorSpec") if shape is not None and dtype is not None else None
    return None


def _ragged_constant(node: NodeOrLeaf) -> Spec | None:
    """`tf.ragged.constant([[1, 2], [3]])`: ragged on every nested level (its default ragged_rank)."""
    depth, kind, current = 0, None, node
    while current.type == "atom" and current.children[0].value in "[(" and len(current.children) == 3:
        inner = current.children[1]
        depth += 1
        current = inner.children[0] if inner.type == "testlist_comp" else inner
    if depth < 2:
        return None
    _, kind = _literal_array(current)
    outer = node.children[1]
    length = len(outer.children[::2]) if outer.type == "testlist_comp" else 1
    return Spec(kind, (length, *([None] * (depth - 1))), "RaggedTensorSpec", depth - 1) if kind else None


def infer_input_signature(dataflow: Dataflow, graph: CallGraph, function: FunctionInfo, tf_alias: str
                          ) -> tuple[str, list[str]] | None:
    """(the `input_signature` source, the shapes seen, for the message) when every call site of
    `function` passes every tensor parameter a known spec, one dtype and rank per parameter, and
    the shapes differ; None otherwise."""
    params = function.get_params()
    if any(param.star_count for param in params):
        return None
    offset = 1 if function.cls is not None and params and params[0].name.value in ("self", "cls") else 0
    sites = graph.get_callers(function)
    if len(sites) < 2 or any(site.targets.get(function) not in ("direct", "method") for site in sites):
        return None
    per_site = [_arguments_by_parameter(site, params, offset) for site in sites]
    if any(bound is None for bound in per_site):
        return None
    passed = [index for index in range(offset, len(params)) if any(index in bound for bound in per_site)]
    if any(params[index].default is None and any(index not in bound for bound in per_site) for index in passed):
        return None  # a required parameter some site does not pass: not a call we understand
    if passed != list(range(offset, offset + len(passed))):
        return None  # a signature covers the leading parameters only
    specs_by_parameter = []
    for index in passed:
        specs = [static_spec(dataflow, bound[index]) if index in bound else None for bound in per_site]
        if any(spec is None for spec in specs) or len({_structure(spec) for spec in specs}) != 1:
            return None
        specs_by_parameter.append(specs)
    if all(len(set(specs)) == 1 for specs in specs_by_parameter):
        return None  # one shape per parameter: one trace, nothing to gain
    parts = [render_spec(merge_specs(specs), tf_alias) for specs in specs_by_parameter]
    seen = [", ".join(sorted({_describe(spec) for spec in specs})) for specs in specs_by_parameter]
    return "[" + ", ".join(parts) + "]", seen


def _structure(spec):
    """What must agree between call sites: nesting, kinds, dtypes and ranks (not sizes)."""
    if isinstance(spec, Nested):
        return spec.bracket, tuple(_structure(item) for item in spec.items)
    return spec.kind, spec.dtype, len(spec.shape), spec.ragged_rank


def merge_specs(specs):
    """One spec covering all of them: `None` on every axis whose size differs."""
    first = specs[0]
    if isinstance(first, Nested):
        return Nested(first.bracket,
                      tuple(merge_specs([spec.items[i] for spec in specs]) for i in range(len(first.items))))
    dims = tuple(sizes.pop() if len(sizes := {spec.shape[axis] for spec in specs}) == 1 else None
                 for axis in range(len(first.shape)))
    return Spec(first.dtype, dims, first.kind, first.ragged_rank)


def render_spec(spec, tf_alias: str) -> str:
    if isinstance(spec, Nested):
        items = ", ".join(render_spec(item, tf_alias) for item in spec.items)
        return f"({items}{',' if len(spec.items) == 1 else ''})" if spec.bracket == "(" else f"[{items}]"
    shape = "[" + ", ".join("None" if dim is None else str(dim) for dim in spec.shape) + "]"
    ragged = f", ragged_rank={spec.ragged_rank}" if spec.ragged_rank is not None else ""
    return f"{tf_alias}.{spec.kind}(shape={shape}, dtype={tf_alias}.{spec.dtype}{ragged})"


def _arguments_by_parameter(site: CallSite, params, offset: int) -> dict[int, NodeOrLeaf] | None:
    """Parameter index -> the argument a call passes it; None for spreads or unknown keywords."""
    by_name = {param.name.value: index for index, param in enumerate(params)}
    bound, position = {}, offset
    for keyword, node in iter_call_arguments(site.trailer):
        if keyword is None:
            if node.type == "argument" and node.children[0].type == "operator":
                return None
            if position >= len(params):
                return None
            bound[position] = node
            position += 1
        elif keyword in by_name:
            bound[by_name[keyword]] = node
        else:
            return None
    return bound


def _describe(spec) -> str:
    if isinstance(spec, Nested):
        inner = ", ".join(_describe(item) for item in spec.items)
        return f"({inner})" if spec.bracket == "(" else f"[{inner}]"
    prefix = {"RaggedTensorSpec": "ragged ", "SparseTensorSpec": "sparse "}.get(spec.kind, "")
    return f"{prefix}{spec.dtype}[{','.join('?' if dim is None else str(dim) for dim in spec.shape)}]"


def called_library(dataflow: Dataflow, call: NodeOrLeaf) -> str | None:
    """The normalised name of the one library function a call calls (`tensorflow.cast`), if any."""
    values = dataflow.eval_trailers(call, len(call.children) - 1)
    if len(values) == 1:
        (value,) = values
        if value.kind == EXTERNAL:
            return api.normalize(str(value.ref))
    return None


def assigned_value(dataflow: Dataflow, name: NodeOrLeaf) -> NodeOrLeaf | None:
    """The expression a name was bound to by its one plain assignment (`x = tf.zeros(...)`), if so."""
    binding = dataflow.resolve(name)
    if isinstance(binding, Assignment) and binding.value is not None and binding.index is None:
        return binding.value
    return None


def dtype_node(arguments, position: int | None) -> NodeOrLeaf | None:
    """The `dtype` a call passes (`iter_call_arguments` pairs): by keyword, or at `position`."""
    for keyword, node in arguments:
        if keyword == "dtype":
            return node
    positional = [node for keyword, node in arguments if keyword is None]
    return positional[position] if position is not None and position < len(positional) else None


def dtype_name(dataflow: Dataflow, node: NodeOrLeaf) -> str | None:
    """`tf.float32` -> "float32"; `"float64"` -> "float64"; None for what is not a stated dtype."""
    if node.type == "string":
        return node.value.strip("\"'")
    for value in dataflow.eval(node):
        if value.kind == EXTERNAL and api.value_result(str(value.ref)) == api.DTYPE:
            return str(value.ref).rsplit(".", 1)[1]
    return None


def literal_shape(node: NodeOrLeaf) -> tuple[int | None, ...] | None:
    """`[64, 10]`, `(32, n)` (a size not written as an integer, `None` included, is None), `[]`;
    None for anything else."""
    if node.type == "number":
        return (int(node.value),) if node.value.isdigit() else None
    if node.type != "atom" or node.children[0].value not in "[(":
        return None
    if len(node.children) == 2:
        return ()
    inner = node.children[1]
    items = inner.children[::2] if inner.type == "testlist_comp" else [inner]
    return tuple(int(item.value) if item.type == "number" and item.value.isdigit() else None for item in items)


def _literal_array(node: NodeOrLeaf) -> tuple[tuple[int, ...] | None, str | None]:
    """The shape and dtype `tf.constant` gives a nested literal: floats are float32, ints int32."""
    if node.type == "number":
        return (), ("float32" if any(c in node.value for c in ".eE") else "int32")
    if node.type == "keyword" and node.value in ("True", "False"):
        return (), "bool"
    if node.type == "factor":  # -1.0
        return _literal_array(node.children[1])
    if node.type != "atom" or node.children[0].value not in "[(":
        return None, None
    if len(node.children) == 2:
        return (0,), "float32"
    inner = node.children[1]
    items = inner.children[::2] if inner.type == "testlist_comp" else [inner]
    inner_shapes = {_literal_array(item) for item in items}
    if len(inner_shapes) != 1:
        return None, None
    ((shape, kind),) = inner_shapes
    return ((len(items), *shape), kind) if shape is not None else (None, None)
