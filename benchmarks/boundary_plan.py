"""The boundary plan on the execution-checked programs: fewer decorators, and no program slower.

For every program of `tests/analysis/programs/` (ordinary TensorFlow 2 code, each with a `main`),
the analysis runs three ways: without the boundary plan (`--no-plan`: every function the tables
recommend), with the plan but without counting calls (`--min-graph-calls 0`: helpers traced
inside a decorated caller, too little work for a graph call), and with the plan as a user gets
it (a function called too few times for its tracing to pay stays eager). Each way, the safe
recommendations are applied as "Apply all safe" does, and the program runs as a script in a
fresh process. Prints per program the decorators each way and the time of the script's own run
(TensorFlow imported before the clock starts), then the totals: the decorators each way, and the
programs each rewrite made slower than the original by more than the noise margin. No
assertions: one run per variant on a shared machine.

Run: `.venv/bin/python benchmarks/boundary_plan.py [--jobs 2] [--margin 0.15]`
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

PROGRAMS = Path(__file__).resolve().parents[1] / "tests" / "analysis" / "programs"
#: Imports TensorFlow, then times the script run as `__main__` in its own folder.
TIMER = """
import os, runpy, sys, time
import tensorflow as tf
tf.random.set_seed(0)
path = sys.argv[1]
os.chdir(os.path.dirname(path))
started = time.perf_counter()
runpy.run_path(path, run_name="__main__")
print("SECONDS", time.perf_counter() - started, file=sys.stderr)
"""


#: The analyses compared: every function the tables recommend, the plan without counting calls
#: (covered helpers and too little work only), and the plan as a user gets it.
VARIANTS = (("no_plan", {"plan": False}), ("uncounted", {"min_graph_calls": 0}), ("plan", {}))


def rewritten(path: Path, settings: dict) -> tuple[str, int]:
    """The program with its safe recommendations applied, and how many decorators that adds."""
    from hybridize_analysis.engine import Options, analyse_path
    from hybridize_analysis.plan import iter_unit_rewrites

    analysis = analyse_path(path, Options(**settings))
    safe = [result for result in analysis.results if result.safe]
    added = sum(1 for result in safe if "CONVERT_TO_HYBRID" in result.transformations)
    text = path.read_text(encoding="utf-8")
    for _, rewrite in iter_unit_rewrites(analysis, safe):
        text = rewrite.apply()
    return text, added


def run_seconds(path: Path) -> float | None:
    """Seconds the script's run took, or None when it failed."""
    done = subprocess.run([sys.executable, "-c", TIMER, str(path)], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONHASHSEED": "0"})
    for line in done.stderr.splitlines():
        if line.startswith("SECONDS "):
            return float(line.split()[1])
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--margin", type=float, default=0.15,
                        help="a rewrite counts as slower beyond this fraction (default 0.15)")
    options = parser.parse_args(argv)
    programs = sorted(PROGRAMS.glob("*.py"))
    rows, variants = [], []
    with tempfile.TemporaryDirectory() as scratch:
        for program in programs:
            folder = Path(scratch) / program.stem
            row = {"program": program.name}
            rows.append(row)
            original = program.read_text(encoding="utf-8")
            for name, settings in (("original", None), *VARIANTS):
                text = original
                if settings is not None:
                    text, row[f"{name}_decorators"] = rewritten(program, settings)
                    if text == original:  # nothing to apply: the same script, timed once
                        row.setdefault("same", []).append(name)
                        continue
                target = folder / name / program.name
                target.parent.mkdir(parents=True)
                target.write_text(text, encoding="utf-8")
                variants.append((row, name, target))
        with ThreadPoolExecutor(options.jobs) as pool:
            for (row, name, _), seconds in zip(variants, pool.map(lambda item: run_seconds(item[2]), variants)):
                row[name] = seconds
        for row in rows:
            for name in row.get("same", ()):
                row[name] = row["original"]

    def ratio(row: dict, name: str) -> float | None:
        return row[name] / row["original"] if row[name] and row["original"] else None

    def fmt(value: float | None) -> str:
        return f"{value:10.2f}" if value is not None else f"{'failed':>10}"

    names = [name for name, _ in VARIANTS]
    print(f"{'program':28} {'decorators':>14} {'original s':>10} " + " ".join(f"{name + ' s':>12}" for name in names)
          + f" {'plan/orig':>9}")
    for row in rows:
        plan_ratio = ratio(row, "plan")
        decorators = " -> ".join(str(row[f"{name}_decorators"]) for name in names)
        print(f"{row['program']:28} {decorators:>14} {fmt(row['original'])} "
              + " ".join(f"  {fmt(row[name])}" for name in names)
              + f" {'' if plan_ratio is None else f'{plan_ratio:9.2f}'}")
    slower = {name: [row["program"] for row in rows if (ratio(row, name) or 0) > 1 + options.margin] for name in names}
    totals = ", ".join(f"{sum(row[f'{name}_decorators'] for row in rows)} {name}" for name in names)
    print(f"decorators added over {len(rows)} programs: {totals}")
    print(f"slower than the original by more than {options.margin:.0%}: "
          + ", ".join(f"{len(slower[name])} {name}" for name in names) + f" {slower['plan'] or ''}")
    print("(a variant that adds no decorator runs the original script: its time is the original's)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
