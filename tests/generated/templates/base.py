"""What a snippet template is, and the context it is built in.

A template writes a few functions (or a class) the way notebooks and training scripts do, and the
driver code that uses them. A template may ask the context for a helper of some role (a tensor
helper, a loss): the composer writes one from another template and hands back its name, so that
functions call each other across snippets.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

HELPER = "helper"  # name(x) -> a tensor shaped like x, float32 [rows, columns]
LOSS = "loss"  # name(y_true, y_pred) -> a differentiable scalar
METRIC = "metric"  # name(y_true, y_pred) -> a scalar for reporting, never differentiated
SCRIPT = "script"  # top-level: defines what it needs and drives it


@dataclass(frozen=True)
class Block:
    """Module-level definitions, the statements that drive them, the name others call, and what
    the program prints of the block's state once everything ran."""
    defs: str
    driver: str = ""
    entry: str | None = None
    final: str = ""


@dataclass(frozen=True)
class Template:
    name: str
    role: str
    kind: str  # what the snippet is about, for coverage counts only: never a verdict
    build: Callable[["Context"], Block]


class Context:
    """Randomness, fresh names, and helpers written on demand by the composer."""

    def __init__(self, rng: random.Random, write_helper: Callable[[str, "Context"], str]):
        self.rng = rng
        self._write_helper = write_helper
        self._taken: set[str] = set()
        self.depth = 0

    def name(self, base: str) -> str:
        candidate, number = base, 2
        while candidate in self._taken:
            candidate, number = f"{base}_{number}", number + 1
        self._taken.add(candidate)
        return candidate

    def choice(self, options):
        return self.rng.choice(list(options))

    def number(self, low: float, high: float, digits: int = 2) -> float:
        return round(self.rng.uniform(low, high), digits)

    def helper(self, role: str = HELPER) -> str:
        """The name of a function of `role`, written for this call site."""
        return self._write_helper(role, self)


REGISTRY: list[Template] = []


def template(role: str, kind: str):
    """Registers a builder as a template."""
    def register(build: Callable[[Context], Block]) -> Callable[[Context], Block]:
        REGISTRY.append(Template(build.__name__, role, kind, build))
        return build
    return register
