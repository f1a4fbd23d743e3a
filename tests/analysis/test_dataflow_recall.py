"""Recall of the tensor dataflow on real code: training loops over tf.data and tf.distribute,
values from code the analysis cannot see, Keras' calling conventions, library modules whose
functions nobody in the program calls, forwarding wrappers, and NumPy code (SPEC 4.2, 4.8).

Each program is written to a file and analysed as the command line does."""
import textwrap

import pytest

from hybridize_analysis.engine import analyse_path
from hybridize_analysis.results import Options
from hybridize_analysis.tensors import catalogue as api
from hybridize_analysis.tensors.values import Value, is_dataset_iterator, is_tensor_like


def analyse(tmp_path, source: str, name: str = "train.py", options: Options = Options(min_graph_calls=0)):
    path = tmp_path / name
    path.write_text(textwrap.dedent(source))
    return {result.function.qualname: result for result in analyse_path(path, options).results}


def properties(result):
    return result.properties["has_tensor_parameter"], result.properties["has_primitive_parameter"]


TUTORIAL = """
    import tensorflow as tf

    (x_train, y_train), (x_test, y_test) = tf.keras.datasets.mnist.load_data()
    x_train, x_test = x_train / 255.0, x_test / 255.0
    train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(10000).batch(32)
    test_ds = tf.data.Dataset.from_tensor_slices((x_test, y_test)).batch(32)

    model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(10)])
    loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    optimizer = tf.keras.optimizers.Adam()
    train_loss = tf.keras.metrics.Mean(name="train_loss")
"""


# -- 1. arguments from tf.data and tf.distribute are tensors -------------------------------------------

@pytest.mark.parametrize("loop, call", [
    ("for images, labels in train_ds:", "step(images, labels)"),
    ("for batch in train_ds:", "step(*batch)"),
    ("for i, (images, labels) in enumerate(train_ds):", "step(images, labels)"),
    ("for images, labels in train_ds.take(10):", "step(images, labels)"),
    ("for images, labels in train_ds.unbatch().batch(64).prefetch(2):", "step(images, labels)"),
    ("for (images, labels), (test_images, _) in tf.data.Dataset.zip((train_ds, test_ds)):",
     "step(images, labels)"),
    ("for images, labels in iter(train_ds):", "step(images, labels)"),
], ids=["pairs", "spread_batch", "enumerate", "take", "rebatched", "zipped", "iter"])
def test_training_loop_inside_a_function_feeds_tensors(tmp_path, loop, call):
    results = analyse(tmp_path, TUTORIAL + f"""
    def step(images, labels):
        with tf.GradientTape() as tape:
            loss = loss_object(labels, model(images, training=True))
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        train_loss(loss)

    def train(epochs):
        for epoch in range(epochs):
            {loop}
                {call}

    train(5)
    """)
    assert properties(results["step"]) == (True, False)
    assert results["step"].transformations == ["CONVERT_TO_HYBRID"]


def test_next_on_a_dataset_iterator_gives_its_elements(tmp_path):
    results = analyse(tmp_path, TUTORIAL + """
    def step(images, labels):
        return loss_object(labels, model(images))

    iterator = iter(train_ds)
    images, labels = next(iterator)
    step(images, labels)
    step(*iterator.get_next())
    """)
    assert properties(results["step"]) == (True, False)


def test_iterators_and_datasets_passed_as_arguments_are_tensor_like(tmp_path):
    results = analyse(tmp_path, TUTORIAL + """
    def train_epoch(iterator):
        images, labels = next(iterator)
        return loss_object(labels, model(images))

    def evaluate(dataset):
        return dataset.reduce(0.0, lambda total, batch: total + tf.reduce_sum(batch[0]))

    train_epoch(iter(train_ds))
    evaluate(test_ds)
    """)
    assert properties(results["train_epoch"]) == (True, False)
    assert properties(results["evaluate"]) == (True, False)


def test_distributed_datasets_feed_tensors_to_the_replica_step(tmp_path):
    results = analyse(tmp_path, TUTORIAL + """
    strategy = tf.distribute.MirroredStrategy()

    def make_dataset(context):
        return train_ds.shard(context.num_input_pipelines, context.input_pipeline_id)

    dist_ds = strategy.experimental_distribute_dataset(train_ds)
    dist_from_function = strategy.distribute_datasets_from_function(make_dataset)

    def replica_step(images, labels):
        return loss_object(labels, model(images))

    def distributed_step(dist_inputs):
        per_replica = strategy.run(replica_step, args=dist_inputs)
        return strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica, axis=None)

    def report(total):
        return tf.math.log(total)

    def train():
        for dist_inputs in dist_ds:
            report(distributed_step(dist_inputs))
        iterator = iter(dist_from_function)
        distributed_step(next(iterator))

    train()
    """)
    assert properties(results["distributed_step"]) == (True, False)
    assert properties(results["replica_step"]) == (True, False)
    assert properties(results["report"]) == (True, False)


def test_dtensor_packing_gives_tensors(tmp_path):
    results = analyse(tmp_path, """
    import tensorflow as tf
    from tensorflow.experimental import dtensor

    mesh = dtensor.create_mesh([("batch", 2)])
    layout = dtensor.Layout.batch_sharded(mesh, "batch", rank=2)

    def step(x):
        return tf.reduce_sum(x)

    def run():
        shards = [tf.ones([4, 8]), tf.ones([4, 8])]
        step(dtensor.pack(shards, layout))
        step(dtensor.relayout(dtensor.pack(shards, layout), layout))

    run()
    """)
    assert properties(results["step"]) == (True, False)


def test_dataset_iterator_kind_is_exposed():
    assert is_dataset_iterator(Value(api.ITERATOR))
    assert not is_dataset_iterator(Value("py_iterator"))
    assert is_tensor_like(Value(api.ITERATOR)) and is_tensor_like(Value(api.DATASET))


# -- 2. what code the analysis cannot see returns is undetermined ---------------------------------------

@pytest.mark.parametrize("source", [
    "batch = loaders.next_batch(split='train')",
    "batch = self.loader.sample()",
    "batch = tfds.as_numpy(tfds.load('mnist'))",
    "batch = helpers.Pipeline().next()",
    "batch = {'inputs': helpers.tokenize(self.loader).to_tensor(0)}",
    "batch = (loaders.next_batch(), 'train')",
], ids=["third_party_function", "method_of_an_unknown_object", "third_party_nested", "third_party_object",
        "dict_holding_a_third_party_value", "tuple_holding_a_third_party_value"])
def test_values_from_unseen_code_keep_the_hybrid_step_undetermined(tmp_path, source):
    results = analyse(tmp_path, f"""
    import tensorflow as tf
    import tensorflow_datasets as tfds
    import helpers
    import loaders

    model = tf.keras.Sequential([tf.keras.layers.Dense(10)])
    optimizer = tf.keras.optimizers.SGD()

    @tf.function
    def optimize(batch):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(model(batch))
        optimizer.apply_gradients(zip(tape.gradient(loss, model.trainable_variables),
                                      model.trainable_variables))
        return loss

    class Trainer:
        def __init__(self, loader):
            self.loader = loader

        def fit(self):
            {source}
            optimize(batch)

    Trainer(loaders.Loader()).fit()
    """)
    result = results["optimize"]
    assert result.properties["has_tensor_parameter"] is None
    assert "CONVERT_TO_EAGER" not in result.transformations


def test_an_iterator_over_what_a_helper_built_is_not_a_python_iterator(tmp_path):
    """`iter()` of a distributed dataset a helper outside the analysed code built: the step's
    parameter may be a tf.data iterator, so neither "no tensor parameter" nor a Python side effect."""
    results = analyse(tmp_path, """
    import tensorflow as tf
    import input_utils

    def run(strategy, input_fn, steps):
        iterator = iter(input_utils.make_distributed(strategy, input_fn))
        numbers = iter([1, 2, 3])

        def train_single_step(iterator):
            strategy.run(lambda x: x, args=(next(iterator),))

        def count(numbers):
            return tf.constant(next(numbers))

        for _ in range(steps):
            train_single_step(iterator)
            count(numbers)
    """)
    assert results["run.<locals>.train_single_step"].properties["has_tensor_parameter"] is not False
    assert results["run.<locals>.train_single_step"].properties["has_python_side_effects"] is not True
    assert results["run.<locals>.count"].properties["has_python_side_effects"] is True


@pytest.mark.parametrize("loop", [
    "node = node.parent",
    "node = node.wrapped().parent",
    "node = getattr(node, 'x', node).child.child",
])
def test_walking_a_library_object_graph_in_a_loop_terminates(tmp_path, loop):
    """Each round of the fixpoint must not build a longer library path (`a.parent.parent...`)."""
    results = analyse(tmp_path, f"""
    import some_tree_library as lib

    def walk(node):
        while node is not None:
            {loop}
        return node

    walk(lib.root())
    """)
    assert results["walk"].properties["has_tensor_parameter"] is None


@pytest.mark.parametrize("hint, call", [
    ("tf.TensorShape", "shape.is_compatible_with(x.shape)"),
    ("Optional[tf.TensorShape]", "shape.is_compatible_with(x.shape)"),
    ("tf.distribute.Strategy", "shape.run(tf.reduce_sum, args=(x,))"),
    ("tf.keras.Model", "shape(x, training=False)"),
])
@pytest.mark.parametrize("argument", ["", "(helpers.spec().layout)"])
def test_a_hint_says_what_a_parameter_from_unseen_callers_is(tmp_path, hint, call, argument):
    """A parameter nobody in the analysed code passes: its hint names the TensorFlow class, so a
    method called on it is that class's method, not code the analysis cannot see."""
    results = analyse(tmp_path, f"""
    from typing import Optional
    import tensorflow as tf

    import helpers

    def check(x, shape: {hint}):
        if {call} is None:
            raise ValueError("incompatible")
        return tf.identity(x)

    def caller(x):
        return check{argument.replace("(", "(x, ", 1) if argument else "(x, helpers.unknown())"}
    """)
    assert results["check"].properties["has_python_side_effects"] is False


def test_a_step_without_parameters_reading_an_iterator_a_library_built_is_speculated(tmp_path):
    """tf-agents' form: `train_step()` reads `iterator` from its enclosing function, an iterator over
    a dataset a library object built; only the name speaks for tensors, and the report says so."""
    results = analyse(tmp_path, """
    import tensorflow as tf
    import agents

    def train_eval(num_iterations):
        agent = agents.DqnAgent()
        iterator = iter(agent.replay_buffer.as_dataset(sample_batch_size=64))
        settings = agents.Settings()

        def train_step():
            experience, _ = next(iterator)
            return agent.train(experience)

        def report_settings():
            return settings.describe()

        for _ in range(num_iterations):
            train_step()
            report_settings()
    """)
    step = results["train_eval.<locals>.train_step"]
    assert step.properties["has_tensor_parameter"] is True
    assert [a.code for a in step.assumptions] == ["SPECULATIVE_ANALYSIS"]
    assert step.assumptions[0].args["parameter"] == "iterator"
    assert results["train_eval.<locals>.report_settings"].properties["has_tensor_parameter"] is False


def test_a_closure_over_an_object_holding_variables_has_tensor_inputs(tmp_path):
    """`add_data()` and `probabilities()` read a replay buffer whose tables hold variables: the graph
    takes them as inputs (tf-agents' tests decorate exactly these)."""
    results = analyse(tmp_path, """
    import tensorflow as tf

    class Table:
        def __init__(self, size):
            self._storage = tf.Variable(tf.zeros([size]))

        def write(self, index, value):
            return self._storage.scatter_nd_update([[index]], [value])

    class ReplayBuffer:
        def __init__(self, size):
            self._table = Table(size)
            self._last = tf.Variable(-1)
            self.name = "buffer"

        def add_batch(self, value):
            self._last.assign_add(1)
            return self._table.write(self._last, value)

        def sample(self):
            return tf.gather(self._table._storage, [0])

    class Settings:
        def __init__(self):
            self.size = 4

    def run():
        buffer = ReplayBuffer(4)
        settings = Settings()

        def add_data():
            buffer.add_batch(1.0)

        def probabilities():
            return buffer.sample()

        def size():
            return settings.size * 2

        add_data()
        probabilities()
        size()
    """)
    for name in ("add_data", "probabilities"):
        result = results[f"run.<locals>.{name}"]
        assert result.properties["has_tensor_parameter"] is True, name
        assert [a.code for a in result.assumptions] == ["CAPTURED_TENSOR_INPUTS"]
    assert results["run.<locals>.size"].properties["has_tensor_parameter"] is False


@pytest.mark.parametrize("call, what", [
    ("trained_model(inputs, training=False)", "Keras"),
    ("distribution.run(replica_step, args=(inputs,))", "tf.distribute.Strategy.run"),
])
def test_calling_conventions_say_what_an_unseen_callee_is(tmp_path, call, what):
    """A model and a strategy from code the analysis cannot see (a test framework's parameters):
    `training=` is Keras', `run(fn, args=...)` a strategy's; the report names the assumption."""
    results = analyse(tmp_path, f"""
    import tensorflow as tf

    def replica_step(inputs):
        return tf.reduce_sum(inputs)

    def evaluate(distribution, trained_model, dataset):
        def test_step(inputs):
            return {call}

        for inputs in dataset:
            test_step(inputs)
    """)
    step = results["evaluate.<locals>.test_step"]
    assert step.properties["has_python_side_effects"] is False
    (assumption,) = [a for a in step.assumptions if a.code == "CALLING_CONVENTION"]
    assert what in assumption.args["what"]


@pytest.mark.parametrize("statement, what", [
    ("counter.assign_add(1)", "tf.Variable.assign_add"),
    ("ok = shape.is_compatible_with(values.shape)", "tf.TensorShape.is_compatible_with"),
    ("lengths = ragged.row_lengths()", "tf.RaggedTensor.row_lengths"),
    ("optimizer.apply_gradients(zip([values], [counter]))", "apply_gradients"),
])
def test_a_method_only_tensorflow_has_says_what_an_unseen_object_is(tmp_path, statement, what):
    """Objects a test framework or a caller outside the analysed code passes in: a method name that
    only TensorFlow's value classes have (generated from the installed TensorFlow) is theirs."""
    results = analyse(tmp_path, f"""
    import tensorflow as tf

    def fit(counter, shape, ragged, values, optimizer):
        def step(values):
            {statement}
            return tf.reduce_sum(values)

        for batch in tf.data.Dataset.from_tensor_slices(values):
            step(batch)
    """)
    step = results["fit.<locals>.step"]
    assert step.properties["has_python_side_effects"] is False
    (assumption,) = [a for a in step.assumptions if a.code == "CALLING_CONVENTION"]
    assert what in assumption.args["what"]


def test_a_distributed_iterator_from_an_unseen_strategy_yields_new_structures(tmp_path):
    """tf-models' XLNet evaluation: the strategy comes from outside, its distributed dataset's
    iterator is a tf.data iterator, so the dict `next()` returns is made by each step, and the
    replica function writing into it has no effect outside the step."""
    results = analyse(tmp_path, """
    import tensorflow as tf

    def get_input_iterator(input_fn, strategy):
        return iter(strategy.experimental_distribute_dataset(input_fn()))

    def run_evaluation(strategy, input_fn, model, steps):
        def replica_step(inputs):
            inputs["mems"] = None
            return model(inputs, training=False)

        def evaluation_step(iterator):
            return strategy.run(replica_step, args=(next(iterator),))

        iterator = get_input_iterator(input_fn, strategy)
        for _ in range(steps):
            evaluation_step(iterator)
    """)
    step = results["run_evaluation.<locals>.evaluation_step"]
    assert step.properties["has_python_side_effects"] is False
    assert "CONVERT_TO_HYBRID" in step.transformations
    conventions = [a.args["what"] for a in step.assumptions if a.code == "CALLING_CONVENTION"]
    assert any("tf.distribute.Strategy.run" in what for what in conventions)
    replica = results["run_evaluation.<locals>.replica_step"]
    assert replica.properties["has_python_side_effects"] is True  # on its own, it writes into its argument


def test_a_program_class_with_the_same_method_name_turns_the_convention_off(tmp_path):
    results = analyse(tmp_path, """
    import tensorflow as tf

    class Ledger:
        def __init__(self):
            self.entries = []

        def assign_add(self, amount):
            self.entries.append(amount)

    def fit(counter, values):
        def step(values):
            counter.assign_add(1)
            return tf.reduce_sum(values)

        for batch in tf.data.Dataset.from_tensor_slices(values):
            step(batch)
    """)
    step = results["fit.<locals>.step"]
    assert step.properties["has_python_side_effects"] is not False
    assert not [a for a in step.assumptions if a.code == "CALLING_CONVENTION"]


def test_next_on_an_optional_dataset_iterator_is_a_graph_operation(tmp_path):
    """The iterator helper returns None when there is no input function; `next()` on what it
    returns otherwise is a tf.data iterator's."""
    results = analyse(tmp_path, """
    import tensorflow as tf

    def get_iterator(input_fn, strategy: tf.distribute.Strategy):
        if input_fn is None:
            return None
        return iter(strategy.experimental_distribute_dataset(input_fn()))

    def replica_step(inputs):
        return tf.reduce_sum(inputs)

    def run(strategy, input_fn):
        iterator = get_iterator(input_fn, strategy)

        def test_step(iterator):
            return strategy.run(replica_step, args=(next(iterator),))

        test_step(iterator)
    """)
    step = results["run.<locals>.test_step"]
    assert step.properties["has_python_side_effects"] is False
    assert step.properties["has_tensor_parameter"] is True


def test_a_run_method_without_args_is_no_strategy(tmp_path):
    results = analyse(tmp_path, """
    def launch(job, inputs):
        return job.run("train", inputs)
    """)
    assert results["launch"].properties["has_python_side_effects"] is None


def test_a_functional_keras_model_is_called_like_any_keras_model(tmp_path):
    """A model built from its inputs and outputs in `__init__` has no `call` of its own."""
    results = analyse(tmp_path, """
    import tensorflow as tf

    class Classifier(tf.keras.Model):
        def __init__(self):
            inputs = tf.keras.Input(shape=(4,))
            super().__init__(inputs=inputs, outputs=tf.keras.layers.Dense(2)(inputs))

    def predict(model, dataset):
        def predict_step(inputs):
            return model(inputs, training=False)

        for inputs in dataset:
            predict_step(inputs)

    predict(Classifier(), tf.data.Dataset.from_tensor_slices(tf.ones([8, 4])).batch(2))
    """)
    step = results["predict.<locals>.predict_step"]
    assert step.properties["has_python_side_effects"] is False
    # the loop over the dataset is decorated, and the step traced inside it
    assert "CONVERT_TO_HYBRID" in results["predict"].transformations
    assert any(f.code == "HAS_COVERED_CALLERS" and "`predict`" in f.args["callers"] for f in step.findings)


@pytest.mark.parametrize("outputs, unrolled", [
    ("[block1, block2]", True),
    ("(block1, block2)", True),
    ("{'low': block1, 'high': block2}", True),
    ("[base.get_layer(name).output for name in ['block_1_expand', 'block_2_expand']]", True),
    ("block2", False),  # one output: a tensor, over which a loop becomes a `tf.while_loop`
    ("[block2]", False),  # Keras returns the tensor of a one-element list
    ("[base.get_layer(name).output for name in names]", False),  # any number of outputs
], ids=["list", "tuple", "dict", "comprehension", "single", "one_element", "unknown_length"])
def test_a_functional_model_returns_the_structure_of_its_outputs(tmp_path, outputs, unrolled):
    """DeepDream's loss: the activations of several layers come back as a Python list, which a
    trace unrolls, so appending to a Python list in the loop is no hazard."""
    results = analyse(tmp_path, f"""
    import tensorflow as tf

    base = tf.keras.applications.MobileNetV2(include_top=False, weights=None)
    block1 = base.get_layer("block_1_expand").output
    block2 = base.get_layer("block_2_expand").output
    names = [line.strip() for line in open("layers.txt")]
    dream_model = tf.keras.Model(inputs=base.input, outputs={outputs})

    def calc_loss(img, model):
        layer_activations = model(tf.expand_dims(img, axis=0))
        losses = []
        for act in layer_activations:
            losses.append(tf.math.reduce_mean(act))
        return tf.reduce_sum(losses)

    image = tf.random.uniform([96, 96, 3])
    for step in range(100):
        loss = calc_loss(image, dream_model)
    """)
    codes = [f.code for f in results["calc_loss"].findings]
    assert ("ACCUMULATES_IN_PYTHON_LIST" not in codes) is unrolled
    assert ("CONVERT_TO_HYBRID" in results["calc_loss"].transformations) is unrolled


def test_the_function_a_strategy_runs_keeps_its_effects(tmp_path):
    results = analyse(tmp_path, """
    import tensorflow as tf

    def replica_step(inputs):
        print("replica", inputs)
        return tf.reduce_sum(inputs)

    def train(distribution, dataset):
        def step(inputs):
            return distribution.run(replica_step, args=(inputs,))

        for inputs in dataset:
            step(inputs)
    """)
    assert results["train.<locals>.step"].properties["has_python_side_effects"] is True


def test_the_shape_of_an_object_the_analysis_cannot_see_is_a_static_shape(tmp_path):
    """`value.shape.as_list()` on a value from a library's tests: TensorShape's method, no
    unknown call; the value itself stays undetermined."""
    results = analyse(tmp_path, """
    import tensorflow as tf
    import graphlib

    def pad(value):
        dims = [0 if d is None else d for d in value.shape.as_list()]
        if value.dtype.is_floating:
            return tf.zeros(dims, value.dtype)
        return tf.zeros(dims)

    pad(graphlib.random_piece().features["x"])
    """)
    result = results["pad"]
    assert result.properties["has_python_side_effects"] is False
    assert result.properties["has_tensor_parameter"] is None


@pytest.mark.parametrize("base, expected", [
    ("tf.Module", False),
    ("object", False),
    ("", False),
    ("thirdparty.Base", None),
])
def test_super_of_a_library_base_the_analysis_knows_is_its_method(tmp_path, base, expected):
    """`super().__init__()` runs TensorFlow's (or object's) constructor: no Python side effect;
    a base from a library the analysis cannot see may do anything."""
    results = analyse(tmp_path, f"""
    import tensorflow as tf
    import thirdparty

    class Scaler({base}):
        def __init__(self, factor):
            super().__init__()
            self.factor = factor

    def scale(x):
        return Scaler(2.0).factor * tf.reduce_sum(x)

    scale(tf.ones([2]))
    """)
    assert results["scale"].properties["has_python_side_effects"] is expected


def test_unlisted_tensorflow_api_result_may_be_a_tensor():
    from hybridize_analysis.tensors.values import EXTERNAL, is_opaque

    assert is_opaque(Value(EXTERNAL, "tensorflow.some_future_op()"))
    assert not is_opaque(Value(EXTERNAL, "tensorflow.float32"))
    assert not is_opaque(Value(EXTERNAL, "os.path.join()"))


# -- 3. Keras calls the methods of its subclasses with tensors ------------------------------------------

KERAS_CLASSES = """
    import tensorflow as tf
    from tensorflow import keras

    class Residual(keras.layers.Layer):
        def build(self, input_shape):
            self.dense = keras.layers.Dense(input_shape[-1])

        def call(self, inputs, training=None, mask=None):
            x = self.dense(inputs)
            if training:
                x = tf.nn.dropout(x, 0.1)
            return inputs + x

    class Wide(keras.layers.Dense):
        def call(self, inputs):
            return super().call(inputs) * 2.0

    class MeanError(keras.metrics.Metric):
        def __init__(self, name="mean_error"):
            super().__init__(name=name)
            self.total = self.add_weight(name="total", initializer="zeros")

        def update_state(self, y_true, y_pred, sample_weight=None):
            self.total.assign_add(tf.reduce_sum(tf.abs(y_true - y_pred)))

        def result(self):
            return self.total

    class Huber(keras.losses.Loss):
        def call(self, y_true, y_pred):
            return tf.reduce_mean(tf.square(y_true - y_pred))

    class Net(keras.Model):
        def __init__(self):
            super().__init__()
            self.block = Residual()

        def call(self, inputs, training=False):
            return self.block(inputs, training=training)

        def train_step(self, data):
            x, y = data
            with tf.GradientTape() as tape:
                loss = self.compiled_loss(y, self(x, training=True))
            self.optimizer.minimize(loss, self.trainable_variables, tape=tape)
            return {"loss": loss}

        def test_step(self, data):
            x, y = data
            return {"loss": self.compiled_loss(y, self(x, training=False))}
"""


@pytest.mark.parametrize("qualname", [
    "Residual.call", "Wide.call", "MeanError.update_state", "Huber.call", "Net.call", "Net.train_step",
    "Net.test_step",
])
def test_keras_entry_points_receive_tensors(tmp_path, qualname):
    results = analyse(tmp_path, KERAS_CLASSES, "layers.py")
    result = results[qualname]
    assert properties(result) == (True, False)
    assert not any(a.code == "SPECULATIVE_ANALYSIS" for a in result.assumptions)


def test_build_receives_a_shape(tmp_path):
    results = analyse(tmp_path, KERAS_CLASSES, "layers.py")
    assert properties(results["Residual.build"]) == (False, False)


def test_the_training_flag_is_a_boolean_and_the_mask_a_tensor(tmp_path):
    results = analyse(tmp_path, KERAS_CLASSES + """
    class Masked(keras.layers.Layer):
        def call(self, inputs, mask=None):
            return inputs

    def apply_mask(mask):
        return tf.cast(mask, tf.float32)

    class Gated(keras.layers.Layer):
        def call(self, inputs, training=None, mask=None):
            return apply_mask(mask)
    """, "layers.py")
    assert properties(results["Gated.call"]) == (True, False)
    assert properties(results["apply_mask"]) == (True, False)


def test_methods_named_like_keras_ones_outside_keras_are_not_entry_points(tmp_path):
    results = analyse(tmp_path, """
    import tensorflow as tf

    class Parser:
        def call(self, text, training=None):
            return text.split()

        def update_state(self, y_true, y_pred):
            return y_true

        def build(self, input_shape):
            return input_shape
    """)
    for name in ("Parser.call", "Parser.update_state", "Parser.build"):
        assert results[name].properties["has_tensor_parameter"] is None, name


# -- 4. every function body runs -------------------------------------------------------------------------

LIBRARY = """
    import tensorflow as tf


    def normalize(x):
        return (x - tf.reduce_mean(x)) / tf.math.reduce_std(x)


    def features(batch):
        return normalize(tf.cast(batch, tf.float32))


    def scale(x, factor):
        return x * factor


    def rescale(inputs, factor=2.0):
        return scale(inputs, factor)


    def make_loss(weight):
        def loss(y_true, y_pred):
            return weight * l2(tf.subtract(y_true, y_pred))
        return loss


    def l2(difference):
        return tf.reduce_mean(tf.square(difference))


    def count(limit):
        def body(i, total):
            return i + 1, total + tf.cast(i, tf.float32)
        return tf.while_loop(lambda i, total: i < limit, body, (tf.constant(0), tf.constant(0.0)))


    class NormalizeTest(tf.test.TestCase):
        def test_unit_norm(self):
            x = tf.constant([3.0, 4.0])
            self.assertAllClose(tf.norm(unit(x)), 1.0)


    def unit(v):
        return v / tf.norm(v)
"""


def test_calls_in_functions_nobody_calls_are_real(tmp_path):
    results = analyse(tmp_path, LIBRARY, "ops.py")
    for name in ("normalize", "l2", "unit", "count.<locals>.body"):
        assert properties(results[name]) == (True, False), name
        # the tables recommend it; one called from a test's eager code with two operations (`unit`)
        # is too little work for a graph call
        decided = results[name].transformations == ["CONVERT_TO_HYBRID"] or \
            [f.code for f in results[name].findings] == ["TOO_LITTLE_WORK"]
        assert decided, name


def test_parameters_of_functions_nobody_calls_stay_unknown(tmp_path):
    results = analyse(tmp_path, LIBRARY, "ops.py")
    # `rescale`'s caller may pass any `factor`: its default alone does not make `scale` primitive.
    assert properties(results["scale"]) == (None, None)
    for name in ("features", "rescale", "make_loss.<locals>.loss"):
        assert properties(results[name]) == (None, None), name


# -- 5. forwarding wrappers -------------------------------------------------------------------------------

def test_star_args_and_kwargs_forward_positions_and_keywords(tmp_path):
    results = analyse(tmp_path, """
    import tensorflow as tf

    def dense(x, w, activation=None, name="dense"):
        y = tf.matmul(x, w)
        return activation(y) if activation else y

    def traced(*args, **kwargs):
        return dense(*args, **kwargs)

    def plain(x, w):
        return tf.matmul(x, w)

    def forward(*args, **kwargs):
        return plain(*args, **kwargs)

    x = tf.ones([2, 3])
    w = tf.ones([3, 4])
    traced(x, w, name="first")
    traced(x, w=w, activation=tf.nn.relu)
    forward(x, w)
    forward(x, w=w)
    """)
    result = results["dense"]
    assert properties(result) == (True, True)
    # `name` takes one string through `**kwargs` (and its default): it traces few graphs
    finding = next(f for f in result.findings if f.code == "FEW_PRIMITIVE_VALUES")
    assert finding.args["parameter"] == "name" and "first" in finding.args["values"]
    assert properties(results["plain"]) == (True, False)
    # one matrix product a call, called from module code: too little work for a graph call
    assert [f.code for f in results["plain"].findings] == ["TOO_LITTLE_WORK"]


def test_functools_wraps_decorator_passes_arguments_through(tmp_path):
    results = analyse(tmp_path, """
    import functools
    import tensorflow as tf

    def logged(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs)
        return wrapper

    def retry(times):
        def decorator(fn):
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                return fn(*args, **kwargs)
            return wrapper
        return decorator

    @logged
    def loss(y_true, y_pred):
        return tf.reduce_mean(tf.square(y_true - y_pred))

    @retry(3)
    def accuracy(y_true, y_pred):
        return tf.reduce_mean(tf.cast(tf.equal(y_true, y_pred), tf.float32))

    y = tf.ones([4])
    loss(y, y)
    accuracy(y, y_pred=y)
    """)
    assert properties(results["loss"]) == (True, False)
    assert properties(results["accuracy"]) == (True, False)


def test_decorator_that_does_not_forward_hides_the_callers(tmp_path):
    results = analyse(tmp_path, """
    import functools
    import tensorflow as tf

    def first_only(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return fn(args[0] * 10)
        return wrapper

    @first_only
    def loss(y):
        return tf.reduce_mean(y)

    loss(tf.ones([4]))
    """)
    assert results["loss"].properties["has_primitive_parameter"] is None


def test_functools_partial_binds_its_arguments_first(tmp_path):
    results = analyse(tmp_path, """
    import functools
    import tensorflow as tf

    def add_bias(bias, x):
        return x + bias

    def resize(image, size):
        return tf.image.resize(image, [size, size])

    shift = functools.partial(add_bias, tf.zeros([3]))
    shift(tf.ones([3]))
    images = tf.data.Dataset.from_tensor_slices(tf.zeros([8, 32, 32, 3]))
    images = images.map(functools.partial(resize, size=224))
    """)
    assert properties(results["add_bias"]) == (True, False)
    assert properties(results["resize"]) == (True, True)


# -- 6. NumPy code is not tensor code ---------------------------------------------------------------------

def test_pure_numpy_functions_are_not_candidates(tmp_path):
    results = analyse(tmp_path, """
    import numpy as np
    import tensorflow as tf

    def standardize(a):
        return (a - np.mean(a)) / np.std(a)

    def summarize(values):
        return values.sum()

    def blend(a, t):
        return tf.reduce_sum(t) + a

    data = np.random.rand(100, 3)
    standardize(data)
    standardize(np.zeros((3, 3), dtype=np.float32))
    summarize(np.mean(tf.ones([3, 3]), axis=0))
    blend(np.ones(3), tf.ones([3]))
    """)
    for name in ("standardize", "summarize"):
        result = results[name]
        assert properties(result) == (False, False), name
        assert not result.candidate, name
    assert properties(results["blend"]) == (True, False)


# -- widening: a generic helper that every caller hands a new structure ----------------------------

def test_widening_merges_structures_and_keeps_what_they_hold():
    from hybridize_analysis.tensors.values import CONTAINER, EXTERNAL, UNKNOWN, container, of, widen

    tuples = [container("tuple", [of(api.TENSOR)] + [of(api.INT, n)] * n) for n in range(1, 30)]
    widened = widen(frozenset(tuples) | {Value(EXTERNAL, "math.pi.real"), Value(api.FLOAT, 0.5)})
    assert {value.kind for value in widened} == {CONTAINER, UNKNOWN, api.FLOAT}
    (merged,) = [value for value in widened if value.kind == CONTAINER]
    assert is_tensor_like(merged)
    assert Value(api.FLOAT) in widened
    assert widen(widened | {tuples[3]}) == widened  # merging again changes nothing: the fixpoint settles


def test_a_helper_given_a_new_structure_by_every_caller_settles(tmp_path):
    """`flatten(x)` of a tree library: each call site passes another nesting of tensors."""
    calls = "\n".join(f"    flatten({'(' * depth}tf.ones([2]), {depth}{',)' * depth})" for depth in range(1, 40))
    results = analyse(tmp_path, f"""
    import tensorflow as tf

    def flatten(structure):
        if isinstance(structure, (tuple, list)):
            return [leaf for item in structure for leaf in flatten(item)]
        return [structure]

    def main():
    {calls}
    """)
    assert results["flatten"].properties["has_tensor_parameter"] is True


@pytest.mark.parametrize("base", ["tf.keras.Model", "tf.Module", "object"])
def test_results_fed_back_through_a_loop_keep_their_values(tmp_path, base):
    """Text generation's `OneStep`: the characters and states a step returns are its next
    arguments, and the layers given to the constructor are called through `self`. Before the
    stores in `__init__` and the returns are evaluated, the values are not known yet, which must
    not turn into "unknown" for good."""
    results = analyse(tmp_path, f"""
    import tensorflow as tf

    ids_from_chars = tf.keras.layers.StringLookup(vocabulary=["a", "b"], mask_token=None)
    chars_from_ids = tf.keras.layers.StringLookup(vocabulary=["a", "b"], invert=True, mask_token=None)
    gru = tf.keras.layers.GRU(4, return_sequences=True, return_state=True)

    class OneStep({base}):
        def __init__(self, model, chars_from_ids, ids_from_chars, temperature=1.0):
            super().__init__()
            self.model = model
            self.chars_from_ids = chars_from_ids
            self.ids_from_chars = ids_from_chars
            self.temperature = temperature

        def generate_one_step(self, inputs, states=None):
            input_ids = self.ids_from_chars(tf.strings.unicode_split(inputs, "UTF-8")).to_tensor()
            features = tf.one_hot(input_ids, 3)
            outputs, states = self.model(features, initial_state=states)
            predicted_ids = tf.random.categorical(outputs[:, -1, :] / self.temperature, num_samples=1)
            return self.chars_from_ids(tf.squeeze(predicted_ids, axis=-1)), states

    one_step_model = OneStep(gru, chars_from_ids, ids_from_chars)
    states = None
    next_char = tf.constant(["ab"])
    result = [next_char]
    for n in range(100):
        next_char, states = one_step_model.generate_one_step(next_char, states=states)
        result.append(next_char)
    """)
    step = results["OneStep.generate_one_step"]
    assert properties(step) == (True, False)
    assert "CONVERT_TO_HYBRID" in step.transformations


def test_a_function_whose_concrete_function_is_taken_needs_the_decorator_however_few_its_calls(tmp_path):
    """The audio tutorial's export module takes `self.__call__.get_concrete_function(...)` in its
    constructor: without `@tf.function` the program raises `AttributeError`, so the decorator is
    recommended although the code calls the module once."""
    results = analyse(tmp_path, """
    import tensorflow as tf

    class ExportModel(tf.Module):
        def __init__(self, model):
            self.model = model
            self.__call__.get_concrete_function(x=tf.TensorSpec(shape=[None, 16], dtype=tf.float32))

        def __call__(self, x):
            result = self.model(x, training=False)
            return {"predictions": result, "class_ids": tf.argmax(result, axis=-1)}

    model = tf.keras.Sequential([tf.keras.layers.Dense(4)])
    export = ExportModel(model)
    export(tf.zeros([1, 16]))
    tf.saved_model.save(export, "saved")
    """, options=Options())  # the plan's call threshold on
    call = results["ExportModel.__call__"]
    assert call.transformations == ["CONVERT_TO_HYBRID"]
    assert [f.args["reason"] for f in call.findings if f.code == "NEEDS_A_GRAPH"] == [
        "its concrete function is taken at line 7"]
    assert "TOO_FEW_CALLS" not in [f.code for f in call.findings]


def test_a_distributed_step_called_a_few_times_is_still_decorated(tmp_path):
    results = analyse(tmp_path, """
    import tensorflow as tf

    strategy = tf.distribute.MirroredStrategy()
    dataset = strategy.experimental_distribute_dataset(tf.data.Dataset.range(8).batch(4))

    def replica_step(inputs):
        return tf.reduce_sum(tf.cast(inputs, tf.float32))

    def distributed_step(inputs):
        per_replica = strategy.run(replica_step, args=(inputs,))
        return strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica, axis=None)

    for inputs in dataset.take(2):
        distributed_step(inputs)
    """, options=Options())
    step = results["distributed_step"]
    assert step.transformations == ["CONVERT_TO_HYBRID"]
    assert any(f.code == "NEEDS_A_GRAPH" for f in step.findings)


def test_a_value_found_step_by_step_keeps_its_shape():
    """A function returns `(model, strategy, optimizer)`; while the fixpoint finds its elements one
    by one it returned `(∅, strategy, ∅)` and `(model, strategy, ∅)`: those add nothing once the
    whole tuple is known, and are dropped instead of piling up until the set is widened."""
    from hybridize_analysis.tensors.values import container, of, prune_subsumed

    partial = container("tuple", [frozenset(), of(api.STRATEGY), frozenset()])
    half = container("tuple", [of(api.MODEL), of(api.STRATEGY), frozenset()])
    whole = container("tuple", [of(api.MODEL), of(api.STRATEGY), of(api.OPTIMIZER)])
    pair = container("tuple", [of(api.MODEL), of(api.STRATEGY)])
    listed = container("list", [of(api.MODEL), of(api.STRATEGY), of(api.OPTIMIZER)])
    assert prune_subsumed(frozenset({partial, half, whole, pair, listed})) == frozenset({whole, pair, listed})
    other = container("tuple", [of(api.TENSOR), of(api.STRATEGY), frozenset()])
    assert prune_subsumed(frozenset({half, other})) == frozenset({half, other})  # neither covers the other


@pytest.mark.parametrize("pipeline", [
    "ds.cache().shuffle(20000).batch(64).map(tokenize_pairs, num_parallel_calls=tf.data.AUTOTUNE)"
    ".prefetch(tf.data.AUTOTUNE)",
    "ds.padded_batch(64)",
    "ds.shuffle(1000).batch(64, drop_remainder=True)",
], ids=["transformer", "padded", "shuffled"])
def test_datasets_from_a_library_the_analysis_cannot_see_are_known_by_their_methods(tmp_path, pipeline):
    """The Transformer tutorial's batches come from `tfds.load`, which the analysis cannot see
    into; `prefetch`, `padded_batch` or `shuffle` on it is tf.data's, so its elements are
    tensors, never Python scalars."""
    results = analyse(tmp_path, f"""
    import tensorflow as tf
    import tensorflow_datasets as tfds

    examples = tfds.load("ted_hrlr_translate/pt_to_en", as_supervised=True)

    def tokenize_pairs(pt, en):
        return pt, en

    def make_batches(ds):
        return {pipeline}

    def train_step(inp, tar):
        return tf.reduce_sum(tf.cast(inp, tf.float32)) + tf.reduce_sum(tf.cast(tar, tf.float32))

    for (batch, (inp, tar)) in enumerate(make_batches(examples["train"])):
        train_step(inp, tar)
    """)
    assert properties(results["train_step"]) == (True, False)


def test_an_unknown_object_with_methods_many_libraries_share_stays_unknown(tmp_path):
    """`map`, `filter` and `take` are also pandas' and NumPy's: they do not make a dataset."""
    results = analyse(tmp_path, """
    import tensorflow as tf
    import pandas as pd

    def scale(row):
        return row

    def total(rows):
        return tf.reduce_sum(rows)

    frame = pd.read_csv("data.csv")
    total(frame.map(scale).take([0, 1]))
    """)
    assert results["total"].properties["has_tensor_parameter"] is None


@pytest.mark.parametrize("loop", [
    "for images, labels in tqdm(train_ds, desc=f'epoch {epoch}'):",
    "for images, labels in tqdm_module.tqdm(train_ds):",
    "for images, labels in notebook_tqdm(train_ds, total=100):",
    "for images, labels in track(train_ds, description='training'):",
    "for images, labels in itertools.islice(train_ds, 10):",
    "for step, (images, labels) in enumerate(tqdm(train_ds)):",
], ids=["tqdm", "module", "notebook", "rich", "islice", "enumerated"])
def test_a_progress_bar_over_a_dataset_yields_its_tensors(tmp_path, loop):
    """Notebooks wrap their training loops in progress bars: iterating `tqdm(train_ds)` iterates
    the dataset, whose elements are tensors, never Python scalars."""
    results = analyse(tmp_path, TUTORIAL + f"""
    import itertools
    import tqdm as tqdm_module
    from tqdm import tqdm
    from tqdm.notebook import tqdm as notebook_tqdm
    from rich.progress import track

    def step(images, labels):
        with tf.GradientTape() as tape:
            loss = loss_object(labels, model(images, training=True))
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        train_loss(loss)

    for epoch in range(5):
        {loop}
            step(images, labels)
    """)
    assert properties(results["step"]) == (True, False)


@pytest.mark.parametrize("compile_call, driver, covered", [
    ("model.compile(optimizer='adam')", "model.fit(x, y, epochs=5)", True),
    ("model.compile(optimizer='adam')", "model.evaluate(x, y)", False),  # evaluate runs test_step
    ("model.compile(optimizer='adam', run_eagerly=True)", "model.fit(x, y, epochs=5)", False),
    ("model.compile(optimizer='adam')\ntf.config.run_functions_eagerly(True)", "model.fit(x, y, epochs=5)", False),
    ("model.compile(optimizer='adam')\ntf.config.run_functions_eagerly(False)", "model.fit(x, y, epochs=5)", True),
    ("model.compile(optimizer='adam')", "model.fit(x, y)\nfor batch in dataset:\n    model.train_step(batch)", False),
], ids=["fit", "evaluate_only", "run_eagerly", "functions_eagerly", "functions_not_eagerly", "also_called_directly"])
def test_a_train_step_only_keras_runs_is_traced_by_keras(tmp_path, compile_call, driver, covered):
    """Keras' guide "customizing what happens in fit": `fit` traces the overridden `train_step`
    itself, so a decorator adds nothing; one the program also calls eagerly gains from it."""
    results = analyse(tmp_path, f"""
    import keras
    import numpy as np
    import tensorflow as tf

    class CustomModel(keras.Model):
        def train_step(self, data):
            x, y = data
            with tf.GradientTape() as tape:
                loss = keras.losses.mean_squared_error(y, self(x, training=True))
            self.optimizer.apply(tape.gradient(loss, self.trainable_variables), self.trainable_variables)
            return {{"loss": loss}}

    inputs = keras.Input(shape=(32,))
    model = CustomModel(inputs, keras.layers.Dense(1)(inputs))
""" + textwrap.indent(compile_call, "    ") + f"""
    x, y = np.random.random((1000, 32)), np.random.random((1000, 1))
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(32)
""" + textwrap.indent(driver, "    ") + "\n")
    step = results["CustomModel.train_step"]
    codes = [finding.code for finding in step.findings]
    assert ("HAS_COVERED_CALLERS" in codes) is covered
    if covered:
        assert step.transformations == []
        assert "Keras' `fit`" in next(f for f in step.findings if f.code == "HAS_COVERED_CALLERS").args["callers"]


def test_a_functional_model_whose_outputs_a_helper_builds_returns_them(tmp_path):
    """The outputs come back from a helper, known only after a round of the fixpoint: the model
    passed on keeps their structure, not a single tensor found before them."""
    results = analyse(tmp_path, """
    import tensorflow as tf

    def heads(features):
        return [tf.keras.layers.Dense(2)(features), tf.keras.layers.Dense(3)(features)]

    inputs = tf.keras.Input(shape=(4,))
    model = tf.keras.Model(inputs=inputs, outputs=heads(inputs))

    def total_loss(x, model):
        losses = []
        for head in model(x):
            losses.append(tf.reduce_mean(head))
        return tf.add_n(losses)

    for step in range(100):
        total_loss(tf.ones([8, 4]), model)
    """)
    assert "ACCUMULATES_IN_PYTHON_LIST" not in [f.code for f in results["total_loss"].findings]
    assert results["total_loss"].transformations == ["CONVERT_TO_HYBRID"]


@pytest.mark.parametrize("calls, few", [
    ("my_model([[2.0, 2.0, 2.0]])\nmy_model([[[2.0, 2.0, 2.0], [2.0, 2.0, 2.0]]])\nmy_model(tf.constant([[2.0, 2.0, 2.0]]))",
     True),  # two lists written out, and a tensor
    ("my_model([[2.0, 2.0, 2.0]])\nmy_model([[1.0, 1.0, 1.0]])\nmy_model([[0.0, 0.0, 0.0]])\nmy_model(tf.ones([1, 3]))",
     False),  # three
    ("for row in rows:\n    my_model([row])\nmy_model(tf.ones([1, 3]))", False),  # built at run time
], ids=["two_literals", "three_literals", "computed"])
def test_lists_written_out_at_the_call_sites_are_counted_as_values(tmp_path, calls, few):
    """The `tf.Module` guide calls a module with Python lists of floats: `tf.function` traces
    once per distinct list, so one or two lists written out are no retracing hazard."""
    results = analyse(tmp_path, """
    import tensorflow as tf

    class Dense(tf.Module):
        def __init__(self, in_features, out_features):
            super().__init__()
            self.w = tf.Variable(tf.random.normal([in_features, out_features]))

        def __call__(self, x):
            return tf.nn.relu(tf.matmul(x, self.w))

    my_model = Dense(3, 2)
    rows = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]
""" + textwrap.indent(calls, "    ") + "\n")
    codes = [finding.code for finding in results["Dense.__call__"].findings]
    assert ("FEW_PRIMITIVE_VALUES" in codes) is few
    assert ("HAS_PRIMITIVE_PARAMETERS" in codes) is not few


def test_a_module_saved_with_saved_model_needs_its_call_decorated(tmp_path):
    results = analyse(tmp_path, """
    import tensorflow as tf

    class Scale(tf.Module):
        def __init__(self):
            self.w = tf.Variable(2.0)

        def __call__(self, x):
            return x * self.w

    module = Scale()
    print(module(tf.constant([1.0, 2.0])))
    tf.saved_model.save(module, "saved")
    """, options=Options())
    call = results["Scale.__call__"]
    assert call.transformations == ["CONVERT_TO_HYBRID"]
    (need,) = [f for f in call.findings if f.code == "NEEDS_A_GRAPH"]
    assert "`Scale` is exported with `tf.saved_model.save` (line 13)" in need.args["reason"]


@pytest.mark.parametrize("source", ["tfds", "unseen"])
def test_train_and_test_loops_sharing_their_names_keep_their_own_values(tmp_path, source):
    """The TensorFlow Datasets quickstart: one epoch loop runs `for images, labels in ds_train:`
    then `for images, labels in ds_test...:`. Each `for` binds the names anew before its body, so
    the test loop's values (from a split the analysis may not see into) never reach the training
    step."""
    load = ("(ds_train, ds_test), ds_info = tfds.load('mnist', split=['train', 'test'], as_supervised=True, "
            "with_info=True)" if source == "tfds" else "ds_train, ds_test, ds_info = mylib.load()")
    results = analyse(tmp_path, f"""
    import tensorflow as tf
    import tensorflow_datasets as tfds
    import mylib

    {load}

    def normalize_img(image, label):
        return tf.cast(image, tf.float32) / 255., label

    ds_train = ds_train.map(normalize_img, num_parallel_calls=tf.data.AUTOTUNE)
    ds_train = ds_train.cache().shuffle(ds_info.splits['train'].num_examples).batch(128)
    model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(10)])
    optimizer = tf.keras.optimizers.Adam(0.001)
    loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)

    def train_step(images, labels):
        with tf.GradientTape() as tape:
            loss = loss_fn(labels, model(images, training=True))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))

    def eval_step(images, labels):
        return loss_fn(labels, model(images, training=False))

    for epoch in range(5):
        for images, labels in ds_train:
            train_step(images, labels)
        for images, labels in ds_test.take(10):
            eval_step(images, labels)
    """)
    assert properties(results["train_step"]) == (True, False)
    assert properties(results["eval_step"]) == ((True, False) if source == "tfds" else (True, None))


def test_a_value_bound_later_in_the_loop_still_reaches_the_next_iteration(tmp_path):
    """Without a rebinding on every iteration, the previous iteration's value does reach."""
    results = analyse(tmp_path, """
    import tensorflow as tf

    def step(state):
        return state * 2.0

    state = tf.zeros([2])
    for epoch in range(5):
        step(state)
        state = 3
    """)
    assert results["step"].properties["has_primitive_parameter"] is True


@pytest.mark.parametrize("unpacking, argument", [
    ("x, *rest = batch", "rest[0]"),
    ("*features, y = batch", "y"),
    ("x, *rest = batch", "rest[-1]"),
    ("(x, *rest), other = batch, None", "rest[0]"),
], ids=["rest_first", "starred_first", "rest_last", "nested"])
def test_a_starred_target_holds_the_other_elements(tmp_path, unpacking, argument):
    """`x, *rest = batch` binds `rest` to a list of the batch's other elements: tensors here."""
    results = analyse(tmp_path, f"""
    import tensorflow as tf

    ds = tf.data.Dataset.from_tensor_slices((tf.random.uniform([100, 4]), tf.random.uniform([100]))).batch(10)

    def step(x, y):
        return tf.reduce_mean(x) + tf.reduce_mean(y)

    def step_batch(batch):
        {unpacking}
        return step(batch[0], {argument})

    for batch in ds.take(100):
        step_batch(batch)
    """)
    assert properties(results["step"]) == (True, False)
