"""Keras layers and models driven by inference and evaluation functions: weights made in `build`,
on first use or on every call, and layers with their own seeds."""
from __future__ import annotations

from .base import HELPER, METRIC, SCRIPT, Block, Context, template
from .helpers import code


@template(SCRIPT, "keras build look-alike")
def layer_with_add_weight(ctx: Context) -> Block:
    cls, model, infer = ctx.name("ScaledDense"), ctx.name("scaled"), ctx.name("run_inference")
    return Block(code('''
        class {cls}(tf.keras.layers.Layer):
            def __init__(self, units):
                super().__init__()
                self.units = units

            def build(self, input_shape):
                self.kernel = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform")
                self.scale = self.add_weight(shape=(), initializer="ones")

            def call(self, inputs):
                return tf.matmul(inputs, self.kernel) * self.scale

        {model} = {cls}({units})

        def {infer}(x):
            return tf.nn.softmax({model}(x))
        ''', cls=cls, model=model, infer=infer, units=ctx.choice([2, 3])),
                 code('''
        probabilities = {infer}(features)
        print("probabilities", probabilities.numpy().round(4))
        print("classes", np.argmax(probabilities.numpy(), axis=-1))
        ''', infer=infer))


@template(SCRIPT, "variable per call")
def layer_creating_variable_in_call(ctx: Context) -> Block:
    cls, layer, infer = ctx.name("Rescale"), ctx.name("rescale_layer"), ctx.name("forward")
    return Block(code('''
        class {cls}(tf.keras.layers.Layer):
            def call(self, inputs):
                gain = tf.Variable(tf.ones([inputs.shape[-1]]))
                gain.assign_add(tf.reduce_mean(inputs, axis=0))
                return inputs * gain

        {layer} = {cls}()

        def {infer}(x):
            return {layer}(x)
        ''', cls=cls, layer=layer, infer=infer),
                 code('''
        for _ in range(2):
            print("forward", tf.reduce_sum({infer}(features)).numpy())
        ''', infer=infer))


@template(SCRIPT, "variable first call look-alike")
def model_with_lazy_variable(ctx: Context) -> Block:
    cls, model, infer = ctx.name("Calibrated"), ctx.name("calibrated"), ctx.name("predict")
    return Block(code('''
        class {cls}(tf.keras.Model):
            def __init__(self):
                super().__init__()
                self.dense = tf.keras.layers.Dense(1)
                self.temperature = None

            def call(self, x):
                if self.temperature is None:
                    self.temperature = tf.Variable(1.5, trainable=False)
                return self.dense(x) / self.temperature

        {model} = {cls}()

        def {infer}(x):
            return {model}(x)
        ''', cls=cls, model=model, infer=infer),
                 code('''
        for _ in range(2):
            print("predict", {infer}(features).numpy().ravel())
        ''', infer=infer))


@template(SCRIPT, "random layer")
def dropout_with_seed(ctx: Context) -> Block:
    model, infer = ctx.name("dropout_model"), ctx.name("mc_forward")
    training = ctx.choice(["True", "False"])
    return Block(code('''
        {model} = tf.keras.Sequential([
            tf.keras.Input(shape=(4,)),
            tf.keras.layers.Dense(8),
            tf.keras.layers.Dropout(0.5, seed={seed}),
            tf.keras.layers.Dense(1),
        ])

        def {infer}(x):
            return {model}(x, training={training})
        ''', model=model, infer=infer, seed=ctx.choice([3, 11]), training=training),
                 code('''
        samples = [{infer}(features) for _ in range(3)]
        print("mc mean", tf.reduce_mean(tf.stack(samples)).numpy())
        print("mc spread", tf.math.reduce_std(tf.stack(samples)).numpy())
        ''', infer=infer))


@template(SCRIPT, "keras forward with helper")
def classifier_with_preprocessing(ctx: Context) -> Block:
    model, infer, helper = ctx.name("classifier"), ctx.name("predict_classes"), ctx.helper(HELPER)
    return Block(code('''
        {model} = tf.keras.Sequential([
            tf.keras.Input(shape=(4,)),
            tf.keras.layers.Dense(3, activation="softmax"),
        ])

        def {infer}(x):
            return tf.argmax({model}({helper}(x)), axis=-1)
        ''', model=model, infer=infer, helper=helper),
                 code('''
        predicted = {infer}(features)
        print("class counts", np.bincount(predicted.numpy(), minlength=3))
        print("accuracy", np.mean(predicted.numpy() == labels.numpy()))
        ''', infer=infer))


@template(SCRIPT, "evaluation with metric")
def evaluate_model(ctx: Context) -> Block:
    model, evaluate, metric = ctx.name("baseline"), ctx.name("evaluate"), ctx.helper(METRIC)
    return Block(code('''
        {model} = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(1)])

        def {evaluate}(x, y):
            predictions = {model}(x)
            return {metric}(y, predictions)
        ''', model=model, evaluate=evaluate, metric=metric),
                 code('''
        score = {evaluate}(features, targets)
        print("score", score)
        print(f"score {{float(score):.4f}}")
        ''', evaluate=evaluate))


@template(SCRIPT, "hybrid inference")
def hybrid_predict(ctx: Context) -> Block:
    model, predict = ctx.name("encoder"), ctx.name("encode")
    return Block(code('''
        {model} = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(2, activation="tanh")])

        @tf.function
        def {predict}(x):
            return {model}(x)
        ''', model=model, predict=predict),
                 code('''
        codes = {predict}(features)
        print("codes", codes.shape, codes.numpy().round(4))
        ''', predict=predict))
