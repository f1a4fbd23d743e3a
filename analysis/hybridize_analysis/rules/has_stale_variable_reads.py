"""## What it does
Checks for functions that read a Keras model's or layer's variables (`model.trainable_variables`,
`.trainable_weights`, `.variables`, `.weights`) before their first call of that model, when
nothing in the program builds the model before (`model.build(...)`, or a call at module level).

Arguments: `attribute` is the read, `line` the line of the model's call that creates the variables.

## Why is this bad?
A Keras model creates its variables on its first call. Read before that call, the list is empty.
Eagerly, the first call of the function updates nothing (or fails, if the empty list goes to an
optimizer) and later calls see the variables. Traced, `tf.function` traces the function again once
the model has created its variables, so the graph updates them from the first call: the two
compute different numbers (checked with TensorFlow 2.21 and Keras 3.15).

## Example
```python
def train_step(x, y):
    variables = model.trainable_variables
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    for variable, gradient in zip(variables, tape.gradient(loss, variables)):
        variable.assign_sub(0.01 * gradient)
```

Use instead:
```python
@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    variables = model.trainable_variables
    for variable, gradient in zip(variables, tape.gradient(loss, variables)):
        variable.assign_sub(0.01 * gradient)
```
"""
from __future__ import annotations

from ..syntax import get_code_of, is_call_trailer
from ..tensors import catalogue as api
from ..tensors.values import OBJECT
from .base import Finding, Rule
from .context import FunctionContext

RULE = Rule(
    code="HAS_STALE_VARIABLE_READS",
    severity="error",
    kind="pitfall",
    tables="both",
    message=(
        "`{function}`: `{attribute}` is read before the model's first call at line {line} creates its "
        "variables, so the first eager call sees none while the graph does"
    ),
    explanation=(
        "A Keras model creates its variables on its first call; read before it, the list is empty. "
        "Eagerly the first call then updates nothing, while `tf.function` traces again once the "
        "variables exist and updates them from the first call."
    ),
    hint="Read the variables after the model's call (or build the model first with `model.build(...)`).",
    args=("function", "attribute", "line"),
    doc=__doc__,
)

_VARIABLE_LISTS = frozenset({"trainable_variables", "trainable_weights", "variables", "weights",
                             "non_trainable_variables", "non_trainable_weights"})


def check(ctx: FunctionContext) -> list[Finding]:
    reads, calls = {}, {}
    for node in ctx.iter_body_nodes():
        if node.type not in ("atom_expr", "power") or len(node.children) < 2:
            continue
        for index in range(1, len(node.children)):
            trailer = node.children[index]
            receiver = _code_of(node, index)
            if trailer.type == "trailer" and trailer.children[0].value == "." \
                    and trailer.children[1].value in _VARIABLE_LISTS:
                reads.setdefault(receiver, (node, index))
            elif is_call_trailer(trailer):
                calls.setdefault(receiver, trailer.start_pos[0])
    findings = []
    for receiver, (node, index) in reads.items():
        line = calls.get(receiver)
        if line is None or node.start_pos[0] >= line or not _is_keras_model(ctx, node, index):
            continue
        if _built_elsewhere(ctx, receiver):
            continue
        attribute = f"{receiver}.{node.children[index].children[1].value}"
        findings.append(ctx.finding(RULE.code, node, attribute=attribute, line=line))
    return findings


def _code_of(node, count: int) -> str:
    return get_code_of(node.children[:count])


def _is_keras_model(ctx: FunctionContext, node, index: int) -> bool:
    values = ctx.dataflow.eval_trailers(node, index)
    return bool(values) and all(value.kind in (api.LAYER, api.MODEL)
                                or (value.kind == OBJECT and ctx.dataflow.keras.is_keras(value.ref))
                                for value in values)


def _built_elsewhere(ctx: FunctionContext, receiver: str) -> bool:
    """`model.build(...)` anywhere, or `model(...)` in module code (it runs before any step)."""
    for site in ctx.callgraph.sites:
        code = _code_of(site.node, site.trailer_index)
        if code == f"{receiver}.build" or (site.caller is None and code == receiver):
            return True
    return False
