"""Time from Apply to the rewritten cell, with verification (SPEC 8.1), on the quickstart notebook.

The quickstart's cells run in IPython with the extension loaded and observation on (as "Load the
extension" in the panel does). Then the panel's Apply is repeated on `train_step`: the kernel
analyses the session, runs the rewrite on the observed calls against the code as it is, and
returns the rewritten cell (`advisor.preview`, what the comm answers). Nothing is written, so
every repetition starts from the same session. Prints the median and spread of the whole request,
and of the same request without verification; the goal is a median under 1.5 s. No assertions.

Run: `.venv/bin/python benchmarks/verify_overhead.py [--repeat 7]`
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

QUICKSTART = Path(__file__).resolve().parents[1] / "demo_notebooks" / "01_quickstart.ipynb"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="Apply requests timed (default 7)")
    parser.add_argument("--function", default="train_step")
    options = parser.parse_args(argv)

    from IPython.testing.globalipapp import get_ipython

    from hybridize_kernel import advisor

    shell = get_ipython()
    shell.run_line_magic("load_ext", "hybridize_kernel")
    shell.run_line_magic("hybridize", "observe on")
    cells = [cell for cell in json.loads(QUICKSTART.read_text())["cells"] if cell["cell_type"] == "code"]
    for cell in cells:
        source = "".join(cell["source"])
        if source.lstrip().startswith("%"):
            continue  # the notebook's own `%load_ext` / `%hybridize` lines: done above
        shell.run_cell(source, store_history=True, cell_id=cell.get("id"))

    def timed(verify: bool) -> tuple[list[float], object]:
        times, verdicts = [], None
        for _ in range(options.repeat):
            start = time.perf_counter()
            cells_, verdicts = advisor.preview(shell, [options.function], verify=verify)
            times.append(time.perf_counter() - start)
            assert cells_, "the quickstart's recommendation was not rewritten"
        return times, verdicts

    advisor.preview(shell, [options.function])  # the first request also traces TensorFlow's own code
    with_verify, verdicts = timed(True)
    without_verify, _ = timed(False)
    verdict = verdicts[options.function]

    def line(label: str, times: list[float]) -> str:
        spread = statistics.pstdev(times) * 1e3 if len(times) > 1 else 0.0
        return f"{label:<26} median {statistics.median(times) * 1e3:7.0f} ms  (spread {spread:.0f} ms, {len(times)} runs)"

    print(f"Apply on `{options.function}` of the quickstart ({verdict.describe()})")
    print(line("with verification", with_verify))
    print(line("without verification", without_verify))
    overhead = statistics.median(with_verify) - statistics.median(without_verify)
    print(f"verification adds {overhead * 1e3:.0f} ms; goal: Apply under 1500 ms")
    shell.run_line_magic("unload_ext", "hybridize_kernel")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
