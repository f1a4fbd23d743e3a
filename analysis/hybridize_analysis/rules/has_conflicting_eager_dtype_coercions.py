"""## What it does
Checks for a parameter that receives NumPy arrays and that the body combines, by arithmetic
operators or `tf.convert_to_tensor(x, dtype)`, with tensors of two different dtypes
(`x * weights32` and `x + bias64`).

Arguments: `parameter` is the NumPy parameter, `dtypes` the dtypes it meets.

## Why is this bad?
Eagerly, an operator converts a NumPy array to the dtype of the tensor it meets, separately at each
operation, so one array can meet a `float32` tensor here and a `float64` tensor there. Traced, the
array becomes one graph input with one dtype, and the operation whose dtype differs fails with
`TypeError` (checked with TensorFlow 2.21): no dtype serves both.

## Example
```python
def score(x):
    return tf.reduce_sum(x * weights) + tf.cast(tf.reduce_sum(x * reference), tf.float32)

score(np.array([1.0, 2.0]))  # weights float32, reference float64
```

Use instead:
```python
@tf.function
def score(x):
    x = tf.convert_to_tensor(x, tf.float32)
    return tf.reduce_sum(x * weights) + tf.cast(tf.reduce_sum(tf.cast(x, tf.float64) * reference), tf.float32)
```
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..syntax import is_call_trailer, iter_call_arguments
from ..tensors import catalogue as api
from ..tensors.signatures import assigned_value, called_library, dtype_name, dtype_node
from .base import Finding, Rule
from .context import FunctionContext

RULE = Rule(
    code="HAS_CONFLICTING_EAGER_DTYPE_COERCIONS",
    severity="error",
    kind="pitfall",
    tables="both",
    message=(
        "`{function}`: NumPy parameter `{parameter}` meets tensors of dtypes {dtypes}; eagerly each "
        "operation converts it, but a graph gives it one dtype"
    ),
    explanation=(
        "Eagerly, an operator converts a NumPy array to the dtype of the tensor it meets, at each "
        "operation. Traced, the array is one graph input of one dtype, so an operation with a "
        "tensor of another dtype fails with `TypeError`."
    ),
    hint="Convert the array once, at the top of the function (`tf.convert_to_tensor(x, tf.float32)`), "
         "and cast where another dtype is needed.",
    args=("function", "parameter", "dtypes"),
    doc=__doc__,
)

#: TensorFlow constructors and conversions: where their `dtype` is when passed by position.
_DTYPE_POSITIONS = {
    "tensorflow.cast": 1, "tensorflow.dtypes.cast": 1, "tensorflow.constant": 1, "tensorflow.zeros": 1,
    "tensorflow.ones": 1, "tensorflow.convert_to_tensor": 1, "tensorflow.Variable": None,
    "tensorflow.random.normal": None, "tensorflow.random.uniform": None, "tensorflow.eye": None,
    "tensorflow.range": None, "tensorflow.linspace": None,
}
_CONVERSIONS = frozenset({"tensorflow.convert_to_tensor", "tensorflow.constant"})
_OPERATORS = ("arith_expr", "term")
_MAX_DEPTH = 4


def check(ctx: FunctionContext) -> list[Finding]:
    numpy_parameters = _numpy_parameters(ctx)
    if not numpy_parameters:
        return []
    met: dict[str, dict[str, NodeOrLeaf]] = {}  # parameter -> dtype -> where it met it first
    for node in ctx.iter_body_nodes():
        for name, dtype, where in _coercions(ctx, node, numpy_parameters):
            met.setdefault(name, {}).setdefault(dtype, where)
    findings = []
    for name, dtypes in met.items():
        if len(dtypes) > 1:
            where = max(dtypes.values(), key=lambda node: node.start_pos)
            shown = " and ".join(f"`{dtype}`" for dtype in sorted(dtypes))
            findings.append(ctx.finding(RULE.code, where, parameter=name, dtypes=shown))
    return findings


def _numpy_parameters(ctx: FunctionContext) -> set[str]:
    names = set()
    for index, param in enumerate(ctx.function.get_params()):
        values = ctx.dataflow.params.get((ctx.function, index), ())
        if values and all(value.kind == api.NUMPY for value in values):
            names.add(param.name.value)
    return names


def _coercions(ctx: FunctionContext, node: NodeOrLeaf, parameters: set[str]):
    """(parameter, dtype, node) where a NumPy parameter is converted to a known dtype."""
    if node.type in _OPERATORS:
        operands = node.children[::2]
        for operand in operands:
            if _parameter_name(ctx, operand, parameters):
                for other in operands:
                    if other is not operand:
                        dtype = _dtype_of(ctx, other, 0)
                        if dtype is not None:
                            yield operand.value, dtype, node
    elif node.type in ("atom_expr", "power") and len(node.children) >= 2 and is_call_trailer(node.children[-1]):
        name = called_library(ctx.dataflow, node)
        if name in _CONVERSIONS:
            arguments = list(iter_call_arguments(node.children[-1]))
            if arguments and arguments[0][0] is None and _parameter_name(ctx, arguments[0][1], parameters):
                dtype = _dtype_argument(ctx, name, arguments)
                if dtype is not None:
                    yield arguments[0][1].value, dtype, node


def _parameter_name(ctx: FunctionContext, node: NodeOrLeaf, parameters: set[str]) -> bool:
    return node.type == "name" and node.value in parameters and ctx.get_parameter(node) is not None


def _dtype_of(ctx: FunctionContext, node: NodeOrLeaf, depth: int) -> str | None:
    """The dtype of a tensor expression when the code states it: a constructor or cast with a
    `dtype`, or a name bound to one."""
    if depth > _MAX_DEPTH:
        return None
    if node.type == "name":
        value = assigned_value(ctx.dataflow, node)
        return _dtype_of(ctx, value, depth + 1) if value is not None else None
    if node.type in ("atom_expr", "power") and len(node.children) >= 2 and is_call_trailer(node.children[-1]):
        name = called_library(ctx.dataflow, node)
        if name in _DTYPE_POSITIONS:
            return _dtype_argument(ctx, name, list(iter_call_arguments(node.children[-1])))
    return None


def _dtype_argument(ctx: FunctionContext, name: str, arguments) -> str | None:
    given = dtype_node(arguments, _DTYPE_POSITIONS.get(name))
    return dtype_name(ctx.dataflow, given) if given is not None else None
