"""A periodical's name read back from the prepositional case to the nominative.

Notes name the journal a text appeared in after «в»: «в «Вопросах литературы»», «в
«Трудах Общества любителей российской словесности»», «в «Отеч. записках»», «в "Лит.
Наследстве"». An item keeps the periodical's name as it is catalogued, in the
nominative. Russian declension gives it back where the ending says it surely; where it
does not (a masculine or neuter head in «-е», «в «Сыне отечества»», «в «Русском
слове»»), there is no answer and the name stays as printed.

Only the words up to the head noun change: the adjectives that agree with it («Отечественных
записках» → «Отечественные записки») and the head; what follows it is a genitive
complement and stays («Трудах Общества …» → «Труды Общества …»). An abbreviated word
(«Отеч.», «Лит.») is left as printed. Two heads joined by «и», «і», «та» («Трудах и
днях») are not read: the second one's nominative would need the same rules, and is not tried.

The endings read (the plural is the same in Russian and Ukrainian):

- plural adjectives «-ых» → «-ые», «-их» → «-ие»;
- a feminine adjective «-ой» → «-ая», «-ей» → «-яя», its head «-ии» → «-ия», «-и» →
  «-ь» (the prepositional of an «-а» noun is «-е», so an «-и» is a soft-sign or «-ия»
  noun), «-е» → «-а» after a consonant that has no soft pair in «-я» (б, в, г, д, ж, к,
  м, п, с, т, ф, х, ц, ч, ш, щ; «Земле», «Заре» could be «-я»);
- a plural head «-иях» → «-ия» (the neuter «-ие» nouns: «Известия», «Чтения»),
  «-остях» → «-ости» («Ведомости», «Новости»), «-ах» → «-и» after г, к, х, ж, ш, щ, ч
  (spelling rule: «Записки»), else «-ы» («Труды», «Вопросы», «Материалы»); the rare
  neuter head in «-а» («Письма») would be misread, and none is found in the notes read;
- a neuter head «-стве» → «-ство» (nouns in «-ство» are all neuter: «Наследство»), its
  adjective «-ом» → «-ое», «-ем» → «-ее» («Литературном наследстве»); before any other
  head an «-ом» adjective may be masculine, and the name stays;
- a head whose gender the table of periodicals' head nouns gives
  (`biblio.data.periodical_heads`: «Современнике» → «Современник», «Русской Старине» →
  «Русская Старина», «Новом времени» → «Новое время»), its adjectives agreeing: a masculine
  «-ом» → «-ий» after г, к, х, ж, ш, щ, ч («Русском» → «Русский»), else «-ый» («Новом» →
  «Новый»), «-ем» → «-ий».

After «по» the name stands in the dative (`case="dative"`, «Печатается по «Отеч.
запискам»»): the plural «-ам», «-ям», «-ым», «-им» read as the prepositional's «-ах», «-ях»,
«-ых», «-их», a feminine one is the prepositional's form, and a masculine or neuter head
(«-у», «-ому») is read only from the table.
"""

from __future__ import annotations

import re
from functools import cache

from biblio.data.periodical_heads import PERIODICAL_HEADS, PLURAL_NEUTER_HEADS

WORD = re.compile(r"\S+")
VELAR_OR_SIBILANT = frozenset("гкхжшщч")
HARD_ONLY_BEFORE_A = frozenset("бвгджкмпстфхцчшщ")
"""Consonants after which a feminine «-е» comes from «-а»: their «-я» nouns are none or
few; «-ле», «-ре», «-не», «-зе» may be «-ля», «-ря», «-ня», «-зя»."""


def _ending(word: str, old: str, new: str) -> str:
    """`word` with its ending `old` replaced, the case of its last letter kept."""
    if word[-1].isupper():
        new = new.upper()
    return word[: len(word) - len(old)] + new


def _plural_head(word: str) -> str | None:
    lower = word.lower()
    if lower.endswith("иях"):
        return _ending(word, "ях", "я")
    if lower.endswith("остях"):
        return _ending(word, "ях", "и")
    if lower.endswith("ах") and len(lower) > 3:
        return _ending(word, "ах", "и" if lower[-3] in VELAR_OR_SIBILANT else "ы")
    return None


def _feminine_head(word: str) -> str | None:
    lower = word.lower()
    if lower.endswith("ии"):
        return _ending(word, "и", "я")
    if lower.endswith("и"):
        return _ending(word, "и", "ь")
    if lower.endswith("е") and len(lower) > 2 and lower[-2] in HARD_ONLY_BEFORE_A:
        return _ending(word, "е", "а")
    return None


def _adjective(word: str) -> tuple[str, str] | None:
    """The nominative of an agreeing adjective and its number or gender ("plural",
    "feminine", "neuter"); None for a word that is no adjective in these endings. An
    «-ом»/«-ем» adjective is masculine or neuter: it is read only before a neuter head."""
    lower = word.lower()
    for old, new, kind in (("ых", "ые", "plural"), ("их", "ие", "plural"),
                           ("ой", "ая", "feminine"), ("ей", "яя", "feminine"),
                           ("ом", "ое", "neuter"), ("ем", "ее", "neuter")):
        if lower.endswith(old) and len(lower) > len(old) + 2:
            return _ending(word, old, new), kind
    return None


def periodical_nominative(name: str, case: str = "prepositional") -> str | None:
    """`name`, in the prepositional case (or the dative), put in the nominative; None where
    neither its head's ending nor the table of head nouns says its nominative surely."""
    words = WORD.findall(name)
    if (known := _known_head(words, case)) is not None:
        return known
    if case == "dative":
        words = _dative_plural_as_prepositional(words)
        if words is None:
            return None
    result: list[str] = []
    agreement: str | None = None
    for index, word in enumerate(words):
        if word.endswith(".") or not word[:1].isalpha():
            result.append(word)  # «Отеч.», «Лит.»: as printed
            continue
        adjective = _adjective(word)
        if adjective is not None and index + 1 < len(words) and \
                agreement in (None, adjective[1]):
            result.append(adjective[0])
            agreement = adjective[1]
            continue
        head = _head(word, agreement)
        if head is None or words[index + 1: index + 2] in (["и"], ["і"], ["та"]):
            return None  # «Трудах и днях»: a second head, in its own case
        return " ".join([*result, head, *words[index + 1:]])
    return None


def _head(word: str, agreement: str | None) -> str | None:
    if agreement != "feminine" and (plural := _plural_head(word)) is not None:
        return plural
    if agreement in (None, "neuter") and word.lower().endswith("стве"):
        return _ending(word, "е", "о")
    if agreement == "feminine":
        return _feminine_head(word)
    return None


@cache
def _inflected_heads(case: str) -> dict[str, tuple[str, str]]:
    """The table's head nouns in `case` (lower case): their nominative and gender."""
    forms: dict[str, tuple[str, str]] = {}
    for noun, gender in PERIODICAL_HEADS.items():
        forms[_inflect(noun, gender, case)] = (noun, gender)
    for form, noun in PLURAL_NEUTER_HEADS.items():
        if form.endswith("ах" if case == "prepositional" else "ам"):
            forms[form] = (noun, "plural")
    return forms


def _inflect(noun: str, gender: str, case: str) -> str:
    """A head noun of the table in the prepositional or the dative singular."""
    if noun.endswith("мя"):
        return noun[:-1] + "ени"  # «время» → «времени», both cases
    if noun.endswith("ие"):
        return noun[:-1] + ("и" if case == "prepositional" else "ю")
    if gender == "feminine":
        return noun[:-1] + "е"
    stem = noun[:-1] if noun[-1] in "ьо" else noun
    if case == "prepositional":
        return stem + "е"
    return stem + ("ю" if noun.endswith("ь") else "у")


def _known_head(words: list[str], case: str) -> str | None:
    """The name put in the nominative by a head noun of the table, the adjectives before
    it agreeing and what follows it as printed; None when no such head opens the name
    after its adjectives and abbreviations."""
    heads = _inflected_heads(case)
    for index, word in enumerate(words):
        known = heads.get(word.lower())
        if known is not None:
            noun, gender = known
            before = [_agreeing(adjective, gender, case) for adjective in words[:index]]
            if any(adjective is None for adjective in before):
                return None
            head = noun.capitalize() if word[:1].isupper() else noun
            return " ".join([*before, head, *words[index + 1:]])  # type: ignore[list-item]
        if not word.endswith(".") and _agreeing(word, "any", case) is None:
            return None
    return None


ADJECTIVE_ENDINGS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("masculine", "prepositional"): (("ом", "ый"), ("ем", "ий")),
    ("masculine", "dative"): (("ому", "ый"), ("ему", "ий")),
    ("neuter", "prepositional"): (("ом", "ое"), ("ем", "ее")),
    ("neuter", "dative"): (("ому", "ое"), ("ему", "ее")),
    ("feminine", "prepositional"): (("ой", "ая"), ("ей", "яя")),
    ("feminine", "dative"): (("ой", "ая"), ("ей", "яя")),
    ("plural", "prepositional"): (("ых", "ые"), ("их", "ие")),
    ("plural", "dative"): (("ым", "ые"), ("им", "ие")),
}
"""An agreeing adjective's endings in a case and its nominative's, by the head's gender."""


def _agreeing(word: str, gender: str, case: str) -> str | None:
    """An abbreviated word as printed, or an adjective agreeing with a head of `gender` put
    in the nominative (with "any", the word itself when it is an adjective of some gender);
    None for a word that is neither."""
    if word.endswith("."):
        return word
    genders = [gender] if gender != "any" else ["masculine", "neuter", "feminine", "plural"]
    lower = word.lower()
    for each in genders:
        for old, new in ADJECTIVE_ENDINGS[each, case]:
            if lower.endswith(old) and len(lower) > len(old) + 2:
                if gender == "any":
                    return word
                if each == "masculine" and new == "ый" and lower[-len(old) - 1] in VELAR_OR_SIBILANT:
                    new = "ий"  # «Русском» → «Русский»
                return _ending(word, old, new)
    return None


DATIVE_PLURAL = (("ям", "ях"), ("ам", "ах"), ("ым", "ых"), ("им", "их"))


def _dative_plural_as_prepositional(words: list[str]) -> list[str] | None:
    """The words up to a plural head in «-ам»/«-ям» with their dative plural endings read as
    the prepositional's; a name with no such head as it stands (a feminine dative is the
    prepositional's form); None when a masculine or neuter dative «-у» heads it."""
    result = []
    for index, word in enumerate(words):
        lower = word.lower()
        ending = next(((old, new) for old, new in DATIVE_PLURAL if lower.endswith(old)), None)
        if ending is None or word.endswith("."):
            if lower.endswith(("у", "ю")) and not word.endswith("."):
                return None
            result.append(word)
            continue
        result.append(_ending(word, *ending))
        if ending[0] in ("ам", "ям"):
            return [*result, *words[index + 1:]]
    return result
