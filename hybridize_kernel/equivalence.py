"""Do the eager and the graph runs agree? (SPEC 8: outputs and variable values, allclose.)

A run's `Outcome` is what its calls returned, flattened to `(path, leaf)` pairs with numpy copies
of every tensor, and the values of the snapshotted variables afterwards. `compare` checks a run
against the eager one at a tolerance chosen by dtype (loose for 16-bit floats, exact for integers,
booleans and strings) and reports the largest absolute and relative differences and where the
first disagreement (or, when they agree, the largest difference) is.

`tf.function` returns Python scalars as tensors, so leaves are compared by value, not by type:
`1.0` and a float32 scalar tensor holding 1.0 agree.
"""
from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field

#: (rtol, atol) by dtype name, as `numpy.allclose`: |graph - eager| <= atol + rtol * |eager|.
TOLERANCES: dict[str, tuple[float, float]] = {
    "bfloat16": (5e-2, 1e-2),
    "float16": (1e-2, 1e-3),
    "float32": (1e-5, 1e-6),
    "complex64": (1e-5, 1e-6),
    "float64": (1e-9, 1e-12),
    "complex128": (1e-9, 1e-12),
}
EXACT = (0.0, 0.0)
_LOOSENESS = ["float64", "complex128", "float32", "complex64", "float16", "bfloat16"]  # tight to loose


def tolerance_for(dtype) -> tuple[float, float]:
    """(rtol, atol) for values of `dtype` (a numpy dtype); other float types like float32."""
    name = dtype.name
    if name in TOLERANCES:
        return TOLERANCES[name]
    if is_float_like(dtype):
        return TOLERANCES["float16"] if name.startswith("float8") else TOLERANCES["float32"]
    return EXACT


def is_float_like(dtype) -> bool:
    return dtype.kind in "fc" or dtype.name.startswith(("bfloat16", "float8"))


# --- capturing ------------------------------------------------------------------------------------

def flatten_value(value, path: str = "") -> list[tuple[str, str, object]]:
    """`(path, kind, payload)` leaves of a returned structure; kinds: "array" (numpy copy),
    "struct" (a container's shape: kind and length or keys), "exact" (strings, bytes, None),
    "object" (anything else, compared by identity or equality)."""
    import numpy

    tf = sys.modules.get("tensorflow")
    keras = sys.modules.get("keras")
    keras_variable = getattr(keras, "Variable", ()) if keras is not None else ()
    leaves: list[tuple[str, str, object]] = []

    def visit(item, where: str, depth: int) -> None:
        if depth > 50:
            leaves.append((where, "object", item))
        elif item is None or isinstance(item, (str, bytes)):
            leaves.append((where, "exact", item))
        elif isinstance(item, (bool, int, float, complex, numpy.generic, numpy.ndarray)):
            leaves.append((where, "array", numpy.array(item, copy=True)))
        elif tf is not None and isinstance(item, tf.RaggedTensor):
            leaves.append((where, "struct", "ragged"))
            visit(item.flat_values, f"{where}.flat_values", depth + 1)
            for index, splits in enumerate(item.nested_row_splits):
                visit(splits, f"{where}.row_splits[{index}]", depth + 1)
        elif tf is not None and isinstance(item, tf.SparseTensor):
            leaves.append((where, "struct", "sparse"))
            for name in ("indices", "values", "dense_shape"):
                visit(getattr(item, name), f"{where}.{name}", depth + 1)
        elif (tf is not None and isinstance(item, (tf.Tensor, tf.Variable))) or (
                keras_variable and isinstance(item, keras_variable)):
            leaves.append((where, "array", numpy.array(numpy.asarray(item), copy=True)))
        elif isinstance(item, dict):
            keys = sorted(item, key=repr)
            leaves.append((where, "struct", ("mapping", tuple(repr(key) for key in keys))))
            for key in keys:
                visit(item[key], f"{where}[{key!r}]", depth + 1)
        elif isinstance(item, tuple) and hasattr(item, "_fields"):
            leaves.append((where, "struct", ("sequence", len(item))))
            for name, element in zip(item._fields, item):
                visit(element, f"{where}.{name}", depth + 1)
        elif isinstance(item, (list, tuple)):
            leaves.append((where, "struct", ("sequence", len(item))))
            for index, element in enumerate(item):
                visit(element, f"{where}[{index}]", depth + 1)
        else:
            leaves.append((where, "object", item))

    visit(value, path, 0)
    return leaves


@dataclass
class Outcome:
    """What one arm's equivalence calls gave: the flattened return value of each call and the
    variables afterwards (id -> (label, numpy array))."""

    outputs: list[list[tuple[str, str, object]]] = field(default_factory=list)
    variables: dict[int, tuple[str, object]] = field(default_factory=dict)

    def add_call(self, value) -> None:
        self.outputs.append(flatten_value(value))


# --- comparing ------------------------------------------------------------------------------------

@dataclass
class Comparison:
    equivalent: bool
    max_abs_diff: float = 0.0
    max_rel_diff: float = 0.0
    where: str = ""  # where the first disagreement is; when equivalent, where the largest difference is
    what: str = ""  # the same, in the words of BEHAVIOUR_DIFFERS ("the return value [1]", "variable `v`")
    detail: str = ""  # "max difference 0.37, tolerance rtol=1e-05 atol=1e-06", "shape (2,) vs (3,)"
    tolerance: dict = field(default_factory=dict)  # dtype name -> {"rtol", "atol"}, for what was compared


def compare(eager: Outcome, other: Outcome) -> Comparison:
    """Check `other` (graph or XLA) against `eager`."""
    result = Comparison(True)
    largest = (-1.0, "", "")
    failure: tuple[str, str, str] | None = None

    def check(where: str, what: str, expected, actual) -> None:
        nonlocal largest, failure
        ok, abs_diff, rel_diff, detail = _compare_leaf(expected, actual, result.tolerance)
        result.max_abs_diff = max(result.max_abs_diff, abs_diff)
        result.max_rel_diff = max(result.max_rel_diff, rel_diff)
        if abs_diff > largest[0]:
            largest = (abs_diff, where, what)
        if not ok and failure is None:
            failure = (where, what, detail)

    calls = min(len(eager.outputs), len(other.outputs))
    for call in range(calls):
        suffix = "" if call == 0 else f" on call {call + 1}"
        expected = {path: (kind, payload) for path, kind, payload in eager.outputs[call]}
        actual = {path: (kind, payload) for path, kind, payload in other.outputs[call]}
        for path in list(expected) + [p for p in actual if p not in expected]:
            where = ("return value" + (f" {path}" if path else "")) + suffix
            what = "the " + where
            if path not in actual or path not in expected:
                if failure is None:
                    failure = (where, what, "present in one run only")
                continue
            check(where, what, expected[path], actual[path])
    for key, (label, value) in eager.variables.items():
        if key in other.variables:
            check(f"variable {label}", f"variable `{label}`", ("array", value), ("array", other.variables[key][1]))
    if failure is not None:
        result.equivalent = False
        result.where, result.what, result.detail = failure
    elif largest[0] > 0:
        result.where, result.what = largest[1], largest[2]
        result.detail = f"max difference {_g(result.max_abs_diff)}"
    return result


def _compare_leaf(expected, actual, tolerances: dict) -> tuple[bool, float, float, str]:
    """(agrees, max abs diff, max rel diff, detail) for two flattened leaves."""
    import numpy

    kind, value = expected
    other_kind, other = actual
    if kind == "array" and other_kind == "array":
        return _compare_arrays(numpy.asarray(value), numpy.asarray(other), tolerances)
    if kind != other_kind:
        return False, math.inf, math.inf, f"{_describe(kind, value)} vs {_describe(other_kind, other)}"
    if kind == "object":
        try:
            same = value is other or bool(value == other)
        except Exception:
            same = False
        return same, 0.0 if same else math.inf, 0.0 if same else math.inf, "" if same else f"{value!r} vs {other!r}"
    same = value == other
    return same, 0.0 if same else math.inf, 0.0 if same else math.inf, "" if same else f"{value!r} vs {other!r}"


def _compare_arrays(expected, actual, tolerances: dict) -> tuple[bool, float, float, str]:
    import numpy

    if expected.shape != actual.shape:
        return False, math.inf, math.inf, f"shape {expected.shape} vs {actual.shape}"
    if not (is_float_like(expected.dtype) or is_float_like(actual.dtype)):
        tolerances.setdefault(expected.dtype.name, {"rtol": 0.0, "atol": 0.0})
        try:
            same = bool(numpy.array_equal(expected, actual))
        except Exception:
            same = False
        if same:
            return True, 0.0, 0.0, ""
        if expected.dtype.kind in "iub" and actual.dtype.kind in "iub":
            diff = numpy.abs(expected.astype(numpy.float64) - actual.astype(numpy.float64))
            worst = float(diff.max()) if diff.size else 0.0
            scale = numpy.abs(expected.astype(numpy.float64))
            rel = float((diff[scale > 0] / scale[scale > 0]).max()) if (scale > 0).any() else 0.0
            return False, worst, rel, f"max difference {_g(worst)}, exact match required for {expected.dtype.name}"
        return False, math.inf, math.inf, "values differ (exact match required)"
    rtol, atol = _looser(expected.dtype, actual.dtype)
    name = _looser_name(expected.dtype, actual.dtype)
    tolerances.setdefault(name, {"rtol": rtol, "atol": atol})
    wide = numpy.complex128 if "c" in (expected.dtype.kind, actual.dtype.kind) else numpy.float64
    a = expected.astype(wide)
    b = actual.astype(wide)
    if a.size == 0:
        return True, 0.0, 0.0, ""
    both_nan = numpy.isnan(a) & numpy.isnan(b)
    same_inf = numpy.isinf(a) & (a == b)
    with numpy.errstate(invalid="ignore", over="ignore"):
        diff = numpy.abs(a - b)
    diff = numpy.where(both_nan | same_inf, 0.0, diff)
    diff = numpy.where(numpy.isnan(diff), numpy.inf, diff)
    scale = numpy.abs(numpy.where(numpy.isfinite(a), a, 0.0))
    ok = bool(numpy.all(diff <= atol + rtol * scale))
    worst = float(diff.max())
    nonzero = scale > 0
    rel = float((diff[nonzero] / scale[nonzero]).max()) if nonzero.any() else 0.0
    detail = "" if ok else f"max difference {_g(worst)}, tolerance rtol={_g(rtol)} atol={_g(atol)}"
    return ok, worst, rel, detail


def _looser(*dtypes) -> tuple[float, float]:
    return tolerance_for(_looser_dtype(*dtypes))


def _looser_name(*dtypes) -> str:
    return _looser_dtype(*dtypes).name


def _looser_dtype(*dtypes):
    floats = [dtype for dtype in dtypes if is_float_like(dtype)]
    if not floats:
        return dtypes[0]

    def rank(dtype) -> int:
        return _LOOSENESS.index(dtype.name) if dtype.name in _LOOSENESS else _LOOSENESS.index("float32")

    return max(floats, key=rank)


def _describe(kind: str, value) -> str:
    if kind == "array":
        return f"array {getattr(value, 'dtype', '')}{list(getattr(value, 'shape', ()))}"
    if kind == "struct":
        return f"{value[0]} of {value[1]}" if isinstance(value, tuple) else str(value)
    return type(value).__name__


def _g(number: float) -> str:
    return f"{number:.3g}"
