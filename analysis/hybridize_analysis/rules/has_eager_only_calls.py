"""## What it does
Checks for calls that need a concrete (eager) tensor value: `.numpy()`, `float()`, `int()` or
`bool()` of a tensor outside a condition that AutoGraph converts, and `np.asarray` / `np.array`
of a tensor.

Arguments: `call` is the call's source, shortened, e.g. `"loss.numpy()"`.

## Why is this bad?
While `tf.function` traces, tensors are symbolic: they have a dtype and a shape but no value yet.
`.numpy()` does not exist on them, `float()` and `int()` fail, `bool()` raises
`OperatorNotAllowedInGraphError` unless AutoGraph turned the `if` or `while` into a graph
condition, and converting them to NumPy raises `NotImplementedError`. The decorated function fails
on its first call.

## Example
```python
def train_step(x, y):
    loss = compute_loss(x, y)
    return float(loss)
```

Use instead:
```python
@tf.function
def train_step(x, y):
    return compute_loss(x, y)

loss = float(train_step(x, y))   # outside the graph: eager again
```

## Known problems
A tensor used as the test of an `if` or `while` is not reported, since AutoGraph converts it to
a graph condition; an explicit `bool(x)` is. Calls reached through callees the analysis cannot
resolve are not checked.
"""
from __future__ import annotations

from ..syntax import iter_call_arguments
from .base import Finding, Rule
from .context import FunctionContext
from .has_numpy_calls_on_parameters import CONVERSIONS, holds_graph_tensor

RULE = Rule(
    code="HAS_EAGER_ONLY_CALLS",
    severity="error",
    kind="pitfall",
    message="`{function}`: `{call}` needs a concrete tensor value, which a traced graph does not have",
    explanation=(
        "While `tf.function` traces, tensors are symbolic and have no value: `.numpy()`, "
        "`float()`/`int()` and NumPy conversion fail, and `bool()` raises unless AutoGraph "
        "converts the condition, so the decorated function fails on its first call."
    ),
    hint=(
        "Stay in TensorFlow: `tf.cast(x, tf.float32)` for `float(x)`, tensor conditions in "
        "`if`/`while` (AutoGraph converts them), and call `.numpy()` on the result in the caller."
    ),
    args=("function", "call"),
    doc=__doc__,
)


#: Methods that return a tensor's concrete value, which only an eager tensor has.
_VALUE_METHODS = frozenset({"tensor.numpy", "variable.numpy"})
#: `bool(t)` raises on a symbolic tensor wherever it is written, also as an `if` test. (`float(t)`
#: and `int(t)` do not: AutoGraph converts them to `tf.cast`, see `py_builtins.float_`.)
_BUILTINS = frozenset({"builtins.bool"})


def check(ctx: FunctionContext) -> list[Finding]:
    findings = []
    for site in ctx.iter_calls():
        if site.library & _VALUE_METHODS or (site.library & (_BUILTINS | CONVERSIONS) and _first_is_tensor(ctx, site)):
            findings.append(ctx.finding(RULE.code, site.line, call=site.get_code()))
    return findings


def _first_is_tensor(ctx: FunctionContext, site) -> bool:
    arguments = list(iter_call_arguments(site.trailer))
    if not arguments or arguments[0][0] is not None:
        return False
    return holds_graph_tensor(ctx, arguments[0][1])
