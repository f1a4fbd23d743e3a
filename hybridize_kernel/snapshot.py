"""The state a benchmarked function can touch, saved and put back bit for bit (SPEC 8).

`find_variables` walks what a function can reach (its arguments, the globals its code reads, its
closure, `self`, extra objects) and returns every `tf.Variable` found: Keras 3 model, layer,
metric and optimizer variables (slots and `iterations` included), variables held in containers
and attributes, the states of random generators. The walk is breadth-first, bounded in depth and
in the number of objects, and never loops on cycles. Library objects (whatever lives in the
standard library or in site-packages) are looked at through their public `variables` only, or
one level deep: walking all of Keras' internals would be slow and would find nothing more.

`Snapshot` keeps numpy copies of those variables plus Python's, NumPy's and TensorFlow's global
random states, and `restore()` assigns them back. Variables created while the function runs
(Keras 3 builds optimizer slots on the first `apply_gradients`, layers build on their first call)
did not exist before: `watch_creations()` records them, with their initial value, as they are
created eagerly, and `adopt_new_variables()` adds those reachable from the function to what
`restore()` resets, so that they go back to their initial value (zero for optimizer slots: the
optimizer then behaves exactly as if it had never been built). TensorFlow's global generator is
put back to "not created" when the run created it.

Not covered (documented, not detectable cheaply): the hidden state of legacy stateful random ops
(`tf.random.uniform` without a generator keeps per-kernel counters), dataset iterators, lookup
tables, files.
"""
from __future__ import annotations

import collections.abc
import functools
import os
import random
import sys
import sysconfig
import types
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field

#: How deep the walk goes from a root (a global is depth 0, its attribute depth 1, ...).
MAX_DEPTH = 8
#: How many objects the walk visits at most (a cap against huge object graphs).
MAX_OBJECTS = 20_000
#: How many elements of one container are looked at.
MAX_ITEMS = 10_000

_SCALARS = (str, bytes, bytearray, int, float, complex, bool, range, type(None), type(Ellipsis))


@dataclass
class Found:
    """A variable found by the walk: the `tf.Variable` itself, the name shown to the user (the
    Keras path when it has one) and the access path the walk took to reach it."""

    variable: object
    label: str
    path: str
    keras: bool = False


# --- where objects come from ----------------------------------------------------------------

@functools.cache
def _library_prefixes() -> tuple[str, ...]:
    paths = sysconfig.get_paths()
    found = {paths[key] for key in ("stdlib", "platstdlib", "purelib", "platlib") if paths.get(key)}
    found.update(path for path in sys.path if path.endswith(("site-packages", "dist-packages")))
    return tuple(sorted(path.rstrip(os.sep) + os.sep for path in found))


@functools.lru_cache(maxsize=4096)
def is_library_module(name: str | None) -> bool:
    """Whether a module is a library (built in, standard library, site-packages): its objects are
    not the user's. `__main__`, notebook cells and the user's own files are not libraries."""
    if not name or name == "__main__":
        return False
    root = name.split(".")[0]
    if root in sys.builtin_module_names or name in sys.builtin_module_names:
        return True
    module = sys.modules.get(name) or sys.modules.get(root)
    path = getattr(module, "__file__", None) if module is not None else None
    if path is None:
        return False
    return path.startswith(_library_prefixes())


def is_tf_function(value) -> bool:
    """A `tf.function` object (decided on its class: no attribute lookup on the instance)."""
    cls = type(value)
    return (getattr(cls, "__module__", "") or "").startswith("tensorflow.") and hasattr(
        cls, "experimental_get_tracing_count") and hasattr(cls, "python_function")


def _module_of(value) -> str | None:
    owner = value if isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)) else type(value)
    module = getattr(owner, "__module__", None)
    return module if isinstance(module, str) else None


def is_user_object(value) -> bool:
    return not is_library_module(_module_of(value))


# --- the classes of the imported libraries (never imported here) -------------------------------

class _Kinds:
    """TensorFlow and Keras classes, looked up in `sys.modules` (whatever is imported)."""

    def __init__(self) -> None:
        tf = sys.modules.get("tensorflow")
        keras = sys.modules.get("keras")
        self.tf = tf
        self.variable = tf.Variable if tf is not None else ()
        self.keras_variable = getattr(keras, "Variable", ()) if keras is not None else ()
        opaque: list[type] = []
        if tf is not None:
            opaque += [tf.Tensor, tf.TypeSpec, tf.DType, tf.TensorShape, tf.data.Dataset, tf.Operation]
        numpy = sys.modules.get("numpy")
        if numpy is not None:
            opaque += [numpy.ndarray, numpy.generic, numpy.dtype]
        self.opaque = tuple(opaque)
        stateful: list[type] = []  # library objects whose `.variables` lists all their state
        if tf is not None:
            stateful.append(tf.Module)
        for k in (keras, sys.modules.get("tf_keras")):
            if k is None:
                continue
            for path in (("layers", "Layer"), ("optimizers", "Optimizer"), ("metrics", "Metric")):
                value = k
                for part in path:
                    value = getattr(value, part, None)
                if isinstance(value, type):
                    stateful.append(value)
        self.stateful = tuple(stateful)
        model = getattr(keras, "Model", None) if keras is not None else None
        self.model = model if isinstance(model, type) else ()


def _underlying(keras_variable):
    """The `tf.Variable` behind a Keras 3 variable (TensorFlow backend), or None if unbuilt."""
    value = getattr(keras_variable, "_value", None)
    if value is None:
        try:
            value = keras_variable.value
        except Exception:
            return None
    return value


# --- the walk ----------------------------------------------------------------------------------

def iter_code_names(code: types.CodeType):
    """Global and attribute names a code object and its nested code objects read."""
    yield from code.co_names
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from iter_code_names(constant)


def function_roots(function, namespace: dict | None = None) -> list[tuple[str, object]]:
    """What a plain Python function can reach: the globals its code reads (looked up in
    `namespace` first when given), its closure, defaults and `__wrapped__`."""
    roots: list[tuple[str, object]] = []
    code = getattr(function, "__code__", None)
    globals_ = getattr(function, "__globals__", None) or {}
    if code is not None:
        seen = set()
        for name in iter_code_names(code):
            if name in seen:
                continue
            seen.add(name)
            for scope in (namespace, globals_):
                if scope is not None and name in scope:
                    roots.append((f"global {name}", scope[name]))
                    break
        for name, cell in zip(code.co_freevars, getattr(function, "__closure__", None) or ()):
            try:
                roots.append((f"closure {name}", cell.cell_contents))
            except ValueError:  # an empty cell
                pass
    for index, value in enumerate(getattr(function, "__defaults__", None) or ()):
        roots.append((f"default {index}", value))
    for name, value in (getattr(function, "__kwdefaults__", None) or {}).items():
        roots.append((f"default {name}", value))
    wrapped = getattr(function, "__wrapped__", None)
    if wrapped is not None:
        roots.append(("wrapped", wrapped))
    return roots


def find_variables(roots, *, max_depth: int = MAX_DEPTH, max_objects: int = MAX_OBJECTS) -> list[Found]:
    """Every `tf.Variable` reachable from `roots` (pairs of access path and object), once each."""
    kinds = _Kinds()
    if kinds.tf is None:
        return []
    found: dict[int, Found] = {}
    labels: set[str] = set()
    visited: set[int] = set()
    queue: deque = deque((path, value, 0) for path, value in roots)
    keep_alive = []  # ids are only unique among live objects

    def register(variable, label: str, path: str, keras: bool) -> None:
        key = id(variable)
        known = found.get(key)
        if known is not None:
            if keras and not known.keras:  # prefer the Keras path to the bare tf name
                labels.discard(known.label)
                known.label, known.keras = _unique(label, path, labels), True
                labels.add(known.label)
            return
        label = _unique(label, path, labels)
        labels.add(label)
        found[key] = Found(variable, label, path, keras)
        keep_alive.append(variable)

    def push(path: str, value, depth: int) -> None:
        if depth <= max_depth and not isinstance(value, _SCALARS):
            queue.append((path, value, depth))

    while queue and len(visited) < max_objects:
        path, value, depth = queue.popleft()
        if isinstance(value, _SCALARS) or id(value) in visited:
            continue
        visited.add(id(value))
        keep_alive.append(value)
        if kinds.keras_variable and isinstance(value, kinds.keras_variable):
            variable = _underlying(value)
            if variable is not None and isinstance(variable, kinds.variable):
                register(variable, str(getattr(value, "path", None) or value.name), path, True)
            continue
        if isinstance(value, kinds.variable):
            register(value, value.name, path, False)
            continue
        if isinstance(value, (types.ModuleType, *kinds.opaque)):
            continue
        for child_path, child in _children(value, path, kinds):
            push(child_path, child, depth + 1)
    return list(found.values())


def _unique(label: str, path: str, labels: set[str]) -> str:
    return label if label not in labels else f"{label} ({path})"


def _children(value, path: str, kinds: _Kinds):
    """The objects one step away from `value` that may hold variables."""
    if isinstance(value, collections.abc.Mapping):
        try:
            items = list(value.items())[:MAX_ITEMS]
        except Exception:
            return
        for key, item in items:
            yield f"{path}[{key!r}]", item
        return
    if isinstance(value, (list, tuple, set, frozenset, deque, collections.abc.Sequence)):
        try:
            items = list(value)[:MAX_ITEMS]
        except Exception:
            return
        for index, item in enumerate(items):
            yield f"{path}[{index}]", item
        return
    if isinstance(value, types.MethodType):
        yield f"{path}.__self__", value.__self__
        yield path, value.__func__
        return
    if isinstance(value, functools.partial):
        yield f"{path}.func", value.func
        for index, item in enumerate(value.args):
            yield f"{path}.args[{index}]", item
        for key, item in (value.keywords or {}).items():
            yield f"{path}.keywords[{key!r}]", item
        return
    if isinstance(value, types.FunctionType):
        if is_user_object(value):
            for name, child in function_roots(value):
                yield f"{path} -> {name}", child
        return
    if is_tf_function(value):
        yield f"{path}.python_function", value.python_function
        return
    if type(value).__name__ == "TfMethodTarget":  # the instance a bound tf.function method runs on
        yield f"{path}.target", getattr(value, "target", None)
        return
    if isinstance(value, type):
        if is_user_object(value):  # a notebook class: class attributes and methods
            for name, child in list(vars(value).items()):
                if not (name.startswith("__") and name.endswith("__")):
                    yield f"{path}.{name}", child
        return
    user = is_user_object(value)
    if kinds.stateful and isinstance(value, kinds.stateful):
        try:
            variables = list(value.variables)
        except Exception:
            variables = []
        for index, variable in enumerate(variables):
            yield f"{path}.variables[{index}]", variable
        if kinds.model and isinstance(value, kinds.model):
            attributes = _attributes(value)
            if attributes.get("optimizer") is not None:
                yield f"{path}.optimizer", attributes["optimizer"]
            try:
                for index, metric in enumerate(value.metrics):
                    yield f"{path}.metrics[{index}]", metric
            except Exception:
                pass
    if user:
        yield f"{path}.__class__", type(value)
        for name, child in _attributes(value).items():
            yield f"{path}.{name}", child
    elif not (kinds.stateful and isinstance(value, kinds.stateful)):
        # a library object (tf.random.Generator, Keras SeedGenerator...): the variables it holds
        # directly, nothing deeper
        for name, child in _attributes(value).items():
            if (isinstance(child, kinds.variable)
                    or (kinds.keras_variable and isinstance(child, kinds.keras_variable))):
                yield f"{path}.{name}", child


def _attributes(value) -> dict:
    """Instance attributes (`__dict__` and `__slots__`), read without running properties."""
    attributes = {}
    try:
        attributes.update(object.__getattribute__(value, "__dict__"))
    except (AttributeError, TypeError):
        pass
    for cls in type(value).__mro__:
        for name in getattr(cls, "__slots__", ()) if isinstance(getattr(cls, "__slots__", ()), (tuple, list)) else ():
            if name in ("__dict__", "__weakref__") or name in attributes:
                continue
            try:
                attributes[name] = object.__getattribute__(value, name)
            except AttributeError:
                pass
    return attributes


# --- global random states -----------------------------------------------------------------------

def _global_generator_module():
    try:
        from tensorflow.python.ops import stateful_random_ops  # private: guarded
    except Exception:
        return None
    return stateful_random_ops if hasattr(stateful_random_ops, "global_generator") else None


def _keras_seed_generator():
    if "keras" not in sys.modules:
        return None
    try:
        from keras.src.backend.common import global_state
    except Exception:
        return None
    return global_state.get_global_attribute("global_seed_generator")


def _eager_context():
    try:
        from tensorflow.python.eager import context
    except Exception:
        return None
    return context.context()


def random_roots() -> list[tuple[str, object]]:
    """The global random generators that exist now (their state variables are snapshotted)."""
    roots = []
    module = _global_generator_module()
    if module is not None and module.global_generator is not None:
        roots.append(("tf.random global generator", module.global_generator))
    generator = _keras_seed_generator()
    if generator is not None:
        roots.append(("keras global seed generator", generator))
    return roots


# --- the snapshot ---------------------------------------------------------------------------------

@dataclass
class Tracked:
    variable: object
    label: str
    saved: object  # numpy copy
    created: bool = False  # did not exist when the snapshot was taken: `saved` is its initial value


@dataclass
class Snapshot:
    """Saved state; `restore()` puts it back. Take it with `take_snapshot`."""

    roots: list[tuple[str, object]]
    tracked: dict[int, Tracked] = field(default_factory=dict)
    python_random: object = None
    numpy_random: object = None
    op_seed_random: object = None  # the eager context's Python RNG drawing op seeds (after set_seed)
    had_global_generator: bool = True
    creations: dict[int, Tracked] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    # -- saving ----------------------------------------------------------------------------------
    def _save_randomness(self) -> None:
        self.python_random = random.getstate()
        numpy = sys.modules.get("numpy")
        self.numpy_random = numpy.random.get_state() if numpy is not None else None
        context = _eager_context()
        rng = getattr(context, "_rng", None) if context is not None else None
        self.op_seed_random = rng.getstate() if rng is not None else None
        module = _global_generator_module()
        self.had_global_generator = module is None or module.global_generator is not None

    def _track(self, found: list[Found]) -> None:
        for item in found:
            if id(item.variable) not in self.tracked:
                try:
                    saved = _copy(item.variable)
                except Exception as error:  # uninitialized, not readable on this device...
                    self.warnings.append(f"could not save {item.label} ({type(error).__name__}): left out")
                    continue
                self.tracked[id(item.variable)] = Tracked(item.variable, item.label, saved)

    # -- variables created during the run --------------------------------------------------------
    @contextmanager
    def watch_creations(self):
        """Record every variable created eagerly inside the block, with its initial value."""
        tf = sys.modules["tensorflow"]

        def creator(next_creator, **kwargs):
            variable = next_creator(**kwargs)
            if tf.executing_eagerly() and id(variable) not in self.tracked:
                try:
                    self.creations[id(variable)] = Tracked(variable, variable.name, _copy(variable), True)
                except Exception:  # not readable yet (uninitialized): nothing to restore to
                    pass
            return variable

        with tf.variable_creator_scope(creator):
            yield

    def adopt_new_variables(self) -> list[str]:
        """Track the variables reachable now that did not exist at the snapshot; those created
        eagerly during the run are reset to their initial value from now on. Returns the labels of
        new reachable variables whose initial value is unknown (left as they are)."""
        unknown = []
        for item in find_variables(self.roots + random_roots()):
            key = id(item.variable)
            if key in self.tracked:
                continue
            created = self.creations.get(key)
            if created is not None:
                created.label = item.label
                self.tracked[key] = created
            else:
                unknown.append(item.label)
        self.creations.clear()
        return unknown

    # -- restoring -------------------------------------------------------------------------------
    def restore(self) -> None:
        """Assign every saved value back and reset the random states."""
        failures = []
        for item in self.tracked.values():
            try:
                item.variable.assign(item.saved)
            except Exception as error:  # report it, and keep restoring the others
                failures.append(f"{item.label}: {type(error).__name__}: {error}")
        random.setstate(self.python_random)
        numpy = sys.modules.get("numpy")
        if self.numpy_random is not None and numpy is not None:
            numpy.random.set_state(self.numpy_random)
        context = _eager_context()
        rng = getattr(context, "_rng", None) if context is not None else None
        if rng is not None and self.op_seed_random is not None:
            rng.setstate(self.op_seed_random)
        if failures:
            message = "could not restore " + "; ".join(failures)
            if message not in self.warnings:
                self.warnings.append(message)

    def forget_created_global_generator(self) -> None:
        """Put TensorFlow's global generator back to "not created" if the run created it."""
        module = _global_generator_module()
        if module is not None and not self.had_global_generator and module.global_generator is not None:
            module.global_generator = None

    # -- reading ---------------------------------------------------------------------------------
    def current_values(self) -> dict[int, tuple[str, object]]:
        """Copies of every tracked variable's current value: id -> (label, numpy array)."""
        return {key: (item.label, _copy(item.variable)) for key, item in self.tracked.items()}

    def labels(self) -> list[str]:
        return [item.label for item in self.tracked.values()]


def take_snapshot(roots: list[tuple[str, object]]) -> Snapshot:
    """Save every variable reachable from `roots` and the global random states."""
    snapshot = Snapshot(list(roots))
    snapshot._save_randomness()
    snapshot._track(find_variables(snapshot.roots + random_roots()))
    return snapshot


def _copy(variable):
    import numpy

    return numpy.array(variable.numpy(), copy=True)
