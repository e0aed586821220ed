"""Helpers for the hand-written held-out cases (imported by every cases module).

`C()` builds one case; `card()` completes a card number with its Luhn check digit, so no
card number in this folder is typed by hand.
"""


def C(text, thread=None, locale=None):
    """One case. Texts are written flush left in triple quotes; one leading and one trailing
    newline are dropped so the source stays readable."""

    def trim(s):
        if s is None:
            return None
        if s.startswith("\n"):
            s = s[1:]
        if s.endswith("\n"):
            s = s[:-1]
        return s

    return {"text": trim(text), "thread": trim(thread), "locale": locale}


def luhn_check_digit(digits):
    """The digit that makes `digits` + it pass the Luhn (mod 10) check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:  # these get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(digits):
    return luhn_check_digit(digits[:-1]) == digits[-1]


def card(partial):
    """Append the Luhn check digit to a card number written without it, keeping its
    spaces or dashes: card("4716 2190 4471 938") -> "4716 2190 4471 9383"."""
    digits = "".join(ch for ch in partial if ch.isdigit())
    return partial + luhn_check_digit(digits)
