"""A notebook that swaps the tensors and variables its helpers read between calls."""
import tensorflow as tf

offset = tf.constant(1.0)
scale = tf.Variable(2.0)
bias = tf.Variable(0.5)


def shift(x):
    return x + offset  # `offset` is rebound to a new tensor between calls


def rescale(x):
    return x * scale  # `scale` is rebound to a new variable between calls


def add_bias(x):
    return x + bias  # `bias` only changes through `assign`: a graph reads it live


def new_offset(value):
    global offset
    offset = tf.constant(value)


def new_scale(value):
    global scale
    scale = tf.Variable(value)


def rebound(step, value):
    def inputs():
        step(value)
        return (tf.ones([2]),), {}
    return inputs


def main():
    for value in (1.0, 5.0):
        new_offset(value)
        new_scale(value)
        bias.assign(value)
        print(shift(X), rescale(X), add_bias(X))


X = tf.ones([2])
CASES = [
    ("shift", [rebound(new_offset, v) for v in (1.0, 5.0, 9.0)]),
    ("rescale", [rebound(new_scale, v) for v in (2.0, 3.0, 4.0)]),
    ("add_bias", [lambda v=v: (bias.assign(v), ((X,), {}))[1] for v in (0.5, 1.5, 2.5)]),
]

if __name__ == "__main__":
    main()
