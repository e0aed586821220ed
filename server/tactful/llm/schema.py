"""What the model must answer: one JSON schema for all enabled checks, and its pydantic twin.

The schema is built by the server from the enabled template ids, never from anything in the
emails, so a hostile message cannot change what shape of answer is accepted.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .templates import TemplateSet


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    check: str
    quote: str
    message: str
    replacements: list[str] = Field(default_factory=list)


class QuestionVerdict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    number: int
    answered: bool | None
    answer_quote: str = ""


class ModelAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    findings: list[Finding] = Field(default_factory=list)
    questions: list[QuestionVerdict] = Field(default_factory=list)


def response_schema(templates: TemplateSet) -> dict:
    """The strict JSON schema sent as ``response_format`` (every property required, nothing extra)."""
    finding_ids = [t.id for t in templates.checks if t.meta.output == "findings"]
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["findings", "questions"],
        "properties": {
            "findings": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["check", "quote", "message", "replacements"],
                    "properties": {
                        "check": {"type": "string", "enum": finding_ids or ["none"]},
                        "quote": {"type": "string"},
                        "message": {"type": "string"},
                        "replacements": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
            "questions": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["number", "answered", "answer_quote"],
                    "properties": {
                        "number": {"type": "integer"},
                        "answered": {"type": ["boolean", "null"]},
                        "answer_quote": {"type": "string"},
                    },
                },
            },
        },
    }
