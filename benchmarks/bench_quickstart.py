"""Eager against graph (and XLA) for the functions of `demo_notebooks/01_quickstart.ipynb`.

Runs the notebook's code cells in a fresh namespace (no notebook server, their printed output
is swallowed), then benchmarks, in place, every function there that takes tensors, with the
arguments the notebook itself produced (a batch of its dataset, its last loss and epoch), the way
`%hybridize bench NAME` does in the kernel. A function whose static report shows Python side
effects is refused unless `--force`, as in the kernel. Prints a table of the medians per call,
the speedup, the first (tracing) call, the break-even call count, whether the arms agree, and
checks that the model and optimizer state are bitwise what they were.

Run: `.venv/bin/python benchmarks/bench_quickstart.py [--budget 2] [--no-xla] [--force] [--json]`.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import linecache
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "demo_notebooks" / "01_quickstart.ipynb"


def load_notebook(path: Path) -> dict:
    """Execute the notebook's code cells, in order, in one namespace (stdout swallowed)."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    namespace: dict = {"__name__": "__main__"}
    with contextlib.redirect_stdout(io.StringIO()):
        for index, cell in enumerate(cells):
            if cell["cell_type"] == "code":
                source = "".join(cell["source"])
                filename = f"<{path.name} cell {index}>"
                # as IPython does: AutoGraph reads the source of the functions it converts
                linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
                exec(compile(source, filename, "exec"), namespace)
    return namespace


def static_entries(path: Path) -> dict[str, dict]:
    from hybridize_analysis.engine import analyse_path
    from hybridize_analysis.report import build_report

    report = build_report([analyse_path(path)])
    return {entry["qualname"]: entry for entry in report["functions"]}


def calls_to_benchmark(ns: dict) -> list[tuple[str, object, tuple]]:
    """(qualname, callable, arguments): the notebook's functions with arguments it produced."""
    x, y = next(iter(ns["dataset"]))
    return [
        ("train_step", ns["train_step"], (x, y)),
        ("log_step", ns["log_step"], (ns["step"], ns["total"])),
        ("scaled_loss", ns["scaled_loss"], (ns["loss"], ns["epoch"])),
        ("accuracy", ns["accuracy"], (ns["x_all"], ns["y_all"])),
        ("make_schedule", ns["make_schedule"], ()),
        ("Classifier.call", ns["model"].call, (x,)),
    ]


def state_of(ns: dict) -> list:
    import numpy as np

    return [np.array(v.numpy(), copy=True) for v in [*ns["model"].variables, *ns["optimizer"].variables]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=2.0, help="seconds per function (default 2)")
    parser.add_argument("--no-xla", action="store_true", help="skip the XLA arm")
    parser.add_argument("--force", action="store_true", help="also benchmark functions with Python side effects")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    options = parser.parse_args(argv)

    import numpy as np
    import tensorflow as tf

    from hybridize_kernel.bench import (
        BenchmarkRefused,
        benchmark,
        format_duration,
        refuse_unless_forced,
    )

    started = time.perf_counter()
    ns = load_notebook(NOTEBOOK)
    entries = static_entries(NOTEBOOK)
    print(f"{NOTEBOOK.relative_to(REPO)}: cells run in {time.perf_counter() - started:.1f} s "
          f"(TensorFlow {tf.__version__}, budget {options.budget:g} s per function)\n", file=sys.stderr)
    before = state_of(ns)

    rows, results = [], {}
    for qualname, function, args in calls_to_benchmark(ns):
        entry = entries.get(qualname, {})
        try:
            refuse_unless_forced(entry, options.force)
            with contextlib.redirect_stdout(io.StringIO()):  # log_step prints on every call
                result = benchmark(function, args, budget=options.budget, jit=not options.no_xla, namespace=ns)
        except BenchmarkRefused as error:
            rows.append((qualname, "refused: " + str(error).splitlines()[1].strip()))
            results[qualname] = {"refused": str(error)}
            continue
        results[qualname] = result.to_dict()
        xla = (format_duration(result.xla_ms) if result.xla_ms is not None
               else "error" if result.xla_error and not result.xla_error.startswith("not tried") else "-")
        notes = [finding["code"] for finding in result.findings()]
        if result.graph_error:
            notes.append(result.graph_error)
        elif result.xla_error:
            notes.append("XLA " + result.xla_error)
        if result.recommend_xla:
            notes.append("XLA recommended")
        rows.append((qualname, format_duration(result.eager_ms), format_duration(result.graph_ms), xla,
                     f"{result.speedup:.2f}x" if result.graph_error is None else "-",
                     format_duration(result.tracing_ms), str(result.tracing_count or "-"),
                     f"{result.break_even_calls:,}" if result.break_even_calls is not None else "-",
                     "yes" if result.equivalent else "NO", f"{result.eager_calls:,}/{result.graph_calls:,}",
                     "; ".join(notes)))

    restored = all(np.array_equal(a, b) for a, b in zip(before, state_of(ns))) and len(before) == len(state_of(ns))
    if options.json:
        print(json.dumps({"results": results, "state_restored": restored}, indent=2))
        return 0 if restored else 1
    headers = ("function", "eager", "graph", "XLA", "speedup", "1st graph call", "traces", "break-even",
               "equivalent", "calls e/g", "notes")
    full = [row for row in rows if len(row) == len(headers)]
    widths = [max(len(str(row[i])) for row in [headers, *full]) for i in range(len(headers) - 1)]
    line = "  ".join(f"{{:<{width}}}" for width in widths) + "  {}"
    print(line.format(*headers))
    print(line.format(*("-" * width for width in widths), "-----"))
    for row in rows:
        print(line.format(*row) if len(row) == len(headers) else f"{row[0]:<{widths[0]}}  {row[1]}")
    print(f"\nmodel and optimizer state bitwise restored: {'yes' if restored else 'NO'} "
          f"({len(before)} variables); total {time.perf_counter() - started:.1f} s")
    return 0 if restored else 1


if __name__ == "__main__":
    sys.exit(main())
