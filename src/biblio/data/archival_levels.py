"""The levels of a Russian archival reference, from the fond down to the leaf.

Sources: GOST R 7.0.5-2008, clause 6 and its examples of references to archival
documents ("ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3"), which use the abbreviations of
GOST 7.0.12-2011 (фонд ф., опись оп., дело д., лист л., оборот об., папка п. (пап.
in the Foreign Ministry's archive), картон к./карт., часть ч., том т., единица хранения
ед. хр., книга кн., столбец стб.: the units of the fonds of the old chancelleries, "РГАДА, ф. 248, кн. 300, л. 267",
"РГАДА. Ф. 210. Оп. 9. Стб. 123. Л. 5"); Ukrainian archives
write справа спр., аркуш арк., зворот зв. (ДСТУ 3582:2013); the manuscript departments
of libraries and institutes (the Institute of Manuscripts of the Vernadsky Library)
number a fond's units of storage with "№" ("ІР НБУВ. — Ф. 50. — № 778", "ІРНБУВ. — Ф.
50. -№ 782. — Арк. 9"); the file is also written out
("ОГАЧО. Ф. Р-12. Оп. 1. Дело 234", as an archive's captions print it), like папка and
картон; the opis is also "Он." where the OCR of a book's notes read its "п" as the
"н" it resembles ("ЦАГМ. Ф. 665. Он. 1. Д. 126", "РГАЛИ. Ф. 3019. Он. 1.Д. 12", two books
of the development set), kept as printed like every spelling; the Latin forms
(f., op., d., l., ll., ob.) are the Library of Congress transliteration used by
English-language scholarship ("GARF, f. 1235, op. 1, d. 16, ll. 5–7ob.").

Each level has a rank (a stated level replaces itself and everything below it,
which is how "Там же, д. 432" keeps the fond and opis of the previous reference)
and the spellings a reference may print; `archive_location` keeps the printed
spelling in lower case, so "Ф. 558. Оп. 11" and "ф. 558, оп. 11" are one file.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArchivalLevel:
    name: str
    rank: int
    spellings: tuple[str, ...]


LEVELS: tuple[ArchivalLevel, ...] = (
    ArchivalLevel("fond", 1, ("ф.", "Ф.", "f.", "F.", "fond", "Fond", "фонд", "Фонд")),
    ArchivalLevel("opis", 2, ("оп.", "Оп.", "op.", "Op.", "опись", "Опись", "Он.")),
    ArchivalLevel("razdel", 3, ("разд.", "Разд.", "razd.")),
    # the Foreign Ministry's archive (АВП РФ, АВПРИ) shelves a fond's files in folders and
    # abbreviates the folder «пап.»: "АВП РФ. Ф. 07. Оп. 25. Пап. 13. Д. 144. Л. 27"
    ArchivalLevel("papka", 4, ("п.", "П.", "пап.", "Пап.", "папка", "Папка", "papka")),
    ArchivalLevel("karton", 4, ("карт.", "Карт.", "картон", "Картон", "к.", "К.", "kart.")),
    ArchivalLevel("svyazka", 4, ("св.", "Св.", "sv.")),  # связка: a bundle of files
    ArchivalLevel("delo", 5, ("д.", "Д.", "d.", "D.", "спр.", "Спр.", "дело", "Дело", "Дело №",
                              "дело №")),
    # a manuscript department numbers its units of storage: "ІР НБУВ. — Ф. 50. — № 778";
    # Ukrainian notes write the unit of storage «од. зб.» (одиниця зберігання): "ІР НБУВ,
    # ф. I, од. зб. 4102"
    ArchivalLevel("edinitsa", 5, ("ед. хр.", "Ед. хр.", "ед.хр.", "Ед.хр.", "№", "од. зб.",
                                  "Од. зб.", "од.зб.", "Од.зб.")),
    # a museum's or an institute's fund and a photo archive number their items, with no
    # fond: "РФ ИЯЛИ НАН КР. Инв. 1503", "РГАКФД. Арх. № 1-33379"
    ArchivalLevel("inventory", 5, ("инв. №", "Инв. №", "инв.", "Инв.")),
    ArchivalLevel("archival_number", 5, ("арх. №", "Арх. №")),
    # a document of a file: "АРПМА, оп. 10, д. 180, док. 163, л. 15"
    ArchivalLevel("dokument", 6, ("док.", "Док.")),
    # книга, столбец: the units of the old chancelleries' fonds; ranked with the volume of
    # a file, since "Кн. 2", "Стб. 45" alone after "Там же" are a book's part or column
    ArchivalLevel("kniga", 6, ("кн.", "Кн.", "kn.")),
    ArchivalLevel("stolbets", 6, ("стб.", "Стб.", "stb.")),
    ArchivalLevel("tom", 6, ("т.", "Т.", "t.", "том", "Том")),  # written out as «дело», «опись»
    ArchivalLevel("chast", 6, ("ч.", "Ч.", "ch.")),
    ArchivalLevel("list", 7, ("лл.", "Лл.", "л.", "Л.", "ll.", "l.", "L.", "арк.", "Арк.",
                           "листы", "Листы", "лист", "Лист")),
)
"""From the fond down to the leaf; the leaf ("list") is the cite's folio locator."""

LEAF = "list"
ITEM_NUMBERS = frozenset({"inventory", "archival_number"})
"""Levels that name an item by itself, with no fond or file above them."""
VERSO: tuple[str, ...] = ("об.", "ob.", "v.", "зв.")
"""Оборот (Ukrainian зворот): the back of a leaf, kept inside the locator ("14 об.")."""

BY_SPELLING: dict[str, ArchivalLevel] = {
    spelling: level for level in LEVELS for spelling in level.spellings
}

DOCUMENT_REMARKS: tuple[str, ...] = (
    "Подлинник", "Подлинник.", "Копия", "Заверенная копия", "Машинопись", "Рукопись",
    "Автограф", "Черновик", "Отпуск", "Original", "Copy", "Typescript", "Manuscript",
    "Copie", "Abschrift",
)
"""Remarks on the form of an archival document (GOST R 7.0.5 examples: "Подлинник",
"Машинопись"), kept as the cite's suffix rather than taken for a title."""

ARCHIVE_NOUNS: tuple[str, ...] = (
    "архив", "Архив", "отдел", "Отдел", "библиотек", "Библиотек", "музе", "Музе",
    "хранилищ", "собрани", "Собрани", "archiv", "Archiv", "archive", "Archive", "library",
    "Library",
)
"""Stems of the words that name a repository written out in full ("Рукописный отдел
Государственной национальной библиотеки", "Центр. гос. архив Октябрьской революции"):
such a name is an archive however many words it has (an acronym or a short name is one
anyway)."""
