"""## What it does
Checks for Python-level randomness and clocks in the body: `random.*`, `np.random.*`,
`time.time()`, `datetime.now()`.

Arguments: `call` is the call's source, shortened, e.g. `"np.random.rand()"`.

## Why is this bad?
These run in Python, so under `tf.function` they are evaluated once, while tracing, and their
result becomes a constant of the graph: every call gets the same "random" number or timestamp.

## Example
```python
def augment(image):
    if random.random() < 0.5:
        image = tf.image.flip_left_right(image)
    return image
```

Use instead:
```python
@tf.function
def augment(image):
    if tf.random.uniform([]) < 0.5:
        image = tf.image.flip_left_right(image)
    return image
```
"""
from __future__ import annotations

from .base import Rule

RULE = Rule(
    code="USES_PYTHON_RANDOMNESS",
    severity="error",
    kind="pitfall",
    message="`{function}`: `{call}` runs once, while tracing; every graph call reuses its result",
    explanation=(
        "Python and NumPy random numbers and clocks are evaluated when `tf.function` traces, and "
        "the value is baked into the graph as a constant: every call sees the same number."
    ),
    hint=(
        "Use TensorFlow's random operations (`tf.random.uniform`, a `tf.random.Generator`) "
        "and `tf.timestamp()` for the time."
    ),
    args=("function", "call"),
    doc=__doc__,
)
