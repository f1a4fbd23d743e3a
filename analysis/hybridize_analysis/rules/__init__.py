"""The catalogue of finding and assumption codes: one module per rule, registered in `catalogue`."""
from .base import Assumption, Finding, Kind, Rule, Severity
from .catalogue import CATALOGUE, RETIRED, get_rule, iter_rules

__all__ = [
    "CATALOGUE",
    "RETIRED",
    "Assumption",
    "Finding",
    "Kind",
    "Rule",
    "Severity",
    "get_rule",
    "iter_rules",
]
