"""A journal article as the Russian legal databases head it: its title, then its authors
and its journal in two parentheses.

ConsultantPlus heads an article of a law journal «Вчера была прописка. Сегодня
регистрация. А что изменилось? (Мыскин А. В.) («Нотариус», 2014, N 1)», and notes and
reading lists that copy from it keep the heading as it stands (a commentary on the law of
archives, ru-fn-1398–1400; sites reprinting the articles, as center-bereg.ru's «Некоторые
проблемы участия прокурора … (Афанасьев С. Ф., Борисова В. Ф.) («Законы России: опыт,
анализ, практика», 2012, N 9)»). The grammar takes the first parenthesis for a part of
the title and the second for a periodical cited whole. Here the heading is read as the
GOST reference it stands for, «Мыскин А. В. Вчера была прописка. … // Нотариус. 2014. №
1.», and kept only when the authors read as names and the journal as its host.
"""

from __future__ import annotations

from collections.abc import Callable

from biblio.lazy_patterns import LazyPattern
from biblio.parse.reference import Reference

ARTICLE_HEADING = LazyPattern(
    r"(?P<title>[^()]{3,400}?)\s\((?P<authors>[^()«»]{3,200})\)\s"
    r"\(«(?P<journal>[^«»()]{2,200})»,\s(?P<year>(?:19|20)\d\d),\s(?P<term>N|№)\s?"
    r"(?P<issue>\d[\d/–-]*(?:\s?\(\d+\))?)\)\.?")


def read_article_heading(text: str, parse: Callable[[str], Reference]) -> Reference | None:
    """The article a database heading names, or None when `text` is no such heading or its
    GOST form does not read with the heading's authors and journal."""
    if not text.rstrip(" .").endswith(")") or ") («" not in text:
        return None
    match = ARTICLE_HEADING.fullmatch(text.strip())
    if match is None:
        return None
    authors = match["authors"].strip().rstrip(".")
    reading = parse(f"{authors}. {match['title'].strip()} // {match['journal']}. "
                    f"{match['year']}. {match['term']} {match['issue']}.")
    if reading.kind != "work" or not reading.fields.get("author") or \
            reading.fields.get("container-title") != match["journal"]:
        return None
    return Reference(text=text, kind="work", type=reading.type, fields=dict(reading.fields),
                     locator=reading.locator, label=reading.label,
                     leftover=list(reading.leftover))
