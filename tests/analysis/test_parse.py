"""Parsing recovers functions from broken cells, reports errors by line, and caches by content."""
from hybridize_analysis.parse import ParseCache, parse_text

from .conftest import build_cells


def test_broken_cell_still_yields_recovered_functions():
    program, functions = build_cells("def broken(:\n    pass\n\ndef ok(x):\n    return x\n")
    assert "ok" in functions
    (parsed,) = program.modules["nb.ipynb"].parsed
    assert [error.line for error in parsed.errors] == [1]


def test_top_level_await_is_valid_in_a_cell_but_not_in_a_file():
    assert parse_text("await f()\n", is_cell=True).errors == ()
    assert parse_text("await f()\n").errors


def test_cache_parses_unchanged_text_once():
    cache = ParseCache()
    first = cache.parse("def f(x):\n    return x\n")
    second = cache.parse("def f(x):\n    return x\n")
    assert first is second
    assert (cache.hits, cache.misses) == (1, 1)
    cache.parse("def f(x):\n    return x + 1\n")
    assert cache.misses == 2


def test_cache_evicts_oldest_entries():
    cache = ParseCache(max_entries=2)
    for text in ("a = 1\n", "b = 2\n", "c = 3\n"):
        cache.parse(text)
    cache.parse("a = 1\n")
    assert cache.misses == 4


def test_deeply_nested_code_is_reported_not_raised():
    source = "".join("    " * i + f"if x{i}:\n" for i in range(200)) + "    " * 200 + "pass\n"
    parsed = parse_text(source)
    assert parsed.errors  # CPython refuses this much nesting too
    assert all(error.line >= 1 for error in parsed.errors)


def test_ten_thousand_line_cell_parses():
    source = "\n".join(f"def f{i}(x):\n    return x + {i}" for i in range(5000)) + "\n"
    program, functions = build_cells(source)
    assert len(functions) == 5000
    assert functions["f4999"].line == 9999
