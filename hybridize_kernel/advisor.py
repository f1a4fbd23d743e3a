"""What the magics, the comm and the table's buttons do, written once.

Each operation analyses the session afresh (cheap: unchanged cells are not re-parsed), so it
always works on the cells and namespace as they are now.
"""
from __future__ import annotations

import importlib.util
import inspect
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from IPython.core.error import UsageError
from hybridize_analysis.plan import merge_rewrites
from hybridize_analysis.report import describe_recommendation

from .analyse import analyse_session, find_entry, find_results, require_session
from .apply import Applied, get_transformation, rebind, rewrite_cells
from .errors import AdvisorError, describe
from .explain import format_explanation
from .session import NoSource, get_session
from .verify import Verification, verify_rewrite

#: Seconds each benchmark may take unless told otherwise (SPEC 8).
DEFAULT_BUDGET = 2.0


def apply(shell, names: list[str] | None = None, unit_id: str | None = None,
          verify: bool = True) -> tuple[list[Applied], list[str]]:
    """Rebind and rewrite the named functions (every entry the engine marks safe when `names` is
    None, within one cell when `unit_id` is given), each verified first on the calls observed
    (SPEC 8.1; `verify=False` skips it). Returns the rewritten cells and one message per function."""
    session = require_session(shell)
    analysis, report = analyse_session(shell)
    if names is None:
        chosen = [r for r in analysis.results if r.safe and get_transformation(r)
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
        if verify:
            verdict = verify_before_applying(shell, session, result)
            messages.append(f"`{result.function.qualname}`: {verdict.describe()}")
            if verdict.verified is False:
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


def preview(shell, names: list[str], verify: bool = True) -> tuple[list[Applied], dict[str, Verification]]:
    """The rewritten cells `apply` would produce for `names`, without rebinding anything (the
    panel writes them: Apply, or "Apply all safe" after a diff), and the verdict of each function's
    verification. A function whose rewrite computed something else is left out."""
    session = require_session(shell)
    analysis, _ = analyse_session(shell)
    chosen = [result for result in (_resolve(session, analysis, name) for name in names) if get_transformation(result)]
    verdicts = {result.function.qualname: verify_before_applying(shell, session, result) for result in chosen} \
        if verify else {}
    kept = [result for result in chosen if verdicts.get(result.function.qualname, _UNCHECKED).verified is not False]
    return rewrite_cells(session, analysis, kept), verdicts


def verify_before_applying(shell, session, result) -> Verification:
    """Run the function as it is and as rewritten on its observed calls (SPEC 8.1), and keep the
    verdict as a fact for the report: a rewrite that computes something else is withdrawn there."""
    from .bench import _resolve_live
    from .observe import unwrap_observed

    qualname = result.function.qualname
    live = _resolve_live(shell.user_ns, qualname, unwrap_observed)
    observer = session.observer
    if result.benchmark_refusal:
        verdict = Verification(None, reason="its Python side effects would run again, so it is not replayed")
    elif live is None or "<locals>" in qualname:
        verdict = Verification(None, reason="it is not a name of the namespace, so it cannot be called on its own")
    else:
        calls = observer.get_recent_arguments(qualname) if observer is not None else []
        arguments = dict(result.function.hybrid.arguments) if result.function.hybrid else {}
        arguments.update(result.decorator_arguments)
        paused = observer is not None and getattr(observer, "active", False)
        if paused:
            observer.stop()  # the calls it makes are not the user's
        try:
            verdict = verify_rewrite(live, get_transformation(result), arguments, calls, namespace=shell.user_ns)
        except Exception as error:  # verification failing to run is not a verdict on the rewrite
            verdict = Verification(None, reason=f"it could not be replayed ({describe(error)})")
        finally:
            if paused:
                observer.start()
    session.verifications[(result.function.unit.id, qualname)] = verdict.to_dict()
    return verdict


_UNCHECKED = Verification(None, reason="not verified")


def fix_preview(shell, name: str) -> list[Applied]:
    """The cell with every mechanical fix the engine offers for `name` (`print` to `tf.print`),
    without its decorator change: the panel shows it as a diff and writes it in one undoable step."""
    session = require_session(shell)
    analysis, _ = analyse_session(shell)
    result = _resolve(session, analysis, name)
    if not result.fixes:
        raise AdvisorError(f"`{result.function.qualname}`: no fix to apply")
    unit = result.function.unit
    rewrite = merge_rewrites(unit.source, [fix.rewrite for fix in result.fixes])
    run = session.get_run(unit.id)
    return [Applied(unit.id, run.cell_id if run else None, unit.source, rewrite.apply(),
                    [result.function.qualname])]


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
              force: bool = False, call: tuple[tuple, dict] | None = None) -> dict:
    """Run the in-place benchmark (hybridize_kernel.bench) and keep its result for the report,
    where the engine reads it as a fact. Every way in goes through here: the magic, the table's
    button, the comm and `hybridize_kernel.benchmark`. Progress goes to `chart.make_progress()`
    (a bar, or the callback of an enclosing `chart.progress_to`); nothing is displayed or published
    here, the callers do that."""
    from .bench import run_benchmark

    budget = check_budget(budget)
    session = require_session(shell)
    analysis, _ = analyse_session(shell)
    result = _resolve(session, analysis, name)
    outcome = run_benchmark(shell, session, result.function.qualname, args_expr=args_expr, budget=budget,
                            force=force, call=call)
    session.benchmarks[(result.function.unit.id, result.function.qualname)] = outcome
    return outcome


def check_budget(budget) -> float:
    """Seconds per function: 2 by default, else a positive number (UsageError otherwise)."""
    if budget is None:
        return DEFAULT_BUDGET
    try:
        seconds = float(budget)
    except (TypeError, ValueError):
        seconds = math.nan
    if isinstance(budget, bool) or not math.isfinite(seconds) or seconds <= 0:
        raise UsageError(f"the budget must be a positive number of seconds, not {budget!r}")
    return seconds


@dataclass
class BenchAll:
    """What `%hybridize bench --all` did: results fastest first, what it skipped and why, and the
    report after the measurements (their verdicts)."""

    results: list[dict] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    report: dict = field(default_factory=dict)


def benchmark_all(shell, budget: float | None = None, force: bool = False,
                  progress: Callable[[float, str], None] | None = None) -> BenchAll:
    """Benchmark every candidate with observed calls, each with its own budget, in report order;
    one that is refused (side effects, unless `force`) or fails is skipped with its reason. The
    results come back sorted by speedup, the fastest graph first. `progress(fraction, qualname)`
    follows the whole run (default: one bar, `chart.make_progress`)."""
    from .bench import BenchmarkRefused, refuse_unless_forced
    from .chart import make_progress, progress_to

    budget = check_budget(budget)
    session = require_session(shell)
    _, report = analyse_session(shell)
    latest: dict[str, dict] = {}  # qualname -> its latest definition (the one run_benchmark checks)
    for entry in report["functions"]:
        latest[entry["qualname"]] = entry
    observer = session.observer
    chosen = [entry for qualname, entry in latest.items()
              if entry.get("candidate") and "<locals>" not in qualname
              and observer is not None and observer.get_recent_arguments(qualname)]
    progress = progress or make_progress(max(1, len(chosen)))
    outcome = BenchAll()
    for index, entry in enumerate(chosen):
        qualname = entry["qualname"]
        progress(index / len(chosen), qualname)
        try:
            refuse_unless_forced(entry, force)
        except BenchmarkRefused:
            lines = sorted({finding["line"] for finding in entry["findings"]
                            if finding["code"] == "HAS_PYTHON_SIDE_EFFECTS" and finding.get("line") is not None})
            where = f" (line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))})" if lines else ""
            outcome.skipped.append((qualname, f"Python side effects{where}; --force runs it anyway"))
            continue

        def step(fraction: float, phase: str, index=index, qualname=qualname) -> None:
            progress(min((index + min(fraction, 1.0)) / len(chosen), 0.999), qualname)

        try:
            with progress_to(step):
                outcome.results.append(benchmark(shell, qualname, budget=budget, force=force))
        except (UsageError, AdvisorError) as error:  # nothing to call it with, or not resolvable
            outcome.skipped.append((qualname, _first_line(str(error))))
        except Exception as error:  # the user's function raised: the others still run
            outcome.skipped.append((qualname, f"it raised {type(error).__name__}: {_first_line(str(error))}"))
    if chosen:
        progress(1.0, "done")
    outcome.results.sort(key=_by_speedup)
    _, outcome.report = analyse_session(shell)
    return outcome


def _by_speedup(result: dict) -> tuple:
    speedup = result.get("speedup")
    return (0, -speedup) if isinstance(speedup, (int, float)) and math.isfinite(speedup) else (1, 0.0)


def _first_line(text: str) -> str:
    """An error's first line, without a trailing colon (details follow it)."""
    line = text.strip().splitlines()[0] if text.strip() else "no reason given"
    return line.rstrip(":")


def benchmark_callable(function, args=None, kwargs=None, *, budget: float | None = None,
                       force: bool = False, shell=None) -> dict:
    """`hybridize_kernel.benchmark`: a notebook function (an object or its name) goes the way of
    `%hybridize bench` (refusal, state restore, the report keeps the result); any other callable
    is benchmarked directly (no analysis: nothing is refused, nothing is kept). `args` is the
    positional arguments (a non-tuple value is the only one), None for the last observed call."""
    if shell is None:
        from IPython import get_ipython
        shell = get_ipython()
    session = get_session(shell) if shell is not None else None
    if args is not None and not isinstance(args, (tuple, list)):
        args = (args,)
    call = None if args is None and kwargs is None else (tuple(args or ()), dict(kwargs or {}))
    if isinstance(function, str):
        if session is None:
            raise UsageError("benchmarking by name needs the extension: run `%load_ext hybridize_kernel`")
        return benchmark(shell, function, budget=budget, force=force, call=call)
    if inspect.ismethod(function):  # the notebook knows `Class.method`, called with `self` first
        if call is not None:
            call = ((function.__self__, *call[0]), call[1])
        function = function.__func__
    qualname = _notebook_qualname(session, function)
    if qualname is not None:
        return benchmark(shell, qualname, budget=budget, force=force, call=call)
    from .bench import BenchmarkRefused, benchmark as run

    try:
        result = run(function, call[0] if call else (), call[1] if call else {}, budget=check_budget(budget),
                     namespace=getattr(shell, "user_ns", None))
    except BenchmarkRefused as error:
        raise UsageError(str(error)) from None
    return result.to_dict()


def _notebook_qualname(session, function) -> str | None:
    """The qualname under which the namespace holds `function` (or its observation wrapper, or a
    `tf.function` of it), when a notebook cell defines it; else None."""
    if session is None:
        return None
    from .observe import unwrap_observed

    located = session.locate(function)
    if isinstance(located, NoSource):
        return None
    namespace = session.shell.user_ns
    live = namespace.get(located.qualname.split(".")[0])
    for part in located.qualname.split(".")[1:]:
        live = getattr(live, part, None) if live is not None else None
    return located.qualname if live is not None and _same_function(unwrap_observed(live), function) else None


def _same_function(left, right) -> bool:
    def code(value):
        value = getattr(value, "python_function", value)
        return getattr(inspect.unwrap(value), "__code__", None)

    return left is right or (code(left) is not None and code(left) is code(right))


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


def publish(shell, report: dict | None = None) -> None:
    """Send `report` (else a fresh one) to the open comms (nothing to do, and nothing computed,
    otherwise)."""
    session = require_session(shell)
    channel = getattr(session, "channel", None)
    if channel is not None and channel.is_open:
        if report is None:
            _, report = analyse_session(shell)
        channel.publish(report)


def show_benchmark(outcome: dict) -> None:
    """The summary and the chart under the cell (the table's output area for its button)."""
    from IPython.display import display

    from .bench import result_bundles

    for bundle in result_bundles(outcome):
        display(bundle, raw=True)


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

    def on_benchmark(qualname: str) -> dict:
        """Run it (a progress bar, then the summary and chart in the table's output area) and
        return the updated report entry: the row shows the speedup and the new recommendation."""
        outcome = benchmark(shell, qualname)
        show_benchmark(outcome)
        session = require_session(shell)
        analysis, report = analyse_session(shell)
        publish(shell, report)  # a click is not an execution: the panel would not hear of it
        entry = find_entry(report, _resolve(session, analysis, qualname))
        return entry if entry is not None else outcome

    return TableActions(apply=on_apply, benchmark=on_benchmark, explain=lambda qualname: explain(shell, qualname))
