"""A customer's account and order business, asked for without asking words: trouble with a service
("I can't reset my password", "I'm trying to set up my new delivery address", "errors setting up the
delivery address") and the keyword line a customer types into a contact form ("cancelling order
00123842", "create gold account"). Support owes each of them help, so each is a request.

Measured on the Bitext customer messages (every one asks for a service), with the email-intent train
split and the project sets as the false-alarm check: the nouns and verbs are those of accounts, orders,
payments and deliveries, so office prose ("I'm trying to get the numbers together") stays out.
"""

from __future__ import annotations

# Base form and -ing form of each service verb.
_VERBS = {
    "cancel": "cancell?ing", "change": "changing", "return": "returning", "reschedule": "rescheduling",
    "amend": "amending", "exchange": "exchanging", "update": "updating", "track": "tracking", "reset": "resetting",
    "recover": "recovering", "modify": "modifying", "open": "opening", "close": "closing", "create": "creating",
    "register": "registering", "activate": "activating", "deactivate": "deactivating", "delete": "deleting",
    "remove": "removing", "switch": "switching", "upgrade": "upgrading", "downgrade": "downgrading",
    "retrieve": "retrieving", "restore": "restoring", "unsubscribe": "unsubscribing", "subscribe": "subscribing",
    "set up": "setting up", "enter": "entering", "correct": "correcting", "edit": "editing", "pay": "paying",
    "make a payment": "making a payment", "place an order": "placing an order", "download": "downloading",
    "log ?in": "logging ?in", "sign (?:in|up)": "signing (?:in|up)", "access": "accessing", "submit": "submitting",
    "file": "filing", "lodge": "lodging", "claim": "claiming", "report": "reporting", "check": "checking",
    "find": "finding", "locate": "locating", "use": "using", "buy": "buying", "purchase": "purchasing",
    "get": "getting", "receive": "receiving", "see": "seeing", "view": "viewing", "add": "adding",
    "refund": "refunding", "reimburse": "reimbursing", "rebate": "rebating", "look for": "looking for",
    "leave": "leaving", "make (?:a )?purchase": "making (?:a )?purchase", "inform of": "informing of",
    "notify of": "notifying of", "ask for": "asking for", "request": "requesting", "solve": "solving", "fix": "fixing",
    "resolve": "resolving", r"make (?:a )?(?:\w+ )?(?:complaint|claim)": r"making (?:a )?(?:\w+ )?(?:complaint|claim)",
}
_BASE = "(?:" + "|".join(_VERBS) + ")"
_ING = "(?:" + "|".join(_VERBS.values()) + ")"
# What the service is about: "order 00123842", "my Platinum account", "the delivery address".
_ACCOUNT_NOUN = (
    r"(?:(?:account|order|purchase|invoice|bill|receipt|refund|rebate|reimbursement|compensation|complaint|claim|address|"
    r"password|pwd|pin(?: code)?|access key|subscription|newsletter|payment|card|delivery|shipment|parcel|package|"
    r"cancellation|registration)s?\b"
    r"|(?:[$€£]|(?:US|EUR|GBP) ?)\d|\d+ (?:dollars|euros|pounds)\b)"  # "refund $299", "reimburse 299 dollars"
)
# With trouble around them, weaker nouns name a service too: "I can't see my data", "problems with the product".
_NOUN = (
    rf"(?:{_ACCOUNT_NOUN}|(?:profile|data|info|information|item|article|product|eta|status|money|fee|charge|review|opinion|"
    r"feedback|problem|error|issue)s?\b)"
)
_WORDS = r"(?:(?:my|the|a|an|your|this|that|our|new|some|of|on|to|for|with|[\w-]+) ){0,3}"
_OBJECT = _WORDS + _NOUN

SERVICE_START_CUES = (
    # "order 370795561790 status", "deliveries to Liverpool"
    r"(?:order|purchase|refund|delivery|shipment|parcel|package)(?: #?\d+)?(?: current)? status\b",
    r"(?:shipping|shipments?|deliver(?:y|ies)|ship) to (?-i:[A-Z])\w+\W*$",
    # The keyword line: "cancelling order 00123842", "create gold account", "lodge complaint against your company".
    # Not a report of what happened ("Cancelling the order was easy"): no verb follows.
    rf"(?:{_BASE}|{_ING}) {_WORDS}{_ACCOUNT_NOUN}(?![^.!?]*\b(?:is|was|were|are|will|would|has|had|took|takes|seems?|went)\b)",
)
SERVICE_ANYWHERE_CUES = (
    # Trouble with a service: "I can't reset my password", "i cannot find the cancellation charges".
    (
        r"(?:I|we)(?: really| still| just)? (?:can't|cannot|can not|cant|couldn't|could not|(?:am|'m|was) (?:not able|unable) to) "
        rf"(?:seem to |figure out how to )?{_BASE} {_OBJECT}"
    ),
    # "I'm trying to set up my new delivery address", "i try to create a Premium account".
    rf"(?:I|we)(?:'m| am|'ve been| have been)? (?:trying|try|tried|attempting|struggling) to {_BASE} {_OBJECT}",
    # "I have got to retrieve my user PIN code", "wanna change an article of purchase 00004587345"
    # Not the reader's wish, which offers ("If you want to cancel your account, go to…").
    rf"(?<!\byou )(?<!n't )(?<!\bnot )(?:(?:need|have|'ve got|have got|got|want) to|gotta|wanna) {_BASE} {_OBJECT}",
    r"(?:I|we) (?:can't|cannot|can no longer|am unable to|'m unable to) (?:register|pay|log ?in|sign (?:in|up))\b",
    # "I have a problem with canceling order 732201349959", "errors setting up the delivery address".
    (
        r"(?<!\bno )(?<!\bany )(?<!\bwithout )(?:problems?|issues?|troubles?|errors?|difficult(?:y|ies)) "
        rf"(?:(?:with|when|while|in|on) (?:trying to {_BASE} |{_ING} )?(?:(?:the|my|a|an) \w+ of )?{_OBJECT}|"
        rf"(?:trying to {_BASE}|{_ING}) {_OBJECT}|setting (?:\w+ ){{1,3}}up\b)"
    ),
    # Forgetting a secret is asking to recover it: "i forgot my pwd", "I can't remember my profile pin code".
    r"(?:I|i) (?:forgot|have forgotten|lost|can't remember|cannot remember|don't remember) (?:my |the )?(?:\w+ ){0,2}(?:password|pwd|pin|code|username|user ?name|login)\b",
)
