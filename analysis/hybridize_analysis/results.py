"""What the engine produces: per-function results and the analysis of one program."""
from __future__ import annotations

from dataclasses import dataclass, field

from .facts import NO_FACTS, Facts
from .model import FunctionInfo, Program
from .rules.base import Assumption, Finding
from .units import Unit

PROPERTY_NAMES = ("has_tensor_parameter", "has_primitive_parameter", "has_python_side_effects", "is_recursive")


#: Operations a call must run for a graph call to pay: the smallest break-even measured by
#: `benchmarks/graph_call_threshold.py` on these machines (8 matrix products of [128, 128]; 48
#: elementwise operations on a small vector). Below it a graph call is several times slower.
MIN_GRAPH_OPS = 8
#: Calls from which the time a graph saves can earn back its tracing: under the smallest count
#: measured by `benchmarks/graph_call_threshold.py` for functions of at least MIN_GRAPH_OPS
#: operations (19 calls for 96 matrix products, whose tracing takes ~130 ms; 537 for 48
#: elementwise operations). A function eager code calls fewer times, counted from the code,
#: stays eager: its graph would make the program slower.
MIN_GRAPH_CALLS = 16


@dataclass
class Options:
    """Switches a user can set; defaults follow the paper."""

    booleans_are_primitive: bool = False
    few_values: int = 2  # a Python parameter taking at most this many constants is no retracing hazard
    min_graph_ops: int = MIN_GRAPH_OPS  # fewer estimated operations, called from eager code: keep eager
    min_graph_calls: int = MIN_GRAPH_CALLS  # fewer calls counted from eager code: keep eager
    plan: bool = True  # the boundary plan (boundary.py); off: every function as the tables decide it
    expected_calls: int | None = None  # calls a decorator must pay its tracing over (default: those seen)
    tables: str = "default"  # "paper": the paper's two tables exactly (SPEC 4.10)
    keras_version: int | None = None  # 2 or 3; None decides from the project and the installation
    keras_source: str = "--keras"  # where an explicit keras_version comes from (the live kernel says so)
    project_root: object = None  # the directory whose pins decide the target versions
    facts: Facts = NO_FACTS  # live facts from the kernel


@dataclass
class FunctionResult:
    """Everything decided about one function; `report.py` turns it into SPEC 5's shape."""

    function: FunctionInfo
    properties: dict[str, bool | None] = field(default_factory=lambda: dict.fromkeys(PROPERTY_NAMES))
    candidate: bool = False
    refactoring: str | None = None
    passing_precondition: str | None = None
    transformations: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    assumptions: list[Assumption] = field(default_factory=list)
    benchmark: dict | None = None
    decorator_arguments: dict[str, str] = field(default_factory=dict)  # for RECONFIGURE
    fixes: list = field(default_factory=list)  # fixes.Fix: mechanical edits offered separately
    safe: bool = False  # the transformation can be applied as it stands (decide.settle)
    verification: dict | None = None  # the outcome of running it before applying (SPEC 8.1)
    benchmark_refusal: str | None = None  # why it is not benchmarked in place, if it is not


@dataclass
class Analysis:
    """One analysed program (a file, a directory or a notebook)."""

    program: Program
    units: list[Unit]
    results: list[FunctionResult]
    warnings: list[str] = field(default_factory=list)  # one-line messages about inputs we skipped
    dataflow: object = None  # tensors.dataflow.Dataflow, kept for the kernel and the benchmarks
    callgraph: object = None  # callgraph.CallGraph
    targets: object = None  # rules.context.TargetVersions
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase, for the benchmarks
    tables: str = "default"  # the decision tables used (Options.tables)
