"""``tactful prompts check`` and ``tactful prompts render``: a team's view of the model's prompts."""

from __future__ import annotations

import argparse
import json
import sys

from .app import load_config
from .llm.client import chat_request
from .llm.prompt import OverBudget, build_prompt
from .llm.schema import response_schema
from .llm.settings import LLMSettings
from .llm.templates import TemplateError, TemplateSet, load_templates


def check_command(args: argparse.Namespace) -> int:
    templates = _templates(args, LLMSettings.from_config(load_config()))
    if templates is None:
        return 2
    for template in (templates.system, *templates.checks):
        category = template.meta.category or "-"
        print(f"ok  {template.id:<24} v{template.meta.version}  {category:<14} {template.origin:<8} {template.path}")
    return 0


def render_command(args: argparse.Namespace) -> int:
    from .cli import read_request
    from .document import Document

    config = load_config()
    settings = LLMSettings.from_config(config)  # the model, budget and folder the service would use
    templates = _templates(args, settings)
    parsed = read_request(args.request, config)
    if templates is None or parsed is None:
        return 2
    try:
        prompt = build_prompt(Document(parsed.draft, parsed.incoming, parsed.context), templates, settings.token_budget)
    except OverBudget:
        print(f"tactful: the draft does not fit the token budget ({settings.token_budget})", file=sys.stderr)
        return 2
    body = chat_request(settings.model, prompt.messages, response_schema(templates))
    print(json.dumps(body, ensure_ascii=False, indent=2))
    return 0


def _templates(args: argparse.Namespace, settings: LLMSettings) -> TemplateSet | None:
    """The templates from ``--dir`` (else the configured team folder), or None after saying why not."""
    try:
        return load_templates(args.dir or settings.prompts_dir)
    except TemplateError as error:
        print(f"tactful: {error}", file=sys.stderr)
        return None
