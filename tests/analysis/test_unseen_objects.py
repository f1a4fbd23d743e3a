"""Calls the analysis cannot resolve by the value called, resolved as a Python or TensorFlow expert
reads them: a method only the program defines, a string's method, a lambda, and a composite tensor
caching a result on itself.

Each case is a module whose function `step` is called with tensors; its side-effect property is
what the decision rests on.
"""
from __future__ import annotations

import textwrap

from .conftest import analyse_source

PIECES = """
import tensorflow as tf


class Adjacency(tf.__internal__.CompositeTensor):
    def __init__(self, indices):
        self._indices = indices

    def get_indices_dict(self):
        return {key: index for key, index in self._indices.items()}

    def num_items(self):
        result = getattr(self, '_num_items', None)
        if result is not None:
            return result
        result = tf.reduce_sum(tf.ones_like(self._indices["source"]))
        setattr(self, '_num_items', result)
        return result

    def max_index(self, key):
        cache = getattr(self, '_max_indices', None)
        if cache is None:
            cache = {}
            setattr(self, '_max_indices', cache)
        if key in cache:
            return cache[key]
        result = tf.reduce_max(self._indices[key])
        cache[key] = result
        return result
"""


def result_of(source: str, name: str = "step"):
    _, results = analyse_source(textwrap.dedent(source), min_graph_ops=0)
    return results[name]


def effects(source: str, name: str = "step"):
    return result_of(source, name).properties["has_python_side_effects"]


def conventions(result):
    return [a.args["what"] for a in result.assumptions if a.code == "CALLING_CONVENTION"]


def test_a_method_only_the_program_defines_runs_the_programs_method():
    """`adjacency` comes from code the analysis cannot see; `get_indices_dict` is no method of
    TensorFlow, Keras or a builtin, so the call is `Adjacency.get_indices_dict`, which only reads."""
    result = result_of(PIECES + """
def step(pieces, x):
    adjacency = pieces.adjacency
    indices = adjacency.get_indices_dict()
    return x + tf.cast(tf.size(indices["source"]), x.dtype)

for _ in range(3):
    step(load(), tf.ones([2]))
""")
    assert result.properties["has_python_side_effects"] is False
    assert any("Adjacency.get_indices_dict" in what for what in conventions(result))


def test_the_programs_method_brings_its_effects():
    source = """
import tensorflow as tf

class Recorder:
    def note_batch(self, x):
        print("batch", x)

def step(recorder, x):
    recorder.note_batch(x)
    return x * 2.0

for _ in range(3):
    step(make_recorder(), tf.ones([2]))
"""
    assert effects(source) is True


def test_a_library_method_name_on_an_unseen_object_stays_undetermined():
    """`update_state` is also Keras' `Metric.update_state`: the object may be either."""
    source = """
import tensorflow as tf

class Counter:
    def update_state(self, x):
        return x

def step(metric, x):
    metric.update_state(x)
    return x * 2.0

for _ in range(3):
    step(make_metric(), tf.ones([2]))
"""
    assert effects(source) is None


def test_a_memo_on_a_composite_tensor_is_no_side_effect():
    """TF-GNN's graph pieces cache `_num_items` and a dict of maxima on themselves: `tf.function`
    rebuilds a composite tensor argument on every trace, so the cache is the trace's own."""
    result = result_of(PIECES + """
def step(adjacency, x):
    return x + tf.cast(adjacency.num_items() + adjacency.max_index("source"), x.dtype)

for _ in range(3):
    step(Adjacency({"source": tf.constant([0, 1])}), tf.ones([2]))
""")
    assert result.properties["has_python_side_effects"] is False


def test_a_memo_on_an_ordinary_object_is_a_side_effect():
    """The same cache on a plain object outlives the trace: the graph tensor it keeps leaks."""
    source = """
import tensorflow as tf

class Scaler:
    def scale(self, x):
        factor = getattr(self, '_factor', None)
        if factor is None:
            factor = tf.reduce_max(x)
            setattr(self, '_factor', factor)
        return x / factor

scaler = Scaler()

def step(x):
    return scaler.scale(x) + 1.0

for _ in range(3):
    step(tf.ones([2]))
"""
    assert effects(source) is True


def test_a_store_on_a_composite_tensor_that_is_no_memo_is_a_side_effect():
    source = """
import tensorflow as tf

class Piece(tf.__internal__.CompositeTensor):
    def mark(self, value):
        self.marked = value
        return value

def step(piece, x):
    return piece.mark(x * 2.0)

for _ in range(3):
    step(Piece(), tf.ones([2]))
"""
    assert effects(source) is True


def test_a_strings_method_on_an_unseen_value_only_reads():
    source = """
import tensorflow as tf

def tag_of(key):
    assert key.startswith("#")
    return int(key[1:])

def step(key, x):
    return x * float(tag_of(key))

for _ in range(3):
    step(KEYS[0], tf.ones([2]))
"""
    assert effects(source) is False


def test_a_lambda_written_in_the_body_is_seen():
    source = """
import tensorflow as tf

def step(a, b):
    join = lambda left, right: tf.concat([left, right], 0)
    return join(a, b) * 2.0

for _ in range(3):
    step(tf.ones([2]), tf.ones([3]))
"""
    result = result_of(source)
    assert result.properties["has_python_side_effects"] is False
    assert result.properties["has_tensor_parameter"] is True


def test_a_lambda_written_in_the_body_keeps_its_effects():
    source = """
import tensorflow as tf

def step(x):
    show = lambda value: print(value)
    show(x)
    return x * 2.0

for _ in range(3):
    step(tf.ones([2]))
"""
    assert effects(source) is True


def test_a_lambda_passed_in_that_calls_nothing_has_no_effects():
    source = """
import tensorflow as tf

def fold(op, x, y):
    return op(x, y)

def step(x, y):
    return tf.where(fold(lambda a, b: a < b, x, y), x, y)

for _ in range(3):
    step(tf.ones([2]), tf.zeros([2]))
"""
    assert effects(source, "fold") is False
    assert effects(source) is False


def test_a_lambda_passed_in_that_calls_something_is_undetermined_where_it_is_called():
    source = """
import tensorflow as tf

def fold(op, x, y):
    return op(x, y)

def step(x, y):
    return fold(lambda a, b: note(a) or b, x, y) * 2.0

for _ in range(3):
    step(tf.ones([2]), tf.zeros([2]))
"""
    assert effects(source, "fold") is None


def test_a_lambda_called_by_module_code():
    source = """
import tensorflow as tf

double = lambda value: tf.add(value, value)
twice = double(tf.ones([2]))

def step(x):
    return x * 2.0

for _ in range(3):
    step(twice)
"""
    result = result_of(source)
    assert result.properties["has_tensor_parameter"] is True
    assert "CONVERT_TO_HYBRID" in result.transformations


TEMPLATE = """
import tensorflow as tf

class Environment:
    def step(self, action):
        return self._step(action)

    def _step(self, action):
        raise NotImplementedError("subclasses step")

class Walk(Environment):
    def _step(self, action):
        return tf.cumsum(action)

class Noisy(Environment):
    def _step(self, action):
        print("stepping", action)
        return action

def run(env, action):
    return env.step(action) * 2.0

for _ in range(3):
    run(make_environment(), tf.ones([2]))
"""


def test_an_abstract_method_called_on_self_runs_the_subclasses_overrides():
    """`Environment.step` runs whichever `_step` the object has: `Noisy` prints."""
    assert effects(TEMPLATE, "Environment.step") is True
    assert effects(TEMPLATE.replace('print("stepping", action)', "pass"), "Environment.step") is False


def test_the_overrides_receive_the_arguments_of_the_template_method():
    _, results = analyse_source(textwrap.dedent(TEMPLATE.replace(
        "run(make_environment(), tf.ones([2]))", "Walk().step(tf.ones([2]))")), min_graph_ops=0)
    assert results["Walk._step"].properties["has_tensor_parameter"] is True


def test_an_override_s_effects_hold_only_for_its_own_instances():
    """`Walk().step(x)` runs `Walk._step`, never `Noisy._step`: its caller takes no print."""
    source = TEMPLATE.replace("run(make_environment(), tf.ones([2]))", "walk(tf.ones([2]))") + """
def walk(action):
    return Walk().step(action) + 1.0

def noisy(action):
    return Noisy().step(action) + 1.0

noisy(tf.ones([2]))
"""
    assert effects(source, "walk") is False
    assert effects(source, "noisy") is True
    assert effects(source, "Environment.step") is True


def test_raising_an_exception_of_a_class_known_only_at_run_time():
    """tf-agents' `assert_same_structure` re-raises `type(e)(message)`: building the exception
    it raises changes nothing."""
    source = """
import tensorflow as tf

def check(x, y):
    error = None
    try:
        tf.debugging.assert_equal(tf.shape(x), tf.shape(y))
    except (TypeError, ValueError) as e:
        error = type(e)
    if error:
        raise error(f"shapes differ: {x.shape} vs {y.shape}")
    return x

def step(x, y):
    return check(x, y) * 2.0

for _ in range(3):
    step(tf.ones([2]), tf.ones([2]))
"""
    assert effects(source) is False


def test_an_override_that_cannot_be_resolved_leaves_only_its_own_instances_undetermined():
    source = TEMPLATE.replace('print("stepping", action)', "record(action)") + """
def walk(action):
    return Walk().step(action) + 1.0

walk(tf.ones([2]))
"""
    assert effects(source, "Environment.step") is None
    assert effects(source, "walk") is False


def test_six_moves_are_the_builtins():
    """tf-agents imports `zip` from `six.moves`: it is the builtin, which has no effects."""
    source = """
import tensorflow as tf
from six.moves import zip

def step(xs, ys):
    return tf.add_n([x * y for x, y in zip(xs, ys)])

for _ in range(3):
    step([tf.ones([2])], [tf.ones([2])])
"""
    assert effects(source) is False


RESET = """
import tensorflow as tf

class Environment:
    def reset(self):
        return self._reset()

    def current(self):
        return self._current()

    def _reset(self):
        raise NotImplementedError

    def _current(self):
        raise NotImplementedError

class Mock(Environment):
    def _reset(self):
        return self.current()

    def _current(self):
        return tf.zeros([2])

class Bandit(Environment):
    def _current(self):
        return tf.cond(tf.reduce_all(self.flag), lambda: tf.ones([2]), self.restart)

    def restart(self):
        return self.reset()

def step(action):
    return Mock().reset() + action

step(tf.ones([2]))
"""


def test_a_cycle_through_overrides_of_different_classes_is_no_recursion():
    """`Bandit._current` → `reset` → `_reset` runs `Mock._reset` only for a `Mock`, and a `Mock`'s
    `_current` is `Mock._current`: the path back to `Bandit._current` needs an object that is
    both, so there is no recursion."""
    _, results = analyse_source(textwrap.dedent(RESET), min_graph_ops=0)
    assert results["Bandit._current"].properties["is_recursive"] is False
    assert results["Mock._reset"].properties["is_recursive"] is False


def test_a_cycle_through_one_class_s_overrides_is_recursion():
    source = RESET.replace("    def _reset(self):\n        return self.current()",
                           "    def _reset(self):\n        return self.restart_mock()\n\n"
                           "    def restart_mock(self):\n        return self.reset()")
    _, results = analyse_source(textwrap.dedent(source), min_graph_ops=0)
    assert results["Mock._reset"].properties["is_recursive"] is True


def test_a_sibling_override_s_effects_do_not_reach_a_method_of_another_class():
    """`Mock._reset` calls `self.current()`, which runs `Mock._current` for a `Mock`, never the
    printing `Bandit._current`."""
    source = RESET.replace("        return tf.cond(", '        print("bandit")\n        return tf.cond(')
    _, results = analyse_source(textwrap.dedent(source), min_graph_ops=0)
    assert results["Mock._reset"].properties["has_python_side_effects"] is False
    assert results["Environment.current"].properties["has_python_side_effects"] is True


POLICIES = """
from typing import Optional, Sequence

import tensorflow as tf


class Policy:
    def action(self, step):
        return self._action(step)

    def _action(self, step):
        raise NotImplementedError


class Greedy(Policy):
    def _action(self, step):
        return tf.argmax(step, axis=-1)


class Logger:
    def action(self, step):
        print(step)
        return step


class Mixture(Policy):
    def __init__(self, policies: Sequence[Policy], fallback: Optional[Policy] = None):
        self._policies = policies
        self._fallback = fallback

    def _action(self, step):
        return tf.stack([policy.action(step) for policy in self._policies])

    def backup(self, step):
        return self._fallback.action(step)
"""


def test_a_hint_naming_a_program_class_says_whose_method_runs():
    """Nothing in the program builds a `Mixture`, so its `policies` are unseen; their hint says
    they are `Policy` objects, whose `action` never runs the printing `Logger.action`, although a
    call on an unseen object would otherwise run any program method of that name."""
    for name in ("Mixture._action", "Mixture.backup"):
        assert effects(POLICIES, name) is False, name


def test_without_a_hint_an_unseen_object_may_run_any_method_of_that_name():
    source = POLICIES.replace("policies: Sequence[Policy], fallback: Optional[Policy] = None",
                              "policies, fallback=None")
    for name in ("Mixture._action", "Mixture.backup"):
        assert effects(source, name) is True, name


OVERRIDES_OF_UNKNOWN_LIBRARIES = """
import tensorflow as tf
import probability_library as tfd
import physics_library


class Environment:
    def reset(self):
        return self._reset()

    def _reset(self):
        raise NotImplementedError


class Bandit(Environment):
    def _reset(self):
        return tfd.Bernoulli(0.5).sample()


class Pendulum(Environment):
    def _reset(self):
        return physics_library.initial_state()

    def step(self, action):
        return self.reset() + action


Pendulum().step(tf.ones([2]))
"""


def test_each_override_s_unknown_call_reaches_the_callers_of_its_own_class():
    """`Environment.reset` may run `Bandit._reset` or `Pendulum._reset`, each calling a library
    the analysis cannot see. A `Pendulum`'s `step` reaches the second: undetermined, whichever of
    the two the analysis happened to find first."""
    assert effects(OVERRIDES_OF_UNKNOWN_LIBRARIES, "Pendulum.step") is None
    result = result_of(OVERRIDES_OF_UNKNOWN_LIBRARIES, "Pendulum.step")
    assert [f.args["call"] for f in result.findings if f.code == "UNDETERMINABLE_SIDE_EFFECTS"] \
        == ["physics_library.initial_state()"]
