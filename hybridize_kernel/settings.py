"""`%hybridize config NAME=VALUE ...`: the analysis settings of a session, checked before they apply."""
from __future__ import annotations

#: setting name -> (Options field, parser of the text a user types)
_BOOLEAN_WORDS = {"on": True, "true": True, "yes": True, "1": True,
                  "off": False, "false": False, "no": False, "0": False}


def _tables(text: str) -> str:
    if text not in ("default", "paper"):
        raise ValueError(f"tables must be `default` or `paper`, not {text!r}")
    return text


def _count(name: str):
    def parse(text: str) -> int:
        if not text.isdigit():
            raise ValueError(f"{name} must be a whole number (0 or more), not {text!r}")
        return int(text)
    return parse


def _boolean(text: str) -> bool:
    try:
        return _BOOLEAN_WORDS[text.lower()]
    except KeyError:
        raise ValueError(f"booleans must be `on` or `off`, not {text!r}") from None


SETTINGS = {
    "tables": ("tables", _tables),
    "few_values": ("few_values", _count("few_values")),
    "min_graph_ops": ("min_graph_ops", _count("min_graph_ops")),
    "min_graph_calls": ("min_graph_calls", _count("min_graph_calls")),
    "booleans": ("booleans_are_primitive", _boolean),
    "plan": ("plan", _boolean),  # off: every function as the tables decide it (no boundary plan)
    # 0: the calls seen so far decide whether tracing pays (TRACING_DOES_NOT_PAY)
    "expected_calls": ("expected_calls", _count("expected_calls")),
}


def parse_settings(pairs: list[str]) -> dict[str, object]:
    """`["tables=paper"]` -> `{"tables": "paper"}` (Options field names); ValueError naming the
    first pair that is not a known setting with a valid value."""
    parsed = {}
    for pair in pairs:
        name, equals, text = pair.partition("=")
        if not equals or name not in SETTINGS:
            raise ValueError(f"unknown setting {pair!r}; expected NAME=VALUE with NAME one of: "
                             f"{', '.join(SETTINGS)}")
        field, parse = SETTINGS[name]
        parsed[field] = parse(text.strip())
    return parsed


def describe_settings(settings: dict[str, object]) -> str:
    shown = []
    for name, (field, _) in SETTINGS.items():
        value = settings[field]
        shown.append(f"{name}={'on' if value is True else 'off' if value is False else value}")
    return "hybridize: " + " ".join(shown)
