"""Remove the `tf.function` decorators authors wrote, keeping every line where it was.

`strip_source(text)` returns the source with each `tf.function` decorator (in any spelling:
`@tf.function`, `@tf.function(...)` over several lines, `@def_function.function`,
`@tf.compat.v2.function`, `@functools.partial(tf.function, ...)`) turned into comment lines, and each
wrapping `tf.function(g, ...)` outside a decorator turned into `(g)`, padded with the line breaks it
had. Line numbers do not move, so a function is the same `(file, def line)` before and after.
Also returns the author's hybrid functions it found, and every function name called in the file
(for the call-site split of `realworld.py`). Reads the code through parso, never with regexes.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import parso

#: Dotted spellings of tf.function (the call trailer, if any, removed).
TF_FUNCTION_SPELLINGS = frozenset({
    "tf.function", "tensorflow.function", "tf.compat.v2.function", "tf.compat.v1.function",
    "tensorflow.compat.v2.function", "tensorflow.compat.v1.function", "def_function.function",
    "tf2.function",
})
PARTIAL_SPELLINGS = frozenset({"functools.partial", "partial"})


@dataclass
class AuthorHybrid:
    """A function the authors made hybrid: by a decorator or by `g = tf.function(f)`."""

    qualname: str
    name: str
    line: int  # the `def` line (unchanged by stripping)
    kind: str  # "decorator" or "wrapping"
    spelling: str  # the decorator's or the call's code, shortened
    site_line: int  # where the decorator or the wrapping call is

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class UnresolvedWrapping:
    """A `tf.function(x)` call whose `x` is not a function defined in this file."""

    line: int
    code: str

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class StripResult:
    text: str
    hybrids: list[AuthorHybrid] = field(default_factory=list)
    unresolved: list[UnresolvedWrapping] = field(default_factory=list)
    called_names: Counter = field(default_factory=Counter)  # name -> call sites `name(` or `.name(`
    call_lines: dict = field(default_factory=dict)  # name -> lines of those call sites
    functions: list[tuple[str, str, int, int]] = field(default_factory=list)  # (qualname, name, line, end)


def strip_source(text: str, wrappers: frozenset[str] = frozenset()) -> StripResult:
    """`wrappers`: extra dotted names that stand for tf.function in this library (`common.function`)."""
    spellings = TF_FUNCTION_SPELLINGS | wrappers
    module = parso.parse(text)
    lines = text.splitlines(keepends=True)
    result = StripResult(text=text)
    edits: list[tuple[tuple[int, int], tuple[int, int], str]] = []  # (start, end, replacement)
    functions = list(iter_funcdefs(module))
    for funcdef in functions:
        result.functions.append((get_qualname(funcdef), funcdef.name.value, funcdef.start_pos[0],
                                 funcdef.end_pos[0]))
        for decorator in funcdef.get_decorators():
            spelling = get_tf_function_spelling(decorator.children[1], spellings)
            if spelling is None:
                continue
            first, last = decorator.start_pos[0], decorator.end_pos[0] - 1
            result.hybrids.append(AuthorHybrid(get_qualname(funcdef), funcdef.name.value, funcdef.start_pos[0],
                                               "decorator", _shorten(decorator.children[1].get_code(False)),
                                               first))
            indent = lines[first - 1][: len(lines[first - 1]) - len(lines[first - 1].lstrip())]
            for number in range(first, last + 1):
                comment = "# stripped tf.function decorator" if number == first else "#"
                lines[number - 1] = indent + comment + "\n"
    for node in iter_nodes(module):
        if node.type in ("atom_expr", "power"):
            _collect_calls(node, result)
            if node.search_ancestor("decorator") is None:
                edit = _wrapping_edit(node, spellings, functions, result)
                if edit is not None:
                    edits.append(edit)
    result.text = _apply_edits(lines, edits)
    return result


def iter_nodes(node):
    stack = [node]
    while stack:
        node = stack.pop()
        yield node
        children = getattr(node, "children", None)
        if children:
            stack.extend(reversed(children))


def iter_funcdefs(module):
    for node in iter_nodes(module):
        if node.type == "funcdef":
            yield node


def get_qualname(funcdef) -> str:
    """`Outer.method`, `outer.<locals>.inner`, as Python spells `__qualname__`."""
    parts = [funcdef.name.value]
    node = funcdef.parent
    while node is not None:
        if node.type == "funcdef":
            parts.append("<locals>")
            parts.append(node.name.value)
        elif node.type == "classdef":
            parts.append(node.name.value)
        node = node.parent
    return ".".join(reversed(parts))


def get_dotted_name(node) -> str | None:
    """`a.b.c` for a name or an attribute chain, None for anything else."""
    if node.type == "name":
        return node.value
    if node.type not in ("atom_expr", "power") or node.children[0].type != "name":
        return None
    parts = [node.children[0].value]
    for trailer in node.children[1:]:
        if trailer.type != "trailer" or trailer.children[0].value != ".":
            return None
        parts.append(trailer.children[1].value)
    return ".".join(parts)


def get_tf_function_spelling(expression, spellings) -> str | None:
    """The tf.function spelling `expression` (a decorator's expression) stands for, or None."""
    dotted = get_dotted_name(expression)
    if dotted is not None:
        return dotted if dotted in spellings else None
    callee, trailer = _split_call(expression)
    if callee is None:
        return None
    dotted = get_dotted_name(callee)
    if dotted in spellings:
        return dotted
    if dotted in PARTIAL_SPELLINGS:
        arguments = _call_arguments(trailer)
        if arguments and arguments[0][0] is None and get_dotted_name(arguments[0][1]) in spellings:
            return f"{dotted}({get_dotted_name(arguments[0][1])})"
    return None


def _split_call(expression):
    """(callee, call trailer) of `callee(...)`, or (None, None)."""
    children = getattr(expression, "children", None)
    if expression.type not in ("atom_expr", "power") or not children or not _is_call_trailer(children[-1]):
        return None, None
    if len(children) == 2:
        return children[0], children[-1]
    callee = parso.python.tree.PythonNode(expression.type, [])
    callee.children = children[:-1]  # a detached view, only read by get_dotted_name
    return callee, children[-1]


def _is_call_trailer(node) -> bool:
    return node.type == "trailer" and node.children[0].value == "("


def _call_arguments(trailer) -> list[tuple[str | None, object]]:
    """(keyword or None, value node) of each argument; `*a`/`**k` have keyword '*'/'**'."""
    if len(trailer.children) == 2:
        return []
    inner = trailer.children[1]
    items = inner.children if inner.type == "arglist" else [inner]
    arguments = []
    for item in items:
        if item.type == "operator":
            continue
        if item.type == "argument":
            first = item.children[0]
            if first.type == "operator" and first.value in ("*", "**"):
                arguments.append((first.value, item.children[1]))
            elif len(item.children) >= 3 and item.children[1].type == "operator" and item.children[1].value == "=":
                arguments.append((first.value, item.children[2]))
            else:
                arguments.append((None, item))  # a generator argument
        else:
            arguments.append((None, item))
    return arguments


def _collect_calls(node, result: StripResult) -> None:
    children = node.children
    for index, child in enumerate(children):
        if index == 0 or not _is_call_trailer(child):
            continue
        before = children[index - 1]
        if before.type == "name":
            name = before.value
        elif before.type == "trailer" and before.children[0].value == ".":
            name = before.children[1].value
        else:
            continue
        result.called_names[name] += 1
        result.call_lines.setdefault(name, []).append(child.start_pos[0])


def _wrapping_edit(node, spellings, functions, result: StripResult):
    """`tf.function(f, ...)` -> `(f)` with the same line breaks; records which function it wraps."""
    children = node.children
    for index, child in enumerate(children):
        if index == 0 or not _is_call_trailer(child):
            continue
        prefix = parso.python.tree.PythonNode(node.type, [])
        prefix.children = children[:index]
        if index == 1:
            dotted = get_dotted_name(children[0])
        else:
            dotted = get_dotted_name(prefix)
        if dotted not in spellings:
            continue
        code = _shorten(node.get_code(include_prefix=False))
        arguments = _call_arguments(child)
        target = next((value for keyword, value in arguments if keyword in (None, "func")), None)
        if target is None or (arguments and arguments[0][0] in ("*", "**")):
            result.unresolved.append(UnresolvedWrapping(child.start_pos[0], code))
            return None
        funcdef = _resolve_target(target, node, functions)
        if funcdef is None:
            result.unresolved.append(UnresolvedWrapping(child.start_pos[0], code))
        else:
            result.hybrids.append(AuthorHybrid(get_qualname(funcdef), funcdef.name.value, funcdef.start_pos[0],
                                               "wrapping", code, child.start_pos[0]))
        start, end = children[0].start_pos, child.end_pos
        breaks = end[0] - start[0]
        return start, end, "(" + target.get_code(include_prefix=False).replace("\n", " ") + "\n" * breaks + ")"
    return None


def _resolve_target(target, call, functions):
    """The funcdef `target` (`g`, `self.g`, `cls.g`) names, as seen from `call`; None if not here."""
    dotted = get_dotted_name(target)
    if dotted is None:
        return None
    parts = dotted.split(".")
    if len(parts) == 1:
        scopes = []
        node = call.parent
        while node is not None:
            if node.type in ("funcdef", "file_input"):
                scopes.append(node)
            node = node.parent
        for scope in scopes:
            found = [f for f in functions if f.name.value == parts[0] and _scope_of(f) is scope
                     and f.start_pos < call.start_pos]
            if found:
                return found[-1]
        return None
    if len(parts) == 2 and parts[0] in ("self", "cls"):
        cls = call.search_ancestor("classdef")
        if cls is None:
            return None
        found = [f for f in functions if f.name.value == parts[1] and _scope_of(f) is cls]
        return found[-1] if found else None
    return None


def _scope_of(funcdef):
    node = funcdef.parent
    while node is not None and node.type not in ("funcdef", "classdef", "file_input"):
        node = node.parent
    return node


def _apply_edits(lines: list[str], edits) -> str:
    text = "".join(lines)
    if not edits:
        return text
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    for (start, end, replacement) in sorted(edits, reverse=True):
        begin = starts[start[0] - 1] + start[1]
        finish = starts[end[0] - 1] + end[1]
        text = text[:begin] + replacement + text[finish:]
    return text


def _shorten(code: str, limit: int = 70) -> str:
    code = " ".join(code.split())
    return code if len(code) <= limit else code[: limit - 3] + "..."
