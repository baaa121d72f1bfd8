"""Properties over generated LaTeX markup (tests/latex_strategies.py): whatever users
write in a title, reading, writing and reading again keeps it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.formats import bibfile, biblatex, csljson
from biblio.formats.latex import decode, encode_rich
from latex_strategies import Markup, markup_values
from wild_bib_measures import ESCAPED_COMMAND

PROPERTY = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def brace_groups(latex: str) -> list[str]:
    """The text inside every brace group of `latex`, at any depth."""
    groups, opened = [], []
    for index, char in enumerate(latex):
        if index and latex[index - 1] == "\\":
            continue
        if char == "{":
            opened.append(index)
        elif char == "}" and opened:
            groups.append(latex[opened.pop() + 1 : index])
    return groups


def written_title(markup: Markup) -> tuple[str, list]:
    items = biblatex.read(f"@article{{a, title = {{{markup.latex}}}}}")
    (entry,) = bibfile.parse(biblatex.write(items)).entries
    return entry.fields["title"], items


@PROPERTY
@given(markup_values)
def test_decoding_and_encoding_rich_text_is_a_fixpoint(markup: Markup) -> None:
    rich = decode(markup.latex, rich=True)
    assert decode(encode_rich(rich), rich=True) == rich


@PROPERTY
@given(markup_values)
def test_a_title_in_latex_round_trips_through_biblatex_and_csl_json(markup: Markup) -> None:
    title, items = written_title(markup)
    assert "verba" not in title
    assert biblatex.read(biblatex.write(items)) == items
    assert csljson.read(csljson.write(items)) == items


@PROPERTY
@given(markup_values)
def test_math_and_protected_groups_are_written_back_and_nothing_is_escaped(
        markup: Markup) -> None:
    title, _ = written_title(markup)
    for math in markup.math:
        assert math in title
    groups = {decode(group) for group in brace_groups(title)}
    for protected in markup.protected:
        assert "{" + protected + "}" in title or decode(protected) in groups
    assert ESCAPED_COMMAND not in title


@PROPERTY
@given(st.text(alphabet="ab -{}\t\n—", max_size=30), st.booleans())
def test_dashes_and_flat_groups_read_as_the_full_decoder_reads_them(latex: str,
                                                                    rich: bool) -> None:
    """The shortcut for values whose only LaTeX is dashes and brace groups without
    groups inside gives what the one-pass decoder gives (balanced or not)."""
    from biblio.formats import latex as module
    expected = module._SPACES.sub(" ", module._Decoder(latex, rich, []).run()).strip()
    assert decode(latex, rich=rich) == expected
