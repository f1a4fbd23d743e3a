"""Ctrl-C during a run leaves no kernel behind."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import psutil

from .conftest import write_notebook


def _kernels_of(process: psutil.Process) -> list[psutil.Process]:
    try:
        children = process.children(recursive=True)
    except psutil.NoSuchProcess:
        return []
    found = []
    for child in children:
        try:
            if any("ipykernel_launcher" in part for part in child.cmdline()):
                found.append(child)
        except (psutil.NoSuchProcess, psutil.ZombieProcess):
            pass
    return found


def _wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _is_gone(process: psutil.Process) -> bool:
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_sigint_during_execution_shuts_the_kernel_down(tmp_path):
    started = tmp_path / "started"
    path = write_notebook(tmp_path / "slow.ipynb",
                          f"import time\nopen({str(started)!r}, 'w').close()\ntime.sleep(120)", "print('done')")
    command = subprocess.Popen([sys.executable, "-m", "hybridize_kernel.report", str(path), "--compare"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        process = psutil.Process(command.pid)
        kernels = _wait_for(lambda: _kernels_of(process), 60, "the kernel to start")
        _wait_for(started.exists, 60, "the notebook's cell to run")
        command.send_signal(signal.SIGINT)
        stdout, stderr = command.communicate(timeout=60)
    finally:
        if command.poll() is None:
            command.kill()
            command.wait()
    assert command.returncode == 130, stderr
    assert "interrupted; no kernel is left running" in stderr
    assert "Traceback" not in stderr
    _wait_for(lambda: all(_is_gone(kernel) for kernel in kernels), 10, "the kernel to exit")
