"""Names and the scopes that hold them, after pyflakes: a binding per definition, a scope per block.

A position is `(unit index, line, column)`, so cells of a notebook order like lines of one file.
"""
from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from parso.tree import NodeOrLeaf

if TYPE_CHECKING:
    from .program import ClassInfo, FunctionInfo

Pos = tuple[int, int, int]

BUILTIN_NAMES = frozenset(dir(builtins)) | {"__file__", "__name__", "display", "get_ipython"}


class Binding:
    """A name bound at a position; `node` is the defining name leaf (or the statement)."""

    def __init__(self, name: str, node: NodeOrLeaf | None, pos: Pos) -> None:
        self.name = name
        self.node = node
        self.pos = pos

    def get_qualified_name(self) -> str | None:
        """The dotted name this binding stands for when it is an import, else None."""
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} at {self.pos}>"


class Importation(Binding):
    """`import a.b as c` binds `c` to module `a.b`; `import a.b` binds `a` to module `a`."""

    def __init__(self, name: str, node: NodeOrLeaf | None, pos: Pos, module: str) -> None:
        super().__init__(name, node, pos)
        self.module = module

    def get_qualified_name(self) -> str:
        return self.module


class FromImportation(Binding):
    """`from m import x as y` binds `y` to `m.x` (`m` already absolute for relative imports)."""

    def __init__(self, name: str, node: NodeOrLeaf | None, pos: Pos, module: str, attr: str) -> None:
        super().__init__(name, node, pos)
        self.module = module
        self.attr = attr

    def get_qualified_name(self) -> str:
        return f"{self.module}.{self.attr}" if self.module else self.attr


class Builtin(Binding):
    def get_qualified_name(self) -> str:
        return f"builtins.{self.name}"


class StarImported(Binding):
    """A name only a `from m import *` can have bound."""

    def __init__(self, name: str, pos: Pos, module: str) -> None:
        super().__init__(name, None, pos)
        self.module = module

    def get_qualified_name(self) -> str:
        return f"{self.module}.{self.name}"


class FunctionDefinition(Binding):
    def __init__(self, name: str, node: NodeOrLeaf, pos: Pos, function: "FunctionInfo") -> None:
        super().__init__(name, node, pos)
        self.function = function


class ClassDefinition(Binding):
    def __init__(self, name: str, node: NodeOrLeaf, pos: Pos, cls: "ClassInfo") -> None:
        super().__init__(name, node, pos)
        self.cls = cls


class Assignment(Binding):
    """`name = value`; `value` is None when nothing is known of the value (starred targets)."""

    def __init__(self, name: str, node: NodeOrLeaf | None, pos: Pos, value: NodeOrLeaf | None,
                 annotation: NodeOrLeaf | None = None, index: tuple[int | None, ...] | None = None) -> None:
        super().__init__(name, node, pos)
        self.value = value
        self.annotation = annotation
        self.index = index  # `a, (b, c) = value` binds `c` to element (1, 1) of value; None: the whole


#: The step of an `Assignment.index` for a starred target: `first, *rest = value` binds `rest` to a
#: list of the elements after the first.
REST = "*"


class AugmentedAssignment(Assignment):
    """`name += value`: the old value flows into the new one."""


class Argument(Binding):
    def __init__(self, name: str, node: NodeOrLeaf, pos: Pos, param: NodeOrLeaf, index: int) -> None:
        super().__init__(name, node, pos)
        self.param = param
        self.index = index


class LoopVariable(Binding):
    """Target of a `for` loop or comprehension: an element of `iterable` (or part of one)."""

    def __init__(self, name: str, node: NodeOrLeaf, pos: Pos, iterable: NodeOrLeaf, unpacked: bool) -> None:
        super().__init__(name, node, pos)
        self.iterable = iterable
        self.unpacked = unpacked


class WithTarget(Binding):
    def __init__(self, name: str, node: NodeOrLeaf, pos: Pos, context: NodeOrLeaf) -> None:
        super().__init__(name, node, pos)
        self.context = context


class ExceptTarget(Binding):
    pass


class Deletion(Binding):
    """`del name`: the name is unbound from here on."""


class Scope(dict):
    """Maps a name to the bindings made in this scope, in source order."""

    kind = "scope"

    def __init__(self, node: NodeOrLeaf | None, parent: "Scope | None") -> None:
        super().__init__()
        self.node = node
        self.parent = parent
        self.global_names: set[str] = set()
        self.nonlocal_names: set[str] = set()

    def add(self, binding: Binding) -> None:
        self.setdefault(binding.name, []).append(binding)

    def get_binding(self, name: str, before: Pos | None = None) -> Binding | None:
        """The binding of `name` live at `before` (the last one made before it), or the last one."""
        bindings = self.get(name)
        if not bindings:
            return None
        if before is None:
            return bindings[-1]
        live = [binding for binding in bindings if binding.pos <= before]
        return live[-1] if live else None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {sorted(self)}>"

    def __hash__(self) -> int:  # scopes are identities, not values
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


class ModuleScope(Scope):
    kind = "module"

    def __init__(self, node: NodeOrLeaf | None, parent: Scope | None = None) -> None:
        super().__init__(node, parent)
        self.star_imports: list[tuple[str, Pos]] = []


class ClassScope(Scope):
    kind = "class"


class FunctionScope(Scope):
    kind = "function"


class LambdaScope(FunctionScope):
    kind = "lambda"


class ComprehensionScope(Scope):
    kind = "comprehension"
