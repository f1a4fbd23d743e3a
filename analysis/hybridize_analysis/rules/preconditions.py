"""The precondition failures of the paper's decision tables (SPEC 4.3).

They are reported when a refactoring does not apply: `CONVERT_EAGER_FUNCTION_TO_HYBRID` for an
eager function, `OPTIMIZE_HYBRID_FUNCTION` for a hybrid one, and the `UNDETERMINABLE_*` /
`CANT_APPROXIMATE_RECURSION` failures when a property stays undetermined. Failures accumulate: a
function gets one entry per condition that fails. None of them is an error in the user's code:
they say why the decorator is not added (warning when the code would misbehave under tracing,
info when there is simply nothing to gain or the analysis could not decide).
"""
from __future__ import annotations

from . import hints
from .base import Rule

HAS_NO_TENSOR_PARAMETERS = Rule(
    code="HAS_NO_TENSOR_PARAMETERS",
    severity="info",
    kind="precondition",
    tables="both",
    message="`{function}`: no parameter receives a tensor, so a graph has nothing to speed up",
    explanation=(
        "`tf.function` speeds up the TensorFlow operations a function runs on its tensor inputs; "
        "it traces once per input signature and treats every non-tensor argument as part of that "
        "signature. A function without tensor inputs is either pure Python, which then runs only "
        "while tracing, or computes the same graph output on every call."
    ),
    hint=hints.join(hints.KEEP_EAGER, hints.HYBRIDIZE_THE_STEP),
    doc="""
## What it does
Reports an eager function none of whose parameters (other than `self`/`cls`) receives a tensor,
a `tf.Variable` or a container of them at any call site, and none of which has a tensor type hint.

## Why is this bad?
Graph execution pays off for TensorFlow operations over tensor inputs. A `tf.function` is traced
for each new combination of Python argument values, and its Python code runs only during tracing,
so decorating a function that takes no tensors makes it slower (tracing) or changes what it does.

## Example
```python
def make_optimizer(lr):
    return tf.keras.optimizers.Adam(lr)
```

Use instead: leave it as it is.

## Known problems
A parameter that receives tensors only through calls the analysis cannot see (from another
notebook, or through `getattr`) looks tensor-free; run the notebook with observation on to decide
from real calls.
""",
)

HAS_PRIMITIVE_PARAMETERS = Rule(
    code="HAS_PRIMITIVE_PARAMETERS",
    severity="warning",
    kind="precondition",
    tables="both",
    message=(
        "`{function}`: parameter `{parameter}` receives Python {value_kind} values{values}; "
        "each distinct value traces a new graph"
    ),
    explanation=(
        "`tf.function` keys its traces on the values of Python arguments: every new `int`, "
        "`float` or `str` traces and compiles a new graph, which costs far more than running the "
        "function eagerly, and TensorFlow warns about excessive retracing."
    ),
    hint=hints.join(
        hints.PASS_A_TENSOR,
        "If the parameter only takes a few values (a mode flag, a layer count), decorating is fine.",
    ),
    args=("function", "parameter", "value_kind", "values"),
    doc="""
## What it does
Reports a function one of whose parameters receives a Python `int`, `float` or `str` (or an object
whose fields hold one) at some call site. Booleans are ignored by default, since they take at most
two values.

Arguments: `parameter` is the parameter's name; `value_kind` names the Python types seen
(`int`, `float and int`); `values` is empty or starts with a space, e.g. ` (32, 64, 128)`.

## Why is this bad?
Python values are part of a `tf.function`'s trace key. Calling it with `n=1`, then `n=2`, then
`n=3` traces three graphs, and tracing is slow: the function ends up slower than eager code.

## Example
```python
def scale(x, factor):
    return x * factor

for step in range(1000):
    y = scale(x, step / 1000)
```

Use instead:
```python
@tf.function
def scale(x, factor):
    return x * factor

for step in range(1000):
    y = scale(x, tf.constant(step / 1000))
```
""",
)

HAS_PYTHON_SIDE_EFFECTS = Rule(
    code="HAS_PYTHON_SIDE_EFFECTS",
    severity="warning",
    kind="precondition",
    tables="both",
    message="`{function}`: {effect} is a Python side effect, which runs only while `tf.function` traces",
    explanation=(
        "Under `tf.function` the Python body runs once per trace; later calls run the graph, which "
        "contains only TensorFlow operations. Printing, appending to lists, assigning globals or "
        "attributes and writing files then happen once (or once per retrace) instead of on every "
        "call. On a function that is already hybrid, removing the decorator would change what it "
        "does, so this is a warning there."
    ),
    hint=hints.join(
        "Use `tf.print` for `print`, `tf.summary` for logging, a `tf.Variable` with `assign` for "
        "counters, and `tf.TensorArray` for accumulated results; move other effects to the caller.",
    ),
    args=("function", "effect"),
    fix_safety=(
        "A fix is offered only for `print` calls whose arguments are all tensors: it replaces "
        "`print` with `tf.print`. It is unsafe: `tf.print` writes to standard error by default and "
        "shows tensor values rather than their `repr`, so the printed text changes."
    ),
    doc="""
## What it does
Reports a function that, itself or through anything it calls, modifies Python state it did not
create: assigns globals or nonlocals, mutates objects reachable from parameters, globals, closures
or `self` that are not TensorFlow state, prints, logs, writes files or sockets, or advances Python
or NumPy random state. Writes to `tf.Variable`s (`assign`, optimizer updates, Keras metrics) are
graph operations and do not count; neither do objects the function creates.

Arguments: `effect` names the effect with its code, e.g. ``"`print(...)`"``,
``"assigning global `step`"``, ``"`history.append(...)`"``, ``"calling `log`, which writes a file"``.

## Why is this bad?
A `tf.function` runs its Python code only while tracing. A `print` shows once, a counter
increments once, a list receives one symbolic tensor: the program behaves differently from the
eager original without any error.

## Example
```python
losses = []

def train_step(x, y):
    loss = compute_loss(x, y)
    losses.append(loss)
    print("loss", loss)
    return loss
```

Use instead:
```python
@tf.function
def train_step(x, y):
    loss = compute_loss(x, y)
    tf.print("loss", loss)
    return loss

losses = [train_step(x, y) for x, y in dataset]
```

## Fix safety
The `print` to `tf.print` fix is unsafe: output goes to standard error and is formatted
differently. It is offered separately from the decorator rewrite.
""",
)

IS_RECURSIVE = Rule(
    code="IS_RECURSIVE",
    severity="warning",
    kind="precondition",
    tables="both",
    message="`{function}` is recursive ({cycle}); `tf.function` does not support recursion",
    explanation=(
        "Tracing runs the Python body; a recursive call is traced again inside the graph being "
        "built, and recursion that ends on a tensor condition never ends at trace time. TensorFlow "
        "documents recursive `tf.function`s as unsupported: they may loop forever."
    ),
    hint=hints.join(
        "Rewrite the recursion as a loop (AutoGraph turns a `while` over tensors into "
        "`tf.while_loop`), or hybridize the non-recursive function that calls it.",
    ),
    args=("function", "cycle"),
    doc="""
## What it does
Reports a function that reaches itself in the call graph, directly or through other functions.

Arguments: `cycle` shows the path, e.g. ``"`walk` → `visit` → `walk`"``.

## Why is this bad?
Recursive `tf.function`s are not supported: tracing follows every recursive call at trace time,
so a recursion that stops on a tensor value never stops while tracing, and one that stops on a
Python value is unrolled into the graph, with one graph per depth.

## Example
```python
def power(x, n):
    return x if n == 1 else x * power(x, n - 1)
```

Use instead:
```python
@tf.function
def power(x, n):
    result = x
    for _ in tf.range(n - 1):
        result *= x
    return result
```
""",
)

HAS_NO_PRIMITIVE_PARAMETERS = Rule(
    code="HAS_NO_PRIMITIVE_PARAMETERS",
    severity="info",
    kind="precondition",
    tables="both",
    message=(
        "`{function}` is hybrid, takes tensors and no Python scalars: "
        "it does not retrace per value, so keep `@tf.function`"
    ),
    explanation=(
        "Removing `@tf.function` pays off when a hybrid function takes no tensors or retraces on "
        "Python values. This one takes tensors and no Python scalars, so it is traced once per "
        "input signature and its graph is reused: it is where a graph helps."
    ),
    hint="Keep the decorator; no change is needed.",
    doc="""
## What it does
Reports, for a function that is already hybrid, that the `OPTIMIZE_HYBRID_FUNCTION` refactoring
does not apply: the function has a tensor parameter and no parameter receives a Python scalar.

## Why is this bad?
It is not: this failure of the paper's table means "keep it as it is". A hybrid function without
Python scalar parameters is traced once per input signature and runs as a graph afterwards.

## Example
```python
@tf.function
def normalize(x):
    return (x - tf.reduce_mean(x)) / tf.math.reduce_std(x)
```

Use instead: leave it as it is.
""",
)

UNDETERMINABLE_TENSOR_PARAMETER = Rule(
    code="UNDETERMINABLE_TENSOR_PARAMETER",
    severity="info",
    kind="precondition",
    tables="both",
    message="`{function}`: cannot tell whether any of its parameters ({parameters}) receives a tensor",
    explanation=(
        "Whether to trace a function depends on it taking tensors. No call site, type hint, "
        "speculative rule or observed call decided it for these parameters, and the analysis "
        "does not guess: it recommends nothing rather than a decorator that could slow the "
        "program down."
    ),
    hint=hints.LET_CALLS_DECIDE,
    args=("function", "parameters"),
    doc="""
## What it does
Reports a function for which `has_tensor_parameter` stays undetermined: its parameters are never
passed a value whose kind the analysis knows, they have no type hint, and the speculative analysis
does not apply.

Arguments: `parameters` lists the undetermined parameters, e.g. ``"`x`, `y`"``.

## Why is this bad?
Without knowing whether the function takes tensors, neither adding nor removing `@tf.function`
can be recommended safely.

## Example
```python
def apply(fn, batch):
    return fn(batch)
```

Use instead:
```python
def apply(fn, batch: tf.Tensor):
    return fn(batch)
```
""",
)

UNDETERMINABLE_PRIMITIVE_PARAMETER = Rule(
    code="UNDETERMINABLE_PRIMITIVE_PARAMETER",
    severity="info",
    kind="precondition",
    tables="both",
    message=(
        "`{function}`: cannot tell whether any of its parameters ({parameters}) "
        "receives a Python scalar"
    ),
    explanation=(
        "A Python `int`, `float` or `str` argument makes a `tf.function` retrace for every "
        "distinct value. The values reaching these parameters could not be determined, so the "
        "analysis cannot tell whether a graph would be reused or retraced."
    ),
    hint=(
        "Run the notebook with `%hybridize observe on` so that real calls decide, and pass a "
        "tensor (`tf.constant(value)`) where a number is meant to vary between calls."
    ),
    args=("function", "parameters"),
    doc="""
## What it does
Reports a function for which `has_primitive_parameter` stays undetermined: some parameter receives
values whose kind is unknown (results of unresolved calls, attributes of unknown objects).

Arguments: `parameters` lists the undetermined parameters, e.g. ``"`n`, `mode`"``.

## Why is this bad?
Python scalar arguments decide how often a `tf.function` retraces; without knowing them, its
speedup cannot be predicted.

## Example
```python
def resize(images, size):
    return tf.image.resize(images, [size, size])

resize(images, config.size)   # config comes from an unresolved import
```

Use instead:
```python
resize(images, tf.constant(config.size))
```
""",
)

UNDETERMINABLE_SIDE_EFFECTS = Rule(
    code="UNDETERMINABLE_SIDE_EFFECTS",
    severity="info",
    kind="precondition",
    tables="both",
    message="`{function}`: cannot tell whether `{call}` has Python side effects",
    explanation=(
        "Under `tf.function` Python side effects run only while tracing. This call's target "
        "could not be resolved (a parameter, an unresolved import, a dynamic attribute), so the "
        "analysis cannot rule out an effect that would silently stop happening."
    ),
    hint=hints.join(
        "Make the callee resolvable (import it by name, avoid `getattr`), or run the notebook in "
        "the kernel so that live facts resolve it.",
    ),
    args=("function", "call"),
    doc="""
## What it does
Reports a call inside the function (or a function it calls) whose target the analysis cannot
resolve, so `has_python_side_effects` stays undetermined.

Arguments: `call` is the call's source, shortened, e.g. `"callback(loss)"`.

## Why is this bad?
An unknown callee may print, log or mutate Python state; under `tf.function` that would happen
only during tracing.

## Example
```python
def train_step(x, y, callback):
    loss = compute_loss(x, y)
    callback(loss)
    return loss
```

Use instead: pass the callback's work in as TensorFlow operations, or call it outside the step.
""",
)

CANT_APPROXIMATE_RECURSION = Rule(
    code="CANT_APPROXIMATE_RECURSION",
    severity="info",
    kind="precondition",
    tables="both",
    message="`{function}`: cannot tell whether `{call}` leads back to `{function}`",
    explanation=(
        "Recursive functions cannot be traced. This call's target could not be resolved, so the "
        "call graph may contain a cycle through it that the analysis cannot see."
    ),
    hint=hints.join(
        "Make the callee resolvable (import it by name, avoid calling through containers or "
        "`getattr`), or run the notebook in the kernel so that live facts resolve it.",
    ),
    args=("function", "call"),
    doc="""
## What it does
Reports a call whose target cannot be resolved, so `is_recursive` stays undetermined for the
function.

Arguments: `call` is the call's source, shortened, e.g. `"handlers[kind](node)"`.

## Why is this bad?
If the unresolved call reaches the function again, tracing would not terminate or would unroll
the recursion into the graph.

## Example
```python
def evaluate(node):
    return HANDLERS[node.kind](node)
```

Use instead: call the handlers by name, or keep the function eager.
""",
)

RULES = (
    HAS_NO_TENSOR_PARAMETERS,
    HAS_PRIMITIVE_PARAMETERS,
    HAS_PYTHON_SIDE_EFFECTS,
    IS_RECURSIVE,
    HAS_NO_PRIMITIVE_PARAMETERS,
    UNDETERMINABLE_TENSOR_PARAMETER,
    UNDETERMINABLE_PRIMITIVE_PARAMETER,
    UNDETERMINABLE_SIDE_EFFECTS,
    CANT_APPROXIMATE_RECURSION,
)
