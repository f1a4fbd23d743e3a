"""## What it does
Checks for `call` or `__call__` of a Keras 3 `Model` or `Layer` subclass, the usual target of a
hand-written `@tf.function`.

Arguments: `base` is the Keras base class, e.g. `"keras.Model"` or `"keras.layers.Layer"`.

The finding is an error when the program differentiates through the model (its call is reached
under a `tf.GradientTape`, it is trained with `fit` or `train_on_batch`, an optimizer updates its
variables) or when that cannot be ruled out, and a warning when the model is only ever called
forward: then the decorator is safe and much faster. It depends on the Keras version, so it comes
with a `TARGET_VERSIONS` assumption.

## Why is this bad?
Under Keras 3 (TensorFlow 2.16 and later), wrapping a layer's `call` in `tf.function` hides its
variables from `tf.GradientTape`: the gradients of the loss with respect to the model's
`trainable_variables` are all `None`, also when the training step around it is itself a
`tf.function`, and the optimizer then fails or trains nothing (checked with TensorFlow 2.21 and
Keras 3.15). Keras compiles `fit`, `evaluate` and `predict` itself.

## Example
```python
class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.dense = keras.layers.Dense(10)

    def call(self, x):
        return self.dense(x)
```

Use instead:
```python
model = Net()

@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss
```

## Known problems
Under Keras 2 (`tf_keras`, `TF_USE_LEGACY_KERAS=1`, or TensorFlow before 2.16) the problem does
not exist and the rule does not apply; the analysis decides the version as described for
`TARGET_VERSIONS`, and `--keras 2|3` overrides it.
"""
from __future__ import annotations

import weakref

from parso.tree import NodeOrLeaf

from ..callgraph import DIRECT, FRAMEWORK, KERAS_CALL, METHOD, CallSite
from ..model import ClassInfo, Program
from ..syntax import is_attribute_trailer, iter_call_arguments, iter_nodes
from ..tensors import catalogue as api
from ..tensors.values import CONTAINER, MAX_DEPTH, OBJECT, Values
from . import hints
from .base import Finding, Rule
from .context import FunctionContext

RULE = Rule(
    code="KERAS3_LAYER_CALL",
    severity="error",
    kind="pitfall",
    message=(
        "`{function}` belongs to a Keras 3 `{base}` subclass: under `@tf.function` "
        "GradientTape sees none of its variables and every gradient is None"
    ),
    explanation=(
        "With Keras 3 (TensorFlow 2.16 and later), a `tf.function` around a layer's or model's "
        "`call` hides its variables from `tf.GradientTape`, even inside a hybrid training step: "
        "every gradient is None and training stops working. Keras already compiles `fit`, "
        "`evaluate` and `predict`."
    ),
    hint=hints.join(
        "Hybridize the training or inference step that calls the model instead, and leave `call` "
        "undecorated.",
    ),
    args=("function", "base"),
    doc=__doc__,
)


_CALL_METHODS = ("call", "__call__")
_BASES = {api.MODEL: "keras.Model", api.LAYER: "keras.layers.Layer"}
#: Keras methods that train the model they are called on.
_TRAINING_METHODS = frozenset({"fit", "train_on_batch"})
#: Reading these hands the model's variables to a gradient or an optimizer.
_TRAINABLE_ATTRIBUTES = frozenset({"trainable_variables", "trainable_weights"})
_FORWARD = frozenset({KERAS_CALL, METHOD, DIRECT})
#: Building a functional model calls layers on symbolic inputs; the model may then be trained.
_FUNCTIONAL_INPUTS = frozenset({"keras.Input", "keras.layers.Input"})


def check(ctx: FunctionContext) -> list[Finding]:
    function = ctx.function
    if ctx.targets.keras != 3 or function.cls is None or function.name not in _CALL_METHODS:
        return []
    kind = ctx.dataflow.keras.get_keras_kind(function.cls)
    if kind not in _BASES:
        return []
    severity = None if _may_differentiate(ctx, function.cls) else "warning"
    return [ctx.finding(RULE.code, function.line, severity=severity, base=_BASES[kind])]


def _may_differentiate(ctx: FunctionContext, cls: ClassInfo) -> bool:
    """Whether gradients may flow through instances of `cls`: it (or a model containing it) is
    called under a GradientTape, trained with `fit`/`train_on_batch`, has its trainable variables
    read, or is used in ways the analysis cannot follow. False only when every use is forward."""
    related = _get_related_classes(ctx, cls)
    keras = ctx.dataflow.keras
    entries = {method for other in related for name in _CALL_METHODS
               if (method := keras.find_method(other, name)) is not None}
    forward_seen = False
    under_tape: dict = {}
    for site in ctx.callgraph.sites:
        library = site.library
        if library & _FUNCTIONAL_INPUTS:
            return True
        for target, how in site.targets.items():
            if target.cls not in related:
                continue
            if how == FRAMEWORK:
                if any(name.rpartition(".")[2] in _TRAINING_METHODS for name in library):
                    return True
                forward_seen = True
            elif how in _FORWARD and target in entries:
                forward_seen = True
                if _is_under_tape(ctx, site, under_tape):
                    return True
        if _passes_instance_to_keras(ctx, site, related):
            return True
    if not forward_seen:
        return True  # no call seen: it may be trained where the analysis does not look
    return any(_holds_instance(ctx.dataflow.eval_trailers(node, index), related)
               for node, index in _get_trainable_reads(ctx.program))


def _get_related_classes(ctx: FunctionContext, cls: ClassInfo) -> set[ClassInfo]:
    """`cls`, its subclasses, and the classes whose instances hold an instance of one of them
    (`self.block = Block()`), to a fixpoint."""
    keras = ctx.dataflow.keras
    stored: dict[ClassInfo, list[Values]] = {}
    for (owner, _), values in list(ctx.dataflow.attributes.items()):
        stored.setdefault(owner, []).append(values)
    related = {cls}
    changed = True
    while changed:
        changed = False
        for other in ctx.program.iter_classes():
            if other not in related and (any(base in related for base in keras.iter_mro(other))
                                         or any(_holds_instance(values, related) for values in stored.get(other, ()))):
                related.add(other)
                changed = True
    return related


def _holds_instance(values: Values, related: set[ClassInfo], depth: int = 0) -> bool:
    for value in values:
        if value.kind == OBJECT and value.ref in related:
            return True
        if value.kind == CONTAINER and depth <= MAX_DEPTH and any(
                _holds_instance(element, related, depth + 1) for element in value.elements):
            return True
    return False


def _passes_instance_to_keras(ctx: FunctionContext, site: CallSite, related: set[ClassInfo]) -> bool:
    """`keras.Sequential([Block()])`, `model.add(Block())`: a Keras model the analysis does not
    follow now holds the instance."""
    if not any(name.startswith("keras.") or name.partition(".")[0] in (api.MODEL, api.LAYER)
               for name in site.library):
        return False
    return any(_holds_instance(ctx.values(argument), related) for _, argument in iter_call_arguments(site.trailer))


def _is_under_tape(ctx: FunctionContext, site: CallSite, memo: dict) -> bool:
    """The call runs inside a `with tf.GradientTape()` block, written around it or around a call
    of the function it is in (transitively)."""
    if _is_in_tape_block(ctx, site.node):
        return True
    function = site.caller
    if function is None:
        return False
    if function not in memo:
        memo[function] = False  # cycles
        memo[function] = any(_is_under_tape(ctx, caller, memo) for caller in ctx.callgraph.get_callers(function))
    return memo[function]


def _is_in_tape_block(ctx: FunctionContext, node: NodeOrLeaf) -> bool:
    child, parent = node, node.parent
    while parent is not None and parent.type not in ("funcdef", "classdef", "file_input"):
        if parent.type == "with_stmt" and child is parent.children[-1]:
            for item in parent.children[1:-2:2]:
                context = item.children[0] if item.type == "with_item" else item
                if any(value.kind == api.TAPE for value in ctx.values(context)):
                    return True
        child, parent = parent, parent.parent
    return False


_trainable_reads: "weakref.WeakKeyDictionary[Program, list[tuple[NodeOrLeaf, int]]]" = weakref.WeakKeyDictionary()


def _get_trainable_reads(program: Program) -> list[tuple[NodeOrLeaf, int]]:
    """(node, index) of every `<expr>.trainable_variables` (or `.trainable_weights`) in the program,
    `node.children[index]` being the attribute trailer; found once per program."""
    found = _trainable_reads.get(program)
    if found is None:
        found = _trainable_reads[program] = []
        for module in program.modules.values():
            for parsed, unit in zip(module.parsed, module.units):
                if parsed.tree is None or unit.skipped_magic is not None:
                    continue
                for node in iter_nodes(parsed.tree):
                    if is_attribute_trailer(node) and node.children[1].value in _TRAINABLE_ATTRIBUTES:
                        found.append((node.parent, node.parent.children.index(node)))
    return found
