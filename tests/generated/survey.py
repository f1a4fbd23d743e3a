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


def check_file(path: Path) -> ProgramSummary:
    """A saved program (a regression) checked again; its seed is unknown, so it is -1."""
    return summarize_verdict(-1, check_program(path.read_text(encoding="utf-8")))


def _pool(workers: int | None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers or os.cpu_count() or 1, mp_context=multiprocessing.get_context("spawn"))


def check_files(paths: list[Path], workers: int | None = None) -> dict[Path, ProgramSummary]:
    with _pool(workers) as pool:
        return dict(zip(paths, pool.map(check_file, paths)))


def survey(seeds: list[int], workers: int | None = None, progress=None) -> Survey:
    """Every seed's program checked; workers are spawned, so no TensorFlow state of the caller
    (a test session may have imported it) is ever forked into them. `progress(done)` is called
    after each program."""
    programs = []
    with _pool(workers) as pool:
        for summary in pool.map(check_seed, seeds):
            programs.append(summary)
            if progress:
                progress(len(programs))
    return Survey(programs)


def get_signature(found: Found) -> tuple[str, ...]:
    """What a finding is about, without the numbers: the functions changed (their template names,
    without the suffix that keeps names apart) and what differed."""
    functions = tuple(sorted(re.sub(r"_\d+$", "", qualname.split(".")[-1]) for qualname in found.qualnames))
    difference = found.description.split(": ", 1)[-1]
    what = difference.split(":")[0] if difference.startswith("raises") else difference.split(" ")[0]
    return (found.description.split(" on ")[0],) + functions + (what,)


def iter_distinct(found: list[Found]):
    """One finding per signature, the first met: the rest say the same thing again."""
    seen = set()
    for item in found:
        if get_signature(item) not in seen:
            seen.add(get_signature(item))
            yield item


def save_found(found: list[Found], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for item in found:
        path = folder / item.file_name
        path.write_text(item.regression_text(), encoding="utf-8")
        paths.append(path)
    return paths
