"""References in parentheses in Russian notes (issue 9): an in-text reference wholly in
parentheses (GOST R 7.0.5-2008 clause 6: "внутритекстовая ссылка" in round brackets),
and a reference in parentheses after a sentence of commentary, whose prose must not
become its title or its archive. Expectations read off each text by hand."""

from __future__ import annotations

from typing import Any

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes


def cites(text: str) -> list[tuple[dict[str, Any], str | None]]:
    document = parse_footnotes([text])
    note = document.notes[0]
    assert note.leftover == []
    return [(item_to_json(document.items[cite.item]), cite.locator) for cite in note.cites]


def test_in_text_reference_wholly_in_parentheses_is_read_without_them() -> None:
    [(item, locator)] = cites("(Кузнецов И. И. История земства. М. : Наука, 1995. С. 14)")
    assert item["author"] == [{"family": "Кузнецов", "given": "И. И."}]
    assert item["title"] == "История земства"
    assert (item["publisher-place"], item["publisher"]) == ("Москва", "Наука")
    assert locator == "14"


def test_in_text_reference_with_a_nested_parenthesis_and_a_final_period() -> None:
    [(item, _)] = cites("(Семенов В. В. Очерки (1917–1922). Л., 1960.).")
    assert item["title"] == "Очерки (1917–1922)"
    assert item["publisher-place"] == "Ленинград"


def test_a_parenthesis_that_opens_a_title_is_not_an_enclosure() -> None:
    [(item, _)] = cites("(1924–1925) Военная реформа. М., 1958.")
    assert item["title"].startswith("(1924–1925)")


def test_book_in_parentheses_after_a_sentence_keeps_the_prose_out_of_its_title() -> None:
    found = cites("Об этом рассказывал в беседах Л. М. Каганович (Чуев Ф. И. Сто сорок "
                  "бесед. М., 1991. С. 37).")
    [(item, locator)] = [(item, locator) for item, locator in found if item.get("title")]
    assert item["author"] == [{"family": "Чуев", "given": "Ф. И."}]
    assert item["title"] == "Сто сорок бесед"
    assert (item["publisher-place"], locator) == ("Москва", "37")


def test_archive_in_parentheses_after_a_sentence_is_the_archive_alone() -> None:
    found = cites("Решение было принято на заседании бюро обкома в тот же день "
                  "(ГАНО. Ф. П-4. Оп. 1. Д. 112. Л. 5).")
    [(item, locator)] = [(item, locator) for item, locator in found if item.get("archive")]
    assert item["archive"] == "ГАНО"
    assert item["archive_location"] == "ф. П-4, оп. 1, д. 112"
    assert locator == "5"


def test_in_text_reference_that_gives_the_imprint_alone() -> None:
    [(item, locator)] = cites("(М. : Городец, 1997. С. 5-19).")
    assert "title" not in item
    assert (item["publisher-place"], item["publisher"], locator) == ("Москва", "Городец", "5-19")
    assert item["issued"]["date-parts"][0][0] == 1997


def test_a_title_with_its_genre_is_not_an_imprint() -> None:
    [(item, _)] = cites("(История : учеб. пособие. С. 5)")
    assert (item["title"], item["genre"]) == ("История", "учеб. пособие")


def test_a_short_title_with_volume_and_page_in_the_parentheses_of_commentary() -> None:
    """An edition named by its short title, with its volume or page, in parentheses after
    a sentence, as the commentaries of Soviet editions cite (batch 8's Lenin collection;
    the second and third written in the same form)."""
    for text, title, volume, page in (
            ("Подавляющим большинством голосов была принята написанная Лениным резолюция "
             "(см. Полн. собр. соч., т. 35, стр. 12).", "Полн. собр. соч.", "35", "12"),
            ("Толстой отвечал ему подробно и просил прислать рукопись (Письма Толстого, "
             "с. 223–224).", "Письма Толстого", None, "223–224"),
            ("Об этом он писал брату в начале марта (Переписка. Т. 3. С. 47).",
             "Переписка", "3", "47")):
        [(item, locator)] = cites(text)
        assert (item["title"], item.get("volume"), locator) == (title, volume, page), text


def test_a_long_title_without_imprint_in_parentheses_stays_commentary() -> None:
    """Only a short title makes a cite without an imprint: a parenthesis of prose with a
    page number is not one."""
    document = parse_footnotes(["Он вернулся домой поздно вечером (как рассказывал потом "
                                "своему брату и всем соседям по дому, с. 5)."])
    assert not document.notes[0].cites


def test_a_date_in_the_prose_before_a_parenthesis_does_not_make_it_an_imprint() -> None:
    """A year in the sentence before a parenthesis is a sign that the sentence starts a
    reference whose imprint the parenthesis is ("Merryman, Comparative Law … (Brüssel
    1974)"); a date in prose is not, when the parenthesis holds no year: notes of
    three editions (Pushkin's circle, Dostoevsky's letters, Lermontov)."""
    for text, title, volume, page in (
            ("Вяземский, перенеся в начале 1825 г. серьезную болезнь в июне этого года "
             "поехал для морских купаний в Ревель, через Петербург. Приехалв Ревель 6 июля "
             "и оставался в нем, поселившись в Екатеринентале, до 18 августа 1825 г. (ОА, "
             "т. V, вып. 1, стр. 52-89).", "ОА", "V", "52-89"),
            ("См. его письмо от 7 июня 1876 года В.А. Алексееву, обратившемуся за "
             "разъяснениями в качестве читателя «Дневника…» (ПСС. Т. 29. Кн. 2. С. 84—85).",
             "ПСС", "29", "84—85"),
            ("В ПСС указано: «Сохранился автограф, под которым означено: 23 сентября 1841 г. "
             "в карете. Переписал в сельце Михайловском, в доме Пушкина» (ПСС, т. 4, стр. "
             "VIII).", "ПСС", "4", "VIII")):
        [(item, locator)] = cites(text)
        assert (item["title"], item.get("volume"), locator) == (title, volume, page), text


def test_a_short_title_cite_is_taken_from_commentary_the_whole_read_in_part() -> None:
    """Read whole, the sentence gave a title running into the parenthesis and an unread
    «5).»: the short-title cite inside the parenthesis is the reference (the Lenin
    collection's note as printed, the pages with spaces around the dash)."""
    document = parse_footnotes(["Подавляющим большинством голосов была принята написанная "
                                "Лениным резолюция (см. Полн. собр. соч., т. 35, стр. 4 — 5)."])
    note = document.notes[0]
    [cite] = note.cites
    item = item_to_json(document.items[cite.item])
    assert (item["title"], item["volume"], cite.locator) == ("Полн. собр. соч.", "35", "4 — 5")
    assert note.comment == "Подавляющим большинством голосов была принята написанная " \
                           "Лениным резолюция"


def test_in_text_references_to_a_list_in_square_brackets() -> None:
    """GOST R 7.0.5-2008, clause 7 (references after the text, called from it in square
    brackets): several parted by «;» inside the note's prose (a translated economic
    history and an ethnographic article of the dev set); the prose is the comment."""
    for text, expected, comment in (
            ("Среди работ советских исследователей, сформировавших мое понимание развития "
             "экономики СССР, могу назвать [Атлас 1969; Турецкий 1959; Малафеев 1964] и "
             "несколько исследований С. Г. Струмилина.",
             [("Атлас", 1969, None), ("Турецкий", 1959, None), ("Малафеев", 1964, None)],
             "Среди работ советских исследователей"),
            ("Ряд важных работ, посвященных советской экономике, был создан под "
             "покровительством RAND Corporation, исследовательского центра, связанного с ВВС "
             "США. См., в частности, [Bergson 1961; Chapman 1963].",
             [("Bergson", 1961, None), ("Chapman", 1963, None)], "Ряд важных работ"),
            ("Исполнение этого обряда на территории Ульяновской области зафиксировано также у "
             "мордвы и чувашей [Матлин 1997 I, 89–90; Рдюкова 1997, 101–102].",
             [("Матлин", 1997, "89–90"), ("Рдюкова", 1997, "101–102")], "Исполнение этого")):
        document = parse_footnotes([text])
        note = document.notes[0]
        found = [(document.items[cite.item].fields["author"][0].family,
                  document.items[cite.item].year, cite.locator) for cite in note.cites]
        assert found == expected, text
        assert note.comment.startswith(comment)
        assert note.leftover == []


def test_square_brackets_of_a_description_are_no_in_text_reference() -> None:
    """GOST 7.1-2003's brackets inside a reference ("[Электронный ресурс]", a date
    supplied "[1990]") keep the reference whole."""
    for text in ("Иванов И. История [Электронный ресурс]. М., 1990.",
                 "Иванов И. История. М., [1990]. 200 с."):
        [(item, _)] = cites(text)
        assert (item["title"], item["publisher-place"]) == ("История", "Москва")
