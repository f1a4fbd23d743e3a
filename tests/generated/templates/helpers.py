"""Tensor helpers, `name(x) -> tensor like x`: preprocessing, normalisation and activations, each
hazard of eager-only code beside a harmless look-alike."""
from __future__ import annotations

from textwrap import dedent

from .base import HELPER, Block, Context, template


def code(text: str, **names) -> str:
    return dedent(text).format(**names).strip() + "\n"


@template(HELPER, "arithmetic")
def scale_shift(ctx: Context) -> Block:
    name = ctx.name("rescale")
    return Block(code('''
        def {name}(x):
            """Puts the inputs in the range the first layer was tuned for."""
            return x * {a} + {b}
        ''', name=name, a=ctx.number(0.5, 2.0), b=ctx.number(-0.5, 0.5)), entry=name)


@template(HELPER, "arithmetic")
def standardize(ctx: Context) -> Block:
    name = ctx.name("standardize")
    return Block(code('''
        def {name}(x):
            mean = tf.reduce_mean(x, axis=0, keepdims=True)
            std = tf.math.reduce_std(x, axis=0, keepdims=True)
            return (x - mean) / (std + 1e-6)
        ''', name=name), entry=name)


@template(HELPER, "conversion")
def float_of_tensor(ctx: Context) -> Block:
    name = ctx.name("normalize_by_peak")
    return Block(code('''
        def {name}(x):
            peak = float(tf.reduce_max(tf.abs(x)))
            return x / (peak + 1e-6)
        ''', name=name), entry=name)


@template(HELPER, "conversion look-alike")
def float_of_static_shape(ctx: Context) -> Block:
    name = ctx.name("normalize_by_width")
    return Block(code('''
        def {name}(x):
            width = float(x.shape[-1])
            return x / width
        ''', name=name), entry=name)


@template(HELPER, "conversion")
def range_of_dynamic_shape(ctx: Context) -> Block:
    name = ctx.name("scale_rows")
    return Block(code('''
        def {name}(x):
            rows = []
            for i in range(int(tf.shape(x)[0])):
                rows.append(x[i] * {a})
            return tf.stack(rows)
        ''', name=name, a=ctx.number(0.5, 1.5)), entry=name)


@template(HELPER, "conversion look-alike")
def range_of_static_shape(ctx: Context) -> Block:
    name = ctx.name("scale_rows")
    return Block(code('''
        def {name}(x):
            rows = [x[i] * {a} for i in range(x.shape[0])]
            return tf.stack(rows)
        ''', name=name, a=ctx.number(0.5, 1.5)), entry=name)


@template(HELPER, "numpy on tensors")
def numpy_where(ctx: Context) -> Block:
    name = ctx.name("leaky")
    return Block(code('''
        def {name}(x):
            return np.where(x > 0, x, {a} * x)
        ''', name=name, a=ctx.number(0.01, 0.3)), entry=name)


@template(HELPER, "numpy on tensors look-alike")
def tensorflow_where(ctx: Context) -> Block:
    name = ctx.name("leaky")
    return Block(code('''
        def {name}(x):
            return tf.where(x > 0, x, {a} * x)
        ''', name=name, a=ctx.number(0.01, 0.3)), entry=name)


@template(HELPER, "numpy on tensors")
def numpy_astype(ctx: Context) -> Block:
    name = ctx.name("quantize")
    return Block(code('''
        def {name}(x):
            steps = np.round(np.asarray(x) * {a}).astype(np.float32)
            return tf.convert_to_tensor(steps / {a})
        ''', name=name, a=ctx.choice([4, 8, 16])), entry=name)


@template(HELPER, "numpy on tensors look-alike")
def tensorflow_round(ctx: Context) -> Block:
    name = ctx.name("quantize")
    return Block(code('''
        def {name}(x):
            steps = tf.cast(tf.round(x * {a}), tf.float32)
            return steps / np.float32({a})
        ''', name=name, a=ctx.choice([4, 8, 16])), entry=name)


@template(HELPER, "assert")
def assert_on_tensor(ctx: Context) -> Block:
    name = ctx.name("check_finite")
    return Block(code('''
        def {name}(x):
            assert tf.reduce_all(tf.math.is_finite(x)), "inputs must be finite"
            return x
        ''', name=name), entry=name)


@template(HELPER, "assert look-alike")
def assert_on_static_shape(ctx: Context) -> Block:
    name = ctx.name("check_width")
    return Block(code('''
        def {name}(x):
            assert x.shape[-1] is not None, "the feature width must be known"
            tf.debugging.assert_all_finite(x, "inputs must be finite")
            return x
        ''', name=name), entry=name)


@template(HELPER, "variable per call")
def variable_per_call(ctx: Context) -> Block:
    name = ctx.name("accumulate_scale")
    return Block(code('''
        def {name}(x):
            total = tf.Variable(0.0)
            total.assign_add(tf.reduce_mean(tf.abs(x)))
            return x / (total + {a})
        ''', name=name, a=ctx.number(0.5, 2.0)), entry=name)


@template(HELPER, "variable per call")
def variable_two_calls_down(ctx: Context) -> Block:
    name, make, update = ctx.name("smooth"), ctx.name("make_state"), ctx.name("update_state")
    return Block(code('''
        def {make}(width):
            return tf.Variable(tf.zeros([width]))

        def {update}(x):
            state = {make}(x.shape[-1])
            state.assign_add(tf.reduce_mean(x, axis=0))
            return state

        def {name}(x):
            return x - {update}(x)
        ''', name=name, make=make, update=update), entry=name)


@template(HELPER, "variable per call look-alike")
def variable_first_call_only(ctx: Context) -> Block:
    name, cls, obj = ctx.name("shift"), ctx.name("RunningShift"), ctx.name("running_shift")
    return Block(code('''
        class {cls}:
            """Learns a per-feature offset, created on first use."""

            def __init__(self):
                self.offset = None

            def __call__(self, x):
                if self.offset is None:
                    self.offset = tf.Variable(tf.zeros([x.shape[-1]]))
                self.offset.assign_add(tf.reduce_mean(x, axis=0) * 0.1)
                return x - self.offset

        {obj} = {cls}()

        def {name}(x):
            return {obj}(x)
        ''', name=name, cls=cls, obj=obj), entry=name, final=f"print('offset', {obj}.offset.numpy())\n")


@template(HELPER, "random")
def stateful_random_with_seed(ctx: Context) -> Block:
    name = ctx.name("add_noise")
    return Block(code('''
        def {name}(x):
            return x + tf.random.normal(tf.shape(x), stddev=0.05, seed={seed})
        ''', name=name, seed=ctx.choice([1, 7, 42])), entry=name)


@template(HELPER, "random look-alike")
def stateless_random(ctx: Context) -> Block:
    name = ctx.name("add_noise")
    return Block(code('''
        def {name}(x):
            return x + tf.random.stateless_normal(tf.shape(x), seed=[{seed}, 0], stddev=0.05)
        ''', name=name, seed=ctx.choice([1, 7, 42])), entry=name)


@template(HELPER, "random look-alike")
def generator_random(ctx: Context) -> Block:
    name, generator = ctx.name("add_noise"), ctx.name("noise_generator")
    return Block(code('''
        {generator} = tf.random.Generator.from_seed({seed})

        def {name}(x):
            return x + {generator}.normal(tf.shape(x), stddev=0.05)
        ''', name=name, generator=generator, seed=ctx.choice([1, 7, 42])), entry=name)


@template(HELPER, "python randomness")
def python_random(ctx: Context) -> Block:
    name = ctx.name("jitter")
    return Block(code('''
        def {name}(x):
            return x * random.uniform(0.9, 1.1)
        ''', name=name), entry=name)


@template(HELPER, "print")
def print_inside(ctx: Context) -> Block:
    name = ctx.name("log_and_pass")
    return Block(code('''
        def {name}(x):
            print("batch of", x.shape[0], "rows")
            return x
        ''', name=name), entry=name)


@template(HELPER, "print look-alike")
def tf_print_inside(ctx: Context) -> Block:
    name = ctx.name("log_and_pass")
    return Block(code('''
        def {name}(x):
            tf.print("peak", tf.reduce_max(x), output_stream=sys.stdout)
            return x
        ''', name=name), entry=name)


@template(HELPER, "global counter")
def counts_calls(ctx: Context) -> Block:
    name, counter = ctx.name("counted"), ctx.name("helper_calls")
    return Block(code('''
        {counter} = 0

        def {name}(x):
            global {counter}
            {counter} += 1
            return x * 1.0
        ''', name=name, counter=counter), entry=name, final=f"print('{counter}', {counter})\n")


@template(HELPER, "recursion")
def recursive_smoothing(ctx: Context) -> Block:
    name = ctx.name("smooth_recursive")
    return Block(code('''
        def {name}(x, depth=2):
            if depth == 0:
                return x
            return 0.5 * x + 0.5 * {name}(tf.tanh(x), depth - 1)
        ''', name=name), entry=name)


@template(HELPER, "closure")
def closure_factory(ctx: Context) -> Block:
    name, factory = ctx.name("scale"), ctx.name("make_scaler")
    return Block(code('''
        def {factory}(factor):
            def scale(x):
                return x * factor
            return scale

        {name} = {factory}({a})
        ''', name=name, factory=factory, a=ctx.number(0.5, 2.0)), entry=name)


@template(HELPER, "keras layer")
def keras_layer_helper(ctx: Context) -> Block:
    name, layer = ctx.name("normalize_layer"), ctx.name("layer_norm")
    return Block(code('''
        {layer} = tf.keras.layers.LayerNormalization()

        def {name}(x):
            return {layer}(x)
        ''', name=name, layer=layer), entry=name)


@template(HELPER, "tensor branch look-alike")
def tensor_branch_returning_tensors(ctx: Context) -> Block:
    name = ctx.name("maybe_rescale")
    return Block(code('''
        def {name}(x):
            if tf.reduce_max(tf.abs(x)) > {a}:
                return x / tf.reduce_max(tf.abs(x))
            return x
        ''', name=name, a=ctx.number(0.5, 3.0)), entry=name)


@template(HELPER, "tensor loop look-alike")
def tensor_while_loop(ctx: Context) -> Block:
    name = ctx.name("halve_until_small")
    return Block(code('''
        def {name}(x):
            while tf.reduce_max(tf.abs(x)) > {a}:
                x = x / 2.0
            return x
        ''', name=name, a=ctx.number(0.5, 2.0)), entry=name)
