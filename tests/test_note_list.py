"""Footnotes pasted one per line (`biblio parse`): numbered by their own numbers only
when the lines carry them in order."""

from biblio.text.note_list import note_list


def numbered(text: str) -> list[tuple[int | None, str, int | None]]:
    return [(note.number, note.text, note.line) for note in note_list(text)]


def test_lines_without_numbers_are_numbered_by_position() -> None:
    text = "Иванов И. И. История. М., 1999. С. 5.\n\nТам же. С. 7.\n"
    assert numbered(text) == [(1, "Иванов И. И. История. М., 1999. С. 5.", 1),
                              (2, "Там же. С. 7.", 3)]


def test_numbers_in_every_style_are_the_notes_own() -> None:
    text = ("12. Иванов И. И. История. М., 1999. С. 5.\n"
            "13) Там же. С. 7.\n"
            "[14] Ibid., p. 4.\n"
            "15 РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 7.\n"
            "¹⁶ 1812 год в истории России. М., 2012.\n")
    assert numbered(text) == [
        (12, "Иванов И. И. История. М., 1999. С. 5.", 1), (13, "Там же. С. 7.", 2),
        (14, "Ibid., p. 4.", 3), (15, "РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 7.", 4),
        (16, "1812 год в истории России. М., 2012.", 5)]


def test_a_line_without_a_number_continues_the_note_before() -> None:
    text = ("1. Иванов И. И. История государства Российского от древнейших вре-\n"
            "мен. М., 1999. С. 5.\n"
            "2. Там же. С. 7.\n")
    assert numbered(text) == [
        (1, "Иванов И. И. История государства Российского от древнейших времен. М., "
            "1999. С. 5.", 1),
        (2, "Там же. С. 7.", 3)]


def test_a_title_opening_with_a_figure_is_no_note_number() -> None:
    text = ("Иванов И. И. История. М., 1999. С. 5.\n"
            "1 Съезд Советов СССР. Стенографический отчет. М., 1924.\n"
            "Там же. С. 7.\n")
    assert [note.text for note in note_list(text)] == text.splitlines()
    alone = "1 Съезд Советов СССР. Стенографический отчет. М., 1924.\nТам же. С. 7.\n"
    assert [note.number for note in note_list(alone)] == [1, 2]
    assert [note.text for note in note_list(alone)] == alone.splitlines()


def test_years_opening_titles_do_not_run_on_as_numbers() -> None:
    text = "1905 год в Петербурге. Л., 1925.\n1917 год в документах. М., 1991.\n"
    assert [note.text for note in note_list(text)] == text.splitlines()


def test_a_missing_note_is_a_gap_not_a_continuation() -> None:
    notes = note_list("1. Первая. М., 1990.\n2. Вторая. М., 1991.\n4. Четвертая. М., 1993.\n")
    assert [(note.number, note.flags) for note in notes] == [(1, []), (2, []),
                                                             (4, ["gap-before"])]
