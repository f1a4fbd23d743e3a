"""Builders shared by the analysis tests: programs from source strings, notebooks on disk."""
from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest

from hybridize_analysis.model import ModuleSpec, build_program
from hybridize_analysis.parse import ParseCache
from hybridize_analysis.units import Unit


def make_file_unit(source: str, name: str = "m.py") -> Unit:
    return Unit.from_source(name, name, "file", textwrap.dedent(source))


def build(source: str, module: str = "m"):
    """A one-module program from dedented source; returns (program, {qualname: FunctionInfo})."""
    program = build_program([ModuleSpec(module, (make_file_unit(source, module + ".py"),))], ParseCache())
    return program, {function.qualname: function for function in program.iter_functions()}


def build_cells(*cells: str):
    """A notebook program whose cells are `cells`, in order."""
    units = tuple(Unit.from_source(f"cell:c{i}", "nb.ipynb", "cell", textwrap.dedent(cell))
                  for i, cell in enumerate(cells))
    program = build_program([ModuleSpec("nb.ipynb", units)], ParseCache())
    return program, {function.qualname: function for function in program.iter_functions()}


def write_notebook(path: Path, cells: list[str | tuple[str, str]]) -> Path:
    """A minimal nbformat 4.5 notebook; a cell is source text or (cell_type, source)."""
    nb_cells = []
    for index, cell in enumerate(cells):
        kind, source = cell if isinstance(cell, tuple) else ("code", cell)
        entry = {"cell_type": kind, "id": f"cell-{index}", "metadata": {}, "source": textwrap.dedent(source)}
        if kind == "code":
            entry.update(execution_count=None, outputs=[])
        nb_cells.append(entry)
    path.write_text(json.dumps({"cells": nb_cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    return path


@pytest.fixture
def notebook(tmp_path):
    def factory(cells, name="nb.ipynb"):
        return write_notebook(tmp_path / name, cells)
    return factory


#: These modules call each function once or twice to give it arguments, which by itself would
#: keep every function eager (too few calls for tracing to pay, TOO_FEW_CALLS): the tests judge
#: the tables and the rest of the plan, and the tests of call counting set it.
NO_CALL_COUNT = {"min_graph_calls": 0}


def analyse_source(source: str, **options):
    """The whole analysis of one dedented module; returns (analysis, {qualname: FunctionResult})."""
    from hybridize_analysis.engine import analyse_specs
    from hybridize_analysis.results import Options

    options = {**NO_CALL_COUNT, **options}
    analysis = analyse_specs([ModuleSpec("m", (make_file_unit(source),))], Options(**options), ParseCache())
    return analysis, {result.function.qualname: result for result in analysis.results}


def analyse_cells(*cells: str, **options):
    """The whole analysis of a notebook made of `cells`, in order."""
    from hybridize_analysis.engine import analyse_specs
    from hybridize_analysis.results import Options

    units = tuple(Unit.from_source(f"cell:c{i}", "nb.ipynb", "cell", textwrap.dedent(cell))
                  for i, cell in enumerate(cells))
    analysis = analyse_specs([ModuleSpec("nb.ipynb", units)], Options(**options), ParseCache())
    return analysis, {result.function.qualname: result for result in analysis.results}


def make_context(analysis, qualname: str, keras: int = 3):
    """The FunctionContext a pitfall check receives, for the function `qualname`."""
    from hybridize_analysis.rules.context import FunctionContext, TargetVersions

    function = next(r.function for r in analysis.results if r.function.qualname == qualname)
    return FunctionContext(function, analysis.program, analysis.dataflow, analysis.callgraph,
                           TargetVersions(keras, "the test"))


@pytest.fixture(scope="session")
def tf():
    """TensorFlow, imported once for the session with quiet logs (for tests that check a claim
    about its behaviour by running it)."""
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"
    import tensorflow

    tensorflow.get_logger().setLevel("ERROR")
    return tensorflow
