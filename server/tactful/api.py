"""The HTTP API: thin views that parse, review and answer JSON."""

from __future__ import annotations

import json
from importlib import resources

from flask import Blueprint, current_app, jsonify, request

from . import __version__
from .checks.registry import all_rules
from .errors import RequestError
from .request import parse_review_request
from .review import review

bp = Blueprint("api", __name__)


@bp.post("/v1/review")
def review_draft():
    body = request.get_json(silent=True, force=True)
    if body is None:
        raise RequestError("invalid_json", "The request body must be JSON.", "body")
    parsed = parse_review_request(
        body,
        max_draft=current_app.config["MAX_DRAFT_CHARS"],
        max_incoming=current_app.config["MAX_INCOMING_CHARS"],
    )
    layer = current_app.extensions["tactful.llm"]
    return jsonify(review(parsed.draft, parsed.incoming, parsed.context, layer=layer, llm=parsed.llm))


@bp.get("/v1/rules")
def list_rules():
    return jsonify({"rules": [rule_json(rule) for rule in all_rules()]})


def rule_json(rule) -> dict:
    return {
        "id": rule.id,
        "category": rule.category,
        "description": rule.description,
        "severity": rule.severity,
        "source": "check",
        "practice": rule.practice,
    }


@bp.get("/healthz")
def health():
    llm = current_app.extensions["tactful.llm"].status()
    return jsonify({"status": "ok", "version": __version__, "rules": len(all_rules()), "llm": llm})


@bp.get("/openapi.json")
def openapi():
    return current_app.response_class(openapi_text(), mimetype="application/json")


def openapi_text() -> str:
    return resources.files("tactful").joinpath("data/openapi.json").read_text(encoding="utf-8")


def openapi_document() -> dict:
    return json.loads(openapi_text())
