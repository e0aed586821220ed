"""Does the draft answer a question? By the answer its kind expects, not by topic overlap alone.

A reply that praises "the walnut desk" shares the topic of "can the walnut desk be delivered before
Christmas?" but does not answer it: a "when" question wants a date or time near the topic, "how
much" a price, a yes/no question a yes, no or a statement about the same thing, a request an
acknowledgement that it is done or when it will be.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..text.layout import greeting_end, sign_off
from ..text.sentences import Span, fast_sentences
from .extract import Question

_WORD = re.compile(r"[a-z][a-z'’-]*")
_STOP = frozenset(
    """a an the and or but if of to in on at by for with from about as is are was were be been being am do does did
    have has had can could will would should shall may might must i me my we us our you your he she it its they them
    their this that these those there here what when where which who whom whose why how please thanks thank hi hello
    know like wondering wonder tell let just also any some get got need want would like could possible possibly
    really very much many more still yet again ok okay so then than too not no yes around roughly usually whether
    her his him before after anything something somewhere anyone someone way anymore can't cannot make take send
    look come goes go give got let one ones i'm i've i'd we're tell sure thing things able possible bit""".split()
)

_DATE_OR_TIME = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|(?:this|next|last) (?:week|weekend|month|year|morning|afternoon|evening)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|christmas|easter|noon|midday|midnight|"
    r"morning|afternoon|evening|asap|end of (?:the )?(?:day|week|month)|within (?:\w+ ){0,2}(?:hours?|days?|weeks?|minutes?)|"
    r"in (?:\w+ ){0,2}(?:hours?|days?|weeks?|minutes?|months?)|(?:hours?|days?|weeks?|months?) (?:from|after|before)|"
    r"by (?:then|now)|right away|immediately|straight away|already|"
    r"\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}|\d{1,2}(?:st|nd|rd|th)|\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|"
    r"open(?:s|ing)? (?:from|until|till|at)|closed|(?:\d+|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty|thirty|forty|fifty) "
    r"(?:working |business )?(?:days?|weeks?|hours?|minutes?|months?))\b",
    re.IGNORECASE,
)
_PRICE = re.compile(
    r"[$£€¥]\s?\d|\d+(?:[.,]\d+)?\s?(?:dollars?|pounds?|euros?|usd|gbp|eur|p\b|cents?|pence)|\bfree\b|\bno (?:extra )?(?:charge|cost|fee)|"
    r"\b(?:costs?|priced? at|comes to|charge (?:is|of)|fee (?:is|of))\b|\bat no (?:extra )?cost|\bincluded\b|\bcomplimentary\b",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(?:at|in|on|near|behind|opposite|next to|inside|outside|upstairs|downstairs|online|via|from)\b\s+(?:the |our |your )?\S"
    r"|\bhttps?://|\bwww\.|\b\d+\s+\w+\s+(?:street|st|road|rd|avenue|ave|lane|ln)\b|\b(?:reception|front desk|counter|car park|website|app|portal)\b",
    re.IGNORECASE,
)
_POLAR = re.compile(
    r"\b(?:yes|yep|yeah|no|nope|sure|of course|absolutely|certainly|definitely|indeed|unfortunately|afraid|sadly|"
    r"we (?:do|don't|can|can't|cannot|are|aren't|will|won't|have|haven't|offer|accept|allow|open|close)|"
    r"you (?:can|can't|cannot|will|won't|do|don't|need|needn't|don't need|'ll need|are|aren't)|"
    r"(?:it|this|that|they|he|she)(?:'s| is| isn't|'s not| does| doesn't| will| won't| can| can't| has| hasn't| are| aren't)|"
    r"there(?:'s| is| isn't| are| aren't| will be| won't be)|(?:isn't|aren't|won't|can't|doesn't|don't|wasn't|weren't)\b|"
    r"(?:we're|we've|you're|you've|they're|I'm|we'll|you'll|it'll)\b|"
    r"not (?:possible|available|able)|unable|happy to|that's fine|that's no problem|no problem|not a problem)\b",
    re.IGNORECASE,
)
_QUANTITY = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|several|unlimited|no limit|up to)\b", re.IGNORECASE)
_INFORMATION = re.compile(r"\d|https?://|www\.|@")
_HOW = re.compile(
    r"\b(?:step|steps|go to|click|tap|select|open|press|follow|you can|you'll need to|you need to|simply|first|then|"
    r"by (?:\w+ing)|to do (?:this|that|so)|instructions|guide|link|here's how|the way to)\b|^\s*\d+[.)]",
    re.IGNORECASE | re.MULTILINE,
)
_WHY = re.compile(
    r"\b(?:because|since|as|due to|the reason|caused by|that's why|this is why|owing to|so that|this happened|this was|"
    r"(?:is|was|are|were) for|to cover|requires?|required)\b",
    re.IGNORECASE,
)
_DONE = re.compile(
    r"\b(?:I've|I have|we've|we have|I|we|it's|it has|this has|that's|that has|has been|have been|is now|are now|'s been)\s+"
    r"(?:just |now |already |gone ahead and )?(?:sent|resent|attached|cancelled|canceled|refunded|updated|changed|processed|arranged|booked|"
    r"rebooked|forwarded|added|removed|deleted|fixed|issued|reset|unlocked|extended|upgraded|switched|moved|rescheduled|"
    r"confirmed|credited|reversed|waived|applied|set up|sorted|done|completed|passed|asked|raised|logged|escalated|"
    r"reserved|held|replaced|shipped|dispatched|posted|emailed|called|checked|looked into|corrected|amended|noted)\b"
    r"|\b(?:attached|enclosed|here is|here's|here are|please find|you'll find|below is|done)\b"
    r"|\b(?:I'll|I will|we'll|we will|I'm going to|we're going to|I can|we can|I'd be happy to|we'd be happy to|happy to)\s+(?:\w+\s+)?\w+"
    r"|\b(?:unfortunately|afraid|unable|can't|cannot|won't be able)\b",
    re.IGNORECASE,
)
_EXPECTS = {"when": _DATE_OR_TIME, "how much": _PRICE, "where": _PLACE, "why": _WHY, "how": _HOW, "request": _DONE}


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
    """A crude stem shared by question and answer: "spaces"/"space", "changing"/"change" and
    "deducted"/"deduction" end up alike."""
    word = word.replace("’", "'").removesuffix("'s")
    if word in _synonyms():
        return _synonyms()[word]
    for suffix in ("ies", "ions", "ion", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return _synonyms().get(word, word)


def topic(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2)


@lru_cache(maxsize=4096)
def _topic_cached(text: str) -> frozenset[str]:
    return topic(text)


@dataclass(frozen=True)
class Verdict:
    answered: bool | None
    answer_end: int | None
    """Code-point offset in the draft just after the sentence that answers, when one does."""


def _answers(kind: str, sentence: str, overlap: int, question: str = "") -> bool:
    """Does an on-topic sentence give the kind of answer the question wants?"""
    if sentence.rstrip().endswith("?") and kind in ("yes/no", "which") and not _POLAR.match(sentence):
        return False  # a question back is not an answer
    if kind == "yes/no":
        return bool(_POLAR.search(sentence)) or overlap >= 2
    if kind == "which":
        return True
    if kind == "how much":
        counting = re.search(r"\bhow many\b|\bhow much (?!does|do|is|are|will|would|would it)\w", question, re.IGNORECASE)
        return bool(_PRICE.search(sentence) or (counting and _QUANTITY.search(sentence)))
    if kind == "request":
        return bool(_DONE.search(sentence)) or (overlap >= 2 and bool(_INFORMATION.search(sentence)))
    return bool(_EXPECTS[kind].search(sentence))


@lru_cache(maxsize=4096)
def _topic_cached(text: str) -> frozenset[str]:
    return topic(text)


@lru_cache(maxsize=4096)
def key_word(text: str) -> str | None:
    """The question's most specific word (rarest in the frequency list, unknown words first): an
    answer must mention it. "Is there a way to export the report to Excel?" is not answered by a
    sentence about exporting the report as a PDF."""
    from ..checks.spelling._dictionary import frequency

    words = [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2]
    return stem(min(words, key=frequency)) if words else None


def verdict(question: Question, draft: str, draft_sentences: list[Span] | None = None) -> Verdict:
    asked = _topic_cached(question.text)
    spans = draft_sentences if draft_sentences is not None else fast_sentences(draft)
    if not asked:
        # "How much is it?": nothing to match a topic on; any answer of the right kind will do.
        for span in spans:
            if _answers(question.kind, draft[span.start : span.end], 0, question.text) and question.kind not in ("which", "yes/no", "request"):
                return Verdict(True, span.end)
        return Verdict(None, None)
    related = []
    for span in spans:
        sentence = draft[span.start : span.end]
        overlap = asked & _topic_cached(sentence)  # cached: while typing, most sentences repeat
        if overlap:
            related.append((len(overlap), span, sentence))
    for overlap, span, sentence in sorted(related, key=lambda r: -r[0]):
        if _answers(question.kind, sentence, overlap, question.text):
            return Verdict(True, span.end)
    chat_reply = len(spans) <= 2 and greeting_end(draft) == 0 and sign_off(draft) is None
    if not related and chat_reply:
        # A chat-style reply of a sentence or two (no greeting, no sign-off) answers with pronouns
        # ("It leaves in 6 minutes"): an answer of the expected kind anywhere in it counts.
        for span in spans:
            sentence = draft[span.start : span.end]
            if question.kind == "request":
                if _DONE.search(sentence) or _INFORMATION.search(sentence):
                    return Verdict(True, span.end)
            elif _answers(question.kind, sentence, 2, question.text):
                return Verdict(True, span.end)
    if related:
        # On topic without the expected kind of answer: a dodge for "when" and "how much", unsure otherwise.
        best = max(r[0] for r in related)
        if question.kind in ("when", "how much", "request") or best < 2:
            return Verdict(False, None)
        return Verdict(None, None)
    if question.kind == "request" and len(asked) <= 1 and any(_DONE.search(draft[s.start : s.end]) for s in spans):
        return Verdict(None, None)  # "Please help!" has no topic to check against
    return Verdict(False, None)
