"""The playground at ``/``: paste a customer's message and a draft, see the extension's highlights.

The page loads the extension's own rendering modules (``extension/lib``), which ship in this package
as ``web/lib`` (a link to that folder in the source tree, real files in the built wheel), so the
highlights, cards and question panel are the same code in both places.
"""

from __future__ import annotations

from flask import Blueprint, Response

bp = Blueprint("playground", __name__, static_folder="web", static_url_path="/ui")

# The page builds every node itself and reaches only this server: a strict policy costs nothing.
CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
    ]
)


@bp.get("/")
def index() -> Response:
    return bp.send_static_file("playground.html")


@bp.after_request
def security_headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
