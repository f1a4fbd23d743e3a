"""Why a hybrid function keeps its decorator, and when few Python values do not retrace (SPEC 4.8).

Removing `@tf.function` needs positive evidence: no TensorFlow operation, retracing seen in
observed calls, or a measured slowdown. These findings say why the evidence is missing or why the
graph is relied on; none of them is a problem in the user's code.
"""
from __future__ import annotations

from .base import Rule

KEEP_THE_DECORATOR = "Keep `@tf.function`; no change is needed."

TRACED_ON_PURPOSE = Rule(
    code="TRACED_ON_PURPOSE",
    severity="info",
    kind="precondition",
    message="`{function}` keeps `@tf.function`: {reason}",
    explanation=(
        "The program relies on this graph: `tf.saved_model.save` keeps only the `tf.function`s of "
        "the module it saves, `get_concrete_function` and serving signatures exist only on a "
        "`tf.function`, a step that calls `strategy.run` runs as one graph on every replica, and "
        "`tf.data` traces its dataset functions anyway. Removing the decorator breaks the export "
        "or changes nothing."
    ),
    hint=KEEP_THE_DECORATOR,
    args=("function", "reason"),
    doc="""
## What it does
Reports a hybrid function whose graph the program relies on: it declares an `input_signature`,
its concrete function is taken, the `tf.Module` it belongs to is given to `tf.saved_model.save`, it
is a serving signature, it calls or is called by `strategy.run`, it runs DTensor operations, or it
is a `tf.data` dataset function.

Arguments: `reason` says which, e.g. ``"`Exporter` is exported with `tf.saved_model.save` (line 30)"``.

## Why is this bad?
It is not: this is why the decorator stays, whatever the tables say about its parameters.

## Example
```python
class Exporter(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def serve(self, x):
        return x * 2.0

tf.saved_model.save(Exporter(), "export")
```

Use instead: leave it as it is.
""",
)

HAS_GRAPH_WORK = Rule(
    code="HAS_GRAPH_WORK",
    severity="info",
    kind="precondition",
    message=(
        "`{function}` takes no tensor arguments but runs TensorFlow operations, which the graph "
        "still speeds up: keep `@tf.function`"
    ),
    explanation=(
        "A function without tensor parameters can still do tensor work: draw from a "
        "`tf.random.Generator`, read captured variables, loop over `tf.range`. Its graph is traced "
        "once and saves the eager dispatch of every operation on each call. Removing the decorator "
        "pays only when the body does no TensorFlow work, when observed calls show it retracing, "
        "or when a benchmark measures the graph slower."
    ),
    hint=(
        "Keep the decorator. To decide from measurements, run the notebook with "
        "`%hybridize observe on` and benchmark the function (`%hybridize bench NAME`)."
    ),
    doc="""
## What it does
Reports a hybrid function none of whose parameters receives a tensor, which still runs
TensorFlow operations. The paper's table would remove its decorator (P2); the default tables keep
it, for want of evidence that the graph does not pay.

## Why is this bad?
It is not: the decorator stays. Removal needs evidence: no TensorFlow operation in the body,
retracing seen in observed calls, or a measured slowdown.

## Example
```python
generator = tf.random.Generator.from_seed(0)

@tf.function
def sample_noise():
    return generator.normal([64, 100])
```

Use instead: leave it as it is.
""",
)

REMOVAL_CHANGES_RESULTS = Rule(
    code="REMOVAL_CHANGES_RESULTS",
    severity="warning",
    kind="precondition",
    message=(
        "removing `@tf.function` from `{function}` changes what `{caller}` receives (line {line}): "
        "the graph returns its Python results as tensors, the Python body returns them as they are"
    ),
    explanation=(
        "A `tf.function` converts every Python number, string or list of them it returns into "
        "tensors. Without the decorator the caller gets the Python value itself: `.numpy()` fails, "
        "printing shows `3` instead of `tf.Tensor(3, ...)`, and comparisons give Python booleans."
    ),
    hint=(
        "Keep the decorator, or return `tf.constant(...)` from the body and check every caller "
        "before removing it."
    ),
    args=("function", "caller", "line"),
    doc="""
## What it does
Reports a hybrid function that would lose its decorator, whose body may return Python values,
and whose result a caller uses.

Arguments: `caller` is the calling function (or `module code`), `line` the line of the call.

## Why is this bad?
The graph hands back tensors; the eager body hands back Python values. Callers written against
the graph (`.numpy()`, `.shape`, `tf.print`) break or print something else.

## Example
```python
@tf.function
def learning_rate():
    return 0.01

print(learning_rate().numpy())
```

Use instead: leave it as it is.
""",
)

FEW_PRIMITIVE_VALUES = Rule(
    code="FEW_PRIMITIVE_VALUES",
    severity="info",
    kind="precondition",
    message=(
        "`{function}`: parameter `{parameter}` only receives {values} at its call sites, "
        "so it traces at most {count} graph(s)"
    ),
    explanation=(
        "`tf.function` traces once per distinct Python argument value. A parameter that every "
        "call site gives one of a few constants (`axis=1`, `gamma=0.99`) costs that many traces "
        "once, and the graphs are reused afterwards: it is not a retracing hazard."
    ),
    hint="No change is needed. Pass a tensor instead if the parameter starts taking more values.",
    args=("function", "parameter", "values", "count"),
    doc="""
## What it does
Reports a parameter that receives a Python `int`, `float` or `str` at its call sites, but only a
few distinct constant values (at most `--few-values`, 2 by default), all of them seen: every call
site is known and passes a literal or leaves the default.

Arguments: `values` lists the values, e.g. ``"`1` and `2`"``; `count` how many.

## Why is this bad?
It is not: the function traces once per value and then reuses the graphs.

## Example
```python
def normalize(x, axis):
    return x / tf.reduce_sum(x, axis=axis, keepdims=True)

rows = normalize(batch, 1)
columns = normalize(batch, 0)
```

Use instead: decorating `normalize` is fine.
""",
)

RETRACES_ON_LOOP_COUNTER = Rule(
    code="RETRACES_ON_LOOP_COUNTER",
    severity="warning",
    kind="precondition",
    message=(
        "`{function}`: parameter `{parameter}` receives the counter of the loop at line {loop_line} "
        "(`{iterable}`), so the graph is traced again on every iteration"
    ),
    explanation=(
        "`tf.function` keys its traces on Python argument values. A loop counter passed as a Python "
        "`int` is a new value on every iteration: each call traces and compiles a new graph, which "
        "costs far more than running the body eagerly, and TensorFlow warns about excessive retracing."
    ),
    hint=(
        "Pass the counter as a tensor (`tf.constant(step)`, or iterate `tf.range`) and keep the "
        "decorator; otherwise remove it, as recommended."
    ),
    args=("function", "parameter", "loop_line", "iterable"),
    doc="""
## What it does
Reports a hybrid function one of whose call sites, inside a `for` loop, passes the loop's counter
(the target of `range(...)`, or the index of `enumerate(...)`) as an argument. It is the evidence
of retracing the code itself gives, and lets the default tables remove the decorator (P2, P3)
without observed calls.

Arguments: `loop_line` is the line of the `for`, `iterable` what it iterates.

## Why is this bad?
Every iteration traces a new graph.

## Example
```python
@tf.function
def warmup_step(x, y, step):
    ...

for step, (x, y) in enumerate(warmup_batches):
    warmup_step(x, y, step)
```

Use instead: `warmup_step(x, y, tf.constant(step))`, or remove the decorator.
""",
)

RETRACES_ON_SHAPES = Rule(
    code="RETRACES_ON_SHAPES",
    severity="warning",
    kind="precondition",
    tables="both",
    message=(
        "`{function}` is called with tensors of different shapes ({shapes}), so the graph is traced "
        "once per shape"
    ),
    explanation=(
        "`tf.function` traces a new graph for every new tensor shape it is called with. The call "
        "sites pass tensors whose shapes the code states and that differ on some axes: an "
        "`input_signature` with `None` on those axes traces once."
    ),
    hint=(
        "Add the inferred `input_signature` (the default tables offer it as RECONFIGURE), or "
        "`reduce_retracing=True`."
    ),
    args=("function", "shapes"),
    fix_safety=(
        "The signature is inferred from every call site of the program, so each call still "
        "matches it; a call from elsewhere with another rank or dtype would fail, and a parameter "
        "left out of it keeps its default. When the body reads the size of an axis the signature "
        "leaves `None`, `reduce_retracing=True` is offered instead."
    ),
    doc="""
## What it does
Reports a hybrid function without observed calls whose call sites pass each tensor parameter a
tensor whose dtype and static shape the code states (`tf.zeros([64, 10])`, `tf.constant([[1.0,
2.0]])`, a cast or `*_like` of one, a name bound to one), of one rank and dtype per parameter, and
of different shapes. The default tables then offer P4, `RECONFIGURE` with the `input_signature`
that covers them all (`None` on the axes that differ).

Arguments: `shapes` lists, per parameter, the specs seen, e.g. `"float32[64,10], float32[32,10]"`.

## Why is this bad?
Each new shape traces and compiles a new graph.

## Example
```python
@tf.function
def predict(x):
    return model(x)

predict(tf.zeros([64, 10]))
predict(tf.zeros([32, 10]))
```

Use instead:
```python
@tf.function(input_signature=[tf.TensorSpec(shape=[None, 10], dtype=tf.float32)])
def predict(x):
    return model(x)
```
""",
)

NEEDS_A_GRAPH = Rule(
    code="NEEDS_A_GRAPH",
    severity="info",
    kind="precondition",
    message="`{function}` needs `@tf.function`: {reason}",
    explanation=(
        "The program uses this function as a graph: `get_concrete_function` exists only on a "
        "`tf.function` (a plain function raises `AttributeError`), and a step that calls "
        "`strategy.run` is meant to run as one graph on every replica. The decorator is "
        "recommended however few calls the code shows."
    ),
    hint="Add `@tf.function` (the recommended rewrite).",
    args=("function", "reason"),
    doc="""
## What it does
Reports an eager function that the program treats as a graph: it takes its concrete function, or
the function runs a distributed step with `strategy.run`. The recommendation to decorate it
stands even when the code calls it only a few times.

Arguments: `reason` says which, e.g. ``"its concrete function is taken at line 12"``.

## Why is this bad?
It is not: this is why the decorator is recommended although tracing may not pay back in calls.

## Example
```python
class Exporter(tf.Module):
    def __init__(self):
        self.serve.get_concrete_function(tf.TensorSpec([None], tf.float32))

    def serve(self, x):  # needs @tf.function: `get_concrete_function` is taken above
        return x * 2.0
```
""",
)

RULES = (TRACED_ON_PURPOSE, NEEDS_A_GRAPH, HAS_GRAPH_WORK, REMOVAL_CHANGES_RESULTS, FEW_PRIMITIVE_VALUES, RETRACES_ON_LOOP_COUNTER,
         RETRACES_ON_SHAPES)
