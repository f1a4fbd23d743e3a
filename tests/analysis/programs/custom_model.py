"""A subclassed Keras model: hybridize the step that calls it, not its `call` (Keras 3 loses gradients)."""
import tensorflow as tf


class Residual(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.inner = tf.keras.layers.Dense(2)
        self.outer = tf.keras.layers.Dense(2)

    def call(self, x):
        return x + self.outer(tf.nn.relu(self.inner(x)))


net = Residual()
optimizer = tf.keras.optimizers.SGD(learning_rate=0.1)


def forward(x):
    return net(x)


def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(net(x) - y))
    gradients = tape.gradient(loss, net.trainable_variables)
    optimizer.apply_gradients(zip(gradients, net.trainable_variables))
    return loss


def main():
    x = tf.constant([[1.0, -1.0], [0.5, 2.0]])
    y = tf.constant([[0.0, 1.0], [1.0, 0.0]])
    print(forward(x))
    for _ in range(2):
        print(train_step(x, y))


X = tf.constant([[1.0, -1.0], [0.5, 2.0]])
Y = tf.constant([[0.0, 1.0], [1.0, 0.0]])
CASES = [
    ("Residual.call", lambda: ((X, Y), {}), "train_step"),
    ("forward", lambda: ((X,), {})),
    ("train_step", lambda: ((X, Y), {})),
]

if __name__ == "__main__":
    main()
