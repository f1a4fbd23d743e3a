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

from .base import Rule

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
