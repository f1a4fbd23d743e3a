"""Variables made on every call, also by helpers and Keras objects; the once-only idioms are fine."""
import tensorflow as tf
from tensorflow import keras


def make_bias(units):
    return tf.Variable(tf.zeros([units]), name="bias")


def init_params(units):
    return {"scale": tf.Variable(tf.ones([units])), "bias": make_bias(units)}


def affine(x):
    params = init_params(x.shape[-1])
    return x * params["scale"] + params["bias"]


def project(x):
    return keras.layers.Dense(2, kernel_initializer="ones")(x)


def running_mean(x):
    metric = keras.metrics.Mean()
    metric.update_state(x)
    return metric.result()


class Scaler(tf.Module):
    """Creates its variable on the first call only."""

    def __init__(self):
        super().__init__()
        self.scale = None

    def get_scale(self):
        if self.scale is None:
            self.scale = tf.Variable(2.0)
        return self.scale

    def __call__(self, x):
        return x * self.get_scale()


class Bias(keras.layers.Layer):
    def build(self, input_shape):
        self.b = self.add_weight(shape=(input_shape[-1],), initializer="ones")

    def call(self, x):
        return x + self.b


SCALER = Scaler()
BIAS = Bias()
POOL = keras.layers.GlobalAveragePooling1D()


def scaled(x):
    return SCALER(x)


def biased(x):
    return BIAS(x)


def flatten_features(x):
    return keras.layers.Flatten()(x)


def main():
    x = tf.ones([2, 3])
    print(affine(x), project(x), running_mean(x), scaled(x), biased(x), flatten_features(x))


X = tf.reshape(tf.range(6, dtype=tf.float32), [2, 3])
CASES = [
    ("affine", lambda: ((X,), {})),
    ("project", lambda: ((X,), {})),
    ("running_mean", lambda: ((X,), {})),
    ("scaled", lambda: ((X,), {})),
    ("biased", lambda: ((X,), {})),
    ("flatten_features", lambda: ((tf.ones([2, 3, 2]),), {})),
]

if __name__ == "__main__":
    main()
