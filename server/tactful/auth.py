"""Optional API key: when ``API_KEY`` is set (``TACTFUL_API_KEY``), ``/v1/*`` needs ``Authorization: Bearer <key>``.

With no key configured the service stays open, as on a developer's machine (README: "no API key").
``/healthz``, ``/openapi.json`` and the playground page stay open either way: they hold no email text,
and the extension's connection test reads ``/healthz`` before it tries the key.
"""

from __future__ import annotations

import hmac

from flask import Flask, current_app, jsonify, request

from .errors import error_body

PROTECTED_PREFIX = "/v1/"


def _presented_key() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def check_api_key():
    """``before_request`` hook: ``None`` lets the request through, a 401 JSON error stops it."""
    expected = current_app.config.get("API_KEY")
    if not expected or not request.path.startswith(PROTECTED_PREFIX):
        return None
    presented = _presented_key()
    # compare_digest: the comparison takes as long whatever prefix matches (no timing oracle).
    if presented is not None and hmac.compare_digest(presented.encode(), str(expected).encode()):
        return None
    message = "This server needs an API key: send Authorization: Bearer <key>." if presented is None else "The API key is not valid."
    response = jsonify(error_body("unauthorized", message, "authorization"))
    response.status_code = 401
    response.headers["WWW-Authenticate"] = 'Bearer realm="tactful"'
    return response


def init_app(app: Flask) -> None:
    app.before_request(check_api_key)
