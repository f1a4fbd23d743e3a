"""Observed calls (kernel only) decide the parameter properties where calls were seen, and show
retracing: Python values or tensor shapes that vary between calls of a hybrid function (SPEC 4.4, P4)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .facts import ArgumentFact, ObservedCalls
from .model import FunctionInfo
from .rules.base import Assumption, Finding
from .rules.has_unresolved_statically_read_axes import find_unresolved_reads, reads_static_sizes
from .syntax import iter_nodes
from .tensors.signatures import Spec, merge_specs, render_spec
from .tensors.parameters import Verdict

TENSOR_KINDS = ("tensor", "variable", "numpy")
PRIMITIVE_KINDS = ("int", "float", "str")
#: A Python argument that takes at most this many values is cheap to trace for each (P3 keeps it).
FEW_VALUES = 3
SHOWN_SIGNATURES = 3


@dataclass
class Observation:
    tensor: Verdict
    primitive: Verdict
    retracing: list[Finding] = field(default_factory=list)
    reconfigure: dict[str, str] = field(default_factory=dict)
    few_values: bool = False


def observe(function: FunctionInfo, calls: ObservedCalls, booleans: bool, tf_alias: str = "tf") -> Observation:
    by_parameter = _facts_by_parameter(calls)
    assumption = Assumption("OBSERVED_CALLS", {
        "function": function.qualname, "count": calls.count,
        "signatures": "; ".join(signature.describe() for signature in calls.signatures[:SHOWN_SIGNATURES])
        + ("; ..." if len(calls.signatures) > SHOWN_SIGNATURES else "")})
    primitive_kinds = PRIMITIVE_KINDS + (("bool",) if booleans else ())
    tensor_parameter = next((name for name, facts in by_parameter.items()
                             if any(f.kind in TENSOR_KINDS or f.holds_tensor for f in facts)), None)
    primitive_parameter = next((name for name, facts in by_parameter.items()
                                if any(f.kind in primitive_kinds for f in facts)), None)
    tensor = Verdict(tensor_parameter is not None, tensor_parameter, assumptions=[assumption])
    primitive = Verdict(primitive_parameter is not None, primitive_parameter)
    if primitive_parameter is not None:
        facts = [f for f in by_parameter[primitive_parameter] if f.kind in primitive_kinds]
        primitive.kinds = sorted({f.kind for f in facts})
        primitive.literals = _distinct([f.value for f in facts])
    observation = Observation(tensor, primitive)
    observation.few_values = all(
        len(_distinct([f.value for f in facts if f.kind in primitive_kinds])) <= FEW_VALUES
        for facts in by_parameter.values())
    if function.is_hybrid:
        _find_retracing(function, by_parameter, primitive_kinds, observation, tf_alias)
    return observation


def _facts_by_parameter(calls: ObservedCalls) -> dict[str, list[ArgumentFact]]:
    by_parameter: dict[str, list[ArgumentFact]] = {}
    for signature in calls.signatures:
        for name, fact in signature.arguments:
            by_parameter.setdefault(name, []).append(fact)
    return by_parameter


def _distinct(values: list) -> list:
    seen = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


def _find_retracing(function: FunctionInfo, by_parameter, primitive_kinds, observation: Observation,
                    tf_alias: str) -> None:
    varying_shapes = False
    for name, facts in by_parameter.items():
        values = _distinct([f.value for f in facts if f.kind in primitive_kinds])
        if len(values) > 1:
            kind = facts[0].kind
            shown = ", ".join(repr(v) if isinstance(v, str) else str(v) for v in values[:5])
            observation.retracing.append(Finding("OBSERVED_RETRACING", function.line, {
                "function": function.qualname, "parameter": name,
                "values": f"Python {kind}s {shown}{', ...' if len(values) > 5 else ''}"}))
        tensors = [f for f in facts if f.kind in TENSOR_KINDS]
        shapes = _distinct([(f.dtype, f.shape) for f in tensors])
        if len(shapes) > 1:
            varying_shapes = True
            shown = ", ".join(f.describe() for f in _distinct_by_shape(tensors)[:4])
            observation.retracing.append(Finding("OBSERVED_RETRACING", function.line, {
                "function": function.qualname, "parameter": name, "values": f"shapes {shown}"}))
    if varying_shapes and not any(f.code == "OBSERVED_RETRACING" and f.args["values"].startswith("Python")
                                  for f in observation.retracing):
        observation.reconfigure = _reconfiguration(function, by_parameter, tf_alias)


def _distinct_by_shape(tensors: list[ArgumentFact]) -> list[ArgumentFact]:
    seen, kept = set(), []
    for fact in tensors:
        if (fact.dtype, fact.shape) not in seen:
            seen.add((fact.dtype, fact.shape))
            kept.append(fact)
    return kept


def _reconfiguration(function: FunctionInfo, by_parameter, tf_alias: str) -> dict[str, str]:
    """An `input_signature` with None for the varying dimensions when every argument is a tensor of
    one rank and dtype; otherwise `reduce_retracing=True`. Neither when the body reads a static
    axis size: both would make it None (HAS_UNRESOLVED_STATICALLY_READ_AXES)."""
    nodes = list(iter_nodes(function.node.children[-1]))
    relax = {} if reads_static_sizes(function, nodes) else {"reduce_retracing": "True"}
    parameters = [p for p in function.get_params() if p.star_count == 0]
    if function.cls is not None and parameters and parameters[0].name.value in ("self", "cls"):
        parameters = parameters[1:]
    if [p.name.value for p in parameters] != list(by_parameter):
        return relax  # an input_signature must cover every parameter, in order
    specs = []
    for facts in by_parameter.values():
        if not all(f.kind in TENSOR_KINDS and f.shape is not None for f in facts):
            return relax
        if len({(len(f.shape), f.dtype) for f in facts}) != 1:
            return relax
        specs.append(render_spec(merge_specs([Spec(f.dtype, tuple(f.shape)) for f in facts]), tf_alias))
    if not specs:
        return relax
    signature = "[" + ", ".join(specs) + "]"
    if any(find_unresolved_reads(function, signature, nodes)):
        return {}  # the body reads a varying axis's size: None under this signature
    return {"input_signature": signature}
