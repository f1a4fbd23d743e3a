"""## What it does
Checks for calls that need a concrete (eager) tensor value: `.numpy()` and `bool()` of a tensor,
and `np.asarray` / `np.array` of a tensor. (`float()` and `int()` of a tensor are fine: AutoGraph
turns them into `tf.cast`.)

Arguments: `call` is the call's source, shortened, e.g. `"loss.numpy()"`.

## Why is this bad?
While `tf.function` traces, tensors are symbolic: they have a dtype and a shape but no value yet.
`.numpy()` does not exist on them, `bool()` raises `OperatorNotAllowedInGraphError`, and
converting them to NumPy raises `NotImplementedError`. The decorated function fails on its first
call.

## Example
```python
def train_step(x, y):
    loss = compute_loss(x, y)
    return loss.numpy()
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
a graph condition; an explicit `bool(x)` is, even there (it fails under tracing). Calls reached
through callees the analysis cannot resolve are not checked.
"""
from __future__ import annotations

from ..callgraph import CallSite
from ..syntax import iter_call_arguments
from ..tensors import catalogue as api
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
        "`bool()` and NumPy conversion fail, so the decorated function fails on its first call."
    ),
    hint=(
        "Stay in TensorFlow: tensor operations instead of NumPy, tensor conditions in `if`/`while` "
        "(AutoGraph converts them) instead of `bool(x)`, and `.numpy()` on the result in the caller."
    ),
    args=("function", "call"),
    doc=__doc__,
)


#: Methods that return a tensor's concrete value, which only an eager tensor has.
_VALUE_METHODS = frozenset({"tensor.numpy", "variable.numpy"})
#: `bool(t)` raises on a symbolic tensor wherever it is written, also as an `if` test. (`float(t)`
#: and `int(t)` do not: AutoGraph converts them to `tf.cast`, see `py_builtins.float_`.)
_TRUTH = "builtins.bool"


def check(ctx: FunctionContext) -> list[Finding]:
    return [ctx.finding(RULE.code, site.line, call=site.get_code())
            for site in ctx.iter_calls() if _needs_a_value(ctx, site)]


def _needs_a_value(ctx: FunctionContext, site: CallSite) -> bool:
    library = site.library
    if library & _VALUE_METHODS:
        return True
    if _TRUTH not in library and not library & CONVERSIONS:
        return False
    arguments = list(iter_call_arguments(site.trailer))
    if not arguments or arguments[0][0] is not None:
        return False
    first = arguments[0][1]
    if _TRUTH in library:  # the truth of a list of tensors is known while tracing
        values = ctx.values(first)
        return any(value.kind in (api.TENSOR, api.VARIABLE) for value in values) or (
            ctx.get_parameter(first) is not None and any(value.kind == api.NUMPY for value in values))
    return holds_graph_tensor(ctx, first)
