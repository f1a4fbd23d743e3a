"""The one registry of stable codes.

Every code lives here, collected from the rule modules listed in `RULE_MODULES`: a pitfall module
defines `RULE`, a module of several rules (`preconditions`, `assumptions`) defines `RULES`. Codes
are never reused: a retired code stays in `RETIRED`, pointing to its successor.
"""
from __future__ import annotations

from types import ModuleType
from typing import Iterator, get_args

from . import (
    accumulates_in_python_list,
    assumptions,
    behaviour_differs,
    calls_untraceable,
    consumes_python_iterator,
    creates_tf_function_per_call,
    creates_variables,
    has_conflicting_eager_dtype_coercions,
    has_covered_callers,
    has_eager_only_calls,
    has_invalid_name_arguments,
    has_keras_symbolic_arguments,
    has_numpy_calls_on_parameters,
    has_stale_reads,
    has_stale_variable_reads,
    has_tensor_asserts,
    has_tensor_parameter_iteration,
    has_unresolved_statically_read_axes,
    has_unseeded_random_ops,
    is_a_test,
    is_generator,
    keras3_layer_call,
    no_measured_speedup,
    no_tensor_computation,
    observed_retracing,
    preconditions,
    removal,
    returns_python_values,
    status,
    too_few_calls,
    too_little_work,
    tracing_does_not_pay,
    uses_python_randomness,
)
from .base import Kind, Rule

#: The modules that define rules, in the order of SPEC 4.3-4.6.
RULE_MODULES: tuple[ModuleType, ...] = (
    preconditions,
    removal,
    status,
    has_eager_only_calls,
    has_numpy_calls_on_parameters,
    has_tensor_asserts,
    creates_variables,
    has_stale_reads,
    uses_python_randomness,
    has_unseeded_random_ops,
    returns_python_values,
    is_generator,
    has_tensor_parameter_iteration,
    accumulates_in_python_list,
    consumes_python_iterator,
    creates_tf_function_per_call,
    no_tensor_computation,
    is_a_test,
    keras3_layer_call,
    has_invalid_name_arguments,
    has_keras_symbolic_arguments,
    has_stale_variable_reads,
    has_unresolved_statically_read_axes,
    has_conflicting_eager_dtype_coercions,
    calls_untraceable,
    has_covered_callers,
    too_little_work,
    too_few_calls,
    observed_retracing,
    no_measured_speedup,
    tracing_does_not_pay,
    behaviour_differs,
    assumptions,
)

#: Retired code -> the code that replaces it. Retired codes are never reused.
RETIRED: dict[str, str] = {}

_KIND_ORDER = {kind: index for index, kind in enumerate(get_args(Kind))}


def get_module_rules(module: ModuleType) -> tuple[Rule, ...]:
    """The rules a rule module defines: its `RULES`, or its single `RULE`."""
    if hasattr(module, "RULES"):
        return tuple(module.RULES)
    return (module.RULE,)


def _build(modules: tuple[ModuleType, ...]) -> dict[str, Rule]:
    catalogue: dict[str, Rule] = {}
    where: dict[str, str] = {}
    for module in modules:
        for rule in get_module_rules(module):
            if rule.code in catalogue:
                raise ValueError(
                    f"rule code {rule.code} is defined twice: in {where[rule.code]} and {module.__name__}"
                )
            if rule.code in RETIRED:
                raise ValueError(f"rule code {rule.code} in {module.__name__} is retired and cannot be reused")
            catalogue[rule.code] = rule
            where[rule.code] = module.__name__
    return catalogue


CATALOGUE: dict[str, Rule] = _build(RULE_MODULES)


def get_rule(code: str) -> Rule:
    """The rule for `code`; `KeyError` naming the code (and its successor if retired) otherwise."""
    try:
        return CATALOGUE[code]
    except KeyError:
        if code in RETIRED:
            raise KeyError(f"rule code {code!r} is retired; use {RETIRED[code]!r}") from None
        raise KeyError(f"unknown rule code {code!r}; the codes are listed in docs/RULES.md") from None


def iter_rules() -> Iterator[Rule]:
    """Every rule, by kind (precondition, pitfall, observation, benchmark, assumption), then code."""
    return iter(sorted(CATALOGUE.values(), key=lambda rule: (_KIND_ORDER[rule.kind], rule.code)))
