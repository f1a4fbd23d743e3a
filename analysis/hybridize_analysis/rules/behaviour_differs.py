"""## What it does
Reports, after a benchmark, a function whose graph version gave different outputs or variable
updates than its eager version, starting from the same state.

Arguments: `what` names what differs, e.g. `"the return value"` or ``"variable `dense/kernel`"``;
`detail` quantifies it, e.g. `"max difference 0.37, tolerance 1e-05"`.

## Why is this bad?
The decorator changed what the program computes: typically a Python side effect or a Python
value read at trace time that the static analysis did not see, or randomness drawn differently.

## Example
```python
step = 0

def train_step(x):
    global step
    step += 1
    return x * step
```

Use instead:
```python
step = tf.Variable(0)

@tf.function
def train_step(x):
    step.assign_add(1)
    return x * tf.cast(step, x.dtype)
```
"""
from __future__ import annotations

from .base import Rule

RULE = Rule(
    code="BEHAVIOUR_DIFFERS",
    severity="error",
    kind="benchmark",
    message="`{function}`: eager and graph runs disagree on {what} ({detail})",
    explanation=(
        "Run from the same state, the eager and the `tf.function` versions gave different "
        "results: the decorator changes what the program computes, usually through Python code "
        "that runs only while tracing."
    ),
    hint=(
        "Keep it eager, or move the Python state it reads or changes into `tf.Variable`s and "
        "tensor arguments, then benchmark again."
    ),
    args=("function", "what", "detail"),
    doc=__doc__,
)
