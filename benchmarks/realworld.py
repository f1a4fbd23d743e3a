"""Accuracy on real code: the advisor against the `tf.function` decorators of five TensorFlow libraries.

For each library (pinned versions below), its wheel from PyPI is unpacked twice into a cache folder:
the sources as published, and a copy with every `tf.function` decorator and `g = tf.function(f)`
wrapping the authors wrote removed (`realworld_strip.py`, line numbers unchanged). The engine then
analyses each copy as one program (the folder holding the library's packages, so that
`from official.modeling import tf_utils` resolves) and the script measures:

- decorator recovery: how many of the authors' hybrid functions get `CONVERT_TO_HYBRID` back in the
  stripped copy, split by whether the function has a call site in the library. A call site is
  counted by name, as text would find it: a call `name(` or `.name(` anywhere in the library outside
  the function's own body (a method called only as `layer(x)`, or a function only passed by
  reference to `strategy.run(fn)` or `dataset.map(fn)`, has none; a call of another function of the
  same name counts);
- every removal (`CONVERT_TO_EAGER`) recommended on the authors' hybrid functions of the published
  copy, with its reason;
- the share of functions whose `has_tensor_parameter` is undetermined, crashes (exceptions, and the
  internal errors the engine turns into warnings), wall time and KLOC.

It prints the misses grouped by the finding or undetermined property that blocked them, with
examples. The network is used only by `--fetch` (`pip download --no-deps` of the pinned wheels);
`make realworld` fetches what is missing, then runs. Figures go to `--json` (default
`benchmarks/.cache/realworld/latest.json`); the previous figures there move to `previous.json` and
the table shows them beside the new ones.

Run: `make realworld`, or `.venv/bin/python benchmarks/realworld.py [--fetch] [--jobs 2] [--only gpflow]`.
To measure a commit of the engine rather than the working tree (which may be mid-edit):
`git archive REV analysis | tar -x -C /tmp/engine` and run with `PYTHONPATH=/tmp/engine/analysis`.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import traceback
import zipfile
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realworld_strip import strip_source  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "benchmarks" / ".cache" / "realworld"
DOWNLOADS = CACHE / "downloads"
MANIFEST_VERSION = 1


@dataclass(frozen=True)
class Library:
    name: str  # the PyPI distribution
    version: str
    packages: tuple[str, ...]  # top-level packages analysed together
    wrappers: frozenset[str] = field(default_factory=frozenset)  # the library's own tf.function aliases


LIBRARIES = (
    Library("tf-models-official", "2.20.0", ("official", "orbit")),  # official's trainers run on orbit
    Library("tensorflow-gnn", "1.0.3", ("tensorflow_gnn",)),
    Library("gpflow", "2.11.2", ("gpflow",)),
    # tf_agents.utils.common.function is `tf.function(*args, autograph=False, reduce_retracing=True)`
    Library("tf-agents", "0.19.0", ("tf_agents",), frozenset({"common.function"})),
    Library("tensorflow-recommenders", "0.7.7", ("tensorflow_recommenders",)),
)


# --- set-up: download (network) and unpack (local) -----------------------------------------------

def find_archive(library: Library) -> Path | None:
    stem = library.name.replace("-", "_").lower()
    for path in sorted(DOWNLOADS.glob("*")):
        name = path.name.lower().replace("-", "_")
        if name.startswith(f"{stem}_{library.version}") and path.suffix in (".whl", ".gz", ".zip"):
            return path
    return None


def fetch(library: Library) -> str | None:
    """Download the pinned release unless it is there; None, or what went wrong."""
    if find_archive(library) is not None:
        return None
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--disable-pip-version-check",
               "-d", str(DOWNLOADS), f"{library.name}=={library.version}"]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0 or find_archive(library) is None:
        lines = [line for line in completed.stderr.splitlines() if "ERROR" in line] or ["no archive downloaded"]
        return lines[-1].strip()
    return None


def iter_archive_sources(archive: Path):
    """(path relative to the site root, bytes) of every `.py` file in a wheel or an sdist."""
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as wheel:
            for name in wheel.namelist():
                parts = name.split("/")
                if parts[0].endswith(".data") and len(parts) > 2 and parts[1] in ("purelib", "platlib"):
                    parts = parts[2:]
                if name.endswith(".py"):
                    yield "/".join(parts), wheel.read(name)
    else:
        with tarfile.open(archive) as sdist:
            for member in sdist.getmembers():
                parts = member.name.split("/")[1:]  # `name-version/` first
                if member.isfile() and member.name.endswith(".py") and parts:
                    yield "/".join(parts), sdist.extractfile(member).read()


def prepare(library: Library) -> tuple[Path | None, str | None]:
    """Unpack both copies and write the manifest, unless done already with this stripper."""
    archive = find_archive(library)
    if archive is None:
        return None, "not downloaded (run with --fetch)"
    folder = CACHE / library.name
    stripper = (Path(__file__).parent / "realworld_strip.py").read_bytes()
    stamp = hashlib.sha256(stripper + archive.name.encode() + str(MANIFEST_VERSION).encode()
                           + repr(sorted(library.wrappers)).encode()).hexdigest()[:16]
    manifest_path = folder / "manifest.json"
    if manifest_path.exists() and json.loads(manifest_path.read_text()).get("stamp") == stamp:
        return folder, None
    shutil.rmtree(folder, ignore_errors=True)
    files = {}
    for relative, data in iter_archive_sources(archive):
        if relative.split("/")[0] in library.packages:
            files[relative] = data.decode("utf-8", errors="replace")
    if not files:
        return None, f"no sources of {', '.join(library.packages)} in {archive.name}"
    hybrids, unresolved, calls, lines = [], [], defaultdict(list), 0
    for relative, text in sorted(files.items()):
        lines += len(text.splitlines())
        stripped = strip_source(text, library.wrappers)
        for variant, content in (("original", text), ("stripped", stripped.text)):
            target = folder / variant / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        for hybrid in stripped.hybrids:
            end = next((end for _, _, line, end in stripped.functions if line == hybrid.line), hybrid.line)
            hybrids.append({**hybrid.to_dict(), "unit": relative, "end_line": end})
        unresolved.extend({**wrapping.to_dict(), "unit": relative} for wrapping in stripped.unresolved)
        for name, call_lines in stripped.call_lines.items():
            calls[name].extend((relative, line) for line in call_lines)
    for hybrid in hybrids:  # call sites of its name outside its own body
        hybrid["call_sites"] = sum(1 for unit, line in calls.get(hybrid["name"], ())
                                   if not (unit == hybrid["unit"] and hybrid["line"] <= line <= hybrid["end_line"]))
    manifest = {"stamp": stamp, "archive": archive.name, "lines": lines, "files": len(files),
                "hybrids": hybrids, "unresolved_wrappings": unresolved}
    manifest_path.write_text(json.dumps(manifest, indent=1))
    return folder, None


# --- the engine, one copy per process -------------------------------------------------------------

def analyse_copy(root: str) -> dict:
    """Run the engine over one copy; compact per-function entries, time, warnings, crash."""
    from hybridize_analysis.engine import analyse_path
    from hybridize_analysis.report import function_entry

    started = time.perf_counter()
    try:
        analysis = analyse_path(Path(root))
        entries = []
        for result in analysis.results:
            entry = function_entry(result)
            try:
                callers = len(analysis.callgraph.get_callers(result.function)) if analysis.callgraph else None
            except Exception:  # an engine internal: the figure is only a diagnostic
                callers = None
            entries.append({
                "unit": entry["unit"], "qualname": entry["qualname"], "line": entry["line"],
                "is_hybrid": entry["is_hybrid"], "decorator": entry["decorator"],
                "properties": entry["properties"], "transformations": entry["transformations"],
                "passing_precondition": entry["passing_precondition"],
                "findings": [(f["code"], f["severity"], f["message"]) for f in entry["findings"]],
                "assumptions": [a["code"] for a in entry["assumptions"]],
                "callers": callers,
            })
        return {"seconds": time.perf_counter() - started, "entries": entries,
                "warnings": list(analysis.warnings), "crash": None}
    except Exception:
        return {"seconds": time.perf_counter() - started, "entries": [], "warnings": [],
                "crash": traceback.format_exc(limit=8)}


# --- figures ----------------------------------------------------------------------------------------

def blocking_code(entry: dict | None) -> str:
    """What stopped the recommendation: the first error finding, else the first failed precondition
    (a warning of the tables, not a pitfall's warning such as unseeded random operations, which
    does not block), else the plan's reason (covered callers, too few calls) or an UNDETERMINABLE_*."""
    from hybridize_analysis.rules import get_rule

    if entry is None:
        return "FUNCTION_NOT_IN_REPORT"
    findings = entry["findings"]
    for code, severity, _ in findings:
        if severity == "error":
            return code
    for code, severity, _ in findings:
        if severity == "warning" and get_rule(code).kind == "precondition":
            return code
    for code, _, _ in findings:
        if code in ("HAS_COVERED_CALLERS", "TOO_FEW_CALLS", "TOO_LITTLE_WORK") or code.startswith("UNDETERMINABLE"):
            return code
    for code, severity, _ in findings:
        if severity == "warning":
            return code
    return findings[0][0] if findings else "NO_FINDING"


def evaluate(library: Library, manifest: dict, original: dict, stripped: dict) -> dict:
    by_line = {(e["unit"], e["line"]): e for e in stripped["entries"]}
    authors: dict[tuple[str, int], dict] = {}
    for hybrid in manifest["hybrids"]:
        key = (hybrid["unit"], hybrid["line"])
        known = authors.setdefault(key, {**hybrid, "kinds": set()})
        known["kinds"].add(hybrid["kind"])
    recovery = {"with_call_site": [0, 0], "without_call_site": [0, 0]}
    misses = []
    spellings = Counter()
    for key, hybrid in sorted(authors.items()):
        entry = by_line.get(key)
        split = "with_call_site" if hybrid["call_sites"] else "without_call_site"
        recovered = entry is not None and "CONVERT_TO_HYBRID" in entry["transformations"]
        recovery[split][1] += 1
        recovery[split][0] += recovered
        spellings[hybrid["spelling"].split("(")[0] if hybrid["kind"] == "decorator" else "wrapping"] += 1
        if not recovered:
            message = next((m for c, _, m in (entry or {}).get("findings", ()) if c == blocking_code(entry)), "")
            misses.append({
                "library": library.name, "unit": hybrid["unit"], "line": hybrid["line"],
                "qualname": hybrid["qualname"], "call_site": bool(hybrid["call_sites"]),
                "code": blocking_code(entry), "message": message,
                "properties": entry["properties"] if entry else None,
                "engine_callers": entry["callers"] if entry else None,
                "assumptions": entry["assumptions"] if entry else [],
            })
    original_by_line = {(e["unit"], e["line"]): e for e in original["entries"]}
    removals = []
    for entry in original["entries"]:
        if entry["is_hybrid"] and "CONVERT_TO_EAGER" in entry["transformations"]:
            removals.append({
                "library": library.name, "unit": entry["unit"], "line": entry["line"],
                "qualname": entry["qualname"], "decorator": entry["decorator"],
                "precondition": entry["passing_precondition"], "properties": entry["properties"],
                "findings": [f"{code}: {message}" for code, _, message in entry["findings"]],
                "author": (entry["unit"], entry["line"]) in authors,
            })
    unseen = [f"{u}:{line}" for (u, line) in authors if not original_by_line.get((u, line), {}).get("is_hybrid")]
    return {
        "library": library.name, "version": library.version, "status": "ok",
        "kloc": manifest["lines"] / 1000, "files": manifest["files"],
        "seconds": {"original": original["seconds"], "stripped": stripped["seconds"]},
        "functions": len(stripped["entries"]),
        "author_hybrids": len(authors), "spellings": dict(spellings),
        "unresolved_wrappings": len(manifest["unresolved_wrappings"]),
        "recovery": recovery, "misses": misses, "removals": removals,
        "author_hybrids_engine_does_not_see": unseen,
        "other_recommended_hybrid": sum(1 for e in stripped["entries"] if "CONVERT_TO_HYBRID" in e["transformations"]
                                        and (e["unit"], e["line"]) not in authors),
        "undetermined_tensor": {variant: _share(run["entries"]) for variant, run in
                                (("original", original), ("stripped", stripped))},
        "crashes": {variant: {"exception": run["crash"],
                              "internal_errors": [w for w in run["warnings"] if "internal error" in w]}
                    for variant, run in (("original", original), ("stripped", stripped))},
    }


def _share(entries: list[dict]) -> float | None:
    if not entries:
        return None
    return sum(1 for e in entries if e["properties"].get("has_tensor_parameter") is None) / len(entries)


# --- printing ---------------------------------------------------------------------------------------

def _ratio(pair) -> str:
    recovered, total = pair
    return f"{recovered}/{total} ({100 * recovered / total:.0f}%)" if total else "0/0"


def _pct(value) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def print_table(figures: list[dict], previous: dict[str, dict]) -> None:
    headers = ("library", "KLOC", "time s", "functions", "author hybrid", "recovered, call site",
               "recovered, no call site", "removals (author)", "tensor undetermined", "crashes")
    rows = []
    for fig in figures:
        if fig["status"] != "ok":
            rows.append((fig["library"], "-", "-", "-", "-", "-", "-", "-", "-", fig["status"]))
            continue
        crashes = sum(bool(c["exception"]) + len(c["internal_errors"]) for c in fig["crashes"].values())
        before = previous.get(fig["library"])
        recovered_call = _ratio(fig["recovery"]["with_call_site"])
        if before and before.get("status") == "ok":
            old = before["recovery"]["with_call_site"]
            if old != fig["recovery"]["with_call_site"]:
                recovered_call += f" was {old[0]}/{old[1]}"
        undetermined = f"{_pct(fig['undetermined_tensor']['original'])} / {_pct(fig['undetermined_tensor']['stripped'])}"
        if before and before.get("status") == "ok":
            undetermined += f" was {_pct(before['undetermined_tensor']['original'])}"
        author_removals = sum(1 for r in fig["removals"] if r["author"])
        rows.append((
            f"{fig['library']} {fig['version']}", f"{fig['kloc']:.1f}",
            f"{fig['seconds']['original']:.0f} + {fig['seconds']['stripped']:.0f}", str(fig["functions"]),
            str(fig["author_hybrids"]), recovered_call, _ratio(fig["recovery"]["without_call_site"]),
            f"{len(fig['removals'])} ({author_removals})", undetermined, str(crashes),
        ))
    ok = [fig for fig in figures if fig["status"] == "ok"]
    if ok:
        total = {split: [sum(f["recovery"][split][i] for f in ok) for i in (0, 1)]
                 for split in ("with_call_site", "without_call_site")}
        rows.append(("all", f"{sum(f['kloc'] for f in ok):.1f}",
                     f"{sum(sum(f['seconds'].values()) for f in ok):.0f}", str(sum(f["functions"] for f in ok)),
                     str(sum(f["author_hybrids"] for f in ok)), _ratio(total["with_call_site"]),
                     _ratio(total["without_call_site"]), str(sum(len(f["removals"]) for f in ok)), "",
                     str(sum(sum(bool(c["exception"]) + len(c["internal_errors"]) for c in f["crashes"].values())
                             for f in ok))))
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers))]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)))
    print("time s: published copy + stripped copy; tensor undetermined: published / stripped copy; "
          "removals: CONVERT_TO_EAGER on hybrid functions of the published copy (on the authors' own)")
    for fig in ok:
        notes = [f"spellings {fig['spellings']}"]
        if fig["unresolved_wrappings"]:
            notes.append(f"{fig['unresolved_wrappings']} tf.function(...) calls on code outside the library, not counted")
        if fig["author_hybrids_engine_does_not_see"]:
            notes.append(f"{len(fig['author_hybrids_engine_does_not_see'])} author hybrids the engine does not "
                         "see as hybrid in the published copy")
        notes.append(f"{fig['other_recommended_hybrid']} other functions recommended hybrid")
        print(f"  {fig['library']}: " + "; ".join(notes))


def print_misses(figures: list[dict], examples: int) -> None:
    misses = [miss for fig in figures if fig["status"] == "ok" for miss in fig["misses"]]
    print(f"\nMisses: {len(misses)} author hybrid functions not recommended back, by blocking code")
    groups = defaultdict(list)
    for miss in misses:
        groups[miss["code"]].append(miss)
    for code, items in sorted(groups.items(), key=lambda item: -len(item[1])):
        with_site = sum(1 for m in items if m["call_site"])
        print(f"{len(items):5d}  {code}  ({with_site} with a call site)")
        shown = sorted(items, key=lambda m: not m["call_site"])[:examples]
        for miss in shown:
            props = miss["properties"] or {}
            letters = "".join("?" if props.get(p) is None else "TF"[not props[p]] for p in
                              ("has_tensor_parameter", "has_primitive_parameter", "has_python_side_effects",
                               "is_recursive"))
            print(f"         {miss['library']}: {miss['unit']}:{miss['line']} {miss['qualname']} "
                  f"[tensor/primitive/effects/recursive {letters}, engine callers {miss['engine_callers']}"
                  f"{', call site' if miss['call_site'] else ''}] {miss['message'][:140]}")


def print_removals(figures: list[dict]) -> None:
    removals = [r for fig in figures if fig["status"] == "ok" for r in fig["removals"]]
    print(f"\nRemovals recommended on hybrid functions: {len(removals)}")
    for removal in removals:
        reasons = "; ".join(removal["findings"]) or "no finding"
        print(f"  {removal['library']}: {removal['unit']}:{removal['line']} {removal['qualname']} "
              f"@{removal['decorator']} -> {removal['precondition']}: {reasons[:300]}")


def print_crashes(figures: list[dict]) -> None:
    for fig in figures:
        if fig["status"] != "ok":
            continue
        for variant, crash in fig["crashes"].items():
            if crash["exception"]:
                print(f"\n{fig['library']} ({variant}) crashed:\n{crash['exception']}")
            for warning in crash["internal_errors"]:
                print(f"\n{fig['library']} ({variant}): {warning}")


# --- main -------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fetch", action="store_true", help="download the pinned releases that are missing first")
    parser.add_argument("--fetch-only", action="store_true", help="download, then stop")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="engine processes (default 2)")
    parser.add_argument("--only", action="append", default=[], metavar="LIBRARY", help="just these libraries")
    parser.add_argument("--examples", type=int, default=3, help="examples per blocking code (default 3)")
    parser.add_argument("--json", type=Path, default=CACHE / "latest.json", help="where the figures go")
    args = parser.parse_args(argv)
    libraries = [lib for lib in LIBRARIES if not args.only or lib.name in args.only]
    status: dict[str, str] = {}
    if args.fetch or args.fetch_only:
        for library in libraries:
            problem = fetch(library)
            if problem:
                status[library.name] = f"download failed: {problem}"
        if args.fetch_only:
            for name, problem in status.items():
                print(f"{name}: {problem}")
            return 0
    folders = {}
    for library in libraries:
        if library.name in status:
            continue
        try:
            folder, problem = prepare(library)
        except Exception as error:  # a broken archive is a line of the table
            folder, problem = None, f"unpacking failed: {type(error).__name__}: {error}"
        if problem:
            status[library.name] = problem
        else:
            folders[library.name] = folder
    jobs = sorted(((name, variant) for name in folders for variant in ("original", "stripped")),
                  key=lambda job: -json.loads((folders[job[0]] / "manifest.json").read_text())["lines"])
    started = time.perf_counter()
    runs = {}
    with ProcessPoolExecutor(max_workers=max(1, args.jobs), max_tasks_per_child=1) as pool:
        futures = {job: pool.submit(analyse_copy, str(folders[job[0]] / job[1])) for job in jobs}
        for job, future in futures.items():
            try:
                runs[job] = future.result()
            except Exception:  # the worker itself died (memory, recursion)
                runs[job] = {"seconds": 0.0, "entries": [], "warnings": [], "crash": traceback.format_exc(limit=4)}
            print(f"  analysed {job[0]} ({job[1]}) in {runs[job]['seconds']:.0f}s", file=sys.stderr, flush=True)
    wall = time.perf_counter() - started
    figures = []
    for library in libraries:
        if library.name in status:
            figures.append({"library": library.name, "version": library.version, "status": status[library.name]})
            continue
        manifest = json.loads((folders[library.name] / "manifest.json").read_text())
        figures.append(evaluate(library, manifest, runs[(library.name, "original")], runs[(library.name, "stripped")]))
    previous = {}
    if args.json.exists():
        try:
            previous = {fig["library"]: fig for fig in json.loads(args.json.read_text())["libraries"]}
            shutil.copy(args.json, args.json.with_name("previous.json"))
        except (ValueError, KeyError):
            previous = {}
    print_table(figures, previous)
    print(f"wall time {wall:.0f}s with {args.jobs} processes")
    print_misses(figures, args.examples)
    print_removals(figures)
    print_crashes(figures)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"wall_seconds": wall, "jobs": args.jobs, "libraries": figures}, indent=1,
                                    default=sorted))
    print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
