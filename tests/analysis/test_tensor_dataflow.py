"""The tensor and primitive dataflow: `has_tensor_parameter`, `has_primitive_parameter` (SPEC 4.2),
their three values, type hints (TYPE_INFERENCING) and the speculative analysis (SPEC 4.4).

Where a check reads the tables' decision on a one-line function, it passes `min_graph_ops=0`: the
boundary plan would keep such a function eager when module code calls it (too little work)."""
import textwrap

import pytest

from .conftest import analyse_cells, analyse_source

PRELUDE = """\
import keras
import numpy as np
import tensorflow as tf

images = tf.random.normal([32, 28, 28, 1])
labels = tf.random.uniform([32], maxval=10, dtype=tf.int64)
model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(10)])
dataset = tf.data.Dataset.from_tensor_slices((images, labels)).shuffle(100).batch(8)
"""


def analyse_call(argument: str, setup: str = "", **options):
    """Properties of `consume(x)` when called as `consume(<argument>)` after the prelude and `setup`."""
    source = PRELUDE + textwrap.dedent(setup) + textwrap.dedent(f"""
        def consume(x):
            return tf.reduce_sum(x)

        consume({argument})
    """)
    _, results = analyse_source(source, **options)
    return results["consume"]


def codes(result):
    return [finding.code for finding in result.findings]


def finding(result, code):
    return next(f for f in result.findings if f.code == code)


# -- where tensors come from -----------------------------------------------------------------------

@pytest.mark.parametrize("argument", [
    "tf.constant([[1.0, 2.0], [3.0, 4.0]])",
    "tf.random.normal([64, 100])",
    "tf.random.uniform((4,), minval=0, maxval=10, dtype=tf.int32)",
    "tf.math.log(images + 1.0)",
    "tf.nn.softmax(model(images))",
    "tf.linalg.matmul(images[0, :, :, 0], images[1, :, :, 0])",
    "tf.reshape(images, [-1, 784])",
    "tf.cast(labels, tf.float32)",
    "tf.concat([images, images], axis=0)",
    "tf.one_hot(labels, depth=10)",
    "tf.reduce_mean(images, axis=[1, 2])",
    "tf.convert_to_tensor([1.0, 2.0])",
    "tf.zeros_like(images)",
    "tf.Variable(tf.zeros([10]))",
    "keras.ops.ones((2, 3))",
], ids=lambda argument: argument.split("(")[0])
def test_tensorflow_api_results_are_tensors(argument):
    result = analyse_call(argument)
    assert result.properties["has_tensor_parameter"] is True
    assert result.properties["has_primitive_parameter"] is False


@pytest.mark.parametrize("argument, setup", [
    ("model(images)", ""),
    ("model(images, training=False)", ""),
    ("dense(images)", "dense = tf.keras.layers.Dense(4)\n"),
    ("tf.keras.layers.Dense(4)(images)", ""),
    ("loss_object(labels, model(images))",
     "loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)\n"),
    ("train_accuracy.result()", "train_accuracy = tf.keras.metrics.SparseCategoricalAccuracy()\n"),
    ("model.trainable_variables", ""),
], ids=["model", "model_training", "layer", "inline_layer", "loss", "metric_result", "variables"])
def test_keras_call_results_are_tensors(argument, setup):
    assert analyse_call(argument, setup).properties["has_tensor_parameter"] is True


def test_user_keras_model_call_result_is_a_tensor():
    result = analyse_call("net(images)", """
        class Net(tf.keras.Model):
            def __init__(self):
                super().__init__()
                self.dense = tf.keras.layers.Dense(10)

            def call(self, x):
                return self.dense(x)

        net = Net()
    """)
    assert result.properties["has_tensor_parameter"] is True


@pytest.mark.parametrize("argument, setup", [
    ("x", "for x, y in dataset:\n    pass\n"),
    ("y", "for x, y in dataset.take(1):\n    pass\n"),
    ("batch[0]", "batch = next(iter(dataset))\n"),
    ("x", "x, y = next(iter(dataset.take(1)))\n"),
    ("x", "for step, (x, y) in enumerate(dataset):\n    pass\n"),
    ("x", "for x, y in dataset.map(lambda a, b: (a / 255.0, b)).prefetch(tf.data.AUTOTUNE):\n    pass\n"),
], ids=["for", "take", "next_iter", "next_iter_take", "enumerate", "map_prefetch"])
def test_dataset_iteration_yields_tensors(argument, setup):
    result = analyse_call(argument, setup)
    assert result.properties["has_tensor_parameter"] is True
    assert result.properties["has_primitive_parameter"] is False


@pytest.mark.parametrize("argument", [
    "images * 2.0 + 1.0",
    "-images",
    "images @ tf.ones([28, 1])",
    "images[0]",
    "images[:, 1:, :, :]",
    "abs(images)",
    "images > 0.5",
], ids=["arithmetic", "negation", "matmul", "index", "slice", "abs", "comparison"])
def test_tensor_expressions_are_tensors(argument):
    assert analyse_call(argument).properties["has_tensor_parameter"] is True


@pytest.mark.parametrize("argument", [
    "(images, labels)",
    "[images, labels]",
    "{'image': images, 'label': labels}",
    "[images * i for i in range(3)]",
], ids=["tuple", "list", "dict", "comprehension"])
def test_containers_of_tensors_are_tensor_like(argument):
    assert analyse_call(argument).properties["has_tensor_parameter"] is True


@pytest.mark.parametrize("argument", [
    "np.zeros((32, 784), dtype=np.float32)",
    "np.array([1.0, 2.0, 3.0])",
    "np.random.rand(8, 4).astype('float32')",
    "model.predict(images)",
    "images.numpy()",
    "np.mean(images, axis=0)",
], ids=["zeros", "array", "random", "predict", "numpy_method", "numpy_of_a_tensor"])
def test_numpy_arrays_are_not_tensors(argument):
    # NumPy code is not what a graph speeds up; a NumPy function of a tensor computes an array eagerly.
    result = analyse_call(argument)
    assert result.properties["has_tensor_parameter"] is False
    assert result.properties["has_primitive_parameter"] is False


def test_gradients_from_a_tape_are_tensors():
    result = analyse_call("grads", """
        w = tf.Variable(tf.random.normal([784, 10]))
        with tf.GradientTape() as tape:
            logits = tf.matmul(tf.reshape(images, [-1, 784]), w)
            loss = tf.reduce_mean(logits)
        grads = tape.gradient(loss, [w])
    """)
    assert result.properties["has_tensor_parameter"] is True


def test_keras_dataset_arrays_are_arrays():
    result = analyse_call("train", "train, test = tf.keras.datasets.mnist.load_data()\n")
    assert result.properties["has_tensor_parameter"] is False


def test_nested_unpacking_of_keras_dataset_arrays():
    result = analyse_call("x_train / 255.0",
                          "(x_train, y_train), (x_test, y_test) = tf.keras.datasets.mnist.load_data()\n")
    assert result.properties["has_tensor_parameter"] is False
    sliced = analyse_call("tf.data.Dataset.from_tensor_slices(x_train / 255.0)",
                          "(x_train, y_train), (x_test, y_test) = tf.keras.datasets.mnist.load_data()\n")
    assert sliced.properties["has_tensor_parameter"] is True


# -- interprocedural flow ----------------------------------------------------------------------------

def test_tensor_returned_by_one_function_flows_into_another():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def make_noise(batch_size):
            return tf.random.normal([batch_size, 100])

        def generate(noise):
            return model(noise)

        generate(make_noise(16))
    """))
    assert results["generate"].properties["has_tensor_parameter"] is True
    assert results["make_noise"].properties["has_tensor_parameter"] is False
    assert results["make_noise"].properties["has_primitive_parameter"] is True


def test_tensors_flow_through_three_functions():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def normalize(batch):
            return tf.cast(batch, tf.float32) / 255.0

        def preprocess(batch, targets):
            return normalize(batch), tf.one_hot(targets, 10)

        def train_step(batch, targets):
            x, y = preprocess(batch, targets)
            return tf.reduce_mean(model(x)) + tf.reduce_mean(y)

        for batch, targets in dataset:
            train_step(batch, targets)
    """))
    for name in ("train_step", "preprocess", "normalize"):
        assert results[name].properties["has_tensor_parameter"] is True, name
        assert results[name].properties["has_primitive_parameter"] is False, name


def test_tensor_argument_flows_through_a_method_into_a_helper():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def l2(weights):
            return tf.add_n([tf.nn.l2_loss(w) for w in weights])

        class Trainer:
            def __init__(self, net):
                self.net = net

            def loss(self, x):
                return tf.reduce_mean(self.net(x)) + l2(self.net.trainable_variables)

        trainer = Trainer(model)
        trainer.loss(images)
    """))
    assert results["Trainer.loss"].properties["has_tensor_parameter"] is True
    assert results["l2"].properties["has_tensor_parameter"] is True


def test_dataset_map_callback_parameters_receive_tensors():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def augment(image, label):
            image = tf.image.random_flip_left_right(image)
            return image, label

        train_ds = dataset.map(augment, num_parallel_calls=tf.data.AUTOTUNE)
    """))
    assert results["augment"].properties["has_tensor_parameter"] is True
    assert results["augment"].properties["has_primitive_parameter"] is False


def test_keras_fit_feeds_tensors_to_a_custom_train_step():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        class Net(tf.keras.Model):
            def train_step(self, data):
                x, y = data
                with tf.GradientTape() as tape:
                    y_pred = self(x, training=True)
                    loss = self.compute_loss(y=y, y_pred=y_pred)
                grads = tape.gradient(loss, self.trainable_variables)
                self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
                return {"loss": loss}

        net = Net()
        net.compile(optimizer="adam", loss="mse")
        net.fit(dataset, epochs=3)
    """))
    result = results["Net.train_step"]
    assert result.properties["has_tensor_parameter"] is True
    assert result.properties["has_primitive_parameter"] is False
    assert result.assumptions == []  # decided by the fit call, not speculated


def test_notebook_cells_flow_into_each_other():
    _, results = analyse_cells(
        "import tensorflow as tf\nimport numpy as np",
        "def mse(y_true, y_pred):\n    return tf.reduce_mean(tf.square(y_true - y_pred))",
        "y = np.random.rand(10).astype('float32')\nmse(y, tf.zeros([10]))",
    )
    assert results["mse"].properties["has_tensor_parameter"] is True


def test_return_value_of_tensor_arithmetic_is_not_an_int():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def scale(batch):
            return batch * 2

        def loss(values):
            return tf.reduce_mean(values)

        def step(batch):
            return loss(scale(batch))

        for batch, _ in dataset:
            step(batch)
    """))
    assert results["loss"].properties["has_tensor_parameter"] is True
    assert results["loss"].properties["has_primitive_parameter"] is False


def test_tensor_minus_literal_passed_on_is_not_an_int():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def outer(y):
            return inner(y - 1.0)

        def inner(z):
            return tf.reduce_sum(z * 2.0)

        outer(images)
    """))
    assert results["inner"].properties["has_primitive_parameter"] is False


def test_batches_of_a_dataset_parameter_are_tensors_only():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def train_step(image_batch):
            return tf.reduce_mean(model(image_batch))

        def train(ds, epochs):
            for epoch in range(epochs):
                for image_batch, _ in ds:
                    train_step(image_batch)

        train(dataset, 50)
    """))
    assert results["train_step"].properties["has_tensor_parameter"] is True
    assert results["train_step"].properties["has_primitive_parameter"] is False


def test_constant_key_subscript_of_a_dict_picks_its_value():
    result = analyse_call("batch['image']", "batch = {'image': images, 'label': 3}\n")
    assert result.properties["has_primitive_parameter"] is False


def test_arguments_forwarded_through_star_parameters_keep_what_they_are():
    """`metric(trajectory)` reaches `call` through `__call__(*args, **kwargs)` and a helper that
    forwards both spreads: the trajectory stays a tensor and nothing unknown joins it (the spreads
    are bound once their values are known, not while they are still being computed)."""
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        class StepMetric(tf.Module):
            def call(self, *args, **kwargs):
                raise NotImplementedError

            def _update_state(self, *args, **kwargs):
                return self.call(*args, **kwargs)

            def __call__(self, *args, **kwargs):
                return self._update_state(*args, **kwargs)

        class Total(StepMetric):
            def __init__(self):
                super().__init__()
                self.total = tf.Variable(0.0)

            def call(self, trajectory):
                self.total.assign_add(tf.reduce_sum(trajectory))
                return trajectory

        observers = [Total()]
        for observer in observers:
            observer(images)
    """))
    for name in ("Total.call", "StepMetric._update_state", "StepMetric.__call__"):
        assert results[name].properties["has_tensor_parameter"] is True, name
        assert results[name].properties["has_primitive_parameter"] is False, name


# -- named tuples ------------------------------------------------------------------------------------

@pytest.mark.parametrize("declaration, construction", [
    ('Step = collections.namedtuple("Step", ["reward", "done"])', "Step(images, labels)"),
    ('Step = collections.namedtuple("Step", "reward done")', "Step(reward=images, done=labels)"),
    ('Step = namedtuple("Step", "reward, done")', "Step(images, done=labels)"),
    ('Step = typing.NamedTuple("Step", [("reward", tf.Tensor), ("done", tf.Tensor)])', "Step(images, labels)"),
    ('class Step(typing.NamedTuple):\n    reward: tf.Tensor\n    done: tf.Tensor = None', "Step(images)"),
    ('class Step(collections.namedtuple("Step", ("reward", "done"))):\n    __slots__ = ()', "Step(images, labels)"),
    ('Base = namedtuple("Base", "reward done")\nclass Step(Base):\n    pass', "Step(images, labels)"),
])
def test_a_named_tuple_of_tensors_is_tensor_like(declaration, construction):
    """TensorFlow traces a named tuple as a nest of its fields, in any spelling (checked in
    test_tensorflow_claims.py); its fields read by name keep what the construction put there."""
    _, results = analyse_source(PRELUDE + "import collections\nimport typing\nfrom collections import namedtuple\n"
                                + declaration + "\n" + textwrap.dedent(f"""
        def total(step):
            return scale(step.reward)

        def scale(reward):
            return reward * 2.0

        total({construction})
    """))
    for name in ("total", "scale"):
        assert results[name].properties["has_tensor_parameter"] is True, name
        assert results[name].properties["has_primitive_parameter"] is False, name


def test_a_named_tuple_of_arrays_or_numbers_is_not_tensor_like():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        import collections
        Batch = collections.namedtuple("Batch", ["features", "size"])

        def summarize(batch):
            return np.mean(batch.features) * batch.size

        Size = collections.namedtuple("Size", ["height", "width"])

        def area(size):
            return tf.ones([size.height, size.width])

        summarize(Batch(np.zeros([4, 3]), 4))
        area(Size(2, 3))
        area(Size(4, 5))
        area(Size(6, 7))
    """))
    assert results["summarize"].properties["has_tensor_parameter"] is False
    assert results["area"].properties["has_tensor_parameter"] is False
    assert results["area"].properties["has_primitive_parameter"] is True


def test_methods_of_a_named_tuple_class_see_its_fields_and_replace_keeps_them():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        import collections

        class Step(collections.namedtuple("Step", ["observation", "reward"])):
            def is_rewarded(self):
                return positive(self.reward)

        def positive(values):
            return tf.reduce_any(values > 0)

        def discounted(step):
            return scaled(step._replace(reward=step.reward * 0.9))

        def scaled(step):
            observation, reward = step
            return weigh(reward)

        def weigh(reward):
            return reward * 2.0

        step = Step(np.zeros([3]), tf.ones([3]))
        step.is_rewarded()
        discounted(step)
    """))
    for name in ("positive", "discounted", "scaled", "weigh"):
        assert results[name].properties["has_tensor_parameter"] is True, name


# -- what is not a tensor --------------------------------------------------------------------------

@pytest.mark.parametrize("argument, setup", [
    ("model", ""),
    ("tf.keras.optimizers.Adam(1e-3)", ""),
    ("tf.keras.layers.Dense(4)", ""),
    ("tf.float32", ""),
    ("tf.TensorSpec([None, 784], tf.float32)", ""),
    ("images.shape", ""),
    ("None", ""),
    ("tape", "tape = tf.GradientTape()\n"),
])
def test_tensorflow_objects_that_are_not_tensors(argument, setup):
    result = analyse_call(argument, setup)
    assert result.properties["has_tensor_parameter"] is False
    assert result.properties["has_primitive_parameter"] is False
    assert codes(result) == ["HAS_NO_TENSOR_PARAMETERS"]


@pytest.mark.parametrize("argument", ["dataset", "iter(dataset)"])
def test_a_dataset_or_its_iterator_is_tensor_like(argument):
    # tf.function traces datasets and their iterators by their element spec, as composite tensors.
    result = analyse_call(argument)
    assert result.properties["has_tensor_parameter"] is True
    assert result.properties["has_primitive_parameter"] is False


@pytest.mark.parametrize("argument", ["images.shape[0]", "images.shape[-1] // 2", "len(images)"])
def test_static_sizes_are_python_ints(argument):
    result = analyse_call(argument)
    assert result.properties["has_tensor_parameter"] is False
    assert result.properties["has_primitive_parameter"] is True


def test_dynamic_shape_is_a_tensor():
    assert analyse_call("tf.shape(images)[0]").properties["has_tensor_parameter"] is True


def test_function_receiving_model_and_optimizer_has_no_tensor_parameter():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def compile_and_summarize(net, optimizer):
            net.compile(optimizer=optimizer, loss="mse")

        compile_and_summarize(model, tf.keras.optimizers.Adam())
    """))
    result = results["compile_and_summarize"]
    assert result.properties["has_tensor_parameter"] is False
    assert result.candidate is False


def test_model_object_beside_a_tensor_decides_by_the_tensor():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def evaluate(net, x):
            return tf.reduce_mean(net(x))

        evaluate(model, images)
    """))
    assert results["evaluate"].properties["has_tensor_parameter"] is True
    assert results["evaluate"].properties["has_primitive_parameter"] is False


# -- primitive parameters ----------------------------------------------------------------------------

@pytest.mark.parametrize("argument, kind", [
    ("10", "int"),
    ("0.5", "float"),
    ("'relu'", "str"),
    ("-1", "int"),
    ("2 * 64", "int"),
    ("1e-3 * 10", "float"),
    ("'conv_%d' % 3", "str"),
    ("len([1, 2, 3])", "int"),
    ("int('3')", "int"),
], ids=["int", "float", "str", "negative", "int_arith", "float_arith", "str_format", "len", "int_call"])
def test_python_scalars_are_primitive(argument, kind):
    _, results = analyse_source(PRELUDE + textwrap.dedent(f"""
        def layer_op(x, option):
            return tf.identity(x)

        layer_op(images, {argument})
    """), few_values=0)
    result = results["layer_op"]
    assert result.properties["has_tensor_parameter"] is True
    assert result.properties["has_primitive_parameter"] is True
    args = finding(result, "HAS_PRIMITIVE_PARAMETERS").args
    assert (args["parameter"], args["value_kind"]) == ("option", kind)


@pytest.mark.parametrize("argument", ["10", "0.5", "'relu'"])
def test_function_receiving_only_python_values_has_no_tensor_parameter(argument):
    result = analyse_call(argument)
    assert result.properties["has_tensor_parameter"] is False
    assert result.properties["has_primitive_parameter"] is True
    assert codes(result) == ["HAS_NO_TENSOR_PARAMETERS"]


def test_primitive_finding_names_the_parameter_kind_and_values():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def dropout(x, rate):
            return tf.nn.dropout(x, rate)

        dropout(images, 1)
        dropout(images, 5)
        dropout(images, 2)
        dropout(images, 2)
    """))
    result = results["dropout"]
    assert result.properties == {"has_tensor_parameter": True, "has_primitive_parameter": True,
                                 "has_python_side_effects": False, "is_recursive": False}
    args = finding(result, "HAS_PRIMITIVE_PARAMETERS").args
    assert args["parameter"] == "rate"
    assert args["value_kind"] == "int"
    assert args["values"] == " (1, 2, 5)"


def test_many_distinct_values_are_shortened():
    _, results = analyse_source(PRELUDE + "def crop(x, size):\n    return x[:size]\n"
                                + "".join(f"crop(images, {n})\n" for n in (8, 1, 4, 3, 7, 2, 6)))
    assert finding(results["crop"], "HAS_PRIMITIVE_PARAMETERS").args["values"] == " (1, 2, 3, 4, 6, ...)"


def test_string_values_are_recorded_as_strings():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def activate(x, name):
            return tf.keras.activations.get(name)(x)

        activate(images, "relu")
        activate(images, "tanh")
    """), few_values=0)
    assert finding(results["activate"], "HAS_PRIMITIVE_PARAMETERS").args["values"] == " ('relu', 'tanh')"


def test_loop_variable_of_range_is_primitive():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def rotate(x, k):
            return tf.image.rot90(x, k)

        for k in range(4):
            rotate(images, k)
    """))
    result = results["rotate"]
    assert result.properties["has_primitive_parameter"] is True
    assert finding(result, "HAS_PRIMITIVE_PARAMETERS").args["parameter"] == "k"


def test_mixed_value_kinds_are_all_named():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def scale(x, factor):
            return x * factor

        scale(images, 2)
        scale(images, 0.5)
    """), few_values=0)
    args = finding(results["scale"], "HAS_PRIMITIVE_PARAMETERS").args
    assert args["value_kind"] == "float and int"
    assert args["values"] == " (0.5, 2)"


def test_object_whose_attributes_hold_primitives_is_primitive():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        class HParams:
            def __init__(self):
                self.units = 64
                self.dropout = 0.1

        def head(x, hparams):
            return tf.nn.dropout(x, hparams.dropout)

        head(images, HParams())
    """))
    result = results["head"]
    assert result.properties["has_primitive_parameter"] is True
    args = finding(result, "HAS_PRIMITIVE_PARAMETERS").args
    assert args["parameter"] == "hparams"
    assert args["values"] == " (0.1, 64)"


def test_keras_model_attributes_do_not_make_it_primitive():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        class Net(tf.keras.Model):
            def __init__(self):
                super().__init__()
                self.units = 64
                self.dense = tf.keras.layers.Dense(self.units)

            def call(self, x):
                return self.dense(x)

        def predict(net, x):
            return net(x)

        predict(Net(), images)
    """))
    assert results["predict"].properties["has_primitive_parameter"] is False


@pytest.mark.parametrize("booleans, expected", [(False, False), (True, True)])
def test_booleans_are_primitive_only_with_the_option(booleans, expected):
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def forward(x, training):
            return tf.nn.dropout(x, 0.5) if training else x

        forward(images, True)
        forward(images, False)
    """), booleans_are_primitive=booleans, few_values=0, min_graph_ops=0)
    result = results["forward"]
    assert result.properties["has_primitive_parameter"] is expected
    if expected:
        args = finding(result, "HAS_PRIMITIVE_PARAMETERS").args
        assert (args["value_kind"], args["values"]) == ("bool", " (False, True)")
    else:
        assert result.passing_precondition == "P1"


def test_default_value_alone_is_not_a_primitive_received():
    # a default is the same constant on every call: it never retraces
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def leaky(x, alpha=0.2):
            return tf.nn.leaky_relu(x, alpha)

        def leakier(x, alpha=0.2):
            return tf.nn.leaky_relu(x, alpha)

        leaky(images)
        leakier(images, 0.3)
        leakier(images)
    """))
    assert results["leaky"].properties["has_primitive_parameter"] is False
    assert results["leakier"].properties["has_primitive_parameter"] is True


def test_keyword_arguments_reach_their_parameters():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def top_k_accuracy(logits, targets, k):
            return tf.reduce_mean(tf.cast(tf.math.in_top_k(targets, logits, k), tf.float32))

        top_k_accuracy(k=5, targets=labels, logits=model(images))
    """), few_values=0)
    result = results["top_k_accuracy"]
    assert result.properties["has_tensor_parameter"] is True
    args = finding(result, "HAS_PRIMITIVE_PARAMETERS").args
    assert (args["parameter"], args["values"]) == ("k", " (5)")


def test_tuple_of_ints_is_primitive():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def resize(x, size):
            return tf.image.resize(x, size)

        resize(images, (128, 128))
        resize(images, (224, 224))
    """))
    result = results["resize"]
    assert result.properties["has_primitive_parameter"] is True
    assert result.passing_precondition is None


# -- three values ----------------------------------------------------------------------------------

def test_function_never_called_is_undetermined():
    _, results = analyse_source(PRELUDE + "def loss(y_true, y_pred):\n    return tf.reduce_mean(y_true - y_pred)\n")
    result = results["loss"]
    assert result.properties["has_tensor_parameter"] is None
    assert result.properties["has_primitive_parameter"] is None
    assert finding(result, "UNDETERMINABLE_TENSOR_PARAMETER").args["parameters"] == "`y_true`, `y_pred`"


def test_function_handed_to_unknown_code_is_undetermined():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        import scheduler

        def on_batch(x):
            return tf.reduce_sum(x)

        scheduler.register(on_batch)
    """))
    assert results["on_batch"].properties["has_tensor_parameter"] is None


def test_function_called_with_tensors_and_handed_to_unknown_code_cannot_rule_out_primitives():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        import scheduler

        def on_batch(x):
            return tf.reduce_sum(x)

        scheduler.register(on_batch)
        on_batch(images)
    """))
    result = results["on_batch"]
    assert result.properties["has_tensor_parameter"] is True
    assert result.properties["has_primitive_parameter"] is None


def test_function_under_an_unknown_decorator_is_undetermined():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        import mylib

        @mylib.traced
        def step(x):
            return tf.reduce_sum(x)

        step(images)
    """))
    assert results["step"].properties["has_primitive_parameter"] is None


def test_parameter_receiving_an_unknown_value_is_undetermined():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        import loaders

        def consume(x):
            return tf.reduce_sum(x)

        consume(loaders.load_batch("train"))
    """))
    result = results["consume"]
    assert result.properties["has_tensor_parameter"] is None
    assert result.properties["has_primitive_parameter"] is None
    assert finding(result, "UNDETERMINABLE_TENSOR_PARAMETER").args["parameters"] == "`x`"


def test_known_tensor_beside_an_unknown_value_decides_true():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        import loaders

        def consume(x):
            return tf.reduce_sum(x)

        consume(loaders.load_batch("train"))
        consume(images)
    """))
    assert results["consume"].properties["has_tensor_parameter"] is True


def test_all_call_sites_known_without_tensors_decides_false():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def make_layer(units, activation):
            return tf.keras.layers.Dense(units, activation=activation)

        make_layer(64, "relu")
        make_layer(10, None)
    """))
    result = results["make_layer"]
    assert result.properties["has_tensor_parameter"] is False
    assert result.properties["has_primitive_parameter"] is True


def test_functions_without_parameters_are_false():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def build_model():
            return tf.keras.Sequential([tf.keras.layers.Dense(1)])

        class Trainer:
            def reset(self):
                return tf.zeros([1])
    """))
    for name in ("build_model", "Trainer.reset"):
        properties = results[name].properties
        assert properties["has_tensor_parameter"] is False, name
        assert properties["has_primitive_parameter"] is False, name


def test_parameter_of_a_never_called_caller_is_unknown_in_the_callee():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def inner(x):
            return tf.reduce_sum(x)

        def outer(z):
            return inner(z)
    """))
    assert results["inner"].properties["has_tensor_parameter"] is None


# -- type hints -------------------------------------------------------------------------------------

@pytest.mark.parametrize("annotation", ["tf.Tensor", "tf.Variable", "tf.RaggedTensor", "tf.SparseTensor",
                                        "tensorflow.Tensor"])
def test_tensor_type_hint_decides_with_type_inferencing(annotation):
    _, results = analyse_source(PRELUDE + textwrap.dedent(f"""
        import tensorflow

        def l2_normalize(x: {annotation}, axis=-1):
            return tf.math.l2_normalize(x, axis)
    """))
    result = results["l2_normalize"]
    assert result.properties["has_tensor_parameter"] is True
    assert result.candidate is True
    (assumption,) = [a for a in result.assumptions if a.code == "TYPE_INFERENCING"]
    assert assumption.args["parameter"] == "x"
    assert assumption.args["annotation"] == annotation


def test_int_type_hint_decides_primitive_with_type_inferencing():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        import loaders

        def tile(x, times: int):
            return tf.tile(x, [times, 1, 1, 1])

        tile(images, loaders.repeats())
    """))
    result = results["tile"]
    assert result.properties["has_primitive_parameter"] is True
    assert finding(result, "HAS_PRIMITIVE_PARAMETERS").args["parameter"] == "times"
    assert any(a.code == "TYPE_INFERENCING" and a.args["parameter"] == "times" for a in result.assumptions)



@pytest.mark.parametrize("caller", [
    "",  # a library function: no call site in the program
    "import loaders\n\ncoherence(loaders.vectors())\n",  # a value the analysis cannot see
    "import loaders\n\ndef default_u(r, u=None):\n    if u is None:\n        _, u, _ = tf.linalg.svd(r)\n"
    "    return coherence(u)\n\ndefault_u(loaders.vectors(), u=loaders.vectors())\n",
])
def test_a_tensor_type_hint_says_the_parameter_is_no_python_scalar(caller):
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def coherence(u: tf.Tensor) -> tf.Tensor:
            return tf.reduce_max(tf.abs(u))
    """) + caller, min_graph_ops=0)
    result = results["coherence"]
    assert result.properties["has_tensor_parameter"] is True
    assert result.properties["has_primitive_parameter"] is False
    assert "CONVERT_TO_HYBRID" in result.transformations

def test_unrelated_type_hint_decides_nothing():
    _, results = analyse_source(PRELUDE + "def f(x: list):\n    return x\n")
    assert results["f"].properties["has_tensor_parameter"] is None
    assert results["f"].assumptions == []


# -- speculative analysis ---------------------------------------------------------------------------

def speculation(result):
    return [a for a in result.assumptions if a.code == "SPECULATIVE_ANALYSIS"]


@pytest.mark.parametrize("source, qualname, parameter", [
    ("def train_step(images, labels):\n    return images\n", "train_step", "images"),
    ("def distributed_train_step(dist_inputs):\n    return dist_inputs\n", "distributed_train_step", "dist_inputs"),
    ("def run_model(batch):\n    return model(batch)\n", "run_model", "batch"),
    ("def model_inference(inputs):\n    return model(inputs)\n", "model_inference", "inputs"),
    ("class Net(keras.Model):\n    def __call__(self, inputs):\n        return inputs\n", "Net.__call__", "inputs"),
])
def test_never_called_steps_and_keras_calls_are_speculated(source, qualname, parameter):
    _, results = analyse_source(PRELUDE + source)
    result = results[qualname]
    assert result.properties["has_tensor_parameter"] is True
    assert result.candidate is True
    (assumption,) = speculation(result)
    assert assumption.args["parameter"] == parameter
    assert assumption.args["function"] == qualname


@pytest.mark.parametrize("source, qualname", [
    ("class Net(tf.keras.Model):\n    def train_step(self, data):\n        return data\n", "Net.train_step"),
    ("class Net(tf.keras.Model):\n    def test_step(self, data):\n        return data\n", "Net.test_step"),
    ("class Net(tf.keras.Model):\n    def call(self, inputs):\n        return inputs\n", "Net.call"),
    ("class Block(tf.keras.layers.Layer):\n    def call(self, x, training=False):\n        return x\n",
     "Block.call"),
    ("class Base(tf.keras.Model):\n    pass\n\nclass Net(Base):\n    def call(self, inputs):\n        return inputs\n",
     "Net.call"),
], ids=["train_step", "test_step", "model_call", "layer_call", "subclass_of_a_user_model"])
def test_methods_keras_calls_need_no_speculation(source, qualname):
    # Keras calls them with tensors: its calling convention decides, with no call site in the program.
    _, results = analyse_source(PRELUDE + source)
    result = results[qualname]
    assert result.properties["has_tensor_parameter"] is True
    assert result.properties["has_primitive_parameter"] is False
    assert speculation(result) == []


@pytest.mark.parametrize("source, qualname", [
    ("class Parser:\n    def call(self, x):\n        return x\n", "Parser.call"),
    ("class Net(tf.keras.Model):\n    def train_step(self):\n        return 1\n", "Net.train_step"),
    ("def train_step():\n    return tf.constant(1)\n", "train_step"),
    ("def call(x):\n    return x\n", "call"),
    ("def train_model(x):\n    return x\n", "train_model"),
    ("def step(x):\n    return x\n", "step"),
], ids=["plain_class_call", "only_self", "no_parameters", "module_call", "no_step_suffix", "plain_step"])
def test_functions_not_speculated(source, qualname):
    _, results = analyse_source(PRELUDE + source)
    result = results[qualname]
    assert speculation(result) == []
    assert result.properties["has_tensor_parameter"] is not True


def test_speculation_never_overrides_a_decided_false():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def train_step(epoch):
            return epoch + 1

        for epoch in range(10):
            train_step(epoch)
    """))
    result = results["train_step"]
    assert result.properties["has_tensor_parameter"] is False
    assert speculation(result) == []


def test_observed_tensor_call_needs_no_speculation():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def train_step(x, y):
            return tf.reduce_mean(model(x)) + tf.reduce_mean(tf.cast(y, tf.float32))

        for x, y in dataset:
            train_step(x, y)
    """))
    assert results["train_step"].properties["has_tensor_parameter"] is True
    assert speculation(results["train_step"]) == []


def test_speculation_decides_the_primitive_property_from_the_signature():
    _, results = analyse_source(PRELUDE + "def train_step(images, labels):\n    return images\n")
    result = results["train_step"]
    assert result.properties["has_primitive_parameter"] is False
    assert "UNDETERMINABLE_PRIMITIVE_PARAMETER" not in codes(result)
    assert "UNDETERMINABLE_TENSOR_PARAMETER" not in codes(result)


def test_values_that_nest_deeper_every_round_stay_bounded():
    """`[nest(x)]` through recursion, `(state, x)` in a loop, an iterator of them: the fixpoint
    must not build ever deeper values (it once ran for minutes on keras' sources)."""
    import time

    started = time.perf_counter()
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def nest(x, depth):
            if depth == 0:
                return x
            return [nest(x, depth - 1), {"inner": iter([nest(x, depth - 1)])}]

        def fold(batch):
            state = (batch,)
            for _ in range(3):
                state = (state, iter(state), {"s": state})
            return state

        nest(tf.ones([2]), 3)
        fold(tf.ones([2]))
    """))
    assert time.perf_counter() - started < 10
    assert results["fold"].properties["has_tensor_parameter"] is True


# -- dataclass fields ------------------------------------------------------------------------------

DATACLASS_CONFIG = """
import dataclasses

class Encoder(tf.keras.layers.Layer):
    def call(self, x):
        return {"sequence": x * 2.0}

@dataclasses.dataclass
class Config:
    encoder: Encoder = dataclasses.field(default_factory=Encoder)
    scale: float = dataclasses.field(default=2.0)
    rate: float = 0.5

class Pretrainer(tf.keras.Model):
    def __init__(self, encoder):
        super().__init__()
        self.encoder = encoder

    def call(self, inputs):
        outputs = self.encoder(inputs)  # a new dict on every call
        outputs["logits"] = outputs["sequence"] + 1.0
        return outputs

config = Config()
pretrainer = Pretrainer(config.encoder)
"""


def test_dataclass_field_with_a_factory_holds_what_the_factory_makes():
    """`encoder: Encoder = dataclasses.field(default_factory=Encoder)` gives instances an
    `Encoder()`: the model built from it writes into the dict its encoder returned, not into
    an object the analysis cannot name (tf-models' `BertPretrainerV2.call`)."""
    _, results = analyse_source(PRELUDE + DATACLASS_CONFIG + textwrap.dedent("""
        def step(x):
            return pretrainer(x)["logits"]

        step(images)
    """))
    assert results["step"].properties["has_python_side_effects"] is False
    assert "CONVERT_TO_HYBRID" in results["step"].transformations


@pytest.mark.parametrize("attribute", ["scale", "rate"])
def test_dataclass_field_with_a_default_holds_the_default(attribute):
    _, results = analyse_source(PRELUDE + DATACLASS_CONFIG + textwrap.dedent(f"""
        def scaled(x, factor):
            return x * factor

        scaled(images, config.{attribute})
    """))
    result = results["scaled"]
    assert result.properties["has_primitive_parameter"] is True


@pytest.mark.parametrize("setup, argument", [
    ("features = tf.io.parse_example(tf.constant(['']), {'ids': tf.io.VarLenFeature(tf.int64)})\n",
     "features['ids']"),
    ("features = tf.io.parse_single_example(tf.constant(''), {'x': tf.io.FixedLenFeature([2], tf.float32)})\n",
     "features"),
    ("import tensorflow.compat.v1 as v1\nfeatures = v1.parse_example(tf.constant(['']), {})\n",
     "features.get('x')"),
])
def test_parsed_examples_are_dicts_of_tensors(setup, argument):
    """`tf.io.parse_example` documents "a dict mapping feature keys to Tensor ... values": the dict
    and what it holds are tensors for the tables (the catalogue reads the docstring)."""
    result = analyse_call(argument, setup)
    assert result.properties["has_tensor_parameter"] is True


@pytest.mark.parametrize("trace", [
    "Exporter().serve.get_concrete_function(tf.TensorSpec([None, 8], tf.int32))",
    "Exporter().serve.get_concrete_function(ids=tf.TensorSpec([None, 8], tf.int32))",
    "tf.function(Exporter().serve).get_concrete_function([tf.TensorSpec([None], tf.int32)])",
])
def test_a_concrete_function_traces_with_tensors_of_its_specs(trace):
    """`f.get_concrete_function(spec)` traces `f` with a tensor of that spec (the usual way to
    export a serving signature), so `f` receives a tensor there."""
    _, results = analyse_source(PRELUDE + textwrap.dedent(f"""
        class Exporter(tf.Module):
            def serve(self, ids):
                return {{"logits": tf.cast(ids, tf.float32) * 2.0}}

        signature = {trace}
    """))
    assert results["Exporter.serve"].properties["has_tensor_parameter"] is True


# -- containers built empty and filled by the function -----------------------------------------------

@pytest.mark.parametrize("builder, argument", [
    ("""
     def to_int32(features):
         converted = {}
         for name, tensor in features.items():
             converted[name] = tf.cast(tensor, tf.int32)
         return converted
     """, "to_int32({'ids': images})['ids']"),
    ("""
     def run_layers(x):
         outputs = []
         for _ in range(3):
             outputs.append(model(x))
         return tf.stack(outputs)
     def collect(x):
         steps = list()
         steps.extend([x * 2.0, x + 1.0])
         return steps
     """, "collect(images)[0]"),
    ("""
     def by_key(x):
         table = dict()
         table.setdefault("x", x)
         table.update({"y": x})
         return table
     """, "by_key(images)['y']"),
])
def test_a_container_filled_by_its_function_holds_what_is_stored(builder, argument):
    assert analyse_call(argument, builder).properties["has_tensor_parameter"] is True


@pytest.mark.parametrize("escape", ["fill(out)", "self_store.append(out)", "pair = (out, 1)"])
def test_a_container_that_escapes_may_hold_anything(escape):
    """Code the container is handed to may add other values: what it holds is unknown, and the
    decision stays undetermined rather than "no tensor"."""
    result = analyse_call("build()[0]", f"""
        from elsewhere import fill
        self_store = []

        def build():
            out = []
            out.append(3)
            {escape}
            return out
    """)
    assert result.properties["has_tensor_parameter"] is None


def test_a_container_filled_with_python_numbers_only_holds_no_tensor():
    result = analyse_call("sizes()[0]", """
        def sizes():
            found = []
            for n in (8, 16):
                found.append(n * 2)
            return found
    """)
    assert result.properties["has_tensor_parameter"] is False


# -- parameterized tests: their decorators are call sites --------------------------------------------

ABSL_TEST = """
from absl.testing import parameterized

def as_tensor(values, dtype=tf.int64):
    return tf.constant(values, dtype=dtype)

class ConcatTest(tf.test.TestCase, parameterized.TestCase):
    {decorator}
    def test_concat(self, sizes, features):
        def create(sizes, features):
            return tf.concat([sizes, features], 0)
        self.assertAllEqual(create(sizes, features), [1, 1, 2])
"""


@pytest.mark.parametrize("decorator", [
    "@parameterized.parameters((as_tensor([1]), as_tensor([1, 2])), (as_tensor([2]), as_tensor([1])))",
    "@parameterized.named_parameters(('one', as_tensor([1]), as_tensor([1, 2])))",
    "@parameterized.named_parameters(dict(testcase_name='one', sizes=as_tensor([1]), features=as_tensor([2])))",
    "@parameterized.parameters({'sizes': as_tensor([1]), 'features': as_tensor([2])})",
    "@parameterized.product(sizes=[as_tensor([1])], features=[as_tensor([2]), as_tensor([3])])",
    "@parameterized.named_parameters([dict(testcase_name='a', sizes=as_tensor([1]), features=as_tensor([2]))])",
    "@parameterized.parameters([(as_tensor([1]), as_tensor([2])), (as_tensor([3]), as_tensor([4]))])",
])
def test_the_cases_of_a_parameterized_test_are_its_arguments(decorator):
    """The runner calls the test with each case, so the function the test defines receives the
    cases' tensors; the test itself is not a candidate (IS_A_TEST)."""
    _, results = analyse_source(PRELUDE + ABSL_TEST.format(decorator=decorator), min_graph_ops=0)
    create = results["ConcatTest.test_concat.<locals>.create"]
    assert create.properties["has_tensor_parameter"] is True
    assert create.transformations == ["CONVERT_TO_HYBRID"]
    test = results["ConcatTest.test_concat"]
    assert "IS_A_TEST" in codes(test) and not test.transformations


def test_pytest_parametrize_binds_each_case_by_name():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        import pytest

        @pytest.mark.parametrize("x, repeats", [(tf.ones([2]), 3), (tf.zeros([2]), 4)])
        def test_tile(x, repeats):
            def tile(x):
                return tf.tile(x, [2])
            assert tile(x).shape == (4,)
    """))
    assert results["test_tile.<locals>.tile"].properties["has_tensor_parameter"] is True
    assert "IS_A_TEST" in codes(results["test_tile"])


def test_a_case_built_elsewhere_leaves_the_argument_unknown():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        import pytest
        from fixtures import make_cases

        @pytest.mark.parametrize("x", make_cases())
        def test_double(x):
            def double(x):
                return x * 2
            double(x)
    """))
    assert results["test_double.<locals>.double"].properties["has_tensor_parameter"] is None


def test_functions_listed_as_cases_are_called_with_what_the_test_passes():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        from absl.testing import parameterized

        def spread(representations, *, subtract_mean: bool = False, **_):
            if subtract_mean:
                representations -= tf.reduce_mean(representations, axis=0)
            return tf.math.reduce_std(representations)

        class MetricsTest(tf.test.TestCase, parameterized.TestCase):
            @parameterized.parameters(spread)
            def test_rank(self, metric):
                self.assertEqual(metric(tf.ones((4, 2))).shape, ())
    """), min_graph_ops=0)
    spread = results["spread"]
    assert spread.properties["has_tensor_parameter"] is True
    assert spread.properties["has_primitive_parameter"] is False
    assert spread.transformations == ["CONVERT_TO_HYBRID"]


def test_an_item_a_function_adds_to_in_place_may_hold_what_it_made():
    """`totals["loss"] += loss` stores the sum, a tensor here: the dict does not hold floats only."""
    result = analyse_call("accumulate(images)['loss']", """
        def accumulate(x):
            totals = {}
            totals["loss"] = 0.0
            totals["loss"] += tf.reduce_sum(x)
            return totals
    """)
    assert result.properties["has_primitive_parameter"] is not True


@pytest.mark.parametrize("decorator, imports", [
    ("tf.custom_gradient", ""),
    ("ops.custom_gradient", "from keras import ops\n"),
    ("custom_gradient", "from tensorflow.python.ops.custom_gradient import custom_gradient\n"),
])
def test_a_custom_gradient_function_gives_its_outputs_not_its_gradient(decorator, imports):
    """The body returns `(outputs, grad)`; calling the decorated function gives the outputs (a
    claim tested in test_tensorflow_claims.py), so what consumes them receives a tensor, not a
    tuple holding a Python function."""
    source = PRELUDE + imports + textwrap.dedent(f"""
        class Scaled:
            def scale(self, x):
                @{decorator}
                def scale_with_clipped_gradient(x):
                    def grad(upstream):
                        return tf.clip_by_value(upstream, -1.0, 1.0)
                    return x * 2.0, grad
                return scale_with_clipped_gradient(x)

        def consume(y):
            return tf.reduce_sum(y)

        consume(Scaled().scale(images))
    """)
    analysis, results = analyse_source(source)
    function = results["consume"].function
    assert {value.kind for value in analysis.dataflow.params[(function, 0)]} == {"tensor"}
    assert results["consume"].properties["has_tensor_parameter"] is True


@pytest.mark.parametrize("method", [
    "experimental_distribute_dataset(make_dataset(None))",
    "distribute_datasets_from_function(make_dataset)",
    "experimental_distribute_datasets_from_function(make_dataset)",
])
def test_a_step_reading_a_distributed_iterator_of_an_unseen_strategy_takes_tensors(method):
    """`strategy` is a parameter nobody in the program passes: the distributing methods are only
    `tf.distribute.Strategy`'s, so the dataset they return is a distributed dataset and `next` on
    its iterator gives tensors, also in a step not named like one."""
    source = PRELUDE + textwrap.dedent(f"""
        def make_dataset(context):
            return tf.data.Dataset.from_tensor_slices(images).batch(4)

        def train(strategy, steps):
            iterator = iter(strategy.{method})

            def one_step():
                batch = next(iterator)
                return tf.reduce_sum(batch * 2.0)

            for _ in range(steps):
                strategy.run(one_step)
    """)
    _, results = analyse_source(source)
    step = results["train.<locals>.one_step"]
    assert step.properties["has_tensor_parameter"] is True
    assert [a.code for a in step.assumptions if a.code == "CAPTURED_TENSOR_INPUTS"]
