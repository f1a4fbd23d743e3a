"""Reporting and utility code: tensor-dependent branches returning Python values, f-strings and
conversions in returns, recursion, NumPy inputs, seeded sampling, and decorated functions that take
Python values."""
from __future__ import annotations

from .base import HELPER, SCRIPT, Block, Context, template
from .helpers import code


@template(SCRIPT, "python literal branch")
def regime_label(ctx: Context) -> Block:
    label = ctx.name("regime")
    return Block(code('''
        def {label}(x):
            if tf.reduce_mean(x) > {a}:
                return "high"
            return "low"
        ''', label=label, a=ctx.number(-0.3, 0.3)),
                 code('''
        current = {label}(features)
        print(f"regime: {{current}}")
        if current == "high":
            print("reducing the learning rate")
        ''', label=label))


@template(SCRIPT, "python literal branch")
def numeric_flag(ctx: Context) -> Block:
    flag = ctx.name("needs_clipping")
    return Block(code('''
        def {flag}(gradients):
            if tf.linalg.global_norm(gradients) > {a}:
                return 1
            return 0
        ''', flag=flag, a=ctx.number(1.0, 6.0)),
                 code('''
        decision = {flag}([features, targets])
        print("clip", decision)
        print("clip count", [decision] * 2)
        ''', flag=flag))


@template(SCRIPT, "python literal branch look-alike")
def tensor_flag(ctx: Context) -> Block:
    flag = ctx.name("needs_clipping")
    return Block(code('''
        def {flag}(gradients):
            return tf.cast(tf.linalg.global_norm(gradients) > {a}, tf.int32)
        ''', flag=flag, a=ctx.number(1.0, 6.0)),
                 code('''
        print("clip", int({flag}([features, targets])))
        ''', flag=flag))


@template(SCRIPT, "f-string conversion")
def summary_string(ctx: Context) -> Block:
    summary, helper = ctx.name("describe"), ctx.helper(HELPER)
    return Block(code('''
        def {summary}(x):
            values = {helper}(x)
            return f"mean={{float(tf.reduce_mean(values)):.4f}} max={{float(tf.reduce_max(values)):.4f}}"
        ''', summary=summary, helper=helper),
                 code('''
        print({summary}(features))
        ''', summary=summary))


@template(SCRIPT, "f-string look-alike")
def summary_from_shape(ctx: Context) -> Block:
    summary, stats = ctx.name("describe_shape"), ctx.name("column_means")
    return Block(code('''
        def {stats}(x):
            return tf.reduce_mean(x, axis=0)

        def {summary}(x):
            return f"{{x.shape[0]}} rows of {{x.shape[1]}} features"
        ''', summary=summary, stats=stats),
                 code('''
        print({summary}(features), {stats}(features).numpy())
        ''', summary=summary, stats=stats))


@template(SCRIPT, "bool conversion")
def any_negative(ctx: Context) -> Block:
    check = ctx.name("has_negative")
    return Block(code('''
        def {check}(x):
            return bool(tf.reduce_any(x < {a}))
        ''', check=check, a=ctx.number(-3.0, 0.0)),
                 code('''
        if {check}(features):
            print("negative inputs found")
        print("checked", {check}(targets))
        ''', check=check))


@template(SCRIPT, "tolist conversion")
def top_rows(ctx: Context) -> Block:
    ranking = ctx.name("top_rows")
    return Block(code('''
        def {ranking}(x, k=3):
            scores = tf.reduce_sum(x, axis=1)
            return tf.argsort(scores, direction="DESCENDING")[:k].numpy().tolist()
        ''', ranking=ranking),
                 code('''
        best = {ranking}(features)
        print("best rows", best, "first", best[0])
        ''', ranking=ranking))


@template(SCRIPT, "validation assert")
def validate_inputs(ctx: Context) -> Block:
    validate = ctx.name("validate_batch")
    return Block(code('''
        def {validate}(x):
            assert tf.reduce_min(x) > {a}, "inputs out of range"
            return tf.reduce_mean(x)
        ''', validate=validate, a=ctx.choice([-10.0, 0.0])),
                 code('''
        try:
            print("valid batch", {validate}(features).numpy())
        except AssertionError as error:
            print("rejected:", error)
        ''', validate=validate))


@template(SCRIPT, "recursion")
def recursive_power_series(ctx: Context) -> Block:
    series = ctx.name("power_series")
    return Block(code('''
        def {series}(x, terms):
            if terms == 0:
                return tf.ones_like(x)
            return 1.0 + x * {series}(x, terms - 1)
        ''', series=series),
                 code('''
        print("series", tf.reduce_sum({series}(features * 0.1, 3)).numpy())
        ''', series=series))


@template(SCRIPT, "numpy inputs")
def numpy_array_inputs(ctx: Context) -> Block:
    project, matrix = ctx.name("project_batch"), ctx.name("basis")
    return Block(code('''
        {matrix} = tf.constant(np.eye(4, dtype=np.float32)[:, :2])

        def {project}(batch):
            return tf.matmul(batch, {matrix})
        ''', project=project, matrix=matrix),
                 code('''
        raw = np.random.rand(5, 4).astype(np.float32)
        projected = {project}(raw)
        print("projected", projected.shape, projected.numpy().round(4))
        ''', project=project))


@template(SCRIPT, "random")
def seeded_sampling(ctx: Context) -> Block:
    sample = ctx.name("sample_batch")
    op = ctx.choice(["tf.random.uniform(tf.shape(x), seed={seed})", "tf.random.shuffle(x, seed={seed})"])
    return Block(code('''
        def {sample}(x):
            return x * 0.0 + {op}
        ''', sample=sample, op=op.format(seed=ctx.choice([3, 9]))),
                 code('''
        first, second = {sample}(features), {sample}(features)
        print("samples", tf.reduce_sum(first).numpy(), tf.reduce_sum(second).numpy())
        ''', sample=sample))


@template(SCRIPT, "random look-alike")
def stateless_sampling(ctx: Context) -> Block:
    sample = ctx.name("sample_batch")
    return Block(code('''
        def {sample}(x, step):
            return x + tf.random.stateless_uniform(tf.shape(x), seed=tf.stack([step, 0]))
        ''', sample=sample),
                 code('''
        for step in range(2):
            print("sample", tf.reduce_sum({sample}(features, tf.constant(step))).numpy())
        ''', sample=sample))


@template(SCRIPT, "decorated python-valued function")
def warmup_schedule(ctx: Context) -> Block:
    schedule = ctx.name("warmup_factor")
    body = ctx.choice(["return (step + 1) / {n}", "return min(1.0, (step + 1) / {n})"])
    use = ctx.choice(['print("lr", {schedule}(epoch).numpy())', 'print("lr", {schedule}(epoch).shape)',
                      'print("lr", float({schedule}(epoch)))'])
    return Block(code('''
        @tf.function
        def {schedule}(step):
            {body}
        ''', schedule=schedule, body=body.format(n=ctx.choice([4, 10]))),
                 code('''
        for epoch in range(3):
            {use}
        ''', use=use.format(schedule=schedule)))


@template(SCRIPT, "decorated function with python scalars")
def decorated_scaling(ctx: Context) -> Block:
    scaled = ctx.name("scaled_norm")
    return Block(code('''
        @tf.function
        def {scaled}(x, factor):
            return tf.norm(x) * factor
        ''', scaled=scaled),
                 code('''
        for factor in (0.5, 1.0, 2.0):
            print("norm", {scaled}(features, factor).numpy())
        ''', scaled=scaled))


@template(SCRIPT, "decorated function without tensor work")
def decorated_config(ctx: Context) -> Block:
    build, describe = ctx.name("layer_sizes"), ctx.name("describe_sizes")
    return Block(code('''
        @tf.function
        def {build}(depth):
            return [16 * (i + 1) for i in range(depth)]

        def {describe}(depth):
            sizes = {build}(depth)
            return "-".join(str(int(size)) for size in sizes)
        ''', build=build, describe=describe),
                 code('''
        print("sizes", {describe}(3))
        ''', describe=describe))
