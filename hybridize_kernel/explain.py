"""`%hybridize explain NAME` as text: like a compiler diagnostic, a title then `Explanation:` and
`Hint:` lines per finding, then what the decision assumed."""
from __future__ import annotations

from hybridize_analysis.report import describe_recommendation

_PROPERTY_WORDS = {True: "yes", False: "no", None: "undetermined"}


def format_explanation(entry: dict) -> str:
    where = _where(entry)
    state = "hybrid" if entry["is_hybrid"] else "eager"
    lines = [f"{entry['qualname']} ({where})",
             f"  now: {state}{' ' + entry['decorator'] if entry.get('decorator') else ''}",
             f"  recommendation: {describe_recommendation(entry)}" + _precondition(entry)]
    if entry.get("applied"):
        lines.append("  applied in the namespace; the cell text is not updated yet")
    lines.append("  properties: " + ", ".join(f"{name} {_PROPERTY_WORDS.get(value, value)}"
                                              for name, value in entry["properties"].items()))
    for finding in entry["findings"]:
        line = f", line {finding['line']}" if finding.get("line") else ""
        lines += ["", f"{finding['severity']} {finding['code']}{line}: {finding['message']}",
                  f"  Explanation: {finding['explanation']}"]
        lines += [f"  Hint: {hint}" for hint in _split_hints(finding.get("hint", ""))]
    if entry["assumptions"]:
        lines += ["", "assumptions:"]
        lines += [f"  {a['code']}: {a['message']}" for a in entry["assumptions"]]
    for fix in entry.get("fixes") or []:
        lines += ["", f"fix on offer ({fix.get('safety') or 'safety not stated'}): {fix.get('title')}"]
    if entry.get("benchmark"):
        lines += ["", f"benchmark: {entry['benchmark']}"]
    return "\n".join(lines)


def _where(entry: dict) -> str:
    parts = []
    if entry.get("cell_id"):
        parts.append(f"cell {entry['cell_id']}")
    if entry.get("execution_count") is not None:
        parts.append(f"In[{entry['execution_count']}]")
    if not parts:
        parts.append(entry["unit"])
    parts.append(f"line {entry['line']}")
    return ", ".join(parts)


def _precondition(entry: dict) -> str:
    if entry.get("passing_precondition"):
        return f" (precondition {entry['passing_precondition']} of {entry['refactoring']})"
    return ""


def _split_hints(hint: str) -> list[str]:
    return [part.strip() for part in hint.split("\n") if part.strip()] if hint else []
