"""What values of the program's own classes are: tensor types a library defines (an extension
type, a composite tensor such as TF-GNN's GraphTensor), instances class-method factories build,
and the values a name may hold after a branch (SPEC 4.2)."""
import textwrap
from pathlib import Path

import pytest

from hybridize_analysis.engine import Options, analyse_path

from .conftest import analyse_source

PROGRAMS = Path(__file__).parent / "programs"
#: These functions run a few operations each, which the boundary plan keeps eager when module code
#: calls them (a graph call would not pay): what is checked here is the tables' decision.
TABLES_ALONE = Options(min_graph_ops=0, min_graph_calls=0)


def recommended(result) -> bool:
    return "CONVERT_TO_HYBRID" in result.transformations


def codes(result):
    return [finding.code for finding in result.findings]


@pytest.fixture(scope="module")
def composite_types():
    return {r.function.qualname: r for r in analyse_path(PROGRAMS / "composite_types.py", TABLES_ALONE).results}


@pytest.mark.parametrize("qualname", [
    "total_of",  # receives an extension type built by a class method
    "weighted",  # calls a subclass's method on what the inherited factory made
    "Piece.total",  # `self` of a tensor type is a tensor input
    "scale",  # a configuration object whose class constant is no retracing value
    "scaled_copy",  # `features.copy()` copies a dict of tensors, traced or not
])
def test_library_tensor_types_and_factories_are_recommended(composite_types, qualname):
    assert recommended(composite_types[qualname]), codes(composite_types[qualname])


def test_a_method_of_a_tensor_type_is_traced_inside_its_decorated_caller(composite_types):
    helper = composite_types["Weighted.weighted_total"]
    assert helper.properties["has_tensor_parameter"] is True
    (covered,) = [f for f in helper.findings if f.code == "HAS_COVERED_CALLERS"]
    assert covered.args["callers"] == "`weighted` once decorated as recommended"


def test_a_property_of_a_tensor_type_is_not_a_function_to_decorate(composite_types):
    assert not recommended(composite_types["Piece.size"])


def test_a_composite_tensor_subclass_is_tensor_like_and_keeps_its_methods(tmp_path):
    path = tmp_path / "graph.py"
    path.write_text(textwrap.dedent("""
        import tensorflow as tf
        from tensorflow.python.framework import composite_tensor


        class GraphPiece(composite_tensor.CompositeTensor):
            def __init__(self, data):
                self._data = data

            @classmethod
            def from_sizes(cls, sizes):
                return cls({"sizes": tf.convert_to_tensor(sizes)})

            def num_items(self):
                return tf.reduce_sum(self._data["sizes"])


        class NodeSet(GraphPiece):
            def node_count(self):
                return self.num_items()


        def count(nodes):
            return nodes.node_count() * 2


        count(NodeSet.from_sizes([1, 2]))
        count(NodeSet.from_sizes([3]))
    """))
    results = {r.function.qualname: r for r in analyse_path(path, TABLES_ALONE).results}
    count = results["count"]
    assert count.properties["has_tensor_parameter"] is True
    assert count.properties["has_primitive_parameter"] is False
    assert count.properties["has_python_side_effects"] is False


def test_a_class_method_called_on_a_subclass_makes_that_subclass():
    analysis, results = analyse_source("""
        import tensorflow as tf

        class Base:
            def __init__(self, value):
                self.value = value

            @classmethod
            def make(cls, value):
                return cls(value)

        class Doubler(Base):
            def apply(self, x):
                return x * 2.0

        def run(x):
            return Doubler.make(1).apply(x)

        run(tf.constant(1.0))
    """, min_graph_ops=0)
    assert recommended(results["run"]), codes(results["run"])
    make = results["Base.make"].function
    params = analysis.dataflow.params
    # `cls` is the class called on; the first argument goes to `value`, not to `cls`
    assert {value.kind for value in params[(make, 0)]} == {"class"}
    assert {value.kind for value in params[(make, 1)]} == {"int"}


@pytest.mark.parametrize("body", [
    # the assignment in a branch may not run: both values reach the return
    """
    result = Box()
    if flag:
        result = tf.identity(x)
    return result
    """,
    """
    result = Box()
    for _ in range(n):
        result = tf.identity(x)
    return result
    """,
    """
    result = Box()
    try:
        result = tf.identity(x)
    except ValueError:
        pass
    return result
    """,
])
def test_every_binding_a_branch_leaves_in_place_reaches_a_read(body):
    source = "import tensorflow as tf\n\nclass Box:\n    pass\n\ndef make(x, flag, n):\n" \
             + textwrap.indent(textwrap.dedent(body), "    ")
    analysis, results = analyse_source(source)
    kinds = {value.kind for value in analysis.dataflow.returns[results["make"].function]}
    assert kinds == {"object", "tensor"}


@pytest.mark.parametrize("body, kinds", [
    ("result = Box()\nresult = tf.identity(x)\nreturn result", {"tensor"}),
    ("if flag:\n    result = Box()\nelse:\n    result = tf.identity(x)\nreturn result", {"object", "tensor"}),
    ("result = None\nif flag:\n    result = Box()\nelse:\n    result = tf.identity(x)\nreturn result",
     {"object", "tensor"}),
    ("result = Box()\nwith tf.name_scope('s'):\n    result = tf.identity(x)\nreturn result", {"tensor"}),
])
def test_a_binding_every_path_makes_replaces_the_earlier_ones(body, kinds):
    source = "import tensorflow as tf\n\nclass Box:\n    pass\n\ndef make(x, flag):\n" \
             + textwrap.indent(body, "    ") + "\n"
    analysis, results = analyse_source(source)
    assert {value.kind for value in analysis.dataflow.returns[results["make"].function]} == kinds


def test_a_loop_reads_what_the_previous_iteration_bound():
    analysis, results = analyse_source("""
        import tensorflow as tf

        def accumulate(xs):
            total = 0
            seen = None
            for x in xs:
                seen = total
                total = tf.add(total, x)
            return seen
    """)
    kinds = {value.kind for value in analysis.dataflow.returns[results["accumulate"].function]}
    assert {"int", "tensor", "none"} <= kinds
