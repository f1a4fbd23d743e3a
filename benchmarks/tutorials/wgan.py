"""Written the way notebooks are: WGAN-GP with a decorated gradient penalty, decorated as its author would."""
import tensorflow as tf
from tensorflow.keras import layers

BATCH = 64
NOISE_DIM = 128
N_CRITIC = 5
GP_WEIGHT = 10.0
(x_train, _), _ = tf.keras.datasets.mnist.load_data()
x_train = (x_train.astype("float32") - 127.5) / 127.5
dataset = tf.data.Dataset.from_tensor_slices(x_train[..., None]).shuffle(60000).batch(BATCH, drop_remainder=True)

generator = tf.keras.Sequential([layers.Dense(7 * 7 * 64, input_shape=(NOISE_DIM,)), layers.Reshape((7, 7, 64)),
                                 layers.Conv2DTranspose(1, 4, strides=4, padding="same", activation="tanh")])
critic = tf.keras.Sequential([layers.Conv2D(64, 4, strides=2, padding="same", input_shape=(28, 28, 1)),
                              layers.LeakyReLU(0.2), layers.Flatten(), layers.Dense(1)])
g_opt = tf.keras.optimizers.Adam(1e-4, beta_1=0.5, beta_2=0.9)
c_opt = tf.keras.optimizers.Adam(1e-4, beta_1=0.5, beta_2=0.9)

@tf.function
def gradient_penalty(real, fake):
    alpha = tf.random.uniform([tf.shape(real)[0], 1, 1, 1], 0.0, 1.0)
    interpolated = real + alpha * (fake - real)
    with tf.GradientTape() as tape:
        tape.watch(interpolated)
        pred = critic(interpolated, training=True)
    grads = tape.gradient(pred, [interpolated])[0]
    norm = tf.sqrt(tf.reduce_sum(tf.square(grads), axis=[1, 2, 3]))
    return tf.reduce_mean((norm - 1.0) ** 2)

@tf.function
def train_step(real):
    for _ in range(N_CRITIC):
        noise = tf.random.normal([BATCH, NOISE_DIM])
        with tf.GradientTape() as tape:
            fake = generator(noise, training=True)
            c_loss = tf.reduce_mean(critic(fake, training=True)) - tf.reduce_mean(critic(real, training=True))
            c_loss += GP_WEIGHT * gradient_penalty(real, fake)
        c_grads = tape.gradient(c_loss, critic.trainable_variables)
        c_opt.apply_gradients(zip(c_grads, critic.trainable_variables))
    noise = tf.random.normal([BATCH, NOISE_DIM])
    with tf.GradientTape() as tape:
        g_loss = -tf.reduce_mean(critic(generator(noise, training=True), training=True))
    g_grads = tape.gradient(g_loss, generator.trainable_variables)
    g_opt.apply_gradients(zip(g_grads, generator.trainable_variables))
    return c_loss, g_loss

for epoch in range(20):
    for step, real in enumerate(dataset):
        c_loss, g_loss = train_step(real)
        if step % 100 == 0:
            print(f"epoch {epoch} step {step}: critic {c_loss:.3f} generator {g_loss:.3f}")
