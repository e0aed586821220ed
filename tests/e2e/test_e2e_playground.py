"""The playground at / shows the extension's highlights, card and question panel on a plain page."""

from __future__ import annotations

from e2e_support import API_KEY

SHADOW = "document.querySelector('[data-tactful=overlay]').shadowRoot"


def test_playground_reviews_a_pasted_reply(page, open_server, screenshots):
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{open_server}/")
    page.click("#example")
    page.wait_for_function(f"() => {SHADOW}.querySelector('.hl[data-category=names]')")
    panel = page.locator(".panel")
    panel.wait_for(state="visible")  # open from the start on the playground
    assert panel.locator("li.question[data-answered=false]", has_text="refund the shipping").count() == 1
    categories = set(page.evaluate(f"() => Array.from({SHADOW}.querySelectorAll('.hl'), e => e.dataset.category)"))
    assert {"names", "condescension", "promises", "spelling", "placeholders"} <= categories, categories
    box = page.evaluate(f"() => {{ const r = {SHADOW}.querySelector('.hl[data-category=spelling]').getBoundingClientRect();"
                        " return [r.left + r.width / 2, r.top + r.height / 2]; }")
    page.mouse.click(*box)
    card = page.locator(".card")
    card.wait_for(state="visible")
    page.screenshot(path=screenshots / "playground.png")
    card.locator("button.apply", has_text="receive").click()
    page.wait_for_function("() => document.getElementById('draft').innerText.includes('We will receive the new stock')")
    page.wait_for_function(f"() => !{SHADOW}.querySelector('.hl[data-category=spelling]')")
    assert errors == [], errors


def test_playground_asks_for_the_key_when_the_server_has_one(page, server):
    page.goto(f"{server}/")
    page.click("#example")
    page.wait_for_function(f"() => {SHADOW}.querySelector('.badge').dataset.state === 'offline'")
    assert "API key" in page.locator(".panel .note.error").inner_text()
    assert page.locator(".panel h3", has_text="Suggestions").count() == 0, "no review yet: no 'nothing to change'"
    page.fill("#apiKey", API_KEY)
    page.dispatch_event("#apiKey", "change")
    page.wait_for_function(f"() => {SHADOW}.querySelector('.hl[data-category=names]')")
