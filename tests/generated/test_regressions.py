"""Programs the generator found a behaviour-changing recommendation on, kept as regression tests:
each is run again, eagerly and with every recommendation the engine now makes, and none may change
what it prints or raises."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from .runner import CHECKED, NO_RECOMMENDATION
from .survey import ProgramSummary, check_files

REGRESSIONS = sorted((Path(__file__).parent / "regressions").glob("*.py"))

# file name -> why the engine still makes an unsafe recommendation on it
STILL_UNSAFE: dict[str, str] = {}


@cache
def checked() -> dict[Path, ProgramSummary]:
    """All of them at once, over two workers: one fresh process per run either way."""
    return check_files(REGRESSIONS, workers=2)


def _param(path: Path):
    reason = STILL_UNSAFE.get(path.name)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(path, marks=marks, id=path.stem)


@pytest.mark.parametrize("path", [_param(path) for path in REGRESSIONS])
def test_recommendations_on_found_program_keep_behaviour(path):
    summary = checked()[path]
    assert summary.status in (CHECKED, NO_RECOMMENDATION), f"the program itself cannot be checked: {summary.status}"
    assert not [found for found in summary.found if not found.flagged], \
        "\n".join(found.description for found in summary.found)
