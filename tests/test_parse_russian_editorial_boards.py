"""An editorial board in the statement of responsibility (GOST 7.0.12-2011 "редкол.", DSTU
3582:2013 "ред. рада", Belarusian "рэдкал."): the names after it are the editors, each
member's position in parentheses ("(адк. рэд.)", "(голова)", a chair's kept in note), and the list
closed by "[і інш.]" or "та ін."; a slash typed close up before the board's word. Real
forms: a Belarusian collection in a footnote (dev set batch 11) and DSTU 8302:2015's
example of an encyclopedia (dev set batch 14); values read off by hand."""

from __future__ import annotations

from biblio.model import OTHERS, Name
from biblio.parse import parse_footnotes
from biblio.parse.dropped_words import dropped_words
from biblio.parse.gost import parse_reference


def test_a_belarusian_board_names_its_head_as_editor() -> None:
    fields = parse_reference(
        "Литвиновская, Ю.И. Восстановление позиций Православной церкви в Беларуси после войны "
        "1812 г. / Ю.И. Литвиновская // Працы гістарычнага факультэта БДУ : навук. зб. Вып. 5 "
        "/ рэдкал.: У. К. Коршук (адк. рэд.) [і інш.]. — Мінск : БДУ, 2010. — С. 81-91.").fields
    assert [name.family or name.literal for name in fields["editor"]] == ["Коршук", OTHERS]
    assert fields["container-title"] == "Працы гістарычнага факультэта БДУ"


def test_a_belarusian_board_head_as_chief_editor_drops_no_word() -> None:
    """"(гал. рэд.)", галоўны рэдактар (STB 7.12-2001 abbreviates "галоўны" гал.), the
    chief editor of the Belarusian encyclopedias (dev set batch 22, ru-gost-813 «Рэдкал.:
    Г. П. Пашкоў (гал. рэд.) і інш.»): the head is the editor, the role word read, not
    lost."""
    text = ("Беларуская энцыклапедыя: У 18 т. Т. 5 / Рэдкал.: Г. П. Пашкоў (гал. рэд.) і "
            "інш. — Мн.: БелЭн, 1997. — 576 с.")
    document = parse_footnotes([text])
    (item,) = document.items.values()
    assert [name.family or name.literal for name in item.fields["editor"]] == ["Пашкоў", OTHERS]
    assert (item.fields["publisher"], item.fields["number-of-pages"]) == ("БелЭн", "576")
    assert dropped_words(document.notes[0], document) == []


def test_a_ukrainian_board_after_a_slash_typed_close_up() -> None:
    reference = parse_reference(
        "Енциклопедія історії України: у 10 т./ред. рада: В. М. Литвин (голова) та ін.; НАН "
        "історії України, Ін-т історії України. Київ: Наук. думка, 2005. Т 9. С. 36— 37.")
    fields = reference.fields
    assert fields["title"] == "Енциклопедія історії України"
    assert fields["number-of-volumes"] == "10"
    assert [name.family or name.literal for name in fields["editor"]] == ["Литвин", OTHERS]
    # the chair's position, which no CSL role says, kept as printed; then the bodies
    assert fields["note"] == ("В. М. Литвин (голова); "
                              "НАН історії України, Ін-т історії України")
    assert (fields["publisher"], fields["volume"]) == ("Наук. думка", "9")
    assert not reference.leftover


def test_a_board_chair_is_an_editor_and_the_position_drops_no_word() -> None:
    """GOST 7.1-2003 abbreviates "председатель" пред. in a board; DSTU prints "(голова)"
    (DSTU 8302:2015's encyclopedia above). The chair is a board's member, an editor; the
    position stays in `note`."""
    text = "Сборник статей / редкол.: И. И. Иванов (пред.), П. П. Петров. М.: Наука, 2003."
    document = parse_footnotes([text])
    (item,) = document.items.values()
    assert [name.family for name in item.fields["editor"]] == ["Иванов", "Петров"]
    assert item.fields["note"] == "И. И. Иванов (пред.)"
    assert dropped_words(document.notes[0], document) == []


def test_a_ukrainian_responsible_editor_is_read_by_the_role_suffix() -> None:
    """DSTU's "(відп. ред.)", відповідальний редактор (dev set, ru-gost-755's form)."""
    fields = parse_reference(
        "Мала енциклопедія етнодержавознавства / Редкол.: Ю.І.Римаренко (відп. ред.) та ін. "
        "– К.: Довіра, 1996. – 942 с.").fields
    assert [name.family or name.literal for name in fields["editor"]] == ["Римаренко", OTHERS]
    assert "note" not in fields


def test_either_or_between_words_is_no_statement_of_responsibility() -> None:
    reference = parse_reference("Петров И. И. Право и/или обычай. М., 2001. 100 с.")
    assert reference.fields["title"] == "Право и/или обычай"


def test_a_belarusian_editor_alone_is_the_editor() -> None:
    # "рэд." (рэдактар, cut as СТБ 7.12-2001 cuts it): an encyclopedia's volume on verbum.by
    # (dev set batch 22), its board's head named without the board's word
    fields = parse_reference(
        "Вялікае княства Літоўскае: Энцыклапедыя. У 3 т. Т. 2: Кадэцкі корпус — Яцкевіч / рэд. "
        "Г. П. Пашкоў і інш. — Мн.: Беларуская Энцыклапедыя, 2005. — 788 с.: іл. ISBN "
        "985-11-0378-0.").fields
    assert [(name.family, name.given) for name in fields["editor"]] == [("Пашкоў", "Г. П."),
                                                                   (None, None)]
    assert fields["editor"][-1] == Name(literal=OTHERS)  # "і інш."
    assert fields["publisher"] == "Беларуская Энцыклапедыя"
