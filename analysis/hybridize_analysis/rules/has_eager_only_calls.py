"""## What it does
Checks for code that needs a concrete (eager) value where a traced graph only has a symbolic
tensor:

- `.numpy()` and `bool()` of a tensor, NumPy conversion (`np.asarray`, `np.array`) and Keras
  helpers that convert to NumPy (`keras.ops.convert_to_numpy`,
  `keras.applications.*.decode_predictions`), and `tf.constant` of a tensor;
- NumPy-only methods (`.astype`, `.tolist`, `.reshape(...)`, `.sum()`, `.item()` ...) on a value
  that is a tensor under tracing: `tf.function` turns NumPy array arguments into tensors, which
  have none of these methods;
- `float(t)` / `int(t)` of a tensor whose result must be a Python number: formatted (f-string,
  `%`, `str.format`, `str()`), passed to NumPy, `math` or a Python builtin (`round`, `range`
  outside a `for` statement), passed to `tf.constant`, or used as the index of a Python list or
  dict.

Arguments: `call` is the offending code, shortened, e.g. `"loss.numpy()"`.

## Why is this bad?
While `tf.function` traces, tensors are symbolic: they have a dtype and a shape but no value yet.
`.numpy()` does not exist on them, `bool()` raises `OperatorNotAllowedInGraphError`, converting
them to NumPy raises `NotImplementedError`, and `tf.constant` of one raises `TypeError`. AutoGraph
turns `float(t)` and `int(t)` into `tf.cast`, so their result is a symbolic tensor too: fine in
tensor arithmetic, a condition or a `for i in range(int(n))` loop, but a format spec raises
`TypeError`, `str()` yields the text `Tensor("Cast:0", ...)`, NumPy raises, and a list index
raises `TypeError` (all verified with TensorFlow 2.21).

## Example
```python
def train_step(x, y):
    loss = compute_loss(x, y)
    print(f"loss {float(loss):.4f}")
    return loss.numpy()
```

Use instead:
```python
@tf.function
def train_step(x, y):
    return compute_loss(x, y)

loss = float(train_step(x, y))   # outside the graph: eager again
print(f"loss {loss:.4f}")
```

## Known problems
A tensor used as the test of an `if` or `while` is not reported, since AutoGraph converts it to
a graph condition; an explicit `bool(x)` is, even there (it fails under tracing). `int(x.shape[0])`
of a static shape is a Python int while tracing and is not reported. Calls reached through
callees the analysis cannot resolve are not checked.
"""
from __future__ import annotations

import weakref

from parso.tree import NodeOrLeaf

from ..callgraph import CallSite
from ..model.scopes import Assignment
from ..syntax import is_attribute_trailer, is_call_trailer, iter_call_arguments, iter_nodes
from ..tensors import catalogue as api
from ..tensors.values import GRAPH_TENSOR_KINDS, UNKNOWN
from .base import Finding, Rule
from .context import FunctionContext, short_code
from .has_numpy_calls_on_parameters import CONVERSIONS, is_graph_tensor_value, holds_graph_tensor

RULE = Rule(
    code="HAS_EAGER_ONLY_CALLS",
    severity="error",
    kind="pitfall",
    message="`{function}`: `{call}` needs a concrete tensor value, which a traced graph does not have",
    explanation=(
        "While `tf.function` traces, tensors are symbolic and have no value: `.numpy()`, "
        "`bool()`, NumPy conversion and NumPy methods fail, and `float()`/`int()` of a tensor "
        "become `tf.cast`, still a tensor that cannot be formatted or passed to NumPy."
    ),
    hint=(
        "Stay in TensorFlow: tensor operations instead of NumPy (`tf.cast`, `tf.reshape`, "
        "`tf.where`), tensor conditions in `if`/`while` (AutoGraph converts them) instead of "
        "`bool(x)`, `tf.print` or `tf.strings.format` for text, and `.numpy()`, `float()` and "
        "formatting on the result in the caller."
    ),
    args=("function", "call"),
    doc=__doc__,
)


#: Methods that return a tensor's concrete value, which only an eager tensor has.
_VALUE_METHODS = frozenset({"tensor.numpy", "variable.numpy"})
#: `bool(t)` raises on a symbolic tensor wherever it is written, also as an `if` test. (`float(t)`
#: and `int(t)` do not: AutoGraph converts them to `tf.cast`, see `py_builtins.float_`.)
_TRUTH = "builtins.bool"
#: `float(t)` and `int(t)`: a `tf.cast` once AutoGraph converted them, a tensor still.
_CASTS = frozenset({"builtins.float", "builtins.int"})
#: Library calls that convert their first argument to NumPy, or need it to be a Python value.
_CONCRETE_FIRST_ARGUMENT = frozenset({
    "tensorflow.constant", "keras.ops.convert_to_numpy", "keras.utils.to_categorical",
})
#: Methods of `np.ndarray` that `tf.Tensor` does not have (`set(dir(np.ndarray)) - set(dir(tf.Tensor))`
#: with NumPy 2 and TensorFlow 2.21): on an array argument, which `tf.function` converts to a tensor,
#: they raise `AttributeError`.
NUMPY_ONLY_METHODS = frozenset({
    "all", "any", "argmax", "argmin", "argpartition", "argsort", "astype", "byteswap", "choose",
    "clip", "compress", "conj", "conjugate", "copy", "cumprod", "cumsum", "diagonal", "dot", "dump",
    "dumps", "fill", "flatten", "getfield", "item", "max", "mean", "min", "nonzero", "partition",
    "prod", "put", "ravel", "repeat", "reshape", "resize", "round", "searchsorted", "setfield",
    "setflags", "sort", "squeeze", "std", "sum", "swapaxes", "take", "tobytes", "tofile", "tolist",
    "trace", "transpose", "var", "view",
})
#: Python builtins that need a Python number or iterate their argument (`range` is converted by
#: AutoGraph only as the iterable of a `for` statement).
_PYTHON_VALUE_BUILTINS = frozenset({
    "builtins.round", "builtins.range", "builtins.str", "builtins.repr", "builtins.format",
    "builtins.list", "builtins.tuple", "builtins.set", "builtins.dict", "builtins.hex", "builtins.oct",
    "builtins.bin", "builtins.chr", "builtins.divmod", "builtins.complex",
})
_MAX_ASSIGNMENTS = 3


def check(ctx: FunctionContext) -> list[Finding]:
    findings, seen = [], set()
    for site in ctx.iter_calls():
        if _needs_a_value(ctx, site) or _calls_a_numpy_method(ctx, site):
            where, code = site.node, site.get_code()
        elif site.library & _CASTS and _first_holds_graph_tensor(ctx, site):
            where = get_python_value_use(ctx, site.node)
            code = short_code(where) if where is not None else None
            if where is None and "builtins.float" in site.library and _differentiates(ctx):
                # eagerly `float(t)` is a constant to the tape; traced it is `tf.cast(t)`, and
                # gradients flow through it (a generated program trained differently, TF 2.21)
                where, code = site.node, site.get_code()
        else:
            continue
        if where is not None and id(where) not in seen:
            seen.add(id(where))
            findings.append(ctx.finding(RULE.code, site.line, call=code))
    return findings


_DIFFERENTIATES: "weakref.WeakKeyDictionary" = None


def _differentiates(ctx: FunctionContext) -> bool:
    """The program records gradients somewhere (`tf.GradientTape`): a value that stops being a
    Python constant under tracing can change what the tape sees."""
    global _DIFFERENTIATES
    if _DIFFERENTIATES is None:
        _DIFFERENTIATES = weakref.WeakKeyDictionary()
    dataflow = ctx.dataflow
    if dataflow not in _DIFFERENTIATES:
        _DIFFERENTIATES[dataflow] = any(
            api.normalize(name) == "tensorflow.GradientTape" for site in dataflow.sites for name in site.library)
    return _DIFFERENTIATES[dataflow]


def _needs_a_value(ctx: FunctionContext, site: CallSite) -> bool:
    library = {api.normalize(name) for name in site.library}
    if library & _VALUE_METHODS:
        return True
    if _TRUTH not in library and not library & (CONVERSIONS | _CONCRETE_FIRST_ARGUMENT) \
            and not any(_is_decode_predictions(name) for name in library):
        return False
    arguments = list(iter_call_arguments(site.trailer))
    if not arguments or arguments[0][0] is not None:
        return False
    first = arguments[0][1]
    if _TRUTH in library:  # the truth of a list of tensors is known while tracing
        values = ctx.values(first)
        return any(value.kind in (api.TENSOR, api.VARIABLE) for value in values) or (
            ctx.get_parameter(first) is not None and any(value.kind == api.NUMPY for value in values))
    return holds_graph_tensor(ctx, first) or holds_cast_tensor(ctx, first)


def _is_decode_predictions(name: str) -> bool:
    return name.startswith("keras.applications.") and name.endswith(".decode_predictions")


def _first_holds_graph_tensor(ctx: FunctionContext, site: CallSite) -> bool:
    arguments = list(iter_call_arguments(site.trailer))
    return bool(arguments) and arguments[0][0] is None and holds_graph_tensor(ctx, arguments[0][1])


def _calls_a_numpy_method(ctx: FunctionContext, site: CallSite) -> bool:
    """`a.astype("int32")` where `a` is a tensor while tracing (a container of tensors has
    methods of its own: `features.copy()` copies a dict)."""
    index = site.trailer_index - 1
    if index < 1 or not is_attribute_trailer(site.node.children[index]) \
            or site.node.children[index].children[1].value not in NUMPY_ONLY_METHODS:
        return False
    if index == 1:
        return holds_graph_tensor(ctx, site.node.children[0], in_containers=False)
    return any(value.kind in GRAPH_TENSOR_KINDS for value in ctx.dataflow.eval_trailers(site.node, index))


# -- where a cast tensor is used as a Python value -------------------------------------------------

#: Expressions a cast's tensor passes through unchanged in kind (arithmetic, parentheses).
_ARITHMETIC = ("arith_expr", "term", "factor", "power", "shift_expr", "and_expr", "xor_expr", "expr")


def get_python_value_use(ctx: FunctionContext, node: NodeOrLeaf) -> NodeOrLeaf | None:
    """The expression around `node` (a tensor that a Python number stood for eagerly) that needs
    a Python value: a formatted string, a NumPy, `math` or builtin call, a Python container index.
    None when the tensor only meets tensor operations, conditions or a `for` loop."""
    child, parent = node, node.parent
    while parent is not None:
        if parent.type in _ARITHMETIC or (parent.type == "atom" and parent.children[0].value == "("
                                          and len(parent.children) == 3):
            if parent.type == "term" and _is_string_format(ctx, parent):
                return parent
            child, parent = parent, parent.parent
            continue
        if parent.type in ("fstring_expr", "fstring"):
            return parent.parent if parent.type == "fstring_expr" else parent
        if parent.type in ("argument", "arglist", "testlist_comp") or (
                parent.type == "atom" and parent.children[0].value in ("(", "[")):
            child, parent = parent, parent.parent
            continue
        if parent.type == "trailer":
            owner = parent.parent
            if is_call_trailer(parent):
                return owner if _needs_python_arguments(ctx, owner, parent) else None
            if parent.children[0].value == "[":
                index = owner.children.index(parent)
                values = ctx.dataflow.eval_trailers(owner, index)
                return owner if values and not any(is_graph_tensor_value(v) or v.kind == UNKNOWN
                                                   for v in values) else None
            return None
        if parent.type == "expr_stmt" and child is parent.children[-1] and len(parent.children) == 3 \
                and parent.children[1].value == "=" and parent.children[0].type == "name":
            return _get_local_use(ctx, parent.children[0])
        return None
    return None


def _is_string_format(ctx: FunctionContext, term: NodeOrLeaf) -> bool:
    return len(term.children) >= 3 and term.children[1].value == "%" and any(
        value.kind == api.STR for value in ctx.values(term.children[0]))


def _needs_python_arguments(ctx: FunctionContext, owner: NodeOrLeaf, trailer: NodeOrLeaf) -> bool:
    site = next((s for s in ctx.iter_calls() if s.trailer is trailer), None)
    if site is None:
        return False
    library = {api.normalize(name) for name in site.library}
    if "builtins.range" in library and _is_for_iterable(owner):
        return False
    if library & _PYTHON_VALUE_BUILTINS or "tensorflow.constant" in library or "str.format" in library:
        return True
    return any(api.is_numpy_api(name) or name.startswith("math.") for name in library)


def _is_for_iterable(node: NodeOrLeaf) -> bool:
    parent = node.parent
    return parent is not None and parent.type == "for_stmt" and parent.children[3] is node


def _get_local_use(ctx: FunctionContext, name: NodeOrLeaf) -> NodeOrLeaf | None:
    """`n = int(t)`: the first later read of `n` that needs a Python value."""
    for leaf in ctx.iter_body_nodes():
        if leaf.type != "name" or leaf.value != name.value or leaf.start_pos <= name.start_pos \
                or leaf.is_definition():
            continue
        resolved = ctx.dataflow.resolve(leaf)
        if resolved is None or getattr(resolved, "node", None) is not name:
            continue
        use = get_python_value_use(ctx, leaf)
        if use is not None:
            return use
    return None


def holds_cast_tensor(ctx: FunctionContext, node: NodeOrLeaf, _depth: int = 0) -> bool:
    """`node` contains `float(t)` or `int(t)` of a tensor, directly or through a local name."""
    for item in iter_nodes(node):
        if item.type in ("atom_expr", "power") and item.children[0].type == "name" \
                and item.children[0].value in ("float", "int") and len(item.children) == 2 \
                and is_call_trailer(item.children[1]):
            arguments = list(iter_call_arguments(item.children[1]))
            if arguments and arguments[0][0] is None and holds_graph_tensor(ctx, arguments[0][1]):
                return True
        elif item.type == "name" and _depth < _MAX_ASSIGNMENTS and not item.is_definition():
            binding = ctx.dataflow.resolve(item)
            if isinstance(binding, Assignment) and binding.value is not None and binding.index is None \
                    and binding in ctx.function.scope.get(item.value, ()) \
                    and holds_cast_tensor(ctx, binding.value, _depth + 1):
                return True
    return False
