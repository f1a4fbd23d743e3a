"""Decorator rewrites on one unit of source: a .py file or a notebook cell (SPEC section 6).

The advisor's fixes are tiny: add `@tf.function` above a function (`convert_to_hybrid`), remove it
(`convert_to_eager`, `convert_assignment_to_eager`) or merge arguments into it (`reconfigure`).
Each builder returns a `Rewrite`: the original text plus the edits, so a caller can show a diff,
apply it, or undo it with `Rewrite.inverted()`.

Three promises hold for every rewrite, because the notebook user must be able to trust a one-click
fix:

* Only decorator lines (and one import line) change; everything else stays byte for byte:
  comments, blank lines, trailing whitespace, tabs, CRLF, IPython magics, a missing final newline.
* A rewrite applied twice equals it applied once (the builders are idempotent).
* `Rewrite.inverted()` restores the original text exactly.

Code is read through parso's tree (`iter_funcdefs`, `get_decorators`, positions), never by
regexes. Notebook cells may hold IPython lines parso cannot read, so every builder accepts
`parse_source`: the text to parse, with the same lines as `source` (magics replaced by same-length
placeholders). Edits are made on `source` by line and column, and a builder refuses with
`ValueError` when the text it would remove or copy differs between the two, or when it cannot
otherwise make an exact edit: a builder refuses rather than make an inexact edit.

Fix safety: all the edits are syntactic and exact. Whether the program still behaves the same
(tracing semantics) is the analysis' call, not this module's.
"""
from __future__ import annotations

import difflib
import itertools
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass

import parso
from parso.python import tree
from parso.utils import split_lines

from .syntax import is_call_trailer

GRAMMAR = parso.load_grammar()

#: The spellings of `tf.function` recognised when no others are given. Callers add the ones the
#: unit's imports make valid (`function` under `from tensorflow import function`, an alias...).
DEFAULT_HYBRID_SPELLINGS: tuple[str, ...] = ("tf.function", "tensorflow.function")


# --------------------------------------------------------------------------------------------
# Edits
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextEdit:
    """Replace `text[start:end]` with `text`; `start == end` is an insertion."""

    start: int  # offset into the text the edit applies to
    end: int
    text: str


@dataclass(frozen=True)
class Rewrite:
    """Edits against one text. Empty edits == no change.

    Edits are kept in text order and never overlap, so they can be applied in one pass and
    inverted exactly. Several insertions at the same offset keep their given order.
    """

    original: str
    edits: tuple[TextEdit, ...] = ()

    def __post_init__(self) -> None:
        cursor = 0
        for edit in self.edits:
            if not cursor <= edit.start <= edit.end <= len(self.original):
                raise ValueError(f"edits overlap or leave the text: {edit!r}")
            cursor = edit.end

    def apply(self) -> str:
        """The new text."""
        pieces, cursor = [], 0
        for edit in self.edits:
            pieces += [self.original[cursor:edit.start], edit.text]
            cursor = edit.end
        pieces.append(self.original[cursor:])
        return "".join(pieces)

    def inverted(self) -> Rewrite:
        """Edits against `apply()` that give back `original` exactly (the undo of this rewrite)."""
        inverse, shift = [], 0
        for edit in self.edits:
            start = edit.start + shift
            inverse.append(TextEdit(start, start + len(edit.text), self.original[edit.start:edit.end]))
            shift += len(edit.text) - (edit.end - edit.start)
        return Rewrite(self.apply(), tuple(inverse))

    @property
    def changed(self) -> bool:
        return any(self.original[edit.start:edit.end] != edit.text for edit in self.edits)

    def unified_diff(self, name: str) -> str:
        """A difflib unified diff from `original` to the new text, '' if unchanged.

        A last line without a newline gets git's "\\ No newline at end of file" marker, so the
        diff stays line oriented and still shows that the final newline is (still) missing.
        """
        if not self.changed:
            return ""
        diff = difflib.unified_diff(
            _split_keepends(self.original), _split_keepends(self.apply()), fromfile=name, tofile=name
        )
        missing_newline = "\n\\ No newline at end of file\n"
        return "".join(line if line.endswith(("\n", "\r")) else line + missing_newline for line in diff)


def _split_keepends(text: str) -> list[str]:
    """Lines with their endings, split the way parso counts lines (\\n, \\r\\n, \\r)."""
    return [line for line in split_lines(text, keepends=True) if line]


def _make_rewrite(original: str, edits: list[TextEdit]) -> Rewrite:
    """Sort edits into text order; the sort is stable, so same-offset insertions keep their order."""
    return Rewrite(original, tuple(sorted(edits, key=lambda edit: (edit.start, edit.end))))


# --------------------------------------------------------------------------------------------
# The unit: source text, parse text and tree, and positions mapped to offsets
# --------------------------------------------------------------------------------------------


class UnitText:
    """One text to edit and the parso tree of its parse text.

    parso positions are (1-based line, 0-based column); edits need offsets into `source`. The
    two texts have the same lines, so a position means the same place in both, and `get_text`
    checks that the span it reads is really the same in both before an edit relies on it.
    """

    def __init__(self, source: str, parse_source: str | None) -> None:
        self.source = source
        self.parse_source = source if parse_source is None else parse_source
        self.lines = split_lines(source, keepends=True)
        self.parse_lines = split_lines(self.parse_source, keepends=True)
        if len(self.lines) != len(self.parse_lines):
            raise ValueError("parse_source must have the same lines as source")
        self._line_starts = list(itertools.accumulate((len(line) for line in self.lines), initial=0))
        self._parse_line_starts = list(
            itertools.accumulate((len(line) for line in self.parse_lines), initial=0)
        )
        self.module = GRAMMAR.parse(self.parse_source, error_recovery=True)

    def get_offset(self, position: tuple[int, int]) -> int:
        line, column = position
        return self._line_starts[line - 1] + column

    def get_line_start(self, line: int) -> int:
        return self._line_starts[line - 1]

    def get_text(self, start: tuple[int, int], end: tuple[int, int]) -> str:
        """The source text between two positions; `ValueError` if the parse text differs there.

        A span that differs is a placeholder (or a caller's mistake): editing it by the tree
        would not be exact.
        """
        text = self.source[self.get_offset(start):self.get_offset(end)]
        parsed = self.parse_source[
            self._parse_line_starts[start[0] - 1] + start[1]:self._parse_line_starts[end[0] - 1] + end[1]
        ]
        if text != parsed:
            raise ValueError(f"source and parse_source differ between {start} and {end}")
        return text

    def check_exact(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        """`ValueError` unless an edit between the two positions is exact (see `get_text`)."""
        self.get_text(start, end)

    def get_newline(self) -> str:
        """The text's newline style: the ending of its first line, "\\n" for a one-line text."""
        for line in self.lines:
            stripped = line.rstrip("\r\n")
            if stripped != line:
                return line[len(stripped):]
        return "\n"

    def get_indentation(self, node: tree.NodeOrLeaf) -> str:
        """The whitespace before `node` on its line; `ValueError` if anything else is there.

        A statement that does not start its line (only error recovery builds such trees, as for
        `x = 1; @tf.function`) has no line of its own to add or remove, so an exact edit is
        impossible.
        """
        line, _ = node.start_pos
        indentation = self.get_text((line, 0), node.start_pos)
        if indentation.strip():
            raise ValueError(f"line {line} holds more than the statement at column {node.start_pos[1]}")
        return indentation

    def get_funcdef(self, def_line: int) -> tree.Function:
        """The function whose `def` keyword is on `def_line`, methods and nested ones included."""
        for funcdef in iter_all_funcdefs(self.module):
            if funcdef.children[0].start_pos[0] == def_line:
                return funcdef
        raise LookupError(f"no function starts at line {def_line}")


def iter_all_funcdefs(scope: tree.Scope) -> Iterator[tree.Function]:
    """Every function in `scope`, depth first: methods and functions nested in functions too."""
    for funcdef in scope.iter_funcdefs():
        yield funcdef
        yield from iter_all_funcdefs(funcdef)
    for classdef in scope.iter_classdefs():
        yield from iter_all_funcdefs(classdef)


def _iter_nodes(node: tree.NodeOrLeaf) -> Iterator[tree.NodeOrLeaf]:
    """`node` and everything below it, in source order."""
    yield node
    for child in getattr(node, "children", ()):
        yield from _iter_nodes(child)


def _iter_leaves(node: tree.NodeOrLeaf) -> Iterator[tree.Leaf]:
    leaf, last = node.get_first_leaf(), node.get_last_leaf()
    while leaf is not None:
        yield leaf
        if leaf is last:
            return
        leaf = leaf.get_next_leaf()


def _get_token_values(nodes: Collection[tree.NodeOrLeaf]) -> tuple[str, ...]:
    """The tokens of some code without whitespace or comments: what comparisons should see."""
    leaves = (leaf for node in nodes for leaf in _iter_leaves(node))
    return tuple(leaf.value for leaf in leaves if leaf.type not in ("newline", "endmarker"))


def _get_source_token_values(code: str) -> tuple[str, ...]:
    return _get_token_values([GRAMMAR.parse(code)])


# --------------------------------------------------------------------------------------------
# Reading decorators and calls
# --------------------------------------------------------------------------------------------


def _split_trailing_call(expression: tree.NodeOrLeaf) -> tuple[list[tree.NodeOrLeaf], tree.Node | None]:
    """`tf.function(jit_compile=True)` -> ([tf, .function], the call trailer); no call -> None."""
    children = getattr(expression, "children", ())
    if expression.type in ("atom_expr", "power") and is_call_trailer(children[-1]):
        return list(children[:-1]), children[-1]
    return [expression], None


def _normalise_spellings(spellings: Collection[str]) -> frozenset[tuple[str, ...]]:
    """Spellings as token tuples, so `@ tf . function` matches "tf.function"."""
    return frozenset(_get_source_token_values(spelling) for spelling in spellings)


def is_hybrid_decorator(decorator: tree.Node, spellings: frozenset[tuple[str, ...]]) -> bool:
    """Whether the decorator is `tf.function` in one of the spellings, called or not."""
    callee, _ = _split_trailing_call(decorator.children[1])
    return _get_token_values(callee) in spellings


def get_hybrid_decorators(funcdef: tree.Function, spellings: frozenset[tuple[str, ...]]) -> list[tree.Node]:
    return [decorator for decorator in funcdef.get_decorators() if is_hybrid_decorator(decorator, spellings)]


def _iter_call_arguments(call: tree.Node) -> Iterator[tree.NodeOrLeaf]:
    """The arguments of a call trailer, without the commas."""
    inner = call.children[1:-1]
    if inner and inner[0].type == "arglist":
        inner = inner[0].children
    return (node for node in inner if node != ",")


def is_keyword_argument(argument: tree.NodeOrLeaf) -> bool:
    return argument.type == "argument" and argument.children[1] == "="


def is_star_argument(argument: tree.NodeOrLeaf) -> bool:
    return argument.type == "argument" and argument.children[0] in ("*", "**")


def is_positional_argument(argument: tree.NodeOrLeaf) -> bool:
    """Not `name=value`, `*args` or `**kwargs`."""
    return not is_keyword_argument(argument) and not is_star_argument(argument)


def _get_keyword_values(call: tree.Node) -> dict[str, tree.NodeOrLeaf]:
    """Keyword name -> value node, in call order."""
    return {
        argument.children[0].value: argument.children[2]
        for argument in _iter_call_arguments(call)
        if is_keyword_argument(argument)
    }


def decorator_arguments(decorator_code: str) -> dict[str, str]:
    """The keyword arguments of a decorator, as source text.

    "tf.function(jit_compile=True, input_signature=[...])" -> {"jit_compile": "True",
    "input_signature": "[...]"}; a bare decorator (or anything that is not a call) -> {}.
    A leading "@" is allowed, so a decorator line can be passed as it is.
    """
    code = decorator_code.strip()
    if code.startswith("@"):
        code = code[1:]
    module = GRAMMAR.parse(code)
    statement = module.children[0]
    if statement.type == "simple_stmt":
        statement = statement.children[0]
    _, call = _split_trailing_call(statement)
    if call is None:
        return {}
    return {name: value.get_code(include_prefix=False) for name, value in _get_keyword_values(call).items()}


# --------------------------------------------------------------------------------------------
# Where new lines go
# --------------------------------------------------------------------------------------------


def _get_statement_top(funcdef: tree.Function) -> tree.NodeOrLeaf:
    """The node whose first token starts the function's statement: decorators, `async` or `def`."""
    node = funcdef
    if node.parent.type in ("async_funcdef", "async_stmt"):
        node = node.parent
    if node.parent.type == "decorated":
        node = node.parent
    return node


def _get_top_level_statement(node: tree.NodeOrLeaf) -> tree.NodeOrLeaf:
    """The module child that contains `node`: imports may only go before it, never inside."""
    while node.parent.type != "file_input":
        node = node.parent
    return node


def _iter_statements_before(unit: UnitText, funcdef: tree.Function) -> Iterator[tree.NodeOrLeaf]:
    """The top-level statements before the one holding the function."""
    top_level = _get_top_level_statement(funcdef)
    for statement in unit.module.children:
        if statement is top_level:
            return
        yield statement


def _iter_imports(statement: tree.NodeOrLeaf) -> Iterator[tree.Node]:
    """The `import`/`from` statements of a top-level line (several when joined with ';')."""
    if statement.type in ("import_name", "import_from"):
        yield statement
    elif statement.type == "simple_stmt":
        yield from (child for child in statement.children if child.type in ("import_name", "import_from"))


def is_import_statement(statement: tree.NodeOrLeaf) -> bool:
    return any(_iter_imports(statement))


def is_docstring_statement(statement: tree.NodeOrLeaf) -> bool:
    """The module docstring: a first statement that is only a string."""
    if statement.type == "simple_stmt":
        statement = statement.children[0]
    return statement.type == "string" or (
        statement.type == "strings" and all(child.type == "string" for child in statement.children)
    )


def _get_import_offset(unit: UnitText, funcdef: tree.Function) -> int:
    """Where a new import line goes, as an offset at a line start.

    Right after the last top-level import that precedes the function; with none, right after
    the module docstring; with neither, after the unit's comment header (see
    `_get_header_end`). Always between top-level statements, so never inside a function.
    """
    preceding = list(_iter_statements_before(unit, funcdef))
    anchors = [statement for statement in preceding if is_import_statement(statement)]
    if not anchors and preceding and is_docstring_statement(preceding[0]):
        anchors = preceding[:1]
    if anchors:
        return unit.get_offset(anchors[-1].end_pos)
    return unit.get_line_start(_get_header_end(unit, unit.module.children[0].start_pos[0]))


def _get_header_end(unit: UnitText, first_statement_line: int) -> int:
    """The line an import goes on when the unit has no import or docstring to follow.

    The comment lines before the first statement are a header (shebang, licence, a title
    comment) when a blank line separates them from the code; a comment right above the first
    statement belongs to that statement. So: after the last blank line before the first
    statement, or after a shebang line, otherwise on line 1. Magic placeholders are lines like
    comments here. A cell magic (`%%time`) must stay the cell's first line, so the import goes
    after it whatever its placeholder is.
    """
    header_end = 1
    for number in range(1, first_statement_line):
        line = unit.parse_lines[number - 1]
        if not line.strip() or (number == 1 and line.startswith("#!")):
            header_end = number + 1
    return max(header_end, _get_cell_magic_line(unit) + 1)


def _get_cell_magic_line(unit: UnitText) -> int:
    """The line of the cell magic (`%%time`) that opens the unit, 0 if there is none.

    IPython syntax is not in the tree, so this reads the source line itself.
    """
    for number, line in enumerate(unit.lines, start=1):
        if line.strip():
            return number if line.lstrip().startswith("%%") else 0
    return 0


def _has_import(unit: UnitText, funcdef: tree.Function, import_line: str) -> bool:
    """Whether the same import (token for token) already precedes the function at top level."""
    wanted = _get_source_token_values(import_line)
    return any(
        _get_token_values([node]) == wanted
        for statement in _iter_statements_before(unit, funcdef)
        for node in _iter_imports(statement)
    )


def _get_import_edit(unit: UnitText, funcdef: tree.Function, import_line: str) -> list[TextEdit]:
    import_line = import_line.strip()
    if _has_import(unit, funcdef, import_line):
        return []
    offset = _get_import_offset(unit, funcdef)
    newline = unit.get_newline()
    before = "" if offset == 0 or unit.source[offset - 1] in "\r\n" else newline
    return [TextEdit(offset, offset, before + import_line + newline)]


# --------------------------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------------------------


def convert_to_hybrid(
    source: str,
    def_line: int,
    *,
    spelling: str = "tf.function",
    arguments: str = "",
    hybrid_spellings: Collection[str] = DEFAULT_HYBRID_SPELLINGS,
    add_import: str | None = None,
    parse_source: str | None = None,
) -> Rewrite:
    """Put `@{spelling}` (or `@{spelling}({arguments})`) above the function at `def_line`.

    The new line goes above all existing decorators, so `tf.function` wraps what they return
    (`@staticmethod` and friends keep working), at the indentation of the function's first
    line, in the text's newline style. `add_import` (e.g. "import tensorflow as tf") is added
    as its own line after the unit's imports unless it is already there.

    Idempotent: a function that already has a hybrid decorator (in any of `hybrid_spellings`,
    or `spelling`) gives an empty rewrite. `LookupError` if no function starts at `def_line`,
    `ValueError` if the function does not start its own line or the decorator would not parse.
    """
    unit = UnitText(source, parse_source)
    funcdef = unit.get_funcdef(def_line)
    if get_hybrid_decorators(funcdef, _normalise_spellings({*hybrid_spellings, spelling})):
        return Rewrite(source)
    top = _get_statement_top(funcdef)
    expression = f"{spelling}({arguments})" if arguments else spelling
    _check_expression(expression)
    insertion = unit.get_line_start(top.start_pos[0])
    edits = _get_import_edit(unit, funcdef, add_import) if add_import else []
    line = unit.get_indentation(top) + "@" + expression + unit.get_newline()
    edits.append(TextEdit(insertion, insertion, line))
    return _make_rewrite(source, edits)


def convert_to_eager(
    source: str,
    def_line: int,
    *,
    hybrid_spellings: Collection[str] = DEFAULT_HYBRID_SPELLINGS,
    parse_source: str | None = None,
) -> Rewrite:
    """Remove the hybrid decorator(s) of the function at `def_line`, whole lines and all.

    A decorator spanning several lines goes entirely, including its comment and newline, so this
    undoes `convert_to_hybrid` exactly. No hybrid decorator: empty rewrite (idempotent).
    `ValueError` if a decorator does not own its lines (an exact removal is impossible).
    """
    unit = UnitText(source, parse_source)
    funcdef = unit.get_funcdef(def_line)
    decorators = get_hybrid_decorators(funcdef, _normalise_spellings(hybrid_spellings))
    return _make_rewrite(source, [_get_decorator_removal(unit, decorator) for decorator in decorators])


def _get_decorator_removal(unit: UnitText, decorator: tree.Node) -> TextEdit:
    """The edit removing a decorator's lines: from its line start to past its newline."""
    unit.get_indentation(decorator)
    newline = decorator.children[-1]
    if newline.type != "newline" or not newline.value:
        raise ValueError(f"the decorator at line {decorator.start_pos[0]} does not end its line")
    line_start = (decorator.start_pos[0], 0)
    unit.check_exact(line_start, decorator.end_pos)
    return TextEdit(unit.get_offset(line_start), unit.get_offset(decorator.end_pos), "")


def reconfigure(
    source: str,
    def_line: int,
    arguments: Mapping[str, str],
    *,
    hybrid_spellings: Collection[str] = DEFAULT_HYBRID_SPELLINGS,
    add_import: str | None = None,
    parse_source: str | None = None,
) -> Rewrite:
    """Merge `arguments` (name -> source text of the value) into the function's hybrid decorator.

    `@tf.function` + {"reduce_retracing": "True"} -> `@tf.function(reduce_retracing=True)`; an
    existing keyword gets its value replaced; new keywords are appended after the existing
    arguments with ", ". Other arguments and their formatting are kept. Values already equal
    (token for token) give no edit, so applying twice equals applying once. The outermost hybrid
    decorator is the one changed. `add_import` (e.g. "import tensorflow as tf", for the specs of
    an `input_signature`) is added after the unit's imports unless it is there. `LookupError`
    without a hybrid decorator, `ValueError` for a name that is not an identifier or a value that
    is not an expression.
    """
    for name, value in arguments.items():
        _check_keyword_argument(name, value)
    unit = UnitText(source, parse_source)
    funcdef = unit.get_funcdef(def_line)
    decorators = get_hybrid_decorators(funcdef, _normalise_spellings(hybrid_spellings))
    if not decorators:
        raise LookupError(f"the function at line {def_line} has no hybrid decorator")
    expression = decorators[0].children[1]
    _, call = _split_trailing_call(expression)
    if call is None:
        if not arguments:
            return Rewrite(source)
        unit.check_exact(expression.start_pos, expression.end_pos)
        end = unit.get_offset(expression.end_pos)
        edits = [TextEdit(end, end, f"({_join_keywords(arguments)})")]
    else:
        edits = _get_call_merge_edits(unit, call, arguments)
    if edits and add_import:
        edits = _get_import_edit(unit, funcdef, add_import) + edits
    return _make_rewrite(source, edits)


def _check_keyword_argument(name: str, value: str) -> None:
    """Refuse arguments that would make the decorator invalid Python."""
    if not name.isidentifier():
        raise ValueError(f"{name!r} is not an argument name")
    _check_expression(value)


def _check_expression(code: str) -> None:
    """`ValueError` unless `code` is one Python expression: rewrites must not break the unit."""
    if not code.strip() or any(GRAMMAR.iter_errors(GRAMMAR.parse(f"({code})\n"))):
        raise ValueError(f"{code!r} is not an expression")


def _join_keywords(arguments: Mapping[str, str]) -> str:
    return ", ".join(f"{name}={value}" for name, value in arguments.items())


def _get_call_merge_edits(unit: UnitText, call: tree.Node, arguments: Mapping[str, str]) -> list[TextEdit]:
    """Replace the values of keywords the call has; append the others after its last argument."""
    existing = _get_keyword_values(call)
    edits, missing = [], {}
    for name, value in arguments.items():
        node = existing.get(name)
        if node is None:
            missing[name] = value
        elif _get_token_values([node]) != _get_source_token_values(value):
            unit.check_exact(node.start_pos, node.end_pos)
            edits.append(TextEdit(unit.get_offset(node.start_pos), unit.get_offset(node.end_pos), value))
    if missing:
        present = list(_iter_call_arguments(call))
        if present:
            end = unit.get_offset(present[-1].end_pos)
            edits.append(TextEdit(end, end, ", " + _join_keywords(missing)))
        else:
            after_parenthesis = unit.get_offset(call.children[0].end_pos)
            edits.append(TextEdit(after_parenthesis, after_parenthesis, _join_keywords(missing)))
    return edits


def convert_assignment_to_eager(
    source: str,
    line: int,
    *,
    hybrid_spellings: Collection[str] = DEFAULT_HYBRID_SPELLINGS,
    parse_source: str | None = None,
) -> Rewrite:
    """Unwrap `g = tf.function(f, ...)` (the statement starting at `line`) into `g = f`.

    Also `g = tf.function(func=f)` and `g = tf.function(jit_compile=True)(f)`; annotated
    assignments and chained targets are fine. A statement that does not wrap a function gives
    an empty rewrite, so applying twice equals applying once. `LookupError` if no assignment
    starts at `line`; `ValueError` if `*args` or `**kwargs` may hold the wrapped function.
    """
    unit = UnitText(source, parse_source)
    spellings = _normalise_spellings(hybrid_spellings)
    assignments = [node for node in _iter_nodes(unit.module)
                   if node.type == "expr_stmt" and node.start_pos[0] == line]
    if not assignments:
        raise LookupError(f"no assignment starts at line {line}")
    for assignment in assignments:
        value = _get_assigned_value(assignment)
        if value is not None and (wrapped := _get_wrapped_function(value, spellings)) is not None:
            unit.check_exact(value.start_pos, value.end_pos)
            unwrapped = TextEdit(
                unit.get_offset(value.start_pos),
                unit.get_offset(value.end_pos),
                unit.get_text(wrapped.start_pos, wrapped.end_pos),
            )
            return Rewrite(source, (unwrapped,))
    return Rewrite(source)


def _get_assigned_value(assignment: tree.Node) -> tree.NodeOrLeaf | None:
    """The right-hand side of `a = b = value` or `a: T = value`; None for `a += value` etc."""
    last = assignment.children[-1]
    if last.type == "annassign":
        return last.children[-1] if len(last.children) == 4 else None
    return last if assignment.children[-2] == "=" else None


def _get_wrapped_function(
    value: tree.NodeOrLeaf, spellings: frozenset[tuple[str, ...]]
) -> tree.NodeOrLeaf | None:
    """The function in `tf.function(f, ...)` or `tf.function(...)(f)`; None if `value` is neither."""
    callee, call = _split_trailing_call(value)
    if call is None:
        return None
    if _get_token_values(callee) in spellings:
        return _get_function_argument(call)
    if len(callee) < 2 or not is_call_trailer(callee[-1]):
        return None
    factory, configuration = callee[:-1], callee[-1]
    if _get_token_values(factory) in spellings and _get_function_argument(configuration) is None:
        return _get_function_argument(call)
    return None


def _get_function_argument(call: tree.Node) -> tree.NodeOrLeaf | None:
    """`tf.function`'s `func`: the first positional argument or the `func=` keyword.

    None when the call has neither (`tf.function(jit_compile=True)` makes a decorator);
    `ValueError` when `*args`/`**kwargs` may hide it, as no exact unwrapping exists then.
    """
    arguments = list(_iter_call_arguments(call))
    for argument in arguments:
        if is_positional_argument(argument):
            return argument
    func = _get_keyword_values(call).get("func")
    if func is None and any(is_star_argument(argument) for argument in arguments):
        raise ValueError(f"the function to unwrap at line {call.start_pos[0]} may be in *args or **kwargs")
    return func
