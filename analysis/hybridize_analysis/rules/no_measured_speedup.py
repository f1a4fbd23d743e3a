"""## What it does
Reports, after a benchmark, a function whose graph version was not faster than its eager
version; the recommendation becomes to keep it eager.

Arguments: `graph` and `eager` are the median times per call, formatted with their unit, e.g.
`"1.9 ms"`.

## Why is this bad?
`tf.function` removes Python overhead between operations. A function dominated by a few large
operations (a big matrix product, a convolution) already spends its time in kernels, and tracing
plus the graph call overhead can make it slower.

## Example
```python
def project(x, w):
    return tf.matmul(x, w)
```

Use instead: leave it eager, and hybridize the larger step that calls it.
"""
from __future__ import annotations

from . import hints
from .base import Rule

RULE = Rule(
    code="NO_MEASURED_SPEEDUP",
    severity="warning",
    kind="benchmark",
    message="`{function}`: graph took {graph} per call against {eager} eager; no speedup",
    explanation=(
        "Graph execution saves Python overhead between operations; when the time goes into a few "
        "large kernels, tracing and call overhead outweigh it."
    ),
    hint=hints.join(hints.KEEP_EAGER, hints.HYBRIDIZE_THE_STEP),
    args=("function", "graph", "eager"),
    doc=__doc__,
)
