"""The interprocedural tensor dataflow: which values reach each parameter, what each function returns.

A context-insensitive may-analysis over parso trees, iterated to a fixpoint: call sites push argument
values into parameters, returns and `self.<attr>` stores flow back. Values are abstract (values.py);
library calls are looked up in the catalogue. The same evaluation decides what each call site
calls, which makes the call graph.

Every function body is code that runs, called or not: the parameters of a function no call site
reaches (a library's public function, a test, a returned closure) or that escapes to code the
analysis cannot see receive "unknown". Keras calls the methods of its subclasses (`Layer.call`,
`Metric.update_state`, `Model.train_step` ...) with tensors, whether or not the program does.
"""
from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import dataclass

import parso
from parso.tree import NodeOrLeaf

from ..callgraph import CALLBACK, CONSTRUCTOR, DIRECT, FRAMEWORK, KERAS_CALL, METHOD, CallSite, iter_call_sites
from ..facts import NO_FACTS, Facts
from ..model import ClassInfo, FunctionInfo, Program
from ..model.flow import reaching_bindings
from ..model.scopes import (
    Argument, Assignment, AugmentedAssignment, Binding, ClassDefinition, Deletion, ExceptTarget,
    REST, FunctionDefinition, LoopVariable, WithTarget,
)
from ..syntax import (
    get_sync_comp_for, has_empty_body, is_attribute_trailer, is_call_trailer, is_comprehension, iter_body_nodes,
    iter_call_arguments, iter_nodes,
)
from . import catalogue as api
from .containers import empty_container_kind, filled_container
from .hints import hint_names
from .keras import KerasClasses
from . import records
from .test_cases import case_decorator, iter_cases
from .values import (
    BOUND_METHOD, CLASS, CONTAINER, EXTERNAL, FUNCTION, GRAPH_TENSOR_KINDS, KNOWN_LIBRARY_ROOTS, LAMBDA,
    LIBRARY_METHOD, MAX_VALUES, NOTHING, OBJECT, PARTIAL, PY_ITERATOR, RANGE, RECORD_CLASS, SUPER, TRACING, UNKNOWN,
    UNKNOWN_VALUES, Value, Values, bounded, container, dict_keys, dict_values, element_of, is_opaque,
    flatten, iteration_values, join, of, of_result, prune_subsumed, specs_as_tensors, widen,
)

MAX_ROUNDS = 30
#: A widened value set that changes this many times more is flattened (see `_join`).
MAX_WIDENINGS = 3
_ARITHMETIC = ("arith_expr", "term", "shift_expr", "and_expr", "xor_expr", "expr")
#: How many classes of the program may define a method for a call on an unseen object to be read
#: as a call of one of them (see `Dataflow._program_methods_called`), and for a call of an
#: abstract method on `self` to run each subclass's override (`Dataflow._overrides`): beyond it,
#: binding every call's arguments into every override costs more than the analysis of the rest.
MAX_NAME_DISPATCH = 8
#: Decorators whose function returns only the first of the results its body returns: the body of
#: a `tf.custom_gradient` function returns `(outputs, grad_fn)`, and calling it gives `outputs`.
_CUSTOM_GRADIENT_DECORATORS = frozenset({"tensorflow.custom_gradient", "keras.ops.custom_gradient"})
#: Decorators that keep a function's calling convention; any other decorator hides it.
_TRANSPARENT_DECORATORS = frozenset({
    "builtins.staticmethod", "builtins.classmethod", "builtins.property", "functools.wraps",
    "functools.cache", "functools.lru_cache", *_CUSTOM_GRADIENT_DECORATORS,
    "tensorflow.Module.with_name_scope",  # runs the method inside the module's name scope
})
#: Decorators that make a method no plain instance method.
_METHOD_KIND_DECORATORS = frozenset({"builtins.property", "builtins.classmethod", "builtins.staticmethod"})
#: Keras runs these methods of user models with batches of tensors from fit/evaluate/predict.
_KERAS_FRAMEWORK_METHODS = {
    "fit": ("train_step", "call"), "train_on_batch": ("train_step", "call"),
    "evaluate": ("test_step", "call"), "test_on_batch": ("test_step", "call"),
    "predict": ("predict_step", "call"), "predict_on_batch": ("predict_step", "call"),
}
#: The methods Keras itself calls on subclasses of its classes, by the library kind of the class:
#: method -> how it fills the parameters (see `_entry_point_values`).
_KERAS_ENTRY_POINTS: dict[str, dict[str, str]] = {
    api.LAYER: {"call": "inputs", "build": "shape"},
    api.MODEL: {"call": "inputs", "build": "shape", "train_step": "tensors", "test_step": "tensors",
                "predict_step": "tensors"},
    api.METRIC: {"update_state": "tensors"},
    api.LOSS: {"call": "tensors"},
}
#: Keyword parameters of `Layer.call` that Keras fills by name: a Python boolean and a tensor mask.
_KERAS_CALL_KEYWORDS = {"training": api.BOOL, "mask": api.TENSOR}
#: Standard-library modules whose functions return (or combine) their arguments: their results may
#: be tensors.
_GENERIC_MODULES = frozenset({"functools", "operator", "copy", "itertools", "typing"})
#: TensorFlow Datasets' loaders: they return tf.data datasets (see `Dataflow._tfds_datasets`).
_TFDS_LOADERS = frozenset({"tensorflow_datasets.load", "tensorflow_datasets.builder().as_dataset",
                           "tensorflow_datasets.as_dataset"})
#: Progress bars and iterator helpers whose iteration yields their first argument's elements.
_ITERATION_WRAPPERS = frozenset({
    "tqdm.tqdm", "tqdm.auto.tqdm", "tqdm.autonotebook.tqdm", "tqdm.notebook.tqdm", "tqdm.std.tqdm",
    "tqdm.rich.tqdm", "tqdm.tqdm_notebook", "tqdm.notebook.tqdm_notebook", "rich.progress.track",
    "itertools.islice", "itertools.cycle",
})
#: `tf.distribute.Strategy` methods that hand datasets and per-replica values on.
_STRATEGY_DATASETS = frozenset({"experimental_distribute_dataset", "distribute_datasets_from_function"})
_STRATEGY_TENSORS = frozenset({"reduce", "gather", "experimental_distribute_values_from_function"})
#: DTensor: functions that pack, lay out or move tensors return tensors (`unpack`: a list of them).
_DTENSOR = "tensorflow.experimental.dtensor."
_DTENSOR_TENSORS = frozenset({"pack", "relayout", "relayout_like", "copy_to_mesh", "call_with_layout"})
#: Library kinds a parameter's type hint may give it (see `Dataflow._hinted_values`).
_HINTED_KINDS = frozenset({api.SHAPE, api.DTYPE, api.SPEC, api.STRATEGY, api.LAYER, api.MODEL, api.OPTIMIZER,
                           api.LOSS, api.METRIC, api.GENERATOR, api.TAPE})
#: Attributes that every array-like value of TensorFlow, Keras and NumPy has, with the same
#: meaning: on an object the analysis cannot see, `x.shape` is still a static shape
#: (`x.shape.as_list()` is TensorShape's) and `x.dtype` a dtype.
_ARRAY_ATTRIBUTES = {"shape": api.SHAPE, "dtype": api.DTYPE}
#: The `()` of a call without arguments (`default_factory()`).
_NO_ARGUMENTS = parso.parse("f()").children[0].children[1]
#: Library paths longer than this many dotted parts stop growing (`node.parent.parent...`).
MAX_EXTERNAL_PARTS = 12
#: More spread alternatives than this in one call are bound as one unknown-length spread.
MAX_ALTERNATIVES = 8


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
        #: Constructor contexts (see `_stored_attribute`): the parameters of an `__init__` as bound by
        #: constructing one class (or by its `super().__init__`), and what that `__init__` stores
        #: in `self` with them, keyed by that class.
        self.context_params: dict[tuple[FunctionInfo, int, ClassInfo], Values] = defaultdict(frozenset)
        self.contexts: dict[FunctionInfo, set[ClassInfo]] = defaultdict(set)
        self.context_attributes: dict[tuple[ClassInfo, str, ClassInfo], Values] = defaultdict(frozenset)
        self.other_attributes: dict[tuple[ClassInfo, str], Values] = defaultdict(frozenset)  # not from `__init__`
        self._uncontexted: set[FunctionInfo] = set()  # `__init__`s some call reaches without a context
        self._context: tuple[FunctionInfo, ClassInfo] | None = None  # the context being evaluated
        self._in_context: set[tuple[FunctionInfo, ClassInfo]] = set()  # class methods evaluated for a class now
        self.attribute_names: dict[ClassInfo, set[str]] = defaultdict(set)
        self.instance_attribute_names: dict[ClassInfo, set[str]] = defaultdict(set)  # stored by methods
        self.call_counts: dict[FunctionInfo, int] = defaultdict(int)
        self.escaping: set[FunctionInfo] = set()
        #: Methods Keras calls on subclasses of its classes (`Layer.call`, `Metric.update_state` ...).
        self.entry_points: dict[FunctionInfo, dict[int, Values]] = dict(self._find_entry_points())
        self.final = False  # in the final rounds, "nothing known yet" becomes "unknown"
        self.rounds: list[int] = []  # how many rounds each phase of `run` took to settle
        self._unseen: set[FunctionInfo] = set()  # bodies that run with parameters the analysis cannot see
        self._memo: dict[int, tuple[Values, frozenset]] = {}
        self._active: set[int] = set()
        self._reads: list[set] = []  # state keys read by the evaluations in progress
        self._changed_keys: set = set()
        self._bindings: dict[int, Binding | None] = {}
        self._reaching: dict[int, tuple[Binding | None, ...]] = {}
        self._hints: dict[int, Values] = {}
        self._generators: dict[FunctionInfo, bool] = {}
        self._widened: set = set()  # state keys whose value sets are widened (values.widen)
        self._widenings: dict = defaultdict(int)  # how often each widened set has changed since
        self._return_nodes = {function: _collect_returns(function.node) for function in self.functions}
        self._attribute_stores = list(self._collect_attribute_stores())
        self.container_uses: dict[int, list] = {}  # see containers._uses
        self.test_cases: list[tuple[FunctionInfo, NodeOrLeaf, str]] = []  # see test_cases
        self._case_decorators: set[NodeOrLeaf] = set()
        self.program_methods = {name for cls in program.iter_classes() for name in cls.methods}
        #: method name -> (class, method) for each plain method (no property, class or static method)
        self.program_method_owners: dict[str, list] = defaultdict(list)
        self._plain_methods: set[FunctionInfo] = set()
        self._decorators = {function: _decorator_names(program, function) for function in self.functions}
        for cls in program.iter_classes():
            for name, method in cls.methods.items():
                if not self._decorators[method] & _METHOD_KIND_DECORATORS:
                    self.program_method_owners[name].append((cls, method))
                    self._plain_methods.add(method)
        self._override_cache: dict[tuple, list[FunctionInfo]] = {}
        methods = [method for cls in program.iter_classes() for method in cls.methods.values()]
        self.classmethods = {method for method in methods if "builtins.classmethod" in self._decorators[method]}
        #: every function decorated `@property`, also a getter its setter replaces in the class body
        self.property_getters = {function for function in self.functions
                                 if "builtins.property" in self._decorators[function]}
        self._properties_read: dict[FunctionInfo, list[FunctionInfo]] = {}
        self._init_stores: dict[FunctionInfo, set[str]] = defaultdict(set)  # names each `__init__` stores
        self._stored_names: dict[ClassInfo, set[str]] = defaultdict(set)  # names each class's code stores
        for cls, name, _, method in self._attribute_stores:
            self._stored_names[cls].add(name)
            if method is not None and method.name == "__init__":
                self._init_stores[method].add(name)
        self._record_fields: dict[ClassInfo, tuple[str, ...] | None] = {}  # see `record_fields`
        self._custom_gradients = {function for function in self.functions
                                  if self._decorators[function] & _CUSTOM_GRADIENT_DECORATORS}
        self._changed = False

    # -- driving ------------------------------------------------------------------------------
    def run(self) -> "Dataflow":
        """Iterate to a fixpoint. After the first round of each phase, a call site, return or
        attribute store is evaluated again only when a state it read has changed.

        Every function body runs: one that nothing in the program calls (a library's public
        function, a test, a returned closure) or that escapes runs with parameters that may hold
        anything, which the final phase makes "unknown"."""
        self._find_test_cases()
        work = [(site, self._flow_call) for site in self.sites]
        work += [(item, self._flow_test_cases) for item in self.test_cases]
        work += [(function, self._flow_returns) for function in self._return_nodes]
        work += [(store, self._flow_attribute) for store in self._attribute_stores]
        for function, values_by_index in self.entry_points.items():
            for index, param in enumerate(function.get_params()):
                if index in values_by_index:
                    self._push(function, index, values_by_index[index])
                elif index and param.star_count == 0:
                    self._default(function, index)
        reads: dict[int, frozenset] = {}
        # Three phases: what the program's own calls pass; then also what unseen and escaping
        # functions may receive ("unknown"), still without guessing; and last, every value still
        # missing becomes "unknown". Settling the second phase first keeps a call site evaluated
        # before the return it reads from turning that return into "unknown" for good.
        for seeded, final in ((False, False), (True, False), (True, True)):
            self.final = final
            self._changed_keys = set()
            if seeded:
                self._mark_escapes()
                self._seed_unseen()
            changed = None if final or not seeded else set(self._changed_keys)  # None: all is due
            self.rounds.append(0)
            for _ in range(MAX_ROUNDS):
                self.rounds[-1] += 1
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
                if seeded and not self._changed_keys:  # settled: did it reveal more unseen functions?
                    self._memo.clear()
                    self._mark_escapes()
                    self._seed_unseen()
                if not self._changed_keys:
                    break
                changed = self._changed_keys
        self.call_counts = defaultdict(int)
        for site in self.sites:
            for function in site.targets:
                self.call_counts[function] += 1
        for function in self.entry_points:
            self.call_counts[function] += 1  # Keras calls it
        self._mark_escapes()
        return self

    def _seed_unseen(self) -> None:
        """Parameters of functions no call site reaches, or that escape, may receive anything."""
        called = {function for site in self.sites for function in site.targets}
        for function in self.functions:
            if function in self._unseen or (function in called and function not in self.escaping) \
                    or (function in self.entry_points and function not in self.escaping):
                continue
            self._unseen.add(function)
            self._reach(function, None)
            offset = 1 if _is_method(function) else 0
            for index, param in enumerate(function.get_params()):
                if index >= offset:
                    self._push(function, index, _unknown_argument(param.star_count))

    def _flow_returns(self, function: FunctionInfo) -> None:
        nodes = self._return_nodes[function]
        values = join(*(self.eval(node) for node in nodes)) if nodes else of(api.NONE)
        if function in self._custom_gradients:
            values = _outputs_of_custom_gradient(values)
        self._join(self.returns, function, values, ("r", function))

    def _flow_attribute(self, store) -> None:
        cls, name, value, method = store
        self.attribute_names[cls].add(name)
        if method is not None:
            self.instance_attribute_names[cls].add(name)
        values = self.eval(value) if method is not None else self._class_attribute(value)
        self._join(self.attributes, (cls, name), values, ("a", cls, name))
        if method is None or method.name != "__init__":
            self._join(self.other_attributes, (cls, name), values, ("o", cls, name))
            return
        self._note(("c", method))
        for context in list(self.contexts[method]):
            self._join(self.context_attributes, (cls, name, context), self._eval_in_context(value, method, context),
                       ("ca", cls, name, context))

    def _class_attribute(self, value: NodeOrLeaf) -> Values:
        """What a class-level assignment gives instances: in a dataclass, `x: T =
        dataclasses.field(default_factory=F)` holds `F()` and `field(default=v)` holds `v` (and
        without either, what the constructor is given: unknown)."""
        children = value.children if value.type in ("atom_expr", "power") else ()
        if len(children) < 2 or not is_call_trailer(children[-1]) \
                or self.eval_trailers(value, len(children) - 1) != of(EXTERNAL, "dataclasses.field"):
            return self.eval(value)
        for keyword, node in iter_call_arguments(children[-1]):
            if keyword == "default_factory":
                return self._call(self.eval(node), _NO_ARGUMENTS)
            if keyword == "default":
                return self.eval(node)
        return UNKNOWN_VALUES

    def _property_of(self, method: FunctionInfo, cls: ClassInfo) -> Values:
        """A property read on an object of `cls`: its body runs with `self` that object, so
        `return self._observers` in a base class gives what constructing `cls` stored."""
        nodes = self._return_nodes.get(method)
        if cls is method.cls or not nodes:
            return self._returns_of(method)
        values = join(*(self._eval_in_context(node, method, cls) for node in nodes))
        return values or (UNKNOWN_VALUES if self.final else NOTHING)

    def _classmethod_returns(self, method: FunctionInfo, cls: ClassInfo) -> Values:
        """A class method called on `cls` (a subclass of where it is defined): its body runs with
        `cls` that class, so the factory `return cls(data)` makes an instance of `cls`, whose own
        methods then resolve (`NodeSet.from_fields(...).features`)."""
        nodes = self._return_nodes.get(method)
        if cls is method.cls or not nodes or (method, cls) in self._in_context:
            return self._returns_of(method)
        self._in_context.add((method, cls))
        try:
            values = join(*(self._eval_in_context(node, method, cls) for node in nodes))
        finally:
            self._in_context.discard((method, cls))
        return values or self._returns_of(method)

    def _eval_in_context(self, node: NodeOrLeaf, method: FunctionInfo, context: ClassInfo) -> Values:
        """`node` of `method` evaluated for objects of `context`: `self` is one, and the
        parameters of an `__init__` hold what constructing that class passed it (a memo of its
        own: the shared one holds the merged values)."""
        saved = self._memo, self._context
        self._memo, self._context = {}, (method, context)
        try:
            return self.eval(node)
        finally:
            self._memo, self._context = saved

    def _join(self, table, key, values: Values, state_key) -> None:
        old = table[key]
        new = old | values
        if new != old:
            new = prune_subsumed(new)
        if state_key in self._widened or len(new) > MAX_VALUES:  # once widened, always
            self._widened.add(state_key)
            # a widened set whose nested structures still keep growing is flattened: it settles
            new = widen(new) if self._widenings[state_key] < MAX_WIDENINGS else flatten(new)
        if new != old:
            table[key] = new
            self._changed_keys.add(state_key)
            if state_key in self._widened:
                self._widenings[state_key] += 1

    def _note(self, state_key) -> None:
        """Record that the evaluation in progress read a piece of state."""
        if self._reads:
            self._reads[-1].add(state_key)

    # -- call sites ---------------------------------------------------------------------------
    def _flow_call(self, site: CallSite) -> None:
        site.targets.clear()
        site.library.clear()
        site.unresolved = False
        site.convention = None
        callee = self.eval_trailers(site.node, site.trailer_index)
        arguments = list(iter_call_arguments(site.trailer))
        entries = _Lazy(lambda: self._evaluate_arguments(arguments))  # only calls into the program bind
        if self.final and any(is_opaque(value) for value in callee):
            callee = self._by_convention(site, callee, arguments)
        bound_methods = set()
        for value in callee:
            if value.kind == BOUND_METHOD:  # the receiver is not bound: once per method is enough
                if value.ref in bound_methods:
                    continue
                bound_methods.add(value.ref)
            self._flow_callee(site, value, arguments, entries)
        if not callee:
            site.unresolved = self.final or site.unresolved

    def _by_convention(self, site: CallSite, callee: Values, arguments) -> Values:
        """An unknown callee read by TensorFlow's calling conventions, as an expert reads it: a call
        with a `training=` keyword is a Keras layer or model call, `x.run(fn, args=(...))` is
        `tf.distribute.Strategy.run`, and a method only TensorFlow's value classes have
        (`v.assign_add(1)`, `shape.is_compatible_with(...)`, `ragged.row_lengths()`, see
        `catalogue.method_owner`) is theirs when no class of the program defines one of that name.
        The site records the assumption."""
        keywords = {keyword for keyword, _ in arguments if keyword is not None}
        if "training" in keywords:
            site.convention = "a Keras layer or model: it is called with `training=`"
            return frozenset(value for value in callee if not is_opaque(value)) | of(api.MODEL)
        if site.method_name == "run" and "args" in keywords and arguments and arguments[0][0] is None:
            site.convention = "`tf.distribute.Strategy.run`: it runs a callable with `args=`"
            run = Value(LIBRARY_METHOD, (api.STRATEGY, "run"), receiver=Value(api.STRATEGY))
            return frozenset(value for value in callee if not is_opaque(value)) | {run}
        method = site.method_name
        owner = self._tensorflow_method(method) if method is not None else None
        unseen = [value for value in callee if is_opaque(value) and value.kind != LIBRARY_METHOD]
        if owner is None:
            return self._program_methods_called(site, method, callee, unseen) if unseen and method else callee
        cls, kind = owner
        receiver = self.eval_trailers(site.node, site.trailer_index - 1) if site.trailer_index >= 2 else NOTHING
        if unseen or any(value.kind == UNKNOWN for value in receiver):  # (`_attribute_of` typed it already)
            site.convention = f"`{cls.replace('tensorflow.', 'tf.')}.{method}`: no class of the program defines `{method}`"
            return callee.difference(unseen) | {Value(LIBRARY_METHOD, (kind, method), receiver=Value(kind))}
        return callee

    def _program_methods_called(self, site: CallSite, method: str, callee: Values, unseen) -> Values:
        """`x.get_indices_dict()` on an object the analysis cannot see runs one of the program's
        methods of that name when no class of TensorFlow, Keras or Python's builtins has a method
        so called (the name-based dispatch of Python call graph builders). A name several classes
        of the program define runs any of them."""
        owners = self.program_method_owners.get(method, ())
        if not owners or len(owners) > MAX_NAME_DISPATCH or api.is_library_method_name(method):
            return callee
        names = ", ".join(f"`{function.qualname}`" for _, function in owners)
        site.convention = f"{names}: no library class has a method `{method}`"
        return callee.difference(unseen) | {Value(BOUND_METHOD, function, receiver=Value(OBJECT, cls))
                                            for cls, function in owners}

    def _tensorflow_method(self, name: str) -> tuple[str, str] | None:
        """(class, kind) when `name` is a method only TensorFlow's value classes have and no class
        of the program defines one of that name: on an object the analysis cannot see, it is
        TensorFlow's (see `catalogue.method_owner`)."""
        return api.method_owner(name) if name not in self.program_methods else None

    def _flow_callee(self, site: CallSite, value: Value, arguments, entries) -> None:
        """Bind the call's arguments (`entries`, evaluated) to what one callee value runs."""
        kind = value.kind
        if kind == FUNCTION:
            self._bind(site, value.ref, entries, 0, DIRECT)
        elif kind == BOUND_METHOD:
            # `super().__init__(...)` runs the base's `__init__` for the class whose method calls it
            context = value.receiver.ref if value.ref.name == "__init__" and value.receiver is not None \
                and value.receiver.kind == OBJECT else None
            self._bind(site, value.ref, entries, 0 if _is_static(value.ref) else 1, METHOD, context)
            if value.receiver is not None and value.receiver.kind in (CLASS, OBJECT) \
                    and value.ref in self.classmethods:
                self._push(value.ref, 0, of(CLASS, value.receiver.ref))  # `cls` is the class called on
        elif kind == CLASS:
            fields = self.record_fields(value.ref)
            if fields is not None:  # what its methods see in `self`
                record = self._record(fields, entries.get(), value.ref)
                for field, element in zip(fields, record.elements):
                    self._join(self.attributes, (value.ref, field), element, ("a", value.ref, field))
            init = self.keras.find_method(value.ref, "__init__")
            if init is not None:
                self._bind(site, init, entries, 1, CONSTRUCTOR, context=value.ref)
        elif kind == RECORD_CLASS:
            site.library.add("builtins.tuple")
        elif kind == OBJECT:
            keras_kind = self.keras.get_keras_kind(value.ref)
            method = self.keras.find_method(value.ref, "__call__") or (
                self.keras.find_method(value.ref, "call") if keras_kind else None)
            if method is not None:
                self._bind(site, method, entries, 1, KERAS_CALL)
            elif keras_kind is not None:  # a functional model built in `__init__`: Keras' own `call`
                site.library.add(f"{keras_kind}.__call__")
                site.methods.add((keras_kind, "__call__"))
            else:
                site.unresolved = True
        elif kind == PARTIAL:  # the bound arguments come first
            callees, count = value.ref
            bound = [(None, None, element) for element in value.elements[:count]]
            bound += [(key, None, element) for key, element in zip(value.keys, value.elements[count:])]
            for inner in callees:
                self._flow_callee(site, inner, arguments, _Lazy(lambda: bound + entries.get()))
        elif kind == TRACING:  # `f.get_concrete_function(tf.TensorSpec(...))` traces `f` with tensors
            traced = _Lazy(lambda: [(keyword, spread, specs_as_tensors(values))
                                    for keyword, spread, values in entries.get()])
            self._flow_callee(site, value.receiver, arguments, traced)
        elif kind == EXTERNAL:
            site.library.add(value.ref)
            if _is_foreign(value):
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
        elif kind == LAMBDA:
            site.unresolved = site.unresolved or not _lambda_calls_seen(value.ref, site.caller)
        else:
            site.unresolved = True

    def _evaluate_arguments(self, arguments) -> list[tuple[str | None, str | None, Values]]:
        """(keyword, "*" or "**" for a spread, values) of each argument of a call."""
        entries = []
        for keyword, node in arguments:
            if keyword is None and node.type == "argument" and node.children[0].type == "operator":
                entries.append((None, node.children[0].value, self.eval(node.children[1])))
            else:
                entries.append((keyword, None, self.eval(node)))
        return entries

    def _bind(self, site: CallSite, function: FunctionInfo, entries, offset: int, how: str,
              context: ClassInfo | None = None) -> None:
        """Push the values of a call's arguments into the parameters of `function`. A spread of a
        tuple or dict of known shape (`*args`, `**kwargs` a wrapper received) passes its items one
        by one, for each shape it may have."""
        site.targets[function] = how
        self._reach(function, context)
        entries = entries.get()
        if not self.final and any(star and not values for _, star, values in entries):
            return  # a spread whose values are not known yet: the call is bound again once they are
        for arguments in _expand_spreads(entries):
            self._bind_arguments(function, arguments, offset, context)

    def _bind_arguments(self, function: FunctionInfo, arguments, offset: int,
                        context: ClassInfo | None = None) -> None:
        params = function.get_params()
        star_param = next((i for i, p in enumerate(params) if p.star_count == 1), None)
        kwargs_param = next((i for i, p in enumerate(params) if p.star_count == 2), None)
        limit = min(i for i in (star_param, kwargs_param, len(params)) if i is not None)
        slots = list(range(offset, limit))  # the parameters positional arguments fill
        by_name = {p.name.value: index for index, p in enumerate(params) if p.star_count == 0}
        filled: set[int] = set(range(offset))
        extra: list[Values] = []  # positional arguments beyond the slots
        spread: Values | None = None  # the elements of spreads of unknown length, if any
        extra_keywords: dict[str, Values] | None = {}  # None: unknown
        position = 0
        for keyword, values in arguments:
            if keyword == "*":  # a spread of unknown length: any remaining slot may get any element
                elements = element_of(values)
                for index in slots[position:]:
                    self._push(function, index, elements, context)
                    filled.add(index)
                position = len(slots)
                spread = (spread or NOTHING) | elements
            elif keyword == "**":
                for index, param in enumerate(params):
                    if index not in filled and index >= offset and param.star_count == 0:
                        self._push(function, index, UNKNOWN_VALUES, context)
                        filled.add(index)
                extra_keywords = None
            elif keyword is None:
                if position < len(slots):
                    self._push(function, slots[position], values, context)
                    filled.add(slots[position])
                    position += 1
                else:
                    extra.append(values)
            elif keyword in by_name:
                self._push(function, by_name[keyword], values, context)
                filled.add(by_name[keyword])
            elif extra_keywords is not None:
                extra_keywords[keyword] = values
        if star_param is not None:
            # with a spread of unknown length, a tuple of any length holding any of the elements
            self._push(function, star_param, frozenset({container("tuple", extra if spread is None
                                                                  else [join(spread, *extra)])}), context)
        if kwargs_param is not None:
            self._push(function, kwargs_param, frozenset({_keyword_dict(extra_keywords)})
                       if extra_keywords is not None else _unknown_argument(2), context)
        for index, param in enumerate(params):
            if index not in filled and param.star_count == 0:
                self._default(function, index)

    def _push(self, function: FunctionInfo, index: int, values: Values, context: ClassInfo | None = None) -> None:
        if not values:
            if not self.final:
                return
            values = UNKNOWN_VALUES
        self._join(self.params, (function, index), values, ("p", function, index))
        if context is not None:
            self._join(self.context_params, (function, index, context), values, ("pc", function, index, context))

    def _reach(self, function: FunctionInfo, context: ClassInfo | None) -> None:
        """Record how a call reaches an `__init__`: constructing (or `super()` from) `context`,
        or, when None, in a way that gives no context (see `_stored_attribute`)."""
        if function.name != "__init__":
            return
        if context is None:
            if function not in self._uncontexted:
                self._uncontexted.add(function)
                self._changed_keys.add(("u", function))
        elif context not in self.contexts[function]:
            self.contexts[function].add(context)
            self._changed_keys.add(("c", function))

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
                    site.targets[function] = FRAMEWORK
                    how = "inputs" if name == "call" else "tensors"
                    for index, values in self._entry_point_values(function, how).items():
                        self._push(function, index, values)

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
            for function, bound in self._callbacks_in(values):
                self._push_callback(site, function, callback.get_parameter_kind, CALLBACK, bound)

    def _push_callback(self, site: CallSite, function: FunctionInfo, kind_of_parameter, how: str,
                       bound: Value | None = None) -> None:
        """Library code calls `function`; parameter i receives `kind_of_parameter(i)` (None: nothing).
        A `functools.partial` (`bound`) fills its parameters first."""
        site.targets[function] = how
        self._reach(function, None)
        offset = 1 if _is_method(function) else 0
        params = function.get_params()
        if bound is not None:
            count = bound.ref[1]
            arguments = [(None, element) for element in bound.elements[:count]]
            arguments += list(zip(bound.keys, bound.elements[count:]))
            self._bind_arguments(function, arguments, offset)
            taken = set(bound.keys)
            positional = [i for i, p in enumerate(params) if p.star_count == 0 and p.name.value not in taken]
            positional = [i for i in positional if i >= offset][count:]
        else:
            positional = [i for i, p in enumerate(params) if i >= offset and p.star_count == 0]
        for position, index in enumerate(positional):
            kind = kind_of_parameter(position)
            if kind is not None:
                self._push(function, index, of(kind))
            else:
                self._default(function, index)

    def _default(self, function: FunctionInfo, index: int) -> None:
        """A call leaves parameter `index` to its default (if it has one)."""
        key = (function, index)
        if key not in self.defaulted and function.get_params()[index].default is not None:
            self.defaulted.add(key)
            self._changed_keys.add(("p", function, index))

    def _functions_in(self, values: Values):
        for value in values:
            if value.kind in (FUNCTION, BOUND_METHOD):
                yield value.ref
            elif value.kind == PARTIAL:
                yield from self._functions_in(value.ref[0])

    def _callbacks_in(self, values: Values):
        """(function, the partial that binds some of its arguments or None) for each callable."""
        for value in values:
            if value.kind in (FUNCTION, BOUND_METHOD):
                yield value.ref, None
            elif value.kind == PARTIAL:
                for function in self._functions_in(value.ref[0]):
                    yield function, value

    # -- Keras entry points -------------------------------------------------------------------
    def _find_entry_points(self):
        """Methods of Keras subclasses that Keras calls with tensors, whether or not the program does."""
        for cls in self.program.iter_classes():
            kind = self.keras.get_library_kind(cls)
            if kind is None:
                continue
            for name, how in _KERAS_ENTRY_POINTS[kind].items():
                function = cls.methods.get(name)
                if function is not None and _is_method(function):
                    yield function, self._entry_point_values(function, how)

    @staticmethod
    def _entry_point_values(function: FunctionInfo, how: str) -> dict[int, Values]:
        """What Keras passes each parameter: "inputs" (`Layer.call`: the inputs, then `training`
        and `mask` by name), "tensors" (every positional parameter) or "shape" (`build`)."""
        values: dict[int, Values] = {}
        params = function.get_params()
        positional = [i for i, p in enumerate(params) if i >= 1 and p.star_count == 0]
        for position, index in enumerate(positional):
            name = params[index].name.value
            if how == "inputs" and name in _KERAS_CALL_KEYWORDS:
                values[index] = of(_KERAS_CALL_KEYWORDS[name])
            elif how == "tensors" or position == 0 and how == "inputs":
                values[index] = of(api.TENSOR)
            elif how == "shape" and position == 0:
                values[index] = of(api.SHAPE)
        return values

    # -- parameterized tests ------------------------------------------------------------------
    def _find_test_cases(self) -> None:
        """Tests whose decorator lists the cases the runner calls them with (see `test_cases`)."""
        for function in self.functions:
            for decorator in function.get_decorators():
                how = case_decorator(self, decorator.children[1])
                if how is not None:
                    self.test_cases.append((function, decorator.children[1], how))
                    self.entry_points.setdefault(function, {})
                    self._case_decorators.add(decorator.children[1])

    def _flow_test_cases(self, item) -> None:
        function, decorator, how = item
        offset = 1 if _is_method(function) else 0
        for arguments in iter_cases(self, decorator, how):
            self._bind_arguments(function, arguments, offset)

    # -- escapes ------------------------------------------------------------------------------
    def _mark_escapes(self) -> None:
        """Functions whose callers the analysis cannot see: hidden by a decorator, or handed to
        code outside the program."""
        for function in self.functions:
            for decorator in function.get_decorators():
                if function.hybrid is not None and decorator.start_pos[0] == function.hybrid.line:
                    continue
                name = self.program.get_qualified_name(_decorator_callee(decorator.children[1]))
                name = api.normalize(name) if name else name
                if name not in _TRANSPARENT_DECORATORS and not (name or "").endswith(".setter") \
                        and decorator.children[1] not in self._case_decorators \
                        and not self._is_forwarding_decorator(decorator.children[1]):
                    self.escaping.add(function)
        for site in self.sites:
            if site.node in self._case_decorators:
                continue  # the runner calls the test with these cases, as `_flow_test_cases` does
            if (site.targets and not site.unresolved) or "tensorflow.function" in site.library \
                    or "functools.partial" in site.library:  # the partial's own calls bind
                continue
            for _, node in iter_call_arguments(site.trailer):
                for reference in _iter_references(node):
                    for function in self._functions_in(self.eval(reference)):
                        if function not in site.targets:
                            self.escaping.add(function)

    def _is_forwarding_decorator(self, expression: NodeOrLeaf) -> bool:
        """A decorator of the program whose wrapper passes its own `*args, **kwargs` on to the
        decorated function (the `functools.wraps` idiom): calls of the decorated function reach it
        with their own arguments, which the call sites already bind."""
        decorators = self.eval(expression)
        return bool(decorators) and all(
            value.kind == FUNCTION and self._returns_forwarding_wrapper(value.ref) for value in decorators)

    def _returns_forwarding_wrapper(self, decorator: FunctionInfo) -> bool:
        params = decorator.get_params()
        if not params or params[0].star_count or _is_method(decorator):
            return False
        wrappers = self._returns_of(decorator)
        return bool(wrappers) and all(
            value.kind == FUNCTION and value.ref.node.parent is not None
            and _is_inside(value.ref.node, decorator.node) and self._forwards(value.ref, params[0])
            for value in wrappers)

    def _forwards(self, wrapper: FunctionInfo, target) -> bool:
        """`wrapper` calls the parameter `target` with its own `*args` (and `**kwargs`)."""
        stars = {p.star_count: p for p in wrapper.get_params() if p.star_count}
        if 1 not in stars:
            return False
        for site in self._sites_of(wrapper):
            callee = site.node.children[0]
            if site.trailer_index != 1 or callee.type != "name":
                continue
            binding = self.resolve(callee)
            if not isinstance(binding, Argument) or binding.param is not target:
                continue
            spread = {node.children[0].value: node.children[1] for keyword, node in iter_call_arguments(site.trailer)
                      if keyword is None and node.type == "argument" and node.children[0].type == "operator"}
            if all(star in spread and spread[star].type == "name"
                   and getattr(self.resolve(spread[star]), "param", None) is stars[count]
                   for count, star in ((1, "*"), (2, "**")) if count in stars):
                return True
        return False

    def properties_read(self, function: FunctionInfo) -> list[FunctionInfo]:
        """The program's property getters that `function`'s body runs by reading an attribute
        (`self._buffer.data` runs `TFDeque.data`): calls without a call site."""
        found = self._properties_read.get(function)
        if found is None:
            found = self._properties_read[function] = []
            for node in iter_body_nodes(function.node):
                if not is_attribute_trailer(node):
                    continue
                parent = node.parent
                for value in self.eval_trailers(parent, parent.children.index(node)):
                    getter = self.keras.find_method(value.ref, node.children[1].value) if value.kind == OBJECT else None
                    if getter in self.property_getters and getter not in found:
                        found.append(getter)
        return found

    def _sites_of(self, function: FunctionInfo) -> list[CallSite]:
        if not hasattr(self, "_sites_by_caller"):
            self._sites_by_caller: dict[FunctionInfo | None, list[CallSite]] = defaultdict(list)
            for site in self.sites:
                self._sites_by_caller[site.caller].append(site)
        return self._sites_by_caller.get(function, [])

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
            comprehension = get_sync_comp_for(inner) if inner.type == "testlist_comp" else None
            if comprehension is not None:
                element = self.eval(inner.children[0])
                return frozenset({container("list", [element] * self._comprehension_length(comprehension))})
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

    def _comprehension_length(self, comprehension: NodeOrLeaf) -> int:
        """How many elements `[f(x) for x in items]` has when `items` is a tuple or list of known
        length (two layers' names make two outputs); 1, "any number", otherwise."""
        if len(comprehension.children) != 4:  # a condition or a second `for`
            return 1
        lengths = {len(value.elements) if value.kind == CONTAINER and value.ref in ("tuple", "list") else 1
                   for value in self.eval(comprehension.children[3])}
        return lengths.pop() if len(lengths) == 1 else 1

    # names ------------------------------------------------------------------------------------
    def resolve(self, leaf: NodeOrLeaf) -> Binding | None:
        key = id(leaf)
        if key not in self._bindings:
            self._bindings[key] = self.program.resolve_name(leaf)
        return self._bindings[key]

    def reaching(self, leaf: NodeOrLeaf) -> tuple[Binding | None, ...]:
        """The bindings whose value the name at `leaf` may read (see `model.flow`)."""
        key = id(leaf)
        found = self._reaching.get(key)
        if found is None:
            binding = self.resolve(leaf)
            if isinstance(binding, Assignment) and binding.value is not None and _is_inside(leaf, binding.value):
                binding = _previous_binding(self.program, binding, leaf)
            found = (binding,)
            if binding is not None:
                scope = self.program.get_scope_of(leaf)
                if any(b is binding for b in scope.get(leaf.value, ())):
                    found = reaching_bindings(scope, binding, leaf, self.program.get_pos(leaf))
            self._reaching[key] = found
        return found

    def eval_name(self, leaf: NodeOrLeaf) -> Values:
        bindings = self.reaching(leaf)
        binding = bindings[0]
        values = join(*(self.binding_values(b) for b in bindings)) if len(bindings) > 1 \
            else self.binding_values(binding)
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
            # the live object is the last definition the kernel ran
            function = next((f for f in reversed(module.functions) if f.qualname == fact.detail), None)
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
            empty = empty_container_kind(self, binding.value) if binding.index is None else None
            if empty is not None:
                return filled_container(self, binding, empty)  # `outputs = {}` filled by the body
            values = self.eval(binding.value)
            for index in binding.index or ():
                if index == REST:  # `first, *rest = batch`: a list of the other elements
                    element = self._element(values, None)
                    values = frozenset({container("list", [element])}) if element else NOTHING
                else:
                    values = self._element(values, index)
            return values
        if isinstance(binding, LoopVariable):
            values = self._element(self.eval(binding.iterable), None)
            for index in _target_path(binding.node, binding.iterable):
                values = self._element(values, index)
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

    def _element(self, values: Values, index: int | None) -> Values:
        """What unpacking (at `index`) or iterating `values` gives. Containers whose elements are
        not known yet give nothing yet, and in the final phase, which waits no more, "unknown"."""
        element = element_of(values, index)
        return element if element or not values or not self.final else UNKNOWN_VALUES

    def _argument_values(self, binding: Argument) -> Values:
        param = binding.param
        owner = param.parent.parent if param.parent.type == "parameters" else None
        function = self.function_of_node.get(owner)
        if function is None:
            return UNKNOWN_VALUES  # a lambda's parameter
        context = self._context[1] if self._context is not None and self._context[0] is function else None
        if function in self.classmethods:
            if binding.index == 0:  # the class it is called on (`Context.from_fields` of a base's)
                if context is not None:
                    return of(CLASS, context)
                self._note(("p", function, 0))
                return self.params[(function, 0)] or of(CLASS, function.cls)
            context = None  # its other parameters are shared by every class it is called on
        elif binding.index == 0 and _is_method(function):
            cls = context or function.cls
            fields = self.record_fields(cls)
            return frozenset({self._record_self(cls, fields)}) if fields is not None else of(OBJECT, cls)
        if context is not None:
            self._note(("pc", function, binding.index, context))
            values = self.context_params[(function, binding.index, context)]
        else:
            self._note(("p", function, binding.index))
            values = self.params[(function, binding.index)]
        if param.star_count:  # the tuple or dict of each call
            return values or (_unknown_argument(param.star_count) if self.final else NOTHING)
        if param.default is not None and (function, binding.index) in self.defaulted:  # a call omits it
            values = values | self.eval(param.default)
        if not values and self.final:
            values = UNKNOWN_VALUES
        if param.annotation is not None and any(is_opaque(value) for value in values):
            hinted = self._hinted_values(param)
            if hinted:
                values = frozenset(value for value in values if not is_opaque(value)) | hinted
        return values

    # named tuples ----------------------------------------------------------------------------
    def record_fields(self, cls: ClassInfo) -> tuple[str, ...] | None:
        """The field names when `cls` is a named tuple class (see `records`), else None."""
        if cls not in self._record_fields:
            self._record_fields[cls] = records.class_fields(self.program, cls)
        return self._record_fields[cls]

    def _record_entries(self, trailer: NodeOrLeaf) -> list[tuple[str | None, str | None, Values]]:
        return self._evaluate_arguments(self._arguments(trailer)) if is_call_trailer(trailer) else []

    def _record(self, fields: tuple[str, ...], entries, cls: ClassInfo | None = None) -> Value:
        """The named tuple a construction builds: each field holds its argument; a field the call
        leaves out holds its declared default (None when it is set outside the declaration, as
        `Step.__new__.__defaults__ = ...` does)."""
        held: list[Values | None] = [None] * len(fields)
        position = 0
        for keyword, star, values in entries:
            if star == "*":  # `Step(*parts)`: any remaining field may hold any element
                for index in range(position, len(fields)):
                    held[index] = join(held[index] or NOTHING, element_of(values))
                position = len(fields)
            elif star == "**":
                for index, value in enumerate(held):
                    if value is None:
                        held[index] = join(*(dict_values(v) for v in values if v.kind == CONTAINER)) or UNKNOWN_VALUES
            elif keyword is None:
                if position < len(fields):
                    held[position] = values
                position += 1
            elif keyword in fields:
                held[fields.index(keyword)] = values
        for index, value in enumerate(held):
            if value is None:
                default = records.annotated_default(cls, fields[index]) if cls is not None else None
                held[index] = self.eval(default) if default is not None else of(api.NONE)
        return _named_tuple(held, fields, Value(CLASS, cls) if cls is not None else None)

    def _record_self(self, cls: ClassInfo, fields: tuple[str, ...]) -> Value:
        """`self` in a method of a named tuple class: what its constructions (and those of its
        subclasses) put in each field."""
        held = []
        for field in fields:
            found = []
            for klass in self.keras.get_subclasses(cls):
                self._note(("a", klass, field))
                found.append(self.attributes.get((klass, field), NOTHING))
            held.append(join(*found))
        return _named_tuple(held, fields, Value(CLASS, cls))

    def _record_method(self, record: Value, method: str, trailer: NodeOrLeaf) -> Value:
        """`step._replace(reward=r)`: the same fields with those named replaced; `step._asdict()`:
        a dict of the fields."""
        if method == "_asdict":
            return _keyword_dict(dict(zip(record.keys, record.elements)))
        held = list(record.elements)
        for keyword, node in self._arguments(trailer):
            if keyword in record.keys:
                held[record.keys.index(keyword)] = self.eval(node)
        return _named_tuple(held, record.keys, record.receiver)

    def _hinted_values(self, param) -> Values:
        """What a parameter's hint says it holds where the call sites cannot tell: instances of the
        TensorFlow and Keras classes it names (`shape: tf.TensorShape`, `strategy:
        tf.distribute.Strategy`, `Optional[keras.Model]`), and of the program's own classes it
        names (`policies: Sequence[TFPolicy]`, a list of them), so their methods resolve to the
        hinted class's instead of to every class with a method of that name. Tensor kinds are left
        out: a hint that decides the tensor property is an assumption of its own function
        (TYPE_INFERENCING), not a fact for the functions it calls."""
        key = id(param)
        if key not in self._hints:
            names = hint_names(self.program, param.annotation)
            kinds = {api.call_result(name) for name in names if not name.startswith("builtins.")}
            hinted = {Value(kind) for kind in kinds & _HINTED_KINDS}
            objects = frozenset(Value(OBJECT, cls) for cls in self._hinted_classes(param.annotation))
            if objects and self._is_sequence_hint(param.annotation):
                objects = frozenset({container("list", [objects])})
            self._hints[key] = frozenset(hinted) | objects
        return self._hints[key]

    def _hinted_classes(self, annotation: NodeOrLeaf) -> list[ClassInfo]:
        """The program's plain classes a hint names directly (not through an alias or a base, not a
        named tuple or a tensor type, whose instances the dataflow represents otherwise)."""
        found = []
        for node in iter_nodes(annotation):
            if node.type not in ("name", "atom_expr", "power"):
                continue
            if node.type != "name" and not all(is_attribute_trailer(t) for t in node.children[1:]):
                continue
            if node.type == "name" and node.parent.type == "trailer" and node.parent.children[0].value == ".":
                continue  # the `TFPolicy` of `tf_policy.TFPolicy`, read as a whole above
            cls = self.program.resolve_class(self.program.resolve_name(node)) if node.type == "name" \
                else self.keras.find_class(self.program.get_qualified_name(node) or "")
            if cls is not None and cls not in found and self.record_fields(cls) is None \
                    and not self.keras.is_tensor_class(cls):
                found.append(cls)
        return found

    def _is_sequence_hint(self, annotation: NodeOrLeaf) -> bool:
        """`Sequence[X]`, `List[X]`, `list[X]`, `Iterable[X]`, `Tuple[X, ...]` (in `Optional[...]` too)."""
        node = annotation
        while node.type in ("atom_expr", "power") and node.children[0].type == "name" \
                and node.children[-1].type == "trailer" and node.children[-1].children[0].value == "[":
            parts = [node.children[0]] + [trailer.children[1] for trailer in node.children[1:-1]]
            name = (self.program.get_qualified_name_of_parts(parts) or "").rsplit(".", 1)[-1]
            if name in ("Sequence", "List", "list", "Iterable", "Tuple", "tuple", "MutableSequence", "Collection"):
                return True
            if name != "Optional":
                return False
            node = node.children[-1].children[1]
        return False

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
        """`value.name` for each value. A value that cannot have the attribute (an instance of a
        program class defining no such method, a tensor asked for a private method of the
        program) is left out when another value has it: that value does not flow here when the
        program runs (`result._get_num_items()` of a factory whose returns merge several classes)."""
        result, lacking = set(), []
        for value in values:
            if name in self.program_methods and self._lacks(value, name):
                lacking.append(value)
            else:
                result.update(self._attribute_of(value, name))
        if lacking and not result:
            for value in lacking:
                result.update(self._attribute_of(value, name))
        return frozenset(result)

    def _overrides(self, cls: ClassInfo, name: str) -> list[FunctionInfo]:
        """The methods `name` of the program's subclasses of `cls` that override the abstract one
        `cls` has: `self.call(*args)` in tf-agents' `TFStepMetric._update_state` runs a
        subclass's `call`, since `self` may be an instance of any subclass (class hierarchy
        analysis). A concrete method is taken to be the one that runs: its overrides would merge
        every subclass's effects into each caller."""
        key = (cls, name)
        found = self._override_cache.get(key)
        if found is None:
            found = self._override_cache[key] = [
                method for sub in self.keras.get_subclasses(cls) if sub is not cls
                and (method := sub.methods.get(name)) is not None and method in self._plain_methods]
        return found

    def is_property(self, function: FunctionInfo) -> bool:
        return function in self.property_getters

    def is_tensor_object(self, value: Value) -> bool:
        """An instance of a program class that is a TensorFlow tensor type (`is_tensor_class`)."""
        return value.kind == OBJECT and self.keras.is_tensor_class(value.ref)

    def _lacks(self, value: Value, name: str) -> bool:
        if value.kind == OBJECT:
            cls = value.ref
            return self.keras.find_method(cls, name) is None and self.keras.find_method(cls, "__getattr__") is None \
                and not self.keras.is_keras(cls) and not self._stored_attribute(cls, name)
        return value.kind in GRAPH_TENSOR_KINDS and name.startswith("_") and not name.startswith("__")

    def _attribute_of(self, value: Value, name: str) -> Values:
        kind = value.kind
        if kind == EXTERNAL:
            binding = self.program.get_module_attribute(value.ref, name)  # `ops.scale` of `from pkg import ops`
            if binding is not None:
                return self.binding_values(binding)
            if name in _ARRAY_ATTRIBUTES and "()" in value.ref:  # an object a library call returned
                return of(_ARRAY_ATTRIBUTES[name])
            data_kind = api.value_result(value.ref)
            if data_kind is not None and data_kind != api.MODULE:  # `math.pi.real`, `tf.float32.name`
                return self._library_attribute(Value(data_kind), name)
            return of(EXTERNAL, _external_attribute(value.ref, name))
        if kind in (OBJECT, SUPER):
            cls = value.ref
            method = (self.keras.find_method(cls, name) if kind == OBJECT
                      else self.keras.find_base_method(cls, name))
            if method is not None:
                if method in self.property_getters:
                    return self._property_of(method, cls if kind == OBJECT else method.cls)
                receiver = value if kind == OBJECT else Value(OBJECT, cls)
                bound = {Value(BOUND_METHOD, method, receiver=receiver)}
                overrides = self._overrides(cls, name) if kind == OBJECT and has_empty_body(method.node) else ()
                if len(overrides) <= MAX_NAME_DISPATCH:  # not Keras' `Operation.call`, which hundreds override
                    bound.update(Value(BOUND_METHOD, override, receiver=Value(OBJECT, override.cls))
                                 for override in overrides)
                return frozenset(bound)
            stored = self._stored_attribute(cls, name)
            if stored:
                return stored
            if not self.final and self._stores_attribute(cls, name):
                return NOTHING  # the program's own store is not evaluated yet: not Keras' attribute
            keras_kind = self.keras.get_keras_kind(cls)
            if keras_kind is not None:
                return self._library_attribute(Value(keras_kind), name, receiver=Value(OBJECT, cls))
            if kind == SUPER:  # `super().__init__()` of a class deriving from TensorFlow's (or object)
                library = self._library_base(cls)
                if library is not None:
                    return of(EXTERNAL, f"{library}.{name}")
            return UNKNOWN_VALUES if self.final else NOTHING
        if kind == CONTAINER and value.keys and value.ref == "tuple":  # a named tuple
            if name in value.keys:
                return value.elements[value.keys.index(name)]
            if value.receiver is not None and self.keras.find_method(value.receiver.ref, name) is not None:
                return self._attribute_of(Value(OBJECT, value.receiver.ref), name)
        if kind == CLASS:
            method = self.keras.find_method(value.ref, name)
            if method is not None and method in self.classmethods:
                return frozenset({Value(BOUND_METHOD, method, receiver=value)})  # `cls` is bound
            if method is not None:
                return of(FUNCTION, method)
            return self._stored_attribute(value.ref, name) or UNKNOWN_VALUES
        if kind in (UNKNOWN, LIBRARY_METHOD) and name in _ARRAY_ATTRIBUTES:
            return of(_ARRAY_ATTRIBUTES[name])
        if kind == UNKNOWN:
            owner = self._tensorflow_method(name)
            if owner is not None:  # `strategy.experimental_distribute_dataset` of an unseen strategy
                return frozenset({Value(LIBRARY_METHOD, (owner[1], name), receiver=Value(owner[1]))})
        if kind in (FUNCTION, BOUND_METHOD) and name == "get_concrete_function":
            return frozenset({Value(TRACING, receiver=value)})
        if kind in (UNKNOWN, FUNCTION, BOUND_METHOD, LAMBDA, PY_ITERATOR, LIBRARY_METHOD, PARTIAL, TRACING):
            return UNKNOWN_VALUES
        return self._library_attribute(value, name)

    def _is_generator(self, function: FunctionInfo) -> bool:
        """Whether calling `function` makes a generator (parso scans the whole body: once each)."""
        found = self._generators.get(function)
        if found is None:
            found = self._generators[function] = function.node.is_generator()
        return found

    def _library_base(self, cls: ClassInfo) -> str | None:
        """The library class `cls` derives from when every base outside the program is one of a
        library the analysis knows (TensorFlow, Keras, NumPy, the standard library), `object` for a
        class without bases; None when some base comes from a library it cannot see."""
        library = []
        for klass in self.keras.iter_mro(cls):
            user, outside = self.keras.get_bases(klass)
            if klass.base_nodes and not user and not outside:
                return None  # its bases resolved to nothing (an unknown import)
            library.extend(outside)
        if not all(base.split(".", 1)[0] in KNOWN_LIBRARY_ROOTS for base in library):
            return None
        return library[0] if library else "builtins.object"

    def _returns_of(self, function: FunctionInfo) -> Values:
        self._note(("r", function))
        return self.returns[function] or (UNKNOWN_VALUES if self.final else NOTHING)

    def _stored_attribute(self, cls: ClassInfo, name: str) -> Values:
        """Values stored in `self.<name>` (or the class body) of the class or its bases.

        What a base's `__init__` stores is read per constructor context: an object of `cls` got
        its `__init__` arguments from constructing `cls` or a subclass of it, or from the
        `super().__init__(...)` of a class between it and the base, not from constructing the
        base's other subclasses (`TFDriver(observers=...)` gives a `TFDriver`'s `_observers`, a
        test's `PyDriver(observers=[mock])` does not). An `__init__` some call reaches without a
        context (`Base.__init__(self, ...)`, or called by code the analysis cannot see) is read
        merged."""
        found = []
        mro = list(self.keras.iter_mro(cls))
        for position, base in enumerate(mro):
            init = base.methods.get("__init__")
            if init is None or name not in self._init_stores.get(init, ()):
                self._note(("a", base, name))
                found.append(self.attributes.get((base, name), NOTHING))
                continue
            self._note(("u", init))
            if init in self._uncontexted:
                self._note(("a", base, name))
                found.append(self.attributes.get((base, name), NOTHING))
                continue
            self._note(("o", base, name))
            found.append(self.other_attributes.get((base, name), NOTHING))
            for context in (*mro[:max(position, 1)], *self.keras.get_subclasses(cls)):
                self._note(("ca", base, name, context))
                found.append(self.context_attributes.get((base, name, context), NOTHING))
        return join(*found)

    def _stores_attribute(self, cls: ClassInfo, name: str) -> bool:
        """Whether the code of `cls` or of one of its bases assigns `<name>` (`self.<name> = ...`
        or in the class body)."""
        return any(name in self._stored_names.get(klass, ()) for klass in self.keras.iter_mro(cls))

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
            if self._is_generator(function):
                return of(PY_ITERATOR)
            if kind == FUNCTION and self._returns_forwarding_wrapper(function):
                wrapped = self._positional(trailer)[:1]
                if wrapped and wrapped[0] and all(v.kind in (FUNCTION, BOUND_METHOD) for v in wrapped[0]):
                    # `step = checked(train)`: the wrapper passes its arguments on to `train`, so
                    # calling it is calling `train` (as for a decorator of the same kind), and each
                    # wrapped function keeps its own callers instead of sharing the one closure
                    return wrapped[0]
            if kind == BOUND_METHOD and function in self.classmethods and value.receiver.kind in (CLASS, OBJECT):
                return self._classmethod_returns(function, value.receiver.ref)
            return self._returns_of(function)
        if kind == CLASS:
            fields = self.record_fields(value.ref)
            if fields is not None:
                return frozenset({self._record(fields, self._record_entries(trailer), value.ref)})
            return of(OBJECT, value.ref)
        if kind == RECORD_CLASS:
            return frozenset({self._record(value.ref, self._record_entries(trailer))})
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
        if kind == api.MODEL and value.elements:  # a functional model of several outputs
            return value.elements[0]
        if kind in (api.LAYER, api.MODEL, api.LOSS, api.METRIC):
            return of(api.TENSOR)
        if kind == PARTIAL:
            return join(*(self._call_of(callee, trailer) for callee in value.ref[0])) or UNKNOWN_VALUES
        if kind == LAMBDA:  # its parameters are unknown: `lambda a, b: tf.concat([a, b], 0)` a tensor
            return self.eval(value.ref.children[-1]) or UNKNOWN_VALUES
        return UNKNOWN_VALUES

    def _arguments(self, trailer: NodeOrLeaf) -> list[tuple[str | None, NodeOrLeaf]]:
        return list(iter_call_arguments(trailer))

    def _positional(self, trailer: NodeOrLeaf) -> list[Values]:
        return [self.eval(node) for keyword, node in self._arguments(trailer)
                if keyword is None and not (node.type == "argument" and node.children[0].type == "operator")]

    def _call_external(self, name: str, trailer: NodeOrLeaf) -> Values:
        args = self._positional(trailer)
        first = args[0] if args else UNKNOWN_VALUES
        if name == "tensorflow.identity" and any(self.is_tensor_object(value) for value in first):
            # the identity of a composite tensor is a composite tensor of the same class
            objects = frozenset(value for value in first if self.is_tensor_object(value))
            return objects | (of(api.TENSOR) if objects != first else NOTHING)
        if name == "tensorflow.function":
            # `tf.function(f)` calls like `f`; `tf.function(jit_compile=True)` is a decorator factory
            return first if args else of(EXTERNAL, name)
        if name in DATASET_CONSTRUCTORS:
            return frozenset({_with_elements(api.DATASET, (self._slice_elements(first, name),))})
        if name == "tensorflow.data.Dataset.zip" and args:
            return frozenset({_with_elements(api.DATASET, (_zipped_elements(args),))})
        if name == "functools.partial" and args:
            return frozenset({self._partial(trailer)})
        if name in records.FACTORIES:
            fields = records.factory_fields(name, trailer)
            return of(RECORD_CLASS, fields) if fields is not None else of(EXTERNAL, f"{name}()")
        if name.startswith(_DTENSOR) and name[len(_DTENSOR):] in _DTENSOR_TENSORS:
            return of(api.TENSOR)
        if name == _DTENSOR + "unpack":
            return frozenset({container("list", [of(api.TENSOR)])})
        builtin = name[len("builtins."):] if name.startswith("builtins.") else None
        if builtin == "super":
            cls = self._enclosing_class(trailer)
            return of(SUPER, cls) if cls is not None else UNKNOWN_VALUES
        if builtin == "dict":  # `dict(ids=t, mask=m)`: a dict literal spelled as a call
            keywords = self._arguments(trailer)
            if keywords and all(keyword is not None for keyword, _ in keywords):
                return frozenset({_keyword_dict({keyword: self.eval(node) for keyword, node in keywords})})
        if builtin is not None:
            handled = self._call_builtin(builtin, args, first)
            if handled is not None:
                return handled
        if name in _TFDS_LOADERS:
            return frozenset({self._tfds_datasets(trailer)})
        if name in _ITERATION_WRAPPERS and args:  # `for x, y in tqdm(train_ds)` iterates `train_ds`
            return frozenset({_with_elements(PY_ITERATOR, (iteration_values(first),))})
        result = api.call_result(name)
        if result == api.MODEL and api.normalize(name) in _FUNCTIONAL_MODELS:
            model = self._functional_model(trailer)
            return frozenset({model}) if model is not None else NOTHING
        if result is not None:
            return of_result(result)
        if name.startswith("builtins.") or name.split(".", 1)[0] in _GENERIC_MODULES:
            return UNKNOWN_VALUES
        # An object the catalogue does not describe: keep its origin (`values.is_opaque` says
        # whether it may be a tensor).
        return of(EXTERNAL, _external_result(name))

    def _tfds_datasets(self, trailer: NodeOrLeaf) -> Value:
        """What TensorFlow Datasets' `tfds.load(...)` (or a builder's `as_dataset(...)`) returns: a
        tf.data dataset for one `split`, a list of them for a list of splits, a dict of them by
        split name without one; with `with_info=True`, a pair of that and the dataset's info."""
        keywords = dict(self._arguments(trailer))
        split = keywords.get("split")
        dataset = of(api.DATASET)
        if split is None:
            datasets = container("dict", [of(api.STR), dataset])
        elif split.type == "atom" and split.children[0].value in "[(" and split.children[1].type == "testlist_comp":
            count = len([c for c in split.children[1].children if c.type != "operator"])
            datasets = container("list", [dataset] * count)
        else:
            datasets = Value(api.DATASET)
        with_info = keywords.get("with_info")
        if with_info is not None and with_info.get_code().strip() != "False":
            return container("tuple", [frozenset({datasets}), of(EXTERNAL, "tensorflow_datasets.core.DatasetInfo()")])
        return datasets

    def _functional_model(self, trailer: NodeOrLeaf) -> Value | None:
        """`keras.Model(inputs, outputs)`: calling it returns the structure of `outputs` (a list of
        two layers' outputs is a list of two tensors, which a loop unrolls in Python), which the
        model value keeps as its element when it is a dict or a list or tuple of two or more
        (Keras 3 returns the tensor of a one-element list; checked with Keras 3.15). None while
        the outputs are not known yet."""
        arguments = self._arguments(trailer)
        outputs = next((node for keyword, node in arguments if keyword == "outputs"), None)
        positional = [node for keyword, node in arguments if keyword is None]
        if outputs is None and len(positional) >= 2:
            outputs = positional[1]
        structure = self.eval(outputs) if outputs is not None else NOTHING
        if outputs is not None and not structure and not self.final:
            return None
        if structure and all(value.kind == CONTAINER and (value.ref == "dict" or len(value.elements) > 1)
                             for value in structure):
            return bounded(Value(api.MODEL, elements=(frozenset(_as_tensors(value) for value in structure),)))
        return Value(api.MODEL)  # one output, also `[output]` (Keras returns the tensor), or unknown

    def _partial(self, trailer: NodeOrLeaf) -> Value:
        """`functools.partial(f, *bound, **bound_keywords)`."""
        arguments = [(keyword, node) for keyword, node in self._arguments(trailer)
                     if not (node.type == "argument" and node.children[0].type == "operator")]
        positional = [self.eval(node) for keyword, node in arguments if keyword is None]
        keywords = [(keyword, self.eval(node)) for keyword, node in arguments if keyword is not None]
        if not positional:
            return Value(EXTERNAL, "functools.partial()")
        callees = frozenset(v for v in positional[0] if v.kind in (FUNCTION, BOUND_METHOD, PARTIAL, CLASS, OBJECT))
        return bounded(Value(PARTIAL, (callees, len(positional) - 1),
                             (*positional[1:], *(values for _, values in keywords)),
                             keys=tuple(keyword for keyword, _ in keywords)))

    def _call_builtin(self, name: str, args: list[Values], first: Values) -> Values | None:
        if name == "range":
            return of(RANGE)
        if name == "iter":
            return join(*(self._iterator_over(value) for value in first)) if first else NOTHING
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

    @staticmethod
    def _iterator_over(value: Value) -> Values:
        """`iter(value)`: a tf.data iterator over a dataset (`next()` on it is a graph operation,
        giving the dataset's elements), a Python iterator over a Python iterable, and an unknown
        value over an object the analysis cannot see (a distributed dataset a helper built)."""
        if value.kind in (api.DATASET, api.ITERATOR):
            return frozenset({_with_elements(api.ITERATOR, (iteration_values(frozenset({value})),))})
        if is_opaque(value):
            return UNKNOWN_VALUES
        return frozenset({_with_elements(PY_ITERATOR, (iteration_values(frozenset({value})),))})

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
            if receiver.keys and receiver.ref == "tuple" and method in ("_replace", "_asdict"):
                return frozenset({self._record_method(receiver, method, trailer)})
            if method in ("pop", "get", "setdefault"):
                return dict_values(receiver) if receiver.ref == "dict" else element_of(frozenset({receiver}))
            return of(api.NONE) if method in ("append", "extend", "insert", "clear", "update") else UNKNOWN_VALUES
        if receiver_kind == api.STRATEGY:
            handled = self._call_strategy_method(method, trailer)
            if handled is not None:
                return handled
        if receiver_kind in (api.DATASET, api.ITERATOR) and method in ("__iter__", "get_next", "__next__") \
                and receiver is not None and receiver.elements:
            element = receiver.elements[0]
            return frozenset({_with_elements(api.ITERATOR, (element,))}) if method == "__iter__" else element
        result = api.method_result(receiver_kind, method)
        if result == api.DATASET and receiver is not None and receiver.kind == api.DATASET:
            return frozenset({_with_elements(api.DATASET, (self._dataset_element(receiver, method, trailer),))})
        if result is not None:
            return of_result(result)
        return UNKNOWN_VALUES

    def _call_strategy_method(self, method: str, trailer: NodeOrLeaf) -> Values | None:
        """A `tf.distribute.Strategy` method: distributed datasets keep their elements (per-replica
        tensors), `run` returns what its function does on each replica."""
        args = self._positional(trailer)
        first = args[0] if args else NOTHING
        if method == "experimental_distribute_dataset":
            datasets = [v for v in first if v.kind == api.DATASET]
            element = join(*(iteration_values(frozenset({v})) for v in datasets)) or of(api.TENSOR)
            return frozenset({_with_elements(api.DATASET, (element,))})
        if method in ("distribute_datasets_from_function", "experimental_distribute_datasets_from_function"):
            returned = join(*(self._returns_of(function) for function in self._functions_in(first)))
            datasets = [v for v in returned if v.kind == api.DATASET]
            element = join(*(iteration_values(frozenset({v})) for v in datasets)) or of(api.TENSOR)
            return frozenset({_with_elements(api.DATASET, (element,))})
        if method == "run":
            functions = list(self._functions_in(first))
            return join(*(self._returns_of(function) for function in functions)) if functions else UNKNOWN_VALUES
        if method in _STRATEGY_TENSORS:
            return of(api.TENSOR)
        if method == "experimental_local_results":
            return frozenset({container("tuple", [element_of(first) if first else UNKNOWN_VALUES])})
        return None

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
                        yield cls, name, binding.value, None
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
                                yield cls, attribute, node.children[-1], method


#: Constructors of Keras' functional models, `Model(inputs, outputs)`.
_FUNCTIONAL_MODELS = frozenset({"keras.Model", "keras.models.Model"})
#: Dataset constructors whose element structure follows their argument.
DATASET_CONSTRUCTORS = frozenset({"tensorflow.data.Dataset.from_tensor_slices", "tensorflow.data.Dataset.from_tensors"})


def _external_attribute(name: str, attribute: str) -> str:
    """The name of `attribute` of the library value `name`. What a library call returned is one
    opaque object whatever is reached from it (`make().a.b` stays `make().b`, the method called),
    and a dotted path stops growing at MAX_EXTERNAL_PARTS, so that a loop such as
    `node = node.parent` cannot build ever longer names in the fixpoint."""
    call = name.find("()")
    if call >= 0:
        return f"{name[:call + 2]}.{attribute}"
    if name.count(".") >= MAX_EXTERNAL_PARTS:
        return name
    return f"{name}.{attribute}"


def _external_result(name: str) -> str:
    """The name of what calling the library value `name` returns: `make()`, and `make()` again
    for a call of anything reached from it."""
    call = name.find("()")
    return name[:call + 2] if call >= 0 else f"{name}()"


def _zipped_elements(args: list[Values]) -> Values:
    """The elements of `Dataset.zip((a, b))` (or `zip(a, b)`): tuples of the datasets' elements."""
    def elements_of(values: Values) -> Values:
        datasets = [v for v in values if v.kind == api.DATASET]
        return join(*(iteration_values(frozenset({v})) for v in datasets)) or of(api.TENSOR)

    if len(args) == 1:
        nested = [v for v in args[0] if v.kind == CONTAINER and v.ref in ("tuple", "list")]
        if len(nested) == 1 and len(args[0]) == 1:
            return frozenset({container("tuple", [elements_of(element) for element in nested[0].elements])})
        return elements_of(args[0])
    return frozenset({container("tuple", [elements_of(values) for values in args])})


def _as_tensors(value: Value) -> Value:
    """A dataset element of the same structure as `value`, with tensors as leaves."""
    if value.kind != CONTAINER:
        return Value(api.TENSOR)
    if value.ref == "dict" and value.keys:
        return Value(CONTAINER, "dict", (of(api.STR), of(api.TENSOR), *(of(api.TENSOR) for _ in value.keys)),
                     keys=value.keys)
    return container(value.ref, [frozenset(_as_tensors(v) for v in element) or of(api.TENSOR)
                                 for element in value.elements])


class _Lazy:
    """A value computed on first use."""

    __slots__ = ("compute", "value")

    def __init__(self, compute) -> None:
        self.compute, self.value = compute, None

    def get(self):
        if self.value is None:
            self.value = self.compute()
        return self.value


def _expand_spreads(entries) -> list[list[tuple[str | None, Values]]]:
    """The argument lists a call passes: `(keyword or None, values)`, with each `*xs` or `**kw`
    whose value is a tuple or dict of known shape replaced by its items (one list per shape it may
    have); other spreads stay as `("*", values)` / `("**", values)`."""
    lists: list[list[tuple[str | None, Values]]] = [[]]
    for keyword, star, values in entries:
        if star is None:
            for arguments in lists:
                arguments.append((keyword, values))
            continue
        shapes = _spread_shapes(star, values)
        if shapes is None or len(lists) * len(shapes) > MAX_ALTERNATIVES:
            for arguments in lists:
                arguments.append((star, values))
            continue
        lists = [arguments + shape for arguments in lists for shape in shapes]
    return lists


def _spread_shapes(star: str, values: Values) -> list[list[tuple[str | None, Values]]] | None:
    """The items of each tuple (`*`) or dict (`**`) among `values`, or None when one of them has
    no known shape. A one-element sequence stands for any number of elements, as `tuple(xs)` does."""
    if not values or not all(value.kind == CONTAINER for value in values):
        return None
    shapes = []
    for value in values:
        if star == "*" and value.ref in ("tuple", "list") and len(value.elements) != 1:
            shapes.append([(None, element) for element in value.elements])
        elif star == "**" and value.ref == "dict" and (value.keys or value.elements[:2] == (NOTHING, NOTHING)):
            shapes.append([(key, element) for key, element in zip(value.keys, value.elements[2:])])
        else:
            return None
    return shapes


def _named_tuple(fields_held: list[Values], fields: tuple[str, ...], cls: Value | None) -> Value:
    """A named tuple: a tuple container whose `keys` name its fields, `cls` the class it was built
    from (None for a class a factory call made)."""
    return bounded(Value(CONTAINER, "tuple", tuple(fields_held), keys=fields, receiver=cls))


def _keyword_dict(keywords: dict[str, Values]) -> Value:
    """The `**kwargs` dict of one call: its keys, with each key's value."""
    names = tuple(keywords)
    values = tuple(keywords.values())
    return bounded(Value(CONTAINER, "dict", (of(api.STR) if names else NOTHING, join(*values), *values),
                         keys=names))


def _unknown_argument(star_count: int) -> Values:
    """What a parameter receives from a caller the analysis cannot see."""
    if star_count == 1:
        return frozenset({container("tuple", [UNKNOWN_VALUES])})
    if star_count == 2:
        return frozenset({container("dict", [of(api.STR), UNKNOWN_VALUES])})
    return UNKNOWN_VALUES


def _is_foreign(value: Value) -> bool:
    """A callee of a library the analysis knows nothing of: it may call back into the program."""
    return value.kind == EXTERNAL and str(value.ref).split(".", 1)[0] not in KNOWN_LIBRARY_ROOTS


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


def _lambda_calls_seen(lambdef: NodeOrLeaf, caller: FunctionInfo | None) -> bool:
    """Whether calling the lambda runs no call the caller's own analysis misses: it calls nothing
    (`lambda x, y: x < y`), or it is written in the caller's own body, whose call sites hold the
    calls in the lambda's body (`join = lambda a, b: tf.concat([a, b], 0)`)."""
    if not _has_call(lambdef.children[-1]):
        return True
    owner = lambdef.parent
    while owner is not None and owner.type not in ("funcdef", "lambdef", "classdef", "file_input"):
        owner = owner.parent
    if caller is None:  # called by a module's code: its sites hold the calls of its lambdas
        return owner is not None and owner.type == "file_input"
    return owner is caller.node


def _has_call(node: NodeOrLeaf) -> bool:
    return any(is_call_trailer(child) or _has_call(child) for child in getattr(node, "children", ()))


def _is_method(function: FunctionInfo) -> bool:
    return function.cls is not None and not _is_static(function)


def _is_static(function: FunctionInfo) -> bool:
    return any(_decorator_name(decorator) == "staticmethod" for decorator in function.get_decorators())


def _decorator_name(decorator: NodeOrLeaf) -> str:
    expression = decorator.children[1]
    return expression.value if expression.type == "name" else ""


def _outputs_of_custom_gradient(returned: Values) -> Values:
    """The first of the `(outputs, grad_fn)` pairs a custom-gradient body returns (nothing yet
    while the outputs are not known)."""
    return join(*(value.elements[0] if value.kind == CONTAINER and value.ref == "tuple" and len(value.elements) > 1
                  else element_of(frozenset({value}), 0) for value in returned))


def _decorator_names(program: Program, function: FunctionInfo) -> set[str]:
    """The canonical qualified names of the function's decorators (`keras.src.ops.custom_gradient`
    inside Keras' own sources is `keras.ops.custom_gradient`)."""
    names = (program.get_qualified_name(_decorator_callee(d.children[1])) for d in function.get_decorators())
    return {api.normalize(name) for name in names if name}


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
