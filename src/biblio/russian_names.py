"""Russian surnames between the nominative and the genitive.

A statement of responsibility puts names in the case its role word governs: GOST
7.1-2003 writes "под ред. В.Н. Сухова", "пер. с фр. Ю. Розенберга" (genitive) but
"сост. В.Ф. Некрасов" (nominative). biblio keeps names in the nominative, the form a
reference manager holds; the parser puts a genitive back into the nominative and the
GOST renderer declines again. The endings are the rules of Russian grammar for
surnames (Д.Э. Розенталь, «Справочник по правописанию и литературной правке»,
«Склонение фамилий»): possessive -ов/-ев/-ин, adjectival -ский/-цкий/-ой, and men's
surnames ending in a consonant decline; -о, -е, -и, -у, -ю, -их/-ых and women's
surnames ending in a consonant do not. Initials do not tell a man from a woman: a
surname ending in a consonant is declined as a man's, the usual case; what the rules
leave open when reading a genitive back (a consonant + -а, -я, -ого) is kept as printed,
since "Дюма" or "Гамарра" would otherwise lose a letter.
"""

from __future__ import annotations

import re

from biblio.data.pre_reform_spelling import modern_spelling
from biblio.model import Name

TO_GENITIVE: tuple[tuple[str, str], ...] = (
    ("ская", "ской"), ("цкая", "цкой"), ("ский", "ского"), ("цкий", "цкого"),
    ("ова", "овой"), ("ева", "евой"), ("ёва", "ёвой"), ("ина", "иной"), ("ына", "ыной"),
    ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына"),
    ("ой", "ого"), ("ый", "ого"), ("кий", "кого"), ("гий", "гого"), ("хий", "хого"),
    ("ь", "я"),
)
"""Nominative ending → genitive ending, longest first: adjectival -ый and -кий/-гий/-хий
("Бескровный", "Горький") as -ой is."""

TO_NOMINATIVE: tuple[tuple[str, str], ...] = (
    ("ского", "ский"), ("цкого", "цкий"), ("ской", "ская"), ("цкой", "цкая"),
    ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
    ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"),
    ("вича", "вич"), ("ича", "ич"), ("чука", "чук"), ("юка", "юк"), ("ука", "ук"),
    ("янца", "янц"), ("яна", "ян"), ("енка", "енко"),
    ("ака", "ак"), ("яка", "як"), ("ика", "ик"), ("іка", "ік"),
    ("ського", "ський"), ("цького", "цький"), ("скага", "скі"), ("цкага", "цкі"),
    ("мана", "ман"), ("берга", "берг"), ("штейна", "штейн"), ("сона", "сон"), ("ера", "ер"),
)
"""Genitive ending → nominative ending, longest first. Only endings no nominative has
after "под ред." are read back: the possessive and adjectival types; the surname types
that end in a consonant, none of whose nominatives ends in "-а": SURNAME_ENDINGS' ("Гурвич",
"Хлевнюк", "Чубарьян"), the Slavic suffixes -ак, -як, -ик (Суперанская and Суслова, as
above: "Полторак", "Карлик") and the German and English ones as Russian transcribes them
(-mann, -berg, -stein, -son, -er: "Таубман", "Розенберг", "Глисон", "Миллер"); and "-енко"
declined as 19th-century and Ukrainian texts decline it ("Н. И. Арандаренка"); the same
types in Ukrainian and Belarusian letters ("пад рэд. Я.К. Новіка", the Ukrainian adjectival
-ського and the Belarusian -скага of "Карскі"). Any other consonant + "а" ("Шмидта", but
"Дюма", an indeclinable French name) is kept."""

AFTER_GENITIVE_ROLE: tuple[tuple[str, str], ...] = (
    ("кого", "кий"), ("гого", "гий"), ("хого", "хий"), ("ого", "ый"), ("ія", "ій"),
)
"""Adjectival genitives read back where the role word says the genitive ("Под ред. Л.Г.
Бескровного"): -ого is Бескровный's or Толстой's, the stress deciding, which spelling does
not show; the unstressed -ый (-ий after г, к, х, where spelling allows no -ый) is read, as
TO_NOMINATIVE reads "-ского" as -ский, the families of FAMILIES_IN_STRESSED_OI apart; and
the Ukrainian -ій's "-ія" ("за ред. В. А. Смолія": Смолій)."""
GENITIVE_AFTER_CONSONANT = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])[аыя]$")
"""A final -а, -ы, -я after a consonant where the role word says the genitive: men's surnames
ending in a consonant decline ("под ред.: … Ю.М. Бохана", "Под ред. Дж. Гиттингса", "К.
Шмидта"), and those ending in an unstressed -а decline to -ы ("под ред. В. И. Пичеты":
Пичета), a soft consonant's to -я ("Врубеля": Врубель); a surname whose nominative ends in
-а is printed there as -ы, so a printed -а is a consonant's genitive, but for the
indeclinable French families of INDECLINABLE_IN_A ("под ред. А. Дюма")."""
CONSONANT_GENITIVE_TO_NOMINATIVE = {"а": "", "ы": "а", "я": "ь"}

FAMILIES_IN_STRESSED_OI: frozenset[str] = frozenset({
    "Толстой", "Трубецкой", "Шаховской", "Луговской", "Благой", "Полевой", "Боровой",
    "Береговой", "Лановой", "Сухой", "Нагой", "Кривой",
})
"""Adjectival families whose nominative ends in the stressed -ой, which their genitive
"-ого" shares with the unstressed -ый/-ий of "Бескровный", "Горький": the Толстые (Л. Н.,
А. К., А. Н., Н. И.), the princes Трубецкие (С. Н., Е. Н., Н. С.) and Шаховские (Д. И.), the
poet В. А. Луговской, the editors and historians Д. Д. Благой, Н. А. and Б. Н. Полевой, С.
Я. Боровой, the aircraft designer П. О. Сухой, the boyars Нагие, and Береговой, Лановой,
Кривой. Spelling does not show the stress, so the families are listed; an unlisted "-ого"
keeps AFTER_GENITIVE_ROLE's unstressed reading."""

INDECLINABLE_IN_A: frozenset[str] = frozenset({
    "Дюма", "Тома", "Дега", "Петипа", "Золя",
})
"""French families ending in a stressed -а, -я, which Russian does not decline (Розенталь,
«Склонение фамилий»: "романы Дюма", "картины Дега", "романы Золя"): GENITIVE_AFTER_CONSONANT
leaves them as printed."""

SURNAME_ENDINGS: tuple[str, ...] = (
    "ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына",   # possessive
    "ский", "цкий", "ская", "цкая", "ской", "цкой",                    # adjectival
    "ых", "их",                                                         # Siberian, genitive plural
    "енко", "ук", "юк", "чук",                                          # Ukrainian
    "вич", "ич",                                                        # patronymic
    "ян", "янц", "швили", "дзе",                                        # Armenian, Georgian
)
"""Word endings that make a Russian family name (А.В. Суперанская, А.В. Суслова,
«Современные русские фамилии», 1981, on their formation; Розенталь as above): the
possessive, adjectival and plural Russian types and the Ukrainian, Armenian and Georgian
types common in Russian books. A one-word heading with none of them ("Лубянка.",
"Правда.") is read as a title."""

INDECLINABLE = re.compile(r"(?:[оеиуюэ]|[иы]х|[ая]го)$")
CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")
_CYRILLIC_PART = r"[А-ЯЁІЇЄҐа-яёіїєґ]+(?:['ʼ’][яюєї][а-яёіїєґ]*)*"
CYRILLIC_WORD = re.compile(rf"^{_CYRILLIC_PART}(?:-{_CYRILLIC_PART})*$")
"""A Cyrillic surname, Ukrainian letters included: a Ukrainian list's editor after "під
ред." is as declined as a Russian one ("під ред. В. К. Матвійчука"); with the apostrophe
Ukrainian spelling writes before "я", "ю", "є", "ї" (typed ', ʼ or ’: "за ред. І.
Крип'якевича")."""


def genitive(family: str) -> str:
    """"Сухов" → "Сухова", "Нежинская" → "Нежинской", "Шевченко" → "Шевченко"."""
    return _each_part(family, _genitive_of_word)


def nominative(family: str) -> str:
    """"Сухова" (after "под ред.") → "Сухов", "Суховой" → "Сухова"; "Шмидта" as printed."""
    return _each_part(family, _nominative_of_word)


def nominative_after_genitive_role(family: str) -> str:
    """"Бохана" (after "под ред.") → "Бохан", "Пичеты" → "Пичета", "Бескровного" →
    "Бескровный": nominative's reading, and what the role word settles that it leaves open."""
    return _each_part(family, _nominative_after_role_of_word)


def decline_names(names: list[Name], case: str) -> list[Name]:
    """Names with their Cyrillic surnames in `case`: "genitive", "nominative" (what the
    ending alone settles) or "nominative after role" (after a word that governs the
    genitive: AFTER_GENITIVE_ROLE, GENITIVE_AFTER_CONSONANT)."""
    change = {"genitive": genitive, "nominative": nominative,
              "nominative after role": nominative_after_genitive_role}[case]
    out = []
    for name in names:
        if name.family and not name.literal and CYRILLIC_WORD.match(name.family):
            name = Name(**{**name.__dict__, "family": change(name.family)})
        out.append(name)
    return out


def _each_part(family: str, change) -> str:
    if not CYRILLIC_WORD.match(family):
        return family
    return "-".join(change(part) for part in family.split("-"))


def _genitive_of_word(word: str) -> str:
    lower = word.lower()
    if len(word) < 3 or INDECLINABLE.search(lower):
        return word
    for ending, replacement in TO_GENITIVE:
        if lower.endswith(ending):
            return word[: len(word) - len(ending)] + _same_case(replacement, word)
    if CONSONANT_END.search(lower):
        return word + _same_case("а", word)
    return word


def _nominative_of_word(word: str) -> str:
    lower = word.lower()
    if len(word) < 4:
        return word
    if lower.endswith("ого") and (word[:-3] + "ой").capitalize() in FAMILIES_IN_STRESSED_OI:
        return word[:-3] + _same_case("ой", word)
    for ending, replacement in TO_NOMINATIVE:
        if lower.endswith(ending):
            return word[: len(word) - len(ending)] + _same_case(replacement, word)
    return word  # "Шмидта" may be Шмидт, "Дюма" is Дюма: a consonant + "а" stays


def _nominative_after_role_of_word(word: str) -> str:
    read = _nominative_of_word(word)
    if read != word or len(word) < 4:
        return read
    lower = word.lower()
    for ending, replacement in AFTER_GENITIVE_ROLE:
        if lower.endswith(ending):
            return word[: len(word) - len(ending)] + _same_case(replacement, word)
    final = GENITIVE_AFTER_CONSONANT.search(lower)
    if final and word.capitalize() not in INDECLINABLE_IN_A:
        return word[:-1] + _same_case(CONSONANT_GENITIVE_TO_NOMINATIVE[final.group()], word)
    return word


def _same_case(ending: str, word: str) -> str:
    return ending.upper() if word.isupper() else ending


def has_surname_ending(word: str) -> bool:
    """Whether a Cyrillic word ends as Russian family names do ("Хлевнюк", "Голубинский"),
    in the spelling before 1918 too ("Соловьевъ", "Бѣляевъ": read in today's letters)."""
    if word[-1:] in "ъЪ" or not CYRILLIC_WORD.match(word):  # today's words need no folding
        word = modern_spelling(word)
    return bool(CYRILLIC_WORD.match(word)) and word.lower().endswith(SURNAME_ENDINGS) \
        and len(word) > 3
