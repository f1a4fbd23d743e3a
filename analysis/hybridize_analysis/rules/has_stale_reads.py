"""## What it does
Checks for reads of a Python global or closure value (not a tensor or `tf.Variable`) that is
reassigned elsewhere in the program.

Arguments: `name` is the global or free variable read.

## Why is this bad?
`tf.function` captures the Python values a function reads when it traces, as constants of the
graph. Reassigning the global afterwards does not retrace: later calls keep using the old value,
with no error.

## Example
```python
learning_rate = 0.1

def update(w, grad):
    w.assign_sub(learning_rate * grad)

learning_rate = 0.01   # an eager `update` sees this, a traced one does not
```

Use instead:
```python
learning_rate = tf.Variable(0.1)

@tf.function
def update(w, grad):
    w.assign_sub(learning_rate * grad)

learning_rate.assign(0.01)
```

## Known problems
Reassignments the analysis cannot see (in another notebook, or through `globals()`) are missed;
a value reassigned only before the first call is reported although the graph would see its last
value.
"""
from __future__ import annotations

from . import hints
from .base import Rule

RULE = Rule(
    code="HAS_STALE_READS",
    severity="error",
    kind="pitfall",
    message=(
        "`{function}`: reads `{name}`, a Python value reassigned elsewhere; "
        "a graph keeps the value it had when traced"
    ),
    explanation=(
        "`tf.function` captures the Python values a function reads at trace time as graph "
        "constants; reassigning them later does not retrace, so the graph silently keeps "
        "computing with the old value."
    ),
    hint=hints.join(
        hints.USE_A_VARIABLE,
        "Or pass the value as a tensor argument.",
    ),
    args=("function", "name"),
    doc=__doc__,
)
