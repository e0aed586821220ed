"""What the end-to-end tests share: paths, the fixture's URL and policy, and page helpers.

Helpers run in the page's main world, where Gmail's Trusted Types policy forbids HTML sinks, so
they build nothing from markup (browser-testing notes, pitfall 8).
"""

from __future__ import annotations

import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
FIXTURE = ROOT / "tests" / "fixtures" / "compose.html"
API_KEY = "e2e-team-key-5a1f"
GMAIL_URL = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmtbJvZ"
# Gmail's policy in its essentials: Trusted Types, nonce'd scripts only.
GMAIL_CSP = "require-trusted-types-for 'script'; script-src 'nonce-gmail-fixture'; object-src 'none'; base-uri 'self'"

# Lines the end-to-end run reports at the end of the session (conftest's terminal summary).
REPORT: list[str] = []

EDITOR = 'div[g_editable="true"]'
HOST = "[data-tactful=overlay]"

# The overlay's shadow root for the editor (one host per mounted editor, in mount order).
SHADOW = "(i => document.querySelectorAll('[data-tactful=overlay]')[i].shadowRoot)"

JS_BOXES = """([index, selector]) => {
  const root = document.querySelectorAll('[data-tactful=overlay]')[index].shadowRoot;
  return Array.from(root.querySelectorAll(selector), el => {
    const r = el.getBoundingClientRect();
    return {left: r.left, top: r.top, width: r.width, height: r.height, category: el.dataset.category};
  });
}"""

# The client rects of the first occurrence of `word` in the editor's own text (not the quote).
JS_WORD_RECTS = """([selector, word]) => {
  const editor = document.querySelector(selector);
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT, {
    acceptNode: n => n.parentElement.closest('.gmail_quote') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = node.data.indexOf(word);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + word.length);
    return Array.from(range.getClientRects(), r => ({left: r.left, top: r.top, width: r.width, height: r.height}));
  }
  return null;
}"""

# The reply's text as the user sees it (the quote excluded), for assertions.
JS_DRAFT_TEXT = """selector => {
  const editor = document.querySelector(selector);
  const full = editor.innerText;
  const quote = editor.querySelector('.gmail_quote');
  return quote ? full.slice(0, full.lastIndexOf(quote.innerText)) : full;
}"""


_loads = iter(range(1, 1_000_000))


def open_gmail(page, *, wait_mounted: bool = True):
    # A new query each time: the same URL with a fragment would not load the page again.
    page.goto(GMAIL_URL.replace("/#", f"/?load={next(_loads)}#"))
    page.wait_for_selector(EDITOR)
    if wait_mounted:
        page.wait_for_selector(HOST, state="attached", timeout=10_000)
    return page


def type_reply(page, lines: list[str], selector: str = EDITOR) -> None:
    """Types at the start of the body: Control+End would land inside the quote (pitfall 6)."""
    page.click(selector)
    page.keyboard.press("Control+Home")
    for i, line in enumerate(lines):
        if i:
            page.keyboard.press("Enter")
        page.keyboard.type(line)


def boxes(page, selector: str = ".hl", index: int = 0) -> list[dict]:
    return page.evaluate(JS_BOXES, [index, selector])


def word_rects(page, word: str, selector: str = EDITOR) -> list[dict]:
    return page.evaluate(JS_WORD_RECTS, [selector, word])


def draft_text(page, selector: str = EDITOR) -> str:
    return page.evaluate(JS_DRAFT_TEXT, selector)


def close_to(a: dict, b: dict, tolerance: float = 1.5) -> bool:
    return all(abs(a[k] - b[k]) <= tolerance for k in ("left", "top", "width", "height"))


class ServerThread:
    """A WSGI app served from a thread on 127.0.0.1, on a free port."""

    def __init__(self, app):
        from werkzeug.serving import make_server

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
