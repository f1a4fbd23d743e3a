"""The notebook as the kernel ran it: executed cells in execution order, and where functions live.

Cell sources come from the session itself (IPython's input history and the run-cell hooks), not
from the notebook file, which may be unsaved or differ from what ran. A function object is mapped
back to its cell through the file name its code was compiled under (IPython's
`<ipython-input-N-...>` or ipykernel's cache file), checked against the cell's parse tree.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Union
from weakref import WeakKeyDictionary

from hybridize_analysis.parse import ParseCache
from hybridize_analysis.results import MIN_GRAPH_CALLS, MIN_GRAPH_OPS
from hybridize_analysis.units import Unit

from .values import is_tf_function

NOTEBOOK = "<notebook>"
"""The module name of the notebook in the analysis (SPEC 4.1: a notebook is one module)."""


@dataclass
class Run:
    """One execution of a cell: its execution count, exact source and JupyterLab cell id if sent."""

    count: int
    source: str
    cell_id: str | None = None

    @property
    def unit_id(self) -> str:
        return f"cell:{self.cell_id}" if self.cell_id else f"cell:{self.count}"


@dataclass(frozen=True)
class Location:
    """Where a live function or class is defined: a cell (its latest run) and a line in it."""

    unit_id: str
    qualname: str
    line: int
    run: Run = field(compare=False)


@dataclass(frozen=True)
class NoSource:
    """A callable without notebook source (lambda, builtin, imported, `exec`-defined)."""

    qualname: str
    reason: str


Located = Union[Location, NoSource]


class Session:
    """Kernel-side state of the advisor for one shell.

    Besides the cells, it holds what the other parts share: the parse cache (so unchanged cells
    are never re-parsed), the observer, benchmark results and the latest analysis.
    """

    def __init__(self, shell) -> None:
        self.shell = shell
        self.cache = ParseCache()
        self.runs: dict[int, Run] = {}
        self.current: Run | None = None  # the cell executing now
        self.observer = None  # observe.Observer, set by the extension
        self.channel = None  # comm.Channel, set by the extension
        self.hooks = None  # extension.Hooks
        self.benchmarks: dict[tuple[str, str], dict] = {}  # (unit id, qualname) -> run_benchmark result
        self.verifications: dict[tuple[str, str], dict] = {}  # (unit id, qualname) -> verify.Verification
        self.applied: dict[tuple[str, str], str] = {}  # (unit id, qualname) -> the source it was applied to
        self.errors: list[BaseException] = []  # advisor errors shown as warning lines (tests read them)
        self.analysis = None
        self.report: dict | None = None
        #: `%hybridize config` settings, passed to the engine as Options of the same names
        self.settings: dict[str, object] = {"tables": "default", "few_values": 2, "min_graph_ops": MIN_GRAPH_OPS,
                                            "min_graph_calls": MIN_GRAPH_CALLS,
                                            "booleans_are_primitive": False, "plan": True, "expected_calls": 0}
        self._code_names: dict[str, tuple[int, int]] = {}  # file name -> (execution count, line offset)
        self._units: dict[tuple[str, str], Unit] = {}
        self._definitions: dict[tuple[str, str], dict[str, list[int]]] = {}  # (unit id, source) -> qualname -> lines
        self._located: dict[int, tuple[object, Location]] = {}  # id(code) -> (code, where it is defined)
        self._version = 0
        self._history_seen = 1
        self._filenames_seen = 0
        self._ordered: tuple | None = None  # (version, units, units by id, latest run by unit id)

    # -- recording runs --------------------------------------------------------------------------
    def on_pre_run_cell(self, info) -> None:
        if not getattr(info, "store_history", False) or not (info.raw_cell or "").strip():
            return
        count = self.shell.execution_count - 1  # IPython counts the cell before it runs
        self.current = self._record(count, info.raw_cell, info.transformed_cell, getattr(info, "cell_id", None))

    def on_post_run_cell(self, result) -> None:
        info = getattr(result, "info", None)
        count = getattr(result, "execution_count", None)
        if info is None or count is None:
            return
        if info.store_history:
            self._record(count, info.raw_cell, info.transformed_cell, getattr(info, "cell_id", None))
            self.current = None
        elif self.current is not None:  # a run inside a cell (%%capture, %%hybridize): its code is the cell's
            self._add_code_name(info.raw_cell, info.transformed_cell, count, self.current,
                                _line_offset(self.current.source, info.raw_cell))

    def begin_magic_run(self, source: str) -> Run | None:
        """A cell magic called outside `run_cell` (tests, other magics): the cell stands for itself."""
        if self.current is not None:
            return None
        self.current = self._record(self.shell.execution_count, source, None, None)
        return self.current

    def end_magic_run(self, run: Run | None) -> None:
        if run is not None and self.current is run:
            self.current = None

    def _record(self, count: int, source: str, transformed: str | None, cell_id: str | None) -> Run:
        run = self.runs.get(count)
        if run is None or run.source != source or (cell_id and run.cell_id != cell_id):
            run = self.runs[count] = Run(count, source, cell_id or (run.cell_id if run else None))
            self._version += 1
        self._add_code_name(source, transformed, count, run, 0)
        return run

    def _add_code_name(self, raw: str, transformed: str | None, number: int, run: Run, offset: int) -> None:
        try:
            name = self.shell.compile.get_code_name(raw, transformed if transformed is not None else raw, number)
        except Exception:  # a compiler without get_code_name: the fallbacks still locate functions
            return
        self._code_names[name] = (run.count, offset)

    def _sync_history(self) -> None:
        """Cells that ran before the extension was loaded, from IPython's input history (only what
        is new since the last call is read)."""
        history = getattr(self.shell, "history_manager", None)
        raw = getattr(history, "input_hist_raw", None) or []
        parsed = getattr(history, "input_hist_parsed", None) or []
        if len(raw) < self._history_seen:  # %reset: the history starts again
            self._history_seen = 1
        for count in range(max(self._history_seen, 1), len(raw)):
            if count not in self.runs and raw[count].strip():
                self.runs[count] = Run(count, raw[count])
                self._version += 1
                transformed = parsed[count] if count < len(parsed) else None
                self._add_code_name(raw[count], transformed, count, self.runs[count], 0)
        self._history_seen = len(raw)
        names = getattr(self.shell.compile, "_filename_map", {})
        if len(names) != self._filenames_seen:
            self._filenames_seen = len(names)
            for name, number in names.items():
                if name not in self._code_names and number in self.runs:
                    self._code_names[name] = (number, 0)

    # -- units ------------------------------------------------------------------------------------
    def get_units(self) -> list[Unit]:
        """One unit per executed cell in execution order; a re-executed cell counts once, at its
        latest run, with its latest source."""
        self._sync_history()
        if self._ordered is None or self._ordered[0] != self._version:
            self._ordered = (self._version, *self._build_units())
        return self._ordered[1]

    def _build_units(self) -> tuple[list[Unit], dict[str, Unit], dict[str, Run]]:
        latest: dict[str, Run] = {}
        for count in sorted(self.runs):
            latest[self.runs[count].unit_id] = self.runs[count]
        path = notebook_path(self.shell)
        units = []
        for run in sorted(latest.values(), key=lambda run: run.count):
            unit = self._units.get((run.unit_id, run.source))
            if unit is None or unit.path != path:
                unit = self._units[(run.unit_id, run.source)] = Unit.from_source(run.unit_id, path, "cell", run.source)
            units.append(unit)
        return units, {unit.id: unit for unit in units}, latest

    def get_run(self, unit_id: str) -> Run | None:
        """The latest run of a unit."""
        self.get_units()
        return self._ordered[3].get(unit_id)

    def get_definitions(self, unit: Unit) -> dict[str, list[int]]:
        """Qualnames a cell defines at module and class level, with their `def`/`class` lines."""
        found = self._definitions.get((unit.id, unit.source))
        if found is None:
            parsed = self.cache.parse(unit.masked, is_cell=True)
            found = {}
            if parsed.tree is not None and unit.skipped_magic is None:
                _collect_definitions(parsed.tree, "", found)
            self._definitions[(unit.id, unit.source)] = found
        return found

    # -- locating live objects ----------------------------------------------------------------
    def locate(self, value, name: str | None = None) -> Located:
        """The cell that defines a live function, method or class, or why there is none."""
        target = _unwrap(value)
        qualname = getattr(target, "__qualname__", None) or name or "?"
        if isinstance(target, type):
            if target.__module__ != "__main__":
                return NoSource(qualname, f"imported from `{target.__module__}`")
            return self._latest_definition(qualname) or NoSource(qualname, "no executed cell defines it")
        code = getattr(target, "__code__", None)
        if code is None:
            return NoSource(qualname, "a built-in or C function")
        if target.__name__ == "<lambda>":
            return NoSource(qualname, "a lambda")
        if "<locals>" in qualname:
            return NoSource(qualname, "a nested function")
        cached = self._located.get(id(code))
        if cached is not None and cached[0] is code and cached[1].run is self.get_run(cached[1].unit_id):
            return cached[1]  # its cell has not run again since
        located = self._locate_code(target, code, qualname)
        if isinstance(located, Location) and code.co_filename in self._code_names:  # not a guess by name
            self._located[id(code)] = (code, located)
        return located

    def _locate_code(self, target, code, qualname: str) -> Located:
        module = getattr(target, "__module__", None)
        known = self._code_names.get(code.co_filename)
        if known is None:
            self._sync_history()
            known = self._code_names.get(code.co_filename)
        if known is not None and known[0] in self.runs:
            unit = self._unit_for(self.runs[known[0]].unit_id)
            lines = self.get_definitions(unit).get(qualname) if unit is not None else None
            if lines:
                return Location(unit.id, qualname, _closest(lines, code.co_firstlineno + known[1]),
                                self.get_run(unit.id))
        if module != "__main__":
            return NoSource(qualname, f"imported from `{module}`")
        if code.co_filename == "<string>":
            return NoSource(qualname, "defined by `exec` or `compile()`")
        return self._latest_definition(qualname) or NoSource(qualname, "no executed cell defines it")

    def _unit_for(self, unit_id: str) -> Unit | None:
        self.get_units()
        return self._ordered[2].get(unit_id)

    def _latest_definition(self, qualname: str) -> Location | None:
        for unit in reversed(self.get_units()):
            lines = self.get_definitions(unit).get(qualname)
            if lines:
                return Location(unit.id, qualname, lines[-1], self.get_run(unit.id))
        return None


def notebook_path(shell) -> str:
    """The notebook's path when the server tells the kernel (JupyterLab 4), else `<notebook>`."""
    path = shell.user_ns.get("__session__") or os.environ.get("JPY_SESSION_NAME") or ""
    return path if isinstance(path, str) and path.endswith(".ipynb") else NOTEBOOK


def _unwrap(value):
    """The user's own function behind observation wrappers and `tf.function` objects."""
    for _ in range(8):
        if is_tf_function(value):
            value = value.python_function
            continue
        inner = getattr(value, "__hybridize_original__", None)
        if inner is None:
            return value
        value = inner
    return value


def _line_offset(outer: str, inner: str) -> int:
    """Lines before `inner` in `outer` (a cell magic's body starts after the magic line)."""
    index = outer.find(inner.rstrip()) if inner.strip() else -1
    return outer[:index].count("\n") if index > 0 else 0


def _closest(lines: list[int], line: int) -> int:
    """The `def` line at or just after `line` (decorators come first), else the last one."""
    after = [candidate for candidate in lines if candidate >= line]
    return min(after) if after else lines[-1]


def _collect_definitions(node, prefix: str, found: dict[str, list[int]]) -> None:
    for child in getattr(node, "children", ()):
        if child.type in ("funcdef", "classdef"):
            qualname = prefix + child.name.value
            found.setdefault(qualname, []).append(child.start_pos[0])
            if child.type == "classdef":
                _collect_definitions(child.children[-1], qualname + ".", found)
        elif hasattr(child, "children"):
            _collect_definitions(child, prefix, found)


_SESSIONS: WeakKeyDictionary = WeakKeyDictionary()


def get_session(shell, create: bool = False) -> Session | None:
    """The advisor's session of a shell (created when the extension loads)."""
    session = _SESSIONS.get(shell)
    if session is None and create:
        session = _SESSIONS[shell] = Session(shell)
    return session


def drop_session(shell) -> Session | None:
    return _SESSIONS.pop(shell, None)
