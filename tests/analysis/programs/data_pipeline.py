"""Preprocessing functions of a `tf.data` pipeline, and helpers that consume it."""
import tensorflow as tf


def preprocess(image, label):
    image = tf.cast(image, tf.float32) / 255.0
    return tf.image.resize(image, (2, 2)), tf.one_hot(label, 3)


def augment(image):
    image = tf.image.flip_left_right(image)
    return tf.image.adjust_brightness(image, 0.1)


def standardize(batch):
    return tf.image.per_image_standardization(batch)


def dataset_mean(dataset):
    total = tf.constant(0.0)
    count = tf.constant(0.0)
    for image, _ in dataset:
        total += tf.reduce_sum(image)
        count += tf.cast(tf.size(image), tf.float32)
    return total / count


IMAGES = tf.reshape(tf.range(2 * 4 * 4 * 1, dtype=tf.int32), (2, 4, 4, 1))
LABELS = tf.constant([0, 2])


def make_dataset():
    return tf.data.Dataset.from_tensor_slices((IMAGES, LABELS)).map(preprocess).batch(2)


def main():
    dataset = make_dataset()
    for images, labels in dataset:
        print(augment(images), standardize(images))
    print(dataset_mean(dataset))


CASES = [
    ("preprocess", lambda: ((IMAGES[0], LABELS[0]), {})),
    ("augment", lambda: ((tf.cast(IMAGES, tf.float32),), {})),
    ("standardize", lambda: ((tf.cast(IMAGES, tf.float32),), {})),
    ("dataset_mean", lambda: ((make_dataset(),), {})),
]

if __name__ == "__main__":
    main()
