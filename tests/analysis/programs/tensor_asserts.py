"""Python `assert` on a tensor fails while tracing; static checks and `tf.debugging` do not."""
import tensorflow as tf


def check_probabilities(probs):
    assert tf.reduce_all(probs >= 0.0), "probabilities must be non-negative"
    return probs / tf.reduce_sum(probs, axis=-1, keepdims=True)


def check_batch(images, labels):
    assert tf.shape(images)[0] == tf.shape(labels)[0], "one label per image"
    return tf.reduce_mean(images, axis=[1, 2]), labels


def finite_loss(y_true, y_pred):
    loss = tf.reduce_mean(tf.square(y_true - y_pred))
    assert not tf.math.is_nan(loss) and loss < 1e6
    return loss


# Static facts, decided while tracing, and the graph's own assertions.
def flatten_images(images, mask=None):
    assert images.shape.rank == 4, "expects NHWC images"
    assert images.dtype == tf.float32
    assert mask is None or isinstance(mask, tf.Tensor)
    return tf.reshape(images, [tf.shape(images)[0], -1])


def checked_probabilities(probs):
    tf.debugging.assert_non_negative(probs, message="probabilities must be non-negative")
    return probs / tf.reduce_sum(probs, axis=-1, keepdims=True)


def main():
    probs = tf.constant([[0.2, 0.3, 0.5]])
    images = tf.ones([2, 4, 4, 3])
    labels = tf.constant([0, 1])
    print(check_probabilities(probs), check_batch(images, labels), finite_loss(probs, probs))
    print(flatten_images(images).shape, checked_probabilities(probs))


PROBS = tf.constant([[0.2, 0.3, 0.5], [0.1, 0.1, 0.8]])
IMAGES = tf.reshape(tf.range(96, dtype=tf.float32), [2, 4, 4, 3])
LABELS = tf.constant([0, 1])
CASES = [
    ("check_probabilities", lambda: ((PROBS,), {})),
    ("check_batch", lambda: ((IMAGES, LABELS), {})),
    ("finite_loss", lambda: ((PROBS, PROBS * 0.5), {})),
    ("flatten_images", lambda: ((IMAGES,), {})),
    ("checked_probabilities", lambda: ((PROBS,), {})),
]

if __name__ == "__main__":
    main()
