"""`to_sarif` against the official OASIS SARIF 2.1.0 schema (vendored, see data/README.md)."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from hybridize_analysis.rules import Assumption, Finding, iter_rules
from hybridize_analysis.sarif import to_sarif, to_uri

SCHEMA_PATH = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def _function(unit, qualname, line, findings, assumptions=(), is_hybrid=False):
    return {
        "unit": unit,
        "qualname": qualname,
        "name": qualname.rsplit(".", 1)[-1],
        "line": line,
        "end_line": line + 5,
        "is_hybrid": is_hybrid,
        "decorator": "tf.function" if is_hybrid else None,
        "properties": {
            "has_tensor_parameter": True,
            "has_primitive_parameter": False,
            "has_python_side_effects": False,
            "is_recursive": False,
        },
        "candidate": True,
        "refactoring": "OPTIMIZE_HYBRID_FUNCTION" if is_hybrid else "CONVERT_EAGER_FUNCTION_TO_HYBRID",
        "passing_precondition": None,
        "transformations": [],
        "findings": [finding.to_dict() for finding in findings],
        "assumptions": [assumption.to_dict() for assumption in assumptions],
        "benchmark": None,
    }


@pytest.fixture()
def report():
    return {
        "schema": "hybridize-report/1",
        "tool": {"name": "jupyterlab-hybridize", "version": "0.1.0"},
        "units": [
            {"id": "src/model utils.py", "path": "src/model utils.py", "kind": "file", "parse_errors": []},
            {
                "id": "cell:a1b2c3",
                "path": "notebooks/train.ipynb",
                "kind": "cell",
                "parse_errors": [{"line": 3, "message": "invalid syntax"}],
            },
        ],
        "functions": [
            _function(
                "src/model utils.py",
                "Trainer.train_step",
                12,
                [
                    Finding("HAS_STALE_READS", 14, {"function": "Trainer.train_step", "name": "learning_rate"}),
                    Finding(
                        "CREATES_TF_FUNCTION_PER_CALL",
                        20,
                        {"function": "Trainer.train_step", "call": "tf.function(step)"},
                    ),
                ],
                [
                    Assumption(
                        "SPECULATIVE_ANALYSIS",
                        {
                            "function": "Trainer.train_step",
                            "parameter": "data",
                            "reason": "the name `train_step` matches `.*(train|test).*_step`",
                        },
                    )
                ],
            ),
            _function(
                "cell:a1b2c3",
                "loss",
                2,
                [
                    Finding(
                        "HAS_PYTHON_SIDE_EFFECTS",
                        4,
                        {"function": "loss", "effect": "`print(...)`"},
                        severity="warning",
                    ),
                    Finding("HAS_COVERED_CALLERS", None, {"function": "loss", "callers": "`train_step`"}),
                ],
                is_hybrid=True,
            ),
            _function("cell:a1b2c3", "clean", 9, []),
        ],
        "summary": {"functions": 3, "candidates": 3, "refactorable": 0, "by_code": {}},
    }


def test_sarif_is_valid_against_the_official_schema(report, validator):
    log = to_sarif(report)
    errors = sorted(validator.iter_errors(log), key=lambda error: list(error.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")


def test_the_schema_rejects_what_sarif_forbids(report, validator):
    log = to_sarif(report)
    log["runs"][0]["results"][0]["level"] = "info"  # SARIF says "note"
    log["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert len(list(validator.iter_errors(log))) == 2


def test_the_driver_lists_every_rule_of_the_catalogue(report):
    driver = to_sarif(report)["runs"][0]["tool"]["driver"]
    assert driver["name"] == "jupyterlab-hybridize" and driver["version"] == "0.1.0"
    assert "informationUri" not in driver
    assert [rule["id"] for rule in driver["rules"]] == [rule.code for rule in iter_rules()]
    by_id = {rule["id"]: rule for rule in driver["rules"]}
    stale = by_id["HAS_STALE_READS"]
    assert stale["defaultConfiguration"]["level"] == "error"
    assert stale["shortDescription"]["text"].startswith("`{function}`")
    assert stale["fullDescription"]["text"] and stale["help"]["text"]
    assert by_id["HAS_COVERED_CALLERS"]["defaultConfiguration"]["level"] == "note"


def test_results_are_the_findings(report):
    run = to_sarif(report)["runs"][0]
    results = run["results"]
    rules = run["tool"]["driver"]["rules"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("HAS_STALE_READS", "error"),
        ("CREATES_TF_FUNCTION_PER_CALL", "warning"),
        ("HAS_PYTHON_SIDE_EFFECTS", "warning"),  # the finding's severity overrides the rule's
        ("HAS_COVERED_CALLERS", "note"),
    ]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert results[0]["message"]["text"].startswith("`Trainer.train_step`: reads `learning_rate`")


def test_file_and_cell_locations(report):
    run = to_sarif(report)["runs"][0]
    stale, _, effect, covered = run["results"]

    file_location = stale["locations"][0]
    assert file_location["physicalLocation"]["artifactLocation"]["uri"] == "src/model%20utils.py"
    assert file_location["physicalLocation"]["region"] == {"startLine": 14}
    assert file_location["logicalLocations"][0]["fullyQualifiedName"] == "Trainer.train_step"
    assert "cell" not in stale["properties"]

    cell_location = effect["locations"][0]
    assert cell_location["physicalLocation"]["artifactLocation"]["uri"] == "notebooks/train.ipynb"
    assert cell_location["physicalLocation"]["region"] == {"startLine": 4}  # the line within the cell
    assert cell_location["properties"] == {"cell": "a1b2c3"}
    assert effect["properties"]["cell"] == "a1b2c3"
    assert cell_location["logicalLocations"][0] == {"name": "loss", "fullyQualifiedName": "loss", "kind": "function"}

    # A finding without a line falls back to the function's line.
    assert covered["locations"][0]["physicalLocation"]["region"] == {"startLine": 2}

    artifacts = [artifact["location"]["uri"] for artifact in run["artifacts"]]
    assert artifacts == ["src/model%20utils.py", "notebooks/train.ipynb"]


def test_assumptions_travel_in_result_properties(report):
    results = to_sarif(report)["runs"][0]["results"]
    assert results[0]["properties"]["assumptions"] == [
        {
            "code": "SPECULATIVE_ANALYSIS",
            "message": "`Trainer.train_step`: assumed `data` receives a tensor because "
            "the name `train_step` matches `.*(train|test).*_step`",
        }
    ]
    assert all(result["ruleId"] != "SPECULATIVE_ANALYSIS" for result in results)


def test_parse_errors_are_notifications(report, validator):
    invocation = to_sarif(report)["runs"][0]["invocations"][0]
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert notification["locations"][0]["physicalLocation"]["region"] == {"startLine": 3}


def test_an_empty_report_and_a_cell_without_path_are_valid(validator):
    assert not list(validator.iter_errors(to_sarif({"units": [], "functions": []})))
    report = {
        "tool": {"name": "jupyterlab-hybridize", "version": "0.1.0"},
        "units": [{"id": "cell:7", "path": None, "kind": "cell", "parse_errors": []}],
        "functions": [_function("cell:7", "step", 1, [Finding("IS_GENERATOR", 3, {"function": "step"})])],
    }
    log = to_sarif(report)
    assert not list(validator.iter_errors(log))
    (location,) = log["runs"][0]["results"][0]["locations"]
    assert "physicalLocation" not in location
    assert location["properties"] == {"cell": "7"}


@pytest.mark.parametrize(
    ("path", "uri"),
    [("model.py", "model.py"), ("a b/c.ipynb", "a%20b/c.ipynb"), ("/tmp/x.py", "file:///tmp/x.py"), ("a\\b.py", "a/b.py")],
)
def test_uris(path, uri):
    assert to_uri(path) == uri
