"""## What it does
Checks for appending to (or extending) a Python list inside a loop that depends on a tensor, such
as a loop over `tf.range(n)` or over a tensor.

Arguments: `name` is the list's name.

## Why is this bad?
AutoGraph converts a tensor-dependent loop into a `tf.while_loop`, whose body is traced once. A
Python list is not a loop variable of the graph: it receives one symbolic tensor from the single
trace (or AutoGraph rejects the loop), not one element per iteration as in the eager code.

## Example
```python
def cumulative(xs):
    out = []
    for i in tf.range(tf.shape(xs)[0]):
        out.append(tf.reduce_sum(xs[: i + 1]))
    return tf.stack(out)
```

Use instead:
```python
@tf.function
def cumulative(xs):
    n = tf.shape(xs)[0]
    out = tf.TensorArray(xs.dtype, size=n)
    for i in tf.range(n):
        out = out.write(i, tf.reduce_sum(xs[: i + 1]))
    return out.stack()
```
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..model.scopes import Assignment, AugmentedAssignment
from ..syntax import get_code_of, iter_call_arguments, iter_nodes
from ..tensors import catalogue as api
from ..tensors.values import CONTAINER
from .base import Finding, Rule
from .context import FunctionContext

RULE = Rule(
    code="ACCUMULATES_IN_PYTHON_LIST",
    severity="error",
    kind="pitfall",
    message=(
        "`{function}`: appends to Python list `{name}` in a loop over tensors; "
        "the graph traces the loop body once"
    ),
    explanation=(
        "AutoGraph turns a tensor-dependent loop into `tf.while_loop`, whose body is traced once: "
        "a Python list is not carried through the graph loop, so it does not get one element "
        "per iteration."
    ),
    hint=(
        "Accumulate in a `tf.TensorArray` (`ta = ta.write(i, value)`, then `ta.stack()`), "
        "or compute the result with a vectorized operation."
    ),
    args=("function", "name"),
    doc=__doc__,
)


_LIST_METHODS = frozenset({"list.append", "list.extend", "list.insert"})
#: Iterating these in a `for` makes AutoGraph build a graph loop.
_LOOP_KINDS = frozenset({api.TENSOR, api.VARIABLE, api.DATASET, api.ITERATOR})
_TENSOR_KINDS = frozenset({api.TENSOR, api.VARIABLE})
_LOOP_BUILTINS = frozenset({"builtins.range", "builtins.enumerate", "builtins.zip"})


def check(ctx: FunctionContext) -> list[Finding]:
    findings = []
    for site in ctx.iter_calls():
        if site.library & _LIST_METHODS and site.trailer_index >= 2:
            receiver = site.node.children[: site.trailer_index - 1]
            if _in_tensor_loop(ctx, site.node, receiver):
                findings.append(ctx.finding(RULE.code, site.line, name=_code(receiver)))
    for node in ctx.iter_body_nodes():
        if _is_list_augmentation(ctx, node) and _in_tensor_loop(ctx, node, [node.children[0]]):
            findings.append(ctx.finding(RULE.code, node, name=_code([node.children[0]])))
    return sorted(findings, key=lambda finding: finding.line)


def _is_list_augmentation(ctx: FunctionContext, node: NodeOrLeaf) -> bool:
    """`xs += [...]` on a Python list."""
    if node.type != "expr_stmt" or len(node.children) != 3:
        return False
    operator = node.children[1]
    if operator.type != "operator" or operator.value != "+=":
        return False
    return _is_list(ctx, node.children[0]) and _is_list(ctx, node.children[2])


def _is_list(ctx: FunctionContext, node: NodeOrLeaf) -> bool:
    values = ctx.values(node)
    return bool(values) and all(value.kind == CONTAINER and value.ref == "list" for value in values)


def _in_tensor_loop(ctx: FunctionContext, node: NodeOrLeaf, receiver: list[NodeOrLeaf]) -> bool:
    """`node` is in the body of a loop of this function that AutoGraph turns into a graph loop,
    and the list it grows was not created in that loop's body (a list made per iteration is fine)."""
    body = ctx.function.node.children[-1]
    child, parent = node, node.parent
    while parent is not None and child is not body:
        if parent.type == "for_stmt" and child is parent.children[5] and _is_tensor_for(ctx, parent.children[3]):
            return not _is_created_in(ctx, receiver, child)
        if parent.type == "while_stmt" and child is parent.children[3] and _is_tensor_test(ctx, parent.children[1]):
            return not _is_created_in(ctx, receiver, child)
        child, parent = parent, parent.parent
    return False


def _is_tensor_for(ctx: FunctionContext, iterable: NodeOrLeaf) -> bool:
    if any(value.kind in _LOOP_KINDS for value in ctx.values(iterable)):
        return True
    children = getattr(iterable, "children", None)
    if iterable.type in ("atom_expr", "power") and len(children) == 2 and children[0].type == "name" \
            and children[1].type == "trailer" and children[1].children[0].value == "(" \
            and ctx.qualified_name(children[0]) in _LOOP_BUILTINS:
        # `range(n)` with a tensor `n` becomes `tf.range`; `enumerate`/`zip` of a dataset a dataset
        return any(value.kind in _LOOP_KINDS for _, argument in iter_call_arguments(children[1])
                   for value in ctx.values(argument)) or \
            any(_converts_a_tensor(ctx, argument) for _, argument in iter_call_arguments(children[1]))
    return False


_CONVERSIONS = frozenset({"builtins.int", "builtins.float"})


def _converts_a_tensor(ctx: FunctionContext, node: NodeOrLeaf) -> bool:
    """`int(tf.shape(x)[0])` somewhere in `node`: AutoGraph turns `int()`/`float()` of a tensor into
    `tf.cast`, so `range(int(n))` still loops over a tensor (checked with TensorFlow 2.21: a list
    appended to in that loop raises InaccessibleTensorError)."""
    for inner in iter_nodes(node):
        children = getattr(inner, "children", None)
        if inner.type in ("atom_expr", "power") and len(children) == 2 and children[0].type == "name" \
                and children[1].type == "trailer" and children[1].children[0].value == "(" \
                and ctx.qualified_name(children[0]) in _CONVERSIONS:
            if any(value.kind in _TENSOR_KINDS for _, argument in iter_call_arguments(children[1])
                   for value in ctx.values(argument)):
                return True
    return False


def _is_tensor_test(ctx: FunctionContext, test: NodeOrLeaf) -> bool:
    if test.type == "not_test":
        return _is_tensor_test(ctx, test.children[1])
    if test.type in ("and_test", "or_test"):
        return any(_is_tensor_test(ctx, operand) for operand in test.children[::2])
    return any(value.kind in _TENSOR_KINDS for value in ctx.values(test))


def _is_created_in(ctx: FunctionContext, receiver: list[NodeOrLeaf], suite: NodeOrLeaf) -> bool:
    """The list is (re)created by an assignment in `suite`, the loop's body."""
    if len(receiver) != 1 or receiver[0].type != "name":
        return False
    name = receiver[0]
    return any(isinstance(binding, Assignment) and not isinstance(binding, AugmentedAssignment)
               and binding.node is not None and binding.node.get_root_node() is suite.get_root_node()
               and suite.start_pos <= binding.node.start_pos < name.start_pos
               for binding in ctx.function.scope.get(name.value, ()))


def _code(nodes: list[NodeOrLeaf]) -> str:
    code = get_code_of(nodes)
    return " ".join(code.split())
