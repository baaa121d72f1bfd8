"""A heading's initials typed without the last period (issue 9, session 29).

Lists copied by hand or scanned drop the period of a name's last initial: a scanned
Soviet list «Морозов Б И, Фадеев В. Е., Шинкаренко В. В. Планирование …» (dev row
ru-gost-1022), a journal site's export line «Гусева, Е.Н, and О.Р Бородин. Типология
библиотек.» (ru-gost-573), a library guide's statement «/ В. Г Лебедев, В. К. Полторыгин,
…». Such a name is read where another name follows it, or its family follows the initials;
a family's initials before a title are not, for there a capital alone may open the title
(«Васильев Б. А зори здесь тихие»). Values read by hand from the texts."""

from __future__ import annotations

from biblio.parse.gost import parse_reference
from biblio.parse.heading_in_title import INITIALS_FIRST_UNCLOSED, heading_names


def _names(text: str) -> list[tuple[str | None, str | None]]:
    return [(name.family, name.given) for name in parse_reference(text).fields["author"]]


def test_a_family_first_name_without_its_last_period_before_the_next_name() -> None:
    text = ("Морозов Б И, Фадеев В. Е., Шинкаренко В. В. Планирование идеологической "
            "политико-воспитательной работы - М Мысль, 1984 -99 с")
    reference = parse_reference(text)
    assert _names(text) == [("Морозов", "Б И"), ("Фадеев", "В. Е."), ("Шинкаренко", "В. В.")]
    assert reference.fields["title"] == "Планирование идеологической политико-воспитательной работы"


def test_both_names_of_an_export_line_without_their_last_periods() -> None:
    text = ("Гусева, Е.Н, and О.Р Бородин. Типология библиотек. 100 вып: науч.-метод. пособ. "
            "No 65. М.: Либерея-бибинформ, 2007.")
    reference = parse_reference(text)
    assert _names(text) == [("Гусева", "Е.Н"), ("Бородин", "О.Р")]
    assert reference.fields["title"].startswith("Типология библиотек")
    assert reference.fields["publisher"] == "Либерея-бибинформ"


def test_initials_first_without_the_last_period_before_the_family() -> None:
    match = INITIALS_FIRST_UNCLOSED.match("В. Г Лебедев, В. К. Полторыгин, А. Г. Гржегоржевский")
    assert match is not None
    assert (match["given"], match["family"]) == ("В. Г", "Лебедев")


def test_a_capital_after_a_familys_initials_before_a_title_opens_the_title() -> None:
    assert heading_names("Васильев Б А зори здесь тихие. М., 1975.") is None
    reference = parse_reference("Васильев Б. А зори здесь тихие. М., 1975.")
    assert _names("Васильев Б. А зори здесь тихие. М., 1975.") == [("Васильев", "Б.")]
    assert reference.fields["title"] == "А зори здесь тихие"


def test_initials_with_their_periods_are_read_as_before() -> None:
    found = heading_names("Гусева, Е. Н., и О. Р. Бородин. Типология библиотек.")
    assert found is not None
    assert [(name.family, name.given) for name in found.names] == \
        [("Гусева", "Е. Н."), ("Бородин", "О. Р.")]
