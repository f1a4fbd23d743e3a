"""## What it does
Checks for NumPy functions (`np.mean`, `np.dot`, `np.clip`, ...) applied to a tensor parameter or
to values computed from one.

Arguments: `call` is the call's source, shortened, e.g. `"np.mean(x)"`; `parameter` is the tensor
parameter it reaches.

## Why is this bad?
NumPy runs in Python, at trace time, and cannot see a symbolic tensor's value: converting one
raises `NotImplementedError` ("Cannot convert a symbolic tf.Tensor to a numpy array"). Where the
NumPy result does not depend on the tensor's value, it is computed once and frozen into the graph
as a constant.

## Example
```python
def standardize(x):
    return (x - np.mean(x)) / np.std(x)
```

Use instead:
```python
@tf.function
def standardize(x):
    return (x - tf.reduce_mean(x)) / tf.math.reduce_std(x)
```
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..model.scopes import Argument, Assignment, LoopVariable
from ..syntax import iter_call_arguments, iter_nodes
from ..tensors import catalogue as api
from ..tensors.values import CONTAINER, GRAPH_TENSOR_KINDS, MAX_DEPTH, Value
from .base import Finding, Rule
from .context import FunctionContext

RULE = Rule(
    code="HAS_NUMPY_CALLS_ON_PARAMETERS",
    severity="error",
    kind="pitfall",
    message=(
        "`{function}`: `{call}` applies NumPy to tensor parameter `{parameter}`, "
        "which fails or becomes a constant under tracing"
    ),
    explanation=(
        "NumPy runs in Python while `tf.function` traces: on a symbolic tensor it raises "
        "`NotImplementedError`, and a result that does not depend on the tensor's value is "
        "frozen into the graph as a constant."
    ),
    hint=(
        "Use the TensorFlow operation instead (`tf.reduce_mean`, `tf.matmul`, `tf.clip_by_value`, "
        "or `tf.experimental.numpy`)."
    ),
    args=("function", "call", "parameter"),
    doc=__doc__,
)


# -- the check ----------------------------------------------------------------------------------

#: NumPy functions that read only a tensor's static metadata, which a symbolic tensor has.
_METADATA_FUNCTIONS = frozenset({"numpy.shape", "numpy.ndim", "numpy.isscalar"})
#: Conversions to an array: reported as HAS_EAGER_ONLY_CALLS, for any tensor.
CONVERSIONS = frozenset({"numpy.asarray", "numpy.array", "numpy.asanyarray", "numpy.ascontiguousarray"})
_MAX_ASSIGNMENTS = 3


def check(ctx: FunctionContext) -> list[Finding]:
    findings = []
    for site in ctx.iter_calls():
        if not any(_is_checked(name) for name in site.library):
            continue
        for _, argument in iter_call_arguments(site.trailer):
            parameter = get_tensor_parameter(ctx, argument) if holds_graph_tensor(ctx, argument) else None
            if parameter is not None:
                findings.append(ctx.finding(RULE.code, site.line, call=site.get_code(), parameter=parameter))
                break
    return findings


def _is_checked(name: str) -> bool:
    return (api.is_numpy_api(name) and name not in _METADATA_FUNCTIONS and name not in CONVERSIONS
            and not name.startswith("numpy.random."))


# -- shared with the other pitfall checks --------------------------------------------------------

def holds_graph_tensor(ctx: FunctionContext, node: NodeOrLeaf, in_containers: bool = True) -> bool:
    """The expression may be a tensor, a variable or (`in_containers`) a container of them while
    tracing. A NumPy array counts only when it is a parameter: `tf.function` converts array
    arguments to tensors."""
    values = ctx.values(node)
    if any(is_graph_tensor_value(value) if in_containers else value.kind in GRAPH_TENSOR_KINDS for value in values):
        return True
    return ctx.get_parameter(node) is not None and any(value.kind == api.NUMPY for value in values)


def is_graph_tensor_value(value: Value, depth: int = 0) -> bool:
    if value.kind in GRAPH_TENSOR_KINDS:
        return True
    if value.kind == CONTAINER and depth <= MAX_DEPTH:
        return any(is_graph_tensor_value(v, depth + 1) for element in value.elements for v in element)
    return False


def get_tensor_parameter(ctx: FunctionContext, node: NodeOrLeaf, _depth: int = 0) -> str | None:
    """The name of the tensor parameter of `ctx.function` that `node` is computed from, following
    the function's own assignments and loop variables (`y = x * 2`, `for row in x`); None if none."""
    for leaf in iter_nodes(node):
        if leaf.type != "name" or not is_read(leaf):
            continue
        parameter = ctx.get_parameter(leaf)
        if parameter is not None:
            # an array parameter counts: `tf.function` converts the array it receives to a tensor
            if not _is_receiver(ctx, parameter) and holds_graph_tensor(ctx, leaf):
                return parameter.name
            continue
        if _depth >= _MAX_ASSIGNMENTS:
            continue
        binding = ctx.dataflow.resolve(leaf)
        if binding is None or binding not in ctx.function.scope.get(leaf.value, ()):
            continue
        if isinstance(binding, Assignment) and binding.value is not None:
            origin = binding.value
        elif isinstance(binding, LoopVariable):
            origin = binding.iterable
        else:
            continue
        found = get_tensor_parameter(ctx, origin, _depth + 1)
        if found is not None:
            return found
    return None


def _is_receiver(ctx: FunctionContext, parameter: Argument) -> bool:
    """`self` or `cls` of a method."""
    return parameter.index == 0 and ctx.function.cls is not None


def is_read(leaf: NodeOrLeaf) -> bool:
    """Whether a name leaf reads a variable: not an attribute name, a keyword argument, a target
    or a name in a `global`/`nonlocal`/`import` statement."""
    parent = leaf.parent
    if parent.type == "trailer" and parent.children[0].value == ".":
        return False
    if parent.type == "argument" and parent.children[0] is leaf and len(parent.children) == 3 \
            and parent.children[1].type == "operator" and parent.children[1].value == "=":
        return False
    if parent.type in ("global_stmt", "nonlocal_stmt", "import_name", "import_from", "dotted_name",
                       "import_as_name", "dotted_as_name", "param", "funcdef", "classdef"):
        return False
    return not leaf.is_definition()
