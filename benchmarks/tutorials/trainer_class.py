"""Written the way notebooks are: trainer class with decorated step methods, decorated as its author would."""
import tensorflow as tf

class Trainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.optimizer = tf.keras.optimizers.Adam(lr)
        self.loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
        self.train_loss = tf.keras.metrics.Mean()
        self.val_acc = tf.keras.metrics.SparseCategoricalAccuracy()

    @tf.function
    def train_step(self, x, y):
        with tf.GradientTape() as tape:
            logits = self.model(x, training=True)
            loss = self.loss_fn(y, logits)
            loss += tf.add_n(self.model.losses) if self.model.losses else 0.0
        grads = tape.gradient(loss, self.model.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.model.trainable_variables))
        self.train_loss.update_state(loss)

    @tf.function
    def eval_step(self, x, y):
        self.val_acc.update_state(y, self.model(x, training=False))

    def fit(self, train_ds, val_ds, epochs):
        for epoch in range(epochs):
            self.train_loss.reset_state()
            self.val_acc.reset_state()
            for x, y in train_ds:
                self.train_step(x, y)
            for x, y in val_ds:
                self.eval_step(x, y)
            print(epoch, self.train_loss.result().numpy(), self.val_acc.result().numpy())

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.cifar10.load_data()
train_ds = tf.data.Dataset.from_tensor_slices((x_train / 255.0, y_train)).batch(64)
val_ds = tf.data.Dataset.from_tensor_slices((x_test / 255.0, y_test)).batch(64)
model = tf.keras.applications.ResNet50(weights=None, classes=10, input_shape=(32, 32, 3))
Trainer(model).fit(train_ds, val_ds, epochs=5)
