"""Recursion: on a Python integer it unrolls while tracing; on a tensor condition it never ends."""
import tensorflow as tf


def halve_until_small(x):
    if tf.reduce_max(x) < 1.0:
        return x
    return halve_until_small(x / 2.0)


def repeated_square(x, times):
    if times == 0:
        return x
    return repeated_square(x * x, times - 1)


def smooth(x):
    return (x + tf.roll(x, shift=1, axis=0)) / 2.0


def smooth_twice(x):
    return smooth(smooth(x))


def main():
    x = tf.constant([8.0, 3.0, 0.5])
    print(halve_until_small(x), repeated_square(x, 2), smooth_twice(x))


X = tf.constant([8.0, 3.0, 0.5])
CASES = [
    ("halve_until_small", lambda: ((X,), {})),
    ("repeated_square", lambda: ((X, 2), {})),
    ("smooth", lambda: ((X,), {})),
    ("smooth_twice", lambda: ((X,), {})),
]

if __name__ == "__main__":
    main()
