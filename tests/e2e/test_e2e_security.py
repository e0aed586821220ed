"""G13: the content script cannot read the API key. G14: hostile text in messages, replacements and
questions renders as literal text, and the page gains no element nodes but the overlay's own."""

from __future__ import annotations

import json

import pytest
from flask import Flask, request

from e2e_support import API_KEY, EDITOR, HOST, ServerThread, draft_text, open_gmail, type_reply

PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=1</script>",
    '"><svg onload="window.__pwned=1">',
    "<iframe src=javascript:window.__pwned=1></iframe>",
    "<a href=javascript:window.__pwned=1>click</a>",
]
OUR_TAGS = {"STYLE", "DIV", "P", "Q", "BUTTON", "SPAN", "UL", "LI", "H2", "H3"}


def extension_world(page, extension_id: str):
    """A CDP handle on the content script's isolated world, to run code as the content script."""
    cdp = page.context.new_cdp_session(page)
    contexts = []
    cdp.on("Runtime.executionContextCreated", lambda event: contexts.append(event["context"]))
    cdp.send("Runtime.enable")
    page.wait_for_timeout(100)
    ours = [c for c in contexts if c.get("origin", "").startswith(f"chrome-extension://{extension_id}")
            or (c.get("auxData", {}).get("type") == "isolated" and c.get("name") == "Tactful")]
    assert ours, contexts

    def run(expression: str):
        reply = cdp.send("Runtime.evaluate", {"expression": expression, "contextId": ours[0]["id"],
                                              "awaitPromise": True, "returnByValue": True})
        assert "exceptionDetails" not in reply, reply
        return reply["result"].get("value")

    return run


def test_content_script_cannot_read_the_api_key(ext, page):
    open_gmail(page)
    run = extension_world(page, ext.extension_id)
    assert run("typeof chrome.runtime.id") == "string", "not the extension's world"
    stored = run("chrome.storage.local.get(null).then(v => JSON.stringify(v), e => 'denied: ' + e.message)")
    assert API_KEY not in stored
    assert stored.startswith("denied"), stored
    settings = run("new Promise(r => chrome.runtime.sendMessage({type: 'getSettings'}, r)).then(JSON.stringify)")
    assert json.loads(settings) == {"enabled": True, "gate": True}
    # Nor can it make the worker send the key to an address of its choosing.
    probe = run("new Promise(r => chrome.runtime.sendMessage({type: 'testConnection', apiBase: 'http://127.0.0.1:9'}, r))"
                ".then(JSON.stringify)")
    assert json.loads(probe) == {"kind": "forbidden"}
    # The key is in the worker's storage all along (the check above can fail).
    assert ext.worker().evaluate("() => chrome.storage.local.get('apiKey')") == {"apiKey": API_KEY}


def hostile_app() -> Flask:
    """A review server whose every string is an XSS payload."""
    app = Flask("hostile")

    @app.post("/v1/review")
    def review():
        draft = request.get_json()["draft"]
        at = draft.find("John")
        suggestions = []
        if at >= 0:
            suggestions = [
                {"id": "s1", "rule": "custom.x", "category": "custom", "severity": "warning", "start": at, "end": at + 4,
                 "text": "John", "message": " ".join(PAYLOADS), "replacements": PAYLOADS[:2], "source": "llm"},
                {"id": "s2", "rule": PAYLOADS[2], "category": PAYLOADS[0], "severity": "warning", "start": 0, "end": 2,
                 "text": draft[:2], "message": PAYLOADS[3], "replacements": [PAYLOADS[4]], "source": "llm"},
            ]
        questions = [{"text": p, "start": 0, "end": 1, "answered": False} for p in PAYLOADS]
        return {"suggestions": suggestions, "questions": questions,
                "llm": {"used": True, "model": PAYLOADS[1], "prompt_tokens": 1, "completion_tokens": 1}, "degraded": False}

    return app


@pytest.fixture(scope="module")
def hostile():
    with ServerThread(hostile_app()) as running:
        yield running.url


# Elements of the page that were not there at the baseline (the overlay's host already was).
COUNT = """() => {
  window.__baseline = window.__baseline || new WeakSet(document.querySelectorAll('*'));
  const added = Array.from(document.querySelectorAll('*')).filter(e => !window.__baseline.has(e)).map(e => e.tagName);
  const host = document.querySelector('[data-tactful=overlay]');
  const shadow = Array.from(host.shadowRoot.querySelectorAll('*'), e => e.tagName);
  return {added, shadow, pwned: window.__pwned === 1};
}"""


def test_hostile_text_renders_as_text_and_adds_no_elements(ext, page, hostile):
    ext.set_settings(apiBase=hostile, apiKey="", enabled=True, gate=True)
    open_gmail(page)
    before = page.evaluate(COUNT)
    type_reply(page, ["Hi John,"])
    shadow = "document.querySelector('[data-tactful=overlay]').shadowRoot"
    page.wait_for_function(f"() => {shadow}.querySelector('.hl[data-category=custom]')")
    box = page.evaluate(f"() => {{ const r = {shadow}.querySelector('.hl[data-category=custom]').getBoundingClientRect();"
                        " return [r.left + r.width / 2, r.top + r.height / 2]; }")
    page.mouse.click(*box)
    card = page.locator(".card")
    card.wait_for(state="visible")
    assert card.locator(".message").inner_text() == " ".join(PAYLOADS)
    assert [b.inner_text() for b in card.locator("button.apply").all()] == PAYLOADS[:2]
    page.locator(".badge").click()
    panel = page.locator(".panel")
    panel.wait_for(state="visible")
    assert [q.inner_text() for q in panel.locator("li.question .text").all()] == PAYLOADS
    after = page.evaluate(COUNT)
    assert before["added"] == [] and after["added"] == [], "the page gained element nodes"
    assert set(after["shadow"]) <= OUR_TAGS, set(after["shadow"]) - OUR_TAGS
    # Applying a hostile replacement types it as text.
    card_box = page.evaluate(f"() => {{ const r = {shadow}.querySelector('.hl[data-category=custom]').getBoundingClientRect();"
                             " return [r.left + r.width / 2, r.top + r.height / 2]; }")
    page.mouse.click(*card_box)
    card.locator("button.apply").first.click()
    page.wait_for_function("([s, p]) => document.querySelector(s).innerText.includes(p)", arg=[EDITOR, PAYLOADS[0]])
    assert draft_text(page).startswith(f"Hi {PAYLOADS[0]},")
    final = page.evaluate(COUNT)
    assert final["added"] == []
    assert not final["pwned"]
    assert page.locator(HOST).count() == 1
