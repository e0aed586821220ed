"""Signs that a message tries to instruct the model rather than talk to the agent.

A second layer behind validation: when the customer's message carries one of these, the model's
findings are dropped (its verdicts can still only make the review stricter). Customers do not
address "the AI reviewer", hide text in zero-width characters or write fake system notes.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SIGNS = re.compile(
    r"(?i)"
    r"\b(?:ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}\b(?:instructions?|prompts?|rules?|guidelines?|above|previous|prior)\b"
    r"|\b(?:system|developer|assistant|admin(?:istrator)?)\s*(?:note|message|prompt|override|instructions?)?\s*[:\]]"
    r"|\[\s*(?:system|inst|/?INST)\b|<\|?\s*(?:system|im_start|im_end)"
    r"|\byou are now\b|\bnew (?:instructions?|task|role)\b"
    r"|\b(?:AI|LLM|language model|AI reviewer|AI assistant|grammar checker|review tool|tactful)\b[^.\n]{0,60}"
    r"\b(?:must|should|will|shall|needs? to|is to|respond|reply|output|say|answer|mark|return|report|flag|approve)\b"
    r"|\b(?:respond|reply|answer|output)\s+(?:only\s+)?(?:with|in)\s+(?:json|the json|an empty)"
    r"|\bprompt injection\b|\bjailbreak\b"
)
_HIDDEN = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e]|[\U000e0000-\U000e007f]")


@lru_cache(maxsize=64)  # the customer's message stays the same while the agent types
def suspicious(text: str) -> bool:
    return bool(_SIGNS.search(text) or _HIDDEN.search(text))
