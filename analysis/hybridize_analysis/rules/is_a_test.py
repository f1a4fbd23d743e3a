"""## What it does
Checks for tests that a test runner calls with the cases of their decorator
(`@parameterized.parameters(...)`, `@parameterized.named_parameters(...)`,
`@parameterized.product(...)`, `@pytest.mark.parametrize(...)`).

## Why is this bad?
The cases make the test's parameters tensors, but the test is not program code: it runs once per
case, checks results with assertions that compare Python values, and is the place where eager and
graph behaviour are compared. Decorating it would trace the assertions and test nothing faster.
The functions the test defines or calls are what the advice is about.

## Example
```python
@parameterized.parameters((tf.constant([1]), tf.constant([1, 2])))
def test_concat(self, sizes, features):
    def create(sizes, features):
        return tf.concat([sizes, features], 0)
    self.assertAllEqual(create(sizes, features), [1, 1, 2])
```

Use instead: leave the test as it is; `create` is the candidate.
"""
from __future__ import annotations

from . import hints
from .base import Finding, Rule
from .context import FunctionContext

RULE = Rule(
    code="IS_A_TEST",
    severity="error",
    kind="pitfall",
    message="`{function}` is a test the test runner calls with each case of its decorator: keep it as it is",
    explanation=(
        "A parameterized test receives tensors from its cases, but it is not program code: the "
        "functions it defines or calls are the candidates."
    ),
    hint=hints.KEEP_EAGER,
    doc=__doc__,
)


def check(ctx: FunctionContext) -> list[Finding]:
    if any(function is ctx.function for function, _, _ in ctx.dataflow.test_cases):
        return [ctx.finding(RULE.code, ctx.function.line)]
    return []
