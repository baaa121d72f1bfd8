"""Russian notes typed with commas where GOST prints periods, and imprints of the Soviet
co-editions: each rule with a value checked by hand against the printed reference."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.gost import parse_reference
from biblio.parse.publication import parse_publication


def fields(text: str) -> dict[str, object]:
    """The reference's fields as text, but the printed designations (a dictionary)."""
    reference = parse_reference(text)
    found: dict[str, object] = {name: value if name == "custom" else str(value)
                                for name, value in reference.fields.items() if name != "author"}
    if reference.locator:
        found["locator"] = reference.locator
    return found


def test_places_joined_by_a_dash_are_each_expanded() -> None:
    assert parse_publication("М.-Л., 1962")["publisher-place"] == "Москва; Ленинград"
    assert parse_publication("М.--Л.: Наука, 1963")["publisher-place"] == "Москва; Ленинград"


def test_a_hyphenated_place_is_not_cut_at_its_hyphens() -> None:
    assert parse_publication("Ростов-на-Дону, 1999")["publisher-place"] == "Ростов-на-Дону"


def test_places_written_out_and_joined_by_a_spaced_dash_are_each_a_place() -> None:
    """An encyclopedia's literature list (dev set batch 8) and a journal's imprint in an
    article's notes (batch 11) join two cities by a spaced dash: the places of a CSL list,
    as "М.-Л." gives (values read off by hand)."""
    notes = [
        "Владиславлев И. В., Литература великого десятилетия (1917—1927), т. I, Москва — "
        "Ленинград, 1928.",
        "Сердюк И. Старость в городском населении Левобережной Украины во второй половине "
        "ХVІІІ в. (на материалах Румянцевской описи 1765- 1769 гг.) / Игорь Сердюк // "
        "Историческая демография. Научный журнал. Москва – "
        "Сыктывкар, 2011. – 1 (7). С.7–12.",
    ]
    document = parse_footnotes(notes)
    places = [document.items[note.cites[0].item]["publisher-place"] for note in document.notes]
    assert places == ["Москва; Ленинград", "Москва; Сыктывкар"]


def test_volume_after_an_abbreviated_title_with_a_comma() -> None:
    assert fields("Тургенев И. С. Полн. собр. соч., т. 4. М., 1963, с. 18.") == {
        "title": "Полн. собр. соч.", "volume": "4", "publisher-place": "Москва",
        "issued": "1963", "locator": "18", "custom": {"designations": {"volume": "т."}}}


def test_number_of_volumes_with_its_case_ending_leaves_the_title() -> None:
    assert fields("Толстой Л. Н. Собр. соч. в 22-х т., т. 3. М., 1979, с. 9.") == {
        "title": "Собр. соч.", "number-of-volumes": "22", "volume": "3",
        "publisher-place": "Москва", "issued": "1979", "locator": "9",
        "custom": {"designations": {"volume": "т."}}}


def test_page_after_a_volume_number_with_a_comma() -> None:
    assert fields("Чехов А. П. Полн. собр. соч., т. 11, с. 240.") == {
        "title": "Полн. собр. соч.", "volume": "11", "locator": "240",
        "custom": {"designations": {"volume": "т."}}}


def test_law_gazette_issue_with_its_part_and_article() -> None:
    reference = parse_reference("СЗ РФ, 2002, № 1, ч. I, ст. 1.")
    assert (reference.fields["title"], reference.fields["issue"], str(reference.fields["issued"]),
            reference.locator, reference.label) == ("СЗ РФ", "1", "2002", "1", "section")


def test_newspaper_with_its_day_and_issue_joined_by_commas() -> None:
    reference = parse_reference("Известия, 1937, 12 июня, № 136.")
    assert (reference.type, reference.fields["title"], reference.fields["issue"],
            reference.fields["issued"].parts) == ("periodical", "Известия", "136", [[1937, 6, 12]])


def test_host_after_the_area_dash_in_the_soviet_form() -> None:
    reference = parse_reference(
        "Петров П. П. Статья о Гоголе. - В кн.: Гоголь в критике, с. 10-25.")
    assert reference.type == "chapter"
    assert fields("Петров П. П. Статья о Гоголе. - В кн.: Гоголь в критике, с. 10-25.") == {
        "title": "Статья о Гоголе", "container-title": "Гоголь в критике",
        "page": "10-25", "locator": "10-25"}


def test_collection_host_after_the_long_dash_with_an_imprint() -> None:
    assert fields("Петров П. П. Статья. — В сб.: Труды института. М., 1960. С. 5–9.") == {
        "title": "Статья", "container-title": "Труды института", "issued": "1960",
        "publisher-place": "Москва", "page": "5–9", "locator": "5–9"}


def test_last_page_after_a_title_with_a_comma() -> None:
    assert fields("Иванов И. И. Очерки истории, с. 12.") == {
        "title": "Очерки истории", "locator": "12"}


def test_a_firm_with_its_year_and_no_place_is_the_publisher() -> None:
    assert parse_publication("Yale University Press, 1985") == {
        "issued": parse_publication("1985")["issued"], "publisher": "Yale University Press"}
    assert parse_publication("Изд-во МГУ, 1962")["publisher"] == "Изд-во МГУ"
    assert "publisher" not in parse_publication("New Haven, 1985")


def test_bare_volume_between_the_year_and_the_issue() -> None:
    assert fields("Smith J. Essay // Past and Present. 1970. 46. No. 3. P. 5–20.") == {
        "title": "Essay", "container-title": "Past and Present", "issued": "1970",
        "volume": "46", "issue": "3", "page": "5–20", "locator": "5–20",
        "custom": {"designations": {"issue": "No."}}}  # the bare volume stays bare


def test_bare_number_after_the_year_with_no_issue_is_not_taken_for_a_volume() -> None:
    assert "volume" not in fields("Иванов И. Статья // Вопросы истории. 1990. 12. С. 5.")


@pytest.mark.parametrize(("text", "issue", "part"), [
    # a law gazette's issue in parts, in the period, comma and area-dash forms: dev set
    # batch 18 (a guide on legal acts; studopedia's official documents) and ru-fn-131
    ("Собр. законодательства РФ. 2006. № 31 (ч. 1). Ст. 3448.", "31", "Ч. 1"),
    ("СЗ РФ, 2001, № 52, ч. I, ст. 4921.", "52", "Ч. I"),
    ("Федеральный закон от 11 ноября 2004 г. № 139-ФЗ «О внесении изменений в Таможенный "
     "кодекс Российской Федерации» // Собрание законодательства Российской Федерации. – "
     "2004. – № 46 (Ч.1). – Ст. 4494.", "46", "Ч. 1"),
])
def test_the_part_of_a_gazette_issue_is_its_part_number(text: str, issue: str,
                                                       part: str) -> None:
    """Собрание законодательства prints a large issue in parts, cited "№ 52 (ч. I)" or
    "№ 52, ч. I": the issue keeps its number, the part is the part-number (no series, and
    not dropped)."""
    reference = parse_reference(text)
    assert reference.fields["issue"] == issue
    assert reference.fields["part-number"] == part
    assert "collection-title" not in reference.fields


@pytest.mark.parametrize(("area", "places"), [
    ("Москва — Ленинград, 1928", "Москва; Ленинград"),   # batch 8, an encyclopedia's list
    ("Москва – Сыктывкар, 2011", "Москва; Сыктывкар"),   # batch 13, a journal's imprint
    ("Івано-Франківськ — Москва, 2010", "Івано-Франківськ; Москва"),  # a Ukrainian capital
])
def test_a_publication_area_of_places_joined_by_a_spaced_dash_is_read(
        area: str, places: str) -> None:
    """The same imprints as an area of their own, as a period-form reference gives them
    («… Книга. Москва — Ленинград, 1928.»): the area was read as no publication, and the
    title swallowed it."""
    fields = parse_publication(area)
    assert fields is not None and fields["publisher-place"] == places
