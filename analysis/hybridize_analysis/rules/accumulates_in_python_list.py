"""## What it does
Checks for appending to (or extending) a Python list inside a loop that depends on a tensor, such
as a loop over `tf.range(n)` or over a tensor.

Arguments: `name` is the list's name.

## Why is this bad?
AutoGraph converts a tensor-dependent loop into a `tf.while_loop`, whose body is traced once. A
Python list is not a loop variable of the graph: it receives one symbolic tensor from the single
trace (or AutoGraph rejects the loop), not one element per iteration as in the eager code.

## Example
```python
def cumulative(xs):
    out = []
    for i in tf.range(tf.shape(xs)[0]):
        out.append(tf.reduce_sum(xs[: i + 1]))
    return tf.stack(out)
```

Use instead:
```python
@tf.function
def cumulative(xs):
    n = tf.shape(xs)[0]
    out = tf.TensorArray(xs.dtype, size=n)
    for i in tf.range(n):
        out = out.write(i, tf.reduce_sum(xs[: i + 1]))
    return out.stack()
```
"""
from __future__ import annotations

from .base import Rule

RULE = Rule(
    code="ACCUMULATES_IN_PYTHON_LIST",
    severity="error",
    kind="pitfall",
    message=(
        "`{function}`: appends to Python list `{name}` in a loop over tensors; "
        "the graph traces the loop body once"
    ),
    explanation=(
        "AutoGraph turns a tensor-dependent loop into `tf.while_loop`, whose body is traced once: "
        "a Python list is not carried through the graph loop, so it does not get one element "
        "per iteration."
    ),
    hint=(
        "Accumulate in a `tf.TensorArray` (`ta = ta.write(i, value)`, then `ta.stack()`), "
        "or compute the result with a vectorized operation."
    ),
    args=("function", "name"),
    doc=__doc__,
)
