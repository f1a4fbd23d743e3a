"""Finding the recommendations that change a notebook's results, with few runs."""
from __future__ import annotations

import asyncio
import math

import pytest

from hybridize_analysis.bisect import find_responsible
from hybridize_analysis.outputs import Comparison, Difference


def bisect(recommendations, culprits):
    runs = []

    async def check(applied):
        runs.append(applied)
        bad = applied & culprits
        differences = [Difference(f"global {name}", 1.0, 2.0, 0.5, False) for _, name in sorted(bad)]
        return Comparison(not bad, 10, differences, len(bad))

    return asyncio.run(find_responsible(recommendations, check)), runs


@pytest.mark.parametrize("count", [1, 2, 5, 8, 16])
@pytest.mark.parametrize("position", [0, -1])
def test_one_culprit_costs_about_log2_runs(count, position):
    recommendations = [(cell, f"f{cell}") for cell in range(1, count + 1)]
    culprit = recommendations[position]
    found, runs = bisect(recommendations, {culprit})
    assert found.withdrawn == [culprit]
    assert found.kept == [r for r in recommendations if r != culprit]
    assert len(runs) <= math.ceil(math.log2(count)) + 2
    assert found.differences_of(culprit)[0]["where"] == f"global {culprit[1]}"


def test_two_culprits_are_both_found_and_the_rest_checked():
    recommendations = [(cell, f"f{cell}") for cell in range(1, 9)]
    culprits = {recommendations[1], recommendations[6]}
    found, runs = bisect(recommendations, culprits)
    assert set(found.withdrawn) == culprits
    assert frozenset(found.kept) in runs  # what is left was run, and agrees
    assert found.comparisons[frozenset(found.kept)].agree


def test_subsets_that_differ_only_because_they_are_partial_do_not_withdraw_anything_else():
    """A seeded GAN: with only some of its steps as graphs the noise draws shift, so many subsets
    differ; everything but the one real culprit agrees, and only that one is withdrawn."""
    recommendations = [(cell, f"f{cell}") for cell in range(1, 6)]
    culprit = recommendations[-1]
    everything = frozenset(recommendations)
    runs = []

    async def check(applied):
        runs.append(applied)
        partial = applied not in (everything, everything - {culprit})  # the seeded stream shifts
        bad = culprit in applied or (partial and len(applied) > 1)
        return Comparison(not bad, 10, [Difference("global x", 1.0, 2.0, 0.5, False)] if bad else [], int(bad))

    found = asyncio.run(find_responsible(recommendations, check))
    assert found.withdrawn == [culprit]
    assert found.kept == recommendations[:-1]
    assert found.comparisons[frozenset(found.kept)].agree
