"""A real JupyterLab (or Notebook 7) server on 127.0.0.1 for the browser tests, isolated from the
user's Jupyter.

Settings, workspaces, runtime files and user data live in a temporary folder, so the tests see
neither the developer's own JupyterLab set-up nor each other's leftovers; the lab extension under
test is the one the environment installed (`pip install`), exactly as a user gets it.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

#: How long a cold start of JupyterLab may take on a loaded 2-core machine.
START_TIMEOUT_S = 120

SETTINGS_PLUGIN = "jupyterlab-hybridize"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


#: Per front end (the module `python -m` runs): its own options, and the page of one notebook.
FRONT_ENDS = {
    "jupyterlab": (
        [
            # No network: no update check, no news; the app object for reading cell models.
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--LabApp.news_url=",
            "--LabApp.expose_app_in_browser=True",
        ],
        "lab/tree/{notebook}?reset",  # `reset`: an empty workspace, only this notebook open
    ),
    "notebook": (["--JupyterNotebookApp.expose_app_in_browser=True"], "notebooks/{notebook}"),
}


class LabServer:
    """`jupyter lab` (or `jupyter notebook`) in a temporary root folder, with a token, stopped with
    all its kernels."""

    def __init__(self, base: Path, *, app: str = "jupyterlab", panel_settings: dict | None = None):
        self.app = app
        self.root = base / "root"
        self.root.mkdir(parents=True)
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.log_path = base / "jupyterlab.log"
        self._home = base / "jupyter"
        self._write_settings(SETTINGS_PLUGIN, "plugin", panel_settings or {})
        # No "get notified about Jupyter news?" toast over the panel.
        self._write_settings("@jupyterlab/apputils-extension", "notification", {"fetchNews": "false"})
        self._process: subprocess.Popen | None = None

    def _write_settings(self, package: str, plugin: str, values: dict) -> None:
        folder = self._home / "settings" / package
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{plugin}.jupyterlab-settings").write_text(json.dumps(values))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = dict(
            os.environ,
            JUPYTER_CONFIG_DIR=str(self._home / "config"),
            JUPYTER_DATA_DIR=str(self._home / "data"),
            JUPYTER_RUNTIME_DIR=str(self._home / "runtime"),
            JUPYTERLAB_SETTINGS_DIR=str(self._home / "settings"),
            JUPYTERLAB_WORKSPACES_DIR=str(self._home / "workspaces"),
        )
        options, _ = FRONT_ENDS[self.app]
        command = [
            sys.executable, "-m", self.app,
            "--no-browser",
            "--allow-root",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
            *options,
        ]
        log = self.log_path.open("wb")
        self._process = subprocess.Popen(
            command, cwd=self.root, env=env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,  # so stopping it stops its kernels too
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"{self.app} exited at start:\n{self.log_tail()}")
            try:
                self.api("GET", "api/status")
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"{self.app} did not answer within {START_TIMEOUT_S} s:\n{self.log_tail()}")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def api(self, method: str, path: str, body: dict | None = None):
        """A request to the server's REST API (`path` below `/`, e.g. `api/kernels`)."""
        request = urllib.request.Request(
            f"{self.url}/{path}",
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
            data=None if body is None else json.dumps(body).encode(),
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            answer = response.read()
        return json.loads(answer) if answer else None

    def set_panel_settings(self, values: dict) -> None:
        """Change the panel's settings as the Settings editor would (pages opened later see them)."""
        self.api("PUT", f"lab/api/settings/{SETTINGS_PLUGIN}:plugin", {"raw": json.dumps(values)})

    def shutdown_kernels(self) -> None:
        for kernel in self.api("GET", "api/kernels"):
            self.api("DELETE", f"api/kernels/{kernel['id']}")

    def add_notebook(self, source: Path, name: str | None = None) -> str:
        """Copy a notebook into the server's root; returns its path for `/lab/tree/...`."""
        name = name or source.name
        shutil.copyfile(source, self.root / name)
        return name

    def page_url(self, notebook: str) -> str:
        _, page = FRONT_ENDS[self.app]
        separator = "&" if "?" in page else "?"
        return f"{self.url}/{page.format(notebook=notebook)}{separator}token={self.token}"

    def log_tail(self, lines: int = 40) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])
