"""`%hybridize apply`: the namespace is rebound now, the rewritten cell is offered, never written."""
from __future__ import annotations

import pytest
from IPython.core.error import UsageError
from IPython.utils.capture import capture_output

from conftest import functions, run, session_of
from hybridize_kernel.analyse import analyse_session

DEFS = '''
import tensorflow as tf

def square(x):
    return x * x

@tf.function
def schedule(steps):
    for step in range(steps):
        pass
'''


@pytest.fixture
def cells(ip, tf):
    run(ip, DEFS, cell_id="defs")
    run(ip, "y = square(tf.ones([2]))\nschedule(3)\n", cell_id="calls")
    return ip


def apply(shell, line: str) -> str:
    with capture_output() as captured:
        shell.run_line_magic("hybridize", f"apply {line}")
    return captured.stdout


def is_hybrid(value) -> bool:
    return hasattr(value, "python_function")


def test_apply_adds_the_decorator_in_the_namespace_and_offers_the_cell(cells, tf):
    original = cells.user_ns["square"]
    out = apply(cells, "square")
    rebound = cells.user_ns["square"]
    assert is_hybrid(rebound) and rebound.python_function is original
    assert rebound(tf.constant([3.0])).numpy().tolist() == [9.0]
    assert cells.rl_next_input == DEFS.replace("def square", "@tf.function\ndef square")
    assert session_of(cells).runs[1].source == DEFS  # the user's cell text is untouched
    assert "+@tf.function" in out and "offered as the next input" in out
    _, report = analyse_session(cells)
    assert functions(report)["square"]["applied"] is True


def test_apply_removes_the_decorator_of_a_function_without_tensors(cells):
    hybrid = cells.user_ns["schedule"]
    apply(cells, "schedule")
    assert cells.user_ns["schedule"] is hybrid.python_function
    assert "@tf.function\ndef schedule" not in cells.rl_next_input
    assert "def schedule(steps):" in cells.rl_next_input


def test_apply_all_rewrites_each_cell_once(cells):
    out = apply(cells, "--all")
    assert is_hybrid(cells.user_ns["square"]) and not is_hybrid(cells.user_ns["schedule"])
    assert cells.rl_next_input.count("@tf.function") == 1
    assert out.count("--- defs (as it ran)") == 1


def test_apply_all_across_cells_shows_diffs_and_offers_nothing_partial(cells):
    run(cells, "def cube(x):\n    return x * x * x\n", cell_id="more")
    run(cells, "c = cube(tf.ones([2]))", cell_id="more-calls")
    cells.rl_next_input = None
    out = apply(cells, "--all")
    assert is_hybrid(cells.user_ns["cube"]) and is_hybrid(cells.user_ns["square"])
    assert "--- defs (as it ran)" in out and "--- more (as it ran)" in out
    assert cells.rl_next_input is None
    assert "2 cells change" in out


def test_assignment_form_hybrids_are_rebound_by_their_name(ip, tf):
    run(ip, "import tensorflow as tf\ndef ramp(n):\n    for i in range(n):\n        pass\n"
        "fast_ramp = tf.function(ramp)\n", cell_id="ramp")
    run(ip, "fast_ramp(3)")
    apply(ip, "ramp")
    assert ip.user_ns["fast_ramp"] is ip.user_ns["ramp"]
    assert "fast_ramp = ramp\n" in ip.rl_next_input


def test_observed_retracing_reconfigures_with_an_input_signature(ip, tf):
    run(ip, "import tensorflow as tf\n@tf.function\ndef total(x):\n    return tf.reduce_sum(x)\n", cell_id="t")
    ip.run_line_magic("hybridize", "observe on")
    run(ip, "for n in (2, 3, 4):\n    total(tf.ones([n, 5]))\n")
    before = ip.user_ns["total"]
    apply(ip, "total")
    after = ip.user_ns["total"]
    assert after is not before and after.python_function is before.python_function
    spec = after.input_signature[0]
    assert spec.shape.as_list() == [None, 5] and spec.dtype == tf.float32
    assert "@tf.function(input_signature=[tf.TensorSpec(shape=[None, 5], dtype=tf.float32)])" in ip.rl_next_input
    record = session_of(ip).observer.record_for(after)
    assert record is not None and record.count == 3  # observation goes on with the new object


def test_nothing_to_apply_says_why(cells):
    run(cells, "def show(v):\n    print(v)\n", cell_id="show")
    run(cells, "show(tf.ones([1]))")
    out = apply(cells, "show")
    assert "`show`: nothing to apply (keep eager)" in out


def test_a_name_rebound_elsewhere_is_not_touched(cells):
    run(cells, "square = 42")
    out = apply(cells, "square")
    assert cells.user_ns["square"] == 42
    assert "now bound to something else" in out


def test_unknown_names_are_usage_errors(cells):
    with pytest.raises(UsageError, match="no function named `nope`"):
        cells.run_line_magic("hybridize", "apply nope")


def test_methods_are_rebound_on_their_class(ip, tf):
    run(ip, """
        import tensorflow as tf
        class Scaler:
            def scale(self, x):
                return x * 2.0
        scaler = Scaler()
    """, cell_id="cls")
    run(ip, "out = scaler.scale(tf.ones([2]))")
    original = ip.user_ns["Scaler"].__dict__["scale"]
    apply(ip, "Scaler.scale")
    rebound = ip.user_ns["Scaler"].__dict__["scale"]
    assert is_hybrid(rebound) and rebound.python_function is original
    assert ip.user_ns["scaler"].scale(tf.ones([2])).numpy().tolist() == [2.0, 2.0]
    assert "    @tf.function\n    def scale(self, x):" in ip.rl_next_input


def test_the_fix_preview_is_the_cell_with_tf_print_and_nothing_rebound(ip, tf):
    """The panel's "Fix": the cell with `print` turned into `tf.print`, without the decorator and
    without touching the namespace (the panel writes it; running the cell makes it live)."""
    from hybridize_kernel import advisor

    source = "import tensorflow as tf\n\ndef show(x):\n    print(x)\n    return x + 1.0\n"
    run(ip, source, cell_id="show")
    run(ip, "def plain(x):\n    return x * 2.0\n\nshow(tf.ones([2]))\nplain(tf.ones([2]))\n", cell_id="call")
    original = ip.user_ns["show"]
    [cell] = advisor.fix_preview(ip, "show")
    assert cell.cell_id == "show" and cell.old_source == source
    assert cell.new_source == source.replace("    print(x)", "    tf.print(x)")
    assert ip.user_ns["show"] is original
    with pytest.raises(Exception, match="no fix"):
        advisor.fix_preview(ip, "plain")
