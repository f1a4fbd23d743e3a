"""User classes and their bases: method resolution, and which classes are Keras models or layers."""
from __future__ import annotations

from typing import Iterator

from ..model import ClassInfo, FunctionInfo, Program
from . import catalogue as api

#: Library base classes (normalised names) that make a subclass a Keras model or layer.
KERAS_MODEL_BASES = frozenset({"keras.Model", "keras.models.Model", "keras.Sequential", "keras.models.Sequential"})
KERAS_LAYER_BASES = frozenset({"keras.layers.Layer", "keras.Layer", "keras.engine.base_layer.Layer"})
_TENSOR_CLASS_KINDS = frozenset({api.TENSOR})


class KerasClasses:
    """Answers questions about user classes that need their bases resolved."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self._bases: dict[ClassInfo, tuple[list[ClassInfo], list[str]]] = {}
        self._by_qualified_name: dict[str, ClassInfo] | None = None
        self._subclasses: dict[ClassInfo, tuple[ClassInfo, ...]] | None = None
        self._tensor_classes: dict[ClassInfo, bool] = {}
        self._mros: dict[ClassInfo, tuple[ClassInfo, ...]] = {}

    def get_bases(self, cls: ClassInfo) -> tuple[list[ClassInfo], list[str]]:
        """(user base classes, normalised names of library base classes)."""
        if cls not in self._bases:
            user, library = [], []
            for node in cls.base_nodes:
                leaf = node if node.type == "name" else (node.children[0] if hasattr(node, "children") else None)
                if leaf is None or leaf.type != "name":
                    continue
                base = self.program.resolve_class(self.program.resolve_name(leaf)) if node.type == "name" else None
                if base is not None and base is not cls:
                    user.append(base)
                    continue
                qualified = self.program.get_qualified_name(node)
                if qualified is not None:
                    found = self.find_class(qualified)
                    if found is not None and found is not cls:
                        user.append(found)
                    else:
                        library.append(api.normalize(qualified))
            self._bases[cls] = (user, library)
        return self._bases[cls]

    def find_class(self, qualified: str) -> ClassInfo | None:
        """The program class `qualified` names (`<module>.<qualname>`), if any."""
        if self._by_qualified_name is None:
            self._by_qualified_name = {f"{cls.module.name}.{cls.qualname}": cls for cls in self.program.iter_classes()}
        return self._by_qualified_name.get(qualified)

    def get_subclasses(self, cls: ClassInfo) -> tuple[ClassInfo, ...]:
        """The class and every class of the program that derives from it, at any depth: what
        `self` may be an instance of in a method of `cls` (class hierarchy analysis), so that
        `self._update(...)` in a base class reaches the subclasses' overrides."""
        if self._subclasses is None:
            direct: dict[ClassInfo, list[ClassInfo]] = {}
            for klass in self.program.iter_classes():
                for base in self.get_bases(klass)[0]:
                    direct.setdefault(base, []).append(klass)
            self._subclasses = {}
            for root in direct:
                found, pending = [root], list(direct[root])
                while pending:
                    klass = pending.pop()
                    if klass not in found:
                        found.append(klass)
                        pending.extend(direct.get(klass, ()))
                self._subclasses[root] = tuple(found)
        return self._subclasses.get(cls, (cls,))

    def iter_mro(self, cls: ClassInfo) -> Iterator[ClassInfo]:
        """The class and its user bases, depth first (enough for the single inheritance of models)."""
        found = self._mros.get(cls)
        if found is None:
            found = self._mros[cls] = tuple(self._walk_bases(cls, set()))
        return iter(found)

    def _walk_bases(self, cls: ClassInfo, seen: set) -> Iterator[ClassInfo]:
        if cls in seen:
            return
        seen.add(cls)
        yield cls
        for base in self.get_bases(cls)[0]:
            yield from self._walk_bases(base, seen)

    def find_method(self, cls: ClassInfo, name: str) -> FunctionInfo | None:
        for klass in self.iter_mro(cls):
            if name in klass.methods:
                return klass.methods[name]
        return None

    def find_base_method(self, cls: ClassInfo, name: str) -> FunctionInfo | None:
        """What `super().name` finds from a method of `cls`."""
        for klass in list(self.iter_mro(cls))[1:]:
            if name in klass.methods:
                return klass.methods[name]
        return None

    def get_keras_kind(self, cls: ClassInfo) -> str | None:
        """"model" or "layer" when the class derives from Keras' Model or Layer, else None."""
        for klass in self.iter_mro(cls):
            kinds = {_class_kind(base) for base in self.get_bases(klass)[1]}
            if api.MODEL in kinds:
                return api.MODEL
            if api.LAYER in kinds:
                return api.LAYER
        return None

    def is_keras(self, cls: ClassInfo) -> bool:
        return self.get_keras_kind(cls) is not None

    def is_tensor_class(self, cls: ClassInfo) -> bool:
        """Whether the class derives from a TensorFlow tensor type (`tf.experimental.ExtensionType`,
        a composite tensor such as TF-GNN's `GraphTensor`): `tf.function` traces its instances by
        type spec, like tensors, and its methods stay the program's."""
        found = self._tensor_classes.get(cls)
        if found is None:
            found = self._tensor_classes[cls] = any(
                api.call_result(base) in _TENSOR_CLASS_KINDS
                for klass in self.iter_mro(cls) for base in self.get_bases(klass)[1])
        return found

    def get_library_kind(self, cls: ClassInfo) -> str | None:
        """The kind of Keras object (model, layer, metric, loss) the class's instances are, through
        its bases; None when it derives from none of them."""
        keras_kind = self.get_keras_kind(cls)
        if keras_kind is not None:
            return keras_kind
        for klass in self.iter_mro(cls):
            for base in self.get_bases(klass)[1]:
                kind = _class_kind(base)
                if kind in (api.METRIC, api.LOSS):
                    return kind
        return None


def _class_kind(base: str) -> str | None:
    """What instances of the library class `base` (normalised) are: `keras.layers.Dense` -> layer."""
    if base in KERAS_MODEL_BASES:
        return api.MODEL
    if base in KERAS_LAYER_BASES:
        return api.LAYER
    if not base.startswith(("keras.", "tf_keras.")):
        return None
    kind = api.call_result(base)
    return kind if kind in (api.MODEL, api.LAYER, api.METRIC, api.LOSS) else None
