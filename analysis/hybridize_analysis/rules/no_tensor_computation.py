"""## What it does
Checks for functions that take tensors but perform no TensorFlow operation themselves or in
anything they call: they only pass tensors along, store them, or do Python work.

## Why is this bad?
A graph speeds up TensorFlow operations. Without any, `tf.function` only adds tracing and call
overhead, and the Python work it contains runs only while tracing.

## Example
```python
def as_pair(features, labels):
    return (features, labels)
```

Use instead: leave it eager.

## Known problems
Operations reached through callees the analysis cannot resolve are not seen; such a function is
reported as undetermined rather than as performing no computation.
"""
from __future__ import annotations

from . import hints
from .base import Rule

RULE = Rule(
    code="NO_TENSOR_COMPUTATION",
    severity="error",
    kind="pitfall",
    message="`{function}` performs no TensorFlow operation: a graph has nothing to speed up",
    explanation=(
        "Graph execution speeds up TensorFlow operations; a function without any only gains "
        "tracing and call overhead from `tf.function`."
    ),
    hint=hints.join(hints.KEEP_EAGER, hints.HYBRIDIZE_THE_STEP),
    doc=__doc__,
)
