"""## What it does
Checks for TensorFlow's stateful random operations, with or without an operation seed
(`tf.random.normal(shape)`, `tf.random.uniform`, `tf.random.shuffle`, `tf.nn.dropout`,
`tf.image.random_flip_left_right` ...). An error when the program fixes the global seed
(`tf.random.set_seed`, `keras.utils.set_random_seed`), a warning otherwise.

Arguments: `call` is the call's source, shortened, e.g. `"tf.random.normal(tf.shape(x))"`.

## Why is this bad?
Without a `seed=` argument, a stateful random operation takes its operation seed from a counter:
eagerly, the number of random operations run so far; in a graph, the number of operations in the
graph being built. Under `tf.function` the same global seed therefore gives a different sequence
than the eager code: the same distribution, different numbers (verified with TensorFlow 2.21). A
program that seeds to be reproducible (to compare runs, or print a sample) sees other values once
the function is traced.

An operation seed (`seed=7`) does not help: each op of a graph keeps its own state, so the same
seeded operation reached twice in one traced call draws the same numbers twice, where eager code
draws the next ones (verified with TensorFlow 2.21).

Not reported, because they draw the same numbers eagerly and traced: `tf.random.stateless_*`,
a `tf.random.Generator`, and Keras 3 random layers and `keras.random.*` (they draw from a
`SeedGenerator` whose state is a variable: `Dropout(seed=...)`, `RandomFlip`, `GaussianNoise`, also
inside a traced `call`; checked with Keras 3.15).

Only functions that would gain the decorator are checked.

## Example
```python
tf.random.set_seed(42)

def add_noise(x):
    return x + tf.random.normal(tf.shape(x), stddev=0.1)
```

Use instead:
```python
tf.random.set_seed(42)
noise = tf.random.Generator.from_seed(42)

@tf.function
def add_noise(x):
    return x + noise.normal(tf.shape(x), stddev=0.1)
```
"""
from __future__ import annotations

from ..callgraph import CallSite
from ..tensors import catalogue as api
from .base import Finding, Rule
from .context import FunctionContext

RULE = Rule(
    code="HAS_UNSEEDED_RANDOM_OPS",
    severity="warning",
    kind="pitfall",
    message=(
        "`{function}`: `{call}` is a stateful random operation: traced, it draws other numbers than "
        "eagerly for the same seeds"
    ),
    explanation=(
        "A stateful random operation without `seed=` derives its seed from a counter, of eager "
        "operations run or of operations in the graph: under `tf.function` the same global seed "
        "gives the same distribution but different numbers, so seeded runs no longer reproduce."
    ),
    hint=(
        "Draw from a `tf.random.Generator` created once (`tf.random.Generator.from_seed(42)`), pass "
        "a seed tensor to `tf.random.stateless_*`."
    ),
    args=("function", "call"),
    doc=__doc__,
)

#: Stateful random operations -> the position of their `seed` parameter (None: keyword only here).
_STATEFUL = {
    "tensorflow.random.normal": 4, "tensorflow.random.uniform": 4,
    "tensorflow.random.truncated_normal": 4, "tensorflow.random.gamma": 4,
    "tensorflow.random.poisson": 3, "tensorflow.random.categorical": 3,
    "tensorflow.random.shuffle": 1, "tensorflow.nn.dropout": 3,
    "tensorflow.image.random_flip_left_right": 1, "tensorflow.image.random_flip_up_down": 1,
    "tensorflow.image.random_brightness": 2, "tensorflow.image.random_contrast": 3,
    "tensorflow.image.random_hue": 2, "tensorflow.image.random_saturation": 3,
    "tensorflow.image.random_jpeg_quality": 3, "tensorflow.image.random_crop": 2,
    "tensorflow.compat.v1.random_normal": 4, "tensorflow.compat.v1.random_uniform": 4,
    "tensorflow.compat.v1.truncated_normal": 4, "tensorflow.compat.v1.random_shuffle": 1,
    "tensorflow.compat.v1.multinomial": 2, "tensorflow.compat.v1.random_gamma": 4,
    "tensorflow.compat.v1.random_poisson": None,
}
#: Calls that fix the global seed: the program asks for reproducible numbers.
_SEEDING = frozenset({
    "tensorflow.random.set_seed", "tensorflow.compat.v1.set_random_seed",
    "tensorflow.compat.v1.random.set_random_seed", "keras.utils.set_random_seed",
})


def check(ctx: FunctionContext) -> list[Finding]:
    if ctx.function.is_hybrid:
        return []  # its numbers are the graph's today
    findings = [ctx.finding(RULE.code, site.line, call=site.get_code())
                for site in ctx.iter_calls() if calls_stateful_random_op(site)]
    if findings and is_seeded(ctx):
        findings = [ctx.finding(RULE.code, f.line, severity="error", call=f.args["call"]) for f in findings]
    return findings


def calls_stateful_random_op(site: CallSite) -> bool:
    """A stateful random operation, with or without `seed=`: an operation seed does not make a
    graph draw what eager code draws once the same op runs more than once per call (two calls of
    `tf.random.normal([2], seed=7)` in one traced function give one draw twice; checked with
    TensorFlow 2.21)."""
    return bool({api.normalize(name) for name in site.library} & _STATEFUL.keys())


def is_seeded(ctx: FunctionContext) -> bool:
    """The program fixes TensorFlow's global seed somewhere."""
    return any({api.normalize(name) for name in site.library} & _SEEDING for site in ctx.callgraph.sites)
