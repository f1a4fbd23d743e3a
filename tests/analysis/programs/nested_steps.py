"""A training step that hands the model's variables to helpers, one of them decorated already:
under Keras 3 a `tf.function` nested in another one cannot take Keras variables, so only the
outermost function is decorated (and the decorated helper loses its decorator)."""
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.layers.Dense(4)])
model.build((None, 3))
optimizer = tf.keras.optimizers.SGD(0.1)


def apply_grads(grads, variables):
    optimizer.apply_gradients(zip(grads, variables))


@tf.function
def l2_penalty(variables):
    return tf.add_n([tf.reduce_sum(tf.square(v)) for v in variables])


def squared_loss(predictions, targets):
    return tf.reduce_mean(tf.square(predictions - targets))


def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = squared_loss(model(x), y) + 0.01 * l2_penalty(model.trainable_variables)
    grads = tape.gradient(loss, model.trainable_variables)
    apply_grads(grads, model.trainable_variables)
    return loss


def weight_sum(variables):
    return tf.add_n([tf.reduce_sum(v) for v in variables])


def main():
    x, y = tf.ones((2, 3)), tf.zeros((2, 4))
    for _ in range(3):
        train_step(x, y)
    print(weight_sum(model.trainable_variables))


X, Y = tf.ones((2, 3)), tf.zeros((2, 4))
CASES = [
    ("train_step", lambda: ((X, Y), {})),
    ("apply_grads", lambda: ((X, Y), {}), "train_step"),
    ("squared_loss", lambda: ((X, Y), {}), "train_step"),
    ("l2_penalty", lambda: ((X, Y), {}), "train_step"),
    ("weight_sum", lambda: ((model.trainable_variables,), {})),
]

if __name__ == "__main__":
    main()
