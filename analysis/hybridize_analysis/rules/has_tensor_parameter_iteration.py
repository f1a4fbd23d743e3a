"""## What it does
Checks for iteration over a tensor in a form AutoGraph does not convert: comprehensions and
generator expressions, `enumerate(...)`, `zip(...)`. (`list(...)` and unpacking of a tensor fail
too, but are not reported yet: a dataset element that is a tuple cannot always be told apart.)

Arguments: `construct` names the form, e.g. `"a list comprehension"` or ``"`enumerate(...)`"``;
`parameter` is the tensor parameter iterated (or the parameter it comes from).

## Why is this bad?
AutoGraph turns a plain `for x in tensor:` statement into a `tf.while_loop`. Other forms iterate
in Python at trace time, and iterating over a symbolic tensor raises
`OperatorNotAllowedInGraphError` ("Iterating over a symbolic `tf.Tensor` is not allowed").

## Example
```python
def row_norms(m):
    return tf.stack([tf.norm(row) for row in m])
```

Use instead:
```python
@tf.function
def row_norms(m):
    return tf.norm(m, axis=1)
```
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..syntax import COMP_FOR_TYPES, iter_call_arguments
from ..tensors import catalogue as api
from .base import Finding, Rule
from .context import FunctionContext
from .has_numpy_calls_on_parameters import get_tensor_parameter

RULE = Rule(
    code="HAS_TENSOR_PARAMETER_ITERATION",
    severity="error",
    kind="pitfall",
    message="`{function}`: {construct} over tensor `{parameter}` is not converted by AutoGraph",
    explanation=(
        "AutoGraph converts a `for` statement over a tensor into `tf.while_loop`, but not "
        "comprehensions, `enumerate` or `zip`: those iterate in Python while tracing, and "
        "iterating a symbolic tensor raises `OperatorNotAllowedInGraphError`."
    ),
    hint=(
        "Use a vectorized operation (`axis=` arguments), `tf.map_fn`, or a plain `for` loop over "
        "`tf.range(tf.shape(x)[0])` that writes to a `tf.TensorArray`."
    ),
    args=("function", "construct", "parameter"),
    doc=__doc__,
)


#: Only a bare tensor cannot be iterated in Python while tracing; containers of tensors
#: (`tf.unstack(x)`), datasets and iterators can.
_TENSOR_KINDS = frozenset({api.TENSOR, api.VARIABLE})
_BUILTIN_ITERATORS = {"builtins.enumerate": "`enumerate(...)`", "builtins.zip": "`zip(...)`"}


def check(ctx: FunctionContext) -> list[Finding]:
    findings = []
    for node in ctx.iter_body_nodes():
        if node.type == "sync_comp_for":
            found = _check_iterable(ctx, node.children[3], _describe_comprehension(node))
        elif node.type == "for_stmt":
            found = _check_iterable(ctx, node.children[3], None)
        else:
            continue
        if found is not None:
            construct, parameter = found
            findings.append(ctx.finding(RULE.code, node, construct=construct, parameter=parameter))
    return findings


def _check_iterable(ctx: FunctionContext, iterable: NodeOrLeaf,
                    comprehension: str | None) -> tuple[str, str] | None:
    """(construct, parameter) when iterating `iterable` iterates a tensor parameter in Python.
    A plain `for` over a tensor is converted by AutoGraph (`comprehension` is None then)."""
    if comprehension is not None:
        parameter = _get_iterated_parameter(ctx, iterable)
        if parameter is not None:
            return comprehension, parameter
    builtin = _get_builtin_iterator(ctx, iterable)
    if builtin is not None:
        for _, argument in iter_call_arguments(iterable.children[1]):
            parameter = _get_iterated_parameter(ctx, argument)
            if parameter is not None:
                return builtin, parameter
    return None


def _get_iterated_parameter(ctx: FunctionContext, node: NodeOrLeaf) -> str | None:
    values = ctx.values(node)
    if not values or not all(value.kind in _TENSOR_KINDS for value in values):
        return None
    return get_tensor_parameter(ctx, node)


def _get_builtin_iterator(ctx: FunctionContext, node: NodeOrLeaf) -> str | None:
    """"`enumerate(...)`" or "`zip(...)`" when `node` is such a call."""
    children = getattr(node, "children", None)
    if node.type not in ("atom_expr", "power") or len(children) != 2 or children[0].type != "name" \
            or children[1].type != "trailer" or children[1].children[0].value != "(":
        return None
    return _BUILTIN_ITERATORS.get(ctx.qualified_name(children[0]) or "")


def _describe_comprehension(comp_for: NodeOrLeaf) -> str:
    node = comp_for.parent
    while node is not None and (node.type in COMP_FOR_TYPES or node.type == "comp_if"):
        node = node.parent
    if node is None:
        return "a comprehension"
    if node.type == "argument":
        return "a generator expression"
    if node.type == "dictorsetmaker":
        is_dict = len(node.children) > 1 and node.children[1].type == "operator" and node.children[1].value == ":"
        return "a dict comprehension" if is_dict else "a set comprehension"
    opening = node.parent.children[0].value if node.parent is not None and node.parent.type == "atom" else ""
    return {"[": "a list comprehension", "(": "a generator expression"}.get(opening, "a comprehension")
