"""`hybridize-check` as a user runs it: formats, exit codes, and one-line errors for bad input."""
import json
import subprocess
import sys

import pytest

from hybridize_analysis.cli import main

NOTEBOOK_CELLS = [
    ("markdown", "# Training"),
    "%matplotlib inline\nimport tensorflow as tf\n!nvidia-smi",
    "@tf.function\ndef step(x):\n    return x * 2\n\nfast = tf.function(lambda x: x)",
    "%%time\ndef timed(x):\n    return x + 1",
    "def broken(:\n    pass\n\ndef survivor(y):\n    return y",
    "%%bash\necho hi",
    "from tensorflow import function\n\n@function\ndef spelled(x):\n    return x",
    "def wrapped(x):\n    return x\nwrapped_fast = tf.function(wrapped)",
]


def run_cli(capsys, *args):
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_report_on_a_notebook_with_magics_and_a_broken_cell(capsys, notebook):
    path = notebook(NOTEBOOK_CELLS)
    code, out, err = run_cli(capsys, "--format", "json", path)
    assert code == 0
    report = json.loads(out)
    assert report["schema"] == "hybridize-report/1"
    functions = {entry["qualname"]: entry for entry in report["functions"]}
    assert set(functions) == {"step", "timed", "survivor", "spelled", "wrapped"}
    assert {name: entry["is_hybrid"] for name, entry in functions.items()} == {
        "step": True, "timed": False, "survivor": False, "spelled": True, "wrapped": True}
    assert functions["survivor"]["unit"] == "cell:cell-4"
    assert (functions["survivor"]["line"], functions["survivor"]["end_line"]) == (4, 5)
    assert functions["step"]["decorator"] == "tf.function"
    units = {unit["id"]: unit for unit in report["units"]}
    assert units["cell:cell-4"]["parse_errors"][0]["line"] == 1
    assert units["cell:cell-1"]["parse_errors"] == []  # magics are masked, not errors
    assert "skipped" in units["cell:cell-5"]
    assert report["summary"]["functions"] == 5


def test_report_has_every_field_of_the_contract(capsys, tmp_path):
    (tmp_path / "m.py").write_text("def f(x):\n    return x\n")
    _, out, _ = run_cli(capsys, "--format", "json", tmp_path / "m.py")
    report = json.loads(out)
    assert set(report) == {"schema", "tool", "tables", "units", "functions", "summary"}
    assert report["tables"] == "default"
    assert report["tool"]["name"] == "jupyterlab-hybridize"
    entry = report["functions"][0]
    assert {"unit", "qualname", "name", "line", "end_line", "is_hybrid", "decorator", "properties",
            "candidate", "refactoring", "passing_precondition", "transformations", "findings",
            "assumptions", "benchmark"} <= set(entry)
    assert set(entry["properties"]) == {"has_tensor_parameter", "has_primitive_parameter",
                                        "has_python_side_effects", "is_recursive"}
    assert set(report["summary"]) >= {"functions", "candidates", "refactorable", "by_code"}
    assert set(report["summary"]) >= {"decorate", "traced_inside", "plan"}  # the boundary plan


def test_directory_units_are_relative_paths(capsys, tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "model.py").write_text("def f(x):\n    return x\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "skip.py").write_text("def g(x):\n    return x\n")
    _, out, _ = run_cli(capsys, "--format", "json", tmp_path)
    report = json.loads(out)
    assert [entry["unit"] for entry in report["functions"]] == ["pkg/model.py"]


def test_table_format(capsys, notebook):
    code, out, _ = run_cli(capsys, notebook(NOTEBOOK_CELLS))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["location", "function", "state", "recommendation", "reasons"]
    assert any("survivor" in line and "eager" in line for line in lines)
    assert any("cell:cell-4:1: SyntaxError" in line for line in lines)
    assert lines[-2].startswith("5 functions")
    assert lines[-1].startswith(("decorate ", "no decorator to add"))  # the boundary plan in a line


@pytest.mark.parametrize("make_path, message", [
    (lambda tmp: tmp / "missing.py", "missing.py: no such file or directory"),
    (lambda tmp: (tmp / "empty").mkdir() or tmp / "empty", "no Python files or notebooks found"),
    (lambda tmp: (tmp / "latin.py").write_bytes(b"x = '\xe9'\n") and tmp / "latin.py", "latin.py:1: not UTF-8"),
    (lambda tmp: (tmp / "bad.ipynb").write_text("{\n\n oops") and tmp / "bad.ipynb", "bad.ipynb:3: not a valid notebook"),
    (lambda tmp: (tmp / "notes.txt").write_text("hi") and tmp / "notes.txt", "not a Python file or notebook"),
])
def test_unusable_paths_exit_2_with_one_line(capsys, tmp_path, make_path, message):
    code, out, err = run_cli(capsys, make_path(tmp_path))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and message in err


def test_unreadable_file_inside_a_directory_is_a_warning(capsys, tmp_path):
    (tmp_path / "good.py").write_text("def f(x):\n    return x\n")
    (tmp_path / "latin.py").write_bytes(b"x = '\xe9'\n")
    code, out, err = run_cli(capsys, "--format", "json", tmp_path)
    assert code == 0
    assert "latin.py:1: not UTF-8" in err
    assert [entry["qualname"] for entry in json.loads(out)["functions"]] == ["f"]


def test_notebook_without_code_cells(capsys, notebook):
    code, out, err = run_cli(capsys, "--format", "json", notebook([("markdown", "# only prose")]))
    assert code == 0
    assert "no code cells" in err
    assert json.loads(out)["functions"] == []


def test_cell_that_is_only_magics(capsys, notebook):
    code, out, _ = run_cli(capsys, "--format", "json", notebook(["%load_ext autoreload\n%autoreload 2"]))
    assert code == 0
    assert json.loads(out)["units"][0]["parse_errors"] == []


def test_big_and_deep_files(capsys, tmp_path):
    big = tmp_path / "big.py"
    big.write_text("".join(f"def f{i}(x):\n    return x\n" for i in range(5000)))
    deep = tmp_path / "deep.py"
    deep.write_text("def f(x):\n" + "".join("    " * (i + 1) + f"if x > {i}:\n" for i in range(200))
                    + "    " * 201 + "pass\n")
    code, out, err = run_cli(capsys, "--format", "json", big, deep)
    assert code == 0 and err == ""
    report = json.loads(out)
    assert report["summary"]["functions"] == 5001
    deep_unit = [unit for unit in report["units"] if unit["id"].endswith("deep.py")][0]
    assert deep_unit["parse_errors"]


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--format", "xml", "x.py"])
    assert exit_info.value.code == 2


def test_module_entry_point_matches_the_command(tmp_path):
    (tmp_path / "m.py").write_text("def f(x):\n    return x\n")
    result = subprocess.run([sys.executable, "-m", "hybridize_analysis", "--format", "json", str(tmp_path / "m.py")],
                            capture_output=True, text=True, check=True)
    assert json.loads(result.stdout)["functions"][0]["qualname"] == "f"
