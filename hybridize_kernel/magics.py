"""`%hybridize` and `%%hybridize`: the advisor's commands in the notebook (SPEC 3).

The docstrings are the manual (`%hybridize?`, `%%hybridize?`). Bad input raises `UsageError`;
anything else that goes wrong inside the advisor is one warning line.
"""
from __future__ import annotations

import json
import re
import shlex

from IPython.core import magic_arguments
from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, line_magic, magics_class
from IPython.display import display

from . import advisor
from .analyse import analyse_session, filter_report, require_session
from .errors import guarded, warn
from .settings import describe_settings, parse_settings


# -- sub-command parsers (their help is appended to the manual below) ---------------------------------

@magic_arguments.magic_arguments(name="hybridize report")
@magic_arguments.argument("--format", choices=("table", "json", "df"), default="table",
                          help="table (widgets, or text where they cannot render), json (the "
                               "hybridize-report/1 object) or df (returns a pandas DataFrame)")
def _report_parser():
    """Every function executed so far, with its recommendation."""


@magic_arguments.magic_arguments(name="hybridize observe")
@magic_arguments.argument("state", nargs="?", choices=("on", "off"),
                          help="on: record real calls of notebook functions; off: restore the originals")
def _observe_parser():
    """Record argument types, dtypes, shapes and scalar values of real calls."""


@magic_arguments.magic_arguments(name="hybridize explain")
@magic_arguments.argument("name", help="function name or qualname (`train_step`, `Net.call`)")
def _explain_parser():
    """Findings with explanations and hints, and the assumptions behind the decision."""


@magic_arguments.magic_arguments(name="hybridize apply")
@magic_arguments.argument("name", nargs="?", help="function name or qualname")
@magic_arguments.argument("--all", action="store_true", help="every function with a recommended change")
@magic_arguments.argument("--no-verify", dest="verify", action="store_false",
                          help="apply without first running the rewrite on the observed calls")
def _apply_parser():
    """Run the rewrite on the calls observed and compare it with the code as it is (a rewrite that
    computes something else is not applied), then rebind the function in the namespace as
    recommended and offer the rewritten cell."""


@magic_arguments.magic_arguments(name="hybridize bench")
@magic_arguments.argument("name", nargs="?", help="function name or qualname")
@magic_arguments.argument("--all", action="store_true",
                          help="every candidate called with observation on, each with its own budget, "
                               "then a summary sorted by speedup; returns the list of results")
@magic_arguments.argument("--args", dest="args_expr", default=None,
                          help="expression evaluated in the namespace giving the arguments, "
                               "e.g. --args \"(x, y)\"; default: the last observed call")
@magic_arguments.argument("--budget", type=float, default=advisor.DEFAULT_BUDGET,
                          help="seconds to spend on each function (default 2)")
@magic_arguments.argument("--force", action="store_true",
                          help="benchmark even a function with Python side effects")
def _bench_parser():
    """Time eager against graph (and XLA) execution in place and check they give the same
    results: a progress bar while it runs, then a summary and a bar chart; the result is kept
    for the report (and may change the recommendation) and returned, as `%timeit -o` does.
    User state (variables, optimizer slots, random generators) is restored bitwise."""


@magic_arguments.magic_arguments(name="hybridize config")
@magic_arguments.argument("settings", nargs="*", metavar="NAME=VALUE",
                          help="tables=default|paper, few_values=N, min_graph_ops=N, min_graph_calls=N, booleans=on|off, "
                               "plan=on|off, "
                               "expected_calls=N; none: show them")
def _config_parser():
    """Settings of the analysis for this session: which decision tables decide (ours, or the
    paper's two tables exactly), how many constant values a Python parameter may take and still
    be no retracing hazard, and whether booleans count as Python scalars."""


_PARSERS = {"report": _report_parser, "observe": _observe_parser, "explain": _explain_parser,
            "apply": _apply_parser, "bench": _bench_parser, "config": _config_parser}
_ARGS_VALUE = re.compile(r"--args(?:=|\s+)(.+?)(?=\s+--(?:budget|force|all)\b|$)")


def _parse(command: str, rest: str):
    if command == "bench":  # `--args (x, y)` may hold spaces: take it verbatim up to the next option
        match = _ARGS_VALUE.search(rest)
        if match:
            expression = match.group(1).strip()
            rest = rest[:match.start()] + rest[match.end():]
            arguments = magic_arguments.parse_argstring(_PARSERS[command], rest)
            arguments.args_expr = _unquote(expression)
            return arguments
    return magic_arguments.parse_argstring(_PARSERS[command], rest)


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        try:
            return shlex.split(text)[0]
        except ValueError:
            return text
    return text


@magics_class
class HybridizeMagics(Magics):
    """The advisor's magics: `%hybridize` and `%%hybridize`."""

    @line_magic("hybridize")
    def hybridize_line(self, line: str = ""):
        """Advise, for every function defined in this notebook, whether it should be
        decorated with `@tf.function`, show why, and apply it.

        Usage::

          %hybridize                                  table of every function executed so far
          %hybridize report [--format table|json|df]  the same as a table, JSON or DataFrame
          %hybridize explain NAME                     findings, explanations, hints, assumptions
          %hybridize apply NAME | --all [--no-verify] verify on observed calls, rebind, offer the new cell
          %hybridize observe on|off                   record real calls (dtype, shape, values)
          %hybridize config [tables=paper] [few_values=N] [min_graph_ops=N] [min_graph_calls=N]
                            [booleans=on] [plan=off] [expected_calls=N]   analysis settings
          %hybridize bench NAME [--args EXPR] [--budget S] [--force]
          %hybridize bench --all [--budget S] [--force]   every observed candidate, by speedup

        The analysis reads the cells in the order they ran (a re-executed cell counts once, with
        its latest source) and what the namespace holds. With observation on, functions defined
        in cells (and methods of notebook classes, Keras `call` included) are wrapped by a
        transparent recorder; the arguments of real calls then replace static guesses, and
        the report says so (assumption OBSERVED_CALLS). `observe off` restores the originals.

        `apply` makes the recommendation take effect now (`tf.function(f)` replaces `f`, or the
        decorated function gives way to the plain one) and offers the rewritten cell: to the
        JupyterLab panel when it is open, otherwise as the next input, so nothing you wrote is
        overwritten. Nothing changes what your cells do unless you ask for it.

        See also `%%hybridize?` for the cell magic. Sub-commands:
        """
        session = require_session(self.shell)
        command, _, rest = line.strip().partition(" ")
        if command and command not in _PARSERS:
            raise UsageError(f"unknown sub-command {command!r}; expected one of: {', '.join(_PARSERS)}")
        arguments = _parse(command, rest) if command else None
        with guarded(session):
            return getattr(self, f"_do_{command or 'report'}")(arguments)

    @cell_magic("hybridize")
    @magic_arguments.magic_arguments(name="%hybridize")
    @magic_arguments.argument("--apply", action="store_true",
                              help="also rebind the recommended functions and offer the rewritten cell")
    @magic_arguments.argument("--no-verify", dest="verify", action="store_false",
                              help="with --apply: skip running each rewrite on its observed calls first")
    @magic_arguments.argument("--bench", action="store_true",
                              help="also benchmark the candidate functions the cell defines")
    @magic_arguments.argument("--json", action="store_true", help="show the report as JSON instead of a table")
    def hybridize_cell(self, line: str, cell: str):
        """Run the cell as usual, then analyse the functions it defines, in the context of
        everything executed before, and show their table.

        The cell's own behaviour never changes without `--apply`.
        """
        arguments = magic_arguments.parse_argstring(self.hybridize_cell, line)
        session = require_session(self.shell)
        source = "%%hybridize" + (f" {line}" if line.strip() else "") + "\n" + cell
        synthetic = session.begin_magic_run(source)
        try:
            outcome = self.shell.run_cell(cell, store_history=False)
            with guarded(session):
                unit_id = session.current.unit_id
                if arguments.apply:
                    self._apply(None, unit_id, arguments.verify)
                _, report = analyse_session(self.shell)
                self._warn(report)
                cell_report = filter_report(report, unit_id)
                if arguments.json:
                    _display_json(cell_report)
                else:
                    advisor.show_table(self.shell, cell_report)
                if arguments.bench:
                    self._bench_cell(cell_report)
        finally:
            session.end_magic_run(synthetic)
        error = outcome.error_before_exec or outcome.error_in_exec
        if error is not None:  # the cell still fails (a "run all" stops), without a second traceback
            raise UsageError(f"the cell raised {type(error).__name__}: {error} (traceback above)")

    # -- sub-commands ---------------------------------------------------------------------------------
    def _do_report(self, arguments):
        fmt = arguments.format if arguments is not None else "table"
        _, report = analyse_session(self.shell)
        self._warn(report)
        if fmt == "json":
            _display_json(report)
        elif fmt == "df":
            return advisor.report_frame(report)
        else:
            advisor.show_table(self.shell, report)
        return None

    def _do_observe(self, arguments):
        observer = require_session(self.shell).observer
        if arguments.state == "on":
            observer.start()
        elif arguments.state == "off":
            observer.stop()
        print(f"hybridize: observation is {'on' if observer.active else 'off'}")

    def _do_config(self, arguments):
        session = require_session(self.shell)
        try:
            session.settings.update(parse_settings(arguments.settings))
        except ValueError as error:
            raise UsageError(str(error)) from None
        print(describe_settings(session.settings))

    def _do_explain(self, arguments):
        print(advisor.explain(self.shell, arguments.name))

    def _do_apply(self, arguments):
        if bool(arguments.name) == bool(arguments.all):
            raise UsageError("give a function name or --all (one of them)")
        self._apply(None if arguments.all else [arguments.name], None, arguments.verify)

    def _do_bench(self, arguments):
        from .bench import BenchmarkRecord

        if arguments.all:
            if arguments.name or arguments.args_expr:
                raise UsageError("--all takes no function name and no --args (each uses its observed call)")
            return self._bench_all(arguments.budget, arguments.force)
        if not arguments.name:
            raise UsageError("give a function name or --all")
        outcome = advisor.benchmark(self.shell, arguments.name, args_expr=arguments.args_expr,
                                    budget=arguments.budget, force=arguments.force)
        advisor.show_benchmark(outcome)
        return BenchmarkRecord(outcome)

    def _bench_all(self, budget: float, force: bool):
        from .bench import BenchmarkRecord, BenchmarkResults
        from .chart import results_table

        done = advisor.benchmark_all(self.shell, budget=budget, force=force)
        entries = {entry["qualname"]: entry for entry in done.report["functions"]}
        rows = [{"function": result.get("name", "?"), "eager_ms": result.get("eager_ms"),
                 "graph_ms": result.get("graph_ms"), "xla_ms": result.get("xla_ms"),
                 "speedup": result.get("speedup"), "equivalent": result.get("equivalent"),
                 "verdict": get_verdict(entries.get(result.get("name")), result)}
                for result in done.results]
        empty = ("no function was benchmarked" if done.skipped else
                 "no candidate was called with observation on: run `%hybridize observe on`, then the cells "
                 "that call them (or give one its arguments: `%hybridize bench NAME --args (x, y)`)")
        display(results_table(rows, done.skipped, empty), raw=True)
        return BenchmarkResults(BenchmarkRecord(result) for result in done.results)

    # -- helpers --------------------------------------------------------------------------------------
    def _apply(self, names, unit_id, verify: bool = True) -> None:
        applied, messages = advisor.apply(self.shell, names, unit_id, verify=verify)
        for message in messages:
            print(f"hybridize: {message}")
        if not applied and not messages:
            print("hybridize: nothing to apply")
        for cell in applied:
            print(cell.diff(), end="")
        note = advisor.offer(self.shell, applied)
        if note:
            print(f"hybridize: {note}")

    def _bench_cell(self, report: dict) -> None:
        for entry in report["functions"]:
            if not entry["candidate"] or "<locals>" in entry["qualname"]:
                continue
            try:
                advisor.show_benchmark(advisor.benchmark(self.shell, entry["qualname"]))
            except UsageError as error:
                warn(f"{entry['qualname']}: {error}")

    @staticmethod
    def _warn(report: dict) -> None:
        for message in report.get("warnings", ()):
            warn(message)


def get_verdict(entry: dict | None, result: dict) -> str:
    """The recommendation once the measurement is in (the engine reads it as a fact), and why
    when the measurement decided it."""
    from hybridize_analysis.report import describe_recommendation

    if entry is None:
        return "-"
    verdict = describe_recommendation(entry)
    if result.get("graph_error"):
        return f"{verdict} (the graph version fails)"
    if result.get("equivalent") is False:
        return f"{verdict} (results differ)"
    if result.get("graph_faster") is False:
        return f"{verdict} (no speedup)"
    if result.get("recommend_xla") and entry["transformations"] and entry["transformations"] != ["CONVERT_TO_EAGER"]:
        return f"{verdict}(jit_compile=True)"  # "add @tf.function(jit_compile=True)"
    return verdict


def _display_json(report: dict) -> None:
    display({"application/json": report, "text/plain": json.dumps(report, indent=2)}, raw=True)


if HybridizeMagics.hybridize_line.__doc__:  # None under `python -OO`
    HybridizeMagics.hybridize_line.__doc__ += "".join(
        "\n" + "\n".join("        " + line for line in (parser.__doc__ or "").splitlines()) + "\n"
        for parser in _PARSERS.values())
