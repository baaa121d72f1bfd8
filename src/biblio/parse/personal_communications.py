"""A letter or a message cited by its writer and its date, and nothing else.

Scientists' and historians' notes cite what they were told or written with no archive
and no publication: "Личное сообщение А. Г. Чернова 4 апр. 1967 г.", "Личное сообщение
Н. П. Макарова осенью 1967 г.", "Письмо И. К. Янковской (Пиотровской) из Владивостока от
18 апр. 1967 г.". The noun says what kind of document it is and governs the writer's name
in the genitive (the author, read back to the nominative); the date closing the note is
the document's `issued`, as a letter's date closes its title (tests/data/dev/README.md,
rules). The item is CSL's `personal_communication`, Zotero's letter. A letter with an
archive or a host after it ("Письмо Г.Д. Гребенщикова И.А. Бунину от 31 июля 1940 г. //
…") is a document of that archive or collection and is not read here; nor is a letter
named by its recipient in the dative ("Письмо Кагановичу от 24 сентября 1931 г."), whose
name the genitive's endings do not fit.
"""

from __future__ import annotations

import re

from biblio.data.ranks import RANKS, SHORT_TITLES
from biblio.data.reference_terms import COMMUNICATION_NOUNS, SEASONS, TALK_NOUNS
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date, Name
from biblio.parse.patterns import RUSSIAN_FAMILY, alternation
from biblio.parse.publication import MONTH, month_number
from biblio.parse.reference import Reference, add_note
from biblio.russian_names import nominative, nominative_after_genitive_role

_FAMILY = RUSSIAN_FAMILY
ABBREVIATED_RANKS = sorted(rank for rank in RANKS if rank.endswith(".") and rank not in SHORT_TITLES)
"""The ranks cut short ("проф.", "акад."), which no case changes."""
_DATE = rf"""
    (?:(?P<day>\d{{1,2}})\s(?P<month>{MONTH})\s          # 4 апр.
      |(?P<season>{alternation(SEASONS)})\s              # осенью
      |(?P<month_alone>{MONTH})\s)?                      # апреля
    (?P<year>\d{{4}})(?:\s?г\.?|\sгода)?\.?"""
_WRITER = rf"""(?:{alternation(ABBREVIATED_RANKS)}\s)?             # проф., акад.: no case changes them
      (?P<initials>(?:[А-ЯЁ]\.\s?){{1,2}})\s?(?P<family>{_FAMILY})"""
COMMUNICATION = LazyPattern(
    rf"""
    (?P<named>(?P<kind>{alternation(COMMUNICATION_NOUNS)})\s
      {_WRITER}
      (?:\s\((?P<other_family>{_FAMILY})\))?          # (Пиотровской): her other family
      (?:\s(?:к|из|в)\s[^(),\d]{{1,60}}?)?)            # из Владивостока, к Г. Д. Карпеченко
    ,?\s(?:от\s)?{_DATE}
    """,
    re.VERBOSE,
)
"""The kind of message, its writer's rank, initials and family in the genitive (a second
family in parentheses, its recipient after «к» or the place it was written from), then its
date: a day, a season, a month or the year alone."""
TALK = LazyPattern(
    rf"""(?P<kind>{alternation(TALK_NOUNS)})\s{_WRITER}
    \s«(?P<title>[^«»]{{2,200}})»(?:,?\s(?P<occasion>[^«»\d]{{1,200}}?))?\s{_DATE}""",
    re.VERBOSE,
)
"""A talk cited by its speaker (genitive), title and the day it was given, where and
before whom in a clause between: «Из доклада проф. Ф. Х. Бахтеева "Последнее
десятилетие", читанного в Москве, в Обществе испытателей природы 24 нояб. 1965 г.»
(CSL `speech`; the clause kept in `note`)."""
LETTER_HEADING = LazyPattern(
    rf"(?P<initials>(?:[А-ЯЁ]\.\s?){{1,2}})\s?(?P<family>{_FAMILY})(?=\s[—–-]\s[^\W\d_])")
"""A letter's title as editions of letters head it, its writer in the nominative, a dash,
and its recipient in the dative: "В. И. Вернадский - сыну", "В. И. Вернадский - акад. Н.
Г. Холодному" (an archived letter's title after its file); the writer with his initials,
since a family alone ("Бенуа – Дягилеву") may be a title's word."""
OPENINGS = tuple({noun.split()[0] for noun in (*COMMUNICATION_NOUNS, *TALK_NOUNS)})
"""The first words of COMMUNICATION_NOUNS and TALK_NOUNS: the cheap test before the
patterns."""


def parse_personal_communication(text: str, reference: Reference) -> Reference | None:
    """The reference, when `text` is a letter or a message named by its writer and date
    alone; None otherwise."""
    if not text.startswith(OPENINGS):
        return None
    talk = TALK.fullmatch(text)
    if talk and nominative_after_genitive_role(talk["family"]) != talk["family"]:
        return _talk(talk, reference)
    match = COMMUNICATION.fullmatch(text)
    if match is None or nominative(match["family"]) == match["family"]:
        return None  # "Письмо Кагановичу …": a recipient, or a name the endings leave open
    fields = reference.fields
    fields["author"] = [Name(family=nominative(match["family"]),
                             given=match["initials"].strip())]
    fields["issued"] = _date(match)
    if match["kind"].startswith(("Письм", "Из")):
        fields["title"] = match["named"]  # a letter is named so, as an archive's letters are
    else:
        fields["genre"] = match["kind"]
    if match["season"]:
        fields["note"] = f"{match['season']} {match['year']}"  # the season as printed
    reference.type = "personal_communication"
    return reference


def _talk(match: re.Match[str], reference: Reference) -> Reference:
    fields = reference.fields
    fields["author"] = [Name(family=nominative_after_genitive_role(match["family"]),
                             given=match["initials"].strip())]
    fields["title"] = match["title"].strip()
    fields["issued"] = _date(match)
    fields["genre"] = match["kind"]
    add_note(fields, match["occasion"])
    reference.type = "speech"
    return reference


def _date(match: re.Match[str]) -> Date:
    year = int(match["year"])
    if match["day"]:
        return Date(parts=[[year, month_number(match["month"]), int(match["day"])]])
    if match["month_alone"]:
        return Date(parts=[[year, month_number(match["month_alone"])]])
    return Date(parts=[[year]])


def letter_writer(title: str) -> Name | None:
    """The writer of a letter whose title heads it "Writer – recipient"; None otherwise."""
    match = LETTER_HEADING.match(title) if " " in title else None
    if match is None:
        return None
    return Name(family=match["family"], given=match["initials"].strip())
