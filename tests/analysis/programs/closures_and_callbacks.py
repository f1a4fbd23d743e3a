"""Objects a step makes on each call, changed by code it calls or by itself; Python that TensorFlow
runs on every call."""
import tensorflow as tf

SEEN = []
DATASET = tf.data.Dataset.from_tensor_slices({"x": [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]],
                                              "label": [0.0, 1.0, 0.0, 1.0]})
STRATEGY = tf.distribute.get_strategy()


def checked_sum(x):
    checks = []

    def check(part):
        checks.append(tf.debugging.assert_all_finite(part, "not finite"))

    for part in tf.unstack(x):
        check(part)
    with tf.control_dependencies(checks):
        return tf.reduce_sum(x)


def record(x):
    SEEN.append(float(x))
    return x


def logged_square(x):
    squared = tf.square(x)
    tf.py_function(record, [tf.reduce_sum(squared)], tf.float32)
    return squared


def replica_step(inputs):
    inputs["mems"] = None  # the dict the iterator made for this step
    return inputs["x"] * 2.0, inputs["label"]


def evaluation_step(iterator):
    return STRATEGY.run(replica_step, args=(next(iterator),))


WEIGHTS = tf.Variable([1.0, -2.0])


def clipped_step(x):
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum((WEIGHTS * x) ** 2)
    gradients = tape.gradient(loss, [WEIGHTS])
    gradients[0] = gradients[0] * 0.5  # the list the tape made for this call
    clipped, norm = tf.clip_by_global_norm(gradients, 1.0)
    clipped[0] = clipped[0] * 2.0  # and the one clip_by_global_norm made
    WEIGHTS.assign_sub(0.1 * clipped[0])
    return norm


def main():
    print(checked_sum(tf.constant([1.0, 2.0])), logged_square(tf.constant([3.0])), SEEN)
    print(evaluation_step(iter(DATASET)))
    print(clipped_step(tf.constant([1.0, 2.0])))


X = tf.constant([1.0, 2.0, 4.0])
ITERATOR = iter(DATASET.repeat())
CASES = [
    ("checked_sum", lambda: ((X,), {})),
    ("logged_square", lambda: ((X,), {})),
    ("evaluation_step", lambda: ((ITERATOR,), {})),
    ("clipped_step", lambda: ((X[:2],), {})),
]

if __name__ == "__main__":
    main()
