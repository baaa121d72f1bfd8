"""The shortcuts of the BibTeX name reader (plain name lists, "Family, Given", lists
without the word "and") give exactly what the general reader gives."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.formats import bibnames

PROPERTY = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

PLAIN_PIECES = st.sampled_from(["Doe", "de", "van der", "J.", "Jean-Paul", "Иванов",
                                "И. И.", "and", "AND", "And", "others", ",", " ", "  ",
                                "\t", "\n", "\u00a0", "Jr", "ß", "(ed.)"])
LATEX_PIECES = st.one_of(PLAIN_PIECES, st.sampled_from(
    ["{", "}", "{and}", "{Barnes and Noble}", "\\'e", "~", "\\ ", "{\\'E}mile"]))


@PROPERTY
@given(st.lists(PLAIN_PIECES, max_size=12).map("".join))
def test_a_plain_name_list_reads_as_the_general_reader_reads_it(latex: str) -> None:
    parts = [part for part in bibnames.split_and(latex) if part]
    assert parts == [part for part in bibnames._split_at_and_words(latex) if part]
    assert [bibnames._read_plain_name(part) for part in parts] == \
        [bibnames._read_name.__wrapped__(part) for part in parts]


@PROPERTY
@given(st.lists(LATEX_PIECES, max_size=12).map("".join))
def test_any_list_splits_at_and_as_the_word_by_word_reader_splits_it(latex: str) -> None:
    assert bibnames.split_and(latex) == bibnames._split_at_and_words(latex)
