"""Prompt templates: every shipped one loads and renders; bad ones fail naming the file and field."""

from __future__ import annotations

import json

import pytest
from tactful.app import create_app
from tactful.cli import main
from tactful.llm.templates import (
    CHECK_VARIABLES,
    TemplateError,
    load_templates,
    parse_template,
    shipped_files,
)

GOOD = """---
id: promises.commitment
category: promises
version: 2
description: Our own wording.
variables: [locale]
output: findings
---
Flag promises; the reply's locale is $locale.
"""


def write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")


def test_every_shipped_template_loads_and_renders_with_every_variable():
    templates = load_templates()
    assert {t.meta.category for t in templates.checks} >= {"questions", "condescension", "promises", "datetime", "apology"}
    assert len(shipped_files()) == len(templates.checks) + 1
    values = {name: f"<{name}>" for name in CHECK_VARIABLES}
    for template in templates.checks:
        text = template.render(values)
        assert "$" not in text.replace("$$", "")
        for name in template.meta.variables:
            assert f"<{name}>" in text
    assert "<x>" in templates.system.render({"checks": "<x>", "boundary": "b"})


@pytest.mark.parametrize("change, field, words", [
    (("variables: [locale]", "variables: [locale, mood]"), "variables", "unknown variable 'mood'"),
    (("is $locale.", "is $locale in $timezone."), "body", "$timezone"),
    (("variables: [locale]", "variables: [locale, now]"), "variables", "never uses"),
    (("version: 2", "version: 2\ncolour: red"), "colour", "Extra inputs"),
    (("output: findings", "output: verdicts"), "front matter", "output must be one of"),
    (("category: promises", "category: tone"), "front matter", "category must be one of"),
    (("version: 2", "version: 0"), "version", "greater than or equal"),
    (("---\nid", "id"), "front matter", "must start with"),
    (("is $locale.", "costs $5."), "body", "a '$' that starts no variable"),
])
def test_a_bad_template_fails_naming_the_file_and_field(change, field, words):
    with pytest.raises(TemplateError) as failure:
        parse_template(GOOD.replace(*change), "team/promises.commitment.md")
    assert failure.value.path == "team/promises.commitment.md" and failure.value.field == field
    assert words in str(failure.value)


def test_a_team_template_overrides_the_shipped_one_and_a_new_id_adds_a_custom_check(tmp_path):
    write(tmp_path, "promises.commitment.md", GOOD)
    write(tmp_path, "refund-policy.md", GOOD.replace("id: promises.commitment", "id: refund-policy")
          .replace("category: promises", "category: custom"))
    templates = load_templates(tmp_path)
    override = templates.by_id("promises.commitment")
    assert override.origin == "team" and override.meta.version == 2
    assert templates.by_id("refund-policy").meta.category == "custom"
    assert len(templates.checks) == len(load_templates().checks) + 1


@pytest.mark.parametrize("name, text, field", [
    ("refund-policy.md", GOOD.replace("id: promises.commitment", "id: refund-policy"), "category"),
    ("promises.commitment.md", GOOD.replace("category: promises", "category: custom"), "category"),
    ("other-name.md", GOOD, "id"),
])
def test_team_folder_errors(tmp_path, name, text, field):
    write(tmp_path, name, text)
    with pytest.raises(TemplateError) as failure:
        load_templates(tmp_path)
    assert failure.value.field == field and name in failure.value.path


def test_a_bad_team_template_stops_the_service_at_start_up(tmp_path):
    write(tmp_path, "promises.commitment.md", GOOD.replace("$locale", "$mood"))
    with pytest.raises(TemplateError, match="promises.commitment.md: body"):
        create_app({"TESTING": True, "PROMPTS_DIR": str(tmp_path)})


def test_prompts_check_lists_templates_and_reports_errors(tmp_path, capsys):
    write(tmp_path, "promises.commitment.md", GOOD)
    assert main(["prompts", "check", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "promises.commitment" in out and "team" in out and "questions.answered" in out
    write(tmp_path, "promises.commitment.md", GOOD.replace("output: findings", "output: nothing"))
    assert main(["prompts", "check", "--dir", str(tmp_path)]) == 2
    assert "promises.commitment.md: front matter: " in capsys.readouterr().err


def test_prompts_render_prints_the_request_body_that_would_be_sent(tmp_path, capsys):
    request = tmp_path / "request.json"
    request.write_text(json.dumps({
        "draft": "Hi Ana,\n\nWe guarantee it arrives by Friday.\n\nTom",
        "incoming": "Where is my order? Reach me at ana@example.com.\n\nAna",
        "context": {"now": "2026-12-03T16:05:00+00:00", "timezone": "Europe/London", "locale": "en-GB"},
    }), encoding="utf-8")
    assert main(["prompts", "render", "--request", str(request)]) == 0
    body = json.loads(capsys.readouterr().out)
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "1. Where is my order?" in body["messages"][0]["content"]
    assert "ana@example.com" not in json.dumps(body) and "[EMAIL-1]" in body["messages"][1]["content"]
    assert body["response_format"]["json_schema"]["strict"] is True
    assert body["messages"][1]["content"].count("We guarantee it arrives by Friday.") == 1  # the email is sent once


def test_prompts_render_uses_the_services_settings(tmp_path, capsys, monkeypatch):
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"draft": "Hi Ana,\n\nIt ships on Friday.\n\nTom"}), encoding="utf-8")
    team = tmp_path / "team"
    team.mkdir()
    write(team, "promises.commitment.md", GOOD)
    monkeypatch.setenv("TACTFUL_MODEL", "team-model")
    monkeypatch.setenv("TACTFUL_PROMPTS_DIR", str(team))
    assert main(["prompts", "render", "--request", str(request)]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["model"] == "team-model"
    assert "Flag promises; the reply's locale is en-US." in body["messages"][0]["content"]
