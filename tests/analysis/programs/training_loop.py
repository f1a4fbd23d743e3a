"""A small regression model trained with a custom loop: the usual place for `@tf.function`."""
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(4, activation="relu"),
                             tf.keras.layers.Dense(1)])
optimizer = tf.keras.optimizers.SGD(learning_rate=0.05)
loss_fn = tf.keras.losses.MeanSquaredError()
val_loss = tf.keras.metrics.Mean()
history = []


def train_step(x, y):
    with tf.GradientTape() as tape:
        predictions = model(x, training=True)
        loss = loss_fn(y, predictions)
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))
    return loss


def test_step(x, y):
    predictions = model(x, training=False)
    val_loss.update_state(loss_fn(y, predictions))
    return val_loss.result()


def train_step_with_history(x, y):
    loss = train_step(x, y)
    history.append(loss)
    return loss


def train_step_verbose(x, y):
    loss = train_step(x, y)
    print("step loss", loss)
    return loss


def main():
    x = tf.constant([[0.1, 0.2, 0.3], [0.5, -0.1, 0.0]])
    y = tf.constant([[1.0], [0.0]])
    for _ in range(3):
        train_step(x, y)
        test_step(x, y)
        train_step_with_history(x, y)
        train_step_verbose(x, y)


X = tf.constant([[0.1, 0.2, 0.3], [0.5, -0.1, 0.0]])
Y = tf.constant([[1.0], [0.0]])
CASES = [
    ("train_step", lambda: ((X, Y), {})),
    ("test_step", lambda: ((X, Y), {})),
    ("train_step_with_history", lambda: ((X, Y), {})),
    ("train_step_verbose", lambda: ((X, Y), {})),
]

if __name__ == "__main__":
    main()
