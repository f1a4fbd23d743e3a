"""Builds scopes, bindings, functions and classes from parso trees (one pass per unit)."""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..syntax import get_sync_comp_for, is_comprehension
from ..units import Unit
from .program import ClassInfo, FunctionInfo, Module, Program
from .scopes import (
    Argument, Assignment, AugmentedAssignment, ClassDefinition, ClassScope, ComprehensionScope, Deletion,
    ExceptTarget, FromImportation, FunctionDefinition, FunctionScope, Importation, LambdaScope,
    REST, LoopVariable, ModuleScope, Pos, Scope, WithTarget,
)

_AUGMENTED = frozenset({"+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "&=", "|=", "^=", ">>=", "<<="})


class ModelBuilder:
    """Walks one module's units in order, dispatching on `node.type` like pyflakes' handlers."""

    def __init__(self, program: Program, module: Module) -> None:
        self.program = program
        self.module = module
        self.scope: Scope = module.scope
        self.qualname_prefix = ""
        self.current_class: ClassInfo | None = None
        self.current_function: FunctionInfo | None = None
        self.unit: Unit | None = None
        self.unit_index = 0
        self.calls: list[tuple[NodeOrLeaf, FunctionInfo | None]] = []  # for `g = tf.function(f)`
        self._handlers: dict[str, object] = {}

    # -- driving ------------------------------------------------------------------------------
    def build_unit(self, unit_index: int, unit: Unit, tree: NodeOrLeaf) -> None:
        self.unit, self.unit_index = unit, unit_index
        self.program.unit_positions[id(tree)] = unit_index
        self.program.tree_modules[id(tree)] = self.module
        self.program.scopes.setdefault(tree, self.module.scope)
        self.scope = self.module.scope
        self.visit(tree)

    def visit(self, node: NodeOrLeaf) -> None:
        if not hasattr(node, "children"):
            return
        handler = self._handlers.get(node.type)
        if handler is None:
            handler = self._handlers[node.type] = getattr(self, "visit_" + node.type, self.generic_visit)
        handler(node)

    def generic_visit(self, node: NodeOrLeaf) -> None:
        for child in node.children:
            if hasattr(child, "children"):
                self.visit(child)

    def pos(self, leaf: NodeOrLeaf) -> Pos:
        return (self.unit_index, *leaf.start_pos)

    def bind(self, binding, scope: Scope | None = None) -> None:
        scope = scope or self.scope
        if binding.name in scope.global_names:
            scope = self.module.scope
        scope.add(binding)

    # -- scopes -------------------------------------------------------------------------------
    def visit_funcdef(self, node: NodeOrLeaf) -> None:
        name = node.name.value
        for param in node.get_params():
            for part in (param.default, param.annotation):
                if part is not None:
                    self.visit_expression(part)
        function_scope = FunctionScope(node, self.scope)
        self.program.scopes[node] = function_scope
        function = FunctionInfo(
            name=name, qualname=self._qualname(name), node=node, unit=self.unit, unit_index=self.unit_index,
            module=self.module, scope=function_scope, enclosing=self.scope,
            cls=self.current_class if isinstance(self.scope, ClassScope) else None,
            is_async=node.parent.type in ("async_funcdef", "async_stmt"),
        )
        self.module.functions.append(function)
        self.program.scope_functions[function_scope] = function
        if function.cls is not None:
            function.cls.methods[name] = function
        self.bind(FunctionDefinition(name, node.name, self.pos(node), function))
        for index, param in enumerate(node.get_params()):
            function_scope.add(Argument(param.name.value, param.name, self.pos(param), param, index))
        self._enter(function_scope, function.qualname + ".<locals>.", None, function, node.children[-1])

    def visit_classdef(self, node: NodeOrLeaf) -> None:
        name = node.name.value
        bases = []
        if node.children[2].type == "operator" and node.children[2].value == "(" and node.children[3].type != "operator":
            arglist = node.children[3]
            items = arglist.children if arglist.type == "arglist" else [arglist]
            bases = [item for item in items if not (item.type == "operator" and item.value == ",")
                     and item.type != "argument"]
            self.visit_expression(arglist)
        class_scope = ClassScope(node, self.scope)
        self.program.scopes[node] = class_scope
        cls = ClassInfo(name=name, qualname=self._qualname(name), node=node, unit=self.unit,
                        module=self.module, scope=class_scope, base_nodes=bases)
        self.module.classes.append(cls)
        self.bind(ClassDefinition(name, node.name, self.pos(node), cls))
        self._enter(class_scope, cls.qualname + ".", cls, self.current_function, node.children[-1])

    def visit_lambdef(self, node: NodeOrLeaf) -> None:
        params = [child for child in node.children if child.type == "param"]
        for param in params:
            if param.default is not None:
                self.visit_expression(param.default)
        scope = LambdaScope(node, self.scope)
        self.program.scopes[node] = scope
        for index, param in enumerate(params):
            scope.add(Argument(param.name.value, param.name, self.pos(param), param, index))
        self._enter(scope, self.qualname_prefix + "<lambda>.<locals>.", self.current_class,
                    self.current_function, node.children[-1])

    def _enter(self, scope: Scope, prefix: str, cls, function, body: NodeOrLeaf) -> None:
        saved = (self.scope, self.qualname_prefix, self.current_class, self.current_function)
        self.scope, self.qualname_prefix, self.current_class, self.current_function = scope, prefix, cls, function
        try:
            self.visit(body)
        finally:
            self.scope, self.qualname_prefix, self.current_class, self.current_function = saved

    def _qualname(self, name: str) -> str:
        return self.qualname_prefix + name

    def visit_comprehension(self, node: NodeOrLeaf) -> None:
        comp_for = get_sync_comp_for(node)
        self.visit_expression(comp_for.children[3])  # the first iterable runs in the enclosing scope
        scope = ComprehensionScope(node, self.scope)
        self.program.scopes[node] = scope
        saved = self.scope
        self.scope = scope
        try:
            self._bind_comp_for(comp_for, first=True)
            for child in node.children:
                if child is not comp_for and child.parent is node and child.type != "comp_for":
                    self.visit_expression(child)
        finally:
            self.scope = saved

    def _bind_comp_for(self, comp_for: NodeOrLeaf, first: bool) -> None:
        target, iterable = comp_for.children[1], comp_for.children[3]
        if not first:
            self.visit_expression(iterable)
        for leaf in _iter_target_names(target):
            self.scope.add(LoopVariable(leaf.value, leaf, self.pos(leaf), iterable, target.type != "name"))
        self._visit_comp_iter(comp_for.children[4:])

    def _visit_comp_iter(self, children: list[NodeOrLeaf]) -> None:
        """What follows a `for` clause: `if` conditions and further `for` clauses, in order."""
        for child in children:
            if child.type == "sync_comp_for":
                self._bind_comp_for(child, first=False)
            elif child.type == "comp_for":
                self._bind_comp_for(child.children[-1], first=False)
            elif child.type == "comp_if":
                self._visit_comp_iter(child.children[1:])
            else:
                self.visit_expression(child)

    def visit_testlist_comp(self, node: NodeOrLeaf) -> None:
        if is_comprehension(node):
            self.visit_comprehension(node)
        else:
            self.generic_visit(node)

    visit_dictorsetmaker = visit_argument = visit_testlist_comp

    def visit_expression(self, node: NodeOrLeaf) -> None:
        """Expressions bind nothing themselves but may hold lambdas, comprehensions and `:=`."""
        self.visit(node)

    # -- bindings -----------------------------------------------------------------------------
    def visit_expr_stmt(self, node: NodeOrLeaf) -> None:
        children = node.children
        second = children[1] if len(children) > 1 else None
        if second is not None and second.type == "annassign":
            annotation = second.children[1]
            value = second.children[3] if len(second.children) > 3 else None
            self._bind_target(children[0], value, annotation=annotation)
            for part in second.children[1:]:
                self.visit_expression(part)
            self.visit_expression(children[0])
            if value is not None:
                self._record_call(value)
            return
        if second is not None and second.type == "operator" and second.value in _AUGMENTED:
            self._bind_target(children[0], children[2], binding_class=AugmentedAssignment)
            self.generic_visit(node)
            return
        if second is not None and second.type == "operator" and second.value == "=":
            value = children[-1]
            for target in children[:-1:2]:
                self._bind_target(target, value)
            self._record_call(value)
        self.generic_visit(node)

    def _record_call(self, value: NodeOrLeaf) -> None:
        if value.type in ("atom_expr", "power"):
            self.calls.append((value, self.current_function))

    def _bind_target(self, target: NodeOrLeaf, value: NodeOrLeaf | None, *, annotation=None,
                     binding_class=Assignment, path: tuple = (), statement: NodeOrLeaf | None = None) -> None:
        """Bind the names of `target`; `path` indexes into `value` for nested unpacking.

        A name is bound once its statement has run, so its position is the statement's end:
        in `x = f(x)` the `x` read on the right is the previous one.
        """
        statement = statement or target.parent
        end = (self.unit_index, *statement.end_pos)
        if target.type == "name":
            self.bind(binding_class(target.value, target, end, value, annotation, index=path or None))
            return
        elements = _unpacking_elements(target)
        if elements is None:
            return  # attribute or subscript store: not a name binding
        values = _unpacking_elements(value) if value is not None and not path else None
        starred = any(element.type == "star_expr" for element in elements)
        star_at = next((i for i, element in enumerate(elements) if element.type == "star_expr"), len(elements))
        for index, element in enumerate(elements):
            if element.type == "star_expr":
                rest = value if binding_class is Assignment and element.children[1].type == "name" else None
                for leaf in _iter_target_names(element):  # the elements it takes: a list of them
                    self.bind(Assignment(leaf.value, leaf, end, rest, index=(*path, REST) if rest is not None else None))
                continue
            if values is not None and len(values) == len(elements) and not starred:
                self._bind_target(element, values[index], binding_class=binding_class, statement=statement)
            else:
                self._bind_target(element, value, binding_class=binding_class, statement=statement,
                                  path=(*path, index if index < star_at else None))

    def visit_namedexpr_test(self, node: NodeOrLeaf) -> None:
        scope = self.scope
        while isinstance(scope, ComprehensionScope):
            scope = scope.parent
        target = node.children[0]
        self.bind(Assignment(target.value, target, (self.unit_index, *node.end_pos), node.children[2]), scope)
        self.generic_visit(node)

    def visit_for_stmt(self, node: NodeOrLeaf) -> None:
        target, iterable = node.children[1], node.children[3]
        for leaf in _iter_target_names(target):
            self.bind(LoopVariable(leaf.value, leaf, self.pos(leaf), iterable, target.type != "name"))
        self.generic_visit(node)

    def visit_with_item(self, node: NodeOrLeaf) -> None:
        if len(node.children) == 3:
            for leaf in _iter_target_names(node.children[2]):
                self.bind(WithTarget(leaf.value, leaf, self.pos(leaf), node.children[0]))
        self.generic_visit(node)

    def visit_except_clause(self, node: NodeOrLeaf) -> None:
        children = node.children
        if len(children) == 4 and children[3].type == "name":
            self.bind(ExceptTarget(children[3].value, children[3], self.pos(children[3])))
        self.generic_visit(node)

    def visit_del_stmt(self, node: NodeOrLeaf) -> None:
        for leaf in _iter_target_names(node.children[1]):
            self.bind(Deletion(leaf.value, leaf, self.pos(leaf)))

    def visit_global_stmt(self, node: NodeOrLeaf) -> None:
        self.scope.global_names.update(child.value for child in node.children[1::2])

    def visit_nonlocal_stmt(self, node: NodeOrLeaf) -> None:
        self.scope.nonlocal_names.update(child.value for child in node.children[1::2])

    def visit_import_name(self, node: NodeOrLeaf) -> None:
        for path, alias in node._dotted_as_names():
            if alias is not None:
                self.bind(Importation(alias.value, alias, self.pos(alias), ".".join(n.value for n in path)))
            else:
                self.bind(Importation(path[0].value, path[0], self.pos(path[0]), path[0].value))

    def visit_import_from(self, node: NodeOrLeaf) -> None:
        module = self._absolute_module(node)
        if node.is_star_import():
            if isinstance(self.scope, ModuleScope):
                self.scope.star_imports.append((module, self.pos(node)))
            return
        for name, alias in node._as_name_tuples():
            bound = alias or name
            self.bind(FromImportation(bound.value, bound, self.pos(bound), module, name.value))

    def _absolute_module(self, node: NodeOrLeaf) -> str:
        names = ".".join(name.value for name in node.get_from_names())
        if node.level == 0:
            return names
        package = self.module.name.split(".")
        if not self.module.is_package:
            package = package[:-1]
        package = package[: len(package) - (node.level - 1)] if node.level > 1 else package
        return ".".join([*package, names] if names else package)


def _unpacking_elements(node: NodeOrLeaf) -> list[NodeOrLeaf] | None:
    """The elements of a tuple or list target or value, or None when `node` is not one."""
    if node.type in ("testlist_star_expr", "exprlist", "testlist", "testlist_comp"):
        if node.type == "testlist_comp" and is_comprehension(node):
            return None
        return [child for child in node.children if not (child.type == "operator" and child.value == ",")]
    if node.type == "atom" and node.children[0].value in "([" and len(node.children) == 3:
        return _unpacking_elements(node.children[1]) or [node.children[1]]
    return None


def _iter_target_names(target: NodeOrLeaf):
    """Names bound by a target (`a`, `a, (b, *c)`), not names read in `a.b` or `a[i]` stores."""
    if target.type == "name":
        yield target
        return
    if target.type == "star_expr":
        yield from _iter_target_names(target.children[1])
        return
    elements = _unpacking_elements(target)
    if elements:
        for element in elements:
            yield from _iter_target_names(element)
