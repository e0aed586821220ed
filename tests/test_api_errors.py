"""Every 4xx leaves the API as {"error": {"code", "message", "field"}} naming the offending field."""

import json
import os

import pytest

from tactful.app import DEFAULTS, create_app


def assert_error(response, status: int, field: str | None) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"code", "message", "field"}
    assert isinstance(error["code"], str) and error["code"]
    assert isinstance(error["message"], str) and error["message"]
    assert error["field"] == field
    return error


BAD_JSON_BODIES = [
    pytest.param({"incoming": "Where is my parcel?"}, "draft", "missing_field", id="draft-missing"),
    pytest.param({"draft": 42}, "draft", "invalid_type", id="draft-number"),
    pytest.param({"draft": 4.5}, "draft", "invalid_type", id="draft-float"),
    pytest.param({"draft": ["Hi", "there"]}, "draft", "invalid_type", id="draft-list"),
    pytest.param({"draft": None}, "draft", "invalid_type", id="draft-null"),
    pytest.param({"draft": {"text": "Hi"}}, "draft", "invalid_type", id="draft-object"),
    pytest.param({"draft": "Hi", "incoming": 7}, "incoming", "invalid_type", id="incoming-number"),
    pytest.param({"draft": "Hi", "incoming": ["a"]}, "incoming", "invalid_type", id="incoming-list"),
    pytest.param({"draft": "Hi", "incoming": True}, "incoming", "invalid_type", id="incoming-bool"),
    pytest.param({"draft": "Hi", "llm": "yes"}, "llm", "invalid_type", id="llm-string"),
    pytest.param({"draft": "Hi", "llm": 1}, "llm", "invalid_type", id="llm-one"),
    pytest.param({"draft": "Hi", "llm": 0}, "llm", "invalid_type", id="llm-zero"),
    pytest.param({"draft": "Hi", "context": "en-GB"}, "context", "invalid_type", id="context-string"),
    pytest.param({"draft": "Hi", "context": ["en-GB"]}, "context", "invalid_type", id="context-list"),
    pytest.param({"draft": "Hi", "context": 3}, "context", "invalid_type", id="context-number"),
    pytest.param({"draft": "Hi", "context": {"now": "next Tuesday"}}, "context.now", "invalid_value", id="now-not-iso"),
    pytest.param({"draft": "Hi", "context": {"now": "2026-12-03T16:05:00"}}, "context.now", "invalid_value",
                 id="now-without-offset"),
    pytest.param({"draft": "Hi", "context": {"now": "2026-12-03"}}, "context.now", "invalid_value", id="now-date-only"),
    pytest.param({"draft": "Hi", "context": {"now": ""}}, "context.now", "invalid_value", id="now-empty"),
    pytest.param({"draft": "Hi", "context": {"timezone": "Mars/Olympus"}}, "context.timezone", "invalid_value",
                 id="timezone-unknown"),
    pytest.param({"draft": "Hi", "context": {"timezone": "../../etc/passwd"}}, "context.timezone", "invalid_value",
                 id="timezone-path-traversal"),
    pytest.param({"draft": "Hi", "context": {"timezone": "/etc/passwd"}}, "context.timezone", "invalid_value",
                 id="timezone-absolute-path"),
    pytest.param({"draft": "Hi", "context": {"timezone": ""}}, "context.timezone", "invalid_value", id="timezone-empty"),
    pytest.param({"draft": "Hi", "context": {"recipient_timezone": "Mars/Olympus"}}, "context.recipient_timezone",
                 "invalid_value", id="recipient-timezone-unknown"),
    pytest.param({"draft": "Hi", "context": {"recipient_timezone": "../../etc/passwd"}}, "context.recipient_timezone",
                 "invalid_value", id="recipient-timezone-path-traversal"),
    pytest.param({"draft": "Hi", "context": {"locale": "english!!"}}, "context.locale", "invalid_value",
                 id="locale-garbage"),
    pytest.param({"draft": "Hi", "context": {"locale": ""}}, "context.locale", "invalid_value", id="locale-empty"),
    pytest.param({"draft": "Hi", "context": {"locale": "en-US\n"}}, "context.locale", "invalid_value",
                 id="locale-trailing-newline"),
    pytest.param({"draft": "Hi", "context": {"locale": 5}}, "context.locale", "invalid_type", id="locale-number"),
    pytest.param({"draft": "Hi", "context": {"now": 1767225600}}, "context.now", "invalid_type", id="now-number"),
    pytest.param({"draft": "Hi", "context": {"timezone": 1}}, "context.timezone", "invalid_type", id="timezone-number"),
    pytest.param({"draft": "Hi", "context": {"recipient_timezone": ["UTC"]}}, "context.recipient_timezone",
                 "invalid_type", id="recipient-timezone-list"),
    pytest.param({"draft": "Hi", "tone": "friendly"}, "tone", "unknown_field", id="unknown-top-level"),
    pytest.param({"draft": "Hi", "context": {"tz": "UTC"}}, "context.tz", "unknown_field", id="unknown-context"),
    pytest.param([{"draft": "Hi"}], "body", "invalid_type", id="json-array"),
    pytest.param("Hi", "body", "invalid_type", id="json-string"),
    pytest.param(42, "body", "invalid_type", id="json-number"),
]


@pytest.mark.parametrize("body,field,code", BAD_JSON_BODIES)
def test_invalid_request_names_field(client, body, field, code):
    error = assert_error(client.post("/v1/review", json=body), 400, field)
    assert error["code"] == code


@pytest.mark.parametrize(
    "data,content_type",
    [
        pytest.param(b"draft=Hi", "application/x-www-form-urlencoded", id="form"),
        pytest.param(b"not json", "application/json", id="garbage"),
        pytest.param(b'{"draft": "Hi"', "application/json", id="truncated"),
        pytest.param(b"", "application/json", id="empty"),
        pytest.param(b"", None, id="empty-no-content-type"),
        pytest.param(b'{"draft": "\xff\xfe"}', "application/json", id="not-utf8"),
    ],
)
def test_non_json_body(client, data, content_type):
    error = assert_error(client.post("/v1/review", data=data, content_type=content_type), 400, "body")
    assert error["code"] == "invalid_json"


def test_body_over_max_content_length(client, app):
    limit = app.config["MAX_CONTENT_LENGTH"]
    data = json.dumps({"draft": "a" * (limit + 1)}).encode()
    assert_error(client.post("/v1/review", data=data, content_type="application/json"), 413, "body")


@pytest.fixture()
def small_client():
    return create_app({"TESTING": True, "MAX_DRAFT_CHARS": 10, "MAX_INCOMING_CHARS": 10}).test_client()


@pytest.mark.parametrize("field", ["draft", "incoming"])
def test_text_over_configured_cap(small_client, field):
    body = {"draft": "Hi", field: "x" * 11}
    error = assert_error(small_client.post("/v1/review", json=body), 413, field)
    assert error["code"] == "too_large"


@pytest.mark.parametrize("field", ["draft", "incoming"])
def test_text_at_configured_cap_is_reviewed(small_client, field):
    body = {"draft": "Hi", field: "x" * 10}
    assert small_client.post("/v1/review", json=body).status_code == 200


@pytest.mark.parametrize("field", ["draft", "incoming"])
def test_cap_counts_utf16_units(small_client, field):
    # Six emoji are six code points but twelve UTF-16 units, which is what the cap counts.
    assert small_client.post("/v1/review", json={"draft": "Hi", field: "😀" * 5}).status_code == 200
    assert_error(small_client.post("/v1/review", json={"draft": "Hi", field: "😀" * 6}), 413, field)


def test_unknown_path_is_json(client):
    error = assert_error(client.get("/v1/nope"), 404, None)
    assert error["code"] == "not_found"
    assert b"<html" not in client.get("/nope").data.lower()


@pytest.mark.parametrize(
    "method,path,allowed",
    [("get", "/v1/review", "POST"), ("put", "/v1/review", "POST"), ("post", "/healthz", "GET"), ("delete", "/v1/rules", "GET")],
)
def test_wrong_method_is_json(client, method, path, allowed):
    response = getattr(client, method)(path)
    error = assert_error(response, 405, None)
    assert error["code"] == "method_not_allowed"
    assert allowed in {m.strip() for m in response.headers.get("Allow", "").split(",")}


def test_defaults(monkeypatch):
    for name in [n for n in os.environ if n.startswith("TACTFUL_")]:
        monkeypatch.delenv(name)
    app = create_app()
    assert not app.testing
    assert app.config["MAX_CONTENT_LENGTH"] == 512 * 1024
    assert app.config["MAX_DRAFT_CHARS"] == DEFAULTS["MAX_DRAFT_CHARS"] == 100_000
    assert app.config["MAX_INCOMING_CHARS"] == DEFAULTS["MAX_INCOMING_CHARS"] == 200_000
    assert create_app({"TESTING": True}).testing


def test_config_from_environment(monkeypatch):
    monkeypatch.setenv("TACTFUL_MAX_DRAFT_CHARS", "5")
    app = create_app({"TESTING": True})
    assert app.config["MAX_DRAFT_CHARS"] == 5
    client = app.test_client()
    assert client.post("/v1/review", json={"draft": "Hello"}).status_code == 200
    assert_error(client.post("/v1/review", json={"draft": "Hello!"}), 413, "draft")


def test_test_config_overrides_environment(monkeypatch):
    monkeypatch.setenv("TACTFUL_MAX_DRAFT_CHARS", "5")
    assert create_app({"MAX_DRAFT_CHARS": 7}).config["MAX_DRAFT_CHARS"] == 7
