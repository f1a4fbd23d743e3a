"""A library's own tensor types, built by class-method factories (as TF-GNN builds its GraphTensor
from pieces), a configuration object with class constants, and a dict of tensors copied."""
import tensorflow as tf


class Piece(tf.experimental.ExtensionType):
    """An extension type: `tf.function` traces it by its type spec."""

    values: tf.Tensor

    @classmethod
    def from_values(cls, values, validate=False):
        result = cls(values=tf.convert_to_tensor(values))
        if validate:
            result = tf.identity(result)
        return result

    @property
    def size(self):
        return tf.size(self.values)

    def total(self):
        return tf.reduce_sum(self.values)


class Weighted(Piece):
    def weighted_total(self, weight):
        return self.total() * weight


class Scaler:
    NAME = "scaler"  # a class constant: the same for every instance

    def __init__(self, factor):
        self.factor = tf.constant(factor)


def total_of(piece):
    return piece.total() + 1.0


def weighted(values, weight):
    piece = Weighted.from_values(values, validate=True)
    return piece.weighted_total(weight)


def scale(scaler, x):
    return x * scaler.factor


def scaled_copy(features, factor):
    copied = features.copy()
    copied["x"] = copied["x"] * factor
    return copied


def main():
    scaler = Scaler(2.0)
    print(total_of(Piece.from_values([1.0, 2.0])), total_of(Piece.from_values([3.0, 4.0])))
    print(weighted(tf.constant([1.0, 2.0]), tf.constant(2.0)))
    print(scale(scaler, tf.constant([1.0])), scale(scaler, tf.constant([2.0])))
    print(scaled_copy({"x": tf.constant([1.0])}, tf.constant(3.0)))
    print(Piece.from_values([1.0]).total())


SCALER = Scaler(2.0)
FEATURES = {"x": tf.constant([1.0, 2.0])}
CASES = [
    ("total_of", [lambda: ((Piece.from_values([1.0, 2.0]),), {}), lambda: ((Piece.from_values([3.0, 4.0]),), {})]),
    ("weighted", lambda: ((tf.constant([1.0, 2.0]), tf.constant(2.0)), {})),
    ("scale", lambda: ((SCALER, tf.constant([1.0])), {})),
    ("scaled_copy", lambda: ((FEATURES, tf.constant(3.0)), {})),
    ("Piece.total", lambda: ((Piece.from_values([1.0, 2.0]),), {})),
    ("Weighted.weighted_total", lambda: ((Weighted.from_values([1.0, 2.0]), tf.constant(2.0)), {})),
]

if __name__ == "__main__":
    main()
