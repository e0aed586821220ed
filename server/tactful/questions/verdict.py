"""Does the draft answer a question? By the answer its kind expects, not by topic overlap alone.

A reply that praises "the walnut desk" shares the topic of "can the walnut desk be delivered before
Christmas?" but does not answer it: a "when" question wants a date or time near the topic, "how
much" a price, a yes/no question a yes, no or a statement about the same thing, a request an
acknowledgement that it is done or when it will be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..text.layout import greeting_end, sign_off, sign_off_start
from ..text.sentences import Span, fast_sentences
from . import answer_cues as cue
from .answer_shapes import (
    BARE_ANSWER,
    answer_by_shape,
    is_first_to_answer,
    said_of_another,
    yes_of_another,
)
from .asked import (
    ASKS_A_CHARGE,
    ASKS_A_METHOD,
    ASKS_TO_BE_TOLD,
    EITHER_OR,
    alternatives,
    asked_thing,
    asked_topic,
    asks_for_a_time,
    detail_asked,
    main_clause,
)
from .conditions import condition_fails, settled_by_answer
from .extract import _CONDITION, _MEASURE, Question
from .other_words import answer_in_other_words
from .says_nothing import apology_only, praise_only, puts_off_only
from .topic import stem, topic_cached


@dataclass(frozen=True)
class Verdict:
    answered: bool | None
    answer_end: int | None
    """Code-point offset in the draft just after the sentence that answers, when one does."""


def _answers(kind: str, sentence: str, overlap: int, question: str = "", asked: int = 0, on_head: bool = False) -> bool:
    """Does an on-topic sentence give the kind of answer the question wants? ``overlap``: topic words
    shared with the question, out of ``asked``; ``on_head``: they include the thing a yes/no question
    asks for (``_head``)."""
    if sentence.rstrip().endswith("?") and kind in ("yes/no", "which") and not cue.POLAR.match(sentence):
        return False  # a question back is not an answer
    if (
        kind in ("yes/no", "request") and _ASKS_BY_AN_HOUR.search(question) and not _AN_HOUR.search(sentence)
        and not (cue.YES_NO_OPENING.match(sentence) or cue.REFUSED.search(sentence))
    ):
        return False  # "Could you deliver to our office before noon?" / "We can deliver to Clerkenwell on the 18th"
    if kind == "yes/no" and ASKS_A_CHARGE.search(question) and not cue.PRICE.search(sentence):
        return False  # "Is there a fee for changing the name?" wants a price, "free" or "no charge"
    if kind == "yes/no" and cue.ASKS_A_LEVEL.search(question) and (cue.PRICE_LEVEL.search(sentence) or cue.AMOUNT.search(sentence)):
        return True  # "Is it intermediate priced?" / "The restaurant is moderately priced"
    if kind == "yes/no":
        # A yes, a no or a statement must be about what was asked, not only its subject: "We have free
        # wifi" does not say whether it is good enough for video calls.
        if overlap >= 2 or on_head or cue.YES_NO_OPENING.match(sentence):
            return True  # on_head: "Is there somewhere to park?" / "The car park next door is free"
        if _says_it_does(question, sentence):
            return True  # "Also do they freeze ok?" / "They freeze very well for up to three months"
        if overlap and _ASKS_PERMISSION.search(question) and _WELCOME_TO.search(sentence):
            return True  # "can i come pick through them myself" / "You're welcome to come and pick through them yourself"
        done = cue.DONE_BY_US.search(sentence)
        if done and _ASKED_OF_US.search(question) and (not _ASKED_OF_ANOTHER.search(question) or topic_cached(done.group()) & topic_cached(question)):
            # "Are you going to replace it or refund me?" / "I've refunded the full £48"; "Can you tell me if the dark ones
            # can be brightened?" / "I've brightened them" (not "…whether the courier will be chased?" / "I've refunded you")
            return True
        if _ASKS_IF_NEEDED.search(question) and cue.NEEDED.search(sentence):
            return True  # "Do I need to turn anything on?" / "You'll need data roaming switched on"
        if _ASKS_IF_ADVISED.search(question) and (_IMPERATIVE.match(sentence) or _ADVICE.search(sentence)):
            return True  # "Should I loosen the strings?" / "Slacken the strings right off now"; "you can hold it in place with…"
        if _states_what_was_asked(question, sentence):
            return True  # "Or is it out of stock?" / "The pressing is in stock"
        if overlap and _does_what_was_asked(question, sentence):
            return True  # "Is it possible to send to Germany?" / "We send pipes to Germany regularly"
        if _ASKS_IF_ARRANGED.search(question) and cue.DATE_OR_TIME.search(sentence):
            return True  # "Has the hearing been scheduled yet?" / "Your hearing is set for Tuesday, January 12"
        return overlap * 3 >= asked and bool(cue.POLAR.search(sentence))
    if kind == "where" and not _a_place_not_asked(question, sentence):
        return False  # "Where in Suva is your shop?" / "Our shop is easy to find; most taxi drivers in Suva know it"
    if kind == "which" and cue.ASKS_A_RECOMMENDATION.search(question):
        # "What compost would you recommend?" / "Monsteras grow strongly in spring" names no compost
        return bool(cue.RECOMMENDED.search(sentence) or cue.NAME.search(sentence) or cue.INFORMATION.search(sentence))
    if kind == "which" and _ASKS_WHO_PAYS.search(question):
        # "Who is going to pay for my taxi?" / "we'll redo the heels free of charge" pays for something else
        return bool(cue.PAYS.search(sentence) or cue.PAYER.search(sentence) and (overlap >= 2 or asked <= 1))
    if kind == "which" and _ASKS_WHO_SOMEONE_IS.match(question):
        return _gives_a_value(sentence, question)  # "Who was the stylist?" / "All our stylists are trained" names no one
    if kind == "which":
        return True
    if kind == "how much" and re.search(r"\bhow old\b", question, re.IGNORECASE):
        return bool(cue.AGE.search(sentence))
    if kind == "how" and overlap >= 2 and _ASKS_OUR_WAY.search(question) and _OUR_WAY.search(sentence):
        return True  # "How do you repair ivory keytops?" / "For antique keytops I use reclaimed ivory…"
    if kind == "how" and _HOW_TO_GET.match(question) and cue.DONE_BY_US.search(sentence):
        return True  # "How do I get a refund for our tickets?" / "I've refunded all four tickets"
    if kind == "how much":
        counting = (
            _MEASURE.search(question) or re.search(r"\bhow much (?!does|do|is|are|will|would|cost|for|to|per|each|a head|more\s+(?:is|are|does|do|will|would|cost|for|to)\b|more\W*$)\w", question, re.IGNORECASE)
            or re.search(r"\b(?:minimum|maximum|max|min|limit|capacity)\b", question, re.IGNORECASE)  # "What's the minimum booking?" / "Six people"
        )
        if _ASKED_AS_YES_NO.match(question) and not ASKS_A_CHARGE.search(question) and cue.YES_NO_OPENING.match(sentence):
            return True  # "Am I entitled to a full refund including the fees?" / "Yes — …"
        if cue.PRICE_DODGE.search(sentence) and not cue.AMOUNT.search(sentence):
            return False  # "What it comes to depends on how many windows there are"
        level = cue.ASKS_A_LEVEL.search(question) and cue.PRICE_LEVEL.search(sentence)
        return bool(_gives_a_price(sentence) or level or (counting and cue.QUANTITY.search(sentence)))
    if kind == "request" and _NEEDED_BY.search(question) and not (
            cue.DEADLINE.search(sentence) or cue.A_DAY.search(sentence) or _IN_TIME.search(sentence) or cue.YES_NO_OPENING.match(sentence)
            or cue.REFUSED.search(sentence) or cue.ACKNOWLEDGED.search(sentence)):
        return False  # "We'll need both vans ready by Monday 1 February" / "The welding comes to P 18,400 for both vans"
    if kind == "request":
        # an undated hand-off ("I'll pass your note on to the team") is not the thing done
        done = cue.done(sentence)
        if cue.REFUSED.search(sentence) or on_head and (done or ASKS_TO_BE_TOLD.search(question)):
            return True  # "Can you send them the invoice?" / "I emailed the invoice to them this morning"
        if overlap and cue.SENT_BY_US.search(sentence):
            return True  # "I want to see the race officer's notes" / "I've attached a scan of her notes"
        if on_head and (question.rstrip().endswith("?") or _ASKED_TO_DO.match(question)) and _FITS_IN.search(sentence):
            return True  # "Can you fit 22 people at once?" / "22 works great"
        if overlap and _ASKS_A_NEW_ONE.search(question) and _A_NEW_ONE_GIVEN.search(sentence):
            return True  # "I'd like a replacement cask sent out" / "A new cask will go out to you on Friday"
        if overlap < 2 and overlap * 3 < asked:
            return False  # "I've added three seats to your Team plan" does not send the quote to the accounts team
        asked_as_a_question = question.rstrip().endswith("?") or _ASKED_AS_YES_NO.match(question)
        if asked_as_a_question and (cue.ACKNOWLEDGED.search(sentence) or _ACCEPTS.search(sentence)) or overlap >= 2 and _ACCEPTS.search(sentence):
            return True  # "Would you teach me fingerstyle?" / "so yes, absolutely"; "they're very welcome to join"
        if done or cue.PROMISED.search(sentence):
            return True  # "I want a full refund" / "you will have a full refund straight away"
        if (overlap >= 2 or overlap * 2 >= asked and _WE_WILL.search(sentence)) and (_WILL_DO.search(sentence) or _CAN_COME.search(sentence)) and not cue.HANDOFF.search(sentence):
            return True  # "Please invoice the school" / "The invoice will go to the school office"
        if _does_what_was_asked(question, sentence):
            return True  # "Can you run several rooms at once?" / "we run four rooms side by side"
        # "Please send me the tracking number" / "It's 9400 1000…" gives it; "Please remove the charge" /
        # "The foundation is charged at $199" only describes it
        return overlap >= 2 and bool(cue.INFORMATION.search(sentence)) and not _ACTION_REQUEST.match(question)
    if kind == "when" and _ASKS_A_START.search(question) and not cue.DATE_OR_TIME.search(cue.DURATION.sub(" ", sentence)):
        return False  # "When does the spring harvest start?" / "…ten minutes' walk from the finca" gives a length, not a day
    if kind == "when" and _ASKS_THE_HOUR.search(question) and not _AN_HOUR.search(sentence):
        return False  # "What time will the van get to us on the 21st?" / "I'll call the building this week"
    if kind == "when" and _ASKS_A_USUAL_LENGTH.search(question) and not (cue.DURATION.search(sentence) or cue.DEADLINE.search(sentence)):
        return False  # "How long does a repair usually take?" / "our repair bench is run on Tuesdays and Thursdays"
    if kind == "when" and _ASKS_HOW_LONG_A_STATE.search(question) and not (cue.DURATION.search(sentence) or cue.UNTIL.search(sentence)):
        return False  # "How long would the organ be out of action?" / "I'll email the quote by Friday 18 December"
    if kind == "when" and (cue.DATES_TO_FOLLOW.search(sentence) or cue.HURRY.search(sentence) or cue.UPON_A_CONDITION.search(sentence)):
        return False  # "When is the first course in spring?" / "We'll publish the 2027 dates in the new year", "I'd book soon"
    asked_as_yes_no = _ASKED_AS_YES_NO.match(_CONDITION.sub("", question))
    if kind == "when" and asked_as_yes_no and (cue.YES_NO_OPENING.match(sentence) or cue.REFUSED.search(sentence) and overlap >= 1):
        return True
    habitual = _ASKS_A_HABIT.match(question) and not _BY_A_DEADLINE.search(question)  # "Do they cover Sundays?"
    if kind == "when" and asked_as_yes_no and not (habitual or cue.FUTURE.search(sentence) or cue.STANCE.search(sentence) or cue.DONE_BY_US.search(sentence)):
        return False  # "Will it arrive before Christmas?" / "It has been held up by the pre-Christmas backlog"
    if kind == "when" and cue.ONE_OFF.search(question):
        # "When will the troughs be back on?" / "we drain the troughs every December": how often is not when
        sentence = cue.HABIT.sub(" ", sentence)
        if not cue.FUTURE.search(sentence):
            return False  # "Bare-root roses are best planted between November and March" is no restock date
        if _PAST_REPORT.search(sentence) and not cue.FUTURE.search(re.sub(r"\d", "", sentence)):
            return False  # "When will I get it back?" / "Your cancellation was logged on October 18": a date gone by
    if kind == "why" and overlap >= 2 and _A_LAPSE.search(sentence):
        return True  # "Why was I charged when I cancelled?" / "your cancellation was logged, but it was never entered in our billing"
    if kind == "where" and cue.NAMED_PLACE.search(sentence):
        return True
    return bool(cue.EXPECTS[kind].search(sentence))


@lru_cache(maxsize=64)
def _body(draft: str) -> tuple[int, int]:
    """The draft between its greeting and its sign-off: the signature is no answer."""
    return greeting_end(draft), sign_off_start(draft)


_ACTION_REQUEST = re.compile(
    r"\W*(?:(?:please|kindly|can you|could you|would you|will you|I'd like you to|I want you to)\s+)*"
    r"(?:remove|cancel|refund|delete|waive|reverse|change|fix|replace|stop|close|reduce|credit|upgrade|downgrade|switch|move|"
    r"reschedule|repair|return|collect|pick up|take|drop)\b",
    re.IGNORECASE,
)
_ASKS_WHO_SOMEONE_IS = re.compile(r"\W*(?:and |so |but )?(?:who(?:'s| is| was| are| were) (?:the|your|my|our|her|his|their)\b|who (?:did|do) (?:I|we) (?:speak|talk|deal) (?:to|with)\b)", re.IGNORECASE)
_ASKS_WHO_PAYS = re.compile(r"\bwho(?:'s| is| will| would|'ll| should)? (?:going to |have to |has to )?(?:pay|pays|paying|cover|covers|covering|foot|foots)\b", re.IGNORECASE)
_ASKS_A_USUAL_LENGTH = re.compile(r"\bhow long (?:(?:does|do|did|would|will|should)\b.*\b|it |they )takes?\b|\bhow long\b.*\b(?:usually|normally|typically|generally)\b", re.IGNORECASE)
# The topic named only as something to talk over later: "I'll ring you to talk about the hotel".
_TALK_ABOUT = re.compile(r"\b(?:talk|speak|chat)(?: (?:to|with) you)? (?:about|through|over)\b", re.IGNORECASE)
_DAY_OR_MONTH = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?", re.IGNORECASE)
_PAST_REPORT = re.compile(r"\b(?:was|were|had|did)\b|\b[a-z]+ed (?:on|in|at) ", re.IGNORECASE)
# How long a state lasts wants a length or its end: "How long is the quote good for?" / "It's valid for 30 days"
_ASKS_HOW_LONG_A_STATE = re.compile(
    r"\bhow long (?:is|are|was|were|would|will|'ll|can|could|should|does|do)\b(?:(?!\btake\b)[^?])*?"
    r"\b(?:be|stay|last|good|valid|open|closed|out|off|down|away|kept|remain|in there)\b",
    re.IGNORECASE,
)
_ASKS_BY_AN_HOUR = re.compile(r"\b(?:before|by|after|until|till) (?:noon|midday|midnight|\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d\d)", re.IGNORECASE)
# A deadline the customer needs met: "The first 60 bags will be needed by Friday 8 January", "it has to reach us by the 15th"
_NEEDED_BY = re.compile(
    rf"(?:\b(?:needed|need|want|has to|have to|must)\b|^\W*(?:delivery|delivered|ready|done|finished|installed)\b)[^.?!]{{0,60}}?(?:{cue.DEADLINE.pattern}|\b(?:by|before|no later than) the (?:first|last|second|third) (?:week|weekend|days?)\b)",
    re.IGNORECASE,
)
# …met by a time on any words: "you'd all be out the door by 10:30", "it should be in Dayton well before the 15th"
_MEETS_A_DEADLINE = re.compile(r"\b(?:ready|done|finished|complete|out|be in|be there|be with you|delivered|arrive|arrives|reach|land|dispatched|shipped|gets?|have (?:it|them))\b", re.IGNORECASE)
_IN_TIME = re.compile(r"\bin (?:good |plenty of )?time\b|\bwell before\b|\bby then\b", re.IGNORECASE)
_ASKS_A_HABIT = re.compile(r"\W*(?:and |also |so |but )?(?:do|does|are|is) (?:you|they|it|he|she|the \w+|your \w+)\b", re.IGNORECASE)
_BY_A_DEADLINE = re.compile(r"\b(?:before|by|until|till|in time)\b", re.IGNORECASE)
# A new one asked for, and given: "Please remake it" / "I've cut a new frame"; "I expect it replaced" / "a new unit will go in"
_ASKS_A_NEW_ONE = re.compile(r"\b(?:replace(?:ment|d)?|remake|redo|re-?made|new one|another one)\b", re.IGNORECASE)
_A_NEW_ONE_GIVEN = re.compile(
    r"\b(?:new|replacement|fresh) [\w-]+(?: [\w-]+)? (?:will|'ll|is|are|has|have|went|goes)\b|"
    r"\b(?:I|we)(?:'ve| have)? (?:just |now |already )?(?:cut|made|sent|posted|dispatched|shipped|printed|ordered|packed) (?:you )?(?:a|an|your|two|three) (?:new|replacement|fresh)\b|"
    r"\b(?:I|we)(?:'re| are|'m| am) (?:\w+ )?(?:sending|posting|making|shipping|dispatching) (?:you )?(?:a|an|your|two|three) (?:new|replacement|fresh)\b",
    re.IGNORECASE,
)
# A lapse told in the past is a reason: "it was never entered", "the aluminium wasn't pre-baked", "my check should have caught it and didn't"
_A_LAPSE = re.compile(r"\b(?:was|were|had|did|could|would)(?:n't| not| never)\b|\bshould have (?:been )?\w+ed\b|\bwhat happened\b", re.IGNORECASE)
_ASKS_A_START = re.compile(r"\bwhen (?:does|do|will|is|are|would) (?:[\w'-]+ ){1,4}?(?:start|begin|open)\b", re.IGNORECASE)  # not "arrive": "in 5 minutes" is when
_ASKS_THE_HOUR = re.compile(r"\b(?:what|wat|which) (?:time|times|hour)\b", re.IGNORECASE)
_AN_HOUR = re.compile(rf"{cue.CLOCK.pattern}|\b(?:\d{{1,2}}(?:am|pm)?\s?(?:-|–|to|and)\s?\d{{1,2}}\s?(?:am|pm|o'clock)|\d{{1,2}} (?:till|until) \d{{1,2}}|(?:open|close|closes|closed|shut|shuts)(?: \w+)? (?:till|until|til|from|at) \d{{1,2}}(?![\d:.,]?\d)|24 hours|all day|(?:in|within) (?:\w+ ){{0,2}}(?:minutes?|hours?|mins?)|o'clock|mornings?|afternoons?|evenings?|lunchtime|first thing|half past|quarter (?:past|to))\b", re.IGNORECASE)
# How the business does something, told as what it does: "we use", "I match", "our engineers fit".
_ASKS_OUR_WAY = re.compile(r"\bhow (?:(?:do|would|will|can) you|you (?:do|would|will|can))\b", re.IGNORECASE)  # "how you would send them to Lima"
_OUR_WAY = re.compile(r"\b(?:I|we|our \w+)(?: \w+ly| always| usually| normally| first)? (?!am\b|are\b|have\b|had\b|was\b|were\b|will\b|would\b|can\b|could\b|'re\b|hope\b|think\b)[a-z]+(?<!ed)\b", re.IGNORECASE)
_ASKS_WHAT_WE_DO = re.compile(r"\bhow (?:(?:can|could|do|should|would|might|must) )?(?:I|we)\b(?! (?:be sure|know|trust|tell)\b)|\bhow (?:am I|are we) (?:supposed|meant) to\b|\bhow to\b|\bhow (?:should|do|must) (?:it|they|this|these) be\b|\bwhat (?:to do|(?:should|can|do) (?:I|we) do)\b", re.IGNORECASE)
_TO_DO_IT = re.compile(r"\W*to \w+(?: \w+){0,3}, (?:just |simply )?", re.IGNORECASE)
_HOW_TO_GET = re.compile(r"\W*(?:and |so |but )?how (?:do|can|could|would) (?:I|we) \w+", re.IGNORECASE)
# "How much do I owe?", "Is there a charge?": the price word is the kind of answer, not a topic.
_PRICE_WORD = frozenset({"price"})
_TIME_WORD = frozenset({"tim"})  # the stem of "time": "What times would he get them?" names nothing
_TIME_TOPICS = _TIME_WORD | {"weekday", "#when", "#clock"}  # a day or an hour shared, nothing else
_DAY_OF_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\s?(?:am|pm|a\.m|p\.m|:|\.\d|%|[£$€]))", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)(?:day)?s?\b", re.IGNORECASE)


_BARE_REPLY = re.compile(r"\s*(?:[!.,;:–—-]|$)")


def _stance_on_the_day(sentence: str) -> bool:
    """A stance that can be about the day asked: "we do", "we can" only opening the sentence ("We do, 10 to 4"), not a
    plan for another day later in it ("Your fitting is Friday, and we will call a week on Monday")."""
    stance = cue.STANCE.search(sentence)
    if not stance or not re.match(r"(?:we|you) ", stance.group(), re.IGNORECASE):
        return bool(stance)
    # "we" or "you" with an auxiliary answers only as the sentence's bare reply: "We do, 10 to 4", not
    # "We will call a week on Monday", a plan for another day
    return stance.start() <= len(sentence) - len(sentence.lstrip()) and bool(_BARE_REPLY.match(sentence, stance.end()))


def _another_weekday(question: str, sentence: str) -> bool:
    """The sentence names weekdays, none of them the one the question asks about, nor its day of the month
    ("before our first practice, Tuesday 5 January?" / "I'll post them on Monday, well before the 5th")."""
    asked = {m.group(1).lower() for m in _WEEKDAY.finditer(question)}
    named = {m.group(1).lower() for m in _WEEKDAY.finditer(sentence)}
    if not (asked and named and not asked & named):
        return False
    days = {m.group(1) for m in _DAY_OF_MONTH.finditer(question)}
    return not days & {m.group(1) for m in _DAY_OF_MONTH.finditer(sentence)}


_FOR_THAT = re.compile(r"\bfor (?:that|this|it|them|those)\b", re.IGNORECASE)  # "Is there a charge for that?" names a thing
_ASKS_IF_ADVISED = re.compile(r"\bshould (?:I|we)\b|\bis it (?:ok|okay|fine|best|better|safe) (?:to|if)\b", re.IGNORECASE)
_ADVICE = re.compile(r"\byou (?:can|could|should|shouldn't|may|might want to|'ll want to)\b|\b(?:best|better|safest|fine) (?:to|not to)\b|\b(?:don't|do not|never)\b", re.IGNORECASE)
# An instruction: a verb first, then what it acts on ("Slacken the strings", "Keep them in the fridge").
_IMPERATIVE = re.compile(
    r"\W*(?:please |just |simply |definitely )?(?!(?:the|your|our|my|this|that|these|those|it|its|we|i|you|they|he|she|there|a|an|thanks|thank|sorry|"
    r"yes|no|hi|hello|dear|if|when|as|so|but|and|for|in|on|at|with|from|after|before|because|once|some|most|all|every|each)\b)"
    r"(?-i:[A-Za-z][a-z]+)(?: (?:right )?(?:off|up|out|down|back|away|in|on|with|to|at))? (?:the|your|it|them|a|an|this|that|those|these|him|her)\b",
    re.IGNORECASE,
)
# An instruction to keep or stop doing something: "Keep spraying it with saline twice a day", "Avoid touching it".
_KEEP_DOING = re.compile(r"\W*(?:please |just )?(?:keep|avoid|stop|try|start)\s+[a-z]+ing\b", re.IGNORECASE)
_ASKS_IF_ARRANGED = re.compile(r"\b(?:been |be |get |got )?(?:scheduled|booked|arranged|confirmed|set up|fixed|rebooked)\b", re.IGNORECASE)
_ASKS_IF_NEEDED = re.compile(r"\b(?:do|does|will|would) (?:I|we|he|she|they|you) (?:still )?(?:need|have) to\b", re.IGNORECASE)
_ASKED_AS_YES_NO = re.compile(r"\W*(?:and |also |so |but )?(?:is|are|am|was|were|do|does|did|can|could|will|would|have|has|should|may|must)\b", re.IGNORECASE)


# "Are you going to replace it?" asks what we do; "Can you tell me whether the courier will be chased?" asks of another
_ASKED_OF_US = re.compile(r"\b(?:are|will|would|can|could) you\b", re.IGNORECASE)
_ASKED_OF_ANOTHER = re.compile(r"\b(?:are|will|would|can|could) you (?:also |please )?(?:tell|let|confirm|advise|say|explain|find out)\b", re.IGNORECASE)
# "Do they freeze ok?": the thing asked about, and what it is asked to do
_ASKS_WHAT_IT_DOES = re.compile(r"\W*(?:or |and |so |also )?(?:do|does|did|will|would|can) (?P<subject>it|they|these|those|he|she) (?P<verb>[a-z]{3,})\b", re.IGNORECASE)


_WHERE_WITHIN = re.compile(r"\bwhere (?:exactly )?(?:in|on|at|near|about)\b", re.IGNORECASE)


def _a_place_not_asked(question: str, sentence: str) -> bool:
    """A place in the sentence beyond the one a "where in Suva…" question names itself."""
    if not _WHERE_WITHIN.search(question):
        return True
    for found in cue.PLACE.finditer(sentence):
        word = re.match(r"[\w'-]+", sentence[found.end() - 1 :])
        if not word or not re.search(rf"\b{re.escape(word.group())}\b", question, re.IGNORECASE):
            return True
    return False


_ASKS_PERMISSION = re.compile(r"\b(?:can|could|may) (?:I|we|u|they|he|she)\b", re.IGNORECASE)
_WELCOME_TO = re.compile(r"\b(?:(?:is|are|'s|'re) (?:\w+ )?welcome to|(?:feel free|are free|is free) to)\b", re.IGNORECASE)


def _says_it_does(question: str, sentence: str) -> bool:
    """"Do they freeze ok?" / "They freeze very well"; "Did she say anything?" / "Giulia didn't say anything to me"."""
    asked = _ASKS_WHAT_IT_DOES.match(question)
    if not asked or asked.group("verb").lower() in ("have", "need", "get", "take", "make", "know", "want", "mind"):
        return False
    subject = asked.group("subject").lower()
    subjects = r"(?:it|this|that)" if subject == "it" else rf"(?:{subject}|(?-i:[A-Z][a-z]+))" if subject in ("he", "she") else r"(?:they|these|those)"
    negated = r"(?:will |would |can |do |does |did |won't |wouldn't |can't |don't |doesn't |didn't )?(?:not )?"
    return bool(re.search(rf"\b{subjects}(?: (?:all|both|\w+ly))? {negated}{re.escape(asked.group('verb'))}(?:s|es)?\b", sentence, re.IGNORECASE))


# "Is it out of stock?", "Are they dishwasher safe?": a state asked of a pronoun, which a statement of the
# same state answers whatever its subject ("The pressing is in stock").
_ASKS_A_STATE = re.compile(r"\W*(?:or |and |so |also )?(?:is|are|was|were) (?:it|they|this|that|these|those|he|she)(?: not)?\b(?P<state>.+)", re.IGNORECASE)
_STATED = re.compile(r"(?:\b(?:is|are|was|were)|\b(?:it|that|this|he|she)'s|'re)(?:n't| not)?(?: (?:now|still|already|currently|back|fully|all|also|very|completely))*\b(?P<state>(?:\W+\w+){1,3})", re.IGNORECASE)


def _states_what_was_asked(question: str, sentence: str) -> bool:
    asked = _ASKS_A_STATE.match(question)
    if not asked:
        return False
    state = topic_cached(asked.group("state"))
    return bool(state) and any(topic_cached(stated.group("state")) & state for stated in _STATED.finditer(sentence))


# Acceptance said of a thing: "Invoicing is fine", "your Bernese will be fine", "Northern Ireland is no problem".
_ACCEPTED_SUBJECT = re.compile(rf"\b([A-Za-z][\w-]+) (?:{cue.ACCEPTED}|will be (?:fine|ok|okay|no problem|welcome|allowed))\b", re.IGNORECASE)
_ACCEPTS = re.compile(rf"\b{cue.ACCEPTED}\b", re.IGNORECASE)
_FITS_IN = re.compile(rf"\b(?:(?:is|are|'s|'re) (?:\w+ly )?(?:fine|ok|okay|no problem)|{cue.WORKS_FOR_US})\b", re.IGNORECASE)
_ASKED_TO_DO = re.compile(r"\b(?:can|could|would|will) (?:you|u) (?:please |also |just )?(?P<verb>[a-z]+)\b", re.IGNORECASE)
# "Is it possible to send to Germany?", "Do you ever come out to Kells?": the act asked of the writer
_ASKED_IF_POSSIBLE = re.compile(r"\b(?:(?:is it|would it be|it is) possible (?:for you )?to |(?:are|would) you (?:be )?able to |do you (?:ever |still |also )?)(?P<verb>[a-z]+)\b", re.IGNORECASE)


def _does_what_was_asked(question: str, sentence: str) -> bool:
    """The writer says they do, or will do, the very act asked: the request's verb with "we" or "I"."""
    asked = _ASKED_TO_DO.search(question) or _ASKED_IF_POSSIBLE.search(question)
    if not asked or asked.group("verb").lower() in ("do", "be", "have", "get", "make", "let", "tell", "give", "help"):
        return False
    verb = re.escape(asked.group("verb"))
    # "we run four rooms", "I'll send it"; or the act said of the thing: "Older safes can usually be opened"
    return bool(
        re.search(rf"\b(?:we|I)(?:'ll| will| can| do| always| usually| often)? {verb}\b", sentence, re.IGNORECASE)
        or re.search(rf"\b(?:can|will|could)(?: \w+ly)? be {verb}(?:ed|d|n)?\b", sentence, re.IGNORECASE)
    )


# Money back demanded in full, and a refund that does not say it is in full: "Please refund the whole
# order, not just the oil" / "I've refunded the oil and the two sleep masks".
_IN_FULL = re.compile(r"\b(?:full|fully|in full|whole|entire|every (?:cent|penny)|all of it|everything|complete)\b", re.IGNORECASE)
_MONEY_BACK = re.compile(
    r"\brefund|\bmoney back\b|\breimburs|\bcredit(?:ed)?\b(?! card)|\bback (?:on|to|into) (?:your|the) (?:card|account|visa|mastercard|amex)\b|\bpay (?:you|it) back\b"
    r"|\breturn(?:ed)? (?:the|your) (?:[£$€]|money|payment|deposit|fee)|\btransfer(?:red)? (?:you )?(?:the )?[£$€\d]|\b(?:pay|cover) (?:the|your) (?:bill|cost)"
    r"|\boff (?:your|the) (?:next )?(?:invoice|bill|account|balance)\b",  # "I've taken $150 off your invoice"
    re.IGNORECASE,
)


def _sums(text: str) -> list[float]:
    return [float(m.group("figure").replace(",", "")) for m in cue.SUM.finditer(text)]


_A_SHARE = re.compile(r"\b(?:half|per|each|a head|at least|a share|part of|a portion)\b|%", re.IGNORECASE)


def _partly_refunded(request: str, sentence: str) -> bool:
    """A sum named in the request must come back whole, or as the total of its sums ("a full refund of the
    $189" / "I've refunded the $189"); another sum is part of it ("$198.15 in all" for "$287.40")."""
    if not (_MONEY_BACK.search(request) and _MONEY_BACK.search(sentence)):
        return False
    asked, given = _sums(request), set(_sums(sentence))
    if asked and given and (_IN_FULL.search(request) or not _A_SHARE.search(request)):
        # (without "full": "I expect the two lost charters (US$ 640) refunded" / "the US$ 180 for the planks will be refunded";
        # but "at least half the $89 per person" / "US$178 for the four of you" is a share of it)
        return not (given & set(asked) or round(sum(asked), 2) in given)
    return bool(_IN_FULL.search(request)) and not _IN_FULL.search(sentence)


# Money asked back (given back: _MONEY_BACK)
_ASKS_MONEY_BACK = re.compile(
    r"\brefund(?:ed)?\b|\b(?:money|\$[\d,.]+|£[\d,.]+|€[\d,.]+|fee|deposit|charge|payment) back\b|\bcome back to (?:me|us)\b|\ba reduction (?:on|off)\b|\bgive (?:me )?back\b|\b(?:a |some )?credit(?:ed)? (?:for|to|on)\b|\bcredited\b|\breimburse",
    re.IGNORECASE,
)
# What the business will do about a problem: "What are you going to do about it?", "What is actually being done to fix it?"
_ASKS_OUR_PLAN = re.compile(
    r"\bwhat (?:are|is|will|would|do|does) (?:you|your [\w-]+|anyone|someone)(?: \w+ly)? (?:going to |planning to |intend(?:ing)? to )?(?:do|change)\b(?! you\b| I\b| we\b)"
    r"|\bwhat(?:'s| is| are)(?: \w+ly)? being done\b|\bwhat you(?:'re| are)? (?:going to|planning to|will) (?:do|change)\b",
    re.IGNORECASE,
)
_PLAN_WORDS = frozenset(stem(w) for w in ("fix", "change", "sure", "stop", "stops", "happen", "happening", "again", "future", "make", "prevent"))
_WE_WILL = re.compile(r"\b(?:we|I|our \w+|(?:one|two|three|some|both) of (?:us|our \w+|my \w+))(?:'ll| will)\b", re.IGNORECASE)  # not "Your parcel will arrive"
# Someone will do something, on a day said after it: "our tech will be at your house on Wednesday".
# An offer to do it: "Our artist Kamran can come to paint the name plates"
_CAN_COME = re.compile(r"\b(?:we|I|(?-i:[A-Z][a-z]+)) can (?:come|send someone|be there)\b", re.IGNORECASE)
_WILL_DO = re.compile(r"\b(?:will|'ll) (?!not\b|be in touch|get back|let you|keep you|try\b|need\b|have to\b)\w+", re.IGNORECASE)


def _dated_commitment(sentence: str) -> bool:
    will = _WILL_DO.search(sentence)
    return bool(will and cue.DATE_OR_TIME.search(sentence, will.end()) and not cue.HANDOFF.search(sentence))


_CLAUSES = re.compile(r",\s*(?:and|but)\s+|;\s*|:\s*")


def _own_clause_answers(sentence: str, shared: frozenset[str]) -> bool:
    """A later clause of a sentence that shares the question's words gives a yes or no of its own: "Yes,
    we can retie the springs, and we can certainly keep the embroidery: we'd take the fabric off…"."""
    later = _CLAUSES.split(sentence)[1:]
    return any(cue.POLAR.search(clause) for clause in later) and any(topic_cached(clause) & shared for clause in later)


def _antecedent(question: Question, draft: str, draft_sentences, asked_together: tuple[Question, ...], earlier: Sequence[Verdict]) -> Verdict | None:
    """The verdict on the question a conditional one hangs on ("Is the US included? If not, how much is
    the pass?"), or None when it hangs on no question of the message. ``earlier`` holds the verdicts
    already made on ``asked_together`` in order; one not made yet is made here."""
    if not _CONDITION.match(question.text) or question not in asked_together:
        return None
    index = asked_together.index(question)
    if index == 0:
        return None
    if index - 1 < len(earlier):
        return earlier[index - 1]
    return verdict(asked_together[index - 1], draft, draft_sentences, asked_together)


# "free" for something else ("a free taster", "a crew free on Wednesday", "three plots free now") prices nothing asked
_FREE_ELSEWHERE = re.compile(r"\b(?:a|an|our|the|your|with|and|one) free (?!of\b|to\b|for\b|entry\b|admission\b|delivery\b|postage\b|shipping\b)[\w-]+|\bfree (?:on|now|at|this|next|from|until|in)\b", re.IGNORECASE)


def _gives_a_price(sentence: str) -> bool:
    prices = [m for m in cue.PRICE.finditer(sentence) if m.group().lower() != "free"]
    return bool(prices) or bool(cue.PRICE.search(sentence)) and not _FREE_ELSEWHERE.search(sentence)


def _gives_a_value(sentence: str, question: str) -> bool:
    """A number, a link, an address or a name the question does not already hold: "Union Station",
    "0161 496 0123"."""
    if cue.INFORMATION.search(sentence):
        return True
    asked = question.lower()
    return any(name.lower() not in asked and not _DAY_OR_MONTH.fullmatch(name) for name in cue.NAME.findall(sentence))


def verdict(
    question: Question, draft: str, draft_sentences: list[Span] | None = None, asked_together: tuple[Question, ...] = (), earlier: Sequence[Verdict] = ()
) -> Verdict:
    """``asked_together``: every question of the message: a sentence about another one answers not this one.
    ``earlier``: the verdicts already made on the first of them, in order (a conditional question reads
    the one it hangs on there instead of judging it again)."""
    # The cues are written with a straight apostrophe; Outlook and phones type "There’s". Same length,
    # so offsets hold.
    draft = draft.replace("’", "'")
    if "’" in question.text or any("’" in q.text for q in asked_together):
        question = replace(question, text=question.text.replace("’", "'"))
        asked_together = tuple(replace(q, text=q.text.replace("’", "'")) for q in asked_together)
    before = _antecedent(question, draft, draft_sentences, asked_together, earlier)
    # a choice asked as one ("Do you rent hockey skates, or only figure skates?"), not a yes/no with a way out ("…, or is that too much?")
    choices = alternatives(question.text) if question.kind == "which" else None
    if question.kind in ("yes/no", "request") and EITHER_OR.search(question.text):
        question = replace(question, kind="which")
    detail = detail_asked(question.text)
    if detail and not EITHER_OR.search(question.text):
        question = replace(question, kind=detail[0])
    own, borrowed = asked_topic(question)
    asked = own | borrowed
    spans = draft_sentences if draft_sentences is not None else fast_sentences(draft)
    body_start, body_end = _body(draft)
    spans = [span for span in spans if span.end > body_start and span.start < body_end] or spans
    spans = [span for span in spans if not cue.WISH.match(draft, span.start)] or spans
    if not asked:
        # "How much is it?": nothing to match a topic on; any answer of the right kind will do, and a
        # plain "Yes, …" or "No, …" answers a yes/no question.
        for span in spans:
            sentence = draft[span.start : span.end]
            if question.kind == "yes/no" and cue.YES_NO_OPENING.match(sentence):
                return Verdict(True, span.end)
            if _answers(question.kind, sentence, 0, question.text) and question.kind not in ("which", "yes/no", "request"):
                return Verdict(True, span.end)
        return Verdict(None, None)
    head = asked_thing(question.text, question.kind) if question.kind in ("yes/no", "request") else frozenset()
    if before is None:
        failed = condition_fails(question, draft, spans)
    else:  # settled only by a real answer to the question it hangs on
        failed = settled_by_answer(question, draft, spans, before.answer_end) if before.answered else None
    if failed is not None:
        return Verdict(True, failed)
    # "What is the address of the hall?" wants an address: "The hall has a kitchen" is about the hall only.
    # (not in a choice: "Can the vouchers be posted or is it email only?" asks which way, not for an address)
    value = cue.detail_value(main_clause(question.text)) if question.kind == "which" and not EITHER_OR.search(question.text) else None
    related = []
    for span in spans:
        sentence = draft[span.start : span.end]
        overlap = asked & topic_cached(sentence)  # cached: while typing, most sentences repeat
        if overlap:
            # a date that names a thing ("my February payment") relates a dated sentence, it adds no weight
            weight = len(overlap - {"#when"}) if "#when" in overlap and not asks_for_a_time(question.text) else len(overlap)
            related.append((weight, span, sentence, overlap))
    # money back and nothing else ("Either replace it or refund me" and "If not, I want a refund" can be met otherwise)
    money_back_only = question.kind == "request" and _ASKS_MONEY_BACK.search(question.text) and not re.search(r"\bor\b|^\W*if\b", question.text, re.IGNORECASE)
    for overlap, span, sentence, shared in sorted(related, key=lambda r: -r[0]):
        if choices and not topic_cached(sentence) & (choices[0] | choices[1]) and not (cue.YES_NO_OPENING.match(sentence) or cue.REFUSED.search(sentence)):
            continue  # "Do you rent hockey skates, or only figure skates?" / "Public skate runs from noon" picks neither
        if praise_only(sentence) or apology_only(sentence) or question.kind != "why" and puts_off_only(sentence):
            continue  # "Spin is one of our most loved classes": praise for the topic answers nothing about it
        talk = _TALK_ABOUT.search(sentence)
        if talk and not asked & topic_cached(sentence[: talk.start()]):
            continue  # "I'll ring you this afternoon to talk about the hotel" puts off whether it is covered
        # Only the words borrowed from the sentence before are shared: a plain yes or no, or the kind
        # of answer a "when" or "how much" wants, still answers; talk about the topic does not.
        if value is not None and not (value.search(sentence) or detail and cue.GIVEN_BACK.match(sentence)):
            continue
        if detail and question.kind == "which" and not (shared & detail[1] or _gives_a_value(sentence, question.text)):
            continue  # "Can you tell me the director?" / "The film on Friday is a comedy" names no director
        if question.kind in ("yes/no", "request") and "#when" in shared and cue.YES_NO_OPENING.match(sentence) and asks_for_a_time(question.text):
            return Verdict(True, span.end)  # "Can you do all of that between the 4th and the 6th" / "Yes, bring it in on Monday the 4th"
        if own and not shared & own and question.kind in ("which", "yes/no"):
            if question.kind == "yes/no" and cue.YES_NO_OPENING.match(sentence):
                return Verdict(True, span.end)  # "Is that deliberate?" / "Yes, we drain the troughs every December"
            continue
        if (
            question.kind == "yes/no" and overlap == 1 and not shared & head and cue.YES_NO_OPENING.match(sentence)
            and yes_of_another(question, sentence, asked_together) and not _own_clause_answers(sentence, shared)
        ):
            continue  # "Do you have tutors…? Could sessions start on the 4th?" / "Yes, we have several tutors…"
        if question.kind == "when" and not shared - _TIME_TOPICS and _another_weekday(question.text, sentence) and not (
                cue.YES_NO_OPENING.match(sentence) or cue.REFUSED.search(sentence) or _stance_on_the_day(sentence)):
            continue  # "Is the studio open on Sundays?" / "Your fitting is Friday at 8:15" shares only the word for a day
        if "#clock" in shared and question.kind == "yes/no" and cue.POLAR.search(sentence):
            return Verdict(True, span.end)  # "Can I get in at 6 am?" / "I'm afraid the gates only open at 7 am"
        if question.kind == "yes/no" and any(topic_cached(m.group(1)) & shared for m in _ACCEPTED_SUBJECT.finditer(sentence)):
            return Verdict(True, span.end)  # "We'd want to be invoiced – is that possible?" / "Invoicing is fine for company bookings"
        if question.kind == "request" and cue.REFUSED.search(sentence) and said_of_another(question, sentence, asked_together):
            continue  # "I want a full refund… I'd also like you to cover our fuel" / "we can't pay travel costs"
        if money_back_only and not _MONEY_BACK.search(sentence):
            continue  # "I want the $14.95 shipping refunded" / "Three fresh tins went out to you this morning"
        if question.kind == "request" and _partly_refunded(question.text, sentence):
            continue  # "I want a full refund of your fee" / "we'll refund $1,000 of our fee"
        if question.kind == "request" and "#when" in shared & head and _dated_commitment(sentence):
            return Verdict(True, span.end)  # "I want a technician out before Christmas" / "Andre will be at your house on Wednesday, December 16"
        if _answers(question.kind, sentence, overlap, question.text, len(own) or 1, bool(shared & head)):
            return Verdict(True, span.end)
    if money_back_only:
        spans = [span for span in spans if _MONEY_BACK.search(draft, span.start, span.end)]  # nothing else gives money back
    if value is not None or not related and detail:
        # "And the postcode?" / "It's CF10 1EP": the detail given about what the question names, or a
        # value of the detail's type ("What is their address?" / "They play at 2A Dartmouth Park Hill")
        for span in spans:
            sentence = draft[span.start : span.end]
            if detail and cue.GIVEN_BACK.match(sentence) or value is not None and value.search(sentence):
                return Verdict(True, span.end)
    if question.kind in ("yes/no", "request") and spans and is_first_to_answer(question, asked_together):
        opening = draft[spans[0].start : spans[0].end]
        asked_as_a_question = question.kind == "yes/no" or question.text.rstrip().endswith("?")  # "Can you do a balloon arch?"
        if BARE_ANSWER.match(opening) or asked_together[:1] == (question,) and asked_as_a_question and cue.YES_NO_OPENING.match(opening):
            # "Do you ship to the US?" / "We do! …"; "Could you change the address?" / "All set! …";
            # "You can do this work?" / "Yes, we can fit your pickups."
            return Verdict(True, spans[0].end)
    if _ASKS_OUR_PLAN.search(question.text):
        # "What are you going to do about it?" / "He'll apologise to Leo on Monday, and I'll be in the room for it"
        named = own - _PLAN_WORDS  # "about the hatch" names what the plan is for; "about it" leaves it to the complaint
        for span in spans:
            sentence = draft[span.start : span.end]
            if named and not topic_cached(sentence) & named:
                continue
            if (_WE_WILL.search(sentence) or cue.DONE_BY_US.search(sentence)) and not puts_off_only(sentence) and not apology_only(sentence):
                return Verdict(True, span.end)
    if question.kind == "how" and _ASKS_WHAT_WE_DO.search(question.text):
        # "How can I make the sound drier?" / "Tighten the tuning keys a quarter turn at a time"
        for span in spans:
            colon = draft.find(": ", span.start, span.end)  # "For someone her age, your mum is right: soak the nest for 2 hours"
            purpose = _TO_DO_IT.match(draft, span.start, span.end)  # "To clean it, soak it in cold water…"
            if (_IMPERATIVE.match(draft, span.start, span.end) or _KEEP_DOING.match(draft, span.start, span.end)
                    or colon > 0 and _IMPERATIVE.match(draft, colon + 1, span.end) or purpose and _IMPERATIVE.match(draft, purpose.end(), span.end)):
                return Verdict(True, span.end)
    by_a_day = question.kind == "when" and _ASKED_AS_YES_NO.match(question.text) and _BY_A_DEADLINE.search(question.text)
    if question.kind == "request" and _NEEDED_BY.search(question.text) or by_a_day:  # "Would they get here before Sunday 28 March?"
        for span in spans:
            sentence = draft[span.start : span.end]
            if cue.DEADLINE.search(sentence) and _MEETS_A_DEADLINE.search(sentence) or _IN_TIME.search(sentence):
                return Verdict(True, span.end)  # "We'd need to be done by 11" / "you'd all be out the door by 10:30"
    anywhere = answer_by_shape(question.text, question.kind, bool(related))
    if anywhere is not None:
        for span in spans:
            if anywhere.search(draft[span.start : span.end]):
                return Verdict(True, span.end)
    if not related or question.kind == "why":
        # a reason is often given without the question's words: "Why has my subscription gone up?" /
        # "Green coffee prices have risen sharply this year"
        saying = [span for span in spans if question.kind == "why" or not puts_off_only(draft[span.start : span.end])]
        unclaimed = answer_in_other_words(question, draft, saying, asked_together)
        if unclaimed is not None:
            return Verdict(True, unclaimed)
    chat_reply = len(spans) <= 2 and greeting_end(draft) == 0 and sign_off(draft) is None
    if related and chat_reply and question.kind in ("yes/no", "which", "request"):
        # A reply of a sentence or two has no room to talk around a question: a statement on its topic
        # answers it ("Was it released in 2019?" / "It was released in 2013").
        for overlap, span, sentence, shared in related:
            if not sentence.rstrip().endswith("?") and not praise_only(sentence):
                return Verdict(True, span.end)
    if not related and chat_reply:
        # A chat-style reply of a sentence or two (no greeting, no sign-off) answers with pronouns
        # ("It leaves in 6 minutes"): an answer of the expected kind anywhere in it counts.
        for span in spans:
            sentence = draft[span.start : span.end]
            if cue.FAILURE.search(sentence) and not cue.INFORMATION.search(sentence) and not cue.NEGATIVE_ANSWER.search(sentence):
                continue  # "What's their address?" / "Sorry, I couldn't book it": that fails something else
            if question.kind == "request":
                if cue.done(sentence) or cue.INFORMATION.search(sentence):
                    return Verdict(True, span.end)
            elif _answers(question.kind, sentence, 2, question.text):
                return Verdict(True, span.end)
    asks_a_level = question.kind == "yes/no" and cue.ASKS_A_LEVEL.search(question.text)
    names_nothing = not (
        own - _PRICE_WORD if (question.kind == "how much" or asks_a_level) and not _FOR_THAT.search(question.text)
        else own - _TIME_WORD if question.kind == "when" else own
    )
    if names_nothing and (question.kind in ("how much", "when", "where") or asks_a_level):
        # "How much is it?" or "Is it expensive?" names nothing of its own: the reply answers with a
        # pronoun ("It is $10.93"), so a price, time or place anywhere in it counts, unless the sentence on
        # the topic it borrowed says the price depends ("Do you deliver? How much?" / "the charge depends on the size").
        if question.kind == "how much" and any(cue.PRICE_DODGE.search(r[2]) and not cue.AMOUNT.search(r[2]) for r in related):
            return Verdict(False, None)
        for span in spans:
            sentence = draft[span.start : span.end]
            if _answers("how much" if asks_a_level else question.kind, sentence, 2, question.text):
                return Verdict(True, span.end)
    if question.kind == "how much" and len(own - _PRICE_WORD) == 1 and not any(cue.PRICE.search(r[2]) for r in related):
        # "how much to fix" names only the job: the one price the reply gives is its price ("A new screen is £289 fitted")
        priced = [span for span in spans if cue.AMOUNT.search(draft[span.start : span.end])]
        if len(priced) == 1:
            return Verdict(True, priced[0].end)
    if question.kind in ("how much", "when", "where"):
        # The answer refers back with a pronoun ("How many can the boat take?" / "It seats up to eight")
        for span in spans:
            sentence = draft[span.start : span.end]
            if cue.REFERS_BACK.match(sentence) and _answers(question.kind, sentence, 2, question.text):
                return Verdict(True, span.end)
    if related and (detail and question.kind == "which" or all(praise_only(r[2]) or puts_off_only(r[2]) for r in related)):
        return Verdict(False, None)  # talk about the topic that never gives the detail asked for, or praise
    if related:
        # On topic without the expected kind of answer: a dodge for "when", "how much" and "where", unsure otherwise.
        best = max(r[0] for r in related)
        wants_a_type = (
            ASKS_A_METHOD.search(question.text)
            or question.kind == "yes/no" and ASKS_A_CHARGE.search(question.text)
            or question.kind == "which" and _ASKS_WHO_SOMEONE_IS.match(question.text)
        )
        if question.kind in ("when", "how much", "where", "request") or best < 2 or wants_a_type or value is not None:
            return Verdict(False, None)
        if question.kind == "yes/no" and own and not any(r[3] & own for r in related):
            return Verdict(False, None)  # "Is it ready yet?": the reply talks about the coat, never about ready
        return Verdict(None, None)
    if question.kind == "request" and len(asked) <= 1 and any(cue.done(draft[s.start : s.end]) for s in spans):
        return Verdict(None, None)  # "Please help!" has no topic to check against
    return Verdict(False, None)
