"""## What it does
Checks for `call` or `__call__` of a Keras 3 `Model` or `Layer` subclass, the usual target of a
hand-written `@tf.function`.

Arguments: `base` is the Keras base class, e.g. `"keras.Model"` or `"keras.layers.Layer"`.

The finding is an error when the program differentiates through the model (its call is reached
under a `tf.GradientTape`, it is trained with `fit` or `train_on_batch`, an optimizer updates its
variables) or when that cannot be ruled out, and a warning when the model is only ever called
forward: then the decorator is safe and much faster. It depends on the Keras version, so it comes
with a `TARGET_VERSIONS` assumption.

## Why is this bad?
Under Keras 3 (TensorFlow 2.16 and later), wrapping a layer's `call` in `tf.function` hides its
variables from `tf.GradientTape`: the gradients of the loss with respect to the model's
`trainable_variables` are all `None`, also when the training step around it is itself a
`tf.function`, and the optimizer then fails or trains nothing (checked with TensorFlow 2.21 and
Keras 3.15). Keras compiles `fit`, `evaluate` and `predict` itself.

## Example
```python
class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.dense = keras.layers.Dense(10)

    def call(self, x):
        return self.dense(x)
```

Use instead:
```python
model = Net()

@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss
```

## Known problems
Under Keras 2 (`tf_keras`, `TF_USE_LEGACY_KERAS=1`, or TensorFlow before 2.16) the problem does
not exist and the rule does not apply; the analysis decides the version as described for
`TARGET_VERSIONS`, and `--keras 2|3` overrides it.
"""
from __future__ import annotations

from . import hints
from .base import Rule

RULE = Rule(
    code="KERAS3_LAYER_CALL",
    severity="error",
    kind="pitfall",
    message=(
        "`{function}` belongs to a Keras 3 `{base}` subclass: under `@tf.function` "
        "GradientTape sees none of its variables and every gradient is None"
    ),
    explanation=(
        "With Keras 3 (TensorFlow 2.16 and later), a `tf.function` around a layer's or model's "
        "`call` hides its variables from `tf.GradientTape`, even inside a hybrid training step: "
        "every gradient is None and training stops working. Keras already compiles `fit`, "
        "`evaluate` and `predict`."
    ),
    hint=hints.join(
        "Hybridize the training or inference step that calls the model instead, and leave `call` "
        "undecorated.",
    ),
    args=("function", "base"),
    doc=__doc__,
)
