"""The notebook with every safe recommendation applied (`hybridize-report --rewrite`).

The engine's decorator rewrites (`plan.iter_unit_rewrites`) run on a static analysis of the
notebook file; which functions change is decided by the kernel's report where it has the function
(it saw real calls and measurements), matched by cell and line, and by the static analysis for
cells that did not run. Only decorator lines change (and the `import tensorflow as tf` a new
decorator may need); outputs of rewritten cells are cleared; every other byte of the notebook is
kept.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from pathlib import Path

import nbformat
from hybridize_analysis.engine import Options, analyse_path
from hybridize_analysis.plan import iter_unit_rewrites


@dataclass
class RewrittenCell:
    number: int  # 1-based position in the notebook
    cell_id: str | None
    old_source: str
    new_source: str
    qualnames: list[str] = field(default_factory=list)


@dataclass
class Rewritten:
    notebook: nbformat.NotebookNode
    cells: list[RewrittenCell]

    @property
    def changed(self) -> bool:
        return bool(self.cells)


def get_kernel_decisions(report: dict | None) -> dict[tuple[int, str, int], dict]:
    """(0-based cell index, qualname, def line) -> the kernel report's entry."""
    if not report:
        return {}
    return {(entry["cell"] - 1, entry["qualname"], entry["line"]): entry
            for entry in report.get("functions", []) if entry.get("cell")}


def rewrite_notebook(path: Path, notebook: nbformat.NotebookNode, kernel_report: dict | None,
                     engine: dict | None = None, only: frozenset | None = None) -> Rewritten:
    """`notebook` (read from `path`) with the engine's safe rewrites applied (SPEC 4.8): the kernel
    run's decisions where it made one, the static ones elsewhere; with `only`, just the
    recommendations it names, as (1-based cell position, qualname)."""
    analysis = analyse_path(path, Options(**(engine or {})))
    decisions = get_kernel_decisions(kernel_report)
    results = []
    for result in analysis.results:
        function = result.function
        entry = decisions.get((function.unit.notebook_index, function.qualname, function.line))
        if entry is not None:
            safe = entry.get("safe", False)
            result = replace(result, transformations=list(entry["transformations"]) if safe else [],
                             decorator_arguments=dict(entry.get("decorator_arguments") or {}))
        elif not result.safe:
            result = replace(result, transformations=[])
        index = function.unit.notebook_index
        if only is not None and (index is None or (index + 1, function.qualname) not in only):
            result = replace(result, transformations=[])
        results.append(result)
    new = copy.deepcopy(notebook)
    cells = []
    for unit, rewrite in iter_unit_rewrites(analysis, results):
        index = unit.notebook_index
        if index is None or not rewrite.changed or new.cells[index].source != unit.source:
            continue
        cell = new.cells[index]
        cell.source = rewrite.apply()
        cell.outputs = []
        cell.execution_count = None
        qualnames = [r.function.qualname for r in results if r.function.unit is unit and r.transformations]
        cells.append(RewrittenCell(index + 1, cell.get("id"), unit.source, cell.source, qualnames))
    nbformat.validate(new)
    return Rewritten(new, cells)
