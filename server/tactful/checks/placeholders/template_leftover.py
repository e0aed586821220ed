"""Template leftovers: "[Customer Name]", "{{product}}", "<insert date>", "XXX", "TBD".

Practice: be accurate. A reply that greets "[Customer Name]" tells the customer they got a form
letter nobody read.
"""

from __future__ import annotations

import re

from ...document import Document
from ..types import Check, Match, examples, load_words

_KEYWORDS = load_words(__package__, "placeholder_words.txt")
_NOT_PLACEHOLDERS = {"sic", "sic!", "sic.", "citation needed", "redacted"}
_HTML_TAGS = {"b", "i", "u", "p", "br", "div", "span", "a", "em", "strong", "hr", "li", "ul", "ol"}

_PATTERNS = re.compile(
    r"(?P<double>\{\{[^{}\n]{1,60}\}\}|\{%[^%\n]{1,60}%\}|\[\[[^\[\]\n]{1,60}\]\]|\*\|[A-Z0-9_]{2,40}\|\*)"
    r"|(?P<square>\[[^\[\]\n]{1,60}\](?!\())"
    r"|(?P<curly>\{!?[A-Za-z_][\w .\-]{0,40}\})"
    r"|(?P<angle><[A-Za-z][^<>\n@/:]{0,60}>)"
    r"|(?P<variable>%[A-Z][A-Z0-9_]{1,40}%|\$\{?[A-Z][A-Z0-9_]{2,40}\}?(?![\w])|__[A-Z][A-Z0-9_]{2,40}__)"
    r"|(?P<filler>(?<![A-Za-z0-9])(?:X{2,}(?:[/:.,-]X+)*|TBD|TBC|TBA|TODO|FIXME)(?![A-Za-z0-9])|_{4,}|\b[Ll]orem ipsum\b"
    r"|\b(?:DD|MM)[/.-](?:MM|DD)[/.-](?:YYYY|YY)\b|\bYYYY-MM-DD\b|\bHH:MM\b|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b)"
)
_FIXED_FILLER_AFTER = re.compile(r"^(?:L|S|-(?:large|small|L|S)\b)", re.IGNORECASE)


def _looks_like_placeholder(kind: str, found: re.Match[str], text: str) -> bool:
    if found.group().lower() in _ENVIRONMENT:
        return False  # Windows paths ("%APPDATA%\\Keyline")
    if found.group().startswith("____"):
        return True  # a blank to fill in
    inner = found.group().strip("[]{}<>%$_*| ").strip()
    words = re.findall(r"[A-Za-z]+", inner)
    if not words:
        return False
    if kind == "square" and (inner.lower() in _KEYS or len(inner) == 1 and inner.isalpha() and inner != "X"):
        return False
    lowered = inner.lower()
    if kind == "square":
        if lowered in _NOT_PLACEHOLDERS:
            return False
        return inner.isupper() or inner.istitle() or any(w.lower() in _KEYWORDS for w in words)
    if kind == "angle":
        if lowered.split()[0] in _HTML_TAGS:
            return False
        return inner.isupper() or any(w.lower() in _KEYWORDS for w in words)
    if kind == "filler" and inner.startswith("X"):
        return not _FIXED_FILLER_AFTER.match(text[found.end() : found.end() + 7])
    return True


_MAYBE = re.compile(r"[\[{<%$_]|\*\||XX|TB[DCA]|TODO|FIXME|DD|YY|HH:MM|orem ipsum")
_ENVIRONMENT = {"%appdata%", "%localappdata%", "%userprofile%", "%programfiles%", "%temp%", "%tmp%", "%homepath%", "%systemroot%", "%windir%", "%path%", "%programdata%"}
_KEYS = {"ctrl", "shift", "alt", "enter", "esc", "tab", "cmd", "option", "return", "space", "del", "delete", "backspace", "fn", "home", "end"}
# A sentence that explains a template or input syntax mentions the placeholder on purpose.
_EXPLAINING = re.compile(
    r"\b(?:format|type|write|written|enter|use|replace|field|merge|template|variable|tag|placeholder|syntax|braces|brackets|press|key|shortcut)\b",
    re.IGNORECASE,
)


def find(doc: Document):
    if not _MAYBE.search(doc.draft):
        return
    for found in _PATTERNS.finditer(doc.draft):
        if not _looks_like_placeholder(found.lastgroup, found, doc.draft):
            continue
        if found.group() in doc.incoming_text or doc.is_quoted(found.start(), found.end()):
            continue  # the customer asked about it, or the reply quotes it
        sentence = doc.sentence_at(found.start())
        if _EXPLAINING.search(doc.draft, sentence.start, sentence.end):
            continue  # "type {{ first_name }} where the name should appear"
        yield Match(found.start(), found.end())


RULE = Check(
    id="placeholders.template-leftover",
    category="placeholders",
    description="A template placeholder was left in the draft.",
    message="“{text}” looks like a template placeholder. Fill it in before sending.",
    practice="Be accurate: no leftover template placeholders.",
    severity="error",
    find=find,
    flags=examples(
        "Hi ⟦[Customer Name]⟧, thanks for your order.",
        "Your ⟦{{product}}⟧ ships soon.",
        "We'll call you on ⟦<insert date>⟧.",
        "The refund of £⟦XX.XX⟧ is on its way.",
        "Delivery date: ⟦TBD⟧.",
        "Hi ⟦{first_name}⟧,",
        "Here's ⟦[X]⟧% off your next order.",
        "Ready for collection on ⟦DD/MM/YYYY⟧.",
        "Thanks for choosing ⟦COMPANY_NAME⟧.",
        "Hi ⟦*|FNAME|*⟧, your order is ready.",
        "Your reference number is ⟦________⟧.",
    ),
    passes=examples(
        "We have the jacket in size XXL and XXS.",
        "Your order #A-1043 ships today, see note [1].",
        "Reply to <support@acme.com> any time.",
        "Thanks so much, Sarah xx",
        "Press [Ctrl] + [Shift] + [R] to reload the page.",
        "In your template, type {{ first_name }} where the name should appear.",
    ),
)
