"""A heading's initials typed otherwise than GOST prints them (issue 9, session 29).

Without the last period.
Lists copied by hand or scanned drop the period of a name's last initial: a scanned
Soviet list «Морозов Б И, Фадеев В. Е., Шинкаренко В. В. Планирование …» (dev row
ru-gost-1022), a journal site's export line «Гусева, Е.Н, and О.Р Бородин. Типология
библиотек.» (ru-gost-573), a library guide's statement «/ В. Г Лебедев, В. К. Полторыгин,
…». Such a name is read where another name follows it, or its family follows the initials;
a family's initials before a title are not, for there a capital alone may open the title
(«Васильев Б. А зори здесь тихие»).

In lower case, as text recognition or a list typed in lower case gives them: «Маркс к.,
Энгельс ф. Соч. 2-е изд. Т. 3. С. 4.» (a history textbook's notes, dev row ru-fn-1214),
«Мясникова, л. а. природа человека / л. а. Мясникова» (a list typed in lower case,
ru-gost-580); never a one-letter term («т.», «с.», «л.») nor a letter before a number.
Values read by hand from the texts."""

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


def test_initials_in_lower_case_after_each_family() -> None:
    reference = parse_reference("Маркс к., Энгельс ф. Соч. 2-е изд. Т. 3. С. 4.")
    assert _names("Маркс к., Энгельс ф. Соч. 2-е изд. Т. 3. С. 4.") == \
        [("Маркс", "к."), ("Энгельс", "ф.")]
    assert reference.fields["title"] == "Соч."
    assert reference.fields["volume"] == "3"
    assert reference.locator == "4"


def test_one_letter_terms_and_letters_before_numbers_are_no_initials() -> None:
    assert heading_names("Энгельс, т. 3, с. 5.") is None
    assert heading_names("Энгельс ф. 39. Соч.") is None
    assert heading_names("Мясникова, л. а. природа человека / л. а. Мясникова") is None
