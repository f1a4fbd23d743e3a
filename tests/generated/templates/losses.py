"""Losses `name(y_true, y_pred)` a training step differentiates, and metrics `name(y_true, y_pred)`
a script reports: the conversions reporting code does next to tensor-only look-alikes."""
from __future__ import annotations

from .base import HELPER, LOSS, METRIC, Block, Context, template
from .helpers import code


@template(LOSS, "loss")
def mean_squared_error(ctx: Context) -> Block:
    name = ctx.name("mse_loss")
    return Block(code('''
        def {name}(y_true, y_pred):
            return tf.reduce_mean(tf.square(y_true - y_pred))
        ''', name=name), entry=name)


@template(LOSS, "keras loss")
def keras_huber(ctx: Context) -> Block:
    name, loss = ctx.name("huber_loss"), ctx.name("huber")
    return Block(code('''
        {loss} = tf.keras.losses.Huber(delta={a})

        def {name}(y_true, y_pred):
            return {loss}(y_true, y_pred)
        ''', name=name, loss=loss, a=ctx.number(0.5, 2.0)), entry=name)


@template(LOSS, "loss through a helper")
def loss_through_helper(ctx: Context) -> Block:
    name, helper = ctx.name("transformed_loss"), ctx.helper(HELPER)
    return Block(code('''
        def {name}(y_true, y_pred):
            return tf.reduce_mean(tf.square({helper}(y_true) - {helper}(y_pred)))
        ''', name=name, helper=helper), entry=name)


@template(LOSS, "tensor branch look-alike")
def switching_loss(ctx: Context) -> Block:
    name = ctx.name("robust_loss")
    return Block(code('''
        def {name}(y_true, y_pred):
            error = y_true - y_pred
            if tf.reduce_mean(tf.abs(error)) > {a}:
                return tf.reduce_mean(tf.abs(error))
            return tf.reduce_mean(tf.square(error))
        ''', name=name, a=ctx.number(0.3, 1.5)), entry=name)


@template(METRIC, "metric")
def mean_absolute_error(ctx: Context) -> Block:
    name = ctx.name("mae")
    return Block(code('''
        def {name}(y_true, y_pred):
            return tf.reduce_mean(tf.abs(y_true - y_pred))
        ''', name=name), entry=name)


@template(METRIC, "conversion")
def metric_as_float(ctx: Context) -> Block:
    name = ctx.name("mae_value")
    return Block(code('''
        def {name}(y_true, y_pred):
            return float(tf.reduce_mean(tf.abs(y_true - y_pred)))
        ''', name=name), entry=name)


@template(METRIC, "conversion")
def metric_rounded_with_numpy(ctx: Context) -> Block:
    name = ctx.name("rounded_error")
    return Block(code('''
        def {name}(y_true, y_pred):
            error = tf.reduce_mean(tf.square(y_true - y_pred))
            return round(error.numpy().item(), 4)
        ''', name=name), entry=name)


@template(METRIC, "keras metric")
def keras_metric_object(ctx: Context) -> Block:
    name, metric = ctx.name("rmse"), ctx.name("rmse_metric")
    return Block(code('''
        {metric} = tf.keras.metrics.RootMeanSquaredError()

        def {name}(y_true, y_pred):
            {metric}.reset_state()
            {metric}.update_state(y_true, y_pred)
            return {metric}.result()
        ''', name=name, metric=metric), entry=name)


@template(METRIC, "python literal branch")
def metric_literal_branch(ctx: Context) -> Block:
    name = ctx.name("error_band")
    return Block(code('''
        def {name}(y_true, y_pred):
            if tf.reduce_mean(tf.abs(y_true - y_pred)) > {a}:
                return 1.0
            return 0.0
        ''', name=name, a=ctx.number(0.2, 1.5)), entry=name)


@template(METRIC, "comprehension conversion")
def metric_per_row_list(ctx: Context) -> Block:
    name = ctx.name("worst_row_error")
    return Block(code('''
        def {name}(y_true, y_pred):
            errors = [float(e) for e in tf.reduce_sum(tf.abs(y_true - y_pred), axis=1)]
            return max(errors)
        ''', name=name), entry=name)
