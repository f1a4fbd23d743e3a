"""The paper's speculative analysis (SPEC 4.4): a function named like a training or inference step,
or a Keras `call`, is assumed to take a tensor when nothing else decided it; without call sites,
its signature then decides its Python parameters."""
from __future__ import annotations

import re

from .model import FunctionInfo
from .rules.base import Assumption
from .tensors.keras import KerasClasses
from .tensors.hints import hint_names
from .tensors.parameters import PRIMITIVE_HINTS, TENSOR_HINTS, Verdict, get_parameters
from .tensors.values import is_primitive

STEP_NAME = re.compile(r".*(train|test).*_step|call|__call__|run_model|.*inference")
KERAS_ONLY = ("call", "__call__")
_STEP_REASON = (f"matches the pattern of training, test and inference steps (`{STEP_NAME.pattern}`), "
                f"which take batches of tensors")


def speculate(function: FunctionInfo, verdict: Verdict, keras: KerasClasses) -> Verdict:
    """The verdict on `has_tensor_parameter`, made True by the naming rule when it was undetermined."""
    if verdict.value is not None:
        return verdict
    params = get_parameters(function)
    if not params or not STEP_NAME.fullmatch(function.name):
        return verdict
    if function.name in KERAS_ONLY:
        kind = keras.get_keras_kind(function.cls) if function.cls is not None else None
        if kind is None:
            return verdict
        reason = f"`{function.name}` of a Keras {'model' if kind == 'model' else 'layer'} receives its inputs as tensors"
    else:
        reason = f"its name {_STEP_REASON}"
    parameter = params[0][1].name.value
    return Verdict(True, parameter, assumptions=[*verdict.assumptions, Assumption(
        "SPECULATIVE_ANALYSIS", {"function": function.qualname, "parameter": parameter, "reason": reason})])


def speculate_capture(function: FunctionInfo, verdict: Verdict, capture: str | None) -> Verdict:
    """The default tables' extension of the naming rule to a function without parameters that
    reads `capture`, a value the analysis cannot see into (an iterator a library built)."""
    if capture is None or not STEP_NAME.fullmatch(function.name) or function.name in KERAS_ONLY:
        return verdict
    reason = f"it reads `{capture}` from outside, a value the analysis cannot see into, and its name {_STEP_REASON}"
    return Verdict(True, None, assumptions=[*verdict.assumptions, Assumption(
        "SPECULATIVE_ANALYSIS", {"function": function.qualname, "parameter": capture, "reason": reason})])


def speculate_signature(function: FunctionInfo, tensor: Verdict, primitive: Verdict, dataflow,
                        booleans: bool = False) -> Verdict:
    """`has_primitive_parameter` from the signature, for a function assumed to take tensors (by
    speculation or a type hint) that no call site in the analysed code reaches (SPEC 4.4):
    otherwise nothing would ever decide it."""
    assumed = any(a.code in ("SPECULATIVE_ANALYSIS", "TYPE_INFERENCING") for a in tensor.assumptions)
    if not assumed or primitive.value is not None or dataflow.call_counts.get(function, 0):
        return primitive
    judged, scalars = [], []
    for _, param in get_parameters(function):
        name = param.name.value
        kind = _scalar_kind(param, dataflow, booleans)
        if kind is not None:
            scalars.append((name, kind))
            judged.append(f"`{name}`: a Python {kind}")
        elif param.star_count:
            judged.append(f"`{'*' * param.star_count}{name}`: not a Python scalar")
        elif param.annotation is not None and hint_names(dataflow.program, param.annotation) & TENSOR_HINTS:
            judged.append(f"`{name}`: a tensor by its type hint")
        elif name == tensor.parameter:
            judged.append(f"`{name}`: the tensor assumed")
        elif param.default is None:
            judged.append(f"`{name}`: a tensor like `{tensor.parameter}`")
        else:
            judged.append(f"`{name}={param.default.get_code(include_prefix=False)}`: not a Python scalar")
    assumption = Assumption("SPECULATIVE_SIGNATURE", {"function": function.qualname, "judged": "; ".join(judged)})
    if scalars:
        name, kind = scalars[0]
        return Verdict(True, name, kinds=[kind], assumptions=[*primitive.assumptions, assumption])
    return Verdict(False, assumptions=[*primitive.assumptions, assumption])


def _scalar_kind(param, dataflow, booleans: bool) -> str | None:
    """`int`, `float` or `str` when the parameter's hint or default is a Python scalar."""
    if param.annotation is not None:
        names = hint_names(dataflow.program, param.annotation)
        if names & TENSOR_HINTS:
            return None
        hinted = sorted(PRIMITIVE_HINTS[name] for name in names & set(PRIMITIVE_HINTS))
        if hinted:
            return " or ".join(hinted)
    if param.default is not None and not param.star_count:
        scalars = sorted({value.kind for value in dataflow.eval(param.default) if is_primitive(value, booleans)})
        if scalars:
            return " or ".join(scalars)
    return None
