"""Abbreviated places of publication, as GOST references print them.

Sources: GOST 7.0.12-2011 (abbreviation of Russian words), appendix A — the cities
whose names are abbreviated (Москва М., Ленинград Л., Санкт-Петербург СПб.,
Петроград Пг., Ростов-на-Дону Ростов н/Д, Нижний Новгород Н. Новгород); GOST
7.11-2004 (abbreviation of words in foreign European languages), appendix A — the
cities of foreign publishers (Paris P., London L., New York N.Y., Berlin B., …).

The model keeps the full name ("Москва", "Paris"); the GOST renderer abbreviates
again. COMMON are the abbreviations nearly every Russian journal prints; EXTENDED are
the further ones of GOST 7.11 that only some editors apply (Oxford, Cambridge), so a
style may choose to abbreviate them or to print them in full.
"""

from __future__ import annotations

import re

from biblio.data.english_places import ENGLISH_PLACE_NAMES

COMMON: dict[str, str] = {
    # GOST 7.0.12-2011, appendix A
    "М.": "Москва",
    "Л.": "Ленинград",
    "СПб.": "Санкт-Петербург",
    "Пг.": "Петроград",
    "Ростов н/Д": "Ростов-на-Дону",
    "Н. Новгород": "Нижний Новгород",
    # GOST 7.11-2004, appendix A
    "P.": "Paris",
    "L.": "London",
    "N.Y.": "New York",
    "B.": "Berlin",
}

EXTENDED: dict[str, str] = {
    # GOST 7.11-2004, appendix A
    "Oxf.": "Oxford",
    "Camb.": "Cambridge",
    "Amst.": "Amsterdam",
    "Lpz.": "Leipzig",
    "Stuttg.": "Stuttgart",
    "W.": "Wien",
    "Wash.": "Washington",
    "Phila.": "Philadelphia",
    "Brux.": "Bruxelles",
    "Münch.": "München",
}

UKRAINIAN: dict[str, str] = {
    # ДСТУ 3582 (abbreviation of words in Ukrainian), the abbreviated cities of
    # Ukrainian imprints: "К.: Наукова думка, 1990", "Х.: Право, 2014", "О.: Маяк, 1985";
    # "Л." (Львів) is Ленинград's in COMMON, read as Львів through IN_LANGUAGE
    "К.": "Київ",
    "Х.": "Харків",
    "О.": "Одеса",
}
"""Read when parsing; the renderers do not abbreviate Київ, as GOST 7.0.12 does not."""

OLDER: dict[str, str] = {
    # GOST 7.12-93, appendix A, before GOST 7.0.12-2011 dropped the city: Belarusian
    # and Russian imprints of the 1990s, "Мн.: Беларусь, 1998"
    "Мн.": "Минск",
    # the title pages and bibliographies of the 19th and early 20th century, before
    # the standards fixed the capital "П": "Спб., 1849", "Спб.: Тип. Суворина"
    "Спб.": "Санкт-Петербург",
    # and in capitals, as the title pages of the 19th century set the imprint: "СПБ.
    # 1904", "СПБ., Изд. А. Ф. Маркса"
    "СПБ.": "Санкт-Петербург",
}
"""Read when parsing; the renderers print the current abbreviations."""

IN_LANGUAGE: dict[str, dict[str, str]] = {
    # "К." stood for Киев in Russian imprints (GOST 7.12-93, appendix A, before
    # 7.0.12-2011 dropped it) and stands for Київ in Ukrainian ones (ДСТУ 3582:2013)
    "Київ": {"ru": "Киев"},
    "Харків": {"ru": "Харьков"},
    "Одеса": {"ru": "Одесса"},
    # "Л." is Ленинград in Russian imprints (GOST 7.0.12) and Львів in Ukrainian ones;
    # a Ukrainian item spells Leningrad "Ленінград", so "Ленинград" there was read from "Л."
    "Ленинград": {"uk": "Львів"},
    # "Мн." (GOST 7.12-93) is Минск in Russian imprints and Мінск in Belarusian ones
    # ("Каратынскі В. Творы. 2 выд. Мн., 1994.")
    "Минск": {"be": "Мінск"},
}
"""A place read from an abbreviation → its name in the item's language, where the
abbreviation is shared by two languages."""

WRITTEN_OUT_ONLY_HERE: frozenset[str] = frozenset({
    # the regional centres of Russia, Ukraine and Belarus, and the other capitals of the
    # former Soviet republics, as Russian imprints spell them out ("Томск, 1964",
    # "Киев. 1878 г."); not the cities named after a person ("Киров", "Фрунзе", "Горький",
    # "Куйбышев") or named as a given name ("Владимир") or a common word ("Орёл", "Курган",
    # "Грозный")
    "Астрахань", "Барнаул", "Белгород", "Брянск", "Владивосток",
    "Волгоград", "Вологда", "Воронеж", "Екатеринбург", "Иркутск", "Казань", "Калуга",
    "Кемерово", "Кострома", "Краснодар", "Красноярск", "Курск", "Липецк", "Махачкала",
    "Мурманск", "Новосибирск", "Омск", "Оренбург", "Пенза", "Пермь", "Петрозаводск",
    "Рязань", "Самара", "Саранск", "Свердловск", "Смоленск", "Ставрополь", "Сталинград",
    "Сыктывкар", "Тверь", "Томск", "Тула", "Тюмень", "Ульяновск", "Уфа", "Хабаровск",
    "Чебоксары", "Челябинск", "Чита", "Якутск", "Ярославль", "Ижевск",
    "Новгород", "Калининград", "Симферополь", "Севастополь",
    "Одесса", "Днепропетровск", "Донецк", "Полтава",
    "Житомир", "Винница", "Ужгород", "Черновцы", "Херсон", "Львів",
    "Чернівці", "Вінниця", "Тернопіль", "Витебск", "Гомель", "Гродно", "Мінск",
    # the Ukrainian spellings of the regional centres Ukrainian imprints write out
    # («— Дніпропетровськ. — 1957.», a Ukrainian history's notes)
    "Дніпропетровськ", "Дніпро", "Одеса", "Донецьк", "Запоріжжя", "Луганськ", "Суми",
    "Чернігів", "Черкаси", "Миколаїв", "Рівне", "Луцьк", "Івано-Франківськ", "Ніжин",
    "Вильна", "Вильнюс", "Рига", "Таллин", "Таллинн", "Тарту", "Ревель", "Тифлис",
    "Тбилиси", "Ереван", "Баку", "Ташкент", "Алма-Ата", "Душанбе", "Ашхабад",
    # the cities of foreign publishers as Russian notes spell them
    "Лейпциг", "Стокгольм", "Харбин", "Шанхай", "Гельсингфорс", "Хельсинки",
})
"""The written-out places no other table names (`CITIES_LIKE_FAMILY_NAMES` and the Russian
spellings of `ENGLISH_PLACE_NAMES` hold the rest of `WRITTEN_OUT`)."""

LATIN_IMPRINT_PLACES: frozenset[str] = frozenset({
    # the Latin names of publishing cities in the locative that the title pages of Latin
    # books print (J. G. Th. Graesse, Orbis Latinus, 1861): kept as printed
    "Petropoli", "Mosquae", "Lipsiae", "Parisiis", "Londini", "Amstelodami",
    "Lugduni", "Lugduni Batavorum", "Romae", "Venetiis", "Basileae", "Vindobonae",
    "Berolini", "Holmiae", "Hafniae", "Oxonii", "Cantabrigiae", "Halae", "Jenae",
    "Gottingae", "Tubingae", "Argentorati", "Coloniae", "Norimbergae", "Antverpiae",
    "Upsaliae", "Rigae", "Regiomonti", "Varsaviae", "Cracoviae", "Vilnae", "Dorpati",
    "Mitaviae", "Revaliae", "Mediolani", "Florentiae", "Neapoli", "Patavii", "Pragae",
    "Bruxellis", "Lovanii", "Ultrajecti", "Hamburgi", "Dresdae", "Monachii", "Genevae",
    "Bononiae", "Taurini", "Matriti", "Edinburgi",
})
"""Latin imprints: "Descriptio pestis … grassata est. Petropoli. 1784.", "Horae Syriacae
… Romae, 1828.", "Otium Norvicense. Pars 3. Oxonii, 1881."."""

EXPANSIONS: dict[str, str] = {**COMMON, **EXTENDED, **UKRAINIAN, **OLDER}
"""Every abbreviation → the full name, for parsing."""

_ABBREVIATIONS_COMMON = {full: short for short, full in COMMON.items()}
_ABBREVIATIONS_ALL = {full: short for short, full in {**COMMON, **EXTENDED}.items()}


SPACED_INITIALS = re.compile(r"(?<=\.)\s(?=[^\W\d_]\.)")
"""The space Russian typography puts between the letters of an abbreviation: "N. Y."."""


def expand_place(place: str) -> str:
    """"М." → "Москва", "N. Y." → "New York"; a place printed in full is returned
    unchanged."""
    place = place.strip()
    found = EXPANSIONS.get(place)
    if found is None and ". " in place:
        found = EXPANSIONS.get(SPACED_INITIALS.sub("", place))
    return found or place


_CYRILLIC_ABBREVIATIONS: dict[str, str] = {
    short.rstrip("."): full for short, full in EXPANSIONS.items()
    if short.endswith(".") and re.match(r"[А-ЯЁІЇЄҐ]", short)}
"""The Cyrillic abbreviations without their closing period: "М", "СПб", "Спб", "Мн"."""


def expand_imprint_place(place: str) -> str:
    """A place read in an imprint's place slot → its full name, also a Cyrillic
    abbreviation typed without its period, as notes typed in haste and OCR print it ("т
    М, 1954–1965", "СПб, ИНАПРЕСС, 1995", "Спб: Лань, 2002", "СПБ, 1904 г.", "М — Л,
    1961"). Only here, where the slot is known: elsewhere a capital alone is an initial.
    The Latin abbreviations of GOST 7.11 ("P.", "L.", "B.") are not read without their
    period, as a Latin capital alone may be a Roman numeral or a series' letter."""
    found = expand_place(place)
    if found == place:
        found = _CYRILLIC_ABBREVIATIONS.get(place.strip(), found)
    return found


def is_abbreviated_place(place: str) -> bool:
    """Whether `place` is an abbreviation the tables expand ("М.", "СПб.", "N. Y.")."""
    return expand_place(place) != place


def abbreviate_place(place: str, *, extended: bool = False) -> str:
    """"Москва" → "М."; with `extended`, also "Oxford" → "Oxf." and the like."""
    table = _ABBREVIATIONS_ALL if extended else _ABBREVIATIONS_COMMON
    return table.get(place, place)


def place_in_language(place: str, language: str | None) -> str:
    """"Київ" in a Russian item → "Киев"; any other place unchanged."""
    return IN_LANGUAGE.get(place, {}).get(language or "", place)

CITIES_LIKE_FAMILY_NAMES: frozenset[str] = frozenset({
    "Азов", "Бобров", "Ковров", "Псков", "Ростов", "Саратов", "Тамбов", "Камышин",
    "Киев", "Львов", "Харьков", "Чернигов", "Кишинев", "Кишинёв",
    "Берлин", "Дублин", "Пекин", "Турин",
})
"""Cities whose names end as Russian family names do (-ов, -ев, -ин: the regional
centres and large towns of Russia, Ukraine and Moldova, and foreign capitals and
publishing cities as Russian spells them), so that a one-word heading "Саратов." is read
as a place or a title, not a family (`biblio.parse.names.parse_family_heading`)."""

WRITTEN_OUT: frozenset[str] = WRITTEN_OUT_ONLY_HERE | CITIES_LIKE_FAMILY_NAMES | frozenset(
    place for place in ENGLISH_PLACE_NAMES if re.match(r"[А-ЯЁ]", place))
"""Places an imprint writes out that no standard abbreviates, read where a period alone
parts them from the title and the year ("Горюшкин Л.М. … Автореферат … - Томск. 1964.",
"Летопись самовидца. Изд. Ор. Новицкого. Киев. 1878 г."): a table, so that a title's
last sentence is never taken for a place by its shape alone."""

LAVRAS: frozenset[str] = frozenset(
    f"{name} {word}" for word in ("лавра", "Лавра") for name in (
        "Троице-Сергиева", "Свято-Троицкая Сергиева", "Киево-Печерская", "Почаевская",
        "Свято-Успенская Почаевская", "Александро-Невская", "Святогорская"))
"""The lavras of the Russian and Ukrainian Church, the great monasteries that print books
and whose name church publications give as their place, alone on the title page
(«Канонизация святых. … Троице-Сергиева лавра. 1988.», «Свято-Троицкая Сергиева Лавра,
1998»): a closed list, the title given in either case."""

EMIGRE_PUBLISHING_PLACES: frozenset[str] = frozenset({
    "Paris", "Ann Arbor", "New York", "Frankfurt/M", "Frankfurt am Main", "Berlin",
    "München", "London", "Tenafly", "Jordanville", "Washington", "Benson",
})
"""Where the Russian books printed abroad came out, as their imprints name the cities in
Latin letters: YMCA-Press (Paris), Ardis (Ann Arbor), the Chekhov Publishing House (New
York), Посев (Frankfurt/M), Петрополис (Berlin), the Товарищество зарубежных писателей
(München), Overseas Publications Interchange (London), Hermitage (Tenafly), the Holy
Trinity Monastery's press (Jordanville), Inter-Language Literary Associates (Washington),
Chalidze Publications (Benson). A firm printed before one of them is the publisher
(`gost.FIRM_BEFORE_PLACE`)."""
