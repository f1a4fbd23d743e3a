"""Checks one program: runs it eagerly, then with each recommended change alone and all together,
each in a fresh process, and labels every change that alters behaviour. The label comes only from
running."""
from __future__ import annotations

from dataclasses import dataclass, field

from .changes import Change, Recommendations, apply_changes, recommend_source
from .outcomes import describe_difference, same_behaviour
from .sandbox import Outcome, run_source

CHECKED = "checked"
NO_RECOMMENDATION = "no recommendation"
NONDETERMINISTIC = "nondeterministic"
ORIGINAL_FAILS = "original fails"


@dataclass(frozen=True)
class BehaviourChange:
    """Applying `changes` (one, or all together) made the program behave differently."""
    changes: tuple[Change, ...]
    difference: str
    rewritten: str

    @property
    def flagged(self) -> bool:
        """The engine itself marked one of the changes unsafe to apply as it stands."""
        return any(change.safe is False for change in self.changes)

    def describe(self) -> str:
        together = " together with ".join(change.describe() for change in self.changes)
        return f"{together}: {self.difference}"


@dataclass
class Verdict:
    source: str
    functions: int
    changes: list[Change]
    status: str
    original: Outcome | None = None
    behaviour_changes: list[BehaviourChange] = field(default_factory=list)

    @property
    def unsafe(self) -> list[BehaviourChange]:
        """Behaviour changes the engine recommended without marking them unsafe."""
        return [change for change in self.behaviour_changes if not change.flagged]


def _variants(recommendations: Recommendations) -> list[tuple[Change, ...]]:
    """Each change alone, then the ones applied together (when that is a different program)."""
    singles = [(change,) for change in recommendations.changes]
    together = tuple(recommendations.applied_together)
    if len(together) > 1:
        singles.append(together)
    return singles


def check_program(source: str) -> Verdict:
    recommendations = recommend_source(source)
    verdict = Verdict(source, recommendations.functions, recommendations.changes, NO_RECOMMENDATION)
    if not recommendations.changes:
        return verdict
    original = run_source(source)
    verdict.original = original
    if original.failed:
        verdict.status = ORIGINAL_FAILS
        return verdict
    if not same_behaviour(original, run_source(source)):
        verdict.status = NONDETERMINISTIC
        return verdict
    verdict.status = CHECKED
    culprits: set[Change] = set()
    for changes in _variants(recommendations):
        if len(changes) > 1 and culprits.intersection(changes):
            continue  # a culprit is named already; the combination adds nothing
        rewritten = apply_changes(recommendations, list(changes))
        if rewritten == source:
            continue
        outcome = run_source(rewritten)
        if not same_behaviour(original, outcome):
            verdict.behaviour_changes.append(
                BehaviourChange(changes, describe_difference(original, outcome), rewritten))
            if len(changes) == 1:
                culprits.update(changes)
    return verdict
