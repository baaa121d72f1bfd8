"""A Cyrillic name written out, the family first ("Громов Евгений."): Russian order, told
by the known given name after a word that is none (`names._family_before_given`), as the
heading reader already told it ("Будберг Алексей, барон."). Real forms: dev rows of four
sources (batches 6, 9, 25, 28); values read off by hand."""

from __future__ import annotations

import pytest

from biblio.model import Name
from biblio.parse import parse_footnotes
from biblio.parse.names import parse_person


@pytest.mark.parametrize(("text", "family", "given"), [
    ("Громов Евгений", "Громов", "Евгений"),        # ru-fn-445
    ("Чистяков Вячеслав", "Чистяков", "Вячеслав"),  # ru-fn-823
    ("Бенуа Александр", "Бенуа", "Александр"),      # ru-fn-1746
    ("Сухобок Сергей", "Сухобок", "Сергей"),        # ru-fn-1940
    # given first, as statements of responsibility print it, and a Latin name
    ("Евгений Громов", "Громов", "Евгений"),
    ("Лев Троцкий", "Троцкий", "Лев"),
    ("Frédéric Dessberg", "Dessberg", "Frédéric"),
])
def test_a_name_written_out_in_either_order(text: str, family: str, given: str) -> None:
    assert parse_person(text) == Name(family=family, given=given)


def test_two_given_names_keep_the_order_of_statements() -> None:
    """"Александр Сергей": both known, nothing tells the family; given first, as before."""
    assert parse_person("Александр Сергей") == Name(family="Сергей", given="Александр")


def test_a_web_article_without_imprint_keeps_its_author_family_first() -> None:
    """ru-fn-1940 (batch 28): read by the labeller, which took "Сергей" for the family."""
    document = parse_footnotes([
        "Сухобок Сергей. За кулисами кризисов. Индустриализация как афера. Часть 3. "
        "(http://comments.ua/money/375011-kulisami-krizisov.html)"])
    (item,) = document.items.values()
    assert item["author"] == [Name(family="Сухобок", given="Сергей")]
