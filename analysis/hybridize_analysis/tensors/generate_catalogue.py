"""Generate `catalogue_data.py` from the installed TensorFlow and Keras.

Run: `python -m hybridize_analysis.tensors.generate_catalogue` (`--check` exits 1 when the checked-in
data is stale). This module imports TensorFlow and Keras when it runs; the engine never imports it.

It walks every exported path: the public `tf.*` namespaces, `tf.compat.v1`, `tf.compat.v2`, `keras`
(with `keras.ops` and `keras.random`), and records each callable under its canonical identity
(`obj.__module__ + "." + obj.__qualname__`, the internal `tensorflow.python...` or `keras.src...`
path). An entry is keyed by its primary public name (TensorFlow's canonical export name, Keras's
first export path) and lists every other path that reaches the same object: public aliases,
`tf.compat.v1` paths that hold a different object than `tf.X` or none, the internal path, and the
internal modules that re-export it.

Each entry is classified by the rules below, in order; they are TensorFlow knowledge written as data:

1. Classes by base class (`CLASS_KINDS`): subclasses of `tf.Variable` are variables; of `tf.Tensor`,
   `tf.RaggedTensor`, `tf.SparseTensor`, `tf.IndexedSlices` and `tf.experimental.ExtensionType`
   are tensors; of `tf.data.Dataset` datasets; Keras models, layers, optimizers, losses, metrics ...
2. Class methods and static methods of classified classes: `from_*` constructors return the
   class's kind (`tf.RaggedTensor.from_row_lengths`), others follow their return annotation
   (`tf.data.Dataset.from_tensor_slices -> DatasetV2`).
3. Generated op wrappers (`tensorflow.python.ops.gen_*`): the op's registered definition says how
   many outputs it has: none (`NONE`), one tensor (`TENSOR`), or several or a list (`TENSOR_LIST`).
4. Functions with a return annotation naming a classified class.
5. Functions of the tensor namespaces (`TENSOR_NAMESPACES`: `tf.math`, `tf.nn`, `keras.ops` ...)
   return tensors unless `catalogue.TENSOR_FAMILIES` lists them or their docstring's `Returns:`
   section says a tuple or list of tensors (a tensor list); the other TensorFlow ops
   (`OP_MODULES`, `DOCUMENTED_NAMESPACES`) return what that section describes, if a tensor.

It also lists the public method names of TensorFlow's value classes (`METHOD_CLASSES`) that no
Python builtin type has and that are not generic words (`GENERIC_METHODS`): `assign_add`,
`row_lengths`, `is_compatible_with`, `apply_gradients`. A call of one of them on an object the
analysis cannot see is read as TensorFlow's (a calling convention the report states).

What the rules cannot infer (a Python wrapper returning a tuple without saying so, `tf.print`,
`tf.executing_eagerly`) stays in the hand tables of `catalogue.py`, which take precedence.
"""
from __future__ import annotations

import argparse
import importlib
import inspect
import os
import re
import sys
import textwrap
import types
from pathlib import Path

from . import catalogue as api

DATA_MODULE = Path(__file__).with_name("catalogue_data.py")
REGENERATE = "python -m hybridize_analysis.tensors.generate_catalogue"

#: Base class (a public path) -> the kind of its instances; the first match wins.
CLASS_KINDS: tuple[tuple[str, str], ...] = (
    ("tensorflow.data.Dataset", api.DATASET),
    ("tensorflow.Variable", api.VARIABLE),
    ("keras.Variable", api.VARIABLE),
    ("tensorflow.Tensor", api.TENSOR),
    ("tensorflow.RaggedTensor", api.TENSOR),
    ("tensorflow.SparseTensor", api.TENSOR),
    ("tensorflow.IndexedSlices", api.TENSOR),
    ("tensorflow.experimental.ExtensionType", api.TENSOR),
    ("keras.KerasTensor", api.TENSOR),
    ("tensorflow.TypeSpec", api.SPEC),
    ("tensorflow.TensorShape", api.SHAPE),
    ("tensorflow.dtypes.DType", api.DTYPE),
    ("tensorflow.GradientTape", api.TAPE),
    ("tensorflow.TensorArray", api.TENSOR_ARRAY),
    ("tensorflow.random.Generator", api.GENERATOR),
    ("tensorflow.distribute.Strategy", api.STRATEGY),
    ("tensorflow.compat.v1.distribute.Strategy", api.STRATEGY),
    ("keras.Model", api.MODEL),
    ("keras.optimizers.Optimizer", api.OPTIMIZER),
    ("keras.losses.Loss", api.LOSS),
    ("keras.metrics.Metric", api.METRIC),
    ("keras.Layer", api.LAYER),
)

#: Classes whose public methods the catalogue lists by name, with the kind of their instances.
METHOD_CLASSES: tuple[tuple[str, str], ...] = (
    ("tensorflow.Variable", api.VARIABLE),
    ("tensorflow.Tensor", api.TENSOR),
    ("tensorflow.RaggedTensor", api.TENSOR),
    ("tensorflow.SparseTensor", api.TENSOR),
    ("tensorflow.TensorShape", api.SHAPE),
    ("tensorflow.TensorSpec", api.SPEC),
    ("tensorflow.TensorArray", api.TENSOR_ARRAY),
    ("tensorflow.GradientTape", api.TAPE),
    ("tensorflow.distribute.Strategy", api.STRATEGY),
    ("keras.optimizers.Optimizer", api.OPTIMIZER),
    ("tensorflow.data.Dataset", api.DATASET),
    ("keras.metrics.Metric", api.METRIC),
)
#: Method names too common in other code to say which class an object is (`x.numpy()` is also
#: eager-only, which a rule of its own reports; pandas and NumPy objects `map`, `filter`, `take`).
GENERIC_METHODS = frozenset("""
    build call close consumers eval experimental_ref from_config get get_config gradient load merge
    numpy read ref reset result run save scope set_shape stack update value write apply finalize
    reduce scatter split concat gather identity size unstack watch flatten cast group configure unwrap
    concatenate grad to_list enumerate filter map options repeat skip take unique window scan
""".split())

#: Namespaces whose functions compute tensors, sub-namespaces included (the catalogue's tensor
#: families); `catalogue.TENSOR_FAMILIES` lists the names in them that do not.
TENSOR_NAMESPACES: tuple[str, ...] = tuple(api.TENSOR_FAMILIES)
#: Namespaces and internal modules of TensorFlow ops whose functions compute tensors when their
#: docstring says so (`tf.reshape` is `array_ops.reshape`, `tf.constant` is `constant_op.constant`).
DOCUMENTED_NAMESPACES: tuple[str, ...] = ("tensorflow.io", "tensorflow.dtypes", "tensorflow.audio")
OP_MODULES: tuple[str, ...] = ("tensorflow.python.ops.", "tensorflow.python.framework.")
#: Registry helpers of the Keras tensor namespaces (`keras.losses.get`): not tensor functions.
KERAS_REGISTRY_HELPERS = frozenset({"get", "serialize", "deserialize"})

#: Roots walked for public paths: (path, module name prefix that belongs to the walk).
PUBLIC_ROOTS: tuple[tuple[str, str], ...] = (
    ("tensorflow", "tensorflow._api.v2."),
    ("tensorflow.compat.v1", "tensorflow._api.v2.compat.v1"),
    ("keras", "keras."),
)
#: Classes outside the public tree that libraries derive their own types from, with the kind of
#: their subclasses' instances: TF-GNN's `GraphTensor` is a composite tensor, traced by type spec.
EXTENSION_POINTS = {"tensorflow.__internal__.CompositeTensor": api.TENSOR}
#: Objects defined elsewhere (NumPy, builtins, typing) are not entries.
LIBRARIES = ("tensorflow.", "keras.")
#: Public namespaces whose module lives outside the generated API tree.
PUBLIC_MODULES = ("tensorflow.experimental",)
#: Paths not walked: lazily loaded Keras copies (spelled `keras.*` by `normalize`), other
#: compatibility trees (`compat.v2` is `tf` itself), and Keras's vendored legacy API.
SKIPPED_PATHS = frozenset({
    "tensorflow.keras", "tensorflow.compat", "tensorflow.compat.v1.keras", "tensorflow.compat.v1.compat",
    "tensorflow.compat.v1.estimator", "tensorflow.estimator", "keras.src", "keras.api", "keras._tf_keras",
})


def _import_libraries():
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    tensorflow = importlib.import_module("tensorflow")
    keras = importlib.import_module("keras")
    return tensorflow, keras


def _resolve(roots: dict[str, object], path: str):
    head, _, rest = path.partition(".")
    value = roots[head]
    for part in rest.split(".") if rest else ():
        value = getattr(value, part)
    return value


def _identity(obj) -> str | None:
    module, qualname = getattr(obj, "__module__", None), getattr(obj, "__qualname__", None)
    if not isinstance(module, str) or not isinstance(qualname, str) or "<" in qualname:
        return None
    return f"{module}.{qualname}"


def iter_public_paths(root_path: str, root, belongs: str):
    """(path, object) for every public name under a module, depth first, each module once."""
    seen: set[int] = set()
    stack = [(root_path, root)]
    while stack:
        path, module = stack.pop()
        if id(module) in seen:
            continue
        seen.add(id(module))
        for name in sorted(dir(module)):
            if name.startswith("_"):
                continue
            child_path = f"{path}.{name}"
            if child_path in SKIPPED_PATHS:
                continue
            try:
                value = getattr(module, name)
            except Exception:  # a lazily loaded module that is not installed
                continue
            if isinstance(value, types.ModuleType):
                try:
                    module_name = value.__name__
                except AttributeError:  # a lazy loader of another library (`tf.keras`)
                    continue
                if module_name.startswith(belongs) or module_name in (belongs.rstrip("."), *PUBLIC_MODULES):
                    stack.append((child_path, value))
                continue
            if callable(value):
                yield child_path, value


class Entry:
    """One exported object: its primary public name, every path reaching it, and its kind."""

    def __init__(self, obj, identity: str) -> None:
        self.obj = obj
        self.identity = identity
        self.paths: set[str] = set()
        self.primary: str | None = None
        self.kind: str | None = None


class Generator:
    def __init__(self, tensorflow, keras) -> None:
        self.tf = tensorflow
        self.keras = keras
        self.roots = {"tensorflow": tensorflow, "keras": keras}
        self.entries: dict[str, Entry] = {}  # by canonical identity
        self.by_id: dict[int, Entry] = {}  # every exported object: `tf.compat.v1.math.add` wraps `tf.math.add`
        self.class_kinds = [(_resolve(self.roots, path), kind) for path, kind in CLASS_KINDS]
        self.kind_by_class_name = {}
        self.extension_kinds: dict[int, str] = {}  # id of an EXTENSION_POINTS class -> its kind

    # -- walking ----------------------------------------------------------------------------------
    def collect(self) -> None:
        for root_path, belongs in PUBLIC_ROOTS:
            for path, obj in iter_public_paths(root_path, _resolve(self.roots, root_path), belongs):
                identity = _identity(obj)
                if identity is None or not identity.startswith(LIBRARIES):
                    continue  # `tf.experimental.numpy.float32` is NumPy's: the catalogue knows NumPy apart
                entry = self.entries.get(identity)
                if entry is None:
                    entry = self.entries[identity] = Entry(obj, identity)
                entry.paths.add(path)
                self.by_id[id(obj)] = entry
        for path, kind in EXTENSION_POINTS.items():
            obj = _resolve(self.roots, path)
            self.extension_kinds[id(obj)] = kind
            entry = self.entries.setdefault(_identity(obj), Entry(obj, _identity(obj)))
            entry.paths.add(path)
            self.by_id[id(obj)] = entry
        for entry in self.entries.values():
            entry.primary = self._primary(entry)
        self._collect_internal_paths()

    def _primary(self, entry: Entry) -> str:
        from tensorflow.python.util import tf_export

        obj = entry.obj
        public = sorted(p for p in entry.paths if not p.startswith("tensorflow.compat."))
        if entry.identity.startswith("keras."):
            exported = getattr(obj, "_api_export_path", None)
            exported = [exported] if isinstance(exported, str) else list(exported or ())
            for path in exported:
                if path in entry.paths:
                    return path
        else:
            try:
                canonical = tf_export.get_canonical_name_for_symbol(obj)
            except Exception:
                canonical = None
            if canonical and f"tensorflow.{canonical}" in entry.paths:
                return f"tensorflow.{canonical}"
        if public:
            return min(public, key=lambda p: (p.count("."), p))
        return min(entry.paths, key=lambda p: (p.count("."), p))

    def _collect_internal_paths(self) -> None:
        """`tensorflow.python.ops.math_ops.reduce_sum` and every internal module re-exporting it."""
        for name, module in sorted(sys.modules.items()):
            if not isinstance(module, types.ModuleType):
                continue
            if not (name.startswith("tensorflow.python.") or name.startswith("keras.src.")):
                continue
            for attribute, value in list(vars(module).items()):
                if attribute.startswith("_"):
                    continue
                entry = self.by_id.get(id(value))
                if entry is not None and entry.identity.startswith(name.split(".", 1)[0]):
                    entry.paths.add(f"{name}.{attribute}")
        for entry in self.entries.values():
            entry.paths.add(entry.identity)

    # -- classifying ------------------------------------------------------------------------------
    def class_kind(self, cls) -> str | None:
        for base, kind in self.class_kinds:
            if isinstance(base, type) and issubclass(cls, base):
                return kind
        return None

    def classify(self) -> dict[str, str]:
        """Every classified entry and class method: primary name -> kind."""
        kinds = {}
        classes = {entry.obj.__name__: self.class_kind(entry.obj) for entry in self.entries.values()
                   if isinstance(entry.obj, type)}
        self.kind_by_class_name = {name: kind for name, kind in classes.items() if kind is not None}
        op_outputs = self._op_outputs()
        for entry in self.entries.values():
            obj = entry.obj
            if isinstance(obj, type):
                entry.kind = self.class_kind(obj) or self.extension_kinds.get(id(obj))
                if entry.kind is not None:
                    kinds.update(self._class_methods(entry))
            else:
                entry.kind = self._function_kind(entry, op_outputs)
            if entry.kind is not None:
                kinds[entry.primary] = entry.kind
        return kinds

    def _class_methods(self, entry: Entry) -> dict[str, str]:
        methods = {}
        for name, member in vars(entry.obj).items():
            if name.startswith("_") or not isinstance(member, (classmethod, staticmethod)):
                continue
            kind = self._annotation_kind(member.__func__)
            if kind is None and name.startswith("from_"):
                kind = entry.kind
            if kind is not None:
                methods[f"{entry.primary}.{name}"] = kind
        return methods

    def _annotation_kind(self, function) -> str | None:
        try:
            annotation = inspect.signature(function).return_annotation
        except (TypeError, ValueError):
            return None
        if annotation is inspect.Signature.empty:
            return None
        name = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
        return self.kind_by_class_name.get(name.strip("'\""))

    def _op_outputs(self) -> dict[tuple[str, str], str]:
        """(module, function name) of each generated op wrapper -> the kind of its outputs."""
        from tensorflow.python.framework import op_def_registry

        outputs = {}
        for op_name in dir(self.tf.raw_ops):
            raw = getattr(self.tf.raw_ops, op_name)
            op_def = op_def_registry.get(op_name)
            if op_def is None or not callable(raw):
                continue
            args = list(op_def.output_arg)
            if not args:
                kind = api.NONE
            elif len(args) == 1 and not args[0].number_attr and not args[0].type_list_attr:
                kind = api.TENSOR
            else:
                kind = api.TENSOR_LIST
            outputs[(raw.__module__, raw.__name__)] = kind
        return outputs

    def _function_kind(self, entry: Entry, op_outputs: dict[tuple[str, str], str]) -> str | None:
        obj = entry.obj
        module, name = getattr(obj, "__module__", ""), getattr(obj, "__name__", "")
        if (module, name) in op_outputs and module.rpartition(".")[2].startswith("gen_"):
            return op_outputs[(module, name)]
        kind = self._annotation_kind(obj)
        if kind is not None:
            return kind
        family = next((namespace for namespace in TENSOR_NAMESPACES for path in entry.paths
                       if path.startswith(namespace + ".")), None)
        documented = any(path.startswith(namespace + ".") for path in entry.paths
                         for namespace in DOCUMENTED_NAMESPACES)
        if family is not None:
            exceptions = api.TENSOR_FAMILIES[family]
            leaf = entry.primary.rpartition(".")[2]
            if leaf in exceptions or name in exceptions:
                return exceptions.get(leaf, exceptions.get(name))
            if entry.primary.startswith("keras.") and name in KERAS_REGISTRY_HELPERS:
                return None
            return docstring_kind(inspect.getdoc(obj) or "") or api.TENSOR
        if documented or module.startswith(OP_MODULES):
            return docstring_kind(inspect.getdoc(obj) or "")
        return None

    # -- output -----------------------------------------------------------------------------------
    def render(self) -> str:
        kinds = self.classify()
        lines = []
        by_primary: dict[str, set[str]] = {}
        for entry in self.entries.values():
            by_primary.setdefault(entry.primary, set()).update(self._stored_aliases(entry))
        positions = {entry.primary: _name_position(entry.obj) for entry in self.entries.values()}
        for primary in sorted(set(by_primary) | set(kinds)):
            aliases = sorted(by_primary.get(primary, set()) - {primary})
            kind = kinds.get(primary, "-")
            position = positions.get(primary)
            lines.append(" ".join([kind if position is None else f"{kind}@{position}", primary, *aliases]))
        versions = f"TensorFlow {self.tf.__version__}, Keras {self.keras.__version__}"
        methods = "\n".join(f'    "{path}": ("{kind}", "{" ".join(sorted(names))}"),'
                            for (path, kind), names in self.distinctive_methods().items())
        method_names = "\n".join(textwrap.wrap(" ".join(sorted(self.library_method_names())), 100))
        return DATA_TEMPLATE.format(versions=versions, regenerate=REGENERATE, tensorflow=self.tf.__version__,
                                    keras=self.keras.__version__, entries="\n".join(lines), methods=methods,
                                    method_names=method_names)

    def library_method_names(self) -> set[str]:
        """Every method name a class of the libraries or a Python builtin type has (private ones
        too: programs override them): a call of any other name on an object the analysis cannot
        see is not a call into TensorFlow, Keras or a builtin."""
        names = {name for cls in (object, list, dict, set, str, bytes, tuple, int, float, complex)
                 for name in dir(cls)}
        for entry in self.entries.values():
            if not isinstance(entry.obj, type):
                continue
            for name in dir(entry.obj):
                if name.startswith("__") or name in names:
                    continue
                member = inspect.getattr_static(entry.obj, name, None)
                if isinstance(member, (staticmethod, classmethod)) or inspect.isfunction(member) \
                        or inspect.ismethoddescriptor(member) or inspect.isbuiltin(member):
                    names.add(name)
        return {name for name in names if not name.startswith("__")}

    def distinctive_methods(self) -> dict[tuple[str, str], set[str]]:
        """(class, kind) -> the public method names of the class that no builtin type has
        (`append`, `copy` and `count` say nothing) and that `GENERIC_METHODS` does not list; a
        name two classes share goes to the first that has it."""
        builtin = {name for cls in (object, list, dict, set, str, bytes, tuple, int, float, complex)
                   for name in dir(cls)}
        methods: dict[tuple[str, str], set[str]] = {}
        taken: set[str] = set()
        for path, kind in METHOD_CLASSES:
            cls = _resolve(self.roots, path)
            for name in dir(cls):
                if name.startswith("_") or name in builtin or name in GENERIC_METHODS or name in taken:
                    continue
                member = inspect.getattr_static(cls, name, None)
                if isinstance(member, (staticmethod, classmethod, property, type)) or not callable(member):
                    continue
                methods.setdefault((path, kind), set()).add(name)
                taken.add(name)
        return methods

    def _stored_aliases(self, entry: Entry) -> set[str]:
        """The paths `normalize` cannot derive: `tensorflow.compat.v1.X` holding `tensorflow.X`
        itself is spelled `tensorflow.X` by rule, and so is `tensorflow.compat.v2.X`."""
        stored = set()
        for path in entry.paths:
            if path.startswith("tensorflow.compat.v1."):
                v2 = "tensorflow." + path[len("tensorflow.compat.v1."):]
                if v2 in entry.paths:
                    continue
            stored.add(path)
        return stored


def _name_position(obj) -> str | None:
    """Where a callable takes its op `name`: the index of a positional `name` parameter, `k` for a
    keyword-only one, None without one (a graph op needs a string there; eagerly it is ignored)."""
    try:
        parameters = list(inspect.signature(obj).parameters.values())
    except (TypeError, ValueError):
        return None
    for index, parameter in enumerate(parameters):
        if parameter.name == "name":
            if parameter.kind == inspect.Parameter.KEYWORD_ONLY:
                return "k"
            if parameter.kind == inspect.Parameter.POSITIONAL_OR_KEYWORD:
                return str(index)
    return None


_RETURNS = re.compile(r"^\s*Returns?:\s*\n(?P<body>(?:[ \t]+.*\n?|\s*\n)+)", re.MULTILINE)
_TENSOR_WORDS = re.compile(r"\b(tensor|tensors|Tensor|Tensors|RaggedTensor|SparseTensor|KerasTensor)\b")
_MANY_WORDS = re.compile(r"^(a |an )?(`?(tuple|list|namedtuple|pair|triple)`?\b|(two|three|four|five|several)\b)"
                         r"|^`?\w+`? `?(Tensor|SparseTensor)`? objects", re.IGNORECASE)
#: "A `dict` mapping feature keys to `Tensor` values": a dict of tensors.
_DICT_WORDS = re.compile(r"^(a |an )?`?dict`?\b.*\bto\b", re.IGNORECASE)
#: First sentences that describe something else: nothing, an op, a Python value, a decorator.
_OTHER_WORDS = re.compile(r"^(none|nothing|the created op|an op\b|an `?operation`?|`?true`?\b|`?false`?\b|a `?dict`?)"
                          r"|numpy|decorat|python", re.IGNORECASE)


def docstring_kind(doc: str) -> str | None:
    """The kind the `Returns:` section of a docstring describes, from its first sentence."""
    match = _RETURNS.search(doc)
    if match is None:
        return None
    text = " ".join(match.group("body").split())
    text = re.sub(r"^`?\w+`?:\s", "", text)  # `stacked: A Tensor ...` names the result first
    first = re.split(r"(?<=[.:])\s", text, maxsplit=1)[0]
    if _DICT_WORDS.match(first) and _TENSOR_WORDS.search(first):
        return api.TENSOR_DICT
    if _OTHER_WORDS.search(first):
        return None
    if not _TENSOR_WORDS.search(first):
        return None
    if _MANY_WORDS.match(first):
        return api.TENSOR_LIST
    return api.TENSOR


DATA_TEMPLATE = '''"""The API catalogue's data, generated from {versions}. Do not edit.

Regenerate with `{regenerate}`. One line per exported object: its kind (`-` when the
generator's rules do not classify it; `@N` when parameter N is the op's `name`, `@k` when `name` is
keyword-only), its primary public name, and every other path that reaches
the same object (public aliases, `tensorflow.compat.v1` paths that hold another object than
`tensorflow.X`, internal `tensorflow.python...` and `keras.src...` paths). `catalogue.py` parses it
on first use.
"""

VERSIONS = {{"tensorflow": "{tensorflow}", "keras": "{keras}"}}

ENTRIES = """
{entries}
"""

#: Public method names of TensorFlow's value classes that tell what an object is: class -> (the kind
#: of its instances, its names).
METHODS = {{
{methods}
}}

#: Every method name of the libraries' classes and of Python's builtin types.
METHOD_NAMES = """
{method_names}
"""
'''


def generate() -> str:
    """The text of `catalogue_data.py` for the installed TensorFlow and Keras."""
    generator = Generator(*_import_libraries())
    generator.collect()
    return generator.render()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {__spec__.name if __spec__ else __name__}",
                                     description="Generate the API catalogue's data from the installed TensorFlow and Keras.")
    parser.add_argument("--check", action="store_true", help="exit 1 when the checked-in data is stale")
    parser.add_argument("--output", type=Path, default=DATA_MODULE)
    args = parser.parse_args(argv)
    text = generate()
    current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    if args.check:
        if current != text:
            print(f"{args.output} is stale; regenerate it with: {REGENERATE}", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
