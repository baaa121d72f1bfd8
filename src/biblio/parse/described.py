"""A work described in words before it is named, as Russian notes and review headings
write it: "Цитировано по статье В. А. Мамонтова «Ранняя лирика М. А. Волошина» // …",
"См. книгу В. В. Виноградова «Стиль Пушкина» (М., 1941)", "рецензия на монографию Н. В.
Липатовой «Власть в печатном варианте…» (Ульяновск : УлГУ, 2014. 238 С.)"; and a title
in quotes named before its author, who follows in the genitive ("«Абевега русских
суеверий», соч. М. Чулкова, СПб., 1786 г.").

The words up to the noun are the cite's lead-in; the author, in the genitive after the
noun, is read back to the nominative (biblio.russian_names); the title in quotes and the
rest are then read as a reference with a heading ("Мамонтов В. А. «Ранняя лирика …» //
…"), an imprint in parentheses after the title as its own area.
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import WORK_NOUNS
from biblio.lazy_patterns import LazyPattern
from biblio.parse.names import parse_heading
from biblio.parse.patterns import RUSSIAN_FAMILY, alternation, substitute
from biblio.russian_names import nominative, nominative_after_genitive_role

DESCRIBED_WORK = LazyPattern(
    rf"""
    (?P<lead>(?:[^\W\d_][^\d/]{{0,120}}?\s)?(?:{alternation(WORK_NOUNS)}))\s
    (?P<initials>(?:[А-ЯЁ]\.\s?){{1,2}})\s?
    (?P<family>{RUSSIAN_FAMILY}):?\s
    (?=«)
    """,
    re.VERBOSE | re.IGNORECASE,
)
"""The lead-in ending in a noun for the work (a sentence, a name in quotes in it: "Об
участии З.Гиппиус … в журнале «Современные записки» см. статью …"; no figure, which would
be a reference's, a host's year or issue before the work), then the author's initials and
family, and a colon before the title, as notes of the 19th century introduce it ("См. соч.
Я. Грота: «Петербургский край …»"), or none."""
PERIOD_BEFORE_HOST = LazyPattern(r"»\.(?=\s//\s)")
"""A period after the quoted title before the host's " // ": the sentence's, not the
title's ("см. статью М.В.Вишняка «З.Н.Гиппиус в письмах». // «Новый журнал», …")."""
TITLE_BEFORE_AUTHOR = LazyPattern(
    rf"""
    (?P<title>«[^«»]{{2,200}}»),?\s(?:соч\.\s)?
    (?P<initials>(?:[А-ЯЁ]\.\s?){{1,2}})\s?
    (?P<family>{RUSSIAN_FAMILY})
    (?=,\s)
    """,
    re.VERBOSE,
)
"""A title in quotes first and its author after it in the genitive, as 19th-century notes
cite: "«Абевега русских суеверий», соч. М. Чулкова, СПб., 1786 г.", "«История Малой
России» Д. Н. Бантыш-Каменского, Москва, 1830 г., т. I"; taken only when the family ends
as a genitive does (`russian_names.nominative` reads it back), a nominative after the title
being a second work's heading or a person the title names."""
HOST_BEFORE_WORK = LazyPattern(
    rf"""«(?P<host>[^«»]{{2,120}})»(?P<numbering>,\s[^«»]{{0,40}}?\d{{4}}[^«»]{{0,60}}?),\s
    (?P<lead>в\s(?:{alternation(WORK_NOUNS)}))\s
    (?P<initials>(?:[А-ЯЁ]\.\s?){{1,2}})\s?(?P<family>{RUSSIAN_FAMILY}):?\s
    «(?P<title>[^«»]{{2,300}})»\.?""",
    re.VERBOSE,
)
"""The periodical and its issue first, then the work in it described in words: "«Полтавские
Губернские Ведомости», 1839 г., № 5, стр. 34, в статье Я. Ефремовича: «Полтава и
замечательнейшее в окрестностях ее»." (a 1902 book on Poltava), read as GOST's "Ефремович
Я. Полтава … // Полтавские Губернские Ведомости, 1839 г., № 5, стр. 34"."""
DASH_BEFORE_TITLE = LazyPattern(r"\s[—–]\s(?=«)")
"""The dash between a note's words and the reference they lead to: "… Чернобыльский *). —
«История Малой России» Д. Н. Бантыш-Каменского, …"."""
IMPRINT_IN_PARENTHESES = LazyPattern(r"(?<=»)\s\((?P<imprint>[^()]*\d{4}[^()]*)\)\.?$")
"""The imprint closing the reference in parentheses after the quoted title."""
HOST_IN_PARENTHESES = LazyPattern(
    r"(?<=»)\s\(«(?P<host>[^«»]{2,150})»,\s(?P<imprint>[^()]*\d{4}[^()]*)\)\.?$")
"""A periodical in quotes and its year in the parentheses after the title: the host the
article was printed in, GOST's "//" («статье Л. Н. Майкова «Первые шаги Крылова …»
(«Русский вестник», 1889 г., май, стр. 143–145)»)."""


def read_described_work(body: str) -> tuple[str, str] | None:
    """(lead-in, the reference with its heading) for a described work; None otherwise."""
    if "«" not in body:
        return None
    hosted = HOST_BEFORE_WORK.fullmatch(body) if body.startswith("«") else None
    if hosted:
        family = nominative_after_genitive_role(hosted["family"])  # the noun governs it
        return hosted["lead"], (f"{family} {hosted['initials'].strip()} {hosted['title']} // "
                                f"{hosted['host']}{hosted['numbering']}.")
    dash = DASH_BEFORE_TITLE.search(body)
    start = dash.end() if dash and not body.startswith("«") else 0
    first = TITLE_BEFORE_AUTHOR.match(body, start)
    if first and nominative(first["family"]) != first["family"]:
        title = first["title"][1:-1].rstrip(".")  # "Чулков М. Абевега …. СПб., 1786 г."
        rest = body[first.end():].removeprefix(",")
        lead = body[:start].strip()  # the note's words before the dash, a lead-in
        return lead, f"{nominative(first['family'])} {first['initials'].strip()} {title}.{rest}"
    match = DESCRIBED_WORK.match(body)
    if match is None or parse_heading(body)[0]:
        return None  # "Петров П. П. Работа И. И. Иванова «…»": a heading, then a title
    family = nominative_after_genitive_role(match["family"])  # the noun governs it
    rest = body[match.end():]
    rest = PERIOD_BEFORE_HOST.sub("»", rest, count=1)
    rest = substitute(HOST_IN_PARENTHESES, r" // \g<host>, \g<imprint>", rest)
    rest = substitute(IMPRINT_IN_PARENTHESES, r". \g<imprint>", rest)
    return match["lead"], f"{family} {match['initials'].strip()} {rest}"
