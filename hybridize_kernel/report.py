"""`hybridize-report`: run notebooks headless with the advisor, report, rewrite and compare.

Usage::

  hybridize-report NOTEBOOK... [--bench] [--html OUT.html] [--rewrite OUT.ipynb|DIR] [--compare]
                   [--format table|json] [--runs N] [--timeout S] [--rtol R] [--atol A]

Each notebook runs in a fresh kernel (nbclient) with the advisor loaded and observation on: a
cell of ours before the notebook's own loads it, one after them (after benchmarking the candidates
with `--bench`) emits the kernel's report. The notebook file is never modified.

* The table of every function is printed (`--format json`: one JSON object).
* `--html OUT` writes a self-contained HTML report: summary, table, findings with explanations
  and hints, assumptions, benchmark charts, and the comparison.
* `--rewrite OUT.ipynb` (one notebook) or `--rewrite DIR` writes the notebook with every safe
  recommendation applied: decorators added or removed, nothing else changed.
* `--compare` runs the original and the rewritten notebook end to end in fresh kernels, without
  the advisor, `--runs` times each, alternating; it reports the median wall times (of the notebook's
  own cells, kernel start-up excluded), the speedup and whether both compute the same numbers
  (everything printed, lined up line by line, TensorFlow's log lines and Keras progress bars left
  out; and the numeric globals left at the end; within `--rtol`/`--atol`). It then prints one
  summary table instead of the advisor tables.

Progress goes to stderr. A notebook that fails prints one line naming the cell and the exception;
the report is still written for what ran, and the exit status is 1, as it is when `--compare` finds
that a rewritten notebook computes different numbers. Exit status 2 is for unusable arguments, 130
for Ctrl-C (the kernel is shut down first).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hybridize_analysis.outputs import DEFAULT_ATOL, DEFAULT_RTOL
from hybridize_analysis.results import MIN_GRAPH_CALLS, MIN_GRAPH_OPS

PROGRAM = "hybridize-report"


# --- arguments -------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROGRAM, description="Run notebooks with the hybridize advisor in fresh kernels; report, "
                                  "rewrite, and compare the rewritten notebooks with the originals.")
    parser.add_argument("notebooks", nargs="+", type=Path, metavar="NOTEBOOK", help=".ipynb files")
    parser.add_argument("--bench", action="store_true",
                        help="benchmark every candidate that was called (eager against graph) before reporting")
    parser.add_argument("--budget", type=float, default=2.0, metavar="S",
                        help="seconds per benchmarked function (default 2)")
    parser.add_argument("--html", type=Path, metavar="OUT", help="write a self-contained HTML report")
    parser.add_argument("--rewrite", type=Path, metavar="OUT",
                        help="write the rewritten notebook to OUT.ipynb (one notebook) or into the directory OUT")
    parser.add_argument("--compare", action="store_true",
                        help="run original and rewritten notebooks end to end: speedup, and do the results agree")
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output on stdout")
    parser.add_argument("--runs", type=int, default=3, metavar="N",
                        help="runs of each notebook with --compare, alternating (default 3)")
    parser.add_argument("--timeout", type=float, default=600.0, metavar="S",
                        help="seconds a cell may take before it is interrupted (default 600)")
    parser.add_argument("--rtol", type=float, default=DEFAULT_RTOL,
                        help=f"relative tolerance of --compare (default {DEFAULT_RTOL:g})")
    parser.add_argument("--atol", type=float, default=DEFAULT_ATOL,
                        help=f"absolute tolerance of --compare (default {DEFAULT_ATOL:g})")
    parser.add_argument("--kernel", default="python3", metavar="NAME",
                        help="kernel to run the notebooks with; it must have jupyterlab-hybridize "
                             "installed (default python3)")
    parser.add_argument("--tables", choices=("default", "paper"), default="default",
                        help="decision tables: ours (default), or the paper's two tables exactly")
    parser.add_argument("--min-graph-ops", type=int, default=MIN_GRAPH_OPS, metavar="N",
                        help="a function eager code calls that runs fewer TensorFlow operations than N "
                             f"stays eager (default {MIN_GRAPH_OPS}; 0 turns this off)")
    parser.add_argument("--min-graph-calls", type=int, default=MIN_GRAPH_CALLS, metavar="N",
                        help="a function eager code calls fewer than N times, counted from the code, stays "
                             f"eager (default {MIN_GRAPH_CALLS}; 0 turns this off)")
    parser.add_argument("--no-plan", dest="plan", action="store_false",
                        help="decorate every function the tables recommend, also helpers traced inside a "
                             "decorated caller and functions with too little work for a graph call")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return parser


def main(argv: list[str] | None = None) -> int:
    """The command; nothing heavy (nbclient, the engine) is imported before the arguments are
    parsed, and a Ctrl-C at any point ends with one line and exit status 130."""
    args = build_parser().parse_args(argv)
    try:
        from .report_notebooks import run_command

        return run_command(args)
    except KeyboardInterrupt:
        print(f"{PROGRAM}: interrupted; no kernel is left running", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
