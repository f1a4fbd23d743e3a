"""Running a notebook headless for `hybridize-report`: a fresh kernel (nbclient), cell by cell.

The notebook is never modified: an in-memory copy runs, with cells of ours before (`head`) and
after (`tail`) its own. The wall time covers the notebook's own cells only, from the start of the
first to the end of the last (kernel start-up and our cells are not counted). When one of its cells
fails, the rest of the notebook is skipped but the tail cells still run, so a report can be written
for what ran.

Ctrl-C: nbclient's `async_setup_kernel` shuts the kernel down on the way out. Our SIGINT handler
(installed before the kernel starts, and again over nbclient's own) asks for an immediate shutdown
and, while cells run, cancels the run; during start-up and shut-down it only takes note, so that
neither is cut short. Whatever nbclient raises on cancellation becomes `Interrupted`, raised once
the kernel is gone; further Ctrl-Cs are ignored until then, so no kernel outlives the command.
"""
from __future__ import annotations

import asyncio
import contextlib
import copy
import os
import signal
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, DeadKernelError

#: Environment of every kernel we start, unless the user's environment says otherwise: quiet
#: TensorFlow, and a fixed hash seed so that two runs of a notebook iterate sets alike.
KERNEL_ENVIRONMENT = {"TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONHASHSEED": "0"}


class Interrupted(Exception):
    """Ctrl-C during a run; the kernel has been shut down."""


@dataclass(frozen=True)
class CellError:
    """The notebook cell that failed: its 1-based position among all cells, and the exception."""

    number: int
    cell_id: str | None
    ename: str
    evalue: str

    def describe(self) -> str:
        where = f"cell {self.number}" + (f" (id {self.cell_id})" if self.cell_id else "")
        evalue = " ".join(str(self.evalue).split())
        return f"{where} raised {self.ename}" + (f": {evalue}" if evalue else "")

    def to_dict(self) -> dict:
        return {"cell": self.number, "cell_id": self.cell_id, "ename": self.ename, "evalue": self.evalue,
                "message": self.describe()}


@dataclass
class Execution:
    """One run of a notebook: the executed copy and what happened."""

    notebook: nbformat.NotebookNode  # head cells + the notebook's cells + tail cells, with outputs
    head: int  # how many cells of ours come first
    size: int  # how many cells the notebook itself has
    seconds: float | None = None  # wall time of the notebook's own cells
    error: CellError | None = None  # the notebook cell that failed (the rest was skipped)
    problems: list[str] = field(default_factory=list)  # our own cells failing, the kernel dying

    @property
    def cells(self) -> list:
        """The notebook's own cells, executed."""
        return self.notebook.cells[self.head:self.head + self.size]

    @property
    def tail_cells(self) -> list:
        return self.notebook.cells[self.head + self.size:]

    def get_execution_counts(self) -> dict[int, int]:
        """Execution count -> 0-based index of the notebook cell that ran with it."""
        return {cell.execution_count: index for index, cell in enumerate(self.cells)
                if cell.cell_type == "code" and cell.get("execution_count") is not None}


Progress = Callable[[str], None]


def _new_cell(source: str) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["hybridize_report"] = True
    return cell


def kernel_environment() -> dict[str, str]:
    return {**KERNEL_ENVIRONMENT, **os.environ}


async def execute(notebook: nbformat.NotebookNode, *, cwd: str, head: tuple[str, ...] = (),
                  tail: tuple[str, ...] = (), timeout: float | None = None, kernel_name: str = "python3",
                  on_cell: Callable[[int, int], None] | None = None) -> Execution:
    """Run a copy of `notebook` in a fresh kernel started in `cwd`; `timeout` is per cell.

    Raises `Interrupted` on Ctrl-C (after the kernel is shut down)."""
    work = copy.deepcopy(notebook)
    own = list(work.cells)
    work.cells = [_new_cell(source) for source in head] + own + [_new_cell(source) for source in tail]
    run = Execution(work, len(head), len(own))
    client = NotebookClient(work, timeout=timeout, kernel_name=kernel_name, interrupt_on_timeout=True,
                            resources={"metadata": {"path": cwd}})
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    interrupted: list[bool] = []
    running: list[bool] = []

    def on_interrupt() -> None:
        if interrupted:
            return  # the kernel is being shut down: let it finish
        interrupted.append(True)
        client.shutdown_kernel = "immediate"
        if running:  # while the kernel starts or shuts down, let it: it is shut down right after
            task.cancel()

    kernel_log = tempfile.TemporaryFile()  # the kernel process's own stderr: C++ logs, crash messages
    _take_sigint(loop, on_interrupt)
    try:
        client.km = client.create_kernel_manager()
        try:
            await client.async_start_new_kernel(env=kernel_environment(), stderr=kernel_log)
            await client.async_start_new_kernel_client()
        except BaseException:
            with contextlib.suppress(Exception):
                await client._async_cleanup_kernel()
            raise
        async with client.async_setup_kernel():  # the kernel is up; this shuts it down on the way out
            _take_sigint(loop, on_interrupt)  # nbclient installed a handler of its own
            if not interrupted:
                running.append(True)
                await _run_cells(client, run, timeout, on_cell)
                running.clear()
        if interrupted:  # nbclient turns the cancellation into DeadKernelError, which a cell records
            raise Interrupted
    except BaseException as error:
        if interrupted or isinstance(error, (KeyboardInterrupt, asyncio.CancelledError)):
            raise Interrupted from None
        raise
    finally:
        with contextlib.suppress(RuntimeError, NotImplementedError, ValueError):
            loop.remove_signal_handler(signal.SIGINT)
        if run.error is not None and run.error.ename == "DeadKernelError":
            run.error = replace(run.error, evalue=_last_line(kernel_log) or run.error.evalue)
        kernel_log.close()
    return run


def _take_sigint(loop: asyncio.AbstractEventLoop, callback: Callable[[], None]) -> None:
    with contextlib.suppress(RuntimeError, NotImplementedError, ValueError):  # not the main thread
        loop.add_signal_handler(signal.SIGINT, callback)


def _last_line(log) -> str:
    """The last line the kernel process wrote to stderr before it died."""
    try:
        log.seek(0)
        lines = [line.strip() for line in log.read().decode("utf-8", "replace").splitlines() if line.strip()]
    except (OSError, ValueError):
        return ""
    return f"the kernel died: {lines[-1]}" if lines else ""


async def _run_cells(client: NotebookClient, run: Execution, timeout: float | None,
                     on_cell: Callable[[int, int], None] | None) -> None:
    client.reset_execution_trackers()
    first, last = run.head, run.head + run.size
    started = None
    for index, cell in enumerate(run.notebook.cells):
        own = first <= index < last
        if own and run.error is not None:
            continue  # a cell failed: the rest of the notebook is skipped, our tail cells still run
        if own and started is None:
            started = time.perf_counter()
        if own and on_cell is not None:
            on_cell(index - first + 1, run.size)
        cell_started = time.perf_counter()
        try:
            await client.async_execute_cell(cell, index)
        except CellExecutionError as error:
            ename, evalue = error.ename, error.evalue
            if timeout and ename == "KeyboardInterrupt" and time.perf_counter() - cell_started >= timeout:
                ename, evalue = "CellTimeoutError", f"the cell did not finish within {timeout:g} s"
            if own:
                run.error = CellError(index - first + 1, cell.get("id"), ename, evalue)
            else:
                run.problems.append(f"the report's own cell failed: {ename}: {evalue}")
        except DeadKernelError:
            if own:
                run.error = CellError(index - first + 1, cell.get("id"), "DeadKernelError", "the kernel died")
            else:
                run.problems.append("the kernel died while the report's own cells ran")
            break
        finally:
            if own and (index == last - 1 or run.error is not None) and run.seconds is None:
                run.seconds = time.perf_counter() - started
