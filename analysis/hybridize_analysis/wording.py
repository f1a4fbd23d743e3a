"""How a report entry reads (SPEC 9.1): one reason line, and its findings grouped for a person.

The panel, the kernel's widget table and the HTML report all show these words, so they agree.
Nothing here decides: the recommendation, the findings and their severities come from the engine;
this module only picks which of them to say first and drops the function's own name, which the
row already shows.
"""
from __future__ import annotations

import re

from .rules.catalogue import get_rule

#: Section keys, in the order a row shows them.
SECTIONS = ("why", "watch_out", "notes", "observed", "assumed")
SECTION_TITLES = {"why": "Why", "watch_out": "Watch out", "notes": "Notes", "observed": "Observed",
                  "assumed": "Assumed"}
OBSERVED = "OBSERVED_CALLS"
#: Info findings of the boundary plan: with nothing recommended, they are why a function stays.
PLAN_CODES = frozenset({"HAS_COVERED_CALLERS", "TOO_LITTLE_WORK"})


def wording_of(entry: dict) -> dict:
    """The entry's wording: as the engine wrote it, or made now for an entry without one."""
    return entry.get("wording") or describe_entry(entry)


def without_subject(message: str, qualname: str) -> str:
    """"`f`: cannot tell ..." -> "Cannot tell ..."; "`f` performs no ..." -> "Performs no ..."."""
    subject = f"`{qualname}`"
    if message.startswith(subject):
        rest = message[len(subject):].lstrip(":").lstrip()
        if rest:
            return rest[0].upper() + rest[1:] if not rest.startswith("`") else rest
    return message


def describe_entry(entry: dict) -> dict:
    """{"reason": one line, "why": [...], "watch_out": [...], "notes": [...], "observed": [...],
    "assumed": [...], "refusal": why it is not benchmarked, or None, "verification": how its
    rewrite was checked before it was written, or None}; each item {"code", "text",
    "explanation", "hint", "line"}."""
    qualname = entry.get("qualname", "")
    transformations = entry.get("transformations") or []
    sections: dict[str, list[dict]] = {key: [] for key in SECTIONS}
    for finding in entry.get("findings", []):
        severity = finding.get("severity")
        code = finding.get("code", "")
        if severity == "error" or (not transformations and (_is_precondition(code) or code in PLAN_CODES)):
            key = "why"  # what blocks the change (or, with none recommended, why it stays)
        elif severity == "warning":
            key = "watch_out"
        else:
            key = "notes"
        sections[key].append(_item(finding, qualname))
    for assumption in entry.get("assumptions", []):
        key = "observed" if assumption.get("code") == OBSERVED else "assumed"
        sections[key].append(_item(assumption, qualname))
    verification = entry.get("verification") or {}
    refusal = entry.get("benchmark_refusal")
    return {"reason": _reason(entry, sections), **sections,
            "refusal": _lower_first(without_subject(refusal, qualname)) if refusal else None,
            "verification": describe_verification(verification)}


def describe_verification(verification: dict) -> str | None:
    """How its rewrite was checked before it was written (SPEC 8.1), or None when it was not."""
    verified = verification.get("verified")
    if verified is True and verification.get("calls") is None and verification.get("runs"):
        return f"verified by running the script ({verification['runs']} runs, the same numbers)"
    if verified is True:
        calls = verification.get("calls") or 0
        return (f"verified on {calls} observed call{'s' if calls != 1 else ''} "
                f"(max difference {verification.get('max_abs_diff') or 0:.3g})")
    if verified is False:
        return f"withdrawn: as rewritten it computed something else ({verification.get('what')})"
    if verification:
        return f"unverified: {verification.get('reason') or 'not run'}"
    return None


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if text and not text.startswith("`") else text


def _is_precondition(code: str) -> bool:
    try:
        return get_rule(code).kind == "precondition"
    except KeyError:
        return False


def _item(record: dict, qualname: str) -> dict:
    return {"code": record.get("code", ""), "text": without_subject(record.get("message", ""), qualname),
            "explanation": record.get("explanation") or "", "hint": record.get("hint") or "",
            "line": record.get("line")}


def _reason(entry: dict, sections: dict[str, list[dict]]) -> str:
    """The one line a collapsed row shows: what stands behind the badge."""
    transformations = entry.get("transformations") or []
    benchmark = entry.get("benchmark") or {}
    if "CONVERT_TO_HYBRID" in transformations:
        speedup = benchmark.get("speedup")
        if isinstance(speedup, (int, float)) and benchmark.get("equivalent") is not False:
            compiled = " with XLA" if "jit_compile" in (entry.get("decorator_arguments") or {}) else ""
            return f"Measured {speedup:.1f}\u00d7 faster as a graph{compiled}, with the same results"
        return "Takes tensors, with no Python side effects and no Python arguments that retrace"
    for key in ("why", "watch_out"):
        if sections[key]:
            return sections[key][0]["text"]
    if transformations:
        return sections["notes"][0]["text"] if sections["notes"] else "The analysis recommends it"
    if entry.get("is_hybrid"):
        return "Runs as a graph already, and nothing says to change it"
    return sections["notes"][0]["text"] if sections["notes"] else "Nothing to change"


def code_spans(text: str) -> list[tuple[str, bool]]:
    """[(text, is_code)]: `x` marks code, as in Markdown."""
    parts = re.split(r"(`[^`]+`)", text)
    return [(part[1:-1], True) if part.startswith("`") and part.endswith("`") and len(part) > 1 else (part, False)
            for part in parts if part]


def describe_plan(decorate: int, traced_inside: int) -> str:
    """The boundary plan in one line: "decorate 2 functions; 5 helpers are traced inside decorated
    callers" (callers decorated already or by the plan)."""
    head = f"decorate {decorate} function{'' if decorate == 1 else 's'}" if decorate else "no decorator to add"
    if not traced_inside:
        return head
    helpers = "1 helper is" if traced_inside == 1 else f"{traced_inside} helpers are"
    return f"{head}; {helpers} traced inside decorated callers"
