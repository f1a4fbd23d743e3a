"""A seeded script: stateful TensorFlow random operations without an operation seed draw other
numbers once traced. Operation seeds, stateless ops, a Generator and Keras 3 seeded layers agree."""
import tensorflow as tf
from tensorflow import keras

tf.random.set_seed(42)

NOISE = tf.random.Generator.from_seed(42)


def add_gaussian_noise(x, stddev):
    return x + tf.random.normal(tf.shape(x), stddev=stddev)


def random_mask(x):
    keep = tf.random.uniform(tf.shape(x)) > 0.3
    return tf.where(keep, x, tf.zeros_like(x))


def shuffled_batch(x):
    return tf.random.shuffle(x)


def dropout_features(x):
    return tf.nn.dropout(x, rate=0.5)


# The same numbers eagerly and traced.
def seeded_noise(x):
    return x + tf.random.normal(tf.shape(x), stddev=0.1, seed=7)


def generator_noise(x):
    return x + NOISE.normal(tf.shape(x), stddev=0.1)


def stateless_noise(x, seed):
    return x + tf.random.stateless_normal(tf.shape(x), seed=seed, stddev=0.1)


class Regularised(keras.Model):
    def __init__(self):
        super().__init__()
        self.dense = keras.layers.Dense(4, kernel_initializer="ones")
        self.dropout = keras.layers.Dropout(0.5, seed=3)
        self.noise = keras.layers.GaussianNoise(0.1, seed=5)

    def call(self, x, training=False):
        return self.noise(self.dropout(self.dense(x), training=training), training=training)


MODEL = Regularised()
MODEL(tf.ones([1, 4]))


def forward_train(x):
    return MODEL(x, training=True)


def main():
    x = tf.ones([2, 4])
    print(add_gaussian_noise(x, 0.1), random_mask(x), shuffled_batch(tf.range(6)), dropout_features(x))
    print(seeded_noise(x), generator_noise(x), stateless_noise(x, tf.constant([1, 2])), forward_train(x))


X = tf.ones([2, 4])
CASES = [
    ("add_gaussian_noise", lambda: ((X, tf.constant(0.1)), {})),
    ("random_mask", lambda: ((X,), {})),
    ("shuffled_batch", lambda: ((tf.range(6),), {})),
    ("dropout_features", lambda: ((X,), {})),
    ("seeded_noise", lambda: ((X,), {})),
    ("generator_noise", lambda: ((X,), {})),
    ("stateless_noise", lambda: ((X, tf.constant([1, 2])), {})),
    ("forward_train", lambda: ((X,), {})),
]

if __name__ == "__main__":
    main()
