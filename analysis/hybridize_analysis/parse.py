"""Parsing with parso: error recovery, a content-keyed cache, and guards for very deep code."""
from __future__ import annotations

import hashlib
import sys
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass

import parso
from parso.python.tree import Module

_GRAMMAR = parso.load_grammar()

#: parso's tree walks recurse once per nesting level; deeply nested code needs more room.
_RECURSION_LIMIT = 20_000

#: Messages parso reports that are valid in a notebook cell (IPython runs top-level await).
_CELL_ONLY_VALID = ("'await' outside", "'async with' outside", "'async for' outside")


@dataclass(frozen=True)
class ParseError:
    line: int
    message: str

    def to_dict(self) -> dict:
        return {"line": self.line, "message": self.message}


@dataclass(frozen=True)
class Parsed:
    """A parso tree (possibly partial) and the syntax errors found in it."""

    tree: Module | None
    errors: tuple[ParseError, ...]


class ParseCache:
    """Parsed trees keyed by the exact text, so an unchanged cell is never parsed twice.

    Trees are shared between analyses and must be treated as read-only.
    """

    def __init__(self, max_entries: int = 4096) -> None:
        self._entries: OrderedDict[tuple[str, bool], Parsed] = OrderedDict()
        self.max_entries = max_entries
        self.hits = 0
        self.misses = 0

    def parse(self, text: str, *, is_cell: bool = False) -> Parsed:
        key = (hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest(), is_cell)
        found = self._entries.get(key)
        if found is not None:
            self.hits += 1
            self._entries.move_to_end(key)
            return found
        self.misses += 1
        parsed = parse_text(text, is_cell=is_cell)
        self._entries[key] = parsed
        if len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return parsed


@contextmanager
def deep_recursion():
    """Allow parso and our walkers to descend into deeply nested code."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, _RECURSION_LIMIT))
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


def parse_text(text: str, *, is_cell: bool = False) -> Parsed:
    """Parse with error recovery; the tree keeps every function parso could recover."""
    with deep_recursion():
        try:
            tree = _GRAMMAR.parse(text, error_recovery=True)
        except RecursionError:
            return Parsed(None, (ParseError(1, "code nested too deeply to parse"),))
        try:
            issues = list(_GRAMMAR.iter_errors(tree))
        except RecursionError:
            return Parsed(tree, (ParseError(1, "code nested too deeply to check for syntax errors"),))
    errors = []
    for issue in issues:
        if is_cell and any(allowed in issue.message for allowed in _CELL_ONLY_VALID):
            continue
        errors.append(ParseError(issue.start_pos[0], issue.message))
    errors.sort(key=lambda error: error.line)
    return Parsed(tree, tuple(errors))


DEFAULT_CACHE = ParseCache()
