"""The pre-send gate: with an error open, Send and Ctrl+Enter ask first; it can be turned off."""

from __future__ import annotations

from e2e_support import open_gmail, type_reply

SHADOW = "document.querySelector('[data-tactful=overlay]').shadowRoot"
SEND = '[role="button"].aoO'


def sent(page) -> int:
    return int(page.evaluate("() => document.body.dataset.sent || 0"))


def with_error(page):
    open_gmail(page)
    type_reply(page, ["Hi John,", "", "Thanks for your patience."])  # the customer signed Maria: an error
    page.wait_for_function(f"() => {SHADOW}.querySelector('.hl[data-category=names]')")


def test_send_with_an_error_asks_first_and_send_anyway_sends(ext, page, screenshots):
    with_error(page)
    page.click(SEND)
    dialog = page.locator(".dialog")
    dialog.wait_for(state="visible")
    assert sent(page) == 0
    assert "still has 1 issue" in dialog.inner_text()
    page.screenshot(path=screenshots / "extension-gate.png")
    dialog.locator("button.send-anyway").click()
    page.wait_for_function("() => document.body.dataset.sent === '1'")
    assert dialog.is_hidden()


def test_ctrl_enter_is_gated_too_and_review_shows_the_error(ext, page):
    with_error(page)
    page.keyboard.press("Control+Enter")
    dialog = page.locator(".dialog")
    dialog.wait_for(state="visible")
    assert sent(page) == 0
    dialog.locator("button.review").click()
    card = page.locator(".card")
    card.wait_for(state="visible")
    assert "Maria" in card.inner_text()
    assert sent(page) == 0
    # Fixed: Send goes straight through.
    card.locator("button.apply", has_text="Maria").click()
    page.wait_for_function(f"() => !{SHADOW}.querySelector('.hl[data-category=names]')")
    page.click(SEND)
    page.wait_for_function("() => document.body.dataset.sent === '1'")
    assert dialog.is_hidden()


def test_the_gate_can_be_turned_off(ext, page, server):
    from e2e_support import API_KEY

    ext.set_settings(apiBase=server, apiKey=API_KEY, enabled=True, gate=False)
    with_error(page)
    page.click(SEND)
    page.wait_for_function("() => document.body.dataset.sent === '1'")
    assert page.locator(".dialog").is_hidden()
