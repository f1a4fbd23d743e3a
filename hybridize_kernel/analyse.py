"""The engine over the session: the executed cells as one module, with live facts.

The session's parse cache is passed to the engine, so a re-analysis after a cell ran parses only
that cell. The report is SPEC 5's, with kernel fields added: `cell_id` and `execution_count` on
units and functions (benchmark results reach the engine as facts: it records them in `benchmark`
and lets them change the recommendation); `applied` (the namespace
already holds the recommended object, the cell text does not yet); and a top-level `no_source`
list of callables that cannot be analysed because no notebook cell defines them.
"""
from __future__ import annotations

import time
import types
from pathlib import Path

from hybridize_analysis.engine import Analysis, Options, analyse_specs
from hybridize_analysis.model import ModuleSpec
from hybridize_analysis.report import build_report, summarize

from .errors import AdvisorError
from .livefacts import LiveFacts
from .session import NOTEBOOK, NoSource, Session, get_session
from .values import is_tf_function


def require_session(shell) -> Session:
    session = get_session(shell)
    if session is None:
        raise AdvisorError("the extension is not loaded: run `%load_ext hybridize_kernel`")
    return session


def analyse_session(shell) -> tuple[Analysis, dict]:
    """Analyse every cell executed so far; returns the analysis and its report."""
    session = require_session(shell)
    started = time.perf_counter()
    units = session.get_units()
    facts = LiveFacts(shell.user_ns, session, session.observer)
    options = Options(facts=facts, project_root=Path.cwd(), **session.settings)
    analysis = analyse_specs([ModuleSpec(NOTEBOOK, tuple(units))], options, cache=session.cache)
    analysed = time.perf_counter()
    report = build_report([analysis])
    reported = time.perf_counter()
    annotate_report(report, session, analysis)
    session.analysis, session.report = analysis, report
    analysis.timings.update(kernel_analysis=analysed - started, kernel_report=reported - analysed,
                            kernel_annotate=time.perf_counter() - reported)
    return analysis, report


def annotate_report(report: dict, session: Session, analysis: Analysis) -> None:
    sources = {unit.id: unit.source for unit in analysis.units}
    for entry in report["units"]:
        entry.update(_run_fields(session, entry["id"]))
    for entry in report["functions"]:
        key = (entry["unit"], entry["qualname"])
        entry.update(_run_fields(session, entry["unit"]))
        entry["applied"] = session.applied.get(key) == sources.get(entry["unit"])
    report["summary"] = summarize(report["functions"])
    report["warnings"] = list(analysis.warnings)
    report["no_source"] = list_no_source(session)


def _run_fields(session: Session, unit_id: str) -> dict:
    run = session.get_run(unit_id)
    return {"cell_id": run.cell_id if run else None, "execution_count": run.count if run else None}


def list_no_source(session: Session) -> list[dict]:
    """Notebook-level names bound to functions the analysis cannot see: lambdas, `exec`-defined
    functions, `tf.function`s of those. Imported library functions are not listed."""
    found = []
    for name, value in list(session.shell.user_ns.items()):
        if name.startswith("_"):
            continue
        inner = value.python_function if is_tf_function(value) else value
        if not isinstance(inner, types.FunctionType):
            continue
        if inner.__module__ != "__main__" and inner.__name__ != "<lambda>":
            continue
        located = session.locate(value, name)
        if isinstance(located, NoSource):
            found.append({"name": name, "reason": located.reason})
    return found


def filter_report(report: dict, unit_id: str) -> dict:
    """The report restricted to the functions one cell defines."""
    functions = [entry for entry in report["functions"] if entry["unit"] == unit_id]
    return {**report, "units": [unit for unit in report["units"] if unit["id"] == unit_id],
            "functions": functions, "summary": summarize(functions)}


def find_results(session: Session, analysis: Analysis, name: str) -> list:
    """The results for a user-given name: a qualname (`Net.call`) or a plain name (`call`).

    When several cells define it, the one the namespace is bound to comes first, then the latest.
    """
    results = [r for r in analysis.results if r.function.qualname == name]
    if not results:
        results = [r for r in analysis.results if r.function.name == name]
    if len(results) <= 1:
        return results
    live = session.shell.user_ns.get(name.split(".")[0])
    located = session.locate(live, name) if live is not None else None
    unit_id = getattr(located, "unit_id", None)
    return sorted(reversed(results), key=lambda r: r.function.unit.id != unit_id)


def find_entry(report: dict, result) -> dict | None:
    return next((entry for entry in report["functions"]
                 if entry["unit"] == result.function.unit.id and entry["qualname"] == result.function.qualname
                 and entry["line"] == result.function.line), None)
