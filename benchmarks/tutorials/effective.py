"""Modelled on TensorFlow's Effective TensorFlow 2 and parameter server training (guide/effective_tf2, tutorials/distribute/parameter_server_training): its `tf.function` decorators as the authors placed them."""
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.layers.Dense(10)])
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
optimizer = tf.keras.optimizers.Adam()
dataset = tf.data.Dataset.from_tensor_slices((tf.random.uniform([64, 4]), tf.zeros([64], tf.int64))).batch(8)

@tf.function
def train(model, dataset, optimizer):
  for x, y in dataset:
    with tf.GradientTape() as tape:
      prediction = model(x, training=True)
      loss = loss_fn(y, prediction)
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))

for epoch in range(20):
  train(model, dataset, optimizer)

strategy = tf.distribute.MirroredStrategy()
with strategy.scope():
  model2 = tf.keras.Sequential([tf.keras.layers.Dense(10)])
  optimizer2 = tf.keras.optimizers.RMSprop(learning_rate=0.1)
  accuracy = tf.keras.metrics.Accuracy()

def dataset_fn(input_context):
  ds = tf.data.Dataset.from_tensor_slices((tf.random.uniform([64, 4]), tf.zeros([64], tf.int64))).repeat()
  ds = ds.shard(input_context.num_input_pipelines, input_context.input_pipeline_id)
  return ds.batch(8).prefetch(2)

@tf.function
def per_worker_dataset_fn():
  return strategy.distribute_datasets_from_function(dataset_fn)

@tf.function
def step_fn(iterator):
  def replica_fn(batch_data, labels):
    with tf.GradientTape() as tape:
      pred = model2(batch_data, training=True)
      per_example_loss = tf.keras.losses.BinaryCrossentropy(reduction=tf.keras.losses.Reduction.NONE)(labels, pred)
      loss = tf.nn.compute_average_loss(per_example_loss)
    gradients = tape.gradient(loss, model2.trainable_variables)
    optimizer2.apply_gradients(zip(gradients, model2.trainable_variables))
    actual_pred = tf.cast(tf.greater(pred, 0.5), tf.int64)
    accuracy.update_state(labels, actual_pred)
    return loss
  batch_data, labels = next(iterator)
  losses = strategy.run(replica_fn, args=(batch_data, labels))
  return strategy.reduce(tf.distribute.ReduceOp.SUM, losses, axis=None)

per_worker_dataset = per_worker_dataset_fn()
per_worker_iterator = iter(per_worker_dataset)
for i in range(20):
  step_fn(per_worker_iterator)
