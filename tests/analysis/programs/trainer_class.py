"""A trainer object: methods that update TensorFlow state are safe, Python attributes are not."""
import tensorflow as tf


class Trainer:
    def __init__(self):
        self.weights = tf.Variable([[0.5], [-0.25]])
        self.bias = tf.Variable([0.0])
        self.optimizer = tf.keras.optimizers.SGD(learning_rate=0.1)
        self.steps = 0

    def predict(self, x):
        return tf.matmul(x, self.weights) + self.bias

    def loss(self, x, y):
        return tf.reduce_mean(tf.square(self.predict(x) - y))

    def fit_batch(self, x, y):
        with tf.GradientTape() as tape:
            loss = self.loss(x, y)
        gradients = tape.gradient(loss, [self.weights, self.bias])
        self.optimizer.apply_gradients(zip(gradients, [self.weights, self.bias]))
        return loss

    def counted_fit_batch(self, x, y):
        self.steps += 1
        return self.fit_batch(x, y)


TRAINER = Trainer()


def main():
    x = tf.constant([[1.0, 2.0], [0.0, 1.0]])
    y = tf.constant([[1.0], [0.0]])
    for _ in range(2):
        TRAINER.fit_batch(x, y)
        TRAINER.counted_fit_batch(x, y)
    print(TRAINER.loss(x, y), TRAINER.steps)


X = tf.constant([[1.0, 2.0], [0.0, 1.0]])
Y = tf.constant([[1.0], [0.0]])
CASES = [
    ("Trainer.predict", lambda: ((TRAINER, X), {})),
    ("Trainer.loss", lambda: ((TRAINER, X, Y), {})),
    ("Trainer.fit_batch", lambda: ((TRAINER, X, Y), {})),
    ("Trainer.counted_fit_batch", lambda: ((TRAINER, X, Y), {})),
]

if __name__ == "__main__":
    main()
