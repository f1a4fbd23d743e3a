"""`hybridize-check`: static analysis of files, directories and notebooks from the terminal."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .engine import Options, analyse_path
from .report import build_report, format_table
from .units import InputError

EXIT_OK = 0
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
    parser.add_argument("--tables", choices=("default", "paper"), default="default",
                        help="decision tables: ours (default), or the paper's two tables exactly, "
                             "with its status entries, for comparison with its results")
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
                      few_values=args.few_values, tables=args.tables)
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
    report = build_report(analyses)
    if args.format == "json":
        print(json.dumps(report, indent=2))
    elif args.format == "sarif":
        from .sarif import to_sarif

        print(json.dumps(to_sarif(report), indent=2))
    else:
        print(format_table(report))
    if args.diff:
        print_diffs(analyses)
    return EXIT_OK


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
