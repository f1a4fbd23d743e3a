"""Runs a program in a fresh process and records what it printed and the exception it raised.

Every run is its own process, forked from a server that has only imported TensorFlow, Keras and
NumPy and run nothing: no tensor, variable, graph or random state is ever shared between runs, and
a run costs a fraction of a second instead of TensorFlow's three-second import.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import runpy
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

PRELOADED = ["tensorflow", "keras", "numpy"]
RUN_TIMEOUT_SECONDS = 60.0

_context = None


@dataclass(frozen=True)
class Outcome:
    """What one run showed: its stdout, and the exception that ended it (None when it finished)."""
    stdout: str
    exception: str | None = None
    message: str = ""

    @property
    def failed(self) -> bool:
        return self.exception is not None


def _get_context():
    global _context
    if _context is None:
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOADED)
    return _context


def run_source(source: str, timeout: float = RUN_TIMEOUT_SECONDS) -> Outcome:
    """`source` run as `__main__` in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="hybridize-run-") as folder:
        program, result = Path(folder, "program.py"), Path(folder, "result.json")
        program.write_text(source, encoding="utf-8")
        process = _get_context().Process(target=_run_child, args=(str(program), str(result)))
        process.start()
        process.join(timeout)
        if process.is_alive():
            process.kill()
            process.join()
            return Outcome(_read_partial(Path(folder, "stdout.txt")), "Timeout", f"no result after {timeout:.0f} s")
        if not result.exists():
            return Outcome(_read_partial(Path(folder, "stdout.txt")), "Crash", f"exit code {process.exitcode}")
        data = json.loads(result.read_text(encoding="utf-8"))
        return Outcome(data["stdout"], data["exception"], data["message"])


def _read_partial(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def _last_line(message: str) -> str:
    """TensorFlow's tracing errors end with the Python error that caused them."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


def _run_child(program: str, result: str) -> None:
    """In the fresh process: file descriptors 1 and 2 go to files, so that `tf.print`'s C++
    writes are captured beside Python's, in order."""
    folder = Path(program).parent
    stdout_path = folder / "stdout.txt"
    os.dup2(os.open(stdout_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
    os.dup2(os.open(folder / "stderr.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
    sys.stdout = open(1, "w", buffering=1, encoding="utf-8", closefd=False)
    sys.stderr = open(2, "w", buffering=1, encoding="utf-8", closefd=False)
    exception, message = None, ""
    try:
        runpy.run_path(program, run_name="__main__")
    except BaseException as error:  # noqa: BLE001 - the exception is the observation
        exception, message = type(error).__name__, _last_line(str(error))
    sys.stdout.flush()
    sys.stderr.flush()
    Path(result).write_text(json.dumps({
        "stdout": stdout_path.read_text(encoding="utf-8", errors="replace"),
        "exception": exception, "message": message}), encoding="utf-8")
    os._exit(0)  # no atexit handlers: TensorFlow's can take seconds and decide nothing
