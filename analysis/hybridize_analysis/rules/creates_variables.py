"""## What it does
Checks for variables created on every call of the function, rather than once: `tf.Variable(...)`,
Keras layers, metrics and optimizers constructed in the body (they make their weights, and Keras 3
layers with randomness their `SeedGenerator` state, when first used), and helpers that do either,
however deep in the call graph.

Arguments: `call` is the creating call's source, shortened, e.g. `"tf.Variable(tf.zeros([10]))"`.

## Why is this bad?
Eagerly, each call makes a fresh variable. `tf.function` supports only variables created on the
first call and reused afterwards: creating one on a later trace raises `ValueError` ("tf.function
only supports singleton tf.Variables created on the first call"), and reusing the first one
changes what the function computes.

## Example
```python
def accumulate(x):
    total = tf.Variable(0.0)
    total.assign_add(tf.reduce_sum(x))
    return total.read_value()
```

Use instead:
```python
total = tf.Variable(0.0)

@tf.function
def accumulate(x):
    total.assign_add(tf.reduce_sum(x))
    return total.read_value()
```

## Known problems
Variables created behind a guard that runs once (`if self.v is None:`, `if not self.built:`), in
`__init__` or in a Keras `build` (also through `add_weight`) are supported by `tf.function` and not
reported when the guard is recognised. Keras layers without state (`Flatten`, `Activation`,
pooling, merging and reshaping layers) are not reported.
"""
from __future__ import annotations

import dataclasses
import weakref

from parso.tree import NodeOrLeaf

from ..callgraph import CallSite
from ..model import FunctionInfo, Program
from ..model.scopes import Argument
from ..syntax import iter_call_arguments, iter_nodes
from ..tensors import catalogue as api
from .base import Finding, Rule
from .context import FunctionContext

RULE = Rule(
    code="CREATES_VARIABLES",
    severity="error",
    kind="pitfall",
    message="`{function}`: `{call}` creates a new `tf.Variable` on every call",
    explanation=(
        "`tf.function` only supports `tf.Variable`s created once, on the first call: a variable "
        "created on a later trace raises `ValueError`, and reusing the first one no longer "
        "starts from a fresh variable on each call as the eager code does."
    ),
    hint=(
        "Create the variable once, outside the function or in `__init__`/`build` of a Keras layer "
        "or `tf.Module`, and `assign` to it inside; use a plain tensor if it need not persist."
    ),
    args=("function", "call"),
    doc=__doc__,
)


#: Constructors of variables (normalised qualified names).
_CONSTRUCTORS = frozenset({"tensorflow.Variable", "keras.Variable", "keras.backend.Variable",
                           "keras.variables.Variable"})
#: Methods of a class that run once per object, where creating variables is the norm.
_ONCE_METHODS = frozenset({"__init__", "build"})


#: Kinds of Keras objects that own variables (weights, optimizer slots, metric totals, seeds).
_KERAS_STATE_KINDS = frozenset({api.LAYER, api.METRIC, api.OPTIMIZER})
#: Keras layers that own no variable: constructing them per call is harmless.
_STATELESS_LAYERS = frozenset(f"keras.layers.{name}" for name in """
    Activation ReLU Softmax LeakyReLU ELU PReLU_ Flatten Reshape Permute RepeatVector Lambda Identity
    InputLayer Masking Concatenate Add Subtract Multiply Average Maximum Minimum Dot Cropping1D
    Cropping2D Cropping3D ZeroPadding1D ZeroPadding2D ZeroPadding3D UpSampling1D UpSampling2D
    UpSampling3D MaxPooling1D MaxPooling2D MaxPooling3D AveragePooling1D AveragePooling2D
    AveragePooling3D GlobalAveragePooling1D GlobalAveragePooling2D GlobalAveragePooling3D
    GlobalMaxPooling1D GlobalMaxPooling2D GlobalMaxPooling3D Rescaling CenterCrop Resizing
""".split() if not name.endswith("_"))
_MAX_DEPTH = 6


def check(ctx: FunctionContext) -> list[Finding]:
    if _runs_once(ctx.function):
        return []
    return [ctx.finding(RULE.code, site.line, call=site.get_code())
            for site in ctx.iter_calls() if _creates_at(ctx, site, 0, set())]


def _runs_once(function: FunctionInfo) -> bool:
    return function.cls is not None and function.name in _ONCE_METHODS


def _creates_at(ctx: FunctionContext, site: CallSite, depth: int, seen: set) -> bool:
    """The call creates a variable every time it runs: a constructor, or a callee that does."""
    if not (_constructs_state(site) or any(
            creates_variables(ctx, callee, depth + 1, seen) for callee in site.targets)):
        return False
    return not _is_guarded(ctx, site.node)


def _constructs_state(site: CallSite) -> bool:
    for name in map(api.normalize, site.library):
        if name in _CONSTRUCTORS:
            return True
        if name.startswith("keras.") and name not in _STATELESS_LAYERS \
                and api.call_result(name) in _KERAS_STATE_KINDS:
            return True
    return False


_found: "weakref.WeakKeyDictionary[Program, dict[FunctionInfo, bool]]" = weakref.WeakKeyDictionary()


def creates_variables(ctx: FunctionContext, function: FunctionInfo, depth: int = 0,
                      seen: set | None = None) -> bool:
    """`function` creates variables each time it runs, itself or through its callees. A Keras
    `build` runs once per layer; `__init__` runs once per object, which counts when the object is
    constructed per call (the constructor call reaches it)."""
    if function.cls is not None and function.name == "build":
        return False
    known = _found.setdefault(ctx.program, {})
    if function in known:
        return known[function]
    seen = set() if seen is None else seen
    if function in seen or depth > _MAX_DEPTH:
        return False
    seen.add(function)
    inner = dataclasses.replace(ctx, function=function)
    sites = sorted(ctx.callgraph.sites_in.get(function, []), key=lambda site: site.trailer.start_pos)
    result = any(_creates_at(inner, site, depth, seen) for site in sites)
    if depth == 0 or result:
        known[function] = result  # a negative answer under a cut-off recursion is not final
    return result


def _is_guarded(ctx: FunctionContext, call: NodeOrLeaf) -> bool:
    """The singleton pattern: the variable is stored in state that outlives the call (an attribute,
    or a global or nonlocal name) under an `if` that tests that this state is not set yet."""
    target = _get_store_target(call)
    if target is None or not _is_persistent(ctx, target):
        return False
    names = _guard_names(target)
    node, body = call, ctx.function.node.children[-1]
    while node is not body and node.parent is not None:
        parent = node.parent
        if parent.type == "if_stmt":
            test = _get_branch_test(parent, node)
            if test is not None and _mentions(test, names | _get_flag_stores(ctx, node)):
                return True
        node = parent
    return False


def _get_flag_stores(ctx: FunctionContext, suite: NodeOrLeaf) -> set[str]:
    """Codes of persistent state the branch sets (`self._ready = True`): a test of such a flag
    also makes the branch run once."""
    stores = set()
    for node in iter_nodes(suite):
        if node.type == "expr_stmt" and len(node.children) >= 3 and node.children[1].type == "operator" \
                and node.children[1].value == "=":
            for target in node.children[:-1:2]:
                if _is_persistent(ctx, target):
                    stores.add(_code(target))
    return stores


def _get_store_target(call: NodeOrLeaf) -> NodeOrLeaf | None:
    """`x` in `x = tf.Variable(...)` (the call may be nested in the value, e.g. a list)."""
    node = call
    while node.parent is not None and node.parent.type not in ("expr_stmt", "suite", "file_input", "funcdef"):
        node = node.parent
    statement = node.parent
    if statement is None or statement.type != "expr_stmt":
        return None
    children = statement.children
    if len(children) >= 3 and children[1].type == "operator" and children[1].value == "=" and node is children[-1]:
        return children[0]
    if len(children) >= 2 and children[1].type == "annassign" and node is children[1].children[-1]:
        return children[0]
    return None


def _is_persistent(ctx: FunctionContext, target: NodeOrLeaf) -> bool:
    if target.type == "name":
        scope = ctx.function.scope
        return target.value in scope.global_names or target.value in scope.nonlocal_names
    if target.type not in ("atom_expr", "power") or target.children[0].type != "name":
        return False
    # `self.v`, `cache[key]`: stored in an object the call did not create
    base = target.children[0]
    binding = ctx.dataflow.resolve(base)
    local = binding is not None and binding in ctx.function.scope.get(base.value, ())
    return not local or isinstance(binding, Argument)


def _guard_names(target: NodeOrLeaf) -> set[str]:
    """Codes an `if` may test to guard a store to `target`: the target itself, the container of a
    subscript store, and the attribute name (for `hasattr(self, "v")`)."""
    code = _code(target)
    names = {code}
    children = getattr(target, "children", None)
    if children and target.type in ("atom_expr", "power"):
        last = children[-1]
        if last.type == "trailer" and last.children[0].value == "[":
            names.add("".join(_code(child) for child in children[:-1]))
        elif last.type == "trailer" and last.children[0].value == ".":
            names.add(repr(last.children[1].value))
            names.add(f'"{last.children[1].value}"')
    return names


def _get_branch_test(if_stmt: NodeOrLeaf, child: NodeOrLeaf) -> NodeOrLeaf | None:
    """The test of the `if`/`elif` branch whose suite is `child`; None for the `else` suite."""
    children = if_stmt.children
    index = children.index(child)
    if index >= 3 and children[index - 1].type == "operator" and children[index - 1].value == ":" \
            and children[index - 3].type == "keyword" and children[index - 3].value in ("if", "elif"):
        return children[index - 2]
    return None


def _mentions(test: NodeOrLeaf, names: set[str]) -> bool:
    for node in iter_nodes(test):
        if _code(node) in names:
            return True
        if node.type in ("atom_expr", "power") and node.children[0].type == "name" and \
                node.children[0].value == "hasattr":
            arguments = [value for _, value in iter_call_arguments(node.children[-1])]
            if len(arguments) == 2 and _code(arguments[1]) in names:
                return True
    return False


def _code(node: NodeOrLeaf) -> str:
    return node.get_code(include_prefix=False).strip()
