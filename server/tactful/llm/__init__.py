"""The optional model layer: prompt templates, one structured call per review, validation."""

from __future__ import annotations

from .client import OpenAIChatModel
from .layer import ModelLayer, Outcome
from .settings import LLMSettings
from .templates import load_templates


def build_layer(config) -> ModelLayer:
    """From the app config; with no API key the layer is off (``configured`` is False)."""
    settings = LLMSettings.from_config(config)
    templates = load_templates(settings.prompts_dir)
    model = OpenAIChatModel(settings.model, settings.api_key, settings.base_url) if settings.api_key else None
    return ModelLayer(settings, templates, model)


__all__ = ["LLMSettings", "ModelLayer", "Outcome", "build_layer", "load_templates"]
