"""Runs the analyses over a built program and applies the decision tables to every function."""
from __future__ import annotations

import time

from .boundary import plan_boundary
from .callgraph import CallGraph
from .decide import Decision, Property, decide, settle
from .dispatch import Receivers
from .effects import SideEffects
from .fixes import find_fixes
from .model import get_tf_function_spellings
from .observations import observe
from .paper_tables import decide_paper
from .purpose import find_graph_reasons
from .recursion import find_cycles, recursion_property
from .removal import find_changed_result
from .results import Analysis, Options
from .rules import no_tensor_computation
from .rules.base import Assumption, Finding
from .rules.context import FunctionContext
from .rules.has_unresolved_statically_read_axes import find_unresolved_reads
from .rules.pitfalls import VERSION_DEPENDENT, run_pitfall_checks
from .speculative import speculate, speculate_capture, speculate_signature
from .syntax import iter_nodes
from .traced_callees import add_callee_hazards
from .tensors.dataflow import Dataflow
from .tensors.parameters import (Verdict, captured_opaque_input, captured_tensor_input, get_parameters,
                                 loop_counter_argument, primitive_parameter, tensor_parameter)
from .tensors.signatures import infer_input_signature
from .versions import decide_targets


def run_analyses(analysis: Analysis, options: Options) -> None:
    paper = options.tables == "paper"  # the paper's tables exactly: nothing beyond them decides
    analysis.tables = options.tables
    program = analysis.program
    clock = _Clock(analysis.timings)
    dataflow = Dataflow(program, options.booleans_are_primitive, options.facts).run()
    graph = CallGraph(dataflow.sites)
    analysis.dataflow, analysis.callgraph = dataflow, graph
    clock.lap("dataflow")
    functions = [result.function for result in analysis.results]
    cycles = find_cycles(graph, functions, Receivers(dataflow))
    reaches_unresolved = _make_reachability(graph)
    effects = SideEffects(program, dataflow, graph).run(functions)
    traced_on_purpose, graph_needs = find_graph_reasons(dataflow)
    clock.lap("effects")
    keras = options.keras_version or options.facts.keras_version
    source = options.keras_source if options.keras_version else options.facts.versions_source
    analysis.targets = decide_targets(keras, source, options.project_root, [unit.source for unit in analysis.units])
    pitfalls: dict = {}  # function -> its pitfall findings, for the callee pass
    aliases: dict[str, str] = {}  # module name -> the name it binds tensorflow to
    for result in analysis.results:
        function = result.function
        observed = options.facts.get_observed(function.unit.id, function.qualname)
        observation = None
        if observed is not None and observed.count and not paper:
            observation = observe(function, observed, options.booleans_are_primitive,
                                  _tf_alias(program, function, aliases))
            tensor, primitive = observation.tensor, observation.primitive
        else:
            tensor = speculate(function, tensor_parameter(dataflow, function), dataflow.keras)
            primitive = primitive_parameter(dataflow, function, options.booleans_are_primitive,
                                            0 if paper else options.few_values, graph.get_callers(function))
            if not paper:
                primitive = speculate_signature(function, tensor, primitive, dataflow,
                                                options.booleans_are_primitive)
                tensor = _captured_inputs(dataflow, function, tensor)
        result.assumptions.extend(tensor.assumptions)
        result.assumptions.extend(a for a in primitive.assumptions if a not in tensor.assumptions)
        decision = Decision(
            tensor=_tensor_property(tensor),
            primitive=_primitive_property(primitive),
            side_effects=effects.property(function),
            recursive=recursion_property(function, cycles, graph, reaches_unresolved, dataflow.escaping),
        )
        if function.is_hybrid and observed is None:
            _reconfigure_from_code(dataflow, graph, function, _tf_alias(program, function, aliases), decision)
        if decision.side_effects.value is False:
            result.assumptions.extend(Assumption("CALLING_CONVENTION", {
                "function": function.qualname, "call": site.get_code(), "what": site.convention})
                for site in effects.iter_conventions(function))
        if function.is_hybrid or decision.tensor.value is True:
            context = FunctionContext(function, program, dataflow, graph, analysis.targets)
            if paper:
                decision.pitfalls.extend(run_pitfall_checks(context, paper=True))
                if function.is_hybrid:  # the paper tool's P6
                    decision.pitfalls.extend(no_tensor_computation.check(context))
            else:
                pitfalls[function] = run_pitfall_checks(context)
                decision.pitfalls.extend(pitfalls[function])
                if any(finding.code in VERSION_DEPENDENT for finding in decision.pitfalls):
                    result.assumptions.append(Assumption("TARGET_VERSIONS", {
                        "function": function.qualname, "keras": analysis.targets.keras,
                        "source": analysis.targets.source}))
        if paper:  # (no observations under the paper's tables)
            decide_paper(result, decision)
            continue
        if observation is not None:
            decision.pitfalls.extend(observation.retracing)
            decision.primitive_takes_few_values = observation.few_values
            decision.reconfigure = observation.reconfigure
        decision.few_values = primitive.few_values
        if not function.is_hybrid:
            decision.needs_a_graph = graph_needs.get(function)
        if function.is_hybrid:
            decision.traced_on_purpose = traced_on_purpose.get(function)
            decision.changed_result = find_changed_result(dataflow, graph, function)
            if observation is None:  # observed calls say themselves whether it retraces
                decision.loop_counter = loop_counter_argument(dataflow, function, graph.get_callers(function))
        decision.benchmark = options.facts.get_benchmark(function.unit.id, function.qualname)
        decision.verification = options.facts.get_verification(function.unit.id, function.qualname)
        seen = observed.count if observed is not None else None
        decision.calls_seen = max(seen or 0, options.expected_calls) if options.expected_calls else seen
        decide(result, decision)
        if decision.side_effects.value is True:
            result.fixes.extend(find_fixes(program, dataflow, graph, result))
    if not paper:
        add_callee_hazards(analysis, pitfalls)
    if not paper and options.plan:
        plan_boundary(analysis, options)
    for result in analysis.results:
        settle(result)
    clock.lap("decisions")


class _Clock:
    """Seconds between laps, added to `timings` under each lap's name."""

    def __init__(self, timings: dict[str, float]) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.timings[name] = self.timings.get(name, 0.0) + now - self.last
        self.last = now


def _reconfigure_from_code(dataflow, graph, function, tf_alias: str, decision: Decision) -> None:
    """P4 from the code: the call sites pass tensors of stated shapes that differ (RETRACES_ON_SHAPES)."""
    if function.hybrid is None or {"input_signature", "reduce_retracing"} & set(function.hybrid.arguments):
        return
    inferred = infer_input_signature(dataflow, graph, function, tf_alias)
    if inferred is None:
        return
    signature, seen = inferred
    decision.pitfalls.append(Finding("RETRACES_ON_SHAPES", function.line, {
        "function": function.qualname, "shapes": "; ".join(seen)}))
    if not any(find_unresolved_reads(function, signature, iter_nodes(function.node.children[-1]))):
        decision.reconfigure = {"input_signature": signature}  # else a size it reads would be None


def _tf_alias(program, function, aliases: dict[str, str]) -> str:
    """The name bound to the tensorflow module where `function` is defined (`tf` by default),
    found once per module (`aliases`)."""
    module = function.module
    if module.name not in aliases:
        spellings, _ = get_tf_function_spellings(program, module)
        aliases[module.name] = spellings[0].rsplit(".", 1)[0] if "." in spellings[0] else "tf"
    return aliases[module.name]


def _captured_inputs(dataflow, function, tensor: Verdict) -> Verdict:
    """Default tables: a function without parameters that reads captured tensors, variables or
    iterators has tensor inputs (the paper's property only looks at parameters). One named like a
    step that reads a value the analysis cannot see into (an iterator a library built) is assumed
    to, as the speculative analysis assumes of a parameter."""
    if tensor.value is not False or get_parameters(function):
        return tensor
    capture = captured_tensor_input(dataflow, function)
    if capture is not None:
        return Verdict(True, None, assumptions=[*tensor.assumptions, Assumption(
            "CAPTURED_TENSOR_INPUTS", {"function": function.qualname, "capture": capture})])
    return speculate_capture(function, tensor, captured_opaque_input(dataflow, function))


def _tensor_property(verdict: Verdict) -> Property:
    return Property(verdict.value, {"parameters": _names(verdict.undetermined)})


def _primitive_property(verdict: Verdict) -> Property:
    literals = verdict.literals
    shown = ", ".join(repr(v) if isinstance(v, str) else str(v) for v in literals[:5])
    if len(literals) > 5:
        shown += ", ..."
    return Property(verdict.value, {
        "parameter": verdict.parameter or "",
        "value_kind": " and ".join(verdict.kinds) or "scalar",
        "values": f" ({shown})" if shown else "",
        "parameters": _names(verdict.undetermined),
    })


def _names(names: list[str]) -> str:
    return ", ".join(f"`{name}`" for name in names) or "none"


def _make_reachability(graph: CallGraph):
    """A memoised `function -> first unresolved call site reachable from it (or None)`."""
    memo: dict = {}

    def reaches(function):
        if function in memo:
            return memo[function]
        memo[function] = None  # cycles: assume none until found
        found = next(graph.iter_unresolved_sites(function), None)
        if found is None:
            for callee in graph.callees.get(function, ()):
                found = reaches(callee)
                if found is not None:
                    break
        memo[function] = found
        return found

    return reaches
