"""## What it does
Checks for functions that contain `yield`.

## Why is this bad?
A `tf.function` returns tensors computed by a graph. A generator function returns a Python
generator object that produces values lazily, which a graph cannot represent: tracing fails with
`TypeError` ("Python functions must return zero or more Tensors"), and AutoGraph does not convert
generators.

## Example
```python
def batches(x, size):
    for i in range(0, len(x), size):
        yield x[i:i + size]
```

Use instead:
```python
dataset = tf.data.Dataset.from_tensor_slices(x).batch(size)

@tf.function
def train_step(batch):
    ...
```
"""
from __future__ import annotations

from .base import Finding, Rule
from .context import FunctionContext

RULE = Rule(
    code="IS_GENERATOR",
    severity="error",
    kind="pitfall",
    message="`{function}` contains `yield`: a generator cannot be traced into a graph",
    explanation=(
        "A `tf.function` must return tensors; a generator function returns a Python generator, "
        "which a graph cannot represent, so tracing fails with `TypeError`."
    ),
    hint=(
        "Return tensors (stack the results, or write them to a `tf.TensorArray`), or produce the "
        "values with `tf.data.Dataset` and hybridize the step that consumes each element."
    ),
    doc=__doc__,
)


def check(ctx: FunctionContext) -> list[Finding]:
    """One finding, at the first `yield` or `yield from` of the body (not of nested functions)."""
    for node in ctx.iter_body_nodes():
        if node.type == "keyword" and node.value == "yield":
            return [ctx.finding(RULE.code, node)]
    return []
