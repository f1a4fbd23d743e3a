"""Hints shared by several rules, as graph-break hints are: a rule spreads one and adds its own.

Each is one sentence in the imperative, saying what to write instead.
"""
from __future__ import annotations

#: The function gains nothing from a graph.
KEEP_EAGER = "Leave it eager (no decorator)."

#: The work worth a graph happens in the caller.
HYBRIDIZE_THE_STEP = (
    "Put `@tf.function` on the training or inference step that does the tensor work instead."
)

#: A Python scalar argument retraces per value.
PASS_A_TENSOR = (
    "Pass a tensor instead of a Python scalar (`tf.constant(n)` at the call site), so that one "
    "graph serves every value."
)

#: State that must change between graph calls.
USE_A_VARIABLE = (
    "Keep state that changes between calls in a `tf.Variable` created once, and `assign` to it."
)

#: The analysis could not decide statically.
LET_CALLS_DECIDE = (
    "Run the notebook with `%hybridize observe on` so that real calls decide, or add a type hint "
    "(`x: tf.Tensor`)."
)


def join(*hints: str) -> str:
    """One hint line out of several sentences."""
    return " ".join(hint.strip() for hint in hints if hint)
