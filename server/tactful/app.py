"""The Flask app factory: embedded defaults, then ``TACTFUL_*`` environment, then the caller's dict."""

from __future__ import annotations

from flask import Config, Flask

from . import api, auth, playground
from .errors import register_error_handlers
from .llm import build_layer

DEFAULTS = {
    "MAX_CONTENT_LENGTH": 512 * 1024,  # bytes of request body
    "MAX_DRAFT_CHARS": 100_000,  # UTF-16 code units
    "MAX_INCOMING_CHARS": 200_000,
    "JSON_SORT_KEYS": False,
}


def configure(target: Config, config: dict | None = None) -> Config:
    """Embedded defaults, then ``TACTFUL_*`` environment, then the caller's dict."""
    target.from_mapping(DEFAULTS)
    target.from_prefixed_env("TACTFUL")
    if config:
        target.from_mapping(config)
    return target


def load_config(config: dict | None = None) -> Config:
    """The settings the service would run with, for commands that need them without an app."""
    return configure(Config("."), config)


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    configure(app.config, config)
    app.json.sort_keys = False
    register_error_handlers(app)
    app.register_blueprint(api.bp)
    auth.init_app(app)
    app.register_blueprint(playground.bp)
    # Templates load (and fail, naming the file and field) here, not on the first request.
    app.extensions["tactful.llm"] = build_layer(app.config)
    return app


def warm_up(app: Flask | None = None) -> None:
    """Load dictionaries, phrase lists and (with a model) the tokenizer before the first request."""
    from .checks.registry import all_rules
    from .document import Document
    from .review import run_checks

    run_checks(Document("Warm up: recieve.", "Thanks,\nMaria"), all_rules())
    if app is not None and app.extensions["tactful.llm"].configured:
        from .llm import tokens

        tokens.encoding()
