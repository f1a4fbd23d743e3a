"""What TensorFlow, Keras and NumPy values are, as data: the catalogue the dataflow consults."""
