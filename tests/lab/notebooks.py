"""Small notebooks written by the browser tests themselves."""
from __future__ import annotations

from pathlib import Path

import nbformat


def write_notebook(path: Path, cells: dict[str, str]) -> Path:
    """A Python 3 notebook of code cells, each with the given id."""
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(source, id=cell_id) for cell_id, source in cells.items()]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, path)
    return path
