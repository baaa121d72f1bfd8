"""A heading the grammar read into the title, read again (issue 9).

The grammar knows a heading by the forms GOST prints (`names.parse_heading`,
`parse_initials_first`, `parse_full_name_heading`); a heading printed otherwise is read
as the title's first words, or the reference is not read at all, and the work loses its
author and its title. Notes print headings in a few wider forms, each common to many
sources:

- several names initials first, joined by «и» or commas, as Soviet notes print the
  authors of one work («К. Маркс и Ф. Энгельс. Соч.», «Л. М. Добровольский и М. И.
  Малова. Рукописи …», «И. Ильф, Е. Петров. Двенадцать стульев»);
- a heading closed by a colon or a dash where GOST puts a period, in old and in
  Ukrainian notes («М. Возняк: Історія української літератури», «А. Попов: Вліяніе …»,
  «Карамзин Н. М.: История …», «Н. Карамзин — История …»);
- initials typed otherwise: the last without its period, before another name or initials
  first («Морозов Б И, Фадеев В. Е., …», «Гусева, Е.Н, and О.Р Бородин.»), or in lower
  case after the family («Маркс к., Энгельс ф. Соч.»);
- a rank, holy order or title of nobility before the name (`data.ranks`: «Прот. Г.
  Флоровский.», «Свящ. П. Флоренский.», «Акад. Е. В. Тарле.», «Кн. Петр Долгоруков.») or
  after a name family first («Бутурлин М. Д., граф. Записки»), which the grammar took for a
  family or a title, and a name in religion beside its holy order («Митрополит Вениамин
  (Федченков).», «Никодим (Милаш), епископ Далматинско-Истринский.»);
- a stray mark before the heading, left by OCR or a copied list («' Ильинский М. В.»);
- a heading in square brackets, an author the work does not name («[Карамзин Н. М.]
  Записка о древней и новой России»);
- given names cut short («Анат. Бурнакин.», «Ж.-Ж. Руссо.»), a given name written out
  with a middle initial («Ричард Э. Пайпс.»), or before a family common as a word
  («Жорес Медведев.»), or a title in quotation marks closing the heading («И. Иванов
  «История края»»);
- a heading with no mark at all before the title, after a family that ends as Russian
  families do («О.О. Орлова Қазіргі …», «Н.И. Волкова, …, Е.Д. Мусатова Методические …»),
  and a second person sharing the family of the first, printed once after «и», "and"
  or "und" («Стругацкий А. и Б. Пикник на обочине», «Dupuy R. E. and T. N. The Compact
  History …»), or initials first with the family once after both («А. и Б. Стругацкие.»);
- the names of journal sites' export lines, the last after a comma and a conjunction
  («Аббакумова, Н.П., и М.А. Аветисов.», «Гусева, Е., & Бородин, О.»), and the year that
  author-date styles print after them («(2007).», «. 2006.»), which gives `issued`.

The wider forms are tried only where the grammar's reading shows the heading was missed:
it read no author, or a rank or a given name as the author's family, or the family with
its given name cut short («Кулешов Вяч.» and the title «С. Фрагменты …»), or a first name and
a title that opens with the next («И. И. Иванов, П. П. Петров, История края»), or with a
conjunction and the next («…, и В. И. Очкуров. 2006.»), and its title opens with the
heading's words as printed; or it read nothing at all. The rest is read by the grammar,
and its reading is taken when it keeps every variable and the locator the whole reading
had; the rank and a stray mark are kept as the reading's leftover, reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from biblio.data.given_names import GIVEN_NAMES
from biblio.data.known_names import NAMES_IN_RELIGION
from biblio.data.ranks import FATHER, RANKS, is_rank
from biblio.data.reference_terms import DOCUMENT_NOUNS, SINGLE_LETTER_TERMS
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date, Leftover, Name
from biblio.parse.names import (CONJUNCTION, LETTERS, PLACE_NAMES, REPEAT_WORDS, UPPER,
                                is_given_abbreviation, known_name_heading,
                                may_be_unknown_given, name_opening_title,
                                parse_full_name_heading)
from biblio.parse.reference import Reference
from biblio.russian_names import has_surname_ending

_INITIAL = rf"[{UPPER}][a-zа-яё]?\.(?:-[{UPPER}][a-zа-яё]?\.)?"
"""An initial: "К.", "Дж.", "Yu.", "Вл.", "Ж.-Ж."."""
_CUT_GIVEN = rf"[{UPPER}][a-zа-яё]{{2,4}}\."
"""A given name cut short: "Анат.", "Конст." (`is_given_abbreviation` tells them from
other words)."""
_GIVEN = rf"(?:{_CUT_GIVEN}|{_INITIAL})(?:\s?{_INITIAL}){{0,2}}"
_FAMILY = rf"[{UPPER}][^\W\d_]++(?:-[{UPPER}][^\W\d_]++)?"
"""A capitalised family, perhaps double. Its letters are possessive: in every pattern below a
space, a comma, a parenthesis or the end follows it, never a letter, so a shorter run cannot
match where the longest failed, and a title's first word is not tried letter by letter
(issue 9)."""
INITIALS_FIRST_NAME = re.compile(rf"(?P<given>{_GIVEN})\s?(?P<family>{_FAMILY})")
"""A name initials first: "К. Маркс", "Л. М. Добровольский", "А.А.Иванов", "Анат.
Бурнакин"."""
FAMILY_FIRST_NAME = re.compile(rf"(?P<family>{_FAMILY})\s?,?\s(?P<given>{_GIVEN})")
"""A name family first: "Маркс К.", "Карамзин Н. М.", "Мясникова, Л. А.", and "Матвеев , А.
В.", "Настенко , Л. Г." (a space before the comma, as journal sites' export lines print
the first name)."""
_UNCLOSED_GIVEN = rf"[{UPPER}]\.?\s?[{UPPER}](?![^\W\d_]|\.)"
"""Two initials, the last typed without its period: "Б И", "Е.Н", "О.Р", "А. Є"."""
FAMILY_FIRST_UNCLOSED = re.compile(rf"(?P<family>{_FAMILY}),?\s(?P<given>{_UNCLOSED_GIVEN})")
"""A name family first whose last initial lost its period ("Морозов Б И", "Гусева, Е.Н"):
taken only before another name ("Морозов Б И, Фадеев В. Е., …", "Гусева, Е.Н, and О.Р
Бородин."), since before a title the letter may open it ("Васильев Б. А зори здесь
тихие")."""
INITIALS_FIRST_UNCLOSED = re.compile(rf"(?P<given>{_UNCLOSED_GIVEN})\s(?P<family>{_FAMILY})")
"""A name initials first whose last initial lost its period: "О.Р Бородин", "А. Є Буяк"."""
FAMILY_FIRST_LOWER = re.compile(
    rf"(?P<family>{_FAMILY}),?\s(?P<given>[а-яё]\.(?:\s?[а-яё]\.)?)(?!\s?\d)")
"""A name family first whose initials lost their capitals, as text recognition or a list
typed in lower case gives them: "Маркс к., Энгельс ф. Соч." (a textbook's notes); not
before a number, where the letter is a term ("Энгельс, т. 3"), and no initial a one-letter
term (`_lower_initials`), so that "Мясникова, л. а." of a list typed in lower case stays
unread."""
INITIALS_OTHERWISE_OPENING = re.compile(
    rf"[{UPPER}][.\s{UPPER}]|{_FAMILY},?\s(?:[{UPPER}][.\s{UPPER}]|[а-яё]\.)")
"""How INITIALS_FIRST_UNCLOSED, FAMILY_FIRST_UNCLOSED and FAMILY_FIRST_LOWER open (a
capital before a period, a space or a capital; or a family before such a capital or a
lower-case letter's period): tested once before the three, which most titles fail."""
GIVEN_INITIAL_FAMILY = re.compile(
    rf"(?P<first>{_FAMILY})\s(?P<initial>[{UPPER}]\.)\s(?P<family>{_FAMILY})")
"""A given name, a middle initial and the family, as Russian translations print American
authors: "Стивен Ф. Коэн", "Ричард Э. Пайпс", "Роберт К. Такер"."""
GIVEN_FIRST = re.compile(rf"(?P<given>{_FAMILY})\s(?P<family>{_FAMILY})")
"""Two capitalised words, a given name and a family or not (`_given_first` decides)."""
NAME_SEPARATOR = LazyPattern(rf",?\s(?:{CONJUNCTION})\s|,\s|(?<=\.)(?:{CONJUNCTION})\s")
"""Between the names of one heading: a comma, a conjunction, or both; or a conjunction
typed close up to an initial's period ("Dupuy R. E.and T. N.")."""
CLOSE_AFTER_WORD = LazyPattern(rf"(?:\.|:|\s[—–]|,)\s(?=[«\"„“{UPPER}\d])|\s(?=[«\"„“])")
"""What closes a heading that ends with a family: a period (GOST), a colon, a dash, or a
comma, before the title; or nothing before a title in quotation marks, which close it
themselves ("И. Иванов «История края»")."""
QUOTED_TITLE_ALONE = LazyPattern(r"«[^«»]{2,200}»\.?")
"""A title in quotation marks and nothing after it but a period: a person's name before it
makes a reference of the note ("Р. Исмаилов «Последний блиц».", batch 46: a book on 1941
repeating an article of a collection by its author and title), where a name and a word
would not."""
CLOSE_AFTER_INITIAL = LazyPattern(rf"(?::|\s[—–])?\s(?=[«\"„“{UPPER}\d])")
"""What closes a heading that ends with an initial's period: the period, or a colon or a
dash after it."""
UNCLOSED_BEFORE_TITLE = LazyPattern(rf"\s(?=[{UPPER}][^\W\d_])")
"""A heading that ends with a family and no mark, before the title's first capital, as
lists typed by hand drop the period: "О.О. Орлова Қазіргі қоғамдағы …" (a Kazakh
university's list), "Н.И. Волкова, Е.А. Кузнецова, Е.Д. Мусатова Методические рекомендации
издателя" (an academy's guide). Taken only after a family that ends as Russian families do
(`_closes_unmarked`): a word with no such ending may be a title's first ("Попович Т. М., А.
Є Буяк Управління якістю", a Ukrainian syllabus, stays unread for it)."""
ATTRIBUTED_END = re.compile(r"\]\.?")
"""The end of a heading in square brackets, an author the work does not name, supplied
from other sources as GOST 7.1-2003 brackets what it takes from outside the source
("[Карамзин Н. М.] Записка о древней и новой России")."""
RANK = re.compile(r"(?P<rank>[^\W\d_]+(?:-[^\W\d_]+)?\.?)\s")
"""A word before a name, a rank when `data.ranks` holds it: "Прот.", "Митрополит"."""
NAME_IN_RELIGION = re.compile(rf"[{UPPER}][а-яё]+\s\({_FAMILY}\)")
"""A monk's or bishop's name in religion with the secular family in parentheses, the
heading GOST 7.80-2000 gives a person known by a name in religion: "Вениамин
(Федченков)", "Никон (Рклицкий)", "Никодим (Милаш)". Read only beside a holy order, before
it ("Митрополит Вениамин (Федченков). На рубеже двух эпох") or after it with the see
("Никодим (Милаш), епископ Далматинско-Истринский. Правила …"), or alone when the name
in religion is one bishops and monks bear (`data.known_names.NAMES_IN_RELIGION`: "Макарий
(Булгаков). История русской церкви"); the name is kept whole, as the heading prints it,
for neither word is a family and a given name."""
RELIGION_CLOSE = LazyPattern(rf"\.\s(?=[«\"„“{UPPER}])")
"""The heading's period after a name in religion with no holy order, before the title."""
NAME_ALONE = re.compile(rf"[{UPPER}][а-яё]+")
"""A name in religion printed alone, beside its holy order: "Игумения Таисия. Записки",
"Игнатия, монахиня. Церковные песнотворцы" (church editions name monks and nuns so, no
secular family given)."""
RANK_AFTER = LazyPattern(
    rf",?\s(?P<rank>[а-яё]+\.?)(?:\s(?:и\s)?[{UPPER}][^\s.,]*){{0,4}}\.\s(?=[«\"„“{UPPER}])")
"""A holy order after a name in religion, with its see: ", епископ Далматинско-Истринский. ";
church editions' title pages print it without the comma too ("Игнатия монахиня. ")."""
FAMILY_FATHER_GIVEN = LazyPattern(
    rf"(?P<family>[{UPPER}][а-яё]+(?:-[{UPPER}][а-яё]+)?),\s(?P<rank>{re.escape(FATHER)})\s"
    rf"(?P<given>[{UPPER}][а-яё]+)\.\s(?=[«\"„“{UPPER}])")
"""A priest's heading with «о.» (отец) before his given name, the family first, as Russian
church-history notes print it: "Булгаков, о. Сергий. Свет невечерний", "Флоренский, о.
Павел. Столп и утверждение истины", "Шмеман, о. Александр. Исторический путь". The rank
is reported and dropped, as the dev set drops a married priest's (tests/data/dev)."""
RANK_AFTER_NAME = LazyPattern(r",\s(?P<rank>[а-яё]+\.?)(?=[.,]?\s)(?!\.?\s?\d)")
"""A title of nobility or a rank after a name family first, before the heading's close:
"Бутурлин М. Д., граф. Записки" (`data.ranks` tells it from other words); not before a
number, where "кн." is a book's ("Соловьев С. М., кн. 3. История России"), as the rank
before a name is not."""
STRAY_MARK = re.compile(r"(?P<mark>['‘’`´*^~]+)\s?(?=[^\W\d_])")
"""A mark no reference opens with, before a letter: an OCR speck or a copied bullet."""
AUTHOR_DATE_YEAR = LazyPattern(
    r"\s\((?P<parenthesized>\d{4})\)\.\s|\.\s(?P<bare>\d{4})\.\s")
"""The year that author-date styles print right after the names, before the title: APA's
in parentheses ("Гусева, Е., & Бородин, О. (2007). Типология библиотек.", "Рибак, А., …, &
Целовальнікова, О. (2012).") and Chicago author-date's after a period ("Матвеев , А. В.,
и В. И. Очкуров. 2006. "Влияние …"", after the last name's family); a year with no
period after it ("1937—1938: …") opens the title."""
MOST_NAMES = 4
"""Names a heading may hold: GOST 7.1-84 put up to three in the heading."""

LEFTOVER_RANK = "a rank or holy order before a heading's name"
LEFTOVER_RANK_AFTER = "a holy order and see after a name in religion"
LEFTOVER_MARK = "a stray mark before a heading"
LEFTOVER_RANK_AFTER_NAME = "a rank or title of nobility after a heading's name"


class Heading(NamedTuple):
    """A heading's names, where the title begins after it, what was read around the names
    (a rank, a stray mark), and the year an author-date style prints after them."""

    names: list[Name]
    end: int
    leftover: list[Leftover]
    year: Date | None = None


def heading_names(text: str) -> Heading | None:
    """The heading in one of the wider forms at the start of `text`; None when `text`
    opens with no such heading."""
    position, leftover = 0, []
    stray = STRAY_MARK.match(text)
    if stray:
        leftover.append(Leftover(stray["mark"], LEFTOVER_MARK))
        position = stray.end()
    rank = RANK.match(text, position)
    if rank and rank["rank"].lower() in RANKS:
        leftover.append(Leftover(rank["rank"], LEFTOVER_RANK))
        position = rank.end()
        person, end = parse_full_name_heading(text[position:])
        if person is not None:  # "Протоиерей Георгий Флоровский. Пути …"
            return Heading([person], position + end, leftover)
        religion = NAME_IN_RELIGION.match(text, position) or NAME_ALONE.match(text, position)
        if religion and text.startswith(". ", religion.end()):  # "Архиепископ Никон (…). ",
            # "Игумения Таисия. "
            return Heading([Name(literal=religion[0])], religion.end() + 2, leftover)
    religion = NAME_IN_RELIGION.match(text, position)
    if religion is None and (alone := NAME_ALONE.match(text, position)) and (
            text.startswith(", ", alone.end()) or text.startswith(" ", alone.end())
            and text[alone.end() + 1: alone.end() + 2].islower()):
        religion = alone  # "Игнатия, монахиня. Церковные песнотворцы", and without the
        # comma: "Игнатия монахиня. Церковные песнотворцы"
    after = religion and RANK_AFTER.match(text, religion.end())
    if after and is_rank(after["rank"]):
        # "Никодим (Милаш), епископ …. Правила", "Иларион (Алфеев), митр. Духовный мир …"
        # (the order abbreviated, GOST 7.0.12: its period is the heading's)
        leftover.append(Leftover(after[0].strip(" ,."), LEFTOVER_RANK_AFTER))
        return Heading([Name(literal=religion[0])], after.end(), leftover)
    if religion and religion[0].split(" ", 1)[0] in NAMES_IN_RELIGION and \
            RELIGION_CLOSE.match(text, religion.end()):  # "Макарий (Булгаков). История …"
        return Heading([Name(literal=religion[0])], religion.end() + 2, leftover)
    father = FAMILY_FATHER_GIVEN.match(text, position)
    if father and _may_be_family(father["family"]):  # "Булгаков, о. Сергий. Свет невечерний"
        leftover.append(Leftover(father["rank"], LEFTOVER_RANK))
        return Heading([Name(family=father["family"], given=father["given"])], father.end(),
                       leftover)
    known = known_name_heading(text[position:])
    if known is not None:  # "Геродот. История …", "Лев Диакон. История"
        return Heading([known[0]], position + known[1], leftover)
    bracketed = text.startswith("[", position)  # "[Карамзин Н. М.] Записка …"
    found = _given_first(text, position + bracketed) or _name_list(text, position + bracketed) \
        or _shared_family_initials_first(text, position + bracketed)
    if found is None:
        return None
    names, position = found
    if bracketed:
        closed = ATTRIBUTED_END.match(text, position)
        if closed is None:
            return None
        position = closed.end()
    rank_after = RANK_AFTER_NAME.match(text, position)
    if rank_after and is_rank(rank_after["rank"]):  # "Бутурлин М. Д., граф. Записки"
        rank = rank_after["rank"]  # "граф." loses the heading's period, "кн." keeps its own
        leftover.append(Leftover(rank if rank.lower() in RANKS else rank.removesuffix("."),
                                 LEFTOVER_RANK_AFTER_NAME))
        position = rank_after.end()
    year = AUTHOR_DATE_YEAR.match(text, position)
    if year:
        printed = year["parenthesized"] or year["bare"]
        return Heading(names, year.end(), leftover, Date(parts=[[int(printed)]]))
    close = (CLOSE_AFTER_INITIAL if text[position - 1] in ".]" else CLOSE_AFTER_WORD) \
        .match(text, position)
    if close is None and _closes_unmarked(names[-1], text, position):
        close = UNCLOSED_BEFORE_TITLE.match(text, position)
    if close is None:
        return None
    return Heading(names, close.end(), leftover)


def _closes_unmarked(last: Name, text: str, position: int) -> bool:
    """Whether a heading may end at `position` with no mark (UNCLOSED_BEFORE_TITLE): it
    ends with the family of its last name, printed after its initials (a given name
    written out is no sign of a name: "Конституция Российской Федерации" is a title),
    that family ends as Russian families do (`russian_names.has_surname_ending`), and the
    next word does not: two such words in a row may be a double family typed without its
    hyphen ("Н. А. Римский Корсаков") or the next name of a list typed without commas."""
    family = last.family or ""
    following = LETTERS.match(text, position + 1)
    return (last.given or "").endswith(".") and text.endswith(family, 0, position) and \
        has_surname_ending(family) and not (following and has_surname_ending(following[0]))


def _name_list(text: str, position: int) -> tuple[list[Name], int] | None:
    """Names with initials, in either order, joined by commas or a conjunction, at
    `position`, and where they end."""
    names: list[Name] = []
    match = _name_with_initials(text, position)
    while match is not None:  # each name is matched once: the test for a following one
        if not _may_be_family(match["family"]) or not is_given_abbreviation(match["given"]):
            return None
        title_name = name_opening_title(text, match.start("given"), match.end("given")) \
            if match.re is FAMILY_FIRST_NAME else None
        if title_name is not None:  # "Михеева Л. И. И. Соллертинский: Жизнь и наследие"
            return [*names, Name(family=match["family"], given=title_name[0])], title_name[1]
        names.append(Name(family=match["family"], given=match["given"].strip()))
        separator = NAME_SEPARATOR.match(text, match.end())
        following = separator and _name_with_initials(text, separator.end())
        shared = _shared_family_given(text, separator, following) \
            if match.re is FAMILY_FIRST_NAME else None
        if shared is not None:  # "Стругацкий А. и Б. Пикник на обочине": one family
            names.append(Name(family=match["family"], given=shared["given"]))
            return names, shared.end()
        if not following and match.re is FAMILY_FIRST_NAME:
            following = _name_after_space(text, match.end())  # "Малахова А.Н. Прокуронова Е.А."
        if not following:
            return None if match.re is FAMILY_FIRST_UNCLOSED else (names, match.end())
        if len(names) == MOST_NAMES:
            return None  # more names than a heading lists: no heading
        match = following
    return None


def _name_after_space(text: str, end: int) -> re.Match[str] | None:
    """The next name family first after a name family first and a space alone, as lists
    typed by hand drop the comma between authors: "Малахова А.Н. Прокуронова Е.А.
    Железобетонные монолитные перекрытия …" (the dev set's ru-gost-1307), "Иванов И.И.
    Петров П.П. История края"; only a family that ends as Russian families do, its
    initials closed by their periods, so that a title opening with a word and a letter
    ("Сидоров А. А. Москва Т. 1") is no name."""
    if not text.startswith(". ", end - 1):
        return None
    following = FAMILY_FIRST_NAME.match(text, end + 1)
    if following is None or not has_surname_ending(following["family"]) or \
            not text.endswith(".", 0, following.end()) or \
            text[following.end(): following.end() + 1].isalpha():
        return None
    return following


SHARED_FAMILY_GIVEN = LazyPattern(rf"(?P<given>{_INITIAL}(?:\s?{_INITIAL})?)(?=\s[{UPPER}])")
"""The initials of a second person after a conjunction, who shares the family of the name
before it, printed once: "Стругацкий А. и Б. Пикник на обочине" (the brothers' books),
"Webb S. and B. Industrial Democracy" (husband and wife), "Dupuy R. E. and T. N. The Compact
History of the Civil War" (father and son), "Grimm J. und W. Deutsches Wörterbuch"."""


SHARED_FAMILY_INITIALS_FIRST = LazyPattern(
    rf"(?P<first>{_INITIAL}(?:\s?{_INITIAL})?)\s(?:{CONJUNCTION})\s"
    rf"(?P<second>{_INITIAL}(?:\s?{_INITIAL})?)\s?(?P<family>{_FAMILY})")
"""Two persons of one family initials first, the family printed once after both, as
title pages and notes name brothers: "А. и Б. Стругацкие. Пикник на обочине", "Э. и Ж.
Гонкур. Дневник" (the Russian editions of the Goncourts' journal). The family is kept as
printed, in the plural too ("Стругацкие")."""


def _shared_family_initials_first(text: str, position: int) -> tuple[list[Name], int] | None:
    """The two names of SHARED_FAMILY_INITIALS_FIRST at `position`, the family each's."""
    match = SHARED_FAMILY_INITIALS_FIRST.match(text, position)
    if match is None or not _may_be_family(match["family"]):
        return None
    family = match["family"]
    return [Name(family=family, given=match["first"]),
            Name(family=family, given=match["second"])], match.end()


NAME_END = frozenset(".,:;")
"""The marks that close a name initials first after a conjunction: it is the second
person's own ("Маркс К. и Ф. Энгельс. Соч.", "and E. Davoine, 'Variables …'")."""


def _shared_family_given(text: str, separator: re.Match[str] | None,
                         following: re.Match[str] | None) -> re.Match[str] | None:
    """The initials after a conjunction (SHARED_FAMILY_GIVEN) and a name printed family
    first, when no name of its own follows them: no family after them, or only a word
    that no mark closes, the title's first ("Б. Пикник на обочине", "T. N. The Compact
    History"); "Маркс К. и Ф. Энгельс. Соч." names a second family. Initials first, the
    family comes after each name ("К. Маркс и Ф. Энгельс об искусстве", a title)."""
    if separator is None or "," in separator[0] or not separator[0].strip():
        return None
    if following is not None and (following.re is not INITIALS_FIRST_NAME
                                  or text[following.end():following.end() + 1] in NAME_END
                                  or has_surname_ending(following["family"])):
        return None
    return SHARED_FAMILY_GIVEN.match(text, separator.end())


def _name_with_initials(text: str, position: int) -> re.Match[str] | None:
    """A name with its initials at `position`, in either order, its last initial's period
    perhaps lost: read so only where the initials with their periods end before a letter
    ("Гусева, Е.Н, and …") or are not found ("Морозов Б И, …")."""
    closed = INITIALS_FIRST_NAME.match(text, position) or FAMILY_FIRST_NAME.match(text, position)
    if closed and not text[closed.end():closed.end() + 1].isalpha():
        return closed
    if not INITIALS_OTHERWISE_OPENING.match(text, position):
        return closed  # most titles: their first words are no initials typed otherwise
    lower = FAMILY_FIRST_LOWER.match(text, position)
    return INITIALS_FIRST_UNCLOSED.match(text, position) or \
        FAMILY_FIRST_UNCLOSED.match(text, position) or closed or \
        (lower if lower and _lower_initials(lower["given"]) else None)


LETTER = re.compile(r"[^\W\d_]")
"""One letter of lower-case initials, each compared with the one-letter terms."""


def _lower_initials(given: str) -> bool:
    """Whether lower-case letters may be initials: none is a one-letter term ("с." page,
    "т." volume, "л." leaf, "г." year, "в." century) and they are not «о.», a priest's
    rank ("Булгаков, о. Сергий")."""
    return SINGLE_LETTER_TERMS.isdisjoint(LETTER.findall(given)) and \
        not given.startswith(FATHER)


def _given_first(text: str, position: int) -> tuple[list[Name], int] | None:
    """A name given first at `position`, with no initial for its given name: a known
    given name, a middle initial and the family ("Стивен Ф. Коэн"), or a Cyrillic given
    name and a family that ends as Russian families do, however common it is as a word
    ("Жорес Медведев", "Рой Медведев": `names._unknown_given_first` takes only rare
    families, having no such evidence); an unknown given name passes the same tests as
    there (`names.may_be_unknown_given`)."""
    middle = GIVEN_INITIAL_FAMILY.match(text, position)
    if middle and middle["first"] in GIVEN_NAMES and _may_be_family(middle["family"]):
        given = f"{middle['first']} {middle['initial']}"
        return [Name(family=middle["family"], given=given)], middle.end()
    pair = GIVEN_FIRST.match(text, position)
    if pair is None or not has_surname_ending(pair["family"]) or \
            not _may_be_family(pair["family"]):
        return None
    given, family = pair["given"], pair["family"]
    if given not in GIVEN_NAMES and not may_be_unknown_given(given, family):
        return None
    return [Name(family=family, given=given)], pair.end()


def _may_be_family(word: str) -> bool:
    """Whether a capitalised word may be a family: not a document's noun ("Письмо"), a
    repeat's word, a place, an acronym, nor a rank."""
    return word not in DOCUMENT_NOUNS and word not in REPEAT_WORDS and \
        word not in PLACE_NAMES and not word.isupper() and word.lower() not in RANKS


def missed_heading(reading: Reference) -> bool:
    """Whether the grammar's reading may have missed a heading: a work with no author, or
    with a rank or a given name for the family of its first ("Протоиерей Георгий
    Флоровский", "Стивен Ф. Коэн"), or nothing read."""
    if reading.kind == "comment":
        return True
    if reading.kind != "work" or reading.short or reading.same_author:
        return False
    authors = reading.fields.get("author")
    if not authors:
        return True
    family = authors[0].family or ""  # a rank, or a given name before its middle initial
    title = reading.fields.get("title")
    return family.lower() in RANKS or family in GIVEN_NAMES and len(authors) == 1 or \
        isinstance(title, str) and (_opens_with_name(title)  # "И. И. Иванов, П. П. Петров, …"
                                    or _opens_with_rank(title))  # "граф. Записки"


SHARED_FAMILY_OPENING = LazyPattern(
    rf"(?:[{UPPER}]\.\s?)?(?:{CONJUNCTION})\s{_INITIAL}(?:\s?{_INITIAL})?\s(?={_FAMILY}\s)")
"""How a title opens when the grammar's heading stopped before a second person who shares
the first one's family (SHARED_FAMILY_GIVEN): the conjunction and the initials ("and B.
Industrial Democracy"), after the first person's last initial too when the conjunction is
typed close up to it ("E.and T. N. The Compact History"), before a word no mark closes;
a word closed by one is the family of a second name ("and A. Filinski. Representing
control", "and E. Davoine, 'Variables …'", "and T. J. Crovello. 1982.", which the labeller
reads)."""


def missed_shared_family(reading: Reference) -> bool:
    """Whether the grammar's reading of a work stopped its heading before a second person
    sharing the family of the first (SHARED_FAMILY_OPENING): the one wider form looked for
    in Latin-script references too, whose heading the labeller does not read otherwise."""
    title = reading.fields.get("title")
    return reading.kind == "work" and bool(reading.fields.get("author")) and \
        isinstance(title, str) and SHARED_FAMILY_OPENING.match(title) is not None


LEADING_CONJUNCTION = LazyPattern(rf"(?:{CONJUNCTION})\s|[{UPPER}],\s")
"""A conjunction opening a title: the grammar's heading, family first, stopped at the
comma and conjunction before a last name ("Гусева, Е. Н., и О. Р. Бородин."); or a
capital alone before a comma, the last initial of a name the grammar's heading read
without it, its period lost ("Морозов Б И, Фадеев В. Е., …": the title "И, Фадеев …")."""


def _opens_with_name(title: str) -> bool:
    """Whether a title opens with a name with its initials, in either order, or with a
    conjunction and such a name: the end of a list of names whose last the grammar's
    heading did not read, as journal sites' export lines join it ("Матвеев, А. В., и
    В. И. Очкуров. 2006.", "Гусева, Е. Н., and О. Р. Бородин.", "…, & Бородин, О.")."""
    conjunction = LEADING_CONJUNCTION.match(title)
    return _name_with_initials(title, conjunction.end() if conjunction else 0) is not None


OPENING_WORD = LazyPattern(r"[а-яё]+\.?(?=[.,]?\s)")
"""A title's first word in lower case, before a space or the period or comma of an area."""


def _opens_with_rank(title: str) -> bool:
    """Whether a title opens with a rank or title of nobility in lower case, the end of a
    heading the grammar did not read whole ("Бутурлин М. Д., граф. Записки"); most titles
    open with a capital, which no pattern is tried on."""
    word = OPENING_WORD.match(title) if title[:1].islower() else None
    return word is not None and is_rank(word[0])


def read_heading_in_title(body: str, reading: Reference,
                          read: Callable[[str], Reference]) -> Reference | None:
    """`body` (the reference after its lead-in) read again with the heading at its start
    taken apart, when the grammar's `reading` of it missed that heading; None when there
    is no such heading or the rest, read by `read`, loses what `reading` had."""
    found = heading_names(body)
    if found is None:
        return None
    names, start, leftover, year = found
    if reading.kind == "work" and (not _opens_with(reading, body[:start])
                                   or (_names_as_read(names) == _names_as_read(reading.fields)
                                       and not _opens_with_rank(
                                           str(reading.fields.get("title"))))):
        return None
    again = read(body[start:])
    quoted = QUOTED_TITLE_ALONE.fullmatch(body, start) is not None
    if again.kind == "comment" and (year is not None or quoted) and "title" in again.fields:
        again.kind = "work"  # a title read as no reference for want of a heading or a year,
        # both of which the author-date heading had ("Гусева, Е., & Бородин, О. (2007).");
        # or a title in quotation marks alone after the name ("Р. Исмаилов «Последний
        # блиц».", a note's repeat with no page)
    if again.kind != "work" or "title" not in again.fields or "author" in again.fields:
        return None
    if reading.kind == "work" and not _keeps(again, reading):
        return None
    if reading.kind == "comment" and not (again.locator or len(again.fields) > 1 or quoted):
        return None  # a name and a word: no reference shows
    again.fields = {"author": names, **again.fields}
    if year is not None:
        again.fields.setdefault("issued", year)
    again.text, again.prefix = reading.text, reading.prefix
    again.leftover.extend(leftover)
    return again


def without_stated_heading(title: str, stated: Name) -> str:
    """`title` without the heading that opens it unclosed, when the statement of
    responsibility names the same person first: the family alone ("Тарасов Методичні
    питання … / В. І. Тарасов", a university library's export) or with the given name the
    statement writes out ("Якимчук, Олена Музичне життя … / Олена Якимчук", a music
    academy's catalogue), GOST 7.1-2003's heading repeated after "/" with no period
    closing it. The title after it opens with a capital ("Тарасов и его время" keeps its
    family)."""
    family = stated.family or ""
    if not family or not title.startswith(family):
        return title
    rest = title[len(family):]
    written = f", {stated.given} "
    if stated.given and rest.startswith(written):
        rest = rest[len(written):]
    elif rest.startswith(" "):
        rest = rest[1:]
    else:
        return title
    return rest if rest[:1].isupper() else title


REPEATED_HEADING = LazyPattern(rf"\s(?P<given>{_GIVEN})\s?(?P<family>{_FAMILY})$")
"""Initials and a family closing a title: the heading's statement of responsibility with
its " / " dropped."""


def without_repeated_heading(title: str, heading: Name) -> str:
    """`title` without the heading's name repeated at its end, GOST 7.1-2003's statement of
    responsibility ("… / В. Я. Петрухин") with the slash a catalogue's export without its
    punctuation drops: "Петрухин,В. Я. Начало этнокультурной истории Руси IХ-XI веков В. Я.
    Петрухин — Смоленск Русич 1995", "СУХОРУКОВ,К. ОБЯЗАТЕЛЬНЫЙ ЭКЗЕМПЛЯР: ТИПЫ И ВИДЫ К.
    СУХОРУКОВ // БИБЛИОТЕКА" (a Poltava library's Koha exports). The same family, and
    initials that agree with the heading's; a title ending in another person's name keeps
    it ("Воспоминания о Л. Н. Толстом")."""
    family = heading.family or ""
    if not family or not title.endswith(family[-3:]):
        return title
    repeated = REPEATED_HEADING.search(title)
    if repeated is None or repeated["family"].casefold() != family.casefold() or \
            _letters(repeated["given"]) != _letters(heading.given or ""):
        return title
    return title[: repeated.start()]


def _letters(given: str) -> str:
    return "".join(char.casefold() for char in given if char.isalpha())


_WORD = re.compile(r"[^\W_][^\W_]*+")
"""A run of letters and figures, a word as `_opens_with` compares them; opened by one such
character, which the engine scans for (a pattern that opens with a repeat is tried at
every position). Found at once, not by replacing what parts them with spaces and
splitting: the same words in about two thirds of the time."""


def _opens_with(reading: Reference, printed: str) -> bool:
    """Whether the reading's title opens with the words of the printed heading that its
    authors do not hold: the heading, or its end, was read into the title."""
    left = _WORD.findall(printed)
    for name in reading.fields.get("author") or []:
        for word in _WORD.findall(str(name)):
            if word in left:
                left.remove(word)
    title = _WORD.findall(str(reading.fields.get("title", "")))
    return title[: len(left)] == left


def _names_as_read(fields: dict[str, object] | list[Name]) -> list[tuple[str | None, str]]:
    """The family names of a reading's authors, or of a list of names, each with its given
    name's letters: a reading that took the family but cut the given name short ("Иванов
    Вяч." and the title "Вс. Чет и нечет") did not read the heading."""
    names = (fields.get("author") or []) if isinstance(fields, dict) else fields
    return [(name.family, "".join(LETTERS.findall(name.given or ""))) for name in names
            if isinstance(name, Name)]


def _keeps(again: Reference, reading: Reference) -> bool:
    """Whether `again` keeps every variable of `reading` beside its title and author, and
    its locator."""
    kept = set(reading.fields) - {"title", "author"}
    return kept <= set(again.fields) and (reading.locator is None
                                          or again.locator == reading.locator)
