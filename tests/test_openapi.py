"""The OpenAPI document is valid 3.1, describes every route, and real responses match its schemas."""

import re

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator, validate

from tactful.api import openapi_document
from tactful.checks.types import CATEGORIES

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


@pytest.fixture(scope="module")
def doc():
    return openapi_document()


def validator(doc: dict, schema: dict) -> Draft202012Validator:
    """A validator for ``schema`` whose ``#/components/...`` references resolve into the document."""
    root = {**schema, "components": doc["components"]}
    Draft202012Validator.check_schema(root)
    return Draft202012Validator(root)


def component(doc: dict, name: str) -> Draft202012Validator:
    assert name in doc["components"]["schemas"], name
    return validator(doc, {"$ref": f"#/components/schemas/{name}"})


def assert_valid(v: Draft202012Validator, instance) -> None:
    errors = sorted(v.iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def assert_documented(doc: dict, path: str, method: str, response) -> None:
    """The response's status is documented for the operation and its JSON body validates against it."""
    responses = doc["paths"][path][method]["responses"]
    status = str(response.status_code)
    assert status in responses, f"{method.upper()} {path} answered {status}, which the document does not list"
    media = responses[status]["content"]
    assert response.mimetype in media, f"{response.mimetype} not documented for {status}"
    assert_valid(validator(doc, media[response.mimetype]["schema"]), response.get_json())


def test_served_document_is_the_packaged_one(client, doc):
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.get_json() == doc


def test_document_is_valid_openapi_3_1(doc):
    assert doc["openapi"].startswith("3.1")
    validate(doc)  # picks the validator from the "openapi" field
    errors = list(OpenAPIV31SpecValidator(doc).iter_errors())
    assert not errors, errors


def test_every_schema_is_valid_json_schema(doc):
    for name in doc["components"]["schemas"]:
        component(doc, name)  # check_schema raises on an invalid schema


def test_category_enums_match_the_contract(doc):
    schemas = doc["components"]["schemas"]
    assert schemas["Suggestion"]["properties"]["category"]["enum"] == list(CATEGORIES)
    assert schemas["Rule"]["properties"]["category"]["enum"] == list(CATEGORIES)


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule)


def test_every_route_is_documented(app, doc):
    served = set()
    for rule in app.url_map.iter_rules():
        if not (rule.rule.startswith("/v1/") or rule.rule in {"/healthz", "/"}):
            continue
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            served.add((_openapi_path(rule.rule), method.lower()))
    assert {("/v1/review", "post"), ("/v1/rules", "get"), ("/healthz", "get"), ("/", "get")} <= served
    documented = {
        (path, method) for path, item in doc["paths"].items() for method in item if method in HTTP_METHODS
    }
    assert served - documented == set(), "served but not documented"
    assert documented - served == set(), "documented but not served"


REVIEW_REQUESTS = [
    pytest.param({"draft": ""}, id="empty-draft"),
    pytest.param({"draft": "Thanks for getting in touch, Maria. Your refund was sent today."}, id="clean"),
    pytest.param({"draft": "😀😀 Hi [Customer Name], we guarantee delivery"}, id="emoji-placeholder-promise"),
    pytest.param(
        {"draft": "Hi John,\n\nYour refund 💸 is on its way. 🎉", "incoming": "Where is my refund?\n\nThanks,\nMaria Lopez"},
        id="names",
    ),
    pytest.param(
        {"draft": "Hi Maria,\n\nPlease send us a photo 📷 of the box and we'll arrange a return.\n\nTom",
         "incoming": "My lamp arrived broken.\n\nThanks,\nMaria\n\nOn Mon, 1 Dec 2026, Tom wrote:\n> Your lamp ships today."},
        id="apology-insertion-point",
    ),
    pytest.param({"draft": "The filter leaked because you didn't follow the instructions 🙄.", "llm": False},
                 id="condescension-blame"),
    pytest.param({"draft": "🚚 Your parcel will be delivered tonight, and it won't ever happen again."}, id="promises"),
    pytest.param({"draft": "We charged the card 4111 1111 1111 1111 today 💳. Your verification code is 482913."},
                 id="privacy"),
    pytest.param({"draft": "Your temporary password is Sunny2026! 🔐"}, id="privacy-password"),
    pytest.param({"draft": "You will recieve the 🎁 soon. What colour would you like?",
                  "context": {"locale": "en-US", "timezone": "America/New_York"}}, id="spelling"),
    pytest.param(
        {"draft": "Hi Maria, the fitting is at 8:15 tomorrow 🙂", "incoming": None,
         "context": {"now": "2026-12-03T16:05:00+01:00", "timezone": "Europe/Paris",
                     "recipient_timezone": "Europe/London", "locale": "en-GB"}},
        id="full-context",
    ),
    pytest.param({"draft": "It's only a minor inconvenience, it's quite simple really.", "context": None, "llm": None},
                 id="nulls"),
]


@pytest.mark.parametrize("body", REVIEW_REQUESTS)
def test_review_response_matches_schema(client, doc, body):
    assert_valid(component(doc, "ReviewRequest"), body)
    response = client.post("/v1/review", json=body)
    assert response.status_code == 200
    assert_documented(doc, "/v1/review", "post", response)


def test_review_responses_cover_the_triggerable_categories(client):
    categories = set()
    for param in REVIEW_REQUESTS:
        (body,) = param.values
        categories |= {s["category"] for s in client.post("/v1/review", json=body).get_json()["suggestions"]}
    assert {"placeholders", "promises", "names", "apology", "condescension", "privacy", "spelling"} <= categories


def test_rules_response_matches_schema(client, doc):
    response = client.get("/v1/rules")
    assert response.status_code == 200
    assert response.get_json()["rules"]
    assert_documented(doc, "/v1/rules", "get", response)


def test_health_response_matches_schema(client, doc):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert_documented(doc, "/healthz", "get", response)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({}, id="missing-draft"),
        pytest.param({"draft": 1}, id="draft-number"),
        pytest.param({"draft": "Hi", "extra": 1}, id="unknown-field"),
        pytest.param({"draft": "Hi", "context": {"timezone": "Mars/Olympus"}}, id="bad-timezone"),
        pytest.param([1], id="array"),
    ],
)
def test_error_responses_match_schema(client, doc, body):
    response = client.post("/v1/review", json=body)
    assert response.status_code == 400
    assert_documented(doc, "/v1/review", "post", response)


def test_invalid_requests_are_rejected_by_the_request_schema_too(doc):
    v = component(doc, "ReviewRequest")
    for body in ({}, {"draft": 1}, {"draft": "Hi", "extra": 1}, {"draft": "Hi", "llm": "yes"},
                 {"draft": "Hi", "context": {"tz": "UTC"}}, {"draft": "Hi", "context": {"locale": 5}}, [1]):
        assert not v.is_valid(body), body


def test_non_json_and_oversized_errors_match_schema(client, app, doc):
    response = client.post("/v1/review", data=b"not json", content_type="application/json")
    assert response.status_code == 400
    assert_documented(doc, "/v1/review", "post", response)
    big = b'{"draft": "' + b"a" * app.config["MAX_CONTENT_LENGTH"] + b'"}'
    response = client.post("/v1/review", data=big, content_type="application/json")
    assert response.status_code == 413
    assert_documented(doc, "/v1/review", "post", response)


def test_draft_cap_error_matches_schema(doc):
    from tactful.app import create_app

    client = create_app({"TESTING": True, "MAX_DRAFT_CHARS": 10}).test_client()
    response = client.post("/v1/review", json={"draft": "x" * 11})
    assert response.status_code == 413
    assert_documented(doc, "/v1/review", "post", response)


@pytest.mark.parametrize("method,path,status", [("get", "/v1/nope", 404), ("get", "/v1/review", 405)])
def test_routing_errors_match_error_schema(client, doc, method, path, status):
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert_valid(component(doc, "Error"), response.get_json())
