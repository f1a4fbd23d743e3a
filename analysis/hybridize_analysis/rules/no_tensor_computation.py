"""## What it does
Checks for functions that take tensors but perform no TensorFlow operation themselves or in
anything they call (or any property of the program they read): they only pass tensors along,
store them, or do Python work. `next()` on a tf.data iterator is an operation.

## Why is this bad?
A graph speeds up TensorFlow operations. Without any, `tf.function` only adds tracing and call
overhead, and the Python work it contains runs only while tracing.

## Example
```python
def as_pair(features, labels):
    return (features, labels)
```

Use instead: leave it eager.

## Known problems
Operations reached through callees the analysis cannot resolve are not seen; such a function is
reported as undetermined rather than as performing no computation.
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..callgraph import KERAS_CALL, METHOD
from ..syntax import first_argument
from ..tensors.values import UNKNOWN, Values, is_tensor_like
from . import hints
from .base import Finding, Rule
from .context import FunctionContext

RULE = Rule(
    code="NO_TENSOR_COMPUTATION",
    severity="error",
    kind="pitfall",
    tables="both",
    message="`{function}` performs no TensorFlow operation: a graph has nothing to speed up",
    explanation=(
        "Graph execution speeds up TensorFlow operations; a function without any only gains "
        "tracing and call overhead from `tf.function`."
    ),
    hint=hints.join(hints.KEEP_EAGER, hints.HYBRIDIZE_THE_STEP),
    doc=__doc__,
)


#: Library callees that are plain Python or NumPy: the only ones that are not TensorFlow work.
#: Anything else (TensorFlow, Keras, another library) counts as computation, to stay precise.
_PYTHON_MODULES = frozenset({
    "builtins", "numpy", "math", "cmath", "random", "time", "datetime", "os", "sys", "json", "re",
    "itertools", "functools", "collections", "operator", "string", "copy", "uuid", "pickle",
    "statistics", "typing", "dataclasses", "warnings", "pathlib", "textwrap", "pprint", "secrets",
})
#: Receiver kinds (`kind.method`) of Python and NumPy values, and of tensor metadata.
_PYTHON_KINDS = frozenset({
    "list", "dict", "tuple", "set", "str", "int", "float", "bool", "none", "numpy", "numpy_generator",
    "shape", "dtype", "spec",
})
#: Expressions that compute when an operand is a tensor.
_OPERATIONS = frozenset({
    "arith_expr", "term", "shift_expr", "and_expr", "xor_expr", "expr", "factor", "comparison",
})


def check(ctx: FunctionContext) -> list[Finding]:
    if reaches_computation(ctx):
        return []
    return [ctx.finding(RULE.code, ctx.function.line)]


def reaches_computation(ctx: FunctionContext) -> bool:
    """Whether the function may run a TensorFlow operation, in its body or in a function it calls,
    transitively (a hybrid callee runs a graph). Undecidable cases (an unresolved callee, an
    operand of unknown value) count as computation."""
    seen = {ctx.function}
    pending = [ctx]
    while pending:
        current = pending.pop()
        if _computes_itself(current):
            return True
        callees = [callee for site in current.iter_calls() for callee in _with_overrides(ctx, site)]
        for callee in callees + current.dataflow.properties_read(current.function):
            if callee.is_hybrid:
                return True
            if callee not in seen:
                seen.add(callee)
                pending.append(FunctionContext(callee, ctx.program, ctx.dataflow, ctx.callgraph, ctx.targets))
    return False


def _with_overrides(ctx: FunctionContext, site):
    """The callees of a call site, and for a method called on `self`, the overrides of the
    subclasses of its class: in a base class, `self._update()` runs whichever the instance has
    (an abstract `_update` that raises does no work; its overrides do)."""
    yield from site.targets
    for callee, how in list(site.targets.items()):
        if how != METHOD or callee.cls is None:
            continue
        for cls in ctx.dataflow.keras.get_subclasses(callee.cls):
            override = cls.methods.get(callee.name)
            if override is not None and override is not callee:
                yield override


def _computes_itself(ctx: FunctionContext) -> bool:
    for site in ctx.iter_calls():
        if site.unresolved or any(not _is_python(name) for name in site.library):
            return True
        if any(how == KERAS_CALL for how in site.targets.values()):
            return True
        if "builtins.next" in site.library and _next_of_tensor_iterator(ctx, site):
            return True
    for node in ctx.iter_body_nodes():
        if _is_tensor_operation(ctx, node):
            return True
    return False


def _next_of_tensor_iterator(ctx: FunctionContext, site) -> bool:
    """`next(iterator)` on a tf.data or distributed iterator (or one the analysis cannot see):
    an IteratorGetNext operation in the graph, which reads the next batch."""
    argument = first_argument(site.trailer)
    return argument is not None and _may_be_tensor(ctx.values(argument))


def _is_python(name: str) -> bool:
    head = name.split(".", 1)[0]
    return head in _PYTHON_MODULES or head in _PYTHON_KINDS


def _is_tensor_operation(ctx: FunctionContext, node: NodeOrLeaf) -> bool:
    """Arithmetic, comparison or indexing with a tensor operand, iterating or testing a tensor
    (AutoGraph makes graph loops and conditions of them)."""
    children = getattr(node, "children", None)
    kind = node.type
    if kind == "comparison":
        if any(op.type != "operator" for op in children[1::2]):
            return False  # `is`, `is not`, `in`, `not in`: Python identity and membership
        operands = children[::2]
    elif kind in _OPERATIONS:
        operands = children[1:] if kind == "factor" else children[::2]
    elif kind == "power" and any(child.type == "operator" and child.value == "**" for child in children):
        operands = [children[0], children[-1]]
    elif kind == "expr_stmt" and len(children) == 3 and children[1].type == "operator" \
            and children[1].value not in ("=", ":"):
        operands = [children[0], children[2]]  # `total += x`
    elif kind == "trailer" and children[0].value == "[":
        parent = node.parent
        return _may_be_tensor(ctx.dataflow.eval_trailers(parent, parent.children.index(node)))
    elif kind in ("for_stmt", "sync_comp_for"):
        operands = [children[3]]
    elif kind in ("if_stmt", "while_stmt"):
        operands = [child for index, child in enumerate(children)
                    if index and children[index - 1].type == "keyword" and children[index - 1].value in ("if", "elif", "while")]
    else:
        return False
    return any(_may_be_tensor(ctx.values(operand)) for operand in operands)


def _may_be_tensor(values: Values) -> bool:
    return not values or any(value.kind == UNKNOWN or is_tensor_like(value) for value in values)
