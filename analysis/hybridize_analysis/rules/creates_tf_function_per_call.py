"""## What it does
Checks for `tf.function(...)` (or a `@tf.function` nested definition) built inside a function body
or a loop, so that a new `tf.function` object is made each time that code runs.

Arguments: `call` is the source of the construction, shortened, e.g. `"tf.function(step)"`.

## Why is this bad?
A `tf.function` keeps its traces on the object. A new object per call starts with an empty cache
and traces again, which is slower than running eagerly; TensorFlow warns about excessive
retracing and names "creating @tf.function repeatedly in a loop" as a cause.

## Example
```python
def run(model, x):
    predict = tf.function(model)
    return predict(x)
```

Use instead:
```python
predict = tf.function(model)

def run(x):
    return predict(x)
```
"""
from __future__ import annotations

from ..callgraph import CallSite
from ..model import TF_FUNCTION_NAMES
from ..syntax import is_attribute_trailer
from ..tensors import catalogue as api
from .base import Finding, Rule
from .context import FunctionContext

_TF_FUNCTION = frozenset(api.normalize(name) for name in TF_FUNCTION_NAMES)

RULE = Rule(
    code="CREATES_TF_FUNCTION_PER_CALL",
    severity="warning",
    kind="pitfall",
    message="`{function}`: `{call}` builds a new `tf.function` each time it runs, so every call traces again",
    explanation=(
        "Traces are cached on the `tf.function` object: building a new one per call or per loop "
        "iteration throws the cache away and pays tracing every time."
    ),
    hint=(
        "Build the `tf.function` once (at module level, or in `__init__`) and call that object."
    ),
    args=("function", "call"),
    doc=__doc__,
)


def check(ctx: FunctionContext) -> list[Finding]:
    findings = []
    for site in ctx.iter_calls():
        # a decorator is reported with its function, below
        if site.node.parent.type != "decorator" and _get_callee_name(ctx, site) in _TF_FUNCTION:
            findings.append(ctx.finding(RULE.code, site.line, call=site.get_code()))
    for node in ctx.iter_body_nodes():
        function = ctx.dataflow.function_of_node.get(node.children[-1]) if node.type == "decorated" else None
        marker = function.hybrid if function is not None else None
        if marker is not None and marker.kind == "decorator":
            findings.append(ctx.finding(RULE.code, marker.line, call=f"@{marker.code} def {function.name}"))
    return sorted(findings, key=lambda finding: finding.line)


def _get_callee_name(ctx: FunctionContext, site: CallSite) -> str | None:
    """The qualified name of a call's callee when it is written as a dotted name (`tf.function`),
    not what it evaluates to: calling the result of `tf.function(f)` builds nothing."""
    callee = site.node.children[: site.trailer_index]
    if callee[0].type != "name" or not all(is_attribute_trailer(trailer) for trailer in callee[1:]):
        return None
    prefix = ctx.program.get_binding_qualified_name(ctx.dataflow.resolve(callee[0]))
    if prefix is None:
        return None
    return api.normalize(".".join([prefix, *(trailer.children[1].value for trailer in callee[1:])]))
