"""Hybrid functions called with tensors of several shapes: each new shape traces a new graph."""
import tensorflow as tf

weights = tf.Variable(tf.ones([784, 10]))


@tf.function
def predict(x, training=False):
    logits = tf.matmul(x, weights)
    return logits if not training else tf.nn.dropout(logits, 0.5)


@tf.function
def scale(x, y):
    return x * tf.reduce_sum(y)


@tf.function
def rows(x):
    return tf.reshape(x, [x.shape[0], -1])


def main():
    batch = tf.zeros([64, 784])
    print(predict(batch), predict(tf.random.normal((32, 784))))
    print(scale(tf.constant([[1.0, 2.0]]), tf.ones([3])), scale(tf.constant([[1.0, 2.0], [3.0, 4.0]]), tf.ones([3])))
    print(rows(tf.zeros([4, 2, 2])), rows(tf.zeros([8, 2, 2])))


CASES = [
    ("predict", [lambda: ((tf.ones([64, 784]),), {}), lambda: ((tf.ones([32, 784]),), {})]),
    ("scale", [lambda: ((tf.constant([[1.0, 2.0]]), tf.ones([3])), {}),
               lambda: ((tf.constant([[1.0, 2.0], [3.0, 4.0]]), tf.ones([3])), {})]),
    ("rows", [lambda: ((tf.ones([4, 2, 2]),), {}), lambda: ((tf.ones([8, 2, 2]),), {})]),
]

if __name__ == "__main__":
    main()
