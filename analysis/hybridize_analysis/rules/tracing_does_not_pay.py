"""## What it does
Reports, after a benchmark, a function whose graph (or XLA compilation) is faster per call but
whose one-time cost the calls seen so far would not earn back: adding `@tf.function` (or
`jit_compile=True`) is not recommended until the function is called often enough.

Arguments: `what` is what costs (`tracing`, `XLA compilation`), `cost` its time beyond an ordinary
call, `saving` the time saved per call, `calls` the calls after which it pays off, `seen` the calls
observed so far (or the expected count set with `%hybridize config expected_calls=N`).

## Why is this bad?
The first call of a `tf.function` traces the Python body and builds a graph, which costs far more
than one eager call; XLA compiles on top of that. A function called once or a few times (a
preprocessing step, a summary at the end of training) spends more on tracing than the graph
saves.

## Example
```python
def summarize(history):
    return tf.reduce_mean(history), tf.reduce_max(history)

summarize(all_losses)  # called once
```

Use instead: leave it eager; decorate the step that runs in the loop.
"""
from __future__ import annotations

from . import hints
from .base import Rule

RULE = Rule(
    code="TRACING_DOES_NOT_PAY",
    severity="warning",
    kind="benchmark",
    message=(
        "`{function}`: {what} costs {cost} and saves {saving} a call, so it pays off after {calls} calls "
        "({seen} seen)"
    ),
    explanation=(
        "A graph saves time on every call but costs its tracing (and XLA its compilation) once. "
        "Over the calls seen so far, the one-time cost is larger than what the calls would save."
    ),
    hint=hints.join(
        hints.KEEP_EAGER,
        "If the function will run many more times than it has so far, set the count you expect "
        "with `%hybridize config expected_calls=N`.",
    ),
    args=("function", "what", "cost", "saving", "calls", "seen"),
    doc=__doc__,
)
