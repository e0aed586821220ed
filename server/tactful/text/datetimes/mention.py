"""A date/time mention: its span in a line, its kind, the atom or join that made it, and its parts."""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("date", "time", "datetime", "range", "relative", "duration", "set", "zone")
TIMED = frozenset({"time", "datetime", "range"})
DATED = frozenset({"date", "relative"})


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str
    atom: str
    fields: tuple[tuple[str, str], ...] = ()
    parts: tuple[Mention, ...] = ()

    def get(self, name: str) -> str | None:
        return next((v for k, v in self.fields if k == name), None)

    def atoms(self) -> tuple[Mention, ...]:
        """The atoms this mention is made of, in order."""
        if not self.parts:
            return (self,)
        return tuple(a for p in self.parts for a in p.atoms())

    def shifted(self, by: int) -> Mention:
        if not by:
            return self
        return Mention(self.start + by, self.end + by, self.kind, self.atom, self.fields,
                       tuple(p.shifted(by) for p in self.parts))

    @property
    def bare(self) -> bool:
        """A number that is a time only inside a range or after a cue word ("at 7")."""
        if self.atom == "range":
            return all(p.bare for p in self.parts)
        return self.atom == "clock" and not (self.get("minute") or self.get("mer") or self.get("oclock") or self.get("sharp"))

    @property
    def has_time(self) -> bool:
        return self.kind in TIMED or any(a.kind == "time" for a in self.atoms())


def day_grain(m: Mention) -> bool:
    """A mention of one day ("tomorrow", "next Friday", "3 May"), not a week, month or year."""
    if m.parts:
        return any(day_grain(p) for p in m.parts)
    unit = re.sub(r"^(?:work(?:ing)?\s?|business\s+)", "", (m.get("unit") or "").lower())
    if m.atom in ("month", "month_year", "year_month", "month_year_numeric", "year_month_numeric", "to_date", "year", "far_year", "weekend", "week_after", "edge", "edge_year", "next_n", "n_next", "nth_week", "day_range",
                  "year_range", "season", "first_days", "nth_month", "quarter", "decade", "decade_words", "day_to_date"):
        return m.atom in ("nth_week", "week_after") and not unit.startswith(("week", "month", "year"))
    return not unit.startswith(("week", "month", "year", "quarter", "fortnight", "decade", "hour", "minute"))
