"""Hybrid functions with nothing for a graph to compute: the decorator only costs a trace."""
import tensorflow as tf


@tf.function
def pick(x, index):
    return x[index] if False else x


@tf.function
def pair(x, y):
    return x, y


@tf.function
def doubled(x):
    return x * 2.0


def main():
    x = tf.constant([1.0, 2.0])
    print(pick(x, 0), pair(x, x), doubled(x))


X = tf.constant([1.0, 2.0, 4.0])
CASES = [
    ("pick", lambda: ((X, 1), {})),
    ("pair", lambda: ((X, X + 1.0), {})),
    ("doubled", lambda: ((X,), {})),
]

if __name__ == "__main__":
    main()
