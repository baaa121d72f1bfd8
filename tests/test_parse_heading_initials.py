"""A heading's initials after the first are one letter, or a transliteration's digraph:
a short title after them ("Иванов И. Ад.") is not taken for one more initial."""

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.gost import parse_reference


def heading_and_title(text: str) -> tuple[list[tuple[str, str]], str]:
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    return ([(name.family, name.given) for name in item.fields["author"]],
            item.fields["title"])


@pytest.mark.parametrize("text, given, title", [
    ("Иванов И. Ад. М., 1999.", "И.", "Ад"),
    ("Guelton F. Où. Bruxelles, 1700.", "F.", "Où"),
])
def test_a_short_title_after_the_initials_is_the_title(text: str, given: str,
                                                       title: str) -> None:
    names, read_title = heading_and_title(text)
    assert names[0][1] == given
    assert read_title == title


@pytest.mark.parametrize("text, given", [
    ("Smirnova O. Yu. Istoriya. Moscow, 2001.", "O. Yu."),
    ("Ivanov A.Yu. Istoriya. Moscow, 2001.", "A.Yu."),
    ("Kuznetsov V. Zh. Istoriya. Moscow, 2001.", "V. Zh."),
    ("Dupont J.-Ph. Histoire. Paris, 1999.", "J.-Ph."),
    ("Томсон Дж. Дж. Электрон. М., 1928.", "Дж. Дж."),
])
def test_digraph_initials_after_the_first_stay_initials(text: str, given: str) -> None:
    assert heading_and_title(text)[0][0][1] == given


@pytest.mark.parametrize("text, names, title", [
    ("Горлова И. И. , Коваленко Т. В. , Бычкова О. И. Культурная жизнь провинции // "
     "Вестник ТГУ. 2018. № 30. С. 23–32.",
     [("Горлова", "И. И."), ("Коваленко", "Т. В."), ("Бычкова", "О. И.")],
     "Культурная жизнь провинции"),
    ("Петров А.А. , Сидоров Б.Б. История края. М., 2005.",
     [("Петров", "А.А."), ("Сидоров", "Б.Б.")], "История края"),
])
def test_space_before_the_comma_between_heading_names_still_parts_names(
        text: str, names: list[tuple[str, str]], title: str) -> None:
    assert heading_and_title(text) == (names, title)


@pytest.mark.parametrize("text, names, title", [
    ("Borisov N.S. — From the History of the Tver Princely Family // History magazine - "
     "researches. – 2018. – № 6. – P. 29–38.", [("Borisov", "N.S.")],
     "From the History of the Tver Princely Family"),
    ("Tesaev Z.A., Basnukaev K.U. — The chronicles “Tarikh Chachan” // History magazine - "
     "researches. – 2021. – № 2. – P. 1–10.", [("Tesaev", "Z.A."), ("Basnukaev", "K.U.")],
     "The chronicles “Tarikh Chachan”"),
    ("Иванов И.И. – История края // Вопросы истории. – 2018. – № 6. – С. 29–38.",
     [("Иванов", "И.И.")], "История края"),
])
def test_dash_between_the_heading_and_the_title_is_not_the_titles(
        text: str, names: list[tuple[str, str]], title: str) -> None:
    assert heading_and_title(text) == (names, title)


def test_a_last_initial_that_lost_its_period_before_the_title() -> None:
    # a forestry journal's rules (dev set batch 14): "Максимова Е.Ю Оценка …", the initials
    # typed close up, read with the period closed (partial.repair, reported as printed); an
    # initial before a one-letter word stays one ("Власова Н. И проснешься боссом", dev set
    # batch 6)
    reference = parse_reference(
        "Максимова Е.Ю Оценка применения гуминовых препаратов в качестве мелиорантов для "
        "рекультивации деградированных постпирогенных почв // Агрохимический вестник, 2018. "
        "№ 1. С. 46–41.")
    assert [(name.family, name.given) for name in reference.fields["author"]] == \
        [("Максимова", "Е.Ю.")]
    assert reference.fields["title"].startswith("Оценка применения")
    assert "Е.Ю" in [leftover.text for leftover in reference.leftover]
    reference = parse_reference("Власова Н. И проснешься боссом. — М. : ИНФРА-М, 1994.")
    assert reference.fields["author"][0].given == "Н."
    assert reference.fields["title"] == "И проснешься боссом"
