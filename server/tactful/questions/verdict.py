"""Does the draft answer a question? By the answer its kind expects, not by topic overlap alone.

A reply that praises "the walnut desk" shares the topic of "can the walnut desk be delivered before
Christmas?" but does not answer it: a "when" question wants a date or time near the topic, "how
much" a price, a yes/no question a yes, no or a statement about the same thing, a request an
acknowledgement that it is done or when it will be.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ..text.layout import greeting_end, sign_off, sign_off_start
from ..text.sentences import Span, fast_sentences
from .extract import _CONDITION, _MEASURE, Question

_WORD = re.compile(r"[a-z][a-z'’]*(?:-[a-z][a-z'’]*)*|\d+(?::\d\d)?")
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
    doing happen happens happened happening keep keeps kept next last"""
_STOP = frozenset(_STOP_WORDS.split())
_CONTRACTION = re.compile(r"(?:'s|'re|'ll|'ve|'d|'m|n't)$")
# A clock time in a question and in an answer is a shared topic: "Can I get in at 6 am?" / "the gates open at 7 am".
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\bnoon\b|\bmidday\b|\bmidnight\b", re.IGNORECASE)
_DATE_OR_TIME = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|(?:this|next|last) (?:week|weekend|month|year|morning|afternoon|evening)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|christmas|easter|noon|midday|midnight|"
    r"morning|afternoon|evening|asap|end of (?:the )?(?:day|week|month)|within (?:\w+ ){0,2}(?:hours?|days?|weeks?|minutes?)|"
    r"in (?:\w+ ){0,2}(?:hours?|days?|weeks?|minutes?|months?)|(?:hours?|days?|weeks?|months?) (?:from|after|before)|"
    r"(?:by|before|until|till) (?:then|now)|right away|immediately|straight away|already|overnight|at night|any ?time|24/7|whenever|"
    r"(?:19|20)\d\d|\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}|\d{1,2}(?:st|nd|rd|th)|\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|"
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
    r"|\bhttps?://|\bwww\.|\b\d+\s+(?:\w+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|way|place|square|plaza)\b"
    r"|\b(?:reception|front desk|counter|car park|website|app|portal|address|located|station|airport|terminal|destination)\b",
    re.IGNORECASE,
)
_POLAR = re.compile(
    r"\b(?:yes|yep|yeah|no|nope|sure|of course|absolutely|certainly|definitely|indeed|unfortunately|afraid|sadly|"
    r"we (?:do|don't|can|can't|cannot|are|aren't|will|won't|have|haven't|offer|accept|allow|open|close)|"
    r"you (?:can|can't|cannot|will|won't|do|don't|need|needn't|don't need|'ll need|are|aren't)|"
    r"(?:it|this|that|they|he|she)(?:'s| is| isn't|'s not| does| doesn't| will| won't| can| can't| has| hasn't| are| aren't)|"
    r"there(?:'s| is| isn't| are| aren't| will be| won't be)|(?:isn't|aren't|won't|can't|doesn't|don't|wasn't|weren't)\b|"
    r"(?:we're|we've|you're|you've|they're|I'm|we'll|you'll|it'll)\b|"
    r"not (?:possible|available|able)|unable|happy to|that's fine|that's no problem|no problem|not a problem|"
    r"no need|needn't|not necessary|necessary|required|optional|welcome to|"
    # acceptance or refusal as a predicate: "Rabbits are very welcome", "Raspberry is fine too"
    r"(?:is|are|'s|'re)(?: not| very| more than| always| also| absolutely| perfectly)* (?:welcome|fine|ok|okay|allowed|permitted|possible|available|no problem))\b"
    # An instruction answers "Do I need to bring him?": "Please bring him with you."
    r"|^\s*(?:please|just|simply)\s+(?!let|feel|don't hesitate|contact|get in touch|call|ring|email|note)\w+",
    re.IGNORECASE,
)
_YES_NO_OPENING = re.compile(r"^\s*(?:yes|yep|yeah|no|nope|of course|absolutely|certainly|sadly not|I'm afraid not|unfortunately not)\b", re.IGNORECASE)
_REFUSED = re.compile(r"\b(?:unfortunately|afraid|unable|can't|cannot|won't be able|not able)\b", re.IGNORECASE)
_ACKNOWLEDGED = re.compile(r"\b(?:yes|of course|certainly|absolutely|sure|definitely|gladly)\b", re.IGNORECASE)
_NEGATIVE = re.compile(r"n't\b|\bnot\b|\bno\b|\bnever\b|\bunfortunately\b|\bafraid\b|\bunable\b|\bcannot\b|\bsadly\b", re.IGNORECASE)
_QUANTITY = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|several|unlimited|no limit|up to)\b", re.IGNORECASE)
_INFORMATION = re.compile(r"\d|https?://|www\.|@")
_HOW = re.compile(
    r"\b(?:step|steps|go to|click|tap|select|open|press|follow|you can|you'll need to|you need to|simply|first|then|"
    r"by (?:\w+ing)|to do (?:this|that|so)|instructions|guide|link|here's how|the way to)\b|^\s*\d+[.)]",
    re.IGNORECASE | re.MULTILINE,
)
_WHY = re.compile(
    r"\b(?:because|since|as|due to|the reason|caused by|(?:is|'s) why|owing to|so that|this happened|this was|"
    r"(?:is|was|are|were) for|to cover|covers?|covered|requires?|required|meant|means|accounts? for|reflects?|"
    r"(?:is|was) down to|comes? from|results? from|so\b)\b",
    re.IGNORECASE,
)
_DONE = re.compile(
    r"\b(?:I've|I have|we've|we have|I|we|it's|it has|this has|that's|that has|has been|have been|is now|are now|'s been)\s+"
    r"(?:just |now |already |gone ahead and |\w+ly )?(?:sent|resent|attached|cancelled|canceled|refunded|updated|changed|processed|arranged|booked|"
    r"rebooked|forwarded|added|removed|deleted|fixed|issued|reset|unlocked|extended|upgraded|switched|moved|rescheduled|"
    r"confirmed|credited|reversed|waived|applied|set up|sorted|done|completed|passed|asked|raised|logged|escalated|"
    r"reserved|held|replaced|shipped|dispatched|posted|emailed|called|checked|looked into|corrected|amended|noted|"
    r"set|put|made|marked|flagged|registered|signed|transferred|renewed|restored|activated|paused|returned|shared|uploaded|"
    r"saved|ordered|requested|scheduled|allocated|assigned|included|listed|enrolled|entered|recorded|adjusted|refilled)\b"
    r"|\b(?:attached|enclosed|here is|here's|here are|please find|you'll find|below is|done)\b"
    r"|\b(?:is|are|has been|have been) (?:now |all )?(?:confirmed|booked|done|complete|completed|sorted|scheduled|reserved|"
    r"cancelled|canceled|processed|arranged|on (?:its|their) way)\b"
    r"|\b(?:I'll|I will|we'll|we will|I'm going to|we're going to|I can|we can|I'd be happy to|we'd be happy to|happy to)\s+(?:\w+\s+)?\w+"
    r"|\b(?:will|'ll) (?:\w+ly )?(?:collect|send|call|ring|deliver|visit|come|contact|email|post|arrange|refund|replace|repair|fix|"
    r"book|cancel|process|issue|review|check|look|meet|pick|drop|bring|fit|install|update|confirm|reply)\b"
    r"|\b(?:no problem|will do|gladly|I'd recommend|we'd recommend|I recommend|we recommend)\b"
    r"|\b(?:unfortunately|afraid|unable|can't|cannot|won't be able)\b",
    re.IGNORECASE,
)
_ONE_OFF = re.compile(r"\b(?:when|how soon)\b.*\b(?:will|would|can|could|'ll)\b", re.IGNORECASE)
_HABIT = re.compile(r"\b(?:every|each)(?: other)? \w+|\b(?:once|twice|\w+ times) an? \w+", re.IGNORECASE)
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
    """A crude stem shared by question and answer: "spaces"/"space", "roses"/"rose", "changing"/"change"
    and "deducted"/"deduction" end up alike."""
    word = word.replace("’", "'").removesuffix("'s")
    if word in _synonyms():
        return _synonyms()[word]
    if word.endswith(("sses", "shes", "ches", "xes", "zes")) and len(word) > 5:
        word = word[:-2]
    else:
        for suffix in ("ies", "ions", "ion", "ing", "ed", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith(("ss", "us", "is")):
                word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
                break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return _synonyms().get(word, word)


def _words(text: str):
    for token in _WORD.findall(text.lower()):
        if token[0].isdigit():
            if len(token) > 1:
                yield token.lstrip("0") or "0"  # "09:30" and "9:30", "£60" and "60"
            continue
        parts = token.replace("’", "'").strip("'").split("-")
        if len(parts) > 1 and any(len(p) <= 2 or p in _STOP for p in parts):
            yield "".join(parts)  # "Wi-Fi" is "wifi", "hook-up" also "hookup", "one-way" "oneway"
        for part in parts:
            part = _CONTRACTION.sub("", part) if part not in _STOP else part
            if part not in _STOP and len(part) > 2:
                yield stem(part)


def topic(text: str) -> frozenset[str]:
    words = set(_words(text))
    if _CLOCK.search(text):
        words.add("#clock")
    if _DATE_OR_TIME.search(text):
        words.add("#when")
    return frozenset(words)


@lru_cache(maxsize=4096)
def _topic_cached(text: str) -> frozenset[str]:
    return topic(text)


@dataclass(frozen=True)
class Verdict:
    answered: bool | None
    answer_end: int | None
    """Code-point offset in the draft just after the sentence that answers, when one does."""


def _answers(kind: str, sentence: str, overlap: int, question: str = "", asked: int = 0, on_head: bool = False) -> bool:
    """Does an on-topic sentence give the kind of answer the question wants? ``overlap``: topic words
    shared with the question, out of ``asked``; ``on_head``: they include the thing a yes/no question
    asks for (``_head``)."""
    if sentence.rstrip().endswith("?") and kind in ("yes/no", "which") and not _POLAR.match(sentence):
        return False  # a question back is not an answer
    if kind == "yes/no" and _ASKS_A_CHARGE.search(question) and not _PRICE.search(sentence):
        return False  # "Is there a fee for changing the name?" wants a price, "free" or "no charge"
    if kind == "yes/no":
        # A yes, a no or a statement must be about what was asked, not only its subject: "We have free
        # wifi" does not say whether it is good enough for video calls.
        if overlap >= 2 or on_head:
            return True  # on_head: "Is there somewhere to park?" / "The car park next door is free"
        return overlap * 3 >= asked and bool(_POLAR.search(sentence))
    if kind == "which":
        return True
    if kind == "how much":
        counting = _MEASURE.search(question) or re.search(r"\bhow much (?!does|do|is|are|will|would)\w", question, re.IGNORECASE)
        return bool(_PRICE.search(sentence) or (counting and _QUANTITY.search(sentence)))
    if kind == "request":
        if _REFUSED.search(sentence) or on_head and _DONE.search(sentence):
            return True  # "Can you send them the invoice?" / "I emailed the invoice to them this morning"
        if overlap < 2 and overlap * 3 < asked:
            return False  # "I've added three seats to your Team plan" does not send the quote to the accounts team
        if question.rstrip().endswith("?") and _ACKNOWLEDGED.search(sentence):
            return True  # "Would you teach me fingerstyle?" / "so yes, absolutely"
        return bool(_DONE.search(sentence)) or (overlap >= 2 and bool(_INFORMATION.search(sentence)))
    if kind == "when" and _ONE_OFF.search(question):
        # "When will the troughs be back on?" / "we drain the troughs every December": how often is not when
        sentence = _HABIT.sub(" ", sentence)
    return bool(_EXPECTS[kind].search(sentence))


_ANAPHOR = re.compile(r"\b(?:it|that|this|they|them|he|she|him|her|one|ones)\b", re.IGNORECASE)


# A reason or condition clause is not what is asked: "Will we have to pay for the return visit, given
# it's only been two weeks?" asks about paying for the visit.
_MAIN_CLAUSE_END = re.compile(
    r"(?:,\s*|\s+)(?:if|given|because|so that|in case|unless|even though|although|"
    r"(?:as|since) (?=(?:I|we|you|it|they|he|she|my|our|there|this|that)\b))\b",
    re.IGNORECASE,
)


# "if" after these asks whether, it sets no condition: "I was wondering if…", "I'd be grateful if…".
_IF_IS_WHETHER = re.compile(
    r"\b(?:know|wonder(?:ing|ed)?|ask(?:ing)?|check|see|tell (?:me|us)|confirm|find out|sure|grateful|appreciate(?: it)?|"
    r"happy|mind|glad|advise|curious|unsure|enquir(?:e|ing)|possible|okay|ok|fine|alright)\s*$",
    re.IGNORECASE,
)


def _main_clause(question: str) -> str:
    """The question without its reason or condition clauses, each running to the next comma."""
    kept, at = [], 0
    for cut in _MAIN_CLAUSE_END.finditer(question, 3):
        if cut.start() < at or not any(_words(question[at : cut.start()])):
            continue  # a leading condition names what "it" is: "And if one-way is allowed, how much is it?"
        if cut.group().strip(" ,").lower() == "if" and _IF_IS_WHETHER.search(question[: cut.start()]):
            continue
        kept.append(question[at : cut.start()])
        comma = question.find(",", cut.end())
        at = comma if comma >= 0 else len(question)
    kept.append(question[at:])
    main = "".join(kept)
    return main if _WORD.search(main) else question


# "Is there…?", "Do you have…?", "Can I get…?" ask for a thing: a statement that names it gives it or
# says there is none ("The car park next door is free", "Our terms don't allow refunds").
_ASKS_FOR_A_THING = re.compile(
    r"\b(?:(?:is|are|was|were|will|would)(?:n't)? there|(?:do|does|did)(?:n't)? (?:you|they|he|she|it|we) (?:have|offer|sell|stock|take|accept)|"
    r"(?:can|could|may|might) (?:I|we) (?:have|get|know|see|borrow|ask for))\b(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
# A request names the thing to act on after its verb: "Can you send them the invoice…?", "Please cancel
# my order".
_ACTS_ON_A_THING = re.compile(
    r"(?:\b(?:can|could|would|will) you|^\W*please)(?: (?:please|also|kindly|just|possibly))* [a-z]+\b(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)


@lru_cache(maxsize=256)
def _head(question: str, kind: str) -> frozenset[str]:
    """The thing a yes/no question asks for or a request asks to act on; empty for others."""
    main = _main_clause(question)
    match = (_ACTS_ON_A_THING if kind == "request" else _ASKS_FOR_A_THING).search(main)
    head = frozenset(list(_words(match.group("rest")))[:2]) if match else frozenset()
    if kind == "request" and _DATE_OR_TIME.search(main):
        head |= {"#when"}  # "Could you come this week?" / "I can come round on Thursday at 8:30 am"
    return head


@lru_cache(maxsize=256)
def _asked(question: Question) -> tuple[frozenset[str], frozenset[str]]:
    """The question's own topic, and the words it takes in from the clauses before it when it says
    little of its own ("Is that deliberate?", "when does it start?", "When can someone come out?").
    A yes/no or "which" question takes them only from statements: a question before it has its own
    answer ("Can you do fortnightly visits? Are they insured?")."""
    own = _topic_cached(_main_clause(question.text))
    if question.kind != "yes/no":
        own = own - {"#clock"}
    if question.kind != "request":
        own = own - {"#when"}
    if not question.context or own and not (len(own) <= 1 and _ANAPHOR.search(question.text)):
        return own, frozenset()
    borrowed: set[str] = set()
    for before, asking in zip(question.context, question.context_asks):
        if asking and question.kind in ("yes/no", "which"):
            break
        borrowed |= _topic_cached(before) - {"#clock", "#when"}
        if len(borrowed) >= 2:
            break
    return own, frozenset(borrowed - own)


@lru_cache(maxsize=64)
def _body(draft: str) -> tuple[int, int]:
    """The draft between its greeting and its sign-off: the signature is no answer."""
    return greeting_end(draft), sign_off_start(draft)


def _condition_fails(question: Question, draft: str, spans: list[Span]) -> int | None:
    """"If so, how much is it?" needs no answer when the question before was answered no (and "If
    not, …" when it was answered yes): where that answer ends, else None."""
    condition = _CONDITION.match(question.text)
    if not condition or not question.context:
        return None
    wants_yes = not re.search(r"\b(?:not|no)\b|n't", condition.group("pol"))
    antecedent = next((t for t in map(_topic_cached, question.context) if t), frozenset())
    best = None
    for span in spans:
        sentence = draft[span.start : span.end]
        overlap = len(antecedent & _topic_cached(sentence))
        if overlap and (_POLAR.search(sentence) or _DONE.search(sentence)) and (best is None or overlap > best[0]):
            best = (overlap, span, sentence)
    if best is None:
        return None
    said_no = bool(_NEGATIVE.search(best[2]))
    return best[1].end if said_no == wants_yes else None


# A yes/no question about a charge wants one: "Is there a fee…?", "Will we have to pay for…?".
_ASKS_A_CHARGE = re.compile(
    r"\b(?:is|are|will|would) there (?:an? |any )?(?:extra |additional |admin |booking |cancellation |late )?(?:fee|charge|cost)s?\b|"
    r"\b(?:will|would|do|does|did|shall|must) (?:I|we|you|they|he|she|it) (?:have to |need to |still )?(?:pay for|pay extra|be charged|charge)\b|"
    r"\b(?:does|do|will|would) (?:it|that|this|they) cost (?:extra|more|anything)\b",
    re.IGNORECASE,
)
# "How can we stop it?" asks for a way: talk about the topic without one is a dodge. "How will the
# weather be?" and "How about the address?" ask for a state or a value instead.
_ASKS_A_METHOD = re.compile(r"\bhow (?:(?:can|could|do|does|did|should|would|will|might|must) (?:I|we|you|they|he|she|someone|one)|to)\b", re.IGNORECASE)
# "Can you shorten it, or would you need to remove the lace?" offers two answers: a statement that
# picks one answers, whatever kind the question was given.
_EITHER_OR = re.compile(r",?\s+or\s+(?:would|do|does|did|is|are|can|could|should|will|must|has|have)\s+(?:I|we|you|they|it|he|she|there)\b", re.IGNORECASE)


def verdict(question: Question, draft: str, draft_sentences: list[Span] | None = None) -> Verdict:
    if question.kind in ("yes/no", "request") and _EITHER_OR.search(question.text):
        question = replace(question, kind="which")
    own, borrowed = _asked(question)
    asked = own | borrowed
    spans = draft_sentences if draft_sentences is not None else fast_sentences(draft)
    body_start, body_end = _body(draft)
    spans = [span for span in spans if span.end > body_start and span.start < body_end] or spans
    if not asked:
        # "How much is it?": nothing to match a topic on; any answer of the right kind will do, and a
        # plain "Yes, …" or "No, …" answers a yes/no question.
        for span in spans:
            sentence = draft[span.start : span.end]
            if question.kind == "yes/no" and _YES_NO_OPENING.match(sentence):
                return Verdict(True, span.end)
            if _answers(question.kind, sentence, 0, question.text) and question.kind not in ("which", "yes/no", "request"):
                return Verdict(True, span.end)
        return Verdict(None, None)
    head = _head(question.text, question.kind) if question.kind in ("yes/no", "request") else frozenset()
    failed = _condition_fails(question, draft, spans)
    if failed is not None:
        return Verdict(True, failed)
    related = []
    for span in spans:
        sentence = draft[span.start : span.end]
        overlap = asked & _topic_cached(sentence)  # cached: while typing, most sentences repeat
        if overlap:
            related.append((len(overlap), span, sentence, overlap))
    for overlap, span, sentence, shared in sorted(related, key=lambda r: -r[0]):
        # Only the words borrowed from the sentence before are shared: a plain yes or no, or the kind
        # of answer a "when" or "how much" wants, still answers; talk about the topic does not.
        if own and not shared & own and question.kind in ("which", "yes/no"):
            if question.kind == "yes/no" and _YES_NO_OPENING.match(sentence):
                return Verdict(True, span.end)  # "Is that deliberate?" / "Yes, we drain the troughs every December"
            continue
        if "#clock" in shared and question.kind == "yes/no" and _POLAR.search(sentence):
            return Verdict(True, span.end)  # "Can I get in at 6 am?" / "I'm afraid the gates only open at 7 am"
        if _answers(question.kind, sentence, overlap, question.text, len(asked), bool(shared & head)):
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
        wants_a_type = _ASKS_A_METHOD.search(question.text) or question.kind == "yes/no" and _ASKS_A_CHARGE.search(question.text)
        if question.kind in ("when", "how much", "request") or best < 2 or wants_a_type:
            return Verdict(False, None)
        if question.kind == "yes/no" and own and not any(r[3] & own for r in related):
            return Verdict(False, None)  # "Is it ready yet?": the reply talks about the coat, never about ready
        return Verdict(None, None)
    if question.kind == "request" and len(asked) <= 1 and any(_DONE.search(draft[s.start : s.end]) for s in spans):
        return Verdict(None, None)  # "Please help!" has no topic to check against
    return Verdict(False, None)
