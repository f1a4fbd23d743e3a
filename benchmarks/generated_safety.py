"""Safety of the engine's recommendations on generated programs, decided by running them.

Composes N seeded programs (tests/generated), runs each eagerly and with every recommended change
alone and all together, in fresh processes, in parallel over the cores, and prints how many
recommendations changed behaviour (unsafe / recommended / functions) and the wall time. Every
program a change broke is written to the folder given (default: a temporary folder) for triage.
Run: `make generated-safety` or `.venv/bin/python benchmarks/generated_safety.py --programs 500`.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")



def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, help="where programs with unsafe changes are written")
    parser.add_argument("--programs", type=int, default=500)
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--engine", type=Path, help="a directory holding the hybridize_analysis package to test "
                        "(a snapshot, say) instead of the installed one")
    parser.add_argument("--regressions", type=Path, help="also write one program per distinct unsafe finding here "
                        "(tests/generated/regressions keeps them as regression tests)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    if args.engine:
        sys.path.insert(0, str(args.engine.resolve()))  # spawned workers inherit sys.path
    from tests.generated.runner import CHECKED, NO_RECOMMENDATION, NONDETERMINISTIC, ORIGINAL_FAILS
    from tests.generated.survey import iter_distinct, save_found, survey
    folder = args.folder or Path(tempfile.mkdtemp(prefix="generated-safety-"))
    seeds = list(range(args.first_seed, args.first_seed + args.programs))
    started = time.perf_counter()

    def progress(done: int) -> None:
        if done % 50 == 0 and done < len(seeds):
            print(f"  {done}/{len(seeds)} programs, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)

    result = survey(seeds, args.workers, progress)
    seconds = time.perf_counter() - started
    print(f"{len(seeds)} programs (seeds {seeds[0]}..{seeds[-1]}) in {seconds:.0f} s on {args.workers} workers: "
          f"{result.count(CHECKED)} checked, {result.count(NO_RECOMMENDATION)} without recommendation, "
          f"{result.count(NONDETERMINISTIC)} nondeterministic, {result.count(ORIGINAL_FAILS)} failing eagerly")
    print(f"unsafe {len(result.unsafe)} / recommended {result.recommended} / functions {result.functions}")
    flagged = [found for found in result.found if found.flagged]
    if flagged:
        print(f"changing behaviour but marked safe: false by the engine: {len(flagged)}")
    for found, path in zip(result.found, save_found(result.found, folder)):
        print(f"  {'flagged' if found.flagged else 'UNSAFE '} seed {found.seed}: {found.description}  -> {path}")
    if result.found:
        print(f"programs written to {folder}")
    if args.regressions and result.unsafe:
        distinct = list(iter_distinct(result.unsafe))
        save_found(distinct, args.regressions)
        print(f"{len(distinct)} distinct unsafe findings written to {args.regressions}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
