"""A journal's issue as IRBIS library catalogues display it: «Известия высших учебных
заведений -2019г. т.62,N 6».

IRBIS, the library system of most Russian, Kazakh and Ukrainian regional and university
libraries, lists the issues a library holds under the journal's title, then a hyphen
close up to the year and its «г.», the volume after «т.» and the number after «N», all
without the spaces of GOST's areas: «Известия высших учебных заведений -2019г. т.62,N 6»
(the Ural Branch of the Academy's library), «Вестн.национальной инж.академии РК
-2013г.,N 4» (a Pavlodar university's). Read whole: the grammar takes the hyphen for no
area's and the year for the title's. The reference is the issue, typed `periodical`, its
volume's and number's terms kept as printed (biblio.designations); a part of the issue
after it («N 13 ч.2») is kept in `note`.
"""

from __future__ import annotations

import re

from biblio.designations import set_designation
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date
from biblio.parse.reference import Reference, add_note

ISSUE_RECORD = LazyPattern(
    r"""(?P<title>[^\W\d_][^\n]{0,200}?)
    \s-(?P<year>1[89]\d\d|20\d\d)г\.              # -2019г.
    (?:\s?(?P<volume_term>[тТ]\.|том\s)\s?(?P<volume>\d+))?  # т.62
    ,?\s?№\s?(?P<issue>\d+(?:[-/]\d+)?)           # ,N 6 (the grammar's «№»)
    (?:\s(?P<part>ч\.\s?\d+))?\.?""",
    re.VERBOSE,
)
"""The journal's title, the year after a hyphen, the volume and the number (the «N» the
note printed is read as «№» by biblio.parse.typography) and a part of the number."""


def parse_issue_record(body: str, reference: Reference) -> Reference | None:
    """The issue an IRBIS catalogue displays (ISSUE_RECORD), typed `periodical`; None when
    `body` is no such record."""
    match = ISSUE_RECORD.fullmatch(body.strip())
    if match is None:
        return None
    reference.type = "periodical"
    reference.fields["title"] = match["title"].strip()
    reference.fields["issued"] = Date(parts=[[int(match["year"])]])
    if match["volume"]:
        reference.fields["volume"] = match["volume"]
        set_designation(reference.fields, "volume", match["volume_term"].strip())
    reference.fields["issue"] = match["issue"]
    set_designation(reference.fields, "issue", "№")  # given back as the note printed it
    add_note(reference.fields, match["part"])
    return reference
