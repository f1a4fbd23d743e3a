"""The comm target `hybridize`: reports after each execution, and the panel's requests."""
from __future__ import annotations

import pytest

from conftest import fresh_session, run, session_of


class FakeComm:
    def __init__(self):
        self.sent, self.closed = [], False
        self._on_msg = self._on_close = None

    def send(self, data):
        self.sent.append(data)

    def on_msg(self, callback):
        self._on_msg = callback

    def on_close(self, callback):
        self._on_close = callback

    def close(self):
        self.closed = True

    def receive(self, data):
        self._on_msg({"content": {"data": data}})

    def types(self):
        return [message["type"] for message in self.sent]


class FakeCommManager:
    def __init__(self):
        self.targets = {}

    def register_target(self, name, callback):
        self.targets[name] = callback

    def unregister_target(self, name, callback):
        assert self.targets.pop(name) == callback


class FakeKernel:
    def __init__(self):
        self.comm_manager = FakeCommManager()


@pytest.fixture
def kernel_shell(shell, tf):
    """The test shell as if it ran inside ipykernel, with the extension loaded."""
    fresh_session(shell)
    shell.kernel = FakeKernel()
    shell.run_line_magic("load_ext", "hybridize_kernel")
    session_of(shell).settings["min_graph_ops"] = 0  # one-line functions here: see conftest.ip
    session_of(shell).settings["min_graph_calls"] = 0
    yield shell
    errors = list(session_of(shell).errors)
    shell.run_line_magic("unload_ext", "hybridize_kernel")
    assert "hybridize" not in shell.kernel.comm_manager.targets
    del shell.kernel
    fresh_session(shell)
    assert errors == []


def open_comm(shell) -> FakeComm:
    comm = FakeComm()
    shell.kernel.comm_manager.targets["hybridize"](comm, {"content": {"data": {}}})
    return comm


def test_nothing_is_analysed_until_a_frontend_opens_the_comm(kernel_shell, monkeypatch):
    calls = []
    monkeypatch.setattr("hybridize_kernel.extension.advisor.analyse_session",
                        lambda shell: calls.append(shell) or (None, {}))
    run(kernel_shell, "def f(x):\n    return x\n")
    assert calls == []


def test_a_report_follows_the_opening_and_every_execution(kernel_shell):
    comm = open_comm(kernel_shell)
    assert comm.types() == ["report"]
    run(kernel_shell, "import tensorflow as tf\ndef f(x):\n    return x * 2\n", cell_id="c1")
    run(kernel_shell, "y = f(tf.ones([2]))", cell_id="c2")
    assert comm.types() == ["report", "report", "report"]
    report = comm.sent[-1]["report"]
    assert report["schema"] == "hybridize-report/1"
    entry = report["functions"][0]
    assert (entry["qualname"], entry["cell_id"], entry["transformations"]) == ("f", "c1", ["CONVERT_TO_HYBRID"])


def test_requests_analyse_apply_and_unknown(kernel_shell):
    run(kernel_shell, "import tensorflow as tf\ndef f(x):\n    return x * 2\n", cell_id="c1")
    run(kernel_shell, "y = f(tf.ones([2]))", cell_id="c2")
    comm = open_comm(kernel_shell)
    comm.receive({"type": "analyse"})
    assert comm.types() == ["report", "report"]
    comm.receive({"type": "apply", "qualname": "f"})
    assert comm.types()[-2:] == ["applied", "report"]
    assert next(e for e in comm.sent[-1]["report"]["functions"] if e["qualname"] == "f")["applied"] is True
    applied = comm.sent[-2]
    assert applied == {"type": "applied", "qualname": "f", "qualnames": ["f"], "cell_id": "c1", "unit": "cell:c1",
                       "old_source": "import tensorflow as tf\ndef f(x):\n    return x * 2\n",
                       "new_source": "import tensorflow as tf\n@tf.function\ndef f(x):\n    return x * 2\n"}
    assert hasattr(kernel_shell.user_ns["f"], "python_function")
    comm.receive({"type": "apply", "qualname": "nope"})
    assert comm.sent[-1] == {"type": "error", "message": "no function named `nope` in the cells executed so far"}
    comm.receive({"type": "launch"})
    assert comm.sent[-1]["type"] == "error"


def test_a_benchmark_the_report_refuses_runs_only_when_forced(kernel_shell):
    """The panel offers "Benchmark anyway" for a function with side effects; the kernel refuses
    a plain request and runs a forced one (its prints happen on every timed call)."""
    kernel_shell.run_line_magic("hybridize", "observe on")
    run(kernel_shell, "import tensorflow as tf\ndef shout(x):\n    print('called')\n    return x * 2\n", cell_id="c1")
    run(kernel_shell, "y = shout(tf.ones([2]))", cell_id="c2")
    comm = open_comm(kernel_shell)
    entry = next(e for e in comm.sent[-1]["report"]["functions"] if e["qualname"] == "shout")
    assert entry["benchmarkable"] is False and "side effects" in entry["benchmark_refusal"]
    comm.receive({"type": "bench", "qualname": "shout", "budget": 0.2})
    assert comm.sent[-1]["type"] == "error" and "not benchmarked" in comm.sent[-1]["message"]
    comm.receive({"type": "bench", "qualname": "shout", "budget": 0.2, "force": True})
    result = next(m for m in reversed(comm.sent) if m["type"] == "bench_result")
    assert result["qualname"] == "shout" and result["benchmark"]["eager_ms"] > 0
    assert comm.sent[-1]["type"] == "report"


def test_apply_from_the_magic_goes_to_the_panel_when_it_is_open(kernel_shell):
    run(kernel_shell, "import tensorflow as tf\ndef f(x):\n    return x * 2\n", cell_id="c1")
    run(kernel_shell, "y = f(tf.ones([2]))", cell_id="c2")
    comm = open_comm(kernel_shell)
    kernel_shell.rl_next_input = None
    run(kernel_shell, "%hybridize apply f")
    assert "applied" in comm.types()
    assert kernel_shell.rl_next_input is None


def test_a_closed_comm_gets_nothing_more(kernel_shell):
    comm = open_comm(kernel_shell)
    comm._on_close({})
    run(kernel_shell, "a = 1")
    assert comm.types() == ["report"]


def test_a_failing_request_is_one_error_message(kernel_shell, monkeypatch):
    comm = open_comm(kernel_shell)

    def broken(shell):
        raise RuntimeError("boom")

    monkeypatch.setattr("hybridize_kernel.extension.advisor.analyse_session", broken)
    comm.receive({"type": "analyse"})
    assert comm.sent[-1]["type"] == "error" and "RuntimeError: boom" in comm.sent[-1]["message"]
    session_of(kernel_shell).errors.clear()


def test_apply_all_preview_rewrites_without_rebinding_then_applies(shell):
    """The panel's "Apply all safe": a preview of every rewrite first, the real apply after."""
    from hybridize_kernel.comm import Channel

    sent = []

    class FakeComm:
        def send(self, message):
            sent.append(message)

    calls = {"apply": [], "preview": []}
    channel = Channel(shell, None, analyse=lambda: {}, bench=lambda q, b, force: {},
                      apply=lambda names: calls["apply"].append(names) or [],
                      preview=lambda names: calls["preview"].append(names) or ([], {}))
    channel._publish_all = lambda: None
    comm = FakeComm()
    channel.on_message(comm, {"content": {"data": {"type": "apply", "qualnames": ["f", "g"], "preview": True}}})
    assert calls == {"apply": [], "preview": [["f", "g"]]}
    channel.on_message(comm, {"content": {"data": {"type": "apply", "qualnames": ["f", "g"]}}})
    assert calls["apply"] == [["f", "g"]]
    channel.on_message(comm, {"content": {"data": {"type": "configure", "auto_analyse": False}}})
    assert channel.auto_analyse is False
    assert not [m for m in sent if m.get("type") == "error"]


def test_a_fix_request_replies_with_a_marked_preview(shell):
    from hybridize_kernel.apply import Applied
    from hybridize_kernel.comm import Channel

    sent = []

    class FakeComm:
        def send(self, message):
            sent.append(message)

    channel = Channel(shell, None, analyse=lambda: {}, bench=lambda q, b, force: {}, apply=lambda names: [],
                      fix=lambda name: [Applied("cell:1", "c1", "print(x)", "tf.print(x)", [name])])
    channel.on_message(FakeComm(), {"content": {"data": {"type": "fix", "qualname": "show"}}})
    assert sent == [{"type": "applied", "qualname": "show", "qualnames": ["show"], "cell_id": "c1",
                     "unit": "cell:1", "new_source": "tf.print(x)", "old_source": "print(x)",
                     "preview": True, "fix": True}]


def test_a_preview_carries_each_verdict_and_refuses_a_rewrite_that_differs(shell):
    """Apply verifies first (SPEC 8.1): the written cell says how each function was verified, and
    a function whose rewrite computed something else comes back as an error for its row."""
    from hybridize_kernel.apply import Applied
    from hybridize_kernel.comm import Channel
    from hybridize_kernel.verify import Verification

    sent = []

    class FakeComm:
        def send(self, message):
            sent.append(message)

    verdicts = {"f": Verification(True, 2, max_abs_diff=0.0),
                "g": Verification(False, 1, what="the return value", detail="max difference 0.5")}
    channel = Channel(shell, None, analyse=lambda: {}, bench=lambda q, b, force: {}, apply=lambda names: [],
                      preview=lambda names: ([Applied("cell:1", "c1", "old", "new", ["f"])], verdicts))
    channel.on_message(FakeComm(), {"content": {"data": {"type": "apply", "qualnames": ["f", "g"], "preview": True}}})
    applied, error = sent
    assert applied["type"] == "applied" and applied["qualnames"] == ["f"]
    assert applied["verification"]["f"]["verified"] is True
    assert applied["verification"]["f"]["text"] == "verified on 2 observed calls (max difference 0)"
    assert error == {"type": "error", "qualname": "g",
                     "message": "not applied: as rewritten it computes something else "
                                "(the return value: max difference 0.5)"}
