"""What a notebook run computed, for `hybridize_analysis.outputs` to compare: every number it prints
(stdout streams and `text/plain` results, cell by cell) and every numeric global left at the end
(`report_kernel.NAMESPACE_DUMP`: Python numbers, NumPy scalars and small arrays, tensors and
variables, lists of those).
"""
from __future__ import annotations

import json

from hybridize_analysis.outputs import RunValues, Value

from .report_kernel import NAMESPACE_MARKER
from .report_run import Execution


def get_printed_text(output) -> str:
    if output.get("output_type") == "stream" and output.get("name") == "stdout":
        return output.get("text", "")
    if output.get("output_type") == "execute_result":
        return output.get("data", {}).get("text/plain", "")
    return ""


def read_values(run: Execution) -> RunValues:
    values = RunValues()
    for number, cell in enumerate(run.cells, 1):
        if cell.cell_type != "code":
            continue
        text = "\n".join(get_printed_text(output) for output in cell.get("outputs", []))
        lines = [line.strip() for line in text.splitlines()]
        values.lines[number] = [line for line in lines if line]
    for name, data in read_namespace(run).items():
        for where, value in _flatten(name, data):
            values.globals[f"global {where}"] = Value(f"global {where}", value)
    return values


def read_namespace(run: Execution) -> dict:
    """The numeric globals the dump cell printed (empty when it did not run)."""
    for cell in run.tail_cells:
        for output in cell.get("outputs", []):
            text = get_printed_text(output)
            if NAMESPACE_MARKER in text:
                try:
                    return json.loads(text.split(NAMESPACE_MARKER, 1)[1].splitlines()[0])
                except (ValueError, IndexError):
                    return {}
    return {}


def _number(value) -> float | None:
    if isinstance(value, (bool, int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)  # "nan", "inf", "-inf"
        except ValueError:
            return None
    return None


def _flatten(name: str, data):
    """(label, number) pairs: `loss`, `weights[1, 2]`, `losses[3]`, `pairs[0][1]`."""
    number = _number(data)
    if number is not None:
        yield name, number
    elif isinstance(data, dict) and "values" in data:
        shape = data.get("shape") or []
        for flat, item in enumerate(data["values"]):
            number = _number(item)
            if number is not None:
                yield (f"{name}[{', '.join(map(str, _unravel(flat, shape)))}]" if shape else name), number
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from _flatten(f"{name}[{index}]", item)


def _unravel(flat: int, shape: list[int]) -> list[int]:
    index = []
    for size in reversed(shape):
        index.append(flat % size if size else 0)
        flat = flat // size if size else 0
    return index[::-1]
