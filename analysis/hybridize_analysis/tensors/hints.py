"""The qualified names a type hint mentions, through the program's own aliases: what the tables
read to decide a parameter (`x: tf.Tensor`) and the dataflow reads to type one (`shape:
tf.TensorShape`)."""
from __future__ import annotations

from ..model import Program
from ..model.scopes import Assignment, ClassDefinition
from ..syntax import iter_nodes
from . import catalogue as api

#: How deep hint aliases are followed (`TensorLike = Union[FloatTensor, ...]`, `FloatTensor = tf.Tensor`).
_HINT_ALIAS_DEPTH = 4


def hint_names(program: Program, annotation, depth: int = 0) -> set[str]:
    """The qualified names a type hint mentions, normalised: an assignment
    (`TensorLike = Union[tf.Tensor, np.ndarray]`) stands for its value, a class
    (`class FloatTensor(tf.Tensor)`) for its bases as well."""
    names = set()
    for node in iter_nodes(annotation):
        if node.type not in ("name", "atom_expr", "power"):
            continue
        qualified = program.get_qualified_name(node)
        if qualified:
            names.add(api.normalize(qualified) if not qualified.startswith("builtins.") else qualified)
        if node.type != "name" or depth >= _HINT_ALIAS_DEPTH:
            continue
        binding = program.resolve_name(node)
        if isinstance(binding, Assignment) and binding.value is not None and binding.index is None:
            names |= hint_names(program, binding.value, depth + 1)
        elif isinstance(binding, ClassDefinition):
            for base in binding.cls.base_nodes:
                names |= hint_names(program, base, depth + 1)
    return names
