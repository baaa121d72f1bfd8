"""Footnote extraction from text layers laid out unlike the sample article.

Each article is written out by hand, page by page; the layouts put the same pages
between different page furniture (page numbers, running heads, form feeds, separator
rules) and number the footnotes in different ways. The expected footnotes are
written by hand too.
"""

from __future__ import annotations

import itertools

import pytest

from biblio import extract_footnotes
from biblio.text.joining import join_lines
from biblio.text.marks import reference_numbers
from biblio.text.pages import PAGE_NUMBER, SEPARATOR, is_page_number, is_separator, running_heads


def numbered(text: str) -> list[tuple[int | None, str]]:
    return [(note.number, note.text) for note in extract_footnotes(text)]


# --- a Russian article of three pages ------------------------------------------------

RUSSIAN_PAGES = [
    (
        [
            "Вопрос о союзе СССР и Франции остаётся спорным1. Советские историки",
            "возлагали ответственность на Париж2, зарубежные — на Москву.",
            "1933 год стал переломным для советской дипломатии: был подписан пакт",
            "о ненападении3.",
        ],
        [
            "{1}Дюллен С. Люди влияния: советские дипломаты в Европе. М., 2009. С. 15.",
            "{2}История внешней политики СССР. Т. 1. М., 1980. С. 285–",
            "286.",
            "{3}Guelton F. Les relations militaires franco-soviétiques dans les années",
        ],
    ),
    (
        [
            "Задачи переговоров сводились к трём:",
            "1. Первое — военная конвенция;",
            "2. Второе — гарантии Польше и Румынии4;",
            "3. Третье — торговый договор5.",
        ],
        [
            "trente // La France et l’URSS. P., 2005. P. 72.",
            "{4}Dullin S. Des hommes d’influences. P., 2001. P. 120.",
            "{5}Ibid. P. 121.",
        ],
    ),
    (
        [
            "15 января 1935 г. Лаваль прибыл в Москву. Дипломаты обсуждали военно-",
            "политический союз6 и писали о француз-",
            "ском проекте7.",
        ],
        [
            "{6}Carley M.J. 1939: the alliance that never was and the coming of World",
            "War II. Chicago, 1999. P. 12.",
            "{7}Шубин А.В. Мир на краю бездны. М., 2004. URL: https://www.persee.fr/doc/",
            "rcsl_0008-0160_1977_num_18_3_1299 (дата обращения: 12.03.2019).",
        ],
    ),
]

RUSSIAN_NOTES = [
    (1, "Дюллен С. Люди влияния: советские дипломаты в Европе. М., 2009. С. 15."),
    (2, "История внешней политики СССР. Т. 1. М., 1980. С. 285–286."),
    (3, "Guelton F. Les relations militaires franco-soviétiques dans les années trente "
        "// La France et l’URSS. P., 2005. P. 72."),
    (4, "Dullin S. Des hommes d’influences. P., 2001. P. 120."),
    (5, "Ibid. P. 121."),
    (6, "Carley M.J. 1939: the alliance that never was and the coming of World War II. "
        "Chicago, 1999. P. 12."),
    (7, "Шубин А.В. Мир на краю бездны. М., 2004. URL: https://www.persee.fr/doc/"
        "rcsl_0008-0160_1977_num_18_3_1299 (дата обращения: 12.03.2019)."),
]

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

MARKERS = {
    "number": lambda n: f"{n} ",
    "number-paren": lambda n: f"{n}) ",
    "number-dot": lambda n: f"{n}. ",
    "bracketed": lambda n: f"[{n}] ",
    "superscript": lambda n: str(n).translate(SUPERSCRIPT_DIGITS) + " ",
}

PAGE_CUES = {
    # what ends a page and begins the next: (before the next page, at its top)
    "page-number": lambda page: ([str(page)], []),
    "dashed-page-number": lambda page: ([f"— {page} —"], []),
    "running-head": lambda page: ([], ["Вестник МГУ. Сер. 8. История. 2019. № 3"]),
    "numbered-running-head": lambda page: ([], [f"{page + 1} ИСТОРИЯ"]),
    "form-feed-and-head": lambda page: ([], ["\fВопросы истории. 2019. № 3"]),
}

SEPARATORS = {"none": None, "underscores": "____________", "dashes": "——————"}


def lay_out(
    pages: list[tuple[list[str], list[str]]], marker: str, cue: str, separator: str
) -> str:
    """The pages as a text layer: body, separator, footnotes, page furniture."""
    lines: list[str] = []
    for number, (body, notes) in enumerate(pages, 11):
        after_previous, top = PAGE_CUES[cue](number)
        if number > 11 or cue in ("running-head", "numbered-running-head"):
            lines += after_previous + top
        lines += body
        if SEPARATORS[separator]:
            lines.append(SEPARATORS[separator])
        lines += [
            line.replace("{", "").replace("}", "") if "{" not in line
            else MARKERS[marker](int(line[1:line.index("}")])) + line[line.index("}") + 1:]
            for line in notes
        ]
    return "\n".join(lines) + "\n"


LAYOUTS = list(itertools.product(MARKERS, PAGE_CUES, SEPARATORS))


@pytest.mark.parametrize(("marker", "cue", "separator"), LAYOUTS)
def test_russian_article_in_any_layout_gives_its_footnotes(marker: str, cue: str, separator: str) -> None:
    extraction = extract_footnotes(lay_out(RUSSIAN_PAGES, marker, cue, separator))
    assert [(n.number, n.text) for n in extraction] == RUSSIAN_NOTES
    assert extraction.problems == []


def test_layout_helper_writes_what_a_text_layer_shows() -> None:
    text = lay_out(RUSSIAN_PAGES, "number-paren", "form-feed-and-head", "underscores")
    lines = text.split("\n")
    assert lines[:6] == [
        "Вопрос о союзе СССР и Франции остаётся спорным1. Советские историки",
        "возлагали ответственность на Париж2, зарубежные — на Москву.",
        "1933 год стал переломным для советской дипломатии: был подписан пакт",
        "о ненападении3.",
        "____________",
        "1) Дюллен С. Люди влияния: советские дипломаты в Европе. М., 2009. С. 15.",
    ]
    assert lines[9:11] == ["\fВопросы истории. 2019. № 3", "Задачи переговоров сводились к трём:"]


# --- an English and a French article in the same layout ------------------------------

ENGLISH_PAGES = [
    (
        [
            "The Franco-Soviet pact of 1935 has been read as a missed chance1. Others",
            "saw in it a mere gesture2.",
            "1934 was the year in which the talks began in earnest3.",
        ],
        [
            "{1}Haslam J. The Soviet Union and the struggle for collective security in",
            "Europe, 1933–39. L., 1984. P. 52.",
            "{2}Ibid. P. 60.",
            "{3}Carley M.J. Down a blind-alley: Anglo-Franco-Soviet relations, 1920–39 //",
            "Canadian Journal of History. 1994. Vol. 29. P. 147–172.",
        ],
    ),
    (
        [
            "Three obstacles stood in the way:",
            "1. The Polish question;",
            "2. The anti-fascist rhetoric of the Comintern4;",
            "3. The distrust of the General Staff5.",
        ],
        [
            "{4}Jackson P. France and the Nazi menace. Oxford, 2000. P. 74. On the anti-",
            "fascist front see: Ibid. P. 80.",
            "{5}Young R.J. In command of France: French foreign policy and military plan-",
            "ning, 1933–1940. Cambridge (Mass.), 1978. P. 12.",
        ],
    ),
    (
        [
            "In May 1935 the pact was signed6.",
        ],
        [
            "{6}Op. cit. P. 15.",
        ],
    ),
]

ENGLISH_NOTES = [
    (1, "Haslam J. The Soviet Union and the struggle for collective security in Europe, "
        "1933–39. L., 1984. P. 52."),
    (2, "Ibid. P. 60."),
    (3, "Carley M.J. Down a blind-alley: Anglo-Franco-Soviet relations, 1920–39 // "
        "Canadian Journal of History. 1994. Vol. 29. P. 147–172."),
    (4, "Jackson P. France and the Nazi menace. Oxford, 2000. P. 74. On the anti-fascist "
        "front see: Ibid. P. 80."),
    (5, "Young R.J. In command of France: French foreign policy and military planning, "
        "1933–1940. Cambridge (Mass.), 1978. P. 12."),
    (6, "Op. cit. P. 15."),
]

FRENCH_PAGES = [
    (
        [
            "Le rapprochement franco-soviétique fut lent1. Le quotidien Paris-Soir en",
            "rendit compte au jour le jour2.",
        ],
        [
            "{1}Duroselle J.-B. La décadence, 1932–1939. P., 1979. P. 87. Voir aussi les",
            "rela-",
            "tions Franco-",
            "Soviétiques au-",
            "delà de 1935.",
            "{2}Paris-",
            "Soir. 1935. 3 mai.",
        ],
    ),
    (
        [
            "1935 fut l’année du pacte3. Les militaires restaient sceptiques4.",
        ],
        [
            "{3}Ibid. P. 90.",
            "{4}Ibid.",
        ],
    ),
    (
        [
            "L’alliance resta sans convention militaire5.",
        ],
        [
            "{5}Vaïsse M. Les militaires français et l’alliance franco-soviétique au cours",
            "des années 1930 // Forces armées et systèmes d’alliances. Montpellier, 1981.",
        ],
    ),
]

FRENCH_NOTES = [
    (1, "Duroselle J.-B. La décadence, 1932–1939. P., 1979. P. 87. Voir aussi les "
        "relations Franco-Soviétiques au-delà de 1935."),
    (2, "Paris-Soir. 1935. 3 mai."),
    (3, "Ibid. P. 90."),
    (4, "Ibid."),
    (5, "Vaïsse M. Les militaires français et l’alliance franco-soviétique au cours des "
        "années 1930 // Forces armées et systèmes d’alliances. Montpellier, 1981."),
]


@pytest.mark.parametrize(("cue", "separator"), list(itertools.product(PAGE_CUES, SEPARATORS)))
@pytest.mark.parametrize(("pages", "notes"), [
    (ENGLISH_PAGES, ENGLISH_NOTES), (FRENCH_PAGES, FRENCH_NOTES),
], ids=["english", "french"])
def test_english_and_french_articles_give_their_footnotes(pages, notes, cue: str, separator: str) -> None:
    extraction = extract_footnotes(lay_out(pages, "number", cue, separator))
    assert [(n.number, n.text) for n in extraction] == notes
    assert extraction.problems == []


# --- numbering -----------------------------------------------------------------------

def test_numbering_that_restarts_on_each_page_is_reported_and_kept_in_order() -> None:
    text = (
        "Первая страница статьи: историки спорят о союзе1 и о пакте2.\n"
        "1 Иванов И.И. История союза. М., 2001. С. 5.\n"
        "2 Smith J. The alliance. L., 1999. P. 10.\n"
        "\fВторая страница: продолжение текста и новая ссылка1. Далее идёт\n"
        "рассказ о событиях2.\n"
        "1 Петров П.П. Дипломатия. М., 1990. С. 7.\n"
        "2 Там же. С. 8.\n"
        "\fТретья страница и ещё одна ссылка1.\n"
        "1 Сидоров С. Очерки. М., 1985.\n"
    )
    extraction = extract_footnotes(text)
    assert [(n.number, n.text, n.flags) for n in extraction] == [
        (1, "Иванов И.И. История союза. М., 2001. С. 5.", []),
        (2, "Smith J. The alliance. L., 1999. P. 10.", []),
        (1, "Петров П.П. Дипломатия. М., 1990. С. 7.", ["numbering-restarts"]),
        (2, "Там же. С. 8.", []),
        (1, "Сидоров С. Очерки. М., 1985.", ["numbering-restarts"]),
    ]
    assert [str(p) for p in extraction.problems] == [
        "line 6: footnote numbering starts again at 1 after 2",
        "line 9: footnote numbering starts again at 1 after 2",
    ]


def test_three_digit_footnote_numbers_at_the_end_of_a_long_article() -> None:
    earlier = "".join(
        f"Текст страницы со ссылкой{n}.\n{n} Автор А. Книга. М., 2000. С. {n}.\n\f" for n in range(1, 99)
    )
    text = earlier + (
        "Последняя страница, где ссылки99 доходят до ста100 и дальше101.\n"
        "99 Иванов И.И. История союза. М., 2001. С. 5.\n"
        "100 Smith J. The alliance. L., 1999. P. 10.\n"
        "101 Там же. P. 11.\n"
        "— 120 —\n"
    )
    extraction = extract_footnotes(text)
    assert [n.number for n in extraction] == list(range(1, 102))
    assert [n.text for n in extraction][-3:] == [
        "Иванов И.И. История союза. М., 2001. С. 5.",
        "Smith J. The alliance. L., 1999. P. 10.",
        "Там же. P. 11.",
    ]
    assert extraction.problems == []


def test_an_excerpt_may_begin_at_the_footnote_its_body_refers_to() -> None:
    text = (
        "Глава начинается с текста со ссылкой199 и ещё одной200.\n"
        "199 Иванов И.И. История союза. М., 2001. С. 5.\n"
        "200 Smith J. The alliance. L., 1999. P. 10.\n"
    )
    extraction = extract_footnotes(text)
    assert numbered(text) == [
        (199, "Иванов И.И. История союза. М., 2001. С. 5."),
        (200, "Smith J. The alliance. L., 1999. P. 10."),
    ]
    assert [str(p) for p in extraction.problems] == ["line 2: footnote 1–198 missing before footnote 199"]


def test_a_numbered_list_in_the_body_before_any_footnote_is_body_text() -> None:
    text = (
        "Задачи были такие:\n"
        "1. Первое — союз с Францией;\n"
        "2. Второе — договор с Польшей1.\n"
        "1. Иванов И.И. История союза. М., 2001. С. 5.\n"
    )
    assert numbered(text) == [(1, "Иванов И.И. История союза. М., 2001. С. 5.")]


def test_a_footnote_cut_at_a_page_end_without_its_continuation_is_flagged_and_reported() -> None:
    text = (
        "Текст со ссылкой1.\n"
        "1 Иванов И.И. История французско-советского союза в\n"
        "\fВторая страница, где текст идёт\n"
        "дальше и ссылается2.\n"
        "2 Петров П.П. Дипломатия. М., 1990. С. 7.\n"
    )
    extraction = extract_footnotes(text)
    assert [(n.number, n.text, n.flags) for n in extraction] == [
        (1, "Иванов И.И. История французско-советского союза в", ["may-be-incomplete"]),
        (2, "Петров П.П. Дипломатия. М., 1990. С. 7.", []),
    ]
    assert [str(p) for p in extraction.problems] == [
        "line 2: footnote 1 breaks off mid-sentence at a page end, and its continuation "
        "was not found at the start of the next footnote block"
    ]


def test_a_body_line_ending_with_an_abbreviation_is_not_taken_for_a_finished_sentence() -> None:
    """"… 1935 г." then a line in lower case is the body going on, not the rest of
    the footnote cut at the end of the page before."""
    text = (
        "Текст со ссылкой1.\n"
        "1 Иванов И.И. История союза в\n"
        "\fВторая страница рассказывает о событиях 1935 г.\n"
        "весной и ссылается2.\n"
        "2 Петров П.П. Дипломатия. М., 1990. С. 7.\n"
    )
    extraction = extract_footnotes(text)
    assert extraction[0].text == "Иванов И.И. История союза в"
    assert extraction[0].flags == ["may-be-incomplete"]


def test_lines_after_a_separator_that_continue_nothing_are_an_unnumbered_note() -> None:
    text = (
        "Текст статьи со ссылкой1.\n"
        "______\n"
        "Статья подготовлена при поддержке РНФ.\n"
        "1 Иванов И.И. История союза. М., 2001. С. 5.\n"
    )
    assert [(n.number, n.text, n.flags) for n in extract_footnotes(text)] == [
        (None, "Статья подготовлена при поддержке РНФ.", ["unnumbered"]),
        (1, "Иванов И.И. История союза. М., 2001. С. 5.", []),
    ]


def test_a_footnote_repeated_with_a_final_period_is_not_a_running_head() -> None:
    text = "Текст1, текст2 и текст3.\n" + "".join(
        f"{n} Ibid.\n" for n in (1, 2, 3)
    )
    assert numbered(text) == [(1, "Ibid."), (2, "Ibid."), (3, "Ibid.")]


# --- hyphens and URLs at line ends ----------------------------------------------------

@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["the Franco-", "Soviet pact"], "the Franco-Soviet pact"),
        (["le quotidien Paris-", "Soir"], "le quotidien Paris-Soir"),
        (["the anti-", "fascist front"], "the anti-fascist front"),
        (["the post-", "war order"], "the post-war order"),
        (["a non-", "aggression pact"], "a non-aggression pact"),
        (["the inter-", "national system"], "the international system"),
        (["a daily news-", "paper"], "a daily newspaper"),
        (["military plan-", "ning"], "military planning"),
        (["les porte-", "parole du gouvernement"], "les porte-parole du gouvernement"),
        (["au-", "delà de 1935"], "au-delà de 1935"),
        (["le gouver-", "nement"], "le gouvernement"),
        (["quel-", "que chose"], "quelque chose"),
        (["die Außen-", "politik"], "die Außenpolitik"),
        (["der Volks-", "kommissar"], "der Volkskommissar"),
        (["deutsch-", "französische Beziehungen"], "deutsch-französische Beziehungen"),
        (["военно-", "политический союз"], "военно-политический союз"),
        (["француз-", "ского проекта"], "французского проекта"),
        (["пред-", "военный кризис"], "предвоенный кризис"),
        (["северо-", "западный фронт"], "северо-западный фронт"),
        (["из-", "за войны"], "из-за войны"),
        (["по-", "прежнему"], "по-прежнему"),
        (["что-", "то новое"], "что-то новое"),
        (["вице-", "президент"], "вице-президент"),
        (["за-", "то"], "зато"),
        (["внешне-", "политический"], "внешнеполитический"),
        (["при-", "мер"], "пример"),
    ],
)
def test_hyphen_at_a_line_end_is_kept_in_compounds_and_removed_in_broken_words(
    lines: list[str], joined: str
) -> None:
    assert join_lines(lines) == joined


@pytest.mark.xfail(strict=True, reason=(
    "the solid 'порусски' is in wordfreq only 1.45 Zipf below 'русски', within the margin "
    "that lets 'предвоенный' (1.66) be joined; the adverbs in по-…ски are not a rule here"
))
def test_russian_adverb_with_po_keeps_its_hyphen() -> None:
    assert join_lines(["говорил по-", "русски"]) == "говорил по-русски"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["URL: https://www.persee.fr/doc/", "rcsl_0008-0160_1977_num_18_3_1299"],
         "URL: https://www.persee.fr/doc/rcsl_0008-0160_1977_num_18_3_1299"),
        (["URL: https://cyberleninka.ru/article/n/sovetsko-", "frantsuzskie-otnosheniya"],
         "URL: https://cyberleninka.ru/article/n/sovetsko-frantsuzskie-otnosheniya"),
        (["https://doi.org/10.3917/ris", ".091.0045"], "https://doi.org/10.3917/ris.091.0045"),
        (["URL: http://", "www.hist.msu.ru/Science"], "URL: http://www.hist.msu.ru/Science"),
        (["См.: www.hist.msu.", "ru/Science/Conf"], "См.: www.hist.msu.ru/Science/Conf"),
        (["URL:\u00a0https://www.persee.fr/doc/", "rcsl_0008"],
         "URL:\u00a0https://www.persee.fr/doc/rcsl_0008"),
        (["Режим доступа:\thttp://www.hist.msu.ru/", "Science"],
         "Режим доступа: http://www.hist.msu.ru/Science"),
        (["URL: https://www.example.org/page", "(дата обращения: 01.02.2019)."],
         "URL: https://www.example.org/page (дата обращения: 01.02.2019)."),
        (["URL: https://www.example.org/page.", "Accessed 1 May 2019."],
         "URL: https://www.example.org/page. Accessed 1 May 2019."),
    ],
)
def test_url_broken_across_lines_is_joined_without_a_space_and_without_loss(
    lines: list[str], joined: str
) -> None:
    assert join_lines(lines) == joined


# --- footnote starts and reference marks of other shapes -----------------------------

def test_a_footnote_may_begin_with_the_years_of_a_title() -> None:
    text = (
        "Текст статьи с первой ссылкой1 и второй2, третьей3.\n"
        "1 Иванов И.И. История союза. М., 2001. С. 5.\n"
        "2 1941 год: Документы. В 2 кн. М., 1998. Кн. 1. С. 10.\n"
        "3 1937—1938: Красная армия. Документы. М., 2006.\n"
    )
    assert numbered(text) == [
        (1, "Иванов И.И. История союза. М., 2001. С. 5."),
        (2, "1941 год: Документы. В 2 кн. М., 1998. Кн. 1. С. 10."),
        (3, "1937—1938: Красная армия. Документы. М., 2006."),
    ]


def test_a_reference_mark_set_after_punctuation_ends_a_block() -> None:
    text = (
        "Текст статьи с первой ссылкой.1 Она идёт дальше.\n"
        "1 Иванов И.И. История союза. М., 2001. С. 5.\n"
        "Продолжение текста на другой странице без разметки, и ссылка.2 Тут\n"
        "ещё текст.\n"
        "2 Там же. С. 6.\n"
    )
    assert numbered(text) == [(1, "Иванов И.И. История союза. М., 2001. С. 5."), (2, "Там же. С. 6.")]


# --- the same pages, typeset or extracted differently --------------------------------

def _superscript_marks_in_body(pages: list[tuple[list[str], list[str]]]) -> list[tuple[list[str], list[str]]]:
    """Reference marks in the body as superscript digits: "спорным¹."."""
    def lift(line: str) -> str:
        return "".join(
            ch.translate(SUPERSCRIPT_DIGITS) if ch.isdigit() and i and line[i - 1].isalpha() else ch
            for i, ch in enumerate(line)
        )
    return [([lift(line) for line in body], notes) for body, notes in pages]


def _indented_paragraphs(pages: list[tuple[list[str], list[str]]]) -> list[tuple[list[str], list[str]]]:
    """The first body line of each page indented, as a new paragraph."""
    return [(["    " + body[0], *body[1:]], notes) for body, notes in pages]


@pytest.mark.parametrize(("cue", "separator"), list(itertools.product(PAGE_CUES, SEPARATORS)))
@pytest.mark.parametrize("variant", ["superscript-marks", "indented-paragraphs", "blank-lines-between-all-lines"])
def test_russian_article_typeset_differently_gives_its_footnotes(variant: str, cue: str, separator: str) -> None:
    pages = {
        "superscript-marks": _superscript_marks_in_body,
        "indented-paragraphs": _indented_paragraphs,
    }.get(variant, lambda pages: pages)(RUSSIAN_PAGES)
    text = lay_out(pages, "number-dot", cue, separator)
    if variant == "blank-lines-between-all-lines":
        text = text.replace("\n", "\n\n")
    extraction = extract_footnotes(text)
    assert [(n.number, n.text) for n in extraction] == RUSSIAN_NOTES
    assert extraction.problems == []


def test_repeated_footnotes_without_a_final_period_are_not_running_heads() -> None:
    text = "Текст1, текст2 и текст3.\n1 Ibidem S 5\n2 Ibidem S 7\n3 Ibidem S 9\n"
    assert numbered(text) == [(1, "Ibidem S 5"), (2, "Ibidem S 7"), (3, "Ibidem S 9")]


def test_endnotes_numbered_like_a_list_after_a_long_body_are_found() -> None:
    body = "".join(f"Строка текста номер {n} о переговорах.\n" for n in range(60))
    text = (
        "Начало статьи со ссылкой1.\n" + body + "Конец статьи со ссылкой2.\n\n"
        "Примечания\n"
        "1. Иванов И.И. История союза. М., 2001. С. 5.\n"
        "2. Там же. С. 6.\n"
    )
    assert numbered(text) == [(1, "Иванов И.И. История союза. М., 2001. С. 5."), (2, "Там же. С. 6.")]


def test_a_footnote_set_on_the_page_after_its_reference_mark_is_found() -> None:
    text = (
        "Первая страница1 и ссылка в её последней строке2.\n"
        "1. Иванов И.И. История союза. М., 2001. С. 5.\n"
        "\fВторая страница без новых ссылок.\n"
        "2. Петров П.П. Дипломатия. М., 1990. С. 7.\n"
    )
    assert numbered(text) == [
        (1, "Иванов И.И. История союза. М., 2001. С. 5."),
        (2, "Петров П.П. Дипломатия. М., 1990. С. 7."),
    ]


def test_a_reference_mark_after_an_abbreviation_lets_a_numbered_footnote_start() -> None:
    text = (
        "Союз с Францией1 обсуждался долго.\n"
        "1. Иванов И.И. История союза. М., 2001. С. 5.\n"
        "\fПакт подписали в 1935 г.2 Его значение спорно.\n"
        "2. Известия. 1935. 3 мая.\n"
    )
    assert numbered(text) == [(1, "Иванов И.И. История союза. М., 2001. С. 5."), (2, "Известия. 1935. 3 мая.")]


# --- the patterns on their own ---------------------------------------------------------

def test_reference_marks_glued_after_punctuation_or_after_an_abbreviation() -> None:
    line = "союзе1, «Правда»¹², войны.3 Однако, в 1935 г.4 и Л.5"
    assert list(reference_numbers(line)) == [1, 12, 3]
    assert list(reference_numbers(line, loose=True)) == [1, 12, 3, 4, 5]
    assert list(reference_numbers("в 1930-х гг., МК-6084.2018.6, Ф. Р-5446, Т. 1")) == []


@pytest.mark.parametrize(("line", "page_number"), [
    ("12", True), ("— 12 —", True), ("- 12 -", True), ("–12–", True), ("١٢", True),
    ("12 ИСТОРИЯ", False), ("1933 год", False), ("— 12 — 13", False), ("", False),
    ("Глава 12", False),
])
def test_page_number_lines(line: str, page_number: bool) -> None:
    assert (PAGE_NUMBER.fullmatch(line) is not None) == page_number
    assert is_page_number(line) == page_number


@pytest.mark.parametrize(("line", "separator"), [
    ("______", True), ("——————", True), ("---", True), ("—", False), ("— 12 —", False),
    ("", False), ("a___", False),
])
def test_separator_lines(line: str, separator: bool) -> None:
    assert (SEPARATOR.fullmatch(line) is not None) == separator
    assert is_separator(line) == separator


def test_running_heads_repeat_between_different_lines_and_do_not_end_with_a_period() -> None:
    lines = [
        "12 ИСТОРИЯ", "Текст первой страницы.", "1 Ibidem S 5", "13 ИСТОРИЯ",
        "Другой текст.", "2 Ibidem S 7", "14 ИСТОРИЯ", "Третий текст.", "3 Ibidem S 9",
        "Вставай, страна огромная", "Вставай на смертный бой.",
        "Вставай, страна огромная", "Вставай на смертный бой.",
        "Вставай, страна огромная", "Вставай на смертный бой.",
    ]
    assert running_heads(lines) == {0, 3, 6}


def test_a_footnote_ending_with_the_back_of_a_leaf_at_a_page_end_is_not_cut() -> None:
    text = (
        "Текст со ссылкой1.\n"
        "1 РГАСПИ. Ф. 17. Оп. 162. Д. 18. Л. 52об\n"
        "\fВторая страница, где текст идёт\n"
        "дальше и ссылается2.\n"
        "2 Там же. Л. 53.\n"
    )
    extraction = extract_footnotes(text)
    assert numbered(text) == [(1, "РГАСПИ. Ф. 17. Оп. 162. Д. 18. Л. 52об"), (2, "Там же. Л. 53.")]
    assert extraction.problems == []


def test_a_body_line_after_a_quotation_is_not_taken_for_the_rest_of_a_cut_footnote() -> None:
    text = (
        "Текст со ссылкой1.\n"
        "1 Иванов И.И. История союза в\n"
        "\fВторая страница, где цитируется газета «Правда»\n"
        "и ссылается2.\n"
        "2 Петров П.П. Дипломатия. М., 1990. С. 7.\n"
    )
    extraction = extract_footnotes(text)
    assert extraction[0].text == "Иванов И.И. История союза в"
    assert extraction[0].flags == ["may-be-incomplete"]


def test_footnotes_that_open_alike_and_wrap_alike_are_not_running_heads() -> None:
    # found by the generated-article property test: three footnotes whose first lines
    # are the same, numbers aside, repeat as a running head with its page number does
    text = (
        "история история история\nистория история1.\n\n"
        "1 Иванов И.И. История история\nистория история. М., 1900.\nС.\u00a01.\n"
        "2 Иванов И.И. История история\nистория. М., 1900. С.\u00a01.\n"
        "3 Иванов И.И. История история\nистория. М., 1900. С.\u00a01.\n"
    )
    assert numbered(text) == [
        (1, "Иванов И.И. История история история история. М., 1900. С.\u00a01."),
        (2, "Иванов И.И. История история история. М., 1900. С.\u00a01."),
        (3, "Иванов И.И. История история история. М., 1900. С.\u00a01."),
    ]


# --- running heads that vary: page numbers, and a chapter title on the right page ---

CHAPTER_PAGES = [
    # (body line with its mark, the footnote), one page each from page 12
    ("Переговоры начались весной1.", "1 Дюллен С. Люди влияния. М., 2009. С. 15."),
    ("Париж медлил2.", "2 Carley M.J. The alliance that never was. Chicago, 1999. P. 12."),
    ("Москва ждала ответа3.", "3 Там же. P. 14."),
    ("Лаваль прибыл в Москву4.", "4 Шубин А.В. Мир на краю бездны. М., 2004. С. 169."),
    ("Пакт подписали в мае5.", "5 Там же. С. 170."),
    ("Военные говорили иначе6.", "6 РГВА. Ф. 33987. Оп. 3. Д. 870. Л. 12."),
    ("Миссия вернулась ни с чем7.", "7 Там же. Л. 14."),
    ("Итог известен8.", "8 Там же. Л. 20."),
]

CHAPTER_NOTES = [
    (1, "Дюллен С. Люди влияния. М., 2009. С. 15."),
    (2, "Carley M.J. The alliance that never was. Chicago, 1999. P. 12."),
    (3, "Там же. P. 14."),
    (4, "Шубин А.В. Мир на краю бездны. М., 2004. С. 169."),
    (5, "Там же. С. 170."),
    (6, "РГВА. Ф. 33987. Оп. 3. Д. 870. Л. 12."),
    (7, "Там же. Л. 14."),
    (8, "Там же. Л. 20."),
]


def book_pages(chapter_of: dict[int, str]) -> str:
    """Pages 12–19 of a book: the author's name after the page number on the left
    pages, the chapter's title before it on the right ones (`chapter_of` page)."""
    lines: list[str] = []
    for page, (body, note) in enumerate(CHAPTER_PAGES, 12):
        head = f"{page} А.В. ИВАНОВ" if page % 2 == 0 else f"{chapter_of[page]} {page}"
        lines += [head, body, note]
    return "\n".join(lines) + "\n"


def test_running_heads_that_change_with_the_page_number_end_their_pages() -> None:
    chapter = "СОЮЗ И ЕГО ПРОТИВНИКИ"
    text = book_pages({13: chapter, 15: chapter, 17: chapter, 19: chapter})
    extraction = extract_footnotes(text)
    assert [(n.number, n.text) for n in extraction] == CHAPTER_NOTES
    assert extraction.problems == []
    assert running_heads(text.split("\n")) == {0, 3, 6, 9, 12, 15, 18, 21}


@pytest.mark.xfail(strict=True, reason="a running head seen fewer than three times is "
                   "not recognised: it is joined to the footnote before it, which is "
                   "flagged may-include-body (kept and reported, not lost)")
def test_a_chapter_title_seen_once_as_a_running_head_still_ends_its_page() -> None:
    first, second = "СОЮЗ И ЕГО ПРОТИВНИКИ", "ДИПЛОМАТИЯ ВОЕННЫХ"
    extraction = extract_footnotes(book_pages({13: first, 15: first, 17: first, 19: second}))
    assert [(n.number, n.text) for n in extraction] == CHAPTER_NOTES
