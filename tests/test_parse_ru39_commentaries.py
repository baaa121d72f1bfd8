"""Forms of batch 39 of the development set (session 31): the textual notes of Soviet
academic editions, «№» typed «No» in a Cyrillic note, and Ukrainian and Belarusian words
typed with the Latin «i».

The references are real, as their sources print them (the source named at each); each
expected field was checked by hand against the reference."""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json
from biblio.parse.typography import retyped
from biblio.text.repair import repair_reference


def _cite(text: str) -> tuple[dict[str, Any], str | None, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return item_to_json(document.items[cite.item]), cite.locator, cite.prefix


@pytest.mark.parametrize("text, archive, location, leaf", [
    # Turgenev's letters, the academic edition's commentary (dev ru-fn-2616, 2627)
    ("Печатается по подлиннику: ГБЛ, ф. 306, картон 2, No 74.", "ГБЛ",
     "ф. 306, картон 2, No 74", None),
    ("Печатается по подлиннику: ЦГАЛИ, ф. 509, оп. 1, No 44, л. 142.", "ЦГАЛИ",
     "ф. 509, оп. 1, No 44", "142"),
])
def test_a_numero_typed_no_in_an_archival_path_is_its_level(
        text: str, archive: str, location: str, leaf: str | None) -> None:
    item, locator, prefix = _cite(text)
    assert (item["archive"], item["archive_location"]) == (archive, location)
    assert locator == leaf
    assert prefix == "Печатается по подлиннику:"


@pytest.mark.parametrize("text, title, year, issue", [
    # Turgenev's letters (dev ru-fn-2625), a Ukrainian bibliography's journal (dev
    # ru-gost-540)
    ("Краткое изложение напечатано: Гол Мин, 1919, No 1-4, с. 212-213.", "Гол Мин", 1919, "1-4"),
    ("Вісник Книжкової палати. 2012. No 4. С. 18— 20.", "Вісник Книжкової палати", 2012, "4"),
])
def test_a_numero_typed_no_before_an_issue_is_the_issue(
        text: str, title: str, year: int, issue: str) -> None:
    item, _, _ = _cite(text)
    assert item["issue"] == issue
    assert item["issued"]["date-parts"][0][0] == year
    assert title in (item.get("title"), item.get("container-title"))


def test_no_is_a_numero_only_after_a_cyrillic_word() -> None:
    # «No» between Latin words is the English word or the note's own numero
    assert retyped("Сын Отечества, 1834, No 52;") is not None
    assert retyped("Slavic Review, 1990, No 3, p. 5.") is None


@pytest.mark.parametrize("text, prefix, fields", [
    # Nekrasov's letters, the academic edition's commentary (dev ru-fn-2671, 2674)
    ("Подлинник: ИРЛИ, ф. 357 (собр. В. И. Яковлева), оп. 3, № 97, л. 3—4.", "Подлинник:",
     {"archive": "ИРЛИ", "archive_location": "ф. 357 (собр. В. И. Яковлева), оп. 3, № 97"}),
    ("Впервые: СМ, 1911, № 9, с. 165.", "Впервые:",
     {"type": "periodical", "title": "СМ", "issue": "9"}),
])
def test_a_textual_notes_opening_word_is_the_cites_prefix(
        text: str, prefix: str, fields: dict[str, str]) -> None:
    item, _, read_prefix = _cite(text)
    assert read_prefix == prefix
    assert {key: item.get(key) for key in fields} == fields


@pytest.mark.parametrize("printed, meant", [
    # the «Литература» of an encyclopedia's article on Belarusian (dev ru-fn-2682, 2685)
    ("Дыялекталагiчны атлас беларускай мовы, ч. 1-2, Мiнск, 1963.",
     "Дыялекталагічны атлас беларускай мовы, ч. 1-2, Мінск, 1963."),
    ("Бiрыла М.В. Беларуская антрапанiмiя", "Бірыла М.В. Беларуская антрапанімія"),
    # a Ukrainian chapter in the notes of a book on Chernigov (dev ru-fn-1186)
    ("Юбiлейний збiрник на пошану академика Д. Й. Багалiя",
     "Юбілейний збірник на пошану академика Д. Й. Багалія"),
])
def test_a_latin_i_in_a_cyrillic_word_is_the_cyrillic_i(printed: str, meant: str) -> None:
    assert repair_reference(printed).text == meant


def test_a_word_that_prints_the_cyrillic_i_stays_as_printed() -> None:
    # a transliterated title with one Cyrillic «і» (dev ru-gost-219): not read otherwise
    text = "Sbornik ukazov v Polnom sobranіi zakonov"
    assert repair_reference(text).text == text


def test_straight_single_quotes_are_quotation_marks() -> None:
    # the notes of a book on Somov (dev ru-fn-1225): the journal after «.-» in '…'
    item, _, _ = _cite("П. Глебов. Воспоминания о войне 1828 года.- 'Сын Отечества', 1834, No 52;")
    assert item["type"] == "article-journal"
    assert (item["title"], item["container-title"]) == ("Воспоминания о войне 1828 года",
                                                       "Сын Отечества")
    assert (item["issue"], item["issued"]) == ("52", {"date-parts": [[1834]]})


def test_an_apostrophe_inside_a_word_opens_no_quotation() -> None:
    item, _, _ = _cite("Крип'якевич І. Історія. Львів, 1990.")
    assert item["author"] == [{"family": "Крип'якевич", "given": "І."}]
    assert item["title"] == "Історія"


@pytest.mark.parametrize("text, title, issue, page", [
    # Turgenev's letters (dev ru-fn-2615): the note goes on «с неверной датой - 1861 г.»
    ("Впервые опубликовано: Рус Ст, 1884, No 5, с. 400,", "Рус Ст", "5", "400"),
    # the notes of a book on Soviet labour (the comma form of dev ru-fn-696), cut so
    ("«Плановое хозяйство», 1927, № 8, стр. 330,", "Плановое хозяйство", "8", "330"),
])
def test_a_russian_reference_cut_before_its_commentary_keeps_its_comma_out(
        text: str, title: str, issue: str, page: str) -> None:
    item, locator, _ = _cite(text)
    assert (item["type"], item["title"], item["issue"]) == ("periodical", title, issue)
    assert locator == page


def test_a_title_closing_on_a_city_keeps_its_heading() -> None:
    # a Ukrainian book's notes (dev ru-fn-1142): «Казань» after a title, not after a volume
    item, _, _ = _cite("А. Попов: Вліяніе церковнаго ученія в древнерусской церковной "
                       "письменности на міросозерцание русскаго народа и его словесности, "
                       "Казань, 1883 р.")
    assert item["author"] == [{"family": "Попов", "given": "А."}]
    assert item["publisher-place"] == "Казань"


def test_a_new_martyrs_title_before_the_name_is_no_part_of_the_title() -> None:
    # a church-history monograph's notes (dev ru-fn-2611)
    item, _, prefix = _cite("См.: Священномученик Александр (Трапицын). Из впечатления "
                            "паломника во Святую Землю // Духовный Собеседник. 2004. № 1 (37).")
    assert prefix == "См.:"
    assert item["title"] == "Из впечатления паломника во Святую Землю"
    assert (item["container-title"], item["issue"]) == ("Духовный Собеседник", "1 (37)")
