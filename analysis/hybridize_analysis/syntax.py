"""Small queries over parso trees that the rest of the engine shares.

Named after parso's own conventions: `iter_*` yields, `get_*` returns, `is_*` answers.
"""
from __future__ import annotations

from typing import Iterator

from parso.tree import BaseNode, Leaf, NodeOrLeaf

#: Nodes that open a scope of their own.
COMPREHENSION_PARENTS = ("testlist_comp", "dictorsetmaker", "argument")
COMP_FOR_TYPES = ("comp_for", "sync_comp_for")


def iter_nodes(node: NodeOrLeaf) -> Iterator[NodeOrLeaf]:
    """Every node and leaf below `node` (included) in source order, without recursion."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        children = getattr(current, "children", None)
        if children:
            stack.extend(reversed(children))


def iter_body_nodes(funcdef: NodeOrLeaf) -> Iterator[NodeOrLeaf]:
    """Every node and leaf of a function's body, not descending into the functions, classes and
    lambdas nested in it (they run when called). Not in source order."""
    stack = [funcdef.children[-1]]
    while stack:
        node = stack.pop()
        yield node
        for child in getattr(node, "children", ()):
            if child.type not in ("funcdef", "classdef", "lambdef"):
                stack.append(child)


def is_inside(node: NodeOrLeaf, container: NodeOrLeaf) -> bool:
    """Whether `node` is `container` or lies below it."""
    while node is not None:
        if node is container:
            return True
        node = node.parent
    return False


def iter_leaves_of_type(node: NodeOrLeaf, type_: str) -> Iterator[Leaf]:
    for item in iter_nodes(node):
        if item.type == type_:
            yield item


def get_sync_comp_for(node: BaseNode) -> BaseNode | None:
    """The `for` clause of a comprehension node (testlist_comp, dictorsetmaker, argument)."""
    for child in node.children:
        if child.type == "sync_comp_for":
            return child
        if child.type == "comp_for":  # `async for`
            return child.children[-1] if child.children[0].type == "keyword" else child
    return None


def is_comprehension(node: NodeOrLeaf) -> bool:
    return node.type in COMPREHENSION_PARENTS and get_sync_comp_for(node) is not None


def is_call_trailer(node: NodeOrLeaf) -> bool:
    return node.type == "trailer" and node.children[0].type == "operator" and node.children[0].value == "("


def is_attribute_trailer(node: NodeOrLeaf) -> bool:
    return node.type == "trailer" and node.children[0].type == "operator" and node.children[0].value == "."


def get_dotted_parts(node: NodeOrLeaf) -> list[str] | None:
    """`tf.keras.layers` -> ['tf', 'keras', 'layers']; None when `node` is not a plain dotted name."""
    if node.type == "name":
        return [node.value]
    if node.type in ("atom_expr", "power") and node.children[0].type == "name":
        parts = [node.children[0].value]
        for trailer in node.children[1:]:
            if not is_attribute_trailer(trailer):
                return None
            parts.append(trailer.children[1].value)
        return parts
    if node.type == "dotted_name":
        return [child.value for child in node.children if child.type == "name"]
    return None


def split_call(node: NodeOrLeaf) -> tuple[NodeOrLeaf, BaseNode] | None:
    """For `a.b(x)` return the callee and the call trailer; None when `node` is not a call.

    The callee of `a.b(x)` is rebuilt by the caller from the trailers before the call; here it is
    represented by the same atom_expr node and the index of the call trailer.
    """
    if node.type not in ("atom_expr", "power"):
        return None
    children = [child for child in node.children if child.type != "keyword" or child.value != "await"]
    last = children[-1]
    if not is_call_trailer(last):
        return None
    return node, last


def get_callee_parts(node: NodeOrLeaf) -> list[str] | None:
    """Dotted name of what a call node calls: `tf.function(f)` -> ['tf', 'function']."""
    if node.type not in ("atom_expr", "power"):
        return None
    children = [child for child in node.children if not (child.type == "keyword" and child.value == "await")]
    if len(children) < 2 or not is_call_trailer(children[-1]) or children[0].type != "name":
        return None
    parts = [children[0].value]
    for trailer in children[1:-1]:
        if not is_attribute_trailer(trailer):
            return None
        parts.append(trailer.children[1].value)
    return parts


def iter_call_arguments(trailer: BaseNode) -> Iterator[tuple[str | None, NodeOrLeaf]]:
    """(keyword or None, value node) for each argument of a call trailer `( ... )`."""
    if len(trailer.children) < 3:
        return
    inner = trailer.children[1]
    items = inner.children if inner.type == "arglist" else [inner]
    for item in items:
        if item.type == "operator" and item.value == ",":
            continue
        if item.type == "argument" and len(item.children) == 3 and item.children[1].type == "operator" \
                and item.children[1].value == "=":
            yield item.children[0].value, item.children[2]
        else:
            yield None, item


def first_argument(trailer: BaseNode) -> NodeOrLeaf | None:
    """The first argument of a call trailer when it is positional (`x` of `f(x, y)`), else None."""
    for keyword, node in iter_call_arguments(trailer):
        return node if keyword is None else None
    return None


def get_end_line(node: NodeOrLeaf) -> int:
    """Last line that holds code of `node` (parso's end position may sit at column 0 of the next line)."""
    line, column = node.end_pos
    return line - 1 if column == 0 and line > node.start_pos[0] else line


def get_code_without_prefix(node: NodeOrLeaf) -> str:
    return node.get_code(include_prefix=False)


def get_code_of(nodes) -> str:
    """The source of consecutive siblings (a name and some of its trailers), without the leading
    whitespace: `self.model` of `self.model(x)`."""
    return "".join(node.get_code(include_prefix=index > 0) for index, node in enumerate(nodes))


def get_returned_values(funcdef: NodeOrLeaf) -> list[NodeOrLeaf] | None:
    """The expression of every `return` of a function (not of those nested in it); None when it
    has no `return` or a bare one, which returns None."""
    statements = list(funcdef.iter_return_stmts())
    returned = [statement.children[1] for statement in statements if statement.type == "return_stmt"]
    return returned if statements and len(returned) == len(statements) else None


def has_empty_body(funcdef: NodeOrLeaf) -> bool:
    """Whether the function's body only documents, passes or raises (`NotImplementedError`): the
    body of an abstract method, which a subclass replaces."""
    suite = funcdef.children[-1]
    if suite.type != "suite":
        statements = [suite]
    else:
        statements = [child for child in suite.children if child.type not in ("newline", "operator")]
    for statement in statements:
        if statement.type != "simple_stmt":
            return False
        first = statement.children[0]
        if first.type in ("string", "raise_stmt") or first.type == "keyword" and first.value == "pass" \
                or first.type == "operator" and first.value == "...":
            continue
        return False
    return True
