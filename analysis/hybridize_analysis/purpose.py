"""Functions whose graph the program relies on (SPEC 4.8): exported, served, distributed, or traced
by `tf.data`.

Removing `@tf.function` from such a function breaks the program however the decision tables read:
`tf.saved_model.save` keeps only the `tf.function`s of the module it saves, `get_concrete_function`
exists only on a `tf.function`, an `input_signature` is the signature a server calls, and a step
that calls `strategy.run` is meant to run as one graph on every replica. Map functions of
`tf.data` are traced whatever they are decorated with, so a decorator there is deliberate too.
"""
from __future__ import annotations

from .callgraph import CALLBACK, CallSite
from .model import FunctionInfo
from .syntax import iter_call_arguments
from .tensors.values import BOUND_METHOD, FUNCTION, OBJECT

#: Library calls that export what they are given (their first argument, and `signatures=`).
EXPORTS = frozenset({
    "tensorflow.saved_model.save", "tensorflow.compat.v1.saved_model.save",
    "tensorflow.saved_model.experimental.save", "keras.export.ExportArchive.track",
})
#: Dataset methods whose callbacks `tf.data` traces into its own graph.
_DATASET_TRACED = frozenset({"map", "filter", "flat_map", "interleave", "reduce", "scan",
                             "parallel_interleave", "group_by_window"})
_DISTRIBUTED = frozenset({"run", "experimental_run_v2", "experimental_run"})
_DTENSOR = "tensorflow.experimental.dtensor"


def find_graph_reasons(dataflow) -> tuple[dict[FunctionInfo, str], dict[FunctionInfo, str]]:
    """(function -> why its graph is relied on, function -> why the program uses it as a graph
    whether it is decorated or not), in a user's words, the first reason found for each. The
    second holds the functions whose concrete function the program takes (which only a
    `tf.function` has), that run a distributed step with `strategy.run` (meant to run as one graph
    on every replica), or that are the `__call__` of a module `tf.saved_model.save` exports."""
    reasons: dict[FunctionInfo, str] = {}
    needs: dict[FunctionInfo, str] = {}
    for function in dataflow.functions:
        if function.hybrid is not None and "input_signature" in function.hybrid.arguments:
            reasons[function] = "it declares an `input_signature`, the signature a caller of the graph relies on"
    for site in dataflow.sites:
        for function, reason, needed in _reasons_at(dataflow, site):
            reasons.setdefault(function, reason)
            if needed:
                needs.setdefault(function, reason)
    return reasons, needs


def _reasons_at(dataflow, site: CallSite):
    """(function, reason, whether an undecorated function needs the graph too) for one call site."""
    line = site.line
    for function, how in site.targets.items():
        if how != CALLBACK:
            continue
        if any(kind == "dataset" and method in _DATASET_TRACED for kind, method in site.methods):
            yield function, f"`tf.data` traces it as a dataset function (line {line})", False
        elif any(kind == "strategy" and method in _DISTRIBUTED for kind, method in site.methods):
            yield function, f"`strategy.run` runs it on every replica (line {line})", False
    for function, reason in _needs_at(dataflow, site):
        yield function, reason, True
    if site.caller is not None and any(name.startswith(_DTENSOR) for name in site.library):
        yield site.caller, f"it runs DTensor operations (line {line})", False
    if site.library & EXPORTS:
        for keyword, node in iter_call_arguments(site.trailer):
            if keyword not in (None, "obj", "signatures"):
                continue
            values = dataflow.eval(node)
            for function in _functions(values) if keyword == "signatures" else ():
                yield function, f"it is exported as a serving signature (line {line})", False
            for function in _exported_methods(dataflow, values):
                yield function, f"`{function.cls.name}` is exported with `tf.saved_model.save` (line {line})", False
            if keyword is None:
                break  # only the first positional argument is the object saved


def _needs_at(dataflow, site: CallSite):
    line = site.line
    if site.caller is not None and any(kind == "strategy" and method in _DISTRIBUTED for kind, method in site.methods):
        yield site.caller, f"it runs a distributed step with `strategy.run` (line {line})"
    if any(method == "get_concrete_function" for _, method in site.methods) \
            or _calls_method(site, "get_concrete_function"):
        receiver = dataflow.eval_trailers(site.node, site.trailer_index - 1)
        for function in _functions(receiver):
            yield function, f"its concrete function is taken at line {line}"
    if site.library & EXPORTS:
        saved = next((node for keyword, node in iter_call_arguments(site.trailer) if keyword in (None, "obj")), None)
        for value in dataflow.eval(saved) if saved is not None else ():
            if value.kind == OBJECT and not dataflow.keras.is_keras(value.ref):
                call = dataflow.keras.find_method(value.ref, "__call__")
                if call is not None and not call.is_hybrid:
                    yield call, (f"`{value.ref.name}` is exported with `tf.saved_model.save` (line {line}), "
                                 f"which keeps only its `tf.function`s")


def _calls_method(site: CallSite, name: str) -> bool:
    """`<receiver>.name(...)` where the receiver is not a library value (a function of the program)."""
    if site.trailer_index < 2:
        return False
    attribute = site.node.children[site.trailer_index - 1]
    return attribute.type == "trailer" and attribute.children[0].value == "." and \
        attribute.children[1].value == name


def _functions(values):
    for value in values:
        if value.kind in (FUNCTION, BOUND_METHOD):
            yield value.ref
        for elements in value.elements:  # a dict or list of signatures
            yield from _functions(elements)


def _exported_methods(dataflow, values):
    """The hybrid methods of the objects saved: `tf.saved_model.save` keeps them as graphs."""
    for value in values:
        if value.kind != OBJECT:
            continue
        for cls in dataflow.keras.iter_mro(value.ref):
            for method in cls.methods.values():
                if method.is_hybrid:
                    yield method
