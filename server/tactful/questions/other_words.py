"""An answer in other words: a reply sentence that shares no topic word with the question but gives
the kind of answer it wants ("Is it OK to arrive after 10 pm?" / "Late check-in is no problem"), where
no other question of the message claims that sentence."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.sentences import Span
from . import answer_cues as cue
from .asked import asked_topic, asks_for_a_time
from .extract import Question
from .topic import topic_cached

# "How much?" is left out, and "when?" wants a dated promise: a reply is often dated or priced for some
# other reason (opening hours, a call-out fee), and a date or price about nothing asked answers neither.
# "How…?" in other words is left out: instructions about something else answer nothing.
_CUES = {"when": cue.DATED_PROMISE, "yes/no": cue.STANCE, "why": cue.WHY}
# "How long does it run?" wants a length, not a date ("I'll send the invoice later today" is dated for another reason).
_ASKS_HOW_LONG = re.compile(r"\bhow long\b", re.IGNORECASE)
# A place in other words is one named or pointed at ("behind the hall", "in Hermanus"), not any "in" ("can run in families").
_PREPOSITION = re.compile(r"(?:at|in|on|near|behind|opposite|next to|inside|outside|upstairs|downstairs|online|via|from|out of)\b", re.IGNORECASE)
_POINTED_AT = re.compile(r"\S+(?: to| of)?\s+(?:(?:the|our|your|a|an|my|his|her|their|its)\s+[a-z]|[A-Z])")
# A request said as a question ("Could you come to our office instead?") is met by a plan or an act in
# other words; a demand said as a statement ("I want a different cleaner", "I expect the fare back") only
# by an act the writer has done: "I've switched you to Amira", "I've transferred £23.50". A promise, a
# hand-off, a document attached or a voucher meets some other wish.
_ACT_DONE = re.compile(
    r"\b(?:I|we)(?:'ve| have) (?:just |now |already |also |gone ahead and )?(?:switched|moved|refunded|transferred|taken|put|credited|reversed|"
    r"waived|removed|cancelled|canceled|booked|rebooked|rescheduled|replaced|changed|added|extended|upgraded|reserved|assigned|allocated)\b",
    re.IGNORECASE,
)
_STRONG = {
    "why": re.compile(rf"\b(?:because|due to|the reason|caused by|to reflect|reflects|(?:is|are|was|'s) (?:\w+ )?down to|{cue.CAUSE_ADMITTED})\b", re.IGNORECASE),
    "request": re.compile(r"\b(?:I|we)(?:'ve| have) (?:just |now |also )?(?:attached|sent|resent|emailed|forwarded|posted)\b", re.IGNORECASE),
    "yes/no": re.compile(r"\bno need\b|\byou (?:don't|do not|won't) need\b", re.IGNORECASE),
    "where": re.compile(r"\b(?:in|at|on) (?:Unit \d+|[A-Z][a-z]+(?: [A-Z][a-z]+)*)(?:,|\b)"),
}
_OFFER = re.compile(r"\b(?:we|I)(?:'d| would)(?: \w+)? be (?:happy|glad|delighted|pleased) to\b|\b(?:we|I)(?:'ll| will) (?:do (?:our|my) best|try)\b", re.IGNORECASE)
_PLEASANTRY = re.compile(
    r"\b(?:thanks?|thank you|sorry|apologi[sz]e|hope|congratulations|look(?:ing)? forward|get in touch|let (?:me|us) know|"
    r"any (?:other |more |further )?questions|happy to help|see you|enjoy)\b|"
    # a reply to thanks or to a favour asked, not to a yes/no question: "No problem!", "You're very welcome."
    r"^\W*(?:no problem|no worries|not a problem|you(?:'re| are) (?:very |most |so )?welcome)(?: at all)?\W*$",
    re.IGNORECASE,
)


def _names_a_place(sentence: str) -> bool:
    """After a preposition, a place named ("in Hermanus") or pointed at ("behind the hall"); not "at $30", "on what"."""
    return any(not _PREPOSITION.match(found.group()) or _POINTED_AT.match(found.group()) for found in cue.PLACE.finditer(sentence))


def _answer_test(question: Question) -> Callable[[str], object] | None:
    """What a sentence must say to answer ``question`` in other words; None for a kind not answered so."""
    if question.kind == "request":
        # a demand said as a statement is met only by the act done; a request asked as a question by a plan too
        return _ACT_DONE.search if not question.text.rstrip().endswith("?") else cue.done
    if question.kind == "where":
        return _names_a_place
    if question.kind == "when" and _ASKS_HOW_LONG.search(question.text):
        return cue.DURATION.search
    return _CUES[question.kind].search if question.kind in _CUES else None


def answer_in_other_words(question: Question, draft: str, spans: list[Span], asked_together: tuple[Question, ...]) -> int | None:
    """The end of the sentence that answers ``question`` in other words, or None. A sentence about
    another question of the message (``asked_together``) is that one's; each sentence answers one
    question only, taken in the order they were asked."""
    answers = _answer_test(question)
    if answers is None:
        return None
    others = [q for q in asked_together if q != question]
    # a question with no topic of its own ("Is it possible?") claims the one it borrows
    claimed = frozenset().union(
        *((own or borrowed) if q.kind == "yes/no" else own for q, (own, borrowed) in zip(others, map(asked_topic, others)))
    ) - {"#when", "#clock"}
    if any(q.kind in ("yes/no", "request") and asks_for_a_time(q.text) for q in others):
        claimed |= {"#when"}  # "Can you do it between the 4th and the 6th?" claims "Yes, bring it in on Monday the 4th"
    sentences = [(span, draft[span.start : span.end]) for span in spans]
    # a strong cue answers even in a sentence another question claims: "…, and because our estimates were
    # lower, December picked up the difference" answers "why has it gone up?" as well
    strong = _STRONG.get(question.kind)
    if question.kind == "yes/no" and not re.search(r"\bneed\b", question.text, re.IGNORECASE):
        strong = None  # "no need" answers only a question about a need
    free = [
        (span, s) for span, s in sentences
        if not (s.rstrip().endswith(("?", ":")) or _PLEASANTRY.search(s) or topic_cached(s) & claimed and not (strong and strong.search(s)))
    ]
    taken: set[int] = set()
    earlier = asked_together[: asked_together.index(question)] if question in asked_together else ()
    for before in earlier:
        topic = frozenset().union(*asked_topic(before))
        before_answers = _answer_test(before)
        if before_answers is not None and not any(topic & topic_cached(s) for _, s in sentences):
            # an earlier question with nothing on its topic takes its answer first, if the reply has one
            first = _first_fit(before, before_answers, free, taken)
            if first is not None:
                taken.add(first)
    fit = _first_fit(question, answers, free, taken)
    return free[fit][0].end if fit is not None else None


def _first_fit(question: Question, answers: Callable[[str], object], free: list[tuple[Span, str]], taken: set[int]) -> int | None:
    offer_is_no_answer = question.kind == "yes/no" or question.kind == "request" and not question.text.rstrip().endswith("?")
    for i, (_, sentence) in enumerate(free):
        if i in taken or cue.FAILURE.search(sentence) and not cue.NEGATIVE_ANSWER.search(sentence):
            continue  # "Unfortunately I was not able to book the table": a failure of something else
        if offer_is_no_answer:
            # "We'd be happy to come and take a look" offers, it does not answer; to "Can you take all
            # three?", "We'd be glad to take all three" says yes
            sentence = _OFFER.sub(" ", sentence)
        if answers(sentence):
            return i
    return None
