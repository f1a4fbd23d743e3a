"""`has_tensor_parameter` and `has_primitive_parameter` from the dataflow's facts (SPEC 4.2).

Three-valued: True when some call site passes one (or a type hint says so), False when every call
site is known and none does, None when a function is never called, escapes to code the analysis
cannot see, or receives values it cannot tell.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..callgraph import DIRECT, KERAS_CALL, METHOD, CallSite
from ..model import FunctionInfo
from ..model.scopes import LoopVariable
from ..rules.base import Assumption
from ..syntax import get_code_without_prefix, iter_call_arguments, iter_nodes
from . import catalogue as api
from .dataflow import Dataflow, _is_inside, _is_method
from .hints import hint_names
from .values import CONTAINER, describe_literals, is_opaque, is_primitive, is_tensor_like, may_hold_opaque

TENSOR_HINTS = frozenset({
    "tensorflow.Tensor", "tensorflow.Variable", "tensorflow.RaggedTensor", "tensorflow.SparseTensor",
    "tensorflow.TensorSpec", "tensorflow.types.experimental.TensorLike", "tensorflow.types.experimental.Tensor",
    "tensorflow.IndexedSlices", "tensorflow.experimental.ExtensionType", "keras.KerasTensor",
    # datasets and their iterators yield tensors: tensor-like for the tables
    "tensorflow.data.Dataset", "tensorflow.data.Iterator", "tensorflow.distribute.DistributedDataset",
    "tensorflow.distribute.DistributedIterator",
})
PRIMITIVE_HINTS = {"builtins.int": "int", "builtins.float": "float", "builtins.str": "str"}


@dataclass
class Verdict:
    """A three-valued property with what the user needs to read it."""

    value: bool | None
    parameter: str | None = None  # the parameter that decided it
    kinds: list[str] = field(default_factory=list)  # Python types seen (primitives)
    literals: list[object] = field(default_factory=list)
    undetermined: list[str] = field(default_factory=list)  # parameters that stayed unknown
    assumptions: list[Assumption] = field(default_factory=list)
    #: (parameter, its distinct constant values) when every primitive parameter takes only a few
    #: known constants: each traces at most that many graphs.
    few_values: list[tuple[str, list[object]]] = field(default_factory=list)


def get_parameters(function: FunctionInfo) -> list[tuple[int, object]]:
    """(index, parso param) of the parameters that can receive arguments: not `self`/`cls`."""
    params = list(enumerate(function.get_params()))
    return params[1:] if _is_method(function) else params


def _is_instance_method(dataflow: Dataflow, function: FunctionInfo) -> bool:
    return _is_method(function) and function not in dataflow.classmethods and bool(function.get_params())


def _has_input_signature(function: FunctionInfo) -> bool:
    """A hybrid function with an `input_signature` receives every argument as a tensor."""
    return function.hybrid is not None and "input_signature" in function.hybrid.arguments


def _is_unseen(dataflow: Dataflow, function: FunctionInfo) -> bool:
    """No call site the analysis can see, or callers it cannot see."""
    return dataflow.call_counts.get(function, 0) == 0 or function in dataflow.escaping


def tensor_parameter(dataflow: Dataflow, function: FunctionInfo) -> Verdict:
    if _is_instance_method(dataflow, function) and dataflow.keras.is_tensor_class(function.cls) \
            and not dataflow.is_property(function):
        # `self` of a tensor type (an extension type, a composite tensor) is a traced tensor input
        return Verdict(True, function.get_params()[0].name.value)
    params = get_parameters(function)
    if not params:
        return Verdict(False)
    if _has_input_signature(function):
        return Verdict(True, params[0][1].name.value)
    for _, param in params:
        if _has_tensor_hint(dataflow, param):
            return Verdict(True, param.name.value, assumptions=[_hint_assumption(function, param)])
    for index, param in params:
        if any(is_tensor_like(value) or dataflow.is_tensor_object(value)
               for value in dataflow.params[(function, index)]):
            return Verdict(True, param.name.value)
    # a tuple or dict holding what a library the analysis cannot see returned may hold a tensor
    return _false_unless_unseen(dataflow, function, params, may_hold_opaque)


def primitive_parameter(dataflow: Dataflow, function: FunctionInfo, booleans: bool = False,
                        few_values: int = 2, callers: list[CallSite] = ()) -> Verdict:
    """True when a parameter receives Python scalars. When every such parameter only ever takes at
    most `few_values` known constants, the verdict stays True (the paper's property) and lists them
    in `few_values`: the default tables do not count them as a retracing hazard. `callers`, the
    call sites reaching `function`, count the lists and tuples they write out."""
    params = get_parameters(function)
    if not params or _has_input_signature(function):
        return Verdict(False)
    hints = dict(PRIMITIVE_HINTS, **({"builtins.bool": "bool"} if booleans else {}))
    few: list[tuple[str, list[object]]] = []
    first: Verdict | None = None
    for index, param in params:
        values = dataflow.params[(function, index)]
        primitives = [value for value in values if is_primitive(value, booleans)]
        fields = _object_fields(dataflow, values, booleans)
        if not primitives and not fields:
            continue
        kinds = sorted({_kind_label(value) for value in primitives} | {label for label, _ in fields})
        verdict = Verdict(True, param.name.value, kinds=kinds,
                          literals=describe_literals(primitives + [value for _, value in fields]))
        constants = None if fields else _few_constants(dataflow, function, index, param, few_values, callers)
        if constants is None:
            return verdict
        few.append((param.name.value, constants))
        first = first or verdict
    for index, param in params:
        if param.annotation is None or any(name == param.name.value for name, _ in few):
            continue
        hinted = hint_names(dataflow.program, param.annotation) & set(hints)
        if not hinted:
            continue
        verdict = Verdict(True, param.name.value, kinds=sorted(hints[name] for name in hinted),
                          assumptions=[_hint_assumption(function, param)])
        # `repeat: int = 1` that every seen call site leaves at its default traces once
        constants = _few_constants(dataflow, function, index, param, few_values, callers)
        if constants is None:
            return verdict
        few.append((param.name.value, constants))
        first = first or verdict
    if first is not None:
        first.few_values = few
        return first
    # a parameter hinted as a tensor (`u: tf.Tensor`) is no Python scalar, whoever calls it
    # (the tensor property records the hint as a TYPE_INFERENCING assumption)
    unhinted = [(index, param) for index, param in params if not _has_tensor_hint(dataflow, param)]
    return _false_unless_unseen(dataflow, function, unhinted) if unhinted else Verdict(False)


def _has_tensor_hint(dataflow: Dataflow, param) -> bool:
    return param.annotation is not None and bool(hint_names(dataflow.program, param.annotation) & TENSOR_HINTS)


def _few_constants(dataflow: Dataflow, function: FunctionInfo, index: int, param, limit: int,
                   callers: list[CallSite]) -> list | None:
    """The distinct constants parameter `index` receives, when every call site is seen and passes
    (or defaults to) at most `limit` literal values beside tensors; None otherwise."""
    if limit <= 0 or _is_unseen(dataflow, function):
        return None
    values = set(dataflow.params[(function, index)])
    if param.default is not None and (function, index) in dataflow.defaulted:
        values |= dataflow.eval(param.default)
    constants = set()
    for value in values:
        if is_tensor_like(value):
            continue  # a tensor retraces on its dtype and shape, never on its value
        if value.kind == CONTAINER:
            return _few_literal_arguments(dataflow, function, index, param, limit, callers)
        if value.kind not in (api.INT, api.FLOAT, api.STR, api.BOOL, api.NONE) or \
                (value.kind != api.NONE and value.ref is None):
            return None  # a value computed at run time (a loop counter) may take any number of values
        constants.add((value.kind, value.ref))
    if len(constants) > limit:
        return None
    return sorted((ref for _, ref in constants), key=lambda ref: (type(ref).__name__, str(ref)))


def _few_literal_arguments(dataflow: Dataflow, function: FunctionInfo, index: int, param, limit: int,
                           callers: list[CallSite]) -> list | None:
    """The distinct literals the call sites write for parameter `index` (its default where a call
    leaves it out), when each of them writes one or passes a tensor and there are at most `limit`:
    `model([[2.0, 2.0, 2.0]])` passes one list of floats, which traces once. None when a call passes
    anything else."""
    literals = set()
    for site in callers:
        how = site.targets[function]
        if how not in (DIRECT, METHOD, KERAS_CALL):
            return None
        if any(keyword is None and node.type == "argument" and node.children[0].type == "operator"
               for keyword, node in iter_call_arguments(site.trailer)):
            return None  # `*args` or `**kwargs`: which argument lands where is not written
        position = index - (1 if how != DIRECT and _is_method(function) else 0)
        node = site.passed_argument(position, param.name.value) or param.default
        if node is None:
            return None
        if not _is_literal(node):
            values = dataflow.eval(node)
            if values and all(is_tensor_like(value) for value in values):
                continue  # a tensor retraces on its dtype and shape, never on its value
            return None
        literals.add(SourceLiteral(" ".join(get_code_without_prefix(node).split())))
    if not literals or len(literals) > limit:
        return None
    return sorted(literals)


class SourceLiteral(str):
    """A literal as the code writes it, shown as such (`[[2.0, 2.0, 2.0]]`, not its string's repr)."""

    def __repr__(self) -> str:
        return str(self)


def _is_literal(node) -> bool:
    """A number, string, `True`/`False`/`None`, or a list or tuple display of them."""
    if node.type in ("number", "string", "strings") or node.type == "keyword" and node.value in ("True", "False", "None"):
        return True
    if node.type == "factor":  # `-1.0`
        return node.children[1].type == "number"
    if node.type == "atom" and node.children[0].type == "operator" and node.children[0].value in "[(":
        inner = node.children[1:-1]
        if not inner:
            return True
        if inner[0].type == "testlist_comp":
            if any(child.type in ("comp_for", "sync_comp_for") for child in inner[0].children):
                return False
            return all(_is_literal(child) for child in inner[0].children if child.type != "operator")
        return _is_literal(inner[0])
    return False


def _false_unless_unseen(dataflow: Dataflow, function: FunctionInfo, params, opaque=is_opaque) -> Verdict:
    """False when every call is seen and every value known (`opaque` says which are not);
    otherwise None, naming the parameters."""
    if _is_unseen(dataflow, function):
        return Verdict(None, undetermined=[param.name.value for _, param in params])
    undetermined = [param.name.value for index, param in params
                    if any(opaque(value) for value in dataflow.params[(function, index)])]
    return Verdict(None, undetermined=undetermined) if undetermined else Verdict(False)


def _hint_assumption(function: FunctionInfo, param) -> Assumption:
    return Assumption("TYPE_INFERENCING", {"function": function.qualname, "parameter": param.name.value,
                                           "annotation": get_code_without_prefix(param.annotation)})


def _kind_label(value) -> str:
    """`int`, or `tuple of int` for a tuple of Python ints."""
    if value.kind != "container":
        return value.kind
    members = sorted({v.kind for element in value.elements for v in element})
    return f"{value.ref} of {'/'.join(members)}"


def _object_fields(dataflow: Dataflow, values, booleans: bool) -> list[tuple[str, object]]:
    """(label, value) of the primitive values held in the fields of user objects passed in (a
    config object): the label names the class and the field, so a message never says that the
    parameter itself receives them. Only what the methods store counts: constants of the class
    body (`__name__ = "..."`, `_KEY = "features"`) are the same for every instance, and instances
    of tensor types are traced by type spec, not by their fields."""
    found = []
    for value in values:
        if value.kind == "object" and not dataflow.keras.is_keras(value.ref) and not dataflow.is_tensor_object(value):
            for cls in dataflow.keras.iter_mro(value.ref):
                for name in dataflow.instance_attribute_names.get(cls, ()):
                    if name.startswith("__") and name.endswith("__"):
                        continue
                    for field_value in dataflow.attributes[(cls, name)]:
                        if is_primitive(field_value, booleans):
                            label = f"`{value.ref.name}` objects whose field `{name}` holds {_kind_label(field_value)}"
                            found.append((label, field_value))
    return found


def captured_tensor_input(dataflow: Dataflow, function: FunctionInfo) -> str | None:
    """The first tensor-like value a function without parameters reads from outside its body (a
    closure's tf.data iterator, a global `tf.Variable`, `self.buffer`), spelled as in the code, or
    None. `tf.function` traces such captures as inputs of its graph: a zero-argument training step
    that calls `next(iterator)` is the usual form of a distributed step."""
    return _first_capture(dataflow, function,
                          lambda value: is_tensor_like(value) or _object_holds_tensors(dataflow, value))


#: How deep the fields of captured objects are searched for tensors (`buffer._table._storage`).
_FIELD_DEPTH = 3


def _object_holds_tensors(dataflow: Dataflow, value, depth: int = 0) -> bool:
    """An instance of a program class whose fields hold tensors or variables, directly or through
    other such instances (a replay buffer holding tables of variables): a function that reads it
    computes on those tensors."""
    if value.kind != "object" or depth >= _FIELD_DEPTH:
        return False
    for cls in dataflow.keras.iter_mro(value.ref):
        for name in dataflow.attribute_names.get(cls, ()):
            for field_value in dataflow.attributes[(cls, name)]:
                if is_tensor_like(field_value) or _object_holds_tensors(dataflow, field_value, depth + 1):
                    return True
    return False


def captured_opaque_input(dataflow: Dataflow, function: FunctionInfo) -> str | None:
    """The first value read from outside the body that the analysis cannot see into (an iterator
    a library built), which may hold tensors; None when there is none."""
    return _first_capture(dataflow, function, may_hold_opaque)


def _first_capture(dataflow: Dataflow, function: FunctionInfo, predicate) -> str | None:
    body = function.node.children[-1]
    for node in iter_nodes(body):
        if node.type == "name" and _is_read(node) and _is_captured(dataflow, function, node):
            values = dataflow.eval(node)
        elif node.type in ("atom_expr", "power") and _is_self_attribute(function, node):
            values = dataflow.eval_trailers(node, 2)
        else:
            continue
        if any(predicate(value) for value in values):
            return get_code_without_prefix(node) if node.type == "name" else \
                "".join(child.get_code(include_prefix=False) for child in node.children[:2])
    return None


def _is_captured(dataflow: Dataflow, function: FunctionInfo, leaf) -> bool:
    """Bound outside the function (a global or a closure variable), not in its body."""
    binding = dataflow.resolve(leaf)
    if binding is None or binding.pos is None:
        return False
    unit, line, _ = binding.pos
    return unit != function.unit_index or not function.line <= line <= function.end_line


def _is_read(leaf) -> bool:
    """A name that reads a binding: not an attribute after a dot, a keyword argument or a target."""
    parent = leaf.parent
    if parent.type == "trailer" and parent.children[0] == ".":
        return False
    if parent.type == "argument" and parent.children[0] is leaf and len(parent.children) > 1 \
            and parent.children[1] == "=":
        return False
    return not leaf.is_definition()


def _is_self_attribute(function: FunctionInfo, node) -> bool:
    params = function.get_params()
    if not _is_method(function) or not params:
        return False
    first, second = node.children[0], node.children[1]
    return first.type == "name" and first.value == params[0].name.value and \
        second.type == "trailer" and second.children[0] == "."


@dataclass(frozen=True)
class LoopCounter:
    """A parameter given the counter of a loop around the call: a new value on every iteration."""

    parameter: str
    loop_line: int
    iterable: str


def loop_counter_argument(dataflow: Dataflow, function: FunctionInfo, sites) -> LoopCounter | None:
    """The first parameter that a call site inside a `for` loop gives that loop's counter (the
    target of `range(...)`, or the index of `enumerate(...)`): retracing the code itself shows,
    once per iteration, without having to run it."""
    params = get_parameters(function)
    positional = [param for _, param in params if param.star_count == 0]
    for site in sites:
        position = 0
        for keyword, node in iter_call_arguments(site.trailer):
            if keyword is None:
                param = positional[position] if position < len(positional) else None
                position += 1
            else:
                param = next((p for p in positional if p.name.value == keyword), None)
            if param is None or node.type != "name":
                continue
            loop = _counter_loop(dataflow.resolve(node), site.node)
            if loop is not None:
                iterable = get_code_without_prefix(loop.children[3])
                return LoopCounter(param.name.value, loop.start_pos[0],
                                   iterable if len(iterable) <= 40 else iterable[:37] + "...")
    return None


def _counter_loop(binding, call_node):
    """The `for` statement whose counter `binding` is, when it encloses `call_node`."""
    if not isinstance(binding, LoopVariable) or binding.node is None:
        return None
    loop = binding.node.parent
    while loop is not None and loop.type != "for_stmt":
        loop = loop.parent
    if loop is None or not _is_inside(call_node, loop.children[-1]):
        return None
    iterable = loop.children[3]
    callee = iterable.children[0] if iterable.type in ("atom_expr", "power") else None
    name = callee.value if callee is not None and callee.type == "name" else None
    target = loop.children[1]
    if name == "range":
        return loop if target is binding.node and not _is_small_literal_range(iterable) else None
    if name == "enumerate":
        counter = target.children[0] if target.type in ("exprlist", "testlist_star_expr") else None
        return loop if counter is binding.node else None
    return None


def _is_small_literal_range(iterable) -> bool:
    """`range(1)` or `range(2)`: a counter that takes one or two values."""
    arguments = list(iter_call_arguments(iterable.children[-1]))
    if len(arguments) != 1 or arguments[0][1].type != "number":
        return False
    try:
        return int(arguments[0][1].value, 0) <= 2
    except ValueError:
        return False
