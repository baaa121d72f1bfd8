"""The words of a note that no output accounts for: the audit of silent drops (issue 9).

The parser's rule is that nothing is lost silently: a word it cannot interpret is kept
(in a field, the cite's locator, prefix or suffix, the note's leftover or commentary).
`dropped_words` checks it from the outside. Every run of letters or digits of the
note's text must be found, case and "ё" folded, among

- the words of the values the note's cites point to (the items' fields, names and
  dates included, the items they refer to by id), the cites' locators, labels,
  prefixes and suffixes, the note's comment and leftover;
- the markers the grammar reads by definition, taken from its own tables
  (`biblio.data.reference_terms`, `archival_levels`, `foreign_archives`,
  `csl_locale_terms`) and the labeller's lexicon (`reference_lexicon`): "с.", "Т.",
  "№", "Изд-во", "Режим доступа", "Там же", "pages", …; a marker of several words only
  whole; the words around a date ("от", "г.") and an identifier's label ("ISBN") when
  the note has a date or the identifier;
- an abbreviation the parser expands, when its expansion is there: a place ("М." when
  "Москва" is a field's word), a month (its name when a date has its number), a role
  word (when the item has a name in that role);
- a word sharing a stem with an accounted one (names put in the nominative), and a
  number's case ending ("9-ти").

Forms the parser reads into another shape are accounted by their own rules
(`_accounted_in_context`): a reference list's number ("1. "), stripped as markup; a
letter glued to a read number ("1940г", "416с", "D59", "1994a", "7th"); letters spaced
apart by OCR whose joined word is read ("В ерещагин", "Г о луб ц о в"); a language
named in words and kept as its tag ("[In Ukrainian]", "(In Russ.)" → "uk", "ru"); an
initial whose given name is written out ("Брюсов, В. Я. … / Валерий Яковлевич
Брюсов"). Known false alarms left: a word the parser normalises (a month's number read
from a Roman numeral), a word damaged by OCR inside a marker. A marker word
is accounted wherever it stands, so a dropped "т" or "в" goes unseen: the audit
errs on the side of silence for the grammar's own vocabulary. Time is linear in the
note's text and its items' values.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from biblio.data import archival_levels, csl_locale_terms, foreign_archives, places
from biblio.data import reference_lexicon as lexicon
from biblio.data import reference_terms as terms
from biblio.data.homoglyphs import DIGIT_LOOKALIKES, LATIN_TO_CYRILLIC
from biblio.data.languages import CATALOGUE_LANGUAGE_CODES, language_named
from biblio.model import Date, Document, Item, Name, Note
from biblio.parse import without_list_number
from biblio.parse.typography import OCR_NUMEROS

WORD = re.compile(r"[^\W_]+")
"""A run of letters or digits: the unit the audit accounts for."""
AS_CYRILLIC = str.maketrans(LATIN_TO_CYRILLIC)
"""Latin look-alike letters as the Cyrillic ones (`_in_one_script`)."""
NUMBER_ENDING = re.compile(r"(?<=\d)[-–\u2010\u2011][^\W\d_]{1,3}(?![^\W_])")
"""The case ending of a number, read with it ("в 9-ти т.", "8-е изд.", "1930-х гг."), its
hyphen typeset as a dash by some ("в 9–ти т."), as Unicode's hyphen or no-break hyphen by
others ("изд. 2\u2011е", which the parser reads with ASCII's: typography.TYPOGRAPHIC_HYPHENS)."""


def _in_one_script(match: re.Match[str]) -> str:
    """A word that mixes the scripts with its Latin look-alikes as the Cyrillic letters,
    one for one, as the parser reads it (biblio.parse.scripts), so that a marker of
    several words typed so is found whole («Указ. cоч.» with a Latin «c»)."""
    word = match.group()
    if any("a" <= char <= "z" or "A" <= char <= "Z" for char in word) and \
            any("а" <= char <= "я" or "А" <= char <= "Я" for char in word):
        return word.translate(AS_CYRILLIC)
    return word


def _folded(word: str) -> str:
    """Lower case, "ё" as "е", digits without leading zeros (a date's month 9 accounts
    for the "09" of "30.09.1928")."""
    word = word.lower().replace("ё", "е")
    return word.lstrip("0") or "0" if word.isdigit() else word


def words(text: str) -> Iterator[str]:
    """The folded words of `text`."""
    for match in WORD.finditer(NUMBER_ENDING.sub("", text)):
        yield _folded(_in_one_script(match))


def _words_of_all(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(word for phrase in phrases for word in words(phrase))


MARKERS: tuple[str, ...] = (
    *terms.LOCATOR_LABELS, *terms.VOLUME_TERMS, *terms.ISSUE_TERMS, *terms.PART_TERMS,
    *terms.SERIES_NUMBER_TERMS, *terms.EDITION_TERMS, *terms.NUMBER_OF_VOLUMES,
    *terms.NUMBER_OF_VOLUMES_PREPOSITIONS, *terms.EXTENT_TERMS, *terms.NO_PLACE,
    *terms.NO_DATE, *terms.NO_PUBLISHER, *terms.PUBLISHER_NOUNS, *terms.URL_LABELS,
    *terms.ACCESS_LABELS, *terms.MEDIUM_DESIGNATIONS, *terms.CONTENT_FORMS,
    *terms.IBID_MARKERS, *terms.OP_CIT_MARKERS, *terms.IDEM_MARKERS, *terms.NOTE_WORDS,
    *terms.ABOVE_WORDS, *terms.PREVIOUS_NOTE_PHRASES, *terms.SHORT_FORM_MARKERS,
    *terms.LOCATOR_WORDS, *terms.ARTICLE_TERMS, *terms.PATENT_TERMS,
    *terms.PATENTS_BY_NUMBER, *terms.EVENT_PLACE_PREPOSITIONS, *terms.HEREAFTER_WORDS,
    *terms.HOST_INTROS, *terms.PERIODICAL_KIND_WORDS, *terms.PERIODICAL_KIND_NOUNS,
    *terms.WORK_NOUNS, *terms.UNSIGNED_HEADINGS,
    *terms.CHAPTER_HOST_OPENERS, *terms.CITED_PAGE_PREPOSITIONS, *terms.PUBLISHER_PREPOSITIONS,
    *csl_locale_terms.PAGE_TERMS,
    *archival_levels.BY_SPELLING, *archival_levels.VERSO, *foreign_archives.FOLIO_TERMS,
    *foreign_archives.LEAF_AND_COLUMN_TERMS,
    *csl_locale_terms.AND_TERMS, *csl_locale_terms.ET_AL_TERMS, *terms.ET_AL_PHRASES,
    *csl_locale_terms.RETRIEVED_TERMS, *csl_locale_terms.AVAILABLE_TERMS,
    *csl_locale_terms.CITED_TERMS, *csl_locale_terms.INTERNET_TERMS, *OCR_NUMEROS,
)
"""The grammar's markers, from its own tables: read by definition, never a field's value."""
_PHRASES = sorted({marker for marker in MARKERS if len(list(words(marker))) > 1},
                  key=len, reverse=True)
MARKER_PHRASE = re.compile(
    r"(?<![^\W_])(?:" + "|".join(re.escape(phrase).replace(r"\ ", r"\s*")
                                 for phrase in _PHRASES) + r")(?![^\W_])",
    re.IGNORECASE)
"""A marker of several words, taken out of the text whole: its words count only together
(the "м" of "б. м." must not account for the "М." of Moscow)."""
MARKER_WORDS: frozenset[str] = _words_of_all(
    marker for marker in MARKERS if len(list(words(marker))) == 1) \
    | lexicon.VOLUME_WORDS | lexicon.ISSUE_WORDS | lexicon.PAGE_WORDS | lexicon.PART_WORDS \
    | lexicon.EDITION_WORDS | lexicon.CONNECTIVE_WORDS | lexicon.ET_AL_WORDS \
    | lexicon.CONTAINER_OPENERS
"""The one-word markers, and the labeller's (`reference_lexicon`: "pages", "pp", "in")."""

DATE_WORDS: frozenset[str] = frozenset(
    ("от", "від", "г", "гг", "года", "год", "на", "cop", "сор", "ок", "ca"))
"""The words around a date that `informal.py`, `document_dates.py` and `genres.py` (an
act's date) read with it ("от 30 сентября 1928 г.", "21 апреля 1942 года", Ukrainian
"Закон України від 01.07.2014 р."), and the imprint's year word written out that
`publication.YEAR_AT_END` reads ("В типографии Эдуарда Праца. 1862 год."), and the «на»
of an almanac's or a calendar's year («альм. «Утренняя заря» на 1842 г.», which
`informal.ISSUE_COMPONENTS` reads), and the marks before a year that `publication` reads
with it (copyright's «cop.», typed «сор.» with Cyrillic look-alikes; «ок.», «ca.»): accounted
when the note has a date."""
LABEL_WORDS: dict[str, frozenset[str]] = {
    "doi": frozenset(("doi", "https", "http", "dx", "org")), "isbn": frozenset(("isbn",)),
    "issn": frozenset(("issn",)), "accessed": _words_of_all(csl_locale_terms.ACCESSED_TERMS),
}
"""The label of an identifier ("ISBN", "DOI:", the address "https://doi.org/" Crossref
asks journals to print before a DOI) or of the day a page was read (CSL's "просмотрено"):
accounted when the item has that variable."""
MONTH_WORDS: dict[str, int] = {
    word: number for table in (terms.MONTHS, terms.MONTHS_NOMINATIVE,
                               csl_locale_terms.MONTH_NUMBERS, terms.ITALIAN_MONTHS,
                               terms.ITALIAN_MONTH_ABBREVIATIONS)
    for name, number in table.items() for word in words(name)
}
"""A month's name as the grammar reads it: GOST's tables and the CSL locales' forms that
`csl_citations` reads in journals' lines ("Nov. 2019", "Листопад 23, 2024"); Italian
months as the labeller's decoder dates an archival document with them ("Dispacci
Costantinopoli, 1761, 5 febbraio": `labeller/shelfmark_bounds.py`)."""
ROLE_WORDS: dict[str, frozenset[str]] = {}
_BOARDS = ((board, "editor") for board in terms.BOARD_TERMS)
for _phrase, _role in (*terms.ROLE_TERMS.items(), *_BOARDS):
    for _word in words(_phrase):
        ROLE_WORDS[_word] = ROLE_WORDS.get(_word, frozenset()) | frozenset(_role.split("-"))
for _word in lexicon.ROLE_WORDS | _words_of_all(("a cura di",)):  # the labeller's role words
    ROLE_WORDS[_word] = ROLE_WORDS.get(_word, frozenset()) | {"editor", "translator",
                                                               "compiler"}
PLACE_WORDS: dict[str, frozenset[str]] = {}
for _short, _full in places.EXPANSIONS.items():
    _names = (_full, *places.IN_LANGUAGE.get(_full, {}).values())
    for _word in words(_short):
        PLACE_WORDS[_word] = PLACE_WORDS.get(_word, frozenset()) | _words_of_all(_names)


def _value_words(value: Any, items: dict[str, Item], seen: set[str],
                 months: set[int]) -> Iterator[str]:
    """The words of a field's value, the months of its dates, the items it names."""
    if isinstance(value, str):
        if value in items and value not in seen:
            seen.add(value)
            yield from _value_words(items[value].fields, items, seen, months)
        yield from words(value)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int | float):
        yield from words(str(value))
    elif isinstance(value, dict):
        for part in value.values():
            yield from _value_words(part, items, seen, months)
    elif isinstance(value, list | tuple):
        for part in value:
            yield from _value_words(part, items, seen, months)
    elif dataclasses.is_dataclass(value):
        if isinstance(value, Name) and value.given:
            yield from (word[0] for word in words(value.given) if not word.isdigit())
        if isinstance(value, Date):
            months.update(int(part[1]) for part in value.parts
                          if len(part) > 1 and str(part[1]).isdigit())
            yield from (str(part[0])[-2:] for part in value.parts[1:]  # a range's last year
                        if part and str(part[0]).isdigit())  # by its decade: "1962-66"
        for attribute in dataclasses.fields(value):
            yield from _value_words(getattr(value, attribute.name), items, seen, months)


STEM_LENGTH = 4
ENDING_LENGTH = 3
"""A word is accounted when it shares a stem of at least STEM_LENGTH letters with an
accounted word, each having at most ENDING_LENGTH letters more: the parser puts names
in the nominative ("под ред. Л. Мартова" → "Мартов", "Публ. С. В. Зыковой" → "Зыкова")."""


def _stems(accounted: Iterable[str]) -> set[str]:
    return {word[:len(word) - cut] for word in accounted if not word.isdigit()
            for cut in range(ENDING_LENGTH + 1) if len(word) - cut >= STEM_LENGTH}


def _has_stem(word: str, stems: set[str]) -> bool:
    return not word.isdigit() and any(
        word[:len(word) - cut] in stems for cut in range(ENDING_LENGTH + 1)
        if len(word) - cut >= STEM_LENGTH)


def _roles(item: Item) -> set[str]:
    """The item's variables and their parts, lower case ("container-author": "author")."""
    return {role for variable in item.fields for role in variable.lower().split("-")}


GLUED = re.compile(r"[^\W\d_]?(?P<number>\d+)(?:[^\W\d_]|st|nd|rd|th)?")
"""A letter glued to a number: a unit after it ("1940г", "416с", "460л"), a year's letter
in author–year lists ("1994a"), a physics journal's series before its volume ("Phys. Rev.
D59", "Physica A96"), an English ordinal ("7th ed.")."""
SPACED_PIECES = 8
"""The most pieces OCR's spacing splits a word into ("Г о луб ц о в" is six)."""

Token = tuple[str, int, int]
"""A folded word and where it stands in the text."""


def _tokens(text: str) -> list[Token]:
    """The folded words of `text`, its number endings and markers of several words
    blanked out (so that the places of the rest hold)."""
    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group())
    text = WORD.sub(_in_one_script, text) if not text.isascii() else text
    text = MARKER_PHRASE.sub(blank, NUMBER_ENDING.sub(blank, text))
    return [(_folded(match.group()), match.start(), match.end())
            for match in WORD.finditer(text)]


def _spaced_apart(tokens: list[Token], known: Callable[[str], bool]) -> set[int]:
    """The places of the pieces of words OCR spaced apart ("В ерещагин", "Д у ры л и н"):
    runs of words one space apart, one of a letter or two, whose joined word is known."""
    joined_places: set[int] = set()
    for first in range(len(tokens)):
        joined, short = tokens[first][0], len(tokens[first][0]) <= 2
        for last in range(first + 1, min(first + SPACED_PIECES, len(tokens))):
            if tokens[last][1] - tokens[last - 1][2] != 1:
                break
            joined += tokens[last][0]
            short = short or len(tokens[last][0]) <= 2
            if short and known(joined):
                joined_places.update(range(first, last + 1))
    return joined_places


def _after_year(tokens: list[Token], place: int, text: str, accounted: set[str]) -> bool:
    """Whether a letter follows a read year, glued or in brackets ("1989[а]", "1994 a"
    of author–year lists telling one author's works of a year apart)."""
    word, start, _ = tokens[place]
    if len(word) != 1 or place == 0:
        return False
    year, _, end = tokens[place - 1]
    return len(year) == 4 and year in accounted and text[end:start].strip() in ("", "[", "(")


MIN_GLUED_PART = 3
"""The shortest word two glued words are split into: shorter pieces ("в", "и") would
account for almost any word."""


LETTERS_BY_DIGIT: dict[str, frozenset[str]] = {
    digit: frozenset(letter.lower() for letter, same in DIGIT_LOOKALIKES.items() if same == digit)
    for digit in set(DIGIT_LOOKALIKES.values())}
"""The letters OCR and the parser take a digit for («Рабинович Б. 3.» read with the initial
«З.»), from the same table of look-alikes that reads letters as digits."""
ORDINAL = re.compile(
    "(?P<stem>" + "|".join(sorted(terms.ORDINAL_NUMBERS, key=len, reverse=True)) + ")"
    "(?:" + "|".join(terms.ORDINAL_ENDINGS) + ")")
"""An ordinal written out («второе», «пятнадцатый»): its number in figures accounts for it,
as the grammar reads «Издание второе» as the edition 2 (GOST 7.1-2003 clause 5.3)."""


def _accounted_in_context(word: str, roles: set[str], accounted: set[str]) -> bool:
    """A letter glued to a read number (GLUED), a digit read as the letter it looks like
    (LETTERS_BY_DIGIT), an ordinal read as its number (ORDINAL), a language named in words
    whose tag the item's `language` holds ("[In Ukrainian]", "(In Russ.)", a catalogue's
    closing «— укр.», `CATALOGUE_LANGUAGE_CODES`), two read words OCR typed
    close up ("ИоаннЛествичник." read as the name «Иоанн Лествичник»)."""
    glued = GLUED.fullmatch(word)
    if glued and not word.isdigit() and _folded(glued["number"]) in accounted:
        return True
    if accounted & LETTERS_BY_DIGIT.get(word, frozenset()):
        return True
    ordinal = ORDINAL.fullmatch(word)
    if ordinal and str(terms.ORDINAL_NUMBERS[ordinal["stem"]]) in accounted:
        return True
    if any(word[:cut] in accounted and word[cut:] in accounted
           for cut in range(MIN_GLUED_PART, len(word) - MIN_GLUED_PART + 1)):
        return True
    return "language" in roles and \
        (language_named(word) or CATALOGUE_LANGUAGE_CODES.get(word)) in accounted


def dropped_words(note: Note, document: Document) -> list[str]:
    """The words of `note.text`, in order, that none of the note's outputs accounts for."""
    months: set[int] = set()
    seen: set[str] = set()
    roles: set[str] = set()
    outputs: list[Any] = [note.comment, [leftover.text for leftover in note.leftover]]
    for cite in note.cites:
        outputs += [cite.item, cite.locator, cite.label, cite.prefix, cite.suffix]
        if cite.item in document.items:
            roles |= _roles(document.items[cite.item])
    accounted = set(_value_words(outputs, document.items, seen, months))
    for item_id in seen:
        roles |= _roles(document.items[item_id])
    labels = {word for role in roles for word in LABEL_WORDS.get(role, ())}
    dated = DATE_WORDS if months or any(word.isdigit() and len(word) == 4 for word in accounted) \
        else frozenset()
    text = without_list_number(note.text or "")  # markup, as the parser strips it
    tokens = _tokens(text)
    unread = [place for place, (word, _, _) in enumerate(tokens)
              if word not in accounted and word not in MARKER_WORDS
              and word not in labels and word not in dated
              and MONTH_WORDS.get(word) not in months
              and not roles & ROLE_WORDS.get(word, frozenset())
              and not accounted & PLACE_WORDS.get(word, frozenset())]
    if not unread:
        return []
    stems = _stems(accounted)

    def known(word: str) -> bool:
        return word in accounted or _has_stem(word, stems)

    spaced = _spaced_apart(tokens, known)
    return [tokens[place][0] for place in unread
            if not known(tokens[place][0]) and place not in spaced
            and not _accounted_in_context(tokens[place][0], roles, accounted)
            and not _after_year(tokens, place, text, accounted)]


def word_kind(word: str) -> str:
    """The kind a dropped word is tallied under: a number, a Latin, Cyrillic or other word,
    one letter apart (an initial or an abbreviation)."""
    if word.isdigit():
        return "number"
    if len(word) == 1:
        return "one letter"
    if re.fullmatch(r"[a-zà-ÿ]+", word):
        return "latin word"
    if re.fullmatch(r"[а-яіїєґў]+", word):
        return "cyrillic word"
    return "other word"
