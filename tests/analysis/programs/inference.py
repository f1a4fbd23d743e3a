"""Serving predictions from a functional Keras model."""
import numpy as np
import tensorflow as tf

inputs = tf.keras.Input(shape=(4,))
hidden = tf.keras.layers.Dense(3, activation="tanh")(inputs)
outputs = tf.keras.layers.Dense(2, activation="softmax")(hidden)
classifier = tf.keras.Model(inputs, outputs)
LABELS = ["cat", "dog"]
served = []


def predict_probabilities(x):
    return classifier(x, training=False)


def predict_classes(x):
    return tf.argmax(classifier(x, training=False), axis=-1)


def predict_labels(x):
    indices = np.argmax(classifier(x, training=False).numpy(), axis=-1)
    return [LABELS[i] for i in indices]


def predict_and_log(x):
    probabilities = classifier(x, training=False)
    served.append(int(tf.shape(x)[0]))
    return probabilities


def main():
    x = tf.constant([[0.1, 0.2, 0.3, 0.4], [1.0, 0.0, -1.0, 0.5]])
    print(predict_probabilities(x), predict_classes(x), predict_labels(x), predict_and_log(x))


X = tf.constant([[0.1, 0.2, 0.3, 0.4], [1.0, 0.0, -1.0, 0.5]])
CASES = [
    ("predict_probabilities", lambda: ((X,), {})),
    ("predict_classes", lambda: ((X,), {})),
    ("predict_labels", lambda: ((X,), {})),
    ("predict_and_log", lambda: ((X,), {})),
]

if __name__ == "__main__":
    main()
