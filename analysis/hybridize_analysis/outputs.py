"""Do two runs of a program compute the same numbers? (`hybridize-report --compare` for notebooks,
`hybridize-check --verify` for scripts.)

The values compared are every number a run prints, part by part (a notebook's cells, a script's
standard output as one part), and the numeric values it leaves behind, when the caller reads them.

What two runs printed is lined up line by line in each part (difflib, over the lines with their
numbers masked), so a line only one run prints shows as missing instead of shifting every number
after it. TensorFlow's own log lines (`WARNING:tensorflow:...`, absl's `W0000 ...`) and Keras
progress bars are diagnostics, not results, and are left out: removing a retracing decorator
rightly silences the retracing warning.

Two values agree when `|a - b| <= atol + rtol * max(|a|, |b|)`, plus, for printed numbers, one
unit in the last printed place (`0.1235` and `0.1234` may both be roundings of nearly the same
value). NaN agrees with NaN. A value only one run has is a difference too. With several runs of
the original, values on which those runs disagree among themselves (timings, unseeded
randomness) are left out and counted as `unstable`.
"""
from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field

DEFAULT_RTOL = 1e-3
DEFAULT_ATOL = 1e-5
SHOWN_DIFFERENCES = 10

#: A number standing on its own: not part of a name (`dense_1`, `float32`) or of a hex address.
NUMBER = re.compile(r"(?<![\w.])[-+]?(?:(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|nan|inf)(?![\w])")
#: Lines that are not results: TensorFlow's and absl's log lines, Keras progress bars.
LOG_LINE = re.compile(r"^(?:(?:WARNING|INFO|ERROR|DEBUG|CRITICAL):(?:tensorflow|absl|keras)\b"
                      r"|[IWEF]\d{4} \d\d:\d\d:\d\d\.\d+ "
                      r"|\s*\d+/\d+\s.*\d(?:ms|s|us|\u00b5s)/step)")


@dataclass(frozen=True)
class Value:
    """One number of a run; `quantum` is one unit in its last printed place (0 when not printed)."""

    where: str
    value: float
    quantum: float = 0.0


@dataclass(frozen=True)
class Difference:
    where: str
    original: float | None  # None: only one of the runs has this value
    rewritten: float | None
    relative: float
    within_tolerance: bool

    def to_dict(self) -> dict:
        return {"where": self.where, "original": _jsonable(self.original), "rewritten": _jsonable(self.rewritten),
                "relative_difference": _jsonable(self.relative), "within_tolerance": self.within_tolerance}


@dataclass
class Comparison:
    agree: bool
    compared: int  # values present in both runs
    differences: list[Difference]  # values that are not identical: failures first, then the largest
    failures: int  # values outside the tolerance or present in one run only
    unstable: int = 0  # values left out because the original's own runs disagree on them
    error: str | None = None  # the rewritten run did not finish: nothing could be compared

    def to_dict(self) -> dict:
        return {"agree": self.agree, "compared": self.compared, "failures": self.failures,
                "unstable": self.unstable, "differences": [d.to_dict() for d in self.differences],
                "error": self.error}


def _jsonable(value):
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


# --- reading printed numbers ---------------------------------------------------------------

def iter_printed_numbers(text: str):
    """(number, quantum, line) for every number in `text`."""
    for line in text.splitlines():
        for number, quantum in iter_line_numbers(line):
            yield number, quantum, line.strip()


def iter_line_numbers(line: str):
    for match in NUMBER.finditer(line):
        yield float(match.group()), get_quantum(match.group())


def get_quantum(token: str) -> float:
    """One unit in the last printed place of a float (`0.125` -> 0.001, `1.5e-3` -> 1e-4); 0 for
    integers and non-finite values, which print exactly."""
    mantissa, _, exponent = token.lower().partition("e")
    if "." not in mantissa:
        return 0.0
    decimals = len(mantissa.split(".", 1)[1])
    return 10.0 ** (int(exponent or 0) - decimals)


@dataclass
class RunValues:
    """What one run computed: the lines each cell printed, and the numeric globals."""

    lines: dict[int, list[str]] = field(default_factory=dict)  # part (a notebook's 1-based cell) -> lines
    globals: dict[str, Value] = field(default_factory=dict)


def _line_values(cell: int, index: int, line: str, key: str) -> dict[str, Value]:
    shown = line if len(line) <= 60 else line[:57] + "..."
    return {f"{key} #{k}": Value(f"cell {cell}, printed line {index + 1} ({shown!r}), number {k}", number, quantum)
            for k, (number, quantum) in enumerate(iter_line_numbers(line), 1)}


def _results(lines: list[str]) -> list[tuple[int, str]]:
    """(0-based index among the printed lines, line) of the lines that are results."""
    return [(index, line) for index, line in enumerate(lines) if not LOG_LINE.match(line)]


def _mask(line: str) -> str:
    return NUMBER.sub("#", line)


def iter_line_pairs(old: list[str], new: list[str]):
    """(i, j) for lines printed by both runs, (i, None) and (None, j) for the others: identical
    lines anchor the alignment; between them, lines that differ only in their numbers pair up."""
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            yield from zip(range(i1, i2), range(j1, j2))
            continue
        masked = difflib.SequenceMatcher(None, [_mask(line) for line in old[i1:i2]],
                                         [_mask(line) for line in new[j1:j2]], autojunk=False)
        for sub, a1, a2, b1, b2 in masked.get_opcodes():
            paired = a2 - a1 if sub == "equal" else 0
            if sub == "replace":  # changed lines with as many numbers pair up, in order
                while (paired < min(a2 - a1, b2 - b1) and len(NUMBER.findall(old[i1 + a1 + paired]))
                       == len(NUMBER.findall(new[j1 + b1 + paired]))):
                    paired += 1
            yield from ((i1 + a1 + k, j1 + b1 + k) for k in range(paired))
            yield from ((i1 + a, None) for a in range(a1 + paired, a2))
            yield from ((None, j1 + b) for b in range(b1 + paired, b2))


def pair_values(a: RunValues, b: RunValues) -> tuple[dict[str, Value], dict[str, Value]]:
    """The values of two runs keyed so that the same key means the same thing: printed lines are
    matched cell by cell (a line only one run printed keeps a key of its own), globals by name."""
    first: dict[str, Value] = {}
    second: dict[str, Value] = {}
    for cell in sorted(set(a.lines) | set(b.lines)):
        old, new = _results(a.lines.get(cell, [])), _results(b.lines.get(cell, []))
        unpaired_old: list[int] = []
        unpaired_new: list[int] = []

        def flush() -> None:
            """Lines between two anchors that only one run printed: when both runs printed as many
            numbers there, the same numbers were wrapped differently (a printed array whose
            column width changed): they pair up in order."""
            old_values = [item for i in unpaired_old
                          for item in _line_values(cell, *old[i], f"cell {cell} line {old[i][0] + 1}").items()]
            new_values = [value for j in unpaired_new for value in _line_values(cell, *new[j], "").values()]
            if old_values and len(old_values) == len(new_values):
                # keyed as the original's own lines are, so that values unstable between the
                # original's runs are recognised however the other run wrapped them
                for (key, x), y in zip(old_values, new_values):
                    first[key] = x
                    second[key] = Value(x.where, y.value, y.quantum)
            else:
                for i in unpaired_old:
                    first.update(_line_values(cell, *old[i], f"cell {cell} line {old[i][0] + 1}"))
                for j in unpaired_new:
                    second.update(_line_values(cell, *new[j], f"cell {cell} other line {new[j][0] + 1}"))
            unpaired_old.clear()
            unpaired_new.clear()

        for i, j in iter_line_pairs([line for _, line in old], [line for _, line in new]):
            if i is not None and j is not None:
                flush()
                key = f"cell {cell} line {old[i][0] + 1}"
                first.update(_line_values(cell, *old[i], key))
                second.update(_line_values(cell, *new[j], key))
            elif i is not None:
                unpaired_old.append(i)
            else:
                unpaired_new.append(j)
        flush()
    first.update(a.globals)
    second.update(b.globals)
    return first, second


# --- comparing ---------------------------------------------------------------------------------

def relative_difference(a: float, b: float) -> float:
    if a == b or (math.isnan(a) and math.isnan(b)):
        return 0.0
    if not (math.isfinite(a) and math.isfinite(b)):
        return math.inf
    return abs(a - b) / max(abs(a), abs(b))


def is_close(a: Value, b: Value, rtol: float, atol: float) -> bool:
    x, y = a.value, b.value
    if x == y or (math.isnan(x) and math.isnan(y)):
        return True
    if not (math.isfinite(x) and math.isfinite(y)):
        return False
    return abs(x - y) <= atol + rtol * max(abs(x), abs(y)) + max(a.quantum, b.quantum) * (1 + 1e-9)


def find_unstable(runs: list[RunValues], rtol: float, atol: float) -> set[str]:
    """Keys (as `pair_values` gives them for the first run) on which several runs of the same
    notebook disagree: timings, unseeded randomness."""
    unstable = set()
    for other in runs[1:]:
        first, second = pair_values(runs[0], other)
        unstable |= {key for key, value in first.items()
                     if key not in second or not is_close(value, second[key], rtol, atol)}
        unstable |= set(second) - set(first)
    return unstable


def compare_runs(original: list[RunValues], rewritten: RunValues, *, rtol: float = DEFAULT_RTOL,
                 atol: float = DEFAULT_ATOL) -> Comparison:
    """The first run of the original against the rewritten one, without the unstable values.
    When the original's own runs do not even print the same values (unseeded random arrays that
    wrap differently), a value printed by one run only is no evidence either: it is listed, within
    tolerance."""
    first, second = pair_values(original[0], rewritten)
    unstable = find_unstable(original, rtol, atol)
    shapeless = any(_only_in_one(pair_values(original[0], other)) for other in original[1:])
    return compare_values(first, second, rtol=rtol, atol=atol, ignore=unstable, missing_counts=not shapeless)


def _only_in_one(pair: tuple[dict[str, Value], dict[str, Value]]) -> bool:
    first, second = pair
    return first.keys() != second.keys()


def compare_values(original: dict[str, Value], rewritten: dict[str, Value], *, rtol: float = DEFAULT_RTOL,
                   atol: float = DEFAULT_ATOL, ignore: set[str] = frozenset(),
                   shown: int = SHOWN_DIFFERENCES, missing_counts: bool = True) -> Comparison:
    differences, compared, failures = [], 0, 0
    for key, value in original.items():
        if key in ignore:
            continue
        other = rewritten.get(key)
        if other is None:
            failures += missing_counts
            differences.append(Difference(value.where + " (missing from the rewritten run)", value.value,
                                          None, math.inf, not missing_counts))
            continue
        compared += 1
        if value.value == other.value or (math.isnan(value.value) and math.isnan(other.value)):
            continue
        close = is_close(value, other, rtol, atol)
        failures += not close
        differences.append(Difference(value.where, value.value, other.value,
                                      relative_difference(value.value, other.value), close))
    for key, value in rewritten.items():
        if key not in original and key not in ignore:
            failures += missing_counts
            differences.append(Difference(value.where + " (only in the rewritten run)", None, value.value,
                                          math.inf, not missing_counts))
    differences.sort(key=lambda d: (d.within_tolerance, -d.relative))
    return Comparison(agree=failures == 0, compared=compared, differences=differences[:shown],
                      failures=failures, unstable=len(ignore))
