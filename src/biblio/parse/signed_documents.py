"""An archival document headed by who issued it, then its kind and number.

Histories cite an administration's orders and minutes by their issuer, the document's kind
and number, its date and the archive: «Ротерт. Приказ 151, 3 марта 1934 г. (ЦАГМ. Ф. 665.
…)», «Заместитель начальника Метростроя Айнгорн. Приказ 78, 2 февраля 1934 г. (ЦАГМ. …)»,
«Президиум МГСПС. Протокол, 29 января 1934 г. (ЦАГМ. Ф. 718. …)». The issuer is the
document's author, and who issues it follows from its kind: an order («приказ»,
«распоряжение») is a single head's act, signed by a person (the family closing the heading,
the post before it kept in `note`) unless the heading names an institution
(`INSTITUTION`: «Наркомпрос. Приказ 151»); minutes and resolutions («протокол», «постановление»,
«решение») are a body's, a literal name. The kind is the title and an order's number its
`number`, as the dev set's gold has these documents (tests/data/dev/README.md, batch 28).
"""

from __future__ import annotations

from biblio.lazy_patterns import LazyPattern
from biblio.model import Name
from biblio.parse.patterns import RUSSIAN_FAMILY, alternation

PERSONAL_ACTS: tuple[str, ...] = ("Приказ", "Распоряжение")
"""Kinds of document a single head issues and signs."""
COLLECTIVE_ACTS: tuple[str, ...] = ("Протокол", "Постановление", "Решение", "Резолюция")
"""Kinds of document a body issues: its minutes and resolutions."""
SIGNED = LazyPattern(
    rf"(?P<issuer>[А-ЯЁ][^.«»()/]{{1,80}}?)\.\s"
    rf"(?P<kind>{alternation((*PERSONAL_ACTS, *COLLECTIVE_ACTS))})(?:\s(?:№\s?)?(?P<number>\d+))?"
)
"""The issuer, a period, the kind of document and perhaps its number: the whole title."""
NUMBERED = LazyPattern(rf"(?P<kind>{alternation(PERSONAL_ACTS)})\s(?:№\s?)?(?P<number>\d+)")
"""An order's kind and number alone: "Приказ 440" (after its signer's heading)."""
FAMILY = LazyPattern(RUSSIAN_FAMILY)
INSTITUTION = LazyPattern(
    r"^(?:Нарком|Глав(?!.*(?:ский|цкий)$))"
    r"|(?:стро[йяюе]|строем|совет|ком|пром|торг|трест|снаб|союз)(?:а|у|е|ом)?$")
"""A Soviet institution's compound name, in any case, where an order's signer would stand:
a people's commissariat or a chief directorate («Наркомпрос», «Наркомтяжпром», «Главлит»),
a construction («Метрострой», «Днепрострой»), a soviet or a committee («Моссовет»,
«Совнарком», «Мосгорисполком», «Губком»), a trust, a trade or a supply board («Мосторг»,
«Главснаб», «Центросоюз»). Such an issuer is a body, named as printed; «Управление делами
Совнаркома» ends in one in the genitive, where «Заместитель начальника Метростроя
Айнгорн» ends in a person's family."""


def read_signed(title: str) -> tuple[Name, str, str | None, str | None] | None:
    """(author, title, number, the signer's post) of a document so headed; None otherwise."""
    match = SIGNED.fullmatch(title) if ". " in title else None
    if match is None:
        return None
    issuer = match["issuer"].strip()
    if match["kind"] in COLLECTIVE_ACTS:
        return Name(literal=issuer), match["kind"], match["number"], None
    post, _, family = issuer.rpartition(" ")
    if not FAMILY.fullmatch(family):
        return None
    if INSTITUTION.search(family):  # "Наркомпрос. Приказ 12": a body's order
        return Name(literal=issuer), match["kind"], match["number"], None
    return Name(family=family), match["kind"], match["number"], post or None


def split_number(title: str) -> tuple[str, str | None]:
    """An order's title without its number, and the number ("Приказ 440" → "Приказ",
    "440"); the title and None for any other."""
    match = NUMBERED.fullmatch(title)
    return (match["kind"], match["number"]) if match else (title, None)
