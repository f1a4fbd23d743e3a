"""Whether two runs behaved the same: same printed text, numbers equal within a tolerance, and the
same exception type."""
from __future__ import annotations

import math
import re

from .sandbox import Outcome

RTOL = 1e-4
ATOL = 1e-5
_TOKEN = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|nan|inf|\S")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _as_number(token: str) -> float | None:
    try:
        return float(token)
    except ValueError:
        return None


def _same_token(left: str, right: str) -> bool:
    if left == right:
        return True
    a, b = _as_number(left), _as_number(right)
    if a is None or b is None:
        return False
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=RTOL, abs_tol=ATOL)


def same_stdout(left: str, right: str) -> bool:
    a, b = _tokens(left), _tokens(right)
    return len(a) == len(b) and all(_same_token(x, y) for x, y in zip(a, b))


def same_behaviour(left: Outcome, right: Outcome) -> bool:
    return left.exception == right.exception and same_stdout(left.stdout, right.stdout)


def describe_difference(original: Outcome, changed: Outcome) -> str:
    """One line: the exception that appeared or vanished, or the first line that printed differently."""
    if original.exception != changed.exception:
        if changed.exception:
            message = changed.message.removeprefix(f"{changed.exception}: ")
            return f"raises {changed.exception}: {message}"
        return f"no longer raises {original.exception}"
    old_lines, new_lines = original.stdout.splitlines(), changed.stdout.splitlines()
    for number, (old, new) in enumerate(zip(old_lines, new_lines), start=1):
        if not same_stdout(old, new):
            return f"stdout line {number}: {old.strip()[:120]!r} became {new.strip()[:120]!r}"
    return f"prints {len(new_lines)} lines instead of {len(old_lines)}"
