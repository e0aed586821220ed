"""Every error leaves the API as ``{"error": {"code", "message", "field"}}`` with a 4xx status."""

from __future__ import annotations

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException


class RequestError(Exception):
    """A request the API cannot review; ``field`` names the offending field (dotted)."""

    def __init__(self, code: str, message: str, field: str | None = None, status: int = 400) -> None:
        super().__init__(message)
        self.code, self.message, self.field, self.status = code, message, field, status


def error_body(code: str, message: str, field: str | None) -> dict:
    return {"error": {"code": code, "message": message, "field": field}}


_HTTP_CODES = {
    400: "bad_request", 404: "not_found", 405: "method_not_allowed", 406: "not_acceptable",
    413: "too_large", 415: "unsupported_media_type", 429: "too_many_requests",
}


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(RequestError)
    def request_error(error: RequestError):
        return jsonify(error_body(error.code, error.message, error.field)), error.status

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        status = error.code or 500
        field = "body" if status == 413 else None
        message = "The request body is larger than the limit." if status == 413 else error.description
        # Keep the exception's own headers (a 405 must say which methods are allowed in `Allow`).
        headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
        return jsonify(error_body(_HTTP_CODES.get(status, "http_error"), message, field)), status, headers

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        # Never echo the exception: it may quote the email text.
        app.logger.error("review failed: %s", type(error).__name__)
        return jsonify(error_body("internal_error", "The review failed unexpectedly.", None)), 500
