"""How many TensorFlow operations a function must run before a `tf.function` call pays (SPEC 4.5).

Calling a `tf.function` costs more than calling one eager operation: the arguments are matched
to a concrete function and the graph is run through the executor. Each eager operation costs its
own dispatch, which the graph saves. So a function with few operations is slower as a graph and
one with many is faster. This measures, for functions of N elementwise operations on a small
tensor and of N matrix products, the time per call eagerly and as a traced `tf.function`, and
prints for each the smallest N from which the graph is faster in every later row. The engine's
`MIN_GRAPH_OPS` (below it: "too little work for a graph call to pay") is set at or under the
smallest of them, since heavier operations than these move the break-even lower still. No
assertions: ratios on these shared machines move by tens of percent between runs.

Run: `.venv/bin/python benchmarks/graph_call_threshold.py [--calls 2000]`
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

OP_COUNTS = (1, 2, 4, 8, 16, 24, 32, 48, 64, 96, 128)
#: (label, argument shape, operation): elementwise work on a small tensor, and matrix products of
#: a size a small model's layer computes, where each operation weighs more against the call.
WORKLOADS = (
    ("sin of a [16] vector", [16], lambda tf, x: tf.math.sin(x)),
    ("matmul of [128, 128] matrices", [128, 128], lambda tf, x: tf.linalg.matmul(x, x) * 0.01),
)


def make_function(tf, count: int, operation):
    """A function of `count` operations, as a small helper or a loss term is."""
    def body(x):
        for _ in range(count):
            x = operation(tf, x)
        return x
    return body


def per_call(function, argument, calls: int, repeats: int = 5) -> float:
    """The median over `repeats` of the mean seconds per call over `calls` calls."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            function(argument)
        samples.append((time.perf_counter() - start) / calls)
    return statistics.median(samples)


def trace_cost(tf, count: int, operation, argument, repeats: int = 5) -> float:
    """Seconds the first call of a new `tf.function` of `count` operations takes beyond a call of
    the traced graph: the tracing (and graph optimisation) each decorated function pays once."""
    samples = []
    for _ in range(repeats):
        graph = tf.function(make_function(tf, count, operation))
        start = time.perf_counter()
        graph(argument)
        first = time.perf_counter() - start
        samples.append(first - per_call(graph, argument, 50, repeats=1))
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000, help="calls per timing (default 2000)")
    options = parser.parse_args(argv)

    import tensorflow as tf

    from hybridize_analysis.results import MIN_GRAPH_CALLS, MIN_GRAPH_OPS

    break_evens, calls_to_pay = [], []
    for label, shape, operation in WORKLOADS:
        argument = tf.random.stateless_normal(shape, seed=(1, 2))
        rows = []
        for count in OP_COUNTS:
            eager = make_function(tf, count, operation)
            graph = tf.function(make_function(tf, count, operation))
            graph(argument)  # trace once, outside the timing
            rows.append((count, per_call(eager, argument, options.calls), per_call(graph, argument, options.calls),
                         trace_cost(tf, count, operation, argument)))
        print(f"{label}:")
        print(f"{'ops':>6}  {'eager us':>9}  {'graph us':>9}  {'graph/eager':>11}  {'trace ms':>8}  {'pays after':>10}")
        for count, eager_time, graph_time, tracing in rows:
            calls = _calls_to_pay(eager_time, graph_time, tracing)
            print(f"{count:>6}  {eager_time * 1e6:>9.1f}  {graph_time * 1e6:>9.1f}  {graph_time / eager_time:>11.2f}"
                  f"  {tracing * 1e3:>8.1f}  {'never' if calls is None else f'{calls} calls':>10}")
            if calls is not None and count >= MIN_GRAPH_OPS:
                calls_to_pay.append(calls)
        paying = [count for index, (count, _, _, _) in enumerate(rows)
                  if all(graph_time < eager_time for _, eager_time, graph_time, _ in rows[index:])]
        break_evens.append(paying[0] if paying else None)
        print(f"  a graph call pays from {break_evens[-1]} operations")
    known = [count for count in break_evens if count is not None]
    print(f"threshold: the smallest break-even is {min(known) if known else None} operations; "
          f"the engine's MIN_GRAPH_OPS is {MIN_GRAPH_OPS}")
    print(f"calls: from {MIN_GRAPH_OPS} operations on, tracing is earned back after {min(calls_to_pay)} to "
          f"{max(calls_to_pay)} calls (median {int(statistics.median(calls_to_pay))}); "
          f"the engine's MIN_GRAPH_CALLS is {MIN_GRAPH_CALLS}")
    return 0


def _calls_to_pay(eager_time: float, graph_time: float, tracing: float) -> int | None:
    """The calls after which the time graph calls save covers the tracing; None if they save none."""
    saving = eager_time - graph_time
    return None if saving <= 0 else int(tracing / saving) + 1


if __name__ == "__main__":
    raise SystemExit(main())
