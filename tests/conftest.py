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
