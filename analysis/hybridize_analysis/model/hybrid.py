"""Which functions are already hybrid, in every spelling, resolved by binding rather than by text."""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..syntax import get_code_without_prefix, get_end_line, get_returned_values, is_call_trailer, iter_call_arguments
from ..tensors import catalogue as api
from .program import FunctionInfo, HybridMarker, Module, Program
from .scopes import Binding, FromImportation, Importation, ModuleScope, Pos

#: What `tf.function` is, whichever module path reaches it (the internal paths are those of
#: `from tensorflow.python.eager import def_function`, before and after TensorFlow 2.12).
TF_FUNCTION_NAMES = frozenset({
    "tensorflow.function", "tensorflow.compat.v2.function", "tensorflow.compat.v1.function",
    "tensorflow.python.eager.def_function.function",
    "tensorflow.python.eager.polymorphic_function.polymorphic_function.function",
})
TF_MODULE_NAMES = frozenset({"tensorflow", "tensorflow.compat.v2", "tensorflow.compat.v1"})
#: `functools.partial(tf.function, jit_compile=True)` is tf.function with arguments bound.
PARTIAL_NAMES = frozenset({"functools.partial"})


def mark_hybrid_functions(program: Program, module: Module, calls) -> None:
    """Mark decorated functions, then `g = tf.function(f)` assignments (a decorator wins)."""
    for function in module.functions:
        for decorator in function.get_decorators():
            marker = _decorator_marker(program, function, decorator)
            if marker is not None:
                function.hybrid = marker
                break
    for call, in_function in calls:
        if not is_call_trailer(call.children[-1]) or not _is_tf_function(program, call):
            continue
        arguments = list(iter_call_arguments(call.children[-1]))
        if not arguments or arguments[0][0] is not None:
            continue
        target = _function_argument(program, arguments[0][1], in_function)
        if target is not None and target.hybrid is None:
            target.hybrid = _assignment_marker(program, module, call, arguments)


def _assignment_marker(program: Program, module: Module, call: NodeOrLeaf, arguments) -> HybridMarker:
    """`g = tf.function(f, jit_compile=True)` reads as the decorator `tf.function(jit_compile=True)`."""
    spelling = _spelling(call)
    keywords = {name: get_code_without_prefix(value) for name, value in arguments[1:] if name}
    code = spelling + ("(" + ", ".join(f"{k}={v}" for k, v in keywords.items()) + ")" if keywords else "")
    statement = call.parent
    return HybridMarker(kind="assignment", spelling=spelling, code=code, arguments=keywords,
                        line=statement.start_pos[0], end_line=get_end_line(statement),
                        unit=module.units[program.get_pos(call)[0]])


def _decorator_marker(program: Program, function: FunctionInfo, decorator: NodeOrLeaf) -> HybridMarker | None:
    expression = decorator.children[1]
    trailer = None
    callee_children = getattr(expression, "children", None)
    if callee_children and is_call_trailer(callee_children[-1]):
        trailer = callee_children[-1]
    if not _is_tf_function(program, expression) and not _is_partial_tf_function(program, expression, trailer):
        return None
    spelling = _spelling(expression)
    arguments = {}
    if trailer is not None:
        arguments = {name: get_code_without_prefix(value) for name, value in iter_call_arguments(trailer) if name}
    return HybridMarker(kind="decorator", spelling=spelling, code=get_code_without_prefix(expression),
                        arguments=arguments, line=decorator.start_pos[0], end_line=get_end_line(decorator),
                        unit=function.unit)


def _is_tf_function(program: Program, expression: NodeOrLeaf, _depth: int = 0) -> bool:
    """Whether `expression` (maybe ending in a call trailer) names tf.function, or a function of the
    program that only wraps it (tf-agents' `common.function`: `return tf.function(*args, **kwargs)`)."""
    qualified = _qualified_callee(program, expression)
    if qualified is None:
        return False
    if qualified in TF_FUNCTION_NAMES or api.normalize(qualified) == "tensorflow.function":
        return True
    parts = _callee_parts(expression)
    binding, rest = program.follow_attributes(program.resolve_name(parts[0]), [leaf.value for leaf in parts[1:]])
    wrapper = program.resolve_function(binding) if not rest else None
    return wrapper is not None and _depth < 4 and _wraps_tf_function(program, wrapper, _depth)


def _wraps_tf_function(program: Program, function: FunctionInfo, depth: int) -> bool:
    """Every `return` of `function` returns `tf.function(...)` (or another such wrapper's result)."""
    returned = get_returned_values(function.node)
    return returned is not None and all(
        node.type in ("atom_expr", "power") and is_call_trailer(node.children[-1])
        and _is_tf_function(program, node, depth + 1) for node in returned)


def _is_partial_tf_function(program: Program, expression: NodeOrLeaf, trailer: NodeOrLeaf | None) -> bool:
    """`functools.partial(tf.function, ...)` (or `partial` imported from functools)."""
    if trailer is None or _qualified_callee(program, expression) not in PARTIAL_NAMES:
        return False
    arguments = list(iter_call_arguments(trailer))
    return bool(arguments) and arguments[0][0] is None and _is_tf_function(program, arguments[0][1])


def _qualified_callee(program: Program, expression: NodeOrLeaf) -> str | None:
    """The qualified name of `a.b.c` or `a.b.c(...)` through imports, re-exports included."""
    parts = _callee_parts(expression)
    if parts is None:
        return None
    return program.get_qualified_name_of_parts(parts)


def _callee_parts(expression: NodeOrLeaf) -> list[NodeOrLeaf] | None:
    """Name leaves of `a.b.c` or `a.b.c(...)`; None for anything else."""
    if expression.type == "name":
        return [expression]
    if expression.type not in ("atom_expr", "power") or expression.children[0].type != "name":
        return None
    trailers = expression.children[1:]
    if trailers and is_call_trailer(trailers[-1]):
        trailers = trailers[:-1]
    parts = [expression.children[0]]
    for trailer in trailers:
        if trailer.type != "trailer" or trailer.children[0].value != ".":
            return None
        parts.append(trailer.children[1])
    return parts


def _spelling(expression: NodeOrLeaf) -> str:
    return ".".join(leaf.value for leaf in _callee_parts(expression))


def _function_argument(program: Program, node: NodeOrLeaf, in_function: FunctionInfo | None):
    """The user function passed as `f` or `self.f` (inside a method of its class)."""
    if node.type == "name":
        return program.resolve_function(program.resolve_name(node))
    children = getattr(node, "children", None)
    if (children and len(children) == 2 and children[0].type == "name" and children[0].value in ("self", "cls")
            and in_function is not None and in_function.cls is not None
            and children[1].type == "trailer" and children[1].children[0].value == "."):
        return in_function.cls.methods.get(children[1].children[1].value)
    return None


def get_tf_function_spellings(program: Program, module: Module, pos: Pos | None = None) -> tuple[list[str], str | None]:
    """Spellings of tf.function usable in `module` at `pos` (preferred first), and the import to add
    when there is none: `tf.function` under `import tensorflow as tf`, `tensorflow.function` under
    `import tensorflow`, `function` under `from tensorflow import function` or `*`."""
    scope: ModuleScope = module.scope
    spellings: list[str] = []
    for name in scope:
        binding: Binding | None = scope.get_binding(name, pos)
        qualified = program.get_binding_qualified_name(binding) if binding is not None else None
        if qualified is None:
            continue
        if isinstance(binding, Importation) and qualified in TF_MODULE_NAMES:
            spellings.append(f"{name}.function")
        elif isinstance(binding, FromImportation) and qualified in TF_FUNCTION_NAMES:
            spellings.append(name)
    for star_module, star_pos in scope.star_imports:
        if star_module in TF_MODULE_NAMES and (pos is None or star_pos <= pos) and "function" not in scope:
            spellings.append("function")
    spellings.sort(key=lambda spelling: ("." not in spelling, spelling.count("."), spelling))
    if spellings:
        return spellings, None
    return ["tf.function"], "import tensorflow as tf"
