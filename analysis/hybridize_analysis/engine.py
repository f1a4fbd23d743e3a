"""The pipeline from paths or units to per-function results: front end, model, analyses, decisions."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from .model import ModuleSpec, build_program
from .parse import DEFAULT_CACHE, ParseCache, deep_recursion
from .pipeline import run_analyses
from .results import Analysis, FunctionResult, Options
from .units import InputError, iter_python_files, units_from_path

__all__ = ["Analysis", "FunctionResult", "Options", "analyse_path", "analyse_specs"]

def analyse_specs(specs: list[ModuleSpec], options: Options | None = None,
                  cache: ParseCache = DEFAULT_CACHE) -> Analysis:
    options = options or Options()
    timings: dict[str, float] = {}
    program = build_program(specs, cache, timings)
    units = [unit for spec in specs for unit in spec.units]
    results = [FunctionResult(function) for function in program.iter_functions()]
    analysis = Analysis(program=program, units=units, results=results, timings=timings)
    try:
        with deep_recursion():
            run_analyses(analysis, options)
    except Exception as error:  # an engine bug must not cost the user their report
        if os.environ.get("HYBRIDIZE_STRICT"):
            raise
        where = units[0].path if units else "the program"
        analysis.warnings.append(f"{where}: internal error in the analysis ({type(error).__name__}: {error}); "
                                 "properties are left undetermined")
        analysis.results = [FunctionResult(function) for function in program.iter_functions()]
    return analysis


def analyse_path(path: Path, options: Options | None = None, cache: ParseCache = DEFAULT_CACHE) -> Analysis:
    """Analyse a `.py` file, a notebook, or a directory (its `.py` files form one program).

    Raises InputError for a path that cannot be analysed at all; files inside a directory that
    cannot be read become one-line warnings and the rest is analysed.
    """
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    options = options or Options()
    if options.project_root is None:
        options = replace(options, project_root=path if path.is_dir() else path.parent)
    if path.is_dir():
        return _analyse_directory(path, options, cache)
    if path.suffix not in (".py", ".ipynb"):
        raise InputError(f"{path}: not a Python file or notebook")
    units = units_from_path(path)
    warnings = []
    if path.suffix == ".ipynb" and not units:
        warnings.append(f"{path}: notebook has no code cells")
    analysis = analyse_specs([ModuleSpec(_module_name(path, path.parent), tuple(units))], options, cache)
    analysis.warnings.extend(warnings)
    return analysis


def _analyse_directory(directory: Path, options: Options | None, cache: ParseCache) -> Analysis:
    specs, warnings = [], []
    package = _package_prefix(directory)
    for file in iter_python_files(directory):
        try:
            units = units_from_path(file, root=directory)
        except InputError as error:
            warnings.append(str(error))
            continue
        if file.suffix == ".ipynb":
            if not units:
                warnings.append(f"{file.relative_to(directory)}: notebook has no code cells")
            specs.append(ModuleSpec(str(file.relative_to(directory)), tuple(units)))
        else:
            specs.append(ModuleSpec(_module_name(file, directory, package), tuple(units), file.name == "__init__.py"))
    if not specs and not warnings:
        raise InputError(f"{directory}: no Python files or notebooks found")
    analysis = analyse_specs(specs, options, cache)
    analysis.warnings.extend(warnings)
    return analysis


def _module_name(path: Path, root: Path, package: tuple[str, ...] = ()) -> str:
    """`pkg/utils.py` -> 'pkg.utils'; `pkg/__init__.py` -> 'pkg'; notebooks keep their path.
    `package` names the packages `root` itself is inside of, so that the absolute imports of a
    package analysed from its own folder (`keras/src/...` importing `keras.src.ops`) resolve."""
    relative = path.relative_to(root)
    if path.suffix == ".ipynb":
        return str(relative)
    parts = [*package, *relative.with_suffix("").parts]
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def _package_prefix(directory: Path) -> tuple[str, ...]:
    """('keras', 'src') for `.../site-packages/keras/src`: the packages that hold `directory`."""
    names: list[str] = []
    current = directory.resolve()
    while (current / "__init__.py").is_file() and current.name:
        names.insert(0, current.name)
        current = current.parent
    return tuple(names)
