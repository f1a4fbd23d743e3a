"""Python globals updated by a step: the update happens once, when the step is traced."""
import tensorflow as tf

CALLS = 0
BEST = None
SCALE = 0.5
STATS = {"batches": 0}


def counted_relu(x):
    global CALLS
    CALLS += 1
    return tf.nn.relu(x)


def remember_best(x):
    global BEST
    value = tf.reduce_max(x)
    BEST = value if BEST is None else tf.maximum(BEST, value)
    return value


def count_batches(x):
    STATS["batches"] += 1
    return tf.reduce_sum(x)


def scaled(x):
    return x * SCALE


def main():
    x = tf.constant([1.0, -2.0, 3.0])
    for _ in range(3):
        counted_relu(x)
        remember_best(x)
        count_batches(x)
        scaled(x)
    print(CALLS, BEST, STATS)


X = tf.constant([1.0, -2.0, 3.0])
CASES = [
    ("counted_relu", lambda: ((X,), {})),
    ("remember_best", lambda: ((X,), {})),
    ("count_batches", lambda: ((X,), {})),
    ("scaled", lambda: ((X,), {})),
]

if __name__ == "__main__":
    main()
