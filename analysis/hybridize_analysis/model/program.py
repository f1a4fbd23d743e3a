"""The program model: modules made of units, their functions and classes, and name resolution."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from parso.tree import NodeOrLeaf

from ..parse import Parsed
from ..syntax import get_dotted_parts, get_end_line, get_sync_comp_for
from ..units import Unit
from .scopes import (
    BUILTIN_NAMES, Assignment, Binding, Builtin, ClassDefinition, ClassScope, ComprehensionScope,
    Deletion, FromImportation, FunctionDefinition, FunctionScope, Importation, ModuleScope, Pos, Scope,
    StarImported,
)


@dataclass
class HybridMarker:
    """How a function is made hybrid: a decorator or a `g = tf.function(f)` assignment."""

    kind: str  # "decorator" | "assignment"
    spelling: str  # the callee as written: "tf.function", "function" ...
    code: str  # "tf.function(reduce_retracing=True)"
    arguments: dict[str, str]  # keyword -> source text of the value
    line: int  # first line of the decorator or the assignment
    end_line: int
    unit: Unit


@dataclass(eq=False)
class ClassInfo:
    name: str
    qualname: str
    node: NodeOrLeaf
    unit: Unit
    module: "Module"
    scope: ClassScope
    base_nodes: list[NodeOrLeaf]
    methods: dict[str, "FunctionInfo"] = field(default_factory=dict)

    @property
    def line(self) -> int:
        return self.node.start_pos[0]


@dataclass(eq=False)
class FunctionInfo:
    name: str
    qualname: str
    node: NodeOrLeaf  # parso funcdef
    unit: Unit
    unit_index: int
    module: "Module"
    scope: FunctionScope
    enclosing: Scope
    cls: ClassInfo | None  # the class when this is a method defined directly in its body
    is_async: bool = False
    hybrid: HybridMarker | None = None

    @property
    def line(self) -> int:
        return self.node.start_pos[0]

    @property
    def end_line(self) -> int:
        return get_end_line(self.node)

    @property
    def is_hybrid(self) -> bool:
        return self.hybrid is not None

    def get_params(self):
        return self.node.get_params()

    def get_decorators(self):
        return self.node.get_decorators()

    def __repr__(self) -> str:
        return f"<FunctionInfo {self.qualname} {self.unit.id}:{self.line}>"


@dataclass(eq=False)
class Module:
    """One module: a file, or a whole notebook whose cells run in one namespace."""

    name: str  # dotted module name ("pkg.utils"), or the notebook path
    units: list[Unit]
    parsed: list[Parsed]
    scope: ModuleScope
    is_package: bool = False
    functions: list[FunctionInfo] = field(default_factory=list)
    classes: list[ClassInfo] = field(default_factory=list)
    messages: list[tuple[Unit, int, str]] = field(default_factory=list)  # (unit, line, message)


class Program:
    """Modules analysed together, with the scope of every parso scope node for resolution."""

    def __init__(self) -> None:
        self.modules: dict[str, Module] = {}
        self.scopes: dict[NodeOrLeaf, Scope] = {}
        self.unit_positions: dict[int, int] = {}  # id(unit tree) -> unit index in its module
        self.tree_modules: dict[int, Module] = {}  # id(unit tree) -> its module

    # -- iteration ----------------------------------------------------------------------------
    def iter_functions(self) -> Iterator[FunctionInfo]:
        for module in self.modules.values():
            yield from module.functions

    def iter_classes(self) -> Iterator[ClassInfo]:
        for module in self.modules.values():
            yield from module.classes

    # -- resolution ---------------------------------------------------------------------------
    def get_scope_of(self, leaf: NodeOrLeaf) -> Scope:
        """The scope in which a reference at `leaf` is looked up."""
        child, node = leaf, leaf.parent
        while node is not None:
            scope = self.scopes.get(node)
            if scope is not None and _is_inside_scope_body(node, child, leaf):
                return scope
            child, node = node, node.parent
        return self.scopes[child]

    def resolve_name(self, leaf: NodeOrLeaf) -> Binding | None:
        """What the name at `leaf` is bound to where it is read, following Python's scoping."""
        return self.lookup(leaf.value, self.get_scope_of(leaf), self.get_pos(leaf))

    def lookup(self, name: str, scope: Scope, pos: Pos) -> Binding | None:
        deferred = False  # inside a function body, module names are read when it runs: the last binding
        start = scope
        while scope is not None:
            if isinstance(scope, ModuleScope):
                binding = scope.get_binding(name, None if deferred else pos)
                binding = self._follow_module_binding(binding, scope, name, pos, deferred)
                return binding
            if name in scope.global_names:
                scope = _module_scope_of(scope)
                deferred = True
                continue
            if scope is start or not isinstance(scope, ClassScope):
                if name in scope and name not in scope.nonlocal_names:
                    binding = scope.get_binding(name, pos) or scope.get_binding(name)
                    return None if isinstance(binding, Deletion) else binding
            if isinstance(scope, (FunctionScope, ComprehensionScope)) and not isinstance(scope, ClassScope):
                deferred = deferred or isinstance(scope, FunctionScope)
            scope = scope.parent
        return None

    def _follow_module_binding(self, binding, scope: ModuleScope, name: str, pos: Pos,
                               deferred: bool) -> Binding | None:
        if isinstance(binding, Deletion):
            return None
        if binding is not None:
            return binding
        for module, star_pos in reversed(scope.star_imports):
            if deferred or star_pos <= pos:
                if module in self.modules:
                    found = self.modules[module].scope.get_binding(name)
                    if found is not None:
                        return found
                elif name not in BUILTIN_NAMES:
                    return StarImported(name, star_pos, module)
        if name in BUILTIN_NAMES:
            return Builtin(name, None, (0, 0, 0))
        return None

    def get_module_of(self, node: NodeOrLeaf) -> Module | None:
        return self.tree_modules.get(id(node.get_root_node()))

    def get_pos(self, leaf: NodeOrLeaf) -> Pos:
        root = leaf.get_root_node()
        return (self.unit_positions.get(id(root), 0), *leaf.start_pos)

    def get_qualified_name(self, node: NodeOrLeaf, _depth: int = 0) -> str | None:
        """The dotted name an expression stands for through imports and aliases.

        `tf.keras.layers.Dense` under `import tensorflow as tf` -> 'tensorflow.keras.layers.Dense';
        a user function -> '<module>.<qualname>'; None when it is not a (resolvable) dotted name.
        """
        parts = get_dotted_parts(node)
        if not parts or _depth > 8:
            return None
        base = node if node.type == "name" else node.children[0]
        binding = self.resolve_name(base)
        prefix = self.get_binding_qualified_name(binding, _depth)
        if prefix is None:
            return None
        return ".".join([prefix, *parts[1:]])

    def get_binding_qualified_name(self, binding: Binding | None, _depth: int = 0) -> str | None:
        if binding is None:
            return None
        if isinstance(binding, FromImportation) and binding.module in self.modules:
            target = self.modules[binding.module].scope.get_binding(binding.attr)
            if target is not None and _depth < 8 and not isinstance(target, (Importation, FromImportation)):
                return self.get_binding_qualified_name(target, _depth + 1)
        if isinstance(binding, FunctionDefinition):
            return f"{binding.function.module.name}.{binding.function.qualname}"
        if isinstance(binding, ClassDefinition):
            return f"{binding.cls.module.name}.{binding.cls.qualname}"
        if isinstance(binding, Assignment) and binding.value is not None and binding.annotation is None:
            if get_dotted_parts(binding.value):  # `layers = tf.keras.layers`
                return self.get_qualified_name(binding.value, _depth + 1)
            return None
        return binding.get_qualified_name()

    def resolve_function(self, binding: Binding | None) -> FunctionInfo | None:
        """The user function a binding stands for, through imports between modules."""
        for _ in range(8):
            if isinstance(binding, FunctionDefinition):
                return binding.function
            if isinstance(binding, FromImportation) and binding.module in self.modules:
                binding = self.modules[binding.module].scope.get_binding(binding.attr)
                continue
            return None
        return None

    def resolve_class(self, binding: Binding | None) -> ClassInfo | None:
        for _ in range(8):
            if isinstance(binding, ClassDefinition):
                return binding.cls
            if isinstance(binding, FromImportation) and binding.module in self.modules:
                binding = self.modules[binding.module].scope.get_binding(binding.attr)
                continue
            return None
        return None


def _module_scope_of(scope: Scope) -> ModuleScope:
    while not isinstance(scope, ModuleScope):
        scope = scope.parent
    return scope


def _is_inside_scope_body(scope_node: NodeOrLeaf, child: NodeOrLeaf, leaf: NodeOrLeaf) -> bool:
    """Whether `leaf`, reached through `child` (a direct child of a scope node), is evaluated
    inside that scope.

    Decorators, defaults, annotations and base classes are evaluated in the enclosing scope, and
    so is the first iterable of a comprehension.
    """
    kind = scope_node.type
    if kind == "funcdef":
        if child.type == "parameters":
            return leaf.type == "name" and leaf.parent.type == "param" and leaf.parent.name is leaf
        return child is scope_node.children[-1]
    if kind == "classdef":
        return child is scope_node.children[-1]
    if kind == "lambdef":
        if child.type == "param":
            return leaf is child.name
        return child is scope_node.children[-1]
    if kind == "file_input":
        return True
    comp_for = get_sync_comp_for(scope_node)
    if comp_for is None or child is not comp_for:
        return True
    first_iterable = comp_for.children[3] if len(comp_for.children) > 3 else None
    node = leaf
    while node is not None and node is not comp_for:
        if node is first_iterable:
            return False
        node = node.parent
    return True
