"""The static pitfall checks of SPEC 4.5, run on a function once P1's four conditions hold.

Each rule module defines its `check(ctx) -> list[Finding]` next to its `RULE`; this module only
lists them, in the order of the catalogue.
"""
from __future__ import annotations

from typing import Callable

from . import (
    accumulates_in_python_list,
    consumes_python_iterator,
    creates_tf_function_per_call,
    creates_variables,
    has_covered_callers,
    has_eager_only_calls,
    has_numpy_calls_on_parameters,
    has_stale_reads,
    has_tensor_parameter_iteration,
    is_generator,
    keras3_layer_call,
    no_tensor_computation,
    uses_python_randomness,
)
from .base import Finding
from .context import FunctionContext

Check = Callable[[FunctionContext], "list[Finding]"]

#: The checks, in the order of SPEC 4.5.
PITFALL_CHECKS: tuple[Check, ...] = (
    has_eager_only_calls.check,
    has_numpy_calls_on_parameters.check,
    creates_variables.check,
    has_stale_reads.check,
    uses_python_randomness.check,
    is_generator.check,
    has_tensor_parameter_iteration.check,
    accumulates_in_python_list.check,
    consumes_python_iterator.check,
    creates_tf_function_per_call.check,
    no_tensor_computation.check,
    keras3_layer_call.check,
    has_covered_callers.check,
)

#: Codes whose verdict depends on the target Keras version (they come with `TARGET_VERSIONS`).
VERSION_DEPENDENT = frozenset({"KERAS3_LAYER_CALL"})


def run_pitfall_checks(ctx: FunctionContext) -> list[Finding]:
    """Every pitfall finding of one function, check by check."""
    findings: list[Finding] = []
    for check in PITFALL_CHECKS:
        findings.extend(check(ctx))
    return findings
