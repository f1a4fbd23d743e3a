"""Live facts: what the namespace holds and what calls were observed, as plain data for the engine.

The engine asks about a global name only where static analysis could not tell; the answer
describes the object (a tensor, a Keras model, a notebook class ...) without handing it over.
"""
from __future__ import annotations

import os
import re
import sys
import types

from hybridize_analysis.facts import Facts, GlobalFact, ObservedCalls

from .observe import unwrap_observed
from .session import NOTEBOOK, Location, Session
from .values import KINDS, is_tf_function, module_name

_MISSING = object()
_PYTHON_SCALARS = (bool, int, float, str, type(None))


class LiveFacts(Facts):
    """Facts from the running kernel; one instance per analysis (answers are cached)."""

    def __init__(self, namespace: dict, session: Session | None = None, observer=None) -> None:
        self.namespace = namespace
        self.session = session
        self.observer = observer
        self._globals: dict[str, GlobalFact | None] = {}
        self.keras_version, self.versions_source = running_versions()

    def get_global(self, module: str, name: str) -> GlobalFact | None:
        if module != NOTEBOOK:
            return None
        if name not in self._globals:
            value = self.namespace.get(name, _MISSING)
            self._globals[name] = None if value is _MISSING else self.describe(value)
        return self._globals[name]

    def get_observed(self, unit_id: str, qualname: str) -> ObservedCalls | None:
        return self.observer.get_observed(unit_id, qualname) if self.observer is not None else None

    def get_benchmark(self, unit_id: str, qualname: str) -> dict | None:
        return self.session.benchmarks.get((unit_id, qualname)) if self.session is not None else None

    def get_verification(self, unit_id: str, qualname: str) -> dict | None:
        return self.session.verifications.get((unit_id, qualname)) if self.session is not None else None

    # -- describing values -----------------------------------------------------------------------
    def describe(self, value) -> GlobalFact | None:
        value = unwrap_observed(value)
        if isinstance(value, types.ModuleType):
            return GlobalFact("module", module_name(value))
        if is_tf_function(value):
            return GlobalFact("hybrid", getattr(unwrap_observed(value.python_function), "__qualname__", None))
        if isinstance(value, (types.FunctionType, types.MethodType)):
            return GlobalFact("function", value.__qualname__) if self._in_notebook(value) else None
        if isinstance(value, type):
            return GlobalFact("class", value.__qualname__) if self._in_notebook(value) else None
        KINDS.refresh()
        kind = KINDS.kind_of(value)
        if kind is not None:
            if kind in ("model", "layer", "optimizer", "loss", "metric") and self._in_notebook(type(value)):
                return GlobalFact("object", type(value).__qualname__)
            return GlobalFact(kind)
        if isinstance(value, _PYTHON_SCALARS):
            shown = value if not isinstance(value, str) or len(value) <= 200 else None
            return GlobalFact("python", type(value).__name__, shown)
        if isinstance(value, (list, tuple)) and value and _all_tensors(value):
            return GlobalFact("tensor_list")
        if isinstance(value, (list, tuple, dict, set)):
            return GlobalFact("python", type(value).__name__)
        if self._in_notebook(type(value)):
            return GlobalFact("object", type(value).__qualname__)
        return GlobalFact("python", type(value).__name__)

    def _in_notebook(self, value) -> bool:
        if getattr(value, "__module__", None) != "__main__":
            return False
        if self.session is None:
            return True
        return isinstance(self.session.locate(value), Location)


def running_versions() -> tuple[int | None, str]:
    """The Keras major version the kernel runs (SPEC 4.6: the live kernel decides first)."""
    legacy = sys.modules.get("tf_keras")
    tf = sys.modules.get("tensorflow")
    keras = sys.modules.get("keras")
    tf_version = getattr(tf, "__version__", None) if tf is not None else None
    if legacy is not None:
        return 2, f"the running tf_keras {getattr(legacy, '__version__', '')}".rstrip()
    if tf_version and os.environ.get("TF_USE_LEGACY_KERAS", "").lower() in ("1", "true"):
        return 2, f"TF_USE_LEGACY_KERAS with the running TensorFlow {tf_version}"
    if tf_version:
        return _major_keras(tf_version, keras), f"the running TensorFlow {tf_version}"
    keras_version = getattr(keras, "__version__", None) if keras is not None else None
    if keras_version:
        return (3 if keras_version.startswith("3") else 2), f"the running Keras {keras_version}"
    return None, ""


def _major_keras(tf_version: str, keras) -> int:
    keras_version = getattr(keras, "__version__", "") if keras is not None else ""
    if keras_version:
        return 3 if keras_version.startswith("3") else 2
    major, minor = (int(part) for part in (re.findall(r"\d+", tf_version) + ["0", "0"])[:2])
    return 3 if (major, minor) >= (2, 16) else 2


def _all_tensors(values) -> bool:
    KINDS.refresh()
    classes = KINDS.tensor_types + KINDS.variable_types
    return bool(classes) and all(isinstance(item, classes) for item in list(values)[:8])
