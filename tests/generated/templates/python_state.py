"""Python and NumPy state a function reads while the script changes it between calls (in place or
by reassignment), beside state that never changes or lives in variables."""
from __future__ import annotations

from .base import SCRIPT, Block, Context, template
from .helpers import code


@template(SCRIPT, "numpy item assignment")
def numpy_weights_item_assignment(ctx: Context) -> Block:
    weights, weighted = ctx.name("class_weights"), ctx.name("weighted_sum")
    return Block(code('''
        {weights} = np.array([1.0, 0.5, 2.0, 1.0], dtype=np.float32)

        def {weighted}(x):
            return tf.reduce_sum(x * {weights}, axis=-1)
        ''', weights=weights, weighted=weighted),
                 code('''
        print("before", {weighted}(features).numpy())
        for i in range(4):
            {weights}[i] = {weights}[i] * {a}
        print("after", {weighted}(features).numpy())
        ''', weights=weights, weighted=weighted, a=ctx.number(1.5, 3.0)))


@template(SCRIPT, "numpy in-place arithmetic")
def numpy_bias_in_place(ctx: Context) -> Block:
    bias, shifted = ctx.name("bias"), ctx.name("add_bias")
    return Block(code('''
        {bias} = np.zeros(4, dtype=np.float32)

        def {shifted}(x):
            return tf.reduce_mean(x + {bias})
        ''', bias=bias, shifted=shifted),
                 code('''
        for _ in range(3):
            print("shifted", {shifted}(features).numpy())
            {bias} += {a}
        ''', bias=bias, shifted=shifted, a=ctx.number(0.1, 1.0)))


@template(SCRIPT, "numpy read-only look-alike")
def numpy_constant_table(ctx: Context) -> Block:
    table, lookup = ctx.name("projection"), ctx.name("project")
    return Block(code('''
        {table} = np.linspace(-1.0, 1.0, 8, dtype=np.float32).reshape(4, 2)

        def {lookup}(x):
            return tf.matmul(x, {table})
        ''', table=table, lookup=lookup),
                 code('''
        for _ in range(2):
            print("projected", {lookup}(features).numpy().sum())
        ''', lookup=lookup))


@template(SCRIPT, "list append on a global")
def global_list_read(ctx: Context) -> Block:
    offsets, shifted = ctx.name("offsets"), ctx.name("apply_offsets")
    return Block(code('''
        {offsets} = [0.5]

        def {shifted}(x):
            return tf.reduce_mean(x) + sum({offsets})
        ''', offsets=offsets, shifted=shifted),
                 code('''
        for step in range(3):
            print("offset mean", float({shifted}(features)))
            {offsets}.append(0.25 * step)
        ''', offsets=offsets, shifted=shifted))


@template(SCRIPT, "dict mutation")
def global_config_mutated(ctx: Context) -> Block:
    config, scaled = ctx.name("config"), ctx.name("scaled_output")
    return Block(code('''
        {config} = {{"scale": 2.0, "shift": 0.1}}

        def {scaled}(x):
            return tf.reduce_sum(x * {config}["scale"] + {config}["shift"])
        ''', config=config, scaled=scaled),
                 code('''
        print("scaled", {scaled}(features).numpy())
        {config}["scale"] = {a}
        print("scaled", {scaled}(features).numpy())
        ''', config=config, scaled=scaled, a=ctx.number(3.0, 5.0)))


@template(SCRIPT, "global reassigned")
def global_reassigned(ctx: Context) -> Block:
    threshold, clip = ctx.name("threshold"), ctx.name("clip_outputs")
    return Block(code('''
        {threshold} = 0.5

        def {clip}(x):
            return tf.reduce_sum(tf.clip_by_value(x, -{threshold}, {threshold}))
        ''', threshold=threshold, clip=clip),
                 code('''
        print("clipped", float({clip}(features)))
        {threshold} = {a}
        print("clipped", float({clip}(features)))
        ''', threshold=threshold, clip=clip, a=ctx.number(1.0, 2.0)))


@template(SCRIPT, "state in a variable look-alike")
def state_in_variable(ctx: Context) -> Block:
    threshold, clip = ctx.name("threshold"), ctx.name("clip_outputs")
    return Block(code('''
        {threshold} = tf.Variable(0.5)

        def {clip}(x):
            return tf.reduce_sum(tf.clip_by_value(x, -{threshold}, {threshold}))
        ''', threshold=threshold, clip=clip),
                 code('''
        print("clipped", float({clip}(features)))
        {threshold}.assign({a})
        print("clipped", float({clip}(features)))
        ''', threshold=threshold, clip=clip, a=ctx.number(1.0, 2.0)))


@template(SCRIPT, "config set once look-alike")
def config_set_before_use(ctx: Context) -> Block:
    config, scaled = ctx.name("settings"), ctx.name("apply_settings")
    return Block(code('''
        {config} = {{"scale": 1.0}}
        {config}["scale"] = {a}

        def {scaled}(x):
            return tf.reduce_mean(x) * {config}["scale"]
        ''', config=config, scaled=scaled, a=ctx.number(0.5, 3.0)),
                 code('''
        for _ in range(2):
            print("settings", {scaled}(features).numpy())
        ''', scaled=scaled))


@template(SCRIPT, "nonlocal closure state")
def closure_tracker(ctx: Context) -> Block:
    factory, tracker, measure = ctx.name("make_tracker"), ctx.name("track_loss"), ctx.name("batch_loss")
    return Block(code('''
        def {factory}():
            count = 0

            def track(loss):
                nonlocal count
                count += 1
                return count

            return track

        {tracker} = {factory}()

        def {measure}(x, y):
            loss = tf.reduce_mean(tf.square(tf.reduce_mean(x, axis=1, keepdims=True) - y))
            {tracker}(loss)
            return loss
        ''', factory=factory, tracker=tracker, measure=measure),
                 code('''
        for _ in range(3):
            {measure}(features, targets)
        print("tracked", {tracker}(0.0) - 1)
        ''', measure=measure, tracker=tracker))
