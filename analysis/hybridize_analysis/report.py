"""The `hybridize-report/1` object of SPEC 5, and its rendering as a terminal table."""
from __future__ import annotations

from collections import Counter
from functools import cache
from importlib.metadata import PackageNotFoundError, version

from .results import Analysis, FunctionResult
from .wording import describe_entry, describe_plan

SCHEMA = "hybridize-report/1"
TOOL_NAME = "jupyterlab-hybridize"


@cache
def get_tool_version() -> str:
    """Looked up once: reading the installed distributions takes ~10 ms, and the kernel builds a
    report after every execution."""
    try:
        return version(TOOL_NAME)
    except PackageNotFoundError:
        return "0+unknown"


def build_report(analyses: list[Analysis]) -> dict:
    units, functions = [], []
    for analysis in analyses:
        units.extend(_unit_entries(analysis))
        functions.extend(function_entry(result) for result in analysis.results)
    return {
        "schema": SCHEMA,
        "tool": {"name": TOOL_NAME, "version": get_tool_version()},
        "tables": analyses[0].tables if analyses else "default",
        "units": units,
        "functions": functions,
        "summary": summarize(functions),
    }


def _unit_entries(analysis: Analysis) -> list[dict]:
    """One entry per unit with its parse errors and messages. Units are matched by identity:
    comparing them would compare their whole text, for every unit of a 200-cell session."""
    errors: dict[int, list[dict]] = {id(unit): [] for unit in analysis.units}
    for module in analysis.program.modules.values():
        for unit, parsed in zip(module.units, module.parsed):
            if id(unit) in errors:
                errors[id(unit)].extend(error.to_dict() for error in parsed.errors)
        for unit, line, message in module.messages:
            if id(unit) in errors:
                errors[id(unit)].append({"line": line, "message": message})
    entries = []
    for unit in analysis.units:
        entry = {"id": unit.id, "path": unit.path, "kind": unit.kind, "parse_errors": errors[id(unit)]}
        if unit.skipped_magic is not None:
            entry["skipped"] = f"%%{unit.skipped_magic} cell is not Python"
        entries.append(entry)
    return entries


def function_entry(result: FunctionResult) -> dict:
    function = result.function
    entry = {
        "unit": function.unit.id,
        "path": function.unit.path,
        "qualname": function.qualname,
        "name": function.name,
        "line": function.line,
        "end_line": function.end_line,
        "is_hybrid": function.is_hybrid,
        "decorator": function.hybrid.code if function.hybrid else None,
        "properties": dict(result.properties),
        "candidate": result.candidate,
        "refactoring": result.refactoring,
        "passing_precondition": result.passing_precondition,
        "transformations": list(result.transformations),
        "safe": result.safe,  # apply-everything paths apply exactly these (SPEC 4.8)
        "benchmarkable": result.benchmark_refusal is None,
        "benchmark_refusal": result.benchmark_refusal,
        "decorator_arguments": dict(result.decorator_arguments),  # what the new decorator carries
        "findings": [finding.to_dict() for finding in result.findings],
        "assumptions": [assumption.to_dict() for assumption in result.assumptions],
        "benchmark": result.benchmark,
        "fixes": [fix.to_dict() for fix in result.fixes],
        # its rewrite run on observed calls before it was written (SPEC 8.1), when it was
        "verified": (result.verification or {}).get("verified"),
        "verification": result.verification,
    }
    entry["wording"] = describe_entry(entry)  # how every view says it (SPEC 9.1)
    return entry


def summarize(functions: list[dict]) -> dict:
    by_code = Counter(finding["code"] for entry in functions for finding in entry["findings"])
    decorate = sum(1 for entry in functions if "CONVERT_TO_HYBRID" in entry["transformations"])
    traced_inside = sum(1 for entry in functions if "CONVERT_TO_HYBRID" not in entry["transformations"]
                        and any(finding["code"] == "HAS_COVERED_CALLERS" for finding in entry["findings"]))
    return {
        "functions": len(functions),
        "candidates": sum(1 for entry in functions if entry["candidate"]),
        "refactorable": sum(1 for entry in functions if entry["candidate"] and entry["passing_precondition"]),
        "by_code": dict(sorted(by_code.items())),
        "decorate": decorate,
        "traced_inside": traced_inside,
        "plan": describe_plan(decorate, traced_inside),
    }


# --- terminal table -----------------------------------------------------------------------------

def describe_recommendation(entry: dict) -> str:
    """What the user should do, in a few words."""
    transformations = entry["transformations"]
    if "CONVERT_TO_HYBRID" in transformations:
        return "add @tf.function"
    if "CONVERT_TO_EAGER" in transformations:
        return "remove @tf.function"
    if "RECONFIGURE" in transformations:
        return "reconfigure @tf.function"
    return "keep hybrid" if entry["is_hybrid"] else "keep eager"


def format_table(report: dict) -> str:
    headers = ("location", "function", "state", "recommendation", "reasons")
    rows = []
    for entry in report["functions"]:
        codes = [finding["code"] for finding in entry["findings"]]
        rows.append((
            f"{entry['path']}:{entry['unit'] + ':' if entry['unit'] != entry['path'] else ''}{entry['line']}",
            entry["qualname"],
            "hybrid" if entry["is_hybrid"] else "eager",
            describe_recommendation(entry),
            ", ".join(dict.fromkeys(codes)) or "-",
        ))
    lines = []
    if rows:
        widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers) - 1)]
        fmt = "  ".join(f"{{:<{width}}}" for width in widths) + "  {}"
        lines.append(fmt.format(*headers))
        lines.append(fmt.format(*("-" * width for width in widths), "-" * len(headers[-1])))
        lines.extend(fmt.format(*row) for row in rows)
    for unit in report["units"]:
        for error in unit["parse_errors"]:
            lines.append(f"{unit['path']}:{_unit_label(unit)}{error['line']}: {error['message']}")
    summary = report["summary"]
    lines.append(f"{summary['functions']} functions, {summary['candidates']} candidates, "
                 f"{summary['refactorable']} refactorable")
    lines.append(summary["plan"])
    return "\n".join(lines)


def _unit_label(unit: dict) -> str:
    return f"{unit['id']}:" if unit["kind"] == "cell" else ""
