"""What removing `@tf.function` would change for a function's callers (SPEC 4.8, issue class 7).

A graph returns every Python number, string or list of them as tensors (checked with TensorFlow
2.21: `tf.function(lambda: 3)()` is `<tf.Tensor: shape=(), dtype=int32, numpy=3>`). Without the
decorator the same body hands back the Python value itself, so a caller that prints it, calls
`.numpy()` on it or compares it sees something else. Only a body that returns tensors (or
nothing) is the same either way.
"""
from __future__ import annotations

from dataclasses import dataclass

from .callgraph import CallGraph, CallSite
from .model import FunctionInfo
from .tensors import catalogue as api
from .tensors.values import CONTAINER, Value

#: Values a graph returns unchanged: tensors and nothing. A `tf.Variable` is not among them: the
#: graph returns its value as a tensor, the eager body the variable itself (checked with TF 2.21).
_SAME_EITHER_WAY = frozenset({api.TENSOR, api.TENSOR_LIST, api.NONE})


@dataclass(frozen=True)
class ChangedResult:
    """A call site that uses the result of a function whose body returns Python values."""

    caller: str
    line: int


def find_changed_result(dataflow, graph: CallGraph, function: FunctionInfo) -> ChangedResult | None:
    """The first call site that would receive Python values instead of tensors, or None."""
    returns = dataflow.returns.get(function, frozenset())
    if all(_same_either_way(value) for value in returns):
        return None
    for site in graph.get_callers(function):
        if _uses_result(site):
            caller = site.caller.qualname if site.caller is not None else "module code"
            return ChangedResult(caller, site.line)
    return None


def _same_either_way(value: Value, depth: int = 0) -> bool:
    """A tensor, None, or a tuple/list/dict of only those: what the graph hands back unchanged."""
    if value.kind in _SAME_EITHER_WAY:
        return True
    return value.kind == CONTAINER and depth < 4 and bool(value.elements) and all(
        element and all(_same_either_way(v, depth + 1) for v in element) for element in _contents(value))


def _contents(value: Value):
    """The element value sets of a container; a dict's string keys are not returned values."""
    return value.elements[1::2] if value.ref == "dict" and not value.keys else \
        value.elements[2:] if value.ref == "dict" else value.elements


def _uses_result(site: CallSite) -> bool:
    """False only for a call that is a statement of its own, whose result is dropped."""
    if site.trailer_index != len(site.node.children) - 1:
        return True  # `f().numpy()`, `f()[0]`
    parent = site.node.parent
    return parent is None or parent.type != "simple_stmt"
