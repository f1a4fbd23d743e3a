"""The shape of a rule and of a finding.

A rule is metadata (code, severity, wording); a finding is data (code, line, arguments).
Findings are formatted in one place, `Finding.to_dict`, so wording lives in the catalogue only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Mapping

Severity = Literal["error", "warning", "info"]

#: Where a code comes from: the paper's preconditions, the pitfalls beyond it, the kernel's
#: observations, the benchmark, or an assumption the analysis made.
Kind = Literal["precondition", "pitfall", "observation", "benchmark", "assumption"]
#: The decision tables a code is reported under (SPEC 4.10): the paper's and ours, only ours (the
#: default), or only the paper's (its status entries).
Tables = Literal["both", "default", "paper"]


@dataclass(frozen=True)
class Rule:
    """One stable code of the catalogue.

    `message` is a `str.format` template over `args` (always at least `function`); it is one line
    naming the function, parameter or line. `explanation` says why it matters under tracing,
    `hint` what to write instead. `doc` is the long form (ruff's headings) used for docs/RULES.md.
    """

    code: str
    severity: Severity
    kind: Kind
    message: str
    explanation: str
    hint: str
    args: tuple[str, ...] = ("function",)
    fix_safety: str | None = None
    doc: str = ""
    tables: Tables = "default"

    def format_message(self, args: Mapping[str, object]) -> str:
        return self.message.format(**args)


@dataclass(frozen=True)
class Finding:
    """An occurrence of a rule at a line of a unit, with the values its message needs."""

    code: str
    line: int | None
    args: Mapping[str, object] = field(default_factory=dict)
    severity: Severity | None = None  # overrides the rule's default (e.g. warning on hybrid functions)

    def get_severity(self) -> Severity:
        """Its own severity, or its rule's."""
        from .catalogue import get_rule

        return self.severity or get_rule(self.code).severity

    def to_dict(self) -> dict:
        from .catalogue import get_rule

        rule = get_rule(self.code)
        return {
            "code": self.code,
            "severity": self.get_severity(),
            "message": rule.format_message(self.args),
            "explanation": rule.explanation,
            "hint": rule.hint,
            "line": self.line,
        }


@dataclass(frozen=True)
class Assumption:
    """Something the analysis assumed to reach its decision; shown to the user next to it."""

    code: str
    args: Mapping[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict:
        from .catalogue import get_rule

        return {"code": self.code, "message": get_rule(self.code).format_message(self.args)}
