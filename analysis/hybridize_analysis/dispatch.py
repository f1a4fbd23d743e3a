"""Which override a call on `self` runs: the receiver's class, carried along the call graph.

`self._step(action)` in an abstract base method runs the `_step` of whatever object `self` is, so
the call graph links that site to every subclass's override (`Dataflow._overrides`, class
hierarchy analysis), once for all the objects the base method is called on. A path through the
graph knows more: from `Walk().step(x)`, the `self` of `Environment.step` is a `Walk`, and only
`Walk._step` runs. Walking down (callers to callees) carries the class `self` is known to be;
walking up (an effect found in a callee, reported in its callers) carries the class `self` must
be for the effect to happen, and drops it at a caller whose receiver cannot be one.
"""
from __future__ import annotations

from .callgraph import METHOD, CallSite
from .model import ClassInfo, FunctionInfo
from .tensors.dataflow import _is_method
from .tensors.values import OBJECT

#: A walk step that cannot happen (the receiver cannot be an instance of the callee's class).
IMPOSSIBLE = False


class Receivers:
    def __init__(self, dataflow) -> None:
        self.dataflow = dataflow
        self.keras = dataflow.keras

    def down(self, caller: FunctionInfo, caller_self: ClassInfo | None, site: CallSite, callee: FunctionInfo,
             how: str) -> ClassInfo | None | bool:
        """The class the callee's `self` is known to be an instance of on this edge (None when
        unknown), or IMPOSSIBLE; `caller_self` is what the caller's `self` is known to be."""
        if how != METHOD or callee.cls is None:
            return None
        if self.called_on_self(site, caller):
            classes = {caller_self or caller.cls}  # in a method of a class, `self` is one of its
        else:
            classes = self.receiver_classes(site)
            if classes is None:
                return None
        possible = [self.narrower(cls, callee.cls) for cls in classes if self.compatible(cls, callee.cls)]
        if not possible:
            return IMPOSSIBLE
        known = possible[0] if len(possible) == 1 else None
        return None if known is callee.cls else known  # a method's `self` is one of its class anyway

    def up(self, caller: FunctionInfo, site: CallSite, callee: FunctionInfo, how: str,
           self_class: ClassInfo | None) -> ClassInfo | None | bool:
        """What the caller's `self` must be for something the callee does when its own `self` is
        an instance of `self_class` (None: always) to happen, or IMPOSSIBLE."""
        if how != METHOD:
            return None
        if self.called_on_self(site, caller):
            required = self_class or (callee.cls if self.is_override_edge(caller, callee) else None)
            if required is None or caller.cls in self.keras.get_subclasses(required):
                return None  # every `self` of the caller is one
            return required if self.compatible(required, caller.cls) else IMPOSSIBLE
        if self_class is None:
            return None
        classes = self.receiver_classes(site)
        if classes is not None and not any(self.compatible(cls, self_class) for cls in classes):
            return IMPOSSIBLE
        return None

    def is_override_edge(self, caller: FunctionInfo, callee: FunctionInfo) -> bool:
        """A call on `self` from a method of a class to the override a subclass has."""
        return caller.cls is not None and callee.cls is not None and callee.cls is not caller.cls \
            and callee.cls in self.keras.get_subclasses(caller.cls)

    def compatible(self, first: ClassInfo, second: ClassInfo) -> bool:
        """Whether one object can be an instance of both: one class derives from the other."""
        return first in self.keras.get_subclasses(second) or second in self.keras.get_subclasses(first)

    def narrower(self, first: ClassInfo, second: ClassInfo) -> ClassInfo:
        return first if first in self.keras.get_subclasses(second) else second

    def receiver_classes(self, site: CallSite) -> set[ClassInfo] | None:
        """The program classes the object a method is called on is an instance of, when every
        value it may hold is one; None otherwise."""
        if site.trailer_index < 2:
            return None
        receivers = self.dataflow.eval_trailers(site.node, site.trailer_index - 1)
        if not receivers or any(value.kind != OBJECT for value in receivers):
            return None
        return {value.ref for value in receivers}

    @staticmethod
    def called_on_self(site: CallSite, caller: FunctionInfo | None) -> bool:
        """`self.m(...)` in a method whose first parameter is `self`."""
        if caller is None or not _is_method(caller) or site.trailer_index != 2:
            return False
        params = caller.get_params()
        first = site.node.children[0]
        return bool(params) and first.type == "name" and first.value == params[0].name.value
