"""Note positions computed by biblio (CSL 1.0.2 "position"), on hand-made and
generated note sequences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.model import Cite, Note
from biblio.render.positions import note_positions


def kinds(*groups: list[Cite]) -> list[list[str]]:
    notes = [Note(n=index, cites=list(group)) for index, group in enumerate(groups, 1)]
    return [[p.position for p in note] for note in note_positions(notes)]


def test_first_then_ibid_then_ibid_with_locator():
    assert kinds([Cite("a", locator="5")], [Cite("a", locator="5")], [Cite("a", locator="6")]) == [
        ["first"], ["ibid"], ["ibid-with-locator"]]


def test_no_locator_after_a_locator_is_subsequent_not_ibid():
    """"Ibid." without a page after "p. 5" would claim page 5."""
    assert kinds([Cite("a", locator="5")], [Cite("a")]) == [["first"], ["subsequent"]]


def test_a_locator_after_none_is_ibid_with_locator():
    assert kinds([Cite("a")], [Cite("a", locator="5")]) == [["first"], ["ibid-with-locator"]]


def test_ibid_within_one_note():
    assert kinds([Cite("a"), Cite("a", locator="2")]) == [["first", "ibid-with-locator"]]


def test_no_ibid_after_a_note_with_several_cites():
    assert kinds([Cite("b"), Cite("a")], [Cite("a")]) == [["first", "first"], ["subsequent"]]


def test_another_work_in_between_makes_it_subsequent():
    assert kinds([Cite("a")], [Cite("b")], [Cite("a")]) == [["first"], ["first"], ["subsequent"]]


def test_a_note_without_cites_does_not_break_ibid():
    notes = [Note(n=1, cites=[Cite("a")]), Note(n=2, comment="An aside."), Note(n=3, cites=[Cite("a")])]
    assert [[p.position for p in note] for note in note_positions(notes)] == [["first"], [], ["ibid"]]


def test_same_page_other_label_is_ibid_with_locator():
    assert kinds([Cite("a", locator="5", label="page")],
                 [Cite("a", locator="5", label="folio")]) == [["first"], ["ibid-with-locator"]]


def test_first_note_and_near_note_use_note_numbers():
    notes = [Note(n=3, cites=[Cite("a")]), Note(n=4, cites=[Cite("b")]),
             Note(n=10, cites=[Cite("a")]), Note(n=12, cites=[Cite("a", locator="1"), Cite("b")])]
    positions = note_positions(notes, near_note_distance=5)
    assert positions[2][0].first_note == 3 and not positions[2][0].near_note
    assert positions[3][0].near_note and not positions[3][1].near_note


# --- generated sequences -----------------------------------------------------------

cites = st.builds(Cite, item=st.sampled_from("abc"),
                  locator=st.one_of(st.none(), st.sampled_from(["1", "2", "13 об."])))
note_lists = st.lists(st.lists(cites, max_size=3), max_size=12)


@settings(max_examples=150, deadline=None)
@given(note_lists)
def test_positions_hold_for_generated_note_sequences(groups):
    notes = [Note(n=index, cites=group) for index, group in enumerate(groups, 1)]
    seen: set[str] = set()
    previous: Cite | None = None
    previous_alone = False
    for note, positions in zip(notes, note_positions(notes)):
        for index, (cite, position) in enumerate(zip(note.cites, positions)):
            repeats = (note.cites[index - 1] if index else (previous if previous_alone else None))
            if cite.item not in seen:
                assert position.position == "first"
            elif repeats is None or repeats.item != cite.item:
                assert position.position == "subsequent"
            elif cite.locator is None and repeats.locator is not None:
                assert position.position == "subsequent"
            elif cite.locator == repeats.locator:
                assert position.position == "ibid"
            else:
                assert position.position == "ibid-with-locator"
            seen.add(cite.item)
        if note.cites:
            previous, previous_alone = note.cites[-1], len(note.cites) == 1
