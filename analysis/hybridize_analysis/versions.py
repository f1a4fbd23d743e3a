"""Target versions (SPEC 4.6): which Keras the analysed code runs with, and why we think so.

Decided, in order, from: an explicit choice (`--keras`, the live kernel), the project's own pins,
legacy-Keras markers in the code, the installed packages, and otherwise the current release.
"""
from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .rules.context import TargetVersions

PIN_FILES = ("requirements*.txt", "pyproject.toml", "setup.py", "setup.cfg", "environment.yml", "environment.yaml")
_PIN = re.compile(r"""(?ix)(?<![\w-])(tensorflow(?:-cpu|-gpu|-macos)?|tf[-_]keras|keras)\s*
                      (?:\[[^\]]*\])?\s*(==|>=|~=|<=|<|>|=)?\s*([0-9][0-9.]*)?""")
_LEGACY_MARKERS = ("tf_keras", "TF_USE_LEGACY_KERAS")


def decide_targets(explicit: int | None = None, explicit_source: str = "--keras",
                   project_root: Path | None = None, sources: list[str] = ()) -> TargetVersions:
    if explicit in (2, 3):
        return TargetVersions(explicit, explicit_source)
    pinned = _from_pins(project_root) if project_root is not None else None
    if pinned is not None:
        return pinned
    if any(marker in source for source in sources for marker in _LEGACY_MARKERS):
        return TargetVersions(2, "the legacy Keras (tf_keras) the code imports")
    return _from_installed()


def keras_from_tensorflow_version(text: str) -> int:
    """TensorFlow 2.16 and later ship Keras 3; earlier releases ship Keras 2."""
    parts = [int(part) for part in re.findall(r"\d+", text)[:2]] + [0, 0]
    return 3 if (parts[0], parts[1]) >= (2, 16) else 2


def _from_pins(root: Path) -> TargetVersions | None:
    for pattern in PIN_FILES:
        for path in sorted(root.glob(pattern)):
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            for match in _PIN.finditer(text):
                package, operator, number = match.group(1).lower().replace("_", "-"), match.group(2), match.group(3)
                if package == "tf-keras":
                    return TargetVersions(2, f"the `tf-keras` pin in {path.name}")
                if number is None or operator in ("<", "<="):
                    continue
                if package == "keras":
                    major = 3 if number.split(".")[0] == "3" else 2
                    return TargetVersions(major, f"`keras{operator}{number}` in {path.name}")
                return TargetVersions(keras_from_tensorflow_version(number),
                                      f"`{match.group(1)}{operator}{number}` in {path.name}")
    return None


def _from_installed() -> TargetVersions:
    for package in ("tensorflow", "tensorflow-cpu", "tensorflow-gpu", "tensorflow-macos"):
        try:
            installed = version(package)
        except PackageNotFoundError:
            continue
        return TargetVersions(keras_from_tensorflow_version(installed), f"the installed TensorFlow {installed}")
    try:
        installed = version("keras")
        return TargetVersions(3 if installed.startswith("3") else 2, f"the installed Keras {installed}")
    except PackageNotFoundError:
        return TargetVersions(3, "the current TensorFlow release (none is installed)")
