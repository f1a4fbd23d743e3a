"""The program model: modules made of units, their functions and classes, and name resolution."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from parso.tree import NodeOrLeaf

from ..parse import Parsed
from ..syntax import get_dotted_parts, get_end_line, get_sync_comp_for, is_call_trailer
from ..units import Unit
from .scopes import (
    BUILTIN_NAMES, Assignment, AugmentedAssignment, Binding, Builtin, ClassDefinition, ClassScope,
    Deletion, FromImportation, FunctionDefinition, FunctionScope, Importation, ModuleScope,
    Pos, Scope, StarImported,
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
        self.scope_functions: dict[Scope, FunctionInfo] = {}
        self._submodules: dict[str, Importation] = {}
        self._run_positions: dict[str, dict[FunctionInfo, Pos]] = {}
        self._exports: dict[str, frozenset[str] | None] = {}

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

    def lookup(self, name: str, scope: Scope, pos: Pos, run_at: Pos | None = None) -> Binding | None:
        """The binding of `name` read at `pos` in `scope`.

        A function body reads module names when it runs, not where it is written: at the last
        point module code runs it (`get_run_position`, or `run_at` when given), else, for a
        function module code never calls (a library function), after the whole module has run.
        """
        deferred = False
        reader: Scope | None = None  # the innermost function whose body reads the name
        start = scope
        while scope is not None:
            if isinstance(scope, ModuleScope):
                at = pos
                if deferred:
                    at = run_at
                    if at is None and reader is not None and len(scope.get(name, ())) > 1:
                        at = self.get_run_position(reader)
                binding = scope.get_binding(name, at)
                if binding is None and at is not None and deferred:
                    binding, at = scope.get_binding(name), None
                return self._follow_module_binding(binding, scope, name, pos if at is None else at,
                                                   deferred and at is None)
            if name in scope.global_names:
                if reader is None and isinstance(scope, FunctionScope):
                    reader = scope
                scope = _module_scope_of(scope)
                deferred = True
                continue
            if scope is start or not isinstance(scope, ClassScope):
                if name in scope and name not in scope.nonlocal_names:
                    binding = scope.get_binding(name, pos) or scope.get_binding(name)
                    return None if isinstance(binding, Deletion) else binding
            if isinstance(scope, FunctionScope):
                deferred = True
                if reader is None and scope in self.scope_functions:
                    reader = scope
            scope = scope.parent
        return None

    # -- when module code runs a function ------------------------------------------------------
    def get_run_position(self, scope: Scope) -> Pos | None:
        """The last position at which the module's own code runs the function of `scope`, directly
        or through functions it runs (a notebook's training loop calling `step` in cell 3); None
        when module code never calls it by name."""
        function = self.scope_functions.get(scope)
        if function is None:
            return None
        module = function.module
        runs = self._run_positions.get(module.name)
        if runs is None:
            self._run_positions[module.name] = {}  # lookups made while computing read the last binding
            runs = self._run_positions[module.name] = self._compute_run_positions(module)
        return runs.get(function)

    def _compute_run_positions(self, module: Module) -> dict[FunctionInfo, Pos]:
        runs: dict[FunctionInfo, Pos] = {}
        queue: list[FunctionInfo] = []

        def reached(leaf: NodeOrLeaf, at: Pos | None) -> None:
            position = self.get_pos(leaf) if at is None else at
            binding = self.lookup(leaf.value, self.get_scope_of(leaf), self.get_pos(leaf), run_at=at)
            function = self.resolve_function(binding)
            if function is not None and function.module is module and runs.get(function, position) <= position:
                if runs.get(function) != position:
                    runs[function] = position
                    queue.append(function)

        for parsed, unit in zip(module.parsed, module.units):
            if parsed.tree is not None and unit.skipped_magic is None and id(parsed.tree) in self.tree_modules:
                for leaf in _iter_run_names(parsed.tree):
                    reached(leaf, None)
        while queue:
            function = queue.pop()
            for leaf in _iter_run_names(function.node.children[-1]):
                reached(leaf, runs[function])
        return runs

    def _follow_module_binding(self, binding, scope: ModuleScope, name: str, pos: Pos,
                               deferred: bool) -> Binding | None:
        if isinstance(binding, Deletion):
            return None
        if binding is not None:
            return binding
        for module, star_pos in reversed(scope.star_imports):
            if (deferred or star_pos <= pos) and self.is_exported(module, name):
                if module in self.modules:
                    found = self.get_module_attribute(module, name)
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
        a user function -> '<module>.<qualname>', also when reached as `pkg.ops.scale` or through a
        package's re-export; None when it is not a (resolvable) dotted name.
        """
        parts = get_dotted_parts(node)
        if not parts or _depth > 8:
            return None
        base = node if node.type == "name" else node.children[0]
        return self._qualify(self.resolve_name(base), parts[1:], _depth)

    def get_qualified_name_of_parts(self, leaves: list[NodeOrLeaf]) -> str | None:
        """`get_qualified_name` of `a.b.c` given as its name leaves."""
        return self._qualify(self.resolve_name(leaves[0]), [leaf.value for leaf in leaves[1:]], 0)

    def _qualify(self, binding: Binding | None, attributes: list[str], _depth: int) -> str | None:
        binding, rest = self.follow_attributes(binding, attributes)
        prefix = self.get_binding_qualified_name(binding, _depth)
        if prefix is None:
            return None
        return ".".join([prefix, *rest])

    def resolve_reference(self, node: NodeOrLeaf) -> Binding | None:
        """The binding a name or a dotted name (`ops.scale`, `pkg.ops.scale`) stands for, through
        the imports and modules of the program; None when some part is not a program binding."""
        parts = get_dotted_parts(node)
        if not parts:
            return None
        base = node if node.type == "name" else node.children[0]
        binding, rest = self.follow_attributes(self.resolve_name(base), parts[1:])
        return binding if not rest else None

    def follow_attributes(self, binding: Binding | None, attributes: list[str]) -> tuple[Binding | None, list[str]]:
        """Follow `binding.a.b...` while it names a module of the program; the rest not followed."""
        binding = self.follow_imports(binding)
        index = 0
        while index < len(attributes) and isinstance(binding, Importation):
            target = self.get_module_attribute(binding.module, attributes[index])
            if target is None:
                break
            binding = self.follow_imports(target)
            index += 1
        return binding, attributes[index:]

    def get_binding_qualified_name(self, binding: Binding | None, _depth: int = 0) -> str | None:
        binding = self.follow_imports(binding)
        if binding is None:
            return None
        if isinstance(binding, FunctionDefinition):
            return f"{binding.function.module.name}.{binding.function.qualname}"
        if isinstance(binding, ClassDefinition):
            return f"{binding.cls.module.name}.{binding.cls.qualname}"
        if isinstance(binding, Assignment) and binding.value is not None and binding.annotation is None:
            if get_dotted_parts(binding.value) and _depth < 8:  # `layers = tf.keras.layers`
                return self.get_qualified_name(binding.value, _depth + 1)
            return None
        return binding.get_qualified_name()

    # -- modules and their attributes ---------------------------------------------------------
    def follow_imports(self, binding: Binding | None) -> Binding | None:
        """The binding an import stands for, through the modules of the program.

        `from pkg import scale` reaches the definition of `scale` wherever `pkg`'s `__init__`
        re-exports it from; `from pkg import ops` reaches the submodule `pkg.ops` (an
        `Importation`); an import of a module outside the program is returned as it is.
        """
        for _ in range(16):
            if not isinstance(binding, FromImportation):
                return binding
            target = self.get_module_attribute(binding.module, binding.attr, importing=binding)
            if target is None:
                return binding
            binding = target
        return binding

    def get_module_attribute(self, module: str, attr: str, importing: Binding | None = None) -> Binding | None:
        """What `module.attr` is bound to once `module` (a module of the program) has run.

        The module's own last binding of `attr`, else a name its `from m import *` brings in,
        else its submodule `module.attr` (as an `Importation`). None when `module` is not part of
        the program or has no such attribute. `importing` is the `from module import attr` being
        followed: in a package's `__init__`, `from . import ops` binds the submodule, not itself.
        """
        found = self._get_module_attribute(module, attr, importing, set())
        if found is not None or f"{module}.{attr}" not in self.modules:
            return found
        return self._get_submodule(f"{module}.{attr}")

    def _get_module_attribute(self, module_name: str, attr: str, importing: Binding | None,
                              seen: set[str]) -> Binding | None:
        module = self.modules.get(module_name)
        if module is None or module_name in seen:
            return None
        seen.add(module_name)
        binding = module.scope.get_binding(attr)
        if isinstance(binding, Deletion):
            return None
        if binding is not None and binding is not importing:
            return binding
        for star_module, _ in reversed(module.scope.star_imports):
            if self.is_exported(star_module, attr):
                found = self._get_module_attribute(star_module, attr, None, seen)
                if found is None and f"{star_module}.{attr}" in self.modules:
                    found = self._get_submodule(f"{star_module}.{attr}")
                if found is not None:
                    return found
        return None

    def _get_submodule(self, name: str) -> Importation:
        submodule = self._submodules.get(name)
        if submodule is None:
            submodule = self._submodules[name] = Importation(name.rsplit(".", 1)[-1], None, (0, 0, 0), name)
        return submodule

    def is_exported(self, module: str, name: str) -> bool:
        """Whether `from module import *` binds `name`: listed in `__all__`, or public when the
        module has no `__all__` (a module outside the program exports every public name)."""
        exports = self.get_exports(module)
        if exports is not None:
            return name in exports
        return not name.startswith("_")

    def get_exports(self, module_name: str) -> frozenset[str] | None:
        """The names of a program module's `__all__` (list or tuple literals, `+=` included), or
        None when it has none or it cannot be read statically."""
        if module_name in self._exports:
            return self._exports[module_name]
        module = self.modules.get(module_name)
        exports: set[str] | None = None
        for binding in module.scope.get("__all__", []) if module is not None else []:
            names = _string_elements(binding.value) if isinstance(binding, Assignment) else None
            if names is None:
                exports = None
                break
            exports = names if exports is None or not isinstance(binding, AugmentedAssignment) \
                else exports | names
        self._exports[module_name] = frozenset(exports) if exports is not None else None
        return self._exports[module_name]

    def resolve_function(self, binding: Binding | None) -> FunctionInfo | None:
        """The user function a binding stands for, through imports between modules."""
        binding = self.follow_imports(binding)
        return binding.function if isinstance(binding, FunctionDefinition) else None

    def resolve_class(self, binding: Binding | None) -> ClassInfo | None:
        binding = self.follow_imports(binding)
        return binding.cls if isinstance(binding, ClassDefinition) else None


def _iter_run_names(body: NodeOrLeaf) -> Iterator[NodeOrLeaf]:
    """Names that running `body` calls or hands to a call (`step(x)`, `ds.map(parse)`), without
    entering the bodies of the functions it defines."""
    stack = [body]
    while stack:
        node = stack.pop()
        children = node.children
        if node.type in ("atom_expr", "power") and children[0].type == "name" and is_call_trailer(children[1]):
            yield children[0]
        elif node.type == "trailer" and len(children) == 3 and children[0].value == "(":
            inner = children[1]
            for argument in inner.children if inner.type == "arglist" else (inner,):
                if argument.type == "name":
                    yield argument
                elif argument.type == "argument" and len(argument.children) == 3 \
                        and argument.children[2].type == "name" and argument.children[1].value == "=":
                    yield argument.children[2]
        for child in children:
            if child.type != "funcdef" and hasattr(child, "children"):
                stack.append(child)


def _string_elements(node: NodeOrLeaf | None) -> set[str] | None:
    """The strings of a list or tuple literal (`["a", "b"]`), or None for anything else."""
    if node is None or node.type != "atom" or node.children[0].value not in "([":
        return None
    inner = node.children[1] if len(node.children) == 3 else None
    if inner is None:
        return set()
    elements = inner.children[::2] if inner.type in ("testlist_comp",) else [inner]
    names = set()
    for element in elements:
        if element.type != "string":
            return None
        value = element.value
        quote = value.lstrip("rRuUbB")[:1]
        if not quote or value[:1] in "fFbB":
            return None
        names.add(value.lstrip("rRuU").strip(quote))
    return names


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
