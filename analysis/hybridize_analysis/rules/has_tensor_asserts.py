"""## What it does
Checks for Python `assert` statements whose test is a tensor (`assert tf.reduce_all(x >= 0)`,
`assert tf.shape(x)[0] == n`).

Arguments: `test` is the assertion's test, shortened, e.g. `"tf.reduce_all(x >= 0)"`.

## Why is this bad?
AutoGraph leaves `assert` statements alone unless the function is traced with the optional
`tf.autograph.experimental.Feature.ASSERT_STATEMENTS`, which plain `@tf.function` does not enable.
The test then asks a symbolic tensor for its Python truth value, and the first trace raises
`OperatorNotAllowedInGraphError` ("Using a symbolic `tf.Tensor` as a Python `bool` is not
allowed"), whether the condition holds or not: the decorated function never runs (verified with
TensorFlow 2.21). `and`, `or` and `not` in the test do not help: AutoGraph turns them into
`tf.logical_*`, still a tensor.

## Example
```python
def normalize(x):
    assert tf.reduce_all(x >= 0.0), "inputs must be non-negative"
    return x / tf.reduce_sum(x)
```

Use instead:
```python
@tf.function
def normalize(x):
    tf.debugging.assert_non_negative(x, message="inputs must be non-negative")
    return x / tf.reduce_sum(x)
```

## Known problems
A failing check then raises `tf.errors.InvalidArgumentError` instead of `AssertionError` (in eager
code as well), and it is not removed by `python -O`. Assertions on static facts (`x.shape[0] == 3`,
`x.dtype == tf.float32`, `isinstance(x, tf.Tensor)`, `mask is not None`) are evaluated while
tracing, correctly, and are not reported.
"""
from __future__ import annotations

from parso.tree import NodeOrLeaf

from ..tensors import catalogue as api
from .base import Finding, Rule
from .context import FunctionContext, short_code

RULE = Rule(
    code="HAS_TENSOR_ASSERTS",
    severity="error",
    kind="pitfall",
    message="`{function}`: `assert {test}` asks a tensor for its Python truth value, which fails while tracing",
    explanation=(
        "`@tf.function` leaves `assert` statements to Python (AutoGraph converts them only with the "
        "optional `ASSERT_STATEMENTS` feature): a symbolic tensor has no truth value, so the first "
        "trace raises `OperatorNotAllowedInGraphError` whether the condition holds or not."
    ),
    hint=(
        "Check inside the graph with `tf.debugging.assert_*` (`assert_non_negative`, "
        "`assert_equal`, `assert_shapes`, or `tf.debugging.Assert(cond, [x])`); it raises "
        "`InvalidArgumentError` when the condition fails."
    ),
    args=("function", "test"),
    doc=__doc__,
)


def check(ctx: FunctionContext) -> list[Finding]:
    findings = []
    for node in ctx.iter_body_nodes():
        if node.type == "assert_stmt" and is_tensor_truth(ctx, node.children[1]):
            findings.append(ctx.finding(RULE.code, node, test=short_code(node.children[1])))
    return findings


def is_tensor_truth(ctx: FunctionContext, test: NodeOrLeaf) -> bool:
    """Python would ask a tensor for its truth value to evaluate `test`. `not`, `and` and `or`
    test each operand; identity tests (`x is None`) and `isinstance` are Python booleans."""
    if test.type == "not_test":
        return is_tensor_truth(ctx, test.children[1])
    if test.type in ("and_test", "or_test"):
        return any(is_tensor_truth(ctx, operand) for operand in test.children[::2])
    if test.type == "comparison" and any(_is_identity(operator) for operator in test.children[1::2]):
        return False
    if test.type == "atom" and test.children[0].type == "operator" and test.children[0].value == "(" \
            and len(test.children) == 3:
        return is_tensor_truth(ctx, test.children[1])
    # the truth of a list of tensors is its length, known while tracing
    values = ctx.values(test)
    return any(value.kind in (api.TENSOR, api.VARIABLE) for value in values) or (
        ctx.get_parameter(test) is not None and any(value.kind == api.NUMPY for value in values))


def _is_identity(operator: NodeOrLeaf) -> bool:
    code = operator.get_code(include_prefix=False).split()
    return code in (["is"], ["is", "not"])
