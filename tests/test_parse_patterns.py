"""Regexes built from tables (biblio.parse.patterns), and the imprint rewrite built on
`preceded`: each reads what the lookbehind-first pattern it replaced read."""

from __future__ import annotations

import re

import pytest

from biblio.parse.gost import _period_before_place
from biblio.parse.patterns import phrase_alternation, preceded, substitute

PLACES = ["М", "Л", "СПб"]


def spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(pattern, text)]


@pytest.mark.parametrize("text, matched", [
    ("Schmidt u. a. 1990", "u. a"), ("Schmidt u.a. 1990", "u.a"),   # German, spaced or not
    ("Иванов и др. 1990", "и др"), ("Іваненко та\xa0ін. 1990", "та\xa0ін"),  # any space
    ("Smith et al. 1990", "et al"), ("Smith etal. 1990", None),       # a word needs its space
])
def test_a_phrase_alternation_reads_any_space_between_words(text: str,
                                                            matched: str | None) -> None:
    found = re.search(phrase_alternation(["u. a", "и др", "та ін", "et al"]), text)
    assert (found and found.group()) == matched


def test_preceded_matches_a_term_only_after_the_lookbehind():
    # "М" opens the text (nothing before it), "Л" and "СПб" follow a space
    assert spans(preceded(r"\s", PLACES), "М., Л. и СПб") == [(4, 5), (9, 12)]


def test_preceded_prefers_the_longest_term():
    assert spans(preceded(r"\s", ["С", "СПб"]), "в СПб") == [(2, 5)]


def test_preceded_takes_a_lookbehind_of_several_characters():
    # after ". " only: "Л" after a comma and a space is not taken
    assert spans(preceded(r"\.\s", PLACES), "Заглавие. Л., 1922, Л. 5") == [(10, 11)]


@pytest.mark.parametrize("written, as_gost", [
    ("Справочник М., 2003", "Справочник. М., 2003"),
    ("(1924–1925) М., 1958", "(1924–1925). М., 1958"),
    ("Совнаркома СССР М. 1944", "Совнаркома СССР. М. 1944"),
])
def test_a_place_and_year_after_a_word_get_the_period_left_out(written, as_gost):
    assert _period_before_place(written) == as_gost


@pytest.mark.parametrize("text", [
    "М., 2003",                 # the place opens the text: no space before it
    "Справочник, М., 2003",     # a comma before the place is the comma style's
    "Справочник М., изд. 2",    # no year after the place
    "Справочник Москва, 2003",  # a place written out is not one GOST 7.0.12 abbreviates
])
def test_a_place_without_a_word_and_year_around_it_is_left_alone(text):
    assert _period_before_place(text) == text


PLACE_COMMA = re.compile(r"(?P<place>М|Л)\.,\s(?P<house>«)?")


@pytest.mark.parametrize("text, count, expected", [
    ("М., Наука, 1990", 0, "М.: Наука, 1990"),
    ("М., Л., 1936", 0, "М.: Л.: 1936"),
    ("М., Л., 1936", 1, "М.: Л., 1936"),       # count as re.sub's
    ("М., «Наука», 1990", 0, "М.: «Наука», 1990"),
    ("Заглавие. 1990", 0, "Заглавие. 1990"),   # no match: the text as it was
])
def test_substitute_expands_the_groups_as_re_sub_does(text, count, expected):
    template = r"\g<place>.: \g<house>"  # an unmatched group expands to nothing
    assert substitute(PLACE_COMMA, template, text, count) == expected
    assert PLACE_COMMA.sub(template, text, count) == expected


def test_a_lazy_pattern_compiles_at_its_first_use_and_once() -> None:
    from biblio.lazy_patterns import LazyPattern
    lazy = LazyPattern(r"(?P<year>\d{4})\.", re.ASCII)
    assert lazy._compiled is None
    first = lazy.compiled()
    assert first.fullmatch("1999.")["year"] == "1999"
    assert lazy.compiled() is first and first.flags & re.ASCII


def test_contains_any_finds_a_term_anywhere_and_nothing_else() -> None:
    from biblio.parse.patterns import contains_any
    assert contains_any(("архив", "Архив"), "Гл. архив, фонд 641")
    assert contains_any(("архив", "Архив"), "Главархив")  # a substring, not a word
    assert not contains_any(("архив",), "АРХИВ РАН")  # case as written
    assert not contains_any((), "архив")


def test_a_lazy_pattern_answers_as_the_compiled_one_and_knows_its_matches() -> None:
    from biblio.lazy_patterns import LazyPattern
    source = r"(?P<page>\d+)(?:[-–](?P<last>\d+))?"
    lazy, compiled = LazyPattern(source), re.compile(source)
    other = re.compile(r"\d+").search("С. 12")
    assert not lazy.produced(other)  # never compiled: nothing of its own yet
    text = "С. 12–15, 20"
    assert lazy.search(text).span() == compiled.search(text).span() == (3, 8)
    assert lazy.match(text) is None and lazy.match(text, 3)["last"] == "15"
    assert lazy.fullmatch("20")["page"] == "20"
    assert [m.group() for m in lazy.finditer(text)] == ["12–15", "20"]
    assert lazy.findall(text) == compiled.findall(text) == [("12", "15"), ("20", "")]
    assert lazy.sub("N", text) == "С. N, N" and lazy.split(text, 1) == ["С. ", "12", "15", ", 20"]
    assert lazy.produced(lazy.search(text)) and not lazy.produced(other)


def test_a_lazy_pattern_calls_the_compiled_methods_after_its_first_use() -> None:
    """After the first call a lazy pattern's methods are the compiled pattern's own, with
    no call of this class between (issue 9: two Python calls a use); a name that is not
    one of its methods is still an AttributeError."""
    import pytest

    from biblio.lazy_patterns import LazyPattern
    lazy = LazyPattern(r"(?P<year>\d{4})")
    assert lazy.sub("Y", "1917, 1991") == "Y, Y"
    assert lazy.search == lazy.compiled().search and lazy.match == lazy.compiled().match
    assert lazy.search("в 1905 г.")["year"] == "1905"
    with pytest.raises(AttributeError, match="subn"):
        lazy.subn("Y", "1917")


def test_importing_the_parser_leaves_the_rarer_forms_uncompiled() -> None:
    """The comma-style, author-year and informal forms cost the import nothing: a text
    that needs one compiles it at its first use."""
    import subprocess
    import sys
    probe = ("import biblio.parse\n"
             "from biblio.parse import comma_style, informal, short_forms\n"
             "print(all(form._compiled is None for form in (comma_style.CHICAGO, "
             "short_forms.AUTHOR_YEAR, informal.QUOTED_BOOK)))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "True"


def test_a_lazy_pattern_gives_its_source_as_pattern_without_compiling() -> None:
    """A pattern built from another's text (f"{NAME.pattern}…") leaves that one uncompiled."""
    from biblio.lazy_patterns import LazyPattern
    lazy = LazyPattern(r"[А-ЯЁ]\.", re.IGNORECASE)
    built = re.compile(rf"{lazy.pattern}\s?{lazy.pattern}")
    assert built.fullmatch("Н. Ю.") and lazy.pattern == r"[А-ЯЁ]\."
    assert lazy._compiled is None and lazy.flags == re.IGNORECASE


def test_the_text_modules_defer_their_rarer_patterns_without_importing_the_parser() -> None:
    """repair_reference's look-alike words and the reference list's entries are compiled
    at their first use, and repair and extraction do not import biblio.parse for that
    (`biblio extract` without parsing)."""
    import subprocess
    import sys
    probe = ("import sys\n"
             "from biblio.text import footnotes, repair, sections\n"
             "print('biblio.parse' in sys.modules, all(form._compiled is None for form in ("
             "repair.LATIN_LOOKALIKE_WORD, repair.CYRILLIC_WORD_BY_SEE_THROUGH, "
             "sections.ENTRY_START)))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False True"
