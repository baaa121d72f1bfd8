"""Commentary and references inside it: what a note says besides its references.

A footnote is often prose with references in it: "Staves postulates that … See
S. Staves, Married Women’s Separate Property (1990) 4.", "As Smith argues (Smith,
The Book, 12), …", "Für die Bedeutung … beruft man sich auf Merton (Social Theory
…, S. 82 ff.)". When the grammar reads no reference in a part of a note, that part is
cut here into sentences and parentheses, and each is tried again: after a lead-in
that closes a clause ("…, see", "vgl."), or inside parentheses.

What still yields no reference is commentary only if it reads as prose and shows none
of the signs of a reference (a pinpoint, numbering, "//", a repeat marker, a year in
parentheses or closing the text, an imprint); anything else is reported, with its
text, as a part of the note that was not understood. Nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from biblio.data.funding_phrases import FUNDERS, FUNDING_PHRASES, GRANT_WORDS
from biblio.data.places import EXPANSIONS
from biblio.data.reference_terms import (
    IBID_MARKERS,
    ISSUE_TERMS,
    LEAD_INS,
    LOCATOR_LABELS,
    NO_SPLIT_ABBREVIATIONS,
    OP_CIT_MARKERS,
    REFERENCE_SIGN_WORDS,
    SHORT_FORM_MARKERS,
    VOLUME_TERMS,
    YEAR_NOUNS_IN_PROSE,
    YEAR_PREPOSITIONS,
)
from biblio.lazy_patterns import LazyPattern
from biblio.parse.archival import LEVEL
from biblio.parse.classical_citations import SERIES_PLACE
from biblio.parse.names import KNOWN_NAME_LOOK, UPPER, known_name_heading
from biblio.parse.patterns import alternation, contains_any, trie
from biblio.parse.reference import Reference

_YEAR = r"(?:1[4-9]|20)\d\d"
REFERENCE_SIGN = re.compile(
    rf"""
      (?<![^\W\d_])(?:{alternation(LOCATOR_LABELS)})\.\s?\d      # С. 5, p. 12, S. 65
    | (?<![^\W\d_])(?:{alternation(VOLUME_TERMS)})\.\s?\d        # Т. 2, Vol. 3
    | (?:{alternation(t for t in ISSUE_TERMS if not t[:1].islower())})\s?\d   # № 4, No. 2
    | \s//\s | https?:// | \bdoi\b | \bURL\b
    | (?:{alternation({*IBID_MARKERS, *OP_CIT_MARKERS, *SHORT_FORM_MARKERS})})(?=$|[\s,.;:)])
    | \(\s?{_YEAR}[a-z]?\s?\)                                    # (1991)
    | [\s(]{_YEAR}[a-z]?[.)]?\s*$                                # … Torino 1972.
    | :\s[^\W\d_][^,:]{{0,60}},\s{_YEAR}                         # Paris: Fayard, 1990
    | \b[^\W\d_]{{1,5}}\.,?\s{_YEAR}                               # М., 1990
    | (?<![^\W\d_])(?:{alternation(REFERENCE_SIGN_WORDS)})(?![^\W\d_])   # pag., busta, et al
    | ^[{UPPER}]\.\s?(?:[{UPPER}]\.\s?)*[{UPPER}][^\W\d_]+,          # M. Jugie, …
    | ^[{UPPER}][^\W\d_]+,?\s[{UPPER}]\.                              # Jugie, M. / Jugie M.
    | ,\s(?:in|In|nel|nella|dans|in:)\s[«"“„{UPPER}]                  # …, in Archivio Veneto
    | ,\s\d+(?:[-–]\d+)?[.;,]?\s*$                                    # …, 246;
    | (?:[,;]|\s(?:in|nel|dans|im))\s*$                                # cut off: "…, in"
    | ^[{UPPER}][^\W\d_]+(?:\s[{UPPER}][^\W\d_]+){{0,2}},\s[{UPPER}«"“„‘]   # Stewart, Compendio
    | :\s[“"«„]                                                       # TS 25.450: "Title"
    | ,\s[{UPPER}][^\W\d_]+\.?\s*$                                     # …, Venezia.
    | (?<![^\W\d_])[{UPPER}][^\W\d_]++/[{UPPER}][^\W\d_]+            # Nader/Todd
    | https?\s?:                                                      # "http ://"
    | ^(?:{alternation(LEAD_INS)})[\s,:]                                # См. также: …
    | (?<![^\W\d_]){SERIES_PLACE}                                      # PG 57, 742
    | (?<![^\W\d_])[ФфFf]\.\s?[^\W_]{{0,3}}-?\d+[.,]\s?(?:[—–-]\s?)?     # Ф. 137. Оп. 1: a fond,
      (?:[Оо]п|[Дд]|[Ее]д|[Сс]пр|№)                                # then a level below it
    """,
    re.VERBOSE,
)
"""Signs that a text is (or holds) a reference that was not read. A name before a slash
is taken whole from its first letter: tried from every letter of a long word and given
back, it cost time in the square of the word's length."""

BARE_YEAR = re.compile(
    rf"(?:(?<![^\W\d_])(?P<before>[^\W\d_]++))?\s?(?<!\d){_YEAR}(?!\d)"
    rf"(?=\s(?P<after>[^\W\d_]+))?")
"""A year and the word before it, and the word after it looked at, not taken (it may be
the next year's word before: «1937 в 1990»). The word before is taken whole from its
first letter, at once: tried from each of its letters and given back letter by letter, a
run of letters with no year after it cost time in the square of its length (54 s for
40,000 letters)."""
WORD = re.compile(r"[^\W\d_]{2,}")
PROSE_LOWER_SHARE = 0.5
"""The share of words in lower case above which text reads as prose: titles and names
capitalise most of their words, sentences do not (German nouns aside, whose function
words still carry the share)."""


def looks_like_reference(text: str) -> bool:
    """Whether `text` shows a sign of a reference: a pinpoint, numbering, "//", a repeat
    marker, a classic's name opening a parenthesis, a year that is not governed by a
    preposition ("in 1937", "в 1937 г.") nor by a case of «год» only prose prints
    ("… что 1926 году …")."""
    if REFERENCE_SIGN.search(text) or _opens_with_known_name(text):
        return True
    return any((match["before"] or "").lower() not in YEAR_PREPOSITIONS and
               match["after"] not in YEAR_NOUNS_IN_PROSE
               for match in BARE_YEAR.finditer(text))


def _opens_with_known_name(text: str) -> bool:
    """A parenthesis opening on an author known by one name and a title: "(Аристотель.
    Никомахова этика, I, 4, 1096 а)". The name table is looked up at each "(", not
    compiled into REFERENCE_SIGN, whose alternation of every name slowed its compiling."""
    opening = text.find("(")
    while opening >= 0:
        start = opening + 1
        if known_name_heading(text[start:start + KNOWN_NAME_LOOK + 1]) is not None:
            return True
        opening = text.find("(", start)
    return False


def is_prose(text: str) -> bool:
    """Three words or more, enough of them in lower case."""
    words = WORD.findall(text)
    if len(words) < 3:
        return False
    return sum(word[0].islower() for word in words) >= PROSE_LOWER_SHARE * len(words)


def crosses_parenthesis(reference: Reference) -> bool:
    """Whether the archive, or the title of a work with no author, runs past an opening
    parenthesis it does not close: "…рассказывал Каганович (Чуев Ф. И" as a title, "…в
    «Красной газете» (РГАСПИ" as an archive. The reading took the prose before a
    parenthesised reference for its part (a host's "(IJCAI-91" is only cut short)."""
    fields = reference.fields
    crossing = [fields.get("archive")]
    if not fields.get("author"):
        crossing.append(fields.get("title"))
    return any(isinstance(value, str) and value.count("(") > value.count(")")
               for value in crossing)


DASH_BEFORE_SENTENCE = re.compile(r"\.\s(?:[—–]|--)\s(?=[^\W\d_])")
"""A period and a dash before a word: a sentence's end that `sentences` always cuts at
(SENTENCE_END's first branch), «… 1869 г. — Письма, II, 175.», the dash typed «--» too."""


def prose_before_parenthesis(reference: Reference, text: str) -> bool:
    """Whether a reading with leftovers may have taken the prose before a parenthesis that
    closes the text for part of the reference the parenthesis holds, so that the
    sentences and parentheses are to be weighed against it: «Лев Николаевич был убежден,
    что … «дело божье» (Г. А. Русанов, А. Г. Русанов. Воспоминания … Воронеж, 1972, с.
    145).», the quoted words read as the title, or the prose left over. Only a
    parenthesis that closes the text: one inside a reference is its numbering or series
    («Том двести восемнадцатый (№4/2019). М.: …»)."""
    if not reference.leftover:
        return False
    closing = _parentheses(text)[-1:]
    return bool(closing) and closing[0][1] == len(text.rstrip(" .;,")) and \
        is_prose(text[:closing[0][0]])


def after_prose_and_dash(reference: Reference, text: str,
                         parse: Callable[[str], Reference]) -> list[Reference] | None:
    """The sentence of prose and the reference after its period and dash, when a reading
    with leftovers took the prose for the title (a whole reading's title may be prose:
    «Три месяца за Дунаем в 1828 году.— Там же, т. XXXIII»): «Первая часть цитаты — … — из письма от
    8/20 марта 1869 г. — Письма, II, 175.», the commentary of an edition naming the
    source of a quotation last, often by a short title (`short_title_cite`). None when
    the title holds no such end of a sentence, the text before it is no prose, or what
    follows reads as no reference whole."""
    title = reference.fields.get("title")
    if not reference.leftover or not isinstance(title, str) or \
            DASH_BEFORE_SENTENCE.search(title) is None:
        return None
    *_, dash = DASH_BEFORE_SENTENCE.finditer(text)
    before = text[:dash.start() + 1]
    after = parse(text[dash.end():])
    if not is_prose(before) or not is_found(after) or after.leftover:
        return None
    return [Reference(text=before, kind="comment", prose=True), after]


AREA_MARKS = re.compile(r"\.\s[—–]\s|//")
"""GOST's areas' dash after a period, or the host's «//»: marks of a description."""


def after_prose_and_colon(reference: Reference, text: str,
                          parse: Callable[[str], Reference]) -> Reference | None:
    """The reference after a sentence of prose that a colon closes, when a reading with
    no author took the prose for its title: «В настоящее время … готовятся к печати два
    тома …, в которые войдет и ее публицистика 1920-х годов: З.Н.Гиппиус. Сияние слов.
    … М.: Лаком-книга, 2002.». The rest must read whole with its author, as a title's
    other information after its colon does not («Очерки истории русской литературы:
    XIX век»); the prose is kept as its prefix. A clause holding the areas' dash or «//»
    is a description's areas, not prose («Духовный мир человека: [Статьи]. — Наука и
    религия. — 1982. — Содерж.: Колесникова В. …»), and a rest read with a prefix of its
    own was not read whole. None for any other reading."""
    title = reference.fields.get("title")
    if reference.kind != "work" or reference.fields.get("author") or \
            not isinstance(title, str) or ": " not in title:
        return None
    clause = title[: title.rfind(": ")]
    if not is_prose(clause) or not text.startswith(clause) or \
            AREA_MARKS.search(clause) is not None:
        return None
    rest = parse(text[len(clause) + 2:])
    if rest.kind != "work" or rest.leftover or rest.prefix or \
            not rest.fields.get("author") or not rest.fields.get("title"):
        return None
    rest.prefix = f"{clause}:"
    return rest


def prefix_opens_parenthesis(reference: Reference) -> bool:
    """Whether the lead-in a reading took as its prefix opens a parenthesis it does not
    close: «В изданной книге — «Труды …» (Вологда, 1926. 72 с.; см.: Соколов Б. М.
    [Рецензия] // …) — имя … оказалось снятым.», the prose and a work's imprint taken
    for the lead-in of the review that the parenthesis names after it."""
    prefix = reference.prefix
    return bool(prefix) and prefix.count("(") > prefix.count(")")


def is_commentary(text: str) -> bool:
    """Prose with no sign of a reference: "Автор благодарит коллег за помощь."."""
    return is_prose(text) and not looks_like_reference(text)


FUNDING_OPENING = 6
"""The most words before a funding phrase: it opens the sentence («Исследование
выполнено при финансовой поддержке …», "This work was supported by …"); the same words
later in a reference (an edition's «Издание осуществлено при поддержке РГНФ» after its
title) leave it a reference."""
FUNDING_PHRASE = re.compile(
    rf"^(?:\S+\s+){{0,{FUNDING_OPENING}}}?(?<![^\W\d_])(?:{alternation(FUNDING_PHRASES)})"
    rf"(?![^\W\d_])", re.IGNORECASE)
FUNDER = LazyPattern(rf"(?<![^\W\d_])(?:{alternation(FUNDERS)})(?![^\W\d_])", re.IGNORECASE)


GRANT_NUMBER = re.compile(
    rf"(?<![^\W\d_])(?:{alternation(GRANT_WORDS)})\s?(?:№|[Nn]o\.?|number)?\s?"
    rf"(?:[{UPPER}]{{2}}-\d{{3,5}}\.(?:19|20)\d\d\.\d{{1,2}}|\d\d-\d\d-\d{{5,6}})(?!\d)",
    re.IGNORECASE)
"""A grant named by its number in the funders' own schemes: the RFBR's and the Russian
Science Foundation's year, field and number of five
or six digits («проект № 19-09-00111», «проект № 19-42-383001», "project No. 21-18-00123"),
the President's grants' programme, number, year and field («проект
МК-6084.2018.6», «грант МД-1234.2019.6»)."""


def is_funding(sentence: str) -> bool:
    """A funding or acknowledgement sentence: a phrase of funding near its start and, after
    it, a funder or a grant («… при поддержке РФФИ (проект № 19-09-00111)», "… supported
    by the Russian Science Foundation, project No. 21-18-00123"); or prose with a grant's
    number, the tail of such a sentence whose opening was lost at a page break («молодых
    российских учёных — кандидатов наук (проект МК-6084.2018.6).»)."""
    phrase = FUNDING_PHRASE.search(sentence)
    if phrase is not None and FUNDER.search(sentence, phrase.end()) is not None:
        return True
    grant = GRANT_NUMBER.search(sentence)
    return grant is not None and is_commentary(
        sentence[: grant.start()] + sentence[grant.end():])


# --- references inside prose -------------------------------------------------------

SENTENCE_END = re.compile(
    r"(?<=\.)\s(?:[—–]|--)\s(?=[^\W\d_])|(?<=[.?!])[)’”»]?\s+(?=[(‘“«„]?[^\W\d_])")
"""Candidate ends of a sentence: ". — " (German notes part their references so: always
an end), or ". " before a word, where the word before the period decides."""
_WORD_BEFORE = LazyPattern(r"(\S+)[.?!][)’”»]?$")
WORD_LOOK = 40
"""How far back the word before a period is looked for: a bounded look keeps cutting
sentences linear."""


NUMBER_GLUED_TO_TERM = re.compile(r"[^\W\d_]{1,4}\.\d+(?:[–—-]\d+)?")
"""A number typed close up to its term, "С.188–190", "т.2": its period ends a sentence as
the number's alone does ("… 1967. С.188–190. Впервые опубликовано в …")."""


_PLACE = alternation(EXPANSIONS)
PLACE_THEN_IMPRINT = LazyPattern(
    rf"(?:{_PLACE})(?:\s?;\s?(?:{_PLACE}))*(?:\s?:\s|,\s(?:{_YEAR})(?!\d))")
"""A place the tables abbreviate, then its publisher after a colon or its year after a
comma (GOST 7.1-2003's publication area, «М.: Наука, 1990», «М., 1991», «СПб.: Алетейя»,
«М.; Л., 1950», «P.: Payot», «L., 2002»): the imprint of the title before its period,
which opens no sentence ("… Записки. М., 1991." is one reference)."""


def _ends_sentence(text: str, end: int) -> bool:
    """Not after an initial ("S. Staves"), an abbreviation ("ed.", "Vol.", "p."), a
    lone number that a term counts ("Bd. 4. Aufl.")."""
    before = _WORD_BEFORE.search(text[max(0, end - WORD_LOOK): end])
    word = before.group(1) if before else ""
    word = word.lstrip("(‘“«")
    if not word:
        return False
    if len(word) <= 2 and word[:1].isalpha():
        return False  # an initial, "p.", "ed."
    if "." in word and NUMBER_GLUED_TO_TERM.fullmatch(word) is None or \
            word.rstrip(".") in NO_SPLIT_ABBREVIATIONS:
        return False  # "U.S.", "Vol"
    return True


def sentences(text: str) -> list[str]:
    """`text` cut at the ends of its sentences; not inside parentheses that close later
    ("…рассказывал Каганович (Чуев Ф. И. Каганович. Шепилов. М., 2001. С. 137)." is
    one sentence, with a reference in its parentheses), nor inside guillemets that close
    later (a title or a quotation of several sentences: «В изданной книге — «Труды
    Вологодского общества …. Пособие для краеведов» (Вологда, 1926 …)»), nor before an archival level
    and its number ("РГАСПИ. Ф. 558. Оп. 1. Д. 4397. Л. 20." is one sentence, GOST R
    7.0.5-2008's period form of an archival reference), nor before an imprint
    (PLACE_THEN_IMPRINT), nor after a parenthesis or a quote closed after a period
    before a word in lower case, with which the sentence goes on ("… (Бенуа А. Н. …
    С. 104–105.) несколько отличается …"); a sentence keeps the marks it closes."""
    pieces, start = [], 0
    depth, quoted, counted = 0, 0, 0
    last_close, last_quote = text.rfind(")"), text.rfind("»")
    for match in SENTENCE_END.finditer(text):
        depth += text.count("(", counted, match.end()) - text.count(")", counted, match.end())
        quoted += text.count("«", counted, match.end()) - text.count("»", counted, match.end())
        counted = match.end()
        if depth > 0 and match.end() < last_close or quoted > 0 and match.end() < last_quote \
                or LEVEL.match(text, match.end()) or PLACE_THEN_IMPRINT.match(text, match.end()):
            continue
        closed = _closing_marks(match.group())
        if closed and text[match.end(): match.end() + 1].islower():
            continue  # «(… С. 5.) позднее …»: the period was the parenthesis's
        if match.group().strip() in ("—", "–", "--") or _ends_sentence(text, match.start()):
            pieces.append(text[start: match.start() + closed].strip())
            start = match.end()
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _closing_marks(end: str) -> int:
    """How many marks a sentence's end closes after its period («… С. 104–105.) несколько
    …», «…, 1990.» Далее …»): they are the sentence's, whose parenthesis or quote they
    close, not the next one's."""
    return len(end) - len(end.lstrip(")’”»"))


BRACKET = re.compile(r"[()\[\]]")
PARENTHESIS_LENGTH = (8, 600)
"""The length of a parenthesis that may hold a reference: "(Smith 2001: 45)"."""
CLOSING_LEAD_IN = LazyPattern(
    rf"(?:^|[\s,(])(?P<lead>{alternation(t for t in LEAD_INS if t[:1].islower())}|"
    rf"{alternation(t for t in LEAD_INS if t[:1].isupper())})[,:]?\s")
"""A lead-in inside a sentence: "For a different view, see …", "vgl. hierzu …"."""


_CAPITAL_LEAD_INS = {term for term in LEAD_INS if term[:1].isupper()}
LEAD_IN_AFTER_SENTENCE = re.compile(
    rf"[.?!]\s+(?=[{''.join(sorted(map(re.escape, {t[0] for t in _CAPITAL_LEAD_INS})))}])"
    rf"{trie(_CAPITAL_LEAD_INS)}[\s,:]")
"""A sentence that opens with a lead-in inside a segment ("… complicated. See S. Staves,
…", "… М., 2004. См. также: …"): a second reference, or prose before one. Only whether
it is found counts, so the lead-ins' order (longest first elsewhere) does not matter."""

LEAD_INS_TRIED = 3
"""Lead-ins inside one sentence after which a reference is looked for: each try parses
the rest of the sentence, so a bound keeps a sentence of "see see see …" linear."""
LOOK_BEFORE_PARENTHESIS = 300
"""How much text before a parenthesis decides whether it is the imprint of a reference."""


AUTHOR_YEAR_IN_BRACKETS = LazyPattern(
    rf"\[(?:[^\W\d_]{{1,4}}\.,?:?\s)?[{UPPER}][^\W\d_]+(?:,?\s[{UPPER}][^\W\d_]+)?"
    rf",?\s{_YEAR}(?!\d)")
"""An in-text reference to a list in square brackets, a family and a year first (GOST R
7.0.5-2008, clause 7: "[Атлас 1969; …]", "[см. Bergson 1961]"): the note is prose with
references in it, though a reading of the whole may find a title and a year in it."""
_LOWER_LEAD_INS = alternation(t for t in LEAD_INS if t[:1].islower())
_COLON = r"\s?:\s"
"""A lead-in's colon, a space before it as GOST R 7.0.100-2018 spaces the colon ("см. :")."""
PINPOINT_THEN_LEAD_IN = LazyPattern(
    rf"(?<![^\W\d_])(?:{alternation(LOCATOR_LABELS)})\.\s?\d[^.]{{0,20}}\.\s+[{UPPER}]"
    rf"[^.;:]{{0,300}}?[\s,](?:{_LOWER_LEAD_INS}){_COLON}")
"""A reference closed by its pinpoint, then a sentence of prose that ends in a lead-in and
a colon before another reference ("… Industrialization. P. 234-236. О после военном
периоде см.: Filtzer D. …", "… Записки земского начальника. — С. 39. О положениях
законодательства …, см.: Pearson Thomas S. …"): a reading of the whole took the prose
and the second reference for the first one's title."""
LOWER_LEAD_IN_COLON = re.compile(rf"[\s,]{trie(t for t in LEAD_INS if t[:1].islower())}{_COLON}")
"""What PINPOINT_THEN_LEAD_IN ends with, looked for first: it opens with a lookbehind, so
the engine tries it at every position (2–4 µs on each reference with a colon), where this
one opens with a class the engine scans for; its lead-ins factored by their first letters
(`patterns.trie`: only whether it is found counts)."""
SEE_WITHOUT_COLON = ("см.", "ср.", "див.")
"""The Russian and Ukrainian lead-ins that notes also print without GOST's colon."""
_SPACED_SEE = tuple(f" {lead} " for lead in SEE_WITHOUT_COLON)
OPENING_PROSE_THEN_LEAD_IN = re.compile(
    rf"[{UPPER}][^\d;:«»(]{{0,200}}?[\s,]"
    rf"(?:(?:{_LOWER_LEAD_INS}){_COLON}|{alternation(SEE_WITHOUT_COLON)}\s(?=[{UPPER}]))")
"""A note that opens with a clause of prose, no number in it, ending in a lead-in and a
colon before its reference ("Подобнее см.: Начертание Жития …", "Для середины XIX в.
см.: Материалы для статистики России …", "О попытках … см.: …"): a reading of the whole
takes the clause for the start of the title. The colon is GOST R 7.0.5's; notes typed
before it or after other house styles leave it out before the reference's capital
("Подробнее см. Начертание Жития …", "Об этом выражении см. Иларион (Алфеев), митр. …"),
and the rest must still read as a reference."""

OPENING_LEAD_IN = LazyPattern(rf"(?:{alternation(t for t in LEAD_INS if t[:1].isupper())})[\s,:]")
RUN_SENTENCES = 8
"""Sentences of one run after which a new sentence is no longer tried as the start of
another reference: each try parses the run, so a bound keeps it linear."""


def may_open_with_prose(text: str) -> bool:
    """Whether `text` holds a lead-in OPENING_PROSE_THEN_LEAD_IN may end in: a colon, or
    a colon-less lead-in after a space (asked first, since most notes have neither;
    `contains_any`, not `any` over a generator, which costs twice the substring tests)."""
    return ":" in text or contains_any(_SPACED_SEE, text)


def find_references(text: str, parse: Callable[[str], Reference]) -> Iterator[Reference]:
    """The references in commentary, each with its lead-in as prefix, and the prose
    around them as comments, in order. Sentences of commentary stand alone; the others
    make runs, each read as one reference ("See Staves S. Married Women’s Property.
    Cambridge, 1990. P. 4." is one), a new run opening at a lead-in ("См. также: …") or
    at a sentence that reads as a reference where the run and it together do not read
    whole ("Vogel, id., p. 79. W. Blackstone, Commentaries …"). In each
    run a reference is looked for whole, after a lead-in, then inside parentheses.
    `parse` reads one reference. The pieces come as they are read, so that a caller
    who has seen enough parses no further."""
    run: list[str] = []
    for sentence in sentences(text):
        if run and (lead := _prose_then_lead_in(sentence, parse)) is not None:
            yield from _in_sentence(" ".join(run), parse)
            yield Reference(text=sentence[:lead].strip(" ,"), kind="comment", prose=True)
            run[:] = [sentence[lead:].strip()]
        elif is_commentary(sentence):
            if run:
                yield from _in_sentence(" ".join(run), parse)
                run.clear()
            yield Reference(text=sentence, kind="comment", prose=True)
        elif run and (OPENING_LEAD_IN.match(sentence) or len(run) < RUN_SENTENCES and
                      is_found(parse(sentence)) and not _reads_whole(parse(
                          " ".join([*run, sentence])))):
            yield from _in_sentence(" ".join(run), parse)
            run[:] = [sentence]
        else:
            run.append(sentence)
    if run:
        yield from _in_sentence(" ".join(run), parse)


def after_opening_prose(text: str, parse: Callable[[str], Reference]) -> Reference | None:
    """The reference after a note's opening clause of prose and its lead-in, the clause
    kept as its prefix ("Для середины XIX в. см.:"); None when the note does not open so,
    when the clause reads as a reference itself, or when the rest reads as none. The
    rest is read whole: cut into sentences, its imprint would stand apart."""
    match = OPENING_PROSE_THEN_LEAD_IN.match(text)
    if match is None or is_read(parse(text[:match.end()].rstrip(": "))):
        return None
    reference = parse(text[match.end():])
    if not is_read(reference) or reference.kind == "comment":
        return None
    reference.prefix = text[:match.end()].strip()
    return reference


def _prose_then_lead_in(sentence: str, parse: Callable[[str], Reference]) -> int | None:
    """Where the lead-in of a sentence of prose that introduces a reference begins ("О
    после военном периоде см.: Filtzer D. Soviet Workers …"): the text before it is
    prose and the text from it reads as a reference; None for any other sentence."""
    if ":" not in sentence:
        return None
    for lead, _ in zip(CLOSING_LEAD_IN.finditer(sentence), range(LEAD_INS_TRIED)):
        start = lead.start("lead")
        if lead["lead"][:1].islower() and sentence[lead.end() - 2: lead.end() - 1] == ":" and \
                _clause_before_lead_in(sentence[:start]) and is_read(parse(sentence[start:])):
            return start
    return None


def _clause_before_lead_in(text: str) -> bool:
    """Prose, or a short clause of words in lower case after the first, as notes open
    a lead-in with a pronoun or an adverb ("О том же см.:", "Об этом см.:", "О нем
    см.:"): before a lead-in and its colon, a title or a name would capitalise its
    words."""
    words = WORD.findall(text)
    return is_prose(text) or len(words) >= 2 and all(word.islower() for word in words[1:])


def _reads_whole(reference: Reference) -> bool:
    return is_read(reference) and not reference.leftover


def _parentheses(text: str) -> list[tuple[int, int]]:
    """The spans of the top-level parentheses and square brackets of `text`, nested ones
    inside them ("(E. H. Carr, The Bolshevik Revolution (London, 1953), 45)"), of a
    readable length. Square brackets hold the in-text references to a list (GOST R
    7.0.5-2008, clause 7: "[Атлас 1969; Турецкий 1959]", "[Bergson 1961; Chapman 1963]")."""
    spans, depth, start = [], 0, 0
    for match in BRACKET.finditer(text):
        if match.group() in "([":
            depth += 1
            if depth == 1:
                start = match.start()
        elif depth:
            depth -= 1
            if depth == 0 and PARENTHESIS_LENGTH[0] <= match.start() - start <= \
                    PARENTHESIS_LENGTH[1]:
                spans.append((start, match.end()))
    return spans


def _in_sentence(sentence: str, parse: Callable[[str], Reference]) -> list[Reference]:
    """A run's references: those in its parentheses when the text around them is prose
    (a reading of the whole would take the prose for a title); else the run whole; else
    what follows a lead-in; else the run is commentary."""
    in_parentheses = _in_parentheses(sentence, parse)
    if in_parentheses and is_prose(" ".join(piece.text for piece in in_parentheses
                                            if piece.kind == "comment")):
        return in_parentheses
    whole = parse(sentence)
    if is_found(whole):
        return [whole]
    for lead, _ in zip(CLOSING_LEAD_IN.finditer(sentence), range(LEAD_INS_TRIED)):
        reference = parse(sentence[lead.end():])
        if is_read(reference):
            reference.prefix = sentence[: lead.end()].strip()
            return [reference]
    if in_parentheses:
        return in_parentheses
    # a sentence read as no reference is prose, whatever fields it gave
    return [whole if whole.kind == "comment" else Reference(text=sentence, kind="comment")]


def _in_parentheses(sentence: str, parse: Callable[[str], Reference]) -> list[Reference]:
    """The references in the top-level parentheses of a sentence, with the text around
    them as comments; nothing if none reads as a reference. A title in guillemets just
    before a parenthesis that holds its imprint is the work's (`_titled_work`)."""
    result: list[Reference] = []
    start = 0
    for opening, closing in _parentheses(sentence):
        titled = _titled_work(sentence[start: opening], sentence[opening + 1: closing - 1],
                              parse) if sentence[opening] == "(" else None
        if titled is not None:
            before, references = titled
            if before:
                result.append(Reference(text=before, kind="comment", prose=True))
            result.extend(references)
            start = closing
            continue
        references = _enclosed(sentence[opening + 1: closing - 1].strip(), parse)
        if not references or sentence[opening] == "(" and _imprint_of(
                sentence[max(start, opening - LOOK_BEFORE_PARENTHESIS): opening], references[0]):
            continue  # "Merryman, Comparative Law … (Brüssel 1974)": the imprint of a reference
            # (square brackets hold no imprint)
        before = sentence[start: opening].strip()
        if before:
            result.append(Reference(text=before, kind="comment", prose=True))
        result.extend(references)
        start = closing
    after = sentence[start:].strip(" .,;:")
    if result and after:
        result.append(Reference(text=sentence[start:].strip(), kind="comment", prose=True))
    return result


QUOTED_TITLE_BEFORE = LazyPattern(r"«(?P<title>[^«»]{3,200})»\s?$")
"""A title in guillemets closing the prose before a parenthesis."""
PLACE_OPENING = LazyPattern(
    rf"[{UPPER}][^\W\d_]*\.?(?:\s?[;—–-]\s?[{UPPER}][^\W\d_]*\.?)*(?:,|\s?:)\s")
"""A place, or places, and the comma or colon after it, opening a book's imprint
(«Вологда, 1926», «М.; Л.: Наука», «М. — Л., 1950»): not a name with its initials."""


def _titled_work(before: str, enclosed: str, parse: Callable[[str], Reference]
                 ) -> tuple[str, list[Reference]] | None:
    """A work that prose names by its title in guillemets, with its imprint in the
    parenthesis after it: an article, its periodical in guillemets opening the imprint
    («… статей Белинского: «Бородинская годовщина» («Отечественные записки», 1839, №
    10)»), read as «Title // Periodical, …»; or a book, its place opening the imprint
    («В изданной книге — «Труды …» (Вологда, 1926. 72 с.; см.: …)»), read as «Title.
    Place, …». What the parenthesis holds after a «;» is read on its own (a review of
    the work). The prose before the title, and the references; None when the prose
    does not end in such a title or the two do not read as one work."""
    if not before.rstrip().endswith("»") or (match := QUOTED_TITLE_BEFORE.search(
            before.rstrip())) is None:
        return None
    enclosed = enclosed.strip()
    places = PLACE_THEN_IMPRINT.match(enclosed)  # «М.; Л., 1930»: a list of places
    end = enclosed.find(";", places.end() if places else 0)
    imprint, rest = (enclosed, "") if end < 0 else (enclosed[:end], enclosed[end + 1:])
    imprint, title = imprint.strip(), match["title"].strip()
    host = imprint.startswith("«")
    reading = parse(f"{title} // {imprint}" if host else f"{title}. {imprint}")
    if reading.kind != "work" or reading.leftover or reading.fields.get("title") != title:
        return None
    if host and (reading.fields.get("container-title") or "") not in imprint or \
            not host and (not reading.fields.get("publisher-place") or
                          reading.fields.get("author") or not PLACE_OPENING.match(imprint)):
        return None  # a quotation before its source: «…» (Волков Н.Д. Мейерхольд …)
    reading.text = imprint  # what the parenthesis holds, as a reference found in it
    references = [reading]
    if rest.strip():
        references.extend(_enclosed(rest.strip(), parse) or
                          [Reference(text=rest.strip(), kind="comment")])
    return before.rstrip()[: match.start()].strip(), references


def _enclosed(text: str, parse: Callable[[str], Reference]) -> list[Reference]:
    """The references a parenthesis or a bracket holds: the text read whole, or, when it
    is no reference and holds a ";", each part, if every part reads as one ("(см.:
    Атлас 1969; Турецкий 1959)", "[Матлин 1997 I, 89–90; Рдюкова 1997, 101–102]")."""
    whole = parse(text)
    if is_found(whole):
        return [whole]
    parts = [parse(part.strip()) for part in text.split(";")] if ";" in text else []
    return parts if parts and all(is_found(part) for part in parts) else []


def _imprint_of(before: str, parenthesis: Reference) -> bool:
    """Whether a parenthesis may be the imprint of a reference that `before` starts:
    `before` shows a sign of a reference, unless it is prose and the parenthesis holds
    no year, which an imprint has. A date in prose is such a sign («… до 18 августа
    1825 г. (ОА, т. V, вып. 1, стр. 52-89).», «См. его письмо от 7 июня 1876 года …
    (ПСС. Т. 29. Кн. 2. С. 84—85).»), and the cite in the parenthesis is no imprint."""
    if not looks_like_reference(before):
        return False
    return not is_prose(before) or bool(parenthesis.fields.get("issued"))


SHORT_TITLE_WORDS = 4
"""The most words a short-title cite in parentheses may have: an edition named by its
abbreviation or a few words ("ПС", "Полн. собр. соч.", "Письма Толстого"), capitalised."""


def short_title_cite(reference: Reference) -> bool:
    """A work named by a short title with its volume or pinpoint, as the commentaries of
    Soviet editions cite inside their prose: "(см. Полн. собр. соч., т. 35, стр. 12)",
    "(ОА, т. V, вып. 1, стр. 52-89)", "(Письма Толстого, с. 223–224)"."""
    title = reference.fields.get("title")
    return reference.kind == "work" and isinstance(title, str) and title[:1].isupper() and \
        len(title.split()) <= SHORT_TITLE_WORDS and \
        bool(reference.fields.get("volume") or reference.locator)


def is_found(reference: Reference) -> bool:
    """Whether a piece of commentary holds a reference: read (`is_read`), or a short-title
    cite, which only parentheses inside prose offer."""
    return is_read(reference) or short_title_cite(reference)


def is_read(reference: Reference) -> bool:
    """Whether the grammar made a reference of a piece of prose: a repeat, an archival
    file, or a work with its authors or with a year, place or host."""
    if reference.kind in ("ibid", "op-cit", "author-year", "archival"):
        return not reference.tentative or bool(reference.fields.get("title"))
    if reference.kind != "work":
        return False
    fields = reference.fields
    return bool(fields.get("author") or fields.get("editor")) and bool(
        fields.get("title")) or bool(fields.get("title")) and bool(
        fields.get("issued") or fields.get("publisher-place") or fields.get("container-title"))
