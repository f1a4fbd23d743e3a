"""Modelled on TensorFlow's Introduction to modules, layers, and models (guide/intro_to_modules): its `tf.function` decorators as the authors placed them."""
import tensorflow as tf
from datetime import datetime

class Dense(tf.Module):
  def __init__(self, in_features, out_features, name=None):
    super().__init__(name=name)
    self.w = tf.Variable(tf.random.normal([in_features, out_features]), name='w')
    self.b = tf.Variable(tf.zeros([out_features]), name='b')
  def __call__(self, x):
    y = tf.matmul(x, self.w) + self.b
    return tf.nn.relu(y)

class MySequentialModule(tf.Module):
  def __init__(self, name=None):
    super().__init__(name=name)
    self.dense_1 = Dense(in_features=3, out_features=3)
    self.dense_2 = Dense(in_features=3, out_features=2)

  @tf.function
  def __call__(self, x):
    x = self.dense_1(x)
    return self.dense_2(x)

my_model = MySequentialModule(name="the_model")
print(my_model([[2.0, 2.0, 2.0]]))
print(my_model([[[2.0, 2.0, 2.0], [2.0, 2.0, 2.0]]]))

stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
logdir = "logs/func/%s" % stamp
writer = tf.summary.create_file_writer(logdir)
new_model = MySequentialModule()
tf.summary.trace_on(graph=True)
tf.profiler.experimental.start(logdir)
z = print(new_model(tf.constant([[2.0, 2.0, 2.0]])))
with writer.as_default():
  tf.summary.trace_export(name="my_func_trace", step=0, profiler_outdir=logdir)
tf.saved_model.save(my_model, "the_saved_model")

class FlexibleDense(tf.keras.layers.Layer):
  def __init__(self, out_features, **kwargs):
    super().__init__(**kwargs)
    self.out_features = out_features

  def build(self, input_shape):
    self.w = tf.Variable(tf.random.normal([input_shape[-1], self.out_features]), name='w')
    self.b = tf.Variable(tf.zeros([self.out_features]), name='b')

  def call(self, inputs):
    return tf.matmul(inputs, self.w) + self.b

flexible_dense = FlexibleDense(out_features=3)
print("Model results:", flexible_dense(tf.constant([[2.0, 2.0, 2.0], [4.0, 4.0, 4.0]])))
