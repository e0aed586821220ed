import pytest

from tactful.app import create_app


@pytest.fixture()
def app():
    return create_app({"TESTING": True})


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(autouse=True)
def no_model_from_the_environment(monkeypatch):
    """A developer's own key or server must never reach the tests: they run offline."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TACTFUL_MODEL", "TACTFUL_PROMPTS_DIR"):
        monkeypatch.delenv(name, raising=False)


def _scrub_response(response):
    for name in ("set-cookie", "openai-organization", "openai-project", "x-request-id"):
        for key in [k for k in response["headers"] if k.lower() == name]:
            del response["headers"][key]
    return response


@pytest.fixture(scope="module")
def vcr_config():
    """Recorded model calls (style item 12): keys never written, a changed prompt never replays an old answer."""
    return {
        "filter_headers": [("authorization", "Bearer REDACTED"), ("api-key", None), ("cookie", None),
                           ("openai-organization", None), ("openai-project", None)],
        "before_record_response": _scrub_response,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "decode_compressed_response": True,
    }
