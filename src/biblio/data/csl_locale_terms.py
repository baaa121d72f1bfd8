"""The words CSL locales print in the citations journal sites make (Open Journal Systems'
"Как цитировать" / "Як цитувати"), by locale: month names and the terms of the labels.

Sources: the CSL locale files locales-ru-RU.xml, locales-uk-UA.xml and locales-en-US.xml
(citation-style-language/locales, CC BY-SA 3.0; terms "accessed", "retrieved", "from",
"available at", "cited", "internet", "volume", "issue", "page", the months in their long
and short forms). Beside them: the forms older OJS installations print from their own
locale tables (three-letter Ukrainian months without a period, "Лют 2010"; "сс." for
pages in MLA), the genitive months a Russian or Ukrainian date takes after its day
("30 июня"), and the Kazakh months (CLDR kk: long and abbreviated), which sites with a
kk-KZ locale print. The Portuguese terms are the ABNT style's own ("Disponível em",
"Acesso em", "[S. l.]").
"""

from __future__ import annotations

MONTH_FORMS: dict[int, tuple[str, ...]] = {
    1: ("январь", "января", "янв", "січень", "січня", "січ", "қаңтар", "қаң",
        "january", "jan"),
    2: ("февраль", "февраля", "фев", "февр", "лютий", "лютого", "лют", "ақпан", "ақп",
        "february", "feb"),
    3: ("март", "марта", "мар", "березень", "березня", "берез", "бер", "наурыз", "нау",
        "march", "mar"),
    4: ("апрель", "апреля", "апр", "квітень", "квітня", "квіт", "кві", "сәуір", "сәу",
        "april", "apr"),
    5: ("май", "мая", "травень", "травня", "трав", "тра", "мамыр", "мам", "may"),
    6: ("июнь", "июня", "июн", "червень", "червня", "черв", "чер", "маусым", "мау",
        "june", "jun"),
    7: ("июль", "июля", "июл", "липень", "липня", "лип", "шілде", "шіл", "july", "jul"),
    8: ("август", "августа", "авг", "серпень", "серпня", "серп", "сер", "тамыз", "там",
        "august", "aug"),
    9: ("сентябрь", "сентября", "сен", "сент", "вересень", "вересня", "верес", "вер",
        "қыркүйек", "қыр", "september", "sept", "sep"),
    10: ("октябрь", "октября", "окт", "жовтень", "жовтня", "жовт", "жов", "қазан", "қаз",
         "october", "oct"),
    11: ("ноябрь", "ноября", "ноя", "нояб", "листопад", "листопада", "листоп", "лис",
         "қараша", "қар", "november", "nov"),
    12: ("декабрь", "декабря", "дек", "грудень", "грудня", "груд", "гру", "желтоқсан",
         "жел", "december", "dec"),
}
"""Each month's names, lower case and without the short form's period: ru, uk, kk, en."""

MONTH_NUMBERS: dict[str, int] = {
    form: number for number, forms in MONTH_FORMS.items() for form in forms}

RETRIEVED_TERMS = ("извлечено от", "вилучено із", "Retrieved from", "retrieved from")
"""APA's "retrieved" + "from" in ru-RU, uk-UA and en-US."""

AVAILABLE_TERMS = ("доступно на:", "доступний у:", "Available from:", "Available at:",
                   "Disponível em:")
"""Before the address: "available at" in ru-RU, uk-UA, Vancouver's and Harvard's English,
ABNT's Portuguese."""

CITED_TERMS = ("цитируется по", "цит. по", "цит. за", "cited")
"""Vancouver's "[cited …]": ru-RU long and short, uk-UA, en-US."""

INTERNET_TERMS = ("Интернет", "интернет", "Інтернет", "інтернет", "Internet")
"""Vancouver's "[Internet]" after an online journal: ru-RU, uk-UA, en-US."""

ACCESSED_TERMS = ("просмотрено", "дата звернення", "accessed", "Acesso em")
"""The word before the day a page was read: the term "accessed" of ru-RU, uk-UA and en-US,
ABNT's Portuguese; the grammar reads any one or two words there, these are the locales'."""

VOLUME_TERMS = ("т.", "Т.", "vol.", "Vol.", "v.")
ISSUE_TERMS = ("вып.", "вип.", "no.", "No.", "n.", "№")
PAGE_TERMS = ("сс.", "с.", "С.", "стр.", "pp.", "p.")
"""The short labels of volume, issue and page: ru-RU, uk-UA, en-US, ABNT."""

AND_TERMS = ("и", "і", "та", "and", "&", "e")
"""The locale's "and" before the last name: ru, uk, en, APA's "&", ABNT's Portuguese."""

ET_AL_TERMS = ("et al.", "et al", "и др.", "та ін.", "і ін.")
"""After the names a style keeps: en-US, ru-RU, uk-UA "et-al"; not a person."""

PLACE_UNKNOWN = ("[S. l.]", "[s. l.]", "[S.l.]")
"""ABNT's "sine loco", printed where a journal has no place."""
