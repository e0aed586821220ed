"""The kind a question is reported with in the API: the kind the customer asked it in. The verdict
judges some questions by the answer they want instead ("Can the desk be delivered before Christmas?"
wants a date, so ``Question.kind`` is "when"), and the API reports them as what they were asked as."""

from __future__ import annotations

import re
from functools import lru_cache

from .extract import Question, classify

_OFFERS_ALTERNATIVES = re.compile(r"\b[a-z]+,? or (?!not\b|anything\b|something\b|so\b|two\b|three\b|more\b|less\b|otherwise\b|else\b|any\b)\w+", re.IGNORECASE)
_ASKS_FOR_ANY = re.compile(r"\bany\b|\byes or no\b|\bor (?:later|earlier|sooner|after|before)\b", re.IGNORECASE)  # "any stains or wear?" asks whether there is either
_ASKS_FOR_A_WAY = re.compile(r"\bis there (?:a|any|some) (?:way|means)\b|\bis there anything (?:I|we) can do\b", re.IGNORECASE)
_ASKS_WHAT_HAPPENS = re.compile(
    r"^\W*(?:(?:and|also|so|but|then)\W+)?what (?:happens|will happen|would happen)\b|^\W*(?:(?:and|also|so|but|then)\W+)?what(?:'s|s| is) (?:the |your )?(?:\w+ )?(?:procedure|process|best way|policy)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # while the agent types, the same questions are reported on every review
def asked_kind(question: Question) -> str:
    """The kind the customer asked, as the API reports it. "Can the desk be delivered before Christmas?"
    is judged as a "when" (a date answers it, praise of the desk does not) and "Is there a fee?" as a
    "how much", but both are asked as yes/no questions."""
    kind = question.kind
    # only the time it sets made it a "when" ("the earliest date you could come" asks for a date)
    judged_by_its_answer = kind in ("when", "how much") and classify(question.text, in_question=True) == kind
    if judged_by_its_answer and classify(question.text, in_question=True, judging=False) == "yes/no":
        kind = "yes/no"
    if kind == "yes/no" and _ASKS_FOR_A_WAY.search(question.text):
        return "how"  # "Is there a way to export the report to Excel?"
    asked_as_a_question = kind == "yes/no" or kind == "request" and question.text.rstrip().endswith("?")
    if asked_as_a_question and _OFFERS_ALTERNATIVES.search(question.text) and not _ASKS_FOR_ANY.search(question.text):
        return "which"  # "Is it a flat fee or a percentage?", "Will you collect it, or do I bring it back?"
    if kind == "how much" and re.search(r"\bhow often\b", question.text, re.IGNORECASE):
        return "when"  # a frequency is a time; judged by its own answer shape ("every four weeks")
    if kind == "which" and _ASKS_WHAT_HAPPENS.search(question.text):
        return "how"  # asked as "how": judged as "which", since a statement of what happens answers it
    return kind
