"""Written the way notebooks are: custom training loop with tqdm, metrics and early stopping, decorated as its author would."""
import numpy as np
import pandas as pd
import tensorflow as tf
from tqdm import tqdm

SEED = 42
EPOCHS = 10
BATCH_SIZE = 128
LR = 1e-3
df = pd.read_csv("train.csv")
X = df.drop(columns=["target"]).values.astype("float32")
y = df["target"].values.astype("float32")
n_val = int(0.2 * len(X))
X_train, X_val = X[n_val:], X[:n_val]
y_train, y_val = y[n_val:], y[:n_val]
train_ds = tf.data.Dataset.from_tensor_slices((X_train, y_train)).shuffle(1024, seed=SEED).batch(BATCH_SIZE)
val_ds = tf.data.Dataset.from_tensor_slices((X_val, y_val)).batch(BATCH_SIZE)

def build_model(n_features):
    inputs = tf.keras.Input(shape=(n_features,))
    x = tf.keras.layers.Dense(256, activation="relu")(inputs)
    x = tf.keras.layers.Dropout(0.3)(x)
    x = tf.keras.layers.Dense(128, activation="relu")(x)
    outputs = tf.keras.layers.Dense(1, activation="sigmoid")(x)
    return tf.keras.Model(inputs, outputs)

model = build_model(X.shape[1])
optimizer = tf.keras.optimizers.Adam(LR)
bce = tf.keras.losses.BinaryCrossentropy()
train_auc = tf.keras.metrics.AUC()
val_auc = tf.keras.metrics.AUC()

@tf.function
def train_step(xb, yb):
    with tf.GradientTape() as tape:
        preds = model(xb, training=True)
        loss = bce(yb, tf.squeeze(preds, -1))
    grads = tape.gradient(loss, model.trainable_variables)
    grads, _ = tf.clip_by_global_norm(grads, 1.0)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    train_auc.update_state(yb, tf.squeeze(preds, -1))
    return loss

@tf.function
def val_step(xb, yb):
    preds = model(xb, training=False)
    val_auc.update_state(yb, tf.squeeze(preds, -1))
    return bce(yb, tf.squeeze(preds, -1))

history = {"loss": [], "val_loss": [], "auc": [], "val_auc": []}
best, patience, wait = 0.0, 3, 0
for epoch in range(EPOCHS):
    losses = []
    for xb, yb in tqdm(train_ds, desc=f"epoch {epoch}"):
        loss = train_step(xb, yb)
        losses.append(float(loss))
    val_losses = [float(val_step(xb, yb)) for xb, yb in val_ds]
    history["loss"].append(np.mean(losses))
    history["val_loss"].append(np.mean(val_losses))
    history["auc"].append(float(train_auc.result()))
    history["val_auc"].append(float(val_auc.result()))
    print(f"epoch {epoch}: loss={history['loss'][-1]:.4f} val_auc={history['val_auc'][-1]:.4f}")
    train_auc.reset_state(); val_auc.reset_state()
    if history["val_auc"][-1] > best:
        best, wait = history["val_auc"][-1], 0
        model.save_weights("best.weights.h5")
    else:
        wait += 1
        if wait >= patience:
            break
