"""The decorator stripper of benchmarks/realworld.py: every tf.function spelling goes, no line moves."""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from realworld_strip import strip_source  # noqa: E402

SOURCE = textwrap.dedent('''\
    import functools
    import tensorflow as tf
    from tensorflow.python.eager import def_function

    class Model:
      @tf.function(
          input_signature=[tf.TensorSpec([None], tf.float32)])
      def serve(self, x):
        return self.step(x)

      @property
      @tf.function
      def step(self, x):
        return x * 2

      def build(self):
        self.fast = tf.function(self.slow,
                                jit_compile=True)

      def slow(self, x):
        return x

    @functools.partial(tf.function, jit_compile=True)
    def loss(x):
      def inner(y):
        return y
      fn = tf.function(inner)
      return fn(x)

    @def_function.function
    def legacy(x):
      return x

    @tf.compat.v2.function
    def compat(x):
      return x

    @common.function(autograph=True)
    def agent(x):
      return x

    exported = tf.function(lambda x: x)
    ''')


@pytest.fixture(scope="module")
def stripped():
    return strip_source(SOURCE, frozenset({"common.function"}))


def test_lines_stay_where_they_were(stripped):
    assert len(stripped.text.splitlines()) == len(SOURCE.splitlines())
    compile(stripped.text, "stripped.py", "exec")
    for before, after in zip(SOURCE.splitlines(), stripped.text.splitlines()):
        if before.lstrip().startswith("def "):
            assert before == after


def test_no_tf_function_is_left(stripped):
    assert "@tf.function" not in stripped.text
    assert "tf.function(" not in stripped.text
    assert "@def_function" not in stripped.text and "@common.function" not in stripped.text
    assert "@property" in stripped.text


def test_every_spelling_is_found(stripped):
    found = {(hybrid.qualname, hybrid.kind) for hybrid in stripped.hybrids}
    assert found == {
        ("Model.serve", "decorator"), ("Model.step", "decorator"), ("Model.slow", "wrapping"),
        ("loss", "decorator"), ("loss.<locals>.inner", "wrapping"), ("legacy", "decorator"),
        ("compat", "decorator"), ("agent", "decorator"),
    }


def test_hybrids_carry_the_def_line(stripped):
    lines = SOURCE.splitlines()
    for hybrid in stripped.hybrids:
        assert lines[hybrid.line - 1].lstrip().startswith(f"def {hybrid.name}(")


def test_wrapping_of_a_lambda_is_unresolved(stripped):
    assert [wrapping.code for wrapping in stripped.unresolved] == ["tf.function(lambda x: x)"]


def test_call_sites_by_name(stripped):
    assert stripped.called_names["step"] == 1
    assert stripped.called_names["fn"] == 1
    assert "serve" not in stripped.called_names


def test_other_decorators_and_library_wrappers_are_kept():
    source = "@tf.function_in_tf1\ndef f(x):\n  return x\n\n@common.function\ndef g(x):\n  return x\n"
    result = strip_source(source)
    assert result.text == source and result.hybrids == []
