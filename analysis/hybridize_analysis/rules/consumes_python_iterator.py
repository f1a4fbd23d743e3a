"""## What it does
Checks for `next()` on a Python iterator or generator that the function receives or reads
(a parameter, a global, an attribute of `self`).

Arguments: `call` is the call's source, shortened, e.g. `"next(batches)"`.

## Why is this bad?
Iterators keep their state in Python. Under `tf.function`, `next()` runs only while tracing: the
graph holds the element it returned as a constant, so every later call processes the same batch
while the iterator does not advance.

## Example
```python
batches = iter(make_batches())

def train_step():
    x, y = next(batches)
    return compute_loss(x, y)
```

Use instead:
```python
@tf.function
def train_step(x, y):
    return compute_loss(x, y)

for x, y in make_batches():
    train_step(x, y)
```

## Known problems
An iterator over a `tf.data.Dataset` (`iter(dataset)`) is graph state, and `next()` on it works
inside `tf.function`; it is not reported when the analysis knows the iterator comes from a dataset.
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..model.scopes import Argument
from ..syntax import iter_call_arguments
from ..tensors import catalogue as api
from ..tensors.values import PY_ITERATOR
from .base import Finding, Rule
from .context import FunctionContext

RULE = Rule(
    code="CONSUMES_PYTHON_ITERATOR",
    severity="error",
    kind="pitfall",
    message=(
        "`{function}`: `{call}` advances a Python iterator only while tracing; "
        "every graph call reuses the element it got"
    ),
    explanation=(
        "A Python iterator's state lives in Python: under `tf.function`, `next()` runs once at "
        "trace time and the element becomes a graph constant, so the graph never advances it."
    ),
    hint=(
        "Call `next()` in the caller and pass the element as a tensor argument, or iterate a "
        "`tf.data.Dataset`, whose iterators work inside `tf.function`."
    ),
    args=("function", "call"),
    doc=__doc__,
)


#: Iterators whose state lives in Python (`dataset.as_numpy_iterator()` included).
_PYTHON_ITERATORS = frozenset({PY_ITERATOR, api.NUMPY_ITERATOR})


def check(ctx: FunctionContext) -> list[Finding]:
    findings = []
    for site in ctx.iter_calls():
        if "builtins.next" not in site.library:
            continue
        arguments = list(iter_call_arguments(site.trailer))
        if not arguments or arguments[0][0] is not None:
            continue
        iterator = arguments[0][1]
        kinds = {value.kind for value in ctx.values(iterator)}
        if kinds & _PYTHON_ITERATORS and api.ITERATOR not in kinds and _is_received(ctx, iterator):
            findings.append(ctx.finding(RULE.code, site.line, call=site.get_code()))
    return findings


def _is_received(ctx: FunctionContext, node: NodeOrLeaf) -> bool:
    """The iterator outlives the call: a parameter, a global or closure name, or an attribute
    (`self.batches`); not one the function creates itself (`next(iter(xs))`)."""
    if node.type in ("atom_expr", "power"):
        last = node.children[-1]
        return node.children[0].type == "name" and last.type == "trailer" and last.children[0].value == "." \
            and all(child.type == "trailer" and child.children[0].value == "." for child in node.children[1:])
    if node.type != "name":
        return False
    binding = ctx.dataflow.resolve(node)
    if binding is None:
        return False
    if isinstance(binding, Argument):
        return True
    return binding not in ctx.function.scope.get(node.value, ())
