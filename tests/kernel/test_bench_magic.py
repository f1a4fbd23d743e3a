"""Benchmarking from the notebook: `%hybridize bench NAME`, `bench --all`, the table's button, the
comm's `bench` request and `hybridize_kernel.benchmark` all go through advisor.benchmark and
bench.run_benchmark; what they show (progress, summary, chart, summary table) and keep (the
report's `benchmark` field). Tiny model, budgets of a few tenths of a second."""
from __future__ import annotations

import base64
import json
import math

import numpy as np
import pytest
from IPython.core.error import UsageError
from IPython.utils.capture import capture_output

from conftest import functions, run, session_of
from test_comm import kernel_shell, open_comm  # noqa: F401 (a fixture)

BUDGET = 0.2

NOTEBOOK = {
    "setup": """
        import numpy as np
        import tensorflow as tf

        tf.keras.utils.set_random_seed(0)
        model = tf.keras.Sequential([tf.keras.layers.Input((4,)), tf.keras.layers.Dense(8, activation="relu"),
                                     tf.keras.layers.Dense(2)])
        optimizer = tf.keras.optimizers.Adam(1e-2)
        loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
        x = tf.random.stateless_normal((8, 4), seed=(1, 2))
        y = tf.constant(np.arange(8) % 2)
    """,
    "defs": """
        def train_step(x, y):
            with tf.GradientTape() as tape:
                loss = loss_fn(y, model(x, training=True))
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply_gradients(zip(grads, model.trainable_variables))
            return loss

        def predict(x):
            return tf.nn.softmax(model(x))

        history = []

        def logged_loss(x, y):
            history.append(1)
            return loss_fn(y, model(x))

        def never_called(x):
            return x * 2.0
    """,
    "calls": """
        for _ in range(2):
            loss = train_step(x, y)
        p = predict(x)
        l = logged_loss(x, y)
    """,
}


def load_notebook(shell) -> None:
    shell.run_line_magic("hybridize", "observe on")
    for cell_id, source in NOTEBOOK.items():
        run(shell, source, cell_id=cell_id)


@pytest.fixture
def notebook(ip, tf):
    load_notebook(ip)
    return ip


def state(shell) -> list[np.ndarray]:
    """Every weight, optimizer slot and iteration counter, copied."""
    return [np.array(v.numpy(), copy=True) for v in [*shell.user_ns["model"].variables,
                                                      *shell.user_ns["optimizer"].variables]]


def assert_bitwise_equal(before: list[np.ndarray], after: list[np.ndarray]) -> None:
    assert len(before) == len(after)
    for old, new in zip(before, after):
        assert old.dtype == new.dtype and np.array_equal(old, new)


def bundles(captured) -> list[dict]:
    return [output.data for output in captured.outputs]


def chart_of(data: list[dict]) -> dict:
    [chart] = [bundle for bundle in data if "image/svg+xml" in bundle or "image/png" in bundle]
    return chart


def report_json(shell) -> dict:
    with capture_output() as captured:
        shell.run_line_magic("hybridize", "report --format json")
    [report] = [bundle["application/json"] for bundle in bundles(captured) if "application/json" in bundle]
    return report


# --- %hybridize bench NAME ----------------------------------------------------------------------

def test_bench_shows_progress_summary_and_chart_and_keeps_the_result(notebook):
    before = state(notebook)
    with capture_output() as captured:
        result = notebook.run_line_magic("hybridize", f"bench train_step --budget {BUDGET}")
    assert "benchmark [" in captured.stdout and "100%" in captured.stdout  # the text progress bar
    data = bundles(captured)
    summary = data[0]["text/plain"]
    assert summary.startswith("train_step: graph") and "eager" in summary and "XLA" in summary
    chart = chart_of(data)
    assert chart["text/plain"].startswith("[chart] train_step: eager")
    if "image/png" in chart:
        assert base64.b64decode(chart["image/png"]).startswith(b"\x89PNG")
    else:
        assert chart["image/svg+xml"].startswith("<svg") and "train_step" in chart["image/svg+xml"]

    assert result["name"] == "train_step" and result["equivalent"] is True and result["eager_ms"] > 0
    assert repr(result).startswith("{")  # a dict; IPython shows one line
    assert notebook.display_formatter.format(result)[0]["text/plain"].startswith("<benchmark train_step: graph")
    entry = functions(report_json(notebook))["train_step"]
    assert entry["benchmark"] == json.loads(json.dumps(result))
    assert_bitwise_equal(before, state(notebook))


def test_bench_with_explicit_arguments_and_bad_input(notebook):
    with capture_output():
        result = notebook.run_line_magic("hybridize", f"bench never_called --args (x,) --budget {BUDGET}")
    assert result["equivalent"] is True
    for line, message in [("bench never_called", "no call of `never_called` was observed"),
                          ("bench logged_loss", "Python side effects"),
                          ("bench train_step --budget 0", "positive number"),
                          ("bench train_step --all", "--all takes no function name"),
                          ("bench --all --args (x,)", "--all takes no function name"),
                          ("bench nosuch", "no function named `nosuch`")]:
        with pytest.raises(UsageError, match=message):
            notebook.run_line_magic("hybridize", line)


# --- %hybridize bench --all ---------------------------------------------------------------------

def test_bench_all_runs_every_observed_candidate_sorted_by_speedup(notebook):
    before, history = state(notebook), list(notebook.user_ns["history"])
    with capture_output() as captured:
        notebook.run_cell(f"results = %hybridize bench --all --budget {BUDGET}", store_history=True)
    results = notebook.user_ns["results"]
    names = [result["name"] for result in results]
    assert sorted(names) == ["predict", "train_step"]  # not the refused one, not the uncalled one
    speedups = [result["speedup"] for result in results]
    assert speedups == sorted(speedups, reverse=True)
    assert_bitwise_equal(before, state(notebook))
    assert notebook.user_ns["history"] == history  # the refused function never ran

    [table] = [bundle for bundle in bundles(captured) if "text/html" in bundle]
    text = table["text/plain"]
    header, _, *rows = text.splitlines()
    assert header.split() == ["function", "eager", "ms", "graph", "ms", "XLA", "ms", "speedup", "equivalent",
                              "verdict"]
    assert [row.split()[0] for row in rows[:2]] == names
    assert rows[2].startswith("skipped logged_loss:") and "Python side effects" in rows[2]
    assert "never_called" not in text
    assert "<table" in table["text/html"] and "logged_loss" in table["text/html"]
    assert notebook.display_formatter.format(results)[0]["text/plain"].startswith("<2 benchmark results: ")

    report = functions(report_json(notebook))
    assert report["train_step"]["benchmark"]["name"] == "train_step"
    assert report["logged_loss"]["benchmark"] is None


def test_bench_all_with_force_includes_the_side_effectful_function(notebook):
    before = state(notebook)
    with capture_output() as captured:
        results = notebook.run_line_magic("hybridize", f"bench --all --force --budget {BUDGET}")
    assert sorted(result["name"] for result in results) == ["logged_loss", "predict", "train_step"]
    assert "skipped" not in bundles(captured)[-1]["text/plain"]
    assert_bitwise_equal(before, state(notebook))
    assert len(notebook.user_ns["history"]) > 1  # its effect ran on every call: that is what --force means


def test_bench_all_with_nothing_observed(ip, tf):
    run(ip, "def f(x):\n    return x\n")
    with capture_output() as captured:
        results = ip.run_line_magic("hybridize", "bench --all")
    assert results == [] and bundles(captured)[-1]["text/plain"].startswith(
        "no candidate was called with observation on: run `%hybridize observe on`")


# --- the table's Benchmark button ---------------------------------------------------------------

def test_the_table_button_updates_its_row(notebook):
    from hybridize_kernel import advisor
    from hybridize_kernel.table import ReportTable

    _, report = advisor.analyse_session(notebook)
    actions = advisor.table_actions(notebook)
    before = state(notebook)
    table = ReportTable(report, actions)
    row = next(row for row in table.rows if row.qualname == "predict")
    with capture_output():
        row.benchmark_button.click()
    row = next(row for row in table.rows if row.qualname == "predict")
    assert row.entry["benchmark"]["name"] == "predict"
    assert "\u00d7" in row.cells["speedup"].value and "graph" in row.cells["speedup"].value
    assert table.output.outputs[-1]["text"].startswith("predict: speedup ")
    assert functions(report_json(notebook))["predict"]["benchmark"] == row.entry["benchmark"]
    assert_bitwise_equal(before, state(notebook))


# --- hybridize_kernel.benchmark -----------------------------------------------------------------

def test_python_api_on_a_notebook_function_with_explicit_arguments(notebook):
    import hybridize_kernel

    with capture_output() as captured:
        result = hybridize_kernel.benchmark(notebook.user_ns["never_called"], (notebook.user_ns["x"],),
                                            budget=BUDGET)
    assert result["name"] == "never_called" and result["equivalent"] is True
    assert captured.outputs[0].data["text/plain"].startswith("never_called: graph")
    chart_of(bundles(captured))
    assert functions(report_json(notebook))["never_called"]["benchmark"] == result  # kept, as by the magic
    with pytest.raises(UsageError, match="Python side effects"):
        hybridize_kernel.benchmark("logged_loss", budget=BUDGET)
    with capture_output():
        assert hybridize_kernel.benchmark("logged_loss", budget=BUDGET, force=True)["name"] == "logged_loss"


def test_python_api_on_a_plain_function(shell, tf):
    import hybridize_kernel

    def scale(v, factor=2.0):
        return tf.reduce_sum(v * factor)

    with capture_output() as captured:
        result = hybridize_kernel.benchmark(scale, tf.ones([16]), {"factor": 3.0}, budget=BUDGET)
    assert result["name"].endswith("scale") and result["equivalent"] is True
    assert math.isfinite(result["speedup"]) and result["graph_calls"] > 0
    assert "graph" in captured.outputs[0].data["text/plain"]


def test_importing_the_package_does_not_import_tensorflow(tmp_path):
    import subprocess
    import sys

    code = ("import sys, hybridize_kernel\nfrom hybridize_kernel import benchmark\n"
            "print(callable(benchmark), 'tensorflow' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path,
                            check=False)
    assert result.stdout.split() == ["True", "False"], result.stderr


# --- the comm's bench request -------------------------------------------------------------------

def test_comm_bench_sends_progress_then_the_result_then_the_report(kernel_shell):  # noqa: F811
    load_notebook(kernel_shell)
    before = state(kernel_shell)
    comm = open_comm(kernel_shell)
    comm.sent.clear()
    comm.receive({"type": "bench", "qualname": "train_step", "budget": BUDGET})
    kinds = comm.types()
    assert kinds[0] == "bench_progress" and kinds[-2:] == ["bench_result", "report"]
    assert set(kinds[:-2]) == {"bench_progress"} and len(kinds) > 4
    fractions = [message["fraction"] for message in comm.sent[:-2]]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert all(message["qualname"] == "train_step" for message in comm.sent[:-1])
    result = comm.sent[-2]
    assert result["benchmark"]["name"] == "train_step" and result["benchmark"]["equivalent"] is True
    json.dumps(comm.sent, allow_nan=False)
    entry = functions(comm.sent[-1]["report"])["train_step"]
    assert entry["benchmark"] == result["benchmark"]
    assert_bitwise_equal(before, state(kernel_shell))

    comm.sent.clear()
    comm.receive({"type": "bench", "qualname": "logged_loss", "budget": BUDGET})
    [error] = comm.sent
    assert error["type"] == "error" and error["qualname"] == "logged_loss" and "--force" in error["message"]
    comm.receive({"type": "bench", "qualname": "train_step", "budget": "soon"})
    assert comm.sent[-1]["type"] == "error" and "positive number" in comm.sent[-1]["message"]

    comm.sent.clear()  # in a kernel the magic shows a widget bar; the report reaches the panel when the cell ends
    with capture_output() as captured:
        kernel_shell.run_line_magic("hybridize", f"bench predict --budget {BUDGET}")
    data = bundles(captured)
    assert "application/vnd.jupyter.widget-view+json" in data[0] and "benchmark [" not in captured.stdout
    assert data[1]["text/plain"].startswith("predict: graph") and chart_of(data)
    assert [message["type"] for message in comm.sent] == []
    assert session_of(kernel_shell).errors == []
