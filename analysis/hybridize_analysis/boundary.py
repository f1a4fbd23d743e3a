"""The graph boundary: the fewest decorators that give the speed.

The decision tables judge one function at a time, so on their own they would decorate a
training step and also each helper only that step calls, and a one-operation helper called from
eager code. Once every function is decided, the recommendations are planned over the call graph:

1. A recommended function whose every call comes from traced code (a hybrid function, a function
   the plan decorates that the program calls, a `tf.data` map function) is traced inside those
   callers: it keeps no decorator of its own (HAS_COVERED_CALLERS, "`train_step` once decorated
   as recommended").
2. A recommended function that eager code calls keeps eager when a static estimate of the
   TensorFlow operations a call runs is below `Options.min_graph_ops` (`MIN_GRAPH_OPS`, the
   number from which a graph call pays on these machines, `benchmarks/graph_call_threshold.py`),
   unless a benchmark in place measured it (TOO_LITTLE_WORK). Withdrawing a step can uncover its helpers, so 1 and 2
   repeat until nothing changes.
3. Under Keras 3 a `tf.function` called from another cannot be given Keras variables (tracing
   fails with `NotImplementedError`, TensorFlow 2.21): a hybrid function that may receive
   variables and whose callers are all traced, one of them only once decorated as planned, has
   its decorator removed (HAS_COVERED_CALLERS). Nesting the user wrote is left to the tables.
"""
from __future__ import annotations

from .callgraph import CALLBACK, FRAMEWORK, KERAS_CALL, CallSite
from .decide import withdraw
from .model import FunctionInfo
from .results import Analysis, FunctionResult, Options
from .rules import has_covered_callers
from .rules.base import Finding
from .rules.context import FunctionContext
from .rules.too_few_calls import RULE as TOO_FEW_CALLS
from .rules.too_little_work import RULE as TOO_LITTLE_WORK
from .syntax import has_empty_body, is_comprehension, iter_body_nodes
from .tensors import catalogue as api
from .tensors.parameters import get_parameters
from .tensors.values import GRAPH_TENSOR_KINDS, may_hold_variables

#: Library objects whose methods run many operations (a layer's call, a tape's gradient, an
#: optimizer's update): a function calling one does enough work.
_HEAVY_KINDS = frozenset({api.LAYER, api.MODEL, api.OPTIMIZER, api.TAPE, api.LOSS, api.METRIC})
_OPERATORS = frozenset({"arith_expr", "term", "factor", "power", "comparison", "shift_expr", "and_expr",
                        "or_expr", "xor_expr"})


def plan_boundary(analysis: Analysis, options: Options) -> None:
    """Withdraw the recommendations the plan does not need (1, 2) and the decorators that would
    nest (3), each with the finding that says why; run once every function is decided."""
    min_graph_ops, min_graph_calls = options.min_graph_ops, options.min_graph_calls
    results = {result.function: result for result in analysis.results}
    converted = {function for function, result in results.items() if "CONVERT_TO_HYBRID" in result.transformations}
    estimate = OperationEstimate(analysis)
    nesting = _nested_variable_takers(analysis, results)
    withdrawn: dict[FunctionInfo, Finding] = {}
    while True:
        covered = _covered(analysis, results, converted, nesting)
        unpaid = {}
        eager = _EagerCallers(analysis, converted)
        for function in converted - covered.keys():
            result = results[function]
            if result.benchmark or not eager.calls(function) or _has_finding(result, "NEEDS_A_GRAPH"):
                continue  # measured in place, no eager caller seen, or used as a graph
            ops = estimate.of(function)
            if ops is not None and ops < min_graph_ops:
                unpaid[function] = Finding(TOO_LITTLE_WORK.code, function.line, {
                    "function": function.qualname, "ops": ops, "threshold": min_graph_ops})
                continue
            if options.facts.get_observed(function.unit.id, function.qualname) is not None:
                continue  # the calls seen so far decide whether tracing pays (decide.py)
            calls = eager.count(function)
            if calls is not None and max(calls, options.expected_calls or 0) < min_graph_calls:
                unpaid[function] = Finding(TOO_FEW_CALLS.code, function.line, {
                    "function": function.qualname, "calls": calls, "threshold": min_graph_calls})
        if not unpaid:
            break
        withdrawn.update(unpaid)
        converted -= unpaid.keys()
    for function, finding in withdrawn.items():
        result = results[function]
        withdraw(result, "CONVERT_TO_HYBRID")
        result.decorator_arguments = {}
        result.findings.append(finding)
    for function, findings in covered.items():
        result = results[function]
        if function.is_hybrid:
            result.transformations = ["CONVERT_TO_EAGER"]  # traced into its callers' graphs
            result.passing_precondition = None
        else:
            withdraw(result, "CONVERT_TO_HYBRID")
        result.decorator_arguments = {}
        result.findings.extend(findings)


def _covered(analysis: Analysis, results: dict[FunctionInfo, FunctionResult], converted: set[FunctionInfo],
             nesting: set[FunctionInfo]) -> dict[FunctionInfo, list[Finding]]:
    """The recommended functions (and `nesting`, the hybrid ones given variables) whose every
    call comes from traced code, with the HAS_COVERED_CALLERS finding naming it. A recommended
    function that no code of the program calls (a library function, decorated on speculation)
    covers nothing: the plan moves decorators only along the calls the program shows, and code
    outside may call its helpers eagerly."""
    planned = frozenset(function for function in converted if analysis.callgraph.get_callers(function))
    found = {}
    for function in converted | nesting:
        result = results[function]
        if _has_finding(result, has_covered_callers.RULE.code):
            continue  # covered by hybrid callers alone: the pitfall pass has said so
        context = FunctionContext(function, analysis.program, analysis.dataflow, analysis.callgraph,
                                  analysis.targets)
        findings = has_covered_callers.check(context, planned)
        if findings:
            found[function] = findings
    return found


def _nested_variable_takers(analysis: Analysis, results: dict[FunctionInfo, FunctionResult]) -> set[FunctionInfo]:
    """Hybrid functions that stay hybrid and may be given Keras variables, under Keras 3."""
    if analysis.targets is None or analysis.targets.keras < 3:
        return set()
    return {function for function, result in results.items()
            if function.is_hybrid and "CONVERT_TO_EAGER" not in result.transformations
            and not _has_finding(result, "TRACED_ON_PURPOSE")
            and any(may_hold_variables(value) for index, _ in get_parameters(function)
                    for value in analysis.dataflow.params[(function, index)])}


class _EagerCallers:
    """Whether code that surely runs eagerly calls a function: a module's or a cell's own code, or
    a function staying eager that such code calls. A library function nobody calls, a callback a
    library runs, or a test (it calls a library's function once to check it, not as its users
    do) is no evidence either way."""

    def __init__(self, analysis: Analysis, converted: set[FunctionInfo]) -> None:
        self.graph = analysis.callgraph
        self.program = analysis.program
        self.converted = converted
        self.tests = {function for function, _, _ in analysis.dataflow.test_cases}
        self._reached: set[FunctionInfo] | None = None  # see `calls`
        self._counts: dict[FunctionInfo, int | None] = {}

    def count(self, function: FunctionInfo) -> int | None:
        """How many times code that surely runs eagerly calls `function` in one run of the
        program: each call of a module's or a cell's code, and of the eager functions it calls,
        times the loops around it that run a known number of times (`range(3)`). None when some
        call runs an unknown number of times (a loop over a dataset, a `while`, `%timeit`), or
        through recursion. Each function's count is worked out once."""
        if function not in self._counts:
            self._counts[function] = None  # while in progress: a caller reaching it again recurses
            self._counts[function] = self._count(function)
        return self._counts[function]

    def _count(self, function: FunctionInfo) -> int | None:
        total = 0
        for site in self.graph.get_callers(function):
            caller = site.caller
            if site.targets.get(function) == CALLBACK or self._no_evidence(caller):
                continue
            if site.targets.get(function) == FRAMEWORK:
                return None  # Keras' `fit` runs `train_step` once per batch
            if caller is function:
                return None  # recursion: as many calls as it goes deep
            if caller is None:
                times = None if _timed_repeatedly(self.program, site.node) else _repetitions(site.node, None)
            else:
                outer = self.count(caller)
                inner = _repetitions(site.node, caller)
                times = None if outer is None or inner is None else outer * inner
            if times is None:
                return None
            total += times
        return total

    def _no_evidence(self, caller: FunctionInfo | None) -> bool:
        """A caller whose calls say nothing of eager use: traced, or a test."""
        return caller is not None and (caller.is_hybrid or caller in self.converted or caller in self.tests
                                       or caller.name.startswith("test"))

    def calls(self, function: FunctionInfo) -> bool:
        if self._reached is None:
            self._reached = self._reach_from_module_code()
        return function in self._reached

    def _reach_from_module_code(self) -> set[FunctionInfo]:
        """Every function a module's or a cell's own code calls, directly or through functions
        that are evidence of eager use: one pass forward over the call graph (a search backward
        from each function walks every path, which the class hierarchy makes many)."""
        reached: set[FunctionInfo] = set()
        pending = [None]
        while pending:
            caller = pending.pop()
            for site in self.graph.sites_in.get(caller, ()):
                for target, how in site.targets.items():
                    if how == CALLBACK or target in reached:
                        continue
                    reached.add(target)
                    if not self._no_evidence(target):
                        pending.append(target)
        return reached


def _has_finding(result: FunctionResult, code: str) -> bool:
    return any(finding.code == code for finding in result.findings)


class OperationEstimate:
    """The TensorFlow operations one call of a function runs, estimated from the code: library
    calls and operators on tensors in its body, what the functions it calls run, each multiplied
    by the loops around it when they run a known number of times. None when it cannot be told
    or is surely large (a call the analysis cannot see, a loop of unknown length, a layer, a
    tape's gradient, an optimizer's update, recursion)."""

    def __init__(self, analysis: Analysis) -> None:
        self.dataflow = analysis.dataflow
        self.graph = analysis.callgraph
        self._memo: dict[FunctionInfo, int | None] = {}
        self._visiting: set[FunctionInfo] = set()

    def of(self, function: FunctionInfo) -> int | None:
        if function in self._memo:
            return self._memo[function]
        if function in self._visiting:
            return None  # recursion: as many operations as the depth
        self._visiting.add(function)
        try:
            total = self._count(function)
        finally:
            self._visiting.discard(function)
        self._memo[function] = total
        return total

    def _count(self, function: FunctionInfo) -> int | None:
        total = 0
        for site in self.graph.sites_in.get(function, []):
            ops = self._site(site)
            times = _repetitions(site.node, function)
            if ops is None or times is None:
                return None
            total += ops * times
        for node in _iter_operators(function.node):
            if any(kind in GRAPH_TENSOR_KINDS for kind in (value.kind for value in self.dataflow.eval(node))):
                times = _repetitions(node, function)
                if times is None:
                    return None
                total += (len(node.children) - 1) // 2 * times or times
        return total

    def _site(self, site: CallSite) -> int | None:
        if site.unresolved:
            return None
        if any(kind in _HEAVY_KINDS for kind, _ in site.methods):
            return None
        ops = 0
        for callee, how in site.targets.items():
            if how in (KERAS_CALL, CALLBACK) or self._may_run_an_override(callee):
                return None  # a layer's call, a function a library runs as often as it likes, a
                #              method a subclass (of the program or its users) implements
            inner = self.of(callee)
            if inner is None:
                return None
            ops = max(ops, inner)
        library = [name for name in site.library if name.startswith(("tensorflow.", "keras."))]
        if any(api.call_result(name) in _HEAVY_KINDS for name in library):
            return None
        return ops + len(library) + len(site.methods)


    def _may_run_an_override(self, method: FunctionInfo) -> bool:
        """A method that only raises (`NotImplementedError`: an abstract method), or that a
        subclass of the program overrides: which body runs depends on the object."""
        if method.cls is None:
            return False
        if any(klass is not method.cls and method.name in klass.methods
               for klass in self.dataflow.keras.get_subclasses(method.cls)):
            return True
        return has_empty_body(method.node)


def _repetitions(node, function: FunctionInfo | None) -> int | None:
    """How many times `node` runs per call of `function` (None: per run of the module's code):
    the product of the known lengths of the loops around it (`range(4)`, `tf.range(3)`); None
    inside a loop of unknown length, a comprehension (`[step(x) for x in dataset]`: its element
    runs once per item) or a lambda (it runs when called)."""
    times = 1
    top = function.node if function is not None else None
    child, parent = node, node.parent
    while parent is not None and parent is not top and parent.type not in ("funcdef", "classdef"):
        if parent.type in ("while_stmt", "comp_for", "sync_comp_for", "lambdef") or is_comprehension(parent):
            return None
        if parent.type == "for_stmt" and child is not parent.children[3]:
            length = _literal_range_length(parent.children[3])
            if length is None:
                return None
            times *= length
        child, parent = parent, parent.parent
    return times


def _timed_repeatedly(program, node) -> bool:
    """A call in a notebook cell under `%%timeit`, or on a `%timeit` line: IPython runs it many
    times (the cell's Python is what the masking kept)."""
    root = node.get_root_node()
    module = program.get_module_of(node)
    if module is None:
        return False
    unit = module.units[program.unit_positions.get(id(root), 0)]
    lines = unit.source.splitlines()
    first = next((line.strip() for line in lines if line.strip()), "")
    line = lines[node.start_pos[0] - 1].strip() if node.start_pos[0] <= len(lines) else ""
    return first.startswith("%%timeit") or line.startswith("%timeit")


def _literal_range_length(iterable) -> int | None:
    """`range(4)` or `tf.range(4)` -> 4; None for anything else."""
    if iterable.type not in ("atom_expr", "power") or iterable.children[-1].type != "trailer":
        return None
    callee = "".join(child.get_code().strip() for child in iterable.children[:-1])
    trailer = iterable.children[-1]
    if callee not in ("range", "tf.range") or len(trailer.children) != 3 or trailer.children[1].type != "number":
        return None
    try:
        return max(int(trailer.children[1].value), 0)
    except ValueError:
        return None


def _iter_operators(funcdef):
    """The operator expressions of a function's own body (not of functions nested in it)."""
    return (node for node in iter_body_nodes(funcdef) if node.type in _OPERATORS)
