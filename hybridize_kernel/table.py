"""The kernel's view of a `hybridize-report/1` object (SPEC 5): a widget table, HTML, text and a DataFrame.

Every view shows the same columns (function, cell, current state, recommendation, reasons,
assumptions, measured speedup) in the order `sort_entries` gives. Nothing here decides: the
recommendation wording comes from `hybridize_analysis.report.describe_recommendation`.

The report carries user code and messages, so every string taken from it goes through
`html.escape` before it reaches HTML, including the HTML that ipywidgets renders.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Callable

from hybridize_analysis.report import describe_recommendation, summarize
from hybridize_analysis.results import PROPERTY_NAMES
from hybridize_analysis.wording import SECTION_TITLES, code_spans, wording_of

__all__ = ["ReportTable", "TableActions", "display_report", "report_dataframe", "report_html",
           "report_text", "sort_entries"]

COLUMNS = ("function", "cell", "state", "recommendation", "reasons", "assumptions", "speedup")

#: Badge background per recommendation (describe_recommendation's wording).
BADGE_COLOURS = {
    "add @tf.function": "#2e7d32",
    "remove @tf.function": "#1565c0",
    "reconfigure @tf.function": "#6a1b9a",
    "keep eager": "#757575",
    "keep hybrid": "#757575",
}
SEVERITY_COLOURS = {"error": "#c62828", "warning": "#b26a00", "info": "#616161"}
#: A reason not to decorate is not an error in the user's code: it reads in the text colour.
SECTION_COLOURS = {"why": "inherit", "watch_out": "#b26a00", "notes": "#616161", "observed": "#616161",
                   "assumed": "#616161"}
ERROR_COLOUR = SEVERITY_COLOURS["error"]
ERROR_MARKER = "\u25cf"  # a small filled circle, red in HTML
TEXT_ERROR_MARKER = "!"


@dataclass
class TableActions:
    """What the table's buttons do; a button whose action is None is disabled."""

    apply: Callable[[str], object] | None = None  # qualname -> applies; may return a message
    benchmark: Callable[[str], object] | None = None  # qualname -> the updated report entry or a dict
    explain: Callable[[str], str] | None = None  # qualname -> long text


# --- row facts shared by every view -------------------------------------------------------------

def is_actionable(entry: dict) -> bool:
    """A transformation is recommended, so Apply has something to do."""
    return bool(entry.get("transformations"))


def has_errors(entry: dict) -> bool:
    return any(finding.get("severity") == "error" for finding in entry.get("findings", ()))


def sort_entries(functions: list[dict]) -> list[dict]:
    """Actionable rows first, then candidates with error findings, then the rest.

    Within a group, rows keep the order of their units (first appearance in `functions`) and
    then go by line; the sort is stable, so equal keys keep the report's order.
    """
    unit_order: dict[object, int] = {}
    for entry in functions:
        unit_order.setdefault(entry.get("unit"), len(unit_order))

    def key(entry: dict) -> tuple:
        if is_actionable(entry):
            group = 0
        elif entry.get("candidate") and has_errors(entry):
            group = 1
        else:
            group = 2
        return group, unit_order[entry.get("unit")], entry.get("line") or 0

    return sorted(functions, key=key)


def get_cell_label(entry: dict) -> str:
    """`[5]` for an executed kernel cell, the cell id for a notebook cell, the path for a file."""
    if entry.get("execution_count") is not None:
        return f"[{entry['execution_count']}]"
    if entry.get("cell_id"):
        return str(entry["cell_id"])
    unit = str(entry.get("unit") or entry.get("path") or "?")
    return unit[len("cell:"):] if unit.startswith("cell:") else unit


def get_location(entry: dict) -> str:
    return f"{get_cell_label(entry)}:{entry.get('line', '?')}"


def get_state(entry: dict) -> str:
    return "hybrid" if entry.get("is_hybrid") else "eager"


def format_speedup(speedup: float | None) -> str:
    if speedup is None:
        return ""
    if speedup >= 10:
        return f"{speedup:.0f}\u00d7"
    if speedup >= 1:
        return f"{speedup:.1f}\u00d7"
    return f"{speedup:.2f}\u00d7"


def format_ms(ms: float | None) -> str:
    if ms is None:
        return "-"
    if ms >= 100:
        return f"{ms:.0f} ms"
    if ms >= 10:
        return f"{ms:.1f} ms"
    if ms >= 1:
        return f"{ms:.2f} ms"
    return f"{ms:.3f} ms"


def describe_benchmark(benchmark: dict | None) -> str:
    """A benchmark result in one line: the tooltip of the speedup cell and the message after a run."""
    if not benchmark:
        return ""
    if benchmark.get("speedup") is None:
        return str(benchmark.get("error") or benchmark.get("message") or "no measurement")
    parts = [f"speedup {format_speedup(benchmark['speedup'])}",
             f"eager {format_ms(benchmark.get('eager_ms'))}", f"graph {format_ms(benchmark.get('graph_ms'))}"]
    if benchmark.get("xla_ms") is not None:
        parts.append(f"XLA {format_ms(benchmark['xla_ms'])}")
    if benchmark.get("tracing_ms") is not None:
        parts.append(f"tracing {format_ms(benchmark['tracing_ms'])}")
    if benchmark.get("break_even_calls") is not None:
        parts.append(f"break-even after {benchmark['break_even_calls']} calls")
    if benchmark.get("equivalent") is False:
        parts.append(f"RESULTS DIFFER (max abs diff {benchmark.get('max_abs_diff', '?')})")
    elif benchmark.get("equivalent") is True:
        parts.append("results equivalent")
    return ", ".join(parts)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(report: dict) -> str:
    functions = report.get("functions", [])
    summary = report.get("summary") or summarize(functions)
    line = (f"{_plural(summary['functions'], 'function')}, {_plural(summary['candidates'], 'candidate')}, "
            f"{summary['refactorable']} refactorable")
    counts: dict[str, int] = {}
    for entry in functions:
        if is_actionable(entry):
            recommendation = describe_recommendation(entry)
            counts[recommendation] = counts.get(recommendation, 0) + 1
    if counts:
        line += "; recommended: " + ", ".join(f"{count} \u00d7 {what}" for what, count in counts.items())
    errors = sum(1 for entry in functions if has_errors(entry))
    if errors:
        line += f"; {errors} with errors"
    if summary.get("traced_inside"):
        line += f"; plan: {summary['plan']}"  # the boundary plan, as the engine words it
    return line


def iter_unit_messages(report: dict):
    """One line per parse error or skipped unit, naming the unit and line."""
    for unit in report.get("units", []):
        where = f"{unit.get('path', '?')}:{unit['id'] + ':' if unit.get('kind') == 'cell' else ''}"
        for error in unit.get("parse_errors", []):
            yield f"{where}{error.get('line', '?')}: {error.get('message', '')}"
        if unit.get("skipped"):
            yield f"{where} {unit['skipped']}"


# --- HTML fragments (one per column), shared by report_html and the widgets -----------------------

def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _function_html(entry: dict) -> str:
    title = f"{entry.get('unit', '')}, lines {entry.get('line', '?')}\u2013{entry.get('end_line', '?')}"
    marker = ""
    if has_errors(entry):
        codes = ", ".join(dict.fromkeys(f["code"] for f in entry["findings"] if f.get("severity") == "error"))
        marker = (f'<span style="color:{ERROR_COLOUR}" title="{_e("errors: " + codes)}" '
                  f'class="hybridize-error">{ERROR_MARKER}</span> ')
    return f'{marker}<code title="{_e(title)}">{_e(entry.get("qualname", "?"))}</code>'


def _cell_html(entry: dict) -> str:
    title = f"{entry.get('path', '')} {entry.get('unit', '')}".strip()
    return f'<span title="{_e(title)}">{_e(get_location(entry))}</span>'


def _state_html(entry: dict) -> str:
    if entry.get("is_hybrid") and entry.get("decorator"):
        return f'hybrid <code>@{_e(entry["decorator"])}</code>'
    return _e(get_state(entry))


def _badge_html(entry: dict) -> str:
    recommendation = describe_recommendation(entry)
    colour = BADGE_COLOURS.get(recommendation, BADGE_COLOURS["keep eager"])
    details = [f"{name}: {entry[name]}" for name in ("refactoring", "passing_precondition") if entry.get(name)]
    title = "; ".join(details) or recommendation
    return (f'<span class="hybridize-badge" title="{_e(title)}" style="background:{colour};color:#fff;'
            f'border-radius:0.8em;padding:0.1em 0.6em;white-space:nowrap;font-size:0.9em">'
            f'{_e(recommendation)}</span>')


def spans_html(text: str) -> str:
    """Text with its `code` spans as <code>, everything escaped."""
    return "".join(f"<code>{_e(part)}</code>" if is_code else _e(part) for part, is_code in code_spans(text))


def _item_html(section: str, item: dict) -> str:
    colour = SECTION_COLOURS.get(section, SEVERITY_COLOURS["info"])
    body = []
    if item.get("explanation"):
        body.append(f'<div><b>Explanation:</b> {spans_html(item["explanation"])}</div>')
    if item.get("hint"):
        body.append(f'<div><b>Hint:</b> {spans_html(item["hint"])}</div>')
    where = f'line {_e(item["line"])} · ' if item.get("line") is not None else ""
    body.append(f'<div style="opacity:0.7">{where}<code>{_e(item.get("code", "?"))}</code></div>')
    return (f'<details><summary style="cursor:pointer;color:{colour}">{spans_html(item.get("text", ""))}</summary>'
            f'<div style="margin:0.2em 0 0.4em 1em;max-width:40em">{"".join(body)}</div></details>')


def _sections_html(entry: dict, sections: tuple[str, ...]) -> str:
    wording = wording_of(entry)
    parts = []
    for section in sections:
        items = wording.get(section) or []
        if items:
            parts.append(f'<div style="{_SMALL}"><b>{_e(SECTION_TITLES[section])}</b></div>')
            parts.extend(_item_html(section, item) for item in items)
    return "".join(parts)


def _reasons_html(entry: dict) -> str:
    """The reason line, then the findings under "Why", "Watch out" and "Notes", then the fixes."""
    wording = wording_of(entry)
    parts = [f'<div class="hybridize-reason">{spans_html(wording["reason"])}</div>',
             _sections_html(entry, ("why", "watch_out", "notes"))]
    if wording.get("verification"):
        parts.append(f'<div class="hybridize-verification">Apply: {_e(wording["verification"])}</div>')
    for fix in entry.get("fixes", []):
        parts.append(f'<div title="{_e(fix.get("safety", ""))}">Fix: {spans_html(fix.get("title", ""))} '
                     f'<span style="opacity:0.7">(line {_e(fix.get("line", "?"))})</span></div>')
    return "".join(parts)


def _assumptions_html(entry: dict) -> str:
    return _sections_html(entry, ("observed", "assumed")) or "-"


_SMALL = "font-size:0.85em;opacity:0.8"


def _speedup_html(entry: dict) -> str:
    benchmark = entry.get("benchmark")
    if not benchmark:
        return "-"
    if benchmark.get("speedup") is None:
        return f'<span style="opacity:0.7">{_e(describe_benchmark(benchmark))}</span>'
    parts = [f'<b title="{_e(describe_benchmark(benchmark))}">{_e(format_speedup(benchmark["speedup"]))}</b>',
             f'<div style="{_SMALL};white-space:nowrap">eager {_e(format_ms(benchmark.get("eager_ms")))}'
             f' \u2192 graph {_e(format_ms(benchmark.get("graph_ms")))}</div>']
    if benchmark.get("xla_ms") is not None:
        parts.append(f'<div style="{_SMALL}">XLA {_e(format_ms(benchmark["xla_ms"]))}</div>')
    if benchmark.get("equivalent") is False:
        parts.append(f'<div style="color:{ERROR_COLOUR};font-weight:bold" class="hybridize-not-equivalent">'
                     f'results differ (max abs diff {_e(benchmark.get("max_abs_diff", "?"))})</div>')
    return "".join(parts)


CELL_RENDERERS = {
    "function": _function_html,
    "cell": _cell_html,
    "state": _state_html,
    "recommendation": _badge_html,
    "reasons": _reasons_html,
    "assumptions": _assumptions_html,
    "speedup": _speedup_html,
}

_CELL_STYLE = "text-align:left;vertical-align:top;padding:0.25em 0.6em;border-bottom:1px solid rgba(128,128,128,0.3)"


def _footer_html(report: dict) -> str:
    lines = [f'<div style="margin-top:0.4em">{_e(summary_line(report))}</div>']
    lines.extend(f'<div style="color:{ERROR_COLOUR}">{_e(message)}</div>' for message in iter_unit_messages(report))
    return "".join(lines)


def report_html(report: dict) -> str:
    """A self-contained HTML table (inline styles only), every report string escaped."""
    head = "".join(f'<th style="{_CELL_STYLE}">{column}</th>' for column in COLUMNS)
    rows = []
    for entry in sort_entries(report.get("functions", [])):
        cells = "".join(f'<td style="{_CELL_STYLE}">{CELL_RENDERERS[column](entry)}</td>' for column in COLUMNS)
        rows.append(f"<tr>{cells}</tr>")
    return ('<div class="hybridize-report">'
            f'<table style="border-collapse:collapse"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>{_footer_html(report)}</div>')


# --- text ---------------------------------------------------------------------------------------

def _text_row(entry: dict) -> tuple[str, ...]:
    benchmark = entry.get("benchmark") or {}
    speedup = format_speedup(benchmark.get("speedup"))
    if speedup and benchmark.get("equivalent") is False:
        speedup += " (results differ)"
    codes = [f"{f['code']}{TEXT_ERROR_MARKER if f.get('severity') == 'error' else ''}"
             for f in entry.get("findings", [])]
    return (
        (f"{TEXT_ERROR_MARKER} " if has_errors(entry) else "") + str(entry.get("qualname", "?")),
        get_location(entry),
        get_state(entry),
        describe_recommendation(entry),
        ", ".join(dict.fromkeys(codes)) or "-",
        ", ".join(dict.fromkeys(a["code"] for a in entry.get("assumptions", []))) or "-",
        speedup or "-",
    )


def report_text(report: dict) -> str:
    """The same table, aligned for terminals; `!` marks rows and codes with error findings."""
    rows = [_text_row(entry) for entry in sort_entries(report.get("functions", []))]
    lines = []
    if rows:
        widths = [max(len(row[i]) for row in [COLUMNS, *rows]) for i in range(len(COLUMNS))]
        fmt = "  ".join(f"{{:<{width}}}" for width in widths)
        lines.append(fmt.format(*COLUMNS).rstrip())
        lines.append(fmt.format(*("-" * width for width in widths)).rstrip())
        lines.extend(fmt.format(*row).rstrip() for row in rows)
    lines.extend(iter_unit_messages(report))
    lines.append(summary_line(report))
    if any(has_errors(entry) for entry in report.get("functions", [])):
        lines.append(f"{TEXT_ERROR_MARKER} = error findings")
    return "\n".join(lines)


# --- DataFrame ----------------------------------------------------------------------------------

DATAFRAME_COLUMNS = (
    "qualname", "name", "unit", "path", "cell", "cell_id", "execution_count", "line", "end_line",
    "is_hybrid", "decorator", *PROPERTY_NAMES, "candidate", "refactoring", "passing_precondition",
    "transformations", "recommendation", "has_errors", "finding_codes", "findings", "assumption_codes",
    "assumptions", "fixes", "speedup", "eager_ms", "graph_ms", "xla_ms", "equivalent", "benchmark",
)
BENCHMARK_COLUMNS = ("speedup", "eager_ms", "graph_ms", "xla_ms", "equivalent")


def _dataframe_row(entry: dict) -> dict:
    benchmark = entry.get("benchmark") or {}
    row = {key: value for key, value in entry.items() if key != "properties"}
    row.update(entry.get("properties") or {})
    row.update(
        cell=get_cell_label(entry),
        recommendation=describe_recommendation(entry),
        has_errors=has_errors(entry),
        finding_codes=[finding["code"] for finding in entry.get("findings", [])],
        assumption_codes=[assumption["code"] for assumption in entry.get("assumptions", [])],
        **{column: benchmark.get(column) for column in BENCHMARK_COLUMNS},
    )
    return row


def report_dataframe(report: dict):
    """One row per function in report order; properties flattened, findings and assumptions as lists."""
    import pandas as pd

    rows = [_dataframe_row(entry) for entry in report.get("functions", [])]
    extra = [key for row in rows for key in row if key not in DATAFRAME_COLUMNS]
    columns = [*DATAFRAME_COLUMNS, *dict.fromkeys(extra)]
    return pd.DataFrame([{column: row.get(column) for column in columns} for row in rows], columns=columns)


# --- widgets ------------------------------------------------------------------------------------

class TableRow:
    """The widgets of one function: an HTML widget per column and three buttons."""

    def __init__(self, table: "ReportTable", index: int, entry: dict):
        import ipywidgets as widgets

        self.table, self.index, self.entry = table, index, entry
        qualname = entry.get("qualname", "?")
        self.cells = {column: widgets.HTML(CELL_RENDERERS[column](entry)) for column in COLUMNS}
        actions = table.actions
        recommendation = describe_recommendation(entry)
        self.apply_button = widgets.Button(
            description="Apply", button_style="success" if is_actionable(entry) else "",
            disabled=actions.apply is None or not is_actionable(entry),
            tooltip=f"{recommendation}: {qualname}" if is_actionable(entry) else "nothing to apply",
            layout=widgets.Layout(width="auto"))
        self.benchmark_button = widgets.Button(
            description="Benchmark", disabled=actions.benchmark is None,
            tooltip=f"time {qualname} eagerly and as a graph", layout=widgets.Layout(width="auto"))
        self.explain_button = widgets.Button(
            description="Explain", disabled=actions.explain is None,
            tooltip=f"why: {recommendation}", layout=widgets.Layout(width="auto"))
        self.apply_button.on_click(lambda _: table._run(self, "apply"))
        self.benchmark_button.on_click(lambda _: table._run(self, "benchmark"))
        self.explain_button.on_click(lambda _: table._run(self, "explain"))
        self.buttons = widgets.HBox([self.apply_button, self.benchmark_button, self.explain_button])

    @property
    def qualname(self) -> str:
        return self.entry.get("qualname", "?")

    @property
    def children(self) -> list:
        return [*(self.cells[column] for column in COLUMNS), self.buttons]

    def close(self) -> None:
        for widget in [*self.cells.values(), self.apply_button, self.benchmark_button, self.explain_button,
                       self.buttons]:
            widget.close()


def _base_class():
    try:
        import ipywidgets
    except ImportError:  # no widgets: ReportTable still exists, display_report falls back
        return object
    return ipywidgets.VBox


class ReportTable(_base_class()):
    """One row per function with Apply / Benchmark / Explain buttons; messages show in `output`.

    `update(report)` re-renders. Displayed anywhere, it also offers `text/html` and `text/plain`.
    """

    def __init__(self, report: dict, actions: TableActions | None = None, **kwargs):
        import ipywidgets as widgets

        super().__init__(**kwargs)
        self.actions = actions or TableActions()
        self.rows: list[TableRow] = []
        self.header = [widgets.HTML(f"<b>{column}</b>") for column in (*COLUMNS, "")]
        self.grid = widgets.GridBox(layout=widgets.Layout(
            grid_template_columns="repeat(7, auto) max-content", grid_gap="0.2em 1em", align_items="flex-start"))
        self.footer = widgets.HTML()
        self.output = widgets.Output()
        self.children = [self.grid, self.footer, self.output]
        self.update(report)

    def update(self, report: dict) -> None:
        """Show `report` instead of what is shown; the output area keeps its content."""
        for row in self.rows:
            row.close()
        self.report = report
        functions = report.get("functions", [])
        position = {id(entry): index for index, entry in enumerate(functions)}
        self.rows = [TableRow(self, position[id(entry)], entry) for entry in sort_entries(functions)]
        self.grid.children = [*self.header, *(child for row in self.rows for child in row.children)]
        self.footer.value = _footer_html(report)

    def show(self, text: str, stream: str = "stdout") -> None:
        """Replace the output area's content with `text` (shown as text, never as HTML)."""
        self.output.outputs = ({"output_type": "stream", "name": stream, "text": text.rstrip("\n") + "\n"},)

    def _run(self, row: TableRow, action: str) -> None:
        """A button's click: call the action, absorb its result; never raise into the frontend."""
        function = getattr(self.actions, action)
        if function is None:
            return
        button = getattr(row, action + "_button")
        button.disabled = True
        if action == "benchmark":
            self.show(f"{row.qualname}: benchmarking\u2026")
        failure = None
        with self.output:  # what the action prints (a progress bar, a warning) shows under the table
            try:
                result = function(row.qualname)
            except Exception as error:  # the user's session must survive a failing action
                failure = error
        button.disabled = False
        if failure is not None:
            self.show(f"hybridize: {action} {row.qualname} failed: {type(failure).__name__}: {failure}", "stderr")
            return
        if action == "explain":
            self.show(str(result) if result is not None else f"{row.qualname}: nothing to explain")
        else:
            self._absorb(row, action, result)

    def _absorb(self, row: TableRow, action: str, result: object) -> None:
        """Take an action's result: a whole report, an updated entry, a benchmark dict or a message."""
        if action == "apply":
            message = f"{row.qualname}: {describe_recommendation(row.entry)} applied"
        else:
            message = f"{row.qualname}: benchmark finished"
        if isinstance(result, dict):
            if "functions" in result:
                self.update(result)
            else:
                entry = result if "qualname" in result else {**row.entry, "benchmark": result}
                functions = list(self.report.get("functions", []))
                functions[row.index] = entry
                self.update({**self.report, "functions": functions})
                if action == "benchmark" and entry.get("benchmark"):
                    message = f"{row.qualname}: {describe_benchmark(entry['benchmark'])}"
        elif result is not None:
            message = str(result)
        self.show(message)

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/html"] = report_html(self.report)
        bundle["text/plain"] = report_text(self.report)
        return bundle


# --- display ------------------------------------------------------------------------------------

def can_render_widgets() -> bool:
    """A kernel with a frontend is running us (not terminal IPython, not plain Python)."""
    try:
        from IPython import get_ipython
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


def fallback_bundle(report: dict) -> dict:
    return {"text/html": report_html(report), "text/plain": report_text(report)}


def display_report(report: dict, actions: TableActions | None = None) -> ReportTable | None:
    """Display the widget table where widgets render and return it; else the HTML/text bundle and None."""
    from IPython.display import display

    if can_render_widgets():
        try:
            table = ReportTable(report, actions)
        except Exception:  # a widget failure costs the buttons, not the report
            table = None
        if table is not None:
            display(table)
            return table
    display(fallback_bundle(report), raw=True)
    return None
