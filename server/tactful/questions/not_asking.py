"""Sentences that look like asking but expect no answer: pleasantries, rhetoric, closing offers,
signature notices and mass-mail boilerplate."""

from __future__ import annotations

import re

# Pleasantries and rhetoric that expect no answer.
_NOT_ASKING = re.compile(
    r"^\s*(?:how are you(?! (?:going|planning|intending|gonna|able|supposed|meant|expecting|hoping|proposing) to\b)|hope you(?:'re| are)|how's it going|how have you been|you know what|"
    r"can you believe|isn't it|right)\b[^?]{0,30}\??\s*$|^\s*(?:why|how) (?:is|are) (?:this|it) so\b|"
    r"^\W*(?:please|pls|plz)\W+(?:help(?: me| us)?|hurry)\W*$|^\W*(?:reply|respond|answer)(?: back)?(?: fast| quick| quickly| asap| soon)? (?:pls|plz|please)(?: \w+)?\W*$|"  # a plea with nothing to answer: "Please help 😟"
    # asking only for the reply itself: "Kindly revert at the earliest.", "Please reply ASAP."
    r"^\W*(?:kindly|please|pls|plz)\s+(?:revert|reply|respond|write back|get back to (?:me|us))(?:\s+(?:back|to (?:me|us|this)))?"
    r"(?:\s+(?:at the earliest|asap|as soon as possible|soon|quickly|promptly|urgently|at your earliest convenience))?\W*$|"
    r"(?:^|[.!?…]\s+|\W\s)who (?:knew|would have (?:thought|guessed)|could have (?:known|guessed))\b|\bwho(?:'d|’d) have (?:thought|guessed)\b|"
    # Rhetoric of praise or complaint: "– can you believe I put up with that for two years?!",
    # "what more could we have asked for?", "Is this what I paid £40 for?", "how is that fair."
    r"\W\s*can you believe\b|\bwhat more could (?:we|I|you|anyone) (?:have )?(?:asked|ask|want|wish)\b|\bwho else would\b|"
    r"^\W*(?:and |so )?is (?:this|that) (?:what (?:I|we) paid|how you (?:talk|speak|treat))\b|^\W*(?:and |so )?how is (?:that|this) (?:fair|right|acceptable)\b|"
    # "Honestly, how hard is it to put a dust sheet down?", "…and honestly, who doesn't love your soaps?", "How do you even thank someone…?"
    # (not "And honestly, what kind of budget are we looking at?", "How can you possibly justify that?")
    r"(?:^|,\s)\W*(?:and )?honestly,\s+(?:how (?:hard|difficult|does|did|do|can)|what would (?:we|I|you) do|why (?:did|do|would)|"
    r"who (?:doesn't|does not|wouldn't|would not)|is there anything)\b[^.!]*\?|\bhow (?:do|did|does|can|could) (?:you|I|we|one|anyone) even\b|"
    # The confidentiality notice of a signature asks nothing of the reply.
    r"\bintended recipient\b|\breceived (?:this|the|it) (?:e-?mail |message )?in error\b|"
    # Announcing the questions that follow: "So I have a few questions and I'd like a straight answer to each:".
    r"\b(?:I|we) (?:have|'ve got|got) (?:a few|some|several|two|three|four|a couple of|a number of|more) (?:\w+ )?questions\b|"
    r"\banswers? to (?:each|all|every one|both) of (?:them|these|those|my questions)\b|"
    # Closing offers: "If you have any questions, please contact us.", "Feel free to call me if you need any help."
    r"^\s*(?:\w+,\s+)?if you (?:have|'ve got|should have|need|run into|experience) (?:any )?(?:other |further |more |additional )?"
    r"(?:questions|queries|concerns|problems|trouble|issues|difficulties|help|assistance)\b|"
    r"\b(?:if|should) you (?:have|need) (?:any )?(?:other |further |more |additional )?(?:questions|queries|concerns|help|assistance)"
    r"(?: (?:about|regarding|on|with) [^.,;!?]{1,40})?\W*$|"
    r"\b(?:feel free|don't hesitate|do not hesitate) to [^.]{0,40}\bwith (?:any|your) (?:questions|queries|comments)\b|"
    r"^\s*if you(?:'d| would)? (?:no longer )?(?:like|wish|want) to (?:unsubscribe|opt out|stop receiving)\b",
    re.IGNORECASE,
)

# Mass-mail boilerplate, never a customer's own request: "click the link below", "add us to your address book".
# Only without a "?": "The link below doesn't work, can you fix it?" is a customer's question.
_MASS_MAIL = re.compile(
    r"\b(?=[a-z])(?:click (?:here|below|on (?:the|this) (?:following )?link|(?:the|this) (?:following )?link|the button)\b|"
    r"(?:link|button) below\b|following link\b|add \S+@\S+|to your (?:address book|contacts|safe[ -]sender)|"
    # The opt-out line, not a customer asking to be taken off a list ("Please unsubscribe me").
    r"(?:you can|can always|simply|safely|here to|link to|click(?:ing)?(?: here)? to) unsubscribe\b|unsubscribe (?:here|below|link)\b|"
    r"if you\b[^.,]{0,40}\b(?:receive|receiving|get|getting) (?:these|such|further|future|any more|more|our) "
    r"(?:e-?mails|messages|communications?|mailings|offers|notifications|newsletters?)\b)",
    re.IGNORECASE,
)

# An offer: an instruction that holds only if the reader wants it or is in some situation, not a favour
# asked of them ("If you'd like to turn this off, please visit your settings", "If you use Pinger to
# text, you might want to keep your number"). Not "If you can, please call me", "If the enclosed meets
# with your approval, please return a copy", "If you have the invoice, please send it".
_OFFER = re.compile(
    r"^\s*(?:(?:\w+ )?\w+,\s+)?(?:\W*(?:and|but|so|also),?\s+)?if you(?:'re| are| do| would| 'd|'d| have| haven't| have not)?"
    r"(?: not| no longer| rather not| still| already)? (?:like|want|wish|prefer|choose|care|enjoy|love|feel|agree|read|see|find|"
    r"use|interested|looking|ready|unsure|estimate|been unable|need to (?:change|cancel|contact|reach|update|unsubscribe))\b"
    r"[^?]*?\b(?:please|pls|simply|just|then|you (?:may|might)(?: also)? want to)\b",
    re.IGNORECASE,
)


def asks_nothing(sentence: str) -> bool:
    """Whether a sentence, however it is phrased, asks nothing of the reply."""
    return bool(_NOT_ASKING.search(sentence) or ("?" not in sentence and (_MASS_MAIL.search(sentence) or _OFFER.search(sentence))))
