"""## What it does
Checks for functions that return Python numbers, booleans or strings (also inside a returned
tuple, list or dict): literals (`return "big"` under `if tf.reduce_mean(x) > 1.0:`), `float(loss)`,
`int(x.shape[0])`, a flag set in a tensor-dependent branch.

Arguments: `value` is the returned expression, shortened, e.g. `"\"big\""`; `line` is its line.

## Why is this bad?
A `tf.function` returns what its graph computes: every Python number, boolean or string among
its outputs is converted to a tensor (`None` stays `None`). Where the Python value depends on a
tensor (`if loss < best: return True`), AutoGraph turns the branch into `tf.cond` and the value
exists only as a tensor. Callers that printed `big` now print `tf.Tensor(b'big', shape=(),
dtype=string)`, `f"{n:d}"` and `names[n]` raise `TypeError`, `result == "big"` is a tensor, and
`json.dump` fails (verified with TensorFlow 2.21).

## Example
```python
def classify(x):
    if tf.reduce_mean(x) > 0.5:
        return "positive"
    return "negative"

print(classify(batch))
```

Use instead:
```python
@tf.function
def score(x):
    return tf.reduce_mean(x)

print("positive" if score(batch) > 0.5 else "negative")   # the decision stays in Python
```

## Known problems
Only functions that would gain the decorator are checked: a function already hybrid returns
tensors today. Callers that only use the result in tensor arithmetic would not notice; the analysis does not
follow the result into its callers, so it reports every Python value returned.
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..tensors import catalogue as api
from ..tensors.values import CONTAINER, MAX_DEPTH, Value
from .base import Finding, Rule
from .context import FunctionContext, short_code

RULE = Rule(
    code="RETURNS_PYTHON_VALUES",
    severity="error",
    kind="pitfall",
    message="`{function}`: returns `{value}` (line {line}), a Python value that a traced function returns as a tensor",
    explanation=(
        "`tf.function` converts every Python number, boolean and string it returns into a tensor, "
        "and AutoGraph makes a value chosen by a tensor-dependent `if` a graph value: callers that "
        "print, format, compare or index with the result see a tensor instead."
    ),
    hint=(
        "Return tensors and take the Python decision in the caller (`'big' if score(x) > 1 else "
        "'small'`, `float(loss)` after the call), or keep this function eager and hybridize the "
        "tensor work it calls."
    ),
    args=("function", "value", "line"),
    doc=__doc__,
)

#: Kinds of Python values that a traced function hands back as tensors.
_PYTHON_KINDS = frozenset({api.INT, api.FLOAT, api.STR, api.BOOL})


def check(ctx: FunctionContext) -> list[Finding]:
    if ctx.function.is_hybrid:
        return []  # its callers already receive tensors; what removal changes is decided with it
    for node in ctx.iter_body_nodes():
        if node.type == "return_stmt" and len(node.children) == 2:
            value = _get_python_value(ctx, node.children[1])
            if value is not None:
                return [ctx.finding(RULE.code, value, value=short_code(value), line=value.start_pos[0])]
    return []


def _get_python_value(ctx: FunctionContext, node: NodeOrLeaf, depth: int = 0) -> NodeOrLeaf | None:
    """The first part of a returned expression that is a Python number, boolean or string."""
    if depth > MAX_DEPTH:
        return None
    if node.type in ("testlist", "testlist_star_expr", "exprlist") or (
            node.type == "atom" and node.children[0].value in ("(", "[") and len(node.children) == 3):
        inner = node.children[1] if node.type == "atom" else node
        if node.type == "atom" and inner.type not in ("testlist_comp",):
            return _get_python_value(ctx, inner, depth + 1) if inner.type != "operator" else None
        if any(child.type in ("sync_comp_for", "comp_for") for child in inner.children):
            return None
        for element in inner.children[::2]:
            found = _get_python_value(ctx, element, depth + 1)
            if found is not None:
                return found
        return None
    if node.type == "atom" and node.children[0].value == "{" and len(node.children) == 3 \
            and node.children[1].type == "dictorsetmaker":
        maker = node.children[1]
        if any(child.type in ("sync_comp_for", "comp_for") for child in maker.children):
            return None
        is_dict = len(maker.children) > 1 and maker.children[1].type == "operator" and maker.children[1].value == ":"
        elements = maker.children[2::4] if is_dict else maker.children[::2]
        for element in elements:
            found = _get_python_value(ctx, element, depth + 1)
            if found is not None:
                return found
        return None
    if node.type == "star_expr":
        return None
    values = ctx.values(node)
    return node if values and all(_is_python_value(value) for value in values) else None


def _is_python_value(value: Value, depth: int = 0) -> bool:
    if value.kind in _PYTHON_KINDS:
        return True
    return value.kind == CONTAINER and depth <= MAX_DEPTH and bool(value.elements) and all(
        element and all(_is_python_value(v, depth + 1) for v in element) for element in value.elements)
