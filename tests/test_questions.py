"""Questions in the customer's newest message: found with spans and kinds, verdicts by answer kind."""

import pytest

from tactful.review import review
from tactful.text.utf16 import utf16_slice

GMAIL = """Hi there,

Is the studio open on Sundays and do I need to book? I'd like to know whether you have parking.
How much is a drop-in class? Please send me the timetable.

Thanks,
Ana Ruiz
+34 600 000 000

On Mon, 30 Nov 2026 at 09:00, Flow Studio <hello@flow.example> wrote:
> Hi Ana, thanks for signing up! Do you want the newsletter?
> Can we help with anything else?
"""

OUTLOOK = """Can the walnut desk be delivered before Christmas? 🎄

Best regards,
Sam Patel

From: Oak & Co <orders@oak.example>
Sent: Monday, November 30, 2026 9:00 AM
To: Sam Patel
Subject: Your order

Would you like us to assemble it? When are you free?
"""

FORWARDED = """Hi, forwarding this from my partner. Thanks for sorting it!
Lena

---------- Forwarded message ---------
From: Jorge Alvarez
Subject: Missing lamp

Where is the floor lamp? Can you send it this week?
"""

QUOTED_ONLY = """All sorted now, thanks so much.

Ana

> When does the class start?
> Is there a changing room?
"""


def questions(draft: str, incoming: str) -> list[dict]:
    return review(draft, incoming)["questions"]


def test_kinds_spans_and_joined_questions():
    found = questions("Hi Ana,\n\nThanks!", GMAIL)
    assert [(q["text"], q["kind"]) for q in found] == [
        ("Is the studio open on Sundays", "when"),
        ("do I need to book?", "yes/no"),
        ("I'd like to know whether you have parking.", "yes/no"),
        ("How much is a drop-in class?", "how much"),
        ("Please send me the timetable.", "request"),
    ]
    for q in found:
        assert utf16_slice(GMAIL, q["start"], q["end"]) == q["text"]


def test_quoted_history_forwards_and_signatures_are_never_listed():
    texts = [q["text"] for q in questions("Hi,\n\nThanks.", GMAIL)]
    assert not any("newsletter" in t or "anything else" in t for t in texts)
    assert [q["text"] for q in questions("Hi Sam,", OUTLOOK)] == ["Can the walnut desk be delivered before Christmas?"]
    assert questions("Hi Lena,", FORWARDED) == []
    assert questions("Hi Ana,", QUOTED_ONLY) == []


def test_utf16_spans_after_emoji_in_incoming():
    incoming = "🎄🎄 Hi! Do you deliver to Leeds? 🎁\n\nThanks,\nSam"
    (q,) = questions("Hi Sam,\n\nYes, we deliver to Leeds.", incoming)
    assert q["start"] == incoming.encode("utf-16-le").find("Do".encode("utf-16-le")) // 2
    assert utf16_slice(incoming, q["start"], q["end"]) == "Do you deliver to Leeds?"
    assert q["answered"] is True


def test_topic_overlap_is_not_an_answer():
    praise = "Hi Sam,\n\nThe walnut desk is one of our favourites: solid oak, beautifully finished.\n\nBest,\nTom"
    dated = "Hi Sam,\n\nYes: the walnut desk can be delivered on Friday 18 December.\n\nBest,\nTom"
    assert [q["answered"] for q in questions(praise, OUTLOOK)] == [False]
    assert [q["answered"] for q in questions(dated, OUTLOOK)] == [True]


def test_dodged_questions_are_reported_at_the_place_the_answer_belongs():
    draft = (
        "Hi Ana,\n\nYes, we're open on Sundays from 10 am. A drop-in class costs £12.\n\n"
        "Best,\nTom"
    )
    result = review(draft, GMAIL)
    verdicts = {q["text"]: q["answered"] for q in result["questions"]}
    assert verdicts["Is the studio open on Sundays"] is True
    assert verdicts["How much is a drop-in class?"] is True
    assert verdicts["do I need to book?"] is False
    assert verdicts["Please send me the timetable."] is False
    (suggestion,) = [s for s in result["suggestions"] if s["category"] == "questions"]
    after_last_answer = draft.index("£12.") + len("£12.")
    assert suggestion["start"] == suggestion["end"] == after_last_answer
    assert "do I need to book?" in suggestion["message"] and "timetable" in suggestion["message"]


@pytest.mark.parametrize(
    "incoming,draft",
    [
        ("Please send the invoice again.\n\nLee", "Hi Lee,\n\nI've attached the invoice again.\n\nTom"),
        ("Can you cancel my order?\n\nLee", "Hi Lee,\n\nI'm afraid the order has already shipped, so we can't cancel it.\n\nTom"),
        ("Are you open on Sunday?\n\nLee", "Hi Lee,\n\nWe're closed on Sundays, but open 9 to 5 on Saturdays.\n\nTom"),
        ("How much is delivery to Leeds?\n\nLee", "Hi Lee,\n\nDelivery to Leeds is £4.95.\n\nTom"),
    ],
)
def test_answers_in_other_words_count(incoming, draft):
    result = review(draft, incoming)
    assert [q["answered"] for q in result["questions"]] == [True]
    assert not [s for s in result["suggestions"] if s["category"] == "questions"]


def test_no_incoming_no_questions():
    assert review("Hi,\n\nThanks for your order.", "")["questions"] == []


SOFA = (
    "Hi,\n\nCan I collect the sofa myself, or do you have to deliver it? Do you sell matching cushions? "
    "If so, how much are they?\n\nThanks,\nPriya"
)


def test_either_or_is_one_question_and_if_so_needs_no_answer_after_a_no():
    no = "Hi Priya,\n\nYou're welcome to collect the sofa from our warehouse. We don't sell cushions, I'm afraid.\n\nBest,\nTom"
    found = questions(no, SOFA)
    assert [(q["text"], q["kind"]) for q in found] == [
        ("Can I collect the sofa myself, or do you have to deliver it?", "which"),
        ("Do you sell matching cushions?", "yes/no"),
        ("If so, how much are they?", "how much"),
    ]
    assert [q["answered"] for q in found] == [True, True, True]
    yes = "Hi Priya,\n\nYou're welcome to collect the sofa from our warehouse. Yes, we sell matching cushions in three colours.\n\nBest,\nTom"
    assert [q["answered"] for q in questions(yes, SOFA)] == [True, True, False]


def test_short_questions_take_their_topic_from_the_sentence_before():
    incoming = "Hello,\n\nThe lift in our building has been out of order since Monday. Is that normal? When will it be fixed?\n\nSam"
    draft = (
        "Hi Sam,\n\nNo, the lift should never be out of order for this long, and I'm sorry. "
        "An engineer will fix the lift on Thursday 10 December.\n\nBest,\nTom"
    )
    assert [(q["text"], q["answered"]) for q in questions(draft, incoming)] == [
        ("Is that normal?", True),
        ("When will it be fixed?", True),
    ]
    vague = "Hi Sam,\n\nNo, the lift should never be out of order for this long, and I'm sorry. We'll fix the lift soon.\n\nBest,\nTom"
    assert [q["answered"] for q in questions(vague, incoming)] == [True, False]


@pytest.mark.parametrize(
    "incoming,kind",
    [
        ("Could you give me the address of the Leeds branch?", "where"),
        ("Can you tell me the price of the large box?", "how much"),
        ("Please let me know the name of the engineer.", "which"),
        ("How heavy is the parcel allowed to be?", "how much"),
        ("I'd also love to know whether you deliver on Sundays.", "when"),
    ],
)
def test_information_asked_for_with_a_noun(incoming, kind):
    (q,) = questions("Hi,\n\nThanks.", incoming + "\n\nLee")
    assert q["kind"] == kind
