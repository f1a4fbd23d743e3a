"""A recommended decorator traces every callee into the graph (SPEC 4.5): the callees' hazards.

The pitfall checks look at one function's body; this pass follows the call graph from each
function about to be decorated and reports the first callee, at any depth, that cannot be traced
(CALLS_UNTRACEABLE), computing the callee's own pitfalls when the tables did not need them.
"""
from __future__ import annotations

from .callgraph import CALLBACK, FRAMEWORK
from .dispatch import IMPOSSIBLE, Receivers
from .results import Analysis
from .rules.base import Finding
from .rules.context import FunctionContext
from .rules.pitfalls import run_pitfall_checks

#: Findings of a callee that are not hazards for a caller tracing it: they are about whether the
#: callee itself gains from a decorator, or how a Keras model's own `call` is decorated.
_NOT_HAZARDS = frozenset({"NO_TENSOR_COMPUTATION", "HAS_COVERED_CALLERS", "KERAS3_LAYER_CALL",
                          "CALLS_UNTRACEABLE", "RETURNS_PYTHON_VALUES"})
#: Edges along which the callee is not traced into the caller's graph.
_NOT_TRACED = frozenset({CALLBACK, FRAMEWORK})


def add_callee_hazards(analysis: Analysis, pitfalls: dict) -> None:
    """`pitfalls`: function -> its pitfall findings, where computed; filled in on demand."""
    for result in analysis.results:
        if "CONVERT_TO_HYBRID" not in result.transformations:
            continue
        found = _first_hazard(analysis, result.function, pitfalls)
        if found is not None:
            callee, finding = found
            result.findings.append(Finding("CALLS_UNTRACEABLE", result.function.line, {
                "function": result.function.qualname, "callee": callee.qualname, "code": finding.code,
                "line": finding.line}))


def _first_hazard(analysis: Analysis, function, pitfalls: dict):
    """The first callee with a hazard, along the calls that can run (`dispatch`: from
    `Walk().step(x)` only `Walk`'s override of an abstract method runs)."""
    receivers = Receivers(analysis.dataflow)
    seen, stack = {(function, None)}, [(function, None)]
    while stack:
        caller, caller_self = stack.pop()
        for site in analysis.callgraph.sites_in.get(caller, ()):
            for callee, how in site.targets.items():
                if how in _NOT_TRACED:
                    continue
                callee_self = receivers.down(caller, caller_self, site, callee, how)
                if callee_self is IMPOSSIBLE or (callee, callee_self) in seen:
                    continue
                seen.add((callee, callee_self))
                hazard = next((f for f in _pitfalls_of(analysis, callee, pitfalls)
                               if f.code not in _NOT_HAZARDS and f.get_severity() == "error"), None)
                if hazard is not None:
                    return callee, hazard
                stack.append((callee, callee_self))
    return None


def _pitfalls_of(analysis: Analysis, function, pitfalls: dict) -> list[Finding]:
    if function not in pitfalls:
        context = FunctionContext(function, analysis.program, analysis.dataflow, analysis.callgraph,
                                  analysis.targets)
        pitfalls[function] = run_pitfall_checks(context)
    return pitfalls[function]

