"""Works in Latin script inside Russian notes: a heading "Family Given." with the given
name written out (English names, and Russian names romanized as English-language pages
print them), and an imprint whose city carries its American state ("Cambridge, Mass.",
"Stanford, Calif.", "Cambridge, MA"). The forms are real references of the dev set
(batches 3, 5 and 6); the expected values were read off the printed text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

HEADINGS = [
    ("Boym Svetlana. Common Places: Mythologies of Everyday Life in Russia. — Cambridge, Mass.: "
     "Harvard University Press, 1994. — P. 123-124.",
     ("Boym", "Svetlana"), "Common Places: Mythologies of Everyday Life in Russia"),
    ("Lieven Dominic. Nicholas II: Emperor of all the Russias. — London: John Murray, 1993. — "
     "Esp. chap. 5.", ("Lieven", "Dominic"), "Nicholas II: Emperor of all the Russias"),
    ("Golomstock Igor. Totalitarian Art. — London: Collins Harvill, 1990. - P. 278.",
     ("Golomstock", "Igor"), "Totalitarian Art"),
    ("Kozlova Dina S. «Establishment of the Provincial Commissioner Institute during the "
     "Revolution of 1917 (on the example of Tomsk Province)» // Tomsk State University Journal "
     "2016. №409 C.72-78", ("Kozlova", "Dina S."), None),
    ("Khramtsov Aleksandr B. «Reforms of local governments in the cities of Tomsk Province "
     "(March-October 1917)» // Tomsk State University Journal 2016. №413 C.157-161",
     ("Khramtsov", "Aleksandr B."), None),
    ("Deutscher Isaac. Stalin. A Political Biography. London, 1966.",
     ("Deutscher", "Isaac"), "Stalin. A Political Biography"),
]


@pytest.mark.parametrize(("text", "name", "title"), HEADINGS)
def test_a_heading_with_the_given_name_written_out_is_the_author(
        text: str, name: tuple[str, str], title: str | None) -> None:
    reference = parse_reference(text)
    author = reference.fields["author"][0]
    assert (author.family, author.given) == name
    if title:
        assert reference.fields["title"] == title


PLACES = [
    ("Boym Svetlana. Common Places: Mythologies of Everyday Life in Russia. — Cambridge, Mass.: "
     "Harvard University Press, 1994. — P. 123-124.", "Cambridge, Mass.",
     "Harvard University Press"),
    ("Gurko V. I. Features and Figures of the Past: Government and Opinion in the Reign of "
     "Nicholas II. — Stanford, Calif.: Hoover Institution, 1939", "Stanford, Calif.",
     "Hoover Institution"),
    ("Alesina A., Spolaore E. The Size of Nations. Cambridge, MA: MIT Press, 2003.",
     "Cambridge, MA", "MIT Press"),
    ("Kozlov D. The Readers of Novyi Mir: Coming to Terms with the Stalinist Past. Cambridge, "
     "Mass.; London, 2013. Р. 89, 91.", "Cambridge, Mass.; London", None),
]


@pytest.mark.parametrize(("text", "place", "publisher"), PLACES)
def test_a_city_with_its_american_state_is_one_place(
        text: str, place: str, publisher: str | None) -> None:
    reference = parse_reference(text)
    assert reference.fields["publisher-place"] == place
    assert reference.fields.get("publisher") == publisher
    assert reference.fields["issued"].parts[0][0] in (1939, 1994, 2003, 2013)


def test_a_state_word_that_is_not_after_a_city_is_not_a_place() -> None:
    reference = parse_reference("Иванов И. И. Очерки. М.: Наука, 1990. 200 с.")
    assert reference.fields["publisher-place"] == "Москва"
    assert reference.fields["publisher"] == "Наука"


@pytest.mark.parametrize(("text", "family", "given", "title"), [
    ("Liddell Hart B. H. Sherman. The Genius of the Civil War. L., 1930. P. 367.",
     "Liddell Hart", "B. H.", "Sherman. The Genius of the Civil War"),
    ("Lloyd George D. L. War Memoirs. L., 1936. Vol. 2.", "Lloyd George", "D. L.",
     "War Memoirs"),
    ("Ulam Adam B. Stalin. N. Y., 1973. P. 5.", "Ulam", "Adam B.", "Stalin"),
    ("Smith J. A. The Title. L., 1990.", "Smith", "J. A.", "The Title"),
])
def test_a_latin_family_of_two_words_before_two_initials(
        text: str, family: str, given: str, title: str) -> None:
    """Two Latin words before two initials are the family ("Liddell Hart B. H."); one
    initial after them makes the second word a given name ("Ulam Adam B.")."""
    fields = parse_reference(text).fields
    assert (fields["author"][0].family, fields["author"][0].given) == (family, given)
    assert fields["title"] == title
