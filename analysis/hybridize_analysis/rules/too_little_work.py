"""## What it does
Keeps eager a function the program calls from eager code when its estimated work is too small
for a graph call to pay: the TensorFlow operations it runs, in its body and the functions it
calls, loops over a known range multiplying them, are fewer than the threshold calibrated on a
machine like this one (`benchmarks/graph_call_threshold.py`). A measurement in place (the
benchmark) decides instead when there is one.

Arguments: `ops` is the estimated number of operations per call, `threshold` the number from
which a graph call pays.

## Why is this bad?
Calling a `tf.function` has a fixed cost (matching the arguments to a traced graph, running the
graph's executor) that several eager operations' dispatch costs outweigh only from a handful of
operations on: a one- or two-operation helper called from eager code runs several times slower
as a graph. It is not an error, and the function is not wrong as it is.

## Example
```python
def scale(x):
    return x * 2.0

for batch in dataset:
    print(scale(batch))
```

Use instead: leave `scale` eager; decorate the step that calls it, if there is one.
"""
from __future__ import annotations

from . import hints
from .base import Rule

RULE = Rule(
    code="TOO_LITTLE_WORK",
    severity="info",
    kind="pitfall",
    message="`{function}` runs about {ops} TensorFlow operation(s) a call: too little work for a graph call "
            "to pay (it pays from about {threshold})",
    explanation=(
        "A `tf.function` call costs more than the dispatch of a few eager operations: below a "
        "handful of operations a call, the graph is slower than the eager code it replaces."
    ),
    hint=hints.join(hints.KEEP_EAGER, hints.HYBRIDIZE_THE_STEP),
    args=("function", "ops", "threshold"),
    doc=__doc__,
)
