"""Typing in a Gmail compose box draws highlights over the right words, and nothing over the quote."""

from __future__ import annotations

from e2e_support import EDITOR, boxes, close_to, open_gmail, type_reply, word_rects

REPLY = [
    "Hi John,",
    "",
    "As I have already told you twice, your parcel will be delivered tonight.",
]


def test_typing_highlights_the_flagged_words(ext, page, screenshots):
    open_gmail(page)
    type_reply(page, REPLY)
    page.wait_for_function(
        "() => document.querySelector('[data-tactful=overlay]').shadowRoot.querySelector('.hl[data-category=names]')"
    )
    names = [b for b in boxes(page) if b["category"] == "names"]
    john = word_rects(page, "John")
    assert len(names) == 1 and len(john) == 1
    assert close_to(names[0], john[0]), (names, john)
    promise = [b for b in boxes(page) if b["category"] == "promises"]
    words = word_rects(page, "will be delivered tonight")
    assert promise and words
    assert close_to(promise[0], words[0]), (promise, words)
    page.screenshot(path=screenshots / "extension-highlights.png")
