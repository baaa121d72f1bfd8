"""Footnotes → a Document: each reference parsed on its own, then repeats resolved.

`parse_footnotes` takes strings, `Footnote`s or the text extractor's `Extraction`;
`read_article` runs repair, extraction and parsing on an article's text. Nothing is
lost: every note keeps its text, what is not understood is a `Leftover` with its
reason, and warnings are `Problem`s in the Document.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from biblio import collector
from biblio.errors import BiblioError
from biblio.data.funding_phrases import FUNDING_PHRASES, GRANT_WORDS
from biblio.model import Date, Document, Footnote, Leftover, Problem
from biblio.parse.choice import read_reference
from biblio.parse.commentary import (AUTHOR_YEAR_IN_BRACKETS, LEAD_IN_AFTER_SENTENCE,
                                     LOWER_LEAD_IN_COLON, PINPOINT_THEN_LEAD_IN,
                                     after_opening_prose, after_prose_and_colon,
                                     after_prose_and_dash,
                                     crosses_parenthesis, find_references, is_found,
                                     is_funding, may_open_with_prose,
                                     prefix_opens_parenthesis, prose_before_parenthesis,
                                     sentences)
from biblio.parse.first_printing import host_in_prose, title_in_periodical
from biblio.parse.glued_marks import unglued
from biblio.parse.gost import parse_reference as read_one
from biblio.parse.reference import Reference
from biblio.parse.repeats import resolve, where_of
from biblio.parse.scripts import in_one_script, report_changes
from biblio.parse.split import split_references
from biblio.parse.typography import (as_gost_prints, comma_close_up, printed_span, retyped,
                                     single_dashed, single_spaced, typed_as_read,
                                     with_printed_marks)

__all__ = ["parse_footnotes", "parse_reference", "read_article", "split_references"]


def _footnotes(footnotes: Any) -> tuple[list[Footnote], list[Problem]]:
    """Footnotes numbered from 1 when given as strings; the extractor's problems."""
    problems = list(getattr(footnotes, "problems", []) or [])
    source = getattr(footnotes, "footnotes", footnotes)
    if isinstance(source, str):
        raise BiblioError("parse_footnotes takes a list of footnotes, not one string; "
                          "split the text into lines first")
    result: list[Footnote] = []
    for index, entry in enumerate(source, 1):
        if isinstance(entry, Footnote):
            result.append(entry)
        elif isinstance(entry, str):
            result.append(Footnote(number=index, text=entry, line=index))
        else:
            raise BiblioError(f"is a {type(entry).__name__}, not a footnote or a string",
                              where=f"footnote {index}")
    return result, problems


LIST_NUMBER_STARTS = frozenset("0123456789[")


@lru_cache(maxsize=16384)
def _parsed(segment: str) -> Reference:
    return read_reference(segment)


LIST_NUMBER = re.compile(r"\s*(?:(?P<digit>\d\.)|\d{1,3}[.)]|\[\d{1,3}\])[ \t\u00a0]+(?=\S)")
"""A reference list's number before the reference, "1. Иванов И. И. …", "12) …", "[4] …":
list markup, as a note's own number is (the note keeps its text as read). A bare number
("1 Съезд Советов СССР …") may open a title, and stays."""
INITIAL_READ_AS_DIGIT = re.compile(r"[^\W\d_]+(?:\.,?|,)\s+(?![^\W\d_]\.)")
"""After "3. ", a family or an abbreviation closed by its point or comma and not followed
by initials: the digit is a letter that OCR took for one ("3. Гиппиус. Люди и нелюди" for
"З.", "1. Svevo, Saggi" for "I.", "5. Se., voi. 157" for "S."), not a list's number
("1. Иванов И. И. …", "1. Smith, J. …", "1. История России …")."""


def without_list_number(text: str) -> str:
    """`text` without the reference list's number opening it (LIST_NUMBER), unless the
    number is an initial OCR read as a digit (INITIAL_READ_AS_DIGIT)."""
    numbered = LIST_NUMBER.match(text) if text.lstrip()[:1] in LIST_NUMBER_STARTS else None
    if numbered and not (numbered["digit"] and INITIAL_READ_AS_DIGIT.match(text, numbered.end())):
        return text[numbered.end():]
    return text


def parse_note(text: str) -> list[Reference]:
    """The references of one footnote, each parsed on its own.

    A reference met before ("Там же.", the same archival file, a short form) is
    parsed once: the resolver gets a fresh copy, and copies the fields it completes.
    A no-break space, or a hyphen or an en dash for the areas' dash, is read as GOST
    prints it, and „…“, "…", “…” or «N 3» as «…» and «№» (biblio.parse.typography);
    what a reference keeps of the note's text (its text, lead-in, commentary and
    leftovers), and its fields' quotes and numeros, are given back as printed. Look-alike
    letters of the other script are read in their word's script, reference by reference
    (biblio.parse.scripts), each word read so reported in its reference's leftover. A
    note typed as the grammar reads it, as most are, is read at once
    (typography.typed_as_read). Spaces doubled are read single, a space before a comma
    read close up, and the note kept so.
    A mark glued to the word after it is read with a space after it, and the fields given
    back as printed (biblio.parse.glued_marks).

    A note's text met before («Там же.», «Ibid., p. 12.», a work cited again in the same
    words) is read once (`_note_readings`): each call gets fresh copies, as `_parsed`
    gives a segment's reading.
    """
    return [_fresh(reference) for reference in _note_readings(text)]


@lru_cache(maxsize=16384)
def _note_readings(text: str) -> tuple[Reference, ...]:
    """The references of a note's text, remembered: a note repeated word for word is
    not split, retyped and read again, segment by segment (issue 10: 10,000 notes of an
    article hold few distinct texts). Shared as `_parsed`'s readings are: the resolver
    gives a reference new fields before it completes them, never changes them."""
    text = comma_close_up(text)
    if (spaced := unglued(text)) is not None:
        return tuple(spaced[1].given_back(reference)
                     for reference in _parse_spaced_note(spaced[0]))
    return tuple(_parse_spaced_note(text))


def _parse_spaced_note(text: str) -> list[Reference]:
    if typed_as_read(text):
        return _read_note(without_list_number(text))
    text = single_dashed(single_spaced(text))
    read = without_list_number(as_gost_prints(text))
    if (typed := retyped(read)) is not None:
        references = [with_printed_marks(reference, typed[1].printed)
                      for reference in _read_note(typed[0])]
    else:
        references = _read_note(read)
    printed = text[len(text) - len(read):]  # the list's number is a prefix, one for one
    if read == printed:
        return references
    start = 0
    for reference in references:
        start = _as_printed(reference, read, printed, start)
    return references


def parse_reference(text: str, *, in_part: bool = True) -> Reference:
    """One reference, read as `parse_note` reads a note's: its spaces, typed dashes,
    quotes and «N» read as GOST prints them, its look-alike letters in one script a
    word, and its text and fields given back as printed (biblio.parse.typography,
    biblio.parse.scripts), so that a reference reads the same here and in a note. It is
    read whole, as one reference: no list number is taken off and no commentary is cut
    from it (`parse_footnotes` does both). `in_part` as in biblio.parse.gost.parse_reference."""
    text = comma_close_up(text)
    if (spaced := unglued(text)) is not None:
        return spaced[1].given_back(_parse_spaced_reference(spaced[0], in_part))
    return _parse_spaced_reference(text, in_part)


def _parse_spaced_reference(text: str, in_part: bool) -> Reference:
    text = single_dashed(single_spaced(text))
    read = as_gost_prints(text)
    typed = retyped(read)
    reference = _in_one_script(typed[0] if typed else read,
                               lambda one: [_fresh(read_one(one, in_part=in_part))])[0]
    if typed is not None:
        reference = with_printed_marks(reference, typed[1].printed)
    if read != text:
        _as_printed(reference, read, text)
    return reference


def _read_note(text: str) -> list[Reference]:
    return [reference for segment in split_references(text)
            for reference in _in_one_script(segment.text, _read_segment)]


def _in_one_script(text: str, read: Callable[[str], list[Reference]]) -> list[Reference]:
    """The references `read` finds in `text` read one script a word (biblio.parse.scripts):
    what each keeps of the text given back as printed, and the words read otherwise
    reported in its leftover. A reference's segment, not its note: most segments of a
    note that mixes the scripts are in one (a Russian archive and a German article).
    Each word read otherwise is reported once, by the reference whose span of the segment
    holds it: from where the reference's text is found (or the one before it ended) to
    where the next one's is, the first from the segment's start, the last to its end, so
    that a reading that rewrote its text (translations taken out, prose cut) still
    reports every word."""
    scripts, changes = in_one_script(text)
    if not changes:
        return read(text)
    references = read(scripts)
    start, begins = 0, []
    for reference in references:
        found = scripts.find(reference.text, start) if reference.text else -1
        begins.append(found if found >= 0 else start)
        start = _as_printed(reference, scripts, text, start)
    ends = [*begins[1:], len(scripts)]
    for reference, begin, end in zip(references, [0, *begins[1:]], ends):
        report_changes(reference, changes, text, begin, end)
    return references


def _as_printed(reference: Reference, read: str, printed: str, start: int = 0) -> int:
    """Gives `reference` (a fresh copy, its attributes its own) the note's text it keeps
    as `printed` holds it, looked for from `start`, where the reference before it ended;
    its fields stay as read. Where this reference's text ends in `read`."""
    def back(fragment: str | None) -> str | None:
        return printed_span(fragment, read, printed, start) if fragment else fragment

    text = reference.text
    reference.text = back(text) or text
    reference.prefix, reference.suffix = back(reference.prefix), back(reference.suffix)
    if reference.leftover:
        reference.leftover = [Leftover(back(leftover.text) or leftover.text, leftover.reason)
                              for leftover in reference.leftover]
    found = read.find(text, start) if text else -1
    return start if found < 0 else found + len(text)


def _parse_fresh(text: str) -> Reference:
    return _fresh(_parsed(text))


REPEAT_KINDS = frozenset({"ibid", "op-cit", "author-year"})
"""Readings of a repeat, whose unread tail may be another reference."""


def _read_segment(text: str) -> list[Reference]:
    """One reference; or, when the grammar reads none in the segment, a sentence in it
    opens with a lead-in ("… See …", "… См. также: …"), a square bracket in it opens with
    a family and a year ("… [Атлас 1969; …]"), a sentence of prose after a pinpoint
    ends in a lead-in and a colon ("… P. 234-236. О … см.: Filtzer D. …"), its reading
    runs past an opening parenthesis, or a repeat leaves part of it, the references in
    its sentences and parentheses with the prose around them (biblio.parse.commentary),
    if that reads any where the whole read none, or reads references inside commentary
    where the whole took the prose for part of one; else the segment stays whole, to be
    judged whole as commentary or as an unread reference. A work or file read with
    leftovers stays whole, its leftovers kept: cut into sentences, its authors or its
    archive read alone as no reference and were reported as commentary, the rest as the
    work (on the dev sets the whole reads as many fields or more, each set). A funding
    sentence is commentary, and the rest of the segment is read without it."""
    if FUNDING_HINT.search(text.lower()) and (funded := _without_funding(text)) is not None:
        return funded
    if may_open_with_prose(text) and \
            (opened := after_opening_prose(text, _parse_fresh)) is not None:
        return [opened]
    if (printed := host_in_prose(text, _parse_fresh) or
            title_in_periodical(text, _parse_fresh)) is not None:
        return [printed]
    reference = _parse_fresh(text)
    lead_in_inside = LEAD_IN_AFTER_SENTENCE.search(text) is not None or \
        "[" in text and AUTHOR_YEAR_IN_BRACKETS.search(text) is not None or \
        ":" in text and LOWER_LEAD_IN_COLON.search(text) is not None and \
        PINPOINT_THEN_LEAD_IN.search(text) is not None
    crossed = "(" in text and (crosses_parenthesis(reference) or
                               prefix_opens_parenthesis(reference) or
                               prose_before_parenthesis(reference, text))
    if not crossed and (dashed := after_prose_and_dash(reference, text, _parse_fresh)):
        return dashed
    if not crossed and (named := after_prose_and_colon(reference, text, _parse_fresh)):
        return [named]
    if reference.kind == "comment" or lead_in_inside:
        pieces = list(find_references(text, _parse_fresh))
        return pieces if any(is_found(piece) for piece in pieces) else [reference]
    if not crossed and (not reference.leftover or reference.kind not in REPEAT_KINDS):
        return [reference]
    # the pieces are read one by one (each may cost a labelling) until the answer is
    # decided: a first piece that is not commentary, or a read piece with leftovers,
    # leaves the whole
    only_parenthesis = crossed and not reference.leftover
    first_decides = only_parenthesis or reference.kind not in REPEAT_KINDS
    pieces, read = [], []
    for piece in find_references(text, _parse_fresh):
        if not pieces and first_decides and piece.kind != "comment":
            return [reference]
        pieces.append(piece)
        if is_found(piece):
            if piece.leftover:
                return [reference]
            read.append(piece)
    if only_parenthesis:  # only what the parenthesis holds, a file or a work with a
        # named author or a place, outweighs the whole: "(Convegno di studio, Vicenza
        # 1982)" and "(Venetiis, 1524)" stay the title's
        better = any(f"({piece.text}" in text and _weighty(piece) for piece in read)
    else:  # references inside commentary, where the whole took the prose for part of one;
        # several, where a repeat's text went on with another ("Dazu Geiger (oben N. 1)
        # 12 ff. — Kritisch Geiger, a.a.O., S. 20")
        better = bool(read) and pieces[0].kind == "comment" or \
            len(read) > 1 and reference.kind in REPEAT_KINDS
    return pieces if better else [reference]


STEM_LENGTH = 6
"""Letters of a phrase's longest word that make its stem ("поддержке" поддер, "supported"
suppor)."""


def stems(phrases: Iterable[str]) -> list[str]:
    """Stems that every phrase holds one of, few: the first STEM_LENGTH letters of a
    phrase's longest word, taken only for a phrase that holds none of the stems taken for
    the shorter ones. A text that holds a phrase holds one of its stems, so a text with
    none of the stems holds none of the phrases."""
    taken: list[str] = []
    for phrase in sorted(phrases, key=len):
        if not any(stem in phrase for stem in taken):
            taken.append(max(phrase.split(), key=len)[:STEM_LENGTH])
    return sorted(taken)


FUNDING_HINT = re.compile("|".join(map(re.escape, stems((*FUNDING_PHRASES, *GRANT_WORDS)))))
"""A cheap test before a segment is cut into sentences for `is_funding`, which needs a
phrase of funding or a word before a grant's number (`data.funding_phrases`): their stems.
Searched in the lower-cased text (the phrases are lower case): the same answer as
re.IGNORECASE at a tenth of its cost (15 µs a GOST note, about 7 % of its parse)."""


def _without_funding(text: str) -> list[Reference] | None:
    """The funding sentences that open a segment as commentary, the rest read on its own
    («Работа выполнена при поддержке гранта … (проект МК-6084.2018.6).» is no work titled
    «проект МК-6084» of 2018); None when the first sentence is none. Only the opening
    ones: after a reference, such a sentence is the edition's own note («… М., 2005.
    300 с. Издание осуществлено при финансовой поддержке РГНФ …»), kept with it."""
    pieces = sentences(text)
    funding = 0
    while funding < len(pieces) and is_funding(pieces[funding]):
        funding += 1
    if not funding:
        return None
    result = [Reference(text=piece, kind="comment", prose=True) for piece in pieces[:funding]]
    if funding < len(pieces):
        result.extend(_read_segment(" ".join(pieces[funding:])))
    return result


def _weighty(reference: Reference) -> bool:
    """A file, or a work with an author who has a given name, with a place or with a
    host; or a periodical's issue, dated and numbered or dated by its day, as the editors'
    notes of Soviet editions close a sentence with it («… надписью: «…» («Вопросы истории
    КПСС», 1960, № 3, стр. 125-126).», batch 46: Lenin's Complete Works)."""
    fields = reference.fields
    authors = fields.get("author") or []
    issued = fields.get("issued")
    return reference.kind == "archival" or any(name.given for name in authors) or \
        bool(fields.get("publisher-place") or fields.get("container-title")) or \
        reference.type == "periodical" and isinstance(issued, Date) and \
        ("issue" in fields or len(issued.parts[0]) == 3)


def _parse_or_report(note: Footnote, problems: list[Problem]) -> list[Reference]:
    """`parse_note`, but a failure of the parser on one footnote costs that footnote
    only: it is kept whole as the note's text and reported, and the others go on."""
    try:
        return parse_note(note.text)
    except Exception as error:  # noqa: BLE001 - a parser bug must not lose the document
        problems.append(Problem(
            where_of(note), f"not parsed: the parser failed ({type(error).__name__}: {error}); "
                          "the footnote is kept as text. Please report it."))
        return []


def _fresh(reference: Reference) -> Reference:
    """A copy whose attributes can be set without touching the cached one (a shallow
    copy by hand: dataclasses.replace costs as much as parsing an area). Its fields and
    leftovers are the cached reading's own: the few steps that complete the fields
    (aliases, "Он же", an abbreviated host) copy them before writing, and nothing
    writes the leftovers after reading, so a cite costs no copy of either."""
    copy = Reference.__new__(Reference)
    copy.__dict__.update(reference.__dict__)
    return copy


PROGRESS_EVERY = 1000
"""Notes parsed between two calls of a `progress` callback."""


def parse_footnotes(footnotes: Iterable[str] | Iterable[Footnote] | Any, *,
                    progress: Callable[[int, int], None] | None = None) -> Document:
    """Parse GOST footnotes into notes, cites and items, resolving repeated references.

    `progress(done, total)`, if given, is called every PROGRESS_EVERY notes and once at
    the end, so that a long run can show how far it is (the CLI does on a terminal)."""
    with collector.paused():  # the parsed references are freed before it resumes: the
        # collector's first run then walks only the Document and the caches' new entries
        notes, problems = _footnotes(footnotes)
        parsed = []
        for done, note in enumerate(notes, 1):
            parsed.append((note, _parse_or_report(note, problems)))
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, len(notes))
        document = resolve(parsed)
        del parsed
    if progress is not None:
        progress(len(notes), len(notes))
    document.problems[:0] = problems
    return document


def read_article(article: str | os.PathLike[str], *, repair: bool = True,
                 progress: Callable[[int, int], None] | None = None) -> Document:
    """An article's text → its footnotes → a Document (repair first, by default).

    `article` may also be the path of a document (a Path, or a string naming an
    existing .pdf file): its footnotes are then found by its layout
    (biblio.documents); a Path to another file is read as UTF-8 text."""
    from biblio.documents import is_document, read_footnotes
    from biblio.text.footnotes import extract_footnotes
    from biblio.text.repair import repair_text

    if is_document(article):
        return parse_footnotes(read_footnotes(article, repair=repair), progress=progress)
    if isinstance(article, os.PathLike):
        try:
            article = Path(article).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise BiblioError(f"cannot be read as UTF-8 text ({error})",
                              source=str(article)) from None
    if repair:
        article = repair_text(article).text
    return parse_footnotes(extract_footnotes(article), progress=progress)
