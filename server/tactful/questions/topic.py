"""The topic of a question or a sentence: its content words, stemmed and grouped by synonyms, so
that "delivery" in a question meets "arrive" in an answer."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .answer_cues import CLOCK, DATE_OR_TIME

_WORD = re.compile(r"[a-z][a-z'’]*(?:-[a-z][a-z'’]*)*|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?::\d\d|\.\d+)?")
_STOP_WORDS = """a an the and or but if of to in on at by for with from about as is are was were be been being am do does did
    have has had can could will would should shall may might must i me my we us our you your he she it its they them
    their this that these those there here what when where which who whom whose why how please thanks thank hi hello
    know like wondering wonder tell let just also any some get got need want would like could possible possibly
    really very much many more still yet again ok okay so then than too not no yes around roughly usually whether
    her his him before after anything something somewhere anyone someone way anymore can't cannot make take send
    look come goes go give got let one ones i'm i've i'd we're tell sure thing things able possible bit
    anywhere everywhere nowhere anybody everybody
    out up back off over into onto now well even ever every all per via pre non else other another own same such
    don't doesn't didn't isn't aren't won't wouldn't shouldn't couldn't i'll we'll you'll it's that's there's
    under while until since during through because mine yours ours same
    doing happen happens happened happening keep keeps kept next last actually going currently exactly
    whats hows wheres whens whos cheers thx tq ta pls plz kindly advise"""
_STOP = frozenset(_STOP_WORDS.split())
_DOUBLED = frozenset("bdgmnprt")
_DOUBLE_ENDED = frozenset({"add", "odd", "egg", "ebb", "err", "inn", "purr", "butt", "watt"})
_CONTRACTION = re.compile(r"(?:'s|'re|'ll|'ve|'d|'m|n't)$")


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    """Word -> the group's first word, so "delivery", "arrive" and "ship" count as one topic."""
    groups: dict[str, str] = {}
    text = resources.files(__package__).joinpath("topic_synonyms.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        for word in words:
            groups.setdefault(word, words[0])
    return groups


def stem(word: str) -> str:
    """A crude stem shared by question and answer: "spaces"/"space", "roses"/"rose", "changing"/"change"
    and "deducted"/"deduction" end up alike."""
    word = word.replace("’", "'").removesuffix("'s")
    if word in _synonyms():
        return _synonyms()[word]
    if word.endswith(("sses", "shes", "ches", "xes", "zes")) and len(word) > 5:
        word = word[:-2]
    else:
        for suffix in ("ies", "ions", "ion", "ing", "ed", "able", "s"):  # "recyclable"/"recycling"
            if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith(("ss", "us", "is")):
                word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
                if suffix in ("ing", "ed") and word[-1] == word[-2] and word[-1] in _DOUBLED and word not in _DOUBLE_ENDED:
                    word = word[:-1]  # "fitting"/"fit", "planned"/"plan", "running"/"run" (but "added"/"add")
                break
    if len(word) >= 7 and word.endswith(("ancy", "ant")):
        word = word.removesuffix("cy").removesuffix("t")  # "pregnancy"/"pregnant"
    if word in _synonyms():
        return _synonyms()[word]  # "phones" is "phone", in the group "phone number call…"
    if word + "e" in _synonyms():
        return _synonyms()[word + "e"]  # "priced" is "price"
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return _synonyms().get(word, word)


def words(text: str):
    """The content words of ``text``, stemmed; numbers and times as written."""
    for token in _WORD.findall(text.lower()):
        if token[0].isdigit():
            if len(token) > 1:
                yield token.replace(",", "").lstrip("0") or "0"  # "09:30" and "9:30", "£60" and "60", "11,400" and "11400"
            continue
        parts = token.replace("’", "'").strip("'").split("-")
        if len(parts) > 1 and any(len(p) <= 2 or p in _STOP for p in parts):
            yield "".join(parts)  # "Wi-Fi" is "wifi", "hook-up" also "hookup", "one-way" "oneway"
        for part in parts:
            part = _CONTRACTION.sub("", part) if part not in _STOP else part
            if part not in _STOP and len(part) > 2:
                yield stem(part)


_PERCENT_OFF = re.compile(r"\d\s?%\s?off\b|\b\w+ (?:pounds|dollars|euros) off\b", re.IGNORECASE)
_MONEY_BACK = re.compile(r"\b(?:money|cash|deposit|fee|payment|credit) back\b", re.IGNORECASE)
_PICK_UP = re.compile(r"\bpick(?:s|ed|ing)? (?:(\w+) )?up\b|\bpick-?ups?\b", re.IGNORECASE)
_GONE_UP = re.compile(r"\b(?:gone|went|going|go|goes|put) up\b", re.IGNORECASE)
_ACRONYM = re.compile(r"\b(?:US|UK|EU|USA|NHS|VAT|TV|PC|HR|GP|ID)\b")


# A phone number names no topic: its digits would share nothing with the answer ("Could you call me back at (902) 555-0119?")
_PHONE_NUMBER = re.compile(r"\+?\(?\d{2,5}\)?[\s.-]\d{3,4}[\s.-]?\d{3,4}\b")


def topic(text: str) -> frozenset[str]:
    # "Do you pick up from Hermanus?" / "We collect from any guesthouse": picking up is collecting, not choosing
    found = set(words(_PICK_UP.sub(lambda m: f" pickup {m.group(1) or ''} ", _PHONE_NUMBER.sub(" ", text))))
    if _PERCENT_OFF.search(text):
        found.add(stem("discount"))  # "10% off when you order three" is a discount
    found.update(a.lower() for a in _ACRONYM.findall(text))  # "US", "UK", "EU": too short for words()
    if _GONE_UP.search(text):
        found.add(stem("increase"))  # "Why has my direct debit gone up?" / "Our supplier raised the price"
    if _MONEY_BACK.search(text):
        found.add(stem("refund"))  # "Will she get any money back?" / "we can't refund the rent"
    if CLOCK.search(text):
        found.add("#clock")
    if DATE_OR_TIME.search(text):
        found.add("#when")
    return frozenset(found)


@lru_cache(maxsize=4096)
def topic_cached(text: str) -> frozenset[str]:
    return topic(text)
