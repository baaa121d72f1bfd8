"""A periodical introduced by one «/» where GOST prints «//»: «Стаття / Журнал. – 1992.
– № 7–8. – С. 32»; and the reverse, a statement of responsibility introduced by «//»:
«… : рекомендации // А.В. Маклахов [и др.]; под общ. ред. О.Н. Бургомистровой».

Ukrainian sites and OCR text layers type a host's «//» as one slash, which GOST keeps for
the statement of responsibility. A statement of responsibility names people or bodies and
is followed by an edition or a publication area; a periodical's title is followed by its
year and its issue. So a «/» is read as «//» where the part after it, to its year, names
no person (no initials, no role word, no comma after a name: «/ Леонора Адамчук, в журн.
«Пасіка», 2020, № 9») and the year is followed by an issue («№ 7»), in the period form
(«Журнал. – 1992. – № 7») or the comma form («Журнал, 1992, № 7»); or where a newspaper's
number and its day in figures follow its title, as legal reference lists cite the gazette
that printed an act («… «О выборах Президента Российской Федерации» / Российская газета, №
6, 16.01.2003»). A vertical bar stands for the slash so too, as a journal site's page title
parts an article's title from its journal («Urban walks: от прогулки к (интер)тексту | Вестн.
Том. гос. ун-та. Культурология и искусствоведение . 2020. № 37»).
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import ROLE_TERMS
from biblio.lazy_patterns import LazyPattern
from biblio.parse.patterns import PRINTED_YEAR, alternation

SLASH_BEFORE_PERIODICAL = re.compile(
    rf"""
    \s[/|]\s(?=
      (?P<host>[А-ЯЁA-Z«"][^/;,]{{2,150}}?)    # the periodical's title, no comma
      (?:(?:\.\s(?:[—–-]\s)?|,\s)              # its area's period (and dash), or a comma
         {PRINTED_YEAR}                        # the year
         (?:\.\s(?:[—–-]\s)?|,\s)              # the next area
         №\s?\d                                # the issue
        |,\s?№\s?\d+,\s?\d{{1,2}}\.\d{{1,2}}\.\d\d))  # a newspaper's number, its day in figures
    """,
    re.VERBOSE,
)
PERSON_OR_ROLE = LazyPattern(
    r"(?<![^\W\d_])[А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.\s?)?[А-ЯЁA-Z][а-яёa-z]"  # И. И. Иванов
    r"|[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?(?!\S)"                    # Иванов И. И.
    rf"|(?<![^\W\d_])(?:{alternation(ROLE_TERMS)})(?![^\W\d_])",
)
"""A name with initials either side, or a role word (`ROLE_TERMS`): a statement of
responsibility."""


def slash_as_host(body: str) -> str:
    """`body` with a periodical's single «/» read as «//» (SLASH_BEFORE_PERIODICAL), when
    it holds no «//» of its own; tested first by string methods, the pattern needing a
    «/» and a «№» that most references lack."""
    if " / " not in body and " | " not in body or "//" in body or "№" not in body:
        return body
    slash = SLASH_BEFORE_PERIODICAL.search(body)
    if slash is None or PERSON_OR_ROLE.search(slash["host"]):
        return body
    return f"{body[:slash.start()]} // {body[slash.end():]}"


DOUBLE_SLASH_BEFORE_STATEMENT = re.compile(
    r"""
    \s//\s(?=
      (?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+           # И. И. Иванов
      (?:,\s(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+)*  # , П. П. Петров
      (?:\s\[и\sдр\.\]|\sи\sдр\.)?              # [и др.]
      \s?;\s)                                    # the next statement's " ; "
    """,
    re.VERBOSE,
)
"""«//» before persons initials first whom another statement follows after « ; »: a
statement of responsibility typed with the host's mark, as student lists type it («Система
управления селекционным процессом …: рекомендации // А.В. Маклахов [и др.]; под общ. ред.
О.Н. Бургомистровой. Вологда – Молочное: ВГМХА, 2017. 52 с.», the dev set's ru-gost-1322).
No host opens so: a collection's title follows its heading's names, not « ; »."""


def double_slash_as_statement(body: str) -> str:
    """`body` with a statement's «//» (DOUBLE_SLASH_BEFORE_STATEMENT) read as « / », when it
    holds no « / » before it; tested first by string methods."""
    if "//" not in body or ";" not in body:
        return body
    slash = DOUBLE_SLASH_BEFORE_STATEMENT.search(body)
    if slash is None or " / " in body[: slash.start()]:
        return body
    return f"{body[:slash.start()]} / {body[slash.end():]}"
