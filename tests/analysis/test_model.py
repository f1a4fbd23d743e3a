"""Scopes, imports, redefinitions, qualnames and hybrid functions in every spelling."""
import textwrap

import pytest

from hybridize_analysis.model import ModuleSpec, build_program, get_tf_function_spellings
from hybridize_analysis.model.scopes import FunctionDefinition, Importation
from hybridize_analysis.parse import ParseCache
from hybridize_analysis.units import Unit

from .conftest import build, build_cells, make_file_unit


def name_leaf(program, function, name, occurrence=0):
    leaves = [leaf for leaf in function.node.get_root_node().get_used_names().get(name, [])
              if function.node.start_pos <= leaf.start_pos <= function.node.end_pos]
    return leaves[occurrence]


def test_qualnames_of_methods_nested_functions_and_classes():
    _, functions = build("""
        class Trainer:
            def train_step(self, x):
                def loss(y):
                    return y
                return loss(x)

            class Inner:
                def method(self):
                    pass

        def outer():
            def inner():
                pass
    """)
    assert set(functions) == {
        "Trainer.train_step", "Trainer.train_step.<locals>.loss", "Trainer.Inner.method",
        "outer", "outer.<locals>.inner",
    }
    assert functions["Trainer.train_step"].cls.name == "Trainer"
    assert functions["Trainer.train_step.<locals>.loss"].cls is None


def test_lines_and_end_lines():
    _, functions = build("""
        import tensorflow as tf

        @tf.function
        def f(x):
            y = x

            return y
        z = 1
    """)
    assert (functions["f"].line, functions["f"].end_line) == (5, 8)


@pytest.mark.parametrize("imports, decorator", [
    ("import tensorflow as tf", "@tf.function"),
    ("import tensorflow as tensor_flow", "@tensor_flow.function"),
    ("import tensorflow", "@tensorflow.function"),
    ("from tensorflow import function", "@function"),
    ("from tensorflow import function as tff", "@tff"),
    ("from tensorflow import *", "@function"),
    ("import tensorflow.compat.v2 as tf", "@tf.function"),
    ("import tensorflow as tf", "@tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])"),
    ("import tensorflow as tf", "@tf.function(\n    reduce_retracing=True,\n)"),
])
def test_hybrid_in_every_spelling(imports, decorator):
    _, functions = build(f"{imports}\n\n{decorator}\ndef f(x):\n    return x\n")
    assert functions["f"].is_hybrid


@pytest.mark.parametrize("source", [
    "from mylib import function\n\n@function\ndef f(x):\n    return x\n",
    "import tensorflow as tf\nfrom mylib import function\n\n@function\ndef f(x):\n    return x\n",
    "def function(g):\n    return g\n\n@function\ndef f(x):\n    return x\n",
    "import tensorflow as tf\ntf = object()\n\n@tf.function\ndef f(x):\n    return x\n",
    "@tf.function\ndef f(x):\n    return x\n",  # tf never imported
    "from tensorflow import *\nfrom mylib import function\n\n@function\ndef f(x):\n    return x\n",
])
def test_function_from_elsewhere_is_not_hybrid(source):
    _, functions = build(source)
    assert not functions["f"].is_hybrid


def test_decorator_arguments_are_parsed():
    _, functions = build("""
        import tensorflow as tf

        @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32)], experimental_relax_shapes=True,
                     jit_compile=True, autograph=False)
        def f(x):
            return x
    """)
    marker = functions["f"].hybrid
    assert marker.kind == "decorator" and marker.spelling == "tf.function"
    assert marker.arguments == {
        "input_signature": "[tf.TensorSpec([None, 3], tf.float32)]", "experimental_relax_shapes": "True",
        "jit_compile": "True", "autograph": "False",
    }
    assert marker.line == 4 and marker.end_line == 5


def test_assignment_form_marks_the_wrapped_function():
    _, functions = build("""
        import tensorflow as tf

        def step(x):
            return x * 2
        fast_step = tf.function(step, reduce_retracing=True)

        def plain(x):
            return x
        other = plain
    """)
    marker = functions["step"].hybrid
    assert marker.kind == "assignment" and marker.line == 6
    assert marker.code == "tf.function(reduce_retracing=True)"
    assert not functions["plain"].is_hybrid


def test_method_wrapped_in_init():
    _, functions = build("""
        import tensorflow as tf

        class Trainer:
            def __init__(self):
                self.step = tf.function(self._step)

            def _step(self, x):
                return x
    """)
    assert functions["Trainer._step"].is_hybrid


def test_redefinition_the_binding_live_at_each_point_wins():
    program, functions = build_cells(
        "import tensorflow as tf",
        "def f(x):\n    return x\ny = f(1)",
        "@tf.function\ndef f(x):\n    return x\nz = f(2)",
    )
    module = program.modules["nb.ipynb"]
    bindings = module.scope["f"]
    assert [b.function.is_hybrid for b in bindings] == [False, True]
    first_call = program.modules["nb.ipynb"].parsed[1].tree.get_used_names()["f"][1]
    assert not program.resolve_name(first_call).function.is_hybrid
    second_call = program.modules["nb.ipynb"].parsed[2].tree.get_used_names()["f"][1]
    assert program.resolve_name(second_call).function.is_hybrid


def test_function_bodies_see_the_last_module_binding():
    program, functions = build("""
        def helper():
            return 1

        def user():
            return helper()

        def helper():
            return 2
    """)
    call = name_leaf(program, functions["user"], "helper")
    assert program.resolve_name(call).pos[1] == 8


def test_scoping_locals_globals_nonlocals_and_classes():
    program, functions = build("""
        x = 1

        class C:
            x = 2

            def method(self):
                return x

        def local():
            x = 3
            return x

        def declared():
            global x
            x = 4
            return x

        def outer():
            x = 5
            def inner():
                nonlocal x
                return x
            return inner
    """)
    def binding_of(qualname):
        use = [leaf for leaf in functions[qualname].node.get_root_node().get_used_names()["x"]
               if functions[qualname].node.children[-1].start_pos <= leaf.start_pos < functions[qualname].node.end_pos
               and leaf.parent.type == "return_stmt"][0]
        return program.resolve_name(use)
    module_scope = program.modules["m"].scope
    # class bodies do not enclose methods: the module's x, last bound by `declared`
    assert binding_of("C.method") is module_scope.get_binding("x")
    assert binding_of("C.method").pos[1] == 16
    assert binding_of("local").pos[1] == 11
    assert binding_of("declared") in module_scope["x"]
    assert binding_of("outer.<locals>.inner").pos[1] == 20


def test_comprehension_and_lambda_scopes():
    program, functions = build("""
        y = 0
        def f(xs):
            squares = [y * y for y in xs]
            key = lambda y: -y
            return y
    """)
    root = functions["f"].node.get_root_node()
    uses = root.get_used_names()["y"]
    returned = [leaf for leaf in uses if leaf.parent.type == "return_stmt"][0]
    assert program.resolve_name(returned).pos[1] == 2
    in_comprehension = [leaf for leaf in uses if leaf.start_pos[0] == 4][0]
    assert program.get_scope_of(in_comprehension).kind == "comprehension"
    in_lambda = [leaf for leaf in uses if leaf.start_pos[0] == 5 and leaf.parent.type == "factor"][0]
    assert program.get_scope_of(in_lambda).kind == "lambda"


@pytest.mark.parametrize("source, expression, expected", [
    ("import tensorflow as tf", "tf.keras.layers.Dense", "tensorflow.keras.layers.Dense"),
    ("from tensorflow import keras", "keras.layers.Dense", "tensorflow.keras.layers.Dense"),
    ("from tensorflow.keras import layers", "layers.Dense", "tensorflow.keras.layers.Dense"),
    ("import numpy as np", "np.random.rand", "numpy.random.rand"),
    ("import tensorflow as tf\nlayers = tf.keras.layers", "layers.Dense", "tensorflow.keras.layers.Dense"),
    ("from tensorflow import *", "constant", "tensorflow.constant"),
    ("from tensorflow import *", "print", "builtins.print"),
    ("import os.path", "os.path.join", "os.path.join"),
])
def test_qualified_names_through_imports_and_aliases(source, expression, expected):
    program, _ = build(f"{source}\nvalue = {expression}\n")
    tree = program.modules["m"].parsed[0].tree
    statement = tree.children[-2]
    value = statement.children[0].children[-1]
    assert program.get_qualified_name(value) == expected


def test_relative_imports_between_modules_of_a_directory():
    def unit(name, text):
        return Unit.from_source(name, name, "file", textwrap.dedent(text))
    specs = [
        ModuleSpec("pkg", (unit("pkg/__init__.py", "from .steps import train_step\n"),), is_package=True),
        ModuleSpec("pkg.steps", (unit("pkg/steps.py", """
            from tensorflow import function
            from . import util
            from .util import scale

            @function
            def train_step(x):
                return scale(x)
        """),)),
        ModuleSpec("pkg.util", (unit("pkg/util.py", "def scale(x):\n    return x * 2\n"),)),
        ModuleSpec("app", (unit("app.py", "from pkg import train_step\nfrom pkg.util import scale as s\n"),)),
    ]
    program = build_program(specs, ParseCache())
    steps = program.modules["pkg.steps"]
    assert steps.functions[0].is_hybrid
    binding = steps.scope.get_binding("scale")
    assert program.resolve_function(binding).qualname == "scale"
    assert program.get_binding_qualified_name(steps.scope.get_binding("util")) == "pkg.util"
    app = program.modules["app"].scope
    assert program.resolve_function(app.get_binding("train_step")).module.name == "pkg.steps"
    assert program.get_binding_qualified_name(app.get_binding("s")) == "pkg.util.scale"


@pytest.mark.parametrize("imports, spelling, added", [
    ("import tensorflow as tf\n", "tf.function", None),
    ("import tensorflow as T\n", "T.function", None),
    ("import tensorflow\n", "tensorflow.function", None),
    ("from tensorflow import function\n", "function", None),
    ("from tensorflow import *\n", "function", None),
    ("import numpy as np\n", "tf.function", "import tensorflow as tf"),
])
def test_decorator_spelling_follows_the_imports(imports, spelling, added):
    program, _ = build(imports + "def f(x):\n    return x\n")
    spellings, import_line = get_tf_function_spellings(program, program.modules["m"])
    assert (spellings[0], import_line) == (spelling, added)


def test_bindings_of_every_kind():
    program, functions = build("""
        import a.b
        from c import d as e
        for i, (j, k) in pairs:
            pass
        with open(p) as handle:
            pass
        try:
            pass
        except ValueError as err:
            pass
        first, *rest = items
        (n := 3)
        del e
    """)
    scope = program.modules["m"].scope
    assert isinstance(scope["a"][0], Importation) and scope["a"][0].module == "a"
    assert {"i", "j", "k", "handle", "err", "first", "rest", "n"} <= set(scope)
    assert scope.get_binding("first").index == (0,)
    assert type(scope.get_binding("e")).__name__ == "Deletion"


# -- issue 19.5: every spelling of the decorator ----------------------------------------------------

@pytest.mark.parametrize("imports, decorator, arguments", [
    ("from tensorflow.python.eager import def_function", "@def_function.function", {}),
    ("from tensorflow.python.eager.polymorphic_function import polymorphic_function",
     "@polymorphic_function.function(jit_compile=True)", {"jit_compile": "True"}),
    ("import functools\nimport tensorflow as tf", "@functools.partial(tf.function, jit_compile=True)",
     {"jit_compile": "True"}),
    ("from functools import partial\nimport tensorflow as tf",
     "@partial(tf.function, reduce_retracing=True)", {"reduce_retracing": "True"}),
    ("import tensorflow as tf", "@tf.compat.v2.function", {}),
    ("import tensorflow as tf", "@tf.compat.v1.function", {}),
    ("import tensorflow.compat.v1 as tf", "@tf.function", {}),
])
def test_hybrid_in_internal_compat_and_partial_spellings(imports, decorator, arguments):
    _, functions = build(f"{imports}\n\n{decorator}\ndef f(x):\n    return x\n")
    assert functions["f"].is_hybrid
    assert functions["f"].hybrid.arguments == arguments


@pytest.mark.parametrize("source", [
    "import functools\nimport tensorflow as tf\n\n@functools.partial(tf.numpy_function, Tout=tf.float32)\n"
    "def f(x):\n    return x\n",
    "import numpy as tf\n\n@tf.function\ndef f(x):\n    return x\n",
    "from mylib import partial\nimport tensorflow as tf\n\n@partial(tf.function)\ndef f(x):\n    return x\n",
])
def test_partial_of_something_else_or_a_tf_that_is_not_tensorflow_is_not_hybrid(source):
    _, functions = build(source)
    assert not functions["f"].is_hybrid


def build_package(files: dict[str, str]):
    specs = [ModuleSpec(name, (make_file_unit(source, name.replace(".", "/") + ".py"),))
             for name, source in files.items()]
    program = build_program(specs, ParseCache())
    return {(f.module.name, f.qualname): f for f in program.iter_functions()}


TF_FUNCTION_WRAPPER = """
    import tensorflow as tf

    def function(*args, **kwargs):
        autograph = kwargs.pop("autograph", False)
        return tf.function(*args, autograph=autograph, **kwargs)

    def traced(fn=None, **kwargs):
        return function(fn, **kwargs)
"""


@pytest.mark.parametrize("imports, decorator", [
    ("from agents.utils import common", "@common.function"),
    ("from agents.utils import common", "@common.function(autograph=True)"),
    ("from agents.utils.common import function", "@function()"),
    ("import agents.utils.common as c", "@c.traced"),
])
def test_a_project_function_that_returns_tf_function_is_a_hybrid_spelling(imports, decorator):
    functions = build_package({
        "agents.utils.common": TF_FUNCTION_WRAPPER,
        "agents.train": f"{imports}\n\n{decorator}\ndef step(x):\n    return x\n",
    })
    assert functions[("agents.train", "step")].is_hybrid
    assert functions[("agents.train", "step")].hybrid.spelling == decorator[1:].split("(")[0]


@pytest.mark.parametrize("wrapper", [
    "def function(fn):\n    return fn\n",  # returns something else
    "def function(fn):\n    if fn is None:\n        return\n    return tf.function(fn)\n",  # not always
    "def function(fn):\n    return tf.numpy_function(fn, [], tf.float32)\n",
])
def test_a_decorator_that_does_not_always_return_tf_function_is_not_hybrid(wrapper):
    functions = build_package({
        "lib": "import tensorflow as tf\n\n" + wrapper,
        "train": "from lib import function\n\n@function\ndef step(x):\n    return x\n",
    })
    assert not functions[("train", "step")].is_hybrid


def test_tf_compat_v1_module_offers_its_spelling():
    program, _ = build("import tensorflow.compat.v1 as tf\ndef f(x):\n    return x\n")
    assert get_tf_function_spellings(program, program.modules["m"]) == (["tf.function"], None)


# -- issue 13.7: a body reads the binding live where module code runs it ------------------------------

REDEFINED = (
    "import tensorflow as tf",
    "def loss(y):\n    return tf.reduce_mean(y)",
    "def step(x):\n    return loss(x) * 2.0",
    "x0 = tf.constant([1.0])\nstep(x0)",
    "def loss(y):\n    print(y)\n    return tf.reduce_mean(y)",
)


def test_a_body_run_before_a_redefinition_reads_the_earlier_definition():
    program, functions = build_cells(*REDEFINED)
    call = name_leaf(program, functions["step"], "loss")
    assert program.resolve_name(call).function.unit.id == "cell:c1"


def test_a_body_run_after_a_redefinition_reads_the_later_definition():
    program, functions = build_cells(*REDEFINED, "step(x0)")
    call = name_leaf(program, functions["step"], "loss")
    assert program.resolve_name(call).function.unit.id == "cell:c4"


def test_a_body_run_through_another_function_reads_the_binding_live_then():
    program, functions = build_cells(
        "def scale(x):\n    return x * 2",
        "def inner(x):\n    return scale(x)\ndef outer(x):\n    return inner(x)",
        "outer(1.0)",
        "def scale(x):\n    print(x)\n    return x",
    )
    call = name_leaf(program, functions["inner"], "scale")
    assert program.resolve_name(call).function.unit.id == "cell:c0"
