"""Footnote extraction from an article's text layer, and from the easy inputs."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio import Footnote, extract_footnotes, repair_text
from biblio.text.joining import join_lines

DATA = Path(__file__).parent / "data"
ARTICLE = Path(__file__).parent.parent / "examples" / "article.txt"


def numbered(text: str) -> list[tuple[int | None, str]]:
    return [(note.number, note.text) for note in extract_footnotes(text)]


# --- the sample article --------------------------------------------------------------

def test_sample_article_gives_the_61_footnotes_of_the_gold_list() -> None:
    gold = (DATA / "footnotes_repaired.txt").read_text(encoding="utf-8").splitlines()
    extraction = extract_footnotes(repair_text(ARTICLE.read_text(encoding="utf-8")).text)
    notes = [note for note in extraction if note.number is not None]
    assert [note.number for note in notes] == list(range(1, 62))
    for note in notes:
        assert note.text == gold[note.number - 1], f"footnote {note.number}"
    assert extraction.problems == []


def test_sample_acknowledgement_is_kept_as_an_unnumbered_note() -> None:
    extraction = extract_footnotes(repair_text(ARTICLE.read_text(encoding="utf-8")).text)
    unnumbered = [note for note in extraction if note.number is None]
    assert unnumbered == [Footnote(
        None,
        "молодых российских учёных — кандидатов наук (проект МК-6084.2018.6).",
        28,
        ["unnumbered"],
    )]


def test_sample_body_line_beginning_with_a_date_is_not_a_footnote() -> None:
    extraction = extract_footnotes(repair_text(ARTICLE.read_text(encoding="utf-8")).text)
    assert not any(note.text.startswith("января 1933") for note in extraction)
    assert all(note.line != 564 for note in extraction)


def test_sample_in_pdftotext_layout_gives_the_same_footnotes() -> None:
    """The sample laid out as pdftotext does: a form feed and a running head start each
    page (instead of an indented first line), a page number ends it. The indented
    line right before footnote 1 is the acknowledgement whose mark was lost, not a
    page start: it stays as it is."""
    lines = repair_text(ARTICLE.read_text(encoding="utf-8")).text.split("\n")
    laid_out: list[str] = []
    for index, line in enumerate(lines):
        before_a_footnote = index + 1 < len(lines) and lines[index + 1].startswith("1 ")
        page_start = line.startswith(" ") and index > 0 and not before_a_footnote
        if page_start:
            laid_out += [str(100 + len(laid_out)), "\fВестник истории. 2019. № 3", line[1:]]
        else:
            laid_out.append(line)
    gold = (DATA / "footnotes_repaired.txt").read_text(encoding="utf-8").splitlines()
    extraction = extract_footnotes("\n".join(laid_out))
    assert [note.text for note in extraction if note.number is not None] == gold
    assert extraction.problems == []


def test_sample_without_any_page_cue_is_read_by_the_width_of_its_lines() -> None:
    """Without the indented first lines, nothing but the reference marks and the
    smaller font of the footnotes (longer lines) tells where each block ends."""
    lines = repair_text(ARTICLE.read_text(encoding="utf-8")).text.split("\n")
    text = "\n".join(line.lstrip(" ") for line in lines)
    gold = (DATA / "footnotes_repaired.txt").read_text(encoding="utf-8").splitlines()
    extraction = extract_footnotes(text)
    assert [note.text for note in extraction if note.number is not None] == gold
    assert extraction.problems == []


# --- article layout, constructed -----------------------------------------------------

ARTICLE_PAGE = """\
 Первая страница статьи: историки спорят о союзе1. Они приводят
доводы2, которые мы разбираем ниже.

15 января 1933 г. миссия прибыла в Париж; 3 марта она вернулась.

1 Иванов И.И. История французско-
го союза. М., 2001. С. 5.
2 Smith J. The alliance. L., 
1999. P. 10.
 Вторая страница: продолжение текста и новая ссылка3.
"""


def test_footnote_block_follows_the_body_and_ends_at_the_next_page() -> None:
    assert numbered(ARTICLE_PAGE) == [
        (1, "Иванов И.И. История французского союза. М., 2001. С. 5."),
        (2, "Smith J. The alliance. L., 1999. P. 10."),
    ]


def test_line_numbers_name_the_first_line_of_each_footnote() -> None:
    assert [note.line for note in extract_footnotes(ARTICLE_PAGE)] == [6, 8]


def test_body_lines_beginning_with_a_number_stay_body_text() -> None:
    text = (
        "Текст со ссылкой1.\n\n"
        "1 января 1933 г. начались переговоры.\n\n"
        "1 Петров П. Дипломатия. М., 1990.\n"
    )
    assert numbered(text) == [(1, "Петров П. Дипломатия. М., 1990.")]


def test_continuation_lines_after_blank_lines_join_the_footnote() -> None:
    text = (
        "Body text with a note1.\n\n"
        "1 Guelton F. Les relations militaires // La France et l’URSS: \n\n"
        "dans l’Europe des années 30. P., 2005. \n"
        "P. 72.\n"
    )
    assert numbered(text) == [
        (1, "Guelton F. Les relations militaires // La France et l’URSS: "
            "dans l’Europe des années 30. P., 2005. P. 72."),
    ]


def test_compound_hyphen_at_line_end_is_kept_and_line_break_hyphen_removed() -> None:
    assert join_lines(["Les relations Franco-", "Soviétiques au début"]) == (
        "Les relations Franco-Soviétiques au début"
    )
    assert join_lines(["проблемы военно-", "политического руководства"]) == (
        "проблемы военно-политического руководства"
    )
    assert join_lines(["из француз-", "ского архива"]) == "из французского архива"
    assert join_lines(["die Außen-", "politik der Sowjetunion"]) == "die Außenpolitik der Sowjetunion"


def test_page_range_broken_after_a_dash_is_joined_without_space() -> None:
    assert join_lines(["С. 169—", "172."]) == "С. 169—172."


def test_double_spaces_are_collapsed() -> None:
    assert join_lines(["Paris,  2013;   Rennes"]) == "Paris, 2013; Rennes"


def test_asterisk_note_in_a_block_is_kept_unnumbered() -> None:
    text = (
        "Текст1.\n\n"
        "* Исследование выполнено при поддержке РФФИ.\n"
        "1 Сидоров С. Очерки. М., 1985.\n"
    )
    extraction = extract_footnotes(text)
    assert [(n.number, n.text, n.flags) for n in extraction] == [
        (None, "Исследование выполнено при поддержке РФФИ.", ["unnumbered"]),
        (1, "Сидоров С. Очерки. М., 1985.", []),
    ]


def test_reference_mark_of_the_next_note_ends_a_block_without_indentation() -> None:
    text = (
        "Erster Satz mit Verweis1.\n\n"
        "1 Müller J. Geschichte. Berlin, 1990.\n"
        "Der Text geht weiter und verweist auf Hitler2 und die Folgen.\n\n"
        "2 Schmidt H. Politik. München, 2001.\n"
    )
    assert numbered(text) == [
        (1, "Müller J. Geschichte. Berlin, 1990."),
        (2, "Schmidt H. Politik. München, 2001."),
    ]


def test_footnote_that_may_run_into_unmarked_body_text_is_flagged_and_reported() -> None:
    text = (
        "The minister spoke1.\n\n"
        "1 Smith J. The alliance. L., 1999. P. 5.\n"
        "The discussion went on for weeks, and the ambassador\n"
        "wrote to Moscow2 about it.\n\n"
        "2 Jones K. Diplomacy. N.Y., 2001.\n"
    )
    extraction = extract_footnotes(text)
    assert extraction[0].text == (
        "Smith J. The alliance. L., 1999. P. 5. The discussion went on for weeks, and the ambassador"
    )
    assert extraction[0].flags == ["may-include-body"]
    assert [str(p) for p in extraction.problems] == [
        "line 3: footnote 1 may run on into body text: no page break is marked before "
        "line 5, where the body refers to footnote 2"
    ]


def test_number_glued_to_the_text_starts_the_expected_footnote() -> None:
    text = "Body1 and body2.\n\n1Guelton F. Les relations. P., 2005.\n2Ibid. P. 72.\n"
    assert numbered(text) == [(1, "Guelton F. Les relations. P., 2005."), (2, "Ibid. P. 72.")]


def test_form_feed_ends_a_block() -> None:
    text = "Body1.\n\n1 Smith J. Book. L., 1999.\n\fNext page of body text.\n"
    assert numbered(text) == [(1, "Smith J. Book. L., 1999.")]


def test_page_number_alone_on_its_line_ends_a_block() -> None:
    text = (
        "Der Text verweist auf eine Quelle1.\n\n"
        "1 Müller J. Geschichte. Berlin, 1990.\n"
        "17\n"
        "Die nächste Seite beginnt hier und spricht weiter.\n"
    )
    assert numbered(text) == [(1, "Müller J. Geschichte. Berlin, 1990.")]


def test_soft_hyphen_at_a_line_end_joins_the_word() -> None:
    assert join_lines(["the inter\u00ad", "national system"]) == "the international system"


def test_a_number_off_the_sequence_continues_an_unfinished_footnote() -> None:
    text = (
        "Text1 und Text2.\n\n"
        "1 Müller J. Geschichte. Berlin, 1990.\n"
        "2 Schmidt H. Die Außenpolitik der Sowjetunion in\n"
        "3 Bde. München, 2001.\n"
    )
    assert numbered(text) == [
        (1, "Müller J. Geschichte. Berlin, 1990."),
        (2, "Schmidt H. Die Außenpolitik der Sowjetunion in 3 Bde. München, 2001."),
    ]


def test_a_list_may_begin_at_any_number() -> None:
    text = "45 Dullin S. Des hommes d’influences. P., 2001.\n46 Ibid. P. 120.\n"
    assert numbered(text) == [(45, "Dullin S. Des hommes d’influences. P., 2001."), (46, "Ibid. P. 120.")]


def test_footnote_may_begin_with_an_abbreviation_or_a_particle() -> None:
    text = (
        "Text1 and text2.\n\n"
        "1 cf. Duroselle J.-B. Histoire diplomatique. P., 1993.\n"
        "2 du Réau E. Jean de Lattre de Tassigny. P., 1982.\n"
    )
    assert [number for number, _ in numbered(text)] == [1, 2]


# --- numbering problems --------------------------------------------------------------

def test_gap_in_numbering_is_reported_not_guessed_away() -> None:
    text = "Body.\n\n1 First A. Book. M., 2000.\n2 Second B. Book. M., 2001.\n4 Fourth C. Book. M., 2002.\n"
    extraction = extract_footnotes(text)
    assert [n.number for n in extraction] == [1, 2, 4]
    assert extraction[2].flags == ["gap-before"]
    assert [str(p) for p in extraction.problems] == ["line 5: footnote 3 missing before footnote 4"]


def test_repeated_and_out_of_order_numbers_are_reported() -> None:
    text = (
        "Body.\n\n1 Alpha A. Book. P., 1990.\n2 Beta B. Book. P., 1991.\n"
        "2 Gamma C. Book. P., 1992.\n3 Delta D. Book. P., 1993.\n1 Epsilon E. Book. P., 1994.\n"
    )
    extraction = extract_footnotes(text)
    assert [(n.number, n.flags) for n in extraction] == [
        (1, []), (2, []), (2, ["repeated"]), (3, []), (1, ["repeated"]),
    ]
    assert [str(p) for p in extraction.problems] == [
        "line 5: footnote 2 appears again (first at line 4)",
        "line 7: footnote 1 appears again (first at line 3)",
    ]


def test_number_out_of_order_is_reported() -> None:
    text = "Body.\n\n1 A A. B. 1990.\n2 B B. C. 1991.\n3 C C. D. 1992.\n5 E E. F. 1994.\n4 D D. E. 1993.\n"
    extraction = extract_footnotes(text)
    assert [n.number for n in extraction] == [1, 2, 3, 5, 4]
    assert extraction[4].flags == ["out-of-order"]
    assert "line 7: footnote 4 comes after footnote 5" in [str(p) for p in extraction.problems]


def test_numbering_that_starts_again_at_1_is_reported() -> None:
    notes = "".join(f"{n} Author{n} A. Book. M., 2000.\n" for n in range(1, 7))
    text = f"Chapter one.\n\n{notes}\nChapter two.\n\n1 Second B. Book. M., 2001.\n"
    extraction = extract_footnotes(text)
    assert [n.number for n in extraction] == [1, 2, 3, 4, 5, 6, 1]
    assert extraction[6].flags == ["numbering-restarts"]
    assert [str(p) for p in extraction.problems] == [
        "line 12: footnote numbering starts again at 1 after 6"
    ]


def test_a_year_at_the_start_of_a_continuation_line_is_not_a_footnote_number() -> None:
    # in a long book the expected number reaches the years printed in references
    earlier = "".join(f"{n} Author A. Book. M., 2000.\n" for n in range(1, 1960))
    text = (
        f"Body.\n\n{earlier}"
        "1960 Duroselle J.-B. Louis Barthou // Cahiers du Monde Russe et Soviétique. \n"
        "1962. Vol. 3. № 4.\n"
    )
    extraction = extract_footnotes(text)
    assert (extraction[-1].number, extraction[-1].text) == (
        1960, "Duroselle J.-B. Louis Barthou // Cahiers du Monde Russe et Soviétique. 1962. Vol. 3. № 4."
    )
    assert extraction.problems == []


# --- easy inputs ---------------------------------------------------------------------

def test_one_footnote_per_line_without_numbers_is_numbered_by_position() -> None:
    gold = (DATA / "footnotes_repaired.txt").read_text(encoding="utf-8")
    extraction = extract_footnotes(gold)
    assert len(extraction) == 61
    assert [n.number for n in extraction] == list(range(1, 62))
    assert extraction[2].text == "История Второй мировой войны в 12 томах. Т. 1. М., 1973. С. 285."
    assert extraction[2].flags == ["numbered-by-position"]
    assert [str(p) for p in extraction.problems] == [
        "text: no numbered footnotes found: each line is taken as one footnote"
    ]


def test_numbered_lines_with_dot_paren_or_tab_as_pasted_from_word() -> None:
    text = (
        "1.\tSmith J. Book. L., 1999.\n2)\tJones K. Paper. N.Y., 2000.\n"
        "3 Brown L. Essay. P., 2001.\n4\u00a0White M. Notes. B., 2002.\n"
    )
    assert numbered(text) == [
        (1, "Smith J. Book. L., 1999."),
        (2, "Jones K. Paper. N.Y., 2000."),
        (3, "Brown L. Essay. P., 2001."),
        (4, "White M. Notes. B., 2002."),
    ]


def test_superscript_numbers_as_pasted_from_word() -> None:
    text = "¹ Smith J. Book. L., 1999.\n² Ibid. P. 5.\n³Jones K. Paper. 2000.\n"
    extraction = extract_footnotes(text)
    assert [n.number for n in extraction] == [1, 2, 3]
    assert extraction[2].text == "Jones K. Paper. 2000."


# --- property (c): generated articles in the sample's layout ------------------------

WORDS = ("история", "союз", "переговоры", "миссия", "армия", "дипломаты", "Париж",
         "relations", "alliance", "politique", "Geschichte", "war", "Москва")
WORD = st.sampled_from(WORDS)


@st.composite
def footnote_texts(draw: st.DrawFn) -> str:
    author = draw(st.sampled_from(["Иванов И.И.", "Guelton F.", "Müller J.", "Там же,", "Ibid."]))
    title = " ".join(draw(st.lists(WORD, min_size=1, max_size=12)))
    year = draw(st.integers(1900, 2024))
    page = draw(st.integers(1, 999))
    return f"{author} {title.capitalize()}. М., {year}. С.\u00a0{page}."


def _wrap(text: str, width: int) -> list[str]:
    """Wrap at spaces, as a text layer does (no-break spaces keep "С. 5" together)."""
    lines, current = [], ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current + " ")
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*lines, current]


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[str]]:
    pages = draw(st.integers(1, 4))
    lines: list[str] = []
    notes: list[str] = []
    for page in range(pages):
        count = draw(st.integers(1, 4))
        body: list[str] = []
        for paragraph in range(draw(st.integers(1, 3))):
            words = draw(st.lists(WORD, min_size=4, max_size=14))
            if draw(st.booleans()):  # a body line that begins with a number
                words.insert(0, f"{draw(st.integers(1, 31))} января")
            words.append(f"{WORDS[0]}{len(notes) + 1}.")  # the reference mark
            body += [""] if paragraph else []
            body += _wrap(" ".join(words), draw(st.integers(30, 80)))
        body[0] = " " + body[0] if page else body[0]  # a page's first line is indented
        lines += [*body, ""]
        for _ in range(count):
            text = draw(footnote_texts())
            notes.append(text)
            wrapped = _wrap(f"{len(notes)} {text}", draw(st.integers(30, 90)))
            for index, line in enumerate(wrapped):
                lines.append(line)
                if index + 1 < len(wrapped) and draw(st.booleans()):
                    lines.append("")  # a blank line inside a footnote, as in the sample
    return "\n".join(lines) + "\n", notes


@settings(max_examples=150, deadline=None)
@given(article=articles())
def test_generated_article_gives_its_footnotes_back_in_order(article) -> None:
    text, notes = article
    extraction = extract_footnotes(text)
    assert [(n.number, n.text) for n in extraction] == [
        (number, note) for number, note in enumerate(notes, 1)
    ]
    assert extraction.problems == []


def test_a_page_that_continues_a_sentence_is_body_text_not_an_unmarked_note() -> None:
    text = (
        "Le texte commence ici et continue sur la page suivante, sans note en bas de\n"
        " la page précédente; la phrase se poursuit ici1.\n"
        "1 Duroselle J.-B. Histoire diplomatique. P., 1993.\n"
    )
    assert numbered(text) == [(1, "Duroselle J.-B. Histoire diplomatique. P., 1993.")]


def test_an_indented_line_after_a_finished_paragraph_just_before_a_block_is_an_unmarked_note() -> None:
    text = (
        "Le texte du premier paragraphe.\n"
        "La fin du paragraphe avec une note1.\n"
        " à la mémoire de mon père.\n"
        "1 Duroselle J.-B. Histoire diplomatique. P., 1993.\n"
    )
    assert [(n.number, n.text, n.flags) for n in extract_footnotes(text)] == [
        (None, "à la mémoire de mon père.", ["unnumbered"]),
        (1, "Duroselle J.-B. Histoire diplomatique. P., 1993.", []),
    ]
