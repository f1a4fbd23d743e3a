# Found unsafe: add @tf.function on normalize_by_peak (line 14): stdout line 1: 'mean loss 1.1040564' became 'mean loss 1.0891705'
"""Generated program 227: step with keras metric, recursive power series, global config mutated."""
import random
import sys

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(227)
features = tf.random.normal([8, 4], seed=1)
targets = tf.reduce_sum(features, axis=1, keepdims=True) * 0.5 + 0.1
labels = tf.constant([0, 1, 2, 1, 0, 2, 1, 0])


def normalize_by_peak(x):
    peak = float(tf.reduce_max(tf.abs(x)))
    return x / (peak + 1e-6)


def transformed_loss(y_true, y_pred):
    return tf.reduce_mean(tf.square(normalize_by_peak(y_true) - normalize_by_peak(y_pred)))


model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(1)])
optimizer = tf.keras.optimizers.SGD(0.05)
train_loss = tf.keras.metrics.Mean()

def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = transformed_loss(y, model(x))
    optimizer.apply_gradients(zip(tape.gradient(loss, model.trainable_variables),
                                    model.trainable_variables))
    train_loss.update_state(loss)


def power_series(x, terms):
    if terms == 0:
        return tf.ones_like(x)
    return 1.0 + x * power_series(x, terms - 1)


config = {"scale": 2.0, "shift": 0.1}

def scaled_output(x):
    return tf.reduce_sum(x * config["scale"] + config["shift"])


for _ in range(3):
    train_step(features, targets)
print("mean loss", train_loss.result().numpy())

print("series", tf.reduce_sum(power_series(features * 0.1, 3)).numpy())

print("scaled", scaled_output(features).numpy())
config["scale"] = 4.49
print("scaled", scaled_output(features).numpy())
