"""Printing while computing: `print` runs once, at trace time; `tf.print` runs on every call."""
import tensorflow as tf


def debug_layer(x):
    print("activations:", x)
    return tf.nn.relu(x)


def report_loss(predictions, targets):
    loss = tf.reduce_mean(tf.square(predictions - targets))
    print(f"loss = {float(loss):.4f}")
    return loss


def announce(x):
    print("normalising a batch")
    return x / tf.reduce_max(tf.abs(x))


def traced_log(x):
    tf.print("batch max:", tf.reduce_max(x))
    return tf.nn.softmax(x)


def quiet_loss(predictions, targets):
    return tf.reduce_mean(tf.abs(predictions - targets))


def main():
    x = tf.constant([[0.5, -1.0], [2.0, 0.25]])
    y = tf.constant([[0.0, -1.0], [1.0, 0.0]])
    debug_layer(x)
    report_loss(x, y)
    announce(x)
    traced_log(x)
    quiet_loss(x, y)


X = tf.constant([[0.5, -1.0], [2.0, 0.25]])
Y = tf.constant([[0.0, -1.0], [1.0, 0.0]])
CASES = [
    ("debug_layer", lambda: ((X,), {})),
    ("report_loss", lambda: ((X, Y), {})),
    ("announce", lambda: ((X,), {})),
    ("traced_log", lambda: ((X,), {})),
    ("quiet_loss", lambda: ((X, Y), {})),
]

if __name__ == "__main__":
    main()
