"""Runs a program in a fresh process and records what it printed and the exception it raised.

Every run is its own process, forked from a small server that has imported TensorFlow, Keras and
NumPy and run nothing else: no tensor, variable, graph or random state is ever shared between
runs, and a run costs a fraction of a second instead of TensorFlow's import. The server is started
with `-c`, so a forked run never re-imports the caller's main module.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

RUN_TIMEOUT_SECONDS = 60

_SERVER = r'''
import json, os, re, runpy, signal, sys
import numpy, tensorflow, keras

def summary(message):
    """TensorFlow's tracing errors end with the Python error that caused them; Keras's call
    errors carry it on the line after their first."""
    message = re.sub(r"\x1b\[[0-9;]*m", "", message)
    lines = [line.strip() for line in message.splitlines() if line.strip() and line.strip() != "in user code:"]
    for number, line in enumerate(lines[:-1]):
        if "Exception encountered when calling" in line:
            return lines[number + 1][:300]
    if not lines:
        return ""
    return lines[-1][:300] if message.lstrip().startswith("in user code:") else lines[0][:300]

def run(folder, timeout):
    signal.alarm(timeout)  # default action: the run is killed, wherever it hangs
    os.dup2(os.open(os.path.join(folder, "stdout.txt"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
    os.dup2(os.open(os.path.join(folder, "stderr.txt"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
    sys.stdout = open(1, "w", buffering=1, encoding="utf-8", closefd=False)
    sys.stderr = open(2, "w", buffering=1, encoding="utf-8", closefd=False)
    sys.argv = [os.path.join(folder, "program.py")]
    exception, message = None, ""
    try:
        runpy.run_path(sys.argv[0], run_name="__main__")
    except BaseException as error:
        exception, message = type(error).__name__, summary(str(error))
    sys.stdout.flush()
    sys.stderr.flush()
    with open(os.path.join(folder, "result.json"), "w", encoding="utf-8") as result:
        json.dump({"exception": exception, "message": message}, result)
    os._exit(0)

requests, replies = sys.stdin, sys.__stdout__
replies.write("ready\n"); replies.flush()
for request in requests:
    folder, timeout = request.rstrip("\n").rsplit(" ", 1)
    pid = os.fork()
    if pid == 0:
        requests.close()
        run(folder, int(timeout))
    _, status = os.waitpid(pid, 0)
    replies.write(f"{status}\n"); replies.flush()
'''


@dataclass(frozen=True)
class Outcome:
    """What one run showed: its stdout, and the exception that ended it (None when it finished)."""
    stdout: str
    exception: str | None = None
    message: str = ""

    @property
    def failed(self) -> bool:
        return self.exception is not None


class _ForkServer:
    """The server process, started on first use and again if it died."""

    def __init__(self):
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()

    def _start(self) -> subprocess.Popen:
        environment = dict(os.environ, TF_CPP_MIN_LOG_LEVEL=os.environ.get("TF_CPP_MIN_LOG_LEVEL", "2"))
        # -I: neither the working directory nor PYTHONPATH may shadow a module TensorFlow imports
        process = subprocess.Popen([sys.executable, "-I", "-c", _SERVER], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=environment,
                                   cwd=tempfile.gettempdir())
        if process.stdout.readline() != "ready\n":
            raise RuntimeError("the run server did not start")
        return process

    def run(self, folder: Path, timeout: int) -> int:
        """The wait status of the run in `folder`."""
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._process = self._start()
            self._process.stdin.write(f"{folder} {timeout}\n")
            self._process.stdin.flush()
            return int(self._process.stdout.readline())


_server = _ForkServer()


def run_source(source: str, timeout: int = RUN_TIMEOUT_SECONDS) -> Outcome:
    """`source` run as `__main__` in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="hybridize-run-") as name:
        folder = Path(name)
        (folder / "program.py").write_text(source, encoding="utf-8")
        status = _server.run(folder, timeout)
        stdout = _read(folder / "stdout.txt")
        result = folder / "result.json"
        if not result.exists():
            if os.WIFSIGNALED(status) and os.WTERMSIG(status) == 14:  # SIGALRM
                return Outcome(stdout, "Timeout", f"no result after {timeout} s")
            return Outcome(stdout, "Crash", f"wait status {status}")
        data = json.loads(result.read_text(encoding="utf-8"))
        return Outcome(stdout, data["exception"], data["message"])


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
