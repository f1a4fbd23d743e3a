"""The static pitfall checks of SPEC 4.5, run on a function once P1's four conditions hold.

Each rule module defines its `check(ctx) -> list[Finding]` next to its `RULE`; the checks are the
catalogue's rule modules that have one, in the catalogue's order (that of SPEC 4.5).
"""
from __future__ import annotations

from typing import Callable

from .base import Finding
from .catalogue import RULE_MODULES
from .context import FunctionContext

Check = Callable[[FunctionContext], "list[Finding]"]

#: The checks, in the order of SPEC 4.5 (the kernel-only pitfalls have no static check).
PITFALL_CHECKS: tuple[Check, ...] = tuple(module.check for module in RULE_MODULES if hasattr(module, "check"))
#: The checks the paper's tool gained after its publication, which block P1 under `--tables paper`
#: too (NO_TENSOR_COMPUTATION, reported in both tables, is only P6's evidence there).
PAPER_CHECKS: tuple[Check, ...] = tuple(
    module.check for module in RULE_MODULES
    if hasattr(module, "check") and module.RULE.tables == "both" and module.RULE.code != "NO_TENSOR_COMPUTATION")

#: Codes whose verdict depends on the target Keras version (they come with `TARGET_VERSIONS`).
VERSION_DEPENDENT = frozenset({"KERAS3_LAYER_CALL", "HAS_KERAS_SYMBOLIC_ARGUMENTS"})


def run_pitfall_checks(ctx: FunctionContext, paper: bool = False) -> list[Finding]:
    """Every pitfall finding of one function, check by check (under the paper's tables, those of
    its newer checks only)."""
    findings: list[Finding] = []
    for check in PAPER_CHECKS if paper else PITFALL_CHECKS:
        findings.extend(check(ctx))
    return findings
