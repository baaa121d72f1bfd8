"""A Russian reference typed in another typography, read as the grammar's and given back
as printed.

Every reader of the grammar (a newspaper's «Правда» от …, a publisher «Наука», a law's
quoted name, a quoted title, the areas' «. — ») knows the marks of Russian book
typography. Sources type the same references other ways, and rather than teach each
reader every variant, a note is read into the grammar's marks once, one character for
one, so that a span of the text read is a span of the text as printed:

- every Unicode space separator as a plain space, an en dash or a hyphen typed between
  areas as GOST's «. — », and a page's or a volume's period spaced off its term («С .48»)
  as GOST's «С. 48» (`as_gost_prints`); the note keeps its text as printed,
  and what a reference keeps of it is given back as printed (`printed_span`);
- in a note with none of «» (or none of «№»), „…“ (Ukrainian, Belarusian and older
  Russian typography), "…" (web pages, typed manuscripts), “…” (word processors) as «…»,
  and «N 3» or «NN 13–14» (legal databases, Latin fonts, typewriters) as «№»
  (`retyped`); the fields read are then given back the marks the note printed, so that
  a title keeps its quotes as printed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from biblio.lazy_patterns import LazyPattern
from biblio.model import Date, Leftover, Name
from biblio.parse.archival import ArchivalPath
from biblio.parse.reference import Reference

SPACE_SEPARATOR = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
"""Unicode's space separators (category Zs) but ASCII's own space: the no-break space
that Word manuscripts and publishers' PDFs put after an abbreviation's period and
between initials ("М.\u00a0: Наука", "И.\u00a0И.\u00a0Иванов", "С.\u00a05"), the thin
and the narrow no-break space of typesetters ("1\u2009000 с."), the other typographic
spaces U+2000–U+200A, the Ogham space mark, the medium mathematical and the ideographic
space: each a plain space."""
TYPED_AREA_DASH = re.compile(
    r"(?<!\b[A-ZА-ЯЁІЇЄҐгв])(?<!\b(?:гг|вв))\. [-–] "
    r"|(?<!\b[A-ZА-ЯЁІЇЄҐ])\. − (?!(?<=\bг\. − )\d{4}(?!\d)(?!\s?[сcpS]\.))")
"""The dash between areas (GOST 7.1-2003 clause 4.7 prints ". — ") typed as an en dash,
as journals' and libraries' pages print it ("Бюл. ВАК України. – 2005", "Т. 2. – С. 5"),
or as a hyphen, as typewritten manuscripts, PDF text layers and web lists do ("Из моих
воспоминаний. - «Звенья», вып. 8, 1950", "[і інш.]. - Мінск, 2005"), or as the minus sign
U+2212, which some word processors' and sites' lists put for it ("/ [под ред. Филенко
О.Ф.]. − М.: Изд-во Моск. ун-та, 1984. − 193 с.", a Chernivtsi department's rules; "296 с.
− 04200204433", a thesis's state registration number on allrefrs.su). A dash between two
spaces after a word's period joins no word and ranges no figures: it is the areas' dash.
Not after an initial or a capital's abbreviation, where it joins two names ("CONCINA E. -
MORACH1ELLO P.", as Italian lists part authors) or two places ("М. - Куйбышев"), nor after
a year's or a century's «г.», «гг.», «в.», «вв.», where a hyphen or an en dash ranges dates
in a title ("Россия конца XIX в. – начала XX в.", "(1917 г. - 1941 г.)"); the minus sign
ranges none there, and after a year's «г.» is the areas' dash ("М., 1984 г. − 193 с.")
unless another year follows, which it ranges ("Россия 1917 г. − 1941 г.")."""
AREA_DASH = ". — "
TYPOGRAPHIC_HYPHENS = re.compile("[\u2010\u2011]")
"""Unicode's hyphen U+2010 and no-break hyphen U+2011, which word processors (Word's
Ctrl+Shift+minus) and typesetters put where a line must not break, as ASCII's hyphen:
"изд. 2‑е" (dev set batch 21, a paper on the Russian word), "Ter‑Mekerttschian"
(batch 39, a patristic edition's translators). The grammar's terms and names know the ASCII hyphen
only ("2-е изд.", "Салтыков-Щедрин")."""
MINUS_IN_RANGE = re.compile(r"(?<=\d)[−‒―](?=\d)")
"""The minus sign U+2212 typed close between two figures for the en dash that ranges them,
as the word processors that put it for the areas' dash (TYPED_AREA_DASH) do: «… / под ред.
С.Г. Пепеляева. М., 2009. С. 39−45.», a law faculty's rules for citing an article in a
collection (batch 40); the figure dash U+2012 and the horizontal bar U+2015 typed there
too, as a Belarusian archive's guide ranges the years of a set's volumes («Минск:
«Беларусь», 1985―1987»). Read as the en dash GOST prints there, one character for one; a
minus between spaces is TYPED_AREA_DASH's."""


SPACED_TERM_PERIOD = LazyPattern(
    r"(?<![^\W\d_])(?P<term>[СсЛлТтЧч]|Стр|стр|Лл|лл|Кн|кн|Вып|вып) \.(?=\s?\d)")
"""A pinpoint's or a volume's abbreviation whose period the typist spaced off and set close
to the number: "Деяния Русского Всезарубежного Собора. С .5–6.", "Зернов Н. Юрисдикционные
споры. С .125" (batch 46, the notes of a history of the Russian Church Abroad on a reading
site), "Л .14", "Т .2". Read as "С. 5–6", the space and the period swapped, one character
for one; a term is a whole word (not the end of "Вып" in "Выпуск"), and a number follows."""


def typed_as_read(text: str) -> bool:
    """Whether `as_gost_prints` and `retyped` leave `text` as it is, as they do most notes:
    tested once, by string methods that need no pattern (0.4 µs a GOST note, against 0.9
    for one search of a class of the marks and 1.9 for both passes). `str.isprintable` is
    False for every space separator but ASCII's space (Unicode's Zs, SPACE_SEPARATOR);
    then the marks `retyped` reads („ “ " ', and the «N», «No.» and «N°» of NUMERO_AS_N)
    and the areas' dash typed as TYPED_AREA_DASH reads it, a minus sign, a figure dash
    or a horizontal bar (MINUS_IN_RANGE reads them between figures), spaces doubled
    (`single_spaced`), the areas' dash typed twice (`single_dashed`) and a term's period
    spaced off (SPACED_TERM_PERIOD)."""
    return text.isprintable() and "\"" not in text and "„" not in text and \
        "“" not in text and "'" not in text and "N" not in text and ". - " not in text and ". – " not in text \
        and "−" not in text and "  " not in text and "\u2011" not in text \
        and "\u2010" not in text and "‒" not in text and "―" not in text and " ." not in text \
        and "—-" not in text and "--" not in text and "-—" not in text and "–-" not in text \
        and "-–" not in text


SPACES_DOUBLED = re.compile(r" {2,}")
"""Two spaces or more between words: Word manuscripts justified by hand, and text
copied from PDF layers and web pages ("М.  :  Наука,  1975"); GOST 7.1 and every
typesetter print one."""
SPACE_BEFORE_COMMA = re.compile(
    r"(?<=\S) +(?=,\s+(?:[a-zа-яё\d]|[A-ZА-ЯЁ][^\W\d_]{0,3}\.,))")
"""A space typed before a comma, as reading pages keep it from a scan's or a typesetter's
spacing: "Впервые опубликовано: ЛН , т. 68, стр. 182.", "Письма, изд. 2-е , т. III"
(the commentary to Chekhov's letters, dev set batch 45), "Пушкин , СПб., 1995 , с. 12". No
typography prints it: a comma stands close up to the word it follows. Read so before what
opens an element after a comma, a lower-case word («т.», «с.», «изд.»), a figure or a
place's abbreviation before its own comma («СПб.,»), with a space after the comma; not
before a name's initials, where a citation style may space it so ("Усманов , Б. М., И. И.
Гайнуллин, …", an MLA line read as such), nor before a word glued to the comma
("Neutrino Astrophysics ,Honolulu ,Hawaii ( 1992)", GROBID's tokenised lines, whose gold
keeps the values so)."""


def comma_close_up(text: str) -> str:
    """`text` with no space before a comma that a space follows (SPACE_BEFORE_COMMA). It
    comes first, before a mark glued to the next word is spaced (`glued_marks`), so that
    only a space the text printed is taken: the note is kept so, as with `single_spaced`."""
    return SPACE_BEFORE_COMMA.sub("", text) if " , " in text else text


def single_spaced(text: str) -> str:
    """`text` with one space wherever it doubled them (SPACES_DOUBLED). It comes before
    `as_gost_prints`, whose reading is one character for one: the note is kept with its
    spaces single, the one thing of its typography not given back."""
    return SPACES_DOUBLED.sub(" ", text) if "  " in text else text


DASH_TYPED_TWICE = re.compile(r"(?<=\. )(?:—-|-—|--|–-|-–)(?= )")
"""The dash between areas typed as two marks: a typewriter's and a plain-text list's
«--» for the dash (the convention TeX keeps), and an em dash with a hyphen slipped beside
it («опубл. 30.06.04 // Афщыйны бюл. — 2004. — № 2. —- С. 174.», a Belarusian
university's patent example, dev set batch 14; «Книга. -- М., 2004. -- 174 с.»). Read as
GOST's «—» after an area's period and between spaces, where no range or compound stands."""


def single_dashed(text: str) -> str:
    """`text` with the areas' dash typed twice (DASH_TYPED_TWICE) as one. It comes with
    `single_spaced`, before `as_gost_prints`'s reading one character for one: the note is
    kept so."""
    if "—-" in text or "--" in text or "-—" in text or "–-" in text or "-–" in text:
        return DASH_TYPED_TWICE.sub("—", text)
    return text


def as_gost_prints(text: str) -> str:
    """`text` with plain spaces for every space separator, ASCII's hyphen for the
    typographic ones (TYPOGRAPHIC_HYPHENS), GOST's dash between areas for an en dash, a
    hyphen or a minus sign typed there, and an en dash for a minus sign, a figure dash or a
    horizontal bar ranging two figures (MINUS_IN_RANGE), and a pinpoint's or a volume's
    period typed after a space as the period and the space (SPACED_TERM_PERIOD)."""
    text = SPACE_SEPARATOR.sub(" ", text)
    if " ." in text:
        text = SPACED_TERM_PERIOD.sub(r"\g<term>. ", text)
    if "\u2010" in text or "\u2011" in text:
        text = TYPOGRAPHIC_HYPHENS.sub("-", text)
    if "−" in text or "‒" in text or "―" in text:
        text = MINUS_IN_RANGE.sub("–", text)
    typed_dash = ". - " in text or ". – " in text or ". − " in text
    return TYPED_AREA_DASH.sub(AREA_DASH, text) if typed_dash else text


def printed_span(fragment: str, read: str, printed: str, start: int = 0) -> str:
    """`fragment`, a piece of `read` at `start` or after it, as `printed` holds it: `read`
    is `printed` as `as_gost_prints` reads it, one character for one, so the same span.
    A note's references follow one another, and two of them may read the same ("Там же.
    С. 5; Там же.\u00a0С. 5"): each is looked for from where the one before it ended.
    A fragment found nowhere after `start` is looked for from the note's start (a
    reading may repeat words before it); one the readers rewrote further, found nowhere
    in `read`, is returned as it is."""
    found = read.find(fragment, start)
    if found < 0:
        found = read.find(fragment)
    return fragment if found < 0 else printed[found:found + len(fragment)]


QUOTE_PAIRS: dict[str, str] = {
    "«": "»",
    "„": "“”",
    "“": "”",
    "\"": "\"",
    "'": "'",
}
"""Each opening quotation mark → the marks that close it: Russian «…» (GOST 7.1-2003 and
the typographic norm of Russian books), „…“ (Ukrainian, Belarusian, older Russian and
German typography; „…” in Polish and in some Soviet printings), “…” (English, and word
processors' Russian), and the straight "…" of typewriters and web pages, which both
opens and closes and is told apart by what stands before it (OPENS_AFTER); the straight
single '…' too, as reading pages retype a book's quotation marks («.- 'Сын Отечества',
1834, No 52;», «Теребенина Р. Е. Неизвестная запись Пушкина к 'Слову о полку
Игореве'.»): an apostrophe inside a word («Крип'якевича») opens nothing."""

CURVED_OPENINGS = "„“"
"""The curved marks that open a quotation: one left open at the end of a note is one
still (a straight quote left alone may be an inch's or a second's mark)."""
GRAMMAR_QUOTES = ("«", "»")
"""The marks the grammar's readers know a quotation by."""

OPENS_AFTER = " \t([/«„—–"
"""What stands before a mark that opens a quotation: the start of the note, a space, a
bracket, a slash, a dash or a mark that only opens ("изд-во "Наука"", "("Правда")").
After a letter, a digit, a punctuation mark or a mark that may close, a mark does not
open: the straight quote closes there ("Журнал "Х""), “ closes the German „…“, and „ is
OCR's reading of a period and a comma ("М„ 1966", biblio.parse.gost.OCR_PERIOD_COMMA)."""

GOST_NOTE = LazyPattern(r"[А-Яа-яЁёІіЇїЄєҐґЎў]|\s//\s?|№")
"""A Cyrillic letter, or GOST's «//» before a host or its «№»: the notes whose typography
is read here ("Kozlova D. S. “Establishment of …” // Tomsk State University Journal");
a French note's «…», an English or a German one's “…” or „…“ are theirs, read by their
own readers."""

NUMERO_AS_N = LazyPattern(
    r"(?:^|(?<=[\s(\[,;:.—–])|(?<=[\s.]-))(?<![°′″'] )(?P<marks>NN?|No\.?|N°|Ne|¹(?=\s))(?=\s?\d)")
"""The numero typed as the Latin letter, before a number: «N 3», «N3», «№» doubled for a
range «NN 13–14» (КонсультантПлюс and Гарант print «N 1» in every act they quote; Soviet
catalogue cards and typewriters had no «№»), «No. 3» (Latin fonts and English-typed
lists: «Russian Review. 1991. Vol. 50. No. 2» in a Russian note), «No 3» (the «№» of a
scanned or retyped Soviet book read as two letters: «Рус Ст, 1884, No 5, с. 400», «ГБЛ, ф.
306, картон 2, No 74» in a Turgenev edition's commentary, «'Сын Отечества', 1834, No 52;»,
«Вісник Книжкової палати. 2012. No 4.») or «N° 3» (French
typography and OCR: «по делу N° 33-3207АП/2012г.», a GOST list on cyberleninka) or «Ne 3»
(OCR's reading of the sign in the recognised text of a standard: «утвержденное
постановлением Правительства Российской Федерации от 31 октября 2009 г. Ne 879», the
«Библиография» of GOST R 8.885-2015 on ajdocs). Not an
initial «N. Smith», not a letter inside a word or a code («СССР-N3»: after a letter, a
digit or a hyphen glued to one; a hyphen for the areas' dash, «. -N 5», is no part of a
code), not the hemisphere of a
coordinate after its degrees, minutes or seconds («55° N 37° E», «55°45′ N», «43°07' N
131°54' E», as maps, atlases and expeditions' reports print them); «¹ 6», a space
before the number, is the «№» of a Windows-1251 text read as Latin-1 (its byte 0xB9,
Latin-1's superscript one: «// History magazine - researches. – 2018. – ¹ 6. – P. 29»),
never a note's mark, which is glued to the word it follows."""

NUMERO = "№"
MISREAD_NUMERO = "¹"
"""«№» of a Windows-1251 text read as Latin-1 (NUMERO_AS_N); given back as printed, as
every mark read is."""


@dataclasses.dataclass(frozen=True)
class Retyping:
    """How a note was read into the grammar's marks: the quotation marks each of its
    pairs printed (by the words inside, in order) and what it typed for «№»."""

    quotes: tuple[tuple[str, str, str], ...]
    """(words inside, opening mark, closing mark) of each outer pair read as «…»."""
    numero_as: str | None
    """What the note printed for «№» («N», «No.», «N°», «¹»), or None."""

    def printed(self, text: str) -> str:
        """`text` (a field read from the retyped note) with the marks the note printed."""
        if self.quotes and ("«" in text or "»" in text):
            text = self._quotes_printed(text)
        if self.numero_as and NUMERO in text:
            text = text.replace(NUMERO, self.numero_as)
        return text

    def _quotes_printed(self, text: str) -> str:
        kinds = {(opening, closing) for _, opening, closing in self.quotes}
        if len(kinds) == 1:
            ((opening, closing),) = kinds
            return text.replace("«", opening).replace("»", closing)
        by_words = {words: (opening, closing) for words, opening, closing in self.quotes}
        first_opening, first_closing = self.quotes[0][1:]
        chars = list(text)
        for start, end in _pairs(text, {"«": "»"}):
            if end is not None:
                chars[start], chars[end] = by_words.get(text[start + 1:end],
                                                        (first_opening, first_closing))
        return "".join(chars).replace("«", first_opening).replace("»", first_closing)


def _opens(text: str, index: int) -> bool:
    return index == 0 or text[index - 1] in OPENS_AFTER


def _pairs(text: str, pairs: dict[str, str]) -> list[tuple[int, int | None]]:
    """The (opening, closing) positions of the outermost quotation pairs of `text`,
    nested marks paired and skipped. A mark that may open or close (the straight ", and
    “, which closes the German „…“ and opens the English “…”) opens where a quotation
    opens (OPENS_AFTER: "„Правда, 1928; “Известия” 1929") and closes elsewhere. The
    outermost curved mark left open has None for its closing when no other reference
    follows it (notes do cut a quotation: "„Правда от 18 сентября 1928.", "“Правда от
    …"); left open before a «;», or any other mark left unpaired, it is in none and stays
    as printed, so that the references after it are still told apart."""
    found: list[tuple[int, int | None]] = []
    open_at: list[tuple[int, str]] = []
    for index, char in enumerate(text):
        if char not in pairs and not (open_at and char in pairs[open_at[-1][1]]):
            continue
        opens_here = char in pairs and _opens(text, index)
        if open_at and char in pairs[open_at[-1][1]] and not opens_here:
            start, _ = open_at.pop()
            if not open_at:
                found.append((start, index))
        elif opens_here:
            open_at.append((index, char))
    if open_at and open_at[0][1] in CURVED_OPENINGS and ";" not in text[open_at[0][0]:]:
        found.append((open_at[0][0], None))
    return found


LATIN_NUMEROS = ("No.", "No", "N°")
"""The numero as Latin-script references print it: a «№» typed so only in a Cyrillic
reference; an English or a French one reads its own («Slavic Review. 1935. Vol. 47.
No. 5»)."""


OCR_NUMEROS = ("Ne",)
"""The numero as text recognition reads it from a Russian print: a «№» only in a Cyrillic
reference, where no Latin word stands before it."""


def _numeros(text: str) -> list[re.Match[str]]:
    """The numeros of `text` typed «N» (NUMERO_AS_N), and those typed «No.», «N°» or read
    «Ne» after a Cyrillic word (the last letter before them Cyrillic: «СУ. 1922, No. 28»)."""
    return [match for match in NUMERO_AS_N.finditer(text)
            if match["marks"] not in LATIN_NUMEROS + OCR_NUMEROS
            or _after_cyrillic(text, match.start())]


def _after_cyrillic(text: str, end: int) -> bool:
    letters = [char for char in text[max(0, end - 40):end] if char.isalpha()]
    return bool(letters) and "\u0400" <= letters[-1] <= "\u04ff"


def retyped(text: str) -> tuple[str, Retyping] | None:
    """`text` with its outer quotation pairs as «…» and its numeros typed «N», «No.» or
    «N°» as «№», and how to give the fields read back their printed marks; None when the
    note is typed as the grammar reads it already (or is no GOST_NOTE). Each mark is read
    only where the note prints none of the mark it is read as, so that it can be given
    back; a note that types «№» two ways («N 3», «No. 5») is given back the first."""
    quotes = ("\"" in text or "„" in text or "“" in text or "'" in text) and "«" not in text \
        and "»" not in text
    marks = _numeros(text) if ("N" in text or MISREAD_NUMERO in text) and NUMERO not in text \
        else []
    numero = bool(marks)
    if not (quotes or numero) or GOST_NOTE.search(text) is None:
        return None
    chars = list(text)
    printed: list[tuple[str, str, str]] = []
    if quotes:
        for start, end in _pairs(text, QUOTE_PAIRS):
            if end is None:  # left open: its kind's closing, were it printed
                printed.append((text[start + 1:], text[start], QUOTE_PAIRS[text[start]][0]))
                chars[start] = GRAMMAR_QUOTES[0]
                continue
            printed.append((text[start + 1:end], text[start], text[end]))
            chars[start], chars[end] = GRAMMAR_QUOTES
    numero_as = None
    if numero:
        numero_as = "N" if marks[0]["marks"] == "NN" else marks[0]["marks"]
        for match in reversed(marks):
            doubled = match["marks"] == "NN"
            chars[match.start():match.end()] = NUMERO * (2 if doubled else 1)
    if not printed and not numero:
        return None
    return "".join(chars), Retyping(tuple(printed), numero_as)


OWN_VALUES = (Reference, ArchivalPath, Name, Date, Leftover)
"""What a reference read from a note is made of: the reference itself (and the fallback
reading it keeps), its archival path, its names, dates and leftovers."""


def with_printed_marks(value: Any, printed: Callable[[str], str]) -> Any:
    """`value` (a reference, its fields, names, dates, leftovers, archival path) with
    `printed` applied to every string in it; the value itself when nothing in it
    changes, so that a cached reading is never written to. Only the reference's own
    values are walked (OWN_VALUES): a table entry it points to (the `ArchivalLevel` of
    an archival path's level, whose spellings hold «№») is the table's, not the note's."""
    if isinstance(value, str):
        return printed(value)
    if isinstance(value, list):
        changed = [with_printed_marks(part, printed) for part in value]
        return changed if any(a is not b for a, b in zip(changed, value)) else value
    if isinstance(value, tuple):
        changed_tuple = tuple(with_printed_marks(part, printed) for part in value)
        return changed_tuple if any(a is not b for a, b in zip(changed_tuple, value)) else value
    if isinstance(value, dict):
        changed_dict = {key: with_printed_marks(part, printed) for key, part in value.items()}
        return changed_dict if any(changed_dict[key] is not value[key] for key in value) \
            else value
    if isinstance(value, OWN_VALUES):
        copy = None
        for name, part in value.__dict__.items():
            changed_part = with_printed_marks(part, printed)
            if changed_part is not part:
                if copy is None:
                    copy = object.__new__(type(value))
                    copy.__dict__.update(value.__dict__)
                copy.__dict__[name] = changed_part
        return value if copy is None else copy
    return value
