"""## What it does
Checks for `tf.function`s whose `input_signature` leaves an axis `None` (or the rank unknown) that
the body reads statically: `x.shape[1]` used as a reshape target, a size, a range bound or in
arithmetic.

Arguments: `read` is the static read, `parameter` the parameter, `axis` the axis.

## Why is this bad?
With an `input_signature`, the graph is traced once for every shape the signature allows: a `None`
axis stays unknown while tracing, so `x.shape[1]` is `None` and `tf.reshape(x, [-1, x.shape[1]])`,
`tf.zeros([x.shape[1]])` or `x.shape[1] * 2` fail with `TypeError` or `ValueError`, and
`if x.shape[1] is None:` always takes its branch, so the graph computes something else. Eagerly the
axis has its value and the same code runs (checked with TensorFlow 2.21). A `None` slice bound
(`x[:, :x.shape[1]]`) is fine: it means "to the end".

## Example
```python
@tf.function(input_signature=[tf.TensorSpec([None, None], tf.float32)])
def flatten_rows(x):
    return tf.reshape(x, [-1, x.shape[1]])
```

Use instead:
```python
@tf.function(input_signature=[tf.TensorSpec([None, None], tf.float32)])
def flatten_rows(x):
    return tf.reshape(x, [-1, tf.shape(x)[1]])
```
"""
from __future__ import annotations

import parso
from parso.tree import NodeOrLeaf

from ..model import FunctionInfo
from ..syntax import is_call_trailer, iter_call_arguments
from ..tensors.signatures import literal_shape
from .base import Finding, Rule
from .context import FunctionContext, short_code

RULE = Rule(
    code="HAS_UNRESOLVED_STATICALLY_READ_AXES",
    severity="error",
    kind="pitfall",
    tables="both",
    message=(
        "`{function}`: `{read}` reads axis {axis} of `{parameter}`, which the `input_signature` leaves "
        "`None`, so it is None while tracing"
    ),
    explanation=(
        "An `input_signature` traces one graph for every shape it allows: an axis it leaves `None` "
        "has no static size while tracing, so using `x.shape[i]` as a size or in arithmetic fails, "
        "and a test of it against None always takes the unknown-size branch."
    ),
    hint="Read the size at run time with `tf.shape(x)[i]`, or give the axis its size in the signature.",
    args=("function", "read", "parameter", "axis"),
    doc=__doc__,
)

#: Specs whose first argument (or `shape=`) is the shape of the tensor they describe.
_SPECS = ("TensorSpec", "RaggedTensorSpec", "SparseTensorSpec")


def check(ctx: FunctionContext) -> list[Finding]:
    hybrid = ctx.function.hybrid
    signature = hybrid.arguments.get("input_signature") if hybrid is not None else None
    if not signature:
        return []
    return [ctx.finding(RULE.code, node, read=short_code(node, 40), parameter=name, axis=axis)
            for node, name, axis in find_unresolved_reads(ctx.function, signature, ctx.iter_body_nodes())]


def find_unresolved_reads(function: FunctionInfo, signature: str, nodes):
    """(node, parameter, axis) of each static read, among `nodes` of the function's body, of an
    axis that the `input_signature` (its source) leaves None: the user's, or one inferred from
    observed calls before it is offered."""
    shapes = parse_signature(signature)
    params = [param for param in function.get_params() if param.star_count == 0]
    if function.cls is not None and params and params[0].name.value in ("self", "cls"):
        params = params[1:]
    unknown_axes = {param.name.value: shape for param, shape in zip(params, shapes) if shape is not _UNPARSED}
    for node in nodes:
        read = _static_read(node)
        if read is None:
            continue
        name, axis = read
        if name in unknown_axes and _is_unknown(unknown_axes[name], axis) and not _is_harmless(node):
            yield node, name, axis


def reads_static_sizes(function: FunctionInfo, nodes) -> bool:
    """Whether the body reads a static axis size of a parameter (`x.shape[0]` outside a slice):
    `reduce_retracing=True` relaxes varying axes to None too, so that read would be None
    (checked with TensorFlow 2.21)."""
    names = {param.name.value for param in function.get_params()}
    return any(read is not None and read[0] in names and not _is_harmless(node)
               for node in nodes for read in [_static_read(node)])


_UNPARSED = object()  # a spec whose shape the check cannot read: no finding for its parameter


def parse_signature(code: str) -> list:
    """The shape of each spec of an `input_signature` written as a list or tuple of specs: a list
    of ints and Nones, None for an unknown rank, `_UNPARSED` when it cannot be read."""
    tree = parso.parse(code.strip())
    node = tree.children[0] if tree.children else None
    if node is not None and node.type == "simple_stmt":  # parso wraps a lone expression
        node = node.children[0]
    if node is None or node.type != "atom" or node.children[0].value not in "[(":
        return []
    inner = node.children[1] if len(node.children) == 3 else None
    elements = [] if inner is None else (inner.children[::2] if inner.type == "testlist_comp" else [inner])
    return [_spec_shape(element) for element in elements]


def _spec_shape(node: NodeOrLeaf):
    children = getattr(node, "children", ())
    if node.type not in ("atom_expr", "power") or not children or not is_call_trailer(children[-1]):
        return _UNPARSED
    callee = children[-2]
    name = callee.children[1].value if callee.type == "trailer" else getattr(callee, "value", "")
    if name not in _SPECS:
        return _UNPARSED
    for keyword, argument in iter_call_arguments(children[-1]):
        if keyword in (None, "shape"):
            return _literal_shape(argument)
    return None  # no shape: the rank is unknown


def _literal_shape(node: NodeOrLeaf):
    if node.type == "keyword" and node.value == "None":
        return None  # the rank is unknown
    shape = literal_shape(node) if node.type == "atom" else None
    return _UNPARSED if shape is None else shape


def _static_read(node: NodeOrLeaf):
    """(parameter, axis) for `x.shape[i]`, `x.get_shape()[i]` or `x.shape.as_list()[i]` with an
    integer literal `i` (negative counts from the end)."""
    children = getattr(node, "children", ())
    if node.type not in ("atom_expr", "power") or len(children) < 3 or children[0].type != "name":
        return None
    trailers = [child.get_code(include_prefix=False) for child in children[1:-1]]
    if trailers not in ([".shape"], [".get_shape", "()"], [".shape", ".as_list", "()"]):
        return None
    index = children[-1]
    if index.type != "trailer" or index.children[0].value != "[":
        return None
    try:
        axis = int(index.children[1].get_code(include_prefix=False).replace(" ", ""))
    except ValueError:
        return None
    return children[0].value, axis


def _is_unknown(shape, axis: int) -> bool:
    if shape is None:
        return True  # unknown rank
    if -len(shape) <= axis < len(shape):
        return shape[axis] is None
    return False


def _is_harmless(node: NodeOrLeaf) -> bool:
    """A slice bound (`x[:, :x.shape[1]]`: None means "to the end"). A test against None is not:
    while tracing it always holds, so the graph takes the branch for an unknown size."""
    return node.parent.type in ("subscript", "sliceop")
