"""`is_recursive`: strongly connected components of the call graph (direct and mutual recursion)."""
from __future__ import annotations

from .callgraph import CallGraph
from .decide import Property
from .model import FunctionInfo


def find_cycles(graph: CallGraph, functions: list[FunctionInfo]) -> dict[FunctionInfo, list[FunctionInfo]]:
    """For each recursive function, one cycle through it (Tarjan's algorithm, iteratively)."""
    index: dict[FunctionInfo, int] = {}
    low: dict[FunctionInfo, int] = {}
    on_stack: set[FunctionInfo] = set()
    stack: list[FunctionInfo] = []
    components: list[list[FunctionInfo]] = []
    counter = 0
    for root in functions:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.callees.get(root, ()), key=_order)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.callees.get(child, ()), key=_order))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member is node:
                        break
                components.append(component)
    cycles = {}
    for component in components:
        members = set(component)
        if len(component) == 1 and component[0] not in graph.callees.get(component[0], ()):
            continue
        for function in component:
            cycles[function] = _cycle_through(graph, function, members)
    return cycles


def _cycle_through(graph: CallGraph, start: FunctionInfo, members: set[FunctionInfo]) -> list[FunctionInfo]:
    """A shortest call path from `start` back to itself inside its component."""
    previous = {start: None}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for callee in sorted(graph.callees.get(node, ()), key=_order):
                if callee is start:
                    path = [node]
                    while previous[path[-1]] is not None:
                        path.append(previous[path[-1]])
                    return [*reversed(path), start]
                if callee in members and callee not in previous:
                    previous[callee] = node
                    following.append(callee)
        frontier = following
    return [start, start]


def _order(function: FunctionInfo):
    return (function.module.name, function.unit_index, function.line)


def recursion_property(function: FunctionInfo, cycles, graph: CallGraph, reaches_unresolved, escaping) -> Property:
    """True on a cycle; None when an unresolved call could lead back (the function's value escapes)."""
    if function in cycles:
        cycle = " → ".join(f"`{member.qualname}`" for member in cycles[function])
        site = next((s for s in graph.sites_in.get(function, []) if cycles[function][1] in s.targets), None)
        return Property(True, {"cycle": cycle}, site.line if site else None)
    site = reaches_unresolved(function)
    if site is not None and function in escaping:
        return Property(None, {"call": site.get_code()}, site.line if site.caller is function else None)
    return Property(False)
