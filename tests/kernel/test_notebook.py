"""End to end in real kernels: nbclient runs the quickstart notebook with the advisor, and a
jupyter_client session plays the JupyterLab frontend (cell ids, the comm, Apply)."""
from __future__ import annotations

import copy
import json
import os
import queue
import uuid
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[2]
QUICKSTART = REPO / "demo_notebooks" / "01_quickstart.ipynb"

EXPECTED = {  # qualname -> (transformations, a finding code that must be there or None)
    "train_step": (["CONVERT_TO_HYBRID"], None),
    "make_schedule": ([], "HAS_GRAPH_WORK"),  # no evidence that its graph does not pay
    "log_step": ([], "HAS_PYTHON_SIDE_EFFECTS"),
    "scaled_loss": ([], "HAS_PRIMITIVE_PARAMETERS"),
    "accuracy": ([], "HAS_EAGER_ONLY_CALLS"),
    "Classifier.call": ([], "KERAS3_LAYER_CALL"),
}


@pytest.fixture(scope="module")
def quickstart_report():
    """The kernel's JSON report after running the quickstart with the extension and observation on."""
    original = nbformat.read(QUICKSTART, as_version=4)
    notebook = copy.deepcopy(original)
    notebook.cells.insert(0, nbformat.v4.new_code_cell("%load_ext hybridize_kernel\n%hybridize observe on"))
    notebook.cells.append(nbformat.v4.new_code_cell("%hybridize report --format json"))
    NotebookClient(notebook, timeout=240, kernel_name="python3", resources={"metadata": {"path": str(REPO)}},
                   ).execute()
    outputs = notebook.cells[-1].outputs
    stderr = [o for cell in notebook.cells for o in cell.get("outputs", [])
              if o.get("name") == "stderr" and "hybridize:" in o.get("text", "")]
    assert stderr == []
    bundles = [o for o in outputs if o.get("output_type") == "display_data" and "application/json" in o["data"]]
    assert nbformat.read(QUICKSTART, as_version=4) == original  # the file is never modified
    return bundles[0]["data"]["application/json"]


def test_quickstart_recommendations(quickstart_report):
    entries = {entry["qualname"]: entry for entry in quickstart_report["functions"]}
    for qualname, (transformations, code) in EXPECTED.items():
        entry = entries[qualname]
        assert entry["transformations"] == transformations, qualname
        if code is not None:
            assert code in [finding["code"] for finding in entry["findings"]], qualname


def test_quickstart_functions_that_ran_carry_observed_calls(quickstart_report):
    entries = {entry["qualname"]: entry for entry in quickstart_report["functions"]}
    for qualname in EXPECTED:
        observed = [a for a in entries[qualname]["assumptions"] if a["code"] == "OBSERVED_CALLS"]
        assert len(observed) == 1, qualname
        assert "SPECULATIVE_ANALYSIS" not in [a["code"] for a in entries[qualname]["assumptions"]]
    train = next(a for a in entries["train_step"]["assumptions"] if a["code"] == "OBSERVED_CALLS")
    assert train["message"] == "`train_step`: 24 call(s) seen: x float32[64,20], y int64[64]"
    assert entries["train_step"]["execution_count"] == 4
    assert "Classifier.__init__" in entries and "OBSERVED_CALLS" not in str(entries["Classifier.__init__"])


def test_frontend_session_with_cell_ids_comm_and_apply(tf):
    from jupyter_client.manager import start_new_kernel

    manager, client = start_new_kernel(kernel_name="python3", env={**os.environ})
    try:
        def execute(code: str, cell_id: str) -> dict:
            message = client.session.msg("execute_request", {
                "code": code, "silent": False, "store_history": True, "user_expressions": {},
                "allow_stdin": False, "stop_on_error": True}, metadata={"cellId": cell_id})
            client.shell_channel.send(message)
            reply = client.get_shell_msg(timeout=120)
            assert reply["content"]["status"] == "ok", reply["content"]
            return reply

        comm_id = uuid.uuid4().hex
        # `double` is one operation, which the boundary plan keeps eager: the apply path is checked
        execute("%load_ext hybridize_kernel\n%hybridize config min_graph_ops=0 min_graph_calls=0", "load")
        client.shell_channel.send(client.session.msg("comm_open", {
            "comm_id": comm_id, "target_name": "hybridize", "data": {}}))
        execute("import tensorflow as tf\n\ndef double(x):\n    return x * 2\n", "defs-cell")
        execute("y = double(tf.ones([3]))", "calls-cell")
        client.shell_channel.send(client.session.msg("comm_msg", {
            "comm_id": comm_id, "data": {"type": "apply", "qualname": "double"}}))
        received = _comm_messages(client, comm_id, until="applied")
        reports = [m["report"] for m in received if m["type"] == "report"]
        assert len(reports) >= 3  # on opening, then after each of the two cells
        entry = next(e for e in reports[-1]["functions"] if e["qualname"] == "double")
        assert (entry["unit"], entry["cell_id"], entry["transformations"]) == (
            "cell:defs-cell", "defs-cell", ["CONVERT_TO_HYBRID"])
        applied = received[-1]
        assert applied["cell_id"] == "defs-cell"
        assert applied["new_source"] == "import tensorflow as tf\n\n@tf.function\ndef double(x):\n    return x * 2\n"
        execute("hybrid = hasattr(double, 'python_function')", "check")
        client.execute_interactive("print(hybrid)", output_hook=_expect_stdout("True"), timeout=60)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def _comm_messages(client, comm_id: str, until: str) -> list[dict]:
    found = []
    while True:
        try:
            message = client.get_iopub_msg(timeout=120)
        except queue.Empty:
            raise AssertionError(f"no {until!r} message; got {[m['type'] for m in found]}") from None
        if message["msg_type"] == "comm_msg" and message["content"]["comm_id"] == comm_id:
            data = message["content"]["data"]
            found.append(data)
            assert data["type"] != "error", data
            if data["type"] == until:
                return found
        if message["msg_type"] == "stream" and message["content"]["name"] == "stderr":
            assert "hybridize:" not in message["content"]["text"], message["content"]["text"]


def _expect_stdout(text: str):
    def hook(message):
        if message["msg_type"] == "stream":
            assert message["content"]["text"].strip() == text
    return hook


def test_report_json_is_serialisable(quickstart_report):
    json.dumps(quickstart_report)
