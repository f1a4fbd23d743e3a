"""The oracle the analysis consults instead of guessing.

Statically there are no facts. In the kernel, `hybridize_kernel.livefacts` answers from the live
namespace (what a global name is bound to) and from observed calls (what arguments real calls
passed). Facts are plain data: the engine never sees a TensorFlow object.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ArgumentFact:
    """One argument of an observed call.

    `kind` is a catalogue kind ("tensor", "variable", "numpy", "int", "float", "str", "bool", "none")
    or a Python container ("tuple", "list", "dict") or "other" (with `type_name`). Tensors and arrays
    carry `dtype` and `shape` (None for an unknown dimension); Python scalars and short strings
    carry `value`.
    """

    kind: str
    type_name: str = ""
    dtype: str | None = None
    shape: tuple[int | None, ...] | None = None
    value: object = None
    holds_tensor: bool = False  # a container with a tensor inside

    def describe(self) -> str:
        """`float32[64,784]`, `int 3`, `str 'relu'`, `Classifier`."""
        if self.kind in ("tensor", "variable", "numpy"):
            dims = ",".join("None" if d is None else str(d) for d in (self.shape or ()))
            prefix = "" if self.kind == "tensor" else f"{self.kind} "
            return f"{prefix}{self.dtype}[{dims}]"
        if self.kind in ("int", "float", "bool", "str") and self.value is not None:
            return f"{self.kind} {self.value!r}"
        return self.type_name or self.kind


@dataclass(frozen=True)
class CallSignature:
    """The arguments of one call, by parameter name (positional and keyword alike)."""

    arguments: tuple[tuple[str, ArgumentFact], ...]

    def describe(self) -> str:
        return ", ".join(f"{name} {fact.describe()}" for name, fact in self.arguments) or "no arguments"


@dataclass
class ObservedCalls:
    """What the kernel saw of a function's calls."""

    count: int
    signatures: list[CallSignature] = field(default_factory=list)  # distinct, in the order first seen
    tracing_count: int | None = None  # for hybrid functions, from `experimental_get_tracing_count`


@dataclass(frozen=True)
class GlobalFact:
    """What a global name is bound to in the live namespace.

    `kind` is a catalogue kind ("tensor", "variable", "dataset", "model", "layer", "optimizer" ...),
    "module" (`detail` is the module name, e.g. "tensorflow"), "function" / "class" / "object"
    (`detail` is the qualname of a user function or class defined in the notebook), "hybrid"
    (a `tf.function`; `detail` the qualname of the Python function it wraps), or "python"
    (`detail` the type name; `value` the value of a scalar).
    """

    kind: str
    detail: str | None = None
    value: object = None


class Facts:
    """No facts: the static analysis. The kernel subclasses this."""

    keras_version: int | None = None  # the Keras actually imported, when known
    versions_source: str = ""

    def get_global(self, module: str, name: str) -> GlobalFact | None:
        return None

    def get_observed(self, unit_id: str, qualname: str) -> ObservedCalls | None:
        return None

    def get_benchmark(self, unit_id: str, qualname: str) -> dict | None:
        """The last in-place benchmark of the function: the report's `benchmark` field (SPEC 5, 8)."""
        return None

    def get_verification(self, unit_id: str, qualname: str) -> dict | None:
        """The last check of its rewrite against observed calls (SPEC 8.1): `verified` true, false
        (`what` and `detail` say what differed) or null (`reason` says why it did not run)."""
        return None


NO_FACTS = Facts()
