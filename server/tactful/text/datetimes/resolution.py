"""What a mention means (``Resolution``), shared by ``resolve.py`` and ``resolve_dates.py``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class Resolution:
    date: date | None = None
    """The day meant (the first day of a week, month or range)."""
    end_date: date | None = None
    time: time | None = None
    end_time: time | None = None
    meridiem_known: bool = True
    """False for "8:15" with nothing saying morning or evening."""
    zone: str | None = None
    """IANA key of a named zone ("PT" -> America/Los_Angeles), "recipient" for "your time", "writer" for "local time"."""
    offset: int | None = None
    """Minutes east of UTC when the words fix it ("UTC+1", "EST"), else None."""
    abbreviation: str | None = None
    year_written: bool = False
    weekday: int | None = None
    """The weekday as written (0 = Monday), which may disagree with ``date``."""
