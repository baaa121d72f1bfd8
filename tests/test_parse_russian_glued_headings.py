"""A heading whose last initial is typed close up to the title, as reference lists
copied from word processors print it: "Алексеев, Ю.Г.Государь всея Руси / Ю.Г. Алексеев.
– Новосибирск: Наука, 1991." (GOST 7.1-2003's heading "Алексеев, Ю. Г." and the title
proper, with the space lost). Real forms from batch 7's lists; values read by hand."""

from __future__ import annotations

import pytest

from biblio.model import Name
from biblio.parse.gost import parse_reference

GLUED = [
    ("Алексеев, Ю.Г.Государь всея Руси / Ю.Г. Алексеев. – Новосибирск: Наука, 1991.",
     "Алексеев", "Государь всея Руси"),
    ("Ключевский, В.О.Исторические портреты / В.О. Ключевский. – М.: Эксмо, 2008.",
     "Ключевский", "Исторические портреты"),
    ("Костомаров, Н.И.Русская история в жизнеописаниях ее главнейших деятелей / Н.И. Костомаров."
     " – М.: Мысль, 1993.",
     "Костомаров", "Русская история в жизнеописаниях ее главнейших деятелей"),
    ("Жбанков Д.Н.Итоги земской медицины // Врач. 1894. № 18. С. 513-518.",
     "Жбанков", "Итоги земской медицины"),
]


@pytest.mark.parametrize(("text", "family", "title"), GLUED)
def test_a_heading_glued_to_its_title_is_read_apart(text: str, family: str, title: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["author"][0].family == family
    assert reference.fields["title"] == title


def test_initials_before_a_family_are_not_a_glued_heading() -> None:
    reference = parse_reference("И.Сталин, т. 11, с.15–16.")
    assert reference.fields["author"][0].family == "Сталин"


@pytest.mark.parametrize(("text", "family", "given", "title"), [
    ("См., к примеру: GurkoV. I. Features and Figures of the Past: Government and Opinion in "
     "the Reign of Nicholas II. — Stanford, Calif.: Hoover Institution, 1939", "Gurko", "V. I.",
     "Features and Figures of the Past: Government and Opinion in the Reign of Nicholas II"),
    ("Boatner M. M.Cassell's Biographical Dictionary of the American Civil War, 1861-1865. L., "
     "1973. P. 294.", "Boatner", "M. M.",
     "Cassell's Biographical Dictionary of the American Civil War, 1861-1865"),
])
def test_latin_initials_typed_close_up_to_the_family_or_the_title(
        text: str, family: str, given: str, title: str) -> None:
    """Russian books print foreign works with the space lost before or after the initials, as
    they print Russian ones (batch 6, a translated history of Russia; batch 9, a Russian book
    on the American Civil War); values read by hand."""
    reference = parse_reference(text)
    assert [(name.family, name.given) for name in reference.fields["author"]] == \
        [(family, given)]
    assert reference.fields["title"] == title


def test_each_name_of_a_list_glued_to_its_initials_is_read_apart() -> None:
    # real (ru-gost-752, a Ukrainian guide's list): the damage of "КарпачевМ. Д." (ru-gost-133)
    # on every name, the names parted by commas
    reference = parse_reference(
        "ВерстюкВ.Ф., ДзюзаО.М., РепринцевВ.Ф. Україна від найдавніших часів до сьогодення. "
        "Хронологічний довідник. – К.: Наукова думка, 1995. – 688 с.")
    assert [(name.family, name.given) for name in reference.fields["author"]] == [
        ("Верстюк", "В.Ф."), ("Дзюза", "О.М."), ("Репринцев", "В.Ф.")]
    assert reference.fields["title"].startswith("Україна від найдавніших часів")


@pytest.mark.parametrize(("text", "family", "given", "title"), [
    # a PDF text layer's heading: the family, both initials and one period run together
    ("МихайловММ. Творчий шлях “Думки”. — К., 1957. — С. 7.", "Михайлов", "М.М.",
     "Творчий шлях “Думки”"),
    ("ПетровАС. История края. — Томск, 1988. — 240 с.", "Петров", "А.С.", "История края"),
    ("Смирнова-ОрловаЕВ. Очерки быта. М., 1999. С. 15.", "Смирнова-Орлова", "Е.В.",
     "Очерки быта"),
    # initials first, the family run into the title's first word
    ("А.Д. ГрачПо поводу рецензии Л.Р. Кызласова // СА. 1965. №3. С. 302-306.", "Грач",
     "А.Д.", "По поводу рецензии Л.Р. Кызласова"),
    ("В. И. СмирновО датировке курганов // Археология. 1971. № 2. С. 12-20.", "Смирнов",
     "В. И.", "О датировке курганов"),
])
def test_a_heading_run_together_in_a_text_layer_is_read_apart(
        text: str, family: str, given: str, title: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["author"] == [Name(family=family, given=given)]
    assert reference.fields["title"] == title


def test_a_family_with_a_capital_inside_it_stays_whole() -> None:
    """«МакКартни» closed by its period is one family, no family glued to a title."""
    reference = parse_reference("Р. МакКартни. Жизнь и песни. М., 2001. С. 5.")
    assert reference.fields["author"] == [Name(family="МакКартни", given="Р.")]


@pytest.mark.parametrize(("text", "names"), [
    # OCR reads the initial «З» as the figure: after a family and a first initial, spaced
    # or not, alone or before another name
    ("Рабинович Б. 3. Из истории края. М.: Наука, 1980. 392 с.", [("Рабинович", "Б. З.")]),
    ("См.: Рабинович Б. 3. Из истории края. М.: Наука, 1980. С. 5.", [("Рабинович", "Б. З.")]),
    ("Гуревич А. 3., Петров П. П. Очерки. Л., 1975. С. 5.",
     [("Гуревич", "А. З."), ("Петров", "П. П.")]),
    # the first initial, before a second one (a PDF text layer's «Бурджалов 3. Н.»)
    ("Кузнецов 3. П. Очерки истории края. — Тула, 1968. — С. 41.", [("Кузнецов", "З. П.")]),
    ("Миронова 3.И. Земство и школа. М., 1975. С. 12.", [("Миронова", "З.И.")]),
])
def test_an_initial_read_as_a_figure_by_ocr_is_the_letter(
        text: str, names: list[tuple[str, str]]) -> None:
    reference = parse_reference(text)
    assert [(name.family, name.given) for name in reference.fields["author"]] == names


@pytest.mark.parametrize("text", ["Том 3. С. 5.", "Т. 3. С. 5.", "Т. 3. Кн. 2. С. 5.",
                                  "Том 3. И. С. Тургенев. М., 1971."])
def test_a_volume_is_no_initial(text: str) -> None:
    assert not parse_reference(text).fields.get("author")
