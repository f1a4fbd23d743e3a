"""End-to-end safety: every function the analysis would hybridize behaves the same under `tf.function`.

Each program in `programs/` is a module of ordinary TensorFlow 2 code with a module-level `CASES`
list. An entry is `(qualname, inputs)` or `(qualname, inputs, via)`:

- `qualname` names a module-level function or a method (`Class.method`) of the program;
- `inputs` is a callable returning `(args, kwargs)` for one call, called before each of three
  calls, or a list of such callables, one per call (a callable may first change the module's
  state, as the program itself would between calls). Three, because a first call that creates
  variables traces twice: trace-time effects then still show against the eager count;
- `via` (optional) names the module-level function actually called, when the function under test
  is reached through it (a Keras `call` through a training step).

The analysis runs statically on the file. Then, for every case, the program is loaded into fresh
module objects: one left eager, and one where `qualname` is replaced by `tf.function(qualname)`,
exactly as adding the decorator would. Both run the same calls, in a fresh working directory, and
what a user can observe is compared: stdout, return values, exceptions, the module's globals
(Python values, variables, Keras weights) and the files written. A third, eager-only load checks
that the program is deterministic, so every difference is due to `tf.function`.

A function that is already hybrid is checked the other way round: the program as written against
the program with that one decorator removed (`CONVERT_TO_EAGER`).

A function behaves *safely* when nothing differs. The bar is zero unsafe recommendations;
precision and recall of CONVERT_TO_HYBRID over the programs are printed. Recommendations are
applied together too, as "Apply all" does: every recommended function decorated at once, every
case run again, decorators removed where recommended (decorators can interact: a `tf.function`
nested in another one).
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import itertools
import random
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from hybridize_analysis.engine import analyse_path
from hybridize_analysis.results import Options

PROGRAMS = Path(__file__).parent / "programs"
SEED = 1234
CALLS = 3  # calls per case when its inputs are one callable
_serial = itertools.count()


# -- loading and running a program ----------------------------------------------------------------

def reset_seeds(tf) -> None:
    random.seed(SEED)
    np.random.seed(SEED)
    tf.random.set_seed(SEED)
    tf.keras.utils.set_random_seed(SEED)  # also Keras' own seed generator (initializers, dropout)


def load_program(path: Path, tf) -> types.ModuleType:
    """A fresh module object for `path`, its globals built from the same seeds every time."""
    tf.keras.backend.clear_session(free_memory=False)  # layer names and seeds start over; gc is slow
    reset_seeds(tf)
    name = f"_safety_{path.stem}_{next(_serial)}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look modules up by name
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            spec.loader.exec_module(module)
    finally:
        sys.modules.pop(name, None)
    return module


def get_owner(module: types.ModuleType, qualname: str):
    """(object holding the last attribute, attribute name) for `f` or `Class.method`."""
    *path, attribute = qualname.split(".")
    owner = module
    for part in path:
        owner = getattr(owner, part)
    return owner, attribute


def hybridize(module: types.ModuleType, qualname: str, tf) -> None:
    """Replace `qualname` by its `tf.function`, as `@tf.function` on the definition would."""
    owner, attribute = get_owner(module, qualname)
    original = owner.__dict__[attribute] if isinstance(owner, type) else getattr(owner, attribute)
    setattr(owner, attribute, tf.function(original))


@dataclass
class Run:
    """What one run of a case let a user observe."""

    stdout: str = ""
    returns: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    globals: dict = field(default_factory=dict)
    files: dict = field(default_factory=dict)


def run_case(path: Path, index: int, workdir: Path, tf, hybridized: tuple[str, ...] = (),
             made_eager: tuple[str, ...] = ()) -> Run:
    """Run case `index` of the program in a fresh module (its inputs refer to that module's
    globals), with the functions named in `hybridized` decorated and those in `made_eager`
    undecorated."""
    workdir.mkdir(parents=True)
    with contextlib.chdir(workdir):
        module = load_program(path, tf)
    qualname, inputs, via = (*module.CASES[index], None)[:3]
    for name in hybridized:
        hybridize(module, name, tf)
    for name in made_eager:
        owner, attribute = get_owner(module, name)
        setattr(owner, attribute, getattr(owner, attribute).python_function)
    calls = _calls_of(module, qualname, via)
    makers = list(inputs) if isinstance(inputs, (list, tuple)) else [inputs] * CALLS
    run = Run()
    out = io.StringIO()
    reset_seeds(tf)
    with contextlib.chdir(workdir), contextlib.redirect_stdout(out):
        for maker in makers:
            args, kwargs = maker()
            try:
                value = calls()(*args, **kwargs)
            except Exception as error:  # noqa: BLE001 - any exception is behaviour to compare
                run.errors.append(type(error).__name__)
                run.returns.append(None)
            else:
                run.errors.append(None)
                run.returns.append(snapshot(value, tf, module))
    run.stdout = out.getvalue()
    run.globals = snapshot_globals(module, tf)
    run.files = {str(p.relative_to(workdir)): p.read_bytes() for p in sorted(workdir.rglob("*")) if p.is_file()}
    return run


def _calls_of(module, qualname, via):
    """The callable each call goes through, looked up late (the program may rebind it)."""
    name = via or qualname

    def lookup():
        owner, attribute = get_owner(module, name)
        return getattr(owner, attribute)
    return lookup


# -- snapshots: observable values, with tensors turned into arrays --------------------------------

#: Values of attributes on TensorFlow and Keras objects that are compared besides their variables.
PLAIN = (bool, int, float, str, type(None), list, tuple, dict)


class Symbolic:
    """A graph tensor that leaked out of a trace: never equal to a value."""

    def __eq__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return "<symbolic tensor>"


def snapshot(value, tf, module, depth: int = 0):
    if depth > 6:
        return repr(type(value))
    if value is None or isinstance(value, (bool, int, float, complex, str, bytes)):
        return value
    if isinstance(value, (np.ndarray, np.generic)):
        return np.asarray(value)
    if isinstance(value, tf.Variable):
        return np.asarray(value.numpy())
    if tf.is_tensor(value):
        if hasattr(value, "numpy"):
            try:
                return np.asarray(value.numpy())
            except Exception:  # noqa: BLE001 - a symbolic tensor has `numpy` that raises
                return Symbolic()
        return Symbolic()
    if isinstance(value, (list, tuple)):
        return type(value).__name__, [snapshot(v, tf, module, depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        return "set", sorted((snapshot(v, tf, module, depth + 1) for v in value), key=repr)
    if isinstance(value, dict):
        return "dict", {k: snapshot(v, tf, module, depth + 1) for k, v in value.items()}
    if isinstance(value, (tf.Module, *_keras_base())):
        variables = [snapshot(v, tf, module, depth + 1) for v in value.variables]
        attributes = {k: snapshot(v, tf, module, depth + 1) for k, v in sorted(vars(value).items())
                      if not k.startswith("_") and k not in ("name", "path") and isinstance(v, PLAIN)}
        return "state", variables, attributes
    if type(value).__module__ == module.__name__ and hasattr(value, "__dict__"):
        return "object", {k: snapshot(v, tf, module, depth + 1) for k, v in sorted(vars(value).items())
                          if not k.startswith("_")}
    return None  # modules, functions, classes, iterators...: not compared


def _keras_base():
    import tensorflow as tf

    return tf.keras.layers.Layer, tf.keras.optimizers.Optimizer, tf.keras.metrics.Metric


def snapshot_globals(module, tf) -> dict:
    names = {}
    for name, value in vars(module).items():
        if name.startswith("__") or name == "CASES":
            continue
        if isinstance(value, (types.ModuleType, types.FunctionType, type)):
            continue
        names[name] = snapshot(value, tf, module)
    return names


def same(a, b) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray)):
            return False
        if a.shape != b.shape or a.dtype.kind != b.dtype.kind:
            return False
        if a.dtype.kind in "fc":
            return bool(np.allclose(a, b, rtol=1e-5, atol=1e-6, equal_nan=True))
        return bool(np.array_equal(a, b))
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, float) and isinstance(b, float):
        return bool(np.isclose(a, b, rtol=1e-5, atol=1e-6))
    return type(a) is type(b) and a == b


def differences(eager: Run, graph: Run) -> list[str]:
    """What a user would see change: empty when the runs agree."""
    found = []
    if eager.stdout != graph.stdout:
        found.append(f"stdout {_short(eager.stdout)} vs {_short(graph.stdout)}")
    if eager.errors != graph.errors:
        found.append(f"exceptions {eager.errors} vs {graph.errors}")
    if not same(eager.returns, graph.returns):
        found.append("return values")
    changed = [name for name in eager.globals.keys() | graph.globals.keys()
               if not same(eager.globals.get(name), graph.globals.get(name))]
    if changed:
        found.append("globals " + ", ".join(sorted(changed)))
    if eager.files.keys() != graph.files.keys():
        found.append(f"files {sorted(eager.files)} vs {sorted(graph.files)}")
    else:
        found.extend(f"contents of {name}" for name in sorted(eager.files) if eager.files[name] != graph.files[name])
    return found


def _short(text: str, limit: int = 80) -> str:
    text = repr(text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# -- the test ---------------------------------------------------------------------------------------

@dataclass
class Outcome:
    program: str
    qualname: str
    recommended: bool
    safe: bool
    why: list[str]
    blocked_by: list[str]


def iter_programs():
    return sorted(PROGRAMS.glob("*.py"))


#: The programs call each function three times, to compare eager and traced runs: counting those
#: calls would keep every function eager (TOO_FEW_CALLS), leaving nothing to check. The decisions
#: judged here are the tables' and the rest of the plan's.
JUDGED = Options(min_graph_calls=0)


def check_program(path: Path, workdir: Path, tf) -> list[Outcome]:
    analysis = analyse_path(path, JUDGED)
    results = {result.function.qualname: result for result in analysis.results}
    cases = load_program(path, tf).CASES
    # A recommendation to decorate may rely on a decorator the analysis removes (a helper given
    # Keras variables cannot stay a nested tf.function): those are removed in the graph run too.
    removed = [r.function.qualname for r in analysis.results if "CONVERT_TO_EAGER" in r.transformations]
    outcomes = []
    for index, case in enumerate(cases):
        qualname = case[0]
        assert qualname in results, f"{path.name}: CASES names `{qualname}`, which the analysis does not know"
        base = workdir / path.stem / f"{index}-{qualname}"
        eager = run_case(path, index, base / "as-written", tf)
        control = run_case(path, index, base / "control", tf)
        unstable = differences(eager, control)
        assert not unstable, f"{path.name}: `{qualname}` differs between two eager runs: {unstable}"
        result = results[qualname]
        if result.function.is_hybrid:  # the change on offer is removing the decorator
            changed = run_case(path, index, base / "eager", tf, made_eager=(qualname,))
            recommended = "CONVERT_TO_EAGER" in result.transformations
        else:
            changed = run_case(path, index, base / "graph", tf, hybridized=(qualname,),
                               made_eager=tuple(name for name in removed if name != qualname))
            recommended = "CONVERT_TO_HYBRID" in result.transformations
        why = differences(eager, changed)
        outcomes.append(Outcome(path.name, qualname, recommended, not why,
                                why, sorted({finding.code for finding in result.findings})))
    return outcomes


def figures(outcomes: list[Outcome]) -> dict:
    recommended = [o for o in outcomes if o.recommended]
    safe = [o for o in outcomes if o.safe]
    safe_recommended = [o for o in recommended if o.safe]
    return {
        "functions": len(outcomes),
        "safe": len(safe),
        "recommended": len(recommended),
        "unsafe": len(recommended) - len(safe_recommended),
        "precision": len(safe_recommended) / len(recommended) if recommended else 1.0,
        "recall": len(safe_recommended) / len(safe) if safe else 1.0,
    }


def test_programs_declare_cases(tf):
    programs = iter_programs()
    assert len(programs) >= 12
    for path in programs:
        cases = load_program(path, tf).CASES
        assert cases, path.name
        for case in cases:
            assert len(case) in (2, 3) and isinstance(case[0], str), (path.name, case)


def test_no_unsafe_recommendations(tf, tmp_path, record_property, capsys):
    outcomes = [outcome for path in iter_programs() for outcome in check_program(path, tmp_path, tf)]
    numbers = figures(outcomes)
    for key, value in numbers.items():
        record_property(key, value)
    unsafe = [o for o in outcomes if o.recommended and not o.safe]
    missed = [o for o in outcomes if o.safe and not o.recommended]
    lines = [
        f"safety: {numbers['functions']} functions in {len(iter_programs())} programs, "
        f"{numbers['safe']} behave the same under tf.function, {numbers['recommended']} recommended",
        f"safety: precision {numbers['precision']:.2f}, recall {numbers['recall']:.2f}, "
        f"unsafe recommendations {numbers['unsafe']}",
        *(f"safety: UNSAFE {o.program}::{o.qualname}: {'; '.join(o.why)}" for o in unsafe),
        *(f"safety: missed {o.program}::{o.qualname} (findings: {', '.join(o.blocked_by) or 'none'})"
          for o in missed),
    ]
    print("\n".join(lines))
    with capsys.disabled():
        sys.stdout.write("\n" + "\n".join(lines[:2 + len(unsafe)]) + "\n")
    assert not unsafe, "recommended changes that behave differently:\n" + "\n".join(
        f"{o.program}::{o.qualname}: {'; '.join(o.why)}" for o in unsafe)


def test_all_recommendations_applied_together_behave_as_eager(tf, tmp_path):
    failures = []
    for path in iter_programs():
        results = analyse_path(path, JUDGED).results
        added = tuple(r.function.qualname for r in results if "CONVERT_TO_HYBRID" in r.transformations)
        removed = tuple(r.function.qualname for r in results if "CONVERT_TO_EAGER" in r.transformations)
        if len(added) + len(removed) < 2:
            continue  # one decorator at a time is what the test above checks
        for index, case in enumerate(load_program(path, tf).CASES):
            base = tmp_path / path.stem / f"{index}-{case[0]}"
            eager = run_case(path, index, base / "eager", tf)
            together = run_case(path, index, base / "together", tf, hybridized=added, made_eager=removed)
            failures.extend(f"{path.name}::{case[0]}: {why}" for why in differences(eager, together))
    assert not failures, "with every recommendation applied:\n" + "\n".join(failures)
