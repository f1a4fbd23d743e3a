"""Overhead of call observation (`%hybridize observe on`) per call.

A notebook function doing one small tensor op is called plainly and through the observation
wrapper the kernel installs; the same for a `tf.function`, whose observed class records before
calling. Prints microseconds per call both ways and the ratio. No assertions.

Run: `.venv/bin/python benchmarks/observation_overhead.py`
"""
from __future__ import annotations

import argparse
import functools
import os
import timeit

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

CELL = """
import tensorflow as tf

def add_one(x):
    return x + 1.0

@tf.function
def add_one_graph(x):
    return x + 1.0

x = tf.ones([8, 8])
"""


def interleaved_us(pairs: dict, argument, number: int, repeat: int) -> dict:
    """µs per call of each function, measured alternately so that machine load hits both alike;
    the minimum over repeats, as %timeit reports the best run."""
    best = {name: float("inf") for name in pairs}
    for _ in range(repeat):
        for name, function in pairs.items():
            seconds = timeit.timeit(lambda: function(argument), number=number)
            best[name] = min(best[name], seconds / number * 1e6)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    from IPython.testing.globalipapp import get_ipython

    shell = get_ipython()
    shell.run_line_magic("load_ext", "hybridize_kernel")
    shell.run_cell(CELL, store_history=True, cell_id="defs")
    namespace = shell.user_ns
    x = namespace["x"]
    plain, hybrid = namespace["add_one"], namespace["add_one_graph"]
    hybrid(x)  # trace once
    base_call = type(hybrid).__call__
    shell.run_line_magic("hybridize", "observe on")
    observed = namespace["add_one"]
    assert observed is not plain and namespace["add_one_graph"] is hybrid
    timings = interleaved_us({
        "eager plain": plain, "eager observed": observed,
        "graph plain": functools.partial(base_call, hybrid), "graph observed": hybrid,
    }, x, args.number, args.repeat)
    record = observed.__hybridize_record__
    note_us = timeit.timeit(lambda: record.note((x,), {}), number=args.number * 5) / (args.number * 5) * 1e6
    print(f"one small tensor op (x + 1.0 on float32[8,8]); best of {args.repeat} x {args.number} calls")
    print(f"{'':16} {'plain µs/call':>14} {'observed µs/call':>17} {'ratio':>7} {'added µs':>9}")
    for kind, name in (("eager", "eager function"), ("graph", "tf.function")):
        before, after = timings[f"{kind} plain"], timings[f"{kind} observed"]
        print(f"{name:16} {before:14.2f} {after:17.2f} {after / before:7.2f} {after - before:9.2f}")
    print(f"the recorder alone (one tensor argument, signature already seen): {note_us:.2f} µs per call")
    shell.run_line_magic("unload_ext", "hybridize_kernel")


if __name__ == "__main__":
    main()
