"""Journal articles as journal sites cite them in Russian and Ukrainian through CSL (Open
Journal Systems' "citationstylelanguage/get/…"): MLA with "т. 2, вып. 17, декабрь 2019 г.,
сс. 105-18", with or without an author, and Chicago (Turabian) with the volume and the date
in parentheses and the day it was read ("дата звернення", "просмотрено"). Real forms from
batches 6 and 8 of the Russian dev set (the Altai, "У" and Kharkiv journals' pages) and one
written in the Russian Turabian form for another article; the values were read off the
text by hand."""

from __future__ import annotations

import pytest

from biblio.model import OTHERS, is_others
from biblio.parse.gost import parse_reference

CITATIONS = [
    ("Храпова, Н. Ю. «Некоторые аспекты деятельности алтайской духовной миссии в Горном "
     "Алтае (1828-1914 гг.)». Культурное наследие Сибири, т. 2, вып. 17, декабрь 2019 г., "
     "сс. 105-18, http://journal.asu.ru/knc/article/view/6832.",
     [("Храпова", "Н. Ю.")],
     "Некоторые аспекты деятельности алтайской духовной миссии в Горном Алтае (1828-1914 гг.)",
     "Культурное наследие Сибири", "2", "17", 2019, "105-18"),
    ("«Статистическое исследование сферы торговли в Российской Федерации». Журнал \"У\". "
     "Экономика. Управление. Финансы., вып. 4, декабрь 2021 г., сс. 157-61, "
     "https://portal-u.ru/index.php/journal/article/view/566.",
     [], "Статистическое исследование сферы торговли в Российской Федерации",
     "Журнал \"У\". Экономика. Управление. Финансы", None, "4", 2021, "157-61"),
    ("Берестнев, С. И., О. А. Ручинская, і О. Ю. Жиронкина. «Международная научная "
     "конференция ‘проблемы истории и археологии Украины’». Давнина. Харківський "
     "історико-археологічний щорічник 40 (Лютий 28, 2016). дата звернення Квітень 25, 2024. "
     "https://periodicals.karazin.ua/drevnosti/article/view/5214.",
     [("Берестнев", "С. И."), ("Ручинская", "О. А."), ("Жиронкина", "О. Ю.")],
     "Международная научная конференция ‘проблемы истории и археологии Украины’",
     "Давнина. Харківський історико-археологічний щорічник", "40", None, 2016, None),
    ("Иванова, А. Б., и В. Г. Петров. «Городская дума Томска». Вестник Томского "
     "государственного университета. История 21, no. 3 (март 15, 2020): 45–52. просмотрено "
     "май 10, 2021. https://example.org/article/view/1.",
     [("Иванова", "А. Б."), ("Петров", "В. Г.")], "Городская дума Томска",
     "Вестник Томского государственного университета. История", "21", "3", 2020, "45–52"),
]


@pytest.mark.parametrize(
    ("text", "names", "title", "journal", "volume", "issue", "year", "pages"), CITATIONS)
def test_a_csl_citation_of_a_journal_site_is_read_whole(
        text: str, names: list[tuple[str, str]], title: str, journal: str,
        volume: str | None, issue: str | None, year: int, pages: str | None) -> None:
    reference = parse_reference(text)
    fields = reference.fields
    read = (reference.type, [(name.family, name.given) for name in fields.get("author", [])],
            fields["title"], fields["container-title"], fields.get("volume"),
            fields.get("issue"), fields["issued"].parts[0][0], fields.get("page"))
    assert read == ("article-journal", names, title, journal, volume, issue, year, pages)


def test_a_quoted_newspaper_is_no_csl_citation() -> None:
    reference = parse_reference("«Правда» от 30 сентября 1928.")
    assert reference.type == "periodical"
    assert reference.fields["title"] == "Правда"


def _read(text: str) -> dict[str, object]:
    """The fields of a parse, names as (family, given) ("et al." as OTHERS) and dates as
    their parts."""
    reference = parse_reference(text)
    read: dict[str, object] = {"type": reference.type}
    for variable, value in reference.fields.items():
        if variable in ("author", "editor"):
            read[variable] = [OTHERS if is_others(name) else (name.family, name.given)
                              for name in value]
        elif variable in ("issued", "accessed"):
            read[variable] = value.parts[0]
        else:
            read[variable] = value
    return read


# Each form as a journal site (OJS "citationstylelanguage/get/<style>") or a style guide
# prints it; the expected values were read off the text by hand, part by part, in the
# order the style's CSL file gives them (e.g. IEEE: names, “title”, journal, volume,
# issue, pages, date; Vancouver: names. title. journal [Internet]. date [cited date];
# volume(issue):pages. Available from: URL).
STYLE_FORMS = [
    pytest.param(  # MLA, uk-UA (journals.uran.ua): "вип.", the nominative month, "с."
        "Латишева, О. В. «Ринкові механізми». Вісник Приазовського Державного Технічного "
        "Університету. Серія: Економічні науки, вип. 33, Березень 2017, с. 35-42, "
        "doi:10.31498/2225-6725.33.2017.134024.",
        {"type": "article-journal", "author": [("Латишева", "О. В.")],
         "title": "Ринкові механізми",
         "container-title": "Вісник Приазовського Державного Технічного Університету. "
                            "Серія: Економічні науки",
         "issue": "33", "issued": [2017, 3], "page": "35-42",
         "DOI": "10.31498/2225-6725.33.2017.134024"}, id="mla-uk"),
    pytest.param(  # MLA, uk-UA, a Kazakh journal (dev set batch 16): volume and issue both
        # labelled "вип.", in MLA's order, the volume first
        "Zhumagalieva, B. K., і S. A. Agaeva. « Тілдік құзыреттілігі этнопсихологиялық "
        "зерттеулерде». ҚазҰУ Хабаршысы. Психология және әлеуметтану сериясы, вип. 55, вип. 4, "
        "Листопад 2015, https://bulletin-psysoc.kaznu.kz/index.php/1-psy/article/view/277.",
        {"type": "article-journal", "author": [("Zhumagalieva", "B. K."), ("Agaeva", "S. A.")],
         "title": "Тілдік құзыреттілігі этнопсихологиялық зерттеулерде",
         "container-title": "ҚазҰУ Хабаршысы. Психология және әлеуметтану сериясы",
         "volume": "55", "issue": "4", "issued": [2015, 11],
         "URL": "https://bulletin-psysoc.kaznu.kz/index.php/1-psy/article/view/277"},
        id="mla-uk-two-issue-labels"),
    pytest.param(  # MLA, ru-RU with the English short month and ’’ (journal-scs.ru)
        "Рубан, Л. С. ’Культурообразующая роль языка’. Наука. Культура. Общество, т. 24, "
        "вып. 4, Feb. 2018, сс. 86-05, https://journal-scs.ru/index.php/scs/article/view/304.",
        {"type": "article-journal", "author": [("Рубан", "Л. С.")],
         "title": "Культурообразующая роль языка",
         "container-title": "Наука. Культура. Общество", "volume": "24", "issue": "4",
         "issued": [2018, 2], "page": "86-05",
         "URL": "https://journal-scs.ru/index.php/scs/article/view/304"}, id="mla-ru-feb"),
    pytest.param(  # MLA, ru-RU, two authors: the second given first after ", и"
        "Селетков, С. Г., и С. С. Иванова. «Объект, субъект и предмет научно-"
        "квалификационной работы». Вестник ИжГТУ имени М.Т. Калашникова, вып. 1, март "
        "2014 г., сс. 175-8, https://izdat.istu.ru/index.php/vestnik/article/view/2537.",
        {"type": "article-journal", "author": [("Селетков", "С. Г."), ("Иванова", "С. С.")],
         "title": "Объект, субъект и предмет научно-квалификационной работы",
         "container-title": "Вестник ИжГТУ имени М.Т. Калашникова", "issue": "1",
         "issued": [2014, 3], "page": "175-8",
         "URL": "https://izdat.istu.ru/index.php/vestnik/article/view/2537"}, id="mla-ru-two"),
    pytest.param(  # Turabian, uk-UA: "no." and a numbered issue "1(99)", day, accessed
        "Грачев O.O. «Другий з’їзд учених Республіки Білорусь». Nauka ta naukoznavstvo , "
        "no. 1(99) (Жовтень 7, 2018): 158–164. дата звернення Липень 10, 2025. "
        "https://nasu-periodicals.org.ua/index.php/sofs/article/view/8861.",
        {"type": "article-journal", "author": [("Грачев", "О.О.")],  # Latin "O.O." printed:
         # initials of a Russian name, read Cyrillic as the dev gold has them (ru-gost-415)
         "title": "Другий з’їзд учених Республіки Білорусь",
         "container-title": "Nauka ta naukoznavstvo", "issue": "1(99)",
         "issued": [2018, 10, 7], "page": "158–164", "accessed": [2025, 7, 10],
         "URL": "https://nasu-periodicals.org.ua/index.php/sofs/article/view/8861"},
        id="turabian-uk"),
    pytest.param(  # Turabian, ru-RU: volume, "no.", "просмотрено"
        "Филинов, Николай Борисович. «Двенадцатая Международная научная конференция». "
        "Российский журнал менеджмента 9, no. 2 (июнь 30, 2011): 145–150. просмотрено "
        "апрель 20, 2024. https://rjm.spbu.ru/article/view/342.",
        {"type": "article-journal", "author": [("Филинов", "Николай Борисович")],
         "title": "Двенадцатая Международная научная конференция",
         "container-title": "Российский журнал менеджмента", "volume": "9", "issue": "2",
         "issued": [2011, 6, 30], "page": "145–150", "accessed": [2024, 4, 20],
         "URL": "https://rjm.spbu.ru/article/view/342"}, id="turabian-ru"),
    pytest.param(  # Chicago author-date, ru-RU: the year after the names, "6 (2)"
        "Егоров, В.С., О.Г. Климас, и Л.В. Шиповалова. 2003. « Первая конференция». "
        "Журнал социологии и социальной антропологии 6 (2). "
        "http://jourssa.ru/jourssa/article/view/1694.",
        {"type": "article-journal",
         "author": [("Егоров", "В.С."), ("Климас", "О.Г."), ("Шиповалова", "Л.В.")],
         "title": "Первая конференция",
         "container-title": "Журнал социологии и социальной антропологии", "volume": "6",
         "issue": "2", "issued": [2003], "URL": "http://jourssa.ru/jourssa/article/view/1694"},
        id="author-date-ru"),
    pytest.param(  # IEEE, uk-UA: names given first, "вип. 8 (15)", "с.", the short month
        "Ю. П. Біляй, «Формати подання навчальних ресурсів», kosn, вип. 8 (15), с. 195–202, "
        "Лют 2010.",
        {"type": "article-journal", "author": [("Біляй", "Ю. П.")],
         "title": "Формати подання навчальних ресурсів", "container-title": "kosn",
         "issue": "8 (15)", "page": "195–202", "issued": [2010, 2]}, id="ieee-uk"),
    pytest.param(  # IEEE, en-US, from an OJS site's own guide (cte.eltech.ru)
        "A. E. Eiben, R. Hinterding, “Parameter control in evolutionary algorithms,” Evol. "
        "Comput. J, vol. 3, no. 2, pp. 124–141, Jul. 1999.",
        {"type": "article-journal", "author": [("Eiben", "A. E."), ("Hinterding", "R.")],
         "title": "Parameter control in evolutionary algorithms",
         "container-title": "Evol. Comput. J", "volume": "3", "issue": "2",
         "page": "124–141", "issued": [1999, 7]}, id="ieee-en"),
    pytest.param(  # APA, ru-RU: "извлечено от" (retrieved + from); the volume "2 (2)"
        "Рязанов, М. А. (2015). Составляющие программы информатизации университета. "
        "Экономика Профессия Бизнес , 2 (2). извлечено от "
        "http://journal.asu.ru/ec/article/view/976",
        {"type": "article-journal", "author": [("Рязанов", "М. А.")],
         "title": "Составляющие программы информатизации университета",
         "container-title": "Экономика Профессия Бизнес", "volume": "2", "issue": "2",
         "issued": [2015], "URL": "http://journal.asu.ru/ec/article/view/976"}, id="apa-ru"),
    pytest.param(  # Vancouver, ru-RU: [Интернет], the date, [цитируется по …];(2):48-9
        "Гуторова А. Конституционно-правовые формы деятельности депутатов. Журнал \"Право\" "
        "[Интернет]. 27 март 2023 г. [цитируется по 30 июнь 2024 г.];(2):48-9. доступно на: "
        "https://law-journal.hse.ru/article/view/20050",
        {"type": "article-journal", "author": [("Гуторова", "А.")],
         "title": "Конституционно-правовые формы деятельности депутатов",
         "container-title": "Журнал \"Право\"", "issued": [2023, 3, 27],
         "accessed": [2024, 6, 30], "issue": "2", "page": "48-9",
         "URL": "https://law-journal.hse.ru/article/view/20050"}, id="vancouver-ru"),
    pytest.param(  # Vancouver, ru-RU, a Kazakh journal (dev set batch 16): the journal's
        # name in guillemets, a period inside the title's parenthesis
        "Капбарова Г, Шашаев А, Карибаев С. ТӘУЕЛСІЗДІКТІҢ АЛҒАШҚЫ ЖИЫРМА ЖЫЛДЫҒЫНДАҒЫ "
        "ОҢТҮСТІК ҚАЗАҚСТАННЫҢ ТАРИХИ-ДЕМОГРАФИЯЛЫҚ ЖАҒДАЙЫ (1991–2011 ЖЖ.). Asian Journal "
        "«Steppe Panorama» [Интернет]. 25 июнь 2025 г. [цитируется по 24 июль 2025 г.];"
        "11(2):373-86. доступно на: https://ajspiie.com/index.php/history/article/view/1150",
        {"type": "article-journal",
         "author": [("Капбарова", "Г"), ("Шашаев", "А"), ("Карибаев", "С.")],
         "title": "ТӘУЕЛСІЗДІКТІҢ АЛҒАШҚЫ ЖИЫРМА ЖЫЛДЫҒЫНДАҒЫ ОҢТҮСТІК ҚАЗАҚСТАННЫҢ "
                  "ТАРИХИ-ДЕМОГРАФИЯЛЫҚ ЖАҒДАЙЫ (1991–2011 ЖЖ.)",
         "container-title": "Asian Journal «Steppe Panorama»", "issued": [2025, 6, 25],
         "accessed": [2025, 7, 24], "volume": "11", "issue": "2", "page": "373-86",
         "URL": "https://ajspiie.com/index.php/history/article/view/1150"},
        id="vancouver-ru-journal-in-guillemets"),
    pytest.param(  # AMA (a library guide's example): "Year;Volume(Issue):Pages. doi:"
        "Markowitz JT, Laffel LM. Transitions in care: support group for young adults with "
        "type1 diabetes. Diabet Med. 2012;29(4):522-525. doi:10.1111/j.1464-5491.2011.03537.x.",
        {"type": "article-journal", "author": [("Markowitz", "JT"), ("Laffel", "LM")],
         "title": "Transitions in care: support group for young adults with type1 diabetes",
         "container-title": "Diabet Med", "issued": [2012], "volume": "29", "issue": "4",
         "page": "522-525", "DOI": "10.1111/j.1464-5491.2011.03537.x"}, id="ama-en"),
    pytest.param(  # AMA with "et al." after the names the style keeps
        "Fukushima H, Cureoglu S, Schachern PA, et al. Cochlear changes in patients with "
        "type 1 diabetes mellitus. Otolaryngol Head Neck Surg. 2005;133(1):100-106.",
        {"type": "article-journal",
         "author": [("Fukushima", "H"), ("Cureoglu", "S"), ("Schachern", "PA"), OTHERS],
         "title": "Cochlear changes in patients with type 1 diabetes mellitus",
         "container-title": "Otolaryngol Head Neck Surg", "issued": [2005],
         "volume": "133", "issue": "1", "page": "100-106"}, id="ama-et-al"),
    pytest.param(  # ABNT, uk site: "FAMILY, I.", "[S. l.]", "n.", "p.", DOI, "Acesso em"
        "VORONKOV, Y. V. RATIONALE DESIGNATED CONTROLLING COST. Science and Transport "
        "Progress , [S. l.], n. 17, p. 221–225, 2007. DOI: 10.15802/stp2007/17637. "
        "Disponível em: https://stp.ust.edu.ua/article/view/17637. Acesso em: 5 may. 2024.",
        {"type": "article-journal", "author": [("VORONKOV", "Y. V.")],
         "title": "RATIONALE DESIGNATED CONTROLLING COST",
         "container-title": "Science and Transport Progress", "issue": "17",
         "page": "221–225", "issued": [2007], "DOI": "10.15802/stp2007/17637",
         "URL": "https://stp.ust.edu.ua/article/view/17637", "accessed": [2024, 5, 5]},
        id="abnt-en"),
    pytest.param(  # ABNT, ru-RU, no author: the title leads; the genitive-less "май."
        "Экономика региона. Современные технологии. Системный анализ. Моделирование, "
        "[S. l.], n. 2(78), p. 195-196, 2023. Disponível em: "
        "http://ojs.irgups.ru/index.php/stsam/article/view/1360. Acesso em: 19 май. 2024.",
        {"type": "article-journal", "title": "Экономика региона",
         "container-title": "Современные технологии. Системный анализ. Моделирование",
         "issue": "2(78)", "page": "195-196", "issued": [2023],
         "URL": "http://ojs.irgups.ru/index.php/stsam/article/view/1360",
         "accessed": [2024, 5, 19]}, id="abnt-ru"),
    pytest.param(  # Harvard (Cite Them Right), en-US: "(Year)", ‘title’, "pp.", Accessed
        "Smith, J. and Jones, A.B. (2019) ‘Urban growth in Siberia’, Siberian Historical "
        "Review, 12(3), pp. 45–67. Available at: https://example.org/article/view/5 "
        "(Accessed: 20 April 2024).",
        {"type": "article-journal", "author": [("Smith", "J."), ("Jones", "A.B.")],
         "title": "Urban growth in Siberia", "container-title": "Siberian Historical Review",
         "volume": "12", "issue": "3", "page": "45–67", "issued": [2019],
         "URL": "https://example.org/article/view/5", "accessed": [2024, 4, 20]},
        id="harvard-en"),
    pytest.param(  # MLA in the kk-KZ month names (the CLDR kk months), a written example
        "Әбенов, Қ. Т. «Қазақ баспасөзінің тарихы». Хабаршы, т. 3, вып. 2, маусым 2021 г., "
        "сс. 12-19.",
        {"type": "article-journal", "author": [("Әбенов", "Қ. Т.")],
         "title": "Қазақ баспасөзінің тарихы", "container-title": "Хабаршы", "volume": "3",
         "issue": "2", "issued": [2021, 6], "page": "12-19"}, id="mla-kk-month"),
]


APA_FORMS = [
    pytest.param(  # APA 6, a Ukrainian article's transliterated list: "(Ed.)", a genre
        "Pavlova, O. Yu. (Ed.) (2012). Istoriya ukrayinskoi kultury. Navch. posib. Kyyiv: "
        "Centr uchbovoyi literatury. [In Ukrainian].",
        {"type": "book", "editor": [("Pavlova", "O. Yu.")],
         "title": "Istoriya ukrayinskoi kultury", "genre": "Navch. posib.",
         "publisher-place": "Kyyiv", "publisher": "Centr uchbovoyi literatury",
         "issued": [2012], "language": "uk"}, id="apa-editor-genre"),
    pytest.param(  # a body between the title and the place: kept in note, not lost
        "Kudryachenko, A. I. (Ed.) (2010). Kulturno-cyvilizacijnyj prostir Yevropy i "
        "Ukrayina. Instytut yevropejskyx doslidzhen NAN Ukrayiny. Kyyiv: Universytet "
        "«Ukrayina». [In Ukrainian].",
        {"type": "book", "editor": [("Kudryachenko", "A. I.")],
         "title": "Kulturno-cyvilizacijnyj prostir Yevropy i Ukrayina",
         "note": "Instytut yevropejskyx doslidzhen NAN Ukrayiny",
         "publisher-place": "Kyyiv", "publisher": "Universytet «Ukrayina»",
         "issued": [2010], "language": "uk"}, id="apa-statement"),
    pytest.param(  # APA's page with neither author nor date, "Retrieved from:"
        "Encyklopediya suchasnoyi Ukrayiny. Retrieved from: "
        "https://esu.com.ua/search_articles.php?id=13770.[In Ukrainian].",
        {"type": "webpage", "title": "Encyklopediya suchasnoyi Ukrayiny",
         "URL": "https://esu.com.ua/search_articles.php?id=13770", "language": "uk"},
        id="apa-retrieved-page"),
    pytest.param(  # MLA in English with the original's language before the DOI
        "Khroustaleva, A.V. “G. Lelevich in Saratov.” Studia Litterarum, vol. 6, no. 3, "
        "2021, pp. 380–393. (In Russ.) https://doi.org/10.22455/2500-4247-2021-6-3-380-393",
        {"type": "article-journal", "author": [("Khroustaleva", "A.V.")],
         "title": "G. Lelevich in Saratov", "container-title": "Studia Litterarum",
         "volume": "6", "issue": "3", "issued": [2021], "page": "380–393",
         "DOI": "10.22455/2500-4247-2021-6-3-380-393", "language": "ru"},
        id="mla-en-in-russ"),
    pytest.param(  # APA article with the volume after a period and "(In Russ.)"
        "Kalach, V. (2001). Relihijna identychnist. Visnyk Kyivskoho universytetu. Sekciya "
        "Ukrayinoznavstvo. 15, 37-39. (In Russ.).",
        {"type": "article-journal", "author": [("Kalach", "V.")],
         "title": "Relihijna identychnist",
         "container-title": "Visnyk Kyivskoho universytetu. Sekciya Ukrayinoznavstvo",
         "volume": "15", "page": "37-39", "issued": [2001], "language": "ru"},
        id="apa-article-in-russ"),
    pytest.param(  # APA, uk-UA (a Kharkiv archaeology yearbook's OJS line, dev set batch
        # 21): APA quotes no title, so the guillemets inside it are the title's own
        "Высотская, Т. Н., & Рыжова, Л. А. (2016). Бусы могильника «Совхоз-10» "
        "(«Севастопольский»). Давнина. Харківський історико-археологічний щорічник, 4. "
        "вилучено із https://periodicals.karazin.ua/drevnosti/article/view/5223",
        {"type": "article-journal", "author": [("Высотская", "Т. Н."), ("Рыжова", "Л. А.")],
         "title": "Бусы могильника «Совхоз-10» («Севастопольский»)",
         "container-title": "Давнина. Харківський історико-археологічний щорічник",
         "issued": [2016], "volume": "4",
         "URL": "https://periodicals.karazin.ua/drevnosti/article/view/5223"},
        id="apa-title-with-a-quoted-name"),
]


@pytest.mark.parametrize(("text", "expected"), APA_FORMS)
def test_an_apa_book_or_article_with_its_editor_role_and_language_is_read(
        text: str, expected: dict[str, object]) -> None:
    assert _read(text) == expected


def test_a_chapter_in_apa_is_no_book_of_its_own() -> None:
    reference = parse_reference(
        "Fastenmeier, H. (2004). Brennpunkt: Arbeitszeitmanagement. In Personal als "
        "Erfolgsfaktor, hrsg. B. Maelicke, 163–178. Baden-Baden: Nomos.")
    assert not reference.whole_form


@pytest.mark.parametrize(("text", "expected"), STYLE_FORMS)
def test_each_csl_style_of_a_journal_site_is_read_with_its_locale_terms(
        text: str, expected: dict[str, object]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("month", ["березня", "Березень", "берез.", "Бер", "March", "Mar.",
                                   "март", "марта", "мар.", "наурыз", "нау."])
def test_a_month_is_read_in_every_locale_and_form(month: str) -> None:
    text = (f"Иванов, И. И. «Статья». Журнал, т. 1, вып. 2, {month} 2020, с. 3-4.")
    assert _read(text)["issued"] == [2020, 3]


def test_a_broken_year_is_kept_as_a_leftover_not_a_date() -> None:
    reference = parse_reference(
        "Рязанов, М. А. (1). Составляющие программы. Экономика Профессия Бизнес , 2 (2). "
        "извлечено от http://journal.asu.ru/ec/article/view/976")
    assert "issued" not in reference.fields
    assert [(left.text, left.reason) for left in reference.leftover] == [
        ("(1)", "a year that is no year")]


@pytest.mark.parametrize("text", [
    "«Социалистический вестник», №6, март, 1979, с.11.",  # a newspaper, not MLA
    "«Записные книжки 1901–1920». М., 1965",
    "Alesina A., Spolaore E. The Size of Nations. Cambridge, MA: MIT Press, 2003.",
    "Martin, Robert K., ‘Being in Youth Ministry’ (145-164) in Sondra Higgins Matthaei "
    "(ed.), Loving God, s.l.: Xlibris, 2008.",
])
def test_what_no_csl_style_prints_is_left_to_the_other_grammars(text: str) -> None:
    assert not parse_reference(text).whole_form


def test_a_title_quoting_a_title_in_low_quotes_is_read_whole() -> None:
    """Russian typography quotes inside «» with „“ (batch 12, a Kazakh journal's MLA)."""
    fields = parse_reference(
        "Manapbayeva, Z., и S. Seidenova. «Функции реалий в художественном произведении (на "
        "материале романа Смагула Елубая „Ак боз уй“)». Вестник КазНУ. Серия филологическая, "
        "т. 170, вып. 2, ноябрь 2018 г., сс. 52-57, "
        "https://philart.kaznu.kz/index.php/1-FIL/article/view/2187.").fields
    assert [name.family for name in fields["author"]] == ["Manapbayeva", "Seidenova"]
    assert fields["title"] == ("Функции реалий в художественном произведении (на материале "
                               "романа Смагула Елубая „Ак боз уй“)")
    assert (fields["volume"], fields["issue"], fields["page"]) == ("170", "2", "52-57")


def test_chicago_author_date_with_the_issue_word_and_month_is_read() -> None:
    """A journal with no volume: ", вып. 3 (сентябрь):194-201" (batch 12, a university
    journal's Chicago author-date citation, three full names)."""
    fields = parse_reference(
        "Введенская, Людмила Алексеевна, Людмила Григорьевна Павлова, и Елена Юрьевна "
        "Кашаева. 2012. «УЧЕБНИК „РУССКИЙ ЯЗЫК. КУЛЬТУРА РЕЧИ. ДЕЛОВОЕ ОБЩЕНИЕ“: "
        "МОДУЛЬНО-КОМПЕТЕНТНОСТНЫЙ ПОДХОД». Известия Южного федерального университета. "
        "Филологические науки, вып. 3 (сентябрь):194-201. "
        "https://philol-journal.sfedu.ru/index.php/sfuphilol/article/view/421.").fields
    assert [name.family for name in fields["author"]] == ["Введенская", "Павлова", "Кашаева"]
    assert fields["container-title"] == ("Известия Южного федерального университета. "
                                         "Филологические науки")
    assert (fields["issue"], fields["page"]) == ("3", "194-201")
    assert fields["issued"].parts == [[2012, 9]]


def test_chicago_author_date_month_after_the_issue_joins_the_year() -> None:
    """CMOS 17, 15.47 prints an issue's month after its number ("vol. 4 (July): 197–200");
    it was matched and dropped. An archaeology journal's line (batch 21) and a month that
    no locale has, kept as the reading's leftover, not lost."""
    reference = parse_reference(
        "Цыбин, Михаил Владимирович. 2018. «АРХЕОЛОГИЧЕСКИЕ ПАМЯТНИКИ ЗОЛОТООРДЫНСКОГО "
        "ПЕРИОДА В ПОБИТЮЖЬЕ». Археология Евразийских степей, вып. 4 (июль):197-200. "
        "https://www.evrazstep.ru/index.php/aes/article/view/352.")
    assert reference.fields["issued"].parts == [[2018, 7]]
    assert (reference.fields["issue"], reference.fields["page"]) == ("4", "197-200")
    odd = parse_reference(
        "Цыбин, Михаил Владимирович. 2018. «АРХЕОЛОГИЧЕСКИЕ ПАМЯТНИКИ». Археология "
        "Евразийских степей, вып. 4 (спецвыпуск):197-200.")
    assert odd.fields["issued"].parts == [[2018]]
    assert "(спецвыпуск)" in [leftover.text for leftover in odd.leftover]


@pytest.mark.parametrize(("text", "journal", "accessed"), [
    # Вестник НАН РК's Turabian line (dev set batch 18): the journal's own name is quoted
    ("Сайымова, Мейрамкул. «ЖАСТАРДЫҢ АРАСЫНДАҒЫ ЖҰМЫСПЕН ҚАМТУДЫ ШЕШУДІҢ ЖЕТІЛДІРУ "
     "ЖОЛДАРЫ». Научный журнал «Вестник НАН РК» 403, no. 3 (июнь 30, 2023): 407–422. "
     "просмотрено май 18, 2024. "
     "https://journals.nauka-nanrk.kz/bulletin-science/article/view/5573.",
     "Научный журнал «Вестник НАН РК»", [[2024, 5, 18]]),
    # the Steppe Panorama's Vancouver line (batch 16), read so before
    ("Капбарова Г, Шашаев А, Карибаев С. ТӘУЕЛСІЗДІКТІҢ АЛҒАШҚЫ ЖИЫРМА ЖЫЛДЫҒЫНДАҒЫ "
     "ОҢТҮСТІК ҚАЗАҚСТАННЫҢ ТАРИХИ-ДЕМОГРАФИЯЛЫҚ ЖАҒДАЙЫ (1991–2011 ЖЖ.). Asian Journal "
     "«Steppe Panorama» [Интернет]. 25 июнь 2025 г. [цитируется по 24 июль 2025 г.];11(2):"
     "373-86. доступно на: https://ajspiie.com/index.php/history/article/view/1150",
     "Asian Journal «Steppe Panorama»", [[2025, 7, 24]]),
])
def test_a_journal_named_in_guillemets_keeps_its_whole_name(
        text: str, journal: str, accessed: list[list[int]]) -> None:
    """A journal whose name quotes its proper name (Научный журнал «Вестник НАН РК», Asian
    Journal «Steppe Panorama», журнал «Концепт») is the journal of every CSL style, not
    only Vancouver's: the guillemets are the name's, the title's quotes close before."""
    reference = parse_reference(text)
    assert reference.type == "article-journal"
    assert reference.fields["container-title"] == journal
    assert reference.fields["accessed"].parts == accessed


def test_a_holy_order_after_the_author_is_no_name_and_is_kept_as_leftover() -> None:
    # a church-history journal's Turabian citation (batch 19, publishing.mpda.ru): the
    # deacon's order after the initials, as data.ranks' orders accompany a heading's name
    reference = parse_reference(
        "Геращенко, Я.В., диак. «Идея святителя Тихона (Беллавина) о создании епархий по "
        "национальному принципу и реалии современного положения православия в Америке». "
        "Церковный историк, no. 1 (3) (май 16, 2020): 181–190. просмотрено ноябрь 23, 2024. "
        "https://publishing.mpda.ru/index.php/the-church-historian/article/view/733.")
    fields = reference.fields
    assert [(name.family, name.given) for name in fields["author"]] == [("Геращенко", "Я.В.")]
    assert fields["title"].startswith("Идея святителя Тихона") and fields["title"][-1] == "е"
    assert fields["container-title"] == "Церковный историк"
    assert fields["issue"] == "1 (3)"
    assert fields["issued"].parts == [[2020, 5, 16]]
    assert fields["accessed"].parts == [[2024, 11, 23]]
    assert fields["page"] == "181–190"
    assert [left.text for left in reference.leftover] == ["диак"]


@pytest.mark.parametrize(("text", "families", "journal", "page"), [
    # a surgery article's transliterated References (dev set batch 24)
    ("Inozemtsev E.O., Grigoryev E.G., Apartsin K.A. The Actual Issues of Associated Injuries "
     "(from the Materials of Polytrauma Journal). Polytrauma. 2017;1:6–11.",
     ["Inozemtsev", "Grigoryev", "Apartsin"], "Polytrauma", "6–11"),
    ("Khubezov D.A., Sazhin V.P., Ogoreltsev A.Yu., Puchkov D.K., Rodimov S.V., Ignatov I.S., "
     "et al. Current directions in professional training of surgeon. Pirogov Russian Journal "
     "of Surgery. 2018;9:56–60. (In Russ.) https://doi.org/10.17116/hirurgia201809157",
     ["Khubezov", "Sazhin", "Ogoreltsev", "Puchkov", "Rodimov", "Ignatov", OTHERS],
     "Pirogov Russian Journal of Surgery", "56–60"),
    # a surgery journal's «Как цитировать» line (mediasphera.ru), its range with U+2011
    ("Ревишвили А.Ш., Федоров А.В., Сажин В.П., Оловянный В.Е. Состояние экстренной "
     "хирургической помощи в Российской Федерации. Хирургия. Журнал им. Н.И. Пирогова. "
     "2019;(3):88‑97.", ["Ревишвили", "Федоров", "Сажин", "Оловянный"],
     "Хирургия. Журнал им. Н.И. Пирогова", "88‑97"),
])
def test_vancouver_names_may_keep_their_initials_periods(text: str, families: list[str],
                                                         journal: str, page: str) -> None:
    # the Russian journals' variant of ICMJE names ("Apartsin K.A." for "Apartsin KA")
    reference = parse_reference(text)
    assert reference.type == "article-journal"
    assert [name.family or name.literal for name in reference.fields["author"]] == families
    assert reference.fields["container-title"] == journal
    assert reference.fields["page"] == page


def test_vancouvers_language_mark_before_the_doi() -> None:
    fields = parse_reference(
        "Khubezov D.A., Sazhin V.P., Ogoreltsev A.Yu., Puchkov D.K., Rodimov S.V., Ignatov I.S., "
        "et al. Current directions in professional training of surgeon. Pirogov Russian Journal "
        "of Surgery. 2018;9:56–60. (In Russ.) https://doi.org/10.17116/hirurgia201809157").fields
    assert fields["language"] == "ru"
    assert fields["DOI"] == "10.17116/hirurgia201809157"


def test_chicago_author_date_without_volume_prints_the_month_after_a_comma() -> None:
    # CMOS 17, 15.47: no volume, no issue: the month; a Ukrainian library journal's OJS line
    # (dev set batch 24), its first family printed with a space before the comma
    reference = parse_reference(
        "Настенко , Л. Г., і О. М. Яценко. 2022. «Інформаційно-комунікаційні технології як "
        "механізм управління взаємодією бібліотеки з користувачами». Інформація та соціум, "
        "Січень, 37-39. https://jias.donnu.edu.ua/article/view/11841.")
    fields = reference.fields
    assert [(name.family, name.given) for name in fields["author"]] == [
        ("Настенко", "Л. Г."), ("Яценко", "О. М.")]
    assert fields["container-title"] == "Інформація та соціум"
    assert fields["issued"].parts == [[2022, 1]]
    assert fields["page"] == "37-39"
    assert "issue" not in fields and "volume" not in fields


@pytest.mark.parametrize("text, title, journal, volume, issue, page, issued", [
    # OJS's Chicago author-date lines of articles with no author, the title in the
    # author's place (dev ru-gost-825, an Uzbek journal; dev ru-fn-1738, the Tuva journal,
    # no volume: its issue with the month)
    ("“ СТАТУС РУССКОГО ЯЗЫКА В УЗБЕКИСТАНЕ”. 2025. Лучшие интеллектуальные исследования 39 "
     "(2): 274-77. https://scientific-jl.com/luch/article/view/3260.",
     "СТАТУС РУССКОГО ЯЗЫКА В УЗБЕКИСТАНЕ", "Лучшие интеллектуальные исследования", "39",
     "2", "274-77", [2025]),
    ("«Этническое развитие народов России и перспективы становления российской нации». 2010. "
     "Новые исследования Тувы, вып. 4 (ноябрь). https://nit.tuva.asia/nit/article/view/473.",
     "Этническое развитие народов России и перспективы становления российской нации",
     "Новые исследования Тувы", None, "4", None, [2010, 11]),
])
def test_an_author_date_line_with_no_author_opens_with_its_title(
        text: str, title: str, journal: str, volume: str | None, issue: str,
        page: str | None, issued: list[int]) -> None:
    reference = parse_reference(text)
    fields = reference.fields
    assert (reference.type, fields["title"], fields["container-title"]) == \
        ("article-journal", title, journal)
    assert (fields.get("volume"), fields["issue"], fields.get("page")) == (volume, issue, page)
    assert fields["issued"].parts == [issued] and "author" not in fields
    assert fields["URL"].startswith("https://")
