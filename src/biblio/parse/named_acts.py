"""An act named by its own title, then its date and number, with no kind before them.

Legal databases and the reference lists that copy them name a code or a law by the title
that already says what kind of act it is, then give its date after «от» and its number
after «№»: «Налоговый кодекс Российской Федерации (часть вторая) от 05.08.2000 № 117-ФЗ»,
«Трудовой кодекс Российской Федерации от 30.12.2001 № 197-ФЗ», «Кодекс Российской Федерации
об административных правонарушениях от 30.12.2001 № 195-ФЗ». GOST 7.1-2003 clause 5.2.5
prints the same statements after the title's colon with the kind («…: федер. закон от 5
авг. 2000 г. № 117-ФЗ»), which the title block reads; here no kind stands, the title
names it. The part in parentheses («(часть вторая)») is the title's, as the act's own
title prints it. The title, its `issued` and its `number` are read; the reference is
typed `legislation`. A kind alone before «от» («Федеральный закон от …») is the act's genre.

The same title, date and number open references that go on to the act's host or address,
as law faculties' guides and legal reference lists print them (ACT_LEAD): «Гражданской
кодекс Российской Федерации (Часть первая) от 30.11.1994 № 51-ФЗ // Собрание законодательства
Российской Федерации, 1994, № 32, ст. 3301», «Приказ Минсельхоза РФ от 25 июня 2007 г. № 342.
URL: …». The date and the number are taken out before the rest is read (`take_act_lead`), so
that the number is no issue and the date no title's, and given back to the reading
(`give_act_lead`): the act's date is its `issued`, whatever date its host prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from biblio.data.reference_terms import ACT_NOUNS, LAW_TITLE_WORDS, LEGISLATION_GENRES
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date
from biblio.parse.names import UPPER
from biblio.parse.publication import full_date
from biblio.parse.reference import Reference, add_note

NAMED_ACT = LazyPattern(
    rf"""(?P<title>[{UPPER}][^«»"“/:]{{2,250}}?)
    \sот\s(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{1,2}}\s[^\W\d_]+\.?\s\d{{4}})
    (?:\s?г\.|\sгода)?\s?(?:№|N)\s?(?P<number>\d[\w/-]*)\.?""",
    re.VERBOSE,
)
"""The act's title, «от» and its date (in figures or with the month named, «г.» or the word
«года» after it or not: «от 18.11.2013 г. № 1252», as schools' and agencies' lists of their
acts print it), «№» and its number («117-ФЗ», «2300-1»), the period closing the note."""
APPROVED_BY = LazyPattern(
    r""",\s(?P<statement>(?:утвержд[её]нн(?:ое|ый|ая|ые)|утв\.)\s
    (?:[^\W\d_]+\s){0,2}?(?:постановлением|приказом|распоряжением|указом|решением)
    (?![^\W\d_]).*)$""",
    re.VERBOSE | re.IGNORECASE,
)
"""The act that approved a document named by its own title, with the date and number
that follow it, as the «Библиография» of a standard (GOST R 1.5) and legal databases
print a regulation: «Положение об эталонах единиц величин, …, утвержденное
постановлением Правительства Российской Федерации от 23 сентября 2010 г. № 734»,
«Правила …, утвержденные приказом Минтруда России от …». The document's title ends
before it; the statement is kept in `note`, the date and number stay the reference's."""
_LAW_WORD = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(re.escape(word) for word in LAW_TITLE_WORDS)})(?![^\W\d_])")


def _names_act(title: str) -> bool:
    """Whether `title` names a kind of act (`LAW_TITLE_WORDS`, or an `ACT_NOUNS` word
    opening it): a book's title before «от» and a number is no act's."""
    return title.split(maxsplit=1)[0] in ACT_NOUNS or _LAW_WORD.search(title) is not None


def _without_approval(title: str) -> tuple[str, str | None]:
    """`title` without the statement of the act that approved it (APPROVED_BY), and the
    statement; `title` as it is, and None, when it names none."""
    approval = APPROVED_BY.search(title) if "утв" in title.lower() else None
    if approval is None:
        return title, None
    return title[: approval.start()], approval["statement"]


def parse_named_act(body: str, reference: Reference) -> Reference | None:
    """An act cited by its title, date and number (NAMED_ACT), typed `legislation`; None
    when the title names no kind of act (`_names_act`) and no act approved it
    (APPROVED_BY)."""
    match = NAMED_ACT.fullmatch(body.strip(" ;"))
    if match is None:
        return None
    title, approval = _without_approval(match["title"].strip())
    if approval is None and not _names_act(title):
        return None  # an approved document is a regulation whatever its title says
    date = full_date(match["date"])
    if date is None:
        return None
    add_note(reference.fields, approval)
    reference.type = "legislation"
    if title.lower() in LEGISLATION_GENRES:  # "Федеральный закон от 05.08.2000 № 117-ФЗ":
        reference.fields["genre"] = title  # the kind alone, no title
    else:
        reference.fields["title"] = title
    reference.fields["issued"] = date
    reference.fields["number"] = match["number"]
    return reference


ACT_LEAD = LazyPattern(
    rf"""(?P<name>[{UPPER}][^«»"“„/:]{{2,250}}?)
    \sот\s(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{1,2}}\s[^\W\d_]+\.?\s\d{{4}})
    (?:\s?г\.|\sгода)?,?\s?(?:№|N)\s?(?P<number>\d[\w/-]*)
    (?P<after>\s//|\s/\s|\.?\s(?:URL|Режим\sдоступа)|\s\[Электронный\sресурс\])""",
    re.VERBOSE,
)
"""An act's title, «от» and its date (in figures or with the month named), «№» and its
number, then what the reference goes on to: its host after «//» or «/», its address, or
the electronic resource's mark. An act with nothing after its number is NAMED_ACT's; a
kind alone before a quoted title is official.ACT_BEFORE_TITLE's."""


@dataclass(frozen=True)
class ActLead:
    """The act's date and number that `take_act_lead` took out of a reference."""

    issued: Date
    number: str
    approval: str | None = None


def take_act_lead(text: str) -> tuple[str, ActLead | None]:
    """`text` without the date and number of the act whose title opens it (ACT_LEAD), and
    them; `text` as it is, and None, when it opens with no act's title, date and number."""
    if " от " not in text or ("№" not in text and " N" not in text):
        return text, None
    match = ACT_LEAD.match(text)
    if match is None:
        return text, None
    name, approval = _without_approval(match["name"].strip())
    if approval is None and not _names_act(name) or name.lower() in LEGISLATION_GENRES:
        return text, None  # a kind alone names no title for the rest to go on from
    issued = full_date(match["date"])
    if issued is None:
        return text, None
    return f"{name}{match['after']}{text[match.end():]}", \
        ActLead(issued, match["number"], approval)


def give_act_lead(reference: Reference, lead: ActLead | None) -> None:
    """The act's date and number that `take_act_lead` took, given to its reading, typed
    `legislation`."""
    if lead is None:
        return
    reference.type = "legislation"
    reference.fields["issued"] = lead.issued
    reference.fields["number"] = lead.number
    add_note(reference.fields, lead.approval)
