"""NumPy arrays and Python containers changed in place between calls: a graph keeps the values it
captured when traced. Constants never changed, and `tf.Variable`s, are fine."""
import numpy as np
import tensorflow as tf

class_weights = np.ones(3, dtype="float32")
feature_shift = np.zeros(3, dtype="float32")
label_smoothing = {"epsilon": 0.0}
CHANNEL_MEAN = np.array([0.5, 0.25, 0.125], dtype="float32")
temperature = tf.Variable(1.0)


def set_class_weight(index, value):
    class_weights[index] = value


def drift(amount):
    global feature_shift
    feature_shift += amount


def configure(epsilon):
    label_smoothing.update(epsilon=epsilon)


def weighted_loss(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred) * class_weights)


def shifted(features):
    return features - feature_shift


def smoothed(labels):
    eps = label_smoothing["epsilon"]
    return labels * (1.0 - eps) + eps / 3.0


def centred(features):
    return features - CHANNEL_MEAN


def sharpened(logits):
    return tf.nn.softmax(logits / temperature)


def main():
    y = tf.constant([1.0, 0.0, 0.0])
    for epoch in range(2):
        set_class_weight(0, 1.0 + epoch)
        drift(0.5)
        configure(0.1 * epoch)
        temperature.assign(1.0 + epoch)
        print(weighted_loss(y, y * 0.5), shifted(y), smoothed(y), centred(y), sharpened(y))


Y = tf.constant([1.0, 0.0, 0.0])


def step(change, *args):
    def inputs():
        change()
        return args, {}
    return inputs


CASES = [
    ("weighted_loss", [step(lambda i=i: set_class_weight(0, 1.0 + i), Y, Y * 0.5) for i in range(3)]),
    ("shifted", [step(lambda: drift(0.5), Y) for _ in range(3)]),
    ("smoothed", [step(lambda i=i: configure(0.1 * i), Y) for i in range(3)]),
    ("centred", lambda: ((Y,), {})),
    ("sharpened", [step(lambda i=i: temperature.assign(1.0 + i), Y) for i in range(3)]),
]

if __name__ == "__main__":
    main()
