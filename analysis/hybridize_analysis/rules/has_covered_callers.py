"""## What it does
Checks for functions whose every caller is already hybrid. Under Keras 3, a function that may
receive variables counts callers the analysis recommends decorating as hybrid too, and such a
function loses a decorator it has (see `boundary.py`). Once every function is decided, the
boundary plan counts the functions it decorates as hybrid callers for every recommendation.

Arguments: `callers` lists the hybrid callers, e.g. ``"`train_step`, `test_step`"`` (a caller the
analysis recommends decorating reads ``"`train_step` once decorated as recommended"``).

## Why is this bad?
It is not a problem: a function called from a `tf.function` is traced into the caller's graph
already, so decorating it as well gains nothing and adds a nested function to trace. Nesting can
even break: under Keras 3, a nested `tf.function` given Keras variables (`model.trainable_variables`)
fails to trace (`NotImplementedError` from `canonicalize_to_monomorphic`).

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

from ..callgraph import CALLBACK, FRAMEWORK, CallSite
from ..model import FunctionInfo
from ..syntax import iter_call_arguments
from ..tensors import catalogue as api
from . import hints
from .base import Finding, Rule
from .context import FunctionContext

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


def check(ctx: FunctionContext, converted: frozenset[FunctionInfo] = frozenset()) -> list[Finding]:
    """Run as a pitfall with hybrid callers only; run again once the decisions are made with
    `converted`, the functions recommended for `@tf.function`, counted as hybrid."""
    roots = _get_covering_roots(ctx, ctx.function, set(), {}, converted)
    if not roots:
        return []
    return [ctx.finding(RULE.code, ctx.function.line, callers=", ".join(roots))]


def _get_covering_roots(ctx: FunctionContext, function: FunctionInfo, visiting: set,
                        memo: dict, converted: frozenset) -> list[str] | None:
    """The hybrid (or converted) functions and always-tracing APIs that every call of `function`
    comes from, directly or through callers that are covered themselves; None when some call is
    not covered, when there is no call, or when callers may be hidden (a decorator, a function
    handed to code the analysis does not see). A cycle covers nothing by itself: only what enters
    it from outside. A converted caller that is covered itself passes on its own roots (it keeps
    no decorator either)."""
    if function in memo:
        return memo[function]
    sites = ctx.callgraph.get_callers(function)
    if not sites or function in visiting or function in ctx.dataflow.escaping:
        return None
    visiting.add(function)
    roots: list[str] | None = []
    for site in sites:
        found = _get_site_roots(ctx, site, function, visiting, memo, converted)
        if found is None:
            roots = None
            break
        roots.extend(root for root in found if root not in roots)
    visiting.discard(function)
    memo[function] = roots
    return roots


def _get_site_roots(ctx: FunctionContext, site: CallSite, function: FunctionInfo, visiting: set,
                    memo: dict, converted: frozenset) -> list[str] | None:
    how = site.targets.get(function)
    if how == FRAMEWORK:  # `model.fit(...)` runs `train_step` in the graph Keras traces
        return None if _keras_runs_eagerly(ctx) else [f"Keras' `{site.method_name}`"]
    if how == CALLBACK:
        api_name, traced = _get_higher_order_api(site)
        if traced is True:
            return [f"`{api_name}`"]
        if traced is False or api_name is None:
            return None
        # `traced is None`: the callback runs as its caller does (`tf.cond`, `tf.map_fn`)
    caller = site.caller
    if caller is None:
        return None  # module-level code runs eagerly
    if caller.is_hybrid:
        return [f"`{caller.qualname}`"]
    roots = _get_covering_roots(ctx, caller, visiting, memo, converted)
    if roots is None and caller in converted:
        return [f"`{caller.qualname}` once decorated as recommended"]
    return roots


def _keras_runs_eagerly(ctx: FunctionContext) -> bool:
    """The program asks Keras to run its steps eagerly: `compile(run_eagerly=...)` or
    `fit(run_eagerly=...)` with anything but `False`, or `tf.config.run_functions_eagerly(...)`
    with anything but `False`."""
    for site in ctx.callgraph.sites:
        arguments = list(iter_call_arguments(site.trailer))
        if any(name.endswith("run_functions_eagerly") for name in site.library):
            if not arguments or arguments[0][1].get_code().strip() != "False":
                return True
        if site.method_name in ("compile", "fit") and any(
                keyword == "run_eagerly" and node.get_code().strip() != "False" for keyword, node in arguments):
            return True
    return False


def _get_higher_order_api(site: CallSite) -> tuple[str | None, bool | None]:
    """(display name, `traced`) of the higher-order API a callback is passed to."""
    for name in sorted(site.library):
        kind, _, method = name.partition(".")
        spec = api.higher_order_method(kind, method) if kind in api.KINDS else api.higher_order_api(name)
        if spec is not None:
            display = f"{kind.capitalize()}.{method}" if kind in api.KINDS else _display(name)
            return display, spec.traced
    return None, None


def _display(name: str) -> str:
    return "tf." + name[len("tensorflow."):] if name.startswith("tensorflow.") else name
