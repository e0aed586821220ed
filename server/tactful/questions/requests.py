"""Requests without a question mark: "Please send…", "Could you also forward it to Jeff.", "Let me know…".

A customer's request needs an answer as much as a question does; these cues tell one from a statement.
"""

from __future__ import annotations

import re

# A request at the start of a sentence: "Please…", "Can you…" (an action, not information), an imperative.
REQUEST_START = re.compile(
    r"^\s*(?:(?:please|kindly|pls)\b|(?:can|could|would|will) you(?: guys| all)? (?:please |kindly |also |just )?"
    r"(?!tell me|let me know|confirm whether|confirm if|be\b|have\b|know\b|believe\b|imagine\b|see\b|also\b|please\b|kindly\b|just\b)[a-z]+\b|"
    r"(?:I need you to|I'd like you to|I would like you to)\b|"
    r"(?:send|resend|cancel|refund|change|update|call|ring|email|fix|book|arrange|reschedule|remove|delete|issue|"
    r"forward|reset|unlock|confirm|advise|give|let(?! (?:me|us) (?!know))|tell|check|review|sign|fill|complete|return|reply|respond|"
    r"contact|text|meet|pick|get|find|set up|schedule|put|fax|discuss|add|prepare|print|bring|note)\b"
    r"(?= (?:me|us|my|our|the|it|this|that|a|an|them|him|her|back|in|out|up|on)\b))",
    re.IGNORECASE,
)

# Asks for an action without a question mark, anywhere in a sentence ("Tricia, please send…").
ASKS_ACTION = re.compile(
    r"\bplease,?\s+(?!find|see|note|do not reply|don't reply)\w+|"
    r"\bI(?:'d| would) (?:like|appreciate|value) your (?:help|advice|input|thoughts|feedback|opinion|views|comments|assistance)\b|"
    r"\b(?:we|you and I)(?: \w+ly)? (?:need|should|must|ought) to (?:meet|discuss|talk|sit down|get together|follow[ -]up|catch up|chat|speak)\b|"
    r"\bwe (?:can|could) (?:\w+ )?(?:discuss|meet|talk|get together|catch up)\b|\b(?:wondering|wonder) (?:if|whether)\b|"
    r"\bhope (?:that )?you\b[^.]{0,40}\b(?:can|will|could) (?:\w+ )?(?:attend|join|come|make it|be there|participate)\b|"
    r"\b(?:I|we)(?:'d| would) (?:like|love|want) (?:you )?to (?:discuss|meet|talk|get together|set up|schedule|arrange|"
    r"cancel|change|return|exchange|book|order|request|know|see|get|have|swap|move|upgrade|downgrade|close|open|report|claim)\b|"
    r"\b(?:can|could|shall) we\b|\blet's\b|\bmaybe we (?:can|could)\b|\byou (?:need|have|will need|must|ought) to\b|"
    r"\b(?:feel free|don't hesitate|do not hesitate) to\b|\blet (?:me|us) know\b|\b(?:I|we)(?:'d| would) like to \w+|"
    r"\b(?:would|will) be (?:very |really |most |much )?(?:helpful|appreciated|great|useful)\b|\bI want (?:to|you)\b|"
    r"^\s*(?:did|do|does|have|has|can|could|would|will) you\b|"  # a question without its "?"
    r"\bI need (?:you|your|a |an |the |to know|help)\b|\bif you (?:can|could) (?!not)\w+",
    re.IGNORECASE,
)

# "Bill, can you…": the name or greeting before a request.
VOCATIVE = re.compile(
    r"^\s*(?:(?:hi|hey|hello|ok|okay|so)\s+)?[A-Z][a-z]+(?:,|\s+-|\s+–|:)\s+(?=[a-z]|(?:Can|Could|Would|Will|Please|Pls|Kindly)\b)"
)
