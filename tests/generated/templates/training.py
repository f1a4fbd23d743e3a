"""Training scripts: GradientTape steps over Keras models and plain variables, with the Python
bookkeeping real loops do (counters, histories, prints)."""
from __future__ import annotations

from .base import HELPER, LOSS, METRIC, SCRIPT, Block, Context, template
from .helpers import code


def _maybe_helper(ctx: Context, variable: str) -> str:
    """`variable` passed through a helper half of the time, as preprocessing code does."""
    return f"{ctx.helper(HELPER)}({variable})" if ctx.rng.random() < 0.5 else variable


@template(SCRIPT, "training step")
def sequential_training(ctx: Context) -> Block:
    model, optimizer, step = ctx.name("model"), ctx.name("optimizer"), ctx.name("train_step")
    loss, inputs = ctx.helper(LOSS), _maybe_helper(ctx, "x")
    return Block(code('''
        {model} = tf.keras.Sequential([
            tf.keras.Input(shape=(4,)),
            tf.keras.layers.Dense(8, activation="relu"),
            tf.keras.layers.Dense(1),
        ])
        {optimizer} = tf.keras.optimizers.SGD(learning_rate={lr})

        def {step}(x, y):
            with tf.GradientTape() as tape:
                predictions = {model}({inputs}, training=True)
                loss = {loss}(y, predictions)
            gradients = tape.gradient(loss, {model}.trainable_variables)
            {optimizer}.apply_gradients(zip(gradients, {model}.trainable_variables))
            return loss
        ''', model=model, optimizer=optimizer, step=step, loss=loss, inputs=inputs,
                      lr=ctx.choice([0.01, 0.05, 0.1])),
                 code('''
        for epoch in range({epochs}):
            loss_value = {step}(features, targets)
            print("epoch", epoch, "loss", float(loss_value))
        ''', step=step, epochs=ctx.choice([2, 3])),
                 final=f"print('weights', sum(float(tf.reduce_sum(w)) for w in {model}.trainable_variables))\n")


@template(SCRIPT, "training step and test step")
def subclassed_model_training(ctx: Context) -> Block:
    cls, model, optimizer = ctx.name("Regressor"), ctx.name("regressor"), ctx.name("optimizer")
    step, test, loss, metric = ctx.name("train_step"), ctx.name("test_step"), ctx.helper(LOSS), ctx.helper(METRIC)
    return Block(code('''
        class {cls}(tf.keras.Model):
            def __init__(self, units={units}):
                super().__init__()
                self.hidden = tf.keras.layers.Dense(units, activation="tanh")
                self.out = tf.keras.layers.Dense(1)

            def call(self, inputs):
                return self.out(self.hidden(inputs))

        {model} = {cls}()
        {optimizer} = tf.keras.optimizers.Adam(learning_rate=0.01)

        def {step}(x, y):
            with tf.GradientTape() as tape:
                loss = {loss}(y, {model}(x))
            gradients = tape.gradient(loss, {model}.trainable_variables)
            {optimizer}.apply_gradients(zip(gradients, {model}.trainable_variables))
            return loss

        def {test}(x, y):
            return {metric}(y, {model}(x))
        ''', cls=cls, model=model, optimizer=optimizer, step=step, test=test, loss=loss, metric=metric,
                      units=ctx.choice([4, 8])),
                 code('''
        for epoch in range(2):
            train_loss = {step}(features, targets)
            print(f"epoch {{epoch}}: loss {{float(train_loss):.5f}}")
        print("test", {test}(features, targets))
        ''', step=step, test=test))


@template(SCRIPT, "training step on variables")
def linear_regression_variables(ctx: Context) -> Block:
    w, b, predict, step = ctx.name("w"), ctx.name("b"), ctx.name("predict"), ctx.name("train_step")
    loss = ctx.helper(LOSS)
    return Block(code('''
        {w} = tf.Variable(tf.zeros([4, 1]), name="{w}")
        {b} = tf.Variable(0.0, name="{b}")

        def {predict}(x):
            return tf.matmul(x, {w}) + {b}

        def {step}(x, y):
            with tf.GradientTape() as tape:
                loss = {loss}(y, {predict}(x))
            dw, db = tape.gradient(loss, [{w}, {b}])
            {w}.assign_sub({lr} * dw)
            {b}.assign_sub({lr} * db)
            return loss
        ''', w=w, b=b, predict=predict, step=step, loss=loss, lr=ctx.choice([0.05, 0.1])),
                 code('''
        for _ in range(3):
            print("loss", {step}(features, targets).numpy())
        ''', step=step),
                 final=f"print('{b}', {b}.numpy(), '{w}', {w}.numpy().ravel())\n")


@template(SCRIPT, "python step argument")
def learning_rate_argument(ctx: Context) -> Block:
    w, step = ctx.name("weights"), ctx.name("sgd_step")
    loss = ctx.helper(LOSS)
    return Block(code('''
        {w} = tf.Variable(tf.ones([4, 1]) * 0.1)

        def {step}(x, y, learning_rate):
            with tf.GradientTape() as tape:
                loss = {loss}(y, tf.matmul(x, {w}))
            {w}.assign_sub(learning_rate * tape.gradient(loss, {w}))
            return loss
        ''', w=w, step=step, loss=loss),
                 code('''
        for rate in (0.1, 0.05):
            print("rate", rate, "loss", float({step}(features, targets, rate)))
        ''', step=step), final=f"print('{w}', {w}.numpy().ravel())\n")


@template(SCRIPT, "global counter")
def step_with_global_counter(ctx: Context) -> Block:
    w, step, counter = ctx.name("kernel"), ctx.name("train_step"), ctx.name("global_step")
    return Block(code('''
        {w} = tf.Variable(tf.ones([4, 1]))
        {counter} = 0

        def {step}(x, y):
            global {counter}
            {counter} += 1
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean(tf.square(tf.matmul(x, {w}) - y))
            {w}.assign_sub(0.05 * tape.gradient(loss, {w}))
            return loss
        ''', w=w, step=step, counter=counter),
                 code('''
        for _ in range(3):
            {step}(features, targets)
        ''', step=step), final=f"print('{counter}', {counter}, 'kernel', {w}.numpy().ravel())\n")


@template(SCRIPT, "list accumulation")
def step_appending_history(ctx: Context) -> Block:
    w, step, history = ctx.name("kernel"), ctx.name("train_step"), ctx.name("loss_history")
    return Block(code('''
        {w} = tf.Variable(tf.ones([4, 1]))
        {history} = []

        def {step}(x, y):
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean(tf.square(tf.matmul(x, {w}) - y))
            {w}.assign_sub(0.05 * tape.gradient(loss, {w}))
            {history}.append(loss)
            return loss
        ''', w=w, step=step, history=history),
                 code('''
        for _ in range(3):
            {step}(features, targets)
        ''', step=step), final=f"print('history', len({history}), [float(v) for v in {history}])\n")


@template(SCRIPT, "list accumulation look-alike")
def history_kept_by_caller(ctx: Context) -> Block:
    w, step, history = ctx.name("kernel"), ctx.name("train_step"), ctx.name("loss_history")
    return Block(code('''
        {w} = tf.Variable(tf.ones([4, 1]))
        {history} = []

        def {step}(x, y):
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean(tf.square(tf.matmul(x, {w}) - y))
            {w}.assign_sub(0.05 * tape.gradient(loss, {w}))
            return loss
        ''', w=w, step=step, history=history),
                 code('''
        for _ in range(3):
            {history}.append(float({step}(features, targets)))
        ''', step=step, history=history), final=f"print('history', {history})\n")


@template(SCRIPT, "print")
def step_that_prints(ctx: Context) -> Block:
    w, step = ctx.name("kernel"), ctx.name("train_step")
    printer = ctx.choice(['print("step loss", loss)', 'tf.print("step loss", loss, output_stream=sys.stdout)'])
    return Block(code('''
        {w} = tf.Variable(tf.ones([4, 1]))

        def {step}(x, y):
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean(tf.square(tf.matmul(x, {w}) - y))
            {printer}
            {w}.assign_sub(0.05 * tape.gradient(loss, {w}))
            return loss
        ''', w=w, step=step, printer=printer),
                 code('''
        for _ in range(2):
            {step}(features, targets)
        ''', step=step), final=f"print('kernel', {w}.numpy().ravel())\n")


@template(SCRIPT, "metric object")
def step_with_keras_metric(ctx: Context) -> Block:
    model, optimizer, step, mean = ctx.name("model"), ctx.name("optimizer"), ctx.name("train_step"), ctx.name("train_loss")
    loss = ctx.helper(LOSS)
    return Block(code('''
        {model} = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(1)])
        {optimizer} = tf.keras.optimizers.SGD(0.05)
        {mean} = tf.keras.metrics.Mean()

        def {step}(x, y):
            with tf.GradientTape() as tape:
                loss = {loss}(y, {model}(x))
            {optimizer}.apply_gradients(zip(tape.gradient(loss, {model}.trainable_variables),
                                            {model}.trainable_variables))
            {mean}.update_state(loss)
        ''', model=model, optimizer=optimizer, step=step, mean=mean, loss=loss),
                 code('''
        for _ in range(3):
            {step}(features, targets)
        print("mean loss", {mean}.result().numpy())
        ''', step=step, mean=mean))


@template(SCRIPT, "exponential moving average")
def moving_average_variable(ctx: Context) -> Block:
    ema, update, metric = ctx.name("loss_ema"), ctx.name("update_ema"), ctx.helper(METRIC)
    return Block(code('''
        {ema} = tf.Variable(0.0)

        def {update}(y_true, y_pred):
            value = tf.cast({metric}(y_true, y_pred), tf.float32)
            {ema}.assign(0.9 * {ema} + 0.1 * value)
            return {ema}.read_value()
        ''', ema=ema, update=update, metric=metric),
                 code('''
        for shift in (0.0, 0.5, 1.0):
            print("ema", {update}(targets, targets + shift).numpy())
        ''', update=update))


@template(SCRIPT, "trainer class")
def trainer_class(ctx: Context) -> Block:
    cls, trainer, loss = ctx.name("Trainer"), ctx.name("trainer"), ctx.helper(LOSS)
    bookkeeping = ctx.choice(["", "self.steps += 1", "self.losses.append(loss)"])
    return Block(code('''
        class {cls}:
            """Owns the model and the optimizer; `fit` drives the steps."""

            def __init__(self, learning_rate={lr}):
                self.model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(1)])
                self.optimizer = tf.keras.optimizers.SGD(learning_rate)
                self.steps = 0
                self.losses = []

            def train_step(self, x, y):
                with tf.GradientTape() as tape:
                    loss = {loss}(y, self.model(x, training=True))
                variables = self.model.trainable_variables
                self.optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
                {bookkeeping}
                return loss

            def fit(self, x, y, epochs):
                for epoch in range(epochs):
                    loss = self.train_step(x, y)
                    print("epoch", epoch, "loss", round(float(loss), 5))
                return self

        {trainer} = {cls}()
        ''', cls=cls, trainer=trainer, loss=loss, bookkeeping=bookkeeping or "pass",
                      lr=ctx.choice([0.05, 0.1])),
                 code('''
        {trainer}.fit(features, targets, epochs=3)
        ''', trainer=trainer),
                 final=f"print('trainer', {trainer}.steps, len({trainer}.losses))\n")
