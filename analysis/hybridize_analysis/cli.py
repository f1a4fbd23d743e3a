"""`hybridize-check`: static analysis of files, directories and notebooks from the terminal."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .engine import Options, analyse_path
from .results import MIN_GRAPH_CALLS, MIN_GRAPH_OPS
from .report import build_report, format_table
from .units import InputError

EXIT_OK = 0
EXIT_FAILED = 1  # --verify withdrew a recommendation, or could not run the script
EXIT_USAGE = 2


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hybridize-check",
        description="Decide, for every function, whether it should run as a TensorFlow graph "
                    "(@tf.function), and explain why.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help=".py files, directories (one program) or .ipynb notebooks")
    parser.add_argument("--format", choices=("table", "json", "sarif"), default="table",
                        help="output format (default: table)")
    parser.add_argument("--diff", action="store_true",
                        help="print the unified diff of every recommended rewrite")
    parser.add_argument("--keras", type=int, choices=(2, 3), default=None,
                        help="the Keras major version the code runs with (default: decided from the "
                             "project's pins and the installed packages)")
    parser.add_argument("--booleans", action="store_true",
                        help="count Python booleans as primitive parameters (they retrace too)")
    parser.add_argument("--few-values", type=_count, default=2, metavar="N",
                        help="a Python parameter that every call site gives one of at most N "
                             "constants traces at most N times and is no retracing hazard "
                             "(default: 2; 0 reports every Python scalar parameter)")
    parser.add_argument("--min-graph-ops", type=_count, default=MIN_GRAPH_OPS, metavar="N",
                        help="a function eager code calls that runs fewer TensorFlow operations "
                             f"than N a call stays eager: a graph call would not pay (default: {MIN_GRAPH_OPS}, "
                             "measured on a 2-core machine; 0 turns this off)")
    parser.add_argument("--min-graph-calls", type=_count, default=MIN_GRAPH_CALLS, metavar="N",
                        help="a function eager code calls fewer than N times, counted from the code, "
                             f"stays eager: its tracing would cost more than its graph calls save (default: "
                             f"{MIN_GRAPH_CALLS}, measured on a 2-core machine; 0 turns this off)")
    parser.add_argument("--expected-calls", type=_count, default=None, metavar="N",
                        help="the calls a decorator must pay its tracing over, when the program will "
                             "run a function more often than its code shows")
    parser.add_argument("--no-plan", dest="plan", action="store_false",
                        help="decorate every function the tables recommend, also helpers traced inside a "
                             "decorated caller and functions with too little work for a graph call")
    parser.add_argument("--tables", choices=("default", "paper"), default="default",
                        help="decision tables: ours (default), or the paper's two tables exactly, "
                             "with its status entries, for comparison with its results")
    parser.add_argument("--verify", action="store_true",
                        help="(one .py script) run it as it is and with the recommendations, in fresh "
                             "processes; withdraw any under which it prints other numbers or exits "
                             "otherwise; exit status 1 when one was withdrawn")
    parser.add_argument("--timeout", type=float, default=600.0, metavar="S",
                        help="seconds each run of --verify may take (default 600)")
    parser.add_argument("--runs", type=_count, default=2, metavar="N",
                        help="runs of the original script with --verify; numbers its own runs disagree on "
                             "(timings) are not compared (default 2)")
    return parser


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {value}")
    return value


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    options = Options(booleans_are_primitive=args.booleans, keras_version=args.keras,
                      few_values=args.few_values, min_graph_ops=args.min_graph_ops,
                      min_graph_calls=args.min_graph_calls, expected_calls=args.expected_calls, plan=args.plan,
                      tables=args.tables)
    if args.verify and (len(args.paths) != 1 or Path(args.paths[0]).suffix != ".py"):
        print("hybridize-check: error: --verify runs one .py script: give exactly one", file=sys.stderr)
        return EXIT_USAGE
    analyses = []
    for raw in args.paths:
        try:
            analyses.append(analyse_path(Path(raw), options))
        except InputError as error:
            print(f"hybridize-check: error: {error}", file=sys.stderr)
            return EXIT_USAGE
    for analysis in analyses:
        for warning in analysis.warnings:
            print(f"hybridize-check: warning: {warning}", file=sys.stderr)
    verification = None
    if args.verify:
        from .verify_script import verify_script

        verification = verify_script(analyses[0], Path(args.paths[0]), timeout=args.timeout, runs=args.runs,
                                     log=lambda text: print(f"hybridize-check: {text}", file=sys.stderr))
        if verification.error:
            print(f"hybridize-check: error: {verification.error}", file=sys.stderr)
            return EXIT_FAILED
    report = build_report(analyses)
    if args.format == "json":
        print(json.dumps(report, indent=2))
    elif args.format == "sarif":
        from .sarif import to_sarif

        print(json.dumps(to_sarif(report), indent=2))
    else:
        print(format_table(report))
        if verification is not None:
            print(format_verification(verification))
    if args.diff:
        print_diffs(analyses)
    return EXIT_FAILED if verification is not None and verification.withdrawn else EXIT_OK


def format_verification(verification) -> str:
    """One line per recommendation: verified, withdrawn (what changed) or unverified (why)."""
    lines = [f"verification: {verification.runs} runs of the script; "
             + ("with every recommendation it computes the same" if verification.agree else
                f"withdrawn: {', '.join(verification.withdrawn)}")]
    for qualname, verdict in verification.verdicts.items():
        if verdict["verified"] is True:
            lines.append(f"  {qualname}: verified (it ran, and the script printed the same numbers and exit status)")
        elif verdict["verified"] is False:
            lines.append(f"  {qualname}: withdrawn ({verdict['what']}: {verdict['detail']})")
        else:
            lines.append(f"  {qualname}: unverified ({verdict['reason']})")
    return "\n".join(lines)


def print_diffs(analyses) -> None:
    """Decorator rewrites first; mechanical fixes after, under their own heading."""
    from .plan import iter_fix_rewrites, iter_unit_rewrites

    for analysis in analyses:
        for unit, rewrite in iter_unit_rewrites(analysis):
            sys.stdout.write(rewrite.unified_diff(_diff_name(unit)))
    fixes = [(unit, rewrite) for analysis in analyses for unit, rewrite in iter_fix_rewrites(analysis)]
    if fixes:
        print("# Suggested fixes (not applied with the decorators):")
        for unit, rewrite in fixes:
            sys.stdout.write(rewrite.unified_diff(_diff_name(unit)))


def _diff_name(unit) -> str:
    return unit.id if unit.kind == "file" else f"{unit.path}:{unit.id}"


if __name__ == "__main__":
    raise SystemExit(main())
