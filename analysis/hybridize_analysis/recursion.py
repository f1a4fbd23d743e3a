"""`is_recursive`: strongly connected components of the call graph (direct and mutual recursion)."""
from __future__ import annotations

from .callgraph import CallGraph
from .decide import Property
from .dispatch import IMPOSSIBLE, Receivers
from .model import FunctionInfo


def find_cycles(graph: CallGraph, functions: list[FunctionInfo],
                receivers: Receivers | None = None) -> dict[FunctionInfo, list[FunctionInfo]]:
    """For each recursive function, one cycle through it (Tarjan's algorithm, iteratively), along
    calls that can run one after the other (`dispatch.Receivers`, when given: an override of an
    abstract method runs only for its own class's instances)."""
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
            cycle = _cycle_through(graph, function, members, receivers)
            if cycle is not None:
                cycles[function] = cycle
    return cycles


def _cycle_through(graph: CallGraph, start: FunctionInfo, members: set[FunctionInfo],
                   receivers: Receivers | None) -> list[FunctionInfo] | None:
    """A shortest call path from `start` back to itself inside its component, or None when the
    receivers' classes rule every such path out."""
    origin = (start, None)
    previous = {origin: None}
    frontier = [origin]
    while frontier:
        following = []
        for state in frontier:
            node, node_self = state
            for callee, callee_self in _steps(graph, node, node_self, receivers):
                if callee is start:
                    path = [state]
                    while previous[path[-1]] is not None:
                        path.append(previous[path[-1]])
                    return [*(function for function, _ in reversed(path)), start]
                following_state = (callee, callee_self)
                if callee in members and following_state not in previous:
                    previous[following_state] = state
                    following.append(following_state)
        frontier = following
    return None if receivers is not None else [start, start]


def _steps(graph: CallGraph, node: FunctionInfo, node_self, receivers: Receivers | None):
    """(callee, what its `self` is known to be) for each call `node` makes, in source order."""
    if receivers is None:
        yield from ((callee, None) for callee in sorted(graph.callees.get(node, ()), key=_order))
        return
    steps = {}
    for site in graph.sites_in.get(node, ()):
        for callee, how in site.targets.items():
            callee_self = receivers.down(node, node_self, site, callee, how)
            if callee_self is not IMPOSSIBLE:
                steps.setdefault((callee, callee_self), None)
    yield from sorted(steps, key=lambda step: _order(step[0]))


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
