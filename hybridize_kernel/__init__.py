"""jupyterlab-hybridize in the kernel: `%load_ext hybridize_kernel`.

Registers the `%hybridize` / `%%hybridize` magics, the comm target `hybridize` and the run-cell
hooks that keep the JupyterLab panel current. Everything is imported lazily, when the extension
loads, so importing this package costs nothing (and never imports TensorFlow).
`hybridize_kernel.benchmark(f, args)` is `%hybridize bench` as a Python call.
"""


def load_ipython_extension(ipython):
    from .extension import load

    load(ipython)


def unload_ipython_extension(ipython):
    from .extension import unload

    unload(ipython)


def benchmark(function, args=None, kwargs=None, *, budget: float = 2.0, force: bool = False):
    """Time `function(*args, **kwargs)` eagerly against graph (and XLA) execution, in place, and
    check they give the same results: `%hybridize bench` as a Python call.

    `function` is a notebook function (or its name, or a bound method); `args` is the tuple of
    positional arguments (a non-tuple value is the only one), None for its last observed call.
    With the extension loaded, a function a cell defines goes the magic's way: refused when it has
    Python side effects unless `force`, its result kept for the report. Any other callable is
    benchmarked as it is. Shows a progress bar, the summary and a bar chart; returns the result
    as a dict (the report's `benchmark` field). State it can reach is restored bitwise.
    """
    from .advisor import benchmark_callable, show_benchmark
    from .bench import BenchmarkRecord

    outcome = benchmark_callable(function, args, kwargs, budget=budget, force=force)
    show_benchmark(outcome)
    return BenchmarkRecord(outcome)
