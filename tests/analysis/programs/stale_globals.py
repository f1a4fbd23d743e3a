"""Globals read by a traced function are frozen at trace time; `tf.Variable`s are read on every call."""
import tensorflow as tf

THRESHOLD = 0.5
CONFIG = {"temperature": 1.0}
WEIGHTS = tf.Variable([1.0, 1.0, 1.0])


def set_threshold(value):
    global THRESHOLD
    THRESHOLD = value


def set_temperature(value):
    CONFIG["temperature"] = value


def classify(x):
    return tf.cast(x > THRESHOLD, tf.int32)


def tempered_softmax(logits):
    return tf.nn.softmax(logits / CONFIG["temperature"])


def weighted_sum(x):
    return tf.reduce_sum(x * WEIGHTS)


def main():
    x = tf.constant([0.2, 0.6, 0.9])
    print(classify(x))
    set_threshold(0.8)
    print(classify(x))
    print(tempered_softmax(x))
    set_temperature(0.5)
    print(tempered_softmax(x))
    print(weighted_sum(x))
    WEIGHTS.assign([0.0, 1.0, 2.0])
    print(weighted_sum(x))


X = tf.constant([0.2, 0.6, 0.9])


def _then(change, *args):
    """An input maker that first changes the program's state, as its own code does between calls."""
    def maker():
        change()
        return args, {}
    return maker


CASES = [
    ("classify", [lambda: ((X,), {}), _then(lambda: set_threshold(0.8), X)]),
    ("tempered_softmax", [lambda: ((X,), {}), _then(lambda: set_temperature(0.5), X)]),
    ("weighted_sum", [lambda: ((X,), {}), _then(lambda: WEIGHTS.assign([0.0, 1.0, 2.0]), X)]),
]

if __name__ == "__main__":
    main()
