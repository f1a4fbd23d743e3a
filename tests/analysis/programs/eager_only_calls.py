"""Eager-only calls: `.numpy()`, NumPy functions and `float()` of a tensor fail on symbolic tensors."""
import numpy as np
import tensorflow as tf


def total_as_numpy(x):
    values = x.numpy()
    return tf.constant(values.sum())


def numpy_mean(x):
    return tf.constant(np.mean(x)) * 2.0


def clip_if_large(x):
    if float(tf.reduce_max(x)) > 2.0:
        return tf.clip_by_value(x, 0.0, 2.0)
    return x


def autograph_clip(x):
    if tf.reduce_max(x) > 2.0:
        x = tf.clip_by_value(x, 0.0, 2.0)
    return x


def main():
    x = tf.constant([1.0, 2.5, 0.5])
    print(total_as_numpy(x), numpy_mean(x), clip_if_large(x), autograph_clip(x))


X = tf.constant([1.0, 2.5, 0.5])
CASES = [
    ("total_as_numpy", lambda: ((X,), {})),
    ("numpy_mean", lambda: ((X,), {})),
    ("clip_if_large", lambda: ((X,), {})),
    ("autograph_clip", lambda: ((X,), {})),
]

if __name__ == "__main__":
    main()
