"""How the distribution installs: import names that never collide with a user's own modules next to
their notebook, and the prebuilt lab extension."""
import os
import re
import subprocess
import sys


def test_users_own_modules_do_not_shadow_ours(tmp_path):
    for name in ("analysis", "model", "rules", "units", "report", "engine", "parse"):
        (tmp_path / f"{name}.py").write_text("raise ImportError('user module imported by mistake')\n")
    (tmp_path / "nb.py").write_text("import tensorflow as tf\n\n@tf.function\ndef f(x):\n    return x\n")
    result = subprocess.run([sys.executable, "-m", "hybridize_analysis", "nb.py"], cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "1 functions" in result.stdout


def test_only_our_two_packages_are_importable_from_the_distribution(tmp_path):
    code = "import importlib.util as u; print([n for n in ('analysis', 'tests', 'benchmarks', " \
           "'hybridize_analysis', 'hybridize_kernel') if u.find_spec(n)])"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['hybridize_analysis', 'hybridize_kernel']"


def test_the_lab_extension_is_installed_prebuilt_and_enabled():
    """`pip install` put the built extension where JupyterLab finds it: no `jupyter lab build`."""
    result = subprocess.run([sys.executable, "-m", "jupyter", "labextension", "list"],
                            capture_output=True, text=True, check=True, env={**os.environ, "NO_COLOR": "1"})
    listing = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    assert re.search(r"jupyterlab-hybridize v\S+ enabled OK \(python, jupyterlab-hybridize\)", listing), listing
