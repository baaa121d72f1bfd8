"""A reference typed with the space after its marks dropped, read with it, and given back
as printed.

Web pages, OCR and catalogue exports drop the space after a period, a comma or a colon
(«И.Сталин,т.11,с.15–16», «М.:Наука,1975.С.5», «//Вопросы истории.1990.№5.С.3-15»,
«Лубянка.Сталин и ВЧК»). GOST 7.1-2003 (clause 4.7) and every Russian typesetter print a
space after each of those marks between two words or areas, and the grammar reads its
areas, markers, places and initials by it. A note is read here once, left to right: a
space is put after every mark glued to a letter, a digit or a mark that opens (« ( [ №,
and the dash between areas), where the mark parts two words; the marks that join
(JOINING_MARK, and those of an address) stay as printed. The fields read are given back
with the spaces put here taken out again (`Ungluing.printed`), so that a title keeps
«Лубянка.Сталин».
"""

from __future__ import annotations

import dataclasses
import re

from biblio.data.homoglyphs import LATIN_TO_CYRILLIC
from biblio.lazy_patterns import LazyPattern
from biblio.parse.reference import Reference
from biblio.parse.typography import with_printed_marks

GLUED = LazyPattern(
    r"[.,:](?:(?=[^\W_]|[«(\[№]|[—–](?!\d))(?:(?:(?<!\d[.,])|(?!\d))"
    r"(?:(?<!(?<![^\W\d_])[А-ЯЁ]\.)|(?![А-ЯЁ]\.))(?:(?<!(?<![^\W\d_])[A-Z]\.)|(?![A-Z]\.))"
    r"|(?<=(?<!\d)(?<!\d[.,])(?:1[5-9]|20)\d\d[.,])(?=\d{1,4}\s[^\W\d_]))"
    r"|(?:(?<=[^\W\d_]{5}\.)|(?<=[\d.]\.))(?=-(?:[А-ЯЁA-Z]|\d+\s?с\.)))"
    r"|\d(?<=[,\s](?:1[5-9]|20)\d\d)(?=[—–-]\d{1,4}\s?[сc](?:\.|$))"
    r"|[—–-](?<=[,\s](?:1[5-9]|20)\d\d[—–-])(?=\d{1,4}\s?[сc](?:\.|$))")
"""A period, a comma or a colon with a letter, a digit, an opening quote or bracket, the
numero or a dash right after it (the areas' dash, «.—Театр»; not a dash before a figure,
which ranges leaves or pages: «л. 54 об.–55»): the notes that may have a glued mark (a
note whose marks are all spaced, as GOST prints them, is not read here). Not a number's
or a date's mark («1,5», «12.05.2020»), nor the period between two initials («И.П.»,
«J.R.»), which join and are most of the marks glued in GOST notes; but a year's mark
before a number and a word, which parts them («Иркутск,1966.472 с.», «Суфлер.1880.1
января», «2004,320 с.»: a year is no number's whole part). And the areas' dash typed as
a hyphen glued on both sides, as catalogue records and course lists type it («курс-
конспект.-Рига, 2006», «Ред. Ершов А. П..-Новосибирск., 1979.-131 с.»): after a word
of five letters or more, a figure (a year, or a volume's number before the page:
«1957.-Т. 2.-С. 160–161») or a closed abbreviation's second period, before a
capital or an extent; not after a short abbreviation, whose hyphen joins the parts of a
compound one («Юж.-Рос.», «Сев.-Кавк.», «науч.-практ.»). Both forms open with the mark's
class, which the engine scans for, the hyphen's period tested after it by lookbehinds
that hold it: a branch of its own opened by lookbehinds left the pattern no first
character, and it was tried at every position of every note (the searches of 2,000 GOST
notes 211 → 40 M instructions, session 36).
And the areas' dash glued on both sides between the year and the extent with no period at
all, as course lists type it («Москва: ЦИТП Госстроя СССР, 1985–56с.», «Высшая школа,
1981–384 с.»): spaced on both sides, after the year's last figure and after the dash, each
branch opened by the character it reads; only after an imprint's year (after a comma or a
space) and before a number of pages («с.», its period dropped at the note's end, a Latin
«c»), which no range of years ends with."""
ADDRESS_START = LazyPattern(
    r"(?:https?|ftp)://|www\.|(?<![^\W\d_])(?i:doi)|(?<!\d)10\.\d{4,}/")
"""The start of an address or a DOI: a mark after it in its word joins («http://www.hist.
msu.ru/Labs/UkrBel/index.html», «www.rsl.ru», «doi:10.31857/S086956870000000-1»); a
mark before it parts («URL:http://…»)."""
ADDRESS_HINTS = ("/", "www", "doi", "DOI", "@")
"""What a word holds if it holds an address, a DOI or an e-mail address: a word without
them is not searched for one."""
JOINING_MARK = LazyPattern(
    r"(?<=[\d)]):(?=\d)|:(?=10\.\d{4,}/)"
    r"|(?<=(?<!\w)[a-zа-яёA-ZА-ЯЁ])\.(?=[a-zа-яё]\.)|(?<=(?<!\w)[a-z])\.(?=[A-Z]\.)"
    r"|(?<=(?<![А-ЯЁІЇЄҐ\d])[А-ЯЁІЇЄҐABEKMHOPCTX])\."
    r"(?=[А-ЯЁІЇЄҐABEKMHOPCTX](?:\.|(?![^\W\d_]|\s[а-яёa-z])))"
    r"|(?<=(?<![A-Z\d])[A-Z])\.(?=[A-Z](?:\.|(?![^\W\d_]|\s[a-z])))"
    r"|(?<=(?<![^\W\d_])(?:Ya|Yu|Ye|Yo|Zh|Kh|Ts|Ch|Sh|Вл|Вс|Дм))\.(?=[A-ZА-ЯЁ]\.)"
    r"|(?<=,)[.,:]|(?<=(?<![\w.])C)\.(?=\d)|(?<=№)\.(?=\d)"
    r"|(?:(?<=(?<![^\W\d_])[А-ЯЁ])|(?<=(?<![^\W\d_])[А-ЯЁ][а-яё])"
    r"|(?<=(?<![^\W\d_])[А-ЯЁ][а-яё]{2}))"
    r"\.(?=[—–][А-ЯЁ][а-яё]{0,2}\.)"
    r"|(?<=\w)\.(?=(?:pdf|html?|php|aspx?|docx?|xml|txt)\b)")
"""Where a mark glued to what follows it joins, and is printed so in every typography,
told at the mark by what stands around it: a file's extension («index.html»), a DOI's
colon («DOI :10.2307/270723»), a time's or a chapter's colon between figures
(«Т.2:1917–1922»), the abbreviations of one letter a word run together («т.е.», «и т.д.»,
«т.п.», «н.э.», «в т.ч.», «e.g.», «i.e.», German «a.a.O.», «z.B.»), a run of initials
(«И.И.», «J.R.R.», «H.П.» with a Latin look-alike: the grammar reads it as the initials of
one name, and so a given name's two letters before another initial, «Ya.V.», «Zh.I.» as
Russian names are romanized, «Вл.И.», «Вс.В.», «Дм.С.»; the period after its last one
parts them from a family glued to it, «И.И.Иванов»), a period or a colon after a comma
(OCR's «И. С,.Тургенев»), the numero typed with a period before its number («№.3», the
grammar reads it as «№ 3»), the Latin «C.» glued to its page (biblio.parse.locators reads
«C.72-78» as the Cyrillic «С.», and «C. 88» as an Italian archive's carta), and two places
of publication joined by a dash («М.—Л.», «М.–Пг.»: one imprint, not two areas). A
number's decimal mark and a date's («1,5», «1.236», «12.05.2020») are passed over by
GLUED; addresses are told by their word in `_cuts`."""

SITE = LazyPattern(
    r"(?<![\w.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:ru|su|com|org|net|edu|gov|info|ua|by|kz)\b"
    r"|(?<![\w.-])[а-яё-]+\.рф\b")
"""A site's name without its scheme («ru.wikipedia.org», «президент.рф»)."""

NAME_AFTER_INITIALS = LazyPattern(
    r"(?<![^\W\d_])(?:[A-ZА-ЯЁ]\.\s?)+(?<=\s)(?:[A-ZА-ЯЁ]\.){1,3}$")
"""A name's initials glued to its family right after a heading's initials, three
initials or more in all («Бялый Г.А. В.Г.Короленко. М.; Л., 1949.», «Мейлах Б.С.
А.С.Пушкин: Очерк жизни и творчества», «Михеева Л. И.И.Соллертинский: Жизнь и наследие»,
"Carpenter H. J.R.R.Tolkien: A Biography"): a heading's name has two initials at most,
so the glued name opens the title, printed as one word; parted, its initials would be
read as more of the heading's. Looked for in the WORD_AROUND characters before the mark,
up to its period; a heading's last initial glued to the title («Иванов И. И.История»,
two in all) is parted."""


WORD_AROUND = 40
"""How far a word either side of a space is looked at: a join is told by the word's last
40 characters before it and first 40 after it, so that telling it is linear in the text."""
LEFT_WORD = re.compile(r"\w*[^\w\s]*$")
"""The word before a mark and the marks after it («Лубянка.», «М.:», «1922).»)."""
RIGHT_WORD = re.compile(r"\w+|\S")
"""The word after a space, or the mark that opens it («Сталин», «11», ««», «(»)."""


AS_CYRILLIC = str.maketrans(LATIN_TO_CYRILLIC)
"""Latin look-alike letters as the Cyrillic ones: a word typed with them is read in one
script (biblio.parse.scripts), and its field holds the Cyrillic letters («H.H.Коншина»
read «Н.Н. Коншина»)."""


def _words_around(text: str, space: int) -> tuple[str, str]:
    """The words of `text` either side of the space at `space`, their look-alike letters
    Cyrillic (AS_CYRILLIC)."""
    left = LEFT_WORD.search(text, max(0, space - WORD_AROUND), space)
    right = RIGHT_WORD.match(text, space + 1, space + 1 + WORD_AROUND)
    return ((left[0] if left else "").translate(AS_CYRILLIC),
            (right[0] if right else "").translate(AS_CYRILLIC))


@dataclasses.dataclass(frozen=True)
class Ungluing:
    """The spaces put after glued marks, to be taken out of the fields read."""

    joins: frozenset[tuple[str, str]]
    """The words either side of each space put («Лубянка.», «Сталин»; «М.:», «Наука»;
    «т.», «11»): a word between two spaces put («И. Сталин, т. 11») is the right of one
    and the left of the next. A pair the note also printed spaced («С. 5» beside «С.5»)
    is not in it: its space is printed in every field."""

    def printed(self, text: str) -> str:
        """`text` (a field read from the spaced note) with the glued marks as printed."""
        if " " not in text:
            return text
        pieces, start = [], 0
        for space in (index for index, char in enumerate(text) if char == " "):
            if _words_around(text, space) in self.joins:
                pieces.append(text[start:space])
                start = space + 1
        return "".join(pieces) + text[start:] if pieces else text

    def given_back(self, reference: Reference) -> Reference:
        """`reference` (read from the spaced note) with its fields as printed, but those
        the grammar writes in one form however the note prints them (WRITTEN_IN_ONE_FORM)."""
        back = with_printed_marks(reference, self.printed)
        if back is not reference and back.fields is not reference.fields:
            for key in WRITTEN_IN_ONE_FORM:
                if key in reference.fields:
                    back.fields[key] = reference.fields[key]
        return back


WRITTEN_IN_ONE_FORM = ("archive_location",)
"""Fields the grammar writes in one form: an archive's levels in the comma form,
«ф. 1, оп. 6, д. 38», from «Ф.1.Оп.6.Д.38» as from «ф.1,оп.6,д.38»
(tests/data/dev/README.md)."""


@dataclasses.dataclass(frozen=True)
class _Word:
    """A word of the note (between two spaces) and where its marks join as an address's
    do: after the start of an address in it (ADDRESS_START), anywhere in an e-mail
    address («info@iriran.ru»), inside a site's name (SITE)."""

    end: int
    joined_from: int
    sites: tuple[tuple[int, int], ...]

    @classmethod
    def around(cls, text: str, mark: int) -> _Word:
        start = text.rfind(" ", 0, mark) + 1
        end = text.find(" ", mark)
        end = len(text) if end < 0 else end
        word = text[start:end]
        sites = tuple(site.span() for site in SITE.finditer(text, start, end))
        if not any(hint in word for hint in ADDRESS_HINTS):
            return cls(end, end, sites)
        address = ADDRESS_START.search(text, start, end)
        joined_from = start if "@" in word else end if address is None else address.start()
        return cls(end, joined_from, sites)

    def joins(self, mark: int) -> bool:
        return mark >= self.joined_from or any(start <= mark < end for start, end in self.sites)


def _name_after_initials(text: str, mark: int) -> bool:
    """Whether the period at `mark` closes a name's initials glued to its family after a
    heading's initials (NAME_AFTER_INITIALS)."""
    if text[mark] != "." or not text[mark + 1:mark + 2].isupper():
        return False
    initials = NAME_AFTER_INITIALS.search(text, max(0, mark - WORD_AROUND), mark + 1)
    return initials is not None and initials[0].count(".") >= 3


def _cuts(text: str, start: int) -> list[int]:
    """Where a space is put: after each mark glued to what follows it that does not join
    (GLUED, from `start`; a mark between two digits only after a year), told at
    its place (JOINING_MARK) and by its word (`_Word`), each word looked at once,
    whatever its marks."""
    cuts: list[int] = []
    word: _Word | None = None
    for match in GLUED.finditer(text, start):
        mark = match.start()
        after_year = text[mark] != ":" and text[mark - 1:mark].isdigit() \
            and text[mark + 1].isdigit()
        if not after_year:  # a year's mark before a number and a word always parts (GLUED)
            if JOINING_MARK.match(text, mark) is not None or _name_after_initials(text, mark):
                continue
            if word is None or mark >= word.end:
                word = _Word.around(text, mark)
            if word.joins(mark):
                continue
        cuts.append(match.end())
    return cuts


def unglued(text: str) -> tuple[str, Ungluing] | None:
    """`text` with a space after each mark glued to the word after it that parts two
    words, and how to give the fields read back as printed; None when no mark is glued
    so. Linear in the text but for a word of many glued marks: one pass of GLUED, each
    mark found told at its place and in its word (`_cuts`), and each space's words
    looked at within WORD_AROUND."""
    if (first := GLUED.search(text)) is None:
        return None
    cuts = _cuts(text, first.start())
    if not cuts:
        return None
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    spaced = " ".join(pieces)
    put = {cut + number for number, cut in enumerate(cuts)}
    joins, printed_spaced = set(), set()
    for space in (index for index, char in enumerate(spaced) if char == " "):
        (joins if space in put else printed_spaced).add(_words_around(spaced, space))
    return spaced, Ungluing(frozenset(joins - printed_spaced))
