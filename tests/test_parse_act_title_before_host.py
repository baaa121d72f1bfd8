"""An act cited by its own title, then «от» its date and «№» its number, before its host
or its address (biblio.parse.named_acts.take_act_lead). Real forms of two sources of the
dev set: a law faculty's list of acts (studfile 12718273, batch 32) and a ministry's order
known only by its date and number in a breeding programme's list (batch 35); the values
were read off the text by hand."""

from __future__ import annotations

from biblio.parse.gost import parse_reference
from biblio.parse.named_acts import take_act_lead

CODE_IN_GAZETTE = (
    "Гражданской кодекс Российской Федерации (Часть первая) от 30.11.1994 № 51-ФЗ // Собрание "
    "законодательства Российской Федерации, 1994, № 32, ст. 3301 (с изменениями на 2 июля "
    "2005 года № 83-ФЗ // Российская газета. - № 144. - 06.07.2005).")
ORDER_ON_THE_WEB = (
    "Приказ Минсельхоза РФ от 25 июня 2007 г. № 342. URL: "
    "http://www.garant.ru/products/ipo/prime/doc/2062813/#ixzz5cZrGigYe (дата обращения "
    "10.01.2019).")


def test_a_code_before_its_gazette_keeps_its_date_and_number_out_of_the_title() -> None:
    reference = parse_reference(CODE_IN_GAZETTE)
    assert reference.type == "legislation"
    assert reference.fields["title"] == "Гражданской кодекс Российской Федерации (Часть первая)"
    assert reference.fields["number"] == "51-ФЗ"
    assert reference.fields["issued"].parts == [[1994, 11, 30]]
    assert reference.fields["container-title"] == "Собрание законодательства Российской Федерации"
    assert reference.fields["issue"] == "32"


def test_an_order_before_its_address_has_its_number_not_an_issue() -> None:
    reference = parse_reference(ORDER_ON_THE_WEB)
    assert reference.type == "legislation"
    assert reference.fields["number"] == "342"
    assert "issue" not in reference.fields
    assert reference.fields["issued"].parts == [[2007, 6, 25]]
    assert reference.fields["URL"] == \
        "http://www.garant.ru/products/ipo/prime/doc/2062813/#ixzz5cZrGigYe"
    assert reference.fields["accessed"].parts == [[2019, 1, 10]]


def test_the_act_statement_is_taken_out_and_the_rest_kept_whole() -> None:
    rest, lead = take_act_lead(CODE_IN_GAZETTE)
    assert lead is not None and lead.number == "51-ФЗ"
    assert rest.startswith("Гражданской кодекс Российской Федерации (Часть первая) // Собрание")
    assert rest.endswith("- 06.07.2005).")


def test_no_act_no_statement_taken() -> None:
    # a book's title before «от» and a number names no act; a kind alone names no title
    book = "Письма от 12.03.1990 № 5 // Новый мир. 1990. № 5. С. 3–10."
    assert take_act_lead(book) == (book, None)
    kind = "Федеральный закон от 10.01.2003 № 19-ФЗ // Российская газета. 2003. 16 янв."
    assert take_act_lead(kind) == (kind, None)


def test_an_act_with_nothing_after_its_number_is_left_to_the_named_act_reader() -> None:
    text = "Трудовой кодекс Российской Федерации от 30.12.2001 № 197-ФЗ."
    assert take_act_lead(text) == (text, None)
    reference = parse_reference(text)
    assert reference.fields["number"] == "197-ФЗ"


def test_an_acts_single_page_in_its_bulletin_is_the_items() -> None:
    """An act printed in a periodical's issue (GOST R 7.0.5-2008's example of a court's
    ruling in its bulletin): the page after the issue is where the act is printed, the
    item's page, as a newspaper's day's page is and a range always is."""
    for text, page in (
            ("Об утверждении положения о школе : приказ Министерства образования РФ от 10 "
             "мая 2001 г. № 1234 // Вестник образования. 2001. № 12. С. 45.", "45"),
            ("О внесении изменений в закон об образовании: федер. закон от 5 янв. 2006 г. "
             "№ 7-ФЗ // Рос. газета. – 2006. – № 15. – С. 3.", "3")):
        reference = parse_reference(text)
        assert reference.type == "legislation"
        assert reference.fields["page"] == page


def test_an_articles_single_page_in_a_journal_stays_the_cites() -> None:
    """An article's single page after its journal's issue is the note's pinpoint, as
    before: only an act's is its own."""
    reference = parse_reference("Петров В. И. Тренды рынка // Вопросы экономики. 2021. № 5. С. 75.")
    assert "page" not in reference.fields
    assert reference.locator == "75"
