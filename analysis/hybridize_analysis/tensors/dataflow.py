"""The interprocedural tensor dataflow: which values reach each parameter, what each function returns.

A context-insensitive may-analysis over parso trees, iterated to a fixpoint: call sites push argument
values into parameters, returns and `self.<attr>` stores flow back. Values are abstract (values.py);
library calls are looked up in the catalogue. The same evaluation decides what each call site
calls, which makes the call graph.
"""
from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import dataclass

from parso.tree import NodeOrLeaf

from ..callgraph import CALLBACK, CONSTRUCTOR, DIRECT, FRAMEWORK, KERAS_CALL, METHOD, CallSite, iter_call_sites
from ..facts import NO_FACTS, Facts
from ..model import ClassInfo, FunctionInfo, Program
from ..model.scopes import (
    Argument, Assignment, AugmentedAssignment, Binding, ClassDefinition, Deletion, ExceptTarget,
    FunctionDefinition, LoopVariable, WithTarget,
)
from ..syntax import get_sync_comp_for, is_call_trailer, is_comprehension, iter_call_arguments, iter_nodes
from . import catalogue as api
from .keras import KerasClasses
from .values import (
    BOUND_METHOD, CLASS, CONTAINER, EXTERNAL, FUNCTION, LAMBDA, LIBRARY_METHOD, NOTHING, OBJECT, PY_ITERATOR,
    RANGE, SUPER, UNKNOWN, UNKNOWN_VALUES, Value, Values, bounded, container, dict_keys, dict_values, element_of,
    is_opaque, iteration_values, join, of,
)

MAX_ROUNDS = 30
_ARITHMETIC = ("arith_expr", "term", "shift_expr", "and_expr", "xor_expr", "expr")
#: Decorators that keep a function's calling convention; any other decorator hides it.
_TRANSPARENT_DECORATORS = frozenset({
    "builtins.staticmethod", "builtins.classmethod", "builtins.property", "functools.wraps",
    "functools.cache", "functools.lru_cache",
})
#: Keras runs these methods of user models with batches of tensors from fit/evaluate/predict.
_KERAS_FRAMEWORK_METHODS = {
    "fit": ("train_step", "call"), "train_on_batch": ("train_step", "call"),
    "evaluate": ("test_step", "call"), "test_on_batch": ("test_step", "call"),
    "predict": ("predict_step", "call"), "predict_on_batch": ("predict_step", "call"),
}


@dataclass
class ParameterFacts:
    """What the dataflow knows about one parameter."""

    name: str
    index: int
    passed: Values  # values passed explicitly at call sites
    annotation: NodeOrLeaf | None


class Dataflow:
    def __init__(self, program: Program, booleans_are_primitive: bool = False, facts: Facts = NO_FACTS) -> None:
        self.program = program
        self.facts = facts
        self.booleans = booleans_are_primitive
        self.keras = KerasClasses(program)
        self.sites: list[CallSite] = list(iter_call_sites(program))
        self.functions: list[FunctionInfo] = list(program.iter_functions())
        self.function_of_node = {function.node: function for function in self.functions}
        self.params: dict[tuple[FunctionInfo, int], Values] = defaultdict(frozenset)
        self.defaulted: set[tuple[FunctionInfo, int]] = set()
        self.returns: dict[FunctionInfo, Values] = defaultdict(frozenset)
        self.attributes: dict[tuple[ClassInfo, str], Values] = defaultdict(frozenset)
        self.attribute_names: dict[ClassInfo, set[str]] = defaultdict(set)
        self.call_counts: dict[FunctionInfo, int] = defaultdict(int)
        self.escaping: set[FunctionInfo] = set()
        self.final = False  # in the final rounds, "nothing known yet" becomes "unknown"
        self._memo: dict[int, tuple[Values, frozenset]] = {}
        self._active: set[int] = set()
        self._reads: list[set] = []  # state keys read by the evaluations in progress
        self._changed_keys: set = set()
        self._live: set[FunctionInfo] = set()  # reached from module code or from callers we cannot see
        self._dead = False
        self._bindings: dict[int, Binding | None] = {}
        self._return_nodes = {function: _collect_returns(function.node) for function in self.functions}
        self._attribute_stores = list(self._collect_attribute_stores())
        self._changed = False

    # -- driving ------------------------------------------------------------------------------
    def run(self) -> "Dataflow":
        """Iterate to a fixpoint. After the first round of each phase, a call site, return or
        attribute store is evaluated again only when a state it read has changed."""
        work = [(site, self._flow_call) for site in self.sites]
        work += [(function, self._flow_returns) for function in self._return_nodes]
        work += [(store, self._flow_attribute) for store in self._attribute_stores]
        reads: dict[int, frozenset] = {}
        for final in (False, True):
            self.final = final
            if final:
                self._mark_escapes()
                self._live = self._find_live()
            changed = None  # None: everything is due
            for _ in range(MAX_ROUNDS):
                self._changed_keys = set()
                self._memo.clear()
                for item, flow in work:
                    if changed is not None and reads.get(id(item), frozenset()).isdisjoint(changed):
                        continue
                    self._reads.append(set())
                    try:
                        flow(item)
                    finally:
                        reads[id(item)] = frozenset(self._reads.pop())
                if not self._changed_keys:
                    break
                changed = self._changed_keys
        self.call_counts = defaultdict(int)
        for site in self.sites:
            if not site.dead:
                for function in site.targets:
                    self.call_counts[function] += 1
        self._mark_escapes()
        return self

    def _find_live(self) -> set[FunctionInfo]:
        """Functions reached from module code, from callers we cannot see, or from live functions."""
        by_caller: dict[FunctionInfo | None, list[CallSite]] = defaultdict(list)
        for site in self.sites:
            by_caller[site.caller].append(site)
        live = set(self.escaping)
        frontier = [site for caller in (None, *live) for site in by_caller.get(caller, [])]
        while frontier:
            site = frontier.pop()
            for function in site.targets:
                if function not in live:
                    live.add(function)
                    frontier.extend(by_caller.get(function, []))
        return live

    def _make_live(self, function: FunctionInfo) -> None:
        if self.final and not self._dead and function not in self._live:
            self._live.add(function)
            self._changed_keys.add(("live", function))

    def _flow_returns(self, function: FunctionInfo) -> None:
        nodes = self._return_nodes[function]
        values = join(*(self.eval(node) for node in nodes)) if nodes else of(api.NONE)
        self._join(self.returns, function, values, ("r", function))

    def _flow_attribute(self, store) -> None:
        cls, name, value = store
        self.attribute_names[cls].add(name)
        self._join(self.attributes, (cls, name), self.eval(value), ("a", cls, name))

    def _join(self, table, key, values: Values, state_key) -> None:
        old = table[key]
        new = old | values
        if new != old:
            table[key] = new
            self._changed_keys.add(state_key)

    def _note(self, state_key) -> None:
        """Record that the evaluation in progress read a piece of state."""
        if self._reads:
            self._reads[-1].add(state_key)

    # -- call sites ---------------------------------------------------------------------------
    def _flow_call(self, site: CallSite) -> None:
        caller = site.caller
        # Calls in a function nobody calls never run: they pass nothing, not "unknown".
        if caller is not None and self.final:
            self._note(("live", caller))
        self._dead = site.dead = self.final and caller is not None and caller not in self._live
        site.targets.clear()
        site.library.clear()
        site.unresolved = False
        callee = self.eval_trailers(site.node, site.trailer_index)
        arguments = list(iter_call_arguments(site.trailer))
        for value in callee:
            kind = value.kind
            if kind == FUNCTION:
                self._bind(site, value.ref, arguments, 0, DIRECT)
            elif kind == BOUND_METHOD:
                self._bind(site, value.ref, arguments, 0 if _is_static(value.ref) else 1, METHOD)
            elif kind == CLASS:
                init = self.keras.find_method(value.ref, "__init__")
                if init is not None:
                    self._bind(site, init, arguments, 1, CONSTRUCTOR)
            elif kind == OBJECT:
                method = self.keras.find_method(value.ref, "__call__") or (
                    self.keras.find_method(value.ref, "call") if self.keras.is_keras(value.ref) else None)
                if method is not None:
                    self._bind(site, method, arguments, 1, KERAS_CALL)
                else:
                    site.unresolved = True
            elif kind == EXTERNAL:
                site.library.add(value.ref)
                if is_opaque(value):
                    site.unresolved = True  # code we know nothing of may call back into the program
                self._flow_higher_order(site, value.ref, arguments)
            elif kind == LIBRARY_METHOD:
                receiver_kind, method = value.ref
                site.library.add(f"{receiver_kind}.{method}")
                site.methods.add((receiver_kind, method))
                self._flow_library_method(site, value, arguments)
            elif kind in (api.LAYER, api.MODEL, api.LOSS, api.METRIC):
                site.library.add(f"{kind}.__call__")
                site.methods.add((kind, "__call__"))
            else:
                site.unresolved = True
        if not callee:
            site.unresolved = self.final or site.unresolved

    def _bind(self, site: CallSite, function: FunctionInfo, arguments, offset: int, how: str) -> None:
        """Push the values of a call's arguments into the parameters of `function`."""
        site.targets[function] = how
        self._make_live(function)
        params = function.get_params()
        positional = [p for p in params if p.star_count == 0][offset:]
        by_name = {p.name.value: index for index, p in enumerate(params)}
        filled: set[int] = set(range(offset))
        star_param = next((i for i, p in enumerate(params) if p.star_count == 1), None)
        kwargs_param = next((i for i, p in enumerate(params) if p.star_count == 2), None)
        position = 0
        for keyword, node in arguments:
            if keyword is None and node.type == "argument" and node.children[0].type == "operator":
                star = node.children[0].value
                spread = self.eval(node.children[1])
                if star == "*":
                    elements = element_of(spread)
                    for param in positional[position:]:
                        index = params.index(param)
                        self._push(function, index, elements)
                        filled.add(index)
                    position = len(positional)
                    if star_param is not None:
                        self._push(function, star_param, of(CONTAINER, "tuple"))
                else:
                    for index, param in enumerate(params):
                        if index not in filled and index >= offset and param.star_count == 0:
                            self._push(function, index, UNKNOWN_VALUES)
                            filled.add(index)
                continue
            values = self.eval(node)
            if keyword is None:
                if position < len(positional):
                    index = params.index(positional[position])
                    position += 1
                    self._push(function, index, values)
                    filled.add(index)
                elif star_param is not None:
                    self._push(function, star_param, frozenset({container("tuple", [values])}))
            elif keyword in by_name and params[by_name[keyword]].star_count == 0:
                self._push(function, by_name[keyword], values)
                filled.add(by_name[keyword])
            elif kwargs_param is not None:
                self._push(function, kwargs_param, frozenset({container("dict", [of(api.STR), values])}))
        for index, param in enumerate(params):
            if index not in filled and param.star_count == 0 and param.default is not None:
                key = (function, index)
                if key not in self.defaulted:
                    self.defaulted.add(key)
                    self._changed_keys.add(("p", function, index))

    def _push(self, function: FunctionInfo, index: int, values: Values) -> None:
        if self._dead:
            return
        if not values:
            if not self.final:
                return
            values = UNKNOWN_VALUES
        self._join(self.params, (function, index), values, ("p", function, index))

    def _flow_higher_order(self, site: CallSite, name: str, arguments) -> None:
        """Functions passed to `tf.py_function`, `tf.map_fn`, `tf.cond` ... receive tensors."""
        spec = api.higher_order_api(name)
        if spec is not None:
            self._flow_callbacks(site, spec, arguments)

    def _flow_library_method(self, site: CallSite, value: Value, arguments) -> None:
        receiver_kind, method = value.ref
        spec = api.higher_order_method(receiver_kind, method)
        if spec is not None:
            self._flow_callbacks(site, spec, arguments)
        receiver = value.receiver
        if method == "compile" and receiver_kind in (api.MODEL, api.LAYER):
            for keyword, node in arguments:  # Keras calls losses and metrics with (y_true, y_pred)
                if keyword in ("loss", "metrics", "weighted_metrics"):
                    values = self.eval(node)
                    for function in self._functions_in(join(values, element_of(values))):
                        self._push_callback(site, function, lambda index: api.TENSOR, FRAMEWORK)
        if method in _KERAS_FRAMEWORK_METHODS and receiver is not None and receiver.kind == OBJECT:
            for name in _KERAS_FRAMEWORK_METHODS[method]:
                function = self.keras.find_method(receiver.ref, name)
                if function is not None:
                    self._push_callback(site, function, lambda index: api.TENSOR, FRAMEWORK)

    def _flow_callbacks(self, site: CallSite, spec, arguments) -> None:
        position = 0
        for keyword, node in arguments:
            if keyword is None and node.type == "argument" and node.children[0].type == "operator":
                continue
            callback = spec.get_callback(position if keyword is None else None, keyword)
            position += keyword is None
            if callback is None:
                continue
            values = self.eval(node)
            if callback.many:
                values = join(values, element_of(values))
            for function in self._functions_in(values):
                self._push_callback(site, function, callback.get_parameter_kind, CALLBACK)

    def _push_callback(self, site: CallSite, function: FunctionInfo, kind_of_parameter, how: str) -> None:
        """Library code calls `function`; parameter i receives `kind_of_parameter(i)` (None: nothing)."""
        site.targets[function] = how
        self._make_live(function)
        offset = 1 if _is_method(function) else 0
        for index, param in enumerate(function.get_params()):
            if index >= offset and param.star_count == 0:
                kind = kind_of_parameter(index - offset)
                if kind is not None:
                    self._push(function, index, of(kind))

    def _functions_in(self, values: Values):
        for value in values:
            if value.kind in (FUNCTION, BOUND_METHOD):
                yield value.ref

    # -- escapes ------------------------------------------------------------------------------
    def _mark_escapes(self) -> None:
        """Functions whose callers the analysis cannot see: hidden by a decorator, or handed to
        code outside the program."""
        for function in self.functions:
            for decorator in function.get_decorators():
                if function.hybrid is not None and decorator.start_pos[0] == function.hybrid.line:
                    continue
                name = self.program.get_qualified_name(_decorator_callee(decorator.children[1]))
                if name not in _TRANSPARENT_DECORATORS and not (name or "").endswith(".setter"):
                    self.escaping.add(function)
        for site in self.sites:
            if (site.targets and not site.unresolved) or "tensorflow.function" in site.library:
                continue
            for _, node in iter_call_arguments(site.trailer):
                for reference in _iter_references(node):
                    for function in self._functions_in(self.eval(reference)):
                        if function not in site.targets:
                            self.escaping.add(function)

    # -- evaluation ---------------------------------------------------------------------------
    def eval(self, node: NodeOrLeaf) -> Values:
        key = id(node)
        found = self._memo.get(key)
        if found is not None:
            values, reads = found
            if self._reads:
                self._reads[-1].update(reads)
            return values
        if key in self._active:
            return NOTHING
        self._active.add(key)
        self._reads.append(set())
        try:
            values = self._eval(node)
        finally:
            self._active.discard(key)
            reads = frozenset(self._reads.pop())
        self._memo[key] = (values, reads)
        if self._reads:
            self._reads[-1].update(reads)
        return values

    def _eval(self, node: NodeOrLeaf) -> Values:
        kind = node.type
        if kind == "name":
            return self.eval_name(node)
        if kind == "number":
            return self._number(node.value)
        if kind in ("string", "strings", "fstring"):
            return of(api.STR, _string_value(node) if kind == "string" else None)
        if kind == "keyword":
            return {"True": of(api.BOOL, True), "False": of(api.BOOL, False), "None": of(api.NONE)}.get(
                node.value, UNKNOWN_VALUES)
        if kind in ("atom_expr", "power"):
            return self._eval_atom_expr(node)
        if kind == "atom":
            return self._eval_atom(node)
        if kind in _ARITHMETIC:
            return self._arithmetic([self.eval(child) for child in node.children[::2]])
        if kind == "factor":
            return self._arithmetic([self.eval(node.children[-1])])
        if kind == "comparison":
            operands = [self.eval(child) for child in node.children[::2]]
            if any(_has_tensor(values) for values in operands):
                return of(api.TENSOR)
            return NOTHING if any(not values for values in operands) and not self.final else of(api.BOOL)
        if kind == "not_test":  # AutoGraph turns `not t` into tf.logical_not
            return of(api.TENSOR) if _has_tensor(self.eval(node.children[1])) else of(api.BOOL)
        if kind in ("and_test", "or_test"):
            return join(*(self.eval(child) for child in node.children[::2]))
        if kind == "test":  # a if c else b
            return join(self.eval(node.children[0]), self.eval(node.children[-1]))
        if kind in ("testlist_star_expr", "testlist", "exprlist", "testlist_comp"):
            elements = [child for child in node.children if child.type != "operator"]
            return frozenset({container("tuple", [self.eval(child) for child in elements])})
        if kind == "lambdef":
            return of(LAMBDA, node)
        if kind == "namedexpr_test":
            return self.eval(node.children[2])
        return UNKNOWN_VALUES

    @staticmethod
    def _number(code: str) -> Values:
        text = code.replace("_", "").lower()
        try:
            if text.endswith("j"):
                return UNKNOWN_VALUES
            if any(mark in text for mark in (".", "e")) and not text.startswith(("0x", "0o", "0b")):
                return of(api.FLOAT, float(text))
            return of(api.INT, int(text, 0))
        except ValueError:
            return UNKNOWN_VALUES

    def _arithmetic(self, operands: list[Values]) -> Values:
        """The value of `a op b ...`: a tensor if any operand is one; nothing yet while an operand
        is still unknown (a premature answer would stick in the fixpoint)."""
        flat = [value for values in operands for value in values]
        kinds = {value.kind for value in flat}
        if kinds & {api.TENSOR, api.VARIABLE, api.TENSOR_LIST}:
            return of(api.TENSOR)
        if any(not values for values in operands):
            if not self.final:
                return NOTHING
            kinds.add(UNKNOWN)
        if api.NUMPY in kinds:
            return of(api.NUMPY)
        flat = [Value(api.value_result(v.ref) or UNKNOWN) if v.kind == EXTERNAL else v for v in flat]
        kinds = {value.kind for value in flat}
        if not flat or UNKNOWN in kinds:
            return UNKNOWN_VALUES if flat or self.final else NOTHING
        if kinds <= {api.INT, api.BOOL}:
            return of(api.INT)
        if kinds <= {api.INT, api.FLOAT, api.BOOL}:
            return of(api.FLOAT)
        if api.STR in kinds:
            return of(api.STR)
        if kinds == {CONTAINER}:
            return frozenset({container("list", [join(*(e for v in flat for e in v.elements))])})
        return UNKNOWN_VALUES

    def _eval_atom(self, node: NodeOrLeaf) -> Values:
        opening = node.children[0]
        if opening.type in ("string", "fstring"):
            return of(api.STR)
        inner = node.children[1] if len(node.children) == 3 else None
        if opening.value == "(":
            if inner is None:
                return frozenset({container("tuple", [])})
            if inner.type == "testlist_comp" and get_sync_comp_for(inner) is not None:
                return of(PY_ITERATOR)
            return self.eval(inner)
        if opening.value == "[":
            if inner is None:
                return frozenset({container("list", [UNKNOWN_VALUES])})
            if inner.type == "testlist_comp" and get_sync_comp_for(inner) is not None:
                return frozenset({container("list", [self.eval(inner.children[0])])})
            elements = [c for c in inner.children if c.type != "operator"] if inner.type == "testlist_comp" else [inner]
            return frozenset({container("list", [self.eval(element) for element in elements])})
        if opening.value == "{":
            if inner is None:
                return frozenset({container("dict", [UNKNOWN_VALUES, UNKNOWN_VALUES])})
            if inner.type == "dictorsetmaker" and inner.children[1:2] and inner.children[1].type == "operator" \
                    and inner.children[1].value == ":":
                key_nodes, value_nodes = inner.children[0::4], inner.children[2::4]
                keys = [self.eval(c) for c in key_nodes]
                values = [self.eval(c) for c in value_nodes]
                names = tuple(_string_value(c) if c.type == "string" else None for c in key_nodes)
                if names and all(name is not None for name in names) and len(set(names)) == len(names):
                    return frozenset({bounded(Value(CONTAINER, "dict", (join(*keys), join(*values), *values),
                                                    keys=names))})
                return frozenset({container("dict", [join(*keys), join(*values) | UNKNOWN_VALUES])})
            return frozenset({container("set", [UNKNOWN_VALUES])})
        return UNKNOWN_VALUES

    # names ------------------------------------------------------------------------------------
    def resolve(self, leaf: NodeOrLeaf) -> Binding | None:
        key = id(leaf)
        if key not in self._bindings:
            self._bindings[key] = self.program.resolve_name(leaf)
        return self._bindings[key]

    def eval_name(self, leaf: NodeOrLeaf) -> Values:
        binding = self.resolve(leaf)
        if isinstance(binding, Assignment) and binding.value is not None and _is_inside(leaf, binding.value):
            binding = _previous_binding(self.program, binding, leaf)
        values = self.binding_values(binding)
        if self.facts is not NO_FACTS and (not values or all(is_opaque(v) for v in values)) \
                and (binding is None or self.program.get_scope_of(binding.node if binding.node is not None else leaf)
                     .kind == "module"):
            live = self._live_global(leaf)
            if live is not None:
                return live
        return values

    def _live_global(self, leaf: NodeOrLeaf) -> Values | None:
        """What the live namespace says a global name is bound to (kernel only)."""
        module = self.program.get_module_of(leaf)
        fact = self.facts.get_global(module.name, leaf.value) if module is not None else None
        if fact is None:
            return None
        if fact.kind in ("function", "hybrid", "class", "object") and fact.detail:
            function = next((f for f in module.functions if f.qualname == fact.detail), None)
            cls = next((c for c in module.classes if c.qualname == fact.detail), None)
            if fact.kind in ("function", "hybrid") and function is not None:
                return of(FUNCTION, function)
            if cls is not None:
                return of(CLASS if fact.kind == "class" else OBJECT, cls)
            return None
        if fact.kind == "module":
            return of(EXTERNAL, api.normalize(fact.detail or leaf.value))
        if fact.kind == "python":
            kind = {"int": api.INT, "float": api.FLOAT, "str": api.STR, "bool": api.BOOL,
                    "NoneType": api.NONE}.get(fact.detail or "")
            if kind is not None:
                return of(kind, fact.value)
            if fact.detail in ("list", "tuple", "dict", "set"):
                return frozenset({container(fact.detail, [UNKNOWN_VALUES] * (2 if fact.detail == "dict" else 1))})
            return None
        return of(fact.kind) if fact.kind in api.KINDS else None

    def binding_values(self, binding: Binding | None) -> Values:
        if binding is None:
            return UNKNOWN_VALUES
        if isinstance(binding, Argument):
            return self._argument_values(binding)
        if isinstance(binding, AugmentedAssignment):
            previous = _previous_binding(self.program, binding, binding.node)
            return self._arithmetic([self.binding_values(previous) if previous else NOTHING,
                                     self.eval(binding.value)])
        if isinstance(binding, Assignment):
            if binding.value is None:
                return UNKNOWN_VALUES
            values = self.eval(binding.value)
            for index in binding.index or ():
                values = element_of(values, index)
            return values
        if isinstance(binding, LoopVariable):
            values = iteration_values(self.eval(binding.iterable))
            for index in _target_path(binding.node, binding.iterable):
                values = element_of(values, index)
            return values
        if isinstance(binding, WithTarget):
            return self.eval(binding.context)
        if isinstance(binding, FunctionDefinition):
            return of(FUNCTION, binding.function)
        if isinstance(binding, ClassDefinition):
            return of(CLASS, binding.cls)
        if isinstance(binding, (ExceptTarget, Deletion)):
            return UNKNOWN_VALUES
        function = self.program.resolve_function(binding)
        if function is not None:
            return of(FUNCTION, function)
        cls = self.program.resolve_class(binding)
        if cls is not None:
            return of(CLASS, cls)
        qualified = self.program.get_binding_qualified_name(binding)
        if qualified is None:
            return UNKNOWN_VALUES
        return of(EXTERNAL, api.normalize(qualified))

    def _argument_values(self, binding: Argument) -> Values:
        param = binding.param
        owner = param.parent.parent if param.parent.type == "parameters" else None
        function = self.function_of_node.get(owner)
        if function is None:
            return UNKNOWN_VALUES  # a lambda's parameter
        if binding.index == 0 and _is_method(function):
            if _has_decorator(self.program, function, "builtins.classmethod"):
                return of(CLASS, function.cls)
            return of(OBJECT, function.cls)
        if param.star_count == 1:
            self._note(("p", function, binding.index))
            return frozenset({container("tuple", [self.params[(function, binding.index)] or UNKNOWN_VALUES])})
        if param.star_count == 2:
            return frozenset({container("dict", [of(api.STR), UNKNOWN_VALUES])})
        self._note(("p", function, binding.index))
        values = self.params[(function, binding.index)]
        if param.default is not None and ((function, binding.index) in self.defaulted or not values):
            values = values | self.eval(param.default)
        if not values and self.final:
            return UNKNOWN_VALUES
        return values

    # trailers ---------------------------------------------------------------------------------
    def _eval_atom_expr(self, node: NodeOrLeaf) -> Values:
        return self.eval_trailers(node, len(node.children))

    def eval_trailers(self, node: NodeOrLeaf, upto: int) -> Values:
        """The value of `node.children[:upto]`: the base and the first trailers applied in order."""
        children = node.children
        start = 1 if children[0].type == "keyword" and children[0].value == "await" else 0
        if node.type == "power" and any(c.type == "operator" and c.value == "**" for c in children):
            return self._arithmetic([self.eval(children[0]), self.eval(children[-1])])
        values = self.eval(children[start])
        for index in range(start + 1, upto):
            trailer = children[index]
            if trailer.type != "trailer":
                return UNKNOWN_VALUES
            opening = trailer.children[0].value
            if opening == ".":
                values = self._attribute(values, trailer.children[1].value)
            elif opening == "(":
                values = self._call(values, trailer)
            else:
                values = self._subscript(values, trailer)
        return values

    def _attribute(self, values: Values, name: str) -> Values:
        result = set()
        for value in values:
            result.update(self._attribute_of(value, name))
        return frozenset(result)

    def _attribute_of(self, value: Value, name: str) -> Values:
        kind = value.kind
        if kind == EXTERNAL:
            return of(EXTERNAL, f"{value.ref}.{name}")
        if kind in (OBJECT, SUPER):
            cls = value.ref
            method = (self.keras.find_method(cls, name) if kind == OBJECT
                      else self.keras.find_base_method(cls, name))
            if method is not None:
                if _has_decorator(self.program, method, "builtins.property"):
                    return self._returns_of(method)
                receiver = value if kind == OBJECT else Value(OBJECT, cls)
                return frozenset({Value(BOUND_METHOD, method, receiver=receiver)})
            stored = self._stored_attribute(cls, name)
            if stored:
                return stored
            keras_kind = self.keras.get_keras_kind(cls)
            if keras_kind is not None:
                return self._library_attribute(Value(keras_kind), name, receiver=Value(OBJECT, cls))
            return UNKNOWN_VALUES if self.final else NOTHING
        if kind == CLASS:
            method = self.keras.find_method(value.ref, name)
            if method is not None:
                return of(FUNCTION, method)
            return self._stored_attribute(value.ref, name) or UNKNOWN_VALUES
        if kind in (UNKNOWN, FUNCTION, BOUND_METHOD, LAMBDA, PY_ITERATOR, LIBRARY_METHOD):
            return UNKNOWN_VALUES
        return self._library_attribute(value, name)

    def _returns_of(self, function: FunctionInfo) -> Values:
        self._note(("r", function))
        return self.returns[function] or (UNKNOWN_VALUES if self.final else NOTHING)

    def _stored_attribute(self, cls: ClassInfo, name: str) -> Values:
        """Values stored in `self.<name>` (or the class body) of the class or its bases."""
        found = []
        for base in self.keras.iter_mro(cls):
            self._note(("a", base, name))
            found.append(self.attributes.get((base, name), NOTHING))
        return join(*found)

    @staticmethod
    def _library_attribute(value: Value, name: str, receiver: Value | None = None) -> Values:
        kind = value.ref if value.kind == CONTAINER else value.kind
        result = api.attribute_result(kind, name) if value.kind != CONTAINER else None
        if result is not None:
            return of(result)
        return frozenset({Value(LIBRARY_METHOD, (kind, name), receiver=receiver or value)})

    def _call(self, values: Values, trailer: NodeOrLeaf) -> Values:
        result = set()
        for value in values:
            result.update(self._call_of(value, trailer))
        return frozenset(result)

    def _call_of(self, value: Value, trailer: NodeOrLeaf) -> Values:
        kind = value.kind
        if kind in (FUNCTION, BOUND_METHOD):
            function = value.ref
            if _is_generator(function):
                return of(PY_ITERATOR)
            return self._returns_of(function)
        if kind == CLASS:
            return of(OBJECT, value.ref)
        if kind == OBJECT:
            method = self.keras.find_method(value.ref, "__call__")
            if method is None and self.keras.is_keras(value.ref):
                method = self.keras.find_method(value.ref, "call")
                return (self._returns_of(method) if method else NOTHING) | of(api.TENSOR)
            if method is not None:
                return self._returns_of(method)
            return UNKNOWN_VALUES
        if kind == EXTERNAL:
            return self._call_external(value.ref, trailer)
        if kind == LIBRARY_METHOD:
            return self._call_library_method(value, trailer)
        if kind in (api.LAYER, api.MODEL, api.LOSS, api.METRIC):
            return of(api.TENSOR)
        return UNKNOWN_VALUES

    def _arguments(self, trailer: NodeOrLeaf) -> list[tuple[str | None, NodeOrLeaf]]:
        return list(iter_call_arguments(trailer))

    def _positional(self, trailer: NodeOrLeaf) -> list[Values]:
        return [self.eval(node) for keyword, node in self._arguments(trailer)
                if keyword is None and not (node.type == "argument" and node.children[0].type == "operator")]

    def _call_external(self, name: str, trailer: NodeOrLeaf) -> Values:
        args = self._positional(trailer)
        first = args[0] if args else UNKNOWN_VALUES
        if name == "tensorflow.function":
            # `tf.function(f)` calls like `f`; `tf.function(jit_compile=True)` is a decorator factory
            return first if args else of(EXTERNAL, name)
        if name in DATASET_CONSTRUCTORS:
            return frozenset({_with_elements(api.DATASET, (self._slice_elements(first, name),))})
        builtin = name[len("builtins."):] if name.startswith("builtins.") else None
        if builtin == "super":
            cls = self._enclosing_class(trailer)
            return of(SUPER, cls) if cls is not None else UNKNOWN_VALUES
        if builtin is not None:
            handled = self._call_builtin(builtin, args, first)
            if handled is not None:
                return handled
        result = api.call_result(name)
        if result is not None:
            return of(result)
        if name.startswith("builtins."):
            return UNKNOWN_VALUES
        return of(EXTERNAL, f"{name}()")  # an object of an unknown library: keep its origin

    def _call_builtin(self, name: str, args: list[Values], first: Values) -> Values | None:
        if name == "range":
            return of(RANGE)
        if name == "iter":
            if first and all(value.kind in (api.DATASET, api.ITERATOR) for value in first):
                return of(api.ITERATOR)  # a tf.data iterator: `get_next()`, `next()` give tensors
            return frozenset({_with_elements(PY_ITERATOR, (iteration_values(first),))})
        if name == "next":
            return join(*(v.elements[0] if v.kind == PY_ITERATOR and v.elements else element_of(frozenset({v}))
                          for v in first)) or UNKNOWN_VALUES
        if name == "enumerate":
            return frozenset({_with_elements(PY_ITERATOR, (frozenset({container("tuple", [of(api.INT),
                                                                                       iteration_values(first)])}),))})
        if name == "zip":
            return frozenset({_with_elements(PY_ITERATOR, (frozenset({container("tuple", [iteration_values(a) for a in args])}),))})
        if name in ("list", "tuple", "sorted", "reversed", "set"):
            if not args:
                return frozenset({container("list", [UNKNOWN_VALUES])})
            return frozenset({container("list" if name != "tuple" else "tuple", [iteration_values(first)])})
        if name in ("abs", "max", "min", "sum", "round", "pow"):
            flat = [element_of(a) if len(args) == 1 and name in ("max", "min", "sum") else a for a in args]
            return self._arithmetic(flat)
        return None

    def _enclosing_class(self, node: NodeOrLeaf) -> ClassInfo | None:
        """The class of the method a `super()` call is written in."""
        while node is not None:
            if node.type == "funcdef" and node in self.function_of_node:
                return self.function_of_node[node].cls
            node = node.parent
        return None

    def _call_library_method(self, value: Value, trailer: NodeOrLeaf) -> Values:
        receiver_kind, method = value.ref
        receiver = value.receiver
        if receiver is not None and receiver.kind == CONTAINER:
            if method in ("values",) and receiver.ref == "dict":
                return frozenset({_with_elements(PY_ITERATOR, (dict_values(receiver),))})
            if method == "items" and receiver.ref == "dict":
                pairs = container("tuple", [dict_keys(receiver), dict_values(receiver)])
                return frozenset({_with_elements(PY_ITERATOR, (frozenset({pairs}),))})
            if method in ("keys",):
                return frozenset({_with_elements(PY_ITERATOR, (dict_keys(receiver) if receiver.ref == "dict"
                                                               else element_of(frozenset({receiver})),))})
            if method == "copy":
                return frozenset({receiver})
            if method in ("pop", "get", "setdefault"):
                return dict_values(receiver) if receiver.ref == "dict" else element_of(frozenset({receiver}))
            return of(api.NONE) if method in ("append", "extend", "insert", "clear", "update") else UNKNOWN_VALUES
        result = api.method_result(receiver_kind, method)
        if result == api.DATASET and receiver is not None and receiver.kind == api.DATASET:
            return frozenset({_with_elements(api.DATASET, (self._dataset_element(receiver, method, trailer),))})
        if result is not None:
            return of(result)
        return UNKNOWN_VALUES

    def _slice_elements(self, first: Values, name: str) -> Values:
        """The element structure of `from_tensor_slices((x, y))`: a tuple of tensors, a dict ..."""
        if name.endswith("from_tensor_slices") or name.endswith("from_tensors"):
            structured = [v for v in first if v.kind == CONTAINER and v.ref in ("tuple", "dict")]
            if structured and len(structured) == len(first):
                return frozenset(_as_tensors(v) for v in structured)
        return of(api.TENSOR)

    def _dataset_element(self, receiver: Value, method: str, trailer: NodeOrLeaf) -> Values:
        """Element structure after a dataset method: kept by batch/shuffle/..., set by map's function."""
        element = receiver.elements[0] if receiver.elements else of(api.TENSOR)
        if method in ("map", "flat_map", "interleave"):
            returned = join(*(self._returns_of(v.ref) for v in (self._positional(trailer) or [NOTHING])[0]
                              if v.kind in (FUNCTION, BOUND_METHOD)))
            structured = [v for v in returned if v.kind == CONTAINER and v.ref in ("tuple", "dict")]
            return frozenset(_as_tensors(v) for v in structured) if structured else of(api.TENSOR)
        if method in ("enumerate",):
            return frozenset({container("tuple", [of(api.TENSOR), element])})
        if method in ("zip", "window", "group_by_window", "scan", "unique", "apply"):
            return of(api.TENSOR)
        return element

    def _subscript(self, values: Values, trailer: NodeOrLeaf) -> Values:
        index_node = trailer.children[1]
        literal = int(index_node.value) if index_node.type == "number" and index_node.value.isdigit() else None
        is_slice = index_node.type in ("subscript", "subscriptlist")
        result = set()
        for value in values:
            kind = value.kind
            if kind in (api.TENSOR, api.VARIABLE):
                result.add(Value(api.TENSOR))
            elif kind == api.NUMPY:
                result.add(Value(api.NUMPY))
            elif kind == api.TENSOR_LIST:
                result.add(Value(api.TENSOR_LIST if is_slice else api.TENSOR))
            elif kind == CONTAINER:
                key = _string_value(index_node) if index_node.type == "string" else None
                if value.ref == "dict" and key is not None and key in value.keys:
                    result.update(value.elements[2 + value.keys.index(key)])
                elif value.ref == "dict":
                    result.update(dict_values(value))
                elif is_slice:
                    result.add(value)
                else:
                    result.update(element_of(frozenset({value}), literal))
            elif kind == api.SHAPE:
                result.add(Value(api.SHAPE if is_slice else api.INT))
            elif kind == api.STR:
                result.add(Value(api.STR))
            else:
                result.add(Value(UNKNOWN))
        return frozenset(result)

    # -- collection ---------------------------------------------------------------------------
    def _collect_attribute_stores(self):
        """`self.<name> = value` in methods, and class-level assignments, by class."""
        for cls in self.program.iter_classes():
            for name, bindings in cls.scope.items():
                for binding in bindings:
                    if isinstance(binding, Assignment) and binding.value is not None and binding.index is None:
                        yield cls, name, binding.value
            for method in cls.methods.values():
                params = method.get_params()
                if not params or _is_static(method):
                    continue
                self_name = params[0].name.value
                for node in iter_nodes(method.node.children[-1]):
                    if node.type == "expr_stmt" and len(node.children) >= 3 and node.children[-2].type == "operator" \
                            and node.children[-2].value == "=":
                        for target in node.children[:-1:2]:
                            attribute = _self_attribute(target, self_name)
                            if attribute is not None:
                                yield cls, attribute, node.children[-1]


#: Dataset constructors whose element structure follows their argument.
DATASET_CONSTRUCTORS = frozenset({"tensorflow.data.Dataset.from_tensor_slices", "tensorflow.data.Dataset.from_tensors"})


def _as_tensors(value: Value) -> Value:
    """A dataset element of the same structure as `value`, with tensors as leaves."""
    if value.kind != CONTAINER:
        return Value(api.TENSOR)
    if value.ref == "dict" and value.keys:
        return Value(CONTAINER, "dict", (of(api.STR), of(api.TENSOR), *(of(api.TENSOR) for _ in value.keys)),
                     keys=value.keys)
    return container(value.ref, [frozenset(_as_tensors(v) for v in element) or of(api.TENSOR)
                                 for element in value.elements])


def _with_elements(kind: str, elements: tuple[Values, ...]) -> Value:
    """An iterator or dataset value whose elements are `elements`, depth-bounded."""
    return bounded(Value(kind, elements=elements))


def _iter_references(node: NodeOrLeaf):
    """The parts of an argument that can name a function: `f`, `self.step`, the elements of
    `[f, g]` or `(f, g)`. Calls and arithmetic compute values rather than pass functions on."""
    if node.type == "argument" and len(node.children) >= 2:
        node = node.children[-1]
    if node.type == "name":
        yield node
    elif node.type in ("atom_expr", "power") and all(
            child.type == "trailer" and child.children[0].value == "." for child in node.children[1:]):
        yield node
    elif node.type == "atom" and node.children[0].value in "([":
        inner = node.children[1] if len(node.children) == 3 else None
        if inner is not None and inner.type in ("testlist_comp", "exprlist") and not is_comprehension(inner):
            for child in inner.children:
                if child.type != "operator":
                    yield from _iter_references(child)
        elif inner is not None:
            yield from _iter_references(inner)


def _string_value(leaf: NodeOrLeaf) -> str | None:
    """The text of a short string literal, for messages; None for long or unusual ones."""
    try:
        value = ast.literal_eval(leaf.value)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    return value if isinstance(value, str) and len(value) <= 40 else None


def _self_attribute(target: NodeOrLeaf, self_name: str) -> str | None:
    children = getattr(target, "children", None)
    if (target.type in ("atom_expr", "power") and len(children) == 2 and children[0].type == "name"
            and children[0].value == self_name and children[1].type == "trailer"
            and children[1].children[0].value == "."):
        return children[1].children[1].value
    return None


def _collect_returns(funcdef: NodeOrLeaf) -> list[NodeOrLeaf]:
    """Returned expressions of a function, not of the functions and lambdas nested in it."""
    found = []
    stack = list(funcdef.children[-1].children) if hasattr(funcdef.children[-1], "children") else []
    while stack:
        node = stack.pop()
        if node.type in ("funcdef", "classdef", "lambdef"):
            continue
        if node.type == "return_stmt" and len(node.children) > 1:
            found.append(node.children[1])
        stack.extend(getattr(node, "children", ()))
    return found


def _is_generator(function: FunctionInfo) -> bool:
    return function.node.is_generator()


def _is_method(function: FunctionInfo) -> bool:
    return function.cls is not None and not _is_static(function)


def _is_static(function: FunctionInfo) -> bool:
    return any(_decorator_name(decorator) == "staticmethod" for decorator in function.get_decorators())


def _decorator_name(decorator: NodeOrLeaf) -> str:
    expression = decorator.children[1]
    return expression.value if expression.type == "name" else ""


def _has_decorator(program: Program, function: FunctionInfo, qualified: str) -> bool:
    return any(program.get_qualified_name(_decorator_callee(d.children[1])) == qualified
               for d in function.get_decorators())


def _decorator_callee(expression: NodeOrLeaf) -> NodeOrLeaf:
    children = getattr(expression, "children", None)
    if children and is_call_trailer(children[-1]):
        return children[0] if len(children) == 2 else expression
    return expression


def _has_tensor(values: Values) -> bool:
    return any(value.kind in (api.TENSOR, api.VARIABLE, api.TENSOR_LIST) for value in values)


def _is_inside(leaf: NodeOrLeaf, node: NodeOrLeaf) -> bool:
    return node.start_pos <= leaf.start_pos and leaf.end_pos <= node.end_pos and \
        leaf.get_root_node() is node.get_root_node()


def _previous_binding(program: Program, binding: Binding, leaf: NodeOrLeaf) -> Binding | None:
    """The binding of the same name made before `binding` (`x = x + 1` reads the old `x`)."""
    scope = program.get_scope_of(binding.node) if binding.node is not None else None
    while scope is not None and binding.name not in scope:
        scope = scope.parent
    if scope is None:
        return None
    bindings = scope[binding.name]
    position = next((i for i, b in enumerate(bindings) if b is binding), None)
    if position:
        return bindings[position - 1]
    if position == 0 and len(bindings) > 1 and _in_loop(binding.node):
        return bindings[-1]  # in a loop, the value from the previous iteration
    return program.lookup(binding.name, scope.parent, binding.pos) if scope.parent is not None else None


def _in_loop(node: NodeOrLeaf) -> bool:
    parent = node.parent
    while parent is not None and parent.type not in ("funcdef", "classdef", "file_input"):
        if parent.type in ("for_stmt", "while_stmt"):
            return True
        parent = parent.parent
    return False


def _target_path(leaf: NodeOrLeaf, iterable: NodeOrLeaf) -> list[int | None]:
    """Indexes from a `for` target down to `leaf`: `for i, (x, y) in ...` gives [1, 0] for x."""
    path: list[int | None] = []
    node = leaf
    while node.parent is not None and node.parent.type in ("exprlist", "testlist_comp", "atom", "testlist_star_expr", "star_expr"):
        parent = node.parent
        if parent.type in ("exprlist", "testlist_comp", "testlist_star_expr"):
            elements = [c for c in parent.children if c.type != "operator"]
            path.append(elements.index(node) if node in elements else None)
        node = parent
    return list(reversed(path))
