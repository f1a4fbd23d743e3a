"""What the analysis assumed to reach a decision (SPEC 4.4, 4.6).

Assumptions are not findings: they travel next to the decision they support, so the user can see
what would change it. Their severity is always "info".
"""
from __future__ import annotations

from .base import Rule

SPECULATIVE_ANALYSIS = Rule(
    code="SPECULATIVE_ANALYSIS",
    severity="info",
    kind="assumption",
    tables="both",
    message="`{function}`: assumed `{parameter}` receives a tensor because {reason}",
    explanation=(
        "Static analysis could not tell whether the function takes tensors. Functions named like "
        "training, test or inference steps, and `call` of Keras models and layers, almost always "
        "do in TensorFlow 2 programs, so the analysis assumes it, as the paper's speculative "
        "analysis does, and says so."
    ),
    hint=(
        "If the assumption is wrong, add a type hint, or run the notebook with "
        "`%hybridize observe on` so that real calls replace the guess."
    ),
    args=("function", "parameter", "reason"),
    doc="""
## What it does
Records that `has_tensor_parameter` was undetermined and decided by the function's name: a name
that fully matches `.*(train|test).*_step|call|__call__|run_model|.*inference` (`call` and
`__call__` only in a subclass of a Keras `Model` or `Layer`), with a parameter other than `self`.

Arguments: `parameter` is the parameter assumed to be a tensor; `reason` says why, e.g.
``"the name `train_step` matches `.*(train|test).*_step`"`` or
``"it is `call` of `Net`, a Keras `Model` subclass"``.

## Why does it matter?
The recommendation rests on a guess. It is the right guess for the usual training loop, and wrong
for a `train_step` that takes, say, a step number only.

## Example
```python
class Net(tf.keras.Model):
    def train_step(self, data):   # `data` assumed to be a tensor
        ...
```
""",
)

TYPE_INFERENCING = Rule(
    code="TYPE_INFERENCING",
    severity="info",
    kind="assumption",
    tables="both",
    message="`{function}`: took `{parameter}` to be a tensor from its type hint `{annotation}`",
    explanation=(
        "Type hints are not enforced at run time; the analysis trusts them when no call site "
        "decides what the parameter receives."
    ),
    hint="If the hint is not accurate, correct it: the recommendation follows it.",
    args=("function", "parameter", "annotation"),
    doc="""
## What it does
Records that a tensor type hint (`tf.Tensor`, `tf.Variable`, `tf.RaggedTensor`,
`tf.SparseTensor`, or a `tf.TensorSpec`-annotated parameter) decided `has_tensor_parameter`.

Arguments: `parameter` is the hinted parameter; `annotation` the hint's source, e.g. `"tf.Tensor"`.

## Why does it matter?
Python does not check hints: a parameter hinted `tf.Tensor` may still receive NumPy arrays or
Python numbers, and each Python number would retrace a `tf.function`.

## Example
```python
def loss(y_true: tf.Tensor, y_pred: tf.Tensor):
    return tf.reduce_mean(tf.square(y_true - y_pred))
```
""",
)

OBSERVED_CALLS = Rule(
    code="OBSERVED_CALLS",
    severity="info",
    kind="assumption",
    message="`{function}`: {count} call(s) seen: {signatures}",
    explanation=(
        "In the kernel, the advisor records the arguments of real calls. They decide what the "
        "parameters receive instead of static inference or speculation, but only for the calls "
        "made so far: later calls with other kinds of arguments could change the recommendation."
    ),
    hint="Run the cells that call the function with representative arguments before deciding.",
    args=("function", "count", "signatures"),
    doc="""
## What it does
Records that observed calls (with `%hybridize observe on`) decided the function's properties.

Arguments: `count` is the number of calls seen; `signatures` summarises their arguments, e.g.
`"x float32[64,784], y int64[64]"`.

## Why does it matter?
Observations are facts about the calls made so far, not a proof about all calls.

## Example
```text
`train_step`: 3 call(s) seen: x float32[64,784], y int64[64]
```
""",
)

TARGET_VERSIONS = Rule(
    code="TARGET_VERSIONS",
    severity="info",
    kind="assumption",
    message="`{function}`: assumed Keras {keras}, from {source}",
    explanation=(
        "Some hazards depend on the TensorFlow and Keras versions the code runs with (Keras 3 "
        "from TensorFlow 2.16 on, Keras 2 with `tf_keras` or earlier TensorFlow). The analysis "
        "takes them from the live kernel, the project's pins, `TF_USE_LEGACY_KERAS` / `tf_keras` "
        "imports, and otherwise the installed versions."
    ),
    hint="Pin the versions the code runs with (requirements.txt, pyproject.toml), or pass `--keras 2|3`.",
    args=("function", "keras", "source"),
    doc="""
## What it does
Records which Keras major version a version-dependent finding (such as `KERAS3_LAYER_CALL`)
assumed, and where that came from.

Arguments: `keras` is `2` or `3`; `source` says where it came from, e.g.
`"the installed TensorFlow 2.21"`, ``"the pin `tensorflow==2.9.3` in requirements.txt"``,
``"the `--keras` option"``, `"the live kernel (TensorFlow 2.21, Keras 3.15)"`.

## Why does it matter?
A finding that holds under Keras 3 may not under Keras 2, and the reverse: the code may run
elsewhere with other versions than the machine that analysed it.

## Example
```text
`Net.call`: assumed Keras 3, from the installed TensorFlow 2.21
```
""",
)

SPECULATIVE_SIGNATURE = Rule(
    code="SPECULATIVE_SIGNATURE",
    severity="info",
    kind="assumption",
    message="`{function}`: no call site shows its other arguments, so its signature decides: {judged}",
    explanation=(
        "Once a step is assumed to take tensors, a function that nothing in the analysed code calls "
        "(a library function, a method Keras calls) has nothing else to decide its Python "
        "parameters but its signature: a parameter without a default is taken to be a tensor like "
        "the one assumed, a default of `None` or a boolean is no retracing hazard, and a number or "
        "string default is a Python scalar that retraces when callers vary it."
    ),
    hint=(
        "If the signature misleads, add type hints (`x: tf.Tensor`, `steps: int`), or run the "
        "notebook with `%hybridize observe on` so that real calls decide."
    ),
    args=("function", "judged"),
    doc="""
## What it does
Records that the speculative analysis assumed a tensor parameter for a function without call sites
in the analysed code, and decided `has_primitive_parameter` from its signature instead of leaving
it undetermined: parameters without a default, `None` and boolean defaults, `*args`/`**kwargs` and
tensor type hints are not Python scalars; `int`, `float` and `str` defaults and hints are.

Arguments: `judged` lists what each parameter was taken for, e.g.
``"`x`, `y`: tensors like `x`; `training=None`: not a Python scalar"``.
""",
)

CAPTURED_TENSOR_INPUTS = Rule(
    code="CAPTURED_TENSOR_INPUTS",
    severity="info",
    kind="assumption",
    message="`{function}` takes no parameters but reads `{capture}`, which holds tensors: its graph takes them as inputs",
    explanation=(
        "`tf.function` traces the tensors, variables and tf.data iterators a function reads from "
        "outside (a closure's iterator, a global variable, `self.buffer`) as inputs of its graph. A "
        "training step without parameters that calls `next(iterator)` or reads the model's "
        "variables does tensor work the graph speeds up, so it is treated as taking tensors."
    ),
    hint=(
        "If the captured value is rebound between calls (a new tensor assigned to the global), pass "
        "it as an argument instead: the graph keeps the one it saw when it traced."
    ),
    args=("function", "capture"),
    doc="""
## What it does
Records, in the default tables, that a function without parameters (other than `self`) was taken
to have a tensor input because its body reads a tensor-like value bound outside it: a tensor, a
`tf.Variable`, a dataset or an iterator over one, or a container of them.

Arguments: `capture` is the name or `self.attribute` read, e.g. ``"iterator"``.
""",
)
CALLING_CONVENTION = Rule(
    code="CALLING_CONVENTION",
    severity="info",
    kind="assumption",
    message="`{function}`: assumed `{call}` calls {what}",
    explanation=(
        "The analysis could not see what the object called is (a model built by code outside the "
        "analysed files, a strategy a test framework passes in). TensorFlow's calling conventions "
        "say what it is: only Keras layers and models take `training=`, `run(fn, args=...)` is "
        "how a `tf.distribute` strategy runs a replica step, and a method name that only TensorFlow's "
        "value classes have (`assign_add`, `row_lengths`, `is_compatible_with`, `apply_gradients`), "
        "when no class of the program defines it, is theirs. None has Python side effects of its "
        "own; a function it runs is analysed like any other."
    ),
    hint="If the object is something else, whose call prints or changes Python state, keep the function eager.",
    args=("function", "call", "what"),
    doc="""
## What it does
Records that a call whose callee the analysis could not resolve was taken, by its calling
convention, for a Keras layer or model call (a `training=` keyword), for
`tf.distribute.Strategy.run` (`x.run(fn, args=...)` with a function), or for the method of a
TensorFlow value class that alone has a method of that name (the API catalogue lists them, generated
from the installed TensorFlow; a class of the program with a method of the same name turns the
convention off), so that it does not leave the side-effect property undetermined.

Arguments: `call` is the call as written, `what` what it was taken for.
""",
)

RULES = (SPECULATIVE_ANALYSIS, SPECULATIVE_SIGNATURE, CAPTURED_TENSOR_INPUTS, CALLING_CONVENTION, TYPE_INFERENCING,
         OBSERVED_CALLS, TARGET_VERSIONS)
