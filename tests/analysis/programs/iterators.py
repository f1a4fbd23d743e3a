"""Python iterators handed to a step: traced once, so the same element is used on every call."""
import tensorflow as tf

BATCHES = iter([tf.constant([1.0, 2.0]), tf.constant([3.0, 4.0]), tf.constant([5.0, 6.0])])
DATASET_ITERATOR = iter(tf.data.Dataset.from_tensor_slices([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))


def step_on_next_batch(weights, batches):
    batch = next(batches)
    return tf.reduce_sum(weights * batch)


def step_on_dataset_iterator(weights, iterator):
    return tf.reduce_sum(weights * iterator.get_next())


def step_on_batch(weights, batch):
    return tf.reduce_sum(weights * batch)


def scaled_batches(weights, batch):
    for scale in (1.0, 2.0):
        yield weights * batch * scale


def total_of_scaled_batches(weights, batch):
    return tf.add_n(list(scaled_batches(weights, batch)))


W = tf.constant([0.5, 0.25])


def main():
    print(step_on_next_batch(W, BATCHES), step_on_dataset_iterator(W, DATASET_ITERATOR))
    print(step_on_batch(W, tf.constant([1.0, 1.0])))
    print(total_of_scaled_batches(W, tf.constant([1.0, 1.0])))


CASES = [
    ("step_on_next_batch", lambda: ((W, BATCHES), {})),
    ("step_on_dataset_iterator", lambda: ((W, DATASET_ITERATOR), {})),
    ("step_on_batch", lambda: ((W, tf.constant([1.0, 1.0])), {})),
    ("scaled_batches", lambda: ((W, tf.constant([1.0, 1.0])), {}), "total_of_scaled_batches"),
    ("total_of_scaled_batches", lambda: ((W, tf.constant([1.0, 1.0])), {})),
]

if __name__ == "__main__":
    main()
