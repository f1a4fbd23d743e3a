"""A fixed sample of generated programs: every recommendation the engine makes on them must keep
what the program prints and raises, as found by running it (tests/generated/runner.py)."""
from __future__ import annotations

from collections import Counter

from .composer import MAX_FUNCTIONS, MIN_FUNCTIONS, compose
from .runner import CHECKED
from .survey import survey
from .templates import HELPER, LOSS, METRIC, REGISTRY, SCRIPT

SAMPLE_SEEDS = list(range(1000, 1016))  # under a minute on two idle cores, two when they are busy
HAZARDS = ["conversion", "numpy on tensors", "assert", "variable per call", "python literal branch",
           "numpy item assignment", "numpy in-place arithmetic", "list append on a global", "random",
           "random layer", "decorated python-valued function"]


def test_there_are_templates_of_every_role():
    roles = Counter(template.role for template in REGISTRY)
    assert len(REGISTRY) >= 40
    assert all(roles[role] for role in (HELPER, LOSS, METRIC, SCRIPT))


def test_every_hazard_has_templates_and_most_have_look_alikes():
    kinds = {template.kind for template in REGISTRY}
    assert set(HAZARDS) <= kinds
    assert sum(f"{hazard} look-alike" in kinds for hazard in HAZARDS) >= 6


def test_the_same_seed_gives_the_same_program():
    assert [compose(seed).source for seed in range(20)] == [compose(seed).source for seed in range(20)]
    assert len({compose(seed).source for seed in range(20)}) == 20


def test_programs_have_three_to_eight_functions_and_parse():
    for seed in range(200):
        assert MIN_FUNCTIONS <= compose(seed).functions <= MAX_FUNCTIONS


def test_templates_are_all_used_by_a_few_hundred_programs():
    used = {name for seed in range(400) for name in compose(seed).templates}
    assert used == {template.name for template in REGISTRY}


def test_no_recommendation_on_the_sample_changes_behaviour():
    result = survey(SAMPLE_SEEDS, workers=2)
    print(f"{len(SAMPLE_SEEDS)} programs, {result.count(CHECKED)} checked: "
          f"unsafe {len(result.unsafe)} / recommended {result.recommended} / functions {result.functions}")
    assert result.count(CHECKED) >= len(SAMPLE_SEEDS) // 2, "most programs must be checkable by running"
    assert not result.unsafe, "\n".join(f"seed {found.seed}: {found.description}" for found in result.unsafe)
