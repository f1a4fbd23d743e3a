"""## What it does
Reports, in the kernel, a function whose observed calls passed an argument varying Python values
or tensor shapes, so that as a `tf.function` it retraces (or, if already hybrid, did retrace).

Arguments: `parameter` is the argument that varied; `values` what it took, e.g.
`"Python ints 16, 32, 64"` or `"float32[32,784], float32[17,784]"`.

## Why is this bad?
Every new Python value, and every new shape, dtype or structure of a tensor argument, traces and
compiles a new graph. Tracing is slow, so a function retraced often runs slower than eager code.

## Example
```python
@tf.function
def predict(x):
    return model(x)

for batch in batches_of_varying_size:
    predict(batch)
```

Use instead:
```python
@tf.function(reduce_retracing=True)
def predict(x):
    return model(x)
```

## Fix safety
The `RECONFIGURE` rewrite adds `reduce_retracing=True`, or an `input_signature` inferred from the
observed calls with `None` for the dimensions that varied. `reduce_retracing` does not change
results. An `input_signature` makes calls outside it fail, so it is inferred only from what the
calls showed; a Python value that varies still needs a tensor argument.
"""
from __future__ import annotations

from . import hints
from .base import Rule

RULE = Rule(
    code="OBSERVED_RETRACING",
    severity="warning",
    kind="observation",
    message=(
        "`{function}`: observed calls passed parameter `{parameter}` varying values ({values}); "
        "each variant traces a new graph"
    ),
    explanation=(
        "`tf.function` traces a new graph for every new Python argument value and every new "
        "tensor shape or dtype, and tracing costs far more than a call: the calls seen so far "
        "would pay it again and again."
    ),
    hint=hints.join(
        hints.PASS_A_TENSOR,
        "For varying shapes, use `@tf.function(reduce_retracing=True)` or an `input_signature` "
        "with `None` for the varying dimensions.",
    ),
    args=("function", "parameter", "values"),
    fix_safety=(
        "`reduce_retracing=True` does not change results; an inferred `input_signature` rejects "
        "calls that do not match it, so it is offered only from observed calls."
    ),
    doc=__doc__,
)
