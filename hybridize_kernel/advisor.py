"""What the magics, the comm and the table's buttons do, written once.

Each operation analyses the session afresh (cheap: unchanged cells are not re-parsed), so it
always works on the cells and namespace as they are now.
"""
from __future__ import annotations

import importlib.util

from IPython.core.error import UsageError
from hybridize_analysis.report import describe_recommendation

from .analyse import analyse_session, find_entry, find_results, require_session
from .apply import Applied, get_transformation, rebind, rewrite_cells
from .errors import AdvisorError
from .explain import format_explanation
from .session import NoSource


def apply(shell, names: list[str] | None = None, unit_id: str | None = None) -> tuple[list[Applied], list[str]]:
    """Rebind and rewrite the named functions (all recommended ones when `names` is None, within
    one cell when `unit_id` is given). Returns the rewritten cells and one message per function."""
    session = require_session(shell)
    analysis, report = analyse_session(shell)
    if names is None:
        chosen = [r for r in analysis.results if get_transformation(r)
                  and (unit_id is None or r.function.unit.id == unit_id)]
    else:
        chosen = [_resolve(session, analysis, name) for name in names]
    messages, rewritten = [], []
    for result in chosen:
        entry = find_entry(report, result) or {}
        if get_transformation(result) is None:
            messages.append(f"`{result.function.qualname}`: nothing to apply "
                            f"({describe_recommendation(entry) if entry else 'no recommendation'})")
            continue
        try:
            messages.append(rebind(session, result))
            rebound = True
        except AdvisorError as error:
            messages.append(f"{error}; the rewritten cell is still offered")
            rebound = False
        rewritten.append((result, rebound))
    applied = rewrite_cells(session, analysis, [result for result, _ in rewritten])
    for result, rebound in rewritten:
        if rebound:
            session.applied[(result.function.unit.id, result.function.qualname)] = result.function.unit.source
    if session.observer is not None:
        session.observer.refresh()
    return applied, messages


def offer(shell, applied: list[Applied]) -> str:
    """Hand rewritten cells to the lab extension when its comm is open, else offer the text as the
    next input (as `%load` does: nothing of the user's is overwritten). Returns what was done."""
    session = require_session(shell)
    channel = getattr(session, "channel", None)
    if not applied:
        return ""
    if channel is not None and channel.is_open:
        for cell in applied:
            channel.send(cell.message())
        return "the JupyterLab panel updates the cell" + ("s" if len(applied) > 1 else "")
    if len(applied) == 1:
        shell.set_next_input(applied[0].new_source, replace=False)
        return "the rewritten cell is offered as the next input"
    return (f"{len(applied)} cells change: the diffs above show how; apply them one by one with "
            "`%hybridize apply NAME` to get each rewritten cell as the next input")


def benchmark(shell, name: str, args_expr: str | None = None, budget: float | None = None,
              force: bool = False) -> dict:
    """Run the in-place benchmark (hybridize_kernel.bench) and keep its result for the report."""
    if importlib.util.find_spec(f"{__package__}.bench") is None:
        raise UsageError("benchmarking is not available in this version")
    from .bench import run_benchmark

    session = require_session(shell)
    analysis, _ = analyse_session(shell)
    results = find_results(session, analysis, name)
    if not results:
        _raise_unknown(session, name)
    outcome = run_benchmark(shell, session, results[0].function.qualname, args_expr=args_expr,
                            budget=2.0 if budget is None else float(budget), force=force)
    session.benchmarks[(results[0].function.unit.id, results[0].function.qualname)] = outcome
    publish(shell)
    return outcome


def explain(shell, name: str) -> str:
    """Findings, explanations, hints and assumptions of a function, as text."""
    session = require_session(shell)
    analysis, report = analyse_session(shell)
    results = find_results(session, analysis, name)
    if not results:
        value = shell.user_ns.get(name)
        if value is not None and callable(value):
            located = session.locate(value, name)
            if isinstance(located, NoSource):
                return f"{name}: no notebook source ({located.reason}); nothing to analyse"
        _raise_unknown(session, name)
    return "\n\n".join(format_explanation(find_entry(report, result)) for result in results)


def publish(shell) -> None:
    """Send a fresh report to the open comms (nothing to do, and nothing computed, otherwise)."""
    session = require_session(shell)
    channel = getattr(session, "channel", None)
    if channel is not None and channel.is_open:
        _, report = analyse_session(shell)
        channel.publish(report)


def _resolve(session, analysis, name: str):
    results = find_results(session, analysis, name)
    if not results:
        _raise_unknown(session, name)
    return results[0]


def _raise_unknown(session, name: str):
    value = session.shell.user_ns.get(name)
    if value is not None and callable(value):
        located = session.locate(value, name)
        if isinstance(located, NoSource):
            raise UsageError(f"`{name}` has no notebook source ({located.reason})")
    raise UsageError(f"no function named `{name}` in the cells executed so far")


# -- the table (hybridize_kernel.table, written separately) -----------------------------------------

def has_table() -> bool:
    return importlib.util.find_spec(f"{__package__}.table") is not None


def show_table(shell, report: dict) -> None:
    """The widget table when available; the engine's text table otherwise."""
    if not has_table():
        from hybridize_analysis.report import format_table
        print(format_table(report))
        return
    from .table import display_report
    display_report(report, table_actions(shell))


def report_frame(report: dict):
    if not has_table():
        raise UsageError("the DataFrame view is not available in this version")
    from .table import report_dataframe
    return report_dataframe(report)


def table_actions(shell):
    """The table's Apply / Benchmark / Explain buttons (the table shows their failures as one line)."""
    from .table import TableActions

    def on_apply(qualname: str) -> str:
        applied, messages = apply(shell, [qualname])
        return "; ".join([*messages, offer(shell, applied)]).strip("; ")

    return TableActions(apply=on_apply, benchmark=lambda qualname: benchmark(shell, qualname),
                        explain=lambda qualname: explain(shell, qualname))
