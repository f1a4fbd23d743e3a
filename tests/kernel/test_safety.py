"""The advisor never breaks the user's session: failures are one warning line, after the cell ran;
nothing changes what a cell does unless asked; the user's own modules never shadow ours."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from IPython.utils.capture import capture_output

from conftest import run, session_of


def warning_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("hybridize:")]


def test_a_failing_analysis_in_the_hook_is_one_line_after_the_cell_ran(ip, monkeypatch):
    session = session_of(ip)
    session.channel.comms.append(type("Comm", (), {"send": lambda self, data: None})())  # a frontend listens

    def broken(*args, **kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr("hybridize_kernel.analyse.analyse_specs", broken)
    with capture_output() as captured:
        result = ip.run_cell("value = 41 + 1\nprint('user output')", store_history=True)
    assert result.success and ip.user_ns["value"] == 42
    assert "user output" in captured.stdout
    assert warning_lines(captured.stderr) == [
        "hybridize: internal error (RuntimeError: engine exploded); your cell ran normally"]
    assert "Traceback" not in captured.stdout + captured.stderr
    assert len(session.errors) == 1
    session.errors.clear()
    session.channel.comms.clear()


def test_a_failing_magic_is_one_line(ip, monkeypatch):
    run(ip, "def f(x):\n    return x\n")

    def broken(*args, **kwargs):
        raise KeyError("lost")

    monkeypatch.setattr("hybridize_kernel.analyse.analyse_specs", broken)
    with capture_output() as captured:
        result = ip.run_cell("%hybridize", store_history=True)
    assert result.success
    assert len(warning_lines(captured.stderr)) == 1 and "Traceback" not in captured.stdout + captured.stderr
    session_of(ip).errors.clear()


def test_a_failing_cell_magic_analysis_keeps_the_cell_effects(ip, monkeypatch):
    monkeypatch.setattr("hybridize_kernel.analyse.analyse_specs", lambda *a, **k: 1 / 0)
    with capture_output() as captured:
        result = ip.run_cell("%%hybridize\ncounter = 7\n", store_history=True)
    assert result.success and ip.user_ns["counter"] == 7
    assert len(warning_lines(captured.stderr)) == 1
    session_of(ip).errors.clear()


def test_a_failing_recorder_never_affects_the_call(ip, monkeypatch):
    run(ip, "def f(x):\n    return [x]\n")
    ip.run_line_magic("hybridize", "observe on")

    def broken(value):
        raise RuntimeError("cannot describe")

    monkeypatch.setattr("hybridize_kernel.observe.describe_argument", broken)
    marker = object()
    assert ip.user_ns["f"](marker) == [marker]
    record = session_of(ip).observer.record_for(ip.user_ns["f"])
    assert (record.count, record.failures) == (1, 1)


def test_observation_does_not_change_results(ip, tf):
    run(ip, """
        import tensorflow as tf
        w = tf.Variable(tf.ones([3, 2]))
        def step(x):
            w.assign_sub(0.1 * tf.matmul(tf.transpose(x), tf.matmul(x, w)))
            return tf.reduce_sum(w)
    """)
    calls = "tf.random.set_seed(1)\nw.assign(tf.ones([3, 2]))\ntotals = [float(step(tf.random.normal([4, 3]))) for _ in range(3)]"
    run(ip, calls)
    plain = ip.user_ns["totals"]
    ip.run_line_magic("hybridize", "observe on")
    run(ip, calls)
    assert session_of(ip).observer.record_for(ip.user_ns["step"]).count == 3
    assert ip.user_ns["totals"] == plain


def run_python(code: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_users_own_modules_next_to_the_notebook_do_not_break_loading(tmp_path):
    for name in ("analysis", "session", "magics", "observe", "livefacts", "comm", "apply", "table", "bench",
                 "errors", "values", "explain", "advisor", "extension", "report", "units", "engine"):
        (tmp_path / f"{name}.py").write_text("raise ImportError('user module imported by mistake')\n")
    result = run_python("""
        import sys
        sys.path.insert(0, "")  # IPython puts the working directory first
        from IPython.testing.globalipapp import get_ipython
        ip = get_ipython()
        ip.run_line_magic("load_ext", "hybridize_kernel")
        ip.run_cell("def f(x):\\n    return x\\n", store_history=True)
        ip.run_line_magic("hybridize", "report --format json")
        from hybridize_kernel.session import get_session
        assert get_session(ip).errors == [], get_session(ip).errors
        print("loaded")
    """, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "loaded" in result.stdout and "hybridize:" not in result.stderr


def test_a_kernel_without_tensorflow_never_imports_it(tmp_path):
    result = run_python("""
        import sys
        from IPython.testing.globalipapp import get_ipython
        ip = get_ipython()
        ip.run_line_magic("load_ext", "hybridize_kernel")
        ip.run_line_magic("hybridize", "observe on")
        ip.run_cell("import numpy as np\\ndef f(x):\\n    return x * 2\\n", store_history=True)
        ip.run_cell("y = f(np.ones(3))\\nsquare = lambda v: v * v", store_history=True)
        ip.run_line_magic("hybridize", "")
        ip.run_line_magic("hybridize", "explain f")
        ip.run_line_magic("hybridize", "apply f")
        ip.run_line_magic("unload_ext", "hybridize_kernel")
        print("next input:", repr(ip.rl_next_input))
        print("tensorflow imported:", "tensorflow" in sys.modules)
    """, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "tensorflow imported: False" in result.stdout
    # NumPy arrays are not tensors: `f` is pure NumPy and keeps running eagerly, in one line
    assert "hybridize: `f`: nothing to apply (keep eager)" in result.stdout
