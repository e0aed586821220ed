"""Prompt templates: Markdown files with a YAML front matter, validated when they load.

A check template holds the instructions for one model check; the one ``system`` template frames
them. Templates use ``$name`` placeholders (``string.Template``, no code runs) from a closed set of
variables, so a typo is a load error naming the file, never a broken prompt at the first request.
A team's folder (``TACTFUL_PROMPTS_DIR``) overrides a shipped template with the same id; a new id
adds a check of category ``custom``.
"""

from __future__ import annotations

import hashlib
import re
import string
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..checks.types import CATEGORIES

SYSTEM_ID = "system"

CHECK_VARIABLES = {
    "now": "when the reply is being written, ISO 8601 with offset, or 'unknown'",
    "locale": "the reply's locale, e.g. en-GB",
    "timezone": "the writer's IANA time zone, or 'unknown'",
    "recipient_timezone": "the customer's IANA time zone, or 'unknown'",
    "questions": "the customer's questions found by the checks, numbered, one per line",
}
SYSTEM_VARIABLES = {
    "checks": "every enabled check's instructions, each under a '### <id>' heading",
    "boundary": "the random-looking tag that delimits the untrusted texts in the user message",
}
OUTPUTS = {"check": ("findings", "question_verdicts"), "system": ("review",)}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n(.*)\Z", re.DOTALL)
_ID = r"^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$"


class TemplateError(ValueError):
    """A template that cannot load; the message names the file and the field."""

    def __init__(self, path: str, field: str, message: str):
        super().__init__(f"{path}: {field}: {message}")
        self.path, self.field = path, field


class FrontMatter(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID, max_length=80)
    kind: Literal["check", "system"] = "check"
    category: str | None = None
    version: int = Field(ge=1)
    description: str = Field(min_length=1, max_length=300)
    variables: tuple[str, ...] = ()
    output: str
    severity: Literal["error", "warning", "info"] = "warning"

    @model_validator(mode="after")
    def _consistent(self) -> FrontMatter:
        if self.output not in OUTPUTS[self.kind]:
            raise ValueError(f"output must be one of {', '.join(OUTPUTS[self.kind])} for a {self.kind} template")
        if self.kind == "system" and self.id != SYSTEM_ID:
            raise ValueError(f"a system template must have id '{SYSTEM_ID}'")
        if self.kind == "check" and self.category not in CATEGORIES:
            raise ValueError(f"category must be one of {', '.join(CATEGORIES)}")
        if self.kind == "check" and self.output == "question_verdicts" and self.category != "questions":
            raise ValueError("output question_verdicts belongs to category questions")
        return self


@dataclass(frozen=True)
class PromptTemplate:
    meta: FrontMatter
    body: str
    path: str
    origin: Literal["shipped", "team"]

    @property
    def id(self) -> str:
        return self.meta.id

    def render(self, values: dict[str, str]) -> str:
        return string.Template(self.body).substitute({name: values[name] for name in self.meta.variables})


def parse_template(text: str, path: str, origin: Literal["shipped", "team"] = "shipped") -> PromptTemplate:
    found = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if not found:
        raise TemplateError(path, "front matter", "the file must start with a '---' YAML block closed by '---'")
    try:
        header = yaml.safe_load(found.group(1))
    except yaml.YAMLError as error:
        raise TemplateError(path, "front matter", f"not valid YAML: {error}") from None
    if not isinstance(header, dict):
        raise TemplateError(path, "front matter", "must be a YAML mapping")
    try:
        meta = FrontMatter(**header)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "front matter"
        raise TemplateError(path, field, first["msg"]) from None
    body = found.group(2).strip() + "\n"
    _check_variables(meta, body, path)
    return PromptTemplate(meta, body, path, origin)


def _check_variables(meta: FrontMatter, body: str, path: str) -> None:
    allowed = SYSTEM_VARIABLES if meta.kind == "system" else CHECK_VARIABLES
    for name in meta.variables:
        if name not in allowed:
            raise TemplateError(path, "variables", f"unknown variable {name!r}; known: {', '.join(allowed)}")
    used = set()
    for found in string.Template.pattern.finditer(body):
        if found.group("invalid") is not None:
            line = body.count("\n", 0, found.start()) + 1
            raise TemplateError(path, "body", f"line {line}: a '$' that starts no variable (write '$$' for a dollar sign)")
        name = found.group("named") or found.group("braced")
        if name:
            used.add(name)
    for name in sorted(used - set(meta.variables)):
        raise TemplateError(path, "body", f"uses ${name}, which 'variables' does not declare")
    for name in meta.variables:
        if name not in used:
            raise TemplateError(path, "variables", f"declares {name!r}, which the body never uses")


@dataclass(frozen=True)
class TemplateSet:
    system: PromptTemplate
    checks: tuple[PromptTemplate, ...]

    def by_id(self, template_id: str) -> PromptTemplate:
        return {t.id: t for t in self.checks}[template_id]

    @property
    def fingerprint(self) -> str:
        """Changes whenever a template's id, version or text changes (part of the review cache key)."""
        text = "\n".join(f"{t.id}@{t.meta.version}\n{t.body}" for t in (self.system, *self.checks))
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def shipped_files() -> list[tuple[str, str]]:
    folder = resources.files("tactful.prompts")
    return sorted((f"prompts/{item.name}", item.read_text(encoding="utf-8"))
                  for item in folder.iterdir() if item.name.endswith(".md") and item.name != "README.md")


def team_files(folder: str | Path) -> list[tuple[str, str]]:
    root = Path(folder)
    if not root.is_dir():
        raise TemplateError(str(root), "TACTFUL_PROMPTS_DIR", "is not a folder")
    return sorted((str(item), item.read_text(encoding="utf-8"))
                  for item in root.glob("*.md") if item.name != "README.md")


def load_templates(team_dir: str | Path | None = None) -> TemplateSet:
    """The shipped templates, overridden or extended by a team's folder; raises TemplateError."""
    merged: dict[str, PromptTemplate] = {}
    for path, text in shipped_files():
        template = parse_template(text, path, "shipped")
        _expect_file_name(template)
        merged[template.id] = template
    for path, text in team_files(team_dir) if team_dir else []:
        template = parse_template(text, path, "team")
        _expect_file_name(template)
        shipped = merged.get(template.id)
        if shipped is None and template.meta.kind == "check" and template.meta.category != "custom":
            raise TemplateError(path, "category", "a new template id adds a check of category 'custom'")
        if shipped is not None and template.meta.kind == "check" and template.meta.category != shipped.meta.category:
            raise TemplateError(path, "category", f"overrides {template.id!r}, whose category is {shipped.meta.category!r}")
        merged[template.id] = template
    system = merged.pop(SYSTEM_ID, None)
    if system is None:
        raise TemplateError("prompts", SYSTEM_ID, "no system template (system.md)")
    verdicts = [t for t in merged.values() if t.meta.output == "question_verdicts"]
    if len(verdicts) > 1:
        raise TemplateError(verdicts[1].path, "output", "only one template may give question verdicts")
    return TemplateSet(system, tuple(sorted(merged.values(), key=lambda t: t.id)))


def _expect_file_name(template: PromptTemplate) -> None:
    name = Path(template.path).name
    if name != f"{template.id}.md":
        raise TemplateError(template.path, "id", f"the file must be named {template.id}.md")
