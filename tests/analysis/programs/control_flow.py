"""Loops and conditions over tensors: AutoGraph converts them, except Python list accumulation."""
import tensorflow as tf


def cumulative_products(x):
    outputs = []
    for i in tf.range(tf.shape(x)[0]):
        outputs.append(tf.reduce_prod(x[: i + 1]))
    return tf.stack(outputs)


def cumulative_products_array(x):
    outputs = tf.TensorArray(tf.float32, size=tf.shape(x)[0])
    for i in tf.range(tf.shape(x)[0]):
        outputs = outputs.write(i, tf.reduce_prod(x[: i + 1]))
    return outputs.stack()


def newton_sqrt(x):
    guess = tf.ones_like(x)
    while tf.reduce_max(tf.abs(guess * guess - x)) > 1e-4:
        guess = 0.5 * (guess + x / guess)
    return guess


def unrolled_smoothing(x, steps):
    for _ in range(steps):
        x = 0.5 * (x + tf.reverse(x, [0]))
    return x


def piecewise(x):
    if tf.reduce_sum(x) > 0:
        y = x * 2.0
    else:
        y = -x
    return y


def row_norms(m):
    return tf.stack([tf.norm(row) for row in m])


def row_norms_vectorized(m):
    return tf.norm(m, axis=1)


def main():
    x = tf.constant([1.0, 2.0, 3.0])
    print(cumulative_products(x), cumulative_products_array(x), newton_sqrt(x))
    print(unrolled_smoothing(x, 3), piecewise(x))
    m = tf.constant([[3.0, 4.0], [6.0, 8.0]])
    print(row_norms(m), row_norms_vectorized(m))


X = tf.constant([1.0, 2.0, 3.0])
CASES = [
    ("cumulative_products", lambda: ((X,), {})),
    ("cumulative_products_array", lambda: ((X,), {})),
    ("newton_sqrt", lambda: ((X,), {})),
    ("unrolled_smoothing", [lambda: ((X, 3), {}), lambda: ((X, 2), {})]),
    ("piecewise", [lambda: ((X,), {}), lambda: ((-X,), {})]),
    ("row_norms", lambda: ((tf.constant([[3.0, 4.0], [6.0, 8.0]]),), {})),
    ("row_norms_vectorized", lambda: ((tf.constant([[3.0, 4.0], [6.0, 8.0]]),), {})),
]

if __name__ == "__main__":
    main()
