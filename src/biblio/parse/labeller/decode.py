"""Labelled tokens → a Reference: runs of one label become CSL fields.

A label's value is the printed text from its first to its last token, so inner
punctuation stays ("Brainology in the classroom: An online …"); two runs of one
label parted only by punctuation are one value. Markers the model left "other"
("pp.", "In:", "(Eds.)") are not part of any value. Words the model labelled
"other" are kept in the reference's leftover, so nothing read is lost.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.data.name_particles import PARTICLES
from biblio.data.reference_lexicon import CONNECTIVE_WORDS, MONTH_WORDS, THESIS_WORDS
from biblio.data.reference_terms import ITALIAN_MONTH_ABBREVIATIONS, PUBLISHER_PREPOSITIONS
from biblio.evaluation import AROUND
from biblio.lazy_patterns import LazyPattern
from biblio.model import OTHERS, Date, Leftover, Name, is_others
from biblio.parse.comma_style import FIRM, firm_closing_title, role_statement_off
from biblio.parse.labeller.cited import labelled_locator
from biblio.parse.labeller.family_headings import family_opening_title
from biblio.parse.labeller.features import word_kind
from biblio.parse.labeller.labels import NAME_LABELS, VARIABLE_OF_LABEL
from biblio.parse.labeller.model import Labelled
from biblio.parse.labeller.shelfmark_bounds import (date_closing_shelfmark, plural_units_list,
                                                    unit_opening_note)
from biblio.parse.labeller.tokens import Token
from biblio.parse.labeller.unlabelled_titles import title_left_unlabelled
from biblio.parse.labeller.names import (EDITORS_AFTER, ET_AL_AFTER, ROLE_BEFORE,
                                         VANCOUVER_INITIALS, known_given, split_names)
from biblio.parse.locators import read_extent
from biblio.parse.names import is_initials
from biblio.parse.patterns import CYRILLIC
from biblio.parse.publication import KNOWN_PLACES, city_before_firm, is_known_place, read_places
from biblio.parse.reference import Reference
from biblio.parse.short_forms import FAMILY

KEEP_CLOSING = "?!"
NUMBER_LABELS = frozenset({"page", "volume", "issue", "locator"})
SPACED_DASH = LazyPattern(r"(?<=\w)\s*([-‐‑‒–—−])[-‐‑‒–—−]*\s*(?=\w)")
"""A dash with spaces around it inside a range: "243 -254", "i5i - i54" (OCR), or
doubled as TeX's en dash is typed ("665--668")."""
DASH_BETWEEN = LazyPattern(r"\s*[-‐‑‒–—−]\s*")
HOST_WORD = r"(?:[Ii]n|[Dd]ans|[Ii]m|[Nn]el(?:la)?)"
"""The word the styles print before a part's host ("In:", ", in", ", dans", ", nella")."""
CONTAINER_IN_TITLE = LazyPattern(rf",\s{HOST_WORD}:?\s(?=[«“\"'„]?[^\W\d_])")
"""", in Lexicon der …": a chapter's title run on into its book's, parted by the
container's opener (the marker the styles print before a host)."""
QUOTED_TITLE_THEN_HOST = LazyPattern(rf"(?P<title>[^‘“]+?)[’”]\s{HOST_WORD}(?::?\s(?P<host>.*))?")
"""A quoted title and the host after it, as OSCOLA and AGLC print a chapter ("‘Liberalising
Legal Education’ in The Law School: Global Issues, …", "‘Sexing the Subject (of Law)’ in
Thornton, op. cit."), read by the labeller as one title: the closing quote ends it."""
CLOSING_VOLUME_WORD = LazyPattern(r"[\s,:;]+(?:[Vv]oll?|Vols|[Vv]oi|Volume|Bd|Band|tomo)\.?$")
"""The word that announces a volume, closing a host's name or a title when the volume was
read after it: "Comparative Studies in Sociology Vol. 1", "T.H. Huxley, Collected Essays:
Volume III", "Handbuch der Soziologie, Bd. 2", "Grande dizionario della lingua italiana,
vol. II", "Fasti Gymnasii Patavini, vol. I", Italian "voll." and "tomo", and "voi.", as
OCR reads "vol." in Italian notes ("Enciclopedia dell'Arte Medievale, voi. V"): a marker,
not a word of the name."""
QUOTED_HOST = LazyPattern(r",\s[«“„\"]([^«»“”„\"]+)[»”\"]?$")
"""", “Mélanges de l'école française de Rome”": a journal in quotes closing a title
it was run on into (a journal is quoted in Italian and French notes)."""
GLUED_VOLUME = LazyPattern(r"(?<=[^\W\d_])(\d+)$")
"""A volume printed against its journal's name: "Phys. Rev. D59", "Physica A96",
"Letters61" (a series letter, or a space lost in extraction from a PDF)."""
HOST_AFTER_SENTENCE = LazyPattern(
    r"(?:(?<=[^\W\d_]{4}[.?!])|(?<=[)”\"»]\.))\s+(?=[^\W\d_])(?!.*[.?!]\s)")
"""The break before a title's last sentence ("… and colitis. Immunology"), after a
word of four letters or more (no abbreviation: "Iohan. Diac. Chron") or a closing
bracket or quote ("… borderline (dossier). Santé Mentale"); the journal's name opens
with a capital."""
CLOSING_VOLUME = LazyPattern(r",\s([IVXLC]+|[ivxlc]{2,})$")
"""", IV" closing a title or a host: the volume of a work in several, in Roman figures
(a lone lower-case "c" is a leaf's marker, not a hundred)."""
JOURNAL_AND_VOLUME = LazyPattern(r",\s([A-Z][^\W\d_]*(?:\s[^\W\d_.]+\.?){1,8})\s(\d{1,3})$")
"""", Jahrbuch für Rechtssoziologie und Rechtstheorie 3": a journal and its volume
closing a title, as German and legal notes print them before "(1972) 305"."""
VOLUME_AND_PAGES = LazyPattern(r"(\d{1,4}),?\s(\d+(?:[-–]\d+)?)")
""""506 463-466" read as one page value after a journal: its volume, then its pages."""
VOLUME_SLASH_ISSUE = LazyPattern(r"([\dIVXLCDM]+)\s?/\s?(\d+)")
""""V / 23", "12/3": a volume and its issue."""
VOLUME_JOURNAL_PAGE = LazyPattern(
    r"(\d{1,4})\s([A-Z][^\W\d_]*\.?(?:\s[^\W\d_]+\.?){0,8})\s(\d+(?:[-–]\d+)?(?:\s+at\s+\d+)?)")
""""13 Legal Studies 143 at 152" read as one page value: the legal notes' volume,
journal and first page after the year in brackets ("(1993) 13 Legal Studies 143")."""
YEAR_THEN_PAGES = LazyPattern(r"((?:1[4-9]|20)\d\d),?\s+(?:pp?|S|с|C)\.\s*(\d.*)")
""""2021, pp. 380–393" read as one page value (MLA's "vol. 6, no. 3, 2021, pp. 380–393"):
the year, then the pages after their marker."""
PAGE_AT = LazyPattern(r"(\d+(?:[-–]\d+)?),?\s+at\s+(\d+(?:[-–]\d+)?)")
"""The legal notes' "143 at 152", "45, at 50": the first page, then the page cited."""
PAGE_THEN_CITED = LazyPattern(r"(\d+)\s?\((\d+[^()]*)\)?")
"""German legal notes' "305 (330 ff.)": the first page, then the page cited in brackets."""
LEGAL_NUMBERS = LazyPattern(r"""
    \s*\.?\s*(?P<page>\d+(?:\s*[-–]\s*\d+)?)           # the part's first page, or its range
    (?:(?:\s*,\s*(?P<comma_at>at\s+)?|\s+(?P<at>at)\s+)     # ", 61", ", at 40", " at 152"
       (?P<pin>\d+(?:\s*[-–]\s*\d+)?(?:\s*ff?\b\.?)?))?  # the page cited
    [\s.;)]*$""", re.VERBOSE)
"""What follows a journal printed after its volume in legal notes (OSCOLA, AGLC,
Bluebook: "(1993) 20 J. of Law and Society 56, 61", "101 Law Q. Rev. 33, at 40"): the
first page, then the pinpoint."""
IMPRINT_THEN_PAGES = LazyPattern(r"\)\s*(\d+(?:[-–]\d+)?)\s*\((\d+[^()]*)\)[\s.;]*$")
"""German legal notes' part after its book's bracketed imprint: "(Berlin 1975) 45 (47)",
"(3. Aufl. 1974) 405 (414 f.)": the first page, then the page cited."""
CASE_HEAD = LazyPattern(r"""
    \s*(?P<name>[^\W\d_][^\[\]()‘“”"]*?\sv\.?\s(?![IVXLC]+\b(?!\.))[^\W\d_][^\[\]()‘“”"]*?)
    \s*[\[(](?:1[5-9]|20)\d\d[\])]                          # the parties, then "[1991]", "(1996)"
    (?:\s*(?P<volume>\d{1,4})?\s*(?P<reporter>[^\W\d_][^\d()\[\]]*?)\s(?P<page>\d+)\b
       (?:,?\s*(?:at\s)?(?P<pin>\d+(?:[-–]\d+)?))?)?         # "2 All E.R. 257", "A.C. 562, at 580"
    """, re.VERBOSE)
"""A law report's citation in English legal notes (OSCOLA, AGLC): "Balfour v. Balfour
[1919] 2 K.B. 571", "National Australia Bank Ltd v. Garcia (1996) 39 N.S.W.L.R. 577".
After "v." a Roman number is a volume, not a party, unless a period makes it an
initial: the anonymised parties of "R. v. L. (1991) 103 A.L.R. 577", "R. v. C."."""


def _may_name_parties(text: str) -> bool:
    """A first test for CASE_HEAD, whose parties are joined by a space and "v": " v" in
    the text, or a space other than ASCII's (every other character `\\s` matches is
    unprintable). Its lazy parties were tried at each character of a reference without
    "v", twice a labelled reference."""
    return " v" in text or not text.isprintable()


SLASHED_AUTHORS = LazyPattern(rf"(?P<names>{FAMILY}(?:\s?/\s?{FAMILY})+),\s(?=\S)")
"""Family names joined by slashes opening a reference, as German legal and sociological
notes print their authors ("Abel-Smith/Zander/Brooke, Legal Problems and the Citizen",
"Schuyt/Groenendijk/Sloot, Rechtsprobleme oder …", "Eliyahu Ashtor / Guidobaldo
Cevidalli, Levantine Alkali Ashes …"): no title opens so."""
MARKER_WORDS = frozenset({
    "in", "pp", "p", "s", "vol", "no", "nr", "n", "eds", "ed", "hrsg", "hg", "by", "von",
    "edited", "and", "et", "al", "vols", "issue", "pages", "dans", "im", "a", "cura", "di",
    "éd", "dir", "par", "de", "available", "at", "from", "retrieved", "accessed", "doi",
    "url", "isbn", "see", "cf", "also", "c", "cc", "f", "ff", "ss", "col",
})
"""Words of the markers around values, which are no loss when no value holds them."""


def runs(labelled: Labelled) -> list[tuple[str, int, int]]:
    """(label, first token, last token) of each run of one label, "other" left out,
    runs parted only by punctuation joined."""
    found: list[tuple[str, int, int]] = []
    word_since = False  # a word labelled "other" since the last run's last token
    for index, (label, token) in enumerate(zip(labelled.labels, labelled.tokens)):
        if label == "other":
            word_since = word_since or token.text[0].isalnum()
            continue
        if found and found[-1][0] == label and not word_since:
            found[-1] = (label, found[-1][1], index)
        else:
            found.append((label, index, index))
        word_since = False
    return found


def without_role_words(labelled: Labelled,
                       found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Runs with the head of a role phrase given back by the value before names: in
    "…, a c. di G. Benzoni" labelled title up to "a", the title ends before "a"."""
    tokens = labelled.tokens
    for k in range(1, len(found)):
        label, first, last = found[k - 1]
        if found[k][0] not in NAME_LABELS or label in NAME_LABELS:
            continue
        for start in range(max(first + 1, last - 1), last + 1):
            if tokens[start].is_word and ROLE_BEFORE.match(
                    labelled.text[tokens[start].start:tokens[found[k][2]].end]):
                found[k - 1] = (label, first, start - 1)
                break
    return found


def title_words_before_role(labelled: Labelled,
                            found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Words of the title the labeller ran into the editors after it, up to their role
    phrase ("Wolters, Pisanello, catalogo della mostra a cura di P. Marini", "Luca
    Carlevarijs e la veduta veneziana del Settecento, catalogo della mostra a cura di I.
    Reale e D. Succi"): words in lower case with no initial before "a cura di" go back to
    the title just before them, or are the title when none was labelled."""
    tokens = labelled.tokens
    untitled = all(label != "title" for label, _, _ in found)
    for k in range(1, len(found)):
        label, first, last = found[k]
        before = found[k - 1]
        joins = before[0] == "title" and not any(
            tokens[j].is_word for j in range(before[2] + 1, first))
        if label != "editor" or not (joins or untitled) or ROLE_BEFORE.match(
                labelled.text[tokens[first].start:tokens[last].end]):
            continue  # the run opens with its role: "a c. di M. F. Tiepolo"
        role = next((j for j in range(first + 1, last) if tokens[j].is_word and ROLE_BEFORE.match(
            labelled.text[tokens[j].start:tokens[last].end])), None)
        words = [t.text for t in tokens[first:role] if t.is_word] if role else []
        if words and all(word_kind(word) != "initial" for word in words) and any(
                word.islower() and word not in PARTICLES and word not in CONNECTIVE_WORDS
                for word in words):
            title = [("title", before[1], role - 1)] if joins else [before, ("title", first, role - 1)]
            found[k - 1:k + 1] = [*title, (label, role, last)]
            return found
    return found


def title_after_names(labelled: Labelled,
                      found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A title the labeller ran into the authors before it ("Ulmer, C., Ville friulane.
    Storia e civiltà", "Honigan, Traders take to Town, «…»"): from the last comma of
    the names, a part that is no name (no initial, a word in lower case that is no
    particle) opens the title when the title's run follows."""
    tokens = labelled.tokens
    for k in range(len(found) - 1):
        label, first, last = found[k]
        if label != "author" or found[k + 1][0] != "title":
            continue
        comma = next((j for j in range(last, first, -1) if tokens[j].text == ","), None)
        if comma is None or any(tokens[j].is_word for j in range(last + 1, found[k + 1][1])):
            return found
        words = [t.text for t in tokens[comma + 1:last + 1] if t.is_word]
        if len(words) >= 2 and all(word_kind(word) != "initial" for word in words) and any(
                word.islower() and word not in PARTICLES and word not in CONNECTIVE_WORDS
                for word in words):
            found[k:k + 2] = [(label, first, comma - 1), ("title", comma + 1, found[k + 1][2])]
        return found
    return found


def title_in_names(labelled: Labelled,
                   found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A title's first words the labeller read as one more author: after names that each
    have their initials or given name, the words after a comma that name no one so ("E.
    Mandruzzato, Foscolo, Milano, Rizzoli, 1978", "Morassi A., Tiepolo, Bergamo 1943",
    "Brunet, R., Espace, perception et comportement", "Theile, Wolfgang, Goldoni, Darmstadt
    1977"): a list's names share their form, and a family printed bare after names with
    initials is no name of it, nor are words printed in a name's natural order whose first
    is no given name ("Viancini, E., Per Francesco Bertos, in …", "E. A. Lowe, Codices
    Latini Antiquiores, voll. I - XI …") or that read as no name at all ("Caporali G., Emo
    G., brenta Vecchia, Nova, Novissima, …", "Mersenne, Marin, Harmonie universelle, …":
    `_names_no_one`; "and E. Lazowska", with initials, is left to the list; so is a family
    before initials the labeller gave the title, or right before the year of an
    author-date list, where no title was labelled: "Babudieri F., Gazzetta, 7 marzo
    1829" is no such list). They open the
    title, or are all of it when no title was labelled; a list whose first name is bare
    too ("Arcáis, Zava Boccazzi, Pavanello") is left as it is. The names are split once
    and the list cut only where they change form: most lists are read once."""
    tokens = labelled.tokens
    for k, (label, first, last) in enumerate(found):
        if label != "author":
            continue
        following = found[k + 1] if k + 1 < len(found) else None
        joins = following is not None and following[0] == "title" and not any(
            tokens[j].is_word for j in range(last + 1, following[1]))
        if joins and word_kind(tokens[following[1]].text) == "initial" or not joins and (
                any(other == "title" for other, _, _ in found)
                or following is not None and following[0] == "date"
                and word_kind(tokens[following[1]].text) == "year"
                and not any(tokens[j].is_word for j in range(last + 1, following[1]))):
            return found  # "Barber, M.N., Batchelor, | M.T.: Spectrum", "…, TerzicT .,2017"
        commas = [j for j in range(first + 1, last) if tokens[j].text == ","]
        if not commas or any(word_kind(token.text) == "initial"
                             for token in tokens[commas[-1] + 1:last + 1]):
            return found  # the last name has its initials: "Romero, C., Paunesku, D."
        whole = split_names(value_text(labelled, first, last, label))
        named = next((i for i, name in enumerate(whole) if not _initials_or_given_name(name)),
                     len(whole))
        if named in (0, len(whole)) or not _names_no_one(whole[named:], whole[:named]):
            return found
        for comma in commas:
            head = split_names(labelled.text[tokens[first].start:tokens[comma].start])
            rest = split_names(value_text(labelled, comma + 1, last, label))
            if head and rest and all(map(_initials_or_given_name, head)) and \
                    _names_no_one(rest, head) and \
                    head + rest == whole:  # not "Horn, W., El Goresy, | A.": a name cut
                end = following[2] if joins else last
                tail = found[k + 2:] if joins else found[k + 1:]
                return [*found[:k], (label, first, comma - 1), ("title", comma + 1, end), *tail]
        return found
    return found


def _names_no_one(names: list[Name], before: list[Name]) -> bool:
    """Whether names read after a list's names (`before`) with initials or given names
    name no one: bare families ("Foscolo"), two words or more of letters alone, with no
    initials, that read as no name ("brenta Vecchia", "Harmonie universelle"), or, after
    names with initials, words with none whose first is no given name the tables know
    ("Per Francesco Bertos", "Codices Latini Antiquiores"): none of these is printed as
    the list's names are. After names with their given names in full, such words are one
    more name ("Luigi Amico, Rosario Fazio, Andreas Osterloh")."""
    with_initials = all(name.given and _initial(name.given.split()[-1]) for name in before)

    def no_one(name: Name) -> bool:
        if name.literal:
            words = name.literal.split()
            return len(words) > 1 and all(word.isalpha() for word in words)
        given = (name.given or "").split()
        return not given or with_initials and not known_given(given[0]) and \
            not any(map(_initial, given))
    return all(map(no_one, names))


def _initial(word: str) -> bool:
    """An initial with its period ("E.") or Vancouver's without ("R", "EA")."""
    return is_initials(word) or VANCOUVER_INITIALS.fullmatch(word) is not None


def _initials_or_given_name(name: Name) -> bool:
    """Whether a name has its initials or a given name the tables know ("Zava" of "Arcáis,
    Zava Boccazzi, Pavanello" is none: the list's names are bare families)."""
    given = name.given or ""
    return all(is_initials(word) for word in given.split()) if given[-1:] == "." else \
        bool(given) and known_given(given.split()[0])


PLACE_WORDS = 4
"""The most words a place of publication printed before its year is read to have."""


def place_before_year(labelled: Labelled,
                      found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The place of publication when none was labelled, found in the last comma segment
    before the year or the publisher: a title run on into it ("Il Codice Purpureo di
    Rossano, Cava dei Tirreni 1980", "…, Treviso - Venezia 1859", "…, Genova, s. e.,
    1976"), or its words left unlabelled between the title and the year ("…, Cava dei
    Tirreni 1980", "… in Milano. Milan, 1934"). The segment
    is a place when it is a few capitalized words (with particles and "-", "e", "and"
    between them)."""
    if any(label == "publisher-place" for label, _, _ in found):
        return found
    tokens = labelled.tokens
    for k in range(len(found) - 1):
        label, first, last = found[k]
        if found[k + 1][0] not in ("date", "publisher"):
            continue
        after = found[k + 1][1]
        if any(tokens[j].is_word for j in range(last + 1, after)):
            end = after - 2 if tokens[after - 1].text == "," else after - 1
            if tokens[last + 1].text in ",." and found[k + 1][0] == "date" and \
                    label not in NAME_LABELS and \
                    _is_place(tokens, last + 2, end):  # "…, Cava dei Tirreni 1980", ". Milan, 1934"
                found.insert(k + 1, ("publisher-place", last + 2, end))
            return found
        if label != "title" or found[k + 1][0] == "publisher" and \
                labelled.text[tokens[last].end:tokens[after].start].strip() != ",":
            continue  # a quoted title before its publisher: "'Bubbles, Drops and Particles',"
        if last + 1 < len(tokens) and tokens[last + 1].text in CLOSING_QUOTES:
            return found  # "‘Masculinism, Law and Law Teaching’ (1991)": a quote holds its commas
        comma = next((j for j in range(last, first, -1) if tokens[j].text == ","), None)
        if comma is not None and _is_place(tokens, comma + 1, last):
            found[k:k + 1] = [(label, first, comma - 1), ("publisher-place", comma + 1, last)]
        return found
    return found


CLOSING_QUOTES = "’”»\""


def bracketed_imprint(labelled: Labelled,
                      found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The imprint in brackets of physics' and of Russian journals' English lists,
    "(Publisher, Place, Year)": one run labelled the publisher or a note, that opens the
    brackets and runs to the comma before the year, ends with a place when its last
    comma segment can print one ("(St. Petersburg University Press, St. Petersburg,
    1996)", "(Publishing center «Academy», Moscow, 2004)")."""
    labels = {label for label, _, _ in found}
    if "publisher-place" in labels:
        return found
    tokens = labelled.tokens
    for k in range(len(found) - 1):
        label, first, last = found[k]
        if label not in ("publisher", "note") or label == "note" and "publisher" in labels:
            continue
        if not first or tokens[first - 1].text != "(" or found[k + 1][0] != "date" or \
                found[k + 1][1] != last + 2 or tokens[last + 1].text != ",":
            continue
        comma = next((j for j in range(last, first, -1) if tokens[j].text == ","), None)
        if comma is not None and _is_place(tokens, comma + 1, last):
            found[k:k + 1] = [("publisher", first, comma - 1), ("publisher-place", comma + 1, last)]
        return found
    return found


HOST_OPENER = LazyPattern(rf"[.,]?\s*{HOST_WORD}:?\s*$")
"""The marker before a part's host and its editors: ", in:", ". In:", ", dans"."""


ROLE_BETWEEN = LazyPattern(r"\s*,?\s*(?:eds?|Hrsg|Hg)\.?(?:\s(?:by|von))?\s*", re.IGNORECASE)
"""", eds." between a host and its editors: "in Crime and Society, eds. A. Brown"."""


def host_after_editors(labelled: Labelled,
                       found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The host the labeller read as a title or as names: a second title after "in:"
    and the host's editors ("Schmidt, Die Justiz, in: Meier/Huber (Hrsg.),
    Rechtssoziologie (Berlin 1975)"), or the words between "in" and ", eds." before
    the editors ("‘…’ in The Frontiers of Citizenship, eds. U. Vogel and M. Moran")."""
    if any(label == "container-title" for label, _, _ in found):
        return found
    tokens = labelled.tokens
    for k in range(1, len(found)):
        (before, _, before_end), (label, first, last) = found[k - 1], found[k]
        if k + 1 < len(found) and label == "editor" and found[k + 1][0] == "editor" and \
                HOST_OPENER.search(labelled.text, tokens[before_end].end, tokens[first].start) \
                and ROLE_BETWEEN.fullmatch(labelled.text, tokens[last].end,
                                           tokens[found[k + 1][1]].start):
            found[k] = ("container-title", first, last)
            return found
    for k in range(2, len(found)):
        (before, _, title_end), (editors, editors_start, _) = found[k - 2], found[k - 1]
        if found[k][0] == "title" and before == "title" and editors == "editor" and \
                HOST_OPENER.search(labelled.text, tokens[title_end].end,
                                   tokens[editors_start].start):
            found[k] = ("container-title", *found[k][1:])
            return found
    return found


def law_report(labelled: Labelled,
               found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A case's parties ("R. v. R.") are its title, not its authors; the report after
    the year in brackets is the volume, the reports' name, the first page and the page
    cited, however the labeller read them."""
    case = CASE_HEAD.match(labelled.text) if _may_name_parties(labelled.text) else None
    if case is None:
        return found
    tokens = labelled.tokens
    spans = [(label, *case.span(group)) for label, group in (
        ("title", "name"), ("volume", "volume"), ("container-title", "reporter"),
        ("page", "page"), ("locator", "pin")) if case.group(group)]
    kept = [run for run in found if tokens[run[1]].start >= case.end() or run[0] == "date"]
    return sorted(kept + [(label, *_token_span(tokens, start, stop))
                          for label, start, stop in spans], key=lambda run: run[1])


def volume_before_journal(labelled: Labelled,
                          found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The legal notes' "VOLUME JOURNAL FIRST-PAGE[, PINPOINT]" ("(1988) 8 Oxford J. of
    Legal Studies 201, 215–17"): a number printed just before the journal, left
    unlabelled or read as the volume, is the volume when only the first page and a
    pinpoint follow the journal; the numbers after it are read anew, the first as the
    part's first page, the other as the page cited."""
    tokens = labelled.tokens
    for k, (label, first, last) in enumerate(found):
        if label != "container-title" or first == 0:
            continue
        before = tokens[first - 1]
        numbers = LEGAL_NUMBERS.match(labelled.text, tokens[last].end)
        if numbers is None:
            return found
        if _opens_with_volume(tokens, first, last):  # "(1977) 93 Law Q. Rev. 508"
            return found[:k] + [("volume", first, first), (label, first + 1, last)] + \
                _numbers_after(tokens, numbers)
        if not before.text.isdigit() or len(before.text) > 4 or \
                word_kind(before.text) == "year" or any(
                f <= first - 1 <= l and (lab != "volume" or f != l) for lab, f, l in found):
            if numbers.group("at") or numbers.group("comma_at"):  # "Academy 169, at 171"
                return found[:k + 1] + _numbers_after(tokens, numbers)
            return found
        kept = [run for run in found[:k] if run[1] != first - 1]
        return kept + [("volume", first - 1, first - 1), found[k]] + \
            _numbers_after(tokens, numbers)
    return found


def _opens_with_volume(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a journal's run took in the volume printed before its name: a number of
    three digits or fewer, no year, right after a bracketed year ("(1978) 94 Law Q. Rev.
    193"), with the journal's words after it."""
    number = tokens[first].text
    return number.isdigit() and len(number) <= 3 and first + 1 <= last and \
        tokens[first + 1].is_word and not tokens[first + 1].text.isdigit() and \
        first >= 2 and tokens[first - 1].text == ")" and \
        word_kind(tokens[first - 2].text) == "year"


def _numbers_after(tokens: list[Token], numbers: re.Match[str]) -> list[tuple[str, int, int]]:
    """The runs of a journal's first page and of the page cited after it."""
    spans = [("page", *numbers.span("page"))]
    if numbers.group("pin"):
        spans.append(("locator", *numbers.span("pin")))
    return [(label, *_token_span(tokens, start, end)) for label, start, end in spans]


def _token_span(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """The first and last token inside the characters start..end."""
    inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
    return inside[0], inside[-1]


def _is_place(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens[first..last] can print a place: a few capitalized words, with
    particles, connectives and dashes between them, and no month ("…, June 1990")."""
    words = [t.text for t in tokens[first:last + 1] if t.is_word]
    return 0 < len(words) <= PLACE_WORDS and words[0][0].isupper() and \
        words[0].casefold() not in MONTH_WORDS and all(
        word[0].isupper() or word.casefold() in PARTICLES
        or word.casefold() in CONNECTIVE_WORDS for word in words) and all(
        t.is_word or t.text in "-–" for t in tokens[first:last + 1])


def value_text(labelled: Labelled, first: int, last: int, label: str) -> str:
    tokens = labelled.tokens
    end = tokens[last].end
    if label in NAME_LABELS and last + 1 < len(tokens) and tokens[last + 1].text == "." \
            and tokens[last + 1].start == end:
        end += 1  # the period of a closing initial: "Dweck, C."
    while label == "url" and labelled.text[end:end + 1] == "/":
        end += 1  # a closing slash, a mark of its own among the tokens: "…/elements/"
    text = labelled.text[tokens[first].start:end]
    after = labelled.text[end:end + 1]
    closing = after if after and after in KEEP_CLOSING else \
        text[-1] if text[-1] in KEEP_CLOSING else ""  # "Why So Big?”", "Gestalt!,"
    if label in ("title", "container-title"):
        value = text.strip(AROUND)
        return value if value.endswith(closing) else value + closing  # one "?", not "??"
    if label in NUMBER_LABELS:
        return SPACED_DASH.sub(r"\1", text.strip(AROUND))  # a range is printed close up
    if label == "publisher-place" and CYRILLIC.search(text):  # "М.-Л." (GOST 7.0.12)
        return read_places(text.strip(AROUND) + after if after == "." else text.strip(AROUND))
    if label == "publisher" and text.startswith(PUBLISHER_PREPOSITIONS):
        return text.partition(" ")[2].strip(AROUND)  # "chez Froullé": the firm
    return text if label in NAME_LABELS else text.strip(AROUND)


def to_reference(labelled: Labelled) -> Reference:
    """A Reference of kind "work" from a labelled reference, typed by its fields."""
    fields: dict[str, Any] = {}
    locator = None
    taken: set[int] = set()
    found = title_words_before_role(labelled, without_role_words(labelled, runs(labelled)))
    found = bracketed_imprint(labelled, title_in_names(labelled, title_after_names(labelled, found)))
    found = volume_before_journal(labelled, host_after_editors(labelled, found))
    found = law_report(labelled, found)
    for label, first, last in place_before_year(labelled, found):
        variable = VARIABLE_OF_LABEL.get(label)
        text = value_text(labelled, first, last, label)
        if not text or (variable in fields and label != "date") or (label == "locator" and locator):
            continue
        if label == "date" and "container-title" in fields and "volume" in fields:
            dating = _date_end(labelled, first, last, fields.get("issued"))
            if dating is None:
                continue  # "BMJ 2005, 330, 1347.": a journal's page after the date, left to be read
            last = dating
        taken.update(range(first, last + 1))
        if label == "locator":
            locator = text
        elif label in NAME_LABELS:
            names = split_names(text)
            if names and not is_others(names[-1]) and \
                    ET_AL_AFTER.match(labelled.text, labelled.tokens[last].end):
                names.append(Name(literal=OTHERS))
            if label == "author" and "editor" not in fields and \
                    EDITORS_AFTER.match(labelled.text, labelled.tokens[last].end):
                variable = "editor"  # "Binstock, R. H., & George, L. K. (Eds.). (1990)."
            if names and variable not in fields:
                fields[variable] = names
        elif label == "date":
            year = next((t.text[:4] for t in labelled.tokens[first:last + 1]
                         if word_kind(t.text) == "year"), None)
            if year and "issued" not in fields:
                fields["issued"] = Date(parts=[[int(year)]])
        else:
            fields[variable] = text
    unlabelled = title_left_unlabelled(labelled, taken, fields)
    if unlabelled is not None:
        fields["title"] = value_text(labelled, *unlabelled, "title")
        taken.update(range(unlabelled[0], unlabelled[1] + 1))
    _quoted_title_then_host(labelled.text, fields)
    if "container-title" not in fields and isinstance(fields.get("title"), str):
        parts = CONTAINER_IN_TITLE.split(fields["title"], maxsplit=1)
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            fields["title"] = parts[0].strip(AROUND)
            fields["container-title"] = parts[1].strip(AROUND)
    if "container-title" not in fields and isinstance(fields.get("title"), str) and any(
            v in fields for v in ("volume", "issue", "page")):
        host = QUOTED_HOST.search(fields["title"])
        if host and fields["title"][:host.start()].strip(AROUND):
            fields["title"] = fields["title"][:host.start()].strip(AROUND)
            fields["container-title"] = host.group(1).strip(AROUND)
    _host_of_part(fields)
    for variable in ("container-title", "title"):
        if "volume" in fields and isinstance(fields.get(variable), str):
            fields[variable] = CLOSING_VOLUME_WORD.sub("", fields[variable])
    _authors_opening_title(fields)
    _title_read_as_given_name(labelled.text, fields)
    _title_word_read_as_author(labelled.text, fields)
    _given_names_opening_title(labelled.text, fields)
    family_opening_title(labelled.text, fields)
    role_statement_off(fields)
    _city_closing_title(labelled.text, fields)
    _firm_and_city_read_as_place(fields)
    _series_of_archive(labelled.text, fields)
    unit_opening_note(labelled, taken, fields)
    plural_units_list(labelled, taken, fields)
    date_closing_shelfmark(fields)
    if "container-title" in fields and "title" not in fields and not any(
            v in fields for v in ("volume", "issue", "page")):
        fields["title"] = fields.pop("container-title")  # a host holds a part: no part, no host
    if "issued" not in fields:
        dated = unlabelled_date(labelled, taken)
        if dated is not None:
            fields["issued"] = Date(parts=[[int(labelled.tokens[dated].text[:4])]])
            taken.add(dated)
    if "page" not in fields and locator is None:
        pages = unlabelled_range(labelled, taken)
        if pages:
            printed = SPACED_DASH.sub(r"\1", labelled.text[
                labelled.tokens[pages[0]].start:labelled.tokens[pages[1]].end])
            taken.update(range(pages[0], pages[1] + 1))
            if "container-title" in fields:
                fields["page"] = printed  # the part's pages
            else:
                locator = printed  # a book's range is the one cited ("(Moscow, 2004), 169–72")
    _extent_read_as_pages(fields)
    dated = YEAR_THEN_PAGES.fullmatch(str(fields.get("page", "")))
    if dated:
        fields["page"] = dated.group(2)
        fields.setdefault("issued", Date(parts=[[int(dated.group(1))]]))
    pinpoint = PAGE_AT.fullmatch(str(fields.get("page", "")))
    if pinpoint and locator is None:  # "143 at 152": the part's first page, then the cited
        fields["page"], locator = pinpoint.groups()
    pages = IMPRINT_THEN_PAGES.search(labelled.text)
    first_page = next((i for i, t in enumerate(labelled.tokens) if t.start == pages.start(1)),
                      None) if pages else None
    if first_page is not None and "container-title" in fields and "page" not in fields and \
            locator is None and (first_page not in taken or fields.get("volume") == pages.group(1)):
        if first_page in taken:  # the first page read as the volume: a host has none there
            fields.pop("volume")
        fields["page"], locator = pages.group(1), pages.group(2).strip(AROUND)
        taken.update(i for i, t in enumerate(labelled.tokens) if t.start >= pages.start())
    pinpoint = PAGE_THEN_CITED.fullmatch(locator or "")
    if pinpoint and "page" not in fields:  # "305 (330 ff.)": the same, in German notes
        fields["page"], locator = pinpoint.group(1), pinpoint.group(2).strip(AROUND)
    if "page" not in fields and locator is None and "volume" in fields and \
            "container-title" in fields:
        last = closing_number(labelled, taken, fields.get("issued"))
        if last is not None:  # "ApJ, 810, 36": a journal's volume, then the first page
            fields["page"] = labelled.tokens[last].text
            taken.add(last)
    if "container-title" not in fields and locator is None and \
            fields.get("page", "-").isdigit():
        locator = fields.pop("page")  # one page of a book is the page cited
    locator = _host_by_editors(labelled.text, fields, locator)
    if locator is not None or "page" in fields:
        _pinpoint_marker_off(fields)
    kind = "legal_case" if _may_name_parties(labelled.text) and CASE_HEAD.match(labelled.text) \
        else work_type(fields)
    label, locator = labelled_locator(locator, labelled.text) if locator else (None, None)
    reference = Reference(text=labelled.text, kind="work", type=kind,
                          fields=fields, locator=locator, label=label,
                          confidence=labelled.probability)
    lost = _lost_text(labelled, taken)
    if lost:
        reference.leftover.append(Leftover(lost, "words read as no field"))
    after_quote = _host_to_its_closing_quote(fields)
    if after_quote:
        reference.leftover.append(Leftover(after_quote, "words read as no field"))
    return reference


def _extent_read_as_pages(fields: dict[str, Any]) -> None:
    """A book's pages read with their term after the number ("218 p.", «18 с.», "340 S."):
    its extent (ISO 690 and GOST 7.1-2003 clause 5.6 print the count so, a page cited has
    its term before it), the book's `number-of-pages`. A part's pages in its host are
    left as read."""
    page = fields.get("page")
    extent = read_extent(page) if isinstance(page, str) and "container-title" not in fields \
        else None
    if extent is not None and extent.details is None:
        del fields["page"]
        fields["number-of-pages"] = extent.pages


HOST_PAST_ITS_QUOTE = LazyPattern(
    r"(?P<host>[^«»“”\"]+)[»”](?P<rest>,?\s(?:[IVXLCDM]+\b|\d|\(|[a-z])[^«»“”\"]*)")
"""A host the labeller ran on past its closing quote, its opening quote trimmed, into
what numbers or places it: "Archi vio Veneto” s. V", "Prjatejev Zbornik” I Split",
"Studi in onore di Armando Sa pori», I Milano", "…Archeologia Cri stiana” (Pesaro -
Ancona …". Not a quoted title before its journal ("Gut strings», Early Music"), nor a
second quote after it."""


def _host_to_its_closing_quote(fields: dict[str, Any]) -> str:
    """A quoted host ends at its closing quote (HOST_PAST_ITS_QUOTE); what followed it, read by no
    field, is given back to be reported."""
    host = fields.get("container-title")
    quoted = HOST_PAST_ITS_QUOTE.fullmatch(host) if isinstance(host, str) else None
    if quoted is None or not quoted["host"].strip(AROUND) or not quoted["rest"].strip(AROUND):
        return ""
    fields["container-title"] = quoted["host"].strip(AROUND)
    return quoted["rest"].strip(AROUND)


HOST_BY_EDITORS = LazyPattern(
    rf",?\s[Ii]n:?\s(?P<names>{FAMILY}(?:\s?/\s?{FAMILY})+)"
    r"\s(?P<page>\d+)(?:\s\((?P<cited>\d+[^()]*)\))?[\s.;]*$")
"""A part in a volume named by its editors alone, as German notes cite a collection
given in full elsewhere, then the part's first page and the page cited: "…, in:
Szalai/Petrella 131 (157 f.)", "…, in: Armer/Grimshaw 3 (18)", "…, in:
Drobnig/Rehbinder 21"."""


def _host_by_editors(text: str, fields: dict[str, Any], locator: str | None) -> str | None:
    """The editors, first page and page cited of a part whose host is named by its
    editors alone (HOST_BY_EDITORS), however the labeller read them; the locator."""
    host = HOST_BY_EDITORS.search(text) if "/" in text else None  # editors joined by "/"
    if host is None or "editor" in fields or fields.get("container-title") not in (
            None, host["names"]):
        return locator
    fields.pop("container-title", None)
    if "volume" in fields and fields["volume"] in (host["page"], host["cited"]):
        del fields["volume"]  # the first page or the page cited, read as a volume
    fields["editor"] = split_names(host["names"])
    fields["page"] = host["page"]
    return host["cited"].strip(AROUND) if host["cited"] else locator


def _quoted_title_then_host(text: str, fields: dict[str, Any]) -> None:
    """A title opened by a quote in `text` ends at its closing quote, and the host printed
    after "in", read into the title, is the container (QUOTED_TITLE_THEN_HOST); unless
    the labeller read a host elsewhere, when the words after "in" are the title's."""
    title = fields.get("title")
    quoted = QUOTED_TITLE_THEN_HOST.fullmatch(title) if isinstance(title, str) else None
    if quoted is None or not any(opening + quoted["title"] in text for opening in "‘“"):
        return
    host = (quoted["host"] or "").strip(AROUND)
    if host and "container-title" in fields:
        return  # a host read elsewhere: "‘Tone Cases’ in Bantu Group B.40. In …" is a title
    fields["title"] = quoted["title"].rstrip(" ,;:")
    if host:
        fields["container-title"] = host


def _title_read_as_given_name(text: str, fields: dict[str, Any]) -> None:
    """"Family, Title …" with no title read: the words the labeller took for the one
    author's given names are the title when they are two or more, none an initial and
    the first no given name of the table ("Heintz, Interkultureller Vergleich, in: König
    (Hrsg.), …", "Humfrey, Bellinesque Life..., pp. 226-227"; "Whitehouse, John Howard
    (1950), …" keeps its given names)."""
    authors = fields.get("author")
    if "title" in fields or not isinstance(authors, list) or len(authors) != 1:
        return
    family, given = authors[0].family, authors[0].given or ""
    words = given.split()
    if not family or len(words) < 2 or "." in given or known_given(words[0]) or \
            not text.lstrip().startswith(f"{family}, {given}"):
        return
    fields["author"] = [Name(family=family)]
    fields["title"] = given


INVERTED_NAME_THEN_WORD = LazyPattern(
    r"(?P<family>[A-Z][^\W\d_]+(?:[-’'][A-Z]?[^\W\d_]+)?),\s(?P<given>[A-Z][a-z]+)\.\s"
    r"(?P<word>[A-Z][^\W\d_]+)\.\s")
"""The notes-bibliography heading "Family, Given." (CMOS 14.68, MLA), then a title whose
first sentence is one word: "Lattimore, Owen. Manchuria. Cradle of Conflict. New York …"."""


def _title_word_read_as_author(text: str, fields: dict[str, Any]) -> None:
    """"Lattimore, Owen. Manchuria. Cradle of Conflict": the title's first word, one
    sentence of its own, read as a second author with the first one's given name
    ("Lattimore"; "Manchuria, Owen."). An inverted heading whose given name the table
    knows ends at its period; the word after it opens the title."""
    authors = fields.get("author")
    title = fields.get("title")
    if not isinstance(authors, list) or len(authors) != 2 or not isinstance(title, str):
        return
    heading = INVERTED_NAME_THEN_WORD.match(text.lstrip())
    if heading is None or not known_given(heading["given"]) or \
            heading["word"] not in (authors[1].family, authors[1].given) or \
            not text.lstrip()[heading.end():].startswith(title):
        return
    fields["author"] = [Name(family=heading["family"], given=heading["given"])]
    fields["title"] = f"{heading['word']}. {title}"


def _series_of_archive(text: str, fields: dict[str, Any]) -> None:
    """The "title" read after an archive, with no shelfmark, author, host or imprint: the
    series or file the archive keeps it in, its `archive_location`, as the grammar reads an
    archive's levels ("AT, Nodari, 149, mazzo 7, f. 30 r.", "civ. di Pad. Cronaca
    Scardova, cit.", "ASV, Provv. da Terra e da Mar, f. 1362, …"). A title before the
    archive is a document's ("Lett. del Maffei a Mons. Bianchini …, Bibl. Capit. Verona")."""
    archive, title = fields.get("archive"), fields.get("title")
    if isinstance(archive, str) and isinstance(title, str) and \
            -1 < text.find(archive) < text.find(title) and not any(
            variable in fields for variable in ("archive_location", "author", "editor",
                                                "container-title", "publisher",
                                                "publisher-place")):
        fields["archive_location"] = fields.pop("title")


def _city_closing_title(text: str, fields: dict[str, Any]) -> None:
    """A city the tables know closing a book's title after a comma, with no place read, is
    its place of publication, and a firm after it (or read as the place) its publisher:
    "C. Ricci, Scenografia italiana, Milano", "Histoire du gouvernement de Venise,
    Amsterdam, Pierre Mortier, 1695", "Y. Mariotte, Le compté de Bourgogne …, Paris, Les
    Bel les Lettres, 1963" (publication.city_before_firm: Italian and French imprints part
    the city and the firm with a comma); a city broken by a line's end too ("J. Kuthan,
    Umeni doby poslednich Premyslovcu, Pra ha 1982"). Not a short form's title cut short
    after a city ("ElCKHOFF, Venezia, Vienna..., p. 434")."""
    title = fields.get("title")
    if not isinstance(title, str) or "container-title" in fields or "publisher" in fields:
        return
    segments = title.split(", ")
    place = fields.get("publisher-place")
    if len(segments) > 1 and is_known_place(segments[-1]) and \
            segments[-2] not in KNOWN_PLACES and (  # "…, London, Paris": two places, or a title's
            place is None or city_before_firm(segments[-1], place)):
        city, firm, kept = segments[-1], place, segments[:-1]
    elif len(segments) > 2 and place is None and \
            city_before_firm(segments[-2], segments[-1]):
        city, firm, kept = segments[-2], segments[-1], segments[:-2]
    else:
        if isinstance(place, str):
            _firm_before_place(text, title, place, fields)
        return
    if re.search(rf"{re.escape(segments[-1])}\s*(?:\.\.\.|…)", text):
        return
    fields["title"] = ", ".join(kept)
    fields["publisher-place"] = city
    if firm is not None:
        fields["publisher"] = firm


FIRM_WORD = LazyPattern(r"[^\W\d_]{3}")
"""Three letters running: a word of a firm's name, not an initial."""
FIRM_WORDS_AFTER_LABELLED_TITLE = 2
"""The most words a publisher taken off a labelled title has ("Officina", "Neri Pozza"):
three capitalized words there are as often a Latin title's ("…, in Müller, Fragmenta
Historicorum Graecorum, Paris, 1883")."""


def _firm_and_city_read_as_place(fields: dict[str, Any]) -> None:
    """A place read with its publisher, the two parted by a comma, one a city the tables
    know and the other no city: the city is the place, the other the publisher, in either
    order ("Methuen, London, 1968", "Electa, Mi lano 1973", "Londres, Michael Joseph,
    1986"; not "Cambridge, Mass." nor two cities)."""
    place = fields.get("publisher-place")
    if not isinstance(place, str) or "publisher" in fields or place.count(", ") != 1:
        return
    first, second = place.split(", ")
    if city_before_firm(second, first) and _names_a_firm(first):
        fields["publisher-place"], fields["publisher"] = second, first
    elif city_before_firm(first, second) and _names_a_firm(second):
        fields["publisher-place"], fields["publisher"] = first, second


def _names_a_firm(text: str) -> bool:
    """Whether `text` may be a publisher's name: capitalized words (FIRM), one of three
    letters or more ("Methuen", "Michael Joseph", "Electa"; not "D. C" of "Washington, D.
    C", nor "(Los Angeles" of a conference's date)."""
    return FIRM.fullmatch(text) is not None and FIRM_WORD.search(text) is not None


def _firm_before_place(text: str, title: str, place: str, fields: dict[str, Any]) -> None:
    """The title's last segment, printed before the place read, is its publisher
    ("Strumenti e cultura del progetto, Officina, Roma.", "Armi e armature, Mursia, Mila
    no 1967": Italian imprints print the firm before the city too)."""
    firm = firm_closing_title(title, place)
    if firm is not None and f"{firm[1]}, {place}" in text and \
            firm[1].count(" ") < FIRM_WORDS_AFTER_LABELLED_TITLE:
        fields["title"], fields["publisher"] = firm


GIVEN_BEFORE_TITLE = LazyPattern(
    r"(?P<given>[A-ZÀ-Þ][a-zß-ÿ]{2,}(?:[\s-][A-ZÀ-Þ][a-zß-ÿ]{2,}){0,2})"
    r"(?P<mark>[:,]|\.(?=\s+[A-ZÀ-Þ][a-zß-ÿ]))\s+(?=\S)")
"""One to three capitalized words of three letters or more, then a colon, a comma, or a
period before a capitalized word: the given names of a name printed family first, read
into the title after it; not a title's abbreviated words ("Noi. stor. di Montona", "St.
d. Lett. Ita!", "BR. II. SS.")."""


def _given_names_opening_title(text: str, fields: dict[str, Any]) -> None:
    """"Family, Given. Title" and "Family, Given: Title" (a bibliography's heading, family
    first) with only the family read as the author: the words before the period or colon
    that opens the title are the author's given names ("Legrand, Emile. Bibliographie
    hellénique …", "Strobel, Georg Theodor: Versuch einer Nachricht …"); before a comma,
    one given name the tables know ("SalvADORI, Renzo, Venise, Paris, Arthaud, 1987"): a
    comma alone parts a title's own first words ("Cipolla, Andrea Gloria, «Nuovo Archivio
    Veneto»", a title that names its subject)."""
    authors = fields.get("author")
    title = fields.get("title")
    if not isinstance(authors, list) or len(authors) != 1 or authors[0].given or \
            not authors[0].family or not isinstance(title, str):
        return
    given = GIVEN_BEFORE_TITLE.match(title)
    if given is None or given.end() == len(title) or \
            not text.lstrip().startswith(f"{authors[0].family}, {given.group()}") or \
            given["mark"] == "," and (" " in given["given"] or not known_given(given["given"])):
        return
    authors[0].given = given["given"]
    fields["title"] = title[given.end():]


PAGE_MARKER_CLOSING = LazyPattern(r"(?:,\s*|\s+)(?:pagg?|pp?|coll?)\.?$", re.IGNORECASE)
"""The marker of the pages cited, left closing a title ("Il diritto, cit., pag",
"Humbert und Kerullarios..., pag", "Opera..., p"): no word of the title."""


FOLIO_MARKER_CLOSING = LazyPattern(r"(?:,\s*|\s+)(?:cc?|ff?|fols?)\.?$")
"""The marker of the folios cited, left closing a shelfmark ("Sloane ms. 1411, c. 393",
"Marciana, Mss. It., cl. VII, 824 (= 8903): Consegli, c. 21v"): no part of the unit's
designation."""


def _pinpoint_marker_off(fields: dict[str, Any]) -> None:
    """A title without the marker of the pages that follow it (PAGE_MARKER_CLOSING), a
    shelfmark without the marker of the folios (FOLIO_MARKER_CLOSING)."""
    for variable, marker in (("title", PAGE_MARKER_CLOSING),
                             ("archive_location", FOLIO_MARKER_CLOSING)):
        value = fields.get(variable)
        if isinstance(value, str):
            cut = marker.sub("", value).rstrip(" ,;:")
            if cut.strip(" .…"):
                fields[variable] = cut


def _authors_opening_title(fields: dict[str, Any]) -> None:
    """The slashed authors the labeller read into the title of a work with no author
    (SLASHED_AUTHORS) are its authors."""
    title = fields.get("title")
    names = SLASHED_AUTHORS.match(title) if isinstance(title, str) and not any(
        variable in fields for variable in ("author", "editor")) else None
    if names is not None:
        fields["author"] = split_names(names["names"])
        fields["title"] = title[names.end():]


YEAR_MARKS = frozenset({"г", "гг", "р", "рр"})
"""The year's word after its figures, abbreviated: the Russian «г.» (год) and the Ukrainian
«р.» (рік), and their plurals: «Київ 1963 р.», «1960 г.» — the year's, no lost word."""


def _marks_a_year(labelled: Labelled, index: int, taken: set[int]) -> bool:
    """Whether the token at `index` is a year's mark (YEAR_MARKS) after a year taken."""
    return index > 0 and index - 1 in taken and \
        labelled.tokens[index].text.casefold() in YEAR_MARKS and \
        word_kind(labelled.tokens[index - 1].text) == "year"


def _lost_text(labelled: Labelled, taken: set[int]) -> str:
    """The words no value holds, as printed: each run of tokens outside the values from
    its first to its last word that is not a marker. A marker word inside the run stays
    ("Dal primo Quattrocento al Concilio di Trento", "supplica di Niccolò Tron"); only
    the markers at its edges, which point at a value, are no loss."""
    runs: list[str] = []
    kept: list[Token] = []
    for index, token in enumerate([*labelled.tokens, None]):
        if token is not None and index not in taken:
            if token.is_word and token.text.casefold() not in MARKER_WORDS and \
                    not _marks_a_year(labelled, index, taken):
                kept.append(token)
            continue
        if kept:
            runs.append(labelled.text[kept[0].start:kept[-1].end])
        kept = []
    return " ".join(runs)


def _host_of_part(fields: dict[str, Any]) -> None:
    """A part's host the labeller left in another value: a volume glued to the
    journal's name ("Phys. Rev. D59"), a journal run on into the title as its last
    sentence when numbers of a part follow and no imprint ("… of colitis. Immunology
    (1997) 91: 73-80"), a volume read with the pages ("Nature 506 463-466"), a journal
    and its volume closing the title ("…, Jahrbuch für
    Rechtstheorie 3 (1972)"), or read with the first page ("(1993) 13 Legal Studies
    143"), a volume closing the host or the title ("Miscellanea …, II"),
    a volume with its issue ("V / 23")."""
    host = fields.get("container-title")
    glued = GLUED_VOLUME.search(host) if isinstance(host, str) else None
    if glued and word_kind(glued.group(1)) != "year":
        if "volume" in fields and "page" not in fields:
            fields["page"] = fields.pop("volume")  # "Physica A96, 327": 327 is the page
        if "volume" not in fields:
            fields["container-title"] = host[:glued.start()].strip(AROUND)
            fields["volume"] = glued.group(1)
    title = fields.get("title")
    if "container-title" not in fields and isinstance(title, str) and \
            any(v in fields for v in ("volume", "issue", "page")) and \
            not any(v in fields for v in ("publisher", "publisher-place")):
        parts = HOST_AFTER_SENTENCE.split(title)
        if len(parts) == 2 and len(parts[0].split()) >= 3 and parts[1][0].isupper() and \
                "cit" not in parts[1].split():
            fields["title"] = parts[0].rstrip(" .,;:")  # "…?", "… (dossier)" kept
            fields["container-title"] = parts[1].strip(AROUND)
    for variable in ("container-title", "title"):
        value = fields.get(variable)
        closing = CLOSING_VOLUME.search(value) if isinstance(value, str) else None
        if closing and "volume" not in fields and value[:closing.start()].strip(AROUND):
            fields[variable] = value[:closing.start()].strip(AROUND)
            fields["volume"] = closing.group(1)
    title = fields.get("title")
    journal = JOURNAL_AND_VOLUME.search(title) if isinstance(title, str) else None
    if journal and not any(v in fields for v in ("container-title", "publisher",
                                                  "publisher-place")) and "issued" in fields \
            and ("volume" not in fields or "page" not in fields):
        if "volume" in fields:  # "…, Jahrbuch … 3 (1972) 305": the number read last is the page
            fields["page"] = fields.pop("volume")
        fields["title"] = title[:journal.start()].strip(AROUND)
        fields["container-title"], fields["volume"] = journal.groups()
    numbers = VOLUME_JOURNAL_PAGE.fullmatch(str(fields.get("page", "")))
    if numbers and not any(v in fields for v in ("container-title", "volume")):
        fields["volume"], fields["container-title"], fields["page"] = numbers.groups()
    numbers = VOLUME_AND_PAGES.fullmatch(str(fields.get("page", "")))
    if numbers and "volume" not in fields and "container-title" in fields:
        fields["volume"], fields["page"] = numbers.groups()  # "Nature 506 463-466"
    numbers = VOLUME_SLASH_ISSUE.fullmatch(str(fields.get("volume", "")))
    if numbers and "issue" not in fields:
        fields["volume"], fields["issue"] = numbers.groups()


def unlabelled_date(labelled: Labelled, taken: set[int]) -> int | None:
    """The year of a day and month no label took ("…, c. 8v, 18 apr. 1772", "10 maggio
    1444"): the date of a document or of a letter, its item's date."""
    tokens = labelled.tokens
    for i in range(len(tokens) - 1, 0, -1):
        if i in taken or word_kind(tokens[i].text) != "year":
            continue
        before = next((t.text for t in reversed(tokens[:i]) if t.is_word), "")
        if before.casefold().rstrip(".") in MONTH_WORDS or \
                before.casefold() in ITALIAN_MONTH_ABBREVIATIONS:  # "10 giu. 1685"
            return i
    return None


def _date_end(labelled: Labelled, first: int, last: int, issued: Any) -> int | None:
    """The last token of a run labelled a date that dates the item: the run holds a year,
    and no other date was read, or the same year again; a bare number after the year is
    not the date's. None for a run that dates nothing. The labeller takes a journal's
    first page after its volume for a date when a year stood before («BMJ 2005, 330,
    1347.», «Phys. Rev. Lett. 66 (1991), 1955», a run joined across the parenthesis):
    taken as read, the page was lost silently; left untaken, it is read as the closing
    number (`closing_number`) or kept as words read as no field. Asked only once a journal
    and its volume were read: elsewhere (a book's «London, 1990, 25») leaving the number
    untaken cost more fields of the Russian held-out footnotes than it read (−4, session
    36), and the run is taken whole as before."""
    tokens = labelled.tokens
    year = next((index for index in range(first, last + 1)
                 if word_kind(tokens[index].text) == "year"), None)
    if year is None or issued is not None and str(issued.parts[0][0]) != tokens[year].text[:4]:
        return None
    after = next((index for index in range(year + 1, last + 1) if tokens[index].text.isdigit()),
                 None)
    return last if after is None else after - 1


def closing_number(labelled: Labelled, taken: set[int], issued: Any) -> int | None:
    """A number no label took that closes the reference (a year only when the item's
    date was read elsewhere: "Phys. Rev. Lett. 66 (1991), 1955")."""
    tokens = labelled.tokens
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].is_word), None)
    if last is None or last in taken or not tokens[last].text.isdigit():
        return None
    if word_kind(tokens[last].text) == "year" and (
            issued is None or str(issued.parts[0][0]) == tokens[last].text):
        return None
    return last


def unlabelled_range(labelled: Labelled, taken: set[int]) -> tuple[int, int] | None:
    """The last range of numbers no label took ("686-688" left "other"): the pages of
    a part, which no other variable prints as a bare range."""
    tokens = labelled.tokens
    for i in range(len(tokens) - 3, -1, -1):
        if tokens[i].text.isdigit() and tokens[i + 2].text.isdigit() and \
                DASH_BETWEEN.fullmatch(labelled.text[tokens[i].end:tokens[i + 2].start]) and \
                not taken & {i, i + 1, i + 2} and word_kind(tokens[i].text) != "year":
            return i, i + 2
    return None


def work_type(fields: dict[str, Any]) -> str:
    """The CSL type the fields suggest: a thesis, a part of a book, an article, a book."""
    if "genre" in fields and any(word.rstrip(".").casefold() in THESIS_WORDS
                                 for word in fields["genre"].split()):
        return "thesis"
    if "archive" in fields or "archive_location" in fields:
        return "manuscript"
    if "container-title" in fields:
        if "editor" in fields or "publisher" in fields or "publisher-place" in fields:
            return "chapter"
        return "article-journal"
    return "book"
