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


@tf.function
def row_totals(ragged):
    return tf.reduce_sum(ragged, axis=1)


@tf.function
def sparse_total(values):
    return tf.sparse.reduce_sum(values)


@tf.function
def add_pair(pair, scale):
    return (pair[0] + pair[1]) * scale


def main():
    batch = tf.zeros([64, 784])
    print(predict(batch), predict(tf.random.normal((32, 784))))
    print(scale(tf.constant([[1.0, 2.0]]), tf.ones([3])), scale(tf.constant([[1.0, 2.0], [3.0, 4.0]]), tf.ones([3])))
    print(rows(tf.zeros([4, 2, 2])), rows(tf.zeros([8, 2, 2])))
    print(row_totals(tf.ragged.constant([[1, 2], [3]])), row_totals(tf.ragged.constant([[1], [2], [3, 4]])))
    print(sparse_total(tf.SparseTensor(indices=[[0, 1]], values=[1.0], dense_shape=[3, 4])),
          sparse_total(tf.sparse.SparseTensor([[1, 2]], [2.0], [5, 4])))
    print(add_pair((tf.ones([2]), tf.zeros([2])), tf.ones([])), add_pair((tf.ones([3]), tf.zeros([3])), tf.ones([])))


CASES = [
    ("predict", [lambda: ((tf.ones([64, 784]),), {}), lambda: ((tf.ones([32, 784]),), {})]),
    ("scale", [lambda: ((tf.constant([[1.0, 2.0]]), tf.ones([3])), {}),
               lambda: ((tf.constant([[1.0, 2.0], [3.0, 4.0]]), tf.ones([3])), {})]),
    ("rows", [lambda: ((tf.ones([4, 2, 2]),), {}), lambda: ((tf.ones([8, 2, 2]),), {})]),
    ("row_totals", [lambda: ((tf.ragged.constant([[1, 2], [3]]),), {}),
                    lambda: ((tf.ragged.constant([[1], [2], [3, 4]]),), {})]),
    ("sparse_total", [lambda: ((tf.SparseTensor(indices=[[0, 1]], values=[1.0], dense_shape=[3, 4]),), {}),
                      lambda: ((tf.sparse.SparseTensor([[1, 2]], [2.0], [5, 4]),), {})]),
    ("add_pair", [lambda: (((tf.ones([2]), tf.zeros([2])), tf.ones([])), {}),
                  lambda: (((tf.ones([3]), tf.zeros([3])), tf.ones([])), {})]),
]

if __name__ == "__main__":
    main()
