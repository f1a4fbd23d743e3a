"""`has_python_side_effects` (SPEC 4.2): a mod-ref style analysis, transitive over the call graph.

Each function gets the effects of its own body (global and nonlocal writes, stores into and
mutations of objects it did not create, I/O, Python randomness and clock reads) and those of its
callees, translated at each call site: a callee that mutates its parameter has no effect on the
caller when the argument is an object the caller allocated. Writes to TensorFlow state are graph
operations, not Python side effects. A call the analysis cannot resolve leaves the property
undetermined unless a definite effect is found.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from parso.tree import NodeOrLeaf

from . import memoization
from .callgraph import CALLBACK, CONSTRUCTOR, CallGraph, CallSite
from .decide import Property
from .dispatch import IMPOSSIBLE, Receivers
from .model import ClassInfo, FunctionInfo, Program
from .model.scopes import Argument, Assignment, AugmentedAssignment, LoopVariable
from .rules.has_unseeded_random_ops import calls_stateful_random_op
from .syntax import (
    first_argument, get_code_of, get_returned_values, is_call_trailer, is_inside, iter_body_nodes, iter_call_arguments,
)
from .tensors import catalogue as api
from .tensors.dataflow import Dataflow, _is_method
from .tensors.guards import never_runs
from .tensors.values import BOUND_METHOD, CLASS, EXTERNAL, FUNCTION, LIBRARY_METHOD, OBJECT, UNKNOWN, Value, is_opaque

#: Library calls that act on the world outside the graph (prefix match on normalised names).
EFFECTFUL_PREFIXES = (
    "builtins.print", "builtins.open", "builtins.input", "builtins.exec", "builtins.eval",
    "builtins.setattr", "builtins.delattr", "builtins.breakpoint", "builtins.display", "builtins.next",
    "logging.", "absl.logging.", "tensorflow.compat.v1.logging.", "warnings.warn", "sys.stdout", "sys.stderr",
    "sys.exit", "os.", "shutil.", "socket.",
    "subprocess.", "pathlib.", "requests.", "urllib.", "http.", "json.dump", "pickle.dump", "csv.writer",
    "random.", "numpy.random.", "time.", "datetime.", "uuid.", "secrets.", "matplotlib.", "IPython.",
    "tqdm.", "numpy.save", "numpy.savez", "numpy.savetxt", "numpy.set_printoptions",
    "keras.utils.plot_model", "tensorflow.config.", "tensorflow.random.set_seed", "keras.utils.set_random_seed",
)
#: Library calls known to be free of Python side effects (prefix match).
PURE_PREFIXES = (
    "tensorflow.", "keras.", "numpy.", "math.", "functools.", "itertools.", "operator.", "collections.",
    "dataclasses.", "typing.", "copy.", "string.", "re.", "json.loads", "json.dumps", "statistics.",
)
PURE_BUILTINS = frozenset("""
    abs all any ascii bin bool bytes callable chr complex dict divmod enumerate filter float format
    frozenset getattr hasattr hash hex id int isinstance issubclass iter len list map max min object
    oct ord pow range repr reversed round set slice sorted str sum super tuple type vars zip bytearray
    NotImplementedError ValueError TypeError RuntimeError KeyError IndexError AssertionError Exception
""".split())
#: Methods that mutate the Python container they are called on.
MUTATING_METHODS = frozenset({
    "append", "extend", "insert", "pop", "remove", "clear", "update", "setdefault", "popitem", "sort",
    "reverse", "add", "discard", "difference_update", "intersection_update", "symmetric_difference_update",
    "appendleft", "extendleft", "popleft", "rotate",
})
#: The mutating methods that only sequences have: on an object of unknown type they still say
#: "list". `update`, `add`, `pop` ... are also the methods of optimizers, metrics, Keras models and
#: other objects, so on an unknown object they say nothing.
SEQUENCE_METHODS = frozenset({"append", "extend", "insert", "appendleft", "extendleft", "popleft"})
#: Libraries whose objects of unknown type are containers (`collections.deque().append`).
CONTAINER_LIBRARIES = ("builtins.", "collections.", "queue.", "array.")
#: Methods that write files or sockets, whatever they are called on.
IO_METHODS = frozenset({"write", "writelines", "send", "sendall", "write_text", "write_bytes", "mkdir",
                        "unlink", "touch", "rmdir", "flush", "savefig", "show"})
#: Methods that only read, on every Python container and string and on every TensorFlow value class
#: that has them (`mapping.items()`, `shape.concatenate([0])`, `dataset.concatenate(other)` builds a
#: new object): on an object the analysis cannot see, and no class of the program defining one, a
#: call is read as such (a calling convention the report states).
READING_METHODS = frozenset({"items", "keys", "values", "get", "copy", "index", "count", "concatenate"}
                            # a string's methods (`key.startswith(prefix)`): strings are immutable
                            | {name for name in dir(str) if not name.startswith("_")})
#: Keras model methods that run Python-level loops, print, or touch files.
KERAS_EFFECTFUL_METHODS = frozenset({"fit", "evaluate", "predict", "summary", "save", "save_weights",
                                     "train_on_batch", "test_on_batch", "predict_on_batch"})
#: Keras model methods that change the model object (an effect only on a model made elsewhere).
KERAS_MUTATING_METHODS = frozenset({"add", "compile", "load_weights", "reset_metrics", "pop"})
CONTAINER_KINDS = frozenset({"list", "dict", "set", "tuple"})
#: More specific than EFFECTFUL_PREFIXES: pure path arithmetic, and creating a seeded generator.
PURE_EXCEPTIONS = ("os.path.", "os.getenv", "os.environ.get", "os.getcwd", "os.cpu_count", "os.sep",
                   # reading TensorFlow's configuration changes nothing (its setters do)
                   "tensorflow.config.get_", "tensorflow.config.list_", "tensorflow.config.experimental.get_",
                   "tensorflow.config.experimental.list_", "tensorflow.config.functions_run_eagerly",
                   "tensorflow.config.threading.get_", "tensorflow.config.optimizer.get_",
                   "numpy.random.default_rng", "numpy.random.RandomState", "numpy.random.Generator",
                   "numpy.random.SeedSequence")
TF_STATE_KINDS = frozenset({api.TENSOR, api.VARIABLE, api.TENSOR_LIST, api.DATASET, api.ITERATOR, api.LAYER,
                            api.MODEL, api.OPTIMIZER, api.LOSS, api.METRIC, api.TAPE, api.GENERATOR,
                            api.TENSOR_ARRAY, api.SPEC, api.SHAPE, api.DTYPE, api.NUMPY, api.INT, api.FLOAT,
                            api.STR, api.BOOL, api.NONE})


@dataclass(frozen=True)
class Effect:
    """One effect: `description` is prose for the message; `parameter` is set when the effect is a
    mutation of the object passed as that parameter (translated at call sites)."""

    description: str
    line: int
    function: FunctionInfo
    parameter: int | None = None
    local_to: FunctionInfo | None = None  # a nonlocal write: no effect for the function owning it
    #: the effect comes from this class's override of an abstract method the function calls on
    #: `self`: it happens only when `self` is an instance of the class (see `dispatch`)
    self_class: ClassInfo | None = None
    #: a store of a value that holds no tensor made by the call (a Python value, a variable, a
    #: layer): done once, on a first call, it is the same traced (a tensor stored while tracing
    #: belongs to that trace's graph, and the next trace fails on it; checked with TF 2.21)
    stores_no_tensor: bool = False

    @property
    def key(self) -> tuple:
        return self.description, self.parameter, self.self_class


@dataclass
class Summary:
    effects: list[Effect]
    #: calls whose effects cannot be known, by the class `self` must be an instance of for the
    #: call to run (as `Effect.self_class`; None: whatever `self` is)
    unresolved_by_class: dict[ClassInfo | None, CallSite] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        self.keys = {effect.key for effect in self.effects}

    def add(self, effect: Effect) -> None:
        """One effect per description and parameter: the first path found names it."""
        self.keys.add(effect.key)
        self.effects.append(effect)

    def add_unresolved(self, site: CallSite, self_class: ClassInfo | None) -> bool:
        """Record an unresolved call; False when one that runs at least as often is known. Every
        class keeps its own, so that what reaches a caller does not depend on the order the
        calls were found in."""
        if self_class is not None and None in self.unresolved_by_class:
            return False
        known = self.unresolved_by_class.get(self_class)
        if known is not None and _site_order(known) <= _site_order(site):
            return False  # the one to name is the first in the code, whichever path found it first
        if self_class is None:
            self.unresolved_by_class.clear()
        self.unresolved_by_class[self_class] = site
        return True

    @property
    def unresolved(self) -> CallSite | None:
        """The unresolved call to name: one that runs whatever `self` is, else the first in the code."""
        if not self.unresolved_by_class:
            return None
        if None in self.unresolved_by_class:
            return self.unresolved_by_class[None]
        return min(self.unresolved_by_class.values(), key=_site_order)


def _site_order(site: CallSite) -> tuple:
    return (site.caller.qualname if site.caller else "", str(site.caller.unit.id) if site.caller else "",
            site.line, site.get_code())


@dataclass(frozen=True)
class LocalTo:
    """The owner of an object made by each call of an enclosing function (a closure's variable)."""

    function: FunctionInfo


class SideEffects:
    def __init__(self, program: Program, dataflow: Dataflow, graph: CallGraph) -> None:
        self.program = program
        self.dataflow = dataflow
        self.graph = graph
        self.receivers = Receivers(dataflow)
        self.summaries: dict[FunctionInfo, Summary] = {}
        self._fresh_returns: dict[FunctionInfo, bool] = {}
        self._dead: dict[int, bool] = {}  # id(node) -> in a branch that never runs
        self._reading_names: dict[str, bool] = {}  # method name -> the program's methods of that name only read
        self._function_of_scope = {id(function.scope): function for function in program.iter_functions()}
        self._graph_state: dict[FunctionInfo, bool] = {}  # function -> it may run a stateful operation

    def run(self, functions: list[FunctionInfo]) -> "SideEffects":
        direct = {function: self._direct(function) for function in functions}
        self.summaries = {f: Summary(list(s.effects), dict(s.unresolved_by_class)) for f, s in direct.items()}
        for _ in range(50):
            changed = False
            for function in functions:
                summary = self.summaries[function]
                changed |= self._add_property_effects(function, summary)
                for site in self.graph.sites_in.get(function, []):
                    if self._never_runs(site.node, function):
                        continue
                    for callee, how in site.targets.items():
                        callee_summary = self.summaries.get(callee)
                        if callee_summary is None or how == CALLBACK and _runs_at_execution(site):
                            continue
                        for effect in callee_summary.effects:
                            translated = self._translate(function, site, callee, how, effect)
                            if translated is not None and translated.parameter == 0 and translated.stores_no_tensor \
                                    and self._under_first_call_guard(function, site.node):
                                continue  # `if not self._built: self.initialize()`: set up once, eager or traced
                            if translated is not None and translated.key not in summary.keys:
                                summary.add(translated)
                                changed = True
                        for unresolved_class, unresolved in list(callee_summary.unresolved_by_class.items()):
                            self_class = self.receivers.up(function, site, callee, how, unresolved_class)
                            if self_class is not IMPOSSIBLE:
                                changed |= summary.add_unresolved(unresolved, self_class)
            if not changed:
                break
        return self

    def _add_property_effects(self, function: FunctionInfo, summary: Summary) -> bool:
        """Reading a property of the program runs its getter: its effects are the reader's
        (`counter.next_id` whose getter counts in `self._count`), whichever object it is read on."""
        changed = False
        for getter in self.dataflow.properties_read(function):
            getter_summary = self.summaries.get(getter)
            if getter_summary is None or getter is function:
                continue
            for effect in getter_summary.effects:
                if effect.local_to is None and effect.self_class is None:
                    read = Effect(effect.description, effect.line, effect.function)
                    if read.key not in summary.keys:
                        summary.add(read)
                        changed = True
            if getter_summary.unresolved is not None and summary.unresolved is None:
                changed |= summary.add_unresolved(getter_summary.unresolved, None)
        return changed

    def iter_conventions(self, function: FunctionInfo):
        """The call sites read by a calling convention (see `Dataflow._by_convention`) in
        `function` and in what it calls: the assumptions behind its effects."""
        seen, pending = {function}, [function]
        while pending:
            current = pending.pop()
            for site in self.graph.sites_in.get(current, []):
                if site.convention is not None:
                    yield site
                for callee in site.targets:
                    if callee not in seen:
                        seen.add(callee)
                        pending.append(callee)

    def property(self, function: FunctionInfo) -> Property:
        summary = self.summaries.get(function)
        if summary is None:
            return Property(None, {"call": "its body"})
        if summary.effects:
            first = min(summary.effects, key=lambda e: (e.function is not function, e.line, e.function.qualname,
                                                        e.description))
            if first.function is function:
                return Property(True, {"effect": first.description}, first.line)
            return Property(True, {"effect": f"{first.description} (in `{first.function.qualname}`)"},
                            _line_of_call_to(self.graph, function, first.function))
        if summary.unresolved is not None:
            site = summary.unresolved
            return Property(None, {"call": site.get_code()}, site.line if site.caller is function else None)
        return Property(False)

    def _never_runs(self, node: NodeOrLeaf, function: FunctionInfo) -> bool:
        """In a branch a type guard rules out (`if isinstance(inputs, list):` never a list)."""
        key = id(node)
        if key not in self._dead:
            self._dead[key] = never_runs(self.dataflow, node, function.node)
        return self._dead[key]

    # -- translating callee effects to the caller ---------------------------------------------
    def _nonlocal_owner(self, function: FunctionInfo, name: str) -> FunctionInfo | None:
        """The enclosing function whose local variable a `nonlocal name` refers to."""
        scope = function.scope.parent
        while scope is not None:
            if name in scope and name not in scope.nonlocal_names:
                return next((f for f in self.program.iter_functions() if f.scope is scope), None)
            scope = scope.parent
        return None

    def _translate(self, caller: FunctionInfo, site: CallSite, callee: FunctionInfo, how: str,
                   effect: Effect) -> Effect | None:
        translated = self._translate_owner(caller, site, callee, how, effect)
        if translated is None:
            return None
        self_class = self.receivers.up(caller, site, callee, how, effect.self_class)
        if self_class is IMPOSSIBLE:
            return None
        return dataclasses.replace(translated, self_class=self_class) \
            if self_class is not translated.self_class else translated

    def _translate_owner(self, caller: FunctionInfo, site: CallSite, callee: FunctionInfo, how: str,
                         effect: Effect) -> Effect | None:
        """The effect as the caller sees it: a mutation of the callee's parameter becomes one of
        the caller's own parameter, of something else, or of an object the caller made (none)."""
        if effect.local_to is caller:
            return None
        if effect.parameter is None:
            return effect
        argument = self._argument_for(site, callee, how, effect.parameter)
        if argument is None:
            if how == CONSTRUCTOR and effect.parameter == 0:
                return None  # __init__ writes to the object being created
            if self._defaults_to_none(site, callee, how, effect.parameter):
                return None  # `cache=None` left out: the write is on a branch that cannot run on None
            return dataclasses.replace(effect, parameter=None)
        owner = self._owner(argument, caller)
        if owner == "fresh":
            return None
        if isinstance(owner, LocalTo):
            return dataclasses.replace(effect, parameter=None, local_to=owner.function)
        parameter = owner if isinstance(owner, int) else None
        return dataclasses.replace(effect, parameter=parameter)

    @staticmethod
    def _defaults_to_none(site: CallSite, callee: FunctionInfo, how: str, index: int) -> bool:
        """Whether the call leaves parameter `index` at a default of `None` (it passes no spread
        that could fill it): nothing can be stored into or appended to that object."""
        params = callee.get_params()
        if how == CALLBACK or index >= len(params) or params[index].default is None \
                or params[index].default.type != "keyword" or params[index].default.value != "None":
            return False
        return not any(keyword is None and node.type == "argument" and node.children[0].type == "operator"
                       for keyword, node in iter_call_arguments(site.trailer))

    def _argument_for(self, site: CallSite, callee: FunctionInfo, how: str, index: int) -> NodeOrLeaf | None:
        """The expression a call passes as the callee's parameter `index` (the receiver for self)."""
        bound = how in ("method", "keras_call", CONSTRUCTOR) and _is_method(callee)
        if bound and index == 0:
            if how == "keras_call":
                return _callee_expression(site)
            if how == "method" and site.trailer_index >= 2:
                return _receiver_expression(site)
            return None
        params = callee.get_params()
        position = index - (1 if bound else 0)
        if how == CALLBACK:  # `strategy.run(fn, args=(a, b))` passes the tuple's items; others their own
            return _run_argument(site, position)
        return site.passed_argument(position, params[index].name.value if index < len(params) else None)

    # -- ownership of the object an expression denotes ----------------------------------------
    def _owner(self, node: NodeOrLeaf, function: FunctionInfo, _depth: int = 0):
        """"fresh" (allocated by `function`), a parameter index, or "global" (anything else)."""
        if _depth > 6:
            return "global"
        root = _root_of(node)
        if root is None:
            return "fresh" if _is_allocation(node) or self._is_fresh_value(node) else "global"
        if root.type != "name":
            return "fresh" if _is_allocation(root) else "global"
        binding = self.dataflow.resolve(root)
        if isinstance(binding, Argument) and binding.param.parent.parent is function.node \
                and not _is_killed(binding, function.scope.get(root.value, []), root, function):
            if binding.param.star_count:  # `*args` and `**kwargs` are made by each call
                return "fresh" if node is root or _is_whole(node, root) else "global"
            return binding.index
        if binding is None or binding.node is None:
            return "global"
        if self.program.get_scope_of(binding.node) is not function.scope:
            return self._enclosing_owner(root, binding, function, _depth)
        candidates = function.scope.get(root.value, [])
        bindings = [candidate for candidate in candidates
                    if _may_reach(candidate, root) and not _is_killed(candidate, candidates, root, function)]
        owners = set()
        for candidate in bindings:
            if isinstance(candidate, Assignment) and not isinstance(candidate, AugmentedAssignment) \
                    and candidate.value is not None and candidate.index is None:
                owners.add("fresh" if self._is_fresh_value(candidate.value)
                           else self._owner(candidate.value, function, _depth + 1))
            elif isinstance(candidate, Assignment) and not isinstance(candidate, AugmentedAssignment) \
                    and candidate.value is not None and self._unpacks_new_objects(candidate.value):
                owners.add("fresh")  # `clipped, norm = tf.clip_by_global_norm(grads, 1.0)`
            elif isinstance(candidate, AugmentedAssignment):
                continue
            elif isinstance(candidate, LoopVariable):
                owners.add("global")
            else:
                owners.add("global")
        if owners == {"fresh"} or len(owners) == 1 and isinstance(next(iter(owners)), LocalTo):
            return owners.pop()
        params = [owner for owner in owners if isinstance(owner, int)]
        if params and owners <= set(params) | {"fresh"}:
            return params[0]
        return "global"

    def _enclosing_owner(self, root: NodeOrLeaf, binding, function: FunctionInfo, depth: int):
        """A closure's variable: `assert_ops = []` in a function, appended to by a helper nested in
        it. The object is made by each call of the enclosing function, so mutating it is an effect
        for the nested function and whoever calls it, but not for the enclosing one (LocalTo)."""
        scope = self.program.get_scope_of(binding.node)
        if scope.kind != "function":
            return "global"
        enclosing = self._function_of_scope.get(id(scope))
        if enclosing is None or not is_inside(function.node, enclosing.node) \
                or self._owner(root, enclosing, depth + 1) != "fresh":
            return "global"
        return LocalTo(enclosing)

    def _is_fresh_value(self, node: NodeOrLeaf, depth: int = 0) -> bool:
        if _is_allocation(node) or node.type in _NEW_OBJECT_EXPRESSIONS:
            return True
        if node.type in ("atom_expr", "power") and node.children[-1].type == "trailer" \
                and node.children[-1].children[0].value == "(":
            callee = self.dataflow.eval_trailers(node, len(node.children) - 1)
            if len(node.children) == 2 and callee == {Value(EXTERNAL, "builtins.next")}:
                # each element a tf.data iterator yields is a new structure of new tensors
                iterator = first_argument(node.children[-1])
                return iterator is not None and self._iterator_kind(iterator) == "graph"
            copies = _is_copy_call(node)  # `x.copy()` makes a new object, whatever `x` is
            return bool(callee) and all(self._makes_fresh(v, copies, depth) for v in callee)
        return False

    def _unpacks_new_objects(self, node: NodeOrLeaf) -> bool:
        """A call of TensorFlow, Keras or NumPy, whose result is unpacked: its parts (the list
        `tf.clip_by_global_norm` returns, the arrays of `np.split`) are new objects too."""
        if node.type not in ("atom_expr", "power") or not is_call_trailer(node.children[-1]):
            return False
        callee = self.dataflow.eval_trailers(node, len(node.children) - 1)
        return bool(callee) and all(
            (value.kind == EXTERNAL and str(value.ref).startswith(("tensorflow.", "keras.", "numpy.")))
            or (value.kind == LIBRARY_METHOD and value.ref[0] in _FRESH_RESULT_KINDS) for value in callee)

    def _makes_fresh(self, callee, copies: bool, depth: int) -> bool:
        """Whether calling `callee` gives a new object: a class, an allocating API, a method of a
        TensorFlow value (`t.shape.as_list()`, `spec.numpy()`), a Keras layer or model (its
        outputs), a library callee the analysis cannot see, or a function of the program (or an
        object whose `__call__` is one) that returns what it allocated."""
        kind = callee.kind
        if kind == CLASS or (kind == EXTERNAL and _is_allocating_api(callee.ref)):
            return True
        if copies and kind not in (FUNCTION, BOUND_METHOD):
            return True
        if kind == LIBRARY_METHOD and callee.ref[0] in _FRESH_RESULT_KINDS:
            return True
        if is_opaque(callee):
            # what code the analysis cannot see hands back is not known to be anyone's: the call
            # itself already leaves the property undetermined (or is TensorFlow's, and pure)
            return True
        if kind in (api.LAYER, api.MODEL):
            return True
        if kind == OBJECT and self.dataflow.keras.is_keras(callee.ref):
            return True  # `self.head(features)`: a Keras layer's outputs are built by the call
        if kind == OBJECT:  # `self.attention(x)` on a `tf.Module`: what its `__call__` returns
            method = self.dataflow.keras.find_method(callee.ref, "__call__")
            return method is not None and self._returns_fresh(method, depth)
        return kind in (FUNCTION, BOUND_METHOD) and self._returns_fresh(callee.ref, depth)

    def _returns_fresh(self, function: FunctionInfo, depth: int) -> bool:
        """Every `return` of `function` gives an object it allocated (`values = self.as_dict()`
        where `as_dict` builds and returns a new dict): the caller owns the result."""
        if function in self._fresh_returns:
            return self._fresh_returns[function]
        self._fresh_returns[function] = False  # recursion: not fresh until shown
        fresh = False
        if depth < 4 and not function.is_hybrid:
            returned = get_returned_values(function.node)
            fresh = returned is not None and all(
                self._is_fresh_value(value, depth + 1) or (value.type == "name"
                                                           and self._owner(value, function) == "fresh")
                for value in returned)
        self._fresh_returns[function] = fresh
        return fresh

    # -- the effects of one body --------------------------------------------------------------
    def _direct(self, function: FunctionInfo) -> Summary:
        effects: list[Effect] = []
        unresolved = None
        scope = function.scope
        for name in sorted(scope.global_names | scope.nonlocal_names):
            written = [b for b in self.program.modules[function.module.name].scope.get(name, [])
                       if b.node is not None and is_inside(b.node, function.node)]
            if written or name in scope.nonlocal_names and name in _assigned_names(function):
                kind = "global" if name in scope.global_names else "nonlocal"
                line = written[0].node.start_pos[0] if written else function.line
                owner = self._nonlocal_owner(function, name) if kind == "nonlocal" else None
                effects.append(Effect(f"assigning {kind} `{name}`", line, function, local_to=owner))
        for node in iter_body_nodes(function.node):
            if node.type in ("expr_stmt", "del_stmt") and self._never_runs(node, function):
                continue
            if node.type == "expr_stmt":
                effects.extend(self._store_effects(function, node))
            elif node.type == "del_stmt":
                for target in _del_targets(node.children[1]):
                    if target.type != "name":
                        effects.extend(self._mutation(function, _strip_last_trailer(target),
                                                      f"`del {_code(target)}`", node))
        for site in self.graph.sites_in.get(function, []):
            if self._never_runs(site.node, function):
                continue
            found, unknown = self._call_effects(function, site)
            effects.extend(found)
            if unknown and unresolved is None:
                unresolved = site
        return Summary(effects, {None: unresolved} if unresolved is not None else {})

    def _store_effects(self, function: FunctionInfo, statement: NodeOrLeaf) -> list[Effect]:
        children = statement.children
        if len(children) < 3 or children[1].type != "operator" or not children[1].value.endswith("="):
            if len(children) == 2 and children[1].type == "annassign" and len(children[1].children) > 2:
                targets = [children[0]]
            else:
                return []
        else:
            targets = children[:-1:2] if children[1].value == "=" else [children[0]]
        effects = []
        no_tensor = not _may_hold_a_made_tensor(self.dataflow.eval(statement.children[-1]))
        for target in targets:
            for store in _store_targets(target):
                if self._is_singleton_state(store, statement) \
                        or no_tensor and self._is_lazy_creation(function, store, statement) \
                        or self._caches_on_composite(function, store=store):
                    continue
                effects.extend(dataclasses.replace(effect, stores_no_tensor=no_tensor) for effect in self._mutation(
                    function, _strip_last_trailer(store), f"writing `{_code(store)}`", statement))
        return effects

    def _iterator_kind(self, node: NodeOrLeaf) -> str:
        """"graph" when every value `node` may hold is an iterator over a tf.data dataset (or a
        distributed one): advancing it is a graph operation, done on every call of the traced
        function as it is eagerly (checked with TensorFlow 2.21). "unknown" when some value is one
        the analysis cannot see into (it may be such an iterator), "python" otherwise."""
        values = [value for value in self.dataflow.eval(node) if value.kind != api.NONE]  # `next(None)` raises
        if not values:
            return "python"
        if all(value.kind == api.ITERATOR for value in values):
            return "graph"
        if all(value.kind == api.ITERATOR or is_opaque(value) for value in values):
            return "unknown"
        return "python"

    def _mutation(self, function: FunctionInfo, receiver, description: str, at: NodeOrLeaf) -> list[Effect]:
        """A store into, or a mutating call on, the object `receiver` denotes."""
        if receiver is None:
            return []
        if self._is_tf_state(receiver):
            return []
        owner = self._owner(receiver, function)
        if owner == "fresh":
            return []
        if isinstance(owner, LocalTo):
            return [Effect(description, at.start_pos[0], function, local_to=owner.function)]
        parameter = owner if isinstance(owner, int) else None
        return [Effect(description, at.start_pos[0], function, parameter)]

    def _may_be_container(self, node: NodeOrLeaf) -> bool:
        """Whether nothing says the object `node` denotes is not a Python container: its value is
        unknown, not an instance of a user class or an object of TensorFlow, Keras or a library."""
        return all(value.kind == UNKNOWN for value in self.dataflow.eval(node))

    def _is_tf_state(self, node: NodeOrLeaf) -> bool:
        values = self.dataflow.eval(node)
        return bool(values) and all(v.kind in (api.VARIABLE, api.TENSOR, api.TENSOR_ARRAY) for v in values)

    def _is_singleton_state(self, store: NodeOrLeaf, statement: NodeOrLeaf) -> bool:
        """`if self.v is None: self.v = tf.Variable(...)`: TensorFlow state created once."""
        values = self.dataflow.eval(statement.children[-1])
        if not values or not all(v.kind in (api.VARIABLE, api.LAYER, api.MODEL, api.OPTIMIZER, api.METRIC,
                                             api.TENSOR_ARRAY, api.GENERATOR) for v in values):
            return False
        node = statement.parent
        code = _code(store)
        while node is not None and node.type not in ("funcdef", "file_input"):
            if node.type == "if_stmt" and code in _code(node.children[1]):
                return True
            node = node.parent
        return False

    def _is_lazy_creation(self, function: FunctionInfo, store: NodeOrLeaf, statement: NodeOrLeaf) -> bool:
        """`self.w = self.add_weight(...)` in a Keras `build`, or under `if not self.built:` /
        `if self.w is None:` in any method: state an object creates once, on its first call
        (Keras runs `build` once, before the first `call`), not a Python effect of every call."""
        if function.cls is None or not _is_self_attribute(store, function):
            return False
        if function.name == "build" and self.dataflow.keras.is_keras(function.cls):
            return True
        return self._under_first_call_guard(function, statement)

    def _under_first_call_guard(self, function: FunctionInfo, node: NodeOrLeaf) -> bool:
        """`node` runs in a method only under a first-call guard on its object (`if not
        self.built:`, `if self.w is None:`) whose block runs no stateful TensorFlow operation: a
        trace runs the block once, as the first eager call does. A block that writes a variable,
        draws random numbers or prints through TensorFlow would put that operation into the graph
        of the first trace, which runs it on every call (checked with TF 2.21: a counter's
        `assign_add` in such a block counts every call once traced)."""
        if function.cls is None or not _is_method(function) or not function.get_params():
            return False
        self_name = function.get_params()[0].name.value
        return any(_is_first_call_guard(condition, self_name) and not self._runs_graph_state_ops(function, block)
                   for condition, block in _iter_guarded_blocks(node))

    def _runs_graph_state_ops(self, function: FunctionInfo, block: NodeOrLeaf) -> bool:
        """Whether a call inside `block` of `function` runs (or may run, through the program's
        functions) an operation that changes TensorFlow state or the world."""
        return any(is_inside(site.node, block) and self._site_changes_graph_state(site)
                   for site in self.graph.sites_in.get(function, []))

    def _site_changes_graph_state(self, site: CallSite) -> bool:
        if any(method in _STATEFUL_METHODS for _, method in site.methods) or calls_stateful_random_op(site) \
                or any(api.normalize(name).startswith(_STATEFUL_FUNCTIONS) for name in site.library):
            return True
        return any(self._changes_graph_state(callee) for callee in site.targets)

    def _changes_graph_state(self, function: FunctionInfo) -> bool:
        found = self._graph_state.get(function)
        if found is None:
            self._graph_state[function] = False  # recursion: found by the first visit
            found = self._graph_state[function] = any(
                self._site_changes_graph_state(site) for site in self.graph.sites_in.get(function, []))
        return found

    def _caches_on_composite(self, function: FunctionInfo, store: NodeOrLeaf | None = None,
                             setattr_trailer: NodeOrLeaf | None = None) -> bool:
        """A method of a composite tensor class (`KerasClasses.is_tensor_class`: TF-GNN's graph
        pieces) memoizing a result on its own instance (see `memoization`). `tf.function` rebuilds
        a composite tensor argument from its components on every trace (checked with TensorFlow
        2.21: what a traced function sets on a `tf.RaggedTensor` argument is not seen on the
        caller's object), so under tracing the cache is the trace's own and cannot leak a graph
        tensor; eagerly it only saves computing the same value again."""
        if function.cls is None or not _is_method(function) or not function.get_params() \
                or not self.dataflow.keras.is_tensor_class(function.cls):
            return False
        self_name = function.get_params()[0].name.value
        if store is not None:
            return memoization.is_memo_store(store, function.node, self_name)
        return memoization.is_memo_setattr(setattr_trailer, function.node, self_name)

    def _call_effects(self, function: FunctionInfo, site: CallSite) -> tuple[list[Effect], bool]:
        """Effects of one call to library code (user callees are handled transitively), and whether
        the call's effects cannot be known."""
        effects: list[Effect] = []
        for receiver_kind, method in sorted(site.methods):
            effects.extend(self._method_effects(function, site, receiver_kind, method))
        methods = {f"{kind}.{method}" for kind, method in site.methods}
        for name in sorted(site.library - methods):
            if "()." in name and name.rsplit(".", 1)[1] in MUTATING_METHODS \
                    and name.startswith(CONTAINER_LIBRARIES):  # `deque().appendleft`
                effects.extend(self._mutation(function, _receiver_expression(site), f"`{site.get_code()}`",
                                              site.node))
            elif "()." in name and name.rsplit(".", 1)[1] in IO_METHODS:
                effects.append(Effect(f"`{site.get_code()}` (I/O)", site.line, function))
            elif name in ("builtins.setattr", "builtins.delattr", "builtins.next"):
                target = first_argument(site.trailer)
                if name == "builtins.next" and target is not None:
                    iterator = self._iterator_kind(target)
                    if iterator == "graph":
                        continue  # `next` on a tf.data iterator is an IteratorGetNext op in the graph too
                    if iterator == "unknown":
                        return effects, True  # it may be one: the analysis cannot see what was passed
                if name == "builtins.setattr" and self._caches_on_composite(function, setattr_trailer=site.trailer):
                    continue
                if target is not None:
                    what = "advancing an iterator" if name == "builtins.next" else "changing an object"
                    effects.extend(self._mutation(function, target, f"`{site.get_code()}` {what} it did not create",
                                                  site.node))
            else:
                verdict = classify_library_call(name)
                if verdict == "effect":
                    effects.append(Effect(f"`{site.get_code()}`", site.line, function))
                elif verdict == "unknown":
                    return effects, True
        if site.unresolved:
            method = site.method_name
            if method in SEQUENCE_METHODS and self._may_be_container(_receiver_expression(site)):
                effects.extend(self._mutation(function, _receiver_expression(site), f"`{site.get_code()}`", site.node))
            elif method in IO_METHODS:
                effects.append(Effect(f"`{site.get_code()}` (I/O)", site.line, function))
            elif method in READING_METHODS and self._program_methods_only_read(method):
                site.convention = f"`.{method}()` reads, as it does on a container or a TensorFlow value"
            elif _is_assertion(method):
                site.convention = f"`.{method}()` is an assertion: it checks and raises, as unittest's do"
            elif _is_raised(site):
                site.convention = "an exception class: `raise` builds the exception it raises"
            else:
                return effects, True
        return effects, False

    def _program_methods_only_read(self, name: str) -> bool:
        """Whether every method of the program called `name` (which an unknown receiver's
        `.name()` may run) changes nothing and calls no other code of the program, as the
        library's methods of that name do (`_ImmutableMapping.copy` returning `dict(self._data)`)."""
        found = self._reading_names.get(name)
        if found is None:
            self._reading_names[name] = False  # while deciding: a method reaching itself does not read
            found = all(self._only_reads(method) for cls in self.program.iter_classes()
                        for method_name, method in cls.methods.items() if method_name == name)
            self._reading_names[name] = found
        return found

    def _only_reads(self, method: FunctionInfo) -> bool:
        summary = self._direct(method)
        return not summary.effects and summary.unresolved is None \
            and not any(site.targets for site in self.graph.sites_in.get(method, []))

    def _method_effects(self, function: FunctionInfo, site: CallSite, kind: str, method: str) -> list[Effect]:
        """A method of a library object (`list.append`, `model.fit`, `rng.normal`)."""
        receiver = _receiver_expression(site)
        if kind in (api.MODEL, api.LAYER) and method in KERAS_MUTATING_METHODS:
            return self._mutation(function, receiver, f"`{site.get_code()}` changing a model it did not create",
                                  site.node)
        if kind in (api.MODEL, api.LAYER) and method in KERAS_EFFECTFUL_METHODS:
            return [Effect(f"`{site.get_code()}` (Keras runs a Python loop and prints)", site.line, function)]
        if kind in CONTAINER_KINDS and method in MUTATING_METHODS:
            return self._mutation(function, receiver, f"`{site.get_code()}` on a {kind} it did not create", site.node)
        if kind == api.NUMPY_GENERATOR or (kind == api.NUMPY and method in ("fill", "sort", "resize")):
            return self._mutation(function, receiver, f"`{site.get_code()}`", site.node)
        if method in IO_METHODS and kind not in TF_STATE_KINDS:
            return [Effect(f"`{site.get_code()}` (I/O)", site.line, function)]
        return []


def classify_library_call(name: str) -> str:
    """"pure", "effect" or "unknown" for a call to the library function `name`."""
    if name.startswith(PURE_EXCEPTIONS):
        return "pure"
    if name.startswith(EFFECTFUL_PREFIXES):
        return "effect"
    if name.startswith(PURE_PREFIXES) or name.startswith("builtins."):
        return "pure"
    return "unknown"


def _is_assertion(method: str | None) -> bool:
    """`assertEqual`, `assert_equal`, `assertAllClose`: a library's check, which raises or returns."""
    after = (method or "")[len("assert"):][:1]
    return bool(method) and method.startswith("assert") and (after == "_" or after.isupper())


def _is_raised(site: CallSite) -> bool:
    """`raise exception(message)`: the call builds the exception the statement raises."""
    parent = site.node.parent
    return parent is not None and parent.type == "raise_stmt" and parent.children[1] is site.node \
        and site.trailer_index == len(site.node.children) - 1


def _runs_at_execution(site: CallSite) -> bool:
    """`tf.py_function(fn, ...)`, `tf.numpy_function`: TensorFlow runs `fn` as Python on every call,
    in a graph as eagerly (checked with TensorFlow 2.21), so its effects are not effects of tracing."""
    return any((spec := api.higher_order_api(name)) is not None and spec.traced is False for name in site.library)


def _line_of_call_to(graph: CallGraph, caller: FunctionInfo, target: FunctionInfo) -> int | None:
    """The line of the first call in `caller` that leads (directly) to `target`, if any."""
    for site in sorted(graph.sites_in.get(caller, []), key=lambda s: s.line):
        if target in site.targets:
            return site.line
    return None


# -- syntax helpers --------------------------------------------------------------------------------

def _assigned_names(function: FunctionInfo) -> set[str]:
    names = set()
    for node in iter_body_nodes(function.node):
        if node.type == "name" and node.is_definition():
            names.add(node.value)
    return names


def _store_targets(target: NodeOrLeaf):
    """Attribute and subscript stores in a target (`a.b = `, `a[i] = `, `(a.b, c) = `)."""
    if target.type in ("atom_expr", "power"):
        last = target.children[-1]
        if last.type == "trailer" and last.children[0].value in (".", "["):
            yield target
        return
    if target.type in ("testlist_star_expr", "exprlist", "testlist_comp", "atom"):
        for child in target.children:
            yield from _store_targets(child)


def _del_targets(node: NodeOrLeaf):
    if node.type in ("exprlist", "testlist"):
        yield from (child for child in node.children if child.type != "operator")
    else:
        yield node


def _strip_last_trailer(node: NodeOrLeaf) -> NodeOrLeaf | None:
    """`a.b.c` -> the node for `a.b` (built lazily as the same atom_expr, see _root_of)."""
    if node.type not in ("atom_expr", "power") or len(node.children) < 2:
        return None
    return _Prefix(node, len(node.children) - 1)


class _Prefix:
    """The first `count` children of an atom_expr, standing for the expression they form."""

    type = "prefix"

    def __init__(self, node: NodeOrLeaf, count: int) -> None:
        self.node, self.count = node, count
        self.start_pos = node.start_pos

    @property
    def children(self):
        return self.node.children[: self.count]

    def get_code(self, include_prefix: bool = False) -> str:
        return get_code_of(self.children)


def _root_of(node) -> NodeOrLeaf | None:
    """The name an attribute/subscript chain starts from (`a` of `a.b[0].c`); None for other roots."""
    if isinstance(node, _Prefix):
        if not node.count:  # a bound method called through a name (`add = items.append; add(x)`)
            return None
        first = node.children[0]
        return first if first.type == "name" else (None if _is_allocation(first) else first)
    if node.type == "name":
        return node
    if node.type in ("atom_expr", "power"):
        first = node.children[0]
        if first.type == "name":
            trailers = node.children[1:]
            if any(t.type == "trailer" and t.children[0].value == "(" for t in trailers):
                return None  # the result of a call: a new object or one we cannot name
            return first
        return None
    return None


def _is_allocation(node) -> bool:
    """A literal list/dict/set/tuple or a comprehension: a new object (`(x)` is just `x`)."""
    if isinstance(node, _Prefix) or node.type != "atom":
        return False
    first = node.children[0]
    if first.type != "operator" or first.value not in "[{(":
        return False
    return first.value != "(" or len(node.children) == 2 or node.children[1].type == "testlist_comp"


#: Operators whose result is a new object (or an immutable one): `[x] * n`, `a + b`, `-a`, `a < b`.
#: Not `a or b` and `a if c else b`, which give one of their operands.
_NEW_OBJECT_EXPRESSIONS = frozenset({"arith_expr", "term", "shift_expr", "and_expr", "xor_expr", "expr",
                                     "factor", "comparison", "not_test"})


def _is_whole(node, root: NodeOrLeaf) -> bool:
    """Whether `node` (a name or a `_Prefix`) stands for `root` itself, not a part of it."""
    return isinstance(node, _Prefix) and node.count == 1 and node.children[0] is root


#: Kinds of TensorFlow values whose methods return new Python objects (lists, arrays, tensors;
#: `tape.gradient` a new list of gradients on every call).
_FRESH_RESULT_KINDS = frozenset({api.TENSOR, api.VARIABLE, api.SHAPE, api.SPEC, api.DTYPE, api.NUMPY, api.TAPE})
#: Builtins whose result is a new object (or an immutable one nobody can mutate).
_ALLOCATING_BUILTINS = frozenset(f"builtins.{name}" for name in (
    "list", "dict", "set", "tuple", "frozenset", "bytearray", "bytes", "str", "int", "float", "bool",
    "iter", "sorted", "reversed", "enumerate", "zip", "map", "filter", "range", "object"))


def _is_allocating_api(name: str) -> bool:
    return name in _ALLOCATING_BUILTINS or name in ("copy.copy", "copy.deepcopy") or name.startswith(
        ("collections.", "numpy.", "tensorflow.", "keras."))


def _is_killed(binding, bindings, use: NodeOrLeaf, function: FunctionInfo) -> bool:
    """Whether another assignment of the name, a statement of the function's own body (so it runs
    on every path), comes between `binding` and `use`: `data = data.copy()` at the top of the body
    means later writes go to the copy, not to the parameter (`data += [x]` extends the same list)."""
    start = binding.node.start_pos if binding.node is not None else None
    suite = function.node.children[-1]
    for other in bindings:
        node = other.node
        if other is binding or node is None or start is None or not start < node.start_pos < use.start_pos:
            continue
        statement = node.parent
        while statement is not None and statement.type != "simple_stmt":
            statement = statement.parent
        if statement is not None and statement.parent is suite and isinstance(other, Assignment) \
                and not isinstance(other, AugmentedAssignment) and not is_inside(use, statement):
            return True
    return False


def _is_copy_call(node: NodeOrLeaf) -> bool:
    """`x.copy()`: a dict, list, set, array or tensor's copy is a new object."""
    children = node.children
    return len(children) >= 3 and children[-1].children[0].value == "(" and len(children[-1].children) == 2 \
        and children[-2].type == "trailer" and children[-2].children[0].value == "." \
        and children[-2].children[1].value == "copy"


def _may_reach(binding, use: NodeOrLeaf) -> bool:
    """Whether `binding` may be the one live at `use` in the same function: it comes before the
    use, or a loop holds both (the next iteration reads it). `filtered = tuple(filtered)` after a
    loop that appends to `filtered = []` does not make the list someone else's, and neither does
    the assignment of a call's result to the name it passes."""
    node = binding.node
    if node is None:
        return True
    reads_its_own_value = isinstance(binding, Assignment) and binding.value is not None \
        and is_inside(use, binding.value)  # `cache = step(cache)` passes the old `cache`
    if node.start_pos < use.start_pos and not reads_its_own_value:
        return True
    loop = use.parent
    while loop is not None and loop.type not in ("funcdef", "file"):
        if loop.type in ("for_stmt", "while_stmt") and is_inside(node, loop):
            return True
        loop = loop.parent
    return False


def _is_self_attribute(store: NodeOrLeaf, function: FunctionInfo) -> bool:
    """`self.w` (one attribute of the method's first parameter), as a store target."""
    params = function.get_params()
    children = store.children
    return bool(params) and len(children) == 2 and children[0].type == "name" \
        and children[0].value == params[0].name.value and children[1].children[0].value == "."


def _iter_guarded_blocks(statement: NodeOrLeaf):
    """(condition, block) of each `if`/`elif` branch holding `statement`."""
    child, node = statement, statement.parent
    while node is not None and node.type not in ("funcdef", "classdef", "file_input"):
        if node.type == "if_stmt":
            children = node.children
            index = children.index(child)
            if index >= 3 and children[index - 3].type == "keyword" and children[index - 3].value in ("if", "elif"):
                yield children[index - 2], child
        child, node = node, node.parent


def _may_hold_a_made_tensor(values) -> bool:
    """Whether a stored value may be or hold a tensor an operation made (not a variable, which a
    first trace may create) or is unknown."""
    if not values:
        return True
    for value in values:
        if value.kind == UNKNOWN or value.kind in (api.TENSOR, api.TENSOR_LIST):
            return True
        if any(_may_hold_a_made_tensor(element) for element in value.elements if element):
            return True
    return False


#: Methods that change TensorFlow state: variable writes, optimizer steps, metric updates.
_STATEFUL_METHODS = frozenset({
    "assign", "assign_add", "assign_sub", "scatter_add", "scatter_sub", "scatter_update", "scatter_nd_add",
    "scatter_nd_sub", "scatter_nd_update", "scatter_max", "scatter_min", "scatter_mul", "scatter_div",
    "batch_scatter_update", "apply_gradients", "apply", "minimize", "update_state", "reset_state", "reset_states",
})
#: TensorFlow functions that act on state or the world when they run in a graph.
_STATEFUL_FUNCTIONS = ("tensorflow.print", "tensorflow.summary.", "tensorflow.io.write_file",
                       "tensorflow.compat.v1.assign", "tensorflow.debugging.")
#: Flags an object sets once it is set up (`self.built`, `self._initialized`).
_FIRST_CALL_FLAGS = frozenset({"built", "is_built", "initialized", "is_initialized", "created", "constructed"})


def _is_first_call_guard(condition: NodeOrLeaf, self_name: str) -> bool:
    """`not self.built` (or `_built`, `_initialized` ...), `self.w is None`, `not hasattr(self, "w")`,
    or one of them in `or`/`and`."""
    if condition.type in ("or_test", "and_test"):
        return any(_is_first_call_guard(part, self_name) for part in condition.children[::2])
    if condition.type == "not_test":
        operand = condition.children[1]
        if _is_attribute_of(operand, self_name, None) and \
                operand.children[1].children[1].value.lstrip("_") in _FIRST_CALL_FLAGS:
            return True
        children = getattr(operand, "children", ())
        return (operand.type in ("atom_expr", "power") and len(children) == 2 and children[0].type == "name"
                and children[0].value == "hasattr" and is_call_trailer(children[1])
                and (_first_argument_code(children[1]) == self_name))
    if condition.type == "comparison" and len(condition.children) == 3:
        left, operator, right = condition.children
        return (operator.type == "keyword" and operator.value == "is" and right.type == "keyword"
                and right.value == "None" and _is_attribute_of(left, self_name, None))
    return False


def _is_attribute_of(node: NodeOrLeaf, self_name: str, attribute: str | None) -> bool:
    children = getattr(node, "children", ())
    return (node.type in ("atom_expr", "power") and len(children) == 2 and children[0].type == "name"
            and children[0].value == self_name and children[1].type == "trailer"
            and children[1].children[0].value == "." and attribute in (None, children[1].children[1].value))


def _first_argument_code(trailer: NodeOrLeaf) -> str | None:
    argument = first_argument(trailer)
    return argument.get_code(include_prefix=False) if argument is not None else None


def _callee_expression(site: CallSite):
    """The expression called (`model` of `model(x)`, `lst.append` of `lst.append(x)`)."""
    return _Prefix(site.node, site.trailer_index)


def _receiver_expression(site: CallSite):
    """The object a method is called on (`lst` of `lst.append(x)`)."""
    return _Prefix(site.node, site.trailer_index - 1)


def _run_argument(site: CallSite, position: int) -> NodeOrLeaf | None:
    """Item `position` of the literal `args=(...)` tuple of `strategy.run(fn, args=(...))`."""
    if site.method_name != "run":
        return None
    for keyword, node in iter_call_arguments(site.trailer):
        if keyword == "args" and node.type == "atom" and node.children[0].value == "(":
            inner = node.children[1]
            items = [inner] if inner.type != "testlist_comp" else inner.children[::2]
            return items[position] if 0 <= position < len(items) and items[position].type != "operator" else None
    return None


def _code(node) -> str:
    code = node.get_code(include_prefix=False)
    code = " ".join(code.split())
    return code if len(code) <= 50 else code[:47] + "..."
