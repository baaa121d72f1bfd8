"""An archive cited by its name alone, with no fond, file or leaf, as notes on a writer's
or an artist's papers cite a family's, a museum's or an institute's archive (values read
by hand from the notes: tests/data/dev batch 7, a biography of N. Ostrovsky; batch 9, a
book on Blok)."""

from __future__ import annotations

import pytest

from biblio.parse.archival import parse_named_archive
from biblio.parse.gost import parse_reference

NAMED = [
    ("Архив Музея Н. Островского в Москве.", "Архив Музея Н. Островского в Москве", None),
    ("Хмельницкий областной партархив Обкома КП (б) У.",
     "Хмельницкий областной партархив Обкома КП (б) У", None),
    ("Архив Ин-та русской литературы (Ленинград).", "Архив Ин-та русской литературы",
     "Ленинград"),
    ("Архив Н.П. Ильина (Москва).", "Архив Н.П. Ильина", "Москва"),
    ("Центральный Государственный архив литературы и искусства (Москва). Далее-ЦГАЛИ.",
     "Центральный Государственный архив литературы и искусства", "Москва"),
    ("ЦГАЛИ.", "ЦГАЛИ", None),
]


@pytest.mark.parametrize(("text", "archive", "place"), NAMED)
def test_an_archive_named_alone_is_a_manuscript_with_no_location(
        text: str, archive: str, place: str | None) -> None:
    reference = parse_reference(text)
    assert reference.type == "manuscript"
    assert reference.fields["archive"] == archive
    assert reference.fields.get("archive-place") == place
    assert "archive_location" not in reference.fields


def test_the_document_after_the_dash_is_the_title() -> None:
    reference = parse_reference(
        "Архив Музея Н. Островского в Москве. — Переписка И. Островского и Л. В. Беренфус.")
    assert reference.fields["archive"] == "Архив Музея Н. Островского в Москве"
    assert reference.fields["title"] == "Переписка И. Островского и Л. В. Беренфус"
    assert "author" not in reference.fields


@pytest.mark.parametrize("text", [
    "Собрание сочинений.",  # a library's or a collection's word alone names no archive
    "ПСЗ.",  # an acronym of a publication, not of a state or central archive
    "Русский архив. 1880. Т. 3. С. 5.",  # a journal named so, with its year and volume
    "Архивное дело в СССР. М., 1970.",  # a book about archives, with its imprint
])
def test_other_texts_are_no_archive_named_alone(text: str) -> None:
    assert parse_named_archive(text) is None
    assert parse_reference(text).type != "manuscript"


@pytest.mark.parametrize("text", [
    "Глава написана по материалам архивов.",  # the word inflected, in a sentence
    "Этот архив был утрачен.",  # a sentence about an archive, with its verb
    "Документы хранятся в архиве.",
])
def test_a_sentence_about_archives_is_commentary(text: str) -> None:
    assert parse_named_archive(text) is None
    assert parse_reference(text).type != "manuscript"


def test_levels_written_out_as_words() -> None:
    """An archive's levels written out, as some notes print them: "Гл. архив, фонд 641, ед.
    хр. 432, лист 6" (batch 9, a book on the art of recital; read by hand)."""
    reference = parse_reference("Гл. архив, фонд 641, ед. хр. 432, лист 6")
    assert reference.fields["archive"] == "Гл. архив"
    assert reference.fields["archive_location"] == "фонд 641, ед. хр. 432"
    assert reference.locator == "6"


def test_an_abbreviation_defined_after_the_archive_is_kept_as_the_cites_remark() -> None:
    """The definition was matched and dropped; it is the note's word on the citation."""
    for text, remark in (
            ("Центральный Государственный архив литературы и искусства (Москва). "
             "Далее-ЦГАЛИ.", "Далее-ЦГАЛИ"),  # a Soviet book on Blok, dev row ru-fn-729
            ("Архив Ин-та русской литературы (Ленинград). Далее – ИРЛИ.", "Далее – ИРЛИ")):
        reference = parse_reference(text)
        assert reference.suffix == remark
        assert reference.fields["archive-place"] in ("Москва", "Ленинград")
