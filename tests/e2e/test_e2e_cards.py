"""The card: Apply goes through the editor's own editing (undo restores), Dismiss hides; the panel
lists the customer's questions and jumps to where the answer belongs."""

from __future__ import annotations

from e2e_support import EDITOR, boxes, draft_text, open_gmail, type_reply

SHADOW = "document.querySelector('[data-tactful=overlay]').shadowRoot"


def wait_for(page, category: str):
    page.wait_for_function(f"() => {SHADOW}.querySelector('.hl[data-category={category}]')")
    return next(b for b in boxes(page) if b["category"] == category)


def click_box(page, box):
    page.mouse.click(box["left"] + box["width"] / 2, box["top"] + box["height"] / 2)


def test_apply_changes_the_draft_and_undo_restores_it(ext, page, screenshots):
    open_gmail(page)
    type_reply(page, ["Hi John,", "", "Thanks for your patience."])
    click_box(page, wait_for(page, "names"))
    card = page.locator(".card")
    card.wait_for(state="visible")
    assert "Maria" in card.inner_text()
    assert page.locator(".dialog").is_hidden(), "a click in the text is not a send"
    page.screenshot(path=screenshots / "extension-card.png")
    card.locator("button.apply", has_text="Maria").click()
    page.wait_for_function(f"() => !{SHADOW}.querySelector('.hl[data-category=names]')")
    assert draft_text(page).startswith("Hi Maria,\n")
    assert "John" not in draft_text(page)
    page.keyboard.press("Control+z")
    page.wait_for_function("s => document.querySelector(s).innerText.startsWith('Hi John,')", arg=EDITOR)
    wait_for(page, "names")  # reviewed again after the undo


def test_dismiss_hides_the_suggestion(ext, page):
    open_gmail(page)
    type_reply(page, ["Hi John,", "", "Thanks for your patience."])
    click_box(page, wait_for(page, "names"))
    page.locator(".card button.dismiss").click()
    page.wait_for_function(f"() => !{SHADOW}.querySelector('.hl[data-category=names]')")
    assert page.locator(".card").is_hidden()
    assert draft_text(page).startswith("Hi John,")


def test_hover_shows_the_card(ext, page):
    open_gmail(page)
    type_reply(page, ["Hi Maria,", "", "Your parcel will be delivered tonight."])
    box = wait_for(page, "promises")
    page.mouse.move(box["left"] + 5, box["top"] + box["height"] / 2)
    page.locator(".card").wait_for(state="visible")
    assert "deadline" in page.locator(".card .message").inner_text()


def test_panel_lists_an_unanswered_question_and_jumps_to_the_answer(ext, page, screenshots):
    open_gmail(page)
    type_reply(page, ["Hi Maria,", "", "I am sorry it is late. Your parcel will arrive on Friday.", "", "Best,", "Tom"])
    wait_for(page, "questions")
    page.locator(".badge").click()
    panel = page.locator(".panel")
    panel.wait_for(state="visible")
    unanswered = panel.locator("li.question[data-answered=false]")
    assert unanswered.count() == 1
    assert "refund the shipping" in unanswered.inner_text()
    assert panel.locator("li.question[data-answered=true]", has_text="When will it arrive?").count() == 1
    page.screenshot(path=screenshots / "extension-panel.png")
    unanswered.locator("button.jump").click()
    # The caret is now where the answer belongs: typing there answers the question.
    page.keyboard.type(" I have refunded the shipping.")
    assert "Friday. I have refunded the shipping." in draft_text(page)
    page.wait_for_function(
        f"() => {SHADOW}.querySelectorAll('.panel li.question[data-answered=true]').length === 2", timeout=10_000
    )
