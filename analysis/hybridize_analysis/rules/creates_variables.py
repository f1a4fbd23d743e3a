"""## What it does
Checks for `tf.Variable(...)` created on every call of the function, rather than once.

Arguments: `call` is the creating call's source, shortened, e.g. `"tf.Variable(tf.zeros([10]))"`.

## Why is this bad?
Eagerly, each call makes a fresh variable. `tf.function` supports only variables created on the
first call and reused afterwards: creating one on a later trace raises `ValueError` ("tf.function
only supports singleton tf.Variables created on the first call"), and reusing the first one
changes what the function computes.

## Example
```python
def accumulate(x):
    total = tf.Variable(0.0)
    total.assign_add(tf.reduce_sum(x))
    return total.read_value()
```

Use instead:
```python
total = tf.Variable(0.0)

@tf.function
def accumulate(x):
    total.assign_add(tf.reduce_sum(x))
    return total.read_value()
```

## Known problems
Variables created behind a guard that runs once (`if self.v is None:`) are supported by
`tf.function` and not reported when the guard is recognised.
"""
from __future__ import annotations

from .base import Rule

RULE = Rule(
    code="CREATES_VARIABLES",
    severity="error",
    kind="pitfall",
    message="`{function}`: `{call}` creates a new `tf.Variable` on every call",
    explanation=(
        "`tf.function` only supports `tf.Variable`s created once, on the first call: a variable "
        "created on a later trace raises `ValueError`, and reusing the first one no longer "
        "starts from a fresh variable on each call as the eager code does."
    ),
    hint=(
        "Create the variable once, outside the function or in `__init__`/`build` of a Keras layer "
        "or `tf.Module`, and `assign` to it inside; use a plain tensor if it need not persist."
    ),
    args=("function", "call"),
    doc=__doc__,
)
