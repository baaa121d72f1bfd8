"""A host introduced by one «/» where GOST prints «//»: a periodical, «Стаття / Журнал. –
1992. – № 7–8. – С. 32», or a numbered collection, «Статья / Литературное наследство, т.
84, кн. 2, М., 1973»; «//» typed with a space between its slashes, «/ /»; and the reverse,
a statement of responsibility introduced by «//»: «… : рекомендации // А.В. Маклахов [и
др.]; под общ. ред. О.Н. Бургомистровой».

Ukrainian sites and OCR text layers type a host's «//» as one slash, which GOST keeps for
the statement of responsibility. A statement of responsibility names people or bodies and
is followed by an edition or a publication area; a periodical's title is followed by its
year and its issue. So a «/» is read as «//» where the part after it, to its year, names
no person (no initials, no role word, no comma after a name: «/ Леонора Адамчук, в журн.
«Пасіка», 2020, № 9») and the year is followed by an issue («№ 7»), in the period form
(«Журнал. – 1992. – № 7») or the comma form («Журнал, 1992, № 7»); or where a newspaper's
number and its day in figures follow its title, as legal reference lists cite the gazette
that printed an act («… «О выборах Президента Российской Федерации» / Российская газета, №
6, 16.01.2003»); or where the part after it is a collection's title followed by its volume
or issue («/ Документ. Архив. История. Современность: Сборник научных трудов. Вып. 4.
Екатеринбург …»), which names neither a person nor a body, nor opens with a quote (a quoted
collection, «/ «Сборник биографий кавалергардов …», Т. 2 «…», – СПб, 1904», the grammar
reads no better as a host, and the labeller worse: its title is lost when the numbering is
typed «т. 2»): a statement of responsibility names a body in the nominative («/ Ин-т
истории АН СССР. Вып. 3»), a collection's title names one in another case («Труды
Института истории»). A vertical bar stands for the slash before a periodical too, as a
journal site's page title parts an article's title from its journal («Urban walks: от
прогулки к (интер)тексту | Вестн. Том. гос. ун-та. Культурология и искусствоведение .
2020. № 37»).

PDF text layers and typesetting part the two slashes of «//» with a space («… цивилизации
/ / Путь из варяг в греки …: Каталог выставки. … М., 1996»): read as «//».
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


SLASH_BEFORE_NUMBERED_HOST = re.compile(
    r"""
    \s/\s(?=
      (?P<host>[А-ЯЁA-Z][^/;]{2,200}?)         # the collection's title, not quoted
      (?:\.\s(?:[—–-]\s)?|,\s)                 # its area's period (and dash), or a comma
      (?:[Тт]ом|[Тт]|[Вв]ыпуск|[Вв]ып|[Вв]ип|[Кк]нига|[Кк]н)\.?\s?[\dIVXLC])  # its numbering
    """,
    re.VERBOSE,
)
BODY_IN_NOMINATIVE = re.compile(
    r"(?<![^\W\d_])(?:Институт|Ин-т|Университет|Ун-т|Академия|АН|РАН|Министерство|"
    r"Комитет|Общество|Совет)(?![^\W\d_])")
"""A body named in the nominative: a statement of responsibility's, not a title's."""
AREA_BETWEEN = re.compile(r"\.\s[—–-]\s")
"""GOST's area separator: a collection's title and its numbering have none between them
(«Атомная энергия / Акад. наук СССР … — М.: …, 1956— . Том 108» is a serial's own areas)."""
SPACED_HOST_SIGN = " / / "


def slash_as_host(body: str) -> str:
    """`body` with a host's single «/» (or a periodical's « | ») read as «//»
    (SLASH_BEFORE_PERIODICAL, SLASH_BEFORE_NUMBERED_HOST), when it holds no «//» of its
    own, and «/ /» as «//»; tested first by string methods, the patterns needing a «/» or
    a «|» that most references lack."""
    if " / " not in body and " | " not in body or "//" in body:
        return body
    if SPACED_HOST_SIGN in body:
        return body.replace(SPACED_HOST_SIGN, " // ", 1)
    slash = SLASH_BEFORE_PERIODICAL.search(body) if "№" in body else None
    if slash is None or PERSON_OR_ROLE.search(slash["host"]):
        slash = SLASH_BEFORE_NUMBERED_HOST.search(body)
        if slash is None or PERSON_OR_ROLE.search(slash["host"]) or \
                BODY_IN_NOMINATIVE.search(slash["host"]) or AREA_BETWEEN.search(slash["host"]):
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
