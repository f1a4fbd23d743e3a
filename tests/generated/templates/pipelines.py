"""tf.data pipelines: callbacks passed to `Dataset.map` (named functions, lambdas, closures) and
the loops that consume the batches."""
from __future__ import annotations

from .base import HELPER, LOSS, SCRIPT, Block, Context, template
from .helpers import code


@template(SCRIPT, "dataset map callback")
def map_named_preprocess(ctx: Context) -> Block:
    preprocess, summarize, helper = ctx.name("preprocess"), ctx.name("batch_summary"), ctx.helper(HELPER)
    return Block(code('''
        def {preprocess}(x, y):
            return tf.cast(x, tf.float32) * 0.5, y

        def {summarize}(x):
            return tf.reduce_mean({helper}(x), axis=0)
        ''', preprocess=preprocess, summarize=summarize, helper=helper),
                 code('''
        dataset = tf.data.Dataset.from_tensor_slices((features, targets)).map({preprocess}).batch(4)
        for batch_x, batch_y in dataset:
            print("batch mean", {summarize}(batch_x).numpy())
        ''', preprocess=preprocess, summarize=summarize))


@template(SCRIPT, "dataset map closure")
def map_closure(ctx: Context) -> Block:
    factory, total = ctx.name("make_augment"), ctx.name("dataset_total")
    return Block(code('''
        def {factory}(scale):
            def augment(x, y):
                return x * scale + tf.reduce_mean(x), y
            return augment

        def {total}(dataset):
            total = tf.constant(0.0)
            for x, _ in dataset:
                total += tf.reduce_sum(x)
            return total
        ''', factory=factory, total=total),
                 code('''
        augmented = tf.data.Dataset.from_tensor_slices((features, targets)).map({factory}({a})).batch(4)
        print("total", float({total}(augmented)))
        ''', factory=factory, total=total, a=ctx.number(0.5, 2.0)))


@template(SCRIPT, "dataset training loop")
def dataset_training_loop(ctx: Context) -> Block:
    w, step, loss, helper = ctx.name("dense_w"), ctx.name("train_step"), ctx.helper(LOSS), ctx.helper(HELPER)
    return Block(code('''
        {w} = tf.Variable(tf.random.normal([4, 1], seed=5) * 0.1)

        def {step}(x, y):
            with tf.GradientTape() as tape:
                loss = {loss}(y, tf.matmul({helper}(x), {w}))
            {w}.assign_sub(0.1 * tape.gradient(loss, {w}))
            return loss
        ''', w=w, step=step, loss=loss, helper=helper),
                 code('''
        batches = tf.data.Dataset.from_tensor_slices((features, targets)).batch(4)
        for epoch in range(2):
            epoch_losses = [float({step}(x, y)) for x, y in batches]
            print("epoch", epoch, np.mean(epoch_losses))
        ''', step=step), final=f"print('{w}', {w}.numpy().ravel())\n")


@template(SCRIPT, "dataset map lambda")
def map_lambda_with_helper(ctx: Context) -> Block:
    helper, reduce = ctx.helper(HELPER), ctx.name("sum_batches")
    return Block(code('''
        def {reduce}(x):
            return tf.reduce_sum(x, axis=-1)
        ''', reduce=reduce),
                 code('''
        pipeline = tf.data.Dataset.from_tensor_slices(features).batch(4).map(lambda x: tf.abs(x) + 0.1)
        for chunk in pipeline:
            print("sums", {reduce}({helper}(chunk)).numpy())
        ''', reduce=reduce, helper=helper))
