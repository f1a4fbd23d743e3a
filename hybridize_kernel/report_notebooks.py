"""What `hybridize-report` does (the manual is `report.py`'s docstring): each notebook runs with
the advisor, its report is relabelled with the notebook's cells, the rewrite is written, and the
original and rewritten notebooks are compared; then the tables, JSON and HTML are rendered.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from hybridize_analysis.engine import Options, analyse_path
from hybridize_analysis.bisect import find_responsible
from hybridize_analysis.outputs import Comparison, compare_runs
from hybridize_analysis.report import SCHEMA, build_report, get_tool_version, summarize
from hybridize_analysis.results import MIN_GRAPH_CALLS, MIN_GRAPH_OPS

from .report import DEFAULT_ATOL, DEFAULT_RTOL, PROGRAM
from .report_compare import read_values
from .report_html import format_seconds, format_speedup, render_document
from .report_kernel import NAMESPACE_DUMP, REPORT_MIME, SETUP, report_cell
from .report_rewrite import Rewritten, rewrite_notebook
from .report_run import Execution, Interrupted, execute
from .table import report_text

RUN_SCHEMA = "hybridize-report-run/1"


class UsageProblem(Exception):
    """Arguments we cannot work with: one line, exit status 2."""


def check_arguments(args: argparse.Namespace) -> dict[Path, Path | None]:
    """Validate; returns where each notebook's rewrite goes (None: not written)."""
    for path in args.notebooks:
        if not path.is_file():
            raise UsageProblem(f"{path}: no such notebook")
        if path.suffix != ".ipynb":
            raise UsageProblem(f"{path}: not a notebook (.ipynb)")
    if len({path.resolve() for path in args.notebooks}) != len(args.notebooks):
        raise UsageProblem("a notebook is given twice")
    if args.runs < 1:
        raise UsageProblem("--runs must be at least 1")
    if args.min_graph_ops < 0 or args.min_graph_calls < 0:
        raise UsageProblem("--min-graph-ops and --min-graph-calls must be 0 or more")
    if args.timeout <= 0:
        raise UsageProblem("--timeout must be positive")
    if args.rtol < 0 or args.atol < 0:
        raise UsageProblem("--rtol and --atol cannot be negative")
    targets: dict[Path, Path | None] = dict.fromkeys(args.notebooks)
    if args.rewrite is None:
        return targets
    if args.rewrite.suffix == ".ipynb" and not args.rewrite.is_dir():
        if len(args.notebooks) > 1:
            raise UsageProblem(f"--rewrite {args.rewrite}: several notebooks need a directory")
        targets[args.notebooks[0]] = args.rewrite
    else:
        if args.rewrite.exists() and not args.rewrite.is_dir():
            raise UsageProblem(f"--rewrite {args.rewrite}: not a directory")
        names = [path.name for path in args.notebooks]
        if len(set(names)) != len(names):
            raise UsageProblem(f"--rewrite {args.rewrite}: two notebooks have the same name")
        targets = {path: args.rewrite / path.name for path in args.notebooks}
    for source, target in targets.items():
        if target is not None and target.resolve() == source.resolve():
            raise UsageProblem(f"--rewrite {args.rewrite}: would overwrite {source}")
    return targets


# --- progress ----------------------------------------------------------------------------------------

class ProgressLog:
    """Which notebook, which phase, on stderr; cell by cell only on a terminal."""

    def __init__(self, total: int, quiet: bool = False, stream=None) -> None:
        self.total = total
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.prefix = ""
        self.live = False

    def start(self, index: int, path: Path) -> None:
        self.prefix = f"[{index}/{self.total}] {path.name}"

    def phase(self, text: str) -> None:
        if self.quiet:
            return
        self._end_live()
        print(f"{PROGRAM}: {self.prefix}: {text}", file=self.stream, flush=True)

    def cell(self, text: str):
        """A callback for `execute`: the cell running now, rewritten in place on a terminal."""
        if self.quiet or not getattr(self.stream, "isatty", lambda: False)():
            return None

        def on_cell(number: int, size: int) -> None:
            self.live = True
            print(f"\r{PROGRAM}: {self.prefix}: {text}: cell {number}/{size}\x1b[K", end="", file=self.stream,
                  flush=True)
        return on_cell

    def note(self, text: str) -> None:
        if not self.quiet:
            self.error(text)

    def error(self, text: str) -> None:
        self._end_live()
        print(f"{PROGRAM}: {text}", file=self.stream, flush=True)

    def _end_live(self) -> None:
        if self.live:
            print("\r\x1b[K", end="", file=self.stream, flush=True)
            self.live = False


# --- one notebook ------------------------------------------------------------------------------------

@dataclass
class Settings:
    bench: bool
    budget: float
    compare: bool
    runs: int
    timeout: float
    rtol: float
    atol: float
    kernel: str
    rewrite_needed: bool
    #: Engine settings asked for (`--tables`, `--min-graph-ops`, `--no-plan`), by their `Options` and
    #: `%hybridize config` name; what is not given keeps its default.
    engine: dict = field(default_factory=dict)

    @property
    def setup(self) -> str:
        """The first cell: the advisor loaded, observation on, and the engine settings asked for."""
        if not self.engine:
            return SETUP
        pairs = (f"{name}={'on' if value is True else 'off' if value is False else value}"
                 for name, value in self.engine.items())
        return SETUP + "\n%hybridize config " + " ".join(pairs)


def find_report(run: Execution) -> dict | None:
    for cell in run.tail_cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if REPORT_MIME in data:
                return data[REPORT_MIME]
    return None


def relabel(report: dict, run: Execution, path: Path) -> dict:
    """The kernel numbers cells by execution count; name them as the notebook does (cell id, and
    the 1-based `cell` position), and drop the units of our own cells."""
    counts = run.get_execution_counts()

    def relabelled(entries: list[dict], key: str) -> list[dict]:
        found = []
        for entry in entries:
            index = counts.get(entry.get("execution_count"))
            if index is not None:
                cell_id = run.cells[index].get("id")
                found.append({**entry, key: f"cell:{cell_id or index + 1}", "cell": index + 1, "cell_id": cell_id,
                              "path": str(path), "execution_count": None})
        return found

    functions = relabelled(report.get("functions", []), "unit")
    return {**report, "units": relabelled(report.get("units", []), "id"), "functions": functions,
            "summary": summarize(functions)}


def engine_settings(args) -> dict:
    """The engine settings the command line changed from their defaults."""
    engine = {}
    if args.tables != "default":
        engine["tables"] = args.tables
    if args.min_graph_ops != MIN_GRAPH_OPS:
        engine["min_graph_ops"] = args.min_graph_ops
    if args.min_graph_calls != MIN_GRAPH_CALLS:
        engine["min_graph_calls"] = args.min_graph_calls
    if not args.plan:
        engine["plan"] = False
    return engine


def static_report(path: Path, engine: dict | None = None) -> dict:
    report = build_report([analyse_path(path, Options(**(engine or {})))])
    report["benchmark_notes"] = []
    return report


async def process(path: Path, target: Path | None, settings: Settings, log: ProgressLog) -> dict:
    """Everything about one notebook, as the item of the JSON output."""
    item: dict = {"path": str(path), "errors": [], "report": None, "report_source": None}
    try:
        notebook = nbformat.read(path, as_version=4)
    except Exception as error:  # invalid JSON, not a notebook
        return _fail(item, log, f"{path}: not a readable notebook: {error}")
    cwd = str(path.resolve().parent)
    log.phase("running with the advisor (observation on" + (", benchmarks" if settings.bench else "") + ")")
    started = time.perf_counter()
    try:
        run = await execute(notebook, cwd=cwd, head=(settings.setup,), tail=(report_cell(settings.bench, settings.budget),),
                            timeout=settings.timeout, kernel_name=settings.kernel, on_cell=log.cell("advisor run"))
    except Interrupted:
        raise
    except Exception as error:  # no kernel of that name, a kernel that does not start
        return _fail(item, log, f"{path}: cannot run the notebook: {describe_error(error)}")
    item["advisor_warnings"] = list(iter_advisor_warnings(run))
    if run.error is not None:
        _fail(item, log, f"{path}: {run.error.describe()}")
        item["error"] = run.error.to_dict()
    for problem in run.problems:
        _fail(item, log, f"{path}: {problem}")
    report = find_report(run)
    if report is not None:
        item["report"], item["report_source"] = relabel(report, run, path), "kernel"
    else:
        item["report"], item["report_source"] = static_report(path, settings.engine), "static"
    summary = item["report"]["summary"]
    item.update(functions=summary["functions"], candidates=summary["candidates"], refactorable=summary["refactorable"])
    log.phase(f"advisor run done in {time.perf_counter() - started:.1f} s: {summary['functions']} functions, "
              f"{summary['candidates']} candidates, {summary['refactorable']} refactorable")
    if not settings.rewrite_needed:
        return item
    rewritten = rewrite_notebook(path, notebook, item["report"] if item["report_source"] == "kernel" else None,
                                 settings.engine)
    item["rewritten_cells"] = [{"cell": c.number, "cell_id": c.cell_id, "qualnames": c.qualnames}
                               for c in rewritten.cells]
    if target is not None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(rewritten.notebook, target)
        except OSError as error:
            _fail(item, log, f"{target}: cannot write the rewritten notebook: {error.strerror or error}")
        else:
            item["rewritten"] = str(target)
            log.phase(f"rewritten notebook written to {target} ({len(rewritten.cells)} cells changed)")
    if settings.compare:
        if item["errors"]:
            log.phase("not compared: the notebook does not run to the end")
        else:
            await compare(item, path, notebook, rewritten, target, cwd, settings, log)
    return item


async def compare(item: dict, path: Path, original: nbformat.NotebookNode, rewritten: Rewritten,
                  target: Path | None, cwd: str, settings: Settings, log: ProgressLog) -> None:
    outcome = await compare_notebooks(original, rewritten.notebook, cwd=cwd, runs=settings.runs,
                                      rtol=settings.rtol, atol=settings.atol, timeout=settings.timeout,
                                      kernel=settings.kernel, log=log)
    original_values = outcome.pop("_original_values", None)
    item.update(outcome)
    if outcome.get("error"):
        _fail(item, log, f"{item['path']}: {outcome['error']}")
        return
    log.phase(f"speedup {format_speedup(item['speedup'])}; results "
              + ("agree" if item["agree"] else f"DIFFER ({item['comparison']['failures']} values)"))
    recommendations = [(cell.number, name) for cell in rewritten.cells for name in cell.qualnames]
    if item["agree"] or not recommendations or original_values is None:
        return
    kernel_report = item["report"] if item["report_source"] == "kernel" else None

    async def check(applied: frozenset) -> Comparison:
        subset = rewrite_notebook(path, original, kernel_report, settings.engine, only=applied)
        label = "bisecting: " + ", ".join(sorted(f"cell {cell} {name}" for cell, name in applied))
        run, problem = await run_plain(subset.notebook, cwd=cwd, timeout=settings.timeout, kernel=settings.kernel,
                                       log=log, label=label)
        if problem is not None:  # a subset that cannot run differs, as far as we can tell
            return Comparison(False, 0, [], 1, error=problem)
        return compare_runs(original_values, read_values(run), rtol=settings.rtol, atol=settings.atol)

    bisection = await find_responsible(recommendations, check)
    item["withdrawn"] = [{"cell": cell, "qualname": name, "differences": bisection.differences_of((cell, name))[:5]}
                         for cell, name in bisection.withdrawn]
    item["bisect_runs"] = bisection.runs
    kept = frozenset(bisection.kept)
    item["agree_after_withdrawal"] = bisection.comparisons[kept].agree if kept else True
    log.phase(f"withdrawn {len(bisection.withdrawn)} of {len(recommendations)} recommendations in "
              f"{bisection.runs} runs: " + ", ".join(f"cell {cell} {name}" for cell, name in bisection.withdrawn)
              + ("; the rest agrees" if item["agree_after_withdrawal"] else "; the rest still differs"))
    repaired = rewrite_notebook(path, original, kernel_report, settings.engine, only=kept)
    item["rewritten_cells"] = [{"cell": c.number, "cell_id": c.cell_id, "qualnames": c.qualnames}
                               for c in repaired.cells]
    if target is not None and item.get("rewritten"):
        nbformat.write(repaired.notebook, target)
        log.phase(f"rewritten notebook written again to {target}, without what was withdrawn")


async def compare_notebooks(original: nbformat.NotebookNode, rewritten: nbformat.NotebookNode, *, cwd: str,
                            runs: int = 3, rtol: float = DEFAULT_RTOL, atol: float = DEFAULT_ATOL,
                            timeout: float | None = 600.0, kernel: str = "python3",
                            log: ProgressLog | None = None) -> dict:
    """Run both notebooks end to end in fresh kernels, without the advisor, `runs` times each,
    alternating. Returns the `--compare` fields: `original_s` and `rewritten_s` (medians),
    `speedup`, `agree`, `differences` and the details; `error` names a run that failed."""
    log = log or ProgressLog(0, quiet=True)
    done: dict[str, list[Execution]] = {"original": [], "rewritten": []}
    outcome: dict = {"runs": runs, "rtol": rtol, "atol": atol}
    for number in range(1, runs + 1):
        for kind, notebook in (("original", original), ("rewritten", rewritten)):
            label = f"{kind} run {number}/{runs}"
            run, problem = await run_plain(notebook, cwd=cwd, timeout=timeout, kernel=kernel, log=log, label=label)
            if problem is not None:
                return {**outcome, "error": f"the {kind} notebook: {problem}", "agree": False, "speedup": None,
                        "original_s": None, "rewritten_s": None, "differences": [], "comparison": None}
            log.phase(f"{label}: {run.seconds:.1f} s")
            done[kind].append(run)
    original_s = statistics.median(run.seconds for run in done["original"])
    rewritten_s = statistics.median(run.seconds for run in done["rewritten"])
    comparison = compare_runs([read_values(run) for run in done["original"]], read_values(done["rewritten"][0]),
                              rtol=rtol, atol=atol)
    return {**outcome, "_original_values": [read_values(run) for run in done["original"]],
            "original_s": original_s, "rewritten_s": rewritten_s,
            "original_runs_s": [run.seconds for run in done["original"]],
            "rewritten_runs_s": [run.seconds for run in done["rewritten"]],
            "speedup": original_s / rewritten_s if rewritten_s > 0 else None,
            "agree": comparison.agree, "differences": [d.to_dict() for d in comparison.differences],
            "comparison": comparison.to_dict()}


async def run_plain(notebook: nbformat.NotebookNode, *, cwd: str, timeout: float | None, kernel: str,
                    log: ProgressLog, label: str) -> tuple[Execution | None, str | None]:
    """One run in a fresh kernel, without the advisor, its numeric globals dumped at the end:
    (the run, what kept it from running to the end or None)."""
    log.phase(label)
    try:
        run = await execute(notebook, cwd=cwd, tail=(NAMESPACE_DUMP,), timeout=timeout, kernel_name=kernel,
                            on_cell=log.cell(label))
    except Interrupted:
        raise
    except Exception as error:
        return None, f"cannot run: {describe_error(error)}"
    return run, run.error.describe() if run.error is not None else (run.problems or [None])[0]


def describe_error(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def iter_advisor_warnings(run: Execution):
    """The advisor's one-line warnings (`hybridize: ...` on stderr) from every cell."""
    for cell in run.notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                yield from (line for line in output.get("text", "").splitlines() if line.startswith("hybridize:"))


def _fail(item: dict, log: ProgressLog, message: str) -> dict:
    item["errors"].append(message)
    log.error(message)
    return item


async def process_all(targets: dict[Path, Path | None], settings: Settings, log: ProgressLog) -> list[dict]:
    items = []
    for index, (path, target) in enumerate(targets.items(), 1):
        log.start(index, path)
        items.append(await process(path, target, settings, log))
    return items


# --- output --------------------------------------------------------------------------------------------

def mean_speedup(items: list[dict]) -> float | None:
    speedups = [item["speedup"] for item in items if item.get("speedup") is not None]
    return sum(speedups) / len(speedups) if speedups else None


def _compact_item(item: dict) -> dict:
    """What `--compare --format json` says about a notebook (the recommendations, not the report)."""
    report = item.get("report") or {"functions": []}
    keys = ("path", "functions", "candidates", "refactorable", "original_s", "rewritten_s", "speedup", "agree",
            "differences", "runs", "original_runs_s", "rewritten_runs_s", "rtol", "atol", "comparison",
            "rewritten", "rewritten_cells", "errors", "error", "report_source", "withdrawn", "bisect_runs",
            "agree_after_withdrawal")
    compact = {key: item.get(key) for key in keys if key in item}
    for key in ("original_s", "rewritten_s", "speedup", "agree"):
        compact.setdefault(key, None)
    compact.setdefault("differences", [])
    compact["recommendations"] = [
        {"cell": entry.get("cell"), "cell_id": entry.get("cell_id"), "qualname": entry["qualname"],
         "transformations": entry["transformations"]} for entry in report["functions"] if entry["transformations"]]
    return compact


def render_json(items: list[dict], compare: bool) -> str:
    notebooks = [_compact_item(item) for item in items] if compare else items
    data = {"schema": RUN_SCHEMA, "report_schema": SCHEMA,
            "tool": {"name": "jupyterlab-hybridize", "version": get_tool_version()}, "notebooks": notebooks}
    if compare:
        data["mean_speedup"] = mean_speedup(items)
    return json.dumps(data, indent=2, default=str)


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]], right: set[int]) -> list[str]:
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]

    def line(row):
        return "  ".join(cell.rjust(width) if i in right else cell.ljust(width)
                         for i, (cell, width) in enumerate(zip(row, widths))).rstrip()
    return [line(headers), line(tuple("-" * width for width in widths)), *(line(row) for row in rows)]


def render_compare_table(items: list[dict]) -> str:
    headers = ("notebook", "functions", "candidates", "refactorable", "original", "rewritten", "speedup",
               "results agree")
    rows = []
    for item in items:
        agree = item.get("agree")
        rows.append((Path(item["path"]).name, str(item.get("functions", "-")), str(item.get("candidates", "-")),
                     str(item.get("refactorable", "-")), format_seconds(item.get("original_s")),
                     format_seconds(item.get("rewritten_s")), format_speedup(item.get("speedup")),
                     "yes" if agree else ("no" if agree is False else "-")))
    lines = _table(headers, rows, right={1, 2, 3, 4, 5, 6})
    mean = mean_speedup(items)
    counted = sum(1 for item in items if item.get("speedup") is not None)
    runs = next((item["runs"] for item in items if item.get("runs")), None)
    lines.append("")
    lines.append(f"mean speedup {format_speedup(mean)} over {counted} notebook{'s' if counted != 1 else ''}"
                 + (f" (wall time of the notebooks' cells, median of {runs} run{'s' if runs != 1 else ''} each)"
                    if runs else ""))
    for item in items:
        if item.get("agree") is False and item.get("differences"):
            lines.append(f"{Path(item['path']).name}: results differ; largest differences:")
            for difference in item["differences"][:5]:
                lines.append(f"  {difference['where']}: original {difference['original']}, rewritten "
                             f"{difference['rewritten']} (relative difference {difference['relative_difference']})")
        lines.extend(describe_withdrawn(item))
        for error in item.get("errors", []):
            lines.append(error)
    return "\n".join(lines)


def describe_withdrawn(item: dict) -> list[str]:
    """The recommendations `--compare` withdrew, each with a number it changed."""
    if not item.get("withdrawn"):
        return []
    lines = [f"{Path(item['path']).name}: withdrawn after {item.get('bisect_runs')} more runs (the rest "
             + ("agrees" if item.get("agree_after_withdrawal") else "still differs") + "):"]
    for withdrawn in item["withdrawn"]:
        change = next(iter(withdrawn["differences"]), None)
        shown = (f": {change['where']} was {change['original']}, rewritten {change['rewritten']}" if change else "")
        lines.append(f"  cell {withdrawn['cell']} `{withdrawn['qualname']}`{shown}")
    return lines


def render_tables(items: list[dict]) -> str:
    blocks = []
    for item in items:
        lines = [f"== {item['path']} =="]
        lines.extend(item.get("errors", []))
        lines.extend(item.get("advisor_warnings", []))
        if item.get("report_source") == "static":
            lines.append("(the kernel report is missing: static analysis of the file)")
        lines.append(report_text(item["report"]) if item.get("report") else "no report")
        if item.get("rewritten"):
            lines.append(f"rewritten: {len(item.get('rewritten_cells', []))} cells changed, written to "
                         f"{item['rewritten']}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# --- the command ---------------------------------------------------------------------------------------

def run_command(args: argparse.Namespace) -> int:
    """`hybridize-report` once its arguments are parsed (`report.main`); returns the exit status."""
    try:
        targets = check_arguments(args)
    except UsageProblem as problem:
        print(f"{PROGRAM}: error: {problem}", file=sys.stderr)
        return 2
    settings = Settings(bench=args.bench, budget=args.budget, compare=args.compare, runs=args.runs,
                        timeout=args.timeout, rtol=args.rtol, atol=args.atol, kernel=args.kernel,
                        rewrite_needed=args.compare or args.rewrite is not None, engine=engine_settings(args))
    log = ProgressLog(len(targets), quiet=args.quiet)
    try:
        items = asyncio.run(process_all(targets, settings, log))
    except (Interrupted, KeyboardInterrupt):
        log.error("interrupted; no kernel is left running")
        return 130
    if args.format == "json":
        print(render_json(items, args.compare))
    elif args.compare:
        print(render_compare_table(items))
    else:
        print(render_tables(items))
    if args.html is not None:
        try:
            args.html.parent.mkdir(parents=True, exist_ok=True)
            args.html.write_text(render_document(items, mean_speedup(items)), encoding="utf-8")
        except OSError as error:
            print(f"{PROGRAM}: error: {args.html}: cannot write: {error.strerror or error}", file=sys.stderr)
            return 2
        log.note(f"HTML report written to {args.html}")
    return exit_status(items)


def exit_status(items: list[dict]) -> int:
    """1 when a notebook failed, or its rewritten version computed different numbers; else 0."""
    return 1 if any(item["errors"] or item.get("agree") is False for item in items) else 0
