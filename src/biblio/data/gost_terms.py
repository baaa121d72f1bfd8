"""Terms GOST R 7.0.5-2008 prints in repeated references, per language of the source.

The style file carries the terms citeproc renders ("Там же"/"Ibid.", "С."/"P.",
"Т."/"Vol."/"T."/"Bd."); this table holds those biblio inserts itself.

- OP_CIT: GOST R 7.0.5-2008, 8.7 — in a repeated reference that does not follow
  the first one, the title and the elements after it may be replaced by "Указ.
  соч." (Russian) or "Op. cit." (languages in Latin script).
- ELLIPSIS: GOST R 7.0.5-2008, 8.4 — long titles in repeated references may be
  shortened, the omitted words replaced by an ellipsis.
- MONTHS_NAMED_ALONE: GOST R 7.0.12-2011 — the months it leaves unabbreviated, in the
  nominative, for a document dated by month alone.
- UKRAINIAN_MONTHS: DSTU 3582:2013 — the Ukrainian months abbreviated, as DSTU 8302:2015
  prints a Ukrainian act's date.
"""

from __future__ import annotations

OP_CIT: dict[str, str] = {
    "ru": "Указ. соч.",
    "uk": "Зазнач. твір",
    "be": "Указ. соч.",
    "en": "Op. cit.",
    "fr": "Op. cit.",
    "de": "Op. cit.",
}
OP_CIT_DEFAULT = "Op. cit."
"""For sources in other languages written in Latin script (8.7 names "Op. cit.")."""

CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"})

ELLIPSIS = "…"

MONTHS_NAMED_ALONE: dict[int, str] = {3: "март", 5: "май", 6: "июнь", 7: "июль"}
"""A month without a day is named in the nominative ("март 1938"); the style's terms
hold the genitive that follows a day ("4 марта"). GOST R 7.0.12-2011 does not abbreviate
these four, so only they differ between the cases ("сент." serves both)."""

UKRAINIAN_MONTHS: dict[int, str] = {
    1: "січ.", 2: "лют.", 3: "берез.", 4: "квіт.", 5: "трав.", 6: "черв.", 7: "лип.",
    8: "серп.", 9: "верес.", 10: "жовт.", 11: "листоп.", 12: "груд."}
"""DSTU 3582:2013 (Ukrainian words abbreviated in bibliographic description): each month
by one abbreviation, for the nominative and the genitive alike ("від 17 квіт. 2002 р.",
as DSTU 8302:2015 and DSTU GOST 7.1:2006 print a Ukrainian act's date)."""


def op_cit(language: str | None) -> str:
    """"Указ. соч." for a Russian source, "Op. cit." for an English one, …"""
    primary = (language or "ru").lower().split("-")[0]
    return OP_CIT.get(primary, "Указ. соч." if primary in CYRILLIC_LANGUAGES else OP_CIT_DEFAULT)
