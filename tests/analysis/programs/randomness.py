"""Python and NumPy randomness is drawn once at trace time; TensorFlow's stateful generators are not."""
import random

import numpy as np
import tensorflow as tf

GENERATOR = tf.random.Generator.from_seed(7)


def python_jitter(x):
    return x + random.uniform(-0.1, 0.1)


def numpy_noise(x):
    return x + np.random.normal(size=3).astype("float32")


def generator_noise(x):
    return x + GENERATOR.normal(tf.shape(x))


def stateless_dropout(x, seed):
    keep = tf.random.stateless_uniform(tf.shape(x), seed=seed) > 0.5
    return tf.where(keep, x * 2.0, tf.zeros_like(x))


def main():
    x = tf.constant([1.0, 2.0, 3.0])
    for _ in range(2):
        python_jitter(x)
        numpy_noise(x)
        generator_noise(x)
        stateless_dropout(x, tf.constant([1, 2]))


X = tf.constant([1.0, 2.0, 3.0])
CASES = [
    ("python_jitter", lambda: ((X,), {})),
    ("numpy_noise", lambda: ((X,), {})),
    ("generator_noise", lambda: ((X,), {})),
    ("stateless_dropout", lambda: ((X, tf.constant([1, 2])), {})),
]

if __name__ == "__main__":
    main()
