"""What a container built empty in a function holds: the values its body stores into it.

`outputs = {}` followed by `outputs[name] = tf.cast(t, tf.int32)`, or `steps = []` followed by
`steps.append(layer(x))`, is how Python code builds a dict or a list of tensors. The literal alone
says nothing of its elements; the stores say everything, as long as the container does not escape
to code that may add something else. It escapes when it is passed to a function of the program or
of a library that is not TensorFlow's, NumPy's or a reading builtin, stored elsewhere (`self.out =
outputs`, `pair = (outputs, x)`), or has a method called on it that is not a known store or read:
then what it holds may also be anything (unknown). Reading it (`outputs["ids"]`, `for s in steps`,
`tf.stack(steps)`, `return outputs`) adds nothing. An item replaced in place (`totals[k] += t`)
drops what an earlier store put there, which a join cannot express: the container is not followed.
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..model.scopes import Assignment
from ..syntax import is_call_trailer, iter_call_arguments
from .values import CONTAINER, EXTERNAL, NOTHING, UNKNOWN_VALUES, Values, container, dict_values, element_of, join

#: Methods that add an element: the position of the argument that is the element.
ADDING_METHODS = {"append": 0, "add": 0, "insert": 1, "setdefault": 1, "appendleft": 0}
#: Methods that add every element of their argument.
EXTENDING_METHODS = frozenset({"extend", "update", "extendleft"})
#: Methods that read or remove, adding nothing.
KEEPING_METHODS = frozenset({"items", "keys", "values", "get", "copy", "index", "count", "pop", "popitem",
                             "popleft", "clear", "remove", "discard", "sort", "reverse", "__len__"})
#: Library callees that read their arguments without keeping them (prefixes of qualified names).
READING_LIBRARIES = ("tensorflow.", "keras.", "numpy.")
READING_BUILTINS = frozenset(f"builtins.{name}" for name in (
    "len", "list", "tuple", "dict", "set", "sorted", "reversed", "enumerate", "zip", "sum", "max", "min",
    "any", "all", "isinstance", "print", "str", "repr", "iter", "map", "filter", "frozenset", "bool"))
#: Statements and expressions in which a name is only read.
_READING_PARENTS = frozenset({"return_stmt", "comparison", "not_test", "if_stmt", "while_stmt", "and_test",
                              "or_test", "assert_stmt", "del_stmt", "for_stmt", "sync_comp_for", "comp_for"})
_EMPTY_CALLS = frozenset({"builtins.list", "builtins.dict", "builtins.set"})


def empty_container_kind(dataflow, node: NodeOrLeaf) -> str | None:
    """"list", "dict" or "set" for `[]`, `{}`, `list()`, `dict()` or `set()`; None otherwise."""
    if node.type == "atom" and len(node.children) == 2 and node.children[0].value in "[{":
        return "list" if node.children[0].value == "[" else "dict"
    if node.type in ("atom_expr", "power") and len(node.children) == 2 and is_call_trailer(node.children[1]) \
            and len(node.children[1].children) == 2:
        callee = dataflow.eval(node.children[0])
        if len(callee) == 1 and next(iter(callee)).kind == EXTERNAL and next(iter(callee)).ref in _EMPTY_CALLS:
            return next(iter(callee)).ref[len("builtins."):]
    return None


def filled_container(dataflow, binding: Assignment, kind: str) -> Values:
    """The container of `kind` that `binding` makes empty, holding what the function stores in it."""
    uses = _uses(dataflow, binding)
    if uses is None:
        return frozenset({container(kind, [UNKNOWN_VALUES] * (2 if kind == "dict" else 1))})
    keys, stored = [], []
    for leaf in uses:
        added = _added_by(dataflow, leaf)
        if added is None:  # it escapes, or an item is replaced in place: it may hold anything
            return frozenset({container(kind, [UNKNOWN_VALUES] * (2 if kind == "dict" else 1))})
        key, values = added
        if key is not None:
            keys.append(key)
        stored.append(values)
    elements = join(*stored)
    if kind == "dict":
        return frozenset({container("dict", [join(*keys), elements])})
    return frozenset({container(kind, [elements])})


def _uses(dataflow, binding: Assignment) -> list[NodeOrLeaf] | None:
    """The names in the binding's function that read this binding; None outside a function."""
    scope = dataflow.program.get_scope_of(binding.node)
    if scope.kind != "function" or scope.node is None:
        return None
    cache = dataflow.container_uses
    if id(binding) not in cache:
        cache[id(binding)] = [leaf for leaf in _iter_names(scope.node, binding.name)
                              if leaf is not binding.node and dataflow.resolve(leaf) is binding]
    return cache[id(binding)]


def _iter_names(node: NodeOrLeaf, name: str):
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "name":
            if current.value == name:
                yield current
        else:
            stack.extend(getattr(current, "children", ()))


def _added_by(dataflow, leaf: NodeOrLeaf) -> tuple[Values | None, Values] | None:
    """(key values, element values) one use of the container adds; None when it escapes."""
    parent = leaf.parent
    if parent.type in ("atom_expr", "power") and parent.children[0] is leaf:
        return _added_through_trailers(dataflow, parent)
    if parent.type in _READING_PARENTS:
        return None, NOTHING
    call = _call_passing(leaf)
    if call is not None:
        node, index = call
        callee = dataflow.eval_trailers(node, index)
        if callee and all(value.kind == EXTERNAL and (value.ref.startswith(READING_LIBRARIES)
                                                      or value.ref in READING_BUILTINS) for value in callee):
            return None, NOTHING
    return None


def _added_through_trailers(dataflow, node: NodeOrLeaf) -> tuple[Values | None, Values] | None:
    first = node.children[1]
    if first.children[0].value == "[":  # `c[k] = v` stores; `c[k]` reads
        if len(node.children) == 2 and _is_store_target(node):
            return dataflow.eval(first.children[1]), _stored_value(dataflow, node)
        if len(node.children) == 2 and _is_augmented_target(node):
            return None  # `totals[k] += t` replaces what an earlier store put there: not followed
        return None, NOTHING
    if first.children[0].value != "." or len(node.children) < 3 or not is_call_trailer(node.children[2]):
        return None, NOTHING  # an attribute read (`c.shape`)
    method = first.children[1].value
    arguments = list(iter_call_arguments(node.children[2]))
    positional = [value for keyword, value in arguments if keyword is None]
    if method in ADDING_METHODS:
        position = ADDING_METHODS[method]
        key = dataflow.eval(positional[0]) if method == "setdefault" and positional else None
        return key, dataflow.eval(positional[position]) if len(positional) > position else UNKNOWN_VALUES
    if method in EXTENDING_METHODS:
        if len(arguments) != 1 or not positional or positional[0].type == "argument":
            return None, UNKNOWN_VALUES  # `d.update(a=1)`, `xs.extend(*parts)` and the like
        added = dataflow.eval(positional[0])
        if method == "update":
            return None, join(*(dict_values(v) if v.kind == CONTAINER and v.ref == "dict" else UNKNOWN_VALUES
                                for v in added))
        return None, element_of(added)
    if method in KEEPING_METHODS:
        return None, NOTHING
    return None


def _is_store_target(node: NodeOrLeaf) -> bool:
    parent = node.parent
    return parent.type == "expr_stmt" and len(parent.children) == 3 and parent.children[0] is node \
        and parent.children[1].type == "operator" and parent.children[1].value == "="


def _is_augmented_target(node: NodeOrLeaf) -> bool:
    parent = node.parent
    return parent.type == "expr_stmt" and parent.children[0] is node and parent.children[1].type == "operator" \
        and parent.children[1].value not in ("=", ":")


def _stored_value(dataflow, target: NodeOrLeaf) -> Values:
    return dataflow.eval(target.parent.children[2])


def _call_passing(leaf: NodeOrLeaf) -> tuple[NodeOrLeaf, int] | None:
    """(the call's atom_expr, the index of its `( ... )` trailer) when `leaf` is an argument."""
    node = leaf.parent
    if node.type == "argument":
        if node.children[0] is leaf and len(node.children) == 3:  # `f(name=...)`: the keyword itself
            return None
        node = node.parent
    if node.type == "arglist":
        node = node.parent
    if node.type == "trailer" and is_call_trailer(node):
        call = node.parent
        return call, call.children.index(node)
    return None
