"""Latency of the kernel's post-run hook in a long notebook session (target: under 50 ms).

A 200-cell session (imports, data, functions and the cells that call them) runs in IPython with
the extension loaded and a frontend listening on the comm. Then one cell is edited and
re-executed several times. Two times are measured for that execution (the user's cell itself is
not counted):

- the post-run hook, as in ipykernel, where re-analysing and publishing the report is queued to
  run once the execution has been replied to: what delays the end of the user's cell;
- that queued re-analysis and publication: how long until the panel shows the new report (only
  the edited cell is parsed again; the engine re-runs its analyses over the whole session).

Prints medians and spread, and the engine's split of the last run. No assertions.

Run: `.venv/bin/python benchmarks/hook_latency.py`
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def make_cell(index: int) -> str:
    """A mix like a real notebook: definitions, calls, data and plotting-free bookkeeping."""
    kind = index % 4
    if index == 0:
        return ("import numpy as np\nimport tensorflow as tf\n\nx = tf.random.normal([8, 4])\n"
                "w = tf.Variable(tf.ones([4, 2]))\n")
    if kind == 1:
        return (f"def layer_{index}(inputs):\n    hidden = tf.matmul(inputs, w)\n"
                f"    return tf.nn.relu(hidden) * {index}\n")
    if kind == 2:
        return f"y_{index} = layer_{index - 1}(x)\nshape_{index} = y_{index}.shape\n"
    if kind == 3:
        return (f"@tf.function\ndef step_{index}(a, n):\n    for _ in range(n):\n        a = a + 1\n"
                f"    return a\n\nz_{index} = step_{index}(x, 3)\n")
    return (f"def total_{index}(values):\n    result = 0\n    for value in values:\n"
            f"        result += value\n    return result\n\nt_{index} = total_{index}([1, 2, 3])\n")


class ListeningComm:
    """Stands for the JupyterLab panel: the hook analyses and publishes only when one is open."""

    def __init__(self):
        self.reports = 0

    def send(self, data):
        self.reports += data.get("type") == "report"


class QueuedLoop:
    """ipykernel's io_loop as the hook uses it: callbacks run after the execution is replied to."""

    def __init__(self):
        self.callbacks = []

    def add_callback(self, callback):
        self.callbacks.append(callback)

    def run_pending(self) -> float:
        started = time.perf_counter()
        while self.callbacks:
            self.callbacks.pop(0)()
        return time.perf_counter() - started


class Kernel:
    def __init__(self):
        self.io_loop = QueuedLoop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=200)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--observe", action="store_true", help="also observe calls while running")
    args = parser.parse_args()

    from IPython.testing.globalipapp import get_ipython

    from hybridize_kernel.session import get_session

    shell = get_ipython()
    shell.kernel = Kernel()
    shell.run_line_magic("load_ext", "hybridize_kernel")
    session = get_session(shell)
    if args.observe:
        shell.run_line_magic("hybridize", "observe on")
    comm = ListeningComm()
    session.channel.comms.append(comm)

    hook_times: list[float] = []
    hook = session.hooks.post_run_cell

    def timed_hook(result):
        started = time.perf_counter()
        hook(result)
        hook_times.append(time.perf_counter() - started)

    shell.events.unregister("post_run_cell", hook)
    shell.events.register("post_run_cell", timed_hook)

    started = time.perf_counter()
    for index in range(args.cells):
        shell.run_cell(make_cell(index), store_history=True, cell_id=f"cell-{index}")
        shell.kernel.io_loop.run_pending()
    setup = time.perf_counter() - started

    hook_times.clear()
    publish_times = []
    edited = args.cells // 2 + 1  # a function definition in the middle of the notebook
    for run in range(args.runs):
        source = make_cell(edited).replace("* ", f"* {run + 2} * ", 1)
        shell.run_cell(source, store_history=True, cell_id=f"cell-{edited}")
        publish_times.append(shell.kernel.io_loop.run_pending())

    def ms(values):
        return (f"median {statistics.median(values) * 1000:.1f} ms (min {min(values) * 1000:.1f}, "
                f"max {max(values) * 1000:.1f}, {len(values)} runs)")

    print(f"session: {args.cells} cells executed in {setup:.1f} s")
    print(f"post-run hook, one changed cell of {args.cells}: {ms(hook_times)}; target < 50 ms")
    print(f"re-analysis and report publication after it: {ms(publish_times)}")
    split = "  ".join(f"{phase} {seconds * 1000:.1f} ms" for phase, seconds in session.analysis.timings.items())
    print(f"split of the last re-analysis (engine phases, then the kernel side): {split}")
    print(f"parse cache: {session.cache.misses} cells parsed, {session.cache.hits} reused; "
          f"{comm.reports} reports published")
    shell.run_line_magic("unload_ext", "hybridize_kernel")
    del shell.kernel


if __name__ == "__main__":
    main()
