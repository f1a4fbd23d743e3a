"""jupyterlab-hybridize in the kernel: `%load_ext hybridize_kernel`.

Registers the `%hybridize` / `%%hybridize` magics, the comm target `hybridize` and the run-cell
hooks that keep the JupyterLab panel current. Everything is imported lazily, when the extension
loads, so importing this package costs nothing (and never imports TensorFlow).
"""


def load_ipython_extension(ipython):
    from .extension import load

    load(ipython)


def unload_ipython_extension(ipython):
    from .extension import unload

    unload(ipython)
