"""Pure tensor math: every function here is safe to hybridize."""
import tensorflow as tf


def normalize(x):
    mean = tf.reduce_mean(x, axis=-1, keepdims=True)
    std = tf.math.reduce_std(x, axis=-1, keepdims=True)
    return (x - mean) / (std + 1e-6)


def pairwise_distances(a, b):
    diff = tf.expand_dims(a, 1) - tf.expand_dims(b, 0)
    return tf.sqrt(tf.reduce_sum(tf.square(diff), axis=-1) + 1e-9)


def softmax_cross_entropy(logits, labels):
    return tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits))


def masked_mean(x, mask):
    mask = tf.cast(mask, x.dtype)
    return tf.reduce_sum(x * mask) / tf.maximum(tf.reduce_sum(mask), 1.0)


def polynomial(x, coefficients):
    result = tf.zeros_like(x)
    for i in tf.range(tf.shape(coefficients)[0]):
        result = result * x + coefficients[i]
    return result


def scale(x, factor):
    return x * factor


def main():
    x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 7.0]])
    labels = tf.constant([[0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
    mask = tf.constant([[True, False, True], [True, True, False]])
    print(normalize(x))
    print(pairwise_distances(x, x))
    print(softmax_cross_entropy(x, labels))
    print(masked_mean(x, mask))
    print(polynomial(x, tf.constant([1.0, -2.0, 0.5])))
    print(scale(x, 2.0))


X = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 7.0]])
LABELS = tf.constant([[0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
CASES = [
    ("normalize", lambda: ((X,), {})),
    ("pairwise_distances", lambda: ((X, X[:1]), {})),
    ("softmax_cross_entropy", lambda: ((X, LABELS), {})),
    ("masked_mean", lambda: ((X, X > 2.0), {})),
    ("polynomial", lambda: ((X, tf.constant([1.0, -2.0, 0.5])), {})),
    ("scale", [lambda: ((X, 2.0), {}), lambda: ((X, 3.0), {})]),
]

if __name__ == "__main__":
    main()
