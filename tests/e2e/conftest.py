"""End to end: the real extension in real headless Chromium, on a routed https://mail.google.com page.

One browser per session (``launch_persistent_context``: extensions load only in persistent contexts),
a new page per test, and the real Flask app in-process on a loopback port. Without chromium or
Playwright these tests skip, unless ``TACTFUL_REQUIRE_BROWSER=1`` (set in CI), where they fail.
See ../shared/notes/browser-testing.md for the pitfalls this follows.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from e2e_support import API_KEY, EXTENSION, FIXTURE, GMAIL_CSP, REPORT, ServerThread

REQUIRE = os.environ.get("TACTFUL_REQUIRE_BROWSER") == "1"


def missing(reason: str):
    if REQUIRE:
        pytest.fail(f"{reason}; TACTFUL_REQUIRE_BROWSER=1 makes this an error", pytrace=False)
    pytest.skip(reason)


def chromium_executable() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def server():
    """The real app, with an API key so that the extension's key handling is exercised too."""
    from tactful.app import create_app, warm_up

    warm_up()  # dictionaries load now, not during the first test's review
    with ServerThread(create_app({"TESTING": True, "API_KEY": API_KEY})) as running:
        yield running.url


@pytest.fixture(scope="session")
def open_server():
    """The real app with no key, as `tactful serve` runs by default (the playground's server)."""
    from tactful.app import create_app

    with ServerThread(create_app({"TESTING": True})) as running:
        yield running.url


class Browser:
    """The persistent context, the extension's id, and its current service worker."""

    def __init__(self, context, worker):
        self.context = context
        self.extension_id = worker.url.split("/")[2]
        self._worker = worker
        # Chrome stops an idle worker and starts a new one on the next event: keep the newest.
        context.on("serviceworker", self._started)

    def _started(self, worker):
        if worker.url.startswith(f"chrome-extension://{self.extension_id}/"):
            self._worker = worker

    def worker(self):
        return self._worker

    def set_settings(self, **settings):
        self.worker().evaluate(
            "s => chrome.storage.local.clear().then(() => chrome.storage.local.set(s))", settings
        )


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright is not installed (pip install '.[test]')")
    executable = chromium_executable()
    if not executable:
        missing("chromium is not installed (apt-get install chromium)")
    fixture_html = FIXTURE.read_text(encoding="utf-8")

    def gmail(route):
        route.fulfill(status=200, body=fixture_html, content_type="text/html; charset=utf-8",
                      headers={"Content-Security-Policy": GMAIL_CSP})

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=executable,
            headless=True,
            # Playwright passes --disable-extensions by default: without these nothing loads (pitfall 1).
            args=[f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}"],
            viewport={"width": 1280, "height": 860},
        )
        try:
            context.route("https://mail.google.com/**", gmail)
            worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker", timeout=15_000)
            yield Browser(context, worker)
        finally:
            context.close()


@pytest.fixture()
def ext(browser, server):
    """The browser with the extension pointed at the keyed server, all defaults otherwise."""
    browser.set_settings(apiBase=server, apiKey=API_KEY, enabled=True, gate=True)
    return browser


@pytest.fixture()
def page(browser):
    page = browser.context.new_page()
    yield page
    page.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    folder = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def pytest_terminal_summary(terminalreporter):
    """Figures the run measured (printed, not asserted), visible without -s."""
    if REPORT:
        terminalreporter.section("browser end-to-end figures")
        for line in REPORT:
            terminalreporter.write_line(line)
