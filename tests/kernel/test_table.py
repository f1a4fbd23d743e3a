"""The widget table, its HTML and text fallbacks, and the DataFrame (hybridize_kernel/table.py).

Reports come from the engine on small notebooks (no TensorFlow is imported), plus hand-written
benchmark dicts of the benchmark module's shape.
"""
from __future__ import annotations

import copy
import subprocess
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pytest

from hybridize_analysis.engine import Options, analyse_path, analyse_specs
from hybridize_analysis.model import ModuleSpec
from hybridize_analysis.parse import ParseCache
from hybridize_analysis.report import build_report
from hybridize_analysis.results import PROPERTY_NAMES
from hybridize_analysis.units import Unit
from hybridize_kernel import table
from hybridize_kernel.table import (ReportTable, TableActions, display_report, report_dataframe, report_html,
                                    report_text, sort_entries)

REPO = Path(__file__).resolve().parents[2]
XSS = "<img src=x onerror=alert(1)>"

CELLS = [
    """
    import tensorflow as tf
    features = tf.random.normal([4, 3])
    """,
    """
    def accumulate(x):
        total = tf.Variable(0.0)
        total.assign_add(tf.reduce_sum(x))
        return total.read_value()

    def scale(x):
        return x * 2.0

    @tf.function
    def count(n):
        for i in range(n):
            pass
        return n

    def show(x):
        print("<b>", x)
        return x

    @tf.function(experimental_attributes={"note": "<img src=x onerror=alert(1)>"})
    def hybrid_step(x):
        return tf.reduce_sum(x)

    def train_step(model, batch):
        return model(batch)

    def constant():
        return 3

    accumulate(features)
    hybrid_step(features)
    scale(features)
    count(3)
    show(features)
    """,
]

BENCHMARK = {"eager_ms": 12.3, "graph_ms": 3.8, "xla_ms": None, "speedup": 3.24, "tracing_ms": 150.0,
             "break_even_calls": 14, "equivalent": True, "max_abs_diff": 0.0}
NOT_EQUIVALENT = {**BENCHMARK, "speedup": 1.5, "equivalent": False, "max_abs_diff": 0.25}


def make_report(cells=CELLS) -> dict:
    units = tuple(Unit.from_source(f"cell:c{i}", "nb.ipynb", "cell", textwrap.dedent(cell))
                  for i, cell in enumerate(cells))
    # one-line functions: the tables' decisions, without the boundary plan's threshold (see conftest.ip)
    return build_report([analyse_specs([ModuleSpec("nb.ipynb", units)], Options(min_graph_ops=0, min_graph_calls=0), ParseCache())])


_REPORT = make_report()


@pytest.fixture
def report() -> dict:
    """The engine's report with the kernel's per-function fields and two benchmarks filled in."""
    report = copy.deepcopy(_REPORT)
    for entry in report["functions"]:
        entry["cell_id"] = entry["unit"].removeprefix("cell:")
        entry["execution_count"] = 2
    get(report, "scale")["benchmark"] = dict(BENCHMARK)
    get(report, "show")["benchmark"] = dict(NOT_EQUIVALENT)
    return report


def get(report: dict, qualname: str) -> dict:
    return next(entry for entry in report["functions"] if entry["qualname"] == qualname)


def qualnames(entries) -> list[str]:
    return [entry["qualname"] for entry in entries]


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def tags_of(markup: str) -> list[str]:
    parser = TagCollector()
    parser.feed(markup)
    return parser.tags


def test_engine_report_has_the_shapes_the_tests_rely_on(report):
    assert get(report, "scale")["transformations"] == ["CONVERT_TO_HYBRID"]
    assert get(report, "count")["transformations"] == ["CONVERT_TO_EAGER"]
    assert [f["severity"] for f in get(report, "accumulate")["findings"]] == ["error"]
    assert get(report, "accumulate")["candidate"]
    assert [a["code"] for a in get(report, "train_step")["assumptions"]] == ["SPECULATIVE_ANALYSIS", "SPECULATIVE_SIGNATURE"]
    assert XSS in get(report, "hybrid_step")["decorator"]
    assert get(report, "show")["fixes"]


# --- sort_entries -------------------------------------------------------------------------------

def test_sort_puts_actionable_rows_first_then_candidates_with_errors(report):
    assert qualnames(sort_entries(report["functions"])) == [
        "scale", "count",  # a transformation recommended, by line
        "accumulate",  # a candidate with an error finding
        "show", "hybrid_step", "train_step", "constant",  # the rest, by line
    ]


def test_sort_keeps_unit_order_then_line_and_is_stable():
    def entry(qualname, unit, line, transformations=(), candidate=True, severity=None):
        findings = [{"code": "X", "severity": severity}] if severity else []
        return {"qualname": qualname, "unit": unit, "line": line, "transformations": list(transformations),
                "candidate": candidate, "findings": findings, "is_hybrid": False}

    functions = [
        entry("b_late", "cell:b", 9),
        entry("b_add", "cell:b", 5, ["CONVERT_TO_HYBRID"]),
        entry("a_add", "cell:a", 20, ["CONVERT_TO_HYBRID"]),
        entry("a_error", "cell:a", 1, severity="error"),
        entry("not_candidate_error", "cell:a", 2, candidate=False, severity="error"),
        entry("a_first", "cell:a", 3),
        entry("a_same_line", "cell:a", 3),
    ]
    original = list(functions)
    assert qualnames(sort_entries(functions)) == [
        "b_add", "a_add",  # cell:b appears first in the report, so its rows come first
        "a_error",
        "b_late", "not_candidate_error", "a_first", "a_same_line",
    ]
    assert functions == original  # a new list; the report is not reordered


# --- HTML ---------------------------------------------------------------------------------------

def test_html_lists_every_function_with_its_cell_and_state(report):
    markup = report_html(report)
    for entry in report["functions"]:
        assert f">{entry['qualname']}</code>" in markup
    assert ">[2]:7</span>" in markup  # execution count and line
    assert "hybrid <code>@" in markup
    assert markup.count("<tr>") == len(report["functions"]) + 1


def test_html_badges_are_coloured_by_recommendation(report):
    get(report, "hybrid_step")["transformations"] = ["RECONFIGURE"]
    markup = report_html(report)
    for recommendation, colour in [("add @tf.function", "#2e7d32"), ("remove @tf.function", "#1565c0"),
                                   ("reconfigure @tf.function", "#6a1b9a"), ("keep eager", "#757575")]:
        assert f"background:{colour};" in markup
        assert f">{recommendation}</span>" in markup
    assert markup.count('class="hybridize-badge"') == len(report["functions"])


def test_html_marks_rows_with_error_findings(report):
    markup = report_html(report)
    # accumulate and show; `count`'s NO_TENSOR_COMPUTATION is the reason to remove its decorator (info)
    assert markup.count('class="hybridize-error"') == 2
    assert "errors: CREATES_VARIABLES" in markup


def test_html_escapes_every_report_string(report):
    get(report, "accumulate")["findings"][0]["message"] = XSS
    get(report, "train_step")["assumptions"][0]["message"] = XSS
    get(report, "show")["fixes"][0]["title"] = XSS
    markup = report_html(report)
    assert "<img" not in markup
    assert "&lt;img src=x onerror=alert(1)&gt;" in markup
    assert set(tags_of(markup)) <= {"div", "table", "thead", "tbody", "tr", "th", "td", "code", "span",
                                    "details", "summary", "b"}


def test_html_reasons_read_as_the_panel_does(report):
    """The shared wording (SPEC 9.1): the reason line first, then the findings under "Why", with
    code spans as code and the function's name not repeated; codes stay visible in the details."""
    entry = get(report, "accumulate")
    finding = entry["findings"][0]
    markup = report_html(report)
    assert f"<code>{finding['code']}</code>" in markup
    why = entry["wording"]["why"][0]
    assert why["code"] == finding["code"]
    assert table.spans_html(why["text"]) in markup
    assert "`accumulate`:" not in markup and "<code>tf.Variable(0.0)</code> creates a new" in markup
    for text in (finding["explanation"], finding["hint"]):
        assert table.spans_html(text) in markup
    assert '<div class="hybridize-reason">' in markup
    assert "Fix: Replace <code>print</code> with <code>tf.print</code>" in markup  # the offered fix
    assert "<b>Assumed</b>" in markup and "<code>SPECULATIVE_ANALYSIS</code>" in markup


def test_html_shows_measured_speedup_and_non_equivalence(report):
    markup = report_html(report)
    assert ">3.2\u00d7</b>" in markup
    assert "eager 12.3 ms \u2192 graph 3.80 ms" in markup
    assert markup.count('class="hybridize-not-equivalent"') == 1
    assert "results differ (max abs diff 0.25)" in markup


def test_html_summary_and_parse_errors():
    report = make_report(["def broken(:\n    pass\n\ndef ok(x):\n    return x\n"])
    markup = report_html(report)
    assert "1 function, 0 candidates, 0 refactorable" in markup
    assert "nb.ipynb:cell:c0:1: SyntaxError" in markup


def test_html_summary_counts_recommendations(report):
    assert "7 functions, 6 candidates" in report_html(report)
    assert "1 \u00d7 add @tf.function, 1 \u00d7 remove @tf.function; 2 with errors" in report_html(report)


# --- text ---------------------------------------------------------------------------------------

def test_text_table_is_aligned_and_sorted(report):
    lines = report_text(report).splitlines()
    header = lines[0]
    assert header.split() == list(table.COLUMNS)
    rows = lines[2:2 + len(report["functions"])]
    assert [row.split()[0] if not row.startswith("!") else row.split()[1] for row in rows] == \
        qualnames(sort_entries(report["functions"]))
    cell_column = header.index("cell")
    state_column = header.index("state")
    for row in rows:
        assert row[cell_column - 2:cell_column] == "  " and row[cell_column] != " "
        assert row[state_column:].split()[0] in ("eager", "hybrid")


def test_text_table_shows_errors_assumptions_and_speedup(report):
    text = report_text(report)
    rows = {line.split()[1] if line.startswith("! ") else line.split()[0]: line for line in text.splitlines()}
    assert rows["accumulate"].startswith("! ")
    assert "CREATES_VARIABLES!" in rows["accumulate"]
    assert "SPECULATIVE_ANALYSIS" in rows["train_step"]
    assert "3.2\u00d7" in rows["scale"]
    assert "1.5\u00d7 (results differ)" in rows["show"]
    assert "add @tf.function" in rows["scale"] and "remove @tf.function" in rows["count"]
    assert text.splitlines()[-1] == "! = error findings"


def test_text_cell_column_uses_cell_id_without_a_kernel():
    text = report_text(_REPORT)
    assert "c1:7" in text
    assert "nb.ipynb" not in text.splitlines()[2]


# --- DataFrame ----------------------------------------------------------------------------------

def test_dataframe_has_one_row_per_function_in_report_order(report):
    frame = report_dataframe(report)
    assert list(frame["qualname"]) == qualnames(report["functions"])
    for column in ("qualname", "cell", "line", "is_hybrid", "decorator", *PROPERTY_NAMES, "candidate",
                   "transformations", "recommendation", "findings", "assumptions", "speedup", "eager_ms",
                   "graph_ms", "equivalent", "benchmark", "cell_id", "execution_count"):
        assert column in frame.columns
    assert "properties" not in frame.columns


def test_dataframe_values(report):
    import pandas as pd

    frame = report_dataframe(report).set_index("qualname")
    assert frame.loc["scale", "recommendation"] == "add @tf.function"
    assert frame.loc["count", "recommendation"] == "remove @tf.function"
    assert frame.loc["scale", "speedup"] == pytest.approx(3.24)
    assert frame.loc["scale", "equivalent"] and not frame.loc["show", "equivalent"]
    assert pd.isna(frame.loc["constant", "speedup"])
    assert frame.loc["accumulate", "finding_codes"] == ["CREATES_VARIABLES"]
    assert frame.loc["accumulate", "findings"][0]["severity"] == "error"
    assert frame.loc["train_step", "assumption_codes"] == ["SPECULATIVE_ANALYSIS", "SPECULATIVE_SIGNATURE"]
    assert bool(frame.loc["scale", "has_tensor_parameter"]) is True
    assert frame.loc["scale", "cell"] == "[2]"


def test_dataframe_of_an_empty_report_keeps_its_columns():
    frame = report_dataframe({"functions": [], "units": [], "summary": None})
    assert len(frame) == 0
    assert "recommendation" in frame.columns


def test_dataframe_keeps_fields_added_later(report):
    get(report, "scale")["retraces"] = 4
    assert report_dataframe(report).set_index("qualname").loc["scale", "retraces"] == 4


# --- widgets ------------------------------------------------------------------------------------

def rows_by_name(widget: ReportTable) -> dict:
    return {row.qualname: row for row in widget.rows}


def output_text(widget: ReportTable) -> str:
    return "".join(output["text"] for output in widget.output.outputs)


def test_widget_has_a_row_per_function_with_cells_and_buttons(report):
    widget = ReportTable(report)
    assert qualnames(row.entry for row in widget.rows) == qualnames(sort_entries(report["functions"]))
    columns = len(table.COLUMNS) + 1
    assert len(widget.grid.children) == columns * (len(report["functions"]) + 1)
    row = rows_by_name(widget)["scale"]
    assert "add @tf.function" in row.cells["recommendation"].value
    assert "3.2\u00d7" in row.cells["speedup"].value
    assert [b.description for b in row.buttons.children] == ["Apply", "Benchmark", "Explain"]
    assert widget.output in widget.children


def test_widget_buttons_are_disabled_without_actions(report):
    widget = ReportTable(report)
    assert all(button.disabled for row in widget.rows for button in row.buttons.children)


def test_widget_apply_is_disabled_where_nothing_is_recommended(report):
    actions = TableActions(apply=lambda name: None, benchmark=lambda name: None, explain=lambda name: "")
    rows = rows_by_name(ReportTable(report, actions))
    assert {name for name, row in rows.items() if not row.apply_button.disabled} == {"scale", "count"}
    assert not any(row.benchmark_button.disabled or row.explain_button.disabled for row in rows.values())


def test_widget_html_is_escaped(report):
    get(report, "accumulate")["findings"][0]["message"] = XSS
    widget = ReportTable(report)
    values = [child.value for child in widget.grid.children if hasattr(child, "value")] + [widget.footer.value]
    assert not any("<img" in value for value in values)
    assert any("&lt;img src=x onerror=alert(1)&gt;" in value for value in values)


def test_clicking_apply_calls_the_action_with_the_qualname(report):
    calls = []
    widget = ReportTable(report, TableActions(apply=lambda name: calls.append(name) or f"rewrote {name}"))
    rows_by_name(widget)["count"].apply_button.click()
    assert calls == ["count"]
    assert output_text(widget) == "rewrote count\n"


def test_apply_without_a_message_says_what_it_did(report):
    widget = ReportTable(report, TableActions(apply=lambda name: None))
    rows_by_name(widget)["scale"].apply_button.click()
    assert output_text(widget) == "scale: add @tf.function applied\n"


def test_explain_writes_text_into_the_output(report):
    widget = ReportTable(report, TableActions(explain=lambda name: f"{name}: {XSS}\nsecond line"))
    rows_by_name(widget)["accumulate"].explain_button.click()
    assert widget.output.outputs == ({"output_type": "stream", "name": "stdout",
                                      "text": f"accumulate: {XSS}\nsecond line\n"},)
    rows_by_name(widget)["scale"].explain_button.click()
    assert output_text(widget).startswith("scale:")  # replaces, not appends


def test_benchmark_dict_updates_the_row(report):
    widget = ReportTable(report, TableActions(benchmark=lambda name: dict(NOT_EQUIVALENT)))
    rows_by_name(widget)["accumulate"].benchmark_button.click()
    row = rows_by_name(widget)["accumulate"]
    assert "1.5\u00d7" in row.cells["speedup"].value
    assert "results differ" in row.cells["speedup"].value
    assert "speedup 1.5\u00d7" in output_text(widget) and "RESULTS DIFFER" in output_text(widget)
    assert get(widget.report, "accumulate")["benchmark"] == NOT_EQUIVALENT
    assert get(report, "accumulate")["benchmark"] is None  # the caller's report is not mutated


def test_benchmark_returning_the_updated_entry_replaces_it(report):
    def benchmark(name):
        return {**get(report, name), "benchmark": dict(BENCHMARK)}

    widget = ReportTable(report, TableActions(benchmark=benchmark))
    rows_by_name(widget)["constant"].benchmark_button.click()
    assert "3.2\u00d7" in rows_by_name(widget)["constant"].cells["speedup"].value
    assert len(widget.rows) == len(report["functions"])


def test_a_failing_action_shows_one_line_and_keeps_the_table(report):
    def explode(name):
        raise RuntimeError("no observed calls")

    widget = ReportTable(report, TableActions(benchmark=explode))
    row = rows_by_name(widget)["scale"]
    row.benchmark_button.click()
    assert widget.output.outputs[0]["name"] == "stderr"
    assert output_text(widget) == "hybridize: benchmark scale failed: RuntimeError: no observed calls\n"
    assert not row.benchmark_button.disabled


def test_update_rerenders(report):
    widget = ReportTable(report)
    smaller = {**report, "functions": report["functions"][:2]}
    widget.update(smaller)
    assert len(widget.rows) == 2
    assert len(widget.grid.children) == (len(table.COLUMNS) + 1) * 3
    assert widget.report is smaller


def test_widget_mimebundle_has_html_and_text_fallbacks(report):
    bundle = ReportTable(report)._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert bundle["text/html"] == report_html(report)
    assert bundle["text/plain"] == report_text(report)


# --- display_report -----------------------------------------------------------------------------

@pytest.fixture
def displayed(monkeypatch):
    import IPython.display

    calls = []
    monkeypatch.setattr(IPython.display, "display", lambda *objs, **kwargs: calls.append((objs, kwargs)))
    return calls


def test_display_without_a_kernel_shows_the_html_and_text_bundle(report, displayed, monkeypatch):
    import IPython

    monkeypatch.setattr(IPython, "get_ipython", lambda: None)
    assert display_report(report) is None
    [(objs, kwargs)] = displayed
    assert kwargs == {"raw": True}
    assert objs == ({"text/html": report_html(report), "text/plain": report_text(report)},)


def test_display_in_terminal_ipython_falls_back(report, displayed, monkeypatch):
    import IPython

    class TerminalShell:  # no `kernel` attribute
        pass

    monkeypatch.setattr(IPython, "get_ipython", lambda: TerminalShell())
    assert display_report(report) is None
    assert set(displayed[0][0][0]) == {"text/html", "text/plain"}


def test_display_in_a_kernel_shows_the_widget(report, displayed, monkeypatch):
    import IPython

    class KernelShell:
        kernel = object()

    monkeypatch.setattr(IPython, "get_ipython", lambda: KernelShell())
    actions = TableActions(explain=lambda name: "why")
    widget = display_report(report, actions)
    assert isinstance(widget, ReportTable) and widget.actions is actions
    assert displayed == [((widget,), {})]


# --- the quickstart notebook, end to end ---------------------------------------------------------

def test_quickstart_notebook_renders_in_every_view():
    report = build_report([analyse_path(REPO / "demo_notebooks" / "01_quickstart.ipynb")])
    names = qualnames(report["functions"])
    assert len(names) >= 3
    markup, text = report_html(report), report_text(report)
    widget = ReportTable(report)
    assert all(f">{name}</code>" in markup and name in text for name in names)
    assert len(widget.rows) == len(report_dataframe(report)) == len(names)


def test_importing_the_table_does_not_import_tensorflow_or_pandas():
    code = ("import sys, hybridize_kernel.table; "
            "print(sorted(m for m in ('tensorflow', 'pandas') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
