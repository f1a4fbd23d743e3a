"""Verify a rewrite before it is written (SPEC 8.1): run the function as it is and as the
recommendation would make it, on calls the kernel observed, and compare what they compute.

Both arms start from the same snapshot of the TensorFlow state the function reaches (variables,
random generators), and the snapshot is put back afterwards, as the benchmark does; there is no
timing loop. A function whose Python side effects would run again is not run: its verdict is
"unverified", with the reason.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from hybridize_analysis.wording import describe_verification

from .bench import _describe_error, _eager_callable, _roots
from .equivalence import Outcome, compare
from .snapshot import is_tf_function, take_snapshot

#: Seconds verification may take per function unless told otherwise.
DEFAULT_BUDGET = 1.0
#: Observed calls replayed at most (the most recent ones).
MAX_CALLS = 2


@dataclass
class Verification:
    """`verified`: True (the same results on `calls` observed calls), False (they differ: `what`
    and `detail` say how), None (not run: `reason` says why)."""

    verified: bool | None
    calls: int = 0
    max_abs_diff: float | None = None
    what: str = ""
    detail: str = ""
    reason: str = ""
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"verified": self.verified, "calls": self.calls, "max_abs_diff": self.max_abs_diff,
                "what": self.what, "detail": self.detail, "reason": self.reason}

    def describe(self) -> str:
        """One line for the row: "verified on 2 observed calls (max difference 0)" (the report's
        wording), or why Apply did not write it."""
        if self.verified is False:
            return f"not applied: as rewritten it computes something else ({self.what}: {self.detail})"
        return describe_verification(self.to_dict())


def verify_rewrite(function, transformation: str, decorator_arguments: dict, calls: list[tuple[tuple, dict]],
                   *, namespace: dict | None = None, budget: float = DEFAULT_BUDGET) -> Verification:
    """Compare `function` (the live value: a Python function or a `tf.function`) with what
    `transformation` makes of it, on up to MAX_CALLS of `calls` (the most recent)."""
    import tensorflow as tf

    if not calls:
        return Verification(None, reason="no call of it was observed yet, so nothing could be replayed")
    python_fn, _, options = _eager_callable(function)
    as_is = function if is_tf_function(function) else python_fn
    if transformation == "CONVERT_TO_EAGER":
        rewritten = python_fn
    else:  # add the decorator, or reconfigure it: a fresh tf.function with its new arguments
        evaluated = {key: eval(source, dict(namespace or {})) for key, source in decorator_arguments.items()}
        rewritten = tf.function(python_fn, **{**options, **evaluated})
    chosen = calls[-MAX_CALLS:]
    roots = []
    for args, kwargs in chosen:
        roots += _roots(function, python_fn, args, kwargs, None, namespace)
    snapshot = take_snapshot(roots)
    started = time.perf_counter()
    try:
        before, after = Outcome(), Outcome()
        done = 0
        for args, kwargs in chosen:
            snapshot.restore()
            with snapshot.watch_creations():
                before.add_call(as_is(*args, **kwargs))
            snapshot.adopt_new_variables()
            before_variables = snapshot.current_values()
            snapshot.restore()
            try:
                after.add_call(rewritten(*args, **kwargs))
            except Exception as error:  # the rewritten version failing is a verdict
                return Verification(False, done + 1, what="whether it runs",
                                    detail=f"the rewritten function raised {_describe_error(error)}")
            before.variables.update(before_variables)
            after.variables.update(snapshot.current_values())
            done += 1
            if time.perf_counter() - started > budget:
                break
        comparison = compare(before, after)
        if comparison.equivalent:
            return Verification(True, done, max_abs_diff=comparison.max_abs_diff)
        return Verification(False, done, max_abs_diff=comparison.max_abs_diff, what=comparison.what or comparison.where,
                            detail=comparison.detail)
    finally:
        snapshot.adopt_new_variables()
        snapshot.restore()
        snapshot.forget_created_global_generator()
