"""When the rewritten program computes other numbers (`hybridize-report --compare` for notebooks,
`hybridize-check --verify` for scripts), find the recommendations responsible by running it with
subsets of them, withdraw those, and check the program rewritten with the rest.

The search halves: with the first half alone applied, a notebook that still differs holds a
culprit there; one that agrees puts it in the other half, untested. Then the notebook runs with
what is left, and while that still differs the next culprit is searched the same way. One culprit
among n recommendations costs about log2(n) runs, plus one to check what is left. Each run is a fresh kernel or process, compared with the
original's runs (`outputs`).
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from .outputs import Comparison

#: One recommendation: (where it is: a notebook cell's 1-based position or a line, the function's qualname).
Recommendation = tuple[int, str]
Check = Callable[[frozenset], Awaitable[Comparison]]


@dataclass
class Bisection:
    withdrawn: list[Recommendation]
    kept: list[Recommendation]
    comparisons: dict[frozenset, Comparison] = field(default_factory=dict)

    @property
    def runs(self) -> int:
        return len(self.comparisons)

    def differences_of(self, recommendation: Recommendation) -> list[dict]:
        """What applying this one recommendation alone changes (its smallest tested group's run)."""
        groups = [group for group in self.comparisons if recommendation in group and not self.comparisons[group].agree]
        if not groups:
            return []
        smallest = min(groups, key=len)
        return [difference.to_dict() for difference in self.comparisons[smallest].differences
                if not difference.within_tolerance]


async def find_responsible(recommendations: list[Recommendation], check: Check) -> Bisection:
    """The recommendations whose rewrite changes the results, given that all of them together do.
    `check(applied)` runs the notebook with only `applied` rewritten and compares it.

    One culprit at a time: halving down to it (a half that agrees on its own puts it in the other
    half), then the rest is run once; while the rest still differs, the next culprit is searched
    in it."""
    comparisons: dict[frozenset, Comparison] = {}

    async def differs(group: list[Recommendation]) -> bool:
        key = frozenset(group)
        if key not in comparisons:
            comparisons[key] = await check(key)
        return not comparisons[key].agree

    async def find_one(group: list[Recommendation]) -> Recommendation:
        """A culprit of a group known (or inferred) to differ."""
        while len(group) > 1:
            left, right = group[: len(group) // 2], group[len(group) // 2:]
            group = left if await differs(left) else right
        return group[0]

    withdrawn: list[Recommendation] = []
    rest = list(recommendations)
    while rest:
        withdrawn.append(await find_one(rest))
        rest = [recommendation for recommendation in rest if recommendation not in withdrawn]
        if rest and not await differs(rest):
            break
    if len(withdrawn) > 1:
        # Some subsets differ only because they are partial (a seeded random stream shifts when
        # some steps are graphs and others not): if everything but one of those found agrees,
        # that one was the culprit all along. The last found is the likeliest, so it goes first.
        for suspect in reversed(withdrawn):
            others = [recommendation for recommendation in recommendations if recommendation != suspect]
            if not await differs(others):
                withdrawn, rest = [suspect], others
                break
    bisection = Bisection(withdrawn, rest, comparisons)
    for recommendation in withdrawn:  # what each one changes, on its own if no run showed it yet
        if not bisection.differences_of(recommendation):
            await differs([recommendation])
    return bisection
