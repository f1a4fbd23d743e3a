"""Eager-only conversions: `float()`/`int()` of a tensor where a Python number is needed, NumPy
methods on array arguments, `tf.constant` of a tensor; and the look-alikes AutoGraph converts."""
import math

import numpy as np
import tensorflow as tf

CLASS_NAMES = ["cat", "dog", "bird"]


def mse(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred))


def evaluate_batch(y_true, y_pred):
    loss = mse(y_true, y_pred)
    summary = f"val_loss={float(loss):.4f}"
    return loss, summary


def log_ratio(y_true, y_pred):
    ratio = float(tf.reduce_sum(y_pred)) / float(tf.reduce_sum(y_true))
    return y_pred * math.log(ratio)


def pad_to_batch(batch):
    missing = 8 - int(tf.shape(batch)[0])
    padding = np.zeros((missing, batch.shape[1]), dtype="float32")
    return tf.concat([batch, padding], axis=0)


def per_row_scale(batch):
    rows = [batch[i] * (i + 1) for i in range(int(tf.shape(batch)[0]))]
    return tf.stack(rows)


def predicted_label(logits):
    best = int(tf.argmax(logits))
    return tf.nn.softmax(logits), CLASS_NAMES[best]


def normalise_counts(counts):
    counts = counts.astype("float32")
    return tf.constant(counts) / tf.reduce_sum(counts)


def rescale_to_peak(x):
    peak = tf.constant(float(tf.reduce_max(x)))
    return x / peak


# Converted by AutoGraph: these stay tensors inside the graph, which is all they need to be.
def cumulative(batch):
    total = tf.zeros_like(batch[0])
    for i in range(int(tf.shape(batch)[0])):
        total += batch[i]
    return total


def clip_large(x):
    if float(tf.reduce_max(x)) > 2.0:
        x = x / tf.reduce_max(x)
    return x


def log_mean(x):
    return tf.math.log(float(tf.reduce_mean(x)) + 1.0)


def gather_best(logits, values):
    return values[int(tf.argmax(logits))]


def static_rows(batch):
    return tf.stack([batch[i] * 2.0 for i in range(int(batch.shape[0]))])


def main():
    y_true = tf.constant([1.0, 2.0, 3.0])
    y_pred = tf.constant([1.5, 1.5, 2.5])
    loss, summary = evaluate_batch(y_true, y_pred)
    print(summary, log_ratio(y_true, y_pred))
    batch = tf.ones([3, 4])
    print(pad_to_batch(batch).shape, per_row_scale(batch), cumulative(batch))
    print(predicted_label(tf.constant([0.1, 2.0, 0.3])), normalise_counts(np.array([1, 2, 3])))
    print(rescale_to_peak(y_true), clip_large(y_true), log_mean(y_true), static_rows(batch))
    print(gather_best(tf.constant([0.1, 2.0, 0.3]), tf.constant([10.0, 20.0, 30.0])))


Y_TRUE = tf.constant([1.0, 2.0, 3.0])
Y_PRED = tf.constant([1.5, 1.5, 2.5])
BATCH = tf.reshape(tf.range(12, dtype=tf.float32), [3, 4])
LOGITS = tf.constant([0.1, 2.0, 0.3])
CASES = [
    ("evaluate_batch", lambda: ((Y_TRUE, Y_PRED), {})),
    ("log_ratio", lambda: ((Y_TRUE, Y_PRED), {})),
    ("pad_to_batch", lambda: ((BATCH,), {})),
    ("per_row_scale", lambda: ((BATCH,), {})),
    ("predicted_label", lambda: ((LOGITS,), {})),
    ("normalise_counts", lambda: ((np.array([1, 2, 3]),), {})),
    ("rescale_to_peak", lambda: ((Y_TRUE,), {})),
    ("cumulative", lambda: ((BATCH,), {})),
    ("clip_large", lambda: ((Y_TRUE,), {})),
    ("log_mean", lambda: ((Y_TRUE,), {})),
    ("gather_best", lambda: ((LOGITS, tf.constant([10.0, 20.0, 30.0])), {})),
    ("static_rows", lambda: ((BATCH,), {})),
]

if __name__ == "__main__":
    main()
