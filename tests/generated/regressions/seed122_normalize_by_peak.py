# Found unsafe: add @tf.function on normalize_by_peak (line 14): stdout line 2: 'rate 0.05 loss 0.002131529152393341' became 'rate 0.05 loss 0.0007434217259287834'
"""Generated program 122: learning rate argument, summary string."""
import random
import sys

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(122)
features = tf.random.normal([8, 4], seed=1)
targets = tf.reduce_sum(features, axis=1, keepdims=True) * 0.5 + 0.1
labels = tf.constant([0, 1, 2, 1, 0, 2, 1, 0])


def normalize_by_peak(x):
    peak = float(tf.reduce_max(tf.abs(x)))
    return x / (peak + 1e-6)


def transformed_loss(y_true, y_pred):
    return tf.reduce_mean(tf.square(normalize_by_peak(y_true) - normalize_by_peak(y_pred)))


layer_norm = tf.keras.layers.LayerNormalization()

def normalize_layer(x):
    return layer_norm(x)


weights = tf.Variable(tf.ones([4, 1]) * 0.1)

def sgd_step(x, y, learning_rate):
    with tf.GradientTape() as tape:
        loss = transformed_loss(y, tf.matmul(x, weights))
    weights.assign_sub(learning_rate * tape.gradient(loss, weights))
    return loss


def describe(x):
    values = normalize_layer(x)
    return f"mean={float(tf.reduce_mean(values)):.4f} max={float(tf.reduce_max(values)):.4f}"


for rate in (0.1, 0.05):
    print("rate", rate, "loss", float(sgd_step(features, targets, rate)))

print(describe(features))

print('weights', weights.numpy().ravel())
