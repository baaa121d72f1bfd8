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
  head an «-ом» adjective may be masculine, and the name stays.
"""

from __future__ import annotations

import re

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


def periodical_nominative(name: str) -> str | None:
    """`name`, in the prepositional case, put in the nominative; None where its head's
    ending does not say its nominative surely."""
    words = WORD.findall(name)
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
