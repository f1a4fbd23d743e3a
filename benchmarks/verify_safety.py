"""`hybridize-check --verify` on the execution-checked safety programs (`tests/analysis/programs`).

Each program defines functions and a `CASES` list (see `tests/analysis/test_safety.py`); here each
becomes a script: the program, then a driver that makes every case's calls and prints what they
return (numbers, shapes, exception names). `verify_script` runs it as it is and with the safe
recommendations, in fresh processes, and bisects on a difference. The safety test has already
checked each recommendation by running it; so verification must withdraw none of them (a
withdrawal here would lose a safe recommendation that ran), and every recommendation whose
function ran must come out verified. Prints, per program and in total: recommendations,
verified, withdrawn, unverified (never ran), runs, seconds. No assertions.

Run: `.venv/bin/python benchmarks/verify_safety.py [--only NAME] [--timeout 120]`
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROGRAMS = REPO / "tests" / "analysis" / "programs"
sys.path.insert(0, str(REPO / "analysis"))

from hybridize_analysis.engine import Options, analyse_path  # noqa: E402
from hybridize_analysis.verify_script import verify_script  # noqa: E402

DRIVER = '''

# --- driver of the verification benchmark: every case, three calls, what they give ---
def _show(value):
    import numpy as _np
    if hasattr(value, "numpy"):
        value = value.numpy()
    if isinstance(value, (list, tuple)):
        return "(" + ", ".join(_show(item) for item in value) + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {_show(item)}" for key, item in sorted(value.items())) + "}"
    if isinstance(value, (_np.ndarray, _np.generic)):
        return " ".join(f"{float(item):.6g}" for item in _np.ravel(value)[:64]) + f" shape {_np.shape(value)}"
    return repr(value) if isinstance(value, (int, float, bool, str, type(None))) else type(value).__name__


def _resolve(name):
    owner = globals()
    parts = name.split(".")
    value = owner[parts[0]]
    for part in parts[1:]:
        value = getattr(value, part)
    return value


if __name__ == "__main__":
    import random as _random
    import numpy as _numpy
    for _index, _case in enumerate(CASES):
        _qualname, _inputs, _via = (*_case, None)[:3]
        _makers = list(_inputs) if isinstance(_inputs, (list, tuple)) else [_inputs] * 3
        _random.seed(0)
        _numpy.random.seed(0)
        tf.random.set_seed(0)
        for _maker in _makers:
            _args, _kwargs = _maker()
            try:
                print("case", _index, _qualname, _show(_resolve(_via or _qualname)(*_args, **_kwargs)))
            except Exception as _error:
                print("case", _index, _qualname, "raised", type(_error).__name__)
'''


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[], metavar="NAME", help="just these programs")
    parser.add_argument("--timeout", type=float, default=120.0)
    options = parser.parse_args(argv)
    totals = dict(recommended=0, verified=0, withdrawn=0, unverified=0, runs=0)
    started = time.perf_counter()
    print(f"{'program':<28} {'recommended':>11} {'verified':>8} {'withdrawn':>9} {'unverified':>10} "
          f"{'runs':>4} {'seconds':>7}")
    with tempfile.TemporaryDirectory(prefix="verify-safety-") as folder:
        for program in sorted(PROGRAMS.glob("*.py")):
            if options.only and program.stem not in options.only:
                continue
            workdir = Path(folder) / program.stem
            workdir.mkdir()
            script = workdir / program.name
            script.write_text(program.read_text(encoding="utf-8") + DRIVER, encoding="utf-8")
            for data in PROGRAMS.glob("*.csv"):
                shutil.copy(data, workdir)
            begun = time.perf_counter()
            analysis = analyse_path(script, Options())
            outcome = verify_script(analysis, script, timeout=options.timeout, runs=2)
            verdicts = [verdict["verified"] for verdict in outcome.verdicts.values()]
            row = dict(recommended=len(verdicts), verified=verdicts.count(True), withdrawn=verdicts.count(False),
                       unverified=verdicts.count(None), runs=outcome.runs)
            for key, value in row.items():
                totals[key] += value
            note = f"  {outcome.error}" if outcome.error else (
                f"  withdrawn: {', '.join(outcome.withdrawn)}" if outcome.withdrawn else "")
            print(f"{program.stem:<28} {row['recommended']:>11} {row['verified']:>8} {row['withdrawn']:>9} "
                  f"{row['unverified']:>10} {row['runs']:>4} {time.perf_counter() - begun:>7.1f}{note}", flush=True)
    print(f"{'all':<28} {totals['recommended']:>11} {totals['verified']:>8} {totals['withdrawn']:>9} "
          f"{totals['unverified']:>10} {totals['runs']:>4} {time.perf_counter() - started:>7.1f}")
    print(f"withdrawn {totals['withdrawn']} of {totals['recommended']} recommendations (each was checked safe by "
          f"running it); verified {totals['verified']}, unverified {totals['unverified']} (never ran)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
