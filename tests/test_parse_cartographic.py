"""The mathematical data area of maps (GOST 7.1-2003 clause 5.5, GOST 7.18-79 before it):
the scale after the title and responsibility area goes to `scale`, the named scale and
the projection to `note`, and the work is a map whose imprint is read as a book's. Real
forms: GOST 7.18-79's map of Uzbekistan as the standard's text prints it (dev set batch
27), and the areas of the Russian Cataloguing Rules' examples (part 2, clause 4.5.4:
"1:1 500 000, 15 км в 1 см ; пр-ция норм. равноуг. кон.", "1:40 000 000, 400 км в 1 см ;
Lambert conformal") put in that map's place; values read off by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

MAP = ("Ландшафтная карта Узбекистана / Авт. Тальков Ч. В.; Ред.-картогр.: Волкова Г. Н. и др.; "
       "Консультанты: Бабушкин Л. Н., Когай Н. А.; Картогр.: Стрельникова Т. К-, Чеботаев- К. "
       "Р. — {area}. — Ташкент: Узгипрозем, 1967. — 4 л. .в общ. рамке: многокрас.; 65X80 см.")


@pytest.mark.parametrize(("area", "scale", "named"), [
    ("1:1 000 000, 10 км в 1 см", "1:1 000 000", "10 км в 1 см"),
    ("1:1 500 000, 15 км в 1 см ; пр-ция норм. равноуг. кон.", "1:1 500 000",
     "15 км в 1 см ; пр-ция норм. равноуг. кон"),
    ("1:40 000 000, 400 км в 1 см ; Lambert conformal", "1:40 000 000",
     "400 км в 1 см ; Lambert conformal"),
])
def test_the_scale_area_of_a_map(area: str, scale: str, named: str) -> None:
    reference = parse_reference(MAP.format(area=area))
    fields = reference.fields
    assert reference.type == "map"
    assert (fields["scale"], fields["title"]) == (scale, "Ландшафтная карта Узбекистана")
    assert named in fields["note"]  # the named scale and the projection are kept
    assert (fields["publisher-place"], fields["publisher"]) == ("Ташкент", "Узгипрозем")
    assert fields["issued"].parts == [[1967]]


def test_the_roles_of_a_map_are_no_authors() -> None:
    """"Авт." (GOST 7.0.12 автор) names the author; a role the tables do not have, with
    its colon ("Консультанты:", "Картогр.:"), keeps its statement in `note`, its names out
    of the authors."""
    fields = parse_reference(MAP.format(area="1:1 000 000, 10 км в 1 см")).fields
    assert [(name.family, name.given) for name in fields["author"]] == [("Тальков", "Ч. В.")]
    assert "Консультанты: Бабушкин Л. Н., Когай Н. А." in fields["note"]


def test_a_ratio_in_a_title_is_no_scale() -> None:
    """Only an area of its own after ". — " is the scale: a ratio in a title stays there."""
    fields = parse_reference("Соотношение 1:1000 в архитектуре. — М. : Стройиздат, 1985. — "
                             "120 с.").fields  # made up around the area's absence
    assert "scale" not in fields and "1:1000" in fields["title"]
