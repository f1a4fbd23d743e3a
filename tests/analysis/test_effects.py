"""`has_python_side_effects` (SPEC 4.2): what a function writes, transitively, minus what it created.

Each case is a small module and the function whose property it checks. The module calls its
functions with tensors, so they are candidates and their findings are those of the decision table.
"""
from __future__ import annotations

import textwrap

import pytest

from .conftest import analyse_source

PRELUDE = """\
import logging
import os
import random
import shutil
import socket
import sys
import time
from pathlib import Path

import numpy as np
import tensorflow as tf

x0 = tf.constant([1.0, 2.0])
"""


def side_effects(body: str, name: str):
    """The property and result of function `name` in a module made of the prelude and `body`."""
    _, results = analyse_source(PRELUDE + textwrap.dedent(body))
    result = results[name]
    return result.properties["has_python_side_effects"], result


def findings(result, code: str):
    return [finding for finding in result.findings if finding.code == code]


def case(body: str, name: str = "f", *, id: str, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(body, name, id=id, marks=marks)



DRIVERS = """
class Driver:
    def __init__(self, observers):
        self._observers = observers

    @property
    def observers(self):
        return self._observers


class PyDriver(Driver):
    def run(self, x):
        for observer in self.observers:
            observer(x)
        return x


class TFDriver(Driver):
    def __init__(self, observers, steps):
        super().__init__(observers)
        self._steps = steps

    def run(self, x):
        for _ in range(self._steps):
            for observer in self.observers:
                x = observer(x)
        return x


class EpisodeDriver(Driver):
    def run(self, x):
        for observer in self._observers:
            x = observer(x)
        return x + 1.0


class Recorder:
    def __init__(self):
        self.seen = []

    def __call__(self, x):
        self.seen.append(x)
        return x


def scale(x):
    return x * 2.0
"""


def with_drivers(calls: str) -> str:
    return DRIVERS + textwrap.dedent(calls)


# -- effects the function has: each must make the property true --------------------------------

EFFECTFUL = [
    # global and nonlocal assignments
    case("""
        counter = 0
        def f(x):
            global counter
            counter += 1
            return x * 2
        f(x0)
    """, id="global-augmented-assignment"),
    case("""
        best = None
        def f(x):
            global best
            best = x
            return x
        f(x0)
    """, id="global-assignment"),
    case("""
        def make():
            total = 0
            def f(x):
                nonlocal total
                total += 1
                return x + 1
            return f
        f = make()
        f(x0)
    """, "make.<locals>.f", id="nonlocal-assignment"),
    case(with_drivers("""
        PyDriver([Recorder()]).run(x0)
        TFDriver([scale], 3).run(x0)
    """), "PyDriver.run", id="observer-given-to-this-subclass"),
    case("""
        HISTORY = ([], [])
        def f(x):
            losses, steps = HISTORY
            losses.append(tf.reduce_sum(x))
            return x
        f(x0)
    """, id="unpacking-a-global-tuple-of-lists"),
    case(with_drivers("""
        class Subclassed(TFDriver):
            pass

        Subclassed([Recorder()], 2).run(x0)
        TFDriver([scale], 3).run(x0)
    """), "TFDriver.run", id="observer-given-to-a-subclass-of-this-one"),
    case(with_drivers("""
        class Explicit(Driver):
            def __init__(self, observers):
                Driver.__init__(self, observers)

            def run(self, x):
                return self.notify(x)

        Explicit([Recorder()]).run(x0)
        TFDriver([scale], 3).run(x0)
    """), "TFDriver.run", id="base-init-called-by-name-merges-every-observer"),
    case("""
        def make(x):
            checks = []
            def f(part):
                checks.append(tf.debugging.assert_non_negative(part))
                return part
            f(x)
            return checks
        make(x0)
    """, "make.<locals>.f", id="nested-helper-fills-the-enclosing-list"),
    # attribute and subscript stores on objects the function did not create
    case("""
        class Stats:
            pass
        stats = Stats()
        def f(x):
            stats.last = x
            return x
        f(x0)
    """, id="attribute-store-on-global"),
    case("""
        def f(x, box):
            box.value = x
            return x
    """, id="attribute-store-on-parameter"),
    case("""
        cache = {}
        def f(x):
            cache["last"] = x
            return x
        f(x0)
    """, id="subscript-store-on-global-dict"),
    case("""
        def f(x, out):
            out[0] = x
            return x
    """, id="subscript-store-on-parameter"),
    case("""
        table = {"a": {}}
        def f(x):
            table["a"]["b"] = x
            return x
        f(x0)
    """, id="nested-subscript-store-on-global"),
    # mutating methods of lists, dicts, sets, bytearrays
    case("""
        history = []
        def f(x):
            history.append(x)
            return x
        f(x0)
    """, id="list-append-on-global"),
    case("""
        history = []
        def f(x):
            history.extend([x, x])
            return x
        f(x0)
    """, id="list-extend-on-global"),
    case("""
        queue = [1, 2]
        def f(x):
            queue.pop()
            return x
        f(x0)
    """, id="list-pop-on-global"),
    case("""
        def f(x, losses):
            losses.append(x)
            return x
        f(x0, [])
    """, id="list-append-on-parameter"),
    case("""
        config = {}
        def f(x):
            config.update(scale=2)
            return x
        f(x0)
    """, id="dict-update-on-global"),
    case("""
        seen = {}
        def f(x):
            seen.setdefault("x", x)
            return x
        f(x0)
    """, id="dict-setdefault-on-global"),
    case("""
        names = set()
        def f(x):
            names.add("f")
            return x
        f(x0)
    """, id="set-add-on-global"),
    case("""
        buffer = bytearray(4)
        def f(x):
            buffer.extend(b"ab")
            return x
        f(x0)
    """, id="bytearray-extend-on-global"),
    case("""
        buffer = bytearray(4)
        def f(x):
            buffer[0] = 1
            return x
        f(x0)
    """, id="bytearray-store-on-global"),
    case("""
        scores = [3, 1, 2]
        def f(x):
            scores.sort()
            return x
        f(x0)
    """, id="list-sort-on-global"),
    case("""
        history = []
        def f(x):
            alias = history
            alias.append(x)
            return x
        f(x0)
    """, id="list-append-through-a-local-alias-of-a-global"),
    case("""
        import collections
        window = collections.deque(maxlen=3)
        def f(x):
            window.appendleft(x)
            return x
        f(x0)
    """, id="deque-appendleft-on-global"),
    case("""
        batches = iter([1, 2, 3])
        def f(x):
            next(batches)
            return x
        f(x0)
    """, id="next-on-a-global-iterator"),
    # setattr and del
    case("""
        class Stats:
            pass
        stats = Stats()
        def f(x):
            setattr(stats, "last", x)
            return x
        f(x0)
    """, id="setattr-on-global"),
    case("""
        cache = {"a": 1}
        def f(x):
            del cache["a"]
            return x
        f(x0)
    """, id="del-subscript-of-global"),
    case("""
        def f(x, box):
            del box.value
            return x
    """, id="del-attribute-of-parameter"),
    # I/O
    case("""
        def f(x):
            print("step", x)
            return x
        f(x0)
    """, id="print"),
    case("""
        def f(x):
            sys.stdout.write("step\\n")
            return x
        f(x0)
    """, id="sys-stdout-write"),
    case("""
        def f(x):
            sys.stderr.write("step\\n")
            return x
        f(x0)
    """, id="sys-stderr-write"),
    case("""
        def f(x):
            logging.info("step")
            return x
        f(x0)
    """, id="logging-module-function"),
    case("""
        from absl import logging as absl_logging
        def f(x):
            absl_logging.warning("list inputs are discouraged")
            return x
        f(x0)
    """, id="absl-logging"),
    case("""
        def f(x):
            tf.compat.v1.logging.info("step")
            return x
        f(x0)
    """, id="tf-compat-v1-logging"),
    case("""
        logger = logging.getLogger(__name__)
        def f(x):
            logger.warning("step")
            return x
        f(x0)
    """, id="logger-method"),
    case("""
        def f(x):
            open("log.txt", "a").write("step\\n")
            return x
        f(x0)
    """, id="open-write"),
    case("""
        def f(x):
            with open("log.txt", "a") as handle:
                handle.write("step\\n")
            return x
        f(x0)
    """, id="with-open-write"),
    case("""
        def f(x):
            Path("out.txt").write_text("done")
            return x
        f(x0)
    """, id="pathlib-write-text"),
    case("""
        def f(x):
            os.makedirs("checkpoints", exist_ok=True)
            return x
        f(x0)
    """, id="os-makedirs"),
    case("""
        def f(x):
            os.remove("stale.txt")
            return x
        f(x0)
    """, id="os-remove"),
    case("""
        def f(x):
            shutil.copy("a.txt", "b.txt")
            return x
        f(x0)
    """, id="shutil-copy"),
    case("""
        connection = socket.create_connection(("localhost", 9000))
        def f(x):
            connection.sendall(b"step")
            return x
        f(x0)
    """, id="socket-sendall"),
    # Python and NumPy randomness, clock reads
    case("""
        def f(x):
            return x * random.random()
        f(x0)
    """, id="python-random"),
    case("""
        def f(x):
            return x + np.random.normal()
        f(x0)
    """, id="numpy-global-random"),
    case("""
        rng = np.random.default_rng(0)
        def f(x):
            return x + rng.normal()
        f(x0)
    """, id="numpy-generator-global"),
    case("""
        def f(x):
            return x * time.time()
        f(x0)
    """, id="time-time"),
    case("""
        def f(x):
            start = time.perf_counter()
            return x, start
        f(x0)
    """, id="time-perf-counter"),
    case("""
        class Attention(tf.Module):
            def __init__(self):
                super().__init__()
                self.outputs = {}

            @tf.Module.with_name_scope
            def __call__(self, x):
                self.outputs["context"] = x * 2.0
                return self.outputs

        attention = Attention()

        def f(x):
            attention_outputs = attention(x)
            return attention_outputs.pop("context")
        f(x0)
    """, id="popping-from-a-dict-a-module-keeps"),
    case("""
        class Counter:
            def __init__(self):
                self._count = 0

            @property
            def next_id(self):
                self._count += 1
                return self._count

        counter = Counter()

        def f(x):
            return x * float(counter.next_id)
        f(x0)
    """, id="reading-a-property-whose-getter-counts"),
    case("""
        class Policy:
            def __init__(self):
                self._built = False
                self._calls = 0

            def _record(self, time_step):
                self._calls += 1

            def action(self, time_step):
                if not self._built:
                    self._built = True
                self._record(time_step)  # on every call, not only the first
                return time_step * 2.0

        policy = Policy()

        def f(x):
            return policy.action(x)
        f(x0)
    """, id="a-helper-counting-on-every-call-beside-a-first-call-guard"),
    case("""
        class Lazy:
            def __init__(self):
                self._initialized = False

            def _set_up(self, x):
                self._offset = tf.ones_like(x[:1]) * 2.0

            def __call__(self, x):
                if not self._initialized:
                    self._initialized = True
                    self._set_up(x)
                return x + self._offset

        lazy = Lazy()

        def f(x):
            return lazy(x)
        f(x0)
    """, id="a-tensor-stored-on-the-first-call-belongs-to-the-first-trace"),
    case("""
        class Lazy:
            def __init__(self):
                self._offset = None

            def __call__(self, x):
                if self._offset is None:
                    self._offset = tf.ones_like(x[:1]) * 2.0
                return x + self._offset

        lazy = Lazy()

        def f(x):
            return lazy(x)
        f(x0)
    """, id="a-tensor-stored-under-an-is-none-guard"),
    case("""
        class Counter:
            def __init__(self):
                self.built = False
                self.v = tf.Variable(0.0)

            def __call__(self, x):
                if not self.built:
                    self.built = True
                    self.v.assign_add(1.0)  # traced, the graph adds one on every call
                return x + self.v

        counter = Counter()

        def f(x):
            return counter(x) * 2.0
        f(x0)
    """, id="a-first-call-block-writing-a-variable"),
    case("""
        class Noisy:
            def __init__(self):
                self._initialized = False

            def _set_up(self):
                self._initialized = True
                tf.print("setting up")

            def __call__(self, x):
                if not self._initialized:
                    self._set_up()
                return x * 2.0

        noisy = Noisy()

        def f(x):
            return noisy(x)
        f(x0)
    """, id="a-first-call-helper-printing-through-tensorflow"),
]


@pytest.mark.parametrize("body, name", EFFECTFUL)
def test_effect_makes_the_property_true(body, name):
    value, result = side_effects(body, name)
    assert value is True
    if result.candidate:
        assert findings(result, "HAS_PYTHON_SIDE_EFFECTS")
        assert "CONVERT_TO_HYBRID" not in result.transformations


# -- writes and calls that are not Python side effects: the property stays false ----------------

PURE = [
    case("""
        def f(x):
            return tf.reduce_sum(x * 2.0)
        f(x0)
    """, id="pure-tensor-math"),
    case("""
        scale = 2.0
        def f(x):
            return x * scale
        f(x0)
    """, id="reads-a-global"),
    case("""
        counter = 0
        def f(x):
            counter = 1
            return x + counter
        f(x0)
    """, id="local-shadowing-a-global"),
    case("""
        counter = 0
        def f(x):
            global counter
            return x + counter
        f(x0)
    """, id="global-declared-but-only-read"),
    case("""
        def make():
            total = 0
            def f(x):
                return x + total
            return f
        f = make()
        f(x0)
    """, "make.<locals>.f", id="closure-read"),
    # objects allocated inside the function
    case("""
        def f(x):
            parts = []
            parts.append(x)
            parts.extend([x, x])
            return tf.stack(parts)
        f(x0)
    """, id="list-created-inside"),
    case("""
        def f(x):
            d = {}
            d["x"] = x
            d.update(y=x)
            del d["y"]
            return d
        f(x0)
    """, id="dict-created-inside"),
    case("""
        def f(x):
            seen = set()
            seen.add(1)
            return x
        f(x0)
    """, id="set-created-inside"),
    case("""
        def f(x):
            buffer = bytearray(4)
            buffer[0] = 1
            buffer.extend(b"ab")
            return x
        f(x0)
    """, id="bytearray-created-inside"),
    case("""
        class Box:
            pass
        def f(x):
            box = Box()
            box.value = x
            return box.value
        f(x0)
    """, id="attribute-store-on-object-created-inside"),
    case("""
        class Box:
            pass
        def f(x):
            box = Box()
            setattr(box, "value", x)
            return x
        f(x0)
    """, id="setattr-on-object-created-inside"),
    case("""
        class Box:
            def __init__(self):
                self.items = []
        def f(x):
            box = Box()
            return x
        f(x0)
    """, id="constructor-initialises-its-own-object"),
    case("""
        class Box:
            def __init__(self, value):
                self.value = value
        def f(x):
            box = Box(x)
            return box.value
        f(x0)
    """, id="constructor-with-arguments-initialises-its-own-object"),
    case("""
        history = []
        def f(x):
            local = list(history)
            local.append(x)
            snapshot = [v for v in history]
            snapshot.append(x)
            return x
        f(x0)
    """, id="copies-of-a-global-made-inside"),
    case("""
        history = []
        def f(x):
            local = history.copy()
            local.append(x)
            return x
        f(x0)
    """, id="method-copy-of-a-global-made-inside"),
    case("""
        import collections
        def f(x):
            window = collections.deque(maxlen=3)
            window.appendleft(x)
            return x
        f(x0)
    """, id="deque-created-inside"),
    case("""
        history = [3, 1, 2]
        def f(x):
            return x, sorted(history), len(history)
        f(x0)
    """, id="non-mutating-builtins-on-a-global"),
    case("""
        def f(x):
            total = 0
            def bump():
                nonlocal total
                total += 1
            bump()
            return x + total
        f(x0)
    """, id="nested-helper-assigning-the-callers-own-local"),
    case("""
        def f(x):
            steps = iter([1, 2, 3])
            next(steps)
            return x
        f(x0)
    """, id="next-on-an-iterator-created-inside"),
    case("""
        def f(x):
            total = x
            del total
            return x
        f(x0)
    """, id="del-of-a-local-name"),
    case("""
        def f(x):
            parts = [x]
            for _ in range(2):
                parts = parts + [x]
            return tf.add_n(parts)
        f(x0)
    """, id="rebinding-a-local-list"),
    # TensorFlow state: graph operations, not Python side effects
    case("""
        v = tf.Variable(0.0)
        def f(x):
            v.assign(tf.reduce_sum(x))
            v.assign_add(1.0)
            v.assign_sub(0.5)
            return v.read_value()
        f(x0)
    """, id="variable-assign"),
    case("""
        table = tf.Variable(tf.zeros([4]))
        def f(x):
            table.scatter_nd_update([[0], [1]], x)
            return table
        f(x0)
    """, id="variable-scatter-nd-update"),
    case("""
        table = tf.Variable(tf.zeros([4]))
        def f(x):
            table.scatter_update(tf.IndexedSlices(x, [0, 1]))
            return table
        f(x0)
    """, id="variable-scatter-update"),
    case("""
        model = tf.keras.Sequential([tf.keras.layers.Dense(1)])
        optimizer = tf.keras.optimizers.SGD(0.1)
        def f(x):
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean(model(x[None, :]))
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply_gradients(zip(grads, model.trainable_variables))
            return loss
        f(x0)
    """, id="optimizer-apply-gradients"),
    case("""
        w = tf.Variable(1.0)
        optimizer = tf.keras.optimizers.SGD(0.1)
        def f(x):
            optimizer.minimize(lambda: tf.reduce_sum(w * x), [w])
            return w
        f(x0)
    """, id="optimizer-minimize"),
    case("""
        mean_loss = tf.keras.metrics.Mean()
        def f(x):
            mean_loss.update_state(x)
            return mean_loss.result()
        f(x0)
    """, id="metric-update-state"),
    case("""
        accuracy = tf.keras.metrics.Mean()
        def f(x):
            accuracy.reset_state()
            return x
        f(x0)
    """, id="metric-reset-state"),
    case("""
        writer = tf.summary.create_file_writer("logs")
        def f(x):
            with writer.as_default():
                tf.summary.scalar("loss", tf.reduce_mean(x), step=1)
            return x
        f(x0)
    """, id="summary-under-a-writer"),
    case("""
        def f(x):
            tf.print("step", x)
            return x
        f(x0)
    """, id="tf-print"),
    case("""
        def f(x):
            return x + tf.random.uniform(tf.shape(x))
        f(x0)
    """, id="tf-random"),
    case("""
        generator = tf.random.Generator.from_seed(1)
        def f(x):
            return x + generator.normal(tf.shape(x))
        f(x0)
    """, id="tf-random-generator"),
    case("""
        def f(x):
            rng = np.random.default_rng(0)
            return x + rng.normal()
        f(x0)
    """, id="numpy-generator-created-inside"),
    case("""
        def f(x):
            path = os.path.join("logs", "run")
            return x, path
        f(x0)
    """, id="os-path-join-is-not-a-file-operation"),
    # a list the function makes on each call, filled by a helper nested in it (tensorflow-gnn's
    # `_validate_indices`): the helper mutates a list it did not create, the function does not
    case("""
        def f(x):
            checks = []
            def check(part):
                checks.append(tf.debugging.assert_non_negative(part))
            for part in tf.unstack(x):
                check(part)
            with tf.control_dependencies(checks):
                return tf.identity(x)
        f(x0)
    """, id="closure-fills-a-list-of-the-enclosing-call"),
    case("""
        def for_each(items, visit):
            for key, value in items:
                visit(key, value)

        def f(features):
            outputs = {}
            def store(key, value):
                outputs[key] = value * 2
            for_each(features.items(), store)
            return outputs
        f({"a": x0})
    """, id="closure-writes-a-dict-of-the-enclosing-call-through-a-helper"),
    # what a base class's `__init__` stores is read per class constructed: a test double given to
    # one driver (tf-agents' MockReplayBufferObserver) is not an observer of the others
    case(with_drivers("""
        PyDriver([Recorder()]).run(x0)
        TFDriver([scale], 3).run(x0)
    """), "TFDriver.run", id="observer-of-another-subclass-through-super-init"),
    case(with_drivers("""
        PyDriver([Recorder()]).run(x0)
        EpisodeDriver([scale]).run(x0)
    """), "EpisodeDriver.run", id="observer-of-another-subclass-through-inherited-init"),
    # the parts of what a TensorFlow call returns are new objects: the gradient list a tape makes,
    # the list `tf.clip_by_global_norm` returns (tf-models' XLNet training step)
    case("""
        w = tf.Variable([1.0, 2.0])
        def f(x):
            with tf.GradientTape() as tape:
                loss = tf.reduce_sum(w * x)
            grads = tape.gradient(loss, [w])
            grads[0] = grads[0] * 0.5
            clipped, norm = tf.clip_by_global_norm(grads, 1.0)
            clipped[0] *= 2.0
            return clipped, norm
        f(x0)
    """, id="writing-into-lists-tensorflow-returned"),
    case("""
        def f(x):
            name = "step {}".format(1)
            label = ", ".join([name, name])
            return x, label
        f(x0)
    """, id="string-methods"),
    case("""
        class Attention(tf.Module):
            @tf.Module.with_name_scope
            def __call__(self, x):
                outputs = dict(context=x * 2.0)
                outputs["scores"] = x
                return outputs

        class Block(tf.Module):
            def __init__(self):
                super().__init__()
                self.attention = Attention()

            @tf.Module.with_name_scope
            def __call__(self, x):
                attention_outputs = self.attention(x)
                y = attention_outputs.pop("context")
                attention_outputs["layer_output"] = y + x
                return attention_outputs

        block = Block()

        def f(x):
            return block(x)["layer_output"]
        f(x0)
    """, id="popping-from-a-dict-a-module-call-returned"),
    case("""
        class Scaler:
            def __init__(self):
                self._scale = tf.Variable(2.0)

            @property
            def scale(self):
                return self._scale

        scaler = Scaler()

        def f(x):
            return x * scaler.scale
        f(x0)
    """, id="reading-a-property-whose-getter-only-reads"),
    case("""
        class Policy:
            def __init__(self, scale):
                self._scale = scale
                self._built = False
                self._batch_size = None

            def _construct(self, batch_size):
                self._batch_size = batch_size
                self._kernel = tf.Variable(tf.ones([3, 1]) * self._scale)  # a first trace may create it

            def initialize(self, batch_size):
                if self._built:
                    raise RuntimeError("initialized once")
                self._construct(batch_size)
                self._built = True

            def action(self, time_step):
                if not self._built:
                    self.initialize(time_step.shape[0])
                return time_step * self._kernel

        policy = Policy(2.0)

        def f(x):
            return policy.action(x)
        f(x0)
    """, id="setting-itself-up-on-the-first-call-through-a-helper"),
    case("""
        class Lazy:
            def __init__(self):
                self._initialized = False

            def __call__(self, x):
                if not self._initialized:
                    self._initialized = True
                    self._offset = 2.0
                return x + self._offset

        lazy = Lazy()

        def f(x):
            return lazy(x)
        f(x0)
    """, id="an-initialized-flag"),
    case("""
        def evaluate(model, metric_fn, batches):
            metric = metric_fn()  # built by code the analysis cannot see

            def f(x, y):
                metric.update_state(y, model(x, training=False))

            for x, y in batches:
                f(x, y)
            return metric.result()
    """, "evaluate.<locals>.f", id="updating-a-metric-made-by-unseen-code"),
]


@pytest.mark.parametrize("body, name", PURE)
def test_no_effect_keeps_the_property_false(body, name):
    value, result = side_effects(body, name)
    assert value is False
    assert not findings(result, "HAS_PYTHON_SIDE_EFFECTS")
    assert not findings(result, "UNDETERMINABLE_SIDE_EFFECTS")


def test_pure_candidate_is_recommended_for_conversion():
    # (the decision tables alone: the boundary plan keeps three operations called once eager)
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        v = tf.Variable(0.0)
        def f(x):
            v.assign_add(tf.reduce_sum(x))
            return x * 2.0
        f(x0)
    """), min_graph_ops=0)
    assert results["f"].transformations == ["CONVERT_TO_HYBRID"]


# -- the finding names the effect and its line --------------------------------------------------

def test_finding_names_the_effect_and_its_line():
    value, result = side_effects("""
        history = []
        def f(x):
            y = x * 2
            history.append(y)
            return y
        f(x0)
    """, "f")
    (finding,) = findings(result, "HAS_PYTHON_SIDE_EFFECTS")
    assert "history.append" in finding.args["effect"]
    assert finding.line == PRELUDE.count("\n") + 5


def test_first_effect_in_the_body_is_reported():
    _, result = side_effects("""
        def f(x):
            print("a")
            logging.info("b")
            return x
        f(x0)
    """, "f")
    (finding,) = findings(result, "HAS_PYTHON_SIDE_EFFECTS")
    assert "print" in finding.args["effect"]


# -- self.<attr> inside Keras `call` --------------------------------------------------------------

KERAS = """
class Scale(tf.keras.layers.Layer):
    def __init__(self):
        super().__init__()
        self.v = None
        self.calls = 0
        self.seen = []
        self.w = tf.Variable(1.0)

    def call(self, x):
{body}
        return x * self.w

layer = Scale()
def step(x):
    return layer(x)
step(x0)
"""


def keras_call(body: str):
    source = KERAS.format(body=textwrap.indent(textwrap.dedent(body), " " * 8))
    _, results = analyse_source(PRELUDE + source)
    return results["Scale.call"], results["step"]


@pytest.mark.parametrize("body", [
    pytest.param("self.calls += 1", id="counter-on-self"),
    pytest.param("self.last = x", id="tensor-stored-on-self"),
    pytest.param("self.seen.append(x)", id="append-to-list-on-self"),
    pytest.param("self.v = tf.Variable(0.0)", id="variable-created-on-every-call"),
])
def test_writes_to_self_in_keras_call_count(body):
    call, step = keras_call(body)
    assert call.properties["has_python_side_effects"] is True
    assert step.properties["has_python_side_effects"] is True


@pytest.mark.parametrize("body", [
    pytest.param("""
        if self.v is None:
            self.v = tf.Variable(0.0)
    """, id="singleton-variable"),
    pytest.param("self.w.assign_add(1.0)", id="assign-to-a-variable-on-self"),
    pytest.param("y = self.w * 2.0", id="reads-only"),
])
def test_tensorflow_state_on_self_does_not_count(body):
    call, step = keras_call(body)
    assert call.properties["has_python_side_effects"] is False
    assert step.properties["has_python_side_effects"] is False


# -- transitivity over the call graph ---------------------------------------------------------------

def test_a_helper_that_prints_makes_its_caller_effectful():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def log(value):
            print(value)

        def f(x):
            y = x * 2
            log(y)
            return y

        def g(x):
            return f(x) + 1
        g(x0)
    """))
    for name in ("log", "f", "g"):
        assert results[name].properties["has_python_side_effects"] is True, name
    (finding,) = findings(results["f"], "HAS_PYTHON_SIDE_EFFECTS")
    assert "`log`" in finding.args["effect"]
    assert finding.line == PRELUDE.count("\n") + 7  # the call to `log`


def test_a_pure_helper_leaves_its_caller_pure():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        def double(value):
            return value * 2

        def f(x):
            return double(x) + 1
        f(x0)
    """))
    assert results["f"].properties["has_python_side_effects"] is False


def test_an_effectful_method_reached_through_self():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        class Trainer:
            def report(self, loss):
                print(loss)

            def step(self, x):
                loss = tf.reduce_sum(x)
                self.report(loss)
                return loss
        Trainer().step(x0)
    """))
    assert results["Trainer.step"].properties["has_python_side_effects"] is True


MUTATES_PARAMETER = """
history = []

def record(values, item):
    values.append(item)

def record_attribute(box, item):
    box.item = item

class Box:
    pass

def g(x, values):
    record(values, x)
    return x
"""


@pytest.mark.parametrize("body, expected", [
    pytest.param("""
        def f(x):
            losses = []
            record(losses, x)
            return tf.add_n(losses)
    """, False, id="caller-passes-a-list-it-created"),
    pytest.param("""
        def f(x):
            record(history, x)
            return x
    """, True, id="caller-passes-a-global"),
    pytest.param("""
        def f(x):
            return g(x, [])
    """, False, id="fresh-list-through-two-helpers"),
    pytest.param("""
        def f(x):
            return g(x, history)
    """, True, id="global-through-two-helpers"),
    pytest.param("""
        def f(x):
            box = Box()
            record_attribute(box, x)
            return box.item
    """, False, id="attribute-store-on-an-object-the-caller-created"),
    pytest.param("""
        box = Box()
        def f(x):
            record_attribute(box, x)
            return x
    """, True, id="attribute-store-on-a-global-object"),
])
def test_a_helper_mutating_its_parameter(body, expected):
    _, results = analyse_source(PRELUDE + MUTATES_PARAMETER + textwrap.dedent(body) + "f(x0)\n")
    assert results["record"].properties["has_python_side_effects"] is True
    assert results["f"].properties["has_python_side_effects"] is expected


def test_a_parameter_mutation_stays_with_the_parameter_through_the_caller():
    """`g` mutates what it is given: an effect of `g` itself, passed on to whoever gives it a global."""
    _, results = analyse_source(PRELUDE + MUTATES_PARAMETER + "g(x0, [])\n")
    assert results["g"].properties["has_python_side_effects"] is True


def test_effects_reach_through_a_keras_model_call():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        class Net(tf.keras.Model):
            def __init__(self):
                super().__init__()
                self.dense = tf.keras.layers.Dense(1)

            def call(self, x):
                print("tracing")
                return self.dense(x)

        net = Net()
        def f(x):
            return net(x)
        f(x0)
    """))
    assert results["Net.call"].properties["has_python_side_effects"] is True
    assert results["f"].properties["has_python_side_effects"] is True


# -- unknown code: null, not false ----------------------------------------------------------------

def test_a_call_to_unknown_code_leaves_the_property_null():
    value, result = side_effects("""
        from mystery import transform
        def f(x):
            return transform(x)
        f(x0)
    """, "f")
    assert value is None
    (finding,) = findings(result, "UNDETERMINABLE_SIDE_EFFECTS")
    assert finding.args["call"] == "transform(x)"
    assert "CONVERT_TO_HYBRID" not in result.transformations


def test_a_call_through_a_parameter_leaves_the_property_null():
    value, _ = side_effects("""
        def f(x, fn):
            return fn(x)
    """, "f")
    assert value is None


def test_unknown_code_in_a_helper_leaves_the_caller_null():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        from mystery import transform
        def helper(value):
            return transform(value)
        def f(x):
            return helper(x) * 2
        f(x0)
    """))
    assert results["f"].properties["has_python_side_effects"] is None


def test_a_definite_effect_wins_over_unknown_code():
    value, _ = side_effects("""
        from mystery import transform
        def f(x):
            print(x)
            return transform(x)
        f(x0)
    """, "f")
    assert value is True


def test_keras_fit_inside_a_function_is_an_effect():
    value, _ = side_effects("""
        model = tf.keras.Sequential([tf.keras.layers.Dense(1)])
        def f(x):
            model.fit(x, x, epochs=1)
            return x
        f(x0)
    """, "f")
    assert value is True


# -- objects the call creates: writing into them is no effect (issue 19.6) --------------------------

FRESH = [
    case("""
        def f(x):
            slots = [None] * 4
            slots[0] = x
            return slots
        f(x0)
    """, id="list-repeated"),
    case("""
        def f(x):
            pairs = [x] + [x]
            pairs.append(x)
            return pairs
        f(x0)
    """, id="list-concatenated"),
    case("""
        SIZES = [1, 2]
        def f(x):
            sizes = [s * 2 for s in SIZES]
            sizes.append(3)
            table = {k: x for k in SIZES}
            table[0] = x
            return x, sizes, table
        f(x0)
    """, id="comprehensions"),
    case("""
        DEFAULTS = {"rate": 0.1}
        NAMES = ["a"]
        def f(x):
            config = dict(DEFAULTS)
            config["rate"] = 0.2
            names = list(NAMES)
            names.append("b")
            seen = set()
            seen.add(1)
            return x, config, names, seen
        f(x0)
    """, id="list-dict-set-of-a-global"),
    case("""
        import copy
        CONFIG = {"layers": [1, 2]}
        def f(x):
            config = copy.deepcopy(CONFIG)
            config["layers"].append(3)
            shallow = CONFIG.copy()
            shallow["extra"] = 1
            return x, config, shallow
        f(x0)
    """, id="copies-of-a-global"),
    case("""
        def f(x, **kwargs):
            kwargs["scale"] = 2.0
            kwargs.update(shift=1.0)
            kwargs.pop("unused", None)
            return x * kwargs["scale"]
        f(x0, unused=True)
    """, id="own-kwargs-dict"),
    case("""
        def f(x, *args):
            args = args + (x,)
            return args
        f(x0, x0)
    """, id="own-args-tuple"),
    case("""
        def f(grads_and_vars):
            grads_and_vars = tuple(grads_and_vars)
            filtered = []
            for grad, var in grads_and_vars:
                if grad is not None:
                    filtered.append((grad, var))
            filtered = tuple(filtered)
            return filtered
        f([(x0, x0)])
    """, id="list-rebound-to-a-tuple-after-the-loop"),
    case("""
        class Config:
            def __init__(self):
                self.levels = 3
                self.all = None

            def as_dict(self):
                values = {}
                values["levels"] = self.levels
                values["all"] = self.all
                return values

            def get(self):
                values = self.as_dict()
                for key in values:
                    values[key] = values["all"]
                return values

        def f(x, config):
            levels = config.get()
            levels.update(extra=1)
            return x
        f(x0, Config())
    """, id="dict-a-helper-builds-and-returns"),
    case("""
        def f(x, data):
            data = data.copy()
            sizes = data.pop("sizes")
            data["sizes"] = sizes
            return x
        f(x0, tf.nest.map_structure(tf.identity, {"sizes": x0}))
    """, id="copy-of-a-structure-a-library-returned"),
    case("""
        def f(x):
            shape = x.shape.as_list()
            shape[0] = -1
            return tf.reshape(x, shape)
        f(x0)
    """, id="list-of-a-tensor-shape"),

    case("""
        class Head(tf.keras.layers.Layer):
            def call(self, features):
                return {"logits": features}

        class Model(tf.keras.Model):
            def __init__(self):
                super().__init__()
                self.head = Head()

            def call(self, features):
                outputs = self.head(features)
                outputs.update({"raw": features})
                return outputs

        def f(x):
            return Model()(x)
        f(x0)
    """, name="Model.call", id="outputs-of-a-keras-layer"),
]


@pytest.mark.parametrize("body, name", FRESH)
def test_writing_into_an_object_the_call_created_is_no_effect(body, name):
    value, result = side_effects(body, name)
    assert value is False
    assert not findings(result, "UNDETERMINABLE_SIDE_EFFECTS")


def test_writing_into_what_unseen_code_returned_is_not_a_definite_effect():
    """The call to code the analysis cannot see leaves the property undetermined; the write into
    the list it returned is not known to touch anyone else's state."""
    value, result = side_effects("""
        import thirdparty
        def f(x):
            shape = thirdparty.describe(x).as_list()
            shape[0] = -1
            return tf.reshape(x, [2])
        f(x0)
    """, "f")
    assert value is None
    assert not findings(result, "HAS_PYTHON_SIDE_EFFECTS")


STILL_EFFECTFUL = [
    case("""
        HISTORY = []
        def f(x):
            (HISTORY).append(x)
            return x
        f(x0)
    """, id="parenthesised-global-list"),
    case("""
        LOG = []
        def f(x, log):
            log.append(x)
            return x
        f(x0, LOG)
    """, id="parameter-list"),
    case("""
        LOG = []
        def f(x, **kwargs):
            kwargs["log"].append(x)
            return x
        f(x0, log=LOG)
    """, id="list-passed-in-kwargs"),
    case("""
        CACHE = {}
        def f(x):
            table = CACHE or {}
            table["x"] = x
            return x
        f(x0)
    """, id="operand-of-or-is-not-fresh"),
    case("""
        STATE = {"seen": 0}
        def f(x):
            alias = STATE
            alias.update(seen=1)
            return x
        f(x0)
    """, id="dict-update-through-an-alias"),
    case("""
        LOG = []
        def f(x):
            log = []
            for step in range(3):
                log.append(x)
                log = LOG
            return x
        f(x0)
    """, id="rebound-later-in-the-same-loop"),
    case("""
        CACHE = {}
        def lookup():
            return CACHE
        def f(x):
            table = lookup()
            table["x"] = x
            return x
        f(x0)
    """, id="dict-a-helper-returns-from-a-global"),
    case("""
        LOG = {}
        def f(x, log, fresh):
            if fresh:
                log = {}
            log["x"] = x
            return x
        f(x0, LOG, False)
    """, id="parameter-rebound-on-one-path-only"),
    case("""
        LOG = []
        def f(x, log):
            log += [x]
            log.append(x)
            return x
        f(x0, LOG)
    """, id="augmented-assignment-extends-the-same-list"),
]


@pytest.mark.parametrize("body, name", STILL_EFFECTFUL)
def test_mutations_of_objects_made_elsewhere_stay_effects(body, name):
    value, result = side_effects(body, name)
    assert value is True
    assert findings(result, "HAS_PYTHON_SIDE_EFFECTS")


@pytest.mark.parametrize("body", [
    pytest.param("""
        opt = tf.keras.optimizers.SGD(0.1)
        def f(x):
            opt.update_step(x, tf.Variable(x), 0.1)
            return x
    """, id="optimizer"),
    pytest.param("""
        ema = tf.train.ExponentialMovingAverage(0.99)
        def f(x):
            ema.update(x)
            return x
    """, id="object-of-a-tensorflow-api"),
    pytest.param("""
        table = tf.lookup.experimental.MutableHashTable(tf.string, tf.float32, 0.0)
        def f(x):
            table.insert(tf.constant(["a", "b"]), x)
            return table.lookup(tf.constant(["a"]))
    """, id="tensorflow-hash-table-insert"),
])
def test_update_or_add_on_an_object_that_is_not_a_container_is_not_a_mutation(body):
    value, result = side_effects(body + "f(x0)\n", "f")
    assert value is False
    assert not findings(result, "HAS_PYTHON_SIDE_EFFECTS")


def test_update_on_an_object_of_an_unknown_library_is_not_known_to_mutate():
    value, result = side_effects("""
        from tracking import Tracker
        tracker = Tracker()
        def f(x):
            tracker.update(x)
            return x
        f(x0)
    """, "f")
    assert value is None  # what `Tracker.update` does is unknown: not a dict's update
    assert findings(result, "UNDETERMINABLE_SIDE_EFFECTS")


# -- Keras creates state once, on the first call (issue 13.3) ---------------------------------------

@pytest.mark.parametrize("body", [
    pytest.param("""
        if not self.built:
            self.v = tf.Variable(0.0)
            self.built = True
    """, id="if-not-built"),
    pytest.param("""
        if self.v is None:
            self.v = self.add_weight(shape=(), initializer="zeros")
            self.size = 1
    """, id="if-attribute-is-none"),
    pytest.param("""
        if not hasattr(self, "k"):
            self.k = tf.Variable(1.0)
    """, id="if-not-hasattr"),
])
def test_lazy_creation_in_call_is_no_effect(body):
    call, step = keras_call(body)
    assert call.properties["has_python_side_effects"] is False
    assert step.properties["has_python_side_effects"] is False


@pytest.mark.parametrize("body", [
    pytest.param("""
        if self.v is None:
            self.v = tf.Variable(0.0)
        self.calls += 1
    """, id="counter-after-the-guard"),
    pytest.param("""
        if self.v is None:
            self.v = tf.Variable(0.0)
        else:
            self.calls += 1
    """, id="counter-in-the-else-branch"),
    pytest.param("""
        if not self.built:
            self.seen.append(x)
    """, id="mutating-a-list-once-still-mutates-it"),
])
def test_writes_outside_the_first_call_guard_still_count(body):
    call, step = keras_call(body)
    assert call.properties["has_python_side_effects"] is True
    assert step.properties["has_python_side_effects"] is True


def test_build_creates_the_weights_once():
    _, results = analyse_source(PRELUDE + textwrap.dedent("""
        class Dense(tf.keras.layers.Layer):
            def __init__(self, units):
                super().__init__()
                self.units = units

            def build(self, input_shape):
                self.kernel = self.add_weight(shape=(input_shape[-1], self.units))
                self.bias = tf.Variable(tf.zeros([self.units]))
                self.input_size = input_shape[-1]

            def call(self, x):
                if not self.built:
                    self.build(x.shape)
                return tf.matmul(x, self.kernel) + self.bias

        layer = Dense(4)
        def step(x):
            return layer(x)
        step(tf.ones([2, 3]))
    """))
    assert results["Dense.build"].properties["has_python_side_effects"] is False
    assert results["Dense.call"].properties["has_python_side_effects"] is False
    assert results["step"].properties["has_python_side_effects"] is False


def test_a_build_outside_keras_is_an_ordinary_method():
    value, _ = side_effects("""
        class Plan:
            def __init__(self):
                self.steps = 0

            def build(self, x):
                self.steps = 1
                return x

        plan = Plan()
        def f(x):
            return plan.build(x)
        f(x0)
    """, "f")
    assert value is True


def test_next_on_a_tf_data_iterator_is_a_graph_operation():
    result = side_effects("""
        batches = iter(tf.data.Dataset.range(8).batch(2))

        def train_step():
            return tf.reduce_sum(next(batches))

        for _ in range(3):
            train_step()
    """, "train_step")
    assert result[0] is False


def test_next_on_a_python_generator_advances_python_state():
    result = side_effects("""
        def numbers():
            yield from range(10)

        stream = numbers()

        def train_step(x):
            return x * next(stream)

        train_step(tf.ones([2]))
    """, "train_step")
    assert result[0] is True


@pytest.mark.parametrize("call", ["features.items()", "features.keys()", "features.copy()",
                                  "shape.concatenate([0])", "names.index('x')"])
def test_reading_methods_on_objects_the_analysis_cannot_see_are_reads(call):
    """`features` and `shape` come from a library the analysis does not see into; a container's
    or a TensorFlow value's reading method changes nothing, and the report says what it assumed."""
    value, result = side_effects(f"""
        from somewhere import load

        features, shape, names = load()

        def f(x):
            _ = {call}
            return x * 2

        f(x0)
    """, "f")
    assert value is False
    assert any(a.code == "CALLING_CONVENTION" and "reads" in a.args["what"] for a in result.assumptions)


def test_a_reading_method_the_program_defines_is_not_assumed_to_read():
    value, _ = side_effects("""
        from somewhere import load

        class Registry:
            def items(self):
                self.seen = True
                return []

        features = load()

        def f(x):
            for _ in features.items():
                pass
            return x * 2

        f(x0)
    """, "f")
    assert value is None


def test_a_test_case_assertion_in_a_traced_helper_is_a_check_not_an_effect():
    value, result = side_effects("""
        class ShapesTest(tf.test.TestCase):
            def test_static_rows(self):
                def dense_case(value):
                    self.assertIsNone(value.shape[0])
                    self.assert_shapes_agree(value)
                    return tf.concat([value, value], 0)

                dense_case(x0)
    """, "ShapesTest.test_static_rows.<locals>.dense_case")
    assert value is False
    assert any("assertion" in a.args["what"] for a in result.assumptions)


def test_functions_wrapped_by_a_forwarding_helper_keep_their_own_effects():
    """`step = checked(train)` with a `functools.wraps` wrapper forwarding `*args, **kwargs`:
    calling `step` calls `train`, not every function ever wrapped by `checked`."""
    value, _ = side_effects("""
        import functools

        log = []

        def checked(fn):
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                return fn(*args, **kwargs)
            return wrapper

        def record(x):
            log.append(x)
            return x

        def train(x):
            return x * 2.0

        noisy = checked(record)
        step = checked(train)

        def f(x):
            return step(x)

        f(x0)
        noisy(x0)
    """, "f")
    assert value is False


@pytest.mark.parametrize("guard, inputs, effect", [
    ("isinstance(inputs, list)", "{'ids': x0}", False),
    ("isinstance(inputs, (list, tuple))", "x0", False),
    ("not isinstance(inputs, dict)", "{'ids': x0}", False),
    ("isinstance(inputs, list)", "[x0, x0]", True),
    ("isinstance(inputs, list)", "load()", True),  # unknown: the branch may run
])
def test_a_branch_a_type_guard_rules_out_has_no_effect(guard, inputs, effect):
    """Library code warns in a branch for inputs of a type it discourages; when the inputs are
    never of that type, the warning is not an effect of the call."""
    value, _ = side_effects(f"""
        from somewhere import load

        def encode(inputs):
            if {guard}:
                print("list inputs are discouraged")
                inputs = dict(ids=inputs[0])
            return inputs

        def f(x):
            return encode({inputs.replace("x0", "x")})

        f(x0)
    """, "f")
    assert value is effect


def test_the_else_of_a_guard_that_always_holds_has_no_effect():
    value, _ = side_effects("""
        def encode(inputs):
            if isinstance(inputs, dict):
                ids = inputs["ids"]
            else:
                print("converting", inputs)
                ids = inputs
            return ids

        def f(x):
            return encode({"ids": x})

        f(x0)
    """, "f")
    assert value is False


def test_a_reading_method_the_program_defines_only_as_a_read_still_reads():
    # `features` comes from callers the analysis cannot see: its `.copy()` may be the program's
    value, _ = side_effects("""
        class FrozenMapping:
            def __init__(self, data):
                self._data = data

            def copy(self):
                return dict(self._data)

        def f(x, features):
            copied = features.copy()
            return x * len(copied)
    """, "f")
    assert value is False


def test_a_structure_passed_through_a_step_and_rebound_is_the_callers_own():
    # `cache = step(cache)`: the argument is the structure made before the call, not the result
    value, _ = side_effects("""
        def write(cache, x):
            cache["last"] = x
            return cache

        def decode(x):
            cache = tf.nest.map_structure(tf.identity, {"last": x})
            cache = write(cache, x)
            return cache["last"]

        decode(x0)
    """, "decode")
    assert value is False


@pytest.mark.parametrize("call, expected", [
    ("layer(x)", False),  # `cache` left at None: the store is on a branch that cannot run
    ("layer(x, cache=STATE)", True),  # the caller's global dict is written
    ("layer(x, *ARGS)", True),  # a spread may fill it
])
def test_a_write_to_a_parameter_left_at_none_cannot_happen(call, expected):
    value, _ = side_effects(f"""
        STATE = {{}}
        ARGS = (STATE,)

        def layer(x, cache=None):
            if cache is not None:
                cache["x"] = x
            return x * 2

        def model(x):
            return {call}

        model(x0)
    """, "model")
    assert value is expected
