"""Questions and requests in the customer's newest message, with their spans and kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.incoming import Incoming
from ..text.sentences import fast_sentences
from .not_asking import asks_nothing
from .requests import (
    ASKED,
    REQUEST_START,
    VOCATIVE,
    asks_action,
    request_after_condition,
)

KINDS = ("yes/no", "when", "where", "how much", "how", "which", "why", "request")

_AUX = r"(?:is|are|am|was|were|do|does|did|can|could|will|would|should|shall|may|might|have|has|had|must)(?:n't)?"
_WH = r"(?:what|when|where|which|who|whom|whose|why|how)"
_SUBJECT = r"(?:I|you|u|yall|y'all|we|they|he|she|it|there|my|our|your|his|her|their|the|this|that|these|those|a|an|any|some|someone|anyone|all (?:that|this|of)|(?-i:[A-Z][a-z]+))"
# A second question joined to the first: "…on Sundays and do I need to book?". An either/or
# question stays one ("Can I book online or do I need to phone?"), and "come and have a look" is one
# request: the auxiliary must be followed by its subject.
_JOINED = re.compile(
    rf"(?<!\btell me)(?<!\btell us)(?<!\bknow)(?:,\s*|\s+)(?:and|also|plus)\s+(?:roughly |approximately |about |just |also )?(?=(?!(?:have|do|get) (?:a|an)\b)(?:{_AUX}) {_SUBJECT}\b|{_WH}\b|(?:at|by|from|until|for|on|in) (?:what|which|how (?:long|much|many|soon))\b)|"
    rf";\s*(?=(?:{_AUX}|{_WH})\b)|"
    r"(?<=[a-z])\s+(?=(?:when|what|where|how|who)(?:s|'s)\s)|"  # phone typing: "did anyone turn them in whens the…"
    # a question begun with a capital after a word, its mark left out: "can I take my GoPro Where do I check in?"
    rf"(?<=[a-z])\s+(?=(?-i:Where|What|When|How|Why|Which|Who)\s+(?:{_AUX})\s|(?-i:Can|Could|Do|Does|Is|Are)\s+(?:I|you|we|u|they|there)\b)|"
    r",?\s+and,?\s+(?=(?:if (?:so|not|yes|no)|whether)\b)|,\s*(?=if (?:so|not)\b)|"
    rf",\s*(?=(?:which|what|how many|how much|how long|how soon|how often|where|when|why|who)\s+(?:\w+\s+)?(?:{_AUX})\s+(?:I|we|you|they|he|she|it)\b)|"
    rf"(?P<listed_wh>,\s*(?=(?:what|which|how (?:much|many|long|soon|often)|where|when|who)\s+(?:(?:the|your|a|an)\s+[\w'-]+(?:\s+[\w'-]+){{0,3}}?|it|they|this|that)\s+(?:would|will|is|are|was|were|does|do|can|could|might)\b))|"
    rf",\s*and\s+(?=(?:{_AUX})\s+[\w'-]+(?:\s+[\w'-]+){{0,2}}\?\s*$)|"  # "…for four adults, and is lunch included?"
    # "how many kids fit on one lane and is pizza included", "how much is it and is sunday ok"
    r"\s+and\s+(?=(?:is|are) (?:the |a |an |your |ur )?[\w-]+(?: [\w-]+)? (?:included|ok|okay|available|allowed|open|free|possible|fine|extra)\b)|"
    # "Where is your shop, can I visit to taste?"; "Is it messy – should I move the sofa?" (kept only after a question)
    rf"(?P<after_question>,\s*(?=(?:{_AUX}) (?:I|we|you|u|they|he|she|it|there)\b)|\s[-–—]\s(?=(?:{_AUX}) {_SUBJECT}\b|{_WH}\b))",
    re.IGNORECASE,
)
# Phone typing runs one question into the next with no mark at all: "when is training how much are subs",
# "do you do classes for kids what days are they on". Not "do you know what time it is".
_CAN_SERVE = r"can (?:deliver|send|ship|post|engrave|print|make|fix|install|bring|collect|keep|hold|reserve|pay)\b"
_RUN_ON_QUESTION = re.compile(
    r"(?<=\bor not)\s+(?=[a-z])|"  # "cny gift box still got or not how much if i take 10"
    # "how much for 2kg can send to akl": "can" and a service with no subject asks whether it can be done
    rf"(?<=[a-z0-9)])(?<!\bi)(?<!\bwe)(?<!\byou)(?<!\bu)(?<!\bthey)(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bwho)(?<!\bthat)\s+(?={_CAN_SERVE})|"
    r"(?<=[a-z0-9)])(?<!\bknow)(?<!\btell me)(?<!\bwondering)(?<!\bask)(?<!\bsure)(?<!\bidea)(?<!\bsee)(?<!\bcheck)"
    r"(?<!\bwhat)(?<!\bhow)(?<!\bwhen)(?<!\bwhere)(?<!\bmuch)(?<!\bmany)(?<!\blong)(?<!\bsoon)(?<!\boften)(?<!\bor)(?<!\br)(?<!\bdo)(?<!\bcan)(?<!\bif)(?<!\blate)(?<!\bu)\s+(?:but |so |and )?"
    r"(?=(?!when (?:u|you) (?:can|get)\b)(?:what|when|where|how|which|who)(?:s|'s)?\s(?:\w+\s)?(?:is|are|do|does|can|could|would|will|time|days?|much|many|long)\b|"  # not "call me when u can"
    r"(?:what|when|where|how|why|which|who)(?:s|'s)\s|"
    r"(?:do|does|did|is|are|can|could|will|would|should|am|r(?= u)) (?:i|we|you|u|he|she|they|it|there|anyone|someone)\s(?!think\b|know\b|say\b|mean\b)|"
    # "…work on 24 and 25 december is that normal", "theres 8 of us is that too many"
    r"(?:is|was) that (?:normal|ok|okay|allowed|right|fair|legal|true|possible|too \w+)\b|"
    # "…in wet weather i want someone out here", "need 50 sheets by tuesday", "also is the sidewalk included"
    r"i (?:want|need) (?:someone|somebody|a |an |my |the |\d)|need (?:it |them )?(?:by|before) (?!then\b)\w|need (?:\d+|it for)\b|also (?:is|are|do|does|can) |"
    # asking a price or an opening to be confirmed: "…and the price is still 28", "same price as last time", "u are open sat"
    r"(?:and )?(?:the )?(?:price|rate|cost|entry|fee)s? (?:is |are )?still\b|same (?:price|rate)\b|u (?:are|r) (?:open|free|available)\b|"
    r"also (?:pls|plz|please) (?!note\b)[a-z]+\b|hw much\b|who (?:pays|covers|bears)\b|u (?:accept|take|have|dey|sell|deliver|open|got|can (?!not\b)[a-z]+)\b|wher(?:e|es|e's)? (?:is|r|are)\b)"
)
# A wh-phrase with no verb yet: "how many visitor permits", "what size boots".
_WH_BEFORE_ITS_VERB = re.compile(
    r"\W*(?:and |so |but |also )?(?:how (?:many|much|soon|long|often|far|quickly|early|late)|what|which|whose)\b"
    r"(?!.*\b(?:is|are|am|was|were|do|does|did|can|could|will|would|should|shall|may|might|has|have|had|must|r)\b|.*'s\b)",
    re.IGNORECASE | re.DOTALL,
)
# A second request joined to a first one: "Please add three seats, and send an updated quote".
_JOINED_REQUEST = re.compile(
    r",?\s+and\s+(?:please\s+)?(?:also\s+)?(?:(?:frankly|honestly|ideally|then|finally),?\s+)?(?=(?:let (?:me|us) know|tell me|tell us(?= (?:whether|if)\b)|send|resend|confirm|advise|email|call|ring|I(?:'d| would) (?:also )?(?:like|expect|ask that)|I (?:also )?(?:want|need|expect)|"
    r"(?:I|we)(?:'ll| will) (?:also )?need|I (?:also )?(?:wanted|want|need) to (?:check|know|ask)|(?:if|since|as|because|given that) [^,;.]{1,60}?,? I(?:'d| would)? (?:also )?(?:want|need|expect)|"
    r"forward|cancel|refund|replace|repair|exchange|book|arrange|find out|chase|look into)\b)",
    re.IGNORECASE,
)
# A clause that starts as a yes/no question does: "and is pizza included"
_STARTS_YES_NO = re.compile(rf"\W*(?:and |also |plus )?{_AUX}\s", re.IGNORECASE)
# Phone typing runs a question on after a comma or, in a lower-case message, after any word:
# "sorry cant make tonight, can i swap to weds", "quick q do you do hardcovers", "not a huge deal but can you send…"
_UNMARKED_QUESTION_AFTER_COMMA = re.compile(r",\s+(?=(?:can|could|do|does|will|would|is|are|should) (?:i|we|you|u)\s|is (?:it|there) (?:still |any |a )?|how much (?:per|for|each|is|are)\b)", re.IGNORECASE)
_ALTERNATIVE = re.compile(rf"\b(?P<prep>by|in|on|at|via|with) (?!(?:you|us|me|them|him|her|it)\b)[\w-]+(?: [\w-]+)? or (?P=prep) \w|,?\s+or\s+(?:{_AUX}|would it be|is it)\s+{_SUBJECT}\b|,\s+or\s+(?:just\s+)?(?:to|for|on|in|at)\b|,?\s+or\s+(?:only|just)\b|\s+or\s+per\b", re.IGNORECASE)
# "how" and an adjective or adverb asks for a measure, not a way.
_MEASURE = re.compile(
    r"how (?!(?:do|does|did|can|could|should|would|will|is|are|am|was|were|to|come|about|i|we|you|they|he|she|it|my|our|"
    r"the|a|an|this|that|these|those|so|on|in|much|many|long|soon|early|late|quickly|fast)\b)[a-z]+\b|how (?:many|long)\b(?! (?:will|does|do|would|is|until|till|before))",
    re.IGNORECASE,
)
_PRICE_OF = re.compile(r"\W*(?:and |so |but |also )?how much (?:roughly |approx |about )?(?:for|per|each|to|if)\b", re.IGNORECASE)  # "how much for 3 hrs": a whole question
_SUBORDINATE = re.compile(r"\s*(?:and |but |also |or |so )?(?:if|when|once|as|since|because|while|although|though|unless)\b", re.IGNORECASE)
_CONDITION = re.compile(
    r"^\s*(?:and |but |also |or )?if (?P<pol>so|yes|not|no|you do|you don't|you can|you can't|it is|it isn't|it does|it doesn't|"
    r"there is|there isn't|there are|there aren't|they do|they don't|that's possible|that's not possible|that isn't possible|"
    r"that's the case|that's not the case|that is the case)\s*[,:]",
    re.IGNORECASE,
)
_INDIRECT = re.compile(
    r"\b(?:(?:I|we)(?:'d| would)?(?: also| really| just)? (?:like|love|want|need) to (?:know|find out|check|ask|understand)|"
    r"(?:I|we)(?:'m| am| was| were)(?: also| just)? (?:wondering|curious)|"
    rf"(?:I|we)(?:'d|'ve| had| have)? (?:also )?wonder(?:ed)?|(?:can|could|would) (?:{ASKED}|some(?:one|body)|any(?:one|body)) (?:also |please |kindly )*(?:tell (?:me|us)|let (?:me|us) know|confirm|check|find out|"
    r"advise|explain(?: to)?(?: me| us)?|clarify)|(?:please |kindly )?let me know|(?:please |kindly |^\W*(?:also |and )?)let us know|(?:I|we) (?:also |just |really )?(?:need|want|wanted) to (?:know|ask|check|find out)|"
    # Not knowing how is asking how: "I don't know how to download my bill", "…what I have to do to…".
    r"I (?:do not|don't|dont) know (?=how (?:to|I|can|do|long)\b|what (?:I|to) (?:have to |need to |should |must )?do\b|where (?:to|I|can)\b)|"
    # "I need to be sure the cones are natural": sure of a fact the reply can give
    r"(?:I|we) (?:just )?need to be (?:sure|certain)(?= (?:that |if |whether )?(?!(?:I|we)\b))|"
    # Asking for someone else: "Ben wants to know if you are free for lunch", "the client asked whether…",
    # "HR wanted me to ask whether…", "my midwife asked me how much…"
    r"(?<!\bI )(?<!\bwe )(?<!\byou )(?:wants|needs|would(?: also)? like|'d(?: also)? like) to know|"
    # "My mum wanted to know whether…", "Ravi also wanted to know if…" (not "Everyone at the party wanted to know where it came from")
    r"\b(?:(?:my|our|his|her) (?:[\w-]+ ){1,2}|(?-i:[A-Z][a-z]+) )(?:also )?wanted to know(?= (?:if|whether|how|what|when|where|which)\b)|(?:I|we)(?: also)? wish to (?:know|ask|enquire)\b|(?:I|we)(?:'d| would) (?:also )?ask(?= (?:whether|if)\b)|"
    r"(?<!\bI )(?<!\bwe )(?<!\byou )(?:asked|asks|ask(?= also))(?: me)?(?: also)?(?= (?:if|whether|how|what|when|where|which)\b(?! I\b| I'| we\b(?! can\b| could\b)))|(?:wants|wanted|asked) me to (?:ask|check|find out)|"
    # "I have no idea what this kind of thing costs"
    r"(?:I|we) (?:have|'ve got) no idea(?= (?:what|how (?:much|long|many)|when|where|whether|if)\b)|"
    # Not knowing is asking: "I'm not sure if aligners work with crowns", "I couldn't see whether schools get a discount"
    # (not "I'm not sure if I'll make it"; but "I'm not sure whether I need…" asks)
    r"(?:I|we)(?:'m| am|'re| are| was| were)(?: also| still)? (?:not sure|unsure)(?= (?:if|whether) (?!(?:I|we)\b(?! (?:need|should|have to|must)\b)))|"
    # "I don't know if I should call my landlord first" (not "I don't know if it will be overnight": a doubt told)
    r"(?:I|we) (?:do not|don't|dont) know(?= (?:if|whether) (?:I|we) (?:need|should|have to|must)\b)|\bidk(?= (?:if|whether)\b)|"
    # relayed and owed asking: "My husband is asking whether…", "keeps asking if…" (not "keeps asking me when it will be
    # paid", asked of the customer), "I suppose I should also ask how much…"
    r"(?:is|are|'s|'re|was|were|keeps?|kept)(?: also)? asking(?= (?:if|whether|how|what|when|where|which|who)\b)|"
    r"(?:should|must|might as well|may as well|'d better|promise to|promised to|told me to) (?:also )?ask(?= (?:if|whether|how|what|when|where|which|who)\b)|"
    r"(?:I|we) (?:couldn't|could not|can't|cannot) (?:see|find|tell|work out|figure out)(?= (?:if|whether|how|what|when|where)\b)|"
    r"(?:I|we)(?:'d| would)(?: really| greatly| very much)? (?:appreciate|be grateful)(?: for)?(?: (?:your|any|some) (?:honest )?(?:views?|opinions?|thoughts|advice|take) (?:on|about|as to|regarding))?|(?:please|kindly) (?:also |kindly )?(?:advise|confirm|tell (?:me|us)(?: also| too| as well)?|explain(?: to)?(?: me| us)?|clarify)|"
    r"(?:do|does) anyone know|I(?:'m| am) (?:trying|hoping) to (?:find out|understand)|"
    # "I'd also welcome your view on whether…"
    r"(?:I|we)(?:'d| would)(?: also)? (?:welcome|value) (?:your|any) (?:views?|opinions?|thoughts|advice|take) (?:on|about|as to)(?= (?:whether|if|what|how|which)\b)|"
    # "Kindly explain why…", "I'd like an explanation of why…", "I also want to understand why…", "I need you to explain why…"
    r"(?:kindly|pls) explain(?: to)?(?: me| us)?(?= why\b)|(?:I|we)(?:'d| would)(?: also)? like (?:an explanation (?:of|as to)|someone to explain)(?= why\b)|"
    r"(?:I|we) (?:also )?(?:want|need|would like|'d like) to understand(?= why\b)|(?:I|we) (?:also )?need you to explain(?= why\b)|"
    # "I would be interested to know if they are worth anything", "my first question is whether…"
    r"(?:interested|keen|curious) to (?:know|hear|find out|learn)(?= (?:if|whether|what|how|when|where|why|which|who)\b)|"
    r"(?:my|our|first|other|main|next|last|second|only|big|'s|s') question is(?= (?:whether|if|what|how|when|where|why|which|who)\b)|"
    # "Find out if this location has laundry", "Would you say it is child friendly?": yes or no is the answer
    r"(?:^\W*(?:(?:also|and|then),?\s+)?|\bplease )(?:find out|check|confirm|see|advise|tell (?:me|us))(?= (?:if|whether)\b))\b",
    re.IGNORECASE,
)
_TIME_CONSTRAINT = re.compile(
    r"\b(?:(?:before|by|until|till|in time for|on|this|next) (?:christmas|easter|the weekend|tonight|tomorrow|today|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|the \d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)?|next week|end of)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tomorrow|tonight|"
    r"this (?:week|weekend|month|morning|afternoon|evening)|next (?:week|month)|in time)\b",
    re.IGNORECASE,
)


_TEXTSPEAK_WORDS = {"u": "you", "ur": "your", "pls": "please", "plz": "please", "r": "are", "yall": "you all", "y'all": "you all", "n": "and", "ye": "you", "hw": "how", "wher": "where", "wat": "what"}
# "ye" is Irish English's plural "you" after an auxiliary: "Would ye do one voucher…?"
_TEXTSPEAK = re.compile(r"\b(?:u|ur|pls|plz|r(?= u\b)|hw(?= much| many| long)|wher(?= is| r| are)|wat(?= time| is| r| are| do)|yall|y'all|n(?= (?:what|when|where|which|who|how|why|do|does|can|is|are)\b)|(?:(?<=would )|(?<=could )|(?<=can )|(?<=will )|(?<=do )|(?<=did )|(?<=are )|(?<=have ))ye)\b", re.IGNORECASE)
_NO_APOSTROPHE = re.compile(r"\b(what|when|where|how|who|why)(s|re)\b", re.IGNORECASE)
_BULLET = re.compile(r"\s*(?:[-*•·–]|\(?\d{1,2}[.)]|\(?[a-h]\))\s+")


@dataclass(frozen=True)
class Question:
    text: str
    start: int
    """Code-point offset into the incoming text (as given, with quoted history)."""
    end: int
    kind: str
    context: tuple[str, ...] = ()
    """The clauses just before it in the message, nearest first: what "that", "it" or "If so," refer to."""
    context_asks: tuple[bool, ...] = ()
    """For each clause of ``context``, whether it is itself a question or request."""


_NUMBER_ALONE = re.compile(r"\(?\d{1,2}[.)]")
# A wish ("We'd like to order graphic novels…"): just before a list of asks it only introduces them
_A_WISH = re.compile(r"\W*(?:I|we)(?:'d| would) (?:really )?(?:like|love) to\b|\W*(?:I'm|we're|I am|we are) (?:looking|hoping|planning) to\b", re.IGNORECASE)
# A wish for a change to what the customer already has stands on its own: "I'd like to cancel my membership".
# …after a clause of its own: "Lily had the best time at your October camp, so we'd love to book her in for Christmas week."
_A_LED_WISH = re.compile(r"[^.?!]{0,160}?(?:,\s*(?:so |and )?|\s(?:so|and) )(?:I|we)(?:'d| would)(?: really| also)? (?:like|love) to\b(?![^.?!]*\?)", re.IGNORECASE)
_A_SERVICE_WISH = re.compile(r"\W*(?:I|we)(?:'d| would) (?:really )?(?:like|love) to (?:cancel|change|move|switch|upgrade|downgrade|return|swap|pause|transfer|extend|renew)\b", re.IGNORECASE)
_LEADS_A_LIST = re.compile(r"\b(?:the following(?: \w+)?|these (?:questions|points|things))\W*$", re.IGNORECASE)  # "Could you help with the following?"
_LISTED = Question("", 0, 0, "")  # marks a lead-in whose list items were listed
_ITEM_PRICE = re.compile(r"\b(?:price|prices|pricing|cost|costs|quote|rate|rates|fee|fees|minimum|budget)\b", re.IGNORECASE)
_ITEM_TIME = re.compile(r"\b(?:days|dates|times|timings?|schedule|hours|availability|available|lead time|turnaround)\b", re.IGNORECASE)


def _needed_kind(item: str) -> str:
    """The kind of a list item under "A few things I'd need:": "Minimum order" a price, "Delivery days for our area" a
    time, "Whether you can lend us a chiller" yes or no, "Everything back by Wednesday night" a request."""
    if re.match(r"\W*(?:(?:confirmation|confirm)\s+(?:that|whether|if)|whether)\b", item, re.IGNORECASE):
        return "yes/no"  # "Confirmation that none of the group will need a licence", "Whether low-impact paint is available"
    if re.match(r"\W*(?:max(?:imum)?|min(?:imum)?|number of|how many)\b", item, re.IGNORECASE):
        return "how much"  # "Max number of kids"
    if _ITEM_PRICE.search(item):
        return "how much"
    if _ITEM_TIME.search(item):
        return "when"
    if re.search(r"\w \w+ or \w", item) and not re.match(r"\W*(?:please|kindly)\b", item, re.IGNORECASE):
        return "which"  # "Gift cards in store or online"
    return classify("please tell me " + item, in_question=True) or "request"


# An item that tells rather than names what is asked: "1) I can't find the title. Can I still list it…?"
_SAYS_OF_ITSELF = re.compile(r"\s*(?:I|I'm|I've|we|we're|we've|my|our|it|it's|he|she|they|there)\b", re.IGNORECASE)
# A lead-in that says what the writer needs before a list ("A few things I'd need before I go ahead:", "Here's what we're
# looking for:", "Questions:"): each item below asks for what it names ("- Minimum order", "- Delivery days for our area").
_NEEDS_A_LIST = re.compile(
    r"(?:\b(?:I|we)(?:'d|\s+would|'ll|\s+will)?\s+(?:need|want|like|require)\b|\bneed(?:ed)?\s+from\s+you\b"
    r"|\b(?:I'm|we're|I\s+am|we\s+are)\s+(?:looking\s+for|after)\b|\b(?:a\s+few|some|several|two|three|four|five|my|our)\s+(?:questions|queries)\b"
    r"|^\W*(?:(?:a\s+)?few|some|several|two|three|four|five)\s+(?:things|points)(?:\s+to\s+(?:ask|check|confirm|sort\s+out)|\s+(?:first|before)\b[^:]*)?(?=\s*:\s*$)"
    # "here's what our board asked me to get in writing:", "…asked me to get the following before she signs off:"
    r"|\bhere(?:'s|\s+is)\s+what\b|\b(?:get|know|ask|check|confirm|find\s+out|provide|send|tell\s+me)\b[^:]*\bthe\s+following\b"
    r"|^\W*(?:need|needed|questions|queries)\b|^\W*(?:our|my|the)\s+(?:requirements|needs|wish\s+list|brief)\b|\b(?:please\s+)?see\s+below\b)[^:]*:\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _cached(incoming: Incoming) -> tuple[Question, ...]:
    return _without_an_opening_wish(tuple(_extract(incoming)))


def _without_an_opening_wish(found: tuple[Question, ...]) -> tuple[Question, ...]:
    """A wish that opens the message and introduces the questions after it ("I'd like to book a few sessions
    next summer. Is drone use allowed?") is what they are about, not an ask of its own; alone, it is the request."""
    wishes = [q for q in found if (_A_WISH.match(q.text) or _A_LED_WISH.match(q.text)) and not _INDIRECT.search(q.text) and not _A_SERVICE_WISH.match(q.text)]
    return tuple(q for q in found if q not in wishes) if wishes and len(wishes) < len(found) and found[0] in wishes else found


def extract_questions(incoming: Incoming) -> tuple[Question, ...]:
    return _cached(incoming)


def _extract(incoming: Incoming):
    body, offset = incoming.newest, incoming.newest_start
    before: list[tuple[str, bool]] = []
    # "Could you tell me:" before a list asks through its items ("a) whether you can…", "b) how much…"):
    # the items are listed, the lead-in only when no item asks anything.
    lead_in: Question | None = None
    marked = False
    held: Question | None = None  # a wish said before a list of asks is the list's introduction, not a request of its own
    previous_end: int | None = None
    for span in fast_sentences(body):
        written = body[span.start : span.end]
        # Patterns are written with a straight apostrophe; phones and Outlook type "I’d". Same length,
        # so offsets hold; the question keeps the customer's own characters.
        sentence = written.replace("’", "'")
        if held is not None and sentence.strip():
            if not (sentence.rstrip().endswith(":") and (_NEEDS_A_LIST.search(sentence) or classify(sentence, "?" in sentence))):
                yield held  # "We'd like to order graphic novels for the library." with no "A few things:" after it
            held = None
        if lead_in is not None and _NUMBER_ALONE.fullmatch(sentence.strip()):
            marked = True  # "1." read as a sentence of its own: the item is the next one
            continue
        item = lead_in is not None and (_BULLET.match(sentence) or marked)
        marked = False
        same_line = previous_end is not None and "\n" not in body[previous_end : span.start]
        previous_end = span.end
        if lead_in is not None and not item and not (same_line and lead_in is _LISTED):
            # (a sentence on an item's own line continues the item: "2. The keyboard is English? I need the German letters.")
            if lead_in is not _LISTED:
                yield lead_in  # no list followed
            lead_in = None
        if not item and sentence.rstrip().endswith(":") and _NEEDS_A_LIST.search(sentence) and not _INDIRECT.search(sentence) and not classify(sentence, "?" in sentence):
            lead_in = _LISTED  # the items ask; the lead-in names no question of its own
            before.append((written, False))
            continue
        if asks_nothing(sentence):
            before.append((written, False))
            continue
        asks = "?" in sentence
        for i, (start, end) in enumerate(_clauses(sentence)):
            bullet = _BULLET.match(sentence, start, end)
            start = bullet.end() if bullet else start  # "- how many staff would you send?" without its "- "
            # an item asks what its lead-in asks about it: "b) how much you charge…", "- the price"
            # a clause split off where a question starts asks, mark or not: "…on one lane and is pizza included"
            split_question = i > 0 and _STARTS_YES_NO.match(sentence, start)
            kind = classify(sentence[start:end], asks or bool(split_question), continues=i > 0)
            if item and not kind and not _SAYS_OF_ITSELF.match(sentence, start):
                kind = _needed_kind(sentence[start:end])
            clause = written[start:end]
            if kind:
                nearest = before[:-3:-1]
                question = Question(
                    clause, offset + span.start + start, offset + span.start + end, kind,
                    tuple(text for text, _ in nearest), tuple(asking for _, asking in nearest),
                )
                if clause.rstrip().endswith(":") or _LEADS_A_LIST.search(clause):
                    lead_in = question  # "Could you come back to me on:", "Kindly provide the following details:"
                else:
                    if item or bullet and "?" in clause:
                        # an item asks: the lead-in is not listed; a bulleted question with no lead-in makes
                        # the bullets after it items too ("- Holiday hours?\n- Gift cards in store or online")
                        lead_in = _LISTED
                    if not item and _A_WISH.match(sentence) and end == len(sentence):
                        held = question
                    else:
                        yield question
            before.append((clause, kind is not None))
    if held is not None:
        yield held
    if lead_in is not None and lead_in is not _LISTED:
        yield lead_in


_FIRST_LETTER = re.compile(r"[A-Za-z]")
# "…whether you ship to California, what the price would be…": a list of indirect questions, not "…on Sunday, when the traffic is light"
_ASKED_BEFORE = re.compile(r"\b(?:whether|if|what|how|which)\b", re.IGNORECASE)
# "Mela Marthese, the balcony is finished or not…": a first and last name before phone typing
_LEADING_NAME = re.compile(r"(?:\W*(?!(?:Hi|Hello|Hey|Dear|Good|Thanks|Thank|Morning|Evening)\b)[A-Z][\w'-]*\s+[A-Z][\w'-]*,\s+(?=[a-z]))?")


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """A sentence split where a second question or request is joined on ("…Sundays and do I need to
    book?", "Please add three seats, and send an updated quote")."""
    first_letter = _FIRST_LETTER.search(sentence, _LEADING_NAME.match(sentence).end())
    lower_case = bool(first_letter) and first_letter.group().islower()  # phone typing, even after emoji: "🦈🦈 we're 6 students…"
    if "?" not in sentence and not _WH_WITHOUT_MARK.match(sentence):
        # phone typing puts the question after a comma: "sorry cant make tonight, can i swap to weds"
        late = _UNMARKED_QUESTION_AFTER_COMMA.search(sentence) or (lower_case and _RUN_ON_QUESTION.search(sentence, 4))
        if late:
            return [(0, late.start())] + [(late.end() + s, late.end() + e) for s, e in _clauses(sentence[late.end() :])]
    if "?" in sentence or _WH_WITHOUT_MARK.match(sentence):  # "can u do it and does the driver wait"
        joiners = [m for m in _JOINED.finditer(sentence) if not m.group("listed_wh") or _ASKED_BEFORE.search(sentence, 0, m.start())]
        if "?" not in sentence or lower_case:  # "need 80 dozen can u send by transport?"
            joiners += _RUN_ON_QUESTION.finditer(sentence)
    elif _INDIRECT.search(sentence) or REQUEST_START.match(sentence) or asks_action(sentence) or request_after_condition(sentence):
        # "…let me know whether you're free, and what you would charge": a second indirect question
        joiners = [m for m in _JOINED.finditer(sentence) if re.match(r"\s*(?:if|whether)\b", sentence[m.end() :], re.IGNORECASE)
                   or re.search(r"\band\b", m.group()) and re.match(rf"\s*{_WH}\b", sentence[m.end() :], re.IGNORECASE)
                   or m.group("listed_wh") and _ASKED_BEFORE.search(sentence, 0, m.start())]
    else:
        return [(0, len(sentence))]
    # A request joined after a first clause of some length ("Could you send over the final invoice and
    # let me know…"; "Can you check and let me know" stays one).
    joiners += [m for m in _JOINED_REQUEST.finditer(sentence) if len(sentence[: m.start()].split()) >= (3 if m.group().startswith(",") else 5)]
    joiners.sort(key=lambda m: m.start())
    kept, start = [], 0
    for m in joiners:
        # The part before a split must be a clause of its own, not a lead-in ("Also,", "If I go ahead,").
        part = sentence[start : m.start()]
        dash = m.group().lstrip().startswith(("-", "–", "—"))
        opens_a_question = rf"\W*(?:(?:and|also|so|but|plus|then)\W+)?(?:{_AUX}|{_WH})\b" if dash else rf"\W*(?:{_AUX}|{_WH})\b"
        if m.re is _JOINED and m.group("after_question") and not re.match(opens_a_question, part, re.IGNORECASE) and not (
                dash and classify(part) is not None
                and not re.search(r"\b(?:that|this|it)\W*$", sentence[m.end() :], re.IGNORECASE)):  # "– can you guarantee that?" asks of the request
            continue  # "We've got a new puppy — are dogs allowed?", "Just to check, are you open?" are one question; not
            # "I'd love a copy – is there a charge?", "If you can move us, please do – if not, what are the options?"
        if m.re is _RUN_ON_QUESTION and _WH_BEFORE_ITS_VERB.match(part) and not _PRICE_OF.match(part):
            continue  # "how many permits can i get": the verb of "how many" is still to come
        subordinate = _SUBORDINATE.match(part) and not _WH_WITHOUT_MARK.match(part)  # "when are you coming…" asks
        own_question = len(part.split()) >= 3 or (  # "Which breeds and how much…?"
            len(part.split()) == 2 and m.re is _JOINED and re.match(rf"\W*{_WH}\b", part, re.IGNORECASE)
            and re.match(rf"\s*(?:{_WH}|{_AUX} {_SUBJECT})\b", sentence[m.end() :], re.IGNORECASE))  # "how much and do u need…"
        if own_question and not (subordinate and "," not in part.rstrip(" ,")):
            kept.append(m)
            start = m.end()
    joiners = kept
    starts = [0] + [m.end() for m in joiners]
    ends = [m.start() for m in joiners] + [len(sentence)]
    return [(s, e) for s, e in zip(starts, ends) if s < e and sentence[s:e].strip()]


_LEADING_SYMBOLS = re.compile(r"^[^\w\s'\"(“‘]+\s*")


def classify(clause: str, in_question: bool = False, continues: bool = False, judging: bool = True) -> str | None:
    """The kind of answer a clause asks for, or None when it asks for nothing. ``in_question``:
    the clause belongs to a sentence ending in "?" (the first of two joined questions has none);
    ``continues``: it follows an asking clause of the same sentence ("…, and whether we can pay by invoice");
    ``judging``: the kind the verdict judges by, where a yes/no question that sets a time ("…before
    Christmas?") wants a "when" and one about a charge ("Is there a fee?") a "how much"."""
    text = VOCATIVE.sub("", _LEADING_SYMBOLS.sub("", clause.strip()))  # "🙏 and do u have…", "Bill, can you set up a meeting"
    typed = text  # before textspeak is spelt out: "u still take cash app" asks, "you still have my number" tells
    text = _NO_APOSTROPHE.sub(r"\1'\2", text)  # phone typing: "whens the last day", "whats the price"
    text = _TEXTSPEAK.sub(lambda m: _TEXTSPEAK_WORDS[m.group().lower()], text)
    lowered = text.lower()
    is_question = in_question or "?" in text or bool(_WH_WITHOUT_MARK.match(text) or _WH_WITHOUT_MARK.match(typed))
    indirect = _INDIRECT.search(text)
    asks_about = indirect and re.match(rf"\s*(?:if|whether|{_WH})\b", lowered[indirect.end() :])
    if re.match(r"\s*(?:please |also |and )*(?:can|could|would|will) you (?:please |also |just )*(?:recommend|suggest)\b", lowered):
        return "which"  # "Could you recommend a tutor?" asks for a name, not an action
    opinion = re.match(r"\s*(?:and |so )?would you say(?: that)? ", lowered)
    if opinion:
        return _kind_after_lead_in(lowered[opinion.end() :], judging) or "yes/no"  # "Would you say it is child friendly?"
    wanted = _INFORMATION_WANTED.search(lowered)
    if wanted:
        # "Can you give me their phone number?", "Let me know the cost": the answer is the information.
        return _kind_of_information(lowered[wanted.end() :], judging)
    if _PRICE_PLEASE.match(lowered):
        return "how much"  # "Price for both please." asks what it costs
    asks_politely = _PLEASE_THEN_A_QUESTION.match(text)
    if asks_politely:
        return classify(text[asks_politely.end() :], in_question=True, judging=judging)  # "pls is the lion for my uncle ready."
    if REQUEST_START.match(text) and not asks_about:
        return "request"
    if not is_question and not indirect:
        if continues and re.match(rf"\s*(?:and |or )?(?:if|whether|{_WH})\b", lowered):
            indirect = True  # "…, and whether we can pay by invoice."
        else:
            return "request" if asks_action(text) or request_after_condition(text) else None
    focus = lowered[indirect.end() :] if indirect and indirect is not True else lowered
    thanks_ahead = indirect and indirect is not True and re.search(r"appreciate|grateful", indirect.group(), re.IGNORECASE)
    polite = thanks_ahead and re.match(r"\s*(?:it )?if you (?:could|can|would)(?= \w)", focus)
    if polite:
        # "I'd be grateful if you could send the contract / tell me how…" asks what "Could you …?" asks
        return classify("could you" + focus[polite.end() :], in_question=True, judging=judging)
    condition = _CONDITION.match(focus)
    if condition:
        focus = focus[condition.end() :]  # "If so, by what date": the date is asked for
    kind = _kind_after_lead_in(focus.strip(" ,:"), judging)
    if (kind == "yes/no" or kind is None and is_question) and (_ALTERNATIVE.search(text) or re.search(r"\bwhether\b.+\bor\b(?! not\b)", lowered)):
        return "which"  # "Can I book online, or do I need to phone?"
    if kind:
        return kind
    if is_question or re.match(r"\s*(?:if|whether)\b", focus) or indirect not in (None, True) and re.search(r"\b(?:sure|certain)$", indirect.group()):
        return "yes/no"  # "I need to be sure the dye is safe": true or not
    # "let me know the type of movie" asks for information; "I'd appreciate a reply" for an action
    return "which" if indirect and not thanks_ahead else "request"


_PLEASE_THEN_A_QUESTION = re.compile(
    r"\W*(?:please|pls|plz|kindly),?\s+(?=(?:is|are|was|were|did|will) (?:the|my|our|your|it|this|that|there|these|those)\b)", re.IGNORECASE
)
_PRICE_PLEASE = re.compile(r"\s*(?:(?:and|also|plus)\s+)?(?:the |your |a )?(?:price|prices|cost|costs|rates?|pricing)\b(?! ?(?:lists?|sheets?|guides?|breakdown)\b)[\w\s,-]{0,40}?,? (?:pls|plz|please)\W*$")
# A wh-question that lost its "?": "Where is my parcel.", "How do I reset it"
_WH_WITHOUT_MARK = re.compile(
    # phone typing leaves the mark off an inverted question too: "hi do i need to turn anything on"
    r"^\s*(?:(?:hi|hiya|hey|heya|hello|howya|howdy|yo|also|and|plus|oh|so),?\s+)?(?:do|does|did|can|could|will|would|is|are|am|should|r(?= u\b)) "
    r"(?:i|we|you|u|yall|y'all|they|he|she|it|my|our|the|your|this|that|there)\s(?!believe\b)|"
    r"^\s*(?:(?:hi|hiya|hey|heya|hello|yo|and|n|&|also|oh|so|plus),?\s+)?(?:what|when|where|why|how|which|who)(?:'s|s| is| are| was| were| do| does| did| can| could| will| would| should| wasnt| isnt| didnt| doesnt| dont| cant| wont| arent| hasnt| havent|"
    r" much| many| long| soon| fast| quick(?:ly)?| far| often| big| old| late| early| to)\b|"  # "How to reset my password"
    r"^\s*(?:(?:hi|hey|hello|and|also|so),?\s+)?(?:what|which) (?:\w+ ){1,2}(?:is|are|do|does|would|will|can|should|fits?)\b|"  # "which size logs would fit"
    r"^\W*(?:what|which) \w+ (?:we|i|you|u) (?:need|want|should|must|have to)\b|"  # "What size we need for 14 persons"
    r"^\s*also,?\s+(?:is|are|does|do|can|will) (?!it\b)[a-z]+\s"  # "also is parking in the garage validated"
    r"|^\s*(?:(?:hi|hiya|hey|yo|also|and|so),?\s+)?(?:is|are) [a-z]+ (?:allowed|ok|okay|included|available|open|free|welcome)\b"  # "are dogs allowed"
    r"|^\s*(?:(?:hi|hiya|hey|yo|also|and|so),?\s+)?(?:do|does) [a-z]+ (?:come with|include|cost|need|fit|pay|get in|go free)\b"  # "do shoes come with it", "do kids pay full price"
    r"|^(?![^.!?]*\b(?:whether|wether|if)\b)(?=[^.!?]{3,90}\bor not[^\w.]*$)"  # "need vaccination cert or not", "still got or not"
    r"|^(?=[^.!?]{3,200},\s*(?:is|would) (?:that|this|it) (?:be )?(?:ok|okay|alright|all right|fine|possible|acceptable)[^\w.]*$)"  # "we pay half friday, is that ok"
    r"|^\s*(?:(?:hi|hey|also|and|so),?\s+)?where (?:in|on|at|near|exactly)\b[^.!?,]{0,30}?\b(?:is|are|do|does|can)\b"  # "where in Suva is your shop"
    r"|^\s*(?:(?:hi|hey|also|and|so),?\s+)?who (?:pays|covers|bears|foots|fixes|handles|collects)\b"  # "who pays the fine"
    rf"|^\s*(?:(?:hi|hey|also|and|so),?\s+)?(?-i:{_CAN_SERVE}|u can (?!not\b)[a-z]+\b)"  # "can deliver before 20th", not "Can deliver Friday." (the writer can)
    # "any spots left tmrw arvo", "u still take cash app": a thing asked after, or textspeak's "u" with a verb
    r"|^\s*(?:(?:hi|hiya|hey|heya|hello|yo|also|and|so),?\s+)?any (?:[\w-]+ ){0,2}(?:left|available|free|spare|openings?|spaces?|spots?|slots?|room)\b"
    r"|^\s*(?:(?:hi|hiya|hey|yo|also|and|so),?\s+)?(?:u|yall|y'all) (?:still |also |guys )?(?:take|do|have|sell|open|deliver|ship|accept|offer|make|got|need)\b"
    r"|^\W*(?-i:(?:and )?(?:the )?(?:price|rate|cost|entry|fee)s? (?:is |are )?still \S|same (?:price|rate)\b|u (?:are|r) (?:open|free|available)\b)",
    re.IGNORECASE,
)
_INFORMATION_WANTED = re.compile(
    r"^\s*(?:\w+,\s+)?(?:please |also |and |so )*(?:(?:can|could|would|will) you (?:please |also |just )*)?"
    r"(?:(?:tell|give|get|find|send|let|confirm) (?:me|us)(?: know)?|(?:give|get|find|confirm)) (?=(?:the|their|its|your|his|her|a|an|what)\b)"
    r"(?!an? (?:call|ring|buzz|shout|hand|lift)\b)",  # "give me a call" asks for an action
    re.IGNORECASE,
)
_INFORMATION_NOUN = re.compile(
    r"\b(?:number|address|name|details|contact|price|cost|fee|rate|total|amount|difference|time|date|day|location|genre|rating|"
    r"info|information|email|website|link|opening hours|hours|director|year|station|phone)\b"
)


_PER_UNIT = re.compile(r"\b(?:per|a|each|every) (?:day|night|hour|week|month|year)\b")


def _kind_of_information(phrase: str, judging: bool = True) -> str | None:
    kind = _kind_of(phrase, judging)
    if kind and kind != "yes/no":
        return kind
    noun = _INFORMATION_NOUN.search(_PER_UNIT.sub(" ", phrase))  # "the per day rate" names a rate, not a day
    if not noun:
        return "request"  # "Can you send me the invoice?" asks for an action
    word = noun.group()
    if re.match(r"s?\s+(?:list|sheet|lists|guide|breakdown)\b", phrase[noun.end() :]):
        return "request"  # "Please send me your trade price list" asks for a document
    if word in ("price", "cost", "fee", "rate", "total", "amount", "difference"):
        return "how much"  # "Could you tell me the difference in the annual subscription?"
    if word in ("time", "date", "day", "year"):
        return "when"
    if word in ("address", "location"):
        return "where"
    return "which"


# (a preposition before a wh-word leads in too: "and for how long?", "until what time?")
_LEAD_IN = re.compile(r"[:;,—–]\s+|\b(?:and|so|but|also|then|roughly|just)\s+|\b(?:for|until|till|by|from|since)\s+(?=(?:how|what|which|when|where)\b)", re.IGNORECASE)


def _kind_after_lead_in(text: str, judging: bool = True) -> str | None:
    """The kind, reading past lead-ins ("A few follow-ups: how many people…"); a wh-word anywhere
    after a lead-in beats an auxiliary at the start."""
    first = _kind_of(text, judging)
    if first not in (None, "yes/no"):
        return first
    for lead in _LEAD_IN.finditer(text):
        later = _kind_of(text[lead.end() :], judging)
        if later not in (None, "yes/no"):
            return later
    return first


# "how students install them": a plural subject and its verb, a way rather than a measure ("how serious is it").
_HOW_SUBJECT = re.compile(
    r"how [a-z]+s (?!(?:is|are|was|were|can|could|will|would|do|does|did|should|must|might|may|has|have|had|a|an|of|"
    r"it|they|you|we|i|he|she|this|that|the|my|your|our|their|to|enough|for|away|far|long|much|often|exactly)\b)[a-z]+"
)


# "How does a top-grade pearl peel after four months?", "how can a new boiler fail this fast": a complaint asking why
_HOW_COMES = re.compile(
    r"how (?:does|did|could|can|would|do) (?!you\b|i\b|we\b)[^?]{3,60}?\b(?:after (?:only |just )?(?:\w+ )?(?:days?|weeks?|months?|years?|uses?|washes?)|"
    r"(?:so|this) (?:fast|quickly|soon|easily))\b"
)
_OWN_WH = re.compile(r"(?:where|why|how come|how (?!much|many|long|soon|quickly|early|late)|which|who)\b")


def _kind_of(text: str, judging: bool = True) -> str | None:
    text = re.sub(r"^(?:(?:so|and|but|also|then|ok|okay|hi|hello)[, ]+)*(?:about|roughly|approximately|just|exactly|precisely) (?=how|what|when|where)", "", text)
    text = re.sub(r"^(?:so|and|but|also|then|ok|okay|hi|hello)[, ]+", "", text)
    text = re.sub(r"^(?:you )?(?:know |tell me |let me know )?", "", text)
    text = re.sub(r"^(?:at|by|from|until|for|on|in) (?=(?:what|which)\b)", "", text)  # "at what rate?", "in which counties?"
    # A leading where/why/how/which/who asks its own kind; a "when" or a price word later in the
    # clause ("Where should we park when we arrive?", "Why did the price go up?") does not change it.
    own_wh = _OWN_WH.match(text)
    # (not a clause told after a statement: "so I can kneel when you stop for photos")
    asks_when_later = not own_wh and re.search(r"\b(?:eta|when)\b(?! you (?:have|get|can|are|find)\b| (?:convenient|possible)\b)", text[:40])
    if asks_when_later and re.match(r"(?:i|we|you|he|she|they|it) (?!know\b|wonder|need to know\b|want to know\b)\w+", text) and \
            re.match(r" (?:you|we|i|they|he|she|it|the \w+) \w+", text[asks_when_later.end() :]):
        asks_when_later = None
    if asks_when_later and re.match(_AUX + r"\b", text) and not re.search(r"\b(?:tell|know|say|confirm|advise|find out|sure)\b[^?]{0,20}\bwhen\b", text):
        asks_when_later = None  # "Can family be present when that is done?" asks yes or no
    if re.match(r"(?:when|(?:what|which)(?:'s| is| are| was| would be)? (?:the )?(?:(?:latest|earliest|last|first|next|best) )?(?:time|date|day|week|month|hour)s?\b(?! of (?:birth|the week)\b| (?:rate|price|fee|charge|cost|pass|ticket|hire|rental)s?\b)|how many (?:days|hours|weeks|minutes|months|nights)|"
                r"how long|how soon|how fast|by when|until when|how quickly|how early|how late|how far (?:in advance|ahead)|how much notice|"
                r"(?:what|which)(?:'s| is| are)? (?:the |your )?(?:\w+ )?(?:hours|deadline|turnaround(?: time)?|lead time|last \w+ date|earliest \w+)|what's the latest|"
                r"(?:by|on|from|until|at) what (?:time|date|day))\b", text) or asks_when_later:
        return "when"
    if re.match(r"(?:how much|how many|what(?:'s| is| are| will be| would be| would| will)? (?:the |your |their |an? )?(?:(?:\d{4}|new|current|standard|usual|latest|group|trade|wholesale|retail) )?(?:hourly |daily |weekly |monthly |annual |yearly |membership |day |call-out |callout )?(?:price|cost|fee|charge|total|all-in|dues|rate(?![ -]limit))s?|"
                r"what (?:do|does|would|will) (?:[\w'’-]+ ){1,3}(?:pay(?! attention| a visit| tribute)|run(?: (?:me|us))?(?=\W*$)|(?:give|offer)(?: me| us)? for)\b|"
                r"what (?:do|does|would|will) (?:[\w'’,-]+ ){1,8}?(?:run (?:me|us)|set (?:me|us) back)\b|"
                r"what (?:kind of |sort of )?budget|(?:the )?(?:cost|price) difference\b|"
                r"what (?:kind|sort) of (?:money|figure|price|cost|sum|deposit|fee|budget)|"
                r"how (?:is|are|was|were) (?:the |your |their |its )?(?:prices?|costs?|fees?|rates?|charges?)|"
                r"what(?:'s| is| are| will be| would be)? (?:the |your |their )?(?:[\w'’]+ )?(?:tax|vat|rent|deposit|postage|surcharge|excess|tuition|commission|discount|premium)(?! for\b)|"
                r"what(?:'s| is| are| will be| would be)? (?:the |your |their )?(?:\w+ )?(?:minimum|maximum|max|min|limit|capacity)\b(?! for\b)|"
                r"what (?:do|would|will) (?:i|we) owe|what would (?:the |that |it |this )?(?:total|difference|add|come to)|what (?:would|will) (?:[\w'’-]+ ){1,6}?(?:add|come to)\b)\b", text) or not own_wh and re.search(r"\b(?:cost|price|charge|fee)s?\b|\bcharging\b", text[:60]) and re.match(rf"{_WH}|{_AUX}" if judging else rf"{_WH}|{_AUX} (?:i|we) (?:get|have|see|know)\b", text):
        return "how much"
    if re.match(r"where(?:'s| is| are)(?: my| our| the)? (?:\w+ )?(?:order|parcel|package|refund|delivery|money|item|items|shipment|replacement|repair|invoice|booking)\b", text):
        return "when"  # a status question: answered by when it comes, not by a place
    if re.match(r"where\b", text):
        return "where"
    if re.match(r"why\b|how come\b|how on earth\b|how (?:did|does|could|can|has|is|was) (?:this|that|it) (?:keep |even |possibly |ever )?(?:happen|happening|get|go wrong|end up)\b|how (?:is|was) it (?:that|possible)\b|what(?:'s| is| was) the reason\b|for what reason\b|what (?:happened|went wrong)\b|what(?:'s| is) going on\b|what(?:'s| is) (?:the )?hold[- ]?up\b|how (?:this|that|it) (?:got|slipped|went|came to|happened)\b|what(?:'s| is) taking (?:so|this) long\b", text) or _HOW_COMES.match(text):
        return "why"
    if _MEASURE.match(text) and not _HOW_SUBJECT.match(text):
        return "how much"  # a measure: "how big can they be?", "how windy will it be?"
    if re.match(r"how\b|what (?:do |does |should |must |can )?(?:i|we|to|he|she|they) (?:have to |need to |should |must |can )?do\b", text):
        return "how"  # "what do I have to do to get a refund" asks for a way
    if re.match(r"(?:what|which|who|whom|whose)\b", text):
        return "which"
    if re.match(r"(?:if|whether)\b", text) or re.match(_AUX + r"\b", text):
        # "Can the desk be delivered before Christmas?" is answered by a date, not by praise of the desk.
        # the time must be the question's own, not its condition's or a thank-you's: "If we come on Sunday,
        # could we bring a cake?", "does the basking spot look ok thanks again for Saturday!"
        asked = _THANKS_AFTER.sub("", _IF_CLAUSE.sub("", text))
        return "when" if judging and _TIME_CONSTRAINT.search(asked) else "yes/no"
    return None


_IF_CLAUSE = re.compile(r"^if [^,?]{3,80},\s*")
_THANKS_AFTER = re.compile(r"\b(?:thanks|thank you)\b.*$")
