"""The options page saves the settings and tests the connection: good key, wrong key, no server."""

from __future__ import annotations

import socket

from e2e_support import API_KEY


def free_port() -> int:
    """A loopback port with nothing listening on it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def open_options(ext, page):
    page.goto(f"chrome-extension://{ext.extension_id}/options.html")
    page.wait_for_function("() => document.getElementById('apiBase').value !== ''")
    return page


def test_connection(ext, page, server, open_server):
    """Tests the form's values, saved or not."""
    open_options(ext, page)
    status = page.locator("#status")

    def check(base: str, key: str) -> str:
        page.fill("#apiBase", base)
        page.fill("#apiKey", key)
        page.click("#test")
        page.wait_for_function("() => !document.getElementById('status').textContent.startsWith('Testing')")
        return status.inner_text()

    good = check(server, API_KEY)
    assert good.startswith(f"Connected to Tactful") and "API key accepted" in good, good
    assert status.get_attribute("data-kind") == "ok"
    wrong = check(server, "not-the-key")
    assert "refused the API key (401)" in wrong, wrong
    assert status.get_attribute("data-kind") == "error"
    assert "needs an API key" in check(server, "")
    dead = f"http://127.0.0.1:{free_port()}"
    assert check(dead, API_KEY).startswith(f"Could not reach {dead}")
    assert check(open_server, "").endswith("no API key needed.")
    assert "Use https://" in check("http://review.example.com", "")


def test_save_stores_the_settings(ext, page, server, screenshots):
    open_options(ext, page)
    assert page.input_value("#apiBase") == server
    page.fill("#apiBase", f"{server}/")
    page.fill("#apiKey", "  new-key  ")
    page.uncheck("#gate")
    page.click("#save")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Saved')")
    stored = ext.worker().evaluate("() => chrome.storage.local.get(null)")
    assert stored == {"apiBase": server, "apiKey": "new-key", "enabled": True, "gate": False}
    assert page.input_value("#apiBase") == server
    page.reload()
    page.wait_for_function("() => document.getElementById('apiKey').value === 'new-key'")
    assert not page.is_checked("#gate")
    page.fill("#apiKey", API_KEY)
    page.click("#test")
    page.wait_for_function("() => document.getElementById('status').dataset.kind === 'ok'")
    page.screenshot(path=screenshots / "options.png")
