"""Hand-written cases for the Tactful dev set, one module per contract category.

Each module exposes ``CATEGORY``, ``POSITIVE`` and ``NEGATIVE`` (lists of dicts made with
:func:`case`). In a case's ``text`` the flagged phrases are wrapped in ⟦ ⟧; the builder strips the
brackets and computes the offsets. Apology positives carry no brackets: the whole draft is the span.
"""
