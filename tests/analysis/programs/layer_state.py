"""Custom Keras layers used forward only (inference): Python attributes on `self` change at trace time."""
import tensorflow as tf


class Counting(tf.keras.layers.Layer):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def call(self, x):
        self.calls += 1
        return x * 2.0


class Offset(tf.keras.layers.Layer):
    def build(self, input_shape):
        self.offset = self.add_weight(shape=(input_shape[-1],), initializer="ones")

    def call(self, x):
        return x + self.offset


counting = Counting()
offset = Offset()


def count_forward(x):
    return counting(x)


def offset_forward(x):
    return offset(x)


def both(x):
    return offset(counting(x))


def main():
    x = tf.constant([[1.0, 2.0]])
    print(count_forward(x), offset_forward(x), both(x), counting.calls)


X = tf.constant([[1.0, 2.0]])
CASES = [
    ("Counting.call", lambda: ((X,), {}), "count_forward"),
    ("Offset.call", lambda: ((X,), {}), "offset_forward"),
    ("count_forward", lambda: ((X,), {})),
    ("offset_forward", lambda: ((X,), {})),
    ("both", lambda: ((X,), {})),  # creates `offset`'s weight: the first call traces twice
]

if __name__ == "__main__":
    main()
