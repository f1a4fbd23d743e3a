"""`is_recursive` (SPEC 4.2): a function that reaches itself in the call graph, with the cycle named."""
from __future__ import annotations

import textwrap

import pytest

from .conftest import analyse_source

PRELUDE = """\
import tensorflow as tf

x0 = tf.constant([[1.0, 2.0]])
"""
FIRST_LINE = PRELUDE.count("\n") + 1  # the line of the first line of a snippet after the prelude


def analyse(body: str):
    _, results = analyse_source(PRELUDE + textwrap.dedent(body))
    return results


def recursive(results, name: str):
    return results[name].properties["is_recursive"]


def findings(result, code: str):
    return [finding for finding in result.findings if finding.code == code]


# -- recursive functions: true, and the finding names the cycle ---------------------------------

def test_direct_recursion():
    results = analyse("""
        def power(x, n):
            if n == 0:
                return tf.ones_like(x)
            return x * power(x, n - 1)
        power(x0, 3)
    """)
    result = results["power"]
    assert result.properties["is_recursive"] is True
    (finding,) = findings(result, "IS_RECURSIVE")
    assert finding.args["cycle"] == "`power` → `power`"
    assert finding.line == FIRST_LINE + 4  # the recursive call
    assert "CONVERT_TO_HYBRID" not in result.transformations


def test_mutual_recursion_names_both_functions():
    results = analyse("""
        def even(x):
            return odd(x - 1)

        def odd(x):
            return even(x - 1)
        even(x0)
    """)
    assert recursive(results, "even") is True
    assert recursive(results, "odd") is True
    assert findings(results["even"], "IS_RECURSIVE")[0].args["cycle"] == "`even` → `odd` → `even`"
    assert findings(results["odd"], "IS_RECURSIVE")[0].args["cycle"] == "`odd` → `even` → `odd`"


def test_a_three_function_cycle_is_one_component():
    results = analyse("""
        def a(x):
            return b(x)

        def b(x):
            return c(x)

        def c(x):
            return a(x)
        a(x0)
    """)
    for name in "abc":
        assert recursive(results, name) is True, name
    assert findings(results["a"], "IS_RECURSIVE")[0].args["cycle"] == "`a` → `b` → `c` → `a`"


def test_the_shortest_cycle_is_named():
    results = analyse("""
        def a(x):
            return b(x) + c(x)

        def b(x):
            return a(x)

        def c(x):
            return b(x)
        a(x0)
    """)
    assert findings(results["a"], "IS_RECURSIVE")[0].args["cycle"] == "`a` → `b` → `a`"
    assert findings(results["c"], "IS_RECURSIVE")[0].args["cycle"] == "`c` → `b` → `a` → `c`"


def test_recursion_through_self():
    results = analyse("""
        class Tree:
            def depth(self, x):
                return self.depth(x) + 1
        Tree().depth(x0)
    """)
    assert recursive(results, "Tree.depth") is True
    assert findings(results["Tree.depth"], "IS_RECURSIVE")[0].args["cycle"] == "`Tree.depth` → `Tree.depth`"


def test_mutual_recursion_between_methods():
    results = analyse("""
        class Parser:
            def expression(self, x):
                return self.term(x)

            def term(self, x):
                return self.expression(x)
        Parser().expression(x0)
    """)
    assert recursive(results, "Parser.expression") is True
    assert recursive(results, "Parser.term") is True


def test_a_nested_function_calling_its_enclosing_function():
    results = analyse("""
        def outer(x):
            def inner(y):
                return outer(y)
            return inner(x)
        outer(x0)
    """)
    assert recursive(results, "outer") is True
    assert recursive(results, "outer.<locals>.inner") is True
    assert findings(results["outer"], "IS_RECURSIVE")[0].args["cycle"] == \
        "`outer` → `outer.<locals>.inner` → `outer`"


def test_a_recursive_nested_function_does_not_make_its_parent_recursive():
    results = analyse("""
        def outer(x):
            def inner(y):
                return inner(y - 1)
            return inner(x)
        outer(x0)
    """)
    assert recursive(results, "outer.<locals>.inner") is True
    assert recursive(results, "outer") is False


def test_recursion_through_a_keras_self_call():
    results = analyse("""
        class Loop(tf.keras.Model):
            def call(self, x):
                return self(x)
        Loop()(x0)
    """)
    assert recursive(results, "Loop.call") is True


def test_recursion_through_a_tensorflow_callback():
    results = analyse("""
        def per_row(x):
            return tf.map_fn(per_row, x)
        per_row(x0)
    """)
    assert recursive(results, "per_row") is True


def test_a_hybrid_recursive_function_gets_a_warning():
    results = analyse("""
        @tf.function
        def loop(x):
            return loop(x)
        loop(x0)
    """)
    (finding,) = findings(results["loop"], "IS_RECURSIVE")
    assert finding.severity == "warning"


# -- functions that do not reach themselves: false ------------------------------------------------

def test_no_recursion():
    results = analyse("""
        def f(x):
            return tf.nn.relu(x)
        f(x0)
    """)
    assert recursive(results, "f") is False
    assert not findings(results["f"], "IS_RECURSIVE")
    assert not findings(results["f"], "CANT_APPROXIMATE_RECURSION")


def test_a_call_chain_without_a_cycle():
    results = analyse("""
        def a(x):
            return b(x) + c(x)

        def b(x):
            return c(x)

        def c(x):
            return x * 2
        a(x0)
    """)
    for name in "abc":
        assert recursive(results, name) is False, name


def test_calling_into_a_cycle_is_not_recursion():
    results = analyse("""
        def even(x):
            return odd(x - 1)

        def odd(x):
            return even(x - 1)

        def entry(x):
            return even(x) + odd(x)
        entry(x0)
    """)
    assert recursive(results, "entry") is False
    assert recursive(results, "even") is True


def test_calling_a_function_twice_is_not_recursion():
    results = analyse("""
        def square(x):
            return x * x

        def f(x):
            return square(square(x))
        f(x0)
    """)
    assert recursive(results, "f") is False
    assert recursive(results, "square") is False


def test_same_method_name_on_another_class_is_not_recursion():
    results = analyse("""
        class Inner:
            def step(self, x):
                return x * 2

        class Outer:
            def __init__(self):
                self.inner = Inner()

            def step(self, x):
                return self.inner.step(x)
        Outer().step(x0)
    """)
    assert recursive(results, "Outer.step") is False


def test_a_method_calling_a_module_function_of_the_same_name():
    results = analyse("""
        def scale(x):
            return x * 2

        class Layer:
            def scale(self, x):
                return scale(x)
        Layer().scale(x0)
    """)
    assert recursive(results, "Layer.scale") is False


def test_super_call_is_not_recursion():
    results = analyse("""
        class Base(tf.keras.layers.Layer):
            def call(self, x):
                return x * 2

        class Derived(Base):
            def call(self, x):
                return super().call(x) + 1
        Derived()(x0)
    """)
    assert recursive(results, "Derived.call") is False


def test_a_recursive_name_inside_a_string_or_comment_is_not_a_call():
    results = analyse("""
        def f(x):
            # f(x) would recurse
            name = "f(x)"
            return x
        f(x0)
    """)
    assert recursive(results, "f") is False


# -- unknown code that may call back: null --------------------------------------------------------

def test_an_escaping_function_calling_unknown_code_cannot_be_approximated():
    results = analyse("""
        from plugins import register

        def apply(x, fn):
            return fn(x)
        register(apply)
    """)
    result = results["apply"]
    assert result.properties["is_recursive"] is None
    (finding,) = findings(result, "CANT_APPROXIMATE_RECURSION")
    assert finding.args["call"] == "fn(x)"


def test_unknown_code_cannot_call_back_into_a_function_that_does_not_escape():
    results = analyse("""
        def apply(x, fn):
            return fn(x)
    """)
    assert recursive(results, "apply") is False


@pytest.mark.parametrize("body", [
    pytest.param("""
        def f(x):
            return tf.reduce_sum(x)
        f(x0)
    """, id="library-calls-only"),
    pytest.param("""
        from plugins import register
        def f(x):
            return tf.reduce_sum(x)
        register(f)
    """, id="escaping-but-calls-only-known-code"),
])
def test_known_code_only_is_not_recursive(body):
    assert recursive(analyse(body), "f") is False
