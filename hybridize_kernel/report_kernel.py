"""The kernel side of `hybridize-report`: what the cells it adds to a notebook run.

`SETUP` comes first (the advisor loaded, observation on). `report_cell(...)` comes last: it
optionally benchmarks every candidate that was called, then displays the session's report under
`REPORT_MIME`, with the decorator arguments of each recommendation (`reduce_retracing=True`,
`jit_compile=True`), which the rewrite needs and the report contract does not carry.

`NAMESPACE_DUMP` ends the runs of `--compare`: it prints the numeric globals as JSON after
`NAMESPACE_MARKER`, and never fails, whatever the namespace holds.
"""
from __future__ import annotations

REPORT_MIME = "application/vnd.hybridize.report+json"
NAMESPACE_MARKER = "\x1ehybridize-namespace\x1e"

SETUP = "%load_ext hybridize_kernel\n%hybridize observe on"


def report_cell(bench: bool = False, budget: float = 2.0) -> str:
    return f"from hybridize_kernel.report_kernel import emit_report\nemit_report(bench={bench!r}, budget={budget!r})"


def emit_report(bench: bool = False, budget: float = 2.0) -> None:
    """Display the report of everything that ran (after benchmarking the candidates if asked)."""
    from IPython import get_ipython
    from IPython.display import display

    from .analyse import analyse_session, require_session

    shell = get_ipython()
    session = require_session(shell)
    notes = run_benchmarks(shell, session, budget) if bench else []
    _, report = analyse_session(shell)
    report["benchmark_notes"] = notes
    summary = report["summary"]
    display({REPORT_MIME: report,
             "text/plain": f"hybridize: {summary['functions']} functions, {summary['candidates']} candidates"},
            raw=True)


def run_benchmarks(shell, session, budget: float) -> list[dict]:
    """Benchmark every candidate with observed calls (`%hybridize bench --all`); returns why the
    others were not measured."""
    from . import advisor

    outcome = advisor.benchmark_all(shell, budget=budget, progress=lambda fraction, phase: None)
    notes = [{"qualname": qualname, "message": reason} for qualname, reason in outcome.skipped]
    measured = {result.get("name") for result in outcome.results} | {qualname for qualname, _ in outcome.skipped}
    for entry in outcome.report.get("functions", []):
        qualname = entry["qualname"]
        if entry["candidate"] and "<locals>" not in qualname and qualname not in measured:
            measured.add(qualname)
            notes.append({"qualname": qualname, "message": "not called while the notebook ran"})
    return notes


NAMESPACE_DUMP = r'''
def __hybridize_dump():
    import json, math, numbers, sys
    np = sys.modules.get("numpy")
    tf = sys.modules.get("tensorflow")
    limit = 10000

    def scalar(value):
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, numbers.Integral):
            return int(value)
        if isinstance(value, numbers.Real):
            value = float(value)
            return value if math.isfinite(value) else repr(value)
        return None

    def array(value):
        if np is None:
            return None
        if isinstance(value, np.generic):
            value = np.asarray(value)
        if not isinstance(value, np.ndarray) or value.size > limit:
            return None
        if value.dtype.kind not in "biuf":
            return None
        flat = [scalar(item) for item in value.astype("float64").ravel().tolist()]
        return {"shape": list(value.shape), "values": flat}

    def convert(value, depth=0):
        number = scalar(value) if not (np is not None and isinstance(value, np.generic)) else None
        if number is not None:
            return number
        if np is not None and isinstance(value, (np.ndarray, np.generic)):
            return array(value)
        if tf is not None and isinstance(value, (tf.Tensor, tf.Variable)):
            size = value.shape.num_elements()
            if size is None or size > limit:
                return None
            return array(np.asarray(value.numpy())) if np is not None else None
        if depth == 0 and isinstance(value, (list, tuple)) and 0 < len(value) <= limit:
            items = [convert(item, 1) for item in value]
            return items if all(item is not None for item in items) else None
        return None

    skip = {"In", "Out", "exit", "quit", "get_ipython"}
    found = {}
    for name, value in list(globals().items()):
        if name.startswith("_") or name in skip:
            continue
        try:
            converted = convert(value)
        except Exception:
            continue
        if converted is not None:
            found[name] = converted
    try:
        text = json.dumps(found)
    except Exception:
        text = "{}"
    print(MARKER + text)


try:
    __hybridize_dump()
except Exception:
    pass
finally:
    del __hybridize_dump
'''.replace("MARKER", repr(NAMESPACE_MARKER))
