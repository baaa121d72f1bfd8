"""The nouns that head the names of Russian periodicals, with their gender.

Commentaries name the periodical a text was printed in after «в» or «по», in the
prepositional or the dative case: «в «Русской Старине» 1889, № 1», «в «Современнике»,
1859», «Печатается по «Отеч. запискам» (1839, …)». Declension's endings alone do not
always say the nominative (`biblio.parse.periodical_case`): a masculine or neuter
prepositional in «-е» («Современнике», «Русском слове») or a feminine one after л, н, р
(«Старине», «Пчеле», «Заре»: «-а» or «-я»). The gender of the head noun decides it.
These are the heads of the names of the journals, newspapers and almanacs that the
commentaries of Soviet and later scholarly editions cite most, as the periodicals print
their titles: «Вестник Европы», «Русский вестник», «Исторический вестник», «Русский
архив», «Современник», «Москвитянин», «Сын отечества», «Голос», «Гражданин», «Русский
инвалид», «Московский телеграф», «Телескоп», «Северный курьер», «Наблюдатель», «Русский
мир», «Новый мир», «Русский труд», «Век», «Дневник писателя», «Колокол», «Журнал
Министерства народного просвещения», «Русский зритель», «Собеседник любителей
российского слова», «Русская старина», «Северная пчела», «Заря», «Неделя», «Правда»,
«Искра», «Русская беседа», «Звезда», «Нива», «Библиотека для чтения», «Русское слово»,
«Новое время», «Дело», «Русское обозрение», «Утро», «Знамя», «Северное сияние».
"""

from __future__ import annotations

PERIODICAL_HEADS: dict[str, str] = {
    # masculine: prepositional «-е», dative «-у» (a soft «-ь» noun: «-е», «-ю»)
    "вестник": "masculine", "архив": "masculine", "современник": "masculine",
    "москвитянин": "masculine", "сын": "masculine", "голос": "masculine",
    "гражданин": "masculine", "инвалид": "masculine", "телеграф": "masculine",
    "телескоп": "masculine", "курьер": "masculine", "наблюдатель": "masculine",
    "мир": "masculine", "труд": "masculine", "век": "masculine", "дневник": "masculine",
    "колокол": "masculine", "журнал": "masculine", "зритель": "masculine",
    "собеседник": "masculine", "сборник": "masculine", "альманах": "masculine",
    # feminine: prepositional and dative «-е»
    "старина": "feminine", "пчела": "feminine", "заря": "feminine", "неделя": "feminine",
    "правда": "feminine", "искра": "feminine", "беседа": "feminine", "звезда": "feminine",
    "нива": "feminine", "библиотека": "feminine", "газета": "feminine",
    # neuter: prepositional «-е» («-ие» nouns «-ии», «-мя» nouns «-мени»), dative «-у»
    "слово": "neuter", "время": "neuter", "дело": "neuter", "обозрение": "neuter",
    "утро": "neuter", "знамя": "neuter", "сияние": "neuter",
}
"""Head nouns of periodicals' names (nominative, lower case) and their gender."""

PLURAL_NEUTER_HEADS: dict[str, str] = {"письмах": "письма", "письмам": "письма"}
"""Plural heads in «-а» whose prepositional «-ах» (dative «-ам») the rule for «-ы» and
«-и» would misread: «в «Письмах», III, стр. 10–17» is the edition «Письма»."""
