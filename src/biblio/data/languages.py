"""Language names and codes found in real bibliographic data → BCP 47 primary tags.

CSL's `language` is a BCP 47 tag ("ru", "en-US"), but Zotero libraries hold whatever
users typed into the Language field ("Russian", "русский", "rus", "fr-FR") and
JabRef files write `language = {Russian}`. Sources: ISO 639-1 (two-letter codes,
which BCP 47 uses for these languages), ISO 639-2 (three-letter bibliographic /B and
terminology /T codes, e.g. fre/fra), and each language's own name and its names in
English, Russian, French and German. Keys are lowercased.
"""

from __future__ import annotations

_NAMES: dict[str, tuple[str, ...]] = {
    # tag: ISO 639-2 codes, then names (English, own, Russian, French, German)
    "ru": ("rus", "russian", "русский", "русский язык", "russe", "russisch"),
    "uk": ("ukr", "ukrainian", "українська", "украинский", "ukrainien", "ukrainisch"),
    "be": ("bel", "belarusian", "byelorussian", "беларуская", "белорусский"),
    "bg": ("bul", "bulgarian", "български", "болгарский"),
    "sr": ("srp", "serbian", "српски", "сербский"),
    "pl": ("pol", "polish", "polski", "польский", "polonais", "polnisch"),
    "cs": ("cze", "ces", "czech", "čeština", "чешский", "tchèque", "tschechisch"),
    "sk": ("slo", "slk", "slovak", "slovenčina", "словацкий"),
    "en": ("eng", "english", "английский", "anglais", "englisch"),
    "fr": ("fre", "fra", "french", "français", "francais", "французский", "französisch"),
    "de": ("ger", "deu", "german", "deutsch", "немецкий", "allemand"),
    "it": ("ita", "italian", "italiano", "итальянский", "italien", "italienisch"),
    "es": ("spa", "spanish", "español", "испанский", "espagnol", "spanisch"),
    "pt": ("por", "portuguese", "português", "португальский"),
    "nl": ("dut", "nld", "dutch", "nederlands", "нидерландский", "голландский"),
    "sv": ("swe", "swedish", "svenska", "шведский"),
    "da": ("dan", "danish", "dansk", "датский"),
    "no": ("nor", "norwegian", "norsk", "норвежский"),
    "fi": ("fin", "finnish", "suomi", "финский"),
    "et": ("est", "estonian", "eesti", "эстонский"),
    "lv": ("lav", "latvian", "latviešu", "латышский"),
    "lt": ("lit", "lithuanian", "lietuvių", "литовский"),
    "hu": ("hun", "hungarian", "magyar", "венгерский"),
    "ro": ("rum", "ron", "romanian", "română", "румынский"),
    "el": ("gre", "ell", "greek", "ελληνικά", "греческий"),
    "la": ("lat", "latin", "latina", "латинский"),
    "tr": ("tur", "turkish", "türkçe", "турецкий"),
    "hy": ("arm", "hye", "armenian", "армянский"),
    "ka": ("geo", "kat", "georgian", "грузинский"),
    "kk": ("kaz", "kazakh", "казахский"),
    "he": ("heb", "hebrew", "иврит"),
    "yi": ("yid", "yiddish", "идиш"),
    "zh": ("chi", "zho", "chinese", "китайский"),
    "ja": ("jpn", "japanese", "японский"),
}

LANGUAGE_TAGS: dict[str, str] = {
    name: tag for tag, names in _NAMES.items() for name in (tag, *names)
}
"""Lowercased ISO 639 code or language name → BCP 47 primary language subtag."""


CATALOGUE_LANGUAGE_CODES: dict[str, str] = {
    "укр": "uk", "рос": "ru", "рус": "ru", "англ": "en", "нім": "de", "нем": "de",
    "франц": "fr",
}
"""The language of a text as a Ukrainian or Russian library catalogue closes its record,
abbreviated as DSTU 3582 and GOST 7.0.12 abbreviate the adjectives («— укр.», «— рос.»,
«— англ.»): the Vernadsky National Library's exports end so."""


def language_named(name: str) -> str | None:
    """The tag of a language named in full or cut after four letters or more ("Russ." in
    "(In Russ.)", as transliterated reference lists print it); None if not known."""
    name = name.lower()
    return LANGUAGE_TAGS.get(name) or next(
        (tag for known, tag in LANGUAGE_TAGS.items()
         if len(name) >= 4 and known.startswith(name)), None)
