"""The words and abbreviations a GOST reference is read by, per language, as facts.

Sources, by clause:
- GOST 7.1-2003, clause 4.3 (the areas of a description) and 4.6–4.7 (prescribed
  punctuation: ". — " between areas, " / " before responsibility, " : " before other
  title information, " ; " between places and between statements); clause 7 (the
  analytic description, " // " before its host);
- GOST 7.1-2003, clause 5.2.5 (statements of responsibility and their role words),
  5.3 (edition area), 5.4 (numbering of volumes and issues), 5.5 (publication area),
  5.6 (extent), 5.7 (series area), 5.8 (notes: "дис.", "автореф.");
- GOST R 7.0.5-2008, clause 6 (footnote references; the shortened form with ". "
  between areas), clause 8 (repeated references: "Там же", "Указ. соч.", the
  ellipsis of a shortened title) and clause 10 (electronic resources: "URL:",
  "Режим доступа:", "дата обращения");
- GOST 7.0.12-2011 (abbreviation of Russian words: "т.", "вып.", "изд.", "под ред.",
  "сост.", "пер.", "с.", "стб.") and GOST 7.11-2004 (abbreviation of words in
  foreign European languages: "Vol.", "P.", "Bd.", "S.", "Hrsg.", "éd.", "fasc.").

Keys are the abbreviations exactly as printed (before a number or a name); values
are the CSL variable, label or role they mean. The parser's regular expressions are
built from these tables, so a new language means new rows here, not new code.
"""

from __future__ import annotations

from biblio.data.gost_terms import UKRAINIAN_MONTHS

LOCATOR_LABELS: dict[str, str] = {
    # pages: GOST 7.0.12 "с."/"С.", GOST 7.11 "P."/"p."/"S."/"pp."
    "С": "page", "с": "page", "Стр": "page", "стр": "page",
    # "сс." for a range of pages, as "pp." doubles "p.": older notes, dissertations and
    # OJS's Russian MLA ("…, декабрь 2019 г., сс. 105-18"), "Сс." opening an area
    "сс": "page", "Сс": "page",
    "P": "page", "p": "page", "pp": "page", "Pp": "page",
    "Р": "page",  # a Cyrillic "Р" typed for the Latin "P." of a foreign work ("Р. 45")
    "S": "page", "s": "page",
    # Italian notes' "pag." and "pagg." ("Barichella, op. cit., pag. 52", "Kehr, Rom und
    # Venedig..., pagg. 97-98"), as Italian printing abbreviates pagina, pagine
    "pag": "page", "pagg": "page", "Pag": "page", "Pagg": "page",
    # columns: GOST 7.0.12 "стб.", GOST 7.11 "col.", "Sp." (Spalte)
    "Стб": "column", "стб": "column", "Col": "column", "col": "column", "Sp": "column",
    # leaves of a manuscript or an old book: "л.", "f.", "fol."
    "Л": "folio", "л": "folio", "Лл": "folio", "лл": "folio",
    "F": "folio", "f": "folio", "ff": "folio", "fol": "folio", "Fol": "folio",
    "ll": "folio",
    # Ukrainian "арк." (аркуш), ДСТУ 3582:2013
    "Арк": "folio", "арк": "folio",
    # chapters: GOST 7.0.12 "гл." (глава), GOST 7.11 "Chap." ("— Chap. 6." closing a book
    # cited in a note, "– Гл. 6. – С. 112–125." locating a chapter in its textbook)
    "Гл": "chapter", "гл": "chapter", "Chap": "chapter", "chap": "chapter",
}
"""Pinpoint abbreviation (without its period) → CSL locator label."""

APPENDIX_TERMS: tuple[str, ...] = ("Приложение", "Прил.", "прил.", "Додаток", "Дод.", "дод.")
"""An appendix of a book (GOST 7.0.12 «прил.», приложение; DSTU 3582 «дод.», додаток),
cited as an area of its own before the pages it takes: "М., 2017. Приложение 1. С.
384–409."."""

EDITION_SERIES: dict[str, str] = {
    # Migne's Patrologia Graeca and Latina (and the Latin supplement) are cited by volume
    # and column; the critical series that replace them by volume and page: Sources
    # Chrétiennes, the Vienna Corpus scriptorum ecclesiasticorum latinorum, Corpus
    # Christianorum (series latina, graeca), Die griechischen christlichen Schriftsteller,
    # Patrologia Orientalis (the sigla of patristic scholarship: TRE's and the Oxford
    # Dictionary of the Christian Church's lists of abbreviations)
    "PG": "column", "PL": "column", "PLS": "column",
    # the same as older scholarship prints them: Russian patristic monographs abbreviate
    # Migne's series "PGr." and "PLat." (N. Sagarda, 1916: «Migne, PGr., t. 46, col. 912»),
    # German and English ones name Migne in the siglum ("MPG 46, 912", "MPL 23, 41")
    "PGr": "column", "PLat": "column", "MPG": "column", "MPL": "column",
    "SC": "page", "CSEL": "page", "CCSL": "page", "CCSG": "page", "GCS": "page", "PO": "page",
}
"""The series a Father's text is cited in (siglum → the CSL locator label of the place
after its volume): "(PG 57, 742)", "(SC 211, 436)", "PL 29, 526"."""

VOLUME_TERMS: tuple[str, ...] = (
    "Т", "т", "T", "t", "Vol", "vol", "Bd", "Tome", "Band", "Jg", "Том", "том", "Cilt",
)
"""GOST 7.1 clause 5.4 / 7.0.12 "т."; 7.11 "Vol.", "T." (fr.; "t." inside a sentence),
"Bd.", "Jg."; the word written out as the item prints it ("Избранные работы в трех томах.
Том 2", "Стеногр. отчет. Том I"; 7.1 clause 5.4 takes the designation from the item), also
a Turkish journal's "Cilt" (volume), as Russian notes on Turkic and Islamic studies cite it
("// Belleten. 2019. Cilt LXXXIII. Sayı 296. S. 65–88.")."""

ISSUE_TERMS: tuple[str, ...] = (
    "№", "No.", "No", "no.", "no", "N°", "Nr.", "Nr", "Issue", "Iss.", "iss.",
    "fasc.", "Fasc.", "Вып.", "вып.", "H.", "Heft", "Livr.", "livr.", "Num.",
    "Вип.", "вип.", "nr", "n.", "n°", "Выпуск", "выпуск", "Сб.", "N", "N.", "Sayı",
    "Книжка", "книжка", "номер",
)
"""Issue of a journal or a numbered volume: GOST 7.1 clause 5.4, 7.0.12 "вып.", "сб."
(a serial numbered by its collections: "Советская библиография. – 1941. – Сб. 1 (19)"),
7.11 "fasc.", "H." (Heft), "no"; Ukrainian "вип." (ДСТУ 3582:2013), Polish "nr";
as journals print them, Italian "n." and French "n°"; "N 1", the Latin letter that
typewriters, the Soviet catalogue cards of GOST 7.1-84 and IRBIS records print for "№"
("Библиотековедение. - 2012. - N 1. - С. 43-46"); a Turkish journal's "Sayı" (issue); the «книжка» by which the monthly journals of the
Empire numbered their issues ("// Юридический Вестник … – М., 1873. – Книжка 7 – 8."),
and «номер» written out in prose ("в журнале «Литературная учёба», 1936, номер 7")."""

PART_TERMS: tuple[str, ...] = (
    "Ч.", "ч.", "Кн.", "кн.", "Pt.", "pt.", "Part", "Teil", "Tl.", "Часть", "часть", "Книга",
    "книга",
)
"""Part or book of a volume (CSL part-number): 7.0.12 "ч.", "кн."; 7.11 "Pt.", "Tl."; the
words written out as the item prints them ("Часть 1", "Книга 2")."""

ORDINAL_NUMBERS: dict[str, int] = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "пят": 5, "шест": 6,
    "седьм": 7, "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12,
    "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17,
    "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20,
}
"""The stems of the simple Russian ordinals, one to twenty, with their numbers: an edition
written out as older title pages print it ("Издание второе", "Издание третье, исправленное
и дополненное") is the edition in figures that GOST 7.1-2003 clause 5.3 gives ("2-е
изд.")."""
ORDINAL_STEMS: tuple[str, ...] = (
    *ORDINAL_NUMBERS, "тридцат", "сороков", "пятидесят", "шестидесят", "семидесят",
    "восьмидесят", "девяност", "сот",
)
"""Stems of the Russian ordinals one to twenty (ORDINAL_NUMBERS), of the tens and of the
hundredth: a volume, book or issue numbered in words as the item prints it ("Цусима. Книга
первая.", "Записки Восточного Отделения … Том пятнадцатый.", "Полное собрание русских
летописей … Том Девятый.", "… Выпуск первый."; GOST 7.1-2003 clause 5.4 takes the
designation and number from the item)."""
ORDINAL_LEADING_WORDS: tuple[str, ...] = (
    "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
    "девяносто", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
    "восемьсот", "девятьсот",
)
"""The cardinal tens and hundreds before the last word of a compound ordinal, which alone
takes the ordinal's form in Russian ("Том двести восемнадцатый", "сто первый", "двадцать
третий")."""
ORDINAL_ENDINGS: tuple[str, ...] = ("ый", "ий", "ой", "ая", "ья", "ое", "ье")
"""The nominative endings of those ordinals, each gender: "первый", "первая", "первое",
"третий", "третья", "третье", "второй"."""
NUMBER_DESIGNATIONS = frozenset(term.rstrip(".") for term in
                                (*LOCATOR_LABELS, *VOLUME_TERMS, *ISSUE_TERMS))
"""The page, volume and issue designations without their periods: a number after one is
theirs ("С. 45", "Т. 2", "№ 5") (biblio.parse.partial, biblio.parse.classical_citations)."""

SERIES_WORDS: tuple[str, ...] = ("série", "серия", "серія", "series", "Series", "Folge", "Reihe")
"""Words naming the series of a journal ("Seizième série", "Neue Folge"), Ukrainian "серія"
("Збірник Харківського історико-філологічного товариства.- Нова серія.- Том X")."""

SERIES_NUMBER_TERMS: tuple[str, ...] = ("Сер.", "сер.", "Ser.", "ser.", "Sér.", "sér.")

EDITION_TERMS: tuple[str, ...] = (
    "изд.", "Изд.", "издание", "ed.", "Ed.", "edition", "éd.", "Éd.", "édition", "Aufl.",
    "Auflage", "вид.", "Вид.", "видання", "выд.", "Выд.", "wyd.", "Wyd.", "edn.", "edn",
    "Edit.", "edit.",  # the Latin "editio" («Edit. 2. Vol. III. Oxonii 1846»)
)
"""Edition area, GOST 7.1 clause 5.3: "2-е изд.", "2nd ed.", "3e éd.", "2. Aufl.";
Ukrainian "3-тє вид.", Belarusian "2-е выд.", Polish "wyd. 2"; the British "edn" (the
Oxford and Cambridge house styles' "2nd edn", its period often left out as a contraction's)."""

NUMBER_OF_VOLUMES: tuple[str, ...] = (
    "т.", "томах", "тт.", "vols.", "vols", "volumes", "vol.", "Bd.", "Bde.", "Bänden",
    "tomes", "t.", "кн.", "вып.", "ч.", "v.",  # AACR2 appendix B: "in 2 v."
    "T.",  # the Cyrillic "Т." typed with its Latin look-alike: "Повне зібр. Творів. У 10 T."
)
"""After "в 12 …", "in 3 …", "en 2 …": the number of volumes (7.1 clause 5.2.4), or of
books, issues or parts when the work is divided so ("в 2 кн.", "в 3 вып.")."""

COLLECTED_WORKS_TITLES: tuple[str, ...] = (
    "Собрание сочинений", "Полное собрание сочинений", "Сочинения", "Избранные сочинения",
    "Избранные произведения", "Избранные труды", "Избранное", "Полное собрание творений",
    "Зібрання творів", "Повне зібрання творів", "Твори", "Вибрані твори", "Збор твораў",
    "Поўны збор твораў", "Творы",
)
"""The titles of an author's collected or selected works (GOST 7.1-2003 clause 5.2.4's
examples of multipart works, "Полное собрание сочинений : в 90 т."), whose number of volumes
written out after them ("Повне зібрання творів у 12-и томах") is the set's statement, not
the title's own wording as in "История Великой Отечественной войны в 6 томах"."""

NUMBER_OF_VOLUMES_PREPOSITIONS: tuple[str, ...] = ("в", "В", "у", "У", "in", "In", "en", "En")
""""в 12 т.", Ukrainian and Belarusian "у 2 т.", "in 3 vols.", "en 2 tomes"; capitalised
where a period before it closes the title ("Полн. собр. соч. В 20 т. Т. 1")."""

EXTENT_TERMS: tuple[str, ...] = ("с.", "p.", "pp.", "S.", "s.", "л.", "стб.", "стр.")
"""Extent of a book, GOST 7.1 clause 5.6: "214 с.", "320 p.", "XII, 416 S."; "264 s." in
the transliterated reference lists of Russian journals (GOST 7.79 B: с → s) and in Polish
and Czech imprints (stron, stran); "стр." after the count, as Soviet catalogue cards,
lists and notes print it before GOST 7.1-84 fixed "с." ("М., 1960. 320 стр.", "Л.: Наука,
1975. – 320 стр.", "М., 1959, 320 стр."; before a number "стр." is a pinpoint's page)."""

STATEMENT_OPENERS: tuple[str, ...] = (
    "Вступительная статья", "Вступительное слово", "Предисловие", "Послесловие",
    "Вольный перевод", "Перевод", "Публикация", "Подготовка текста", "Составление",
    "Комментарии", "Беседу ведет", "Беседа",
)
"""The full words that open a statement of responsibility in running Russian, as journals'
contents and Новый мир's «Периодика» print it ("Вступительная статья и перевод Георгия
Кубатьяна", "Беседа Юлии Мещерской с поэтом …"): the names after them are in the
genitive or the instrumental, so the statement is kept whole in `note`."""

ROLE_TERMS: dict[str, str] = {
    # GOST 7.1 clause 5.2.5 and 7.0.12: Russian role words before the names
    "под общ. ред.": "editor", "под общей ред.": "editor", "под ред.": "editor",
    "Под общ. ред.": "editor", "Под ред.": "editor", "под редакцией": "editor",
    "отв. ред.": "editor", "Отв. ред.": "editor", "гл. ред.": "editor",
    "Гл. ред.": "editor", "ред.": "editor", "Ред.": "editor",
    "науч. ред.": "editor", "Науч. ред.": "editor",
    "глав. ред.": "editor", "Глав. ред.": "editor",  # as journals print "гл. ред."
    # "под ред." typed with a period after the preposition too, as hand-typed lists and
    # library exports print it: "/ Терский областной статистический комитет ; под. ред.
    # Н. А. Благовещенского" (dev ru-gost-1624), "/ Под. ред. И. И. Иванова"
    "под. ред.": "editor", "Под. ред.": "editor", "под. общ. ред.": "editor",
    "Под. общ. ред.": "editor",
    # one word of the role cut and the other written out, as title pages and lists mix
    # GOST 7.0.12's abbreviations with the words (GOST R 7.0.100-2018 leaves the choice
    # to the cataloguer): "/ отв. редактор И. И. Иванов", "/ под общ. редакцией …", "/ под
    # научной ред. …"; "научн." for "науч.", as hand-typed lists cut it
    "отв. редактор": "editor", "Отв. редактор": "editor", "гл. редактор": "editor",
    "Гл. редактор": "editor", "науч. редактор": "editor", "Науч. редактор": "editor",
    "научн. ред.": "editor", "Научн. ред.": "editor",
    "под общ. редакцией": "editor", "Под общ. редакцией": "editor",
    "под научной ред.": "editor", "Под научной ред.": "editor",
    "под науч. редакцией": "editor", "Под науч. редакцией": "editor",
    # who translated, written out in the nominative ("/ переводчик И. И. Иванов")
    "переводчик": "translator", "Переводчик": "translator",
    "сост.": "compiler", "Сост.": "compiler", "составитель": "compiler",
    # "издание подготовил(а)", "подготовка текста" (7.0.12; 7.1 clause 5.2.5's examples
    # "/ изд. подгот. Т. Ф. Пирожкова"): who prepared an edition, in the nominative
    "изд. подгот.": "editor", "Изд. подгот.": "editor",
    "подгот. текста": "editor", "Подгот. текста": "editor",
    # "публикация" (7.0.12 "публ."): who published an archival text in a journal or a
    # yearbook, as the notes of literary scholarship print it: "/ Публ. С. В. Зыковой"
    # (the genitive, "публикация кого"), "/ Публ. подгот. В.М. Осин" (who prepared it,
    # the nominative)
    "публ.": "editor", "Публ.": "editor", "публ. подгот.": "editor",
    "Публ. подгот.": "editor",
    "авт.-сост.": "compiler", "Авт.-сост.": "compiler",
    # GOST 7.0.12-2011 "автор" авт., as GOST 7.18-79 names a map's author after its title:
    # "Ландшафтная карта Узбекистана / Авт. Тальков Ч. В.; Ред.-картогр.: …"
    "Авт.": "author", "авт.": "author",
    # GOST 7.0.12-2011: редактор-составитель, as encyclopedia lists print it
    # ("Христианские реликвии в Московском Кремле: Кат./Ред.-сост.: А. М. Лидов")
    "ред.-сост.": "editor", "Ред.-сост.": "editor",
    # the same two roles typed with the first abbreviation's period dropped before the
    # hyphen, as a Bishkek collection's title verso prints it ("/ Ред-сост. Г.Н. Хлыпенко")
    "ред-сост.": "editor", "Ред-сост.": "editor",
    "авт-сост.": "compiler", "Авт-сост.": "compiler",
    # the same in Ukrainian (ДСТУ 3582:2013 "редактор-упорядник"): "/ Ред.-упоряд. М.М.
    # Скорик, О.А. Портянко"
    "ред.-упоряд.": "editor", "Ред.-упоряд.": "editor",
    # the role written out, as GOST 7.1-2003 clause 5.2.5 allows and atlases and
    # encyclopedias print it: "/ Главный редактор Н.Н. Полункина" (the nominative)
    "главный редактор": "editor", "Главный редактор": "editor",
    "ответственный редактор": "editor", "Ответственный редактор": "editor",
    # GOST R 7.0.100-2018 leaves the abbreviation of GOST R 7.0.12 to the cataloguer, and
    # its own examples write the role out ("/ К. Мигонь ; перевод с польского О. Р.
    # Медведевой [и др.]"), as title pages print it («Составители А. А. Джиго, С. Ю.
    # Калинин»): the written-out words of the abbreviations above; "под науч. ред." is
    # GOST 7.0.12's own for "под научной редакцией"
    "под общей редакцией": "editor", "Под общей редакцией": "editor",
    "под научной редакцией": "editor", "Под научной редакцией": "editor",
    "под науч. ред.": "editor", "Под науч. ред.": "editor", "Под редакцией": "editor",
    "Под общей ред.": "editor", "научный редактор": "editor", "Научный редактор": "editor",
    "редактор": "editor", "Редактор": "editor", "редакторы": "editor", "Редакторы": "editor",
    "ответственные редакторы": "editor", "Ответственные редакторы": "editor",
    "научные редакторы": "editor", "Научные редакторы": "editor",
    "Составитель": "compiler", "составители": "compiler", "Составители": "compiler",
    "автор-составитель": "compiler", "Автор-составитель": "compiler",
    "авторы-составители": "compiler", "Авторы-составители": "compiler",
    # and capitalised, as the running statement of journals' contents opens a sentence
    # with it (STATEMENT_OPENERS: "Перевод с французского Наталии Санниковой.",
    # "Вступительная статья и перевод Георгия Кубатьяна."), its names in the genitive, the
    # given names written out (`role_case` reads them back)
    "перевод": "translator", "Перевод": "translator",
    "вступительная статья": "note", "Вступительная статья": "note",
    "пер.": "translator", "Пер.": "translator",
    # a sentence of its own after the title, as notes print a translation of verse or
    # prose: "Гёте И. В. Фауст. В пер. Б. Пастернака. М., 1960" (in lower case after a
    # title's word the phrase is the title's: "Сонеты в пер. С. Маршака")
    "В пер.": "translator", "В переводе": "translator",
    # GOST 7.11: English, French, German role words
    "ed. and transl. by": "editor-translator", "ed. and trans. by": "editor-translator",
    "edited and translated by": "editor-translator",
    "edited by": "editor", "Edited by": "editor", "ed. by": "editor", "Ed. by": "editor",
    "eds.": "editor", "Eds.": "editor", "ed.": "editor", "Ed.": "editor",
    "comp. by": "compiler", "compiled by": "compiler", "Comp.": "compiler",
    "transl. by": "translator", "trans. by": "translator", "tr. by": "translator",
    "translated by": "translator", "Trans.": "translator",
    # the same opening a statement, capitalized as "Ed. by" is: «Theory of Language … /
    # Transl. by D.F. Goodwin. - Amsterdam», «The regions of the World … / Tranl. by V.
    # Minorsky» (a Russian note); "Translated by" after a period is the comma styles'
    # sentence, read by the labeller
    "Transl. by": "translator", "Trans. by": "translator", "Tr. by": "translator",
    "Tr.": "translator", "tr.": "translator",  # GOST 7.11-2004: "tr." (translated)
    "sous la dir. de": "editor", "sous la direction de": "editor", "Dir. de": "editor",
    "dir. de": "editor", "Dir.": "editor", "dir.": "editor", "Coord.": "editor",
    "coord.": "editor", "Coord. par": "editor", "éd. par": "editor", "Éd. par": "editor",
    "trad. par": "translator", "Trad. par": "translator", "trad.": "translator",
    "Trad.": "translator", "traduit par": "translator",
    "Hrsg. von": "editor", "hrsg. von": "editor", "Hrsg.": "editor", "hrsg.": "editor",
    "hg. von": "editor", "Hg. von": "editor", "Hg.": "editor", "Hrsg. v.": "editor",
    "übers. von": "translator", "Übers. von": "translator", "Übers.": "translator",
    # roles CSL has no name variable for: the statement is kept whole in CSL note
    "предисл.": "note", "Предисл.": "note", "вступ. ст.": "note", "Вступ. ст.": "note",
    "авт. предисл.": "note", "авт. вступ. ст.": "note", "коммент.": "note",
    "Коммент.": "note", "примеч.": "note", "Примеч.": "note", "послесл.": "note",
    "рец.": "note", "Рец.": "note",  # GOST 7.0.12-2011: рецензент
    # GOST 7.0.12-2011 "художник" худож. (ДСТУ 3582:2013 the same), the Belarusian "мастак"
    # маст. (СТБ 7.12-2001): the illustrator, as GOST 7.1-2003 clause 5.2.5's examples
    # and encyclopedias print it ("/ Рэдкал.: Г. П. Пашкоў (гал. рэд.) і інш.; Маст. Э. Э.
    # Жакевіч", "/ пер. с англ. А. Петрова ; худож. Т. Маврина")
    "худож.": "note", "Худож.": "note", "маст.": "note", "Маст.": "note",
    "introd. by": "note", "with an introduction by": "note", "foreword by": "note",
    "préf. de": "note", "préface de": "note", "Préf. de": "note", "Vorw. von": "note",
    "mit einem Vorwort von": "note", "Einl. von": "note",
    # Ukrainian (ДСТУ 3582:2013), Belarusian and Polish role words
    "за заг. ред.": "editor", "За заг. ред.": "editor", "за ред.": "editor",
    "За ред.": "editor", "за редакцією": "editor", "відп. ред.": "editor",
    "Відп. ред.": "editor", "упоряд.": "compiler", "Упоряд.": "compiler",
    # "під редакцією" (the Russian "под ред."), as DSTU 8302:2015's examples print it:
    # "Кримінальна відповідальність …: монографія/під ред. В. К. Матвійчука"
    "під ред.": "editor", "Під ред.": "editor",
    # and with "загальною" (за заг. ред.'s word), or written out, as Ukrainian title pages
    # print it: "/ під заг. ред. І. І. Іваненка", "/ за загальною редакцією …"
    "під заг. ред.": "editor", "Під заг. ред.": "editor", "під редакцією": "editor",
    "Під редакцією": "editor", "за загальною редакцією": "editor",
    "За загальною редакцією": "editor",
    # ДСТУ 3582:2013 "коментар" комент., a role CSL has no variable for: "/ упоряд. та
    # комент. О. Я. Шреєр-Ткаченко"
    "комент.": "note", "Комент.": "note",
    # ДСТУ 3582:2013 "науковий" наук., "головний" гол. (Russian "науч. ред.", "гл. ред."):
    # "/ … ; уклад. О. Галганова ; наук. ред. В. Кононенко" (the National Parliamentary
    # Library's guide, dev set batch 30)
    "наук. ред.": "editor", "Наук. ред.": "editor", "гол. ред.": "editor",
    "Гол. ред.": "editor",
    # "головний" cut to "голов." as well (ДСТУ 3582:2013 gives both "гол." and "голов.")
    "голов. ред.": "editor", "Голов. ред.": "editor",
    # ДСТУ 3582:2013 "укладач" уклад., as Ukrainian libraries' guides and lists print it:
    # "/ уклад.: Мельник Н. А., Устіннікова О. М. — К. : НТБ ім. Г. І. Денисенка, 2010."
    "уклад.": "compiler", "Уклад.": "compiler",
    # ДСТУ 3582:2013 "відповідальний за випуск" (GOST 7.0.12 "отв. за вып."), a role CSL
    # has no variable for: "/ уклад.: О. В. Куріпта, відп. за вип. Н. М. Щур;"
    "відп. за вип.": "note", "Відп. за вип.": "note", "отв. за вып.": "note",
    "Отв. за вып.": "note",
    "пад рэд.": "editor", "Пад рэд.": "editor", "склад.": "compiler", "Склад.": "compiler",
    # typed with a period after the preposition, as the Russian "под. ред." is ("Гісторыя
    # Беларусі … / Я.К. Новік [і інш.]; пад. рэд. Я.К. Новіка", a book on Soviet Belarus's
    # economy, dev set batch 49); "галоўны рэдактар" and "адказны рэдактар" before the names,
    # cut as СТБ 7.12-2001 cuts them ("гал.", "адк."): "Нарысы гісторыі Беларусі / Гал. рэд.
    # М.П. Касцюк" (the same notes)
    "пад. рэд.": "editor", "Пад. рэд.": "editor", "гал. рэд.": "editor", "Гал. рэд.": "editor",
    "адк. рэд.": "editor", "Адк. рэд.": "editor",
    # Belarusian "рэдактар" cut as СТБ 7.12-2001 cuts it, as Russian "ред." is: "/ рэд. Г. П.
    # Пашкоў і інш." (an encyclopedia's volume, dev set batch 22)
    "рэд.": "editor", "Рэд.": "editor",
    "pod red.": "editor", "Pod red.": "editor", "red.": "editor", "Red.": "editor",
    "oprac.": "editor", "Oprac.": "editor", "tłum.": "translator", "Tłum.": "translator",
    "przeł.": "translator", "Przeł.": "translator",
    # Czech "přeložil" and "překlad" as Czech catalogues and ČSN ISO 690 lists cut them:
    # "Zamjatin J. I. My / Překl. V. Koenig. Praha: Štorch-Marien, 1927" (a Russian note),
    # "/ přel. Jiří Kolár"
    "přel.": "translator", "Přel.": "translator", "překl.": "translator",
    "Překl.": "translator",
}
"""Role word of a statement of responsibility → CSL name variable ("note": none)."""

ROLES_BEFORE_INITIALS: frozenset[str] = frozenset({"публ.", "Публ."})
"""Role words that abbreviate another word too, a role only before a person's initial:
"Публ." публикация ("/ Публ. С. В. Зыковой") or публичная, of a body (GOST 7.1-2003
clause 5.3.4: "/ Публ. ист. б-ка им. М. Е. Салтыкова-Щедрина")."""

ROLES_BEFORE_PERSONS: frozenset[str] = frozenset({
    "Перевод", "Вступительная статья", "вступительная статья", "В пер.", "В переводе"})
"""Role words that open a sentence of a title too («Основы теории. Перевод и
переводчики», «Сонеты. В переводе и в оригинале»): a role only before a person's
initial or given name and family («Перевод В. Козловского», «Перевод с армянского
Георгия Кубатьяна»)."""

BOARD_CHAIRS: tuple[str, ...] = ("пред.", "председатель", "голова")
"""The chair of an editorial board, after the member's name in parentheses (GOST 7.1-2003's
"(пред.)", DSTU's "(голова)": "ред. рада: В. М. Литвин (голова) та ін."): a position that
names no role, which CSL has no variable for. The member is an editor, as a board's members
are; the position is kept in `note` as printed. A position that is a role word ("(отв.
ред.)") is in ROLE_SUFFIXES."""

ROLE_SUFFIXES: dict[str, str] = {
    "dir.": "editor", "éd.": "editor", "éds.": "editor", "ed.": "editor",
    "eds.": "editor", "Hrsg.": "editor", "Hg.": "editor", "ред.": "editor",
    "сост.": "compiler", "coord.": "editor", "comp.": "compiler",
    # a member's role in an editorial board (GOST 7.1-2003 clause 5.2.5: "/ редкол.: … (отв.
    # ред.) [и др.]"; its Belarusian counterparts, abbreviated as STB 7.12-2001 does
    # ("адказны" адк., "галоўны" гал.): "(адк. рэд.)", "Рэдкал.: Г. П. Пашкоў (гал. рэд.)")
    "отв. ред.": "editor", "гл. ред.": "editor", "отв. сост.": "compiler",
    "адк. рэд.": "editor", "гал. рэд.": "editor", "старш. рэд.": "editor",
    # and DSTU's ("відповідальний" відп., "головний" гол.): "Редкол.: Ю.І.Римаренко (відп. ред.)"
    "відп. ред.": "editor", "гол. ред.": "editor",
    # written out, as GOST R 7.0.100-2018 allows: "(главный редактор)"
    "главный редактор": "editor", "ответственный редактор": "editor",
}
"""Role written after the names in parentheses: "Dessberg F. (dir.)"."""

BOARD_TERMS: tuple[str, ...] = ("редкол.", "Редкол.", "ред. рада", "Ред. рада", "рэдкал.",
                                 "Рэдкал.", "ред. кол.", "Ред. кол.", "ред. коллег.",
                                 "Ред. коллег.", "ред. коллегия", "Ред. коллегия",
                                 "редакционная коллегия", "Редакционная коллегия",
                                 "редакционный совет", "Редакционный совет")
"""An editorial board (редакционная коллегия, GOST 7.0.12-2011, which notes also cut as "ред.
кол." or "ред. коллег." and write out as "ред. коллегия": "/ ред. коллег. М.Аксёнова,
Д.Володихин и др.", the dev set's ru-gost-512; DSTU 3582:2013 "ред. рада", "редкол.";
Belarusian рэдакцыйная калегія; written out as GOST R 7.0.100-2018 allows, "/ редакционная
коллегия: …", "/ редакционный совет: …") before its members, its head first: "/ редкол.:
А.И.Аксенов (отв. ред.), Е.Ю.Тихонова (отв. сост.)",
"/ред. рада: В. М. Литвин (голова) та ін.". A role written after a member's name
(ROLE_SUFFIXES) is the member's; a position (BOARD_CHAIRS) or none makes an editor, as the
board's members are."""

ET_AL_PHRASES: tuple[str, ...] = ("и др", "и другие", "та ін", "і інш", "et al", "u. a", "i dr")
"""What closes a list of names cut short, each closed by its abbreviation's period: Russian
«и др.» (GOST 7.1-2003, "[и др.]" in statements of responsibility), written out «и другие»
as older notes and web lists print it, Ukrainian «та ін.» (DSTU 8302:2015, DSTU 3582:2013),
Belarusian «і інш.», Latin "et al.", German "u. a.", and «и др.» transliterated, as
Russian journals' transliterated reference lists print it ("Doskin V.A., Keller Kh.,
Muraenko M.N. i dr. Morfofunktsional'nye konstanty …")."""

NAME_CONJUNCTIONS: tuple[str, ...] = ("и", "і", "та", "and", "et", "und", "&")
"""The conjunction between the last two names of a list: Russian, Ukrainian ("і", "та"),
English, French and Latin, German, and the ampersand ("Маркс К. и Энгельс Ф.", "Zhang Y.
and Li H.")."""

PUBLISHER_PREPOSITIONS: tuple[str, ...] = ("chez ", "bei ")
"""The preposition before a firm's name in older French and German imprints, "at the shop
of": "Paris, chez Froullé, 1783", "Bruxelles, chez F. J. Olivier, 1871", "Leipzig, bei
Brockhaus, 1850". The publisher is the firm (GOST 7.1-2003 clause 5.5.5 records the
name of the publisher, not the words around it)."""

TRANSLATED_FROM: tuple[str, ...] = ("с", "з", "from", "de", "aus dem", "z")
""""пер. с фр.", "trans. from French": the source language follows the role word."""

THESIS_GENRES: tuple[str, ...] = (
    # GOST 7.1 clause 5.2.4 / R 7.0.5 examples: "дис. … канд. ист. наук"
    "дис.", "дисс.", "автореф. дис.", "Автореф. дис.", "автореф. дисс.", "Автореф. дисс.",
    "диссертация",
    # the statement written out, as notes outside the library standards print it:
    # "Диссертация на соискание ученой степени кандидата исторических наук"
    "Диссертация", "Дис.", "Автореферат диссертации", "автореферат диссертации",
    # Ukrainian and Belarusian, written out (ДСТУ 8302:2015 abbreviates "дис." as GOST
    # does): "Дисертація ... кандидата історичних наук", "Автореферат дисертації"
    "Дисертація", "дисертація", "Автореферат дисертації", "автореферат дисертації",
    "Дысертацыя", "дысертацыя", "Аўтарэферат дысертацыі",
    "mémoire de maîtrise", "mémoire de master", "mémoire de DEA", "mémoire",
    "thèse de doctorat", "thèse d’État", "thèse",
    "PhD diss.", "Ph.D. diss.", "PhD thesis", "Ph.D. thesis", "PhD dissertation",
    "MA thesis", "M.A. thesis", "master’s thesis", "Master’s thesis", "Diss.",
    "Dissertation", "Habilitationsschrift", "Magisterarbeit", "Doctoral dissertation",
    # the degree's initials spaced, as Russian typography spaces initials: a Russian
    # translation of an English study's notes ("(Ph. D. dissertation, Columbia University,
    # 2010)")
    "Ph. D. diss.", "Ph. D. dissertation", "Ph. D. thesis", "Ph.D. dissertation",
    # the Russian and Ukrainian statements romanized, as the transliterated "References" of
    # Russian journals print them (GOST 7.79-2000 system B, as DOCUMENT_GENRES' romanized
    # kinds): "… nauke : avtoref. dis. … kand. yurid. nauk", "… processa : dis.. kand.
    # yurid. nauk"; in lower case only, so that a Latin "Dis" opens no genre
    "dis.", "diss.", "avtoref. dis.", "avtoref. diss.", "dys.", "avtoref. dys.",
)
"""Words that open the genre of a thesis (CSL genre), after ":" or "," in the title."""

PROCEEDINGS_WORDS: tuple[str, ...] = (
    "actes", "Actes", "comptes rendus", "Comptes rendus", "proceedings", "Proceedings",
    "материалы", "Материалы", "тезисы", "Тезисы", "труды", "Труды", "Akten", "Beiträge",
)
MEETING_WORDS: tuple[str, ...] = (
    "colloque", "colloques", "conférence", "congrès", "journée", "journées", "symposium",
    "conference", "Conference", "congress", "Congress", "workshop", "Workshop",
    "конференции", "конференций", "симпозиума", "съезда", "чтений", "семинара",
    "Tagung", "Konferenz", "Kongress", "Kolloquium", "Kolloquiums", "Symposiums",
)
"""A host title that opens (or whose subtitle opens) with a proceedings word followed by
a meeting word marks the part as a paper-conference: "Actes du colloque …",
"Материалы конференции …", "Proceedings of the … Conference". Either alone is not
enough ("История: материалы", "Proceedings of the American Philosophical Society")."""

REFERENCE_WORKS: dict[str, str] = {
    "энциклопедия": "entry-encyclopedia", "энциклопедии": "entry-encyclopedia",
    "encyclopedia": "entry-encyclopedia", "encyclopaedia": "entry-encyclopedia",
    "encyclopédie": "entry-encyclopedia", "enzyklopädie": "entry-encyclopedia",
    "lexikon": "entry-encyclopedia", "handbuch": "entry-encyclopedia",
    "словарь": "entry-dictionary", "dictionary": "entry-dictionary",
    "dictionnaire": "entry-dictionary", "wörterbuch": "entry-dictionary",
}
"""A word of a host's title (in lower case) that makes the part an entry of a reference
work: "Гражданская война // Большая советская энциклопедия" (CSL entry types)."""

SINGLE_LETTER_TERMS: frozenset[str] = frozenset({"т", "с", "л", "г", "в", "p", "s", "f", "t", "v", "n"})
"""Lower-case one-letter abbreviations (GOST 7.0.12/7.11: "т." том, "с." страница,
"л." лист, "г." год, "p.", "s.", "f."): followed by a number they go on ("с. 5");
any other lone letter is a word ("à")."""

NO_PLACE: tuple[str, ...] = ("б. м.", "Б. м.", "S. l.", "s. l.", "s.l.", "o. O.")
NO_DATE: tuple[str, ...] = ("б. г.", "б. р.", "s. d.", "s.d.", "n.d.", "o. J.")
NO_PUBLISHER: tuple[str, ...] = ("б. и.", "Б. и.", "s. n.", "S. n.", "s.n.", "o. V.")
"""GOST 7.1 clause 5.5: place, publisher and date unknown, printed in square brackets
("[Б. м.]", "[б. и.]", "[б. г.]"; Ukrainian DSTU GOST 7.1:2006 "[б. р.]", без року;
Latin "s. l.", "s. n.", "s. d."; German "o. O.", "o. V.", "o. J.")."""

OTHER_PLACES: tuple[str, ...] = ("и др", "та ін", "і інш", "etc", "et al", "u. a")
"""What follows the first place when the others are left out (GOST 7.1-2003 clause 5.5,
in square brackets: "СПб. [и др.] : Питер, 2004", "Москва [и др.] : Питер, 2019"; ISBD's
Latin "[etc.]", "London [etc.] : Routledge"; Ukrainian «[та ін.]», Belarusian «[і інш.]»,
German "[u. a.]"), also typed without the brackets ("СПб. и др.: Питер"). Like "[Б. м.]",
a cataloguer's mark of what the record does not name: the place is the first alone."""

PRINTING_WORDS: tuple[str, ...] = (
    "Тип.", "тип.", "Тип-ия", "Типография", "типография", "Друк.", "друк.", "Друкарня",
    "друкарня", "полигр", "Полигр", "фабрика печати", "комбинат", "Отпеч", "отпеч")
"""Words of a printer's name or statement in the parentheses GOST 7.1-2003 and GOST R
7.0.100-2018 put after the year for the manufacture (place and printer: «Москва : Наука,
2019 (Тверь : Тверская фабрика печати)», «М. : Изд-во МГУ, 2001 (Тип. МГУ)», Ukrainian
«(Друк. «Поліграфіст»)»): with a place and its colon or one of these, the parentheses
hold a printer, not a title's word."""

PUBLISHER_NOUNS: frozenset[str] = frozenset({
    "Press", "Presses", "Publishers", "Publishing", "Verlag", "Éditions", "Editions",
    "Editore", "Edizioni", "Издательство", "Изд-во", "издательство", "изд-во",
    # the transliterated references of Russian journals (GOST R 7.0.7-2021 appendix,
    # the "References" of Scopus-indexed journals): "Moscow, Nauka Publ., 2001"
    "Publ.", "Publ", "House",
})
"""Words that name a firm, never a place: "Harvard University Press, 1979" is a
publisher and its year with no place (CMOS 17 14.127; GOST 7.1 clause 5.5.5 prints
"Изд-во" so)."""

PUBLISHING_HOUSE_WORDS: tuple[str, ...] = (
    "изд.", "изд-во", "издательство", "издание", "тип.", "типография", "т-во", "товарищество")
"""The lower-case words that open a publisher's name in the imprint of Soviet and
pre-revolutionary notes, written out or abbreviated as GOST 7.0.12-2011 abbreviates them
(издание, издательство, типография, товарищество): "М., изд-во «Мотор», 1924", "СПб., тип.
Главного штаба, 1900", "Москва, т-во И.Д. Сытина, 1912"; a name that follows a place and
opens so is a publisher, never a second place."""

SOVIET_PUBLISHER_ENDINGS: tuple[str, ...] = ("издат", "гиз")
"""How the state publishers' compound names end: Госиздат, Госполитиздат, Гослитиздат,
Партиздат, Воениздат, Профиздат; Соцэкгиз, Учпедгиз, Детгиз, ОГИЗ (lower-cased): a
publisher named alone, never a place."""

MONTHS: dict[str, int] = {
    # Russian, genitive (newspaper issues: "5 марта") and GOST 7.0.12 abbreviations
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "янв.": 1, "февр.": 2, "апр.": 4, "авг.": 8, "сент.": 9, "окт.": 10, "нояб.": 11, "дек.": 12,
    # the months GOST 7.0.12 leaves whole, cut short as the Unicode CLDR's Russian format
    # abbreviations cut them (web pages, catalogues, dates typed by software: "12 мар.
    # 2019", "5 июн.")
    "мар.": 3, "июн.": 6, "июл.": 7,
    # English
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    # French
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    # German
    "Januar": 1, "Februar": 2, "März": 3, "Mai": 5, "Juni": 6, "Juli": 7, "Oktober": 10,
    "Dezember": 12,
    # Russian in Latin letters, genitive, as the transliterated reference lists of Russian
    # journals print a newspaper's day ("Krasnaya gazeta. - 1918. - 20 avgusta."): the
    # BGN/PCGN and GOST 7.79-2000 (B) spellings, then the Library of Congress ones
    "yanvarya": 1, "fevralya": 2, "marta": 3, "aprelya": 4, "maya": 5, "iyunya": 6,
    "iyulya": 7, "avgusta": 8, "sentyabrya": 9, "oktyabrya": 10, "noyabrya": 11,
    "dekabrya": 12,
    "ianvaria": 1, "fevralia": 2, "aprelia": 4, "maia": 5, "iiunia": 6, "iiulia": 7,
    "sentiabria": 9, "oktiabria": 10, "noiabria": 11, "dekabria": 12,
    # Ukrainian, genitive ("5 січня")
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Ukrainian, abbreviated by DSTU 3582:2013 ("від 10 лют. 2010 р.", "станом на 04
    # листоп. 2018 р."), as DSTU GOST 7.1:2006 and DSTU 8302:2015 examples print them
    **{abbreviation: month for month, abbreviation in UKRAINIAN_MONTHS.items()},
    # Polish, genitive ("5 marca")
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "grudnia": 12,
}

MONTHS_NOMINATIVE: dict[str, int] = {
    # the month named alone, in the nominative, as DSTU GOST 7.1:2006 prints a monthly
    # newspaper's issue ("— 2020. — Березень (№ 3). — С. 44—45") and Russian lists do
    "січень": 1, "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6,
    "липень": 7, "серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11, "грудень": 12,
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}

ITALIAN_MONTHS: dict[str, int] = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}
"""Italian months, as Italian notes date a document ("Dispacci Costantinopoli, 1761, 5
febbraio"). Apart from MONTHS, whose words the grammar reads in GOST's areas."""

ITALIAN_MONTH_ABBREVIATIONS: dict[str, int] = {
    "genn": 1, "gen": 1, "febbr": 2, "febb": 2, "feb": 2, "mar": 3, "apr": 4, "magg": 5,
    "mag": 5, "giu": 6, "giug": 6, "lug": 7, "ag": 8, "ago": 8, "sett": 9, "set": 9,
    "ott": 10, "nov": 11, "dic": 12,
}
"""Italian months cut short after their first letters, as Italian notes date an archival
document ("10 giu. 1685", "9 set. 1752", "8 ago. 1684", "24 mag. 1687", "31 genn. m. v."),
without their period. Not a feature of the labeller (its word classes are
`reference_lexicon.MONTH_WORDS`): read after it, to date a document."""

EVENT_PLACE_PREPOSITIONS: tuple[str, ...] = ("à", "в", "in", "at")
"""Before the place of a conference in its title: "organisé à Moscou"."""

URL_LABELS: tuple[str, ...] = (
    "URL", "Режим доступа", "режим доступа", "Available at", "Available from",
    "Disponible sur", "Disponible à l’adresse", "Verfügbar unter", "Online unter",
    "Режим доступу", "режим доступу",  # DSTU GOST 7.1:2006, GOST 7.1's note in Ukrainian
    # the mode of access naming what the address opens: GOST 7.1-2003's example of an
    # electronic journal ("– Режим доступа к журн.: http://zhurnal.mipt.rssi.ru"), a
    # Ukrainian list of library sites ("– Режим доступу до джерела : http://…")
    "Режим доступа к журн.", "Режим доступу до джерела",
)
"""GOST R 7.0.5 clause 10: the address of an electronic resource."""

ACCESS_LABELS: tuple[str, ...] = (
    "дата обращения", "Дата обращения", "accessed", "Accessed", "consulté le",
    "Consulté le", "abgerufen am", "Abgerufen am", "Zugriff am", "Zugriff",
    "дата звернення", "Дата звернення",  # DSTU 8302:2015 and DSTU GOST 7.1:2006
)
"""GOST R 7.0.5 clause 10: "(дата обращения: 12.05.2020)"."""

MEDIUM_DESIGNATIONS: tuple[str, ...] = (
    "Электронный ресурс", "Electronic resource", "Ressource électronique",
    "Elektronische Ressource", "Электронное издание", "Эл. ресурс", "Электрон. ресурс",
    "Текст",  # GOST 7.1-2003 clause 5.2.3: "[Текст]", a printed text
    "Text",  # its English equivalent, as GOST 7.1-2003's own example prints it
    # ("[Review] [Text] / Andrew Wilson // Solanus. — 2001.")
    "Електронний ресурс",  # DSTU GOST 7.1:2006, the same clause in Ukrainian
    # the rest of GOST 7.1-2003's list of general designations (clause 5.2.3.4)
    "Аудиовизуальный материал", "Видеозапись", "Звукозапись", "Изоматериал", "Карты",
    "Кинофильм", "Комплект", "Микроформа", "Мультимедиа", "Ноты", "Предмет", "Рукопись",
    "Шрифт Брайля",
)
"""GOST 7.1 clause 5.2.3: general designation of material, in square brackets."""

UNPUBLISHED_FORMS: tuple[str, ...] = (
    "Рукопись", "Машинопись", "Авторизованная машинопись", "Рукопис", "Машинопис")
"""The form of an unpublished work written as the last sentence or area of its
description, without GOST 7.1-2003's brackets (clause 5.2.3 lists "[Рукопись]" among the
general designations): "Синская Е. Н. Воспоминания о Н. И. Вавилове. Рукопись.", "… —
Вінниця, [б. р.]. — Машинопис." (Ukrainian); the work is a manuscript."""
UNPUBLISHED_REMARKS: tuple[str, ...] = ("Не опубликовано", "Не опубліковано", "Не опубл.")
"""What may follow that form: "Рукопись. Не опубликовано." (kept in the note)."""

CONTENT_FORMS: tuple[str, ...] = (
    "Текст", "Изображение", "Музыка", "Карты", "Звуки", "Устная речь",
    "Движущиеся изображения", "Электронная программа", "Электронные данные",
    "Мультимедиа", "Объект", "Набор данных",
)
"""GOST R 7.0.100-2018 clause 5.3 (the content form and media type area, after ISBD's
area 0): the content forms, each possibly qualified in parentheses ("Изображение
(неподвижное ; двухмерное)") and several joined by ". " ("Текст. Изображение")."""

MEDIA_TYPES: tuple[str, ...] = (
    "непосредственн", "электронн", "аудио", "видео", "микроформ", "микроскопическ",
    "проекционн", "стереографическ", "комбинированн",
)
"""GOST R 7.0.100-2018 clause 5.3: the media types, as stems ("непосредственный",
"непосредственное", "электронные": the adjective agrees with the content form)."""

WORK_NOUNS: tuple[str, ...] = (
    # the kind of work a note names before its author in the genitive and its title in
    # quotes ("См. статью А. А. Зимина «…»", "Цитировано по статье В. А. Мамонтова «…»",
    # "рецензия на монографию Н. В. Липатовой «…»"), in the cases the verbs and
    # prepositions of notes take (accusative, prepositional, genitive)
    "статья", "статью", "статье", "статьи", "книга", "книгу", "книге", "книги",
    "монография", "монографию", "монографии", "работа", "работу", "работе", "работы",
    "брошюра", "брошюру", "брошюре", "брошюры", "очерк", "очерке", "очерка",
    "заметка", "заметку", "заметке", "заметки", "доклад", "докладе", "доклада",
    "диссертация", "диссертацию", "диссертации", "рецензия", "рецензию", "рецензии",
    "соч.",  # сочинение, -ия: "См. соч. Я. Грота: «…»" (GOST 7.0.12's abbreviation)
)
"""Nouns for a work that a note describes in words before naming it (Розенталь, «Справочник
по правописанию и стилистике», on the genitive of the author after such a noun)."""

SAME_AUTHOR_HOST_INTROS: tuple[str, ...] = ("В его кн.", "В её кн.", "В ее кн.")
"""The host a book of the note's own author: "Бахтин М. Рабле и Гоголь (…). В его кн.:
Вопросы литературы и эстетики." (its container-author is the heading's)."""
HOST_INTROS: tuple[str, ...] = (
    "В кн.", "В сб.", "в кн.", "в сб.", "В", "In", "in", "Dans", "dans", "Im",
    *SAME_AUTHOR_HOST_INTROS)
"""The words before a host's title and its colon (GOST 7.1-84's «В кн.:», ISBD's "In:"),
which the host's own grammar drops; in lower case after a comma or the areas' dash, as
Soviet linguists' and historians' notes print them ("Белорусский язык, в кн.: Языки
народов СССР, т. 1, М., 1966")."""

CHAPTER_HOST_OPENERS: tuple[str, ...] = ("in", "в кн.", "в сб.", "в книге")
"""What opens a chapter's book in a Chicago note (CMOS 14.107's "in") and in its Russian
translation («в кн.:», «в сб.:», «в книге:»), before the book's editors or title
(biblio.parse.comma_style)."""

CITED_PAGE_PREPOSITIONS: tuple[str, ...] = ("at", "на с.")
"""What opens the page cited after a chapter's pages ("85–247, at 126", «85–247, на с.
126–127»)."""

PERIODICAL_KIND_WORDS: tuple[str, ...] = ("ж.", "Ж.", "журн.", "газ.")
"""The word for a periodical's kind, abbreviated (GOST 7.0.12-2011 «журн.», «газ.»; the
reading lists' shorter «ж.»), where a note names a journal or a newspaper after it
instead of GOST's «//»: «…, ж. Врач, 1993 г. № 1» (biblio.parse.kind_word_hosts). A marker,
never a field's value."""

PERIODICAL_KIND_NOUNS: tuple[str, ...] = (
    "Журнал", "журнал", "журн.", "Газета", "газета", "газ.", "Альманах", "альманах", "альм.")
"""The word for a periodical's kind before its quoted name, written out or abbreviated
(GOST 7.0.12-2011 «журн.», «газ.», «альм.»), as informal notes name the periodical cited
(«Журнал «Отечественная история» № 3, 2004 г.», «альм. «Утренняя заря» на 1842 г.»,
biblio.parse.informal): the kind the item's type says, never a field's value."""

LEAD_INS: tuple[str, ...] = (
    # GOST R 7.0.5 clause 11 ("отсылки"): words that introduce a reference
    "См. также", "см. также", "См., например", "см., например", "См. об этом",
    "Подробнее см.", "подробнее см.", "Об этом см.", "См.", "см.", "Ср.", "ср.",
    # «См.» typed or read by OCR with the Latin C and m ("Cm. Daniel: Thesaurus …"), or
    # with the Latin C alone, the look-alike keyboards and OCR give (GOST's «С.» as «C.»)
    "Cm.", "Cм.",
    "Цит. по", "цит. по", "Приводится по", "приводится по",
    "See also", "see also", "See, e.g.,", "See", "see", "Cf.", "cf.", "Quoted in",
    "quoted in", "Cited in", "cited in",
    "Voir aussi", "voir aussi", "Voir", "voir", "Cité dans", "cité dans", "Cité par",
    "Vgl. auch", "vgl. auch", "Vgl.", "vgl.", "Siehe", "siehe", "Zit. nach", "zit. nach",
    "Zitiert nach",
    # Ukrainian and Polish
    "Див. також", "див. також", "Детальніше див.", "Див.", "див.", "Цит. за", "цит. за",
    "Zob. też", "zob. też", "Zob.", "zob.", "Por.", "por.", "Cyt. za", "cyt. za",
    # Russian, as journals print them
    "Подробнее об этом см.", "См. подробнее", "см. подробнее", "См. напр.",
    "См., напр.", "см., напр.", "Ср. также", "ср. также",
    # Russian notes under tables and figures: what the figures were made from
    "Подсчитано по", "подсчитано по", "Составлено по", "составлено по", "Рассчитано по",
    "рассчитано по", "Вычислено по", "вычислено по", "Обобщено по", "обобщено по",
    "Печатается по", "печатается по", "Воспроизводится по изданию", "Источник",
    # notes under archival documents and texts: where the text was published
    # ("… Л. 20. Опубликовано – Сталин И. В. Сочинения …", "— Впервые опубл.: Золотое
    # руно. 1908. № 11/12.", "Опубліковано: …")
    "Впервые опубликовано", "Впервые опубл.", "Опубликовано", "Опубл.", "Опубліковано",
    "Вперше опубліковано",
    # English notes (Chicago 14.37, Bluebook 1.2 signals)
    "See, for example,", "see, for example,", "See, e.g.,", "see, e.g.,", "See, further,",
    "See, also,", "See generally", "see generally", "See further", "see further",
    "Compare", "compare", "But see", "but see", "For example,", "E.g.,", "e.g.,",
    # German (Vgl., Siehe, Dazu: the usual openings of German notes; not "Zu", which
    # may be the particle of a name: "Zu Müller K.")
    "Vgl. etwa", "vgl. etwa", "Vgl. dazu", "Siehe dazu", "Siehe auch", "siehe auch",
    "Siehe näher", "Näher dazu", "Dazu etwa", "Dazu", "Insbesondere", "Ebenso", "Kritisch",
    "Dafür", "Dagegen",
    # French and Italian
    "Voir notamment", "voir notamment", "Cfr.", "cfr.", "Si veda", "si veda",
    "Vedi", "vedi", "Vedasi",
    # GOST R 7.0.5 clause 4.12 as printed: "Цит. по." with a period, "Цит по:" without,
    # "Цит. по кн.:", "Цит. по ст.:", and the word written out
    "Цит. по.", "цит. по.", "Цит по", "цит по", "Цит. по кн.", "Цит. по ст.",
    "Цитируется по", "цитируется по",
    # the conjunctions that add one more reference to a note's list, after ";" or ","
    # ("См.: …; а также книгу: …", "…; и прежде всего Витте С.Ю. Воспоминания …")
    "а также", "и прежде всего", "прежде всего", "в частности", "и особенно",
)
"""Lead-ins kept as a cite's prefix; longest first when matched. Those in lower case
may also close a sentence of discussion: "For a different view, see Haslam J. …"."""

LEAD_INS_BEFORE_COLON: tuple[str, ...] = ("Подлинник", "Впервые", "Джерело", "Посилання")
"""The words that open the textual notes of academic editions, lead-ins only before their
colon: the manuscript the text follows and where it appeared first ("Подлинник: ИРЛИ, ф.
357 …, л. 3—4.", "Впервые: СМ, 1911, № 9, с. 165." in Nekrasov's letters; "Впервые:
Встречи. Париж, 1934. № 2." in Gippius's essays). Without it "Впервые" opens a sentence
(«Впервые напечатано в «Записках», II, стр. 223.», biblio.parse.first_printing). The
Ukrainian labels of a source under a text or a table, and of a reference copied from a
library's site: "Джерело: …" (the Russian "Источник" of LEAD_INS), "Посилання: …" (the
"cite this" line of the Vernadsky Library's records)."""

ENCYCLOPEDIA_LIST_LABELS: tuple[str, ...] = ("Соч.", "Лит.", "Ист.", "Изд.")
"""The labels of an encyclopedia article's closing lists, lead-ins before their colon: the
subject's works, the literature on it, the sources and the editions («Соч.: Epistolae//PL.
159. Col. 210 …», «Лит.: Успенский А. И. …//ЧОИДР. 1902. Т. 3.», «Ист.: …»), as the Orthodox
Encyclopedia and the Great Soviet Encyclopedia print them. Not before «в 3 т.»: «Соч.: В 3
т.» is a title."""

LEAD_IN_PREPOSITIONS: tuple[str, ...] = (
    "по", "из", "в", "во", "на", "за", "у", "із", "з",  # Russian, Ukrainian
    "from", "in", "after", "nach", "aus", "dans", "d’après", "d'après", "da",
)
"""Prepositions that close a clause introducing a reference: "Текст печатается по: …",
"… даются по изд.: …", "… почерпнута из изданий: …", "Reprinted in: …"."""

EDITION_NOUN_STEMS: tuple[str, ...] = (
    "изд.", "издани", "публикаци", "кн.", "книг", "ст.", "стать", "сб.", "сборник",
    "текст", "рукопис", "диссертаци", "монографи", "перевод", "автограф", "спис",
    "видан", "публікаці", "книз", "збірник", "edition", "Ausgabe", "édition", "edizione",
)
"""What such a preposition may name before the colon (an edition, a publication, a
book, an article, a manuscript): the stem, so that every case ending is read."""

PUBLISHED_VERB_STEMS: tuple[str, ...] = (
    "опубликован", "опубл.", "напечатан", "перепечатан", "републикован", "воспроизведен",
    "опублікован", "надрукован", "передрукован", "published", "reprinted", "veröffentlicht",
    "abgedruckt", "publié", "pubblicato",
)
"""Verbs of publication that close such a clause alone: "Впервые опубликовано: …"."""

TITLE_NAMING_PHRASES: tuple[str, ...] = (
    "под заглавием", "под названием", "під назвою", "під заголовком", "under the title",
    "sous le titre", "unter dem Titel", "col titolo",
)
"""Phrases that close a sentence by naming the title a work was printed under, so that
what follows their colon is the reference and what precedes it prose: "… речь Ланжерона
была опубликована в Вестнике Европы за февраль 1818 г. под заглавием: Речь, произнесенная
…"."""

EDITORIAL_REMARKS: tuple[str, ...] = (
    "Курсив мой", "Курсив наш", "Курсив автора", "Курсив в оригинале", "Выделено мной",
    "Выделено нами", "Выделено автором", "Выделено в оригинале", "Подчеркнуто мной",
    "Подчеркнуто в оригинале", "Emphasis added", "Emphasis in original", "Italics mine",
    "Italics in original", "Souligné par nous", "Souligné dans l’original",
    "Souligné dans l'original", "C’est nous qui soulignons", "C'est nous qui soulignons",
    "Hervorhebung im Original", "Hervorhebung von mir", "Hervorhebung d. Verf.",
)
"""Remarks on a quotation that may follow a pinpoint ("Там же. С. 5. Курсив мой."):
the cite's suffix. Any other text after a repeated reference stays leftover."""

IBID_MARKERS: tuple[str, ...] = (
    "Там же", "там же", "Ibid.", "ibid.", "Ibid", "Ibidem", "ibidem", "Ebd.", "ebd.",
    "Ebenda", "ebenda", "Там само", "там само", "Там жа", "там жа", "Tamże", "tamże",
    "Id.", "id.", "Ibd.", "ibd.", "Ivi", "ivi",
    "Тамъ же", "тамъ же",
)
"""GOST R 7.0.5 clause 8: "Там же" (and the Latin and German equivalents; Ukrainian
"Там само", Belarusian "Там жа", Polish "Tamże"); the Bluebook's "Id." (rule 4.1: the
authority cited just before); Italian "Ivi" (the same work, another page); "Тамъ же", as
books printed before 1918 and notes reprinting them spell it (biblio.data.pre_reform_spelling)."""

OP_CIT_MARKERS: tuple[str, ...] = (
    "Указ. соч.", "указ. соч.", "Цит. соч.", "цит. соч.", "Op. cit.", "op. cit.",
    "Op. cit", "op. cit", "a. a. O.", "a.a.O.", "Указ. праця", "указ. праця",
    "Вказ. праця", "вказ. праця", "Зазнач. праця", "зазнач. праця", "Цит. праця",
    "цит. праця", "Назв. праця", "назв. праця", "Dz. cyt.", "dz. cyt.",
    "Loc. cit.", "loc. cit.",
    # as Soviet notes print it: "Ук. соч." in linguistics and philology ("А. А. Зализняк.
    # Ук. соч., стр. 21"), and the period read as a comma by the OCR of scanned books
    # ("С. Г. Струмилин. Указ, соч., стр. 52.")
    "Ук. соч.", "ук. соч.", "Указ, соч.", "указ, соч.",
    # "названное сочинение", "названная работа", as older Soviet notes print the work
    # named before ("М. Ф. Болтенко, назв. работа, стр. 40"), the Russian of Ukrainian's
    # "Назв. праця"
    "Назв. соч.", "назв. соч.", "Назв. работа", "назв. работа", "Цит. работа", "цит. работа",
)
"""GOST R 7.0.5 clause 8: "Указ. соч." after the author of a work cited before;
Ukrainian "Указ. праця", "Вказ. праця", Polish "Dz. cyt." (dzieło cytowane); "loc. cit."
(the place cited: the work and the page of its last citation)."""

IDEM_MARKERS: tuple[str, ...] = (
    "Он же", "Она же", "Они же", "Его же", "Ее же", "Её же", "Их же", "Idem", "idem", "Eadem", "eadem", "Ead.", "Iidem", "Ders.",
    "Dies.",
    "Він же", "Вона же", "Його ж", "Її ж", "Tenże", "Taż",
    "Онъ же", "Ихъ же",
)
"""The author of the previous reference, repeated: "Он же. Другая книга. М., 2001"
(the genitive "Его же" — "[a work] of the same" — is as common in footnotes); "Онъ же",
"Ихъ же" in the spelling before 1918."""

NO_SPLIT_ABBREVIATIONS: frozenset[str] = frozenset(
    """Vol vol Bd Tome fasc Fasc Dir dir Coord coord Hrsg hrsg Hg hg Сост сост Ред ред
    Пер пер Вып вып No Nr Iss Livr Num Стб стб Стр стр pp Pp col Col Sp fol Fol ll Лл
    лл Кн кн Pt pt Tl Ch Ср См Cf Vgl Dr Prof St Ste Mr Mrs Mme Mlle Авт авт Гл Отв
    Науч Сер Ser Sér Jg Trad Trans Übers Comp Указ Цит Op
    Вип вип Арк арк Спр спр Упоряд упоряд Відп Див Вказ Зазнач Назв Dz Zob Por Cyt
    подгот Подгот
    им ім
    cop сор
    """.split()
)
"""Abbreviations that never end an area: a period after them is followed by their
number or names ("Vol. 3", "Dir. de M. …", "Сост. О.В. …", "Изд. подгот. А. П. …"), GOST
7.0.12/7.11. "им." and Ukrainian "ім." (имени, імені) are followed by the name an
institution bears: "Музей Театра им. Евг. Вахтангова", "Інститут літератури ім. Т. Г.
Шевченка НАН України", "Моск. гос. пед. ин-та им. В. И. Ленина". "cop." (copyright, also
typed with the Cyrillic look-alikes "сор.") is followed by its year: the date of copyright a
publication area gives when the book prints no year of its own (GOST 7.1-2003 clause 5.5:
"М. : Интерсофт, cop. 1997")."""

KEEP_PERIOD_ABBREVIATIONS: frozenset[str] = frozenset(
    {"гг", "г", "вв", "в", "т", "etc", "др", "al",
     # "and following" closing a pinpoint: "С. 30 и сл.", "S. 15 f.", "P. 5 sq."
     "сл", "f", "ff", "sq",
     # GOST 7.0.12-2011: words of collected-works titles ("Полн. собр. соч.", "Избр. произв.")
     "соч", "тр", "зап", "изв", "произв", "ст", "сб",
     # words of an edition statement (GOST 7.0.12-2011; GOST 7.11-2004):
     # "3-е изд., испр. и доп.", "2nd rev. and enl. ed.", "2., erw. Aufl."
     "испр", "доп", "перераб", "расш", "стер", "rev", "enl", "corr", "augm", "erw",
     "überarb", "verb", "изд", "ed", "éd", "aufl"}
)
"""Abbreviations that end a title ("1931—1936 гг."): their period stays in the title."""


HEREAFTER_WORDS: tuple[str, ...] = (
    "далее", "далі", "hereafter", "hereinafter", "henceforth", "ci-après", "désormais",
    "im Folgenden", "weiter", "dalej",
)
"""Words that define an abbreviation on first mention: "(далее – РГАСПИ)"."""


GENITIVE_ROLES: frozenset[str] = frozenset({
    "под общ. ред.", "под общей ред.", "под ред.", "под. ред.", "под. общ. ред.", "під ред.",
    "под общ. редакцией", "под научной ред.", "под науч. редакцией", "під заг. ред.",
    "під редакцією", "за загальною редакцією", "под редакцией",
    "под общей редакцией", "под научной редакцией", "перевод",
    "под науч. ред.", "пер.", "в пер.", "в переводе", "за ред.", "за заг. ред.", "за редакцією", "пад рэд.",
    "пад. рэд.",
    "подгот. текста", "публ.", "вступ. ст.", "предисл.", "послесл.", "коммент.", "комент.",
    "примеч.",
})
"""Russian role words that put the names after them in the genitive ("под ред. В.Н.
Сухова", "пер. с англ. В. Макарова", "подгот. текста Д. С. Лихачева", "вступ. ст. и
коммент. А. О. Чубарьяна"), and their Ukrainian ("під ред.", "за редакцією", "за заг.
ред.": ДСТУ 3582:2013) and Belarusian ("пад рэд. Я.К. Новіка") counterparts; "сост.", "отв.
ред.", "изд. подгот.", "рец.", "отв. за вып.", "авт. предисл." are followed by the
nominative (GOST 7.1-2003 examples), as Ukrainian "гол. ред." is ("гол. ред. Н. О.
Горюхіна")."""


NOTE_WORDS: tuple[str, ...] = (
    "n.", "nn.", "n", "note", "notes", "N.", "Anm.", "Fn.", "FN", "nota", "прим.",
)
"""The word for a footnote in a back-reference to the note where a work was cited in
full: "supra note 12" (Bluebook rule 4.2), "op. cit., n. 18", "(n 12)" (OSCOLA 1.4),
"(oben N. 17)", "Anm. 5", "Fn. 5" (German), "cit. alla nota 5" (Italian)."""

ABOVE_WORDS: tuple[str, ...] = (
    "supra", "Supra", "above", "oben", "sopra", "cit. alla", "cit. supra", "ci-dessus", "выше",
)
"""Words before a note number that point back to it: "supra note 12", "above, n. 12",
"(oben N. 17)", "cit. alla nota 5"."""

PREVIOUS_NOTE_PHRASES: tuple[str, ...] = (
    "vorige N.", "vorige Anm.", "vorige Fn.", "vorherige Fn.", "previous note",
    "preceding note", "nota precedente", "nota prec.", "note précédente",
    "предыдущее прим.",
)
"""A back-reference to the note just before: "Carbonnier (vorige N.) a.a.O."."""

SHORT_FORM_MARKERS: dict[str, str] = {
    "op. cit.": "op-cit", "Op. cit.": "op-cit", "op.cit.": "op-cit", "op. cit": "op-cit",
    "a.a.O.": "op-cit", "a. a. O.": "op-cit", "cit.": "op-cit", "loc. cit.": "loc-cit",
    "Loc. cit.": "loc-cit", "id.": "ibid", "Id.": "ibid", "ibid.": "ibid", "Ibid.": "ibid",
    "ebd.": "ibid", "ebenda": "ibid", "supra": "op-cit", "above": "op-cit",
    **{marker: "loc-cit" if marker.lower().startswith("loc") else "op-cit"
       for marker in OP_CIT_MARKERS},
}
"""Markers written after the author's family name, without initials, in the note styles
of other traditions, and every op. cit. marker of GOST's notes (OP_CIT_MARKERS: «Иванов,
указ. соч.», «Зализняк, ук. соч.», Ukrainian «вказ. праця», Polish "dz. cyt."): "Smith, op. cit., p. 12" (Chicago 16 and British usage), "Vogel,
id., p. 79" (Bluebook 4.1 after a name), "Geiger, a.a.O., S. 7", "Rossi, cit., p. 5"
and "Rossi, Storia di Venezia, cit., p. 5" (Italian), "Smith, supra note 12, at 45"
(Bluebook 4.2), "loc. cit." (the place cited: the work and the page of its last
citation). "ibid" is the work just cited, when it is that author's."""

LOCATOR_WORDS: dict[str, str] = {
    "para": "paragraph", "para.": "paragraph", "paras": "paragraph", "paras.": "paragraph",
    "Rn.": "paragraph", "Rdnr.": "paragraph", "§": "section", "§§": "section",
    "Chapter": "chapter", "chapter": "chapter", "ch.": "chapter", "Ch.": "chapter",
    "Kap.": "chapter", "cap.": "chapter", "art.": "section", "Art.": "section",
}
"""Locator words of legal and German notes besides the page terms of LOCATOR_LABELS:
"para 4.6" (OSCOLA), "Rn. 12" (Randnummer), "§ 5", "Chapter VIII" (CSL labels)."""

YEAR_PREPOSITIONS: frozenset[str] = frozenset({
    "в", "во", "с", "со", "до", "после", "к", "от", "по", "около", "in", "since", "until",
    "till", "by", "from", "to", "after", "before", "around", "im", "seit", "bis", "ab",
    "nach", "vor", "um", "en", "depuis", "jusqu", "après", "avant", "vers", "nel", "dal",
    "al", "fino", "dopo", "prima", "у", "з", "від", "w", "od", "po", "przed",
})
"""Prepositions that make a year part of a sentence ("в 1937 г.", "in 1991", "seit
1975"): such a year is no sign of a reference in commentary."""

YEAR_NOUNS_IN_PROSE: frozenset[str] = frozenset({
    "году", "годом", "годах", "годам", "годами", "році", "роках", "роком",
})
"""The word «год» (Ukrainian «рік») after a year in the cases only a sentence governs
(«к 1926 году», «в 1930-м годах», «пишет, что [в] 1926 году …», «у 1926 році»):
a reference dates with «г.», «р.» or a newspaper's «5 мая 1926 года», never with these,
so such a year is no sign of a reference in commentary (Russian grammar: the
prepositional, dative and instrumental of «год»; Ukrainian «рік», «році»)."""

REFERENCE_SIGN_WORDS: tuple[str, ...] = (
    "pag.", "pagg.", "pp", "c.", "cc.", "vol.", "voll.", "vols.", "busta", "buste", "b.",
    "reg.", "fasc.", "n°", "nr.", "Nr.", "Bd.", "Hft.", "Jg.", "fol.", "ff.", "sgg.", "segg.",
    "cit.", "op.", "eds.", "ed.", "Hrsg.", "Hg.", "éd.", "dir.", "a cura di", "arXiv",
    "et al", "u. a.", "и др.", "n.", "registro", "reg.", "carte", "tomo", "volume", "cl.",
    "sg.", "cod.", "Cod.", "ms.", "Ms.", "MS",
)
"""Words that, followed by a number or standing in a text, mark it as a reference even
when the grammar cannot read it (Italian "pag. 174", "busta 8450", "cc. 43v"; editors;
"et al"): commentary has no such words."""
DOCUMENT_GENRES: tuple[str, ...] = (
    # GOST 7.1-2003 clause 5.2.5 and appendix A, GOST R 7.0.100-2018 clause 7.3.3:
    # other title information that names the kind of document, abbreviated per
    # GOST 7.0.12-2011 ("учеб. пособие", "сб. ст.", "федер. закон", "офиц. текст")
    "учеб. пособие", "учебное пособие", "учеб.-метод. пособие", "учебно-методическое пособие",
    "нагляд. пособие", "метод. пособие", "метод. рекомендации", "метод. указания",
    "учебник", "учеб.", "монография", "справочник", "справ.", "словарь", "энциклопедия",
    "хрестоматия", "практикум", "курс лекций", "библиография", "библиогр. указ.",
    "сборник статей", "сб. ст.", "сб. науч. тр.", "сб. док.", "сб. документов",
    "межвуз. сб. науч. тр.", "межвуз. сб.", "сб. науч. ст.", "сб.",
    "сборник",  # "сб." written out, as a cataloguer supplies it: ": [сборник]"
    "сборник документов", "материалы конф.", "тез. докл.", "докл.", "протоколы",
    # a publication of archival documents (GOST 7.1-2003 clause 5.2.5's own example: "Год
    # кризиса, 1938-1939 : документы и материалы : в 2 т."), Ukrainian and Belarusian too:
    # the kind of document, as the dev set's rules of annotation read it after a period
    # (GENRES_AFTER_PERIOD) and after the colon
    "документы и материалы", "сборник документов и материалов", "документи і матеріали",
    "збірник документів і матеріалів", "дакументы і матэрыялы",
    "стеногр. отчет", "стенографический отчет", "офиц. текст", "официальный текст",
    "сайт", "официальный сайт", "портал", "науч. изд.", "науч.-попул. изд.",
    # the same written out, as GOST R 7.0.100-2018 prefers (clause 4.11: abbreviations
    # are optional) and its appendix A prints them
    "методическое пособие", "методические рекомендации", "методические указания",
    "наглядное пособие", "практическое пособие", "справочное пособие", "справочное издание",
    "сборник научных трудов", "сборник научных статей", "сборник материалов",
    "материалы конференции", "материалы научной конференции", "тезисы докладов",
    "библиографический указатель", "научное издание", "научно-популярное издание",
    "учебно-методический комплекс", "альбом", "атлас", "путеводитель", "каталог",
    # a course's teaching set abbreviated per GOST 7.0.12-2011 and DSTU 3582:2013: "Управління
    # якістю : навч.-метод. компл."; not "комплекс" as a head that any adjective qualifies
    # («Экономика Сибири : агропромышленный комплекс» is a subtitle)
    "учеб.-метод. комплекс", "учеб.-метод. компл.", "навч.-метод. комплекс",
    "навч.-метод. компл.", "навчально-методичний комплекс",
    # GOST 7.1-2003 clause 5.2.5: the kind alone, a guide's readers after it ("Как правильно
    # оформить выходные сведения издания : Пособие для издателя"), a yearbook ("Астрономический
    # календарь : Переменная часть : Ежегодник"), a photo album ("Башкортостан : фотоальбом");
    # GOST 7.0.12-2011 abbreviates "каталог" as "кат." ("Христианские реликвии в Московском
    # Кремле : Кат.")
    "пособие", "ежегодник", "фотоальбом", "кат.",
    # Ukrainian lists under DSTU 7.1:2006 and DSTU 8302:2015 print the same statements
    "підручник", "посібник", "навч. посіб.", "довідник", "збірник", "зб. наук. пр.",
    "монографія", "словник",
    # DSTU 3582:2013 abbreviations and DSTU 8302:2015 examples
    "підруч.", "навч. посібник", "конспект лекцій", "курс лекцій", "зб. ст.",
    "зб. матеріалів", "метод. рек.", "методичні рекомендації", "довід.", "енциклопедія",
    "хрестоматія",
    # Belarusian lists print the same statement ("Беларуская літаратура XIX ст.: Хрэстаматыя.")
    "хрэстаматыя",
    # and the other kinds in Belarusian, which Belarusian lists print where GOST 7.1-2003
    # clause 5.2.5 puts them ("Вялікае княства Літоўскае : Энцыклапедыя", "Гісторыя
    # Беларусі … : вучэб. дапам.")
    "энцыклапедыя", "вучэб. дапам.", "вучэбны дапаможнік", "дапаможнік", "слоўнік",
    "даведнік", "зборнік",
    # the same statements in English, as ISO 690 and Ukrainian and Russian lists in English
    # print them ("… Models : monograph / I. Pavlenko et al."; GOST R 7.0.100-2018 clause
    # 7.3.3 for an English-language site: ": [site]")
    "monograph", "textbook", "manual", "handbook", "course of lectures",
    "a course of lectures", "lecture notes", "study guide", "site", "website",
    "official site", "official website", "collection of articles", "reference book",
    # GOST 7.0.12-2011: "журн." for a journal described as a whole (a site or an
    # electronic journal: "Экология и жизнь : науч.-попул. журн. : [офиц. сайт]")
    "офиц. сайт", "журн.", "журнал", "электрон. журн.",
    # the same statements romanized, as the transliterated "References" of Russian and
    # Ukrainian journals print them (GOST 7.79-2000 system B, BGN; "Rossiya v mirovom
    # soobschestve tsivilizatsiy : ucheb. posob. dlya vuzov")
    "ucheb. posob.", "ucheb. posobie", "uchebnoe posobie", "uchebnik", "monografiya",
    "monografija", "sb. st.", "sb. nauch. tr.", "sbornik statei", "sbornik statey",
    "navch. posib.", "pidruchnyk", "monohrafiia",
    # GOST 7.1-2003 clause 5.2.5 and the catalogue records that follow it: a course's or a
    # circle's programme (": программа курса", "Основи військової топографії: Програма
    # гуртка"), recommendations (": рекомендации", as a breeding institute's record prints
    # them), materials for information and method abbreviated per GOST 7.0.12-2011 and
    # DSTU 3582:2013 (": інформ.-метод. матеріали"), and «навч. пос.», the Ukrainian
    # textbook's «посібник» cut shorter than DSTU 3582's «посіб.» (": навч. пос. для студ.")
    "программа", "програма", "праграма", "рекомендации", "рекомендації",
    "информ.-метод. материалы", "інформ.-метод. матеріали", "учеб.-метод. материалы",
    "навч.-метод. матеріали", "навч. пос.",
)
"""Other title information that says what kind of document a work is (CSL `genre`),
taken out of the title when it stands alone after ":"; compared in lower case."""

PROCEEDINGS_GENRE_HEADS: tuple[str, ...] = (
    # GOST 7.1-2003 clause 5.2.5 examples (": материалы науч.-практ. конф."), DSTU 8302:2015
    # (": матеріали Міжнар. наук.-практ. конф., м. Київ, 27—28 січ. 2017 р."): the word
    # that opens the statement of a meeting's proceedings or a collection
    "материалы", "матеріали", "тезисы", "тези", "труды", "праці", "сборник", "збірник",
    "сб.", "зб.", "proceedings",
)
MEETING_TERMS: tuple[str, ...] = (
    # the meeting the statement names, written out or abbreviated (GOST 7.0.12-2011,
    # DSTU 3582:2013): "конф.", "конференции", "конференції", "симп.", "семинара", …
    "конф.", "конференции", "конференций", "конференції", "конференцій", "симпозиума",
    "симпозіуму", "симп.", "семинара", "семінару", "съезда", "з'їзду", "з’їзду", "чтений",
    "читань", "форума", "форуму", "школы-семинара", "conference", "congress", "symposium",
    "workshop",
)
"""A proceedings statement names a meeting after its head: "материалы межрегиональной
научно-технической конференции (14‒15 ноября 2013 г.)", "сб. ст. по мат. XXX междунар.
студ. науч.-практ. конф."; the statement, with the meeting's place and dates, is the
genre, not the title of the proceedings."""

GENRE_HEADS: tuple[str, ...] = (
    # GOST 7.1-2003 clause 5.2.5 and appendix A, GOST R 7.0.100-2018 clause 7.3.3,
    # abbreviated per GOST 7.0.12-2011 (Russian) and DSTU 3582:2013 (Ukrainian): the nouns
    # that name a kind of document, which the other title information qualifies ("учебно-
    # практическое пособие", "гос. библиогр. указ. Рос. Федерации", "науч.-практ. и
    # теорет. сб.", "Учебно-справочное пособие по географии", "навч. посібник")
    "пособие", "учебник", "справочник", "сборник", "сб.", "указатель", "указ.",
    "ежегодник", "словарь", "энциклопедия", "хрестоматия", "практикум", "монография",
    "атлас", "путеводитель", "издание", "изд.", "рекомендации", "указания",
    "посібник", "посіб.", "підручник", "довідник", "збірник", "зб.", "покажчик",
    "щорічник", "словник", "енциклопедія", "монографія", "видання", "хрестоматія",
    "хрэстаматыя",
    "журн.", "журнал", "сайт", "портал", "бюллетень", "бюл.",
    # a newspaper described as a whole, with its frequency (GOST 7.1-2003 clause 5.2.5 and
    # its serial examples, "Успех : еженед. газ."; GOST 7.0.12-2011 "газ.", "ежедн.")
    "газ.", "газета",
    # a law's commentary (GOST 7.0.12-2011 "коммент.", DSTU 3582:2013 "комент."), qualified
    # as legal books print it: "Закон України «…» : наук.-практ. комент. / Одес. держ. ун-т
    # внутр. справ.", "Бюджетний кодекс України [Текст] : наук.-практ. комент. : станом на
    # 1 берез. 2011 р."; bare, "коммент." before names is a role (ROLE_TERMS)
    "комментарий", "коммент.", "коментар", "комент.",
)
"""Heads of a genre that words before them qualify: an adjective or an abbreviation
("учебно-практическое", "гос.", "науч.-практ. и теорет.") and the head make the genre."""

LEGISLATION_GENRES: tuple[str, ...] = (
    # GOST 7.1-2003 clause 5.2.5 examples, GOST R 7.0.5-2008 examples of official documents
    "федер. закон", "федеральный закон", "федер. конституц. закон", "закон", "кодекс",
    "указ", "постановление", "распоряжение", "приказ", "конституция", "декрет",
    "указание", "инструкция",
    # DSTU GOST 7.1:2006 and DSTU 8302:2015: the Ukrainian kinds ("Закон України від …",
    # "Постанова Каб. Міністрів України № 55 від …", "наказ М-ва освіти і науки України від
    # …", "розпорядження Каб. Міністрів України від …")
    "постанова", "наказ", "розпорядження", "інструкція",
    "федеральный конституционный закон",  # the abbreviated kind's full form, as legal
    # reference lists write it before the date ("Федеральный конституционный закон от 3
    # ноября 2004 г. № 6-ФКЗ «…»")
)
"""Genres that make the work `legislation` ("указ Президента РФ от 12 мая 2008 г. № 724");
the words after them up to the date or number stay in the genre."""

ADOPTION_STEMS: tuple[str, ...] = (
    # GOST 7.1-2003 clause 5.2.5's statements of a legal act after its title (the examples
    # ": федер. закон : [принят Гос. Думой 24 нояб. 1995 г. : одобр. Советом Федерации …]",
    # ": утв. М-вом юстиции …"); DSTU GOST 7.1:2006's Ukrainian ("затв. Указом
    # Президента України …", "прийнятий", "схвал."), and the act's text "по состоянию на"
    "принят", "прийнят", "одобр", "схвал", "утв", "затв", "введен в действие",
    "текст кодекса по состоянию", "текст по состоянию",
    # the statement of the changes a code's text includes, up to a date, in the same place
    # ("Гражданский кодекс Российской Федерации : полный текст с изм. и доп. на 15 янв.
    # 1999 г.", "Науково-практичний коментар Кримінального процесуального кодексу України :
    # із змін. та допов. на 12 берез. 2016 р."; GOST 7.0.12-2011 "изм.", "доп.", DSTU
    # 3582:2013 "змін.", "допов.")
    "полный текст с изм", "текст с изм", "с изм", "із змін", "зі змін",
)
"""Stems that open the statements of adoption of a legal act, other title information that
is neither its title nor its genre (kept in `note`)."""

LAW_NUMBERED_COLLECTIONS: tuple[str, ...] = (
    "Полное собрание законов Российской империи", "Полное собрание законов", "ПСЗРИ",
    "ПСЗ РИ", "ПСЗ",
)
"""Official collections that number the acts themselves, one running number through all
their volumes: the Полное собрание законов Российской империи (1830–1916, three
"собрания", each act numbered, "ПСЗ. Т. XIV. № 10365", "ПСЗ-1", "Собр. 2"). The "№" in a
reference to them is the act's number (CSL `number`), not an issue of a serial."""

STANDARD_DESIGNATIONS: tuple[str, ...] = (
    # GOST 7.1-2003 clause 7.1.4 (normative documents) and R 7.0.5 examples:
    # "ГОСТ Р 7.0.4–2006", "ГОСТ 7.1–2003", "ГОСТ Р ИСО 9001–2015", "СНиП 2.01.07–85";
    # the sanitary norms of labour-safety lists: "СН 3223-85", "СН 2.2.4/2.1.8.562-96";
    # Belarusian lists write an interstate GOST as "ДАСТ" (міждзяржаўны стандарт): "ДАСТ
    # 2.051–2013", "ДАСТ 31279–2004", "ДАСТ 7.1–2003" (the National Library of Belarus);
    # the building codes' "СНиП" as course lists and standards' own reference lists type
    # it too, "СниП 2.01.07-85*" and in capitals "СНИП 2.08.01-89"
    "ГОСТ Р ИСО", "ГОСТ ISO", "ГОСТ Р", "ГОСТ", "ОСТ", "СТО", "СТБ", "ДСТУ", "ДАСТ", "СНиП",
    "СниП", "СНИП",
    "СанПиН", "СП", "СН", "ТУ", "ISO", "IEC", "DIN", "EN",
    # the documents of standardization and metrology that a standard's «Библиография»
    # (GOST R 1.5-2012 clause 3.10) lists after their kind: interstate recommendations
    # and rules ("РМГ 29—2013", "ПМГ 96—2009"), the national recommendations and rules,
    # whose designation carries the index 50 ("Р 50.2.078—2011", "ПР 50.2.006-94"),
    # metrology's methodical instructions ("МИ 2304—08"), guidance documents ("РД
    # 50-160-79") and sanitary methodical guidelines ("МУ 2.6.1.1088-02", "МУК 4.1.1478-03")
    "РМГ", "ПМГ", "Р 50.", "ПР", "МИ", "РД", "МУ", "МУК",
    # transliterated, as Russian journals' reference lists in Latin script («References»,
    # the RSCI's transliteration) print them: "GOST 12248-96. Grunty. …", "SP 11-105-97.
    # Inzhenerno-geologicheskie izyskaniya …", "SNiP 2.02.01-83*"
    "GOST R", "GOST", "SNiP", "SanPiN", "SP",
)
"""Designations that open a standard's number; the number is the reference's heading."""

REVIEW_NOTE_TERMS: tuple[str, ...] = (
    # GOST 7.1-2003 (DSTU GOST 7.1:2006), the note of a review or an abstract: the
    # reviewed (abstracted) work follows these words, Russian and the Latin-script ones
    "Рец. на кн.", "Рец. на ст.", "Реф. кн.", "Реф. ст.", "Rev. op.", "Ref. op.",
)
"""The words of a review's note area before the reviewed work ("— Рец. на кн.: …")."""

PATENT_HEADINGS: tuple[str, ...] = ("Патент", "Пат.", "Пат", "А. с.")
"""The kinds that head a patent described under its heading, before the title: GOST 7.1-84
and GOST 7.1-2003 (annex A, patent documents) give "А. с. 1007970 СССР, МКИ3 В 25 J 15/00.
Устройство для захвата …" and "Пат. 2187888 Российская Федерация, МПК7 H 04 B 1/38, H 04 J
13/00. Приемопередающее устройство …"; lists typed in haste drop the abbreviation's period
("Пат 1044224 СССР, МКИ5 …", a Ukrainian textbook's appendix); GOST R 7.0.100-2018 writes
the kind out and numbers it after «№» ("Патент № 2638963 Российская Федерация, МПК B01J
23/755 (2006.01). Катализатор …")."""

PATENT_TERMS: tuple[str, ...] = (
    # GOST 7.1-2003 clause 7.1.5, R 7.0.5 examples: "Приемопередающее устройство :
    # пат. 2187888 Рос. Федерация", "а. с. 1007970 СССР" (авторское свидетельство)
    "пат.", "пат", "патент", "а. с.", "авт. свид.", "свидетельство",
    # capitalized after the colon by GOST 7.1-84's examples ("Электрографический
    # микрофильмирующий аппарат: А. с. 1254421 СССР, МКИ G03G15/00."): the headings' kinds
    *PATENT_HEADINGS,
)
"""The other title information of a patent, before its number."""

PATENTS_BY_NUMBER: tuple[str, ...] = (
    # a patent cited by its kind, country and number alone, with no title: the prior art
    # of Russian patent descriptions ("[Пат. РФ №2381042, кл. A61N 1/16, G12B 17/02.
    # Опубл. 10.02.2010]", "Авт. свид. №131005, опубл. в БИ №16, 1960 г.") and the
    # English translations of Russian journals ("RF Patent No. 2220169 (Dec. 27, 2003).",
    # "USSR Inventor's Certificate No. …")
    "Пат.", "Патент", "А. с.", "А.с.", "Авт. свид.", "Авт. св.",
    "RF Patent", "USSR Patent", "US Patent", "USSR Inventor's Certificate",
    "Inventor's Certificate", "Patent",
)
"""The kind of document that opens a patent cited by its number ("… No. 2220169")."""

OFFICIAL_HEADINGS: tuple[str, ...] = (
    # GOST 7.80-2000 clause 5.3 (heading of a legislative document): a jurisdiction,
    # then the body or "Законы", "Конституция (1993)"
    "Законы", "Президент", "Правительство", "Государственная Дума", "Совет Федерации",
    "Федеральное Собрание", "Конституционный Суд", "Верховный Суд", "Конституция",
    "Постановления", "Указы",
)
"""The second element of the heading of an official document ("Российская Федерация.
Законы."); the heading goes to CSL `authority`, the title follows it."""

DOCUMENT_NOUNS: frozenset[str] = frozenset({
    # the kinds of document that open the title of an archival or published document
    # (GOST R 7.0.5-2008 clause 11 examples: "Письмо Б. С. Боднарскому", "Записка …")
    "Письмо", "Письма", "Записка", "Записки", "Докладная", "Доклад", "Донесение",
    "Телеграмма", "Шифртелеграмма", "Справка", "Протокол", "Постановление", "Приказ",
    "Распоряжение", "Указ", "Директива", "Меморандум", "Заявление", "Речь", "Выступление",
    "Беседа", "Дневник", "Обращение", "Послание", "Рапорт", "Отчет", "Отчёт", "Из",
    "Стенограмма", "Резолюция", "Циркуляр", "Инструкция", "Воспоминания", "Автобиография",
    "Переписка", "Показания", "Запись",
})
"""Words that start a document's title before its author's initials ("Письмо Г.В.
Чичерина в ЦК"): such a title has no heading, though it reads like "Family I.I."."""

LETTER_NOUNS: frozenset[str] = frozenset({
    "Письмо", "Письма", "Записка", "Телеграмма", "Шифртелеграмма", "Шифротелеграмма",
    "Запись", "Записи",
})
"""The kinds of document DOCUMENT_NOUNS names that are letters or diary entries: their
date after "от" is the document's date, not part of its name ("Письмо от 4 сентября 1906
г."); a meeting's minutes or shorthand record ("Стенограмма … от 19 сентября 1940 года")
are named by their date and keep it. The cipher telegram is spelled both ways
(«шифртелеграмма», «шифротелеграмма»)."""

LETTER_QUALIFIERS: frozenset[str] = frozenset({
    "Служебная", "Докладная", "Объяснительная", "Аналитическая", "Секретная",
    "Личное", "Частное", "Открытое", "Секретное", "Шифрованная", "Срочная",
})
"""Adjectives that name a kind of letter, memorandum or telegram before its noun, as the
archival notes of Soviet and diplomatic history name the document they cite ("Служебная
записка Громыко на имя Сталина от 21 января 1952 г. (АВП РФ. Ф. 07 …)", "Докладная
записка Берии Сталину от 12 мая 1944 г.", "Личное письмо … от …"): the noun after one of
them is the document's kind (LETTER_NOUNS), and its date after "от" is its `issued`."""

COMMUNICATION_NOUNS: tuple[str, ...] = (
    "Личное сообщение", "Устное сообщение", "Письменное сообщение", "Письмо", "Из письма",
)
"""Words that name a message or a letter before its writer's name in the genitive, as
notes cite what the author was told or written ("Личное сообщение А. Г. Чернова 4 апр.
1967 г.", "Письмо И. К. Янковской … от 18 апр. 1967 г."): parse.personal_communications."""

TALK_NOUNS: tuple[str, ...] = (
    "Из доклада", "Доклад", "Из выступления", "Выступление", "Из лекции", "Лекция",
)
"""Words that name a talk before its speaker's name in the genitive and its title in quotes
(«Из доклада проф. Ф. Х. Бахтеева "…", читанного в Москве … 24 нояб. 1965 г.»):
parse.personal_communications."""

SEASONS: tuple[str, ...] = ("зимой", "весной", "летом", "осенью")
"""The seasons in the instrumental case a date takes before its year ("осенью 1967 г.")."""

ACT_NOUNS: frozenset[str] = frozenset({
    "Декрет", "Постановление", "Указ", "Резолюция", "Манифест", "Высочайший", "Высочайшее",
    "Распоряжение", "Приказ", "Закон", "Циркуляр", "Положение", "Устав",
})
"""Words that open the title of a law or a decree cited in a note by its kind, its body,
its subject and its date ("Резолюция ВЦИК по вопросу печати от 4 (17) ноября 1917 года",
"Высочайший манифест от 6 мая 1868 г. // Полное собрание законов …"): the date after "от"
is the act's, its `issued`."""

UNSIGNED_HEADINGS: tuple[str, ...] = (
    # «Б. п.», «без подписи»: an unsigned article, as bibliographies of the Russian press
    # list it in angle or square brackets, the cataloguer's own words ("<Б. п.> Три месяца
    # за Дунаем в 1828 году.- Там же, т. XXXIII;", a book on Russian travel prose)
    "<Б. п.>", "[Б. п.]", "<Без подп.>", "[Без подп.]", "<Без подписи>", "[Без подписи]",
    # a work of many authors none of whom the heading names, as Russian book trade and
    # library catalogues head it ("Коллектив авторов. Отечественная война и русское
    # общество: 1812-1912. Том III.", a book on 1812), and the Ukrainian
    "Коллектив авторов.", "Авторский коллектив.", "Колектив авторів.", "Авторський колектив.",
)
"""Headings that say no author is named: the work is described under its title, as GOST
7.80-2000 (the heading of a bibliographic record) has a work whose author is not named, so
the words name no author and belong to no title."""

LAW_TITLE_WORDS: tuple[str, ...] = (
    "Конституция", "Кодекс", "кодекс", "Закон", "закон", "Основы законодательства",
    "Уложение", "Устав", "Указ", "Декрет", "Постановление", "Положение",
    "ГК", "УК", "УПК", "ГПК", "АПК", "КоАП", "НК", "ТК", "СК", "ЖК", "ЗК", "БК", "КЗоТ",
)
"""Words that name a law by its title, or the usual abbreviations of the Russian codes
(ГК РФ — Гражданский кодекс, УК — Уголовный, УПК, ГПК, АПК — процессуальные, КоАП, НК —
Налоговый, ТК — Трудовой, СК — Семейный, ЖК — Жилищный, ЗК — Земельный, БК —
Бюджетный, КЗоТ), as legal and historical notes cite a law with its article."""

UKRAINIAN_LAW_TITLE_WORDS: tuple[str, ...] = (
    "Конституція", "Кодекс", "кодекс", "Закон", "закон", "Статут", "Указ", "Постанова",
    "Декрет", "КК",
)
"""The Ukrainian words that name a law by its title, and the criminal code's abbreviation
(КК — Кримінальний кодекс): «Кримінальний кодекс УРСР 1960 р.», «Статут Великого
князівства Литовського 1588 р.», «Закон України від 23 травня 1991 р.». Not «ЦК»
(Цивільний кодекс), which Ukrainian historical notes print far more often as the Central
Committee («Звіт ЦК КП(б)У»)."""

ARTICLE_TERMS: tuple[str, ...] = ("Статья", "статья", "Ст.", "ст.")
"""The article of a law, its pinpoint (CSL locator "section")."""

GENRES_AFTER_PERIOD: tuple[str, ...] = (
    "сб. док.", "сб. документов", "сборник документов", "сб. ст.", "сборник статей",
    "документы и материалы", "сборник документов и материалов",
    "сб. док. и материалов", "сб. документов и материалов", "сб. науч. тр.", "материалы конф.",
    "стеногр. отчет", "стенографический отчет",
    "справочник", "каталог выставки", "учебник для", "учебное пособие для",
    "учеб. пособие для", "межвуз. сб. науч. тр.",
    # a textbook's kind alone closing the title before the statement of responsibility,
    # where GOST prints " : учеб. пособие" ("Административное правонарушение: понятие,
    # состав, квалификация. Учебное пособие / Кисин В.Р. - М., 1991", a police academy's
    # lecture notes)
    "учебное пособие", "учеб. пособие", "учебник",
    # the same genres written out, after a host's title ("// Русская и европейская
    # философия: пути схождения. Сборник материалов конференции. СПб., 1999", "//
    # Историческая демография. Научный журнал. Москва – Сыктывкар, 2011")
    "сборник научных трудов", "сборник материалов конференции", "научный журнал",
)
"""Genres that informal notes print after the title's period instead of GOST's " : "
("В. И. Ленин и ВЧК. Сб. док. (1917–1922)", "1953 год. Каталог выставки", "История
древней русской литературы. Учебник для студентов", a publication of documents: "Русские
полководцы. М.И. Кутузов. Сборник документов и материалов", "«Коммунистическая партия в
период Великой Отечественной войны (июнь 1941—1945 гг.)». Документы и материалы"): only
those that cannot be the second sentence of a title (a textbook named with its readers,
"Учебник для …", is a genre)."""

COLLECTION_DEDICATIONS: tuple[str, ...] = (
    # a collection dedicated to a scholar, as Russian and Ukrainian title pages print its
    # other title information ("Сборник памяти М. М. Герасимова", "Сб. статей к 70-летию
    # акад. В. В. Виноградова", "Збірник на пошану …"): the word after the collection's
    # head that opens the dedication; "к N-летию" and "до N-річчя" are read with their number
    "памяти", "в память", "в честь", "пам'яті", "пам’яті", "на пошану", "на честь",
)

QUALIFIED_GENRE_HEADS_AFTER_PERIOD: tuple[str, ...] = (
    "исследование", "исслед.", "очерк", "статья", "справочник", "дослідження", "нарис",
    "стаття", "довідник",
)
"""Kinds of a scholarly work that notes print qualified after the title's period instead of
GOST 7.1-2003's " : " (clause 5.2.5, other title information): "… церковно-правительственной
власти. Историко-юридическое исследование", "… історичних розкладках. Іст. нарис", "… до
сьогодення. Хронологічний довідник", "… 50-х годов. Неопубл. статья". Bare ("Очерк"), the
word may be the title's own second sentence; qualified, it names the work's kind. Not
"описание": "Библиографическая запись. Библиографическое описание" is GOST 7.1's title."""

APPROXIMATE_DATE_WORDS: tuple[str, ...] = (
    "не ранее", "не позднее", "не позже", "около", "ранее", "позднее", "после", "до",
)
"""Words that make a document's date one the publisher established, not the one it bears:
"Из информации Чувашского обкома … Не ранее 10 ноября 1943 г. // Партархив …", "…
Не позднее 5 мая 1920 г.", "около 12 марта 1918 г.", as the rules for publishing historical
documents date an undated one (Правила издания исторических документов в СССР, 2nd ed.,
1990, on dating: «не ранее», «не позднее», «около», «до», «после»). The date is the
document's `issued`; the words and the date as printed stay in its `note`."""
