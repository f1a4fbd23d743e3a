"""Every snippet template, registered by the modules below."""
from . import helpers, keras_models, losses, pipelines, python_state, reporting, training  # noqa: F401
from .base import HELPER, LOSS, METRIC, REGISTRY, SCRIPT, Block, Context, Template

__all__ = ["HELPER", "LOSS", "METRIC", "REGISTRY", "SCRIPT", "Block", "Context", "Template"]
