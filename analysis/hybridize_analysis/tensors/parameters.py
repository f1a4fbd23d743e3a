"""`has_tensor_parameter` and `has_primitive_parameter` from the dataflow's facts (SPEC 4.2).

Three-valued: True when some call site passes one (or a type hint says so), False when every call
site is known and none does, None when a function is never called, escapes to code the analysis
cannot see, or receives values it cannot tell.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import FunctionInfo
from ..rules.base import Assumption
from ..syntax import get_code_without_prefix, iter_nodes
from . import catalogue as api
from .dataflow import Dataflow, _is_method
from .values import describe_literals, is_opaque, is_primitive, is_tensor_like

TENSOR_HINTS = frozenset({
    "tensorflow.Tensor", "tensorflow.Variable", "tensorflow.RaggedTensor", "tensorflow.SparseTensor",
    "tensorflow.TensorSpec", "tensorflow.types.experimental.TensorLike", "tensorflow.types.experimental.Tensor",
})
PRIMITIVE_HINTS = {"builtins.int": "int", "builtins.float": "float", "builtins.str": "str"}


@dataclass
class Verdict:
    """A three-valued property with what the user needs to read it."""

    value: bool | None
    parameter: str | None = None  # the parameter that decided it
    kinds: list[str] = field(default_factory=list)  # Python types seen (primitives)
    literals: list[object] = field(default_factory=list)
    undetermined: list[str] = field(default_factory=list)  # parameters that stayed unknown
    assumptions: list[Assumption] = field(default_factory=list)


def get_parameters(function: FunctionInfo) -> list[tuple[int, object]]:
    """(index, parso param) of the parameters that can receive arguments: not `self`/`cls`."""
    params = list(enumerate(function.get_params()))
    return params[1:] if _is_method(function) else params


def _hint_names(dataflow: Dataflow, annotation) -> set[str]:
    names = set()
    for node in iter_nodes(annotation):
        if node.type in ("name", "atom_expr", "power"):
            qualified = dataflow.program.get_qualified_name(node)
            if qualified:
                names.add(api.normalize(qualified) if not qualified.startswith("builtins.") else qualified)
    return names


def _is_unseen(dataflow: Dataflow, function: FunctionInfo) -> bool:
    """No call site the analysis can see, or callers it cannot see."""
    return dataflow.call_counts.get(function, 0) == 0 or function in dataflow.escaping


def tensor_parameter(dataflow: Dataflow, function: FunctionInfo) -> Verdict:
    params = get_parameters(function)
    if not params:
        return Verdict(False)
    for _, param in params:
        if param.annotation is not None and _hint_names(dataflow, param.annotation) & TENSOR_HINTS:
            return Verdict(True, param.name.value, assumptions=[_hint_assumption(function, param)])
    for index, param in params:
        if any(is_tensor_like(value) for value in dataflow.params[(function, index)]):
            return Verdict(True, param.name.value)
    return _false_unless_unseen(dataflow, function, params)


def primitive_parameter(dataflow: Dataflow, function: FunctionInfo, booleans: bool = False) -> Verdict:
    params = get_parameters(function)
    if not params:
        return Verdict(False)
    hints = dict(PRIMITIVE_HINTS, **({"builtins.bool": "bool"} if booleans else {}))
    for index, param in params:
        values = dataflow.params[(function, index)]
        primitives = [value for value in values if is_primitive(value, booleans)]
        primitives += _object_fields(dataflow, values, booleans)
        if primitives:
            return Verdict(True, param.name.value, kinds=sorted({_kind_label(value) for value in primitives}),
                           literals=describe_literals(primitives))
    for _, param in params:
        if param.annotation is not None:
            hinted = _hint_names(dataflow, param.annotation) & set(hints)
            if hinted:
                return Verdict(True, param.name.value, kinds=sorted(hints[name] for name in hinted),
                               assumptions=[_hint_assumption(function, param)])
    return _false_unless_unseen(dataflow, function, params)


def _false_unless_unseen(dataflow: Dataflow, function: FunctionInfo, params) -> Verdict:
    """False when every call is seen and every value known; otherwise None, naming the parameters."""
    if _is_unseen(dataflow, function):
        return Verdict(None, undetermined=[param.name.value for _, param in params])
    undetermined = [param.name.value for index, param in params
                    if any(is_opaque(value) for value in dataflow.params[(function, index)])]
    return Verdict(None, undetermined=undetermined) if undetermined else Verdict(False)


def _hint_assumption(function: FunctionInfo, param) -> Assumption:
    return Assumption("TYPE_INFERENCING", {"function": function.qualname, "parameter": param.name.value,
                                           "annotation": get_code_without_prefix(param.annotation)})


def _kind_label(value) -> str:
    """`int`, or `tuple of int` for a tuple of Python ints."""
    if value.kind != "container":
        return value.kind
    members = sorted({v.kind for element in value.elements for v in element})
    return f"{value.ref} of {'/'.join(members)}"


def _object_fields(dataflow: Dataflow, values, booleans: bool) -> list:
    """Primitive values held in the fields of user objects passed in (a config object)."""
    found = []
    for value in values:
        if value.kind == "object" and not dataflow.keras.is_keras(value.ref):
            for cls in dataflow.keras.iter_mro(value.ref):
                for name in dataflow.attribute_names.get(cls, ()):
                    found.extend(v for v in dataflow.attributes[(cls, name)] if is_primitive(v, booleans))
    return found
