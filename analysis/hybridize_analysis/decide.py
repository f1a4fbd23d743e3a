"""The default decision tables (SPEC 4.3, 4.8): the paper's, extended with the pitfall findings,
evidence for removal and the one settled decision (the paper's exactly: `paper_tables.py`).

The tables are data-free logic: each property arrives three-valued with the words its failure
message needs, and failures accumulate into findings.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from .results import FunctionResult
from .rules.base import Finding

CONVERT_EAGER = "CONVERT_EAGER_FUNCTION_TO_HYBRID"
OPTIMIZE_HYBRID = "OPTIMIZE_HYBRID_FUNCTION"


@dataclass
class Property:
    """A three-valued property, with the message arguments and line of the finding it may cause."""

    value: bool | None
    args: dict = field(default_factory=dict)
    line: int | None = None


@dataclass
class Decision:
    """Inputs of the tables for one function."""

    tensor: Property
    primitive: Property
    side_effects: Property
    recursive: Property
    pitfalls: list[Finding] = field(default_factory=list)
    primitive_takes_few_values: bool = False  # observed in the kernel: P3 keeps the decorator
    reconfigure: dict[str, str] = field(default_factory=dict)  # P4 arguments from observed retracing
    benchmark: dict | None = None  # measured in the kernel: it can withdraw or change the recommendation
    verification: dict | None = None  # its rewrite run on observed calls (SPEC 8.1): differing withdraws it
    calls_seen: int | None = None  # observed calls (or the expected count): what tracing must pay for
    few_values: list[tuple[str, list]] = field(default_factory=list)  # primitives taking few constants
    traced_on_purpose: str | None = None  # why the program relies on the graph (purpose.py)
    needs_a_graph: str | None = None  # why an eager function should be a graph whatever its calls
    changed_result: object = None  # removal.ChangedResult: a caller would receive Python values
    loop_counter: object = None  # parameters.LoopCounter: a call site retraces on every iteration


def decide(result: FunctionResult, decision: Decision) -> None:
    """Fill `result`'s decision fields and findings from the tables."""
    function = result.function
    result.properties.update(
        has_tensor_parameter=decision.tensor.value, has_primitive_parameter=decision.primitive.value,
        has_python_side_effects=decision.side_effects.value, is_recursive=decision.recursive.value)
    result.candidate = function.is_hybrid or decision.tensor.value is True
    if function.is_hybrid:
        _decide_hybrid(result, decision)
    else:
        _decide_eager(result, decision)
    if decision.benchmark:
        _apply_benchmark(result, decision)
    if decision.verification:
        apply_verification(result, decision.verification)


def apply_verification(result: FunctionResult, verification: dict) -> None:
    """A rewrite that computed other results than the code as it is, on the calls the kernel saw,
    is withdrawn (BEHAVIOUR_DIFFERS); a verified or unverified one stands, and says so."""
    result.verification = verification
    if verification.get("verified") is False:
        _behaviour_differs(result, verification.get("what"), verification.get("detail"))
        withdraw(result, "CONVERT_TO_HYBRID", "RECONFIGURE", "CONVERT_TO_EAGER")


def _behaviour_differs(result: FunctionResult, what: str | None, detail: str | None) -> None:
    """The finding of a run that computed something else as a graph (a benchmark, a verification)."""
    result.findings.append(Finding("BEHAVIOUR_DIFFERS", result.function.line, {
        "function": result.function.qualname, "what": what or "the results", "detail": detail or "they differ"}))


def _apply_benchmark(result: FunctionResult, d: Decision) -> None:
    """Measurements overrule the static verdict (SPEC 4.5, 8): a graph that behaves differently
    withdraws the recommendation, a graph that is not faster turns it into keep eager (or
    de-hybridize), a hybrid function measured faster keeps its decorator, and an equivalent,
    clearly faster XLA compile asks for `jit_compile=True`."""
    bench = d.benchmark
    function = result.function
    result.benchmark = bench
    args = {"function": function.qualname}
    if bench.get("equivalent") is False:
        _behaviour_differs(result, bench.get("what") or bench.get("where"), bench.get("detail"))
        withdraw(result, "CONVERT_TO_HYBRID", "RECONFIGURE")
        return
    if bench.get("graph_faster") is False:
        result.findings.append(Finding("NO_MEASURED_SPEEDUP", function.line, {
            **args, "graph": _format_ms(bench.get("graph_ms")), "eager": _format_ms(bench.get("eager_ms"))}))
        withdraw(result, "CONVERT_TO_HYBRID", "RECONFIGURE")
        if function.is_hybrid and d.side_effects.value is False and not result.transformations \
                and not _removal_blocked(result, d):
            result.transformations.append("CONVERT_TO_EAGER")
        return
    if function.is_hybrid and bench.get("graph_faster") and "CONVERT_TO_EAGER" in result.transformations:
        withdraw(result, "CONVERT_TO_EAGER")  # measured faster as a graph: keep the decorator
    if "CONVERT_TO_HYBRID" in result.transformations and not _pays(
            result, d, "tracing", bench.get("tracing_ms"), bench.get("graph_ms"), bench.get("eager_ms")):
        withdraw(result, "CONVERT_TO_HYBRID")
        return
    if bench.get("recommend_xla") and _pays(result, d, "XLA compilation", _minus(bench.get("xla_tracing_ms"),
                                                                             bench.get("tracing_ms")),
                                            bench.get("xla_ms"), bench.get("graph_ms"), first_call=False):
        if "CONVERT_TO_HYBRID" in result.transformations:
            result.decorator_arguments["jit_compile"] = "True"
        elif function.is_hybrid and not result.transformations and \
                function.hybrid.arguments.get("jit_compile") != "True":
            result.decorator_arguments = {"jit_compile": "True"}
            _pass(result, "P4", "RECONFIGURE")


def _pays(result: FunctionResult, d: Decision, what: str, first_ms, new_ms, old_ms, first_call: bool = True) -> bool:
    """Advice that pays (SPEC 4.8): over the calls seen (or expected), does the new way's one-time
    cost come back? `first_ms` is its first call (or, with `first_call=False`, its extra cost
    alone), `new_ms` and `old_ms` a later call the new and the old way. When it does not, a
    TRACING_DOES_NOT_PAY finding says after how many calls it would. Without counts or times,
    nothing is withheld."""
    numbers = (first_ms, new_ms, old_ms)
    if d.calls_seen is None or not all(isinstance(n, (int, float)) and math.isfinite(n) for n in numbers):
        return True
    saving = old_ms - new_ms
    cost = first_ms - new_ms if first_call else first_ms
    if saving <= 0 or cost <= 0:
        return saving > 0
    # n calls the new way pay when `cost` (what its first call costs beyond a later one, or beyond
    # the old way's first call) is at most what the calls after the first save, or all of them
    calls = math.ceil(cost / saving - 1e-9) + (0 if first_call else 1)  # (float noise: 300 / 0.05)
    if d.calls_seen >= calls:
        return True
    result.findings.append(Finding("TRACING_DOES_NOT_PAY", result.function.line, {
        "function": result.function.qualname, "what": what, "cost": _format_ms(cost),
        "saving": _format_ms(saving), "calls": f"{calls:,}", "seen": d.calls_seen}))
    return False


def _minus(a, b):
    return a - b if isinstance(a, (int, float)) and isinstance(b, (int, float)) else None


def withdraw(result: FunctionResult, *transformations: str) -> None:
    kept = [t for t in result.transformations if t not in transformations]
    if kept != result.transformations:
        result.transformations = kept
        if not kept:
            result.passing_precondition = None


def _format_ms(value) -> str:
    if not isinstance(value, (int, float)):
        return "unknown"
    return f"{value * 1000:.3g} µs" if value < 1 else f"{value:.3g} ms"


def add_finding(result: FunctionResult, code: str, prop: Property, severity: str | None = None) -> None:
    """A finding of `code` about the function, worded with the property's arguments."""
    args = {"function": result.function.qualname, **prop.args}
    result.findings.append(Finding(code, prop.line or result.function.line, args, severity))


def _decide_eager(result: FunctionResult, d: Decision) -> None:
    result.refactoring = CONVERT_EAGER
    if d.tensor.value is False:
        add_finding(result, "HAS_NO_TENSOR_PARAMETERS", d.tensor)
        return
    if d.tensor.value is None:
        add_finding(result, "UNDETERMINABLE_TENSOR_PARAMETER", d.tensor)
    checks = (
        (d.primitive, "HAS_PRIMITIVE_PARAMETERS", "UNDETERMINABLE_PRIMITIVE_PARAMETER"),
        (d.side_effects, "HAS_PYTHON_SIDE_EFFECTS", "UNDETERMINABLE_SIDE_EFFECTS"),
        (d.recursive, "IS_RECURSIVE", "CANT_APPROXIMATE_RECURSION"),
    )
    few = d.primitive.value is True and bool(d.few_values)
    for prop, failure, undetermined in checks:
        if prop is d.primitive and few:
            _few_values(result, d)
        elif prop.value is True:
            add_finding(result, failure, prop)
        elif prop.value is None:
            add_finding(result, undetermined, prop)
    passes = (d.tensor.value is True and (d.primitive.value is False or few) and d.side_effects.value is False
              and d.recursive.value is False)
    if d.needs_a_graph:
        result.findings.append(Finding("NEEDS_A_GRAPH", result.function.line, {
            "function": result.function.qualname, "reason": d.needs_a_graph}))
    result.findings.extend(d.pitfalls)
    if passes and not any(f.code != "HAS_COVERED_CALLERS" and f.get_severity() == "error"
                          for f in d.pitfalls):
        if any(f.code == "HAS_COVERED_CALLERS" for f in d.pitfalls):
            return  # traced inside its hybrid callers already: nothing to change
        result.passing_precondition = "P1"
        result.transformations.append("CONVERT_TO_HYBRID")


def _decide_hybrid(result: FunctionResult, d: Decision) -> None:
    """The table of hybrid functions, where removal needs positive evidence (SPEC 4.8): a body
    without TensorFlow operations, retracing seen in observed calls, or a loop counter passed at a
    call site (a measured slowdown is `_apply_benchmark`'s). "No tensor parameter" or "a Python
    scalar parameter" alone keeps it."""
    result.refactoring = OPTIMIZE_HYBRID
    tensor, primitive, effects = d.tensor.value, d.primitive.value, d.side_effects.value
    pitfalls = [_as_removal_evidence(finding) for finding in d.pitfalls]
    if d.loop_counter is not None and d.primitive_takes_few_values is False:
        pitfalls.append(Finding("RETRACES_ON_LOOP_COUNTER", result.function.line, {
            "function": result.function.qualname, "parameter": d.loop_counter.parameter,
            "loop_line": d.loop_counter.loop_line, "iterable": d.loop_counter.iterable}))
    evidence = {finding.code for finding in pitfalls} & REMOVAL_EVIDENCE
    if effects is True:
        add_finding(result, "HAS_PYTHON_SIDE_EFFECTS", d.side_effects, severity="warning")
    if d.recursive.value is True:
        add_finding(result, "IS_RECURSIVE", d.recursive, severity="warning")
    if d.traced_on_purpose:
        result.findings.append(Finding("TRACED_ON_PURPOSE", result.function.line, {
            "function": result.function.qualname, "reason": d.traced_on_purpose}))
    removal = None  # the precondition that would remove the decorator
    if "NO_TENSOR_COMPUTATION" in evidence and effects is False and tensor is not False:
        removal = "P6"  # the paper tool's newer precondition: a graph with nothing to compute
    elif tensor is False:
        if effects is False:
            removal = "P2"
            if not evidence:
                result.findings.append(Finding("HAS_GRAPH_WORK", result.function.line,
                                               {"function": result.function.qualname}))
        elif effects is None:
            add_finding(result, "UNDETERMINABLE_SIDE_EFFECTS", d.side_effects)
    elif tensor is None:
        add_finding(result, "UNDETERMINABLE_TENSOR_PARAMETER", d.tensor)
    elif primitive is True:
        if d.few_values or d.primitive_takes_few_values:
            _few_values(result, d)
        elif effects is False:
            add_finding(result, "HAS_PRIMITIVE_PARAMETERS", d.primitive)
            removal = "P3"
        elif effects is None:
            add_finding(result, "UNDETERMINABLE_SIDE_EFFECTS", d.side_effects)
    elif primitive is False:
        add_finding(result, "HAS_NO_PRIMITIVE_PARAMETERS", d.primitive)
    else:
        add_finding(result, "UNDETERMINABLE_PRIMITIVE_PARAMETER", d.primitive)
    if removal and evidence and not _removal_blocked(result, d):
        _pass(result, removal, "CONVERT_TO_EAGER")
    if d.reconfigure and not result.transformations:
        result.decorator_arguments = dict(d.reconfigure)
        _pass(result, "P4", "RECONFIGURE")
    result.findings.extend(pitfalls)


#: Findings that show a hybrid function's graph does not pay (the benchmark's NO_MEASURED_SPEEDUP
#: is handled where measurements are).
REMOVAL_EVIDENCE = frozenset({"NO_TENSOR_COMPUTATION", "OBSERVED_RETRACING", "RETRACES_ON_LOOP_COUNTER"})


def _as_removal_evidence(finding: Finding) -> Finding:
    """On a hybrid function, "no TensorFlow operation" is the reason to remove the decorator, not a
    hazard of tracing: it is reported as information."""
    if finding.code == "NO_TENSOR_COMPUTATION":
        return Finding(finding.code, finding.line, finding.args, "info")
    return finding


def _removal_blocked(result: FunctionResult, d: Decision) -> bool:
    """Adds the finding that forbids removing the decorator, if any: the program relies on the
    graph, or a caller would receive Python values instead of tensors."""
    if d.traced_on_purpose:
        return True  # its TRACED_ON_PURPOSE finding is there already
    if d.changed_result is not None:
        result.findings.append(Finding("REMOVAL_CHANGES_RESULTS", result.function.line, {
            "function": result.function.qualname, "caller": d.changed_result.caller,
            "line": d.changed_result.line}))
        return True
    return False


def _few_values(result: FunctionResult, d: Decision) -> None:
    for parameter, values in d.few_values:
        shown = " and ".join(f"`{value!r}`" for value in values) if values else "its default"
        result.findings.append(Finding("FEW_PRIMITIVE_VALUES", d.primitive.line or result.function.line, {
            "function": result.function.qualname, "parameter": parameter, "values": shown,
            "count": max(len(values), 1)}))


def settle(result: FunctionResult) -> None:
    """The one decision (SPEC 4.8), once every pass has spoken: no transformation stands beside an
    error-severity finding of the same function, and `safe` says whether it can be applied as it
    stands (no measurement contradicts it)."""
    if result.transformations and any(f.get_severity() == "error" for f in result.findings):
        result.transformations = []
        result.passing_precondition = None
        result.decorator_arguments = {}
    measured = result.benchmark or {}
    result.safe = bool(result.transformations) and measured.get("equivalent") is not False \
        and (result.verification or {}).get("verified") is not False
    result.benchmark_refusal = _benchmark_refusal(result)


#: Effects that are writes to TensorFlow state (graph operations), should a finding name one.
_VARIABLE_WRITES = (".assign(", ".assign_add(", ".assign_sub(", ".scatter_", "apply_gradients(",
                    ".update_state(", ".reset_state(", ".reset_states(")


def _benchmark_refusal(result: FunctionResult) -> str | None:
    """Why timing the function in place would harm the session, in a user's words, or None: Python
    side effects would run on every timed call, and the benchmark restores TensorFlow variables and
    random states only."""
    if result.properties.get("has_python_side_effects") is not True:
        return None
    effects = [finding for finding in result.findings if finding.code == "HAS_PYTHON_SIDE_EFFECTS"
               and not any(write in str(finding.args.get("effect", "")) for write in _VARIABLE_WRITES)]
    if not effects:
        return None
    listed = "; ".join(f"line {finding.line}: {finding.args.get('effect', 'a Python side effect')}"
                       for finding in effects)
    return (f"`{result.function.qualname}` has Python side effects ({listed}), which would run on "
            f"every timed call and which the benchmark cannot undo (it restores TensorFlow "
            f"variables and random states only)")


def _pass(result: FunctionResult, precondition: str, transformation: str) -> None:
    result.passing_precondition = precondition
    result.transformations.append(transformation)
