"""English names of places of publication, for English-language citations.

Chicago gives the place of publication in its English form when one exists
(CMOS 17, "foreign city names" among the facts of publication, 14.131 as we know
it — Moscow, not Moskva or Moscou; the CMOS Q&A on foreign publications: "The
place of publication should be given in English"). Keys are the forms found in
Russian, French, German, Italian, Spanish, Czech, Polish and Dutch imprints;
values are the conventional English names. Places without an English exonym are
not listed: they are romanized (Russian) or kept as printed.
"""

from __future__ import annotations

ENGLISH_PLACE_NAMES: dict[str, str] = {
    # Russian imprints (the romanized form would be Moskva, Sankt-Peterburg, …)
    "Москва": "Moscow",
    "Санкт-Петербург": "St. Petersburg",
    "Ленинград": "Leningrad",
    "Петербург": "St. Petersburg",
    "Нижний Новгород": "Nizhny Novgorod",
    "Архангельск": "Arkhangelsk",
    "Варшава": "Warsaw",
    "Прага": "Prague",
    "Вена": "Vienna",
    "Париж": "Paris",
    "Лондон": "London",
    "Берлин": "Berlin",
    "Рим": "Rome",
    "Мюнхен": "Munich",
    "Кёльн": "Cologne",
    "Брюссель": "Brussels",
    "Женева": "Geneva",
    "Гаага": "The Hague",
    "Белград": "Belgrade",
    "Бухарест": "Bucharest",
    "Копенгаген": "Copenhagen",
    "Нью-Йорк": "New York",
    "Пекин": "Beijing",
    "Токио": "Tokyo",
    # French imprints
    "Moscou": "Moscow",
    "Saint-Pétersbourg": "St. Petersburg",
    "Bruxelles": "Brussels",
    "Genève": "Geneva",
    "Londres": "London",
    "Varsovie": "Warsaw",
    "Vienne": "Vienna",
    "Anvers": "Antwerp",
    "La Haye": "The Hague",
    # German imprints
    "Moskau": "Moscow",
    "München": "Munich",
    "Köln": "Cologne",
    "Wien": "Vienna",
    "Warschau": "Warsaw",
    "Prag": "Prague",
    "Brüssel": "Brussels",
    "Genf": "Geneva",
    "Den Haag": "The Hague",
    # Italian and Spanish imprints
    "Roma": "Rome",
    "Milano": "Milan",
    "Firenze": "Florence",
    "Torino": "Turin",
    "Napoli": "Naples",
    "Venezia": "Venice",
    "Padova": "Padua",
    "Genova": "Genoa",
    "Mantova": "Mantua",
    "Parigi": "Paris",
    "Mosca": "Moscow",
    "Moscú": "Moscow",
    "Londra": "London",
    "Lisboa": "Lisbon",
    # Dutch, Czech, Polish imprints
    "Praha": "Prague",
    "Warszawa": "Warsaw",
    "'s-Gravenhage": "The Hague",
}


def english_place(place: str) -> str | None:
    """The English name of `place`, or None when it has no listed exonym."""
    return ENGLISH_PLACE_NAMES.get(place.strip())
