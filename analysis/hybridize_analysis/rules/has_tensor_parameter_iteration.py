"""## What it does
Checks for iteration over a tensor in a form AutoGraph does not convert: comprehensions and
generator expressions, `enumerate(...)`, `zip(...)`, `list(...)`, unpacking.

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

from .base import Rule

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
