"""Shared text handling: UTF-16 offsets, sentences, the newest incoming message and its signer."""

import pytest

from tactful.text.incoming import parse_incoming, signer_name
from tactful.text.sentences import fast_sentences, sentence_around
from tactful.text.utf16 import Utf16Offsets, utf16_len, utf16_slice

GMAIL_THREAD = """Hi,

The lamp arrived broken. Can you send a new one?

Thanks,
María López
Sent from my iPhone

On Tue, 1 Dec 2026 at 10:02, Acme Support <support@acme.example> wrote:
> Hello Maria,
> Your order has shipped. Anything else?
"""

OUTLOOK_THREAD = """Where is my parcel? It's been two weeks.

Best regards,
Neil Harper
Harper Design Studio
+44 20 7946 0958

From: Support <help@shop.example>
Sent: Monday, November 30, 2026 9:00 AM
To: Neil Harper
Subject: Re: order

Dear Neil, thanks for your order. Is there anything else?
"""

FORWARDED = """Hi, forwarding this from my partner, can you help? It's under my account.
Lena Sorensen

---------- Forwarded message ---------
From: Jorge Alvarez
Subject: Missing lamp

The floor lamp wasn't in the box.
Jorge
"""


def test_utf16_offsets_round_trip_with_emoji():
    text = "a😀b👍🏽c"
    offsets = Utf16Offsets(text)
    assert offsets.length == utf16_len(text) == 9
    for index in range(len(text) + 1):
        assert offsets.to_python(offsets.to_utf16(index)) == index
    assert utf16_slice(text, offsets.to_utf16(2), offsets.to_utf16(3)) == "b"


def test_sentences_keep_abbreviations_and_lines():
    text = "Hi Maria,\n\nDr. Smith saw it on Monday. It costs $3.50, e.g. less than before! Is that ok?\nBest,\nTom"
    found = [text[s.start : s.end] for s in fast_sentences(text)]
    assert found == [
        "Hi Maria,", "Dr. Smith saw it on Monday.", "It costs $3.50, e.g. less than before!", "Is that ok?", "Best,", "Tom",
    ]


def test_sentence_around_an_index():
    text = "First line. Second sentence.\nOther line."
    span = sentence_around(text, text.index("Second") + 3)
    assert text[span.start : span.end] == "Second sentence."
    span = sentence_around(text, text.index("Other"))
    assert text[span.start : span.end] == "Other line."


@pytest.mark.parametrize(
    "thread,newest,signer",
    [
        (GMAIL_THREAD, "The lamp arrived broken. Can you send a new one?", ("María", "López")),
        (OUTLOOK_THREAD, "Where is my parcel? It's been two weeks.", ("Neil", "Harper")),
        (FORWARDED, "forwarding this from my partner", ("Lena", "Sorensen")),
    ],
)
def test_newest_message_and_signer(thread, newest, signer):
    incoming = parse_incoming(thread)
    assert newest in incoming.newest
    assert "wrote:" not in incoming.newest and "From:" not in incoming.newest
    assert incoming.text[incoming.newest_start :].startswith(incoming.newest)
    assert incoming.signer == signer


@pytest.mark.parametrize(
    "block,name",
    [
        ("Thanks,\nMaria", ("Maria",)),
        ("Cheers, Bob", ("Bob",)),
        ("Kind regards,\nDr. Anna-Maria O'Neil\nAcme Ltd", ("Anna-Maria", "O'Neil")),
        ("Thanks\nHannah (Office Manager, Lumen Dental)", ("Hannah",)),
        ("Loving the classes!\nJess x", ("Jess",)),
        ("Regards,\nAcme Support Team", ()),
        ("just a question, no name here", ()),
    ],
)
def test_signer_name(block, name):
    assert signer_name(block) == name


def test_a_question_on_the_thanks_line_stays_in_the_message():
    asking = "Hi,\n\nThanks, the card arrived. How do I set the PIN? Nothing in the letter.\n\nKwame\n"
    incoming = parse_incoming(asking)
    assert incoming.newest.endswith("How do I set the PIN? Nothing in the letter.")
    assert incoming.signer == ("Kwame",)
    # A slogan further down the signature is not the customer's question.
    slogan = "Hi,\n\nThe card arrived.\n\nThanks,\nKwame\nQuestions? Call 0800 000 000\n"
    incoming = parse_incoming(slogan)
    assert "Questions?" not in incoming.newest


def test_a_signature_left_in_the_body_after_the_sign_off_and_name_is_cut():
    tagline = "Hello,\n\nDo you do trade accounts?\n\nCheers,\nPaul Hendry\nHendry Bathrooms\nNeed a new bathroom? Call Paul! 07700 900187\n"
    incoming = parse_incoming(tagline)
    assert "Need a new bathroom?" not in incoming.newest and "Do you do trade accounts?" in incoming.newest
    assert incoming.signer == ("Paul", "Hendry")


def test_a_postscript_after_the_signature_belongs_to_the_message():
    incoming = parse_incoming("Hi,\n\nPlease cancel it.\n\nThanks,\nBen Sato\n\nP.S. Can I rebook for January?\n")
    assert incoming.newest.endswith("P.S. Can I rebook for January?")
    assert incoming.signer == ("Ben", "Sato")
    assert "P.S." not in incoming.signature
    # it runs to the "--" delimiter of a company signature below it, not through the slogan
    slogan = "Hi,\n\nPlease cancel it.\n\nBest regards,\nBen Sato\n\nP.S. Can I rebook for January?\n\n--\nSato Freight | Need it there tomorrow? Ask us how.\n"
    assert parse_incoming(slogan).newest.endswith("P.S. Can I rebook for January?")
