"""Live facts: the namespace described in the engine's words, and the running versions."""
from __future__ import annotations

import pytest

from conftest import codes, functions, run, session_of
from hybridize_analysis.facts import GlobalFact
from hybridize_kernel.analyse import analyse_session
from hybridize_kernel.livefacts import LiveFacts
from hybridize_kernel.session import NOTEBOOK


@pytest.fixture
def facts(ip, tf):
    run(ip, '''
        import numpy as np
        import tensorflow as tflow
        from tensorflow import math as tmath

        class Net(tflow.keras.Model):
            def call(self, x):
                return x

        class Plain:
            pass

        def helper(x):
            return x

        @tflow.function
        def fast(x):
            return x

        tensor = tflow.ones([2])
        variable = tflow.Variable(1.0)
        dataset = tflow.data.Dataset.range(3)
        dense = tflow.keras.layers.Dense(2)
        sequential = tflow.keras.Sequential([dense])
        net = Net()
        optimizer = tflow.keras.optimizers.SGD()
        array = np.zeros(2)
        tensors = [tensor, tensor]
        count, rate, name, flag, items = 3, 0.5, "relu", True, [1, 2]
        plain = Plain()
    ''')
    session = session_of(ip)
    return LiveFacts(ip.user_ns, session, session.observer)


@pytest.mark.parametrize("name, expected", [
    ("tflow", GlobalFact("module", "tensorflow")),
    ("tmath", GlobalFact("module", "tensorflow.math")),
    ("np", GlobalFact("module", "numpy")),
    ("tensor", GlobalFact("tensor")),
    ("variable", GlobalFact("variable")),
    ("dataset", GlobalFact("dataset")),
    ("dense", GlobalFact("layer")),
    ("sequential", GlobalFact("model")),
    ("net", GlobalFact("object", "Net")),
    ("optimizer", GlobalFact("optimizer")),
    ("fast", GlobalFact("hybrid", "fast")),
    ("helper", GlobalFact("function", "helper")),
    ("Net", GlobalFact("class", "Net")),
    ("plain", GlobalFact("object", "Plain")),
    ("array", GlobalFact("numpy")),
    ("tensors", GlobalFact("tensor_list")),
    ("count", GlobalFact("python", "int", 3)),
    ("rate", GlobalFact("python", "float", 0.5)),
    ("name", GlobalFact("python", "str", "relu")),
    ("flag", GlobalFact("python", "bool", True)),
    ("items", GlobalFact("python", "list")),
    ("missing", None),
])
def test_globals_are_described_in_catalogue_words(facts, name, expected):
    assert facts.get_global(NOTEBOOK, name) == expected


def test_other_modules_get_no_facts(facts):
    assert facts.get_global("utils", "tensor") is None


def test_observed_wrappers_are_described_as_what_they_wrap(ip, facts):
    ip.run_line_magic("hybridize", "observe on")
    fresh = LiveFacts(ip.user_ns, session_of(ip), session_of(ip).observer)
    assert fresh.get_global(NOTEBOOK, "helper") == GlobalFact("function", "helper")
    assert fresh.get_global(NOTEBOOK, "fast") == GlobalFact("hybrid", "fast")


def test_running_versions_decide_keras(facts, tf):
    assert facts.keras_version == 3
    assert facts.versions_source == f"the running TensorFlow {tf.__version__}"


def test_live_facts_reach_the_decisions(ip, tf):
    run(ip, "import tensorflow as tf\nexec('weights = tf.ones([3])')\n", cell_id="hidden")
    run(ip, "def scale(x):\n    return x * weights\n\nout = scale(weights)\n", cell_id="uses")
    _, report = analyse_session(ip)
    entry = functions(report)["scale"]
    assert entry["properties"]["has_tensor_parameter"] is True  # only the namespace knows `weights`
    assert entry["transformations"] == ["CONVERT_TO_HYBRID"], codes(entry)


def test_the_running_keras_is_the_target_version(ip, tf):
    run(ip, '''
        import tensorflow as tf
        class Net(tf.keras.Model):
            def __init__(self):
                super().__init__()
                self.d = tf.keras.layers.Dense(1)
            def call(self, x):
                return self.d(x)
        net = Net()
        with tf.GradientTape() as tape:
            out = net(tf.ones([1, 2]))
    ''')
    _, report = analyse_session(ip)
    entry = functions(report)["Net.call"]
    assert "KERAS3_LAYER_CALL" in codes(entry)
    target = next(a for a in entry["assumptions"] if a["code"] == "TARGET_VERSIONS")
    assert target["message"].endswith(f"from the running TensorFlow {tf.__version__}")
