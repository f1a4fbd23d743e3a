"""Headless report tests: tiny notebooks written to tmp_path, run in real kernels by nbclient.

Each notebook takes a few seconds at most (a kernel start and a few tensor operations); the
TensorFlow import happens in the kernels, never in the test process.
"""
from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def write_notebook(path: Path, *sources: str, markdown: str = "# A test notebook") -> Path:
    """A notebook with a title cell and one code cell per source, cell ids `c1`, `c2`..."""
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.cells = [nbformat.v4.new_markdown_cell(markdown, id="title")]
    notebook.cells += [nbformat.v4.new_code_cell(source, id=f"c{number}") for number, source in enumerate(sources, 1)]
    nbformat.validate(notebook)
    nbformat.write(notebook, path)
    return path


#: Agrees once rewritten: `scale_and_sum` gets @tf.function, `describe` keeps printing eagerly,
#: `make_range` loses a decorator it does not need (it runs no TensorFlow operation and its result is
#: dropped, so nothing a caller sees changes).
GOOD_CELLS = (
    "import numpy as np\nimport tensorflow as tf\n\nweights = tf.Variable([[1.0], [2.0], [0.5]])\n"
    "batch = tf.constant(np.arange(12, dtype='float32').reshape(4, 3))",
    "def scale_and_sum(x):\n    # the matrix product, then the column sums\n    y = tf.matmul(x, weights)\n"
    "    return tf.reduce_sum(y, axis=0)\n\n\n"
    "def describe(label, value):\n    print(label, value)\n\n\n"
    "@tf.function\ndef make_range(n):\n    return list(range(n))\n",
    "for _ in range(5):\n    total = scale_and_sum(batch)\nmake_range(4)\n"
    "describe('total', float(total[0]))\nfloat(tf.reduce_mean(batch))",
)


@pytest.fixture
def good_notebook(tmp_path) -> Path:
    return write_notebook(tmp_path / "good.ipynb", *GOOD_CELLS)
