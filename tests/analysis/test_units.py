"""IPython masking keeps every line in place; notebooks and files become units."""
import json

import pytest
from hypothesis import given, settings, strategies as st

from hybridize_analysis.units import InputError, mask_ipython, read_text, units_from_notebook_json


def masked_lines(source):
    masked, skipped = mask_ipython(source)
    assert skipped is None
    assert masked.count("\n") == source.count("\n")
    return masked.splitlines()


@pytest.mark.parametrize("line, expected", [
    ("%matplotlib inline", "pass"),
    ("!pip install tensorflow", "pass"),
    ("files = !ls", "files = None"),
    ("t = %timeit -o f(x)", "t = None"),
    ("tf.function?", "pass"),
    ("??tf.function", "pass"),
    ("%time y = train(x)", "y = train(x)"),
    ("%timeit -n 10 -r 3 step(x)", "step(x)"),
    ("    %time step(x)", "    step(x)"),
])
def test_line_escapes_become_python_on_the_same_line(line, expected):
    assert masked_lines(f"x = 1\n{line}\nz = 2\n") == ["x = 1", expected, "z = 2"]


def test_modulo_and_inequality_in_continuations_are_not_magics():
    source = "x = (a\n     % b)\ny = a != !c if False else 0\n"
    assert masked_lines(source)[1] == "     % b)"


def test_magic_text_inside_a_string_is_kept():
    source = 'doc = """\n%not a magic\n"""\n'
    assert masked_lines(source)[1] == "%not a magic"


@pytest.mark.parametrize("magic", ["%%time", "%%timeit -n1", "%%capture out", "%%hybridize --json"])
def test_python_cell_magics_are_analysed(magic):
    masked, skipped = mask_ipython(f"{magic}\ndef f(x):\n    return x\n")
    assert skipped is None
    assert masked.splitlines() == ["pass", "def f(x):", "    return x"]


@pytest.mark.parametrize("magic", ["%%bash", "%%html", "%%writefile x.py", "%%javascript"])
def test_other_cell_magics_are_skipped(magic):
    masked, skipped = mask_ipython(f"{magic}\ndef f(x):\n    return x\n")
    assert skipped == magic[2:].split()[0]
    assert "def" not in masked


def test_crlf_line_endings_survive_masking():
    masked, _ = mask_ipython("%time f()\r\nx = 1\r\n")
    assert masked == "f()\r\nx = 1\r\n"


@given(st.text(alphabet=st.sampled_from(list("%!?;,/ \n\t\r\"'()[]{}#\\abcxyz=.:")), max_size=200))
@settings(max_examples=300, deadline=None, derandomize=True)
def test_masking_never_raises_and_keeps_the_line_count(text):
    masked, _ = mask_ipython(text)
    assert len(masked.splitlines()) == len(text.splitlines())


def test_notebook_cells_in_document_order_with_ids(notebook):
    path = notebook([("markdown", "# Title"), "import tensorflow as tf", "def f(x):\n    return x"])
    units = units_from_notebook_json(path.read_text(), str(path))
    assert [unit.id for unit in units] == ["cell:cell-1", "cell:cell-2"]
    assert [unit.kind for unit in units] == ["cell", "cell"]
    assert units[1].notebook_index == 2


def test_notebook_source_as_list_of_lines():
    text = json.dumps({"cells": [{"cell_type": "code", "source": ["def f(x):\n", "    return x\n"]}]})
    (unit,) = units_from_notebook_json(text, "nb.ipynb")
    assert unit.source == "def f(x):\n    return x\n"
    assert unit.id == "cell:1"


def test_invalid_notebook_json_names_the_path_and_line():
    with pytest.raises(InputError, match=r"nb.ipynb:2: not a valid notebook"):
        units_from_notebook_json('{"cells":\n [,]}', "nb.ipynb")


def test_notebook_without_cells_list():
    with pytest.raises(InputError, match="no 'cells' list"):
        units_from_notebook_json("[]", "nb.ipynb")


def test_non_utf8_file_names_path_and_line(tmp_path):
    path = tmp_path / "latin.py"
    path.write_bytes(b"x = 1\ny = '\xe9'\n")
    with pytest.raises(InputError, match=r"latin.py:2: not UTF-8"):
        read_text(path)
