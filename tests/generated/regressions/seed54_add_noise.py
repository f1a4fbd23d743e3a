# Found unsafe: add @tf.function on add_noise (line 14): stdout line 2: 'epoch 0 loss 0.8043798804283142' became 'epoch 0 loss 0.7619379162788391'
"""Generated program 54: recursive power series, sequential training."""
import random
import sys

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(54)
features = tf.random.normal([8, 4], seed=1)
targets = tf.reduce_sum(features, axis=1, keepdims=True) * 0.5 + 0.1
labels = tf.constant([0, 1, 2, 1, 0, 2, 1, 0])


def add_noise(x):
    return x + tf.random.normal(tf.shape(x), stddev=0.05, seed=7)


def transformed_loss(y_true, y_pred):
    return tf.reduce_mean(tf.square(add_noise(y_true) - add_noise(y_pred)))


class RunningShift:
    """Learns a per-feature offset, created on first use."""

    def __init__(self):
        self.offset = None

    def __call__(self, x):
        if self.offset is None:
            self.offset = tf.Variable(tf.zeros([x.shape[-1]]))
        self.offset.assign_add(tf.reduce_mean(x, axis=0) * 0.1)
        return x - self.offset

running_shift = RunningShift()

def shift(x):
    return running_shift(x)


def power_series(x, terms):
    if terms == 0:
        return tf.ones_like(x)
    return 1.0 + x * power_series(x, terms - 1)


model = tf.keras.Sequential([
    tf.keras.Input(shape=(4,)),
    tf.keras.layers.Dense(8, activation="relu"),
    tf.keras.layers.Dense(1),
])
optimizer = tf.keras.optimizers.SGD(learning_rate=0.05)

def train_step(x, y):
    with tf.GradientTape() as tape:
        predictions = model(shift(x), training=True)
        loss = transformed_loss(y, predictions)
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))
    return loss


print("series", tf.reduce_sum(power_series(features * 0.1, 3)).numpy())

for epoch in range(3):
    loss_value = train_step(features, targets)
    print("epoch", epoch, "loss", float(loss_value))

print('offset', running_shift.offset.numpy())

print('weights', sum(float(tf.reduce_sum(w)) for w in model.trainable_variables))
