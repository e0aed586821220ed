"""Answers recognised by their shape rather than by the question's words: a bare "We do!" opening the
reply, a frequency for "how often", a suggestion for "what would you recommend", and which question
a "Yes, …" belongs to."""

from __future__ import annotations

import re
from functools import lru_cache

from . import answer_cues as cue
from .asked import asked_topic
from .extract import Question
from .topic import topic_cached

# A reply that opens with a bare yes or no: "We do!", "Yes!", "Absolutely."
BARE_ANSWER = re.compile(
    r"\W*(?:yes|yep|yeah|no|nope|of course|absolutely|certainly|definitely|sure|we (?:do|can|will|don't|can't|won't)|"
    r"it (?:does|is|can)|they (?:do|are|can)|all set|all done|done|sorted|all sorted)\W*$",
    re.IGNORECASE,
)


def is_first_to_answer(question: Question, asked_together: tuple[Question, ...]) -> bool:
    first = next((q for q in asked_together if q.kind in ("yes/no", "request")), question)
    return first == question


def yes_of_another(question: Question, sentence: str, asked_together: tuple[Question, ...]) -> bool:
    """A "Yes, …" that shares more words with another question of the message is that one's."""
    topic = topic_cached(sentence)
    mine = len(frozenset().union(*asked_topic(question)) & topic)
    earlier = asked_together[: asked_together.index(question)] if question in asked_together else ()
    return any(q.kind == "yes/no" and len(frozenset().union(*asked_topic(q)) & topic) > mine for q in earlier)


def said_of_another(question: Question, sentence: str, asked_together: tuple[Question, ...]) -> bool:
    """A sentence that shares more words with another question of the same kind answers that one: "I'm
    afraid we can't pay travel costs" refuses the fuel asked for, not the refund asked before it."""
    topic = topic_cached(sentence)
    mine = len(frozenset().union(*asked_topic(question)) & topic)
    return any(q != question and q.kind == question.kind and len(frozenset().union(*asked_topic(q)) & topic) > mine for q in asked_together)


def answer_by_shape(question: str, kind: str, related: bool) -> re.Pattern | None:
    """Answers a question's own shape asks for, which carry no word of it: "How often do you come
    round?" / "we're on your road every four weeks"; "What would you recommend?" / "I'd suggest…";
    "How many kids can we bring?" / "for up to 12 climbers"."""
    if re.search(r"\bhow often\b", question, re.IGNORECASE):
        return cue.FREQUENCY
    if cue.ASKS_A_RECOMMENDATION.search(question):
        return cue.RECOMMENDED
    if kind == "how much" and not related and re.search(r"\bhow many\b", question, re.IGNORECASE):
        return cue.CAPACITY
    if re.search(r"\b(?<!age )(?:limit|maximum|minimum|cap)\b", question, re.IGNORECASE):
        return cue.CAPACITY  # "Is there a limit?" / "Tandemo Plus lets you pick up to three"
    if kind in ("request", "yes/no") and _ASKS_TO_BE_PAID_FOR.search(question):
        return _PAID_FOR  # "Will you cover the postage?" / "they'll go out by Special Delivery today, at our cost"
    if _ASKS_AN_AGE.search(question):
        return _AGE_LIMIT  # "Can people under 18 join?" / "Volunteers must be 16 or older"
    if kind == "when" and re.match(r"\W*where\b", question, re.IGNORECASE):
        return cue.IN_TRANSIT  # "Where is my order?" / "Your parcel is at the courier's depot"
    if kind == "request" and _ASKS_TO_SEND.match(question):
        return _SENT  # "Send me the right tube." / "I've sent the Cadmium Red Deep out today", "A new pair went out this morning"
    if kind == "when" and _ASKS_HOW_LONG.search(question):
        return cue.DURATION  # "How long would you need them for?" / "We currently need about a week"
    if kind == "which" and _ASKS_FOR_A_NAMED_ONE.search(question) and not related:
        return cue.NAME  # "Which of your properties would fit us?" / "Treveglos House sleeps 12"; "What platform do you use?" / "on Zoom"
    if kind == "which" and _ASKS_WHAT_IS_NEEDED.search(question):
        return cue.NEED_GIVEN  # "What documents do you need?" / "All we need is a photo of your receipt"
    needed = _NEED_TO.search(question)
    if needed and kind == "yes/no":
        return _need_to(needed.group("verb").lower())  # "Do I need to send the prints back?" / "no need to send anything back"
    return None


_ASKS_TO_SEND = re.compile(
    r"\W*(?:(?:please|kindly|can you|could you|would you|will you|and|also|just)\s+)*(?:send|resend|post|email|e-mail|forward)\b", re.IGNORECASE
)
_SENT = re.compile(
    rf"{cue.SENT_BY_US.pattern}|\b(?:went|has gone|have gone|is going|are going|goes) out (?:to you|today|this (?:morning|afternoon|evening)|yesterday|tomorrow|by|with|first)\b|\b(?:posted|shipped|dispatched)\b|\bon (?:its|their) way\b",
    re.IGNORECASE,
)
_ASKS_TO_BE_PAID_FOR = re.compile(
    r"\b(?:will|would|can|could) you (?:cover|pay for|foot)\b"
    r"|^\W*(?:\w+,?\s+)?(?:are|is|will (?:I|we|they|it) (?:be|get)|do (?:I|we) get)\b[\w\s'’-]{0,30}?\b(?:paid|covered|reimbursed|refunded)\W*$",  # "Are mileage expenses paid?"
    re.IGNORECASE,
)
# We pay, we don't, or it costs the customer nothing: "we'll cover it", "at our cost", "free of charge", "Mileage is reimbursed at 45p a mile".
_PAID_FOR = re.compile(
    rf"\b(?:we|I)(?:'ll|'d| will| would| can| can't| cannot| won't| do| don't)? (?:pay|cover|foot|reimburse|refund)\b|{cue.PAYER.pattern}"
    r"|\b(?:is|are|isn't|aren't|be|get|gets)\s+(?:\w+ly\s+)?(?:paid|covered|reimbursed|refunded)\b",
    re.IGNORECASE,
)
_ASKS_AN_AGE = re.compile(r"\b(?:under|over|aged?)[- ]?\d+s?\b|\b\d+-year-olds?\b|\bage (?:limit|restrictions?|requirements?)\b|\bminimum age\b|\bhow old\b", re.IGNORECASE)
_AGE_LIMIT = re.compile(
    r"\b\d+ (?:or|and) (?:older|over|above|up|under|younger)\b|\b\d+-year-olds?\b|\b(?:aged|ages) \d+|\b(?:over|under)-?\d+s\b|\b\d+\s?\+"
    r"|\b(?:minimum|maximum) age\b|\bage (?:limit|restrictions?)\b|\byears? old\b|\badults? only\b|\b(?:any|all) ages?\b",
    re.IGNORECASE,
)
_ASKS_HOW_LONG = re.compile(r"\bhow (?:long|quickly|soon|fast)\b|\bhow far (?:in advance|ahead)\b|\bhow much notice\b|\bhow many (?:days|hours|weeks|minutes|months|nights)\b|\bturn ?around\b", re.IGNORECASE)
_ASKS_FOR_A_NAMED_ONE = re.compile(r"\bwhich (?:one )?of (?:your|the)\b|\b(?:what|which) \w+ (?:do|does|would|will) (?:you|they) (?:use|work with)\b", re.IGNORECASE)
_ASKS_WHAT_IS_NEEDED = re.compile(
    r"\b(?:what|which)\b(?: \w+){0,3} (?:do |does |would |will )?(?:you|I|we|they|he|she)(?: \w+)? (?:need|require|have to (?:send|bring|show|provide))\b",
    re.IGNORECASE,
)
_NEED_TO = re.compile(r"\b(?:do|does|will|would|should|must) (?:I|we|he|she|they|you) (?:still |also )?(?:need|have) to (?P<verb>[a-z]+)", re.IGNORECASE)


# Verbs a reply uses for the same act: "Do I need to send it back?" / "no need to return it".
_SAME_ACT = {"send": "send|return|post", "return": "return|send|post", "post": "post|send|return", "bring": "bring|take"}


@lru_cache(maxsize=64)
def _need_to(verb: str) -> re.Pattern:
    verb = f"(?:{_SAME_ACT.get(verb, re.escape(verb))})"
    return re.compile(
        # "no need to send anything back", "Someone will need to be there", "Please bring it"
        rf"\b(?:no need|needn't|not (?:necessary|required)|(?:need|needs|have|has) to|must|please|just) (?:to )?{verb}\b",
        re.IGNORECASE,
    )
