"""## What it does
Checks for functions whose every caller is already hybrid.

Arguments: `callers` lists the hybrid callers, e.g. ``"`train_step`, `test_step`"``.

## Why is this bad?
It is not a problem: a function called from a `tf.function` is traced into the caller's graph
already, so decorating it as well gains nothing and adds a nested function to trace.

## Example
```python
def loss_fn(y, logits):
    return tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(y, logits))

@tf.function
def train_step(x, y):
    ...
    loss = loss_fn(y, model(x))
```

Use instead: leave `loss_fn` as it is.
"""
from __future__ import annotations

from . import hints
from .base import Rule

RULE = Rule(
    code="HAS_COVERED_CALLERS",
    severity="info",
    kind="pitfall",
    message=(
        "`{function}` is only called from hybrid functions ({callers}), "
        "which already trace it into their graphs"
    ),
    explanation=(
        "A function called inside a `tf.function` is traced as part of the caller's graph: it "
        "already runs as a graph, and its own decorator would add nothing."
    ),
    hint=hints.join(hints.KEEP_EAGER, "No change is needed."),
    args=("function", "callers"),
    doc=__doc__,
)
