"""Call sites and the call graph.

Call sites are found syntactically; what each one calls is decided by the dataflow (a callee is a
value: a function, a bound method, a class, a Keras object whose `call` runs, a library API), so
`self.step(x)`, `model(x)`, `super().call(x)` and callbacks stored in variables resolve alike.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterator

from parso.tree import NodeOrLeaf

from .model import FunctionInfo, Module, Program
from .syntax import get_code_of, is_call_trailer, iter_call_arguments

#: How a call reaches a function.
DIRECT, METHOD, CONSTRUCTOR, KERAS_CALL, CALLBACK, FRAMEWORK = (
    "direct", "method", "constructor", "keras_call", "callback", "framework")


@dataclass(eq=False)
class CallSite:
    """`node.children[trailer_index]` is the `( ... )` of a call inside `caller` (None: module code)."""

    node: NodeOrLeaf
    trailer_index: int
    caller: FunctionInfo | None
    module: Module
    targets: dict[FunctionInfo, str] = field(default_factory=dict)  # callee -> how it is reached
    library: set[str] = field(default_factory=set)  # qualified names or `kind.method` of library callees
    methods: set[tuple[str, str]] = field(default_factory=set)  # (receiver kind, method) of library methods
    dead: bool = False  # in a function nothing calls: it passes no values
    unresolved: bool = False  # some callee value was unknown
    #: An unknown callee read by TensorFlow's calling conventions (`model(x, training=False)` is a
    #: Keras call, `strategy.run(fn, args=...)` a distribution strategy's): what was assumed.
    convention: str | None = None

    @property
    def trailer(self) -> NodeOrLeaf:
        return self.node.children[self.trailer_index]

    @property
    def line(self) -> int:
        return self.trailer.start_pos[0]

    @property
    def method_name(self) -> str | None:
        """`append` of `items.append(x)`; None for a call of a plain name."""
        if self.trailer_index >= 1:
            previous = self.node.children[self.trailer_index - 1]
            if previous.type == "trailer" and previous.children[0].value == ".":
                return previous.children[1].value
        return None

    def passed_argument(self, position: int, name: str | None) -> NodeOrLeaf | None:
        """The expression the call passes at `position` among its positional arguments (spreads
        not counted), or by the keyword `name`; None when it passes none."""
        positional = 0
        for keyword, node in iter_call_arguments(self.trailer):
            if keyword is None and not (node.type == "argument" and node.children[0].type == "operator"):
                if positional == position:
                    return node
                positional += 1
            elif keyword is not None and keyword == name:
                return node
        return None

    def get_code(self) -> str:
        """The call's source up to its closing parenthesis, shortened for messages."""
        code = get_code_of(self.node.children[: self.trailer_index + 1])
        code = " ".join(code.split())
        return code if len(code) <= 60 else code[:57] + "..."


def iter_call_sites(program: Program) -> Iterator[CallSite]:
    """Every call in every unit, with the innermost function that contains it."""
    functions_by_node = {function.node: function for function in program.iter_functions()}
    for module in program.modules.values():
        for parsed, unit in zip(module.parsed, module.units):
            if parsed.tree is None or unit.skipped_magic is not None:
                continue
            yield from _iter_tree_call_sites(parsed.tree, module, functions_by_node)


def _iter_tree_call_sites(tree, module: Module, functions_by_node) -> Iterator[CallSite]:
    stack: list[tuple[NodeOrLeaf, FunctionInfo | None]] = [(tree, None)]
    while stack:
        node, caller = stack.pop()
        children = getattr(node, "children", None)
        if not children:
            continue
        if node.type in ("atom_expr", "power"):
            for index, child in enumerate(children):
                if is_call_trailer(child):
                    yield CallSite(node, index, caller, module)
        # a function's body runs in the function; its defaults run where it is defined
        inner = functions_by_node.get(node, caller) if node.type == "funcdef" else caller
        for child in reversed(children):
            stack.append((child, inner if child is children[-1] else caller))


class CallGraph:
    """Edges from callers to the user functions they reach, after the dataflow resolved them."""

    def __init__(self, sites: list[CallSite]) -> None:
        self.sites = sites
        self.callees: dict[FunctionInfo | None, set[FunctionInfo]] = defaultdict(set)
        self.callers: dict[FunctionInfo, list[CallSite]] = defaultdict(list)
        self.sites_in: dict[FunctionInfo | None, list[CallSite]] = defaultdict(list)
        for site in sites:
            self.sites_in[site.caller].append(site)
            for target in site.targets:
                self.callees[site.caller].add(target)
                self.callers[target].append(site)

    def get_callers(self, function: FunctionInfo) -> list[CallSite]:
        return self.callers.get(function, [])

    def iter_unresolved_sites(self, function: FunctionInfo) -> Iterator[CallSite]:
        for site in self.sites_in.get(function, []):
            if site.unresolved:
                yield site
