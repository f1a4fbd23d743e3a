"""## What it does
Checks for functions that a call site gives a Keras symbolic tensor: a `keras.Input(...)`, or
what layers, models and TensorFlow operations made from one while a functional model is built.

Arguments: `call` is that call, `line` its line, `argument` the symbolic argument.

## Why is this bad?
A `KerasTensor` is a placeholder for a shape and a dtype, with no value. Under Keras 3 a
`tf.function` cannot take one: tracing tries to convert it and fails with `ValueError` ("A
KerasTensor is symbolic ... You cannot convert it to a NumPy array"), so decorating a helper that
also builds the functional model breaks the model's construction (checked with TensorFlow 2.21 and
Keras 3.15). Eagerly, the same helper builds the model's graph of layers as intended.

## Example
```python
def head(x):
    return keras.layers.Dense(10)(x) * 2.0

inputs = keras.Input(shape=(32,))
model = keras.Model(inputs, head(inputs))
```

Use instead: leave the helper eager; decorate the training or inference step that calls the model.
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..model.scopes import Assignment
from ..syntax import iter_call_arguments
from ..tensors import catalogue as api
from ..tensors.values import BOUND_METHOD, EXTERNAL, FUNCTION, OBJECT
from .base import Finding, Rule
from .context import FunctionContext, short_code

RULE = Rule(
    code="HAS_KERAS_SYMBOLIC_ARGUMENTS",
    severity="error",
    kind="pitfall",
    tables="both",
    message=(
        "`{function}` is called with the Keras symbolic tensor `{argument}` at line {line} (`{call}`), "
        "which a `tf.function` cannot take under Keras 3"
    ),
    explanation=(
        "A `KerasTensor` (`keras.Input(...)` and what layers make from it while a functional model is "
        "built) has a shape and a dtype but no value; tracing a `tf.function` with one fails under "
        "Keras 3, so the model can no longer be built."
    ),
    hint="Keep this helper eager; decorate the training or inference step that calls the finished model.",
    args=("function", "argument", "line", "call"),
    doc=__doc__,
)

#: Library functions that make a symbolic tensor.
_INPUTS = frozenset({"keras.Input", "keras.layers.Input"})
#: Attributes of a built layer or model that are symbolic tensors.
_SYMBOLIC_ATTRIBUTES = frozenset({"input", "inputs", "output", "outputs"})
_LIBRARY_ROOTS = ("tensorflow.", "keras.")
_MAX_DEPTH = 8


def check(ctx: FunctionContext) -> list[Finding]:
    if ctx.targets.keras != 3:
        return []
    for site in ctx.get_callers():
        for _, argument in iter_call_arguments(site.trailer):
            if _is_symbolic(ctx, argument, 0):
                return [ctx.finding(RULE.code, ctx.function.line, argument=short_code(argument, 40),
                                    line=site.line, call=site.get_code())]
    return []


def _is_symbolic(ctx: FunctionContext, node: NodeOrLeaf, depth: int) -> bool:
    """Whether `node` evaluates to a KerasTensor: made by `keras.Input`, or computed from one by
    a layer, a model, a TensorFlow or Keras operation, an operator or a function of the program."""
    if depth > _MAX_DEPTH:
        return False
    if node.type == "argument" and len(node.children) == 3:  # a keyword argument: its value
        node = node.children[2]
    if node.type == "name":
        binding = ctx.dataflow.resolve(node)
        return isinstance(binding, Assignment) and binding.value is not None and binding.value is not node \
            and _is_symbolic(ctx, binding.value, depth + 1)
    if node.type in ("atom_expr", "power") and node.children[-1].type == "trailer":
        return _is_symbolic_trailers(ctx, node, len(node.children), depth)
    if node.type == "atom":  # `(x)`, `[a, b]`: any element
        return any(_is_symbolic(ctx, child, depth + 1) for child in node.children[1:-1])
    if node.type in ("arith_expr", "term", "factor", "testlist_comp"):
        return any(_is_symbolic(ctx, child, depth + 1) for child in node.children if child.type != "operator")
    return False


def _is_symbolic_trailers(ctx: FunctionContext, node: NodeOrLeaf, count: int, depth: int) -> bool:
    """Whether the first `count` children of an atom_expr (a name and trailers) make a KerasTensor."""
    if count == 1:
        return _is_symbolic(ctx, node.children[0], depth + 1)
    last = node.children[count - 1]
    opening = last.children[0].value
    if opening == "[":  # `outputs[0]`: an element of what the prefix makes
        return _is_symbolic_trailers(ctx, node, count - 1, depth + 1)
    if opening == ".":
        return last.children[1].value in _SYMBOLIC_ATTRIBUTES and _made_by_keras(
            ctx.dataflow.eval_trailers(node, count - 1))
    callee = ctx.dataflow.eval_trailers(node, count - 1)
    if any(value.kind == EXTERNAL and api.normalize(str(value.ref)) in _INPUTS for value in callee):
        return True
    if callee and all(_builds_layer(value) for value in callee):
        return False  # `keras.Model(inputs, outputs)` made of symbolic tensors is a model, no tensor
    if not any(_passes_symbolic_on(value) for value in callee):
        return False
    return any(_is_symbolic(ctx, argument, depth + 1) for _, argument in iter_call_arguments(last))


def _passes_symbolic_on(value) -> bool:
    """A callee whose result is symbolic when an argument is: a layer or model, a TensorFlow or
    Keras operation (`keras.layers.Dense(4)` called, `tf.concat`), or a function of the program."""
    if value.kind in (api.LAYER, api.MODEL, FUNCTION, BOUND_METHOD):
        return True
    if value.kind == OBJECT:
        return True  # a Keras subclass of the program (its `call` builds on its inputs)
    return value.kind == EXTERNAL and str(value.ref).startswith(_LIBRARY_ROOTS)


def _builds_layer(value) -> bool:
    """A constructor of Keras models or layers (`keras.Model`, `keras.layers.Dense`)."""
    return value.kind == EXTERNAL and api.call_result(api.normalize(str(value.ref))) in (api.MODEL, api.LAYER)


def _made_by_keras(values) -> bool:
    return any(value.kind in (api.LAYER, api.MODEL) or (value.kind == EXTERNAL and str(value.ref).startswith("keras."))
               for value in values)
