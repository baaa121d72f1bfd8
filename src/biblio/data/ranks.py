"""Ranks, titles and holy orders printed before a person's name in a heading.

GOST 7.80-2000 (the heading of a bibliographic record) lets a heading carry, beside the
name, the words that identify the person: a holy order («сан»), a title, an academic
rank; notes print them before the name («Прот. Г. Флоровский.», «Митрополит Макарий
(Булгаков).», «Акад. Е. В. Тарле.»). The abbreviations are those of GOST R 7.0.12-2011
and of church usage (the abbreviations of the Russian Orthodox Church's own
publications: «свт.» святитель, «прп.» преподобный). Each is written as printed, with
its capital at the start of a note and in lower case inside one.
"""

from __future__ import annotations

RANKS = frozenset({
    # holy orders and monastic ranks
    "патриарх", "митрополит", "митр.", "архиепископ", "архиеп.", "епископ", "еп.",
    "архимандрит", "архим.", "игумен", "игум.", "иеромонах", "иером.", "иеродиакон",
    "протопресвитер", "протопресв.", "протоиерей", "прот.", "протоиер.", "священник",
    "свящ.", "иерей", "диакон", "диак.", "протодиакон", "монах", "инок", "схиигумен",
    # the nuns' ranks, as church editions print their authors («Игнатия, монахиня.
    # Церковные песнотворцы», «Игумения Таисия. Записки»)
    "монахиня", "инокиня", "схимонахиня", "игумения", "игуменья",
    # saints, as church editions print their authors
    "святитель", "свт.", "преподобный", "прп.", "преп.", "святой", "св.", "блаженный",
    "блж.",
    # the new martyrs, as church editions name the clergy executed in the Soviet years
    # («Священномученик Александр (Трапицын). Из впечатления паломника во Святую Землю //
    # Духовный Собеседник. 2004. № 1 (37).»): «сщмч.» and «прмч.» in the same usage
    "священномученик", "сщмч.", "преподобномученик", "прмч.",
    # academic ranks and degrees
    "академик", "акад.", "профессор", "проф.", "доцент", "доц.", "чл.-кор.",
    # Ukrainian forms of the same
    "священик", "протоієрей", "єпископ", "архієпископ", "академік",
    # titles of nobility, before the name («Кн. Петр Долгоруков.», «Записки гр. М. Д.
    # Бутурлина», «кн. Эристов») or after it («Бутурлин М. Д., граф.»), as notes on
    # pre-revolutionary authors print them
    "граф", "гр.", "графиня", "князь", "кн.", "княгиня", "княжна", "барон", "бар.",
    "баронесса",
})
"""The ranks in lower case; a heading's match is compared lower-cased."""

RANKS_IN_GENITIVE = frozenset({
    "профессора", "академика", "доцента", "члена-корреспондента", "чл.-корр.", "член-корр.",
})
"""The academic ranks written out in the genitive, as a role word that governs it puts
them before the editor's name on Soviet title pages («под редакцией профессора Н. А.
Рожкова», «под ред. академика А. М. Панкратовой»); their abbreviations («проф.», «акад.»,
«чл.-кор.») are the same in every case and stand in RANKS."""

DEGREE_HOLDERS = ("д-р", "д-ра", "доктор", "доктора", "канд.", "кандидат", "кандидата")
"""The words of a scholarly degree before its field, in the nominative and the genitive
(GOST R 7.0.12-2011: «д-р» доктор, «канд.» кандидат): «отв. ред. д-р ист. наук И. И.
Иванов», «под ред. канд. филол. наук П. П. Петрова»; the field and «наук» follow."""


SHORT_TITLES = frozenset({"гр.", "кн.", "бар."})
"""The titles of nobility cut to two or three letters, read only with their period:
without it "бар" is a word, "гр" and "кн" the letters of other abbreviations typed
carelessly ("кн" a book)."""
FATHER = "о."
"""«о.» (отец) before a priest's name in religion ("Булгаков, о. Сергий", "Флоренский, о.
Павел"): a rank in lower case, never an initial; not in RANKS, since a capital "О." before
a name is most often an initial ("О. Иванов")."""


def is_rank(word: str) -> bool:
    """Whether `word` is a rank or holy order, printed with its period or without it
    ("диак", "прот."; the SHORT_TITLES only with it), or with the period of an area after
    it ("граф." before "Записки")."""
    lower = word.lower()
    return lower in RANKS or lower + "." in RANKS and lower + "." not in SHORT_TITLES or \
        lower.removesuffix(".") in RANKS
