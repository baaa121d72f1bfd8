"""A statement of responsibility typed wholly in capitals or in lower case (GOST 7.1-2003
clause 4.7's « / » before it): its role words read as the tables hold them, its names
given back in the case printed, in the nominative where the role governs the genitive."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


def _names(text: str, role: str) -> list[tuple[str | None, str | None]]:
    reference = parse_reference(text)
    return [(name.family, name.given) for name in reference.fields.get(role, [])]


@pytest.mark.parametrize(("text", "role", "names"), [
    # lower case throughout, as a list retyped without capitals prints it
    ("природа человека // современный философский словарь / под общ. ред. в. е. кемерова. "
     "– М., 2004. – с. 550–553.", "editor", [("кемеров", "в. е.")]),
    ("История края / под ред. а.а. сидоровой. – Томск : ТГУ, 2011. – 200 с.",
     "editor", [("сидорова", "а.а.")]),
    ("История края / отв. ред. п. п. смирнов. – М., 1999.", "editor", [("смирнов", "п. п.")]),
    ("Сборник документов / сост. и. и. петров, м. м. орлова. – Л. : Наука, 1985.",
     "compiler", [("петров", "и. и."), ("орлова", "м. м.")]),
    ("Письма / пер. с англ. н. в. волковой. – СПб., 2003.", "translator",
     [("волкова", "н. в.")]),
    # the initials alone in lower case, the family capitalised
    ("природа человека / л. а. Мясникова. – М., 2004.", "author", [("Мясникова", "л. а.")]),
    ("Очерки / в. в. Орлов, и. и. Петров. – Киев, 2010.", "author",
     [("Орлов", "в. в."), ("Петров", "и. и.")]),
    # capitals throughout, as descriptions typed in capitals print them
    ("ИСТОРИЯ КРАЯ / ПОД ОБЩ. РЕД. В. Е. КЕМЕРОВА. – М. : НАУКА, 2001. – 300 С.",
     "editor", [("КЕМЕРОВ", "В. Е.")]),
    ("История края / ПОД РЕД. А.А. СИДОРОВОЙ. – Томск, 2011.", "editor",
     [("СИДОРОВА", "А.А.")]),
    ("История края / СОСТ. И. И. ПЕТРОВ. – Л., 1985.", "compiler", [("ПЕТРОВ", "И. И.")]),
])
def test_a_statement_in_one_case_is_read(
        text: str, role: str, names: list[tuple[str, str]]) -> None:
    assert _names(text, role) == names


def test_a_body_in_lower_case_is_no_person() -> None:
    """«отдел рукописей» names no one by initials: no author is read from it."""
    reference = parse_reference("Каталог / отдел рукописей. – М., 1990.")
    assert not reference.fields.get("author")


def test_capitals_role_words_are_no_authors_name() -> None:
    """«ПОД ОБЩ. РЕД.» is the role, not words of the editor's family."""
    reference = parse_reference("Словарь / ПОД ОБЩ. РЕД. Н. Н. ОРЛОВА. – М., 2004.")
    assert not reference.fields.get("author")
    assert _names("Словарь / ПОД ОБЩ. РЕД. Н. Н. ОРЛОВА. – М., 2004.", "editor") == \
        [("ОРЛОВ", "Н. Н.")]


def test_the_words_after_the_names_are_no_family() -> None:
    """A host typed close up after the statement («Мясникова//современный …») makes the
    lower-case words no family once capitalised."""
    reference = parse_reference("природа человека / л. а. Мясникова//современный философский "
                                "словарь / под общ. ред. в. е. кемерова. – М., 2004.")
    assert all("/" not in (name.family or "") and " " not in (name.family or "")
               for name in reference.fields.get("author", []))
