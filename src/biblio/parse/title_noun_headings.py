"""A title that opens with a noun and a person's initials, read as a heading and told
apart by the statement of responsibility after «/».

GOST 7.1-2003 describes a work with up to three authors under a heading, the first
author's name repeated after «/» (clause 5.2.5: "Корновенко С. В. Погляди … / С. В.
Корновенко"); a work with no heading opens with its title, and the statement after «/»
names its authors. A title that opens with a noun and the person it is about ("Погляди
П. М. Врангеля на сутність та шляхи вирішення аграрного питання / С.В. Корновенко //
Проблеми історії України …", a Ukrainian repository's citation line in the dev set's
batch 46; "Взгляды П. Н. Милюкова на аграрный вопрос / …", "Деятельность П. А.
Столыпина в Саратове / …") reads like a heading, family and initials, and the grammar
took the noun for the author. It is no heading when the statement after «/» opens with
a person whose family is another word and whose initials are other than the "heading's",
and the "family" is no Russian family name
(`russian_names.has_surname_ending`): a heading repeats itself there, and a translator's
or an editor's statement opens with its role word ("Гете И. В. Фауст / пер. Б.
Пастернака"), which is no name.
"""

from __future__ import annotations

from biblio.lazy_patterns import LazyPattern
from biblio.model import Name
from biblio.parse.names import UPPER
from biblio.russian_names import has_surname_ending

_LOWER = "a-zа-яёіїєґў"
_WORD = rf"[{UPPER}][{_LOWER}'’]{{2,}}(?:-[{UPPER}][{_LOWER}'’]+)?"
_INITIALS = rf"(?:[{UPPER}][{_LOWER}]?\.\s?){{1,3}}"
STATED_PERSON = LazyPattern(
    rf"\s/\s(?:(?P<initials>{_INITIALS})(?P<family>{_WORD})"
    rf"|(?P<family_first>{_WORD})\s(?P<initials_after>{_INITIALS}))")
"""The person opening the first statement of responsibility after «/»: initials first ("/
С.В. Корновенко", "/ П. Дж. Бараш") or family first ("/ Иванов С. В."); a family of three
letters or more, so that a given name's "Дж." is an initial."""
TITLE_NOUN = LazyPattern(r"[А-ЯЁІЇЄҐЎ][а-яёіїєґў]+")
"""A capitalised Cyrillic word of one part, as a title's first noun is ("Погляди",
"Взгляды"); a Latin heading's family has no Russian ending to tell it by."""


def _folded(word: str) -> str:
    return word.lower().replace("ё", "е")


def is_title_noun_heading(analytic: str, heading: list[Name]) -> bool:
    """Whether the one-name `heading` read at the start of `analytic` (a description's
    part before «//») is a title's first noun and a person's initials: its family is no
    family name, and the statement after «/» opens with a person of another family."""
    if len(heading) != 1 or " / " not in analytic:
        return False
    family = heading[0].family or ""
    if not TITLE_NOUN.fullmatch(family) or has_surname_ending(family):
        return False
    stated = STATED_PERSON.match(analytic, analytic.index(" / "))
    if stated is None:
        return False
    other = stated["family"] or stated["family_first"]
    initials = stated["initials"] or stated["initials_after"]
    return _folded(other) != _folded(family) and \
        _letters(initials) != _letters(heading[0].given or "")


def _letters(initials: str) -> set[str]:
    """The initials' first letters: "П. Дж." and "Дж. П." are one person's ("Бараш Дж. П.
    … / П. Дж. Бараш"), and a statement that misspells the heading's family keeps them
    ("Иоффе О. С. … / О. С. Иофе")."""
    return {part[0] for part in initials.replace(".", " ").split()}
