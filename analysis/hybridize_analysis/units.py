"""Units of analysis: files and notebook cells, with IPython syntax masked.

A unit keeps its original text (rewrites edit that) and a masked text for parsing in which every
IPython-only line is replaced by plain Python on the same line, so line numbers never move.
"""
from __future__ import annotations

import io
import json
import re
import tokenize
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

#: Cell magics whose body is Python and runs in the user namespace.
PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "hybridize", "prun", "debug"})

#: Line magics whose argument is a Python statement that still runs.
STATEMENT_LINE_MAGICS = frozenset({"time", "timeit", "prun"})


class InputError(Exception):
    """A path or notebook we cannot read; the message names it and is shown as one line."""


@dataclass(frozen=True)
class Unit:
    """A file or a notebook cell.

    `id` is the file's path relative to the analysed root, or `cell:<cell id>`;
    `path` is the file or notebook the unit lives in.
    """

    id: str
    path: str
    kind: str  # "file" | "cell"
    source: str
    masked: str = ""
    skipped_magic: str | None = None  # a non-Python cell magic: the unit is not analysed
    notebook_index: int | None = None  # position of the cell in its notebook
    messages: tuple[str, ...] = field(default=())

    @classmethod
    def from_source(cls, id: str, path: str, kind: str, source: str, **extra) -> "Unit":
        masked, skipped = mask_ipython(source) if kind == "cell" else (source, None)
        return cls(id=id, path=path, kind=kind, source=source, masked=masked,
                   skipped_magic=skipped, **extra)


# --- IPython masking ---------------------------------------------------------------------------

_ASSIGNED_ESCAPE = re.compile(r"^(\s*[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*\s*=\s*)[!%]")
_HELP = re.compile(r"^\s*(\?{1,2}[\w.*]+|[\w.*]+\?{1,2})\s*$")
_MAGIC = re.compile(r"^(\s*)%(\w+)(.*)$")
_TIMEIT_OPTION = re.compile(r"^\s*(?:-[nr]\s*\d+|-p\s*\d+|-[qocl]|-o)\s*")


def mask_ipython(source: str) -> tuple[str, str | None]:
    """Replace IPython-only syntax with Python that keeps every line where it was.

    Returns the masked text and, for a cell under a non-Python cell magic (`%%bash`,
    `%%html`, `%%writefile` ...), the magic's name: such a cell is skipped.
    """
    lines = source.splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and lines[first].lstrip().startswith("%%"):
        name = lines[first].lstrip()[2:].split(maxsplit=1)[0] if lines[first].strip() != "%%" else ""
        if name not in PYTHON_CELL_MAGICS:
            return "".join(_blank(line) for line in lines), name or "%%"
        lines[first] = _replace(lines[first], "pass")
    continuation = _continuation_lines(lines)
    for i, line in enumerate(lines):
        if i in continuation or (first is not None and i == first and line.lstrip().startswith("%%")):
            continue
        lines[i] = _mask_line(line)
    return "".join(lines), None


def _mask_line(line: str) -> str:
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return line
    indent = line[: len(line) - len(line.lstrip())]
    assigned = _ASSIGNED_ESCAPE.match(line)
    if assigned:
        return _replace(line, assigned.group(1).strip() + " None")
    if stripped[0] in "!/;," or _HELP.match(line):
        return _replace(line, indent + "pass")
    magic = _MAGIC.match(line.rstrip("\r\n"))
    if magic:
        name, rest = magic.group(2), magic.group(3)
        if name in STATEMENT_LINE_MAGICS:
            while (option := _TIMEIT_OPTION.match(rest)) and option.end() > 0:
                rest = rest[option.end():]
            if rest.strip():
                return _replace(line, indent + rest.strip())
        return _replace(line, indent + "pass")
    return line


def _replace(line: str, text: str) -> str:
    """`text` in place of `line`, keeping its line ending."""
    ending = line[len(line.rstrip("\r\n")):]
    return text + ending


def _blank(line: str) -> str:
    return _replace(line, "")


def _continuation_lines(lines: list[str]) -> set[int]:
    """0-based indexes of lines that continue a statement (inside brackets, strings or after `\\`).

    IPython escapes only count at the start of a logical line; tokenizing tells which lines those
    are. Tokenizing stops quietly at the first thing it cannot read.
    """
    inside: set[int] = set()
    depth = 0
    seen_rows: set[int] = set()
    try:
        for tok in tokenize.generate_tokens(io.StringIO("".join(lines)).readline):
            row = tok.start[0] - 1
            if row not in seen_rows:
                seen_rows.add(row)
                if depth > 0:
                    inside.add(row)
            if tok.type == tokenize.OP and tok.string in "([{":
                depth += 1
            elif tok.type == tokenize.OP and tok.string in ")]}":
                depth = max(0, depth - 1)
            if tok.end[0] > tok.start[0]:
                inside.update(range(tok.start[0], tok.end[0]))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    for i, line in enumerate(lines[:-1]):
        if line.rstrip("\r\n").endswith("\\"):
            inside.add(i + 1)
    return inside


# --- reading paths ------------------------------------------------------------------------------

def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text ({error.reason} at byte {error.start})") from None


def units_from_notebook_json(text: str, path: str) -> list[Unit]:
    """Code cells of a notebook in document order, one unit each."""
    try:
        notebook = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{path}:{error.lineno}: not a valid notebook: {error.msg}") from None
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        raise InputError(f"{path}: not a valid notebook: no 'cells' list")
    units = []
    for index, cell in enumerate(cells):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        if isinstance(source, list):
            source = "".join(str(part) for part in source)
        if not isinstance(source, str):
            raise InputError(f"{path}: cell {index + 1}: source is neither text nor a list of lines")
        cell_id = cell.get("id") or str(index + 1)
        units.append(Unit.from_source(f"cell:{cell_id}", path, "cell", source, notebook_index=index))
    return units


def units_from_path(path: Path, root: Path | None = None) -> list[Unit]:
    """The units of one file (a `.py` file or a notebook)."""
    shown = str(path.relative_to(root)) if root else str(path)
    text = read_text(path)
    if path.suffix == ".ipynb":
        return units_from_notebook_json(text, shown)
    return [Unit.from_source(shown, shown, "file", text)]


def iter_python_files(directory: Path) -> Iterator[Path]:
    """`.py` files and notebooks below a directory, in a stable order, skipping hidden and build folders."""
    skip = {"__pycache__", "node_modules", ".ipynb_checkpoints", "site-packages"}
    for path in sorted(directory.rglob("*")):
        parts = path.relative_to(directory).parts
        if any(part.startswith(".") or part in skip for part in parts[:-1]):
            continue
        if path.suffix in (".py", ".ipynb") and path.is_file() and not parts[-1].startswith("."):
            yield path
