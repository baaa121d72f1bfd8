"""Proceedings: whether a host is one, and the place and dates of its meeting.

"L’URSS et l’Europe … Actes du colloque organisé à Moscou les 2 et 3 octobre 1997" →
paper-conference, event-place "Moscou", event-date 1997-10-02/1997-10-03.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.data.reference_terms import (
    EVENT_PLACE_PREPOSITIONS,
    MEETING_WORDS,
    MONTHS,
    PROCEEDINGS_WORDS,
)
from biblio.model import Date
from biblio.parse.names import UPPER
from biblio.parse.patterns import alternation as _alternation
from biblio.parse.publication import MONTH, month_number

EVENT_DATE = re.compile(
    rf"""
    (?P<first>\d{{1,2}})
    (?:\s?(?:et|и|and|und|—|–|-)\s?(?P<last>\d{{1,2}}))?
    \s(?P<month>{MONTH})\s(?P<year>\d{{4}})
    """,
    re.VERBOSE,
)
EVENT_PLACE = re.compile(
    rf"(?:^|\s)(?:{_alternation(EVENT_PLACE_PREPOSITIONS)})\s(?P<place>[{UPPER}][^\W\d_]+(?:-[^\W\d_]+)*)"
)
CONFERENCE = re.compile(
    rf"""
    (?:^|[:.]\s|\s—\s)                               # the title or a subtitle opens
    (?:{_alternation(PROCEEDINGS_WORDS)})(?![^\W\d_])  # with "actes", "материалы", …
    [^:.;]{{0,80}}?(?<![^\W\d_])                      # and in that clause
    (?:{_alternation(MEETING_WORDS)})                  # names a meeting: "du colloque"
    """,
    re.VERBOSE,
)


def add_event(container: str, fields: dict[str, Any]) -> None:
    """Event place and dates of a conference, from the title of its proceedings."""
    word = CONFERENCE.search(container)
    tail = container[word.start():] if word else container
    dates = list(EVENT_DATE.finditer(tail))
    if dates:
        first, last = dates[0], dates[-1]
        start = [int(first["year"]), month_number(first["month"]), int(first["first"])]
        end = [int(last["year"]), month_number(last["month"]), int(last["last"] or last["first"])]
        fields["event-date"] = Date(parts=[start] if start == end else [start, end])
    places: list[str] = []
    for match in EVENT_PLACE.finditer(tail):
        if match["place"] not in places and match["place"] not in MONTHS:
            places.append(match["place"])
    if places:
        fields["event-place"] = "; ".join(places)
