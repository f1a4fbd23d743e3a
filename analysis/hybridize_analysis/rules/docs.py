"""Generate docs/RULES.md from the catalogue.

    python -m hybridize_analysis.rules.docs           # rewrite docs/RULES.md
    python -m hybridize_analysis.rules.docs --check   # exit 1 if it is out of date
"""
from __future__ import annotations

import argparse
import inspect
import sys
from pathlib import Path

from .base import Rule
from .catalogue import RETIRED, iter_rules

RULES_MD = Path(__file__).parents[3] / "docs" / "RULES.md"
REGENERATE = "python -m hybridize_analysis.rules.docs"

_INTRO = """\
Every finding and assumption the advisor reports has a stable code, listed here. A finding has a
severity, a one-line message naming the function and the parameter or code concerned, an
explanation of why it matters under `tf.function` tracing, and a hint saying what to write
instead. Assumptions (severity info) say what the analysis took for granted to reach a decision.
Codes are never reused; a retired code points to its successor.

Tables says under which decision tables a code is reported (`--tables`): `both` (the paper's and
the default ones), `default` (ours only: beyond the paper), or `paper` (the paper's status entries,
reported under `--tables paper` only)."""

_TABLES = {
    "both": "both (`--tables paper` and `--tables default`)",
    "default": "default only (beyond the paper)",
    "paper": "paper only (`--tables paper`)",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _anchor(code: str) -> str:
    return "#" + code.lower()


def _demote(markdown: str) -> str:
    """Push the headings of a rule's long form one level down, leaving code blocks alone."""
    lines = []
    fenced = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            line = "#" + line
        lines.append(line)
    return "\n".join(lines)


def _render_rule(rule: Rule) -> str:
    args = ", ".join(f"`{arg}`" for arg in rule.args)
    parts = [
        f"## {rule.code}",
        "",
        f"- Severity: {rule.severity}",
        f"- Kind: {rule.kind}",
        f"- Tables: {_TABLES[rule.tables]}",
        f"- Message: {rule.message}",
        f"- Arguments: {args}",
        "",
        f"**Explanation:** {rule.explanation}",
        "",
        f"**Hint:** {rule.hint}",
    ]
    if rule.fix_safety:
        parts += ["", f"**Fix safety:** {rule.fix_safety}"]
    doc = inspect.cleandoc(rule.doc) if rule.doc else ""
    if doc:
        parts += ["", _demote(doc)]
    return "\n".join(parts)


def render_rules_markdown() -> str:
    """The text of docs/RULES.md: a table of every code, then a section per code."""
    rules = list(iter_rules())
    out = [
        "# Rules",
        "",
        f"<!-- Generated from analysis/hybridize_analysis/rules/ by `{REGENERATE}`; do not edit. -->",
        "",
        _INTRO,
        "",
        "| Code | Kind | Tables | Severity | Message |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in rules:
        out.append(f"| [{rule.code}]({_anchor(rule.code)}) | {rule.kind} | {rule.tables} | {rule.severity} "
                   f"| {_cell(rule.message)} |")
    if RETIRED:
        out += ["", "Retired codes:", "", "| Retired code | Replaced by |", "| --- | --- |"]
        for old, new in sorted(RETIRED.items()):
            out.append(f"| {old} | [{new}]({_anchor(new)}) |")
    for rule in rules:
        out += ["", _render_rule(rule)]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m hybridize_analysis.rules.docs", description="Generate docs/RULES.md from the rule catalogue."
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date, without writing")
    parser.add_argument("--output", type=Path, default=RULES_MD, help=f"where to write (default: {RULES_MD})")
    options = parser.parse_args(argv)
    text = render_rules_markdown()
    path: Path = options.output
    if options.check:
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            print(f"{path} is out of date; regenerate it with: {REGENERATE}", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
