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

from .base import Rule

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
