"""Mechanical fixes offered beside the decorator rewrite, never applied with it unless asked.

The one fix so far turns `print(...)` of tensors into `tf.print(...)`, which prints on every call
under `tf.function` instead of once while tracing.
"""
from __future__ import annotations

from dataclasses import dataclass

from parso.python.tree import Name

from .callgraph import CallGraph, CallSite
from .model import Program, get_tf_function_spellings
from .results import FunctionResult
from .rewrite import Rewrite, TextEdit, UnitText
from .syntax import iter_call_arguments
from .tensors.dataflow import Dataflow
from .tensors.values import holds_tensor

TF_PRINT_KEYWORDS = frozenset({"sep", "end"})


@dataclass(frozen=True)
class Fix:
    code: str  # the finding the fix removes
    title: str
    line: int
    safety: str
    rewrite: Rewrite

    def to_dict(self) -> dict:
        return {"code": self.code, "title": self.title, "line": self.line, "safety": self.safety}


def find_fixes(program: Program, dataflow: Dataflow, graph: CallGraph, result: FunctionResult) -> list[Fix]:
    function = result.function
    spellings, missing_import = get_tf_function_spellings(program, function.module)
    if missing_import is not None or "." not in spellings[0]:
        return []  # no name bound to the tensorflow module to spell `tf.print` with
    module_alias = spellings[0].rsplit(".", 1)[0]
    fixes = []
    for site in sorted(graph.sites_in.get(function, []), key=lambda s: s.trailer.start_pos):
        if "builtins.print" in site.library and _prints_only_tensors(dataflow, site):
            rewrite = _replace_print(function.unit, site, module_alias)
            if rewrite is not None:
                fixes.append(Fix(
                    "HAS_PYTHON_SIDE_EFFECTS", f"Replace `print` with `{module_alias}.print`", site.line,
                    f"safe: `{module_alias}.print` prints the values on every call, also inside a graph; "
                    "it writes to standard error rather than standard output", rewrite))
    return fixes


def _prints_only_tensors(dataflow: Dataflow, site: CallSite) -> bool:
    """Every positional argument is a tensor or a plain string, and only `sep`/`end` are passed."""
    arguments = list(iter_call_arguments(site.trailer))
    if not arguments:
        return False
    saw_tensor = False
    for keyword, node in arguments:
        if keyword is not None:
            if keyword not in TF_PRINT_KEYWORDS:
                return False
            continue
        if node.type == "argument" or node.type == "fstring" or (node.type == "strings" and "f" in node.get_code()[:3].lower()):
            return False
        if node.type == "string":
            if node.value.lstrip("rRbBuU")[:1] not in "'\"":
                return False
            continue
        if not any(holds_tensor(value) for value in dataflow.eval(node)):  # not a dataset
            return False
        saw_tensor = True
    return saw_tensor


def _replace_print(unit, site: CallSite, module_alias: str) -> Rewrite | None:
    callee = site.node.children[0]
    if site.trailer_index != 1 or not isinstance(callee, Name) or callee.value != "print":
        return None
    text = UnitText(unit.source, unit.masked)
    try:
        text.check_exact(callee.start_pos, callee.end_pos)
    except ValueError:
        return None  # the masked text and the source disagree here: refuse
    offset = text.get_offset(callee.start_pos)
    return Rewrite(unit.source, (TextEdit(offset, offset + len("print"), f"{module_alias}.print"),))
