"""## What it does
Checks for functions that call, directly or through other calls, a function that cannot be
traced: one with an error-severity pitfall (`.numpy()`, a Python list grown in a tensor loop, a
stale global, Python randomness ...). Decorating the caller traces the callee into its graph, so
the callee's hazard becomes the caller's.

Arguments: `callee` is the function that cannot be traced, `code` its finding, `line` where.

## Why is this bad?
`tf.function` traces everything a function calls. A helper that fails or misbehaves under tracing
makes the decorated caller fail or misbehave the same way, even though the caller's own body is
fine.

## Example
```python
def scale_rows(x):
    rows = []
    for i in range(int(tf.shape(x)[0])):
        rows.append(x[i] * 2.0)
    return tf.stack(rows)

def train_step(x):
    return tf.reduce_sum(scale_rows(x))
```

Use instead: fix `scale_rows` first (here `x * 2.0`, or a `tf.TensorArray`), then decorate
`train_step`.

## Known problems
Callees run through `tf.py_function` or handed to `tf.data` are left out: they are not traced
into the caller's graph.
"""
from __future__ import annotations

from .base import Rule

RULE = Rule(
    code="CALLS_UNTRACEABLE",
    severity="error",
    kind="pitfall",
    message="`{function}` calls `{callee}`, which cannot be traced ({code} at line {line})",
    explanation=(
        "Decorating a function traces everything it calls into its graph: a callee that fails or "
        "behaves differently under tracing makes the caller do so too."
    ),
    hint="Fix the callee first (its finding says how), then decorate the caller.",
    args=("function", "callee", "code", "line"),
    doc=__doc__,
)
