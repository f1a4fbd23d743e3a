"""Turns the decisions of an analysis into rewrites of the units that define the functions.

Each function's rewrite is computed against the unit's original text, then all edits of a unit are
merged into one `Rewrite`, so its diff and its inverse cover every change at once.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from .results import Analysis, FunctionResult
from .model import get_tf_function_spellings
from .rewrite import (
    Rewrite, TextEdit, convert_assignment_to_eager, convert_to_eager, convert_to_hybrid, reconfigure,
)
from .units import Unit

DECORATOR_TRANSFORMATIONS = ("CONVERT_TO_HYBRID", "CONVERT_TO_EAGER", "RECONFIGURE")


def plan_function_rewrite(analysis: Analysis, result: FunctionResult) -> tuple[Unit, Rewrite] | None:
    """The unit to edit and the rewrite a function's recommendation asks for, or None when there is
    none or the rewrite engine refuses to make an inexact edit."""
    function = result.function
    transformation = next((t for t in result.transformations if t in DECORATOR_TRANSFORMATIONS), None)
    if transformation is None:
        return None
    spellings, import_line = get_tf_function_spellings(
        analysis.program, function.module, (function.unit_index, function.line, 0))
    hybrid_spellings = set(spellings) | ({function.hybrid.spelling} if function.hybrid else set())
    unit = function.unit
    common = dict(hybrid_spellings=tuple(sorted(hybrid_spellings)), parse_source=unit.masked)
    try:
        if transformation == "CONVERT_TO_HYBRID":
            arguments = ", ".join(f"{k}={v}" for k, v in result.decorator_arguments.items())
            return unit, convert_to_hybrid(unit.source, function.line, spelling=spellings[0],
                                           arguments=arguments, add_import=import_line, **common)
        marker = function.hybrid
        if transformation == "CONVERT_TO_EAGER" and marker.kind == "assignment":
            return marker.unit, convert_assignment_to_eager(
                marker.unit.source, marker.line, hybrid_spellings=common["hybrid_spellings"],
                parse_source=marker.unit.masked)
        if transformation == "CONVERT_TO_EAGER":
            return unit, convert_to_eager(unit.source, function.line, **common)
        if marker.kind == "decorator":
            # the specs of an inferred signature are written `tf.TensorSpec`: a module that imports
            # only `from tensorflow import function` gets `import tensorflow as tf`
            module_aliases = [spelling for spelling in spellings if "." in spelling]
            needs_tf = not module_aliases and any("tf." in value for value in result.decorator_arguments.values())
            return unit, reconfigure(unit.source, function.line, result.decorator_arguments,
                                     add_import="import tensorflow as tf" if needs_tf else None, **common)
    except (LookupError, ValueError):
        return None
    return None


def merge_rewrites(original: str, rewrites: list[Rewrite]) -> Rewrite:
    """One rewrite holding the edits of several, all made against the same text.

    Identical edits (the same import added for two functions) are kept once.
    """
    edits: dict[tuple[int, int, str], TextEdit] = {}
    for rewrite in rewrites:
        for edit in rewrite.edits:
            edits[(edit.start, edit.end, edit.text)] = edit
    return Rewrite(original, tuple(sorted(edits.values(), key=lambda edit: (edit.start, edit.end))))


def iter_unit_rewrites(analysis: Analysis, results: list[FunctionResult] | None = None
                       ) -> Iterator[tuple[Unit, Rewrite]]:
    """(unit, merged rewrite) for every unit whose functions have a recommended rewrite."""
    by_unit: dict[int, list[Rewrite]] = defaultdict(list)
    for result in analysis.results if results is None else results:
        planned = plan_function_rewrite(analysis, result)
        if planned is not None and planned[1].changed:
            unit, rewrite = planned
            by_unit[id(unit)].append(rewrite)
    for unit in analysis.units:
        if id(unit) in by_unit:
            yield unit, merge_rewrites(unit.source, by_unit[id(unit)])


def iter_fix_rewrites(analysis: Analysis) -> Iterator[tuple[Unit, Rewrite]]:
    """(unit, merged rewrite) of every mechanical fix offered, kept apart from the decorators."""
    by_unit: dict[int, list[Rewrite]] = defaultdict(list)
    for result in analysis.results:
        for fix in result.fixes:
            by_unit[id(result.function.unit)].append(fix.rewrite)
    for unit in analysis.units:
        if id(unit) in by_unit:
            yield unit, merge_rewrites(unit.source, by_unit[id(unit)])
