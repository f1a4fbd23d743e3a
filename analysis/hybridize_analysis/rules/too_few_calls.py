"""## What it does
Keeps eager a function whose every call the program makes from eager code can be counted, when
those calls are too few to earn back the tracing: a function called once in a cell, or in a loop
over `range(3)`. The number of calls from which tracing pays is calibrated on a machine like this
one (`benchmarks/graph_call_threshold.py`). Observed calls or a benchmark in place decide instead
when there are some, and a call in a loop the analysis cannot count (over a dataset, a `while`)
counts as many.

Arguments: `calls` is the number of calls counted, `threshold` the number from which tracing pays.

## Why is this bad?
The first call of a `tf.function` traces the Python body and optimises the graph, which takes
milliseconds to tens of milliseconds; each later call saves at most tens to hundreds of
microseconds over eager execution. A function called a handful of times spends more on tracing
than its graph calls save: the program gets slower. It is not an error.

## Example
```python
def evaluate(model, images, labels):
    logits = model(images, training=False)
    return tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True))

print(evaluate(model, test_images, test_labels))  # once, at the end
```

Use instead: leave `evaluate` eager; decorate the training step that runs in the loop.
"""
from __future__ import annotations

from . import hints
from .base import Rule

RULE = Rule(
    code="TOO_FEW_CALLS",
    severity="info",
    kind="pitfall",
    message="`{function}` is called about {calls} time(s) from eager code: tracing it costs more than its "
            "graph calls would save (it pays from about {threshold} calls)",
    explanation=(
        "The first call of a `tf.function` traces the body and builds a graph, which costs far more than "
        "an eager call; each later call saves only the eager dispatch of its operations. Over this few "
        "calls the program gets slower."
    ),
    hint=hints.join(
        hints.KEEP_EAGER,
        "If it will run many more times than the code shows, set the count you expect with "
        "`%hybridize config expected_calls=N` or `--expected-calls N`.",
    ),
    args=("function", "calls", "threshold"),
    doc=__doc__,
)
