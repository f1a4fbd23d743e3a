"""Loading and unloading: the session, the run-cell hooks, the comm target and the magics.

The post-run hook records the cell and re-wraps redefined functions when observing. Only when a
frontend has opened the comm does it re-analyse and publish the report, and in a kernel it does so
just after the execution is replied to, so the analysis never delays the end of the user's cell.
It never raises: a failure is one warning line.
"""
from __future__ import annotations

from . import advisor
from .comm import Channel
from .errors import guarded, warn
from .magics import HybridizeMagics
from .observe import Observer
from .session import Session, drop_session, get_session


class Hooks:
    """IPython's `pre_run_cell` / `post_run_cell` callbacks of one session."""

    def __init__(self, shell, session: Session) -> None:
        self.shell = shell
        self.session = session
        self._shown_warnings: set[str] = set()
        self._pending = False  # a publication is scheduled: several quick executions share it

    def register(self) -> None:
        self.shell.events.register("pre_run_cell", self.pre_run_cell)
        self.shell.events.register("post_run_cell", self.post_run_cell)

    def unregister(self) -> None:
        for event, callback in (("pre_run_cell", self.pre_run_cell), ("post_run_cell", self.post_run_cell)):
            try:
                self.shell.events.unregister(event, callback)
            except ValueError:
                pass

    def pre_run_cell(self, info) -> None:
        with guarded(self.session):
            self.session.on_pre_run_cell(info)

    def post_run_cell(self, result) -> None:
        with guarded(self.session):
            nested = result is not None and not result.info.store_history and self.session.current is not None
            self.session.on_post_run_cell(result)
            if nested:
                return  # the enclosing cell's own hook does the rest
            if self.session.observer is not None:
                self.session.observer.refresh()
            channel = self.session.channel
            if channel is not None and channel.is_open and channel.auto_analyse and not self._pending:
                self._pending = True
                self.schedule(self.publish)

    def schedule(self, callback) -> None:
        """Run `callback` once the kernel has replied to the execution (the cell is done for the
        user; the panel updates a moment later); at once outside a kernel."""
        loop = getattr(getattr(self.shell, "kernel", None), "io_loop", None)
        if loop is None:
            callback()
        else:
            loop.add_callback(callback)

    def publish(self) -> None:
        """Re-analyse (only changed cells are parsed again) and send the report to the panel."""
        self._pending = False
        with guarded(self.session):
            channel = self.session.channel
            if channel is not None and channel.is_open:
                _, report = advisor.analyse_session(self.shell)
                channel.publish(report)
                self._warn_once(report.get("warnings", ()))

    def _warn_once(self, messages) -> None:
        for message in messages:
            if message not in self._shown_warnings:
                self._shown_warnings.add(message)
                warn(message)


def load(shell) -> None:
    if get_session(shell) is not None:
        return
    session = get_session(shell, create=True)
    session.observer = Observer(session)
    session.channel = Channel(
        shell, session, analyse=lambda: advisor.analyse_session(shell)[1],
        apply=lambda qualnames: advisor.apply(shell, list(qualnames))[0],
        preview=lambda qualnames: advisor.preview(shell, list(qualnames)),
        fix=lambda qualname: advisor.fix_preview(shell, qualname),
        bench=lambda qualname, budget, force: advisor.benchmark(shell, qualname, budget=budget, force=force))
    session.hooks = Hooks(shell, session)
    session.hooks.register()
    session.channel.register()
    shell.register_magics(HybridizeMagics(shell))


def unload(shell) -> None:
    """Restore every wrapped object, remove the hooks, the comm target and the magics."""
    session = drop_session(shell)
    if session is None:
        return
    session.observer.stop()
    session.hooks.unregister()
    session.channel.unregister()
    magics = shell.magics_manager.magics
    for kind in ("line", "cell"):
        owner = getattr(magics[kind].get("hybridize"), "__self__", None)
        if isinstance(owner, HybridizeMagics):
            del magics[kind]["hybridize"]
    shell.magics_manager.registry.pop(HybridizeMagics.__name__, None)
