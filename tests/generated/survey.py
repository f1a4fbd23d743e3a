"""Checks many generated programs in parallel (one worker per core) and sums up what running them
showed: how many recommendations changed behaviour out of how many were made."""
from __future__ import annotations

import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .composer import compose
from .runner import CHECKED, Verdict, check_program


@dataclass(frozen=True)
class Found:
    """A behaviour change found on the program of `seed`, with what is needed to triage it."""
    seed: int
    description: str
    qualnames: tuple[str, ...]
    source: str
    rewritten: str
    flagged: bool

    @property
    def file_name(self) -> str:
        names = re.sub(r"\W+", "_", self.qualnames[0]).strip("_") if len(self.qualnames) == 1 else "together"
        return f"seed{self.seed}_{names}.py"

    def regression_text(self) -> str:
        """The original program, headed by what applying the change did to it."""
        return f"# Found unsafe: {self.description}\n{self.source}"


@dataclass
class ProgramSummary:
    seed: int
    status: str
    functions: int
    recommended: int
    found: list[Found] = field(default_factory=list)


@dataclass
class Survey:
    programs: list[ProgramSummary]

    def count(self, status: str) -> int:
        return sum(program.status == status for program in self.programs)

    @property
    def functions(self) -> int:
        return sum(program.functions for program in self.programs)

    @property
    def recommended(self) -> int:
        """Recommendations on the programs that could be checked by running."""
        return sum(program.recommended for program in self.programs if program.status == CHECKED)

    @property
    def found(self) -> list[Found]:
        return [found for program in self.programs for found in program.found]

    @property
    def unsafe(self) -> list[Found]:
        return [found for found in self.found if not found.flagged]


def summarize_verdict(seed: int, verdict: Verdict) -> ProgramSummary:
    found = [Found(seed, change.describe(), tuple(c.qualname for c in change.changes), verdict.source,
                   change.rewritten, change.flagged) for change in verdict.behaviour_changes]
    return ProgramSummary(seed, verdict.status, verdict.functions, len(verdict.changes), found)


def check_seed(seed: int) -> ProgramSummary:
    return summarize_verdict(seed, check_program(compose(seed).source))


def survey(seeds: list[int], workers: int | None = None) -> Survey:
    """Every seed's program checked; workers are spawned, so no TensorFlow state of the caller
    (a test session may have imported it) is ever forked into them."""
    workers = workers or os.cpu_count() or 1
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return Survey(list(pool.map(check_seed, seeds)))


def save_found(found: list[Found], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for item in found:
        path = folder / item.file_name
        path.write_text(item.regression_text(), encoding="utf-8")
        paths.append(path)
    return paths
