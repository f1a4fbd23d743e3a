"""`%hybridize` and `%%hybridize`: sub-commands, the manual, bad input and the displays."""
from __future__ import annotations

import json

import pytest
from IPython.core.error import UsageError
from IPython.utils.capture import capture_output

from conftest import codes, functions, run

NOTEBOOK = {
    "setup": """
        import tensorflow as tf
        x = tf.ones([2, 3])
    """,
    "defs": """
        def loss(x):
            return tf.reduce_sum(x * x)

        def log(x):
            print("value", x)
    """,
    "calls": """
        l = loss(x)
        log(x)
    """,
}


@pytest.fixture
def notebook(ip, tf):
    for cell_id, source in NOTEBOOK.items():
        run(ip, source, cell_id=cell_id)
    return ip


def json_output(captured) -> dict:
    bundles = [output.data for output in captured.outputs if "application/json" in output.data]
    assert len(bundles) == 1
    assert json.loads(bundles[0]["text/plain"]) == bundles[0]["application/json"]
    return bundles[0]["application/json"]


def test_the_manual_lists_every_sub_command(ip):
    manual = ip.find_line_magic("hybridize").__doc__
    for usage in ("observe", "bench NAME [--args EXPR] [--budget S] [--force]", "explain NAME",
                  "apply NAME | --all", "report [--format table|json|df]", "--budget", "--force"):
        assert usage in manual
    cell_manual = ip.find_cell_magic("hybridize").__doc__
    assert "--apply" in cell_manual and "--bench" in cell_manual and "--json" in cell_manual


@pytest.mark.parametrize("line", [
    "frobnicate", "observe maybe", "report --format xml", "apply", "apply f --all", "explain",
    "explain nosuch", "apply nosuch", "bench", "observe on off",
])
def test_bad_input_raises_usage_error(notebook, line):
    with pytest.raises(UsageError):
        notebook.run_line_magic("hybridize", line)


def test_bad_cell_magic_options_raise_before_the_cell_runs(ip):
    with pytest.raises(UsageError):
        ip.run_cell_magic("hybridize", "--nope", "ran = True\n")
    assert "ran" not in ip.user_ns


def test_report_json_is_the_spec_5_report_with_cell_fields(notebook):
    with capture_output() as captured:
        notebook.run_line_magic("hybridize", "report --format json")
    report = json_output(captured)
    assert report["schema"] == "hybridize-report/1"
    entries = functions(report)
    assert entries["loss"]["transformations"] == ["CONVERT_TO_HYBRID"]
    assert "HAS_PYTHON_SIDE_EFFECTS" in codes(entries["log"])
    assert (entries["loss"]["cell_id"], entries["loss"]["execution_count"]) == ("defs", 2)
    assert {unit["id"] for unit in report["units"]} >= {"cell:setup", "cell:defs", "cell:calls"}


def test_report_df_returns_a_dataframe(notebook):
    frame = notebook.run_line_magic("hybridize", "report --format df")
    assert len(frame) == 2


def test_the_table_shows_every_function(notebook):
    with capture_output() as captured:
        notebook.run_line_magic("hybridize", "")
    shown = captured.stdout + "".join(output.data.get("text/plain", "") for output in captured.outputs)
    assert "loss" in shown and "log" in shown and "add @tf.function" in shown


def test_explain_prints_findings_explanations_hints_and_assumptions(notebook):
    with capture_output() as captured:
        notebook.run_line_magic("hybridize", "explain log")
    text = captured.stdout
    assert text.startswith("log (cell defs, In[2], line 5)")
    assert "HAS_PYTHON_SIDE_EFFECTS" in text and "Explanation:" in text and "Hint:" in text
    notebook.run_line_magic("hybridize", "observe on")
    run(notebook, "l = loss(x)")
    with capture_output() as captured:
        notebook.run_line_magic("hybridize", "explain loss")
    assert "OBSERVED_CALLS: `loss`: 1 call(s) seen: x float32[2,3]" in captured.stdout


def test_explain_names_callables_without_notebook_source(notebook):
    run(notebook, "square = lambda v: v * v")
    with capture_output() as captured:
        notebook.run_line_magic("hybridize", "explain square")
    assert captured.stdout.strip() == "square: no notebook source (a lambda); nothing to analyse"


def test_cell_magic_runs_the_cell_and_shows_only_its_functions(notebook):
    with capture_output() as captured:
        run(notebook, """
            %%hybridize --json
            def norm(v):
                return tf.sqrt(tf.reduce_sum(v * v))
            n = norm(x)
            print("computed")
        """, cell_id="magic")
    assert "computed" in captured.stdout
    assert float(notebook.user_ns["n"]) == pytest.approx(6 ** 0.5)
    report = json_output(captured)
    assert [entry["qualname"] for entry in report["functions"]] == ["norm"]
    assert report["functions"][0]["unit"] == "cell:magic"
    assert not hasattr(notebook.user_ns["norm"], "python_function")  # unchanged without --apply


def test_cell_magic_apply_rebinds_and_offers_the_rewritten_cell(notebook, tf):
    source = "%%hybridize --apply\ndef cube(v):\n    return v * v * v\nc = cube(x)\n"
    with capture_output():
        run(notebook, source, cell_id="cube")
    assert hasattr(notebook.user_ns["cube"], "python_function")
    assert notebook.rl_next_input == "%%hybridize --apply\n@tf.function\ndef cube(v):\n    return v * v * v\nc = cube(x)\n"


def test_user_errors_in_the_cell_magic_body_show_as_usual(notebook):
    with capture_output() as captured:
        result = notebook.run_cell("%%hybridize\ndef ok(v):\n    return v\nraise KeyError('mine')\n",
                                   store_history=True)
    assert "Traceback" in captured.stdout and "KeyError: 'mine'" in captured.stdout
    assert isinstance(result.error_in_exec, UsageError)  # the cell still counts as failed
    assert "KeyError" in str(result.error_in_exec)
    assert "ok" in notebook.user_ns


def test_observe_without_a_state_reports_it(ip):
    with capture_output() as captured:
        ip.run_line_magic("hybridize", "observe")
    assert captured.stdout.strip() == "hybridize: observation is off"


@pytest.fixture
def fake_bench(monkeypatch):
    """A run_benchmark that records its calls (the real one is tested in test_bench.py)."""
    calls = []

    def run_benchmark(shell, session, name, args_expr=None, budget=2.0, force=False, call=None):
        if name == "refused":
            raise UsageError("no call of `refused` was observed yet")
        calls.append((name, args_expr, budget, force))
        return {"name": name, "speedup": 2.0, "eager_ms": 2.0, "graph_ms": 1.0}

    monkeypatch.setattr("hybridize_kernel.bench.run_benchmark", run_benchmark)
    return calls


def test_cell_magic_bench_benchmarks_the_candidates_it_defines(notebook, fake_bench):
    with capture_output() as captured:
        run(notebook, """
            %%hybridize --bench
            def refused(v):
                return v * 2
            def plain(n):
                return n + 1
            def twice(v):
                return refused(v) + v
            t = twice(x)
        """, cell_id="benched")
    assert [name for name, *_ in fake_bench] == ["twice"]
    assert "hybridize: refused: no call of `refused` was observed yet" in captured.stderr


def test_bench_passes_its_arguments_to_the_benchmark(notebook, fake_bench):
    calls = fake_bench
    result = notebook.run_line_magic("hybridize", "bench loss --args (x, ) --budget 0.5 --force")
    assert result["speedup"] == 2.0
    assert calls == [("loss", "(x, )", 0.5, True)]
    with capture_output() as captured:
        notebook.run_line_magic("hybridize", "report --format json")
    assert functions(json_output(captured))["loss"]["benchmark"] == result


def test_the_table_gets_working_actions(notebook, monkeypatch):
    shown = []
    monkeypatch.setattr("hybridize_kernel.table.display_report", lambda report, actions: shown.append((report, actions)))
    notebook.run_line_magic("hybridize", "")
    (report, actions), = shown
    assert {entry["qualname"] for entry in report["functions"]} == {"loss", "log"}
    assert actions.explain("loss").startswith("loss (cell defs")
    message = actions.apply("loss")
    assert "`loss` is now `tf.function(loss)`" in message and "next input" in message
    assert hasattr(notebook.user_ns["loss"], "python_function")


def test_loading_twice_and_reloading_keep_one_set_of_hooks(ip):
    from hybridize_kernel.session import get_session

    hooks = get_session(ip).hooks
    ip.run_line_magic("load_ext", "hybridize_kernel")
    ip.run_line_magic("reload_ext", "hybridize_kernel")
    callbacks = [c for c in ip.events.callbacks["post_run_cell"] if getattr(c, "__self__", None).__class__.__name__ == "Hooks"]
    assert len(callbacks) == 1 and callbacks[0].__self__ is not hooks
    run(ip, "def f(x):\n    return x\n")
    with capture_output() as captured:
        ip.run_line_magic("hybridize", "explain f")
    assert captured.stdout.startswith("f (In[1], line 1)")


def test_unloading_removes_magics_and_hooks(ip):
    ip.run_line_magic("unload_ext", "hybridize_kernel")
    assert ip.find_line_magic("hybridize") is None and ip.find_cell_magic("hybridize") is None
    assert not any(getattr(c, "__self__", None).__class__.__name__ == "Hooks"
                   for event in ("pre_run_cell", "post_run_cell") for c in ip.events.callbacks[event])
    ip.run_line_magic("load_ext", "hybridize_kernel")


# --- %hybridize config ----------------------------------------------------------------------------

def test_config_switches_to_the_papers_tables_for_the_session(ip, tf):
    run(ip, "import tensorflow as tf\n@tf.function\ndef ramp():\n    return tf.range(3)\nr = ramp()\n",
        cell_id="ramp")
    with capture_output() as captured:
        ip.run_line_magic("hybridize", "config tables=paper")
    assert "tables=paper" in captured.stdout
    with capture_output() as captured:
        ip.run_line_magic("hybridize", "report --format json")
    report = json_output(captured)
    assert report["tables"] == "paper"
    assert functions(report)["ramp"]["transformations"] == ["CONVERT_TO_EAGER"]  # P2 on no tensor alone
    ip.run_line_magic("hybridize", "config tables=default")
    with capture_output() as captured:
        ip.run_line_magic("hybridize", "report --format json")
    assert functions(json_output(captured))["ramp"]["transformations"] == []


@pytest.mark.parametrize("line, message", [
    ("config tables=papers", "tables must be `default` or `paper`"),
    ("config few_values=-1", "few_values must be a whole number"),
    ("config expected_calls=many", "expected_calls must be a whole number"),
    ("config colour=red", "unknown setting 'colour=red'"),
])
def test_config_refuses_bad_settings_in_one_line(ip, line, message):
    with pytest.raises(UsageError, match=message):
        ip.run_line_magic("hybridize", line)
    with capture_output() as captured:
        ip.run_line_magic("hybridize", "config")
    assert captured.stdout.strip() == "hybridize: tables=default few_values=2 min_graph_ops=0 min_graph_calls=0 booleans=off plan=on expected_calls=0"
