"""## What it does
Checks for calls of TensorFlow operations whose `name` argument is not a string: a dtype, a
tensor or a number passed where the operation takes its `name`, by position
(`tf.sqrt(x, tf.float32)`: `tf.sqrt` takes `(x, name=None)`) or by keyword.

Arguments: `call` is the call, shortened; `argument` the value passed as `name`; `kind` what it is.

## Why is this bad?
Eagerly, TensorFlow ignores an operation's `name`, so the mistake goes unnoticed. While tracing, the
name becomes the graph node's name and must be a string: `tf.function` fails with `TypeError`
(checked with TensorFlow 2.21).

## Example
```python
def root(x):
    return tf.sqrt(x, tf.float32)
```

Use instead:
```python
@tf.function
def root(x):
    return tf.sqrt(tf.cast(x, tf.float32))
```
"""
from __future__ import annotations

from ..syntax import iter_call_arguments
from ..tensors import catalogue as api
from ..tensors.values import CONTAINER, EXTERNAL, is_opaque
from .base import Finding, Rule
from .context import FunctionContext, short_code

RULE = Rule(
    code="HAS_INVALID_NAME_ARGUMENTS",
    severity="error",
    kind="pitfall",
    tables="both",
    message="`{function}`: `{call}` passes {kind} `{argument}` as the operation's `name`, which a graph needs as a string",
    explanation=(
        "Eagerly, TensorFlow ignores an operation's `name`; while tracing, it names the graph node "
        "and must be a string, so `tf.function` fails with `TypeError`."
    ),
    hint="Pass the value to the parameter it was meant for (by keyword: `dtype=`, `axis=` ...), or drop it.",
    args=("function", "call", "argument", "kind"),
    doc=__doc__,
)

#: Kinds a `name` may hold: a string, or None (the default).
_NAMES = frozenset({api.STR, api.NONE})
_KIND_WORDS = {api.DTYPE: "a dtype", api.INT: "an int", api.FLOAT: "a float", api.BOOL: "a bool",
               api.TENSOR: "a tensor", api.VARIABLE: "a variable", api.SHAPE: "a shape", CONTAINER: "a container"}


def check(ctx: FunctionContext) -> list[Finding]:
    findings = []
    for site in ctx.iter_calls():
        positions = {api.name_parameter(name) for name in site.library}
        positions.discard(None)
        if len(positions) != 1:
            continue  # not a TensorFlow operation, or callees that disagree on where `name` is
        argument = _name_argument(site.trailer, positions.pop())
        if argument is None:
            continue
        kinds = {_kind_of(value) for value in ctx.values(argument)}
        if not kinds or None in kinds or kinds & _NAMES:
            continue  # a string, None, or a value the analysis cannot name may be fine
        kind = min(kinds)
        findings.append(ctx.finding(RULE.code, argument, call=site.get_code(), argument=short_code(argument, 40),
                                    kind=_KIND_WORDS.get(kind, f"a {kind}")))
    return findings


def _kind_of(value) -> str | None:
    """What a value is, for this check: `tf.float32` is a dtype; None for what the analysis cannot
    see (a library constant it does not know may be a string)."""
    if value.kind == EXTERNAL:
        return api.value_result(str(value.ref))
    return None if is_opaque(value) else value.kind


def _name_argument(trailer, position):
    """The argument a call passes as `name`: by keyword, or by position when `position` is an index
    and no `*args` comes before it."""
    positional = 0
    for keyword, node in iter_call_arguments(trailer):
        if keyword == "name":
            return node
        if keyword is None:
            if node.type == "argument" and node.children[0].type == "operator":
                return None  # a spread: positions are unknown from here on
            if positional == position:
                return node
            positional += 1
    return None
