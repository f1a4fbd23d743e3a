"""Abstract values of the tensor dataflow: what an expression may evaluate to.

A value is small and hashable; an expression evaluates to a frozenset of them (a may-set). The
kinds of library objects come from the catalogue (`tensor`, `dataset`, `layer` ...); the others
describe Python and the user's own code.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Iterable

from . import catalogue as api

# Python and program kinds (the catalogue defines the library ones).
UNKNOWN = "unknown"
FUNCTION = "function"  # ref: FunctionInfo
BOUND_METHOD = "bound_method"  # ref: FunctionInfo, receiver: the instance value
CLASS = "class"  # ref: ClassInfo
OBJECT = "object"  # ref: ClassInfo (an instance of a user class)
EXTERNAL = "external"  # ref: a qualified name not in the program (a library function, class or module)
LIBRARY_METHOD = "library_method"  # ref: (receiver kind, method name)
CONTAINER = "container"  # ref: "tuple" | "list" | "dict" | "set"; elements: per-position value sets
RANGE = "range"
PY_ITERATOR = "py_iterator"  # a Python iterator; elements: (element values,)
SUPER = "super"  # ref: the class whose bases are searched
LAMBDA = "lambda"
PARTIAL = "partial"  # functools.partial: ref: the callee value; elements: bound positional arguments,
#                      then bound keyword arguments (keys name them)
TRACING = "tracing"  # `f.get_concrete_function`: receiver: the function value it traces
RECORD_CLASS = "record_class"  # a named tuple class a factory call made; ref: its field names
#: An instance of a named tuple is a tuple CONTAINER whose `keys` name its fields and whose
#: receiver is the CLASS it was built from (None for a class a factory call made).

PRIMITIVE_KINDS = frozenset({api.INT, api.FLOAT, api.STR})
#: Values that hold tensors proper: what TensorFlow operations produce.
GRAPH_TENSOR_KINDS = frozenset({api.TENSOR, api.VARIABLE, api.TENSOR_LIST})
#: What `tf.function` traces by type spec rather than by Python value (SPEC 4.2 "tensor-like"):
#: tensors, variables, and tf.data datasets and iterators, which are composite tensors.
#: NumPy arrays are not among them: a function that only ever receives arrays is NumPy code.
TENSOR_KINDS = GRAPH_TENSOR_KINDS | {api.DATASET, api.ITERATOR}

MAX_DEPTH = 3


@dataclass(frozen=True)
class Value:
    kind: str
    ref: object = None
    elements: tuple[frozenset, ...] = ()
    receiver: "Value | None" = None
    keys: tuple[str, ...] = ()  # a dict literal with string keys: elements[2 + i] holds keys[i]'s value

    def __repr__(self) -> str:
        ref = getattr(self.ref, "qualname", self.ref)
        return f"{self.kind}({ref!r})" if self.ref is not None else self.kind


Values = frozenset  # frozenset[Value]

NOTHING: Values = frozenset()
UNKNOWN_VALUES: Values = frozenset({Value(UNKNOWN)})


def of(kind: str, ref: object = None) -> Values:
    return frozenset({Value(kind, ref)})


def of_result(kind: str) -> Values:
    """The value a library call of the catalogue's `kind` returns: a dict of tensors is a dict
    container (string keys, tensor values), so that `features["ids"]` is a tensor."""
    if kind == api.TENSOR_DICT:
        return frozenset({container("dict", [of(api.STR), of(api.TENSOR)])})
    return of(kind)


def specs_as_tensors(values: Values) -> Values:
    """What a function traced with these arguments receives: a `tf.TensorSpec` (or a nest of them)
    stands for a tensor of that spec."""
    result = set()
    for value in values:
        if value.kind == api.SPEC:
            result.add(Value(api.TENSOR))
        elif value.kind == CONTAINER:
            result.add(Value(CONTAINER, value.ref, tuple(specs_as_tensors(e) for e in value.elements),
                             keys=value.keys))
        else:
            result.add(value)
    return frozenset(result)


def container(kind: str, elements: Iterable[Values], depth: int = 0) -> Value:
    """A tuple/list/dict value; deeper nesting than MAX_DEPTH keeps only whether it holds tensors."""
    return bounded(Value(CONTAINER, kind, tuple(elements)))


def depth_of(elements: tuple[Values, ...]) -> int:
    """How deeply values with elements (containers, iterators, datasets) nest. A functional
    model's element is what calling it returns, not what it holds: it is a leaf."""
    depths = [1 + depth_of(v.elements) for element in elements for v in element
              if v.elements and v.kind != api.MODEL]
    return max(depths, default=0)


def _flatten(values: Values) -> Iterable[Value]:
    for value in values:
        if value.elements and value.kind != api.MODEL:
            for element in value.elements:
                yield from _flatten(element)
            if value.kind != CONTAINER:
                yield Value(value.kind, value.ref)
        else:
            yield value


def bounded(value: Value) -> Value:
    """`value` with its elements flattened when they nest deeper than MAX_DEPTH, so the fixpoint
    cannot build ever deeper values (`x = [x]` in a loop, recursion through returns), and each of
    its element sets widened once it holds more than MAX_VALUES values, so that it cannot hold
    ever more combinations either (a generic helper rebuilding the named tuples it receives from
    its own results: tf-agents' `prune_extra_keys`)."""
    if any(len(element) > MAX_VALUES for element in value.elements):
        value = Value(value.kind, value.ref, tuple(widen(element) if len(element) > MAX_VALUES else element
                                                   for element in value.elements), value.receiver, value.keys)
    if not value.elements or depth_of(value.elements) < MAX_DEPTH:
        return value
    leaves = frozenset(_flatten(frozenset(v for element in value.elements for v in element)))
    if value.kind == CONTAINER and value.ref == "dict":
        return Value(CONTAINER, "dict", (of(api.STR), leaves))
    return Value(value.kind, value.ref, (leaves,), value.receiver)


#: More values than this in one parameter, return or field are widened (see `widen`).
MAX_VALUES = 24


def prune_subsumed(values: Values) -> Values:
    """`values` without each container that another of the same shape covers slot by slot: the
    tuple a function returned while its elements were still being found, `(model, ∅, ∅)`, adds
    nothing to the `(model, strategy, optimizer)` found later, and keeping every such step would
    make the set grow until it is widened, which loses which element is where."""
    containers = [value for value in values if value.kind == CONTAINER and value.elements]
    if len(containers) < 2:
        return values
    covered = {value for value in containers
               if any(other is not value and _covers(other, value) for other in containers)}
    return values - covered if covered else values


def _covers(wide: Value, narrow: Value) -> bool:
    return (wide.ref == narrow.ref and wide.keys == narrow.keys and wide.receiver == narrow.receiver
            and len(wide.elements) == len(narrow.elements)
            and all(a <= b for a, b in zip(narrow.elements, wide.elements)))


def widen(values: Values) -> Values:
    """`values` with every group of structured values of one kind (tuples, lists, dicts, datasets,
    iterators) merged into one whose elements are the join of theirs. A generic helper
    (`flatten(x)`, `to_numpy(x)`) otherwise receives a new container shape from every caller and
    the fixpoint keeps growing (the dataflow widens a set once it holds more than MAX_VALUES, and
    from then on every time); merged, each kind keeps what its elements may be, not where.
    Literals forget their value, library objects become one unknown value, and library methods
    forget their receiver."""
    groups: dict[tuple, list[Value]] = {}
    kept = set()
    for value in values:
        if value.elements and value.kind not in (BOUND_METHOD, PARTIAL):
            groups.setdefault((value.kind, value.ref if value.kind == CONTAINER else None), []).append(value)
        elif value.kind in PRIMITIVE_KINDS or value.kind == api.BOOL:
            kept.add(Value(value.kind))  # some int, not which
        elif value.kind == EXTERNAL:
            kept.add(Value(UNKNOWN))  # some library object: too many to tell apart
        elif value.kind == LIBRARY_METHOD:
            kept.add(Value(LIBRARY_METHOD, value.ref))  # the method, whichever object it is bound to
        else:
            kept.add(value)
    for (kind, ref), members in groups.items():
        if len(members) == 1:
            kept.add(members[0])
            continue
        if kind == CONTAINER and ref == "dict":
            keys = frozenset(v for m in members for v in dict_keys(m))
            items = frozenset(v for m in members for v in dict_values(m))
            kept.add(bounded(Value(CONTAINER, "dict", (keys, items))))
        else:  # the merged elements forget their literals too, so that merging again changes nothing
            joined = frozenset(Value(v.kind) if v.kind in PRIMITIVE_KINDS or v.kind == api.BOOL else v
                               for m in members for element in m.elements for v in element)
            kept.add(bounded(Value(kind, ref, (joined,))))
    return frozenset(kept)


def flatten(values: Values) -> Values:
    """`values` widened, with every structured value keeping only the leaves it holds at any depth
    (a tuple of tuples of tensors becomes a tuple of tensors): the last resort for a value set that
    keeps changing once widened, since flat sets over the program's finitely many leaves settle."""
    result = set()
    for value in widen(values):
        if not value.elements or value.kind in (BOUND_METHOD, PARTIAL):
            result.add(value)
        elif value.kind == CONTAINER and value.ref == "dict":
            result.add(Value(CONTAINER, "dict", (frozenset(_flatten(dict_keys(value))),
                                                 frozenset(_flatten(dict_values(value))))))
        else:
            leaves = frozenset(_flatten(frozenset(v for element in value.elements for v in element)))
            result.add(Value(value.kind, value.ref, (leaves,), value.receiver))
    return frozenset(result)


def dict_keys(value: Value) -> Values:
    """Keys of a dict container (its first element set), unknown when not tracked."""
    return value.elements[0] if value.elements else UNKNOWN_VALUES


def dict_values(value: Value) -> Values:
    """Values of a dict container (its second element set), unknown when not tracked."""
    return value.elements[1] if len(value.elements) > 1 else UNKNOWN_VALUES


def join(*sets: Iterable[Value]) -> Values:
    result = set()
    for values in sets:
        result.update(values)
    return frozenset(result)


def is_tensor_like(value: Value) -> bool:
    """A tensor, a variable, a tf.data dataset or iterator, or a container holding one: what
    `tf.function` traces by its spec. A NumPy array is not (see `is_array_like`)."""
    return _holds_kind(value, TENSOR_KINDS)


def holds_tensor(value: Value) -> bool:
    """A tensor, a variable, a list of them, or a container holding one (not a dataset)."""
    return _holds_kind(value, GRAPH_TENSOR_KINDS)


def is_array_like(value: Value) -> bool:
    """Tensor-like, or a NumPy array: an argument `tf.function` converts to a tensor."""
    return _holds_kind(value, TENSOR_KINDS | {api.NUMPY})


def is_dataset_iterator(value: Value) -> bool:
    """An iterator over a tf.data dataset (or a distributed one): `next()` on it is a graph
    operation inside `tf.function`, unlike on a Python iterator."""
    return value.kind == api.ITERATOR


#: Kinds that may be (or hold) variables: a list of tensors may be `model.trainable_variables`.
VARIABLE_KINDS = frozenset({api.VARIABLE, api.TENSOR_LIST})


def may_hold_variables(value: Value) -> bool:
    """A variable, a list of tensors that may be variables, or a container holding one."""
    return _holds_kind(value, VARIABLE_KINDS)


def _holds_kind(value: Value, kinds: frozenset[str]) -> bool:
    """`value` is of one of `kinds`, or is a container holding such a value."""
    return _holds(value, lambda held: held.kind in kinds)


def _holds(value: Value, test, depth: int = 0) -> bool:
    """`test(value)`, or `value` is a container holding a value that passes it."""
    if test(value):
        return True
    if value.kind == CONTAINER and depth < MAX_DEPTH + 1:
        return any(_holds(v, test, depth + 1) for element in value.elements for v in element)
    return False


def is_primitive(value: Value, booleans: bool = False) -> bool:
    """A Python scalar or string, or a tuple/list of them (`(128, 128)`): part of the trace key."""
    if value.kind == CONTAINER and value.ref in ("tuple", "list") and value.elements:
        members = [v for element in value.elements for v in element]
        return bool(members) and all(is_primitive(v, booleans) for v in members)
    return value.kind in PRIMITIVE_KINDS or (booleans and value.kind == api.BOOL)


#: Libraries whose objects the analysis can reason about; anything else is opaque.
KNOWN_LIBRARY_ROOTS = frozenset(sys.stdlib_module_names) | {"tensorflow", "keras", "tf_keras", "numpy"}
TENSOR_LIBRARY_ROOTS = frozenset({"tensorflow", "keras", "tf_keras"})


def is_opaque(value: Value) -> bool:
    """Unknown, an object of a library the analysis knows nothing of, or an attribute of a
    library object the catalogue does not describe: any of them may be a tensor."""
    if value.kind in (UNKNOWN, LIBRARY_METHOD):
        return True
    if value.kind != EXTERNAL:
        return False
    name = str(value.ref)
    root = name.split(".", 1)[0]
    # What a TensorFlow or Keras API the catalogue does not list returns may be a tensor too.
    return root not in KNOWN_LIBRARY_ROOTS or (root in TENSOR_LIBRARY_ROOTS and "()" in name)


def may_hold_opaque(value: Value) -> bool:
    """Opaque, or a container holding an opaque value (`{"inputs": tokenizer(text)}` with a
    tokenizer of a library the analysis cannot see): it may hold a tensor."""
    return _holds(value, is_opaque)


def element_of(values: Values, index: int | None = None) -> Values:
    """What iterating over (or unpacking at `index`) one of `values` yields."""
    if not values:
        return NOTHING  # not known yet
    result: set[Value] = set()
    for value in values:
        kind = value.kind
        if kind in (api.DATASET, api.ITERATOR) and value.elements:  # its elements' structure: (features, labels) ...
            result.update(element_of(value.elements[0], index) if index is not None else value.elements[0])
        elif kind in (api.TENSOR, api.VARIABLE, api.TENSOR_LIST, api.DATASET):
            result.add(Value(api.TENSOR))
        elif kind == api.NUMPY:
            result.add(Value(api.NUMPY))
        elif kind == CONTAINER:
            if index is not None and value.ref in ("tuple", "list") and len(value.elements) > 1:
                if index < len(value.elements):
                    result.update(value.elements[index])
                else:
                    result.add(Value(UNKNOWN))
            elif value.ref == "dict":  # iterating or unpacking a dict yields its keys
                result.update(dict_keys(value))
            else:
                for element in value.elements:
                    result.update(element)
        elif kind == PY_ITERATOR:
            inner = value.elements[0] if value.elements else UNKNOWN_VALUES
            result.update(element_of(inner, index) if index is not None else inner)
        elif kind == RANGE:
            result.add(Value(api.INT))
        else:
            element = api.element_result(kind)
            result.add(Value(element or UNKNOWN))
    return frozenset(result)  # empty: the containers' elements are not known yet


def iteration_values(values: Values) -> Values:
    """Elements produced by `for x in values`: the container's elements, a dataset's tensors."""
    return element_of(values, None)


def describe_literals(values: Iterable[Value]) -> list[object]:
    """The distinct literal Python values among `values`, in a stable order."""
    literals = {value.ref for value in values if value.kind in PRIMITIVE_KINDS | {api.BOOL}
                and value.ref is not None}
    return sorted(literals, key=lambda literal: (type(literal).__name__, str(literal)))
