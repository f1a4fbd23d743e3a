"""What a pitfall check sees of one function: its body, the values the dataflow inferred, its call
sites and callers, and the target versions. Checks are small functions `check(ctx) -> findings`."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from parso.tree import NodeOrLeaf

from ..callgraph import CallGraph, CallSite
from ..model import FunctionInfo, Program
from ..model.scopes import Argument
from ..tensors import catalogue as api
from ..tensors.dataflow import Dataflow
from ..tensors.values import Values, is_tensor_like
from .base import Finding

_NESTED_SCOPES = ("funcdef", "classdef")


@dataclass(frozen=True)
class TargetVersions:
    """The Keras major version the code runs with, and where that was decided from."""

    keras: int
    source: str


@dataclass
class FunctionContext:
    function: FunctionInfo
    program: Program
    dataflow: Dataflow
    callgraph: CallGraph
    targets: TargetVersions
    _body_nodes: list | None = field(default=None, init=False, repr=False)

    # -- the body -------------------------------------------------------------------------------
    def iter_body_nodes(self) -> Iterator[NodeOrLeaf]:
        """Nodes and leaves of the body in source order, not descending into nested functions
        or classes (they run when called, and are analysed on their own). Walked once per
        function: every check iterates the same list."""
        if self._body_nodes is None:
            nodes, stack = [], [self.function.node.children[-1]]
            while stack:
                node = stack.pop()
                nodes.append(node)
                children = getattr(node, "children", None)
                if children:
                    stack.extend(reversed([c for c in children if c.type not in _NESTED_SCOPES]))
            self._body_nodes = nodes
        return iter(self._body_nodes)

    def iter_calls(self) -> Iterator[CallSite]:
        """Call sites in this function's own body, in source order."""
        yield from sorted(self.callgraph.sites_in.get(self.function, []), key=lambda site: site.trailer.start_pos)

    def get_callers(self) -> list[CallSite]:
        return self.callgraph.get_callers(self.function)

    # -- values ---------------------------------------------------------------------------------
    def values(self, node: NodeOrLeaf) -> Values:
        return self.dataflow.eval(node)

    def is_tensor(self, node: NodeOrLeaf) -> bool:
        """The dataflow says the expression may be a tensor (or a container of tensors)."""
        return any(is_tensor_like(value) for value in self.values(node))

    def qualified_name(self, node: NodeOrLeaf) -> str | None:
        """`np.random.rand` -> 'numpy.random.rand'; Keras spellings normalised to 'keras.*'."""
        name = self.program.get_qualified_name(node)
        return api.normalize(name) if name else None

    def get_parameter(self, leaf: NodeOrLeaf) -> Argument | None:
        """The parameter of this function a name reads, or None."""
        if leaf.type != "name":
            return None
        binding = self.dataflow.resolve(leaf)
        if isinstance(binding, Argument) and binding.param.parent.parent is self.function.node:
            return binding
        return None

    # -- findings -------------------------------------------------------------------------------
    def finding(self, code: str, at: NodeOrLeaf | int | None, severity: str | None = None, **args) -> Finding:
        line = at if isinstance(at, int) or at is None else at.start_pos[0]
        return Finding(code, line, {"function": self.function.qualname, **args}, severity)


def short_code(node: NodeOrLeaf, limit: int = 60) -> str:
    """A node's code on one line, shortened for a message."""
    code = " ".join(node.get_code(include_prefix=False).split())
    return code if len(code) <= limit else code[: limit - 3] + "..."
