"""The self-contained HTML report of `hybridize-report --html` (inline styles and SVG, no scripts).

Per notebook: what went wrong if it failed, the summary, the table (`table.report_html`), every
finding with its explanation and hints, the assumptions, bar charts of the benchmarks when
`--bench` ran them, and original against rewritten when `--compare` ran. Every string taken from
a notebook or a report is escaped.
"""
from __future__ import annotations

import html
import math

from hybridize_analysis.report import describe_recommendation, get_tool_version
from hybridize_analysis.wording import SECTION_TITLES, SECTIONS, wording_of

from .chart import bar_chart_svg
from .table import report_html, sort_entries, spans_html, summary_line

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 76em; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; } h3 { margin-top: 1.4em; }
code { font-family: ui-monospace, monospace; font-size: 0.95em; }
table.summary { border-collapse: collapse; }
table.summary td, table.summary th { padding: 0.25em 0.8em; border-bottom: 1px solid #ddd; text-align: left; }
.error { color: #c62828; font-weight: bold; }
.ok { color: #2e7d32; }
.finding { margin: 0.4em 0 0.8em 1em; }
.muted { opacity: 0.7; }
.charts svg { margin: 0.3em 1em 0.3em 0; }
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def format_seconds(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.1f} s"


def format_speedup(speedup: float | None) -> str:
    return "-" if speedup is None or not math.isfinite(speedup) else f"{speedup:.2f}\u00d7"


def _findings_html(report: dict) -> str:
    """Per function: its reason, then its findings and assumptions under the panel's headings."""
    parts = []
    for entry in sort_entries(report.get("functions", [])):
        wording = wording_of(entry)
        if not any(wording[section] for section in SECTIONS):
            continue
        parts.append(f'<h4><code>{_e(entry["qualname"])}</code> <span class="muted">({_e(entry.get("unit", ""))}, '
                     f'line {_e(entry.get("line", "?"))}): {_e(describe_recommendation(entry))}</span></h4>'
                     f'<p>{spans_html(wording["reason"])}</p>')
        for section in SECTIONS:
            if not wording[section]:
                continue
            items = []
            for item in wording[section]:
                body = [f'<div>{spans_html(item["text"])} <span class="muted"><code>{_e(item["code"])}</code>'
                        + (f', line {_e(item["line"])}' if item.get("line") else "") + '</span></div>']
                if item.get("explanation"):
                    body.append(f'<div>Explanation: {spans_html(item["explanation"])}</div>')
                for hint in (item.get("hint") or "").split("\n"):
                    if hint.strip():
                        body.append(f'<div>Hint: {spans_html(hint.strip())}</div>')
                items.append(f'<li>{"".join(body)}</li>')
            parts.append(f'<div class="finding"><b>{_e(SECTION_TITLES[section])}</b><ul>{"".join(items)}</ul></div>')
    return "".join(parts) or "<p>No findings.</p>"


def _benchmarks_html(report: dict, notes: list[dict]) -> str:
    charts = []
    for entry in report.get("functions", []):
        benchmark = entry.get("benchmark")
        if benchmark and benchmark.get("eager_ms") is not None:
            charts.append(bar_chart_svg({**benchmark, "name": entry["qualname"]}))
    parts = [f'<div class="charts">{"".join(charts)}</div>'] if charts else []
    if notes:
        items = "".join(f'<li><code>{_e(n.get("qualname", "?"))}</code>: {_e(n.get("message", ""))}</li>' for n in notes)
        parts.append(f'<p>Not benchmarked:</p><ul>{items}</ul>')
    return "".join(parts)


def _comparison_html(item: dict) -> str:
    comparison = item.get("comparison")
    if comparison is None:
        return ""
    agree = item.get("agree")
    verdict = ('<span class="ok">the results agree</span>' if agree else
               '<span class="error">the results differ</span>' if agree is False else "results not compared")
    parts = [(f'<p>Original {_e(format_seconds(item.get("original_s")))}, rewritten '
             f'{_e(format_seconds(item.get("rewritten_s")))} (median of {_e(item.get("runs", "?"))} runs each): '
             f'speedup <b>{_e(format_speedup(item.get("speedup")))}</b>; {verdict} '
             f'({_e(comparison.get("compared", 0))} values compared, rtol {_e(item.get("rtol"))}, '
             f'atol {_e(item.get("atol"))}).</p>')]
    if comparison.get("unstable"):
        parts.append(f'<p class="muted">{_e(comparison["unstable"])} values differ between runs of the original '
                     'itself and were not compared.</p>')
    if item.get("differences"):
        rows = "".join(f'<tr><td>{_e(d["where"])}</td><td>{_e(d["original"])}</td><td>{_e(d["rewritten"])}</td>'
                       f'<td>{_e(d["relative_difference"])}</td>'
                       f'<td>{"yes" if d["within_tolerance"] else "no"}</td></tr>' for d in item["differences"])
        parts.append('<table class="summary"><thead><tr><th>where</th><th>original</th><th>rewritten</th>'
                     f'<th>relative difference</th><th>within tolerance</th></tr></thead><tbody>{rows}</tbody></table>')
    return "".join(parts)


def _withdrawn_html(item: dict) -> str:
    """What `--compare` withdrew because it changed the results, and what each one changed."""
    if not item.get("withdrawn"):
        return ""
    rest = "agrees with the original" if item.get("agree_after_withdrawal") else "still differs"
    rows = []
    for withdrawn in item["withdrawn"]:
        changes = "; ".join(f'{d["where"]}: {d["original"]} \u2192 {d["rewritten"]}' for d in withdrawn["differences"][:3])
        rows.append(f'<li>cell {_e(withdrawn["cell"])} <code>{_e(withdrawn["qualname"])}</code>'
                    f'{": " + _e(changes) if changes else ""}</li>')
    return (f'<p class="error">Withdrawn after {_e(item.get("bisect_runs"))} more runs, because the notebook '
            f'computed other numbers with them (without them it {rest}):</p><ul>{"".join(rows)}</ul>')


def _rewritten_html(item: dict) -> str:
    cells = item.get("rewritten_cells") or []
    if not cells:
        return ""
    rows = "".join(f'<li>cell {_e(c["cell"])}{" (id " + _e(c["cell_id"]) + ")" if c.get("cell_id") else ""}: '
                   f'{_e(", ".join(c["qualnames"]) or "decorators")}</li>' for c in cells)
    where = f' written to <code>{_e(item["rewritten"])}</code>' if item.get("rewritten") else ""
    return f"<p>Rewritten cells{where}:</p><ul>{rows}</ul>"


def notebook_section(item: dict) -> str:
    report = item.get("report") or {"functions": []}
    parts = [f'<section><h2>{_e(item["path"])}</h2>']
    for error in item.get("errors", []):
        parts.append(f'<p class="error">{_e(error)}</p>')
    for warning in item.get("advisor_warnings", []):
        parts.append(f'<p class="muted">{_e(warning)}</p>')
    parts.append(f"<p>{_e(summary_line(report))}</p>")
    if item.get("report_source") == "static":
        parts.append('<p class="muted">The kernel report is missing; this is the static analysis of the file.</p>')
    parts.append(report_html(report))
    parts.append(_rewritten_html(item))
    if item.get("comparison") is not None:
        parts.append(f"<h3>Original against rewritten</h3>{_comparison_html(item)}{_withdrawn_html(item)}")
    benchmarks = _benchmarks_html(report, report.get("benchmark_notes", []))
    if benchmarks:
        parts.append(f"<h3>Benchmarks</h3>{benchmarks}")
    parts.append(f"<h3>Findings and assumptions</h3>{_findings_html(report)}</section>")
    return "".join(parts)


def summary_table_html(items: list[dict]) -> str:
    rows = []
    for item in items:
        agree = item.get("agree")
        rows.append(f'<tr><td>{_e(item["path"])}</td><td>{_e(item.get("functions", "-"))}</td>'
                    f'<td>{_e(item.get("candidates", "-"))}</td><td>{_e(item.get("refactorable", "-"))}</td>'
                    f'<td>{_e(format_seconds(item.get("original_s")))}</td>'
                    f'<td>{_e(format_seconds(item.get("rewritten_s")))}</td>'
                    f'<td>{_e(format_speedup(item.get("speedup")))}</td>'
                    f'<td>{"yes" if agree else "no" if agree is False else "-"}</td></tr>')
    return ('<table class="summary"><thead><tr><th>notebook</th><th>functions</th><th>candidates</th>'
            '<th>refactorable</th><th>original</th><th>rewritten</th><th>speedup</th><th>results agree</th>'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def render_document(items: list[dict], mean_speedup: float | None = None) -> str:
    compared = any("runs" in item for item in items)
    head = [f"<h1>hybridize-report</h1><p class=\"muted\">jupyterlab-hybridize {_e(get_tool_version())}</p>"]
    if compared:
        head.append(summary_table_html(items))
        if mean_speedup is not None:
            head.append(f"<p>Mean speedup over the notebooks: <b>{_e(format_speedup(mean_speedup))}</b></p>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>hybridize-report</title>"
            f"<style>{_STYLE}</style></head><body>{''.join(head)}"
            f"{''.join(notebook_section(item) for item in items)}</body></html>\n")
