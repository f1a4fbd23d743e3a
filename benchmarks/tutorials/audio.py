"""Modelled on TensorFlow's Simple audio recognition (tutorials/audio/simple_audio): its `tf.function` decorators as the authors placed them."""
import tensorflow as tf
import numpy as np

def get_spectrogram(waveform):
  spectrogram = tf.signal.stft(waveform, frame_length=255, frame_step=128)
  spectrogram = tf.abs(spectrogram)
  spectrogram = spectrogram[..., tf.newaxis]
  return spectrogram

def make_spec_ds(ds):
  return ds.map(map_func=lambda audio,label: (get_spectrogram(audio), label), num_parallel_calls=tf.data.AUTOTUNE)

train_ds, val_ds = tf.keras.utils.audio_dataset_from_directory(directory='data/mini_speech_commands', batch_size=64,
    validation_split=0.2, seed=0, output_sequence_length=16000, subset='both')
label_names = np.array(train_ds.class_names)

def squeeze(audio, labels):
  audio = tf.squeeze(audio, axis=-1)
  return audio, labels

train_ds = train_ds.map(squeeze, tf.data.AUTOTUNE)
train_spectrogram_ds = make_spec_ds(train_ds)
model = tf.keras.models.Sequential([tf.keras.layers.Input(shape=(124, 129, 1)), tf.keras.layers.Flatten(), tf.keras.layers.Dense(8)])
model.compile(optimizer=tf.keras.optimizers.Adam(), loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=['accuracy'])
history = model.fit(train_spectrogram_ds, epochs=10)

class ExportModel(tf.Module):
  def __init__(self, model):
    self.model = model
    self.__call__.get_concrete_function(x=tf.TensorSpec(shape=(), dtype=tf.string))
    self.__call__.get_concrete_function(x=tf.TensorSpec(shape=[None, 16000], dtype=tf.float32))

  @tf.function
  def __call__(self, x):
    if x.dtype == tf.string:
      x = tf.io.read_file(x)
      x, _ = tf.audio.decode_wav(x, desired_channels=1, desired_samples=16000,)
      x = tf.squeeze(x, axis=-1)
      x = x[tf.newaxis, :]
    x = get_spectrogram(x)
    result = self.model(x, training=False)
    class_ids = tf.argmax(result, axis=-1)
    class_names = tf.gather(label_names, class_ids)
    return {'predictions':result, 'class_ids': class_ids, 'class_names': class_names}

export = ExportModel(model)
export(tf.constant(str('data/mini_speech_commands/no/01bb6a2a_nohash_0.wav')))
tf.saved_model.save(export, "saved")
imported = tf.saved_model.load("saved")
imported(waveform[tf.newaxis, :])
