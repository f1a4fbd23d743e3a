"""SARIF 2.1.0 for a hybridize-report/1 object (SPEC section 5), for code-scanning tools.

One run; the driver's rules are the whole catalogue, and each finding of each function becomes a
result. Assumptions are not results: they travel in the result's `properties.assumptions`. A
finding in a notebook cell is located in the notebook file, at its line within the cell, with the
cell id in `properties.cell`; the function's qualname is the result's logical location. Parse
errors become tool execution notifications.
"""
from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from .rules.catalogue import iter_rules

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_NAME = "jupyterlab-hybridize"

#: Our severities to SARIF levels.
LEVELS = {"error": "error", "warning": "warning", "info": "note"}

_CELL_PREFIX = "cell:"


def to_uri(path: str) -> str:
    """A SARIF `uri` for a report path: relative paths stay relative, absolute ones become file URIs."""
    windows = PureWindowsPath(path)
    if windows.drive and windows.is_absolute():
        return windows.as_uri()
    posix = PurePosixPath(path.replace("\\", "/"))
    if posix.is_absolute():
        return posix.as_uri()
    return quote(str(posix), safe="/")


def _level(severity: str | None) -> str:
    return LEVELS.get(severity or "", "warning")


def _rule_descriptor(rule) -> dict:
    return {
        "id": rule.code,
        "shortDescription": {"text": rule.message},
        "fullDescription": {"text": rule.explanation},
        "help": {"text": rule.hint},
        "defaultConfiguration": {"level": _level(rule.severity)},
        "properties": {"kind": rule.kind, "tags": [rule.kind]},
    }


def _cell_id(unit: dict) -> str | None:
    if unit.get("kind") != "cell":
        return None
    unit_id = str(unit.get("id", ""))
    return unit_id[len(_CELL_PREFIX):] if unit_id.startswith(_CELL_PREFIX) else unit_id


class _Artifacts:
    """The run's `artifacts`, one per distinct file, indexed by URI."""

    def __init__(self) -> None:
        self.items: list[dict] = []
        self._index: dict[str, int] = {}

    def location(self, path: str) -> dict:
        uri = to_uri(path)
        if uri not in self._index:
            self._index[uri] = len(self.items)
            self.items.append({"location": {"uri": uri}})
        return {"uri": uri, "index": self._index[uri]}


def _location(unit: dict, line: int | None, artifacts: _Artifacts, function: dict | None = None) -> dict:
    location: dict = {}
    path = unit.get("path") or (None if unit.get("kind") == "cell" else unit.get("id"))
    if path:
        physical: dict = {"artifactLocation": artifacts.location(str(path))}
        if isinstance(line, int) and line >= 1:
            physical["region"] = {"startLine": line}
        location["physicalLocation"] = physical
    if function is not None and function.get("qualname"):
        location["logicalLocations"] = [
            {
                "name": function.get("name") or function["qualname"].rsplit(".", 1)[-1],
                "fullyQualifiedName": function["qualname"],
                "kind": "function",
            }
        ]
    cell = _cell_id(unit)
    if cell is not None:
        location["properties"] = {"cell": cell}
    return location


def to_sarif(report: dict) -> dict:
    """The SARIF 2.1.0 log of a hybridize-report/1 dict."""
    rules = list(iter_rules())
    rule_index = {rule.code: index for index, rule in enumerate(rules)}
    units = {unit.get("id"): unit for unit in report.get("units", [])}
    artifacts = _Artifacts()
    tool = report.get("tool") or {}

    results = []
    for function in report.get("functions", []):
        unit = units.get(function.get("unit")) or {"id": function.get("unit"), "path": function.get("unit")}
        cell = _cell_id(unit)
        assumptions = [dict(assumption) for assumption in function.get("assumptions") or []]
        for finding in function.get("findings") or []:
            code = finding["code"]
            line = finding.get("line") if finding.get("line") is not None else function.get("line")
            result: dict = {
                "ruleId": code,
                "level": _level(finding.get("severity")),
                "message": {"text": finding.get("message") or code},
                "locations": [_location(unit, line, artifacts, function)],
            }
            if code in rule_index:
                result["ruleIndex"] = rule_index[code]
            properties: dict = {
                "function": function.get("qualname"),
                "unit": function.get("unit"),
                "explanation": finding.get("explanation"),
                "hint": finding.get("hint"),
                "assumptions": assumptions,
                # `--verify`: the function's rewrite run against the code as it is (SPEC 8.1)
                "verified": function.get("verified"),
                "verification": function.get("verification"),
            }
            if cell is not None:
                properties["cell"] = cell
            result["properties"] = {key: value for key, value in properties.items() if value is not None}
            results.append(result)

    notifications = []
    for unit in report.get("units", []):
        for error in unit.get("parse_errors") or []:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{unit.get('id')}: {error.get('message', 'syntax error')}"},
                    "locations": [_location(unit, error.get("line"), artifacts)],
                }
            )

    driver = {"name": tool.get("name") or TOOL_NAME, "rules": [_rule_descriptor(rule) for rule in rules]}
    if tool.get("version"):
        driver["version"] = str(tool["version"])
    run: dict = {
        "tool": {"driver": driver},
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
        "results": results,
    }
    if artifacts.items:
        run["artifacts"] = artifacts.items
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
