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

from .base import Finding, Rule
from .context import FunctionContext

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


#: Python and NumPy randomness, by qualified-name prefix or receiver kind (`numpy_generator.normal`).
_PREFIXES = ("random.", "numpy.random.", "numpy_generator.", "secrets.")
#: Clocks and other values that differ per call.
_NAMES = frozenset({
    "time.time", "time.time_ns", "time.perf_counter", "time.perf_counter_ns", "time.monotonic",
    "time.monotonic_ns", "time.process_time", "time.process_time_ns", "datetime.datetime.now",
    "datetime.datetime.utcnow", "datetime.datetime.today", "datetime.date.today", "uuid.uuid1",
    "uuid.uuid4", "os.urandom", "os.getrandom",
})


def check(ctx: FunctionContext) -> list[Finding]:
    return [ctx.finding(RULE.code, site.line, call=site.get_code())
            for site in ctx.iter_calls() if any(_is_python_randomness(name) for name in site.library)]


def _is_python_randomness(name: str) -> bool:
    return name in _NAMES or name.startswith(_PREFIXES)
