"""The status entries of the paper's tables (SPEC 4.10): conditions found to hold on the way to a
decision, and the warnings the paper gives hybrid functions. Only `--tables paper` reports them."""
from __future__ import annotations

from .base import Rule

_PAPER = (
    "The paper's tables check, in order, whether the function has a tensor parameter, whether it "
    "has a Python scalar parameter, whether it has Python side effects and whether it is recursive. "
    "Each condition found to hold on the way to a decision is reported, so that the report can be "
    "compared entry by entry with the paper's."
)
_NO_CHANGE = "No change is needed for this condition."


def _status(code: str, message: str, what: str) -> Rule:
    return Rule(code=code, severity="info", kind="precondition", message=message, explanation=_PAPER,
                hint=_NO_CHANGE, tables="paper", doc=f"""
## What it does
Under `--tables paper` only: records that {what} held on the way to the decision, as the
paper's tool reports it.

## Why is this bad?
It is not: it is a step of the paper's table that passed.
""")


HAS_TENSOR_PARAMETER = _status(
    "HAS_TENSOR_PARAMETER", "`{function}` likely has a tensor parameter", "the tensor-parameter condition")
HAS_NO_PYTHON_SCALAR_PARAMETERS = _status(
    "HAS_NO_PYTHON_SCALAR_PARAMETERS", "`{function}` does not have primitive parameters",
    "the no-primitive-parameter condition")
HAS_NO_PYTHON_SIDE_EFFECTS = _status(
    "HAS_NO_PYTHON_SIDE_EFFECTS", "`{function}` does not have Python side-effects",
    "the no-side-effect condition")
IS_NOT_RECURSIVE = _status("IS_NOT_RECURSIVE", "`{function}` is not recursive", "the no-recursion condition")

RECURSIVE_HYBRID_FUNCTION = Rule(
    code="RECURSIVE_HYBRID_FUNCTION",
    severity="warning",
    kind="precondition",
    tables="paper",
    message="`{function}` is a recursive `tf.function` with a tensor parameter: recursive tf.functions are not supported",
    explanation=(
        "Tracing follows every recursive call at trace time: a recursion that stops on a tensor value "
        "never stops while tracing, and one that stops on a Python value is unrolled into the graph."
    ),
    hint="Rewrite the recursion as a loop over tensors, or remove the decorator.",
    doc="""
## What it does
Under `--tables paper`: the paper's warning for an already hybrid function that has a tensor
parameter and is recursive (no failure code of its tables).

## Why is this bad?
Recursive `tf.function`s are not supported by TensorFlow.
""",
)

HYBRID_FUNCTION_WITH_SIDE_EFFECTS = Rule(
    code="HYBRID_FUNCTION_WITH_SIDE_EFFECTS",
    severity="warning",
    kind="precondition",
    tables="paper",
    message="`{function}` is a `tf.function` with Python side effects, which run only while it traces",
    explanation=(
        "The Python body of a `tf.function` runs once per trace; later calls run the graph, without "
        "the side effects. The paper's tables warn about it on every hybrid function that has them."
    ),
    hint="Move the side effects out of the function, or use `tf.print` and `tf.Variable`s instead.",
    doc="""
## What it does
Under `--tables paper`: the paper's warning for an already hybrid function with Python side
effects, given in addition to the failure that blocks removing its decorator.

## Why is this bad?
Its side effects happen once per trace, not once per call.
""",
)

RULES = (HAS_TENSOR_PARAMETER, HAS_NO_PYTHON_SCALAR_PARAMETERS, HAS_NO_PYTHON_SIDE_EFFECTS, IS_NOT_RECURSIVE,
         RECURSIVE_HYBRID_FUNCTION, HYBRID_FUNCTION_WITH_SIDE_EFFECTS)
