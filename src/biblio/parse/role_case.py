"""The case of the names after a role word, read back to the nominative a reference
manager holds: a word that governs the genitive ("под ред. В.Н. Сухова") says the names
are declined; a capitalised "Ред." opening a statement abbreviates both "Редакция" (the
genitive: "Ред. А.К. Дживелегова, С.П. Мельгунова, В.И. Пичета", a 1912 title page as
notes cite it) and "Редактор" (the nominative), and the names' own endings decide."""

from __future__ import annotations

from dataclasses import replace

from biblio.data.given_names import GENITIVE_TO_NOMINATIVE, GIVEN_NAMES
from biblio.data.reference_terms import GENITIVE_ROLES
from biblio.model import Name
from biblio.russian_names import CYRILLIC_WORD, decline_names, genitive, nominative

BELARUSIAN_GENITIVE_ROLES: frozenset[str] = frozenset({"пад рэд."})
"""Belarusian role words that govern the genitive (СТБ 7.12-2001 "пад рэдакцыяй")."""
BELARUSIAN_POSSESSIVE_GENITIVE = ("ова", "ева", "ёва")
"""The genitive endings of the Belarusian possessive surnames "-оў", "-еў", "-ёў"."""

EITHER_CASE_ROLES: frozenset[str] = frozenset({"Ред."})
"""Role words after which the names may be in either case: GOST 7.0.12-2011 cuts
"редактор" and "редакция" alike to "ред."; a lower-case "ред." after " / " or " ; " is
GOST 7.1's "редактор" with the nominative ("/ ред. П. И. Бакулин", "/ ред. В. І. Ладика"),
a capital one opening a sentence as often the older "Редакция" with the genitive."""


def names_in_nominative(role_words: list[str], names: list[Name]) -> list[Name]:
    """The names of a statement in the nominative, as the role word nearest them governs
    ("сост. и предисл. А.О. Чубарьяна": "предисл."'s genitive)."""
    if not role_words:
        return names
    nearest = role_words[-1]
    if nearest.lower() in BELARUSIAN_GENITIVE_ROLES:
        names = [_belarusian_possessive(name) for name in names]
    if nearest.lower() in GENITIVE_ROLES:
        return [_given_in_nominative(name)
                for name in decline_names(names, "nominative after role")]
    if nearest in EITHER_CASE_ROLES and not any(_only_nominative(name) for name in names):
        return decline_names(names, "nominative")
    return names


def _given_in_nominative(name: Name) -> Name:
    """A given name written out read back from the genitive ("Георгия" → "Георгий",
    `data.given_names.GENITIVE_TO_NOMINATIVE`), where the tables hold the reading and not
    the name as printed; initials and names the tables do not know are kept."""
    given = name.given or ""
    if not given.isalpha() or given in GIVEN_NAMES:
        return name
    for ending, replacement in GENITIVE_TO_NOMINATIVE:
        if given.endswith(ending) and given[: len(given) - len(ending)] + replacement \
                in GIVEN_NAMES:
            return replace(name, given=given[: len(given) - len(ending)] + replacement)
    return name


def _belarusian_possessive(name: Name) -> Name:
    """A Belarusian man's possessive surname read back: its nominative ends in "-оў",
    "-еў", "-ёў" (Belarusian spelling: "рэд. Г. П. Пашкоў", the dev set's ru-gost-812), its
    genitive in "-ова", "-ева", "-ёва" ("пад рэд. Г. П. Пашкова")."""
    family = name.family or ""
    if name.literal or not family.endswith(BELARUSIAN_POSSESSIVE_GENITIVE):
        return name
    return replace(name, family=family[:-2] + "ў")


def _only_nominative(name: Name) -> bool:
    """Whether a name is in a form only the nominative has ("Володихин", "Должиков":
    their genitive adds "-а"), which makes its statement's names nominative: "ред.
    коллег. М.Аксёнова, Д.Володихин" names Аксёнова, a woman; with none ("Дживелегова",
    a woman's nominative or a man's genitive), the man's genitive is read, as a consonant's
    surname is declined as a man's."""
    family = name.family or ""
    return bool(CYRILLIC_WORD.match(family)) and not family.endswith(("а", "я")) \
        and genitive(family) != family and nominative(family) == family
