"""Branches that never run: `if isinstance(inputs, list):` when `inputs` is never a list.

Library code checks the type of what it was given and warns or converts in a branch
(`if isinstance(inputs, list): logging.warning("List inputs are discouraged")`). When every value
the dataflow found for the checked name is of another type, the branch does not run, and what it
would do (log, mutate) is not an effect of the function. Only types the dataflow knows for certain
count: a dict literal is not a list, a tensor is not a dict; an object of unknown type may be
anything, so its branch may run.
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..syntax import is_call_trailer
from . import catalogue as api
from .values import CONTAINER, EXTERNAL, Value

#: The builtin and `collections.abc` classes a guard may test, as the container kinds they admit.
_ADMITS = {
    "builtins.list": {"list"}, "builtins.tuple": {"tuple"}, "builtins.dict": {"dict"},
    "builtins.set": {"set"}, "builtins.frozenset": {"set"}, "builtins.str": {"str"},
    "collections.abc.Mapping": {"dict"}, "collections.abc.MutableMapping": {"dict"},
    "typing.Mapping": {"dict"}, "typing.Dict": {"dict"}, "typing.List": {"list"},
    "collections.abc.Sequence": {"list", "tuple", "str"}, "typing.Sequence": {"list", "tuple", "str"},
}
#: Values that are never instances of a builtin container or `str`: TensorFlow, Keras and NumPy
#: objects and Python numbers. (A `tensor_list` may be a list or a tuple; a NumPy scalar may be a
#: float, which no guard here tests.)
_NEVER_CONTAINERS = frozenset({
    api.TENSOR, api.VARIABLE, api.DATASET, api.ITERATOR, api.NUMPY, api.SPEC, api.SHAPE, api.DTYPE,
    api.LAYER, api.MODEL, api.OPTIMIZER, api.LOSS, api.METRIC, api.TAPE, api.GENERATOR, api.TENSOR_ARRAY,
    api.INT, api.FLOAT, api.BOOL, api.NONE, api.STRATEGY,
})


def never_runs(dataflow, node: NodeOrLeaf, function_node: NodeOrLeaf) -> bool:
    """Whether `node` sits, within `function_node`, in an `if` branch whose `isinstance` test is
    false for every value the tested name may hold (or in the `else` of one that is always true)."""
    child, parent = node, node.parent
    while parent is not None and parent is not function_node:
        if parent.type == "if_stmt":
            index = parent.children.index(child)
            keyword = getattr(parent.children[index - 3], "value", None) if index >= 3 else None
            if keyword in ("if", "elif") and _guard_verdict(dataflow, parent.children[index - 2]) is False:
                return True
            if index >= 2 and getattr(parent.children[index - 2], "value", None) == "else" \
                    and len(parent.children) == 7 and _guard_verdict(dataflow, parent.children[1]) is True:
                return True  # `if guard: ... else: <here>`
        child, parent = parent, parent.parent
    return False


def _guard_verdict(dataflow, test: NodeOrLeaf) -> bool | None:
    """True or False when `test` is an `isinstance` guard (or its negation) the values decide."""
    if test.type == "not_test":
        inner = _guard_verdict(dataflow, test.children[1])
        return None if inner is None else not inner
    if test.type not in ("atom_expr", "power") or len(test.children) != 2 or not is_call_trailer(test.children[1]):
        return None
    if dataflow.eval(test.children[0]) != {Value(EXTERNAL, "builtins.isinstance")}:
        return None
    arguments = test.children[1].children[1] if len(test.children[1].children) == 3 else None
    if arguments is None or arguments.type != "arglist" or len(arguments.children) != 3:
        return None
    tested, classes = arguments.children[0], arguments.children[2]
    admitted = _admitted_kinds(dataflow, classes)
    values = dataflow.eval(tested)
    if admitted is None or not values:
        return None
    if all(_never_instance(value, admitted) for value in values):
        return False
    if all(value.kind == CONTAINER and value.ref in admitted or value.kind == api.STR and "str" in admitted
           for value in values):
        return True
    return None


def _admitted_kinds(dataflow, classes: NodeOrLeaf) -> set[str] | None:
    """The container kinds the class (or tuple of classes) admits; None for any other class."""
    nodes = [classes]
    if classes.type == "atom" and classes.children[0].value == "(" and len(classes.children) == 3:
        inner = classes.children[1]
        nodes = [c for c in inner.children if c.type != "operator"] if inner.type == "testlist_comp" else [inner]
    admitted: set[str] = set()
    for node in nodes:
        values = dataflow.eval(node)
        names = {api.normalize(value.ref) for value in values if value.kind == EXTERNAL}
        if len(values) != 1 or len(names) != 1 or next(iter(names)) not in _ADMITS:
            return None
        admitted |= _ADMITS[next(iter(names))]
    return admitted


def _never_instance(value: Value, admitted: set[str]) -> bool:
    if value.kind == CONTAINER:
        return value.ref not in admitted
    if value.kind == api.STR:
        return "str" not in admitted
    return value.kind in _NEVER_CONTAINERS
