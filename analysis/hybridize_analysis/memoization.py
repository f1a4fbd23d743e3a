"""Memoization: a method that caches a result on its own instance, read back with a default.

TF-GNN's graph pieces compute a value once and keep it on the object:

    result = getattr(self, '_num_items', None)
    if result is not None:
        return result
    result = ...
    setattr(self, '_num_items', result)

or keep a dict of results there (`cache = getattr(self, '_max_indices', None)`, `cache = {}`,
`setattr(self, '_max_indices', cache)`, `cache[key] = result`). Eagerly such a store only saves
computing the same value again. Whether it is harmless under tracing depends on the object (see
`effects.SideEffects._caches_on_composite`): this module only recognises the idiom.
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from .syntax import is_call_trailer, iter_body_nodes, iter_call_arguments


def memo_attributes(function_node: NodeOrLeaf, self_name: str) -> set[str]:
    """The attributes the function reads from `self_name` with a default:
    `getattr(self, '_num_items', None)` gives `_num_items`."""
    return {attribute for node in iter_body_nodes(function_node)
            if (attribute := _getattr_with_default(node, self_name)) is not None}


def is_memo_store(store: NodeOrLeaf, function_node: NodeOrLeaf, self_name: str) -> bool:
    """Whether the store target `store` writes a memo the function reads with a default:
    `self._x = ...` for a `getattr(self, '_x', None)`, or `cache[key] = ...` into a dict that is
    either that memo or a new one."""
    children = getattr(store, "children", ())
    if store.type not in ("atom_expr", "power") or len(children) < 2 or children[-1].type != "trailer":
        return False
    attributes = memo_attributes(function_node, self_name)
    last = children[-1]
    if len(children) == 2 and children[0].type == "name":
        receiver = children[0].value
        if last.children[0].value == ".":
            return receiver == self_name and last.children[1].value in attributes
        if last.children[0].value == "[":
            return _is_memo_dict(receiver, function_node, self_name, attributes)
    return False


def is_memo_setattr(trailer: NodeOrLeaf, function_node: NodeOrLeaf, self_name: str) -> bool:
    """`setattr(self, '_x', value)` (the call's trailer) for a memo `_x` the function reads."""
    arguments = [node for keyword, node in iter_call_arguments(trailer) if keyword is None]
    return len(arguments) == 3 and arguments[0].type == "name" and arguments[0].value == self_name \
        and _string_value(arguments[1]) in memo_attributes(function_node, self_name)


def _is_memo_dict(name: str, function_node: NodeOrLeaf, self_name: str, attributes: set[str]) -> bool:
    """Every assignment of `name` in the function binds a memo read or a new empty dict."""
    values = [node.children[-1] for node in iter_body_nodes(function_node)
              if node.type == "expr_stmt" and len(node.children) == 3 and node.children[1].type == "operator"
              and node.children[1].value == "=" and node.children[0].type == "name"
              and node.children[0].value == name]
    return bool(values) and any(_getattr_with_default(value, self_name) in attributes for value in values) \
        and all(_getattr_with_default(value, self_name) in attributes or value.get_code().strip() in ("{}", "dict()")
                for value in values)


def _getattr_with_default(node: NodeOrLeaf, self_name: str) -> str | None:
    children = getattr(node, "children", ())
    if node.type not in ("atom_expr", "power") or len(children) != 2 or children[0].type != "name" \
            or children[0].value != "getattr" or not is_call_trailer(children[1]):
        return None
    arguments = [node for keyword, node in iter_call_arguments(children[1]) if keyword is None]
    if len(arguments) != 3 or arguments[0].type != "name" or arguments[0].value != self_name:
        return None
    return _string_value(arguments[1])


def _string_value(node: NodeOrLeaf) -> str | None:
    if node.type != "string":
        return None
    text = node.value
    for prefix in ("'", '"'):
        if text.startswith(prefix) and text.endswith(prefix) and len(text) >= 2:
            return text[1:-1]
    return None
