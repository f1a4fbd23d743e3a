"""The comm target `hybridize`: the kernel's side of the JupyterLab panel (SPEC 9).

The frontend opens the comm; from then on the kernel sends `{"type": "report", "report": ...}`
after every execution. The frontend may send `{"type": "analyse"}`, `{"type": "apply",
"qualname": ...}` (reply: `{"type": "applied", ...}` per rewritten cell) and `{"type": "bench",
"qualname": ..., "budget": ...}` (replies: `{"type": "bench_progress", "qualname", "fraction",
"phase"}` while it runs, then `{"type": "bench_result", "qualname", "benchmark"}`) and `{"type":
"fix", "qualname": ...}` (reply: an `applied` preview of the cell with the function's mechanical
fixes, marked `"fix": true`, which the panel writes once the user agrees). Failures are
replied as `{"type": "error", "message": ...}` (with the `qualname` it concerns, if any). After a
change made from the panel, every open comm gets the new report. Without an open comm nothing is
sent or computed.
"""
from __future__ import annotations

from typing import Callable

from .chart import progress_to
from .errors import AdvisorError, describe

TARGET = "hybridize"


class Channel:
    """Open comms of the target, and the handlers of frontend requests."""

    def __init__(self, shell, session, analyse: Callable[[], dict], apply: Callable[[list], list],
                 bench: Callable[[str, float | None, bool], dict],
                 preview: Callable[[list], list] | None = None,
                 fix: Callable[[str], list] | None = None) -> None:
        self.shell = shell
        self.session = session
        self.analyse, self.apply, self.bench = analyse, apply, bench
        self.preview = preview or (lambda names: ([], {}))
        self.fix = fix or (lambda name: [])
        self.auto_analyse = True  # the panel's setting: reports after every execution
        self.comms: list = []
        self.manager = None

    @property
    def is_open(self) -> bool:
        return bool(self.comms)

    def register(self) -> bool:
        """Register the target when the shell runs in a kernel (not in terminal IPython)."""
        manager = getattr(getattr(self.shell, "kernel", None), "comm_manager", None)
        if manager is None:
            return False
        manager.register_target(TARGET, self.on_open)
        self.manager = manager
        return True

    def unregister(self) -> None:
        for comm in list(self.comms):
            try:
                comm.close()
            except Exception:
                pass
        self.comms.clear()
        if self.manager is not None:
            try:
                self.manager.unregister_target(TARGET, self.on_open)
            except Exception:
                pass
            self.manager = None

    def on_open(self, comm, message=None) -> None:
        self.comms.append(comm)
        comm.on_msg(lambda msg: self.on_message(comm, msg))
        comm.on_close(lambda msg=None: self.comms.remove(comm) if comm in self.comms else None)
        self._reply(comm, lambda: {"type": "report", "report": self.analyse()})

    def publish(self, report: dict) -> None:
        for comm in list(self.comms):
            comm.send({"type": "report", "report": report})

    def send(self, message: dict) -> None:
        for comm in list(self.comms):
            comm.send(message)

    def on_message(self, comm, message: dict) -> None:
        data = (message.get("content") or {}).get("data") or {}
        kind = data.get("type")
        if kind == "analyse":
            self._reply(comm, lambda: {"type": "report", "report": self.analyse()})
        elif kind == "apply" and _is_names(data.get("qualnames")) and data.get("preview"):
            if self._reply(comm, lambda: self._previews(data["qualnames"])):
                self._publish_all()  # the verdicts are facts of the report now
        elif kind == "apply" and (isinstance(data.get("qualname"), str) or _is_names(data.get("qualnames"))):
            names = data["qualnames"] if _is_names(data.get("qualnames")) else [data["qualname"]]
            if self._reply(comm, lambda: [applied.message() for applied in self.apply(names)]):
                self._publish_all()
        elif kind == "fix" and isinstance(data.get("qualname"), str):
            # the cell with the function's mechanical fixes, for the panel to preview and write
            self._reply(comm, lambda: [{**applied.message(), "preview": True, "fix": True}
                                       for applied in self.fix(data["qualname"])], qualname=data["qualname"])
        elif kind == "configure":
            self.auto_analyse = bool(data.get("auto_analyse", True))
        elif kind == "bench" and isinstance(data.get("qualname"), str):
            force = data.get("force") is True  # the user confirmed timing a function with side effects
            if self._reply(comm, lambda: self._bench(comm, data["qualname"], data.get("budget"), force),
                           qualname=data["qualname"]):
                self._publish_all()
        else:
            comm.send({"type": "error", "message": f"unknown request {kind!r}"})

    def _previews(self, names: list) -> list[dict]:
        """The rewritten cells, each with the verdicts of its functions' verification (SPEC 8.1);
        a function whose rewrite computed something else gets an error reply instead."""
        applied, verdicts = self.preview(names)
        replies = []
        for cell in applied:
            replies.append({**cell.message(), "preview": True, "verification": {
                name: {**verdicts[name].to_dict(), "text": verdicts[name].describe()}
                for name in cell.qualnames if name in verdicts}})
        for name, verdict in verdicts.items():
            if verdict.verified is False:
                replies.append({"type": "error", "qualname": name, "message": verdict.describe()})
        return replies

    def _bench(self, comm, qualname: str, budget, force: bool = False) -> dict:
        """Benchmark with its progress sent to the panel that asked (throttled by the benchmark)."""
        def progress(fraction: float, phase: str) -> None:
            comm.send({"type": "bench_progress", "qualname": qualname, "fraction": float(fraction), "phase": phase})

        with progress_to(progress):
            benchmark = self.bench(qualname, budget, force)
        return {"type": "bench_result", "qualname": qualname, "benchmark": benchmark}

    def _reply(self, comm, make: Callable, qualname: str | None = None) -> bool:
        """Send what `make` returns, or one error message; True when it succeeded."""
        try:
            replies = make()
        except Exception as error:
            expected = isinstance(error, AdvisorError) or _is_usage_error(error)
            if not expected:
                self.session.errors.append(error)
            message = {"type": "error", "message": str(error) if expected else describe(error)}
            comm.send(message if qualname is None else {**message, "qualname": qualname})
            return False
        for reply in replies if isinstance(replies, list) else [replies]:
            comm.send(reply)
        return True

    def _publish_all(self) -> None:
        """After a change made from the panel, every open panel gets the new report."""
        self._reply_all(lambda: {"type": "report", "report": self.analyse()})

    def _reply_all(self, make: Callable) -> None:
        try:
            message = make()
        except Exception as error:
            self.session.errors.append(error)
            message = {"type": "error", "message": describe(error)}
        self.send(message)


def _is_usage_error(error: BaseException) -> bool:
    from IPython.core.error import UsageError
    return isinstance(error, UsageError)


def _is_names(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(name, str) for name in value)
