"""The engine's recommendations on a program, and the program with some of them applied.

Only the public surface is used: the report entries (`transformations`, `decorator_arguments`,
`safe` when the engine provides it) and the decorator rewrites the CLI and `hybridize-report
--rewrite` apply.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from hybridize_analysis.engine import analyse_path
from hybridize_analysis.results import Options

#: The programs call each function a few times, to run it: counting those calls would keep every
#: function eager (TOO_FEW_CALLS), leaving nothing to check. The decisions judged here are the
#: tables' and the rest of the plan's.
JUDGED = Options(min_graph_calls=0)
from hybridize_analysis.plan import iter_unit_rewrites
from hybridize_analysis.report import function_entry
from hybridize_analysis.results import Analysis

VERBS = {"CONVERT_TO_HYBRID": "add @tf.function", "CONVERT_TO_EAGER": "remove @tf.function",
         "RECONFIGURE": "reconfigure @tf.function"}


@dataclass(frozen=True)
class Change:
    """One function's recommended rewrite."""
    qualname: str
    line: int
    transformations: tuple[str, ...]
    arguments: tuple[tuple[str, str], ...] = ()
    safe: bool | None = None  # None when the engine's entries carry no `safe` field

    @property
    def key(self) -> tuple[str, int]:
        return self.qualname, self.line

    def describe(self) -> str:
        verbs = ", ".join(VERBS.get(name, name) for name in self.transformations)
        arguments = ", ".join(f"{key}={value}" for key, value in self.arguments)
        return f"{verbs}{f' ({arguments})' if arguments else ''} on {self.qualname} (line {self.line})"


@dataclass
class Recommendations:
    analysis: Analysis
    functions: int
    changes: list[Change]

    @property
    def applied_together(self) -> list[Change]:
        """What "apply everything" applies: the safe entries when the engine marks them."""
        return [change for change in self.changes if change.safe is not False]


def recommend_source(source: str) -> Recommendations:
    with tempfile.TemporaryDirectory(prefix="hybridize-check-") as folder:
        path = Path(folder, "program.py")
        path.write_text(source, encoding="utf-8")
        analysis = analyse_path(path, JUDGED)
    changes = []
    for result in analysis.results:
        entry = function_entry(result)
        if entry["transformations"]:
            changes.append(Change(entry["qualname"], entry["line"], tuple(entry["transformations"]),
                                  tuple(sorted((entry.get("decorator_arguments") or {}).items())),
                                  entry.get("safe")))
    return Recommendations(analysis, len(analysis.results), changes)


def apply_changes(recommendations: Recommendations, chosen: list[Change]) -> str:
    """The program's source with exactly the `chosen` rewrites applied."""
    keys = {change.key for change in chosen}
    results = [result if (result.function.qualname, result.function.line) in keys
               else replace(result, transformations=[]) for result in recommendations.analysis.results]
    (unit,) = recommendations.analysis.units
    for rewritten_unit, rewrite in iter_unit_rewrites(recommendations.analysis, results):
        if rewritten_unit is unit:
            return rewrite.apply()
    return unit.source
