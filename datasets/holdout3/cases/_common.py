"""Helpers shared by the held-out set 3 case modules.

Each case module defines POSITIVE and NEGATIVE: lists of dicts made with ``case()``.
Flagged spans are wrapped in ⟦ ⟧ inside ``text``; the builder strips the markers and
computes the offsets. Card numbers are built with ``card()`` so the Luhn check digit is
computed, never typed.
"""


def case(text, thread=None, locale=None):
    d = {"text": text.strip("\n"), "thread": thread.strip("\n") if thread else None}
    if locale:
        d["locale"] = locale
    return d


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(partial):
    """Append the Luhn check digit to ``partial`` (digits only)."""
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError(partial)


def card(partial, groups, sep=" "):
    """A Luhn-valid card number from ``partial`` (all digits but the last), grouped as
    ``groups`` (e.g. (4, 4, 4, 4) or (4, 6, 5)) and joined with ``sep``."""
    full = luhn_complete(partial)
    assert len(full) == sum(groups), (partial, groups)
    out, i = [], 0
    for g in groups:
        out.append(full[i:i + g])
        i += g
    return sep.join(out)
