"""Keeping `tf.function`s that are given Keras variables out of other `tf.function`s (Keras 3).

Under Keras 3 a `tf.function` called from inside another one cannot take Keras variables as
arguments (`model.trainable_variables`): tracing fails with `NotImplementedError` (checked with
TensorFlow 2.21). The decision tables look at one function at a time, so they may recommend
decorating a training step and also a helper it hands the model's variables to, or decorating a
step that calls an already decorated helper. Once every decision is made, a function that may
receive variables, whose every caller is hybrid or recommended for the decorator and some caller
only recommended, is traced into those callers: it keeps no decorator of its own
(HAS_COVERED_CALLERS). Nesting the user wrote is left to the tables.
"""
from __future__ import annotations

from .decide import withdraw
from .model import FunctionInfo
from .results import Analysis, FunctionResult
from .rules import has_covered_callers
from .rules.context import FunctionContext
from .tensors.parameters import get_parameters
from .tensors.values import may_hold_variables


def avoid_nested_variable_arguments(analysis: Analysis) -> None:
    converted = frozenset(result.function for result in analysis.results
                          if "CONVERT_TO_HYBRID" in result.transformations)
    covered: list[tuple[FunctionResult, list]] = []
    for result in analysis.results:
        function = result.function
        stays_hybrid = function.is_hybrid and "CONVERT_TO_EAGER" not in result.transformations \
            and not _has_finding(result, "TRACED_ON_PURPOSE")
        if (function in converted or stays_hybrid) and _may_receive_variables(analysis, function):
            context = FunctionContext(function, analysis.program, analysis.dataflow, analysis.callgraph,
                                      analysis.targets)
            findings = has_covered_callers.check(context, converted)
            # Covered by hybrid callers alone, the pitfall pass has said so already.
            if findings and not _has_finding(result, has_covered_callers.RULE.code):
                covered.append((result, findings))
    for result, findings in covered:  # changed once every function was looked at
        if result.function.is_hybrid:
            result.transformations = ["CONVERT_TO_EAGER"]  # traced into its callers' graphs
            result.passing_precondition = None
        else:
            withdraw(result, "CONVERT_TO_HYBRID")
        result.decorator_arguments = {}
        result.findings.extend(findings)


def _may_receive_variables(analysis: Analysis, function: FunctionInfo) -> bool:
    return any(may_hold_variables(value) for index, _ in get_parameters(function)
               for value in analysis.dataflow.params[(function, index)])


def _has_finding(result: FunctionResult, code: str) -> bool:
    return any(finding.code == code for finding in result.findings)
