"""Analysis throughput of `hybridize-check`: KLOC/s over real code, cold and with the parse cache warm.

Corpora: the installed `keras` package source (found without importing it) and `demo_notebooks/`.
Prints one line per corpus and run, with the per-phase split (parse, model, dataflow and call graph,
side effects, decisions). Run: `make bench` or `.venv/bin/python benchmarks/analysis_throughput.py`.
"""
from __future__ import annotations

import argparse
import importlib.util
import time
from pathlib import Path

from hybridize_analysis.engine import analyse_path
from hybridize_analysis.parse import ParseCache

PHASES = ("parse", "model", "dataflow", "effects", "decisions")
REPO = Path(__file__).resolve().parents[1]


def keras_source() -> Path:
    spec = importlib.util.find_spec("keras")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("keras is not installed in this environment")
    return Path(list(spec.submodule_search_locations)[0])


def count_lines(path: Path) -> int:
    files = [path] if path.is_file() else [*path.rglob("*.py"), *path.rglob("*.ipynb")]
    return sum(len(file.read_text(encoding="utf-8", errors="replace").splitlines()) for file in files)


def measure(name: str, path: Path, cache: ParseCache, label: str) -> dict:
    started = time.perf_counter()
    analysis = analyse_path(path, cache=cache)
    seconds = time.perf_counter() - started
    lines = count_lines(path)
    phases = "  ".join(f"{phase} {analysis.timings.get(phase, 0.0):6.2f}s" for phase in PHASES)
    print(f"{name:<16} {label:<5} {lines / 1000:7.1f} KLOC  {seconds:7.2f}s  {lines / 1000 / seconds:7.1f} KLOC/s  "
          f"{len(analysis.results):6d} functions  [{phases}]  dataflow rounds {analysis.dataflow.rounds}", flush=True)
    return {"seconds": seconds, "lines": lines, "timings": analysis.timings}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keras-subdir", default="", help="analyse only this part of keras (e.g. src/layers)")
    args = parser.parse_args()
    corpora = [("keras", keras_source() / args.keras_subdir), ("demo_notebooks", REPO / "demo_notebooks")]
    for name, path in corpora:
        cache = ParseCache(max_entries=100_000)
        cold = measure(name, path, cache, "cold")
        warm = measure(name, path, cache, "warm")
        analyses = sum(cold["timings"].get(phase, 0.0) for phase in PHASES[2:])
        print(f"{name:<16} analyses/parse = {analyses / max(cold['timings'].get('parse', 1e-9), 1e-9):.2f}  "
              f"warm/cold = {warm['seconds'] / cold['seconds']:.2f}", flush=True)


if __name__ == "__main__":
    main()
