"""How a benchmark shows itself: a progress bar while it runs, a small bar chart when done.

The progress bar is an ipywidgets `FloatProgress` with a label where widgets can render (an
IPython kernel with ipywidgets), otherwise one text line rewritten in place on stdout; inside
`progress_to(callback)` (the comm, `bench --all`) it is the callback instead. The chart is an
inline SVG (no dependency); `bar_chart_png` draws the same with matplotlib when it is installed
(it is not a dependency) and returns None otherwise. `chart_bundle` is what goes under the cell,
and `results_table` is `%hybridize bench --all`'s summary.
"""
from __future__ import annotations

import base64
import math
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from html import escape
from types import SimpleNamespace

#: Colours of the arms: eager, graph, XLA.
COLOURS = {"eager": "#8c8c8c", "graph": "#1f77b4", "XLA": "#2ca02c"}


def format_duration(ms: float | None) -> str:
    """`0.0123` -> "12.3 µs", `1.94` -> "1.94 ms", `2300` -> "2.3 s"; None or NaN -> "n/a"."""
    if ms is None or not math.isfinite(ms):
        return "n/a"
    if ms >= 1000:
        return f"{ms / 1000:.3g} s"
    if ms >= 1:
        return f"{ms:.3g} ms"
    if ms >= 1e-3:
        return f"{ms * 1000:.3g} µs"
    return f"{ms * 1e6:.3g} ns"


# --- progress ------------------------------------------------------------------------------------

def widgets_can_render() -> bool:
    """True in a Jupyter kernel with ipywidgets importable (not in terminal IPython or scripts)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or getattr(shell, "kernel", None) is None:
        return False
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    return True


_SINK: ContextVar[Callable[[float, str], None] | None] = ContextVar("hybridize_progress_sink", default=None)


@contextmanager
def progress_to(callback: Callable[[float, str], None]) -> Iterator[None]:
    """Within the block, `make_progress` returns `callback`: a benchmark started from the comm
    reports to the JupyterLab panel, one started by `bench --all` to the overall bar."""
    token = _SINK.set(callback)
    try:
        yield
    finally:
        _SINK.reset(token)


def make_progress(total_phases: int = 1) -> Callable[[float, str], None]:
    """A `progress(fraction, phase)` callback for `benchmark`: the one `progress_to` set, else a
    widget bar with a label in a kernel, else a compact text line on stdout. `total_phases` is
    how many phases the label counts ("2/5 graph: tracing")."""
    sink = _SINK.get()
    if sink is not None:
        return sink
    if widgets_can_render():
        return _WidgetProgress(total_phases)
    return _TextProgress(total_phases)


class _Progress:
    def __init__(self, total_phases: int) -> None:
        self.total = max(1, int(total_phases))
        self.phases: list[str] = []
        self.finished = False

    def _label(self, fraction: float, phase: str) -> str:
        if phase not in self.phases:
            self.phases.append(phase)
        step = min(len(self.phases), self.total)
        return f"{step}/{self.total} {phase} ({fraction:.0%})"

    def __call__(self, fraction: float, phase: str) -> None:
        if self.finished:
            return
        fraction = min(max(float(fraction), 0.0), 1.0)
        self.show(fraction, phase)
        if fraction >= 1.0:
            self.finished = True

    def show(self, fraction: float, phase: str) -> None:
        raise NotImplementedError


class _TextProgress(_Progress):
    width = 24

    def show(self, fraction: float, phase: str) -> None:
        filled = round(fraction * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        end = "\n" if fraction >= 1.0 else ""
        print(f"\rbenchmark [{bar}] {self._label(fraction, phase):<40}", end=end, flush=True)


class _WidgetProgress(_Progress):
    def __init__(self, total_phases: int) -> None:
        super().__init__(total_phases)
        self.box = None

    def show(self, fraction: float, phase: str) -> None:
        import ipywidgets
        from IPython.display import display

        if self.box is None:
            self.bar = ipywidgets.FloatProgress(value=0.0, min=0.0, max=1.0, description="benchmark")
            self.label = ipywidgets.Label()
            self.box = ipywidgets.HBox([self.bar, self.label])
            display(self.box)
        self.bar.value = fraction
        self.label.value = self._label(fraction, phase)
        if fraction >= 1.0:
            self.bar.bar_style = "success"


# --- charts --------------------------------------------------------------------------------------

def _fields(result):
    """A BenchmarkResult, or its `to_dict()` (what the kernel keeps), read by attribute."""
    if not isinstance(result, dict):
        return result
    values = {"name": "?", "eager_ms": None, "graph_ms": None, "xla_ms": None, "xla_error": None,
              "graph_error": None, "speedup": None, **result}
    return SimpleNamespace(**{key: (math.nan if value is None and key in ("eager_ms", "graph_ms", "speedup")
                                    else value) for key, value in values.items()})


def _bars(result) -> list[tuple[str, float | None, str]]:
    """(arm, ms per call or None, note) for the chart."""
    bars = [("eager", result.eager_ms, ""), ("graph", result.graph_ms, "")]
    if getattr(result, "graph_error", None):
        bars[1] = ("graph", None, "failed: " + result.graph_error)
    if result.xla_ms is not None or result.xla_error:
        bars.append(("XLA", result.xla_ms, "failed: " + result.xla_error if result.xla_error else ""))
    return [(arm, ms if ms is not None and math.isfinite(ms) else None, note) for arm, ms, note in bars]


def bar_chart_svg(result) -> str:
    """An inline SVG bar chart of the time per call of each arm, labelled; every text escaped.
    `result` is a BenchmarkResult or its `to_dict()`."""
    result = _fields(result)
    bars = _bars(result)
    width, left, right, row, top = 460, 56, 96, 26, 30
    height = top + row * len(bars) + 8
    longest = max((ms for _, ms, _ in bars if ms is not None), default=1.0) or 1.0
    speedup = result.speedup if result.speedup is not None and math.isfinite(result.speedup) else None
    title = f"{result.name}: time per call" + (f" (graph {speedup:.2f}x)" if speedup else "")
    parts = [
        (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
         f'viewBox="0 0 {width} {height}" role="img" font-family="sans-serif" font-size="12">'),
        f"<title>{escape(title)}</title>",
        f'<text x="4" y="16" font-weight="bold">{escape(title)}</text>',
    ]
    span = width - left - right
    for index, (arm, ms, note) in enumerate(bars):
        y = top + index * row
        parts.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{escape(arm)}</text>')
        if ms is None:
            parts.append(f'<text x="{left}" y="{y + 14}" fill="#b00">{escape(_shorten(note or "n/a"))}</text>')
            continue
        length = max(1.0, span * ms / longest)
        parts.append(f'<rect x="{left}" y="{y + 3}" width="{length:.1f}" height="{row - 8}" '
                     f'fill="{COLOURS.get(arm, "#555")}"><title>{escape(f"{arm}: {format_duration(ms)} per call")}'
                     f"</title></rect>")
        parts.append(f'<text x="{left + length + 4:.1f}" y="{y + 14}">{escape(format_duration(ms))}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bar_chart_png(result) -> bytes | None:
    """The same chart as PNG bytes with matplotlib (without touching pyplot's global state), or
    None when matplotlib is not installed."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        return None
    import io

    result = _fields(result)
    bars = [(arm, ms) for arm, ms, _ in _bars(result) if ms is not None]
    figure = Figure(figsize=(4.6, 0.5 + 0.4 * max(1, len(bars))), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.barh([arm for arm, _ in bars], [ms for _, ms in bars], color=[COLOURS.get(arm, "#555") for arm, _ in bars])
    axes.invert_yaxis()
    axes.set_xlabel("ms per call")
    axes.set_title(f"{result.name}: time per call", fontsize=10)
    for index, (_, ms) in enumerate(bars):
        axes.text(ms, index, " " + format_duration(ms), va="center", fontsize=8)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def chart_bundle(result) -> dict:
    """The chart as a display bundle: PNG with matplotlib, else the inline SVG, and a one-line
    `text/plain` for frontends that show no images. `result` is a BenchmarkResult or its dict."""
    fields = _fields(result)
    times = ", ".join(f"{arm} {format_duration(ms)}" for arm, ms, _ in _bars(fields) if ms is not None)
    bundle = {"text/plain": f"[chart] {fields.name}: {times or 'no timings'} per call"}
    png = bar_chart_png(result)
    if png is not None:
        bundle["image/png"] = base64.b64encode(png).decode("ascii")
    else:
        bundle["image/svg+xml"] = bar_chart_svg(result)
    return bundle


# --- `bench --all` -------------------------------------------------------------------------------

#: The summary's columns: (header, row key).
RESULT_COLUMNS = (("function", "function"), ("eager ms", "eager_ms"), ("graph ms", "graph_ms"),
                  ("XLA ms", "xla_ms"), ("speedup", "speedup"), ("equivalent", "equivalent"),
                  ("verdict", "verdict"))


def _cell_text(key: str, value) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "-"
    if key == "speedup":
        return f"{value:.2f}x"
    if key.endswith("_ms"):
        return f"{value:.3g}"
    if key == "equivalent":
        return "yes" if value else "NO"
    return str(value)


def results_table(rows: list[dict], skipped: list[tuple[str, str]] = (),
                  empty: str = "no function was benchmarked") -> dict:
    """`bench --all`'s summary as a `text/plain` + `text/html` bundle: one row per benchmarked
    function (keys of RESULT_COLUMNS, in the order given), then the functions skipped and why;
    `empty` when there are no rows."""
    cells = [[_cell_text(key, row.get(key)) for _, key in RESULT_COLUMNS] for row in rows]
    headers = [header for header, _ in RESULT_COLUMNS]
    numeric = {index for index, (_, key) in enumerate(RESULT_COLUMNS) if key.endswith("_ms") or key == "speedup"}
    widths = [max(len(line[index]) for line in [headers, *cells]) for index in range(len(headers))]

    def line(values: list[str]) -> str:
        return "  ".join(value.rjust(widths[index]) if index in numeric else value.ljust(widths[index])
                         for index, value in enumerate(values)).rstrip()

    text = [line(headers), line(["-" * width for width in widths]), *(line(values) for values in cells)] if rows else \
        [empty]
    text.extend(f"skipped {name}: {reason}" for name, reason in skipped)

    style = "text-align:{};padding:0.15em 0.6em;border-bottom:1px solid rgba(128,128,128,0.3)"
    head = "".join(f'<th style="{style.format("right" if index in numeric else "left")}">{escape(header)}</th>'
                   for index, header in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f'<td style="{style.format("right" if index in numeric else "left")}">{escape(value)}</td>'
                         for index, value in enumerate(values)) + "</tr>"
        for values in cells)
    html = (f'<div class="hybridize-bench-all"><table style="border-collapse:collapse"><thead><tr>{head}</tr>'
            f"</thead><tbody>{body}</tbody></table>" if rows else
            f'<div class="hybridize-bench-all"><div>{escape(empty)}</div>')
    html += "".join(f'<div style="opacity:0.8">skipped <code>{escape(name)}</code>: {escape(reason)}</div>'
                    for name, reason in skipped) + "</div>"
    return {"text/plain": "\n".join(text), "text/html": html}
