"""Writing files: Python I/O happens at trace time, `tf.io.write_file` on every call."""
import tensorflow as tf


def log_to_file(x):
    with open("steps.log", "a") as log:
        log.write("step\n")
    return tf.reduce_sum(x)


def save_tensor(x):
    tf.io.write_file("tensor.txt", tf.strings.as_string(tf.reduce_sum(x)))
    return x


def serialize(x):
    return tf.io.serialize_tensor(x * 2.0)


def main():
    x = tf.constant([1.0, 2.0])
    log_to_file(x)
    save_tensor(x)
    serialize(x)


X = tf.constant([1.0, 2.0])
CASES = [
    ("log_to_file", lambda: ((X,), {})),
    ("save_tensor", lambda: ((X,), {})),
    ("serialize", lambda: ((X,), {})),
]

if __name__ == "__main__":
    main()
