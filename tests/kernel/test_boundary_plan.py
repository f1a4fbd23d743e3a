"""The boundary plan in a live session (its default settings): a training step is decorated and
the helper only it calls is traced inside it; a one-operation function the notebook calls in a
loop stays eager, since a graph call would cost more than it saves; a step run fewer times than
tracing takes to pay stays eager too."""
from __future__ import annotations

from conftest import codes, functions, run, session_of
from hybridize_analysis.results import MIN_GRAPH_CALLS, MIN_GRAPH_OPS
from hybridize_kernel.analyse import analyse_session
from hybridize_kernel.table import summary_line

CELLS = [
    """
    import tensorflow as tf

    model = tf.keras.Sequential([tf.keras.layers.Dense(4)])
    optimizer = tf.keras.optimizers.SGD(0.1)
    """,
    """
    def loss_fn(labels, predictions):
        return tf.reduce_mean(tf.square(labels - predictions))

    def train_step(x, y):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    def scale(x):
        return x * 2.0
    """,
    f"""
    for _ in range({MIN_GRAPH_CALLS}):
        train_step(tf.ones([2, 3]), tf.zeros([2, 4]))
        scale(tf.ones([2]))
    """,
]


def test_the_plan_decorates_the_step_only(ip):
    session_of(ip).settings.update(min_graph_ops=MIN_GRAPH_OPS, min_graph_calls=MIN_GRAPH_CALLS)  # a user's defaults
    for cell in CELLS:
        run(ip, cell)
    _, report = analyse_session(ip)
    entries = functions(report)
    assert entries["train_step"]["transformations"] == ["CONVERT_TO_HYBRID"]
    assert entries["loss_fn"]["transformations"] == [] and "HAS_COVERED_CALLERS" in codes(entries["loss_fn"])
    assert entries["scale"]["transformations"] == [] and codes(entries["scale"]) == ["TOO_LITTLE_WORK"]
    assert report["summary"]["plan"] == "decorate 1 function; 1 helper is traced inside decorated callers"
    assert summary_line(report).endswith("; plan: decorate 1 function; 1 helper is traced inside decorated callers")


def test_a_step_run_a_few_times_stays_eager(ip):
    session_of(ip).settings.update(min_graph_ops=MIN_GRAPH_OPS, min_graph_calls=MIN_GRAPH_CALLS)
    for cell in CELLS[:2] + ["for _ in range(3):\n    train_step(tf.ones([2, 3]), tf.zeros([2, 4]))\n"]:
        run(ip, cell)
    _, report = analyse_session(ip)
    step = functions(report)["train_step"]
    assert step["transformations"] == [] and codes(step) == ["TOO_FEW_CALLS"]
