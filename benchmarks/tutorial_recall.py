"""Recall on tutorial-shaped programs: the decorators TensorFlow's tutorials place, recommended back?

Each program in `benchmarks/tutorials/` is modelled on one of TensorFlow's tutorials or guides (or
written the way notebooks are), with its `tf.function` decorators where the authors put them. For
each program the decorators are stripped (`realworld_strip`, lines kept), the engine analyses the
stripped program as the command line does, and every author hybrid function is reported as
recovered (`CONVERT_TO_HYBRID` recommended back) or missed, with what blocked it. The programs are
never run: they only have to parse. Prints one line per author decorator and the total.

    .venv/bin/python benchmarks/tutorial_recall.py [--json FILE]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from realworld import blocking_code  # noqa: E402
from realworld_strip import strip_source  # noqa: E402

TUTORIALS = HERE / "tutorials"


def recall(path: Path) -> list[dict]:
    """One entry per author hybrid function of `path`: recovered or not, and why not."""
    from hybridize_analysis.engine import analyse_path
    from hybridize_analysis.report import function_entry

    stripped = strip_source(path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        copy.write_text(stripped.text, encoding="utf-8")
        entries = {entry["line"]: entry for entry in map(function_entry, analyse_path(copy).results)}
    found = []
    for hybrid in stripped.hybrids:
        entry = entries.get(hybrid.line)
        if entry is not None:
            entry = {**entry, "findings": [(f["code"], f["severity"], f["message"]) for f in entry["findings"]]}
        recovered = entry is not None and "CONVERT_TO_HYBRID" in entry["transformations"]
        found.append({"program": path.name, "function": hybrid.qualname, "recovered": recovered,
                      "blocked_by": None if recovered else blocking_code(entry),
                      "message": "" if recovered or entry is None else next(
                          (m for c, _, m in entry["findings"] if c == blocking_code(entry)), "")})
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the entries here")
    args = parser.parse_args(argv)
    entries = [entry for path in sorted(TUTORIALS.glob("*.py")) for entry in recall(path)]
    for entry in entries:
        mark = "recovered" if entry["recovered"] else f"missed ({entry['blocked_by']})"
        print(f"{entry['program']:20s} {entry['function']:35s} {mark}")
    recovered = sum(entry["recovered"] for entry in entries)
    print(f"\n{recovered}/{len(entries)} author decorators recommended back over {len(set(e['program'] for e in entries))} programs")
    if args.json:
        args.json.write_text(json.dumps(entries, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
