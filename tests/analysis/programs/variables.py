"""Variables: created once and updated with `assign` is graph state; created per call is not allowed."""
import tensorflow as tf

TOTAL = tf.Variable(0.0)


def running_total(x):
    TOTAL.assign_add(tf.reduce_sum(x))
    return TOTAL.read_value()


def fresh_accumulator(x):
    accumulator = tf.Variable(tf.zeros_like(x))
    accumulator.assign_add(x)
    return accumulator.read_value()


class Ema(tf.Module):
    """An exponential moving average whose variable is created on the first call only."""

    def __init__(self, decay):
        super().__init__()
        self.decay = decay
        self.average = None

    def update(self, x):
        if self.average is None:
            self.average = tf.Variable(tf.zeros_like(x))
        self.average.assign(self.decay * self.average + (1.0 - self.decay) * x)
        return self.average.read_value()


EMA = Ema(0.9)


def main():
    x = tf.constant([1.0, 2.0])
    print(running_total(x), fresh_accumulator(x), EMA.update(x))


X = tf.constant([1.0, 2.0])
CASES = [
    ("running_total", lambda: ((X,), {})),
    ("fresh_accumulator", lambda: ((X,), {})),
    ("Ema.update", lambda: ((EMA, X), {})),
]

if __name__ == "__main__":
    main()
