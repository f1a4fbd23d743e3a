"""Collecting values in Python lists: a global list sees one symbolic tensor; a local one is fine."""
import tensorflow as tf

LOSSES = []


def record_loss(predictions, targets):
    loss = tf.reduce_mean(tf.square(predictions - targets))
    LOSSES.append(loss)
    return loss


def batch_statistics(x):
    parts = []
    parts.append(tf.reduce_mean(x))
    parts.append(tf.reduce_max(x))
    parts.append(tf.reduce_min(x))
    return tf.stack(parts)


def append_to(buffer, x):
    buffer.append(x * 2.0)
    return tf.add_n(buffer)


def accumulate(x, buffer):
    buffer.append(x)
    return tf.reduce_sum(x)


def main():
    x = tf.constant([0.5, 1.5, -1.0])
    y = tf.constant([0.0, 1.0, -1.0])
    record_loss(x, y)
    batch_statistics(x)
    append_to([x], x)
    accumulate(x, LOSSES)
    print(LOSSES)


X = tf.constant([0.5, 1.5, -1.0])
Y = tf.constant([0.0, 1.0, -1.0])
CASES = [
    ("record_loss", lambda: ((X, Y), {})),
    ("batch_statistics", lambda: ((X,), {})),
    ("append_to", lambda: (([X],), {"x": X})),
    ("accumulate", lambda: ((X, LOSSES), {})),
]

if __name__ == "__main__":
    main()
