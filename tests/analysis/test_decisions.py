"""The paper's decision tables (SPEC 4.3) over the four properties, the summary counts of the
report (SPEC 5) and the decorator rewrites `hybridize-check --diff` prints for them."""
import json
import textwrap

import pytest

from hybridize_analysis.cli import main
from hybridize_analysis.report import build_report

from .conftest import analyse_source

CONVERT_EAGER = "CONVERT_EAGER_FUNCTION_TO_HYBRID"
OPTIMIZE_HYBRID = "OPTIMIZE_HYBRID_FUNCTION"

#: A custom training loop as in TensorFlow's "Writing a training loop from scratch".
TRAINING_LOOP = """\
import numpy as np
import tensorflow as tf
from tensorflow import keras

x_train = np.random.rand(1024, 784).astype("float32")
y_train = np.random.randint(0, 10, size=(1024,))
train_dataset = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(1024).batch(64)

model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10)])
optimizer = keras.optimizers.SGD(learning_rate=1e-3)
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
train_acc_metric = keras.metrics.SparseCategoricalAccuracy()
"""


def decide(body: str, prelude: str = TRAINING_LOOP, **options):
    _, results = analyse_source(prelude + textwrap.dedent(body), **options)
    return results


def codes(result):
    return [finding.code for finding in result.findings]


def severity(result, code):
    return next(finding.to_dict()["severity"] for finding in result.findings if finding.code == code)


# -- eager functions: CONVERT_EAGER_FUNCTION_TO_HYBRID ----------------------------------------------

def test_p1_custom_training_step_is_converted_to_hybrid():
    results = decide("""
        def train_step(x, y):
            with tf.GradientTape() as tape:
                logits = model(x, training=True)
                loss_value = loss_fn(y, logits)
            grads = tape.gradient(loss_value, model.trainable_weights)
            optimizer.apply_gradients(zip(grads, model.trainable_weights))
            train_acc_metric.update_state(y, logits)
            return loss_value

        for epoch in range(2):
            for step, (x_batch, y_batch) in enumerate(train_dataset):
                loss_value = train_step(x_batch, y_batch)
            train_acc = train_acc_metric.result()
            train_acc_metric.reset_state()
    """)
    result = results["train_step"]
    assert result.properties == {"has_tensor_parameter": True, "has_primitive_parameter": False,
                                 "has_python_side_effects": False, "is_recursive": False}
    assert result.candidate is True
    assert result.refactoring == CONVERT_EAGER
    assert result.passing_precondition == "P1"
    assert result.transformations == ["CONVERT_TO_HYBRID"]
    assert codes(result) == []


def test_p1_helper_called_from_a_training_step():
    results = decide("""
        def compute_loss(labels, logits):
            return tf.reduce_mean(loss_fn(labels, logits))

        def train_step(x, y):
            with tf.GradientTape() as tape:
                loss_value = compute_loss(y, model(x, training=True))
            grads = tape.gradient(loss_value, model.trainable_weights)
            optimizer.apply_gradients(zip(grads, model.trainable_weights))
            return loss_value

        for x_batch, y_batch in train_dataset:
            train_step(x_batch, y_batch)
    """)
    assert results["train_step"].passing_precondition == "P1"
    assert results["train_step"].transformations == ["CONVERT_TO_HYBRID"]
    # the plan decorates the step; its helper is traced inside it
    helper = results["compute_loss"]
    assert helper.transformations == []
    (covered,) = [f for f in helper.findings if f.code == "HAS_COVERED_CALLERS"]
    assert covered.args["callers"] == "`train_step` once decorated as recommended"


#: A training step that hands the model's variables to a helper.
NESTED_STEP = """
    def apply_grads(grads, variables):
        optimizer.apply_gradients(zip(grads, variables))

    def train_step(x, y):
        with tf.GradientTape() as tape:
            loss_value = loss_fn(y, model(x, training=True))
        grads = tape.gradient(loss_value, model.trainable_weights)
        apply_grads(grads, model.trainable_weights)
        return loss_value

    for x_batch, y_batch in train_dataset:
        train_step(x_batch, y_batch)
"""


def test_under_keras_3_a_helper_given_variables_is_left_to_its_converted_caller():
    """Keras 3 variables cannot enter a nested `tf.function`: only the step is decorated."""
    results = decide(NESTED_STEP, keras_version=3)
    assert results["train_step"].transformations == ["CONVERT_TO_HYBRID"]
    helper = results["apply_grads"]
    assert (helper.passing_precondition, helper.transformations) == (None, [])
    assert codes(helper) == ["HAS_COVERED_CALLERS"]
    assert "`train_step` once decorated as recommended" in helper.findings[0].to_dict()["message"]


def test_under_keras_2_a_decorated_helper_given_variables_may_nest():
    results = decide(DECORATED_HELPER, keras_version=2)
    assert results["train_step"].transformations == ["CONVERT_TO_HYBRID"]
    assert "CONVERT_TO_EAGER" not in results["l2_penalty"].transformations


#: A training step that calls a decorated helper with the model's variables.
DECORATED_HELPER = """
    @tf.function
    def l2_penalty(variables):
        return tf.add_n([tf.reduce_sum(tf.square(v)) for v in variables])

    def train_step(x, y):
        with tf.GradientTape() as tape:
            loss_value = loss_fn(y, model(x, training=True)) + l2_penalty(model.trainable_weights)
        grads = tape.gradient(loss_value, model.trainable_weights)
        optimizer.apply_gradients(zip(grads, model.trainable_weights))
        return loss_value

    for x_batch, y_batch in train_dataset:
        train_step(x_batch, y_batch)
"""


def test_under_keras_3_a_decorated_helper_given_variables_loses_its_decorator():
    results = decide(DECORATED_HELPER, keras_version=3)
    assert results["train_step"].transformations == ["CONVERT_TO_HYBRID"]
    helper = results["l2_penalty"]
    assert helper.transformations == ["CONVERT_TO_EAGER"]
    assert codes(helper).count("HAS_COVERED_CALLERS") == 1


def test_under_keras_2_a_decorated_helper_given_variables_keeps_its_decorator():
    results = decide(DECORATED_HELPER, keras_version=2)
    assert results["train_step"].transformations == ["CONVERT_TO_HYBRID"]
    assert results["l2_penalty"].transformations == []


def test_nesting_the_user_wrote_is_left_to_the_tables():
    results = decide(DECORATED_HELPER.replace("    def train_step", "    @tf.function\n    def train_step"),
                     keras_version=3)
    assert results["train_step"].transformations == []
    assert results["l2_penalty"].transformations == []
    assert codes(results["l2_penalty"]).count("HAS_COVERED_CALLERS") == 1


def test_has_no_tensor_parameters_is_not_a_candidate():
    results = decide("""
        def build_model(hidden_units, num_classes):
            return keras.Sequential([keras.layers.Dense(hidden_units, activation="relu"),
                                     keras.layers.Dense(num_classes)])

        build_model(128, 10)
    """)
    result = results["build_model"]
    assert result.candidate is False
    assert result.refactoring == CONVERT_EAGER
    assert result.passing_precondition is None
    assert result.transformations == []
    assert codes(result) == ["HAS_NO_TENSOR_PARAMETERS"]


def test_has_no_tensor_parameters_is_the_only_failure_reported():
    # the table's row `F | | | |`: nothing else matters once no tensor is passed
    results = decide("""
        import mylib

        def log_epoch(epoch, logs):
            print(epoch, logs)
            mylib.send(logs)

        log_epoch(1, "loss=0.3")
    """)
    assert codes(results["log_epoch"]) == ["HAS_NO_TENSOR_PARAMETERS"]


def test_has_primitive_parameters_blocks_p1():
    results = decide("""
        def augment(images, crop_size):
            return tf.image.random_crop(images, [crop_size, crop_size, 1])

        images = tf.random.normal([28, 28, 1])
        augment(images, 24)
        augment(images, 20)
        augment(images, 16)
    """)
    result = results["augment"]
    assert result.candidate is True
    assert result.passing_precondition is None
    assert result.transformations == []
    finding = next(f for f in result.findings if f.code == "HAS_PRIMITIVE_PARAMETERS")
    assert finding.args["parameter"] == "crop_size"


@pytest.mark.parametrize("body", [
    """
        def train_step(x, y):
            print("loss", loss_fn(y, model(x)))
            return model(x)
    """,
    """
        steps = 0

        def train_step(x, y):
            global steps
            steps += 1
            return loss_fn(y, model(x))
    """,
    """
        history = []

        def train_step(x, y):
            loss_value = loss_fn(y, model(x))
            history.append(loss_value)
            return loss_value
    """,
    """
        import logging

        def train_step(x, y):
            loss_value = loss_fn(y, model(x))
            logging.info("loss %s", loss_value)
            return loss_value
    """,
], ids=["print", "global_counter", "list_append", "logging"])
def test_has_python_side_effects_blocks_p1(body):
    results = decide(body + "\nfor x, y in train_dataset:\n    train_step(x, y)\n")
    result = results["train_step"]
    assert result.properties["has_tensor_parameter"] is True
    assert result.properties["has_python_side_effects"] is True
    assert result.candidate is True
    assert result.passing_precondition is None
    assert codes(result) == ["HAS_PYTHON_SIDE_EFFECTS"]


def test_side_effect_in_a_callee_blocks_the_caller():
    results = decide("""
        def report(value):
            print("value:", value)

        def evaluate(x, y):
            loss_value = loss_fn(y, model(x))
            report(loss_value)
            return loss_value

        for x, y in train_dataset:
            evaluate(x, y)
    """)
    assert results["evaluate"].properties["has_python_side_effects"] is True
    assert "HAS_PYTHON_SIDE_EFFECTS" in codes(results["evaluate"])


def test_is_recursive_blocks_p1():
    results = decide("""
        def tree_sum(x):
            if tf.size(x) <= 1:
                return tf.reduce_sum(x)
            half = tf.size(x) // 2
            return tree_sum(x[:half]) + tree_sum(x[half:])

        tree_sum(tf.range(16))
    """)
    result = results["tree_sum"]
    assert result.properties["is_recursive"] is True
    assert result.passing_precondition is None
    assert codes(result) == ["IS_RECURSIVE"]
    assert result.findings[0].args["cycle"] == "`tree_sum` → `tree_sum`"


def test_mutual_recursion_names_the_cycle():
    results = decide("""
        def even(x):
            if tf.reduce_sum(x) > 0:
                return odd(tf.subtract(x, 1.0))
            return x

        def odd(x):
            return even(tf.subtract(x, 1.0))

        even(tf.ones([2]))
    """)
    for name, cycle in (("even", "`even` → `odd` → `even`"), ("odd", "`odd` → `even` → `odd`")):
        result = results[name]
        assert codes(result) == ["IS_RECURSIVE"], name
        assert result.findings[0].args["cycle"] == cycle


def test_failures_accumulate():
    results = decide("""
        calls = 0

        def power_tower(x, depth):
            global calls
            calls += 1
            if depth == 0:
                return x
            return power_tower(tf.pow(x, 2.0), depth - 1)

        power_tower(tf.constant(1.5), 3)
    """)
    result = results["power_tower"]
    assert codes(result) == ["HAS_PRIMITIVE_PARAMETERS", "HAS_PYTHON_SIDE_EFFECTS", "IS_RECURSIVE"]
    assert result.candidate is True
    assert result.passing_precondition is None


def test_undeterminable_tensor_parameter():
    results = decide("""
        def normalize(features):
            return (features - tf.reduce_mean(features)) / tf.math.reduce_std(features)
    """)
    result = results["normalize"]
    assert result.candidate is False
    assert result.passing_precondition is None
    assert codes(result) == ["UNDETERMINABLE_TENSOR_PARAMETER", "UNDETERMINABLE_PRIMITIVE_PARAMETER"]
    assert result.findings[0].args["parameters"] == "`features`"


def test_undeterminable_primitive_parameter():
    results = decide("""
        import scheduler

        def on_batch_end(logits):
            return tf.nn.softmax(logits)

        scheduler.register(on_batch_end)
        on_batch_end(model(x_train))
    """)
    result = results["on_batch_end"]
    assert result.candidate is True
    assert result.passing_precondition is None
    assert codes(result) == ["UNDETERMINABLE_PRIMITIVE_PARAMETER"]


def test_undeterminable_side_effects():
    results = decide("""
        import text_lib

        def embed(tokens):
            return tf.nn.l2_normalize(text_lib.encode(tokens), axis=-1)

        embed(tf.constant(["hello world"]))
    """)
    result = results["embed"]
    assert result.properties["has_tensor_parameter"] is True
    assert result.properties["has_python_side_effects"] is None
    assert codes(result) == ["UNDETERMINABLE_SIDE_EFFECTS"]
    assert result.findings[0].args["call"] == "text_lib.encode(tokens)"
    assert result.passing_precondition is None


def test_calling_an_unknown_callback_leaves_primitives_and_side_effects_undetermined():
    results = decide("""
        import activations_zoo

        def apply_activation(activation, x):
            return activation(x)

        apply_activation(activations_zoo.get("mish"), model(x_train))
    """)
    result = results["apply_activation"]
    assert result.properties["has_tensor_parameter"] is True
    assert codes(result) == ["UNDETERMINABLE_PRIMITIVE_PARAMETER", "UNDETERMINABLE_SIDE_EFFECTS"]
    assert result.findings[1].args["call"] == "activation(x)"


def test_cant_approximate_recursion():
    results = decide("""
        import callbacks

        def run_callback(callback, x):
            return callback(x)

        callbacks.register(run_callback)
        run_callback(callbacks.default(), tf.ones([2]))
    """)
    result = results["run_callback"]
    assert result.properties["is_recursive"] is None
    assert "CANT_APPROXIMATE_RECURSION" in codes(result)
    assert result.passing_precondition is None


def test_speculated_step_without_call_sites_is_decided_by_its_signature():
    # no call site: once speculation assumes a tensor, the signature decides the Python parameters
    results = decide("""
        def distributed_train_step(dataset_inputs):
            return model(dataset_inputs)
    """)
    result = results["distributed_train_step"]
    assert result.candidate is True
    assert result.passing_precondition == "P1"
    assert [a.code for a in result.assumptions] == ["SPECULATIVE_ANALYSIS", "SPECULATIVE_SIGNATURE"]


@pytest.mark.parametrize("signature, primitive, judged", [
    ("x, y, training=False", False, "`training=False`: not a Python scalar"),
    ("x, mask=None", False, "`mask=None`: not a Python scalar"),
    ("x, *args, **kwargs", False, "`**kwargs`: not a Python scalar"),
    ("x, learning_rate=0.01", True, "`learning_rate`: a Python float"),
    ("x, steps=10", True, "`steps`: a Python int"),
    ("x, y: tf.Tensor", False, "`y`: a tensor by its type hint"),
    ("x, y", False, "`y`: a tensor like `x`"),
])
def test_speculated_signature_reads_defaults_and_hints(signature, primitive, judged):
    results = decide(f"""
        def train_step({signature}):
            return model(x)
    """)
    result = results["train_step"]
    assert result.properties["has_primitive_parameter"] is primitive
    assert judged in result.assumptions[-1].args["judged"]


def test_a_called_step_is_not_decided_by_its_signature():
    results = decide("""
        import loader

        def train_step(x, y, scale=1.0):
            return model(x) * scale

        train_step(loader.batch(), loader.labels())
    """)
    assert "SPECULATIVE_SIGNATURE" not in [a.code for a in results["train_step"].assumptions]


def test_a_parameter_taking_two_constants_does_not_block_p1():
    results = decide("""
        def normalize(x, axis):
            return x / tf.reduce_sum(x, axis=axis, keepdims=True)

        batch = tf.random.uniform([4, 3])
        rows = normalize(batch, 1)
        columns = normalize(batch, 0)
        again = normalize(batch, 1)
    """, min_graph_ops=0)
    result = results["normalize"]
    assert result.properties["has_primitive_parameter"] is True  # the paper's property stands
    assert result.transformations == ["CONVERT_TO_HYBRID"]
    assert codes(result) == ["FEW_PRIMITIVE_VALUES"]
    assert result.findings[0].args["values"] == "`0` and `1`"


@pytest.mark.parametrize("calls", [
    "for axis in range(2):\n    normalize(batch, axis)",  # a loop counter: any number of values
    "normalize(batch, 0)\nnormalize(batch, 1)\nnormalize(batch, -1)",  # three constants
])
def test_a_parameter_taking_many_or_computed_values_blocks_p1(calls):
    results = decide("""
        def normalize(x, axis):
            return x / tf.reduce_sum(x, axis=axis, keepdims=True)

        batch = tf.random.uniform([4, 3])
    """.rstrip(" ") + textwrap.indent(calls, " " * 8))
    assert codes(results["normalize"]) == ["HAS_PRIMITIVE_PARAMETERS"]


# -- hybrid functions: OPTIMIZE_HYBRID_FUNCTION -------------------------------------------------------

@pytest.mark.parametrize("imports, decorator", [
    ("import tensorflow as tf", "@tf.function"),
    ("import tensorflow as tf", "@tf.function(reduce_retracing=True)"),
    ("import tensorflow as tf", "@tf.function(jit_compile=True)"),
    ("import tensorflow", "@tensorflow.function"),
    ("from tensorflow import function", "@function"),
    ("import tensorflow as tfx", "@tfx.function"),
])
def test_p2_hybrid_without_tensor_work_converts_to_eager(imports, decorator):
    # removal needs evidence (SPEC 4.8): here the body performs no TensorFlow operation
    results = decide(f"""
        {imports}

        {decorator}
        def count_batches(examples, batch_size):
            return -(-examples // batch_size)

        count_batches(1000, 64)
    """)
    result = results["count_batches"]
    assert result.function.is_hybrid
    assert result.candidate is True
    assert result.refactoring == OPTIMIZE_HYBRID
    assert result.passing_precondition == "P2"
    assert result.transformations == ["CONVERT_TO_EAGER"]
    assert result.safe is True
    assert codes(result) == ["NO_TENSOR_COMPUTATION"]
    assert severity(result, "NO_TENSOR_COMPUTATION") == "info"  # the evidence, not a hazard


@pytest.mark.parametrize("signature, call", [
    ("(features, labels)", "(x, y)"),
    ("(features, labels, scale)", "(x, y, 2)"),
])
def test_p6_hybrid_with_tensor_parameters_but_no_tensor_work_converts_to_eager(signature, call):
    """P6 (the paper tool's newer precondition): tensors in, nothing computed on them. Whatever the
    other properties say, the graph only costs its trace."""
    results = decide(f"""
        @tf.function
        def unpack{signature}:
            return {{"features": features, "labels": labels}}

        for x, y in train_dataset:
            unpack{call}
    """)
    result = results["unpack"]
    assert result.passing_precondition == "P6"
    assert result.transformations == ["CONVERT_TO_EAGER"]
    assert severity(result, "NO_TENSOR_COMPUTATION") == "info"
    assert "HAS_NO_PRIMITIVE_PARAMETERS" not in codes(result)


@pytest.mark.parametrize("body", [
    "return tf.range(length)",
    "return generator.normal([length])",  # a tf.random.Generator captured from module code
])
def test_hybrid_without_tensor_parameters_that_does_tensor_work_keeps_the_decorator(body):
    results = decide(f"""
        generator = tf.random.Generator.from_seed(1)

        @tf.function
        def make_positions(length):
            {body}

        make_positions(10)
        make_positions(20)
    """)
    result = results["make_positions"]
    assert result.transformations == []
    assert result.safe is False
    assert "HAS_GRAPH_WORK" in codes(result)


def test_hybrid_without_parameters_that_does_tensor_work_keeps_the_decorator():
    results = decide("""
        @tf.function
        def reset_metrics():
            train_acc_metric.reset_state()
            return tf.constant(0)

        reset_metrics()
    """)
    assert results["reset_metrics"].transformations == []
    assert codes(results["reset_metrics"]) == ["HAS_GRAPH_WORK"]


def test_removal_that_would_hand_callers_python_values_is_blocked():
    results = decide("""
        @tf.function
        def learning_rate(step):
            return 0.1 if step < 100 else 0.01

        print(learning_rate(5).numpy())
    """)
    result = results["learning_rate"]
    assert result.transformations == []
    assert "REMOVAL_CHANGES_RESULTS" in codes(result)
    finding = next(f for f in result.findings if f.code == "REMOVAL_CHANGES_RESULTS")
    assert finding.args["caller"] == "module code"


@pytest.mark.parametrize("program, function, reason", [
    ("""
        class Exporter(tf.Module):
            @tf.function
            def version(self):
                return 3

        tf.saved_model.save(Exporter(), "export")
    """, "Exporter.version", "is exported with `tf.saved_model.save`"),
    ("""
        @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
        def serve(x):
            return x

        serve(tf.ones([2]))
    """, "serve", "input_signature"),
    ("""
        @tf.function
        def describe():
            return 1

        concrete = describe.get_concrete_function()
    """, "describe", "concrete function is taken"),
    ("""
        strategy = tf.distribute.MirroredStrategy()

        @tf.function
        def distributed_step(inputs):
            return strategy.run(replica_step, args=(inputs,))

        def replica_step(inputs):
            return inputs

        distributed_step(1)
    """, "distributed_step", "strategy.run"),
    ("""
        @tf.function
        def scale(example):
            return example

        dataset = tf.data.Dataset.range(4).map(scale)
    """, "scale", "`tf.data` traces it"),
])
def test_functions_traced_on_purpose_keep_their_decorator(program, function, reason):
    result = decide(program)[function]
    assert result.transformations == []
    finding = next(f for f in result.findings if f.code == "TRACED_ON_PURPOSE")
    assert reason in finding.args["reason"]


def test_hybrid_without_tensor_parameters_but_side_effects_keeps_the_decorator_with_a_warning():
    results = decide("""
        @tf.function
        def make_noise(batch_size):
            print("Tracing make_noise")
            return tf.random.normal([batch_size, 100])

        make_noise(64)
    """)
    result = results["make_noise"]
    assert result.refactoring == OPTIMIZE_HYBRID
    assert result.passing_precondition is None
    assert result.transformations == []
    assert codes(result) == ["HAS_PYTHON_SIDE_EFFECTS"]
    assert severity(result, "HAS_PYTHON_SIDE_EFFECTS") == "warning"


def test_p3_hybrid_with_tensor_and_primitive_parameters_keeps_the_decorator_without_observed_retracing():
    results = decide("""
        @tf.function
        def power(x, exponent):
            return x ** exponent

        x = tf.random.normal([8])
        power(x, 2)
        power(x, 3)
        power(x, 4)
    """)
    result = results["power"]
    assert result.candidate is True
    assert result.refactoring == OPTIMIZE_HYBRID
    assert result.passing_precondition is None  # P3 removes the decorator once calls show retracing
    assert result.transformations == []
    assert codes(result) == ["HAS_PRIMITIVE_PARAMETERS"]


def test_hybrid_with_primitive_parameter_and_side_effects_is_kept():
    results = decide("""
        @tf.function
        def power(x, exponent):
            print("tracing for exponent", exponent)
            return x ** exponent

        power(tf.ones([3]), 2)
        power(tf.ones([3]), 3)
    """)
    result = results["power"]
    assert result.transformations == []
    assert "HAS_PYTHON_SIDE_EFFECTS" in codes(result)
    assert severity(result, "HAS_PYTHON_SIDE_EFFECTS") == "warning"


def test_hybrid_with_only_tensor_parameters_is_kept():
    results = decide("""
        @tf.function
        def train_step(x, y):
            with tf.GradientTape() as tape:
                loss_value = loss_fn(y, model(x, training=True))
            grads = tape.gradient(loss_value, model.trainable_weights)
            optimizer.apply_gradients(zip(grads, model.trainable_weights))
            return loss_value

        for x, y in train_dataset:
            train_step(x, y)
    """)
    result = results["train_step"]
    assert result.candidate is True
    assert result.refactoring == OPTIMIZE_HYBRID
    assert result.passing_precondition is None
    assert result.transformations == []
    assert codes(result) == ["HAS_NO_PRIMITIVE_PARAMETERS"]


def test_recursive_hybrid_function_gets_a_warning():
    results = decide("""
        @tf.function
        def halve(x):
            if tf.reduce_max(x) < 1.0:
                return x
            return halve(x / 2.0)

        halve(tf.constant([64.0]))
    """)
    result = results["halve"]
    assert result.properties["is_recursive"] is True
    assert severity(result, "IS_RECURSIVE") == "warning"


def test_hybrid_never_called_is_undeterminable():
    results = decide("""
        @tf.function
        def project(features):
            return tf.linalg.normalize(features, axis=-1)[0]
    """)
    result = results["project"]
    assert result.candidate is True  # hybrid functions are always candidates
    assert result.transformations == []
    assert codes(result) == ["UNDETERMINABLE_TENSOR_PARAMETER"]


def test_hybrid_with_tensor_but_unknown_primitive_is_undeterminable():
    results = decide("""
        import scheduler

        @tf.function
        def on_batch(logits):
            return tf.nn.softmax(logits)

        scheduler.register(on_batch)
        on_batch(model(x_train))
    """)
    assert codes(results["on_batch"]) == ["UNDETERMINABLE_PRIMITIVE_PARAMETER"]
    assert results["on_batch"].transformations == []


def test_hybrid_without_tensors_and_unknown_side_effects_is_undeterminable():
    results = decide("""
        import datasets_hub

        @tf.function
        def fetch():
            return datasets_hub.load("mnist")

        fetch()
    """)
    result = results["fetch"]
    assert result.properties["has_tensor_parameter"] is False
    assert codes(result) == ["UNDETERMINABLE_SIDE_EFFECTS"]
    assert result.transformations == []


def test_hybrid_assignment_form_with_a_new_name_is_p2():
    results = decide("""
        def make_zeros():
            return [0.0] * 10

        fast_zeros = tf.function(make_zeros)
        fast_zeros()
    """)
    result = results["make_zeros"]
    assert result.function.is_hybrid
    assert result.refactoring == OPTIMIZE_HYBRID
    assert result.passing_precondition == "P2"


def test_hybrid_assignment_form_rebinding_the_same_name():
    results = decide("""
        def train_step(x, y):
            return loss_fn(y, model(x))

        train_step = tf.function(train_step)
        for x, y in train_dataset:
            train_step(x, y)
    """)
    result = results["train_step"]
    assert result.function.is_hybrid
    assert result.refactoring == OPTIMIZE_HYBRID


def test_hybrid_assignment_form_with_tensor_parameters_is_decided_like_the_decorator():
    results = decide("""
        def slow_step(x, y):
            return loss_fn(y, model(x))

        fast_step = tf.function(slow_step)
        for x, y in train_dataset:
            fast_step(x, y)
    """)
    result = results["slow_step"]
    assert result.properties["has_primitive_parameter"] is False
    assert codes(result) == ["HAS_NO_PRIMITIVE_PARAMETERS"]


def test_hybrid_assignment_form_without_tensor_parameters_is_p2():
    results = decide("""
        def count_up(n):
            return n + 1

        fast_count_up = tf.function(count_up)
        fast_count_up(10)
    """)
    result = results["count_up"]
    assert result.properties["has_tensor_parameter"] is False
    assert result.passing_precondition == "P2"
    assert result.transformations == ["CONVERT_TO_EAGER"]


# -- summary counts --------------------------------------------------------------------------------

def test_summary_counts_candidates_refactorable_and_codes():
    analysis, _ = analyse_source(TRAINING_LOOP + textwrap.dedent("""
        def train_step(x, y):
            return loss_fn(y, model(x, training=True))

        def build_model(units):
            return keras.Sequential([keras.layers.Dense(units)])

        def augment(images, size):
            return tf.image.resize(images, [size, size])

        @tf.function
        def make_zeros():
            return [0.0] * 10

        @tf.function
        def predict(x):
            return model(x)

        for x, y in train_dataset:
            train_step(x, y)
            augment(x, 32)
            predict(x)
        build_model(64)
        make_zeros()
    """))
    summary = build_report([analysis])["summary"]
    assert summary == {
        "functions": 5,
        "candidates": 4,  # train_step, augment, make_zeros, predict
        # train_step (P1), make_zeros (P2); augment passes P1 (one size) but its one resize is too
        # little work for a graph call, called from the eager loop
        "refactorable": 2,
        "by_code": {"FEW_PRIMITIVE_VALUES": 1, "HAS_NO_PRIMITIVE_PARAMETERS": 1, "HAS_NO_TENSOR_PARAMETERS": 1,
                    "NO_TENSOR_COMPUTATION": 1, "TOO_LITTLE_WORK": 1},
        "decorate": 1,
        "traced_inside": 0,
        "plan": "decorate 1 function",
    }


def test_report_entry_carries_the_decision(capsys, tmp_path):
    path = tmp_path / "train.py"
    path.write_text(TRAINING_LOOP + textwrap.dedent("""
        def train_step(x, y):
            return loss_fn(y, model(x, training=True))

        for x, y in train_dataset:
            train_step(x, y)
    """))
    assert main(["--format", "json", str(path)]) == 0
    (entry,) = json.loads(capsys.readouterr().out)["functions"]
    assert entry["candidate"] is True
    assert entry["refactoring"] == CONVERT_EAGER
    assert entry["passing_precondition"] == "P1"
    assert entry["transformations"] == ["CONVERT_TO_HYBRID"]
    assert entry["properties"] == {"has_tensor_parameter": True, "has_primitive_parameter": False,
                                   "has_python_side_effects": False, "is_recursive": False}


# -- hybridize-check --diff --------------------------------------------------------------------------

#: The decorator's spelling is checked on one-line functions called once, which the boundary plan
#: keeps eager (too little work for a graph call, too few calls to earn back the tracing): these
#: checks turn the plan's thresholds off.
TABLES_ALONE = ("--min-graph-ops", "0", "--min-graph-calls", "0")


def diff_lines(capsys, path, *flags: str):
    """The lines of the unified diff `hybridize-check --diff` prints after its table ([] if none)."""
    assert main(["--diff", *flags, str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("--- ") and line.strip("- ")), len(lines))
    return lines[start:]


@pytest.mark.parametrize("imports, decorator", [
    ("import tensorflow as tf", "@tf.function"),
    ("import tensorflow as tf\nfrom tensorflow import function", "@function"),
    ("from tensorflow import function, zeros", "@function"),
])
def test_diff_writes_the_signature_inferred_from_the_call_sites_with_its_import(capsys, tmp_path, imports,
                                                                                 decorator):
    path = tmp_path / "predict.py"
    tensors = "tf.zeros" if "import tensorflow as tf" in imports else "zeros"
    path.write_text(textwrap.dedent("""\
        {imports}

        {decorator}
        def predict(x, training=False):
            return x * 2.0

        predict({tensors}([64, 784]))
        predict({tensors}([32, 784]))
    """).format(imports=imports, decorator=decorator, tensors=tensors))
    lines = diff_lines(capsys, path)
    signature = "input_signature=[tf.TensorSpec(shape=[None, 784], dtype=tf.float32)]"
    assert f"+{decorator}({signature})" in lines
    assert ("+import tensorflow as tf" in lines) is ("import tensorflow as tf" not in imports)


def test_diff_adds_the_decorator_for_p1_and_removes_it_for_p2(capsys, tmp_path):
    path = tmp_path / "train.py"
    path.write_text(textwrap.dedent("""\
        import tensorflow as tf

        def train_step(x):
            return tf.reduce_sum(x * x)

        @tf.function
        def make_zeros():
            return [0.0] * 10

        train_step(tf.ones([3]))
        make_zeros()
    """))
    lines = diff_lines(capsys, path, *TABLES_ALONE)
    assert lines.index("+@tf.function") + 1 == lines.index(" def train_step(x):")
    assert lines.index("-@tf.function") + 1 == lines.index(" def make_zeros():")
    assert sum(line.startswith(("+", "-")) and not line.startswith(("+++", "---")) for line in lines) == 2


def test_diff_unwraps_an_assignment_for_p2(capsys, tmp_path):
    path = tmp_path / "zeros.py"
    path.write_text(textwrap.dedent("""\
        import tensorflow as tf

        def make_zeros():
            return [0.0] * 10

        fast_zeros = tf.function(make_zeros)
        fast_zeros()
    """))
    lines = diff_lines(capsys, path)
    assert "-fast_zeros = tf.function(make_zeros)" in lines
    assert "+fast_zeros = make_zeros" in lines


def test_diff_spells_the_decorator_after_the_import(capsys, tmp_path):
    path = tmp_path / "train.py"
    path.write_text(textwrap.dedent("""\
        import tensorflow

        def scale(x):
            return tensorflow.multiply(x, 2.0)

        scale(tensorflow.ones([3]))
    """))
    assert "+@tensorflow.function" in diff_lines(capsys, path, *TABLES_ALONE)


@pytest.mark.parametrize("imports, ops", [
    ("import keras", "keras.ops"),
    ("from tensorflow import keras", "keras.ops"),
])
def test_diff_adds_the_tensorflow_import_when_the_file_has_none(capsys, tmp_path, imports, ops):
    path = tmp_path / "norm.py"
    path.write_text(textwrap.dedent(f"""\
        {imports}

        def normalize(x):
            return {ops}.mean(x * 2.0)

        normalize({ops}.ones((4, 4)))
    """))
    lines = diff_lines(capsys, path, *TABLES_ALONE)
    assert "+import tensorflow as tf" in lines
    assert lines.index("+@tf.function") + 1 == lines.index(" def normalize(x):")


def test_no_diff_when_nothing_is_recommended(capsys, tmp_path):
    path = tmp_path / "model.py"
    path.write_text(textwrap.dedent("""\
        import tensorflow as tf

        def build(units):
            return tf.keras.layers.Dense(units)

        build(3)
    """))
    assert diff_lines(capsys, path) == []


def test_a_hinted_scalar_left_at_its_default_by_every_call_site_does_not_block_p1():
    results = decide("""
        def cartesian_product(a, b, repeat: int = 1):
            tiled = tf.tile(a[:, None], [1, tf.shape(b)[0]])
            return tf.stack([tiled, tf.tile(b[None], [tf.shape(a)[0], 1])], axis=-1) * repeat

        cartesian_product(tf.range(3), tf.range(4))
    """, min_graph_ops=0)
    result = results["cartesian_product"]
    assert codes(result) == ["FEW_PRIMITIVE_VALUES"]
    assert result.transformations == ["CONVERT_TO_HYBRID"]


@pytest.mark.parametrize("body, capture", [
    ("return tf.reduce_sum(weights * 2.0)", "weights"),  # a global tf.Variable
    ("return tf.reduce_mean(features)", "features"),  # a global tensor
])
def test_a_function_without_parameters_that_reads_captured_tensors_has_tensor_inputs(body, capture):
    result = decide(f"""
        weights = tf.Variable(tf.ones([3]))
        features = tf.random.normal([8, 3])

        def summary():
            {body}

        for _ in range(3):
            summary()
    """)["summary"]
    assert result.properties["has_tensor_parameter"] is True
    assert [(a.code, a.args["capture"]) for a in result.assumptions] == [("CAPTURED_TENSOR_INPUTS", capture)]


def test_a_method_without_parameters_reading_its_variables_has_tensor_inputs():
    result = decide("""
        class RunningMean:
            def __init__(self):
                self.total = tf.Variable(0.0)
                self.count = tf.Variable(0.0)

            def result(self):
                return self.total / tf.maximum(self.count, 1.0)

        mean = RunningMean()
        mean.result()
    """)["RunningMean.result"]
    assert result.properties["has_tensor_parameter"] is True
    assert result.assumptions[-1].args["capture"] == "self.total"


def test_a_function_without_parameters_and_without_captured_tensors_has_none():
    result = decide("""
        def make_optimizer():
            return keras.optimizers.Adam(1e-3)

        make_optimizer()
    """)["make_optimizer"]
    assert codes(result) == ["HAS_NO_TENSOR_PARAMETERS"]


def test_the_paper_looks_at_parameters_only():
    result = decide("""
        weights = tf.Variable(tf.ones([3]))

        def summary():
            return tf.reduce_sum(weights)

        summary()
    """, tables="paper")["summary"]
    assert result.properties["has_tensor_parameter"] is False


@pytest.mark.parametrize("returned, changed", [
    ("step_counter", True),  # the graph returns the value as a tensor, the eager body the variable
    ("(step_counter.read_value(), None)", False),
    ("[tf.constant(1), 2]", True),  # the graph turns the 2 into a tensor
])
def test_what_callers_receive_without_the_decorator(returned, changed):
    from hybridize_analysis.removal import find_changed_result

    analysis, results = analyse_source(TRAINING_LOOP + textwrap.dedent(f"""
        step_counter = tf.Variable(0)

        @tf.function
        def current_step():
            return {returned}

        print(current_step())
    """))
    found = find_changed_result(analysis.dataflow, analysis.callgraph, results["current_step"].function)
    assert (found is not None) is changed


@pytest.mark.parametrize("loop, parameter", [
    ("for step, (x, y) in enumerate(train_dataset):\n    warmup(x, step)", "step"),
    ("for exponent in range(1, 10):\n    warmup(tf.ones([3]), exponent)", "step"),
])
def test_a_loop_counter_passed_to_a_hybrid_function_is_evidence_of_retracing(loop, parameter):
    results = decide("""
        @tf.function
        def warmup(x, step):
            return x * tf.cast(step + 1, tf.float32) / 10.0

    """.rstrip(" ") + textwrap.indent(loop, " " * 8))
    result = results["warmup"]
    assert result.transformations == ["CONVERT_TO_EAGER"] and result.passing_precondition == "P3"
    finding = next(f for f in result.findings if f.code == "RETRACES_ON_LOOP_COUNTER")
    assert finding.args["parameter"] == parameter


@pytest.mark.parametrize("loop", [
    "for step in range(2):\n    warmup(tf.ones([3]), step)",  # two values: two traces
    "for step in tf.range(10):\n    warmup(tf.ones([3]), step)",  # a tensor counter never retraces
])
def test_a_loop_of_few_values_or_tensor_counter_is_no_evidence(loop):
    results = decide("""
        @tf.function
        def warmup(x, step):
            return x * tf.cast(step + 1, tf.float32) / 10.0

    """.rstrip(" ") + textwrap.indent(loop, " " * 8))
    assert "RETRACES_ON_LOOP_COUNTER" not in codes(results["warmup"])
    assert results["warmup"].transformations == []
