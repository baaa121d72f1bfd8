"""Journal articles as journal sites cite them in Russian and Ukrainian with CSL styles.

Open Journal Systems offers each article's citation in MLA and Chicago (Turabian) through
citeproc with the site's locale, so the same forms come back from hundreds of journals:

- MLA 9 in the Russian locale: names, the title in «», the journal, then "т. 2, вып. 17,
  декабрь 2019 г., сс. 105-18", the address — "Храпова, Н. Ю. «Некоторые аспекты …».
  Культурное наследие Сибири, т. 2, вып. 17, декабрь 2019 г., сс. 105-18, http://…";
  without an author the title leads;
- Chicago 17 notes-bibliography (Turabian) in the Russian or Ukrainian locale: the volume
  after the journal, or "no." and the issue, the date in parentheses, the pages after a
  colon, the day it was read ("просмотрено", "дата звернення") — "Артеменко, Т. Г.
  «…». Одеські астрономічні публікації 34 (Грудень 8, 2021): 5–10. дата звернення …".

Names are CSL's: the first inverted ("Храпова, Н. Ю."), the others given first, the last
after the locale's "и" / "і" / "and". Only a whole citation of one of these shapes is
read; anything else is left to the other grammars.
"""

from __future__ import annotations

import re

from biblio.model import Date, Name
from biblio.parse.names import parse_person
from biblio.parse.reference import Reference

_TITLE = r"«(?P<title>[^«»]*(?:«[^«»]*»[^«»]*)*)»\.\s"
_NAMES = r"(?:(?P<names>[^«»]{3,200}?)\.\s)?"
_PAGES = r"(?P<page>\d+(?:[–—-]\d+)?)"
_URL = r"(?:,?\s(?P<url>https?://\S+?))?\.?"
MLA = re.compile(
    rf"""
    {_NAMES}{_TITLE}
    (?P<journal>[^«»]+?)\.?,\s
    (?:т\.\s(?P<volume>\d+),\s)?
    (?:(?:вып\.|№)\s(?P<issue>\d+(?:[–—-]\d+)?),\s)?
    (?:[^\W\d_]+\s)?(?P<year>\d{{4}})\sг\.
    (?:,\sсс?\.\s{_PAGES})?
    {_URL}
    """,
    re.VERBOSE,
)
CHICAGO = re.compile(
    rf"""
    {_NAMES}{_TITLE}
    (?P<journal>[^«»]+?)
    (?:,\sno\.\s(?P<issue>\d+)|\s(?P<volume>\d+)(?:,\sno\.\s(?P<volume_issue>\d+))?)
    \s\((?:[^\W\d_]+\s\d{{1,2}},\s)?(?P<year>\d{{4}})\)
    (?::\s{_PAGES})?\.
    (?:\s(?:просмотрено|дата\sзвернення|дата\sобращения)\s[^\W\d_]+\s\d{{1,2}},\s\d{{4}}\.)?
    {_URL}
    """,
    re.VERBOSE,
)
NAME_SEPARATOR = re.compile(r",\s(?:(?:и|і|та|and)\s)?|\s(?:и|і|та|and)\s")
"""Between the names: ", ", the locale's "и", "і", "and", or both (", і ")."""
INVERTED = re.compile(r"(?P<family>[^\W\d_][^\s,]*(?:\s[^\W\d_][^\s,]*)?)\s?,\s(?P<given>[^,]+)")
"""The first name, inverted: "Храпова, Н. Ю.", "Львова, Дина Алексеевна"."""


def _names(text: str) -> list[Name] | None:
    """CSL's names: the first inverted, the rest given first (read as any person is,
    `parse_person`); None if any part is not a name."""
    first = INVERTED.match(text)
    if first is None:
        return None
    names = [Name(family=first["family"], given=first["given"].strip())]
    for person in filter(None, NAME_SEPARATOR.split(text[first.end():].strip(" ."))):
        name = parse_person(person.strip(" ."))  # given first: "О. Ю. Жиронкина"
        if name is None:
            return None
        names.append(name)
    return names


def parse_csl_citation(text: str, reference: Reference) -> Reference | None:
    """A journal article in one of the CSL forms above, or None."""
    if "«" not in text:
        return None
    match = MLA.fullmatch(text) or CHICAGO.fullmatch(text)
    if match is None:
        return None
    fields = reference.fields
    if match["names"]:
        names = _names(match["names"] + ".")  # the initials' period closed the names
        if names is None:
            return None
        fields["author"] = names
    reference.type = "article-journal"
    fields["title"] = match["title"].strip()
    fields["container-title"] = match["journal"].strip().rstrip(".")
    fields["issued"] = Date(parts=[[int(match["year"])]])
    for variable, group in (("volume", "volume"), ("issue", "issue"), ("page", "page"),
                            ("URL", "url")):
        if match[group]:
            fields[variable] = match[group]
    if match.re is CHICAGO and match["volume_issue"]:
        fields["issue"] = match["volume_issue"]
    reference.whole_form = True
    return reference
