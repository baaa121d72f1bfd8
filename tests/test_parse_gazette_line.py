"""An act with the official gazette that printed it in parentheses, as the Verkhovna
Rada's site prints it under each law's heading: the heading and line as a GOST list (dev
set), a mobile app's text and a copy of the site's page quote them. Values read by hand:
the gazette, year and number are the host's, the article the locator."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "year", "issue", "article"), [
    ("ЗАКОН УКРАЇНИ «Про освіту» (Відомості Верховної Ради (ВВР), 2017, № 38-39, ст.380)",
     "Про освіту", 2017, "38-39", "380"),
    ("Закон України «Про Національну поліцію» (Відомості Верховної Ради (ВВР), 2015, № 40-41, "
     "ст.379)", "Про Національну поліцію", 2015, "40-41", "379"),
    ("Про фінансові послуги та фінансові компанії (Відомості Верховної Ради (ВВР), 2022, № 3, "
     "ст.11)", "Про фінансові послуги та фінансові компанії", 2022, "3", "11"),
])
def test_the_gazette_in_parentheses_is_the_acts_host(
        text: str, title: str, year: int, issue: str, article: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "legislation"
    assert reference.fields["title"] == title
    assert reference.fields["container-title"] == "Відомості Верховної Ради"
    assert reference.fields["container-title-short"] == "ВВР"
    assert reference.fields["issued"].parts == [[year]]
    assert reference.fields["issue"] == issue
    assert reference.locator == article


def test_the_acts_kind_before_its_title_is_its_genre() -> None:
    fields = parse_reference("ЗАКОН УКРАЇНИ «Про вищу освіту», (Відомості Верховної Ради (ВВР), "
                             "2014, № 37-38, ст.2004)").fields
    assert (fields["genre"], fields["title"]) == ("ЗАКОН УКРАЇНИ", "Про вищу освіту")


def test_a_supplement_to_the_number_is_kept_in_note() -> None:
    fields = parse_reference("Кодекс України «Про адміністративні правопорушення» (Відомості "
                             "Верховної Ради Української РСР (ВВР) 1984, додаток до № 51, "
                             "ст.1122)").fields
    assert fields["title"] == "Про адміністративні правопорушення"
    assert fields["container-title"] == "Відомості Верховної Ради Української РСР"
    assert fields["issue"] == "51"
    assert fields["note"] == "додаток до № 51"


def test_a_parenthesis_without_the_gazettes_number_and_article_is_no_gazette_line() -> None:
    reference = parse_reference("Про освіту (Відомості Верховної Ради, 2017)")
    assert reference.type != "legislation" or "container-title" not in reference.fields
