"""Benchmark in place (SPEC 8): eager against graph (and XLA) execution of a live function.

`benchmark(fn, args)` runs the user's function eagerly and as a fresh `tf.function`, from the same
saved state, and answers three questions: is the graph faster (medians per call, tracing cost,
the call count after which tracing has paid for itself), does it compute the same thing (return
values and variables after two calls each, `allclose` at a tolerance chosen by dtype), and would
XLA (`jit_compile=True`) help. It times like `%timeit`: a warm-up call, the first graph call
(trace and compile) timed on its own, then samples of several calls, their number adapted to a
time budget, garbage collection off while timing, medians with their interquartile range, and a
warning when the slowest sample took more than four times the fastest.

State safety: every `tf.Variable` the function can reach and the global random states are saved
before anything runs (`snapshot.py`); each phase starts from that snapshot, and it is restored at
the end, also on an exception or KeyboardInterrupt, so the user's weights, optimizer slots and
iterations, metrics and random streams are bitwise what they were.

Nothing here imports TensorFlow at module import: only `benchmark` and `count_traces` do.
"""
from __future__ import annotations

import functools
import gc
import inspect
import math
import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

from .chart import bar_chart_png, bar_chart_svg, chart_bundle, format_duration, make_progress
from .equivalence import Outcome, compare
from .snapshot import Snapshot, function_roots, is_tf_function, take_snapshot

__all__ = [
    "BenchmarkRecord", "BenchmarkRefused", "BenchmarkResult", "BenchmarkResults", "Timing", "bar_chart_png",
    "bar_chart_svg", "benchmark", "count_traces", "format_duration", "make_progress", "measure",
    "refuse_unless_forced", "result_bundles", "run_benchmark",
]

#: XLA is recommended when it is at least this much faster than the plain graph and than eager
#: (and equivalent).
XLA_ADVANTAGE = 1.3
#: The part of the budget kept for timing whatever the first calls (tracing, compiling) took.
TIMING_SHARE = 0.5
#: The graph counts as faster when eager_ms / graph_ms exceeds this.
MIN_SPEEDUP = 1.0
#: Calls of each arm, from the snapshot, whose results are compared (the second call catches
#: Python values frozen at trace time: a counter, `np.random`, `time.time()`).
EQUIVALENCE_CALLS = 2
#: A timed sample runs the function this long at least (several calls for very fast functions).
MIN_SAMPLE_SECONDS = 1e-3
MIN_SAMPLES = 3
MAX_SAMPLES = 1000
#: %timeit's rule: warn when the slowest sample took this many times the fastest.
SPREAD_WARNING = 4.0
#: Phases reported to `progress` (make_progress(len(PHASES)) counts them).
PHASES = ("snapshot", "eager: warm-up", "graph: tracing", "XLA: compiling", "eager: timing",
          "graph: timing", "XLA: timing", "restoring")


class BenchmarkRefused(Exception):
    """The function is not benchmarked; the message says why and what to do."""


@dataclass
class Timing:
    """Timed samples of one arm, per call, in milliseconds."""

    median_ms: float
    spread_ms: float  # interquartile range of the samples
    best_ms: float
    mean_ms: float
    calls: int
    samples: int
    number: int  # calls per sample
    slowest_ratio: float  # slowest sample / fastest


@dataclass
class BenchmarkResult:
    """What `benchmark` measured; `to_dict()` is the report's `benchmark` field (SPEC 5)."""

    name: str
    eager_ms: float = math.nan
    eager_spread_ms: float = math.nan
    eager_calls: int = 0
    graph_ms: float = math.nan
    graph_spread_ms: float = math.nan
    graph_calls: int = 0
    tracing_ms: float = math.nan
    tracing_count: int | None = None
    xla_ms: float | None = None
    xla_tracing_ms: float | None = None
    xla_error: str | None = None
    xla_equivalent: bool | None = None
    speedup: float = math.nan
    break_even_calls: int | None = None
    equivalent: bool = False
    tolerance: dict = field(default_factory=dict)
    max_abs_diff: float = 0.0
    max_rel_diff: float = 0.0
    where: str = ""
    recommend_xla: bool = False
    # beyond the brief's minimum
    what: str = ""  # `where` in BEHAVIOUR_DIFFERS' words
    detail: str = ""  # how much it differs, against which tolerance
    graph_error: str | None = None  # the graph version raised where eager did not
    eager_best_ms: float = math.nan
    graph_best_ms: float = math.nan
    xla_spread_ms: float | None = None
    xla_calls: int = 0
    xla_max_abs_diff: float | None = None
    xla_where: str = ""
    variables: int = 0  # variables snapshotted and restored (including those created by the run)
    new_variables: list[str] = field(default_factory=list)  # created by the run, reset to their initial value
    warnings: list[str] = field(default_factory=list)
    budget: float = 2.0

    # -- findings ---------------------------------------------------------------------------------
    @property
    def graph_faster(self) -> bool:
        return math.isfinite(self.speedup) and self.speedup > MIN_SPEEDUP

    def get_findings(self, line: int | None = None) -> list:
        """BEHAVIOUR_DIFFERS and NO_MEASURED_SPEEDUP as catalogue `Finding`s."""
        from hybridize_analysis.rules.base import Finding

        found = []
        if not self.equivalent:
            found.append(Finding("BEHAVIOUR_DIFFERS", line, {
                "function": self.name, "what": self.what or self.where or "the results",
                "detail": self.detail or "they differ"}))
        if math.isfinite(self.graph_ms) and not self.graph_faster:
            found.append(Finding("NO_MEASURED_SPEEDUP", line, {
                "function": self.name, "graph": format_duration(self.graph_ms),
                "eager": format_duration(self.eager_ms)}))
        return found

    def findings(self, line: int | None = None) -> list[dict]:
        """The findings as report entries (code, severity, message, explanation, hint, line)."""
        return [finding.to_dict() for finding in self.get_findings(line)]

    # -- output ----------------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: dict) -> BenchmarkResult:
        """The result again from `to_dict()` (what the kernel keeps); unknown keys are ignored,
        None in a float field is NaN again."""
        fields = cls.__dataclass_fields__
        values = {key: (math.nan if value is None and fields[key].type == "float" else value)
                  for key, value in data.items() if key in fields}
        values.setdefault("name", "?")
        return cls(**values)

    def to_dict(self) -> dict:
        """JSON-able: non-finite numbers become None."""
        data = {}
        for name in self.__dataclass_fields__:
            data[name] = _jsonable(getattr(self, name))
        data["graph_faster"] = self.graph_faster
        data["findings"] = self.findings()
        return data

    def format_summary(self) -> str:
        """A few lines of text, as `%timeit` prints."""
        lines = []
        if self.graph_error:
            lines.append(f"{self.name}: the graph version failed: {self.graph_error}")
        else:
            verdict = (f"graph {self.speedup:.2f}x faster than eager" if self.graph_faster
                       else f"graph not faster than eager ({self.speedup:.2f}x)")
            lines.append(f"{self.name}: {verdict}; "
                         + ("results agree" if self.equivalent else f"results DIFFER: {self.where} ({self.detail})"))
        lines.append(f"  eager  {_timing_text(self.eager_ms, self.eager_spread_ms, self.eager_calls)}")
        if not self.graph_error:
            trace = f"first call (tracing) {format_duration(self.tracing_ms)}, {self.tracing_count} trace(s)"
            if self.break_even_calls is not None:
                trace += f"; pays off after {self.break_even_calls:,} calls"
            lines.append(f"  graph  {_timing_text(self.graph_ms, self.graph_spread_ms, self.graph_calls)}; {trace}")
        if self.xla_error:
            lines.append(f"  XLA    not available: {self.xla_error}")
        elif self.xla_ms is not None:
            xla = _timing_text(self.xla_ms, self.xla_spread_ms or 0.0, self.xla_calls)
            lines.append(f"  XLA    {xla}; compile {format_duration(self.xla_tracing_ms)}; "
                         + ("agrees" if self.xla_equivalent else f"differs at {self.xla_where}")
                         + ("; recommended" if self.recommend_xla else ""))
        tolerance = ", ".join(f"{dtype} rtol={t['rtol']:g} atol={t['atol']:g}" for dtype, t in self.tolerance.items())
        if self.equivalent:
            lines.append(f"  outputs and {self.variables} variable(s) compared ({tolerance or 'nothing numeric'}); "
                         f"max difference {self.max_abs_diff:.3g}" + (f" at {self.where}" if self.where else ""))
        lines.extend(f"  warning: {warning}" for warning in self.warnings)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.format_summary()

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(self.format_summary())

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        return {"text/plain": self.format_summary(), "image/svg+xml": bar_chart_svg(self)}


def result_bundles(data: dict) -> list[dict]:
    """What the magic, the table's button and `hybridize_kernel.benchmark` show under the cell:
    the summary (text) and the chart (PNG or SVG), two display bundles. `data` is `to_dict()`."""
    return [{"text/plain": BenchmarkResult.from_dict(data).format_summary()}, chart_bundle(data)]


class BenchmarkRecord(dict):
    """A benchmark's `to_dict()`, as the magic and `hybridize_kernel.benchmark` return it: a plain
    dict whose repr is one line (the summary and chart are displayed already, as `%timeit -o`)."""

    def headline(self) -> str:
        return BenchmarkResult.from_dict(self).format_summary().splitlines()[0]

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(f"<benchmark {self.headline()}>")


class BenchmarkResults(list):
    """`%hybridize bench --all`'s return value: the result dicts, fastest graph speedup first;
    its repr is one line (the summary table is displayed already)."""

    def _repr_pretty_(self, printer, cycle) -> None:
        speedups = ", ".join(f"{item.get('name', '?')} "
                             + (f"{item['speedup']:.2f}x" if isinstance(item.get("speedup"), (int, float)) else "n/a")
                             for item in self)
        printer.text(f"<{len(self)} benchmark result{'' if len(self) == 1 else 's'}"
                     + (f": {speedups}>" if self else ">"))


def _timing_text(median: float, spread: float, calls: int) -> str:
    return f"{format_duration(median)} ± {format_duration(spread)} per call (median ± IQR, {calls:,} calls)"


def _jsonable(value):
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    return value


# --- refusal -------------------------------------------------------------------------------------

def refuse_unless_forced(report_entry: dict, force: bool = False) -> None:
    """Raise BenchmarkRefused when the engine says the function is not benchmarkable (its Python
    side effects would run on every timed call and are not undone), unless `force`."""
    if force or report_entry.get("benchmarkable", True):
        return
    reason = report_entry.get("benchmark_refusal") or "the analysis refused it"
    raise BenchmarkRefused(f"not benchmarked: {reason}.\nRun it anyway with --force (force=True).")


def _check_callable(python_fn, name: str, args: tuple, kwargs: dict) -> None:
    if not callable(python_fn):
        raise BenchmarkRefused(f"`{name}` is not callable")
    target = python_fn
    if inspect.isgeneratorfunction(target) or inspect.iscoroutinefunction(target) or inspect.isasyncgenfunction(target):
        raise BenchmarkRefused(f"`{name}` is a generator or coroutine function: `tf.function` cannot trace it")
    try:
        signature = inspect.signature(target)
    except (TypeError, ValueError):
        return
    try:
        signature.bind(*args, **kwargs)
    except TypeError as error:
        given = "no arguments" if not args and not kwargs else "arguments that do not fit"
        raise BenchmarkRefused(
            f"`{name}{signature}` was given {given} ({error}): call it once with observation on, "
            f"or pass them with --args \"(x, y)\"") from None


# --- the benchmark -------------------------------------------------------------------------------

def _eager_callable(fn) -> tuple[object, str, dict]:
    """The Python function to run eagerly, its name, and the `tf.function` options to keep."""
    options: dict = {}
    python_fn = fn
    if is_tf_function(fn):
        python_fn = fn.python_function
        if getattr(fn, "input_signature", None) is not None:
            options["input_signature"] = fn.input_signature
        if getattr(fn, "_reduce_retracing", False):
            options["reduce_retracing"] = True
    target = inspect.unwrap(python_fn) if callable(python_fn) else python_fn
    name = getattr(target, "__qualname__", None) or getattr(target, "__name__", None) or type(fn).__name__
    return python_fn, name, options


def _roots(fn, python_fn, args: tuple, kwargs: dict, state, namespace: dict | None) -> list[tuple[str, object]]:
    roots: list[tuple[str, object]] = [(f"argument {index}", value) for index, value in enumerate(args)]
    roots += [(f"argument {key}", value) for key, value in kwargs.items()]
    functions = [python_fn]
    seen = set()
    while functions:  # through bound methods, functools.wraps chains and tf.function wrappers
        current = functions.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if inspect.ismethod(current):
            roots.append(("self", current.__self__))
            functions.append(current.__func__)
            continue
        roots += function_roots(current, namespace)
        functions.append(getattr(current, "__wrapped__", None))
        if not inspect.isfunction(current) and not inspect.ismethod(current):
            roots.append(("callable", current))  # a Keras model or any object with __call__
    if fn is not python_fn:
        roots.append(("function", fn))
    if state is not None:
        items = state if isinstance(state, (list, tuple)) else [state]
        roots += [(f"state {index}", value) for index, value in enumerate(items)]
    return roots


_USER_FRAME = re.compile(r'File "[^"]*", line (\d+), in (\S+)')


def _describe_error(error: BaseException) -> str:
    """One line: the type and message; for AutoGraph's "in user code:" errors, the message it
    wraps and the user's line that raised."""
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    name = type(error).__name__
    if lines and lines[0] == "in user code:" and len(lines) > 1:
        text = lines[-1][len(name) + 2:] if lines[-1].startswith(name + ": ") else lines[-1]
        frames = [(index, match) for index, line in enumerate(lines) if (match := _USER_FRAME.search(line))]
        if frames:
            index, match = frames[-1]
            code = lines[index + 1] if index + 1 < len(lines) - 1 else ""
            text += f" (line {match.group(1)} in {match.group(2)}" + (f": `{code}`)" if code else ")")
    else:
        text = lines[0] if lines else ""
    if len(text) > 300:
        text = text[:299] + "…"
    return f"{name}: {text}" if text else name


def measure(call: Callable[[], object], estimate: float, budget: float,
            on_sample: Callable[[float], None] | None = None) -> Timing:
    """Time `call` like `%timeit`: samples of `number` calls each (so that a sample lasts at least
    MIN_SAMPLE_SECONDS given the per-call `estimate`), as many samples as fit in `budget` seconds,
    at least MIN_SAMPLES and at most MAX_SAMPLES; garbage collection off while timing."""
    number = max(1, math.ceil(MIN_SAMPLE_SECONDS / max(estimate, 1e-7)))
    samples: list[float] = []
    enabled = gc.isenabled()
    gc.disable()
    started = time.perf_counter()
    try:
        while len(samples) < MAX_SAMPLES:
            start = time.perf_counter()
            for _ in range(number):
                call()
            end = time.perf_counter()
            samples.append((end - start) / number)
            elapsed = end - started
            if on_sample is not None:
                on_sample(min(elapsed / budget, 1.0) if budget > 0 else 1.0)
            if len(samples) >= MIN_SAMPLES and elapsed + (end - start) > budget:
                break  # the next sample would overrun the budget
    finally:
        if enabled:
            gc.enable()
    quartiles = statistics.quantiles(samples, n=4, method="inclusive")
    fastest = min(samples)
    return Timing(
        median_ms=statistics.median(samples) * 1e3, spread_ms=(quartiles[2] - quartiles[0]) * 1e3,
        best_ms=fastest * 1e3, mean_ms=statistics.fmean(samples) * 1e3, calls=number * len(samples),
        samples=len(samples), number=number, slowest_ratio=max(samples) / fastest if fastest > 0 else math.inf)


class _Clock:
    """Elapsed time, and progress reports: each phase owns a slice of the bar (the first calls the
    first third, the timed arms most of the rest), filled as the phase goes; reports are
    throttled to one per 50 ms within a phase."""

    #: Where each phase starts on the bar; the timed arms share TIMING_SLICE.
    STARTS: ClassVar[dict[str, float]] = {"snapshot": 0.0, "eager: warm-up": 0.02, "graph: tracing": 0.1, "XLA: compiling": 0.2,
              "restoring": 0.97}
    TIMING_SLICE = (0.3, 0.95)

    def __init__(self, progress) -> None:
        self.start = time.perf_counter()
        self.progress = progress
        self.last = -1.0
        self.phase, self.low, self.high = "", 0.0, 0.0
        self.fraction = 0.0

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def enter(self, phase: str, low: float | None = None, high: float | None = None) -> None:
        self.phase = phase
        self.low = self.STARTS.get(phase, 0.0) if low is None else low
        self.high = self.low if high is None else high
        self.report(0.0, force=True)

    def enter_arm(self, arm: str, index: int, count: int) -> None:
        low, high = self.TIMING_SLICE
        step = (high - low) / max(count, 1)
        self.enter(f"{arm}: timing", low + index * step, low + (index + 1) * step)

    def report(self, within: float = 0.0, force: bool = False) -> None:
        if self.progress is None:
            return
        now = time.perf_counter()
        if force or now - self.last >= 0.05:
            self.last = now
            self.fraction = max(self.fraction, min(self.low + (self.high - self.low) * within, 0.99))
            self.progress(self.fraction, self.phase)

    def done(self) -> None:
        if self.progress is not None:
            self.progress(1.0, "done")


def _run_first_calls(callable_, args, kwargs, outcome: Outcome) -> tuple[float, float]:
    """EQUIVALENCE_CALLS calls, results kept; returns (first call seconds, last call seconds)."""
    times = []
    for _ in range(EQUIVALENCE_CALLS):
        start = time.perf_counter()
        value = callable_(*args, **kwargs)
        times.append(time.perf_counter() - start)
        outcome.add_call(value)
    return times[0], times[-1]


def benchmark(fn, args=(), kwargs=None, *, budget: float = 2.0, jit: bool = True, state=None,
              progress: Callable[[float, str], None] | None = None, namespace: dict | None = None) -> BenchmarkResult:
    """Time `fn(*args, **kwargs)` eagerly, as a fresh `tf.function` and (with `jit`) under XLA,
    from the same saved state, check that the arms agree, and put the state back.

    `fn` is the user's function or a `tf.function` (its `python_function` runs eagerly). `state`
    are extra objects holding variables the function touches (`self`, globals it reaches
    indirectly); `namespace` is where the globals its code reads are looked up first. Exceptions
    raised by the eager function propagate (after the state is restored); a graph version that
    fails is reported in `graph_error`, an XLA one in `xla_error`.
    """
    import tensorflow as tf

    args = tuple(args)
    kwargs = dict(kwargs or {})
    python_fn, name, options = _eager_callable(fn)
    _check_callable(python_fn, name, args, kwargs)
    clock = _Clock(progress)
    clock.enter("snapshot")
    snapshot = take_snapshot(_roots(fn, python_fn, args, kwargs, state, namespace))
    result = BenchmarkResult(name=name, budget=budget)
    try:
        _benchmark(tf, python_fn, args, kwargs, options, jit, snapshot, result, clock)
    finally:
        clock.enter("restoring")
        try:
            unknown = snapshot.adopt_new_variables()
            if unknown:
                result.warnings.append("created during the run and left as they are (their initial value "
                                       "is unknown): " + ", ".join(unknown))
        finally:
            snapshot.restore()
            snapshot.forget_created_global_generator()
        result.variables = len(snapshot.tracked)
        result.new_variables = [item.label for item in snapshot.tracked.values() if item.created]
        result.warnings.extend(snapshot.warnings)
    clock.done()
    return result


def _benchmark(tf, python_fn, args, kwargs, options, jit, snapshot: Snapshot, result: BenchmarkResult,
               clock: _Clock) -> None:
    # 1. eager: warm-up and the reference results (variables created now are tracked from now on)
    clock.enter("eager: warm-up")
    snapshot.restore()
    eager = Outcome()
    with snapshot.watch_creations():
        _, eager_estimate = _run_first_calls(python_fn, args, kwargs, eager)
    snapshot.adopt_new_variables()
    eager.variables = snapshot.current_values()

    # 2. graph: the first call alone is tracing plus one run
    clock.enter("graph: tracing")
    graph_fn = tf.function(python_fn, **options)
    snapshot.restore()
    graph = Outcome()
    graph_estimate = math.nan
    try:
        first, graph_estimate = _run_first_calls(graph_fn, args, kwargs, graph)
        result.tracing_ms = first * 1e3
        graph.variables = snapshot.current_values()
    except Exception as error:  # the graph version failing is a result, not an error
        result.graph_error = _describe_error(error)
    if result.graph_error is None:
        comparison = compare(eager, graph)
        result.equivalent = comparison.equivalent
        result.tolerance = comparison.tolerance
        result.max_abs_diff, result.max_rel_diff = comparison.max_abs_diff, comparison.max_rel_diff
        result.where, result.what, result.detail = comparison.where, comparison.what, comparison.detail
    else:
        result.equivalent = False
        result.where, result.what = "graph call", "whether it runs"
        result.detail = f"the graph call raised {result.graph_error}"

    # 3. XLA: the same, compiled
    xla_fn, xla_estimate = None, math.nan
    if jit and result.graph_error is None:
        clock.enter("XLA: compiling")
        xla_fn = tf.function(python_fn, **{**options, "jit_compile": True})
        snapshot.restore()
        xla = Outcome()
        try:
            first, xla_estimate = _run_first_calls(xla_fn, args, kwargs, xla)
            result.xla_tracing_ms = first * 1e3
            xla.variables = snapshot.current_values()
            comparison = compare(eager, xla)
            result.xla_equivalent = comparison.equivalent
            result.xla_max_abs_diff = comparison.max_abs_diff
            result.xla_where = comparison.where
        except Exception as error:  # XLA refusing to compile is a result, not an error
            result.xla_error = _describe_error(error)
            xla_fn = None
    elif jit:
        result.xla_error = "not tried: the graph version failed"

    # 4. timing: what is left of the budget, split between the arms
    arms = [("eager", python_fn, eager_estimate)]
    if result.graph_error is None:
        arms.append(("graph", graph_fn, graph_estimate))
    if xla_fn is not None:
        arms.append(("XLA", xla_fn, xla_estimate))
    # tracing and XLA compilation may eat the budget: timing keeps at least TIMING_SHARE of it
    share = max(result.budget - clock.elapsed(), TIMING_SHARE * result.budget) / len(arms)
    timings: dict[str, Timing] = {}
    for index, (arm, callable_, estimate) in enumerate(arms):
        clock.enter_arm(arm, index, len(arms))
        snapshot.restore()
        try:
            timings[arm] = measure(functools.partial(callable_, *args, **kwargs), estimate, share, clock.report)
        except Exception as error:
            if arm != "XLA":
                raise
            result.xla_error = _describe_error(error)
    _fill_timings(result, timings)
    if result.graph_error is None:
        try:
            result.tracing_count = int(graph_fn.experimental_get_tracing_count())
        except Exception:
            result.tracing_count = None


def _fill_timings(result: BenchmarkResult, timings: dict[str, Timing]) -> None:
    eager = timings["eager"]
    result.eager_ms, result.eager_spread_ms = eager.median_ms, eager.spread_ms
    result.eager_calls, result.eager_best_ms = eager.calls, eager.best_ms
    graph = timings.get("graph")
    if graph is not None:
        result.graph_ms, result.graph_spread_ms = graph.median_ms, graph.spread_ms
        result.graph_calls, result.graph_best_ms = graph.calls, graph.best_ms
        result.speedup = result.eager_ms / result.graph_ms if result.graph_ms > 0 else math.inf
        if result.graph_ms < result.eager_ms:
            result.break_even_calls = math.ceil(result.tracing_ms / (result.eager_ms - result.graph_ms))
    xla = timings.get("XLA")
    if xla is not None and result.xla_error is None:
        result.xla_ms, result.xla_spread_ms, result.xla_calls = xla.median_ms, xla.spread_ms, xla.calls
        result.recommend_xla = bool(result.equivalent and result.xla_equivalent and graph is not None
                                    and xla.median_ms * XLA_ADVANTAGE <= graph.median_ms
                                    and xla.median_ms * XLA_ADVANTAGE <= eager.median_ms)
    for arm, timing in timings.items():
        if timing.slowest_ratio > SPREAD_WARNING:
            result.warnings.append(
                f"{arm}: the slowest sample took {timing.slowest_ratio:.1f} times the fastest; "
                f"something else may have been running (best {format_duration(timing.best_ms)})")


# --- retracing ----------------------------------------------------------------------------------

def _split_call(item) -> tuple[tuple, dict]:
    """An argument set: a tuple of positional arguments, or a pair (args tuple, kwargs dict)."""
    if (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], tuple)
            and isinstance(item[1], dict)):
        return item[0], item[1]
    if isinstance(item, dict):
        return (), item
    return (tuple(item) if isinstance(item, (tuple, list)) else (item,)), {}


def count_traces(fn, arg_sets, *, state=None, namespace: dict | None = None) -> int:
    """How many times a fresh `tf.function` of `fn` traces when called with each argument set in
    turn (a Python `int` that changes retraces every time). State is restored afterwards."""
    import tensorflow as tf

    calls = [_split_call(item) for item in arg_sets]
    python_fn, _, options = _eager_callable(fn)
    roots = []
    for args, kwargs in calls or [((), {})]:
        roots += _roots(fn, python_fn, args, kwargs, state, namespace)
    snapshot = take_snapshot(roots)
    graph_fn = tf.function(python_fn, **options)
    try:
        for args, kwargs in calls:
            snapshot.restore()
            graph_fn(*args, **kwargs)
        return int(graph_fn.experimental_get_tracing_count())
    finally:
        snapshot.restore()
        snapshot.forget_created_global_generator()


# --- the kernel's entry point (`%hybridize bench`, the table's button, the comm) -------------------

def run_benchmark(shell, session, qualname: str, *, args_expr: str | None = None, budget: float = 2.0,
                  force: bool = False, progress: Callable[[float, str], None] | None = None,
                  call: tuple[tuple, dict] | None = None) -> dict:
    """Benchmark the live function `qualname` of the user namespace (`f` or `Class.method`) with
    the arguments `call` (an `(args, kwargs)` pair: the Python API), of `args_expr` (evaluated in
    the namespace; a tuple is the positional arguments) or of the last observed call, and return
    `to_dict()`. Refuses (UsageError) functions with Python side effects unless `force`, and
    functions it has no arguments for. Progress goes to `progress`, else to `make_progress()`."""
    from IPython.core.error import UsageError

    from .observe import unwrap_observed

    try:
        import tensorflow  # noqa: F401
    except ImportError:
        raise UsageError("TensorFlow cannot be imported in this kernel: nothing to benchmark") from None
    namespace = shell.user_ns
    function = _resolve_live(namespace, qualname, unwrap_observed)
    if function is None:
        raise UsageError(f"`{qualname}` is not a function of the namespace")
    entry = _report_entry(shell, session, qualname)
    if entry is not None:
        try:
            refuse_unless_forced(entry, force)
        except BenchmarkRefused as error:
            raise UsageError(str(error)) from None
    if call is not None:
        args, kwargs = tuple(call[0]), dict(call[1] or {})
    elif args_expr:
        try:
            value = eval(args_expr, namespace)  # the user's own expression, in their own kernel
        except Exception as error:
            raise UsageError(f"--args {args_expr}: {_describe_error(error)}") from None
        args, kwargs = _split_call(value if isinstance(value, tuple) else (value,))
    else:
        observer = getattr(session, "observer", None)
        recent = observer.get_recent_arguments(qualname) if observer is not None else []
        if not recent:
            raise UsageError(f"no call of `{qualname}` was observed yet: run it once with "
                             f"`%hybridize observe on`, or pass the arguments with --args \"(x, y)\"")
        args, kwargs = recent[-1]
    if progress is None:
        progress = make_progress(len(PHASES))
    # the observation wrappers of the functions it calls would count hundreds of benchmark calls
    observer = getattr(session, "observer", None)
    paused = observer is not None and getattr(observer, "active", False)
    if paused:
        observer.stop()
    try:
        result = benchmark(function, args, kwargs, budget=budget, progress=progress, namespace=namespace)
    except BenchmarkRefused as error:
        raise UsageError(str(error)) from None
    finally:
        if paused:
            observer.start()
    line = entry.get("line") if entry else None
    data = result.to_dict()
    data["findings"] = result.findings(line)
    return data


def _resolve_live(namespace: dict, qualname: str, unwrap):
    parts = qualname.split(".")
    value = namespace.get(parts[0])
    for part in parts[1:]:
        if value is None:
            return None
        value = inspect.getattr_static(value, part, None) if isinstance(value, type) else getattr(value, part, None)
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
    value = unwrap(value) if value is not None else None
    return value if callable(value) else None


def _report_entry(shell, session, qualname: str) -> dict | None:
    report = getattr(session, "report", None)
    if report is None:  # the advisor analyses before calling; on its own, analyse now
        from .analyse import analyse_session

        _, report = analyse_session(shell)
    entries = [entry for entry in report.get("functions", ()) if entry.get("qualname") == qualname]
    return entries[-1] if entries else None
