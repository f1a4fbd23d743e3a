"""Imports between the modules of a real package: every import style reaches the module and its
bindings, `__init__` re-exports and `__all__`, relative imports at any depth, test files calling the
library, and the decorator spelled through a package's own `tf`.

Packages are written to a temporary directory and analysed with the engine's own entry point, as
`hybridize-check <dir>` would.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from hybridize_analysis.engine import analyse_path
from hybridize_analysis.model import build_program
from hybridize_analysis.model.scopes import FunctionDefinition, Importation
from hybridize_analysis.parse import ParseCache

OPS = """
    import tensorflow as tf

    def scale(x, w):
        return tf.matmul(x, w) * 2.0

    def _private(x):
        return x
"""


def write_package(root: Path, files: dict[str, str]) -> Path:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source))
    return root


def program_of(root: Path):
    """The program model of a directory, built as the engine builds it."""
    from hybridize_analysis.engine import _analyse_directory  # noqa: F401  (the same specs as the CLI)
    from hybridize_analysis.engine import _module_name
    from hybridize_analysis.model import ModuleSpec
    from hybridize_analysis.units import iter_python_files, units_from_path

    specs = [ModuleSpec(_module_name(file, root), tuple(units_from_path(file, root=root)), file.name == "__init__.py")
             for file in iter_python_files(root)]
    return build_program(specs, ParseCache())


def function_named(program, module: str, qualname: str):
    return next(f for f in program.modules[module].functions if f.qualname == qualname)


def last_expression(program, module: str):
    """The value of the module's last statement `value = <expression>`."""
    tree = program.modules[module].parsed[0].tree
    statement = [child for child in tree.children if child.type != "endmarker"][-1]
    return statement.children[0].children[-1]


# -- 19.1: every import style reaches the module and its bindings --------------------------------------

STYLES = [
    pytest.param("from pkg import ops", "ops.scale", id="from-package-import-module"),
    pytest.param("import pkg.ops", "pkg.ops.scale", id="import-dotted-module"),
    pytest.param("import pkg.ops as o", "o.scale", id="import-module-as"),
    pytest.param("from . import ops", "ops.scale", id="relative-import-module"),
    pytest.param("from .ops import scale", "scale", id="relative-import-name"),
    pytest.param("from .ops import *", "scale", id="relative-star-import"),
    pytest.param("from pkg import scale", "scale", id="name-re-exported-by-init"),
    pytest.param("import pkg", "pkg.scale", id="attribute-re-exported-by-init"),
    pytest.param("from pkg import *", "scale", id="star-import-of-the-package"),
    pytest.param("from pkg import ops as a\nimport pkg.ops as b", "a.scale if a is b else b.scale", id="two-names"),
]


@pytest.mark.parametrize("imports, expression", STYLES)
def test_every_import_style_reaches_the_function(tmp_path, imports, expression):
    write_package(tmp_path, {
        "pkg/__init__.py": "from .ops import scale\n__all__ = ['scale', 'ops']\n",
        "pkg/ops.py": OPS,
        "pkg/train.py": f"{imports}\nvalue = {expression.split(' if ')[0]}\n",
    })
    program = program_of(tmp_path)
    value = last_expression(program, "pkg.train")
    binding = program.resolve_reference(value)
    assert isinstance(binding, FunctionDefinition)
    assert binding.function is function_named(program, "pkg.ops", "scale")
    assert program.get_qualified_name(value) == "pkg.ops.scale"


def test_relative_imports_two_levels_deep_and_google_style_module_imports(tmp_path):
    write_package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/ops.py": OPS,
        "pkg/layers/__init__.py": "from pkg.layers.core import dense\n",
        "pkg/layers/core/__init__.py": "",
        "pkg/layers/core/dense.py": """
            from ...ops import scale
            from .. import core
            from ..core import helpers
            from pkg.layers.core import helpers as google

            def apply(x, w):
                return scale(x, w)
            value = helpers.shift
            again = google.shift
            module = core.helpers
        """,
        "pkg/layers/core/helpers.py": "def shift(x):\n    return x + 1.0\n",
    })
    program = program_of(tmp_path)
    scope = program.modules["pkg.layers.core.dense"].scope
    assert program.resolve_function(scope.get_binding("scale")) is function_named(program, "pkg.ops", "scale")
    shift = function_named(program, "pkg.layers.core.helpers", "shift")
    for name in ("value", "again"):
        assert program.resolve_reference(scope.get_binding(name).value).function is shift
    module = program.resolve_reference(scope.get_binding("module").value)
    assert isinstance(module, Importation) and module.module == "pkg.layers.core.helpers"
    # the package re-exports a submodule it imported: `pkg.layers.dense.apply`
    init = program.modules["pkg.layers"].scope
    assert program.follow_imports(init.get_binding("dense")).module == "pkg.layers.core.dense"


def test_all_limits_what_a_star_import_binds(tmp_path):
    write_package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/ops.py": OPS + "\ndef other(x):\n    return x\n\n__all__ = ['scale']\n",
        "pkg/plain.py": "def public(x):\n    return x\n\ndef _hidden(x):\n    return x\n",
        "pkg/train.py": """
            from .ops import *
            from .plain import *

            def use(x):
                return scale(x, x), other(x), public(x), _hidden(x)
        """,
    })
    program = program_of(tmp_path)
    use = function_named(program, "pkg.train", "use")
    leaves = use.node.get_root_node().get_used_names()
    resolved = {name: program.resolve_function(program.resolve_name(leaves[name][0]))
                for name in ("scale", "other", "public", "_hidden")}
    assert resolved["scale"] is function_named(program, "pkg.ops", "scale")
    assert resolved["public"] is function_named(program, "pkg.plain", "public")
    assert resolved["other"] is None  # not in `__all__`
    assert resolved["_hidden"] is None  # private, and the module has no `__all__`


def test_a_package_init_importing_its_own_submodule(tmp_path):
    write_package(tmp_path, {
        "pkg/__init__.py": "from . import ops\nfrom .ops import scale as scaled\n",
        "pkg/ops.py": OPS,
        "app.py": "import pkg\nvalue = pkg.ops.scale\nother = pkg.scaled\n",
    })
    program = program_of(tmp_path)
    scale = function_named(program, "pkg.ops", "scale")
    app = program.modules["app"].scope
    assert program.resolve_reference(app.get_binding("value").value).function is scale
    assert program.resolve_reference(app.get_binding("other").value).function is scale


@pytest.mark.parametrize("imports, expression, qualified", [
    ("import requests", "requests.get", "requests.get"),
    ("from sklearn import metrics", "metrics.accuracy_score", "sklearn.metrics.accuracy_score"),
    ("from pkg import missing", "missing.f", "pkg.missing.f"),
    ("import tensorflow as tf", "tf.matmul", "tensorflow.matmul"),
])
def test_imports_outside_the_program_stay_unresolved(tmp_path, imports, expression, qualified):
    write_package(tmp_path, {"pkg/__init__.py": "", "pkg/ops.py": OPS,
                             "pkg/train.py": f"{imports}\nvalue = {expression}\n"})
    program = program_of(tmp_path)
    value = last_expression(program, "pkg.train")
    binding = program.resolve_reference(value)
    assert binding is None or not isinstance(binding, FunctionDefinition)
    assert program.get_qualified_name(value) == qualified


# -- 19.1 through the engine: tensors flow into the library's functions ---------------------------------

LIBRARY = {
    "pkg/__init__.py": "from pkg.train import step\n",
    "pkg/ops.py": OPS,
    "tests/test_train.py": """
        import tensorflow as tf
        from pkg import step

        def test_step():
            x = tf.random.normal([4, 4])
            w = tf.Variable(tf.ones([4, 4]))
            assert step(x, w) is not None

        test_step()
    """,
}


def results_by_name(analysis):
    return {(result.function.module.name, result.function.qualname): result for result in analysis.results}


@pytest.mark.parametrize("imports, call", [
    pytest.param("from pkg import ops", "ops.scale", id="from-package-import-module"),
    pytest.param("import pkg.ops", "pkg.ops.scale", id="import-dotted-module"),
    pytest.param("import pkg.ops as o", "o.scale", id="import-module-as"),
    pytest.param("from . import ops", "ops.scale", id="relative-import-module"),
])
def test_a_call_through_a_module_reaches_the_library_function(tmp_path, imports, call):
    files = dict(LIBRARY)
    files["pkg/train.py"] = f"""
        import tensorflow as tf
        {imports}

        def step(x, w):
            return tf.reduce_sum({call}(x, w))
    """
    analysis = analyse_path(write_package(tmp_path, files))
    results = results_by_name(analysis)
    step, scale = results[("pkg.train", "step")], results[("pkg.ops", "scale")]
    assert {site.caller.qualname for site in analysis.callgraph.get_callers(scale.function)} == {"step"}
    assert step.properties["has_python_side_effects"] is False
    assert scale.properties["has_tensor_parameter"] is True
    assert scale.properties["has_python_side_effects"] is False


def test_a_name_imported_from_a_module_reaches_the_library_function(tmp_path):
    files = dict(LIBRARY)
    files["pkg/train.py"] = """
        import tensorflow as tf
        from .ops import scale

        def step(x, w):
            return tf.reduce_sum(scale(x, w))
    """
    analysis = analyse_path(write_package(tmp_path, files))
    results = results_by_name(analysis)
    scale = results[("pkg.ops", "scale")]
    assert [site.caller.qualname for site in analysis.callgraph.get_callers(scale.function)] == ["step"]
    assert results[("pkg.train", "step")].properties["has_python_side_effects"] is False
    assert scale.properties["has_tensor_parameter"] is True


# -- 19.5: the decorator in a package's own spelling --------------------------------------------------

@pytest.mark.parametrize("backend, imports, decorator, hybrid", [
    pytest.param("import tensorflow as tf\n", "from mypkg.backend import tf", "@tf.function", True,
                 id="tf-re-exported-by-a-package-module"),
    pytest.param("import tensorflow as tf\n", "import mypkg.backend as B", "@B.tf.function", True,
                 id="tf-through-the-backend-module"),
    pytest.param("from tensorflow import function\n", "from mypkg.backend import function", "@function", True,
                 id="function-re-exported"),
    pytest.param("import numpy as tf\n", "from mypkg.backend import tf", "@tf.function", False,
                 id="numpy-under-the-name-tf"),
    pytest.param("import jax.numpy as tf\n", "from mypkg.backend import tf", "@tf.function", False,
                 id="jax-backend-under-the-name-tf"),
    pytest.param("def function(f):\n    return f\n", "from mypkg import backend as tf", "@tf.function", False,
                 id="a-backend-module-defining-its-own-function"),
])
def test_tf_re_exported_by_a_package_module(tmp_path, backend, imports, decorator, hybrid):
    write_package(tmp_path, {
        "mypkg/__init__.py": "",
        "mypkg/backend.py": backend,
        "mypkg/model.py": f"{imports}\n\n{decorator}\ndef f(x):\n    return x\n",
    })
    program = program_of(tmp_path)
    assert function_named(program, "mypkg.model", "f").is_hybrid is hybrid


def test_a_package_analysed_from_its_own_folder_resolves_its_absolute_imports(tmp_path):
    """`hybridize-check site-packages/pkg`: modules are named from the topmost package."""
    root = write_package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/ops.py": OPS,
        "pkg/train.py": """
            import tensorflow as tf
            from pkg import ops

            def step(x, w):
                return tf.reduce_sum(ops.scale(x, w))

            step(tf.ones([2, 2]), tf.ones([2, 2]))
        """,
    })
    results = {r.function.qualname: r for r in analyse_path(root / "pkg").results}
    assert results["scale"].properties["has_tensor_parameter"] is True
    assert results["step"].properties["has_python_side_effects"] is False
