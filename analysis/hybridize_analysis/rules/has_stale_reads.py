"""## What it does
Checks for reads of a Python global or closure value that is reassigned or modified in place
elsewhere in the program: a number, string, container, object, tensor or `tf.Variable` rebound
(writing into a variable with `assign` is fine), a list or dict changed through `append`/`update`/`[key] = ...`, or a NumPy array written in
place (`weights[i] = v`, `arr += 1`, `arr.fill(0)`, `np.copyto(arr, ...)`, `out=arr`).

Arguments: `name` is the global or free variable read.

## Why is this bad?
`tf.function` captures the Python values a function reads when it traces, as constants of the
graph (a NumPy array is copied into a constant tensor). Reassigning the global or writing into
the array afterwards does not retrace: later calls keep using the old value, with no error
(verified with TensorFlow 2.21).

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

import weakref
from dataclasses import dataclass
from typing import Iterator

from parso.tree import NodeOrLeaf

from ..model import Program
from ..model.scopes import (
    Argument, Assignment, AugmentedAssignment, Binding, Deletion, LoopVariable, ModuleScope, Scope,
)
from ..syntax import is_attribute_trailer, is_call_trailer, iter_call_arguments, iter_nodes
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
        "`{function}`: reads `{name}`, a Python value reassigned or modified elsewhere; "
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


#: Python values no call can change in place.
_IMMUTABLE_KINDS = frozenset({api.INT, api.FLOAT, api.STR, api.BOOL, api.NONE})
#: Kinds of Python values that a trace freezes into the graph (a NumPy array becomes a constant).
_PLAIN_KINDS = _IMMUTABLE_KINDS | {api.NUMPY}
#: Kinds a trace captures by the object it saw: rebinding the name to a new tensor or a new
#: `tf.Variable` goes unseen by the graph too (verified with TensorFlow 2.21); only writes into a
#: variable (`assign`) reach it.
_CAPTURED_KINDS = _PLAIN_KINDS | {api.TENSOR, api.VARIABLE, api.TENSOR_LIST}


def check(ctx: FunctionContext) -> list[Finding]:
    findings, seen = [], set()
    mutations = _get_mutations(ctx.program)
    for leaf in ctx.iter_body_nodes():
        # `CONFIG["lr"] = 0.1` or `history.append(x)` in the function changes the value, it does not
        # read it (a Python side effect, reported as such)
        if leaf.type != "name" or leaf.value in seen or not is_read(leaf) or id(leaf) in mutations.leaves:
            continue
        binding = ctx.dataflow.resolve(leaf)
        owner = _get_owner(ctx, binding) if binding is not None else None
        if owner is None:
            continue
        bindings = [b for b in owner[leaf.value] if not isinstance(b, Deletion)]
        rebound = _is_reassigned(ctx, owner, leaf.value, bindings) and _is_plain(ctx, bindings, _CAPTURED_KINDS)
        mutated = any(b in mutations.bindings for b in bindings) and _is_plain(ctx, bindings) \
            and not _is_immutable(ctx, bindings)
        if rebound or mutated:
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
        if any(isinstance(b, (AugmentedAssignment, LoopVariable)) for b in bindings):
            return not _all_bound_before_first_use(ctx, bindings)
        return len(bindings) > 1 and not _is_same_literal(bindings) and any(
            not _are_exclusive(a, b) for i, a in enumerate(bindings) for b in bindings[i + 1:]) \
            and not _all_bound_before_first_use(ctx, bindings)
    defined = ctx.program.get_pos(ctx.function.node)
    if any(b.pos > defined or isinstance(b, LoopVariable) for b in bindings):
        return True  # rebound after the closure was made
    return any(name in function.scope.nonlocal_names and name in function.scope
               and _encloses(owner, function.enclosing)
               for function in ctx.program.iter_functions())


def _all_bound_before_first_use(ctx: FunctionContext, bindings: list[Binding]) -> bool:
    """Every binding of the global is a statement of its module's own code, outside any loop, and
    that code first calls the function (or a function that calls it, or hands one on as a value)
    after the last of them: the first trace sees the final value, as every eager call would
    (`batch_size = 32` ... `batch_size = 64` before the training loop). Code elsewhere reaches the
    function only after importing the module, when all of its statements have run."""
    module = ctx.function.module
    if not all(isinstance(b, (Assignment, AugmentedAssignment, LoopVariable)) and b.node is not None
               and _runs_once_at_module_level(b.node) for b in bindings):
        return False
    first = _first_module_use(ctx, module)
    if first is _UNKNOWN_ORDER:
        return False
    last = max(b.pos for b in bindings)
    return first is None or last < first


#: The framework calls the function (or a caller of it), when the code does not say.
_UNKNOWN_ORDER = ("unknown",)


def _runs_once_at_module_level(node: NodeOrLeaf) -> bool:
    """`node` is in a module's top-level code: not in a function, class body or loop."""
    parent = node.parent
    while parent is not None:
        if parent.type in ("funcdef", "lambdef", "classdef", "for_stmt", "while_stmt", "comp_for",
                           "sync_comp_for", "async_stmt"):
            return False
        parent = parent.parent
    return True


def _first_module_use(ctx: FunctionContext, module) -> tuple | None:
    """Where `module`'s own top-level code first reaches the function: a call of it or of one of
    its callers (transitively), or a reference to one of them by name (a callback handed on);
    `_UNKNOWN_ORDER` when one of them is an entry point Keras calls (`train_step` run by `fit`)."""
    references = _get_function_references(ctx.program, module)
    reached, work, first = {ctx.function}, [ctx.function], None
    while work:
        function = work.pop()
        if function in ctx.dataflow.entry_points:
            return _UNKNOWN_ORDER  # Keras runs it from `fit`, `evaluate`, a layer call ...
        uses = [(site.caller, site.module, ctx.program.get_pos(site.trailer)) for site in ctx.callgraph.get_callers(function)]
        uses += [(user, module, pos) for user, pos in references.get(function, ())]
        for user, where, pos in uses:
            if user is None:
                if where is module and (first is None or pos < first):
                    first = pos
            elif user not in reached:
                reached.add(user)
                work.append(user)
    return first


_references: "weakref.WeakKeyDictionary[Program, dict]" = weakref.WeakKeyDictionary()


def _get_function_references(program: Program, module) -> dict:
    """For each function of the program, where `module` names it: (the enclosing function, or
    None for top-level code; position). Found once per program and module."""
    by_module = _references.setdefault(program, {})
    found = by_module.get(id(module))
    if found is None:
        found = by_module[id(module)] = {}
        for parsed, unit in zip(module.parsed, module.units):
            if parsed.tree is None or unit.skipped_magic is not None:
                continue
            for leaf in iter_nodes(parsed.tree):
                if leaf.type != "name" or leaf.is_definition():
                    continue
                function = program.resolve_function(program.resolve_name(leaf))
                if function is not None:
                    found.setdefault(function, []).append((_enclosing(program, leaf), program.get_pos(leaf)))
    return found


def _enclosing(program: Program, leaf: NodeOrLeaf):
    """The innermost function around `leaf`; None in top-level code (a class body or a lambda
    there runs with it)."""
    scope = program.get_scope_of(leaf)
    while scope is not None and not isinstance(scope, ModuleScope):
        function = program.scope_functions.get(scope)
        if function is not None:
            return function
        scope = scope.parent
    return None


#: Methods of lists, dicts and sets that change their contents.
_MUTATING_METHODS = frozenset({
    "append", "extend", "insert", "remove", "pop", "popitem", "clear", "update", "setdefault", "sort",
    "reverse", "add", "discard",
    # NumPy arrays, in place
    "fill", "put", "resize", "itemset", "partition", "setfield", "byteswap",
})
#: Functions that write into their first argument (`np.copyto(dst, src)`, `random.shuffle(items)`).
_MUTATING_FUNCTIONS = frozenset({"copyto", "put", "place", "putmask", "fill_diagonal", "shuffle"})


@dataclass
class _Mutations:
    """Where the program changes values in place (`CONFIG["lr"] = 0.1`, `config.lr = 0.1`,
    `del cache[key]`, `labels.append("bird")`): the ids of the changed names' leaves, and the
    bindings those names read."""

    leaves: set[int]
    bindings: set[Binding]


_mutations: "weakref.WeakKeyDictionary[Program, _Mutations]" = weakref.WeakKeyDictionary()


def _get_mutations(program: Program) -> _Mutations:
    """The program's in-place changes, found once per program."""
    found = _mutations.get(program)
    if found is None:
        leaves = list(_iter_mutated_names(program))
        bindings = {program.resolve_name(leaf) for leaf in leaves} - {None}
        found = _mutations[program] = _Mutations({id(leaf) for leaf in leaves}, bindings)
    return found


def _iter_mutated_names(program: Program) -> Iterator[NodeOrLeaf]:
    for module in program.modules.values():
        for parsed, unit in zip(module.parsed, module.units):
            if parsed.tree is None or unit.skipped_magic is not None:
                continue
            for node in iter_nodes(parsed.tree):
                if node.type == "expr_stmt":
                    children = node.children
                    if len(children) >= 3 and children[1].type == "operator" and children[1].value != ":":
                        targets = children[:-1:2] if children[1].value == "=" else [children[0]]
                        yield from filter(None, map(_get_store_base, targets))
                elif node.type == "del_stmt":
                    target = node.children[1]
                    for part in (target.children[::2] if target.type == "exprlist" else [target]):
                        base = _get_store_base(part)
                        if base is not None:
                            yield base
                elif node.type in ("atom_expr", "power") and node.children[0].type == "name" \
                        and len(node.children) >= 2 and is_call_trailer(node.children[-1]):
                    yield from _iter_call_mutations(node)


def _iter_call_mutations(node: NodeOrLeaf) -> Iterator[NodeOrLeaf]:
    """Names a call changes in place: the receiver of `items.append(x)` or `arr.fill(0)`, the first
    argument of `np.copyto(arr, x)`, and the `out=` of a NumPy function."""
    children = node.children
    method = children[-2].children[1].value if len(children) >= 3 and is_attribute_trailer(children[-2]) else None
    if method in _MUTATING_METHODS and len(children) == 3:
        yield children[0]
    arguments = list(iter_call_arguments(children[-1]))
    if (method if method is not None else children[0].value if len(children) == 2 else None) \
            in _MUTATING_FUNCTIONS and arguments and arguments[0][0] is None \
            and arguments[0][1].type == "name":
        yield arguments[0][1]
    for keyword, value in arguments:
        if keyword == "out" and value.type == "name":
            yield value


def _get_store_base(target: NodeOrLeaf) -> NodeOrLeaf | None:
    """`CONFIG` in a store to `CONFIG["lr"]` or `config.optim.lr`."""
    children = getattr(target, "children", None)
    if target.type in ("atom_expr", "power") and children[0].type == "name" and children[-1].type == "trailer" \
            and children[-1].children[0].value in ("[", "."):
        return children[0]
    return None


def _is_same_literal(bindings: list[Binding]) -> bool:
    """`BATCH_SIZE = 64` written twice (a cell copied, or run again) does not change the value."""
    codes = {b.value.get_code(include_prefix=False) if isinstance(b, Assignment) and b.value is not None
             and b.index is None and b.value.type in ("number", "string", "keyword") else None
             for b in bindings}
    return len(codes) == 1 and None not in codes


def _are_exclusive(a: Binding, b: Binding) -> bool:
    """The two bindings sit in different branches of one `if` statement: only one of them runs."""
    if a.node is None or b.node is None or a.node.get_root_node() is not b.node.get_root_node():
        return False
    ancestors = {}
    child, node = a.node, a.node.parent
    while node is not None:
        ancestors[node] = child
        child, node = node, node.parent
    child, node = b.node, b.node.parent
    while node is not None and node not in ancestors:
        child, node = node, node.parent
    if node is None or node.type != "if_stmt":
        return False
    first, second = ancestors[node], child
    return first is not second and _is_branch(node, first) and _is_branch(node, second)


def _is_branch(if_stmt: NodeOrLeaf, child: NodeOrLeaf) -> bool:
    """`child` of an `if` statement is the body of a branch (a suite or a one-line body)."""
    children = if_stmt.children
    index = children.index(child)
    return index > 0 and children[index - 1].type == "operator" and children[index - 1].value == ":"


def _encloses(owner: Scope, scope: Scope | None) -> bool:
    while scope is not None:
        if scope is owner:
            return True
        scope = scope.parent
    return False


def _is_plain(ctx: FunctionContext, bindings: list[Binding], kinds: frozenset = _PLAIN_KINDS) -> bool:
    """Every binding is an assignment of a known value of `kinds` (by default plain Python: a
    number, string, boolean, None), a container of them, or an object of a user class outside
    TensorFlow and Keras."""
    if not bindings or not all(isinstance(b, (Assignment, LoopVariable, Argument)) for b in bindings):
        return False
    for binding in bindings:
        values = ctx.dataflow.binding_values(binding)
        if not values or not all(_is_plain_value(ctx, value, kinds) for value in values):
            return False
    return True


def _is_immutable(ctx: FunctionContext, bindings: list[Binding]) -> bool:
    """Every value of the name is a number, string, boolean or None: what looks like a change in
    place (`ds.shuffle(buffer_size)` reads like `random.shuffle(items)`) cannot change it."""
    return all(value.kind in _IMMUTABLE_KINDS for binding in bindings for value in ctx.dataflow.binding_values(binding))


def _is_plain_value(ctx: FunctionContext, value: Value, kinds: frozenset = _PLAIN_KINDS, depth: int = 0) -> bool:
    if value.kind in kinds:
        return True
    if value.kind == CONTAINER:
        return depth <= MAX_DEPTH and all(
            v.kind == UNKNOWN or _is_plain_value(ctx, v, kinds, depth + 1)
            for element in value.elements for v in element)
    if value.kind == OBJECT:
        keras = ctx.dataflow.keras
        return not any(base != "builtins.object" for cls in keras.iter_mro(value.ref)
                       for base in keras.get_bases(cls)[1])
    return False
