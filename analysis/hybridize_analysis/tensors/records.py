"""Named tuples: `collections.namedtuple`, `typing.NamedTuple` and the classes deriving from them.

TensorFlow traces a named tuple as a nest of its fields (`tf.nest`), exactly as a tuple: a
`TimeStep` or `Trajectory` holding tensors is a tensor-like argument that traces once per
structure, and one holding Python numbers retraces per value. The dataflow therefore represents an
instance as a tuple container whose `keys` name the fields (`step.reward` reads what `step[1]`
reads). This module reads the field names from the declaration's syntax.
"""
from __future__ import annotations

import ast
import re

from parso.tree import NodeOrLeaf

from ..model import ClassInfo, Program
from ..model.scopes import Assignment
from ..syntax import is_attribute_trailer, is_call_trailer, iter_call_arguments
from . import catalogue as api

#: Calls that make a named tuple class from a name and a list of fields.
FACTORIES = frozenset({"collections.namedtuple", "typing.NamedTuple", "typing_extensions.NamedTuple"})
#: Bases whose subclasses declare their fields as annotated names of the class body.
_ANNOTATED_BASES = frozenset({"typing.NamedTuple", "typing_extensions.NamedTuple"})
#: Keyword arguments of the factories that are not fields (`NamedTuple("P", x=int)` declares `x`).
_FACTORY_KEYWORDS = frozenset({"typename", "field_names", "fields", "rename", "defaults", "module"})
#: How many classes deep a field declaration is searched for (`class A(B)`, `class B(namedtuple(...))`).
_DEPTH = 8


def factory_fields(callee_name: str | None, trailer: NodeOrLeaf) -> tuple[str, ...] | None:
    """The fields a `namedtuple("Step", "obs reward")` or `NamedTuple("Step", [("obs", T), ...])`
    call declares, when spelled as literals; None for any other call or a computed field list."""
    if callee_name is None or api.normalize(callee_name) not in FACTORIES and callee_name not in FACTORIES:
        return None
    arguments = list(iter_call_arguments(trailer))
    positional = [node for keyword, node in arguments if keyword is None]
    keywords = {keyword: node for keyword, node in arguments if keyword is not None}
    spec = positional[1] if len(positional) > 1 else keywords.get("field_names", keywords.get("fields"))
    if spec is None:  # `NamedTuple("Point", x=int, y=int)`
        names = tuple(keyword for keyword in keywords if keyword not in _FACTORY_KEYWORDS)
        return names or None
    return _literal_fields(spec)


def class_fields(program: Program, cls: ClassInfo, depth: int = 0) -> tuple[str, ...] | None:
    """The fields of a class that is a named tuple: its base is a factory call, `typing.NamedTuple`
    (the class body's annotated names), a name bound to a factory call, or another such class."""
    if depth > _DEPTH:
        return None
    for base in cls.base_nodes:
        children = getattr(base, "children", None)
        if children and is_call_trailer(children[-1]):  # `class Step(namedtuple("Step", ...))`
            fields = assigned_factory_fields(program, base)
            if fields is not None:
                return fields
            continue
        qualified = program.get_qualified_name(base)
        if qualified is not None and api.normalize(qualified) in _ANNOTATED_BASES:
            return _annotated_fields(cls)
        leaf = base if base.type == "name" else None
        binding = program.follow_imports(program.resolve_name(leaf)) if leaf is not None else None
        if isinstance(binding, Assignment) and binding.value is not None and binding.index is None:
            fields = assigned_factory_fields(program, binding.value)
            if fields is not None:
                return fields
        parent = program.resolve_class(binding) if leaf is not None else None
        if parent is not None and parent is not cls:
            fields = class_fields(program, parent, depth + 1)
            if fields is not None:
                return fields
    return None


def assigned_factory_fields(program: Program, value: NodeOrLeaf) -> tuple[str, ...] | None:
    """The fields when `value` (the right-hand side of `Step = ...`) is a factory call."""
    children = getattr(value, "children", None)
    if value.type not in ("atom_expr", "power") or not children or not is_call_trailer(children[-1]):
        return None
    leaves = [children[0]] + [trailer.children[1] for trailer in children[1:-1] if is_attribute_trailer(trailer)]
    if children[0].type != "name" or len(leaves) != len(children) - 1:
        return None
    return factory_fields(program.get_qualified_name_of_parts(leaves), children[-1])


def _literal_fields(node: NodeOrLeaf) -> tuple[str, ...] | None:
    """`"a b"`, `"a, b"`, `["a", "b"]`, `("a", "b")` or `[("a", T), ("b", U)]` as field names."""
    if node.type in ("string", "strings"):
        text = _string(node)
        return tuple(name for name in re.split(r"[,\s]+", text) if name) if text is not None else None
    if node.type != "atom" or node.children[0].type != "operator" or node.children[0].value not in "([":
        return None
    inner = node.children[1] if len(node.children) == 3 else None
    if inner is None:
        return ()
    items = inner.children[::2] if inner.type in ("testlist_comp", "exprlist") else [inner]
    names = []
    for item in items:
        if item.type == "atom" and item.children[0].type == "operator" and item.children[0].value == "(" \
                and len(item.children) == 3 and item.children[1].type == "testlist_comp":
            item = item.children[1].children[0]  # `("obs", tf.Tensor)`
        text = _string(item) if item.type in ("string", "strings") else None
        if text is None or not text.isidentifier():
            return None
        names.append(text)
    return tuple(names)


def _string(node: NodeOrLeaf) -> str | None:
    try:
        value = ast.literal_eval(node.get_code().strip())
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def _annotated_fields(cls: ClassInfo) -> tuple[str, ...]:
    """`x: int` and `y: float = 0.0` of a `typing.NamedTuple` class body, in order."""
    return tuple(name for name, _ in _annotated_names(cls))


def annotated_default(cls: ClassInfo, field: str) -> NodeOrLeaf | None:
    """The default a `typing.NamedTuple` class body gives `field` (`y: float = 0.0`), if any."""
    return next((annassign.children[3] for name, annassign in _annotated_names(cls)
                 if name == field and len(annassign.children) == 4), None)


def _annotated_names(cls: ClassInfo):
    """(name, its `annassign` node) of each annotated name the class body declares."""
    suite = cls.node.children[-1]
    for statement in suite.children if suite.type == "suite" else [suite]:
        expression = statement.children[0] if statement.type == "simple_stmt" else None
        if expression is not None and expression.type == "expr_stmt" and len(expression.children) == 2 \
                and expression.children[0].type == "name" and expression.children[1].type == "annassign":
            yield expression.children[0].value, expression.children[1]
