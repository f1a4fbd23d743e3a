"""`hybridize-check --verify SCRIPT.py`: run the script as it is and rewritten, in fresh processes,
and keep only the recommendations under which it prints the same numbers and exits the same way.

The original runs `runs` times (values on which its own runs disagree, such as timings, are left
out), once with a profile hook that records which of its functions ran. The script with every safe
recommendation applied runs once; when it prints other numbers or exits otherwise, the
recommendations responsible are found by bisection (`bisect`), withdrawn, and the rest is run
again. Each recommendation ends verified (it ran, and nothing changed), withdrawn (what changed),
or unverified (the function never ran). Every run has the same environment (`PYTHONHASHSEED=0`,
and Python's, NumPy's and TensorFlow's global random seeds set to 0 before the script starts), the
script's folder as its working directory and first import path, and `timeout` seconds.
"""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .bisect import find_responsible
from .decide import apply_verification, settle
from .outputs import DEFAULT_ATOL, DEFAULT_RTOL, Comparison, Difference, RunValues, compare_runs
from .plan import DECORATOR_TRANSFORMATIONS, iter_unit_rewrites
from .results import Analysis

#: Runs the script's text under its own file name, as `python SCRIPT.py` would, and writes the
#: qualnames of its functions that were called to the file named by HYBRIDIZE_RAN (when set).
RUNNER = r"""
import json, linecache, os, sys, threading
path, source_file, ran_file = sys.argv[1], sys.argv[2], os.environ.get("HYBRIDIZE_RAN")
sys.argv = [path]
sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
ran = set()
def profile(frame, event, arg):
    if event == "call":
        code = frame.f_code
        if code.co_filename == path:
            ran.add(code.co_qualname)
        elif code.co_name.startswith("tf__"):  # AutoGraph's conversion of a tf.function's body
            ran.add(code.co_name)
if ran_file:
    sys.setprofile(profile)
    threading.setprofile(profile)
text = open(source_file, encoding="utf-8").read()
# The code runs under the script's own name; what `inspect` (and so AutoGraph) reads for that name
# must be this text, not the file on disk, whose lines the rewrite shifted.
linecache.cache[path] = (len(text), None, text.splitlines(True), path)
# The same seeds in every run: unseeded draws of the script are the same draws in each of them.
import random
random.seed(0)
try:
    import numpy
    numpy.random.seed(0)
except ImportError:
    pass
if "tensorflow" in text:
    try:
        import tensorflow
        tensorflow.random.set_seed(0)
    except ImportError:
        pass
code = compile(text, path, "exec")
try:
    exec(code, {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__})
finally:
    sys.setprofile(None)
    if ran_file:
        with open(ran_file, "w", encoding="utf-8") as out:
            json.dump(sorted(ran), out)
"""


@dataclass
class Run:
    stdout: str
    status: int | None  # None: it timed out
    ran: set[str] = field(default_factory=set)

    def values(self) -> RunValues:
        lines = [line.strip() for line in self.stdout.splitlines() if line.strip()]
        return RunValues(lines={1: lines})


@dataclass
class ScriptVerification:
    """The verdicts, by qualname: {"verified": True | False | None, ...}; and how it went."""

    verdicts: dict[str, dict]
    agree: bool  # the script with every recommendation computed what the original did
    runs: int  # runs of the script, original and rewritten
    withdrawn: list[str] = field(default_factory=list)
    error: str | None = None  # the original itself could not be run to the end


def run_script(path: Path, source: str, timeout: float, record: bool = False) -> Run:
    """One run of `source` as the script `path`, in a fresh Python process."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "TF_CPP_MIN_LOG_LEVEL": "2"}
    with tempfile.TemporaryDirectory(prefix="hybridize-verify-") as folder:
        source_file = Path(folder) / "source.py"
        source_file.write_text(source, encoding="utf-8")
        ran_file = Path(folder) / "ran.json"
        if record:
            env["HYBRIDIZE_RAN"] = str(ran_file)
        try:
            completed = subprocess.run([sys.executable, "-c", RUNNER, str(path), str(source_file)],
                                       cwd=str(path.parent), env=env, capture_output=True, text=True,
                                       timeout=timeout)
        except subprocess.TimeoutExpired as expired:
            return Run(expired.stdout.decode(errors="replace") if isinstance(expired.stdout, bytes)
                       else (expired.stdout or ""), None)
        ran = set(json.loads(ran_file.read_text(encoding="utf-8"))) if record and ran_file.exists() else set()
        return Run(completed.stdout, completed.returncode, ran)


def compare_scripts(originals: list[Run], rewritten: Run, rtol: float, atol: float) -> Comparison:
    """What it printed, number by number, and its exit status."""
    comparison = compare_runs([run.values() for run in originals], rewritten.values(), rtol=rtol, atol=atol)
    if rewritten.status != originals[0].status:
        shown = "timed out" if rewritten.status is None else f"exit status {rewritten.status}"
        comparison.differences.insert(0, Difference(f"how it ended ({shown})", originals[0].status,
                                                    rewritten.status, float("inf"), False))
        comparison.failures += 1
        comparison.agree = False
    return comparison


def verify_script(analysis: Analysis, path: Path, *, timeout: float = 600.0, runs: int = 2,
                  rtol: float = DEFAULT_RTOL, atol: float = DEFAULT_ATOL, log=None) -> ScriptVerification:
    """Verify the safe recommendations of `analysis` (of the one script `path`), record each
    verdict on its result (a withdrawn one loses its transformation), and say how it went."""
    log = log or (lambda text: None)
    source = path.read_text(encoding="utf-8")
    chosen = {(result.function.line, result.function.qualname): result for result in analysis.results
              if result.safe and any(t in DECORATOR_TRANSFORMATIONS for t in result.transformations)}
    if not chosen:
        return ScriptVerification({}, True, 0)

    def rewritten_with(applied) -> str:
        results = [result for key, result in chosen.items() if key in applied]
        return next((rewrite.apply() for _, rewrite in iter_unit_rewrites(analysis, results)), source)

    log(f"running {path.name} as it is ({runs} runs)")
    originals = [run_script(path, source, timeout, record=index == 0) for index in range(max(runs, 1))]
    if originals[0].status is None:
        return ScriptVerification({}, False, len(originals), error=f"{path.name} did not finish in {timeout:g} s")
    log(f"running {path.name} with its {len(chosen)} recommendations")
    everything = compare_scripts(originals, run_script(path, rewritten_with(set(chosen)), timeout), rtol, atol)
    count = len(originals) + 1
    withdrawn: list = []
    differences: dict = {}
    if not everything.agree:
        async def check(applied: frozenset) -> Comparison:
            log("bisecting: " + ", ".join(name for _, name in sorted(applied)))
            return compare_scripts(originals, run_script(path, rewritten_with(applied), timeout), rtol, atol)

        bisection = asyncio.run(find_responsible(sorted(chosen), check))
        count += bisection.runs
        withdrawn = bisection.withdrawn
        differences = {key: bisection.differences_of(key) for key in withdrawn}
    verdicts = {}
    ran = originals[0].ran
    for key, result in chosen.items():
        if key in withdrawn:
            changed = differences[key][:3]
            verdict = {"verified": False, "what": changed[0]["where"] if changed else "the results",
                       "detail": "; ".join(f"{d['original']} became {d['rewritten']}" for d in changed) or "they differ",
                       "differences": changed}
        elif result.function.qualname in ran or f"tf__{result.function.name}" in ran:
            verdict = {"verified": True, "calls": None, "runs": count}
        else:
            verdict = {"verified": None, "reason": "the function never ran in the script"}
        apply_verification(result, verdict)
        settle(result)
        verdicts[result.function.qualname] = verdict
    return ScriptVerification(verdicts, everything.agree, count, [name for _, name in withdrawn])
