"""The paper's speculative analysis (SPEC 4.4): a function named like a training or inference step,
or a Keras `call`, is assumed to take a tensor when nothing else decided it."""
from __future__ import annotations

import re

from .model import FunctionInfo
from .rules.base import Assumption
from .tensors.keras import KerasClasses
from .tensors.parameters import Verdict, get_parameters

STEP_NAME = re.compile(r".*(train|test).*_step|call|__call__|run_model|.*inference")
KERAS_ONLY = ("call", "__call__")


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
        reason = (f"its name matches the pattern of training, test and inference steps "
                  f"(`{STEP_NAME.pattern}`), which take batches of tensors")
    parameter = params[0][1].name.value
    return Verdict(True, parameter, assumptions=[*verdict.assumptions, Assumption(
        "SPECULATIVE_ANALYSIS", {"function": function.qualname, "parameter": parameter, "reason": reason})])
