"""What a question asks about: its own topic and the words it borrows from the clauses before it,
the main clause without reasons and conditions, the thing it asks for or asks to be acted on, and
the shapes that say what kind of answer it wants (a charge, a method, one of two alternatives)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import answer_cues as cue
from .extract import Question
from .topic import stem, topic_cached, words

# Words a "when" question uses for how soon it wants something, which its answer need not repeat.
_TIME_WORDS = frozenset(map(stem, ("soon", "fast", "quick", "quickly")))
# A question that only judges what the sentence before it said.
_JUDGES_WHAT_CAME_BEFORE = re.compile(
    r"\W*(?:and |but |so )?(?:is|would|will|could|does|can|might) (?:that|this|it) (?:still )?(?:be )?(?:an? |any )?(?:big )?"
    r"(?:problem|issue|realistic|possible|feasible|doable|ok|okay|fine|alright|all right|trouble|work|option|an option|allowed|acceptable)\W*$",
    re.IGNORECASE,
)
_JUDGEMENT_WORDS = frozenset(map(stem, ("problem", "issue", "trouble", "realistic", "possible", "feasible", "doable", "ok", "okay", "fine", "option", "allowed", "acceptable")))
_ANAPHOR = re.compile(r"\b(?:it|that|this|they|them|he|she|him|her|one|ones)\b", re.IGNORECASE)


# A reason or condition clause is not what is asked: "Will we have to pay for the return visit, given
# it's only been two weeks?" asks about paying for the visit.
# "A few of us are coeliac, so I'd like to know if the scones can be gluten-free" asks about the scones.
# "I no longer drive, so I wondered whether you ever come out…"; "Bill packs light, so is there a weight limit per bag?"
_REASON_BEFORE_ASKING = re.compile(
    r".*?,?\s+so (?=(?:I|we)(?:'d| would)(?: also| really)? (?:like|love|want|need) to know\b|(?:I|we)(?:'m| am| was| were)?(?: also| just)? wonder(?:ing|ed)?\b|"
    r"(?:is|are|can|could|do|does|will|would|should|what|when|where|which|how) (?:there|you|I|we|it|they|the)\b)",
    re.IGNORECASE,
)
_MAIN_CLAUSE_END = re.compile(
    r"(?:,\s*|\s+)(?:if|given|because|so that|so (?=(?:I|we|you|it|they|he|she|nobody|no one|everyone|people|others|other people)\b)|in case|unless|even though|although|"
    r"(?:as|since) (?=(?:I|we|you|it|they|he|she|my|our|there|this|that)\b))\b",
    re.IGNORECASE,
)


# "if" after these asks whether, it sets no condition: "I was wondering if…", "I'd be grateful if…".
_IF_IS_WHETHER = re.compile(
    r"\b(?:know|wonder(?:ing|ed)?|ask(?:s|ed|ing)?|check|see|tell (?:me|us)|confirm|find out|sure|grateful|appreciate(?: it)?|"
    r"happy|mind|glad|advise|curious|unsure|enquir(?:e|ing)|possible|okay|ok|fine|alright)\s*$",
    re.IGNORECASE,
)


def main_clause(question: str) -> str:
    """The question without its reason or condition clauses, each running to the next comma."""
    kept, at = [], 0
    for cut in _MAIN_CLAUSE_END.finditer(question, 3):
        if cut.start() < at:
            continue
        if not any(words(question[at : cut.start()])):
            if at:  # a second reason straight after a first: "…consider me if I get ABB, as I missed…"
                comma = question.find(",", cut.end())
                at = comma if comma >= 0 else len(question)
            continue  # a leading condition names what "it" is: "And if one-way is allowed, how much is it?"
        if cut.group().strip(" ,").lower() == "if" and _IF_IS_WHETHER.search(question[: cut.start()]):
            continue
        kept.append(question[at : cut.start()])
        comma = question.find(",", cut.end())
        at = comma if comma >= 0 else len(question)
    kept.append(question[at:])
    main = "".join(kept)
    return main if any(words(main)) else question


# "Is there…?", "Do you have…?", "Can I get…?" ask for a thing: a statement that names it gives it or
# says there is none ("The car park next door is free", "Our terms don't allow refunds").
_ASKS_FOR_A_THING = re.compile(
    r"\b(?:(?:is|are|was|were|will|would)(?:n't)? there|(?:do|does|did)(?:n't)? (?:you|they|he|she|it|we) (?:have|offer|sell|stock|take|accept|do|provide|give|supply|make|serve|carry|lend|hire|rent|include)|"
    r"(?:can|could|may|might) (?:I|we) (?:have|get|know|see|borrow|ask for)|^\W*(?:you|they) (?:have|sell|stock|do|offer)(?= )|"
    # the same asked indirectly, in statement order: "whether there is a group rate", "if you have a high chair"
    r"(?:whether|if) (?:there (?:is|are|was|were|will be|would be)|(?:you|they|he|she|it|we) (?:have|offer|sell|stock|take|accept|do|provide|give|supply|make|serve|carry|lend|hire|rent|include)|"
    r"(?:I|we) (?:can|could|may|might) (?:have|get|see|borrow)))\b(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
# "Can you tell me the actor?" asks for information: a statement naming the thing gives it.
ASKS_TO_BE_TOLD = re.compile(r"\b(?:tell|give|show) (?:me|us)\b|\blet (?:me|us) know\b", re.IGNORECASE)
# A request names the thing to act on after its verb: "Can you send them the invoice…?", "Please cancel
# my order".
_ACTS_ON_A_THING = re.compile(
    r"(?:\b(?:can|could|would|will) you|^\W*please)(?: (?:please|also|kindly|just|possibly))* [a-z]+\b(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)


# A period gone by qualifies what is asked for, it is not a time asked for: "a refund for the last three months".
_PAST_PERIOD = re.compile(r"\b(?:the )?(?:last|past|previous) (?:\w+ )?(?:days?|weeks?|months?|years?|visits?|bills?)\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def asked_thing(question: str, kind: str) -> frozenset[str]:
    """The thing a yes/no question asks for or a request asks to act on; empty for others."""
    main = main_clause(question)
    match = (_ACTS_ON_A_THING if kind == "request" else _ASKS_FOR_A_THING).search(main)
    # The thing is a noun phrase of a word or two; what is to be told is its first ("the name of the engineer").
    size = 1 if kind == "request" and ASKS_TO_BE_TOLD.search(main) else 2
    head = frozenset(list(words(match.group("rest")))[:size]) if match else frozenset()
    if kind == "request" and size == 2 and asks_for_a_time(main):
        head |= {"#when"}  # "Could you come this week?" / "I can come round on Thursday at 8:30 am"
    return head


# A time a request asks for comes after a preposition or on its own ("Could you come this week?", "by
# Friday", "today"); a date that names a thing does not ("my February payment").
_BEFORE_A_TIME = re.compile(r"\b(?:on|by|before|after|this|next|at|until|till|from|in|within|for|around|between)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_TIME_ALONE = re.compile(r"(?:today|tomorrow|tonight|asap|right away|immediately|straight away|overnight|(?:this|next) \w+)$", re.IGNORECASE)
_LENGTH = re.compile(r"(?:minutes?|hours?|days?|weeks?|months?|years?|nights?)$", re.IGNORECASE)


@lru_cache(maxsize=256)
def asks_for_a_time(request: str) -> bool:
    text = _PAST_PERIOD.sub(" ", request)
    for found in cue.DATE_OR_TIME.finditer(text):
        before = _BEFORE_A_TIME.search(text, 0, found.start())
        if _TIME_ALONE.match(found.group()) or before and not (_LENGTH.search(found.group()) and before.group().lower().startswith("for")):
            return True
    return False


_ASKING_WORDS = r"(?:is|are|can|could|do|does|will|would|should|may|what|when|where|how|which|who|why)\b"
_ASKING_WORD = re.compile(rf"\W*{_ASKING_WORDS}", re.IGNORECASE)
_STATEMENT_BEFORE_DASH = re.compile(rf"[^?]{{8,}}?\s[—–-]+\s(?={_ASKING_WORDS})", re.IGNORECASE)


@lru_cache(maxsize=256)
def asked_topic(question: Question) -> tuple[frozenset[str], frozenset[str]]:
    """The question's own topic, and the words it takes in from the clauses before it when it says
    little of its own ("Is that deliberate?", "when does it start?", "When can someone come out?").
    A yes/no or "which" question takes them only from statements: a question before it has its own
    answer ("Can you do fortnightly visits? Are they insured?")."""
    # "We've got a new puppy — are dogs allowed?" asks about dogs; "The box is big — will that fit?" about the box
    lead = _STATEMENT_BEFORE_DASH.match(question.text)
    if lead and (_ANAPHOR.search(question.text, lead.end()) or _ASKING_WORD.match(question.text)):
        lead = None
    if not lead:
        lead = _REASON_BEFORE_ASKING.match(question.text)
    own = topic_cached(main_clause(question.text[lead.end() :] if lead else question.text))
    judged = bool(_JUDGES_WHAT_CAME_BEFORE.match(question.text))
    if judged:
        own = frozenset()  # "My wife does not swim. Is that a problem?" is about her swimming, not about problems
    if question.kind != "yes/no":
        own = own - {"#clock"}
    if question.kind != "request":
        own = own - {"#when"}
    if question.kind == "when":
        own = own - _TIME_WORDS  # "How fast can you get here?" / "Marek should be there within 40 minutes"
    if not question.context or own and not (len(own) <= 1 and _ANAPHOR.search(question.text)):
        return own, frozenset()
    borrowed: set[str] = set()
    for before, asking in zip(question.context, question.context_asks):
        if asking and question.kind in ("yes/no", "which") and not (judged and not borrowed):
            break  # (a wish just before is what "Is it possible?" judges: "I'd like to pay by bank transfer. Is it possible?")
        borrowed |= topic_cached(before) - {"#clock", "#when"}
        if len(borrowed) >= 2:
            break
    if judged:
        borrowed -= _JUDGEMENT_WORDS  # "He's left-handed, which can be an issue. Will that be a problem?"
    return own, frozenset(borrowed - own)


# A yes/no question about a charge wants one: "Is there a fee…?", "Will we have to pay for…?".
ASKS_A_CHARGE = re.compile(
    r"\b(?:is|are|will|would) there (?:an? |any )?(?:extra |additional |admin |booking |cancellation |late )?(?:fee|charge|cost)s?\b|"
    r"\b(?:will|would|do|does|did|shall|must) (?:I|we|you|they|he|she|it) (?:have to |need to |still )?(?:pay for|pay extra|be charged|charge)\b|"
    r"\b(?:does|do|will|would) (?:it|that|this|they) cost (?:extra|more|anything)\b",
    re.IGNORECASE,
)
# "How can we stop it?" asks for a way: talk about the topic without one is a dodge. "How will the
# weather be?" and "How about the address?" ask for a state or a value instead.
ASKS_A_METHOD = re.compile(r"\bhow (?:(?:can|could|do|does|did|should|would|will|might|must) (?:I|we|you|they|he|she|someone|one)|to)\b", re.IGNORECASE)
# "Can you shorten it, or would you need to remove the lace?" offers two answers: a statement that
# picks one answers, whatever kind the question was given.
EITHER_OR = re.compile(
    r",?\s+or\s+(?:would|do|does|did|is|are|can|could|should|will|must|has|have)\s+(?:I|we|you|they|it|he|she|there|(?:the|our|my|your) \w+)\b", re.IGNORECASE
)

# Details that a statement gives by naming them: "Can you provide me with their location?" / "They are
# located at 938 Villa Street"; "Their phone number?" / "It's 650-327-3452".
_DETAIL = (
    r"(?:address|location|venue|(?:phone |contact |reference |account |order |booking )?number|name|names|phone|e-?mail|contact(?: details| info)?|"
    r"details|postcode|website|link|price|prices|cost|fare|fee|rate|rating|reviews?|time|times|date|dates|hours|type|kind|genre|"
    r"cuisine|director|cast|actors?|size|weight|length|duration)"
)
_TELLING = re.compile(
    r"\b(?:(?:tell|give|show|provide|share|write)(?: me| us)?(?: with)?|(?:get|find)(?: me| us)(?: with)?|provide|specify|locate|find out|let (?:me|us) know|"
    r"(?:can|could|may|might|shall) (?:I|we) (?:have|know|get)|(?:I|we)(?: will|'ll)? (?:also )?(?:need|want|'d like|would like))"
    rf"\s+(?:(?:the|their|your|its|his|her|a|an|any|some|exact|full|current|average|user|customer|name of the|names of the)\s+){{0,3}}(?:(?!to\b)[\w'’]+\s)?{_DETAIL}\b"
    r"(?!\s+(?:[a-z]+ed|back|off|taken|done|sent|waived)\b)",  # "I want the full cost refunded" asks for an act
    re.IGNORECASE,
)
_HAS_A_VERB = re.compile(r"\b(?:is|are|am|was|were|do|does|did|can|could|will|would|should|shall|may|might|have|has|had|must|what|when|where|which|who|why|how)\b|'s\b", re.IGNORECASE)


_DETAIL_KINDS = (
    (re.compile(r"\b(?:price|prices|cost|fare|fee|rate)\b", re.IGNORECASE), "how much"),
    (re.compile(r"\b(?:time|times|date|dates|hours|duration)\b", re.IGNORECASE), "when"),
)


@lru_cache(maxsize=256)
def detail_asked(question: str) -> tuple[str, frozenset[str]] | None:
    """When a question asks to be told a detail by name ("Can you provide me with their phone number?",
    "And the address?", "How about the humidity?"): the kind of answer it wants ("how much" for a
    price, "when" for a time, else "which") and the detail's words; None otherwise."""
    main = main_clause(question)
    telling = _TELLING.search(main)
    # A question without a verb names only the thing it wants: "Rating?", "Cost of the ride?"
    verbless = main.rstrip().endswith("?") and len(main.split()) <= 6 and not _HAS_A_VERB.search(main)
    if not (telling or verbless or re.match(r"\W*(?:and |so |ok,? |also )?how about\b", main, re.IGNORECASE)):
        return None
    detail = telling.group() if telling else main
    kind = next((kind for pattern, kind in _DETAIL_KINDS if pattern.search(detail)), "which")
    return kind, frozenset(list(words(detail))[-1:] if telling else words(detail))


# "Do you rent hockey skates, or only figure skates?": the words that tell the two choices apart.
_OR = re.compile(r"(?<!\d),?\s+or\s+(?!\d|whether\b|if\b|not\b|anything\b|something\b|so\b|otherwise\b|else\b|any\b|more\b|less\b|later\b|earlier\b|sooner\b)", re.IGNORECASE)
# "…, or is that asking too much?", "…, or should I start saving?": a way out, not a second choice
_A_WAY_OUT = re.compile(r"\W*(?:would|do|does|did|is|are|can|could|should|will|must|has|have|was|were)(?:n't)?\s+(?:I|we|you|they|it|he|she|there|that|this)\b", re.IGNORECASE)
_CHOICE_PREPOSITION = re.compile(r"\W*(by|in|on|at|via|with)\s+", re.IGNORECASE)
_CHOICE_LEAD = re.compile(r"\W*(?:only|just|per)\s+", re.IGNORECASE)  # "or only figure skates", "or per order"


@lru_cache(maxsize=1024)
def alternatives(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The content words of each of two choices offered, each without the words they share, or None
    when the question offers no choice."""
    found = list(_OR.finditer(question))
    if len(found) != 1:
        return None
    cut = found[0]
    right_text = question[cut.end() :]
    if _A_WAY_OUT.match(right_text):
        return None
    lead = _CHOICE_LEAD.match(right_text)
    right = list(words(right_text[lead.end() if lead else 0 :]))[:3]
    left_text = question[: cut.start()]
    same_preposition = _CHOICE_PREPOSITION.match(right_text)
    if same_preposition:  # "in English or in Spanish": the first choice starts at its own "in", not with the tour
        opening = list(re.finditer(rf"\b{same_preposition.group(1)}\b", left_text, re.IGNORECASE))
        left_text = left_text[opening[-1].end() :] if opening else left_text
    left = list(words(left_text))[-3:]
    left_set, right_set = frozenset(left) - frozenset(right), frozenset(right) - frozenset(left)
    if not left_set or not right_set:
        return None
    return left_set, right_set
