"""A training script whose helpers were decorated by their author: which decorators may go.

Removing `@tf.function` changes a program when the body returns Python values a caller uses (the
graph hands them back as tensors), or when the graph does tensor work the eager body would repeat
slower; it is harmless when the body does no TensorFlow work and nobody reads what it returns.
"""
import numpy as np
import tensorflow as tf

noise = tf.random.Generator.from_seed(7)
weights = tf.Variable(tf.ones([3, 2]))
EXAMPLES, BATCH = 96, 32
progress = {"warmed_up": 0}


@tf.function
def learning_rate(epoch):
    # Python arithmetic only: the graph returns the float as a float32 tensor
    return 0.1 * (0.5 ** epoch)


@tf.function
def steps_per_epoch(examples, batch_size):
    return -(-examples // batch_size)


@tf.function
def sample_noise(batch_size):
    # no tensor argument, but tensor work: the generator draws inside the graph
    return noise.normal([batch_size, 3])


@tf.function
def warm_up(rounds):
    # the author decorated a helper that does nothing a graph could speed up
    for _ in range(rounds):
        pass


@tf.function
def forward(x):
    return tf.matmul(x, weights)


def train(epochs):
    history = []
    for epoch in range(epochs):
        rate = learning_rate(epoch)
        for _ in range(int(steps_per_epoch(EXAMPLES, BATCH))):
            x = sample_noise(BATCH)
            weights.assign_sub(rate * tf.reduce_mean(forward(x)) * tf.ones([3, 2]))
        history.append(float(rate.numpy()))
    return history


def main():
    warm_up(3)
    print(train(2), np.round(weights.numpy(), 4).tolist())


CASES = [
    ("learning_rate", lambda: ((1,), {})),
    ("steps_per_epoch", lambda: ((EXAMPLES, BATCH), {})),
    ("sample_noise", lambda: ((4,), {})),
    ("warm_up", lambda: ((2,), {})),
    ("train", lambda: ((1,), {})),
]

if __name__ == "__main__":
    main()
