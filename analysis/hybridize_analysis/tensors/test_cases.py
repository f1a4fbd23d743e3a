"""Parameterized tests: the test runner calls the test with each case its decorator lists.

`@parameterized.parameters((as_tensor([1]), 2), ...)` (absl, which TensorFlow's own tests use),
`@parameterized.named_parameters(("name", x, y), dict(testcase_name="n", x=...))`,
`@parameterized.product(x=[...], y=[...])` and `@pytest.mark.parametrize("x, y", [(..., ...)])` are
call sites written as decorators: each case binds the test's parameters (after `self`), and nothing
else calls the test. Reading them as calls gives the tensors a test passes to the functions it
defines, instead of "anything".
"""
from __future__ import annotations

import ast

from parso.tree import NodeOrLeaf

from ..syntax import is_call_trailer, iter_call_arguments
from .values import CONTAINER, EXTERNAL, PY_ITERATOR, UNKNOWN_VALUES, Values, element_of

ABSL = "absl.testing.parameterized."
#: Decorator -> how it lists its cases.
DECORATORS = {
    ABSL + "parameters": "cases", ABSL + "named_parameters": "named_cases", ABSL + "product": "product",
    "pytest.mark.parametrize": "pytest",
}


def case_decorator(dataflow, decorator: NodeOrLeaf) -> str | None:
    """How the decorator expression (`parameterized.parameters(...)`) lists cases, or None."""
    children = getattr(decorator, "children", None)
    if not children or len(children) < 2 or not is_call_trailer(children[-1]):
        return None
    callee = dataflow.eval_trailers(decorator, len(children) - 1)
    names = {value.ref for value in callee if value.kind == EXTERNAL}
    if len(callee) != 1 or len(names) != 1:
        return None
    return DECORATORS.get(next(iter(names)))


def iter_cases(dataflow, decorator: NodeOrLeaf, how: str):
    """Each case as the (keyword or None, values) arguments the runner passes."""
    arguments = list(iter_call_arguments(decorator.children[-1]))
    if how == "product":
        yield [(keyword, _items(dataflow.eval(node))) for keyword, node in arguments if keyword is not None]
        return
    if how == "pytest":
        yield from _pytest_cases(dataflow, arguments)
        return
    positional = [node for keyword, node in arguments if keyword is None]
    for node in positional:
        if node.type == "argument" and node.children[0].type == "operator":  # `*cases`
            cases = _items(dataflow.eval(node.children[1]))
        else:
            cases = dataflow.eval(node)
            if len(positional) == 1 and cases and all(_lists_cases(case) for case in cases):
                cases = _items(cases)  # absl: one list (not a tuple or a dict) is the list of cases
        for case in cases:
            yield _case_arguments(case, named=how == "named_cases")


def _lists_cases(value) -> bool:
    return value.kind == CONTAINER and value.ref in ("list", "set") or value.kind == PY_ITERATOR


def _case_arguments(case, named: bool) -> list[tuple[str | None, Values]]:
    if case.kind == CONTAINER and case.ref == "tuple":
        elements = list(case.elements[1:] if named else case.elements)
        return [(None, element) for element in elements]
    if case.kind == CONTAINER and case.ref == "dict" and case.keys:
        return [(key, element) for key, element in zip(case.keys, case.elements[2:])
                if not (named and key == "testcase_name")]
    return [(None, frozenset({case}))]


def _pytest_cases(dataflow, arguments):
    if len(arguments) < 2 or arguments[0][0] is not None or arguments[1][0] not in (None, "argvalues"):
        return
    names_node = arguments[0][1]
    if names_node.type != "string":
        return
    try:
        names = [name.strip() for name in ast.literal_eval(names_node.value).split(",") if name.strip()]
    except (ValueError, SyntaxError, AttributeError):
        return
    for case in _items(dataflow.eval(arguments[1][1])):
        if len(names) == 1:
            yield [(names[0], frozenset({case}))]
        elif case.kind == CONTAINER and case.ref == "tuple" and len(case.elements) == len(names):
            yield list(zip(names, case.elements))
        else:  # `pytest.param(...)` or a case built elsewhere: any value
            yield [(name, UNKNOWN_VALUES) for name in names]


def _items(values: Values) -> Values:
    """The items of a list or tuple of cases (nothing yet while they are being computed)."""
    result = set()
    for value in values:
        if value.kind == CONTAINER and value.ref in ("list", "tuple", "set"):
            result.update(*value.elements)
        else:
            result.update(element_of(frozenset({value})))
    return frozenset(result)
