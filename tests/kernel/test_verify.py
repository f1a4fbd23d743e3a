"""Verify before apply (SPEC 8.1): a rewrite runs on the calls the kernel observed, against the
code as it is, before it is written; one that computes something else is not written."""
from __future__ import annotations

import pytest
from IPython.utils.capture import capture_output

from conftest import functions, run, session_of
from hybridize_kernel import advisor
from hybridize_kernel.analyse import analyse_session
from hybridize_kernel.verify import verify_rewrite


def test_a_rewrite_that_computes_the_same_is_verified(tf):
    weights = tf.Variable([1.0, 2.0])

    def step(x):
        weights.assign_add(x)
        return tf.reduce_sum(weights * x)

    calls = [((tf.constant([1.0, 1.0]),), {}), ((tf.constant([0.5, 2.0]),), {})]
    verdict = verify_rewrite(step, "CONVERT_TO_HYBRID", {}, calls)
    assert verdict.verified is True and verdict.calls == 2 and verdict.max_abs_diff == 0
    assert weights.numpy().tolist() == [1.0, 2.0]  # the variable is put back
    assert verdict.describe() == "verified on 2 observed calls (max difference 0)"


def test_a_rewrite_that_computes_something_else_is_caught(tf):
    """A Python list the function reads: eagerly each call sees it grow, the graph keeps the
    length it had while tracing."""
    seen = []

    def scaled(x):
        seen.append(1)
        return x * float(len(seen))

    verdict = verify_rewrite(scaled, "CONVERT_TO_HYBRID", {}, [((tf.constant(1.0),), {}), ((tf.constant(2.0),), {})])
    assert verdict.verified is False
    assert "return value" in verdict.what and verdict.detail
    assert verdict.describe().startswith("not applied: as rewritten it computes something else")


def test_removing_a_decorator_is_verified_the_other_way(tf):
    graph = tf.function(lambda x: tf.square(x) + 1.0)
    verdict = verify_rewrite(graph, "CONVERT_TO_EAGER", {}, [((tf.constant([3.0]),), {})])
    assert verdict.verified is True and verdict.calls == 1


def test_without_an_observed_call_nothing_is_replayed(tf):
    verdict = verify_rewrite(lambda x: x, "CONVERT_TO_HYBRID", {}, [])
    assert verdict.verified is None
    assert verdict.describe() == "unverified: no call of it was observed yet, so nothing could be replayed"


def test_apply_says_how_it_verified_and_the_report_carries_the_verdict(ip, tf):
    ip.run_line_magic("hybridize", "observe on")
    run(ip, "import tensorflow as tf\n\ndef square(x):\n    return x * x\n", cell_id="defs")
    run(ip, "y = square(tf.ones([2]))\n", cell_id="calls")
    cells, verdicts = advisor.preview(ip, ["square"])
    assert [cell.qualnames for cell in cells] == [["square"]]
    assert verdicts["square"].verified is True and verdicts["square"].calls == 1
    _, report = analyse_session(ip)
    entry = functions(report)["square"]
    assert entry["verified"] is True and entry["transformations"] == ["CONVERT_TO_HYBRID"]
    assert "verified on 1 observed call" in entry["wording"]["verification"]


def test_a_rewrite_that_differs_is_withdrawn_and_not_written(ip, tf, monkeypatch):
    """Planted: the verification finds a difference; nothing is written, and the report's row
    says BEHAVIOUR_DIFFERS with what differed instead of recommending the decorator."""
    from hybridize_kernel.verify import Verification

    monkeypatch.setattr(advisor, "verify_rewrite", lambda *args, **kwargs: Verification(
        False, 1, max_abs_diff=0.5, what="the return value", detail="max difference 0.5"))
    ip.rl_next_input = None
    run(ip, "import tensorflow as tf\n\ndef square(x):\n    return x * x\n\n\ny = square(tf.ones([2]))\n",
        cell_id="defs")
    with capture_output() as captured:
        ip.run_line_magic("hybridize", "apply square")
    assert "not applied: as rewritten it computes something else" in captured.stdout
    assert not hasattr(ip.user_ns["square"], "python_function")  # not rebound
    assert ip.rl_next_input is None or "@tf.function" not in ip.rl_next_input  # no cell offered
    _, report = analyse_session(ip)
    entry = functions(report)["square"]
    assert entry["transformations"] == [] and entry["verified"] is False
    assert "BEHAVIOUR_DIFFERS" in [finding["code"] for finding in entry["findings"]]
    assert session_of(ip).verifications
    cells, _ = advisor.preview(ip, ["square"])  # the panel's Apply: nothing left to write
    assert cells == []


@pytest.mark.parametrize("option", ["--no-verify"])
def test_apply_can_skip_verification(ip, tf, monkeypatch, option):
    monkeypatch.setattr(advisor, "verify_rewrite", lambda *args, **kwargs: pytest.fail("verified"))
    run(ip, "import tensorflow as tf\n\ndef square(x):\n    return x * x\n\n\ny = square(tf.ones([2]))\n",
        cell_id="defs")
    with capture_output():
        ip.run_line_magic("hybridize", f"apply {option} square")
    assert hasattr(ip.user_ns["square"], "python_function")


def test_the_widget_table_shows_the_verdict(ip, tf):
    from hybridize_kernel.table import report_html

    ip.run_line_magic("hybridize", "observe on")
    run(ip, "import tensorflow as tf\n\ndef square(x):\n    return x * x\n", cell_id="defs")
    run(ip, "y = square(tf.ones([2]))\n", cell_id="calls")
    advisor.preview(ip, ["square"])
    _, report = analyse_session(ip)
    assert "Apply: verified on 1 observed call (max difference 0)" in report_html(report)
