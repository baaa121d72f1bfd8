"""The mathematical data area of cartographic materials: a map's scale.

GOST 7.1-2003 clause 5.5 (and GOST 7.18-79 before it) gives maps and atlases an area of
their own after the title and responsibility area: the numerical scale, the named scale,
the projection ("— 1:1 000 000, 10 км в 1 см. —", "— 1:10 000 000, 100 км в 1 см ;
поперечная азимутальная проекция. —"). Read as an imprint, "1 см" became a volume or a
page and the reference lost its place and publisher. The numerical scale goes to CSL
`scale`, the rest of the area to `note`; a work with a `scale` is a `map` (gost's typing).
"""

from __future__ import annotations

import re

from biblio.parse.reference import Reference, add_note

SCALE_AREA = re.compile(
    r"""\.?\s[—–-]\s
    (?P<scale>1\s?:\s?\d{1,3}(?:[\s\u00a0]\d{3})+|1\s?:\s?\d{4,})   # 1:1 000 000, 1:25000
    (?P<rest>(?:,|\s;)\s[^—–]*?)?
    \.(?=\s[—–-]\s|\s*$)""",
    re.VERBOSE,
)
SCALE_SIGN = re.compile(r"1\s?:\s?\d")
"""What every scale area holds, found from its literal "1": the cheap test before SCALE_AREA,
whose optional opening is tried at every position."""


def take_scale(text: str, reference: Reference) -> str:
    """`text` without its mathematical data area (SCALE_AREA), which goes to `scale` and
    `note`; `text` as it is when it has none."""
    area = SCALE_AREA.search(text) if SCALE_SIGN.search(text) else None
    if area is None:
        return text
    reference.fields["scale"] = area["scale"]
    if area["rest"]:
        add_note(reference.fields, area["rest"].strip(" ,;"))
    return text[: area.start()] + "." + text[area.end():]
