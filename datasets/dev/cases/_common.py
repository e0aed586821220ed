"""Helpers shared by the case modules."""

import textwrap


def t(s):
    """Dedent a triple-quoted block and trim the blank first/last line."""
    return textwrap.dedent(s).strip("\n")


def case(text, thread=None, locale=None):
    """One case: the draft (with ⟦ ⟧ around flagged phrases), the incoming email, the locale."""
    return {"text": t(text), "thread": t(thread) if thread is not None else None, "locale": locale}


def luhn(partial):
    """Append the Luhn check digit to a card number written without it ("4539 1488 0343 467" -> +digit).

    Spaces and dashes are kept, so the number reads as it would in an email.
    """
    digits = [int(c) for c in partial if c.isdigit()]
    total = 0
    # The check digit will sit at the right, so double every second digit counting from the
    # rightmost digit of the partial number.
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)
