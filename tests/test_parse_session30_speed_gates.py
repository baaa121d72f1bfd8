"""Session 30's gates (issue 9, speed): patterns tried on most references and matching few,
opened by what they need or tried only where a cheap test says they may match. Each gate
must pass every text its pattern matches: here on texts made of the pieces the patterns
read and of references' pieces around them (hypothesis), and on the forms the
docstrings cite."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.data.reference_terms import EDITION_SERIES, NUMBER_OF_VOLUMES_PREPOSITIONS
from biblio.parse.choice import GOST_HOST
from biblio.parse.classical_citations import _heading
from biblio.parse.gost import NUMBER_OF_VOLUMES_PHRASE
from biblio.parse.labeller.decode import (
    CASE_HEAD,
    HOST_BY_EDITORS,
    _host_by_editors,
    _may_name_parties,
)
from biblio.parse.locators import VOLUMES_PHRASE_SIGN

SPACES = [" ", "\u00a0", "\u2009", "\u202f", "\t", "\n", "\u3000", ""]
PIECES = [
    "Сочинения", "Works", "Собрание", "Œuvres", "2", "12", "30-ти", "3-х", "1991", "(1996)",
    "[1919]", "т.", "томах", "vols.", "vol", "Bde.", "tomes", "кн.", "v.", "R.", "v", "v.",
    "Balfour", "Garcia", "K.B.", "571", "at", "in", "In:", "Szalai/Petrella", "Armer",
    "/", "//", "///", "Вопросы истории", "PG", "PL", "PLS", "SC", "CSEL", "GCS", "PO",
    "Иустин", "Диалог с Трифоном", "Hieronymus", "57,", "742", ":", ".", ",", ";", "(", ")",
    *NUMBER_OF_VOLUMES_PREPOSITIONS,
]
texts = st.lists(st.tuples(st.sampled_from(PIECES) |
                           st.text(alphabet="вуIinv/ .,:(2[]PGSC", max_size=4),
                           st.sampled_from(SPACES)),
                 min_size=1, max_size=10).map(
    lambda pairs: "".join(piece + space for piece, space in pairs))
"""Titles, numbers of volumes with their prepositions and terms, parties of a case, host
signs, editors joined by slashes, in any order, with every kind of space
(Unicode's, a tab, a new line) or none between them."""

PLAIN_GOST_HOST = re.compile(r"\s//\s?|\s?//\s")
"""GOST_HOST as it was written before: optional spaces opening it."""


@settings(max_examples=3000, deadline=None)
@given(text=texts)
def test_the_host_sign_opening_on_its_slashes_finds_what_it_found(text: str) -> None:
    assert (GOST_HOST.search(text) is None) == (PLAIN_GOST_HOST.search(text) is None), text


@pytest.mark.parametrize(("text", "found"), [
    ("Иванов И. И. Статья // Вопросы истории. 1995. № 5.", True),
    ("Статья //Вопросы истории", True),
    ("Статья// Вопросы истории", True),
    ("Статья//Вопросы истории", False),
    ("URL: http://example.org/a", False),
])
def test_the_host_sign_forms(text: str, found: bool) -> None:
    assert (GOST_HOST.search(text) is not None) is found
    assert (PLAIN_GOST_HOST.search(text) is not None) is found


@settings(max_examples=3000, deadline=None)
@given(text=texts)
def test_a_number_of_volumes_holds_its_sign(text: str) -> None:
    if NUMBER_OF_VOLUMES_PHRASE.search(text) is not None:
        assert VOLUMES_PHRASE_SIGN.search(text) is not None, text


@pytest.mark.parametrize("text", [
    "Собрание сочинений: в 12 т.", "Зібрання творів: у 6 т.", "Сочинения в 30-ти т.",
    "Œuvres complètes en 2 tomes", "Collected Works in 4 vols.", "Werke In 3 Bde.",
    "Собрание сочинений\u00a0в\u00a03-х томах",
])
def test_the_forms_of_the_number_of_volumes_pass_the_sign(text: str) -> None:
    assert NUMBER_OF_VOLUMES_PHRASE.search(text) is not None
    assert VOLUMES_PHRASE_SIGN.search(text) is not None


@pytest.mark.parametrize("text", ["Journal of Law 12 (3)", "История в лицах", "Vol. 2 in"])
def test_titles_without_the_phrase_fail_the_sign(text: str) -> None:
    assert VOLUMES_PHRASE_SIGN.search(text) is None


def test_the_sign_reads_every_preposition() -> None:
    for preposition in NUMBER_OF_VOLUMES_PREPOSITIONS:
        assert VOLUMES_PHRASE_SIGN.search(f"Труды {preposition} 2 т.") is not None, preposition


@pytest.mark.parametrize(("text", "family"), [
    ("Иустин. Диалог с Трифоном-иудеем 103 (PG 6, 717–720)", "Иустин"),
    ("Hieronymus Stridonensis. Praefatio in quatuor Evangelia, PL 29, 526", None),
])
def test_the_docstrings_series_are_read(text: str, family: str | None) -> None:
    heading = _heading(text)
    assert heading is not None and heading[2] is not None
    if family:
        assert heading[0].family == family


@settings(max_examples=3000, deadline=None)
@given(text=texts)
def test_a_case_names_its_parties_as_the_gate_says(text: str) -> None:
    if CASE_HEAD.match(text) is not None:
        assert _may_name_parties(text), text


@pytest.mark.parametrize("text", [
    "Balfour v. Balfour [1919] 2 K.B. 571",
    "National Australia Bank Ltd v. Garcia (1996) 39 N.S.W.L.R. 577",
    "R. v. L. (1991) 103 A.L.R. 577",
    "Balfour\u00a0v.\u00a0Balfour [1919] 2 K.B. 571",
    "Balfour\tv Balfour (1919)",
])
def test_the_docstrings_cases_pass_the_gate(text: str) -> None:
    assert CASE_HEAD.match(text) is not None
    assert _may_name_parties(text)


@settings(max_examples=3000, deadline=None)
@given(text=texts)
def test_a_host_named_by_its_editors_holds_a_slash(text: str) -> None:
    if HOST_BY_EDITORS.search(text) is not None:
        assert "/" in text, text


@pytest.mark.parametrize("text", [
    "Title, in: Szalai/Petrella 131 (157 f.)", "Title, in: Armer/Grimshaw 3 (18)",
    "Title, in: Drobnig/Rehbinder 21",
])
def test_the_docstrings_hosts_by_editors_are_found(text: str) -> None:
    assert HOST_BY_EDITORS.search(text) is not None


@pytest.mark.parametrize("siglum", sorted(EDITION_SERIES))
def test_a_name_before_every_series_is_read(siglum: str) -> None:
    """Each series of the table, after a name not in the table of known names."""
    heading = _heading(f"Иустин. Диалог с Трифоном-иудеем 103 ({siglum} 6, 717–720)")
    assert heading is not None and heading[0].family == "Иустин" and heading[2] is not None


@pytest.mark.parametrize(("text", "page", "cited"), [
    ("Title, in: Szalai/Petrella 131 (157 f.)", "131", "157 f"),  # a locator's period off
    ("Title, in: Armer/Grimshaw 3 (18)", "3", "18"),
    ("Title, in: Drobnig/Rehbinder 21", "21", None),
])
def test_the_docstrings_hosts_by_editors_are_read(text: str, page: str,
                                                  cited: str | None) -> None:
    """Without a volume read, and with none cited, too (`fields.get("volume")`, None, was
    "in" the page and the page cited, None, and its deletion raised KeyError)."""
    fields: dict[str, object] = {}
    assert _host_by_editors(text, fields, None) == cited
    assert fields["page"] == page
