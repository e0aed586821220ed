"""The optional API key: off by default; when set, /v1/* needs `Authorization: Bearer <key>`."""

import pytest

from tactful.api import openapi_document
from tactful.app import create_app

KEY = "team-key-3c9e"
BODY = {"draft": "Hi John, we guarantee it."}


@pytest.fixture()
def keyed():
    return create_app({"TESTING": True, "API_KEY": KEY}).test_client()


def test_no_key_configured_means_open(client):
    assert client.post("/v1/review", json=BODY).status_code == 200
    assert client.get("/v1/rules").status_code == 200


@pytest.mark.parametrize(
    "headers,message",
    [
        pytest.param({}, "needs an API key", id="missing"),
        pytest.param({"Authorization": "Bearer wrong"}, "not valid", id="wrong"),
        pytest.param({"Authorization": f"Basic {KEY}"}, "needs an API key", id="other-scheme"),
        pytest.param({"Authorization": "Bearer "}, "needs an API key", id="empty"),
        pytest.param({"Authorization": f"Bearer {KEY}x"}, "not valid", id="longer"),
    ],
)
def test_missing_or_wrong_key_is_a_401_json_error(keyed, headers, message):
    for response in (keyed.post("/v1/review", json=BODY, headers=headers), keyed.get("/v1/rules", headers=headers)):
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        error = response.get_json()["error"]
        assert error["code"] == "unauthorized"
        assert error["field"] == "authorization"
        assert message in error["message"]
        assert KEY not in response.get_data(as_text=True)


def test_the_right_key_passes(keyed):
    for scheme in ("Bearer", "bearer"):
        response = keyed.post("/v1/review", json=BODY, headers={"Authorization": f"{scheme} {KEY}"})
        assert response.status_code == 200
        assert response.get_json()["suggestions"]


def test_health_openapi_and_playground_stay_open(keyed):
    assert keyed.get("/healthz").status_code == 200
    assert keyed.get("/openapi.json").status_code == 200
    with keyed.get("/") as response:
        assert response.status_code == 200


def test_the_key_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("TACTFUL_API_KEY", KEY)
    client = create_app({"TESTING": True}).test_client()
    assert client.get("/v1/rules").status_code == 401
    assert client.get("/v1/rules", headers={"Authorization": f"Bearer {KEY}"}).status_code == 200


def test_401_is_documented_with_the_error_schema(keyed):
    from jsonschema import Draft202012Validator

    doc = openapi_document()
    assert doc["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    for path, method in (("/v1/review", "post"), ("/v1/rules", "get")):
        responses = doc["paths"][path][method]["responses"]
        assert responses["401"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
    schema = {"$ref": "#/components/schemas/Error", "components": doc["components"]}
    Draft202012Validator(schema).validate(keyed.get("/v1/rules").get_json())
