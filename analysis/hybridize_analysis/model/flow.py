"""Which bindings of a name may reach a read, across the branches and loops of one scope.

Name resolution (`Program.resolve_name`) follows pyflakes: the last binding before the read. That
is the only binding that reaches it in straight-line code, but not after a branch: in

    result = cls(data)
    if validate:
        result = tf.identity(result)
    return result

both assignments reach the `return`. `reaching_bindings` adds the bindings a branch, a loop that
may run zero times or a `try` may leave in place, and, for a read inside a loop, the bindings
later in the loop body that the previous iteration made.
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..syntax import is_inside
from .scopes import Binding, Scope

_SCOPE_NODES = frozenset({"funcdef", "classdef", "file_input", "lambdef"})
#: Compound statements whose parts may not run, or run again.
_BRANCHING = frozenset({"if_stmt", "for_stmt", "while_stmt", "try_stmt", "match_stmt"})
_LOOPS = frozenset({"for_stmt", "while_stmt"})


def reaching_bindings(scope: Scope, binding: Binding, read: NodeOrLeaf, read_pos) -> tuple[Binding, ...]:
    """`binding` (the last one before the read) and every other binding of its name in `scope`
    that may still be the value at `read`."""
    bindings = scope.get(binding.name, ())
    if len(bindings) < 2 or binding.node is None or not any(b is binding for b in bindings):
        return (binding,)
    read_branches = _branch_path(read)
    found = [binding]
    covered: dict[int, set[int]] = {}  # an `if` statement -> its branches seen to bind the name
    if not _dominates(binding, read_branches, covered):
        index = next(i for i, b in enumerate(bindings) if b is binding)
        for earlier in reversed(bindings[:index]):
            if earlier.node is None:
                break
            found.append(earlier)
            if _dominates(earlier, read_branches, covered):
                break
    loops = [node for node, part in read_branches if node.type in _LOOPS and _is_body(node, part)
             and not _rebound_each_iteration(binding, read_branches, node)]
    if loops:  # the previous iteration's bindings
        for later in bindings:
            if later.pos > read_pos and later.node is not None and later not in found \
                    and any(is_inside(later.node, loop) for loop in loops):
                found.append(later)
    return tuple(found)


def _rebound_each_iteration(binding: Binding, read_branches, loop: NodeOrLeaf) -> bool:
    """Whether every iteration of `loop` runs `binding` before the read, so that what the
    previous iteration bound later cannot reach it: `for images, labels in train_ds:` binds
    `images` anew before each run of its body, whatever a later loop over `test_ds` in the same
    epoch bound."""
    if binding.node is None or not is_inside(binding.node, loop):
        return False
    read_parts = {id(node): part for node, part in read_branches}
    for node, part in _branch_path(binding.node):
        if not is_inside(node, loop) and node is not loop:
            continue  # around the loop: it runs, or not, for both
        if node.type == "for_stmt" and part == 1 and read_parts.get(id(node)) == 5:
            continue  # the target of a `for` whose body holds the read
        if read_parts.get(id(node)) != part:
            return False
    return True


def _branch_path(node: NodeOrLeaf) -> list[tuple[NodeOrLeaf, int]]:
    """The branching statements around `node` inside its scope, each with the index of the child
    (the part: a condition, a branch's suite, a handler) that holds `node`."""
    path = []
    child, parent = node, node.parent
    while parent is not None and parent.type not in _SCOPE_NODES:
        if parent.type in _BRANCHING:
            path.append((parent, parent.children.index(child)))
        child, parent = parent, parent.parent
    return path


def _dominates(binding: Binding, read_branches, covered: dict[int, set[int]]) -> bool:
    """Whether `binding` surely replaced the earlier bindings by the time of the read: every
    branching statement around it holds the read in the same part (a `finally` always runs), or it
    completes an `if`/`else` whose every branch binds the name."""
    read_parts = {id(node): part for node, part in read_branches}
    open_branches = [(node, part) for node, part in _branch_path(binding.node)
                     if read_parts.get(id(node)) != part and not _is_finally(node, part)]
    if not open_branches:
        return True
    if len(open_branches) == 1 and open_branches[0][0].type == "if_stmt":
        statement, part = open_branches[0]
        seen = covered.setdefault(id(statement), set())
        seen.add(part)
        return _has_else(statement) and seen >= set(_suite_indices(statement))
    return False


def _is_body(statement: NodeOrLeaf, part: int) -> bool:
    """Whether child `part` of a loop runs on every iteration: the body (and a `while` condition),
    not the iterable of a `for` or an `else` suite."""
    children = statement.children
    if statement.type == "while_stmt":
        return part <= 3
    return part == 5 and len(children) > 5


def _is_finally(statement: NodeOrLeaf, part: int) -> bool:
    children = statement.children
    return statement.type == "try_stmt" and part >= 2 and getattr(children[part - 2], "value", None) == "finally"


def _has_else(statement: NodeOrLeaf) -> bool:
    return any(getattr(child, "value", None) == "else" for child in statement.children)


def _suite_indices(statement: NodeOrLeaf) -> list[int]:
    children = statement.children
    return [i for i, child in enumerate(children) if i > 0 and getattr(children[i - 1], "value", None) == ":"]

