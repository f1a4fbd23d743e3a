"""The program model: scopes and bindings, imports, functions and classes, hybrid functions."""
from __future__ import annotations

import time
from dataclasses import dataclass

from ..parse import DEFAULT_CACHE, ParseCache, Parsed, deep_recursion, parse_text
from ..units import Unit
from .builder import ModelBuilder
from .hybrid import TF_FUNCTION_NAMES, get_tf_function_spellings, mark_hybrid_functions
from .program import ClassInfo, FunctionInfo, HybridMarker, Module, Program
from .scopes import ModuleScope

__all__ = [
    "ClassInfo", "FunctionInfo", "HybridMarker", "Module", "ModuleSpec", "Program", "TF_FUNCTION_NAMES",
    "build_program", "get_tf_function_spellings",
]


@dataclass(frozen=True)
class ModuleSpec:
    """A module to build: its dotted name (or notebook path) and its units in execution order."""

    name: str
    units: tuple[Unit, ...]
    is_package: bool = False


def _unshare_trees(specs: list[ModuleSpec], parsed_specs: list[list[Parsed]]) -> None:
    """Identical units get the cached tree once; a second copy is parsed anew, since the model
    keys scopes and positions by tree identity."""
    seen: set[int] = set()
    for spec, parsed in zip(specs, parsed_specs):
        for index, (unit, result) in enumerate(zip(spec.units, parsed)):
            if result.tree is not None and id(result.tree) in seen:
                parsed[index] = parse_text(unit.masked, is_cell=unit.kind == "cell")
            elif result.tree is not None:
                seen.add(id(result.tree))


def build_program(specs: list[ModuleSpec], cache: ParseCache = DEFAULT_CACHE,
                  timings: dict[str, float] | None = None) -> Program:
    """Parse every unit (through the cache) and build the model of all modules together.

    `timings`, when given, receives the seconds spent in "parse" and "model".
    """
    started = time.perf_counter()
    parsed_specs = [[cache.parse(unit.masked, is_cell=unit.kind == "cell") for unit in spec.units]
                    for spec in specs]
    _unshare_trees(specs, parsed_specs)
    parsed_at = time.perf_counter()
    program = Program()
    builders = []
    for spec, parsed in zip(specs, parsed_specs):
        module = Module(name=spec.name, units=list(spec.units), parsed=parsed, scope=ModuleScope(None),
                        is_package=spec.is_package)
        program.modules[spec.name] = module
        builder = ModelBuilder(program, module)
        for index, (unit, result) in enumerate(zip(spec.units, parsed)):
            if result.tree is None or unit.skipped_magic is not None:
                continue
            with deep_recursion():
                try:
                    builder.build_unit(index, unit, result.tree)
                except RecursionError:
                    module.messages.append((unit, 1, "code nested too deeply to analyse"))
        builders.append(builder)
    for builder in builders:
        with deep_recursion():
            mark_hybrid_functions(program, builder.module, builder.calls)
    if timings is not None:
        timings["parse"] = parsed_at - started
        timings["model"] = time.perf_counter() - parsed_at
    return program
