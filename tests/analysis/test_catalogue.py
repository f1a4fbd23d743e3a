"""The catalogue of codes against SPEC 4.3-4.6, the rule modules and docs/RULES.md."""
from __future__ import annotations

import importlib
import pkgutil
import string
from pathlib import Path

import pytest

from hybridize_analysis import rules
from hybridize_analysis.rules import CATALOGUE, RETIRED, Assumption, Finding, Rule, get_rule, iter_rules
from hybridize_analysis.rules.catalogue import RULE_MODULES, get_module_rules
from hybridize_analysis.rules.docs import REGENERATE, RULES_MD, render_rules_markdown

#: SPEC 4.3: failures of the paper's tables, with their default severity.
PRECONDITIONS = {
    "HAS_NO_TENSOR_PARAMETERS": "info",
    "HAS_PRIMITIVE_PARAMETERS": "warning",
    "HAS_PYTHON_SIDE_EFFECTS": "warning",
    "IS_RECURSIVE": "warning",
    "HAS_NO_PRIMITIVE_PARAMETERS": "info",
    "TRACED_ON_PURPOSE": "info",
    "NEEDS_A_GRAPH": "info",  # issue 13: an eager function the program uses as a graph
    "HAS_GRAPH_WORK": "info",
    "RETRACES_ON_LOOP_COUNTER": "warning",
    "RETRACES_ON_SHAPES": "warning",
    "REMOVAL_CHANGES_RESULTS": "warning",
    "FEW_PRIMITIVE_VALUES": "info",
    # the paper's status entries (`--tables paper`)
    "HAS_TENSOR_PARAMETER": "info",
    "HAS_NO_PYTHON_SCALAR_PARAMETERS": "info",
    "HAS_NO_PYTHON_SIDE_EFFECTS": "info",
    "IS_NOT_RECURSIVE": "info",
    "RECURSIVE_HYBRID_FUNCTION": "warning",
    "HYBRID_FUNCTION_WITH_SIDE_EFFECTS": "warning",
    "UNDETERMINABLE_TENSOR_PARAMETER": "info",
    "UNDETERMINABLE_PRIMITIVE_PARAMETER": "info",
    "UNDETERMINABLE_SIDE_EFFECTS": "info",
    "CANT_APPROXIMATE_RECURSION": "info",
}

#: SPEC 4.5: code -> (severity, kind).
PITFALLS = {
    "HAS_EAGER_ONLY_CALLS": ("error", "pitfall"),
    "HAS_NUMPY_CALLS_ON_PARAMETERS": ("error", "pitfall"),
    "CREATES_VARIABLES": ("error", "pitfall"),
    "HAS_STALE_READS": ("error", "pitfall"),
    "USES_PYTHON_RANDOMNESS": ("error", "pitfall"),
    "IS_GENERATOR": ("error", "pitfall"),
    "HAS_TENSOR_PARAMETER_ITERATION": ("error", "pitfall"),
    "ACCUMULATES_IN_PYTHON_LIST": ("error", "pitfall"),
    "CONSUMES_PYTHON_ITERATOR": ("error", "pitfall"),
    "CREATES_TF_FUNCTION_PER_CALL": ("warning", "pitfall"),
    "NO_TENSOR_COMPUTATION": ("error", "pitfall"),
    "KERAS3_LAYER_CALL": ("error", "pitfall"),
    "HAS_COVERED_CALLERS": ("info", "pitfall"),
    "TOO_LITTLE_WORK": ("info", "pitfall"),  # the boundary plan: a graph call would not pay
    "TOO_FEW_CALLS": ("info", "pitfall"),  # the boundary plan: tracing would not be earned back
    # issue 12: hazards beyond SPEC 4.5's table
    "HAS_TENSOR_ASSERTS": ("error", "pitfall"),
    "HAS_UNSEEDED_RANDOM_OPS": ("warning", "pitfall"),
    "RETURNS_PYTHON_VALUES": ("error", "pitfall"),
    "CALLS_UNTRACEABLE": ("error", "pitfall"),
    # issue 14: the checks the paper's tool gained after its publication (both tables)
    "HAS_INVALID_NAME_ARGUMENTS": ("error", "pitfall"),
    "HAS_KERAS_SYMBOLIC_ARGUMENTS": ("error", "pitfall"),
    "HAS_STALE_VARIABLE_READS": ("error", "pitfall"),
    "HAS_UNRESOLVED_STATICALLY_READ_AXES": ("error", "pitfall"),
    "HAS_CONFLICTING_EAGER_DTYPE_COERCIONS": ("error", "pitfall"),
    # issue 13: a parameterized test receives its cases' tensors but is not a candidate itself
    "IS_A_TEST": ("error", "pitfall"),
    "OBSERVED_RETRACING": ("warning", "observation"),
    "NO_MEASURED_SPEEDUP": ("warning", "benchmark"),
    "TRACING_DOES_NOT_PAY": ("warning", "benchmark"),
    "BEHAVIOUR_DIFFERS": ("error", "benchmark"),
}

#: SPEC 4.4, 4.6.
ASSUMPTIONS = ("SPECULATIVE_ANALYSIS", "SPECULATIVE_SIGNATURE", "CAPTURED_TENSOR_INPUTS", "CALLING_CONVENTION",
               "TYPE_INFERENCING", "OBSERVED_CALLS", "TARGET_VERSIONS")

ALL_RULES = list(iter_rules())


def _fields(template: str) -> list[str]:
    return [field for _, field, _, _ in string.Formatter().parse(template) if field is not None]


@pytest.mark.parametrize("code", PRECONDITIONS)
def test_preconditions_are_catalogued(code):
    rule = get_rule(code)
    assert (rule.kind, rule.severity) == ("precondition", PRECONDITIONS[code])


@pytest.mark.parametrize("code", PITFALLS)
def test_pitfalls_are_catalogued(code):
    rule = get_rule(code)
    assert (rule.severity, rule.kind) == PITFALLS[code]


@pytest.mark.parametrize("code", ASSUMPTIONS)
def test_assumptions_are_catalogued(code):
    rule = get_rule(code)
    assert (rule.kind, rule.severity) == ("assumption", "info")


def test_catalogue_holds_exactly_the_specified_codes():
    assert set(CATALOGUE) == set(PRECONDITIONS) | set(PITFALLS) | set(ASSUMPTIONS)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda rule: rule.code)
def test_message_formats_with_exactly_its_args(rule):
    fields = _fields(rule.message)
    assert "function" in rule.args and "function" in fields
    assert all(field.isidentifier() for field in fields), f"{rule.code}: only plain {{name}} placeholders"
    assert set(fields) == set(rule.args), f"{rule.code}: placeholders {sorted(set(fields))} vs args {rule.args}"
    assert len(set(rule.args)) == len(rule.args)
    message = rule.format_message({arg: f"<{arg}>" for arg in rule.args})
    assert "\n" not in message and "{" not in message
    with pytest.raises(KeyError):
        rule.format_message({arg: "x" for arg in rule.args if arg != "function"})


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda rule: rule.code)
def test_rule_reads_like_a_diagnostic(rule):
    assert rule.code == rule.code.upper() and rule.code.isidentifier()
    assert rule.explanation.strip() and rule.hint.strip()
    assert "\n" not in rule.message + rule.explanation + rule.hint
    assert "## What it does" in rule.doc
    if rule.kind != "assumption":
        assert "## Why is this bad?" in rule.doc
    if rule.fix_safety is not None:
        assert rule.fix_safety.strip()


def test_findings_and_assumptions_format_through_the_catalogue():
    finding = Finding(
        "HAS_PRIMITIVE_PARAMETERS", 3, {"function": "scale", "parameter": "n", "value_kind": "int", "values": " (1, 2)"}
    )
    assert finding.to_dict()["message"] == (
        "`scale`: parameter `n` receives Python int values (1, 2); each distinct value traces a new graph"
    )
    assert finding.to_dict()["severity"] == "warning"
    assumption = Assumption("TARGET_VERSIONS", {"function": "Net.call", "keras": 3, "source": "the installed TensorFlow 2.21"})
    assert assumption.to_dict() == {
        "code": "TARGET_VERSIONS",
        "message": "`Net.call`: assumed Keras 3, from the installed TensorFlow 2.21",
    }


def test_unknown_code_is_a_clear_key_error():
    with pytest.raises(KeyError, match="unknown rule code 'NO_SUCH_CODE'"):
        get_rule("NO_SUCH_CODE")


def test_iter_rules_is_ordered_by_kind_then_code():
    kinds = ["precondition", "pitfall", "observation", "benchmark", "assumption"]
    keys = [(kinds.index(rule.kind), rule.code) for rule in ALL_RULES]
    assert keys == sorted(keys)
    assert len(ALL_RULES) == len(CATALOGUE)


def test_retired_codes_point_to_live_codes():
    for old, new in RETIRED.items():
        assert old not in CATALOGUE, f"retired code {old} is reused"
        assert new in CATALOGUE, f"retired code {old} points to {new}, which is not a live code"


def _rule_modules():
    for info in pkgutil.iter_modules(rules.__path__):
        yield importlib.import_module(f"{rules.__name__}.{info.name}")


def test_no_module_defines_a_code_twice_and_every_module_is_registered():
    seen: dict[str, str] = {}
    for module in _rule_modules():
        defined = {id(value): value for value in vars(module).values() if isinstance(value, Rule)}
        for value in getattr(module, "RULES", ()):
            defined[id(value)] = value
        codes = [rule.code for rule in defined.values()]
        for code in codes:
            assert code not in seen, f"{code} is defined in {seen[code]} and in {module.__name__}"
            seen[code] = module.__name__
        if codes:
            assert module in RULE_MODULES, f"{module.__name__} defines rules but is not in RULE_MODULES"
            assert sorted(codes) == sorted(rule.code for rule in get_module_rules(module))
    assert set(seen) == set(CATALOGUE)


def test_pitfall_modules_are_named_after_their_code():
    for module in RULE_MODULES:
        if hasattr(module, "RULE"):
            assert module.__name__.rsplit(".", 1)[-1] == module.RULE.code.lower()
            assert module.RULE.doc == module.__doc__


def test_rules_md_is_current():
    expected = render_rules_markdown()
    current = RULES_MD.read_text(encoding="utf-8") if RULES_MD.exists() else ""
    assert current == expected, f"{RULES_MD} is out of date; regenerate it with: {REGENERATE}"


def test_rules_md_has_a_section_per_code():
    text = render_rules_markdown()
    for code in CATALOGUE:
        assert f"\n## {code}\n" in text
        assert f"](#{code.lower()})" in text
    assert Path(RULES_MD).parent.name == "docs"


def test_docs_main_writes_and_checks(tmp_path, capsys):
    from hybridize_analysis.rules.docs import main

    out = tmp_path / "RULES.md"
    assert main(["--check", "--output", str(out)]) == 1
    assert REGENERATE in capsys.readouterr().err
    assert main(["--output", str(out)]) == 0
    assert main(["--check", "--output", str(out)]) == 0
    out.write_text(out.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    assert main(["--check", "--output", str(out)]) == 1
