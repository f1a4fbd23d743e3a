"""## What it does
Checks for calls that need a concrete (eager) tensor value: `.numpy()`, `float()`, `int()` or
`bool()` of a tensor outside a condition that AutoGraph converts, and `np.asarray` / `np.array`
of a tensor.

Arguments: `call` is the call's source, shortened, e.g. `"loss.numpy()"`.

## Why is this bad?
While `tf.function` traces, tensors are symbolic: they have a dtype and a shape but no value yet.
`.numpy()` does not exist on them, `float()` and `int()` fail, `bool()` raises
`OperatorNotAllowedInGraphError` unless AutoGraph turned the `if` or `while` into a graph
condition, and converting them to NumPy raises `NotImplementedError`. The decorated function fails
on its first call.

## Example
```python
def train_step(x, y):
    loss = compute_loss(x, y)
    return float(loss)
```

Use instead:
```python
@tf.function
def train_step(x, y):
    return compute_loss(x, y)

loss = float(train_step(x, y))   # outside the graph: eager again
```

## Known problems
A tensor used as the test of an `if` or `while` is not reported, since AutoGraph converts it to
a graph condition; an explicit `bool(x)` is. Calls reached through callees the analysis cannot
resolve are not checked.
"""
from __future__ import annotations

from .base import Rule

RULE = Rule(
    code="HAS_EAGER_ONLY_CALLS",
    severity="error",
    kind="pitfall",
    message="`{function}`: `{call}` needs a concrete tensor value, which a traced graph does not have",
    explanation=(
        "While `tf.function` traces, tensors are symbolic and have no value: `.numpy()`, "
        "`float()`/`int()` and NumPy conversion fail, and `bool()` raises unless AutoGraph "
        "converts the condition, so the decorated function fails on its first call."
    ),
    hint=(
        "Stay in TensorFlow: `tf.cast(x, tf.float32)` for `float(x)`, tensor conditions in "
        "`if`/`while` (AutoGraph converts them), and call `.numpy()` on the result in the caller."
    ),
    args=("function", "call"),
    doc=__doc__,
)
