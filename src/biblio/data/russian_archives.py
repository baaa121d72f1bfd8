"""Russian archives: the full name and the city of each, by the abbreviation a
footnote cites it by.

Sources: the list of federal archives of the Federal Archival Agency of Russia
(Rosarkhiv, archives.gov.ru, "Федеральные архивы"), whose names and addresses are
given here; the archives of ministries that keep their own records are named as
their ministries' sites name them: the Foreign Ministry (АВП РФ, АВПРИ), the
Ministry of Defence (ЦАМО, in Podolsk), the Presidential Administration (АП РФ),
the FSB (ЦА ФСБ), the Academy of Sciences (АРАН). Chicago bibliographies name the
depository in full with its abbreviation and place (CMOS 17 14.221-14.231); the
names are romanized at rendering time, in the profile asked for.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Archive:
    name: str
    """The full name, in Russian, as the archive writes it."""
    city: str
    """The city, in English (CMOS 14.131)."""


RUSSIAN_ARCHIVES: dict[str, Archive] = {
    "ГАРФ": Archive("Государственный архив Российской Федерации", "Moscow"),
    "РГАСПИ": Archive("Российский государственный архив социально-политической истории", "Moscow"),
    "РГАНИ": Archive("Российский государственный архив новейшей истории", "Moscow"),
    "РГАЭ": Archive("Российский государственный архив экономики", "Moscow"),
    "РГВА": Archive("Российский государственный военный архив", "Moscow"),
    "РГВИА": Archive("Российский государственный военно-исторический архив", "Moscow"),
    "РГАДА": Archive("Российский государственный архив древних актов", "Moscow"),
    "РГАЛИ": Archive("Российский государственный архив литературы и искусства", "Moscow"),
    "РГАНТД": Archive("Российский государственный архив научно-технической документации",
                      "Moscow"),
    "РГАФД": Archive("Российский государственный архив фонодокументов", "Moscow"),
    "РГАКФД": Archive("Российский государственный архив кинофотодокументов", "Krasnogorsk"),
    "РГИА": Archive("Российский государственный исторический архив", "St. Petersburg"),
    "РГАВМФ": Archive("Российский государственный архив Военно-Морского Флота",
                      "St. Petersburg"),
    "АВП РФ": Archive("Архив внешней политики Российской Федерации", "Moscow"),
    "АВПРИ": Archive("Архив внешней политики Российской империи", "Moscow"),
    "АП РФ": Archive("Архив Президента Российской Федерации", "Moscow"),
    "ЦАМО": Archive("Центральный архив Министерства обороны Российской Федерации", "Podolsk"),
    "ЦА ФСБ": Archive("Центральный архив Федеральной службы безопасности Российской "
                      "Федерации", "Moscow"),
    "АРАН": Archive("Архив Российской академии наук", "Moscow"),
}
"""Abbreviation → the archive's full name and city."""
