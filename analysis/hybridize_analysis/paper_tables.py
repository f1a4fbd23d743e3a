"""The paper's two tables exactly (`--tables paper`, SPEC 4.10), for comparison with its results.

Nothing beyond the paper takes part: no pitfall, Keras 3 or covered-callers finding, no
measurement, no evidence rule for removal; only the checks the paper's tool gained after its
publication (`rules.pitfalls.PAPER_CHECKS`: a non-string op `name` ...) block P1 as they do there. Every failure that blocks the refactoring is an `error`
entry with its code, each condition found to hold on the way is an `info` entry, and an
undetermined property stops the table at its UNDETERMINABLE_* failure.
"""
from __future__ import annotations

from .decide import CONVERT_EAGER, OPTIMIZE_HYBRID, Decision, Property, add_finding
from .results import FunctionResult
from .rules.base import Finding

#: (property, failure when True/False as the table needs, undetermined failure, status when it holds)
_EAGER_CHECKS = (
    ("tensor", False, "HAS_NO_TENSOR_PARAMETERS", "UNDETERMINABLE_TENSOR_PARAMETER", "HAS_TENSOR_PARAMETER"),
    ("primitive", True, "HAS_PRIMITIVE_PARAMETERS", "UNDETERMINABLE_PRIMITIVE_PARAMETER",
     "HAS_NO_PYTHON_SCALAR_PARAMETERS"),
    ("side_effects", True, "HAS_PYTHON_SIDE_EFFECTS", "UNDETERMINABLE_SIDE_EFFECTS", "HAS_NO_PYTHON_SIDE_EFFECTS"),
    ("recursive", True, "IS_RECURSIVE", "CANT_APPROXIMATE_RECURSION", "IS_NOT_RECURSIVE"),
)
_ASSUMPTION_ENTRIES = ("SPECULATIVE_ANALYSIS", "TYPE_INFERENCING")


def decide_paper(result: FunctionResult, d: Decision) -> None:
    function = result.function
    result.properties.update(
        has_tensor_parameter=d.tensor.value, has_primitive_parameter=d.primitive.value,
        has_python_side_effects=d.side_effects.value, is_recursive=d.recursive.value)
    result.candidate = function.is_hybrid or d.tensor.value is True
    for assumption in result.assumptions:
        if assumption.code in _ASSUMPTION_ENTRIES:
            result.findings.append(Finding(assumption.code, function.line, assumption.args, "info"))
    if function.is_hybrid:
        _hybrid(result, d)
    else:
        _eager(result, d)


def _eager(result: FunctionResult, d: Decision) -> None:
    result.refactoring = CONVERT_EAGER
    failed = False
    for name, failing_value, failure, undetermined, holds in _EAGER_CHECKS:
        prop: Property = getattr(d, name)
        if prop.value is None:
            add_finding(result, undetermined, prop)
            return  # an undetermined property stops the table
        if prop.value is failing_value:
            add_finding(result, failure, prop, "error")
            failed = True
        elif not failed:
            add_finding(result, holds, prop, "info")
    newer = [finding for finding in d.pitfalls if finding.get_severity() == "error"]
    result.findings.extend(newer)  # the checks the paper's tool gained since (rules/pitfalls.PAPER_CHECKS)
    if not failed and not newer:
        result.passing_precondition = "P1"
        result.transformations.append("CONVERT_TO_HYBRID")


def _hybrid(result: FunctionResult, d: Decision) -> None:
    result.refactoring = OPTIMIZE_HYBRID
    tensor, primitive, effects = d.tensor.value, d.primitive.value, d.side_effects.value
    # the paper tool's P4 from the code: reported; the RECONFIGURE rewrite is the default tables'
    result.findings.extend(f for f in d.pitfalls if f.code == "RETRACES_ON_SHAPES")
    if tensor is True and d.recursive.value is True:
        add_finding(result, "RECURSIVE_HYBRID_FUNCTION", d.recursive, "warning")
    if effects is True:
        add_finding(result, "HYBRID_FUNCTION_WITH_SIDE_EFFECTS", d.side_effects, "warning")
    idle = [finding for finding in d.pitfalls if finding.code == "NO_TENSOR_COMPUTATION"]
    if idle and tensor is not False and effects is not True:
        # P6, which the paper's tool gained after its publication: nothing for a graph to compute
        result.findings.extend(Finding(f.code, f.line, f.args, "info") for f in idle)
        _removal(result, d, "P6")
        return
    if tensor is None:
        add_finding(result, "UNDETERMINABLE_TENSOR_PARAMETER", d.tensor)
        return
    if tensor is False:
        add_finding(result, "HAS_NO_TENSOR_PARAMETERS", d.tensor, "info")
        _removal(result, d, "P2")
        return
    add_finding(result, "HAS_TENSOR_PARAMETER", d.tensor, "info")
    if primitive is None:
        add_finding(result, "UNDETERMINABLE_PRIMITIVE_PARAMETER", d.primitive)
    elif primitive is False:
        add_finding(result, "HAS_NO_PRIMITIVE_PARAMETERS", d.primitive, "error")
    else:
        add_finding(result, "HAS_PRIMITIVE_PARAMETERS", d.primitive, "info")
        _removal(result, d, "P3")


def _removal(result: FunctionResult, d: Decision, precondition: str) -> None:
    """P2 and P3 hold when the function has no Python side effects (removing the decorator would
    otherwise run them on every call)."""
    if d.side_effects.value is None:
        add_finding(result, "UNDETERMINABLE_SIDE_EFFECTS", d.side_effects)
    elif d.side_effects.value is True:
        add_finding(result, "HAS_PYTHON_SIDE_EFFECTS", d.side_effects, "error")
    else:
        add_finding(result, "HAS_NO_PYTHON_SIDE_EFFECTS", d.side_effects, "info")
        result.passing_precondition = precondition
        result.transformations.append("CONVERT_TO_EAGER")

