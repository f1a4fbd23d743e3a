"""Decorator rewrites (SPEC section 6): exact, idempotent and invertible edits of one unit."""
from __future__ import annotations

import keyword
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hybridize_analysis.rewrite import (
    Rewrite,
    TextEdit,
    convert_assignment_to_eager,
    convert_to_eager,
    convert_to_hybrid,
    decorator_arguments,
    reconfigure,
)

IMPORT_TF = "import tensorflow as tf"


def hybrid(source: str, def_line: int, **options) -> str:
    return convert_to_hybrid(source, def_line, **options).apply()


def eager(source: str, def_line: int, **options) -> str:
    return convert_to_eager(source, def_line, **options).apply()


# --- convert_to_hybrid ----------------------------------------------------------------------


def test_hybrid_adds_decorator_above_top_level_function():
    assert hybrid("def f(x):\n    return x\n", 1) == "@tf.function\ndef f(x):\n    return x\n"


def test_hybrid_uses_requested_spelling_and_arguments():
    source = "def f(x):\n    return x\n"
    assert hybrid(source, 1, spelling="tensorflow.function").startswith("@tensorflow.function\ndef f")
    assert hybrid(source, 1, spelling="function", arguments="jit_compile=True").startswith(
        "@function(jit_compile=True)\ndef f"
    )


def test_hybrid_indents_method_like_its_def():
    source = "class Model:\n    def call(self, x):\n        return x\n"
    assert hybrid(source, 2) == "class Model:\n    @tf.function\n    def call(self, x):\n        return x\n"


def test_hybrid_indents_nested_function_and_finds_it_by_line():
    source = "def outer():\n    def inner(x):\n        return x\n    return inner\n"
    assert hybrid(source, 2) == (
        "def outer():\n    @tf.function\n    def inner(x):\n        return x\n    return inner\n"
    )


def test_hybrid_finds_function_inside_if_block_and_async_def():
    source = "if True:\n    async def f():\n        pass\n"
    assert hybrid(source, 2) == "if True:\n    @tf.function\n    async def f():\n        pass\n"


def test_hybrid_goes_outermost_above_other_decorators():
    source = "class A:\n    @staticmethod\n    @functools.wraps(g)\n    def f(x):\n        return x\n"
    assert hybrid(source, 4) == (
        "class A:\n    @tf.function\n    @staticmethod\n    @functools.wraps(g)\n    def f(x):\n        return x\n"
    )


def test_hybrid_keeps_comments_blank_lines_and_trailing_whitespace():
    source = "x = 1  \n\n\n# The step.\n@other  # why\ndef step(a):  \n    # body\n\n    return a\n"
    assert hybrid(source, 6) == (
        "x = 1  \n\n\n# The step.\n@tf.function\n@other  # why\ndef step(a):  \n    # body\n\n    return a\n"
    )


def test_hybrid_uses_crlf_when_the_text_does():
    source = "class A:\r\n    def f(self):\r\n        pass\r\n"
    assert hybrid(source, 2) == "class A:\r\n    @tf.function\r\n    def f(self):\r\n        pass\r\n"


def test_hybrid_copies_tab_indentation():
    source = "class A:\n\tdef f(self):\n\t\tpass\n"
    assert hybrid(source, 2) == "class A:\n\t@tf.function\n\tdef f(self):\n\t\tpass\n"


def test_hybrid_on_last_line_without_final_newline():
    assert hybrid("x = 1\ndef f(): return x", 2) == "x = 1\n@tf.function\ndef f(): return x"


def test_hybrid_is_idempotent_in_any_spelling():
    source = "@ tf . function(jit_compile=True)\ndef f():\n    pass\n"
    assert not convert_to_hybrid(source, 2).changed
    assert convert_to_hybrid(source, 2).edits == ()
    once = hybrid("def f():\n    pass\n", 1, spelling="function", hybrid_spellings=("tf.function",))
    assert not convert_to_hybrid(once, 2, spelling="function").changed


def test_hybrid_and_eager_are_exact_inverses():
    source = "import tensorflow as tf\n\nclass A:\n    @property\n    def f(self):\n        return 1\n"
    rewrite = convert_to_hybrid(source, 5)
    assert rewrite.inverted().apply() == source
    assert eager(rewrite.apply(), 6) == source


def test_hybrid_refuses_arguments_that_do_not_parse():
    with pytest.raises(ValueError):
        convert_to_hybrid("def f():\n    pass\n", 1, arguments="jit_compile=True,)")


def test_wrong_line_raises_lookup_error_naming_the_line():
    with pytest.raises(LookupError, match="line 2"):
        convert_to_hybrid("def f():\n    pass\n", 2)
    with pytest.raises(LookupError, match="line 7"):
        convert_to_eager("def f():\n    pass\n", 7)


# --- imports ---------------------------------------------------------------------------------


def test_import_goes_after_the_last_import_before_the_function():
    source = "import numpy as np\nfrom os import path  # c\n\nx = 1\n\ndef f():\n    pass\n\nimport later\n"
    rewrite = convert_to_hybrid(source, 6, add_import=IMPORT_TF)
    assert rewrite.apply() == (
        "import numpy as np\nfrom os import path  # c\nimport tensorflow as tf\n\nx = 1\n\n"
        "@tf.function\ndef f():\n    pass\n\nimport later\n"
    )
    assert rewrite.inverted().apply() == source


def test_import_goes_after_docstring_and_future_import_when_no_other_imports():
    source = '"""Module."""\nfrom __future__ import annotations\n\n\ndef f():\n    pass\n'
    assert hybrid(source, 5, add_import=IMPORT_TF) == (
        '"""Module."""\nfrom __future__ import annotations\nimport tensorflow as tf\n\n\n'
        "@tf.function\ndef f():\n    pass\n"
    )


def test_import_goes_after_docstring():
    source = '"""Module."""\n\n# helper\ndef f():\n    pass\n'
    assert hybrid(source, 4, add_import=IMPORT_TF) == (
        '"""Module."""\nimport tensorflow as tf\n\n# helper\n@tf.function\ndef f():\n    pass\n'
    )


def test_import_goes_after_comment_header_but_above_a_comment_on_the_function():
    header = "#!/usr/bin/env python\n# Licence.\n\n# The model.\ndef f():\n    pass\n"
    assert hybrid(header, 5, add_import=IMPORT_TF) == (
        "#!/usr/bin/env python\n# Licence.\n\nimport tensorflow as tf\n# The model.\n@tf.function\ndef f():\n    pass\n"
    )
    attached = "# The model.\ndef f():\n    pass\n"
    assert hybrid(attached, 2, add_import=IMPORT_TF) == (
        "import tensorflow as tf\n# The model.\n@tf.function\ndef f():\n    pass\n"
    )


def test_import_never_goes_inside_a_function_or_class():
    source = "class A:\n    import os\n    def f(self):\n        import numpy\n        return 1\n"
    assert hybrid(source, 3, add_import=IMPORT_TF) == (
        "import tensorflow as tf\nclass A:\n    import os\n    @tf.function\n    def f(self):\n"
        "        import numpy\n        return 1\n"
    )


def test_import_before_function_on_first_line_without_final_newline():
    rewrite = convert_to_hybrid("def f(): pass", 1, add_import=IMPORT_TF)
    assert rewrite.apply() == "import tensorflow as tf\n@tf.function\ndef f(): pass"
    assert rewrite.inverted().apply() == "def f(): pass"


def test_import_not_repeated_when_present():
    source = "import tensorflow  as tf\ndef f():\n    pass\n"
    assert hybrid(source, 2, add_import=IMPORT_TF) == "import tensorflow  as tf\n@tf.function\ndef f():\n    pass\n"


def test_import_uses_crlf():
    source = "import os\r\n\r\ndef f():\r\n    pass\r\n"
    assert hybrid(source, 3, add_import=IMPORT_TF) == (
        "import os\r\nimport tensorflow as tf\r\n\r\n@tf.function\r\ndef f():\r\n    pass\r\n"
    )


# --- convert_to_eager ------------------------------------------------------------------------


def test_eager_removes_multiline_decorator_with_its_comment():
    source = (
        "class A:\n    @tf.function(  # signature\n        input_signature=[\n            tf.TensorSpec(None)],\n"
        "    )\n    @staticmethod\n    def f(x):\n        return x\n"
    )
    assert eager(source, 7) == "class A:\n    @staticmethod\n    def f(x):\n        return x\n"


def test_eager_removes_any_spelling_and_keeps_other_decorators():
    source = "@other\n@tensorflow . function\n@tf.function(jit_compile=True)\ndef f():\n    pass\n"
    assert eager(source, 4) == "@other\ndef f():\n    pass\n"
    assert eager("@function\ndef f(): pass\n", 2, hybrid_spellings=("function",)) == "def f(): pass\n"


def test_eager_without_hybrid_decorator_is_empty():
    rewrite = convert_to_eager("@other\ndef f():\n    pass\n", 2)
    assert rewrite.edits == () and not rewrite.changed and rewrite.unified_diff("x.py") == ""


def test_eager_keeps_crlf_and_comment_lines_around():
    source = "# before\r\n@tf.function\r\n# between\r\ndef f():\r\n    pass"
    assert eager(source, 4) == "# before\r\n# between\r\ndef f():\r\n    pass"


def test_eager_refuses_a_decorator_that_does_not_start_its_line():
    # Only error recovery makes such a tree; removing the line would remove `x = 1` too.
    with pytest.raises(ValueError, match="line 1"):
        convert_to_eager("x = 1; @tf.function\ndef f(): pass\n", 2)


# --- reconfigure -----------------------------------------------------------------------------


def test_reconfigure_adds_call_to_bare_decorator():
    source = "@tf.function\ndef f():\n    pass\n"
    assert reconfigure(source, 2, {"reduce_retracing": "True"}).apply() == (
        "@tf.function(reduce_retracing=True)\ndef f():\n    pass\n"
    )


def test_reconfigure_replaces_value_and_keeps_other_arguments_and_formatting():
    source = "@tf.function(\n    input_signature=[x],\n    jit_compile=False)\ndef f(x):\n    pass\n"
    rewrite = reconfigure(source, 4, {"jit_compile": "True", "reduce_retracing": "True"})
    assert rewrite.apply() == (
        "@tf.function(\n    input_signature=[x],\n    jit_compile=True, reduce_retracing=True)\ndef f(x):\n    pass\n"
    )
    assert rewrite.inverted().apply() == source


def test_reconfigure_empty_call_and_trailing_comma():
    assert reconfigure("@tf.function()\ndef f(): pass\n", 2, {"jit_compile": "True"}).apply() == (
        "@tf.function(jit_compile=True)\ndef f(): pass\n"
    )
    assert reconfigure("@tf.function(jit_compile=True,)\ndef f(): pass\n", 2, {"a": "1"}).apply() == (
        "@tf.function(jit_compile=True, a=1,)\ndef f(): pass\n"
    )


def test_reconfigure_is_idempotent():
    source = "@tf.function(jit_compile = True)\ndef f(): pass\n"
    assert not reconfigure(source, 2, {"jit_compile": "True"}).changed
    once = reconfigure(source, 2, {"reduce_retracing": "True"}).apply()
    assert not reconfigure(once, 2, {"reduce_retracing": "True", "jit_compile": "True"}).changed


def test_reconfigure_needs_a_hybrid_decorator_and_valid_arguments():
    with pytest.raises(LookupError):
        reconfigure("@other\ndef f(): pass\n", 2, {"jit_compile": "True"})
    with pytest.raises(ValueError):
        reconfigure("@tf.function\ndef f(): pass\n", 2, {"jit compile": "True"})
    with pytest.raises(ValueError):
        reconfigure("@tf.function\ndef f(): pass\n", 2, {"jit_compile": "True)"})


def test_decorator_arguments():
    assert decorator_arguments("tf.function") == {}
    assert decorator_arguments("@tf.function()") == {}
    assert decorator_arguments("tf.function(jit_compile=True, input_signature=[tf.TensorSpec([None])])") == {
        "jit_compile": "True",
        "input_signature": "[tf.TensorSpec([None])]",
    }
    assert decorator_arguments("@tf.function(\n    reduce_retracing = True,\n)") == {"reduce_retracing": "True"}


# --- convert_assignment_to_eager -------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("g = tf.function(f)", "g = f"),
        ("g = tf.function(f, reduce_retracing=True)", "g = f"),
        ("g = tensorflow.function(\n    model.call,\n    jit_compile=True)  # c", "g = model.call  # c"),
        ("g = tf.function(func=f)", "g = f"),
        ("g = tf.function(jit_compile=True)(f)", "g = f"),
        ("g: Callable = tf.function(f)", "g: Callable = f"),
        ("g = tf.function(f)(x)", "g = tf.function(f)(x)"),
        ("g = other(f)", "g = other(f)"),
        ("g = tf.function(jit_compile=True)", "g = tf.function(jit_compile=True)"),
    ],
)
def test_assignment_to_eager(statement, expected):
    source = f"x = 1\n{statement}\ny = 2\n"
    rewrite = convert_assignment_to_eager(source, 2)
    assert rewrite.apply() == f"x = 1\n{expected}\ny = 2\n"
    assert rewrite.inverted().apply() == source
    assert not convert_assignment_to_eager(rewrite.apply(), 2).changed


def test_assignment_to_eager_refuses_a_function_hidden_in_star_arguments():
    with pytest.raises(ValueError):
        convert_assignment_to_eager("g = tf.function(*args, **kwargs)\n", 1)


def test_assignment_to_eager_in_class_body_and_wrong_line():
    source = "class A:\n    call = tf.function(call)\n"
    assert convert_assignment_to_eager(source, 2).apply() == "class A:\n    call = call\n"
    with pytest.raises(LookupError, match="line 1"):
        convert_assignment_to_eager(source, 1)


# --- notebook cells --------------------------------------------------------------------------


def test_ipython_lines_stay_untouched_with_parse_source():
    cell = "%time x = 1\n!ls -l\ndef f(x):\n    return x\n%timeit f(1)"
    placeholder = "#time x = 1\n#ls -l\ndef f(x):\n    return x\n#timeit f(1)"
    rewrite = convert_to_hybrid(cell, 3, add_import=IMPORT_TF, parse_source=placeholder)
    assert rewrite.apply() == (
        "import tensorflow as tf\n%time x = 1\n!ls -l\n@tf.function\ndef f(x):\n    return x\n%timeit f(1)"
    )
    assert rewrite.inverted().apply() == cell
    plain = convert_to_hybrid(cell, 3, parse_source=placeholder).apply()
    plain_placeholder = placeholder.replace("def f", "@tf.function\ndef f")
    assert convert_to_eager(plain, 4, parse_source=plain_placeholder).apply() == cell


def test_masked_lines_of_another_length_and_cell_magic_stay_first():
    cell = "%%time\n%time y = 2\ndef f(x):\n    return x\n"
    masked = "pass\ny = 2\ndef f(x):\n    return x\n"
    rewrite = convert_to_hybrid(cell, 3, add_import=IMPORT_TF, parse_source=masked)
    assert rewrite.apply() == "%%time\nimport tensorflow as tf\n%time y = 2\n@tf.function\ndef f(x):\n    return x\n"
    assert rewrite.inverted().apply() == cell


def test_parse_source_must_match_the_lines_it_edits():
    with pytest.raises(ValueError):  # not the same lines
        convert_to_hybrid("def f():\n    pass\n", 1, parse_source="def f():\n")
    with pytest.raises(ValueError):  # the decorator line differs
        convert_to_eager("@tf.function\ndef f(): pass\n", 2, parse_source=" @tf.function\ndef f(): pass\n")


# --- Rewrite ---------------------------------------------------------------------------------


def test_rewrite_apply_invert_and_diff():
    rewrite = Rewrite("abcdef", (TextEdit(0, 0, "X"), TextEdit(1, 3, ""), TextEdit(4, 6, "YZW")))
    assert rewrite.apply() == "XadYZW"
    assert rewrite.inverted().apply() == "abcdef"
    assert rewrite.inverted().inverted().apply() == "XadYZW"
    assert Rewrite("abc").apply() == "abc" and not Rewrite("abc").changed
    with pytest.raises(ValueError):
        Rewrite("abc", (TextEdit(1, 2, ""), TextEdit(0, 1, "")))


def test_unified_diff_marks_missing_final_newline():
    diff = convert_to_hybrid("def f(): pass", 1).unified_diff("cell")
    assert diff == "--- cell\n+++ cell\n@@ -1 +1,2 @@\n+@tf.function\n def f(): pass\n\\ No newline at end of file\n"


# --- properties ------------------------------------------------------------------------------

NAMES = st.from_regex(r"[a-z_][a-z0-9_]{0,6}", fullmatch=True).filter(
    lambda name: not keyword.iskeyword(name)
)
STATEMENTS = st.sampled_from(
    ["pass", "x = 1", "return a + b", "y = [i for i in range(3)]", "print('a  # not a comment')", "x += 1"]
)
OTHER_DECORATORS = st.sampled_from(
    ["staticmethod", "functools.lru_cache(maxsize=None)", "deco(\n    1,\n    2)"]
)
HYBRID_DECORATORS = st.sampled_from(
    ["tf.function", "tf.function(jit_compile=True)", "tensorflow.function(\n    reduce_retracing=True)"]
)
FILLER = st.sampled_from(["", "# a comment", "    # indented comment", "   "])


@dataclass
class Block:
    """Generated lines and, for each function in them, its def line index and whether it is hybrid."""

    lines: list[str]
    functions: list[tuple[int, bool]]

    def extend(self, other: Block, indent: str = "") -> None:
        offset = len(self.lines)
        self.lines += [indent + line if line else line for line in other.lines]
        self.functions += [(offset + index, is_hybrid) for index, is_hybrid in other.functions]


def _decorator_lines(decorator: str, indent: str, unit: str) -> list[str]:
    first, *rest = decorator.split("\n")
    return [f"{indent}@{first}", *(indent + unit + line.lstrip() for line in rest)]


@st.composite
def functions(draw, unit: str, depth: int) -> Block:
    """A function at indentation 0 (the caller indents it) with decorators, comments and a body."""
    lines: list[str] = []
    is_hybrid = draw(st.booleans())
    decorators = draw(st.lists(OTHER_DECORATORS, max_size=2))
    if is_hybrid:
        decorators.insert(draw(st.integers(0, len(decorators))), draw(HYBRID_DECORATORS))
    for decorator in decorators:
        lines += _decorator_lines(decorator, "", unit)
    prefix = "async " if draw(st.booleans()) else ""
    name = draw(NAMES)
    parameters = ", ".join(draw(st.lists(NAMES, max_size=3, unique=True)))
    trailing = draw(st.sampled_from(["", " ", "\t"]))
    block = Block([], [])
    if draw(st.booleans()):
        lines.append(f"{prefix}def {name}({parameters}): {draw(STATEMENTS)}{trailing}")
        block.extend(Block(lines, [(len(lines) - 1, is_hybrid)]))
        return block
    lines.append(f"{prefix}def {name}({parameters}):{trailing}")
    block.extend(Block(lines, [(len(lines) - 1, is_hybrid)]))
    block.extend(Block([draw(STATEMENTS)], []), unit)
    for _ in range(draw(st.integers(0, 2))):
        if depth < 2 and draw(st.booleans()):
            block.extend(draw(functions(unit, depth + 1)), unit)
        else:
            block.extend(Block([draw(STATEMENTS), draw(FILLER)], []), unit)
    return block


@st.composite
def classes(draw, unit: str) -> Block:
    block = Block([f"class {draw(NAMES).capitalize()}:", unit + "x = 1"], [])
    for _ in range(draw(st.integers(1, 2))):
        block.extend(Block([draw(FILLER)], []))
        block.extend(draw(functions(unit, 1)), unit)
    return block


@st.composite
def units(draw) -> tuple[str, list[tuple[int, bool]]]:
    """A valid module: optional docstring, future import, imports, then functions and classes."""
    unit = draw(st.sampled_from(["    ", "  ", "\t"]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    block = Block([], [])
    header = []
    if draw(st.booleans()):
        header.append('"""Docstring."""')
    if draw(st.booleans()):
        header.append("from __future__ import annotations")
    other_header_lines = st.sampled_from(["import numpy as np", "from os import path", "# header"])
    header += draw(st.lists(other_header_lines, max_size=2))
    block.extend(Block(header, []))
    for _ in range(draw(st.integers(1, 3))):
        block.extend(Block(draw(st.lists(FILLER, max_size=2)), []))
        block.extend(draw(st.one_of(functions(unit, 0), classes(unit))))
    text = newline.join(block.lines)
    if draw(st.booleans()):
        text += newline
    return text, [(index + 1, is_hybrid) for index, is_hybrid in block.functions]


def _inserted_lines(rewrite: Rewrite) -> int:
    return rewrite.apply().count("\n") - rewrite.original.count("\n")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(units(), st.sampled_from([None, IMPORT_TF]))
def test_property_hybrid_is_exact_idempotent_and_invertible(generated, add_import):
    source, functions_ = generated
    compile(source, "<generated>", "exec")
    for def_line, is_hybrid in functions_:
        rewrite = convert_to_hybrid(source, def_line, add_import=add_import)
        assert rewrite.inverted().apply() == source
        if is_hybrid:
            assert not rewrite.changed
            continue
        hybrid_text = rewrite.apply()
        compile(hybrid_text, "<hybrid>", "exec")
        new_def_line = def_line + _inserted_lines(rewrite)
        assert not convert_to_hybrid(hybrid_text, new_def_line, add_import=add_import).changed
        if add_import is None:
            assert convert_to_eager(hybrid_text, new_def_line).apply() == source


@settings(max_examples=200, deadline=None, derandomize=True)
@given(units())
def test_property_eager_and_reconfigure_are_exact_idempotent_and_invertible(generated):
    source, functions_ = generated
    for def_line, is_hybrid in functions_:
        rewrite = convert_to_eager(source, def_line)
        assert rewrite.inverted().apply() == source
        assert rewrite.changed == is_hybrid
        eager_text = rewrite.apply()
        compile(eager_text, "<eager>", "exec")
        new_def_line = def_line + _inserted_lines(rewrite)
        assert not convert_to_eager(eager_text, new_def_line).changed
        if is_hybrid:
            reconfigured = reconfigure(source, def_line, {"reduce_retracing": "True"})
            assert reconfigured.inverted().apply() == source
            compile(reconfigured.apply(), "<reconfigured>", "exec")
            assert not reconfigure(reconfigured.apply(), def_line, {"reduce_retracing": "True"}).changed
