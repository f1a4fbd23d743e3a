"""Applying a recommendation in the kernel: rebind the live name, and produce the new cell text.

Rebinding makes the change take effect now (`tf.function(f)` replaces `f`, or the reverse);
the rewritten cell text, made by the engine, keeps the notebook in step. The text is only ever
offered (to the lab extension over the comm, or as the next input like `%load` does), never
written over the user's cell from here.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from hybridize_analysis.engine import Analysis
from hybridize_analysis.plan import DECORATOR_TRANSFORMATIONS, iter_unit_rewrites

from .errors import AdvisorError
from .observe import unwrap_observed
from .session import Location, Session
from .values import get_tensorflow, is_tf_function


@dataclass
class Applied:
    """The rewrite of one cell, and what was rebound in the namespace."""

    unit_id: str
    cell_id: str | None
    old_source: str
    new_source: str
    qualnames: list[str] = field(default_factory=list)

    def message(self) -> dict:
        """The comm reply of SPEC 9: the lab extension writes the cell if it still holds `old_source`."""
        return {"type": "applied", "qualname": ", ".join(self.qualnames), "qualnames": list(self.qualnames),
                "cell_id": self.cell_id, "unit": self.unit_id,
                "new_source": self.new_source, "old_source": self.old_source}

    def diff(self) -> str:
        label = self.cell_id or self.unit_id
        return "".join(difflib.unified_diff(self.old_source.splitlines(True), self.new_source.splitlines(True),
                                            f"{label} (as it ran)", f"{label} (rewritten)"))


def get_transformation(result) -> str | None:
    return next((t for t in result.transformations if t in DECORATOR_TRANSFORMATIONS), None)


def describe_state(value) -> str:
    return "hybrid" if is_tf_function(unwrap_observed(value)) else "eager"


def rebind(session: Session, result) -> str:
    """Make the namespace hold what the recommendation asks for; returns what was done, in words.

    Raises AdvisorError when it cannot be done (TensorFlow not imported, name rebound elsewhere).
    """
    transformation = get_transformation(result)
    function = result.function
    if transformation is None:
        raise AdvisorError(f"`{function.qualname}`: nothing to apply")
    if "<locals>" in function.qualname:
        return f"`{function.qualname}` is a nested function: only its cell text changes"
    tf = get_tensorflow()
    if tf is None:
        raise AdvisorError("TensorFlow is not imported in this session")
    owner, attribute, current = _find_binding(session.shell.user_ns, function.qualname)
    located = session.locate(current, function.qualname)
    if not isinstance(located, Location) or located.unit_id != function.unit.id:
        raise AdvisorError(f"`{function.qualname}` is now bound to something else than the function of "
                           f"{function.unit.id}; run that cell again first")
    original = _python_function(current)
    if transformation == "CONVERT_TO_EAGER":
        names = _rebind_hybrids_of(session.shell.user_ns, original, owner, attribute)
        return f"{', '.join(f'`{n}`' for n in names) or f'`{function.qualname}`'} now run eagerly"
    arguments = dict(function.hybrid.arguments) if transformation == "RECONFIGURE" and function.hybrid else {}
    arguments.update(result.decorator_arguments)
    evaluated = {key: _evaluate(source, session.shell.user_ns) for key, source in arguments.items()}
    _set(owner, attribute, tf.function(original, **evaluated))
    shown = ", ".join(f"{key}={source}" for key, source in arguments.items())
    return f"`{function.qualname}` is now `tf.function({function.name}{', ' + shown if shown else ''})`"


def rewrite_cells(session: Session, analysis: Analysis, results: list) -> list[Applied]:
    """The rewritten text of every cell that defines one of `results`, one entry per cell."""
    applied = []
    chosen = {id(result.function) for result in results}
    for unit, rewrite in iter_unit_rewrites(analysis, results):
        if not rewrite.changed:
            continue
        run = session.get_run(unit.id)
        qualnames = [r.function.qualname for r in results
                     if id(r.function) in chosen and r.function.unit is unit and get_transformation(r)]
        applied.append(Applied(unit.id, run.cell_id if run else None, unit.source, rewrite.apply(), qualnames))
    return applied


def _find_binding(namespace: dict, qualname: str):
    """(owner, attribute, current value) for `f` (the namespace) or `Cls.method` (the class)."""
    parts = qualname.split(".")
    if len(parts) == 1:
        if qualname not in namespace:
            raise AdvisorError(f"`{qualname}` is not bound in the namespace")
        return namespace, qualname, namespace[qualname]
    owner = namespace.get(parts[0])
    for part in parts[1:-1]:
        owner = getattr(owner, part, None)
    if not isinstance(owner, type) or parts[-1] not in owner.__dict__:
        raise AdvisorError(f"`{qualname}` is not bound in the namespace")
    return owner, parts[-1], owner.__dict__[parts[-1]]


def _set(owner, attribute: str, value) -> None:
    if isinstance(owner, dict):
        owner[attribute] = value
    else:
        setattr(owner, attribute, value)


def _python_function(value):
    value = unwrap_observed(value)
    if is_tf_function(value):
        value = unwrap_observed(value.python_function)
    return value


def _rebind_hybrids_of(namespace: dict, original, owner, attribute: str) -> list[str]:
    """Every name bound to a `tf.function` of `original` gets `original` back (decorator form:
    the function's own name; assignment form `g = tf.function(f)`: `g`)."""
    names = []
    if not isinstance(owner, dict):
        if is_tf_function(unwrap_observed(owner.__dict__[attribute])):
            setattr(owner, attribute, original)
            names.append(f"{owner.__qualname__}.{attribute}")
        return names
    for name, value in list(namespace.items()):
        value = unwrap_observed(value)
        if is_tf_function(value) and _python_function(value) is original:
            namespace[name] = original
            names.append(name)
    return names


def _evaluate(source: str, namespace: dict):
    try:
        return eval(source, namespace)  # noqa: S307 - the user's own expression, in their namespace
    except Exception as error:
        raise AdvisorError(f"cannot evaluate the decorator argument `{source}`: {type(error).__name__}: {error}")
