"""Titles the note's writer put in quotation marks, as Soviet and 19th-century notes do.

A bibliographic description never encloses a title in quotes: marks the title itself
prints are kept, but none are added around it (GOST 7.1-2003 clause 5.2.3 gives the
title "in the form the source gives it"; the guides that teach the standard add "never
in quotes, unless the author's own spelling has them"). A note that writes
«Полное собрание летописей», т. V, с. 225 quotes the title to set it off from the areas
run on after it with commas; the quotes are the note's punctuation, not the title's.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.reference import add_note
from biblio.parse.typography import QUOTE_PAIRS

WHOLLY_QUOTED = re.compile(r"«[^«»]+»|“[^“”„]+”|„[^„“”]+[“”]|\"[^\"]+\"")
"""A title that is one quoted phrase and nothing else: «…», “…”, „…“ or "…", with no mark
of the same kind inside (so «Ананьинский могильник» is one phrase, and «Знати» … «чому»
two)."""
OPENING_QUOTES = "".join(QUOTE_PAIRS)
"""The marks a WHOLLY_QUOTED title opens with (biblio.parse.typography's table), tested
before the pattern: nearly every title the grammar reads opens with none."""


SPOKEN_END = ("!", "?", "…", "...")
"""How a quoted title that is someone's words ends: «Да здравствует товарищ Сталин!»,
«Мне нужно видеть свет…». A slogan, a question or a cut quotation as a whole title is
the author's quotation, and its marks are the title's own, which the description keeps."""


def unquoted_title(title: str) -> str:
    """`title` without the quotation marks that enclose the whole of it, unless the
    words inside are a quotation of their own (SPOKEN_END)."""
    if title[:1] in OPENING_QUOTES and len(title) > 2 and WHOLLY_QUOTED.fullmatch(title) and \
            not title[1:-1].rstrip().endswith(SPOKEN_END):
        return title[1:-1].strip()
    return title


QUOTED_THEN_GLOSS = re.compile(r"(?P<title>«[^«»]+»)\s?\((?P<gloss>[^()«»]{1,200})\)")
"""A quoted title and the writer's gloss on it in parentheses: «Великий русский врач и
ученый Н. И. Пирогов» (к 150-летию со дня рождения), «Маршал Жуков» (лит. мозаика). The
quotes close the title, so the parentheses after them are the other title information,
not the title's words. Not a parenthesis that quotes a title of its own: «У тебя целый
Сан-Франциско в твоем архиве…» (из «Современных записок и воспоминаний…» А. Я. Булгакова)
names where the quoted words come from, and the whole is the publication's title."""


def quoted_title_and_gloss(title: str, fields: dict[str, Any]) -> str:
    """`title` without the quotes that close it and the gloss in parentheses after them,
    the gloss kept in `note`."""
    glossed = QUOTED_THEN_GLOSS.fullmatch(title) if title[:1] == "«" and \
        title.endswith(")") else None
    if glossed is None:
        return unquoted_title(title)
    add_note(fields, glossed["gloss"].strip())
    return unquoted_title(glossed["title"])


QUOTED_THEN_AREA = re.compile(
    r"""(?P<title>«[^«»]+»)
    (?:\s(?P<cut>и\s(?:пр|др|т\.\s?д|т\.\s?п)\.?)                            # «…» и пр.
      |,\s(?:(?P<publisher>(?:изд\.|изд-во|[Ии]здание|[Ии]здательство)\s.+)   # , изд. ВЦСПС
            |[тТ]\.\s?(?P<volume>\d{1,3}|[IVXLC]{1,6})(?:,\s(?P<more>.+))?)   # , т. II, …
      |\.\s(?P<series>[^\W\d_][^«»]{0,150}?),\s(?:№|No\.?|[Вв]ып\.)\s?(?P<number>\d{1,4}))$
    """,                                                   # . Уч. зап. ЛГУ, № 120
    re.VERBOSE,
)
"""A title the note's quotes close, then what a note writes after it in the title's area:
"и пр.", "и т. д." closing the area for the rest of a title cut short («Летопись самовидца»
и пр.), or after a comma the publisher named by its house's word
(«IV Всероссийская конференция профсоюзов», изд. ВЦСПС; «Сказки», изд-во «Прибой») or the
volume («Полное собрание русских летописей», т. II, Ипатьевская летопись); or after its
period the numbered series the collection belongs to, as Soviet notes cite a university's
collection («Вопросы русской литературы». Уч. зап. Моск. гос. пед. ин-та им. В. И. Ленина,
№ 288): GOST 7.1-2003's series area (clause 5.6), its title and number."""


def title_closed_by_quotes(title: str, fields: dict[str, object]) -> tuple[str, str]:
    """The quoted title of `title` (QUOTED_THEN_AREA) and the words after it that no field
    takes (for `note`), the publisher or the volume after it put in `fields`; `title`
    itself and nothing when it is not so."""
    closed = QUOTED_THEN_AREA.fullmatch(title)
    if closed is None:
        return title, ""
    if closed["publisher"]:
        fields["publisher"] = closed["publisher"]
    if closed["volume"]:
        fields["volume"] = closed["volume"]
    if closed["series"]:
        fields["collection-title"] = closed["series"]
        fields["collection-number"] = closed["number"]
    rest = " ".join(filter(None, (closed["cut"], closed["more"])))
    return closed["title"], rest
