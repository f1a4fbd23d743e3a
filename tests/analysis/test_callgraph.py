"""The call graph: which user functions each call site reaches, and how (SPEC 4.1)."""
import pytest

from hybridize_analysis.callgraph import CALLBACK, CONSTRUCTOR, DIRECT, FRAMEWORK, KERAS_CALL, METHOD

from .conftest import analyse_cells, analyse_source


def edges(analysis):
    """{(caller qualname or None for module code, callee qualname): how} over every call site."""
    found = {}
    for site in analysis.callgraph.sites:
        caller = site.caller.qualname if site.caller is not None else None
        for callee, how in site.targets.items():
            found[(caller, callee.qualname)] = how
    return found


# -- direct calls and methods ---------------------------------------------------------------------

def test_direct_call_between_module_functions():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        def normalize(images):
            return tf.cast(images, tf.float32) / 255.0

        def preprocess(images, labels):
            return normalize(images), labels

        preprocess(tf.zeros([2, 28, 28]), tf.zeros([2]))
    """)
    found = edges(analysis)
    assert found[("preprocess", "normalize")] == DIRECT
    assert found[(None, "preprocess")] == DIRECT


def test_method_through_self():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        class Trainer:
            def step(self, x):
                return self.loss(x)

            def loss(self, x):
                return tf.reduce_mean(x)
    """)
    assert edges(analysis)[("Trainer.step", "Trainer.loss")] == METHOD


def test_method_through_an_instance_of_a_known_class_and_its_constructor():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        class Trainer:
            def __init__(self, learning_rate):
                self.optimizer = tf.keras.optimizers.SGD(learning_rate)

            def step(self, x):
                return tf.reduce_sum(x)

        trainer = Trainer(0.01)
        trainer.step(tf.ones([4]))
    """)
    found = edges(analysis)
    assert found[(None, "Trainer.__init__")] == CONSTRUCTOR
    assert found[(None, "Trainer.step")] == METHOD


def test_constructor_reaches_the_init_inherited_from_a_user_base_class():
    analysis, _ = analyse_source("""
        class Config:
            def __init__(self, units):
                self.units = units

        class SmallConfig(Config):
            pass

        config = SmallConfig(32)
    """)
    assert edges(analysis)[(None, "Config.__init__")] == CONSTRUCTOR


def test_super_call_reaches_the_base_class_method():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        class Base(tf.keras.Model):
            def call(self, x):
                return tf.nn.relu(x)

        class Residual(Base):
            def call(self, x):
                return super().call(x) + x
    """)
    assert edges(analysis)[("Residual.call", "Base.call")] == METHOD


def test_static_method_through_the_class():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        class Ops:
            @staticmethod
            def square(x):
                return x * x

        Ops.square(tf.ones([2]))
    """)
    assert (None, "Ops.square") in edges(analysis)


def test_nested_function_called_by_its_enclosing_function():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        def compute(x):
            def inner(y):
                return y * 2
            return inner(x)

        compute(tf.ones([1]))
    """)
    assert edges(analysis)[("compute", "compute.<locals>.inner")] == DIRECT


def test_call_through_a_variable_holding_a_function():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        def train_step(x):
            return tf.reduce_sum(x)

        step_fn = train_step
        step_fn(tf.ones([3]))
    """)
    assert (None, "train_step") in edges(analysis)


def test_call_of_a_function_returned_by_a_factory_reaches_the_inner_function():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        def make_train_step(scale):
            def train_step(x):
                return tf.reduce_sum(x) * scale
            return train_step

        train_step = make_train_step(0.5)
        train_step(tf.ones([3]))
    """)
    assert (None, "make_train_step.<locals>.train_step") in edges(analysis)


def test_call_of_a_tf_function_assignment_reaches_the_wrapped_function():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        def slow_step(x):
            return tf.reduce_sum(x)

        fast_step = tf.function(slow_step)
        fast_step(tf.ones([3]))
    """)
    assert (None, "slow_step") in edges(analysis)


def test_decorated_hybrid_function_is_still_called_directly():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        @tf.function
        def step(x):
            return x + 1

        step(tf.ones([1]))
    """)
    assert edges(analysis)[(None, "step")] == DIRECT


def test_recursive_call_is_a_self_edge():
    analysis, results = analyse_source("""
        import tensorflow as tf

        def countdown(x):
            if tf.reduce_sum(x) > 0:
                return countdown(tf.subtract(x, 1.0))
            return x

        countdown(tf.ones([2]))
    """)
    function = results["countdown"].function
    assert function in analysis.callgraph.callees[function]


def test_callers_and_callees_indexes():
    analysis, results = analyse_source("""
        import tensorflow as tf

        def loss(y_true, y_pred):
            return tf.reduce_mean(tf.square(y_true - y_pred))

        def train_step(x, y):
            return loss(y, x * 2.0)

        def test_step(x, y):
            return loss(y, x)

        x, y = tf.ones([4]), tf.zeros([4])
        train_step(x, y)
        test_step(x, y)
    """)
    graph = analysis.callgraph
    loss = results["loss"].function
    assert {site.caller.qualname for site in graph.get_callers(loss)} == {"train_step", "test_step"}
    assert graph.callees[results["train_step"].function] == {loss}
    assert {f.qualname for f in graph.callees[None]} == {"train_step", "test_step"}
    assert graph.get_callers(results["train_step"].function)[0].caller is None


def test_function_never_called_has_no_callers():
    analysis, results = analyse_source("""
        import tensorflow as tf

        def unused(x):
            return tf.square(x)
    """)
    assert analysis.callgraph.get_callers(results["unused"].function) == []


def test_notebook_call_in_a_later_cell_reaches_the_earlier_definition():
    analysis, results = analyse_cells(
        "import tensorflow as tf",
        "def loss_fn(y_true, y_pred):\n    return tf.reduce_mean(tf.square(y_true - y_pred))",
        "loss_fn(tf.ones([3]), tf.zeros([3]))",
    )
    (site,) = analysis.callgraph.get_callers(results["loss_fn"].function)
    assert site.caller is None
    assert site.module is results["loss_fn"].function.module


REDEFINED_LOSS = (
    "import tensorflow as tf",
    "def loss(y):\n    return tf.reduce_mean(y)",
    "def step(x):\n    return loss(x) * 2.0",
    "x0 = tf.constant([1.0])\nstep(x0)",
    "def loss(y):\n    print(y)\n    return tf.reduce_mean(y)",
)


def _by_cell(analysis, qualname):
    return {r.function.unit.id: r for r in analysis.results if r.function.qualname == qualname}


def test_a_redefinition_after_the_call_takes_neither_its_callers_nor_gives_its_effects():
    analysis, results = analyse_cells(*REDEFINED_LOSS)
    losses = _by_cell(analysis, "loss")
    first, later = losses["cell:c1"], losses["cell:c4"]
    assert [site.caller.qualname for site in analysis.callgraph.get_callers(first.function)] == ["step"]
    assert analysis.callgraph.get_callers(later.function) == []
    assert results["step"].properties["has_python_side_effects"] is False
    assert later.properties["has_python_side_effects"] is True


def test_a_call_after_the_redefinition_reaches_the_later_definition():
    analysis, results = analyse_cells(*REDEFINED_LOSS, "step(x0)")
    later = _by_cell(analysis, "loss")["cell:c4"]
    assert [site.caller.qualname for site in analysis.callgraph.get_callers(later.function)] == ["step"]
    assert results["step"].properties["has_python_side_effects"] is True


# -- Keras ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("imports, base", [
    ("import tensorflow as tf", "tf.keras.Model"),
    ("import keras", "keras.Model"),
    ("from tensorflow.keras import Model", "Model"),
    ("from tensorflow import keras", "keras.Model"),
    ("import tensorflow as tf", "tf.keras.layers.Layer"),
    ("from tensorflow.keras import layers", "layers.Layer"),
    ("import keras", "keras.layers.Layer"),
])
def test_calling_a_keras_subclass_instance_reaches_its_call(imports, base):
    analysis, _ = analyse_source(f"""
        {imports}
        import numpy as np

        class Net({base}):
            def call(self, inputs):
                return inputs * 2

        net = Net()
        outputs = net(np.ones((2, 3)))
    """)
    assert edges(analysis)[(None, "Net.call")] == KERAS_CALL


def test_sublayer_stored_in_init_is_called_from_the_model_call():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        class ResidualBlock(tf.keras.layers.Layer):
            def __init__(self, units):
                super().__init__()
                self.dense = tf.keras.layers.Dense(units)

            def call(self, x):
                return x + self.dense(x)

        class Net(tf.keras.Model):
            def __init__(self):
                super().__init__()
                self.block = ResidualBlock(64)
                self.head = tf.keras.layers.Dense(10)

            def call(self, x):
                return self.head(self.block(x))
    """)
    found = edges(analysis)
    assert found[("Net.call", "ResidualBlock.call")] == KERAS_CALL
    assert found[("Net.__init__", "ResidualBlock.__init__")] == CONSTRUCTOR


def test_self_call_in_a_custom_train_step_reaches_call():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        class Net(tf.keras.Model):
            def call(self, x):
                return x

            def train_step(self, data):
                x, y = data
                with tf.GradientTape() as tape:
                    y_pred = self(x, training=True)
                    loss = self.compute_loss(y=y, y_pred=y_pred)
                grads = tape.gradient(loss, self.trainable_variables)
                self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
                return {"loss": loss}
    """)
    assert edges(analysis)[("Net.train_step", "Net.call")] == KERAS_CALL


@pytest.mark.parametrize("method, reached", [
    ("fit", "Net.train_step"),
    ("train_on_batch", "Net.train_step"),
    ("evaluate", "Net.test_step"),
    ("predict", "Net.predict_step"),
])
def test_keras_framework_methods_reach_the_custom_steps(method, reached):
    analysis, _ = analyse_source(f"""
        import tensorflow as tf

        class Net(tf.keras.Model):
            def call(self, x):
                return x

            def train_step(self, data):
                return {{"loss": tf.reduce_mean(data[0])}}

            def test_step(self, data):
                return {{"loss": tf.reduce_mean(data[0])}}

            def predict_step(self, data):
                return self(data)

        net = Net()
        net.compile(optimizer="adam", loss="mse")
        net.{method}(tf.random.normal([64, 8]), tf.random.normal([64, 1]))
    """)
    found = edges(analysis)
    assert found[(None, reached)] == FRAMEWORK
    assert found[(None, "Net.call")] == FRAMEWORK


def test_calling_a_plain_object_with_dunder_call_reaches_it():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        class Scaler:
            def __call__(self, x):
                return x * 0.5

        scale = Scaler()
        scale(tf.ones([2]))
    """)
    assert (None, "Scaler.__call__") in edges(analysis)


def test_library_layers_are_library_callees_not_user_edges():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        dense = tf.keras.layers.Dense(4)

        def forward(x):
            return dense(x)

        forward(tf.ones([1, 3]))
    """)
    (site,) = [s for s in analysis.callgraph.sites if s.caller is not None and s.caller.qualname == "forward"]
    assert site.targets == {}
    assert not site.unresolved
    assert site.library


# -- higher-order TensorFlow APIs --------------------------------------------------------------------

@pytest.mark.parametrize("pipeline, callback", [
    ("ds.map(parse)", "parse"),
    ("ds.map(map_func=parse)", "parse"),
    ("ds.filter(keep)", "keep"),
    ("ds.flat_map(expand)", "expand"),
    ("ds.reduce(tf.constant(0.0), add)", "add"),
    ("ds.map(parse).filter(keep).batch(32)", "keep"),
])
def test_functions_passed_to_dataset_transformations(pipeline, callback):
    analysis, _ = analyse_source(f"""
        import tensorflow as tf

        def parse(x):
            return tf.cast(x, tf.float32) / 255.0

        def keep(x):
            return tf.reduce_sum(x) > 0

        def expand(x):
            return tf.data.Dataset.from_tensors(x)

        def add(total, x):
            return total + tf.reduce_sum(x)

        ds = tf.data.Dataset.from_tensor_slices(tf.zeros([100, 4]))
        result = {pipeline}
    """)
    assert edges(analysis)[(None, callback)] == CALLBACK


@pytest.mark.parametrize("call, callbacks", [
    ("tf.py_function(fn, [tf.constant(1.0)], tf.float32)", {"fn"}),
    ("tf.vectorized_map(fn, tf.ones([8, 3]))", {"fn"}),
    ("tf.map_fn(fn, tf.ones([8]))", {"fn"}),
    ("tf.while_loop(cond, body, [tf.constant(0)])", {"cond", "body"}),
    ("tf.cond(tf.constant(True), true_branch, false_branch)", {"true_branch", "false_branch"}),
])
def test_functions_passed_to_higher_order_tf_apis(call, callbacks):
    analysis, _ = analyse_source(f"""
        import tensorflow as tf

        def fn(x):
            return x * 2

        def cond(i):
            return i < 10

        def body(i):
            return i + 1

        def true_branch():
            return tf.constant(1)

        def false_branch():
            return tf.constant(0)

        result = {call}
    """)
    found = edges(analysis)
    assert {callee for (caller, callee), how in found.items() if how == CALLBACK} == callbacks


def test_dataset_map_callback_inside_a_function_keeps_its_caller():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        def augment(image):
            return tf.image.flip_left_right(image)

        def make_dataset(images):
            return tf.data.Dataset.from_tensor_slices(images).map(augment).batch(32)

        make_dataset(tf.zeros([10, 28, 28, 1]))
    """)
    assert edges(analysis)[("make_dataset", "augment")] == CALLBACK


def test_function_run_by_a_distribution_strategy():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        strategy = tf.distribute.MirroredStrategy()

        def train_step(inputs):
            images, labels = inputs
            return tf.reduce_mean(images)

        def distributed_train_step(dist_inputs):
            per_replica_losses = strategy.run(train_step, args=(dist_inputs,))
            return strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica_losses, axis=None)
    """)
    assert edges(analysis)[("distributed_train_step", "train_step")] == CALLBACK


# -- unresolved calls -----------------------------------------------------------------------------

def test_calling_a_parameter_with_unknown_value_is_unresolved():
    analysis, results = analyse_source("""
        import tensorflow as tf
        import mylib

        def apply_activation(activation, x):
            return activation(x)

        apply_activation(mylib.get_activation("swish"), tf.ones([3]))
    """)
    (site,) = analysis.callgraph.sites_in[results["apply_activation"].function]
    assert site.unresolved
    assert site.targets == {}
    assert list(analysis.callgraph.iter_unresolved_sites(results["apply_activation"].function)) == [site]


def test_calling_a_parameter_of_a_function_nobody_calls_is_unresolved():
    analysis, results = analyse_source("""
        def run_callbacks(callback, logs):
            return callback(logs)
    """)
    (site,) = analysis.callgraph.sites_in[results["run_callbacks"].function]
    assert site.unresolved


def test_library_callable_passed_as_a_parameter_is_a_library_callee():
    analysis, results = analyse_source("""
        import tensorflow as tf

        def apply_activation(activation, x):
            return activation(x)

        apply_activation(tf.nn.relu, tf.ones([3]))
    """)
    (site,) = analysis.callgraph.sites_in[results["apply_activation"].function]
    assert not site.unresolved
    assert "tensorflow.nn.relu" in site.library


def test_calling_a_parameter_bound_to_a_user_function_resolves_it():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        def relu(x):
            return tf.maximum(x, 0.0)

        def apply_activation(activation, x):
            return activation(x)

        apply_activation(relu, tf.ones([3]))
    """)
    assert ("apply_activation", "relu") in edges(analysis)


def test_library_call_is_not_unresolved():
    analysis, _ = analyse_source("""
        import tensorflow as tf

        def loss(x):
            return tf.reduce_mean(tf.square(x))
    """)
    assert not any(site.unresolved for site in analysis.callgraph.sites)
