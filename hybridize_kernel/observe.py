"""`%hybridize observe on|off`: record how notebook functions are really called.

Functions defined in notebook cells are replaced in the namespace by transparent wrappers
(`functools.wraps`: same name, docstring and signature; same return value and exceptions);
methods of notebook classes, Keras `call` included, are wrapped on the class; `tf.function`
objects keep their identity and only change class to a subclass whose `__call__` records first.
Off (and unloading) puts every original object back. Recording is cheap: tensors are described
by dtype and shape, nothing is copied, and only the last few argument tuples are kept, by
reference, for the benchmark.
"""
from __future__ import annotations

import functools
import inspect
import types
from collections import deque
from dataclasses import dataclass, field

from hybridize_analysis.facts import CallSignature, ObservedCalls

from .session import Location, Session
from .values import describe_argument, is_tf_function, quick_key

#: Distinct argument signatures kept per function; later new ones are counted but not kept.
MAX_SIGNATURES = 32
#: Argument tuples kept by reference for benchmarking.
RECENT_CALLS = 3
#: Namespace names never touched.
_RESERVED = frozenset({"In", "Out", "exit", "quit", "get_ipython"})


@dataclass
class Record:
    """What was seen of one function's calls."""

    qualname: str
    function: object  # the live object observed (plain function or tf.function)
    binder: "Binder"
    count: int = 0
    signatures: dict[CallSignature, None] = field(default_factory=dict)  # distinct, ordered
    recent: deque = field(default_factory=lambda: deque(maxlen=RECENT_CALLS))
    failures: int = 0  # calls whose arguments could not be described (never affects the call)
    seen: set = field(default_factory=set)  # quick keys of the signatures already described

    def note(self, args: tuple, kwargs: dict) -> None:
        self.count += 1
        self.recent.append((args, kwargs))
        if len(self.signatures) >= MAX_SIGNATURES:
            return
        try:
            pairs = self.binder.bind(args, kwargs)
            key = tuple((name, quick_key(value)) for name, value in pairs)
            try:
                if key in self.seen:
                    return
            except TypeError:  # an unhashable shape or dtype: describe every time
                key = None
            signature = CallSignature(tuple((name, describe_argument(value)) for name, value in pairs))
            self.signatures[signature] = None
            if key is not None and all(part is not None for _, part in key) and len(self.seen) < 4 * MAX_SIGNATURES:
                self.seen.add(key)
        except Exception:  # unhashable values, odd signatures: the call itself must go on
            self.failures += 1

    def to_observed(self) -> ObservedCalls:
        tracing = None
        if is_tf_function(self.function):
            try:
                tracing = self.function.experimental_get_tracing_count()
            except Exception:
                tracing = None
        return ObservedCalls(self.count, list(self.signatures), tracing)


class Binder:
    """Maps call arguments to parameter names, skipping `self` for methods.

    The common case (positional and keyword arguments of plain parameters) avoids
    `inspect.Signature.bind_partial`, which is slow; everything else goes through it.
    """

    def __init__(self, function, skip_first: bool) -> None:
        self.signature = inspect.signature(function)
        parameters = list(self.signature.parameters.values())
        plain = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        self.skipped = parameters[0].name if skip_first and parameters and parameters[0].kind in plain else None
        self.positional = [p.name for p in parameters if p.kind in plain]
        self.order = {p.name: index for index, p in enumerate(parameters)}
        self.simple = all(p.kind in plain or p.kind == inspect.Parameter.KEYWORD_ONLY for p in parameters)

    def bind(self, args: tuple, kwargs: dict) -> list[tuple[str, object]]:
        if self.simple and len(args) <= len(self.positional):
            pairs = list(zip(self.positional, args))
            if kwargs:
                pairs += sorted(kwargs.items(), key=lambda item: self.order.get(item[0], len(self.order)))
        else:
            pairs = []
            for name, value in self.signature.bind_partial(*args, **kwargs).arguments.items():
                kind = self.signature.parameters[name].kind
                if kind == inspect.Parameter.VAR_POSITIONAL:
                    pairs += [(name, item) for item in value]
                elif kind == inspect.Parameter.VAR_KEYWORD:
                    pairs += list(value.items())
                else:
                    pairs.append((name, value))
        return [pair for pair in pairs if pair[0] != self.skipped] if self.skipped else pairs


def make_wrapper(function, record: Record):
    """A transparent recording wrapper (kept tiny: it runs on every call)."""
    note = record.note

    @functools.wraps(function)
    def observed(*args, **kwargs):
        note(args, kwargs)
        return function(*args, **kwargs)

    observed.__hybridize_original__ = function
    observed.__hybridize_record__ = record
    return observed


_OBSERVED_CLASSES: dict[type, type] = {}


def observed_class(cls: type) -> type:
    """A subclass of a `tf.function` class whose `__call__` records, then calls as before."""
    found = _OBSERVED_CLASSES.get(cls)
    if found is None:
        call = cls.__call__

        def __call__(self, *args, **kwargs):
            record = self.__dict__.get("_hybridize_record")
            if record is not None:
                record.note(args, kwargs)
            return call(self, *args, **kwargs)

        found = _OBSERVED_CLASSES[cls] = type(cls.__name__, (cls,), {
            "__call__": __call__, "__module__": cls.__module__, "__qualname__": cls.__qualname__,
            "__hybridize_base__": cls})
    return found


class Observer:
    """Wraps and unwraps the namespace; answers what calls were seen."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.active = False
        self.records: dict[tuple[str, str], Record] = {}  # (unit id, qualname) -> latest record
        self._names: dict[str, object] = {}  # namespace name -> the wrapper or hybrid we installed
        self._methods: dict[tuple[type, str], tuple[object, object]] = {}  # (class, attr) -> (original, wrapper)
        self._hybrids: dict[int, object] = {}  # id -> tf.function objects whose class we changed
        self._ignored: dict[int, object] = {}  # id -> objects found not to be notebook functions

    # -- switching ----------------------------------------------------------------------------
    def start(self) -> None:
        self.active = True
        self.refresh()

    def stop(self) -> None:
        """Put every original object back (names the user rebound since are left alone)."""
        self.active = False
        namespace = self.session.shell.user_ns
        for name, installed in list(self._names.items()):
            if namespace.get(name) is installed and hasattr(installed, "__hybridize_original__"):
                namespace[name] = installed.__hybridize_original__
        for (cls, attr), (original, wrapper) in list(self._methods.items()):
            if cls.__dict__.get(attr) is wrapper:
                setattr(cls, attr, original)
        for hybrid in list(self._hybrids.values()):
            _restore_hybrid(hybrid)
        self._names.clear()
        self._methods.clear()
        self._hybrids.clear()

    def refresh(self) -> None:
        """Wrap what is new or redefined in the namespace (run after every cell)."""
        if not self.active:
            return
        namespace = self.session.shell.user_ns
        for name, value in list(namespace.items()):
            if name.startswith("_") or name in _RESERVED or self._ignored.get(id(value)) is value:
                continue
            if isinstance(value, types.FunctionType):
                if value.__module__ != "__main__":
                    self._ignored[id(value)] = value
                    continue
                if not hasattr(value, "__hybridize_record__"):
                    self._wrap_name(namespace, name, value)
            elif isinstance(value, type):
                if value.__module__ == "__main__":
                    self._wrap_methods(value)
            elif is_tf_function(value):
                self._observe_hybrid(value)

    # -- reading -------------------------------------------------------------------------------
    def get_observed(self, unit_id: str, qualname: str) -> ObservedCalls | None:
        record = self.records.get((unit_id, qualname))
        return record.to_observed() if record is not None and record.count else None

    def get_recent_arguments(self, qualname: str) -> list[tuple[tuple, dict]]:
        """The last few `(args, kwargs)` a function was called with, by reference (methods include
        `self` as the first argument). The function the namespace binds now wins, then the one
        defined last."""
        live = _resolve(self.session.shell.user_ns, qualname)
        record = self.record_for(live) if live is not None else None
        if record is None:
            records = [record for (_, name), record in self.records.items() if name == qualname]
            record = records[-1] if records else None
        return list(record.recent) if record is not None else []

    def record_for(self, function) -> Record | None:
        """The record kept for a live function (wrapper, original or tf.function)."""
        record = getattr(function, "__hybridize_record__", None)
        if record is None and is_tf_function(function):
            record = function.__dict__.get("_hybridize_record")
        return record

    # -- wrapping -------------------------------------------------------------------------------
    def _record(self, location: Location, function, skip_first: bool, inner=None) -> Record | None:
        key = (location.unit_id, location.qualname)
        record = self.records.get(key)
        if record is not None and record.function is function:
            return record
        try:
            binder = Binder(inner or function, skip_first)
        except (TypeError, ValueError):
            return None
        if record is not None and _same_code(record.function, function):
            record.function, record.binder = function, binder  # re-applied or re-decorated: keep counting
            return record
        self.records.pop(key, None)  # a new definition: it goes last, as the latest
        record = self.records[key] = Record(location.qualname, function, binder)
        return record

    def _wrap_name(self, namespace: dict, name: str, function) -> None:
        location = self.session.locate(function, name) if _is_wrappable(function) else None
        if not isinstance(location, Location):
            self._ignored[id(function)] = function
            return
        record = self._record(location, function, skip_first=False)
        if record is not None:
            wrapper = make_wrapper(function, record)
            namespace[name] = wrapper
            self._names[name] = wrapper

    def _wrap_methods(self, cls: type) -> None:
        for attr, member in list(cls.__dict__.items()):
            if attr.startswith("__") and attr != "__call__":
                continue
            if not isinstance(member, types.FunctionType) or hasattr(member, "__hybridize_record__"):
                continue
            if not _is_wrappable(member):
                continue
            location = self.session.locate(member)
            if not isinstance(location, Location):
                continue
            record = self._record(location, member, skip_first=True)
            if record is not None:
                wrapper = make_wrapper(member, record)
                setattr(cls, attr, wrapper)
                self._methods[(cls, attr)] = (member, wrapper)

    def _observe_hybrid(self, hybrid) -> None:
        if id(hybrid) in self._hybrids or type(hybrid).__dict__.get("__hybridize_base__"):
            return
        python_function = inspect.unwrap(hybrid.python_function)
        location = self.session.locate(python_function)
        if not isinstance(location, Location):
            self._ignored[id(hybrid)] = hybrid
            return
        record = self._record(location, hybrid, skip_first=False, inner=python_function)
        if record is None:
            return
        try:
            hybrid.__dict__["_hybridize_record"] = record
            hybrid.__class__ = observed_class(type(hybrid))
        except (TypeError, AttributeError):
            hybrid.__dict__.pop("_hybridize_record", None)
            return
        self._hybrids[id(hybrid)] = hybrid


def _restore_hybrid(hybrid) -> None:
    base = type(hybrid).__dict__.get("__hybridize_base__")
    if base is not None:
        hybrid.__class__ = base
    hybrid.__dict__.pop("_hybridize_record", None)


def _resolve(namespace: dict, qualname: str):
    """The live object of `f` or `Class.method` (the class attribute itself, not a bound method)."""
    parts = qualname.split(".")
    value = namespace.get(parts[0])
    for part in parts[1:]:
        value = value.__dict__.get(part) if isinstance(value, type) else None
    return value


def unwrap_observed(value):
    """The original object behind an observation wrapper (the value itself otherwise)."""
    return getattr(value, "__hybridize_original__", value)


def _is_wrappable(function) -> bool:
    """Plain synchronous functions only: wrapping generators or coroutines would change what
    `inspect.isgeneratorfunction` and `asyncio.iscoroutinefunction` say about them."""
    return not (inspect.isgeneratorfunction(function) or inspect.iscoroutinefunction(function)
                or inspect.isasyncgenfunction(function) or function.__name__ == "<lambda>")


def _same_code(old, new) -> bool:
    def code(value):
        value = getattr(value, "python_function", value)
        return getattr(inspect.unwrap(value), "__code__", None)
    return code(old) is not None and code(old) is code(new)
