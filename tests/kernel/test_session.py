"""Cells in execution order from the session itself, and functions mapped back to their cells."""
from __future__ import annotations

from conftest import fresh_session, functions, run, session_of
from hybridize_kernel.analyse import analyse_session
from hybridize_kernel.session import Location, NoSource


def unit_ids(shell):
    return [unit.id for unit in session_of(shell).get_units()]


def test_units_follow_execution_order_with_cell_ids_or_counts(ip):
    run(ip, "a = 1", cell_id="first")
    run(ip, "b = 2")
    run(ip, "c = 3", cell_id="third")
    assert unit_ids(ip)[-3:] == ["cell:first", "cell:2", "cell:third"]


def test_a_re_executed_cell_counts_once_with_its_latest_source_at_its_latest_run(ip):
    run(ip, "def f(x):\n    return x\n", cell_id="defs")
    run(ip, "y = 1", cell_id="other")
    run(ip, "def f(x, y):\n    return x\n", cell_id="defs")
    units = session_of(ip).get_units()
    assert [unit.id for unit in units][-2:] == ["cell:other", "cell:defs"]
    assert units[-1].source == "def f(x, y):\n    return x\n"
    _, report = analyse_session(ip)
    entry = functions(report)["f"]
    assert (entry["unit"], entry["cell_id"], entry["execution_count"]) == ("cell:defs", "defs", 3)


def test_cells_run_before_the_extension_loaded_come_from_the_history(shell):
    fresh_session(shell)
    run(shell, "def early(x):\n    return x\n")
    shell.run_line_magic("load_ext", "hybridize_kernel")
    try:
        run(shell, "z = early(1)", cell_id="late")
        assert unit_ids(shell)[0] == "cell:1"
        located = session_of(shell).locate(shell.user_ns["early"])
        assert isinstance(located, Location) and located.unit_id == "cell:1"
        assert session_of(shell).errors == []
    finally:
        shell.run_line_magic("unload_ext", "hybridize_kernel")


def test_functions_are_located_in_the_cell_that_defines_them(ip):
    run(ip, "import math\n\ndef f(x):\n    return x\n\nclass K:\n    def m(self, y):\n        return y\n", cell_id="c1")
    run(ip, "def f(x):\n    return -x\n", cell_id="c2")
    session = session_of(ip)
    located = session.locate(ip.user_ns["f"])
    assert (located.unit_id, located.qualname, located.line) == ("cell:c2", "f", 1)
    method = session.locate(ip.user_ns["K"].m)
    assert (method.unit_id, method.qualname, method.line) == ("cell:c1", "K.m", 7)
    assert session.locate(ip.user_ns["K"]).unit_id == "cell:c1"


def test_callables_without_notebook_source_are_named_not_failed(ip):
    run(ip, """
        from json import dumps
        square = lambda x: x * x
        exec("def made(x):\\n    return x\\n")
        def outer():
            def inner(x):
                return x
            return inner
        nested = outer()
    """)
    session = session_of(ip)
    reasons = {name: session.locate(ip.user_ns[name], name) for name in ("dumps", "square", "made", "nested")}
    reasons["len"] = session.locate(len, "len")
    assert all(isinstance(found, NoSource) for found in reasons.values())
    assert "imported" in reasons["dumps"].reason
    assert reasons["square"].reason == "a lambda"
    assert "exec" in reasons["made"].reason
    assert "nested" in reasons["nested"].reason
    assert "built-in" in reasons["len"].reason
    _, report = analyse_session(ip)
    listed = {item["name"]: item["reason"] for item in report["no_source"]}
    assert set(listed) == {"square", "made", "nested"}


def test_functions_of_cell_magic_bodies_belong_to_their_cell(ip):
    run(ip, "%%capture\ndef captured(x):\n    return x\n", cell_id="cap")
    run(ip, "%%hybridize\ndef advised(x):\n    return x\n", cell_id="adv")
    session = session_of(ip)
    captured = session.locate(ip.user_ns["captured"])
    advised = session.locate(ip.user_ns["advised"])
    assert (captured.unit_id, captured.line) == ("cell:cap", 2)
    assert (advised.unit_id, advised.line) == ("cell:adv", 2)


def test_magic_lines_and_syntax_errors_do_not_stop_the_analysis(ip):
    run(ip, "%hybridize observe on\n!true\n", cell_id="magics")
    ip.run_cell("def broken(:\n    pass\n", store_history=True, cell_id="bad")
    run(ip, "def fine(x):\n    return x\n", cell_id="good")
    _, report = analyse_session(ip)
    assert "fine" in functions(report)
    bad = next(unit for unit in report["units"] if unit["id"] == "cell:bad")
    assert bad["parse_errors"]


def test_unchanged_cells_are_not_parsed_again(ip):
    for index in range(5):
        run(ip, f"def f{index}(x):\n    return x + {index}\n")
    analyse_session(ip)
    cache = session_of(ip).cache
    misses = cache.misses
    analyse_session(ip)
    assert cache.misses == misses
    run(ip, "def g(x):\n    return x\n")
    analyse_session(ip)
    assert cache.misses == misses + 1


def test_identical_cells_are_analysed_separately(ip, tf):
    same = "def f(x):\n    return x * 2\n"
    call = "y = f(x)\n"
    run(ip, "import tensorflow as tf\nx = tf.constant(1.0)\n", cell_id="setup")
    run(ip, same, cell_id="one")
    run(ip, call, cell_id="call-one")
    run(ip, same, cell_id="two")
    run(ip, call, cell_id="call-two")
    _, report = analyse_session(ip)
    entries = [entry for entry in report["functions"] if entry["qualname"] == "f"]
    assert [entry["unit"] for entry in entries] == ["cell:one", "cell:two"]
    assert all(entry["properties"]["has_tensor_parameter"] is True for entry in entries)
