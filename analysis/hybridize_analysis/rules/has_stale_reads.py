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

from ..model.scopes import (
    Argument, Assignment, AugmentedAssignment, Binding, Deletion, LoopVariable, ModuleScope, Scope,
)
from ..tensors import catalogue as api
from ..tensors.values import CONTAINER, MAX_DEPTH, OBJECT, UNKNOWN, Value
from . import hints
from .base import Finding, Rule
from .context import FunctionContext
from .has_numpy_calls_on_parameters import is_read

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


#: Kinds of Python values that a trace freezes into the graph.
_PLAIN_KINDS = frozenset({api.INT, api.FLOAT, api.STR, api.BOOL, api.NONE})


def check(ctx: FunctionContext) -> list[Finding]:
    findings, seen = [], set()
    for leaf in ctx.iter_body_nodes():
        if leaf.type != "name" or leaf.value in seen or not is_read(leaf):
            continue
        binding = ctx.dataflow.resolve(leaf)
        owner = _get_owner(ctx, binding) if binding is not None else None
        if owner is None:
            continue
        bindings = [b for b in owner[leaf.value] if not isinstance(b, Deletion)]
        if _is_reassigned(ctx, owner, leaf.value, bindings) and _is_plain(ctx, bindings):
            seen.add(leaf.value)
            findings.append(ctx.finding(RULE.code, leaf, name=leaf.value))
    return findings


def _get_owner(ctx: FunctionContext, binding: Binding) -> Scope | None:
    """The module or enclosing function scope that holds `binding`; None for the function's own
    names (and for names of class bodies, builtins and imports from other modules)."""
    scope = ctx.function.enclosing
    while scope is not None:
        if binding in scope.get(binding.name, ()):
            return scope if isinstance(scope, ModuleScope) or scope.kind == "function" else None
        scope = scope.parent
    return None


def _is_reassigned(ctx: FunctionContext, owner: Scope, name: str, bindings: list[Binding]) -> bool:
    if isinstance(owner, ModuleScope):
        # every binding of a global, also those made through `global` in a function, lives here
        return len(bindings) > 1 or any(isinstance(b, (AugmentedAssignment, LoopVariable)) for b in bindings)
    defined = ctx.program.get_pos(ctx.function.node)
    if any(b.pos > defined or isinstance(b, LoopVariable) for b in bindings):
        return True  # rebound after the closure was made
    return any(name in function.scope.nonlocal_names and name in function.scope
               and _encloses(owner, function.enclosing)
               for function in ctx.program.iter_functions())


def _encloses(owner: Scope, scope: Scope | None) -> bool:
    while scope is not None:
        if scope is owner:
            return True
        scope = scope.parent
    return False


def _is_plain(ctx: FunctionContext, bindings: list[Binding]) -> bool:
    """Every binding is an assignment of a known plain Python value: a number, string, boolean,
    None, a container of them, or an object of a user class outside TensorFlow and Keras."""
    if not bindings or not all(isinstance(b, (Assignment, LoopVariable, Argument)) for b in bindings):
        return False
    for binding in bindings:
        values = ctx.dataflow.binding_values(binding)
        if not values or not all(_is_plain_value(ctx, value) for value in values):
            return False
    return True


def _is_plain_value(ctx: FunctionContext, value: Value, depth: int = 0) -> bool:
    if value.kind in _PLAIN_KINDS:
        return True
    if value.kind == CONTAINER:
        return depth <= MAX_DEPTH and all(
            v.kind == UNKNOWN or _is_plain_value(ctx, v, depth + 1) for element in value.elements for v in element)
    if value.kind == OBJECT:
        keras = ctx.dataflow.keras
        return not any(base != "builtins.object" for cls in keras.iter_mro(value.ref)
                       for base in keras.get_bases(cls)[1])
    return False
