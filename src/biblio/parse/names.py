"""Personal names as GOST prints them, split as CSL splits them.

Two orders occur: the heading of a reference puts the family name first
("Шубин А.В.", "du Réau E.", "De Lattre de Tassigny J."), statements of
responsibility put the initials first ("M. Narinski", "E. du Réau", "О.В. Хлевнюк").
Initials are kept as printed ("J.-B.", "G.-H.", "М.И."); particles become CSL
non-dropping particles in lower case, a capital at the start of a note being
the note's, not the name's (GOST 7.1-2003 clause 5.2.5).
"""

from __future__ import annotations

import re

from biblio.data.corporate_bodies import BODY_WORDS
from biblio.data.given_names import GIVEN_NAMES
from biblio.data.ranks import is_rank
from biblio.data.known_names import ABBREVIATED_ANCIENT_AUTHORS, KNOWN_BY_ONE_NAME
from biblio.data.name_particles import (CYRILLIC_PARTICLES, FAMILY_ARTICLES, PARTICLE_PAIRS,
                                        PARTICLES as LATIN_PARTICLES)
from biblio.data.reference_terms import (DOCUMENT_NOUNS, ET_AL_PHRASES, NAME_CONJUNCTIONS,
                                         NO_SPLIT_ABBREVIATIONS)
from biblio.data.places import CITIES_LIKE_FAMILY_NAMES, EXPANSIONS
from biblio.lazy_patterns import LazyPattern
from biblio.model import OTHERS, Name
from biblio.parse.patterns import alternation, phrase_alternation
from biblio.russian_names import CYRILLIC_WORD, has_surname_ending
from biblio.word_frequencies import zipfs

UPPER = "A-ZА-ЯЁІЇЄҐЎӘҒҚҢӨҰҮҺÀ-ÖØ-ÞŒĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽŐŰĞİŞ"
"""Capital letters of the scripts of our references (a regex class body); the Cyrillic
letters Kazakh adds to the Russian alphabet (Ә Ғ Қ Ң Ө Ұ Ү Һ, and І of Ukrainian), which
open the titles of Kazakh works in Russian lists ("Кәкішұлы Т. Қазақ әдебиетінің …")."""

PARTICLES = LATIN_PARTICLES | CYRILLIC_PARTICLES
"""The particles of names in either script."""
_PARTICLE_ALTERNATION = alternation({*PARTICLES, *(p.capitalize() for p in PARTICLES)})
"""The particles, behind a class of their first letters: HEADING_NAME tries them before
every heading and after each word of a family name."""

_LOWER_PARTICLE_ALTERNATION = alternation(PARTICLES)
"""A particle after the initials, as GOST 7.80-2000 inverts the name ("Кюстин А. де",
"Gaulle Ch. de"), closed by the heading's period."""

_TWO_LETTER_TERMS = "(?:" + "|".join(
    sorted(term for term in NO_SPLIT_ABBREVIATIONS if len(term) == 2)) + ")"
"""Terms that look like an initial of two letters: "Op. cit." is no "Дж."."""

_SMALL = r"(?:(?![А-ЯЁІЇЄҐЎ])[^\W\d_])"
"""The second letter of an initial ("Yu.", "Дж."): never a Cyrillic capital, since
Russian initials are one letter each and "РФ." is an abbreviation; Latin capitals stay
("AA. VV.", the Italian "autori vari")."""
_LATER_SMALL = r"(?:(?<=Y)[aeou]|(?<=[ZCSKPT])h|(?<=T)s|(?<=Д)ж)"
"""The second letter of an initial after the first: only a digraph of a transliteration
or a name ("O. Yu.", "A. Zh.", "J.-Ph.", "Томсон Дж. Дж."). A Russian patronymic's initial
is one letter, so "Иванов И. Ад." ends its initials before the title "Ад"."""
HEADING_NAME = re.compile(
    rf"""
    (?P<particle>(?:(?:{_PARTICLE_ALTERNATION})\s){{0,2}})     # "du ", "De ", "van der "
    (?P<family>[{UPPER}][^\W\d_]*+(?:[-–’'][^\W\d_]++)*+       # Lattre, O’Brien, Жолио-Кюри
       (?:(?<=[a-z])['’])?                                     # Pitel', Gogol': a soft sign
       (?:\s(?:{_PARTICLE_ALTERNATION})\s[{UPPER}][^\W\d_]*+(?:[-’'][^\W\d_]++)*+){{0,2}}
       (?:(?<=[a-z])\s[A-Z][a-z]+(?=\s[A-Z]\.\s?[A-Z]\.))?)         # "Liddell Hart B. H."
    ,?\s                                                       # "Шубин, А. В." (GOST 7.1)
    (?P<given>[{UPPER}]{_SMALL}?\.                             # А. Yu. Ch. (not "РФ.")
       (?:-?[{UPPER}]{_LATER_SMALL}?\.
        |\s(?!{_TWO_LETTER_TERMS}\.)-?[{UPPER}]{_LATER_SMALL}?(?:\.|\s\.(?=\s))){{0,3}}  # А. П.
       (?:\s?\[[{UPPER}]\.(?:\s?[{UPPER}]\.)?\])?)                  # В. [М.]: supplied
    (?![^\W\d_])                                               # the initial ends a word
    (?:\s(?P<trailing>{_LOWER_PARTICLE_ALTERNATION})(?:\.(?=\s)|(?=,\s)))?  # "Кюстин А. де."
    """,
    re.VERBOSE,
)
"""One heading name, family first, at a position: "Carley M.J.", "du Réau E."; a double
family joined by an en dash where a hyphen belongs, as typesetting and OCR print it
("Новиков–Прибой А. С.", "Мамин–Сибиряк Д. Н."); a Latin
family of two words before two initials ("Liddell Hart B. H.", "Lloyd George D. L."),
where one initial after two words is a given name and its middle initial ("Ulam Adam
B.", FULL_NAME_HEADING). A later initial may have a space before its period, as pages
that set the heading in italics print it ("Новосельцев А. П . Хазарское государство",
"Муминов А. К . Ханафитский мазхаб"); the given name drops it (`heading_name`). An initial
the cataloguer supplied is in square brackets after the printed ones ("Алпатов В. [М.]",
GOST 7.1-2003 gives what the source does not print in square brackets), and
belongs to the given name. A romanized family may end with the apostrophe that
transliterates a final soft sign (GOST 7.79-2000 system B and BGN/PCGN print «ь» so:
"Pitel' J.", "Gogol' N. V."). Its letter runs are possessive
("*+", "++"): a mark or a space follows each, never a letter, so the engine does not try
every shorter run of a title's first word before it fails (issue 9)."""

ET_AL_PATTERN = phrase_alternation(ET_AL_PHRASES)
"""«и др», "et al", "u. a" and their kin (`data.reference_terms.ET_AL_PHRASES`), without
the period each pattern reads after them."""
CONJUNCTION = alternation(NAME_CONJUNCTIONS)
"""«и», "and", "und" between the last two names (`data.reference_terms.NAME_CONJUNCTIONS`)."""

HEADING_SEPARATOR = re.compile(rf"\s?[,;]\s?|\s(?:{CONJUNCTION})\s")
"""Between heading names: ", ", " , " and "," with the space a typist puts before the comma
or leaves out after it ("Иванов И.И.,Петров П.П."), "; " as typed lists part them
("Половинчук О. Ю.; Марченко Т. М.", which `split` keeps as one reference), and a
conjunction between the last two ("Маркс К. и Энгельс Ф. Соч.", "Ильф И. и Петров Е.",
"Zhang Y. and Li H."): no title opens with one in lower case after a name."""
HEADING_DASH = re.compile(r"\s?[—–-]\s+(?=[^\s«\"„“])|\.(?=\s[^\W\d_])")
"""A dash between the heading and the title, as journals' reference lists print them
("Borisov N.S. — From the History …", "Tesaev Z.A., Basnukaev K.U. — The chronicles"),
also typed close up to the initials or as a hyphen ("Иванов И.И.- История края"); not
before a quoted title ("GUYOT R. — «Le Directoire …», Paris, F. Alcan, 1911"), the
Italian and French comma form that the GOST grammar does not read. Or a second period
typed after the initials' ("Иванов И. И.. История края")."""
HEADING_ET_AL = re.compile(rf",?\s\[?{ET_AL_PATTERN}\.\]?\.?(?=\s)")
""""и др." after a heading's names, as notes print the first authors of a work of more
("Иванов И.И., Петров П.П. и др. История края", "Иванов И. И. [и др.] …", in brackets as
GOST 7.1-2003 prints it in statements of responsibility); Ukrainian "та ін." (DSTU
8302:2015), Belarusian "і інш.", "et al.", "u. a."."""
PLACE_COLON = re.compile(r"\s?:")
"""A colon right after the initials: they were a place of publication ("P.:")."""

INITIALS_TOKEN = re.compile(rf"(?:[{UPPER}]{_SMALL}{{0,2}}\.-?)+")
"""A token of initials: "A.", "J.-B.", "М.И.", "Yu.", "Дж."; not Cyrillic capitals run
together ("РФ.", "СССР.": an abbreviation, as in the gazette "СЗ РФ. 2002. № 18")."""

_LIST_SEPARATOR = re.compile(rf"\s*(?:,?\s(?:{CONJUNCTION})\s|,|;)\s*")
"""Commas, semicolons, a conjunction, and the serial comma before it (CMOS 6.19:
"A, B, and C")."""
ET_AL = re.compile(rf"\s*\[?{ET_AL_PATTERN}\.?\s?\]?\s*$")
""""и др.", "et al.", "u. a." closing a list of names (the period may have been taken as
the end of the area); Ukrainian "та ін." (DSTU 3582:2013) and Belarusian "і інш."."""


NUMBERING_INITIAL = re.compile(r"(?:Т|T|С|P|S|Ч|Л|Н|H|В|F|L)\.\s?\d")
"""A one-letter term and its number ("Сочинения Т. 12"), never a name's initial."""


def is_initials(token: str) -> bool:
    return INITIALS_TOKEN.fullmatch(token) is not None


def heading_name(match: re.Match[str]) -> Name:
    """The Name of a HEADING_NAME match (particle in lower case)."""
    particle = match["particle"].strip() or match["trailing"] or ""
    given = match["given"].replace(" .", ".").strip()  # "А. П ." is "А. П."
    if particle in FAMILY_ARTICLES:  # "Le Goff J.": the article is the name's own
        return Name(family=f"{particle} {match['family']}", given=given)
    return Name(family=match["family"], given=given,
                non_dropping_particle=particle.lower() or None)


LETTER_SPACED_FAMILY = re.compile(r"[А-ЯЁ][а-яё]{0,3}(?:\s[а-яё]{1,12}){1,7}(?=\s[А-ЯЁ]\.)")
"""A family name letter-spaced (разрядка), as OCR reads the spaced headings of Soviet
literature lists, in groups of letters: "Г о луб ц о в Н. А.", "Ж уко вски й А. Т.", "В
ерещагин В. П."."""
ONE_LETTER_WORDS = frozenset("авиксоуя")
"""The one-letter words of Russian (prepositions, conjunctions, "я"): any other letter
alone is a piece of a spaced word."""
RARE_PIECE = 2.5
"""The Zipf frequency below which a piece of two or more letters is no Russian word
("ерещагин" 0, "уко" 2.0, "луб" 2.2; "сем" 3.5, "работе" 5.3)."""


def _spaced_piece(piece: str) -> bool:
    """A piece that is no word: a letter that is no one-letter word, or a rare string."""
    if len(piece) == 1:
        return piece not in ONE_LETTER_WORDS
    return zipfs(piece, ("ru",))[0] < RARE_PIECE


def _letter_spaced_heading(text: str) -> tuple[str, int] | None:
    """`text` with a letter-spaced family at its start joined, and how many characters
    shorter it is; None when its start is words ("В работе И. П. Павлова")."""
    match = LETTER_SPACED_FAMILY.match(text) if text[1:2] == " " or text[2:3] == " " \
        else None
    if match is None or not any(_spaced_piece(piece) for piece in match.group().split()[1:]):
        return None
    joined = match.group().replace(" ", "")
    return joined + text[match.end():], match.end() - len(joined)


def parse_heading(text: str) -> tuple[list[Name], int]:
    """Family-first names at the start of `text` and where the rest begins.

    "Дессберг Ф., Кен О.Н. 1937—1938: …" → two names and the index of "1937".
    Returns ([], 0) when the text does not start with a name (a title-first
    reference: four or more authors, or none). "и др." after the names (HEADING_ET_AL)
    ends the list with Name(literal=OTHERS), the mark of names left out.
    """
    names: list[Name] = []
    position = 0
    match = HEADING_NAME.match(text)
    if match is None:
        spaced = _letter_spaced_heading(text)
        if spaced:
            names, position = parse_heading(spaced[0])
            return (names, position + spaced[1]) if names else ([], 0)
    while True:  # each name is matched once: the test for a following name is its match
        if match is None or NUMBERING_INITIAL.match(text, match.start("given")) or \
                PLACE_COLON.match(text, match.end()):
            break  # "Lettres de Charles V. P.: Plon": "P." was a place, not an initial
        names.append(heading_name(match))
        position = match.end()
        title_name = name_opening_title(text, match.start("given"), match.end())
        if title_name is not None:  # "Кирпотин В. Я. Ф. М. Достоевский. Творческий путь"
            names[-1] = Name(family=names[-1].family, given=title_name[0],
                             non_dropping_particle=names[-1].non_dropping_particle)
            position = title_name[1]
            break
        separator = HEADING_SEPARATOR.match(text, position)
        match = separator and HEADING_NAME.match(text, separator.end())
        if not match or NUMBERING_INITIAL.match(text, match.start("given")):
            break
        position = separator.end()
    if names and names[0].family in DOCUMENT_NOUNS:
        return [], 0  # "Письмо Г.В. Чичерина в ЦК": a document's title, not "Письмо Г.В."
    et_al = HEADING_ET_AL.match(text, position) if names else None
    if et_al:  # "Иванов И. И. и др. История края": the heading's other authors, unnamed
        names.append(Name(literal=OTHERS))  # kept, as a BibTeX "and others" is
        position = et_al.end()
    following = _SPACES.match(text, position).end()
    if names and _is_name(text, following) and not _title_word_before_name(text, following):
        # "Записка М.М. Литвинова И.В. Сталину": a name follows with no separator, so
        # the initials were a given name before its family, inside a title
        return [], 0
    dash = HEADING_DASH.match(text, position) if names else None
    return names, dash.end() if dash else position


_SPACES = re.compile(r"\s*")

RUSSIAN_INITIALS = LazyPattern(r"(?P<own>[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?)\s?(?P<more>[А-ЯЁ]\.\s?[А-ЯЁ]\.)")
"""A heading's given name of three or four Cyrillic initials, one letter each: the
heading's own (one or two) and the two of the person the title opens with."""
NAME_CLOSING_WORD = LazyPattern(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?=[.:,]\s|\s:\s)")
"""A family closed by a mark: the person a title names first ("Ф. М. Достоевский. …"),
the colon before other title information spaced as GOST 7.1 prints it too ("… Соллертинский
: Жизнь и наследие")."""


def name_opening_title(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The heading's own initials and where the title begins, when the last two of more
    than two initials after a family open the title with a person's name, as titles
    name a person (his given name's and patronymic's initials): "Кирпотин В. Я. Ф. М.
    Достоевский. Творческий путь" (1960), "Мейлах Б. С. А. С. Пушкин. Очерк жизни и
    творчества" (1949), "Михеева Л. И. И. Соллертинский: Жизнь и наследие" (1988, the
    dev set). The word after them is a family closed by a mark; "Толкин Д. Р. Р. Властелин
    колец" keeps its three initials, the title's word no family. `start` and `end` bound
    the given name read after the family."""
    given = text[start:end].rstrip()
    initials = RUSSIAN_INITIALS.fullmatch(given) if given.count(".") > 2 else None
    if initials is None:
        return None
    end = start + len(given)
    family = NAME_CLOSING_WORD.match(text, end + 1)
    if text[end:end + 1] != " " or family is None or not has_surname_ending(family.group()):
        return None
    return initials["own"], start + initials.start("more")


def _is_name(text: str, position: int) -> bool:
    """A family and initials at `position`; not a ruler and his numeral ("Петр I.",
    "Henry V.")."""
    match = HEADING_NAME.match(text, position)
    return match is not None and not NUMBERING_INITIAL.match(text, match.start("given")) \
        and match["given"][:2] not in REGNAL_INITIALS


REGNAL_INITIALS = frozenset({"I.", "V.", "X."})


def _title_word_before_name(text: str, position: int) -> bool:
    """Whether the "family" of the name at `position` is a Cyrillic word no family name
    ends like, so that its initials open the next name: the heading's title begins with
    a noun and a person in the genitive, as philology titles do ("Макогоненко Г. П.
    Творчество А. С. Пушкина", "Иванов И. И. Жизнь В. И. Ленина"), where "Литвинова" in
    "Записка М.М. Литвинова И.В. Сталину" is a family name."""
    word = HEADING_NAME.match(text, position)["family"]
    return bool(CYRILLIC_TITLE_WORD.fullmatch(word)) and not has_surname_ending(word)


CYRILLIC_TITLE_WORD = re.compile(r"[А-ЯЁ][а-яё]+")


MAX_NAME_TOKENS = 6
""""Jean-Baptiste Marie de La Fontaine": more words than this is a phrase."""


CLOSED_INITIALS = re.compile(rf"(?:[{UPPER}]\.){{1,3}}(?=[{UPPER}][^\W\d_]{{2,}})")
"""Initials typed close up to the family name: "И.П.Ермолаев", "И.Сталин"."""


OPEN_INITIALS = re.compile(rf"[{UPPER}](?:\.[{UPPER}])*")
"""Initials whose last period an area's end took: "В.К", "О"."""


def _family_before_given(tokens: list[str]) -> bool:
    """Two Cyrillic words, a known given name after a word that is none: Russian order,
    the family first, as Russian lists and web pages print names written out ("Сухобок
    Сергей. За кулисами кризисов", "Ломоносов Михаил. Избранное"); given first otherwise."""
    return len(tokens) == 2 and all(CYRILLIC_TITLE_WORD.fullmatch(t) for t in tokens) and \
        tokens[1] in GIVEN_NAMES and tokens[0] not in GIVEN_NAMES


def parse_person(text: str) -> Name | None:
    """One name in either order; None if `text` holds no family name.

    "Dessberg F." and "F. Dessberg" and "Frédéric Dessberg" all work; a name
    without initials is taken given-first (the order of responsibility statements
    in English, French and German), save a Cyrillic one whose second word alone is a
    known given name (`_family_before_given`).
    """
    closed = CLOSED_INITIALS.match(text.lstrip())
    if closed:
        text = f"{closed.group()} {text.lstrip()[closed.end():]}"
    tokens = text.split()
    if len(tokens) > 1 and OPEN_INITIALS.fullmatch(tokens[-1]) and not is_initials(tokens[0]):
        tokens[-1] += "."  # "Хільчевський В.К" at an area's end: the area took the period
    if not tokens or len(tokens) > MAX_NAME_TOKENS or all(is_initials(t) for t in tokens):
        return None
    if any(not t[0].isupper() and t.lower() not in PARTICLES for t in tokens):
        return None  # a phrase, not a name: "actes du colloque"
    if any(t.strip(".,") in BODY_WORDS for t in tokens):
        return None  # a body, not a person: "Statistisches Bundesamt Wiesbaden"
    if _family_before_given(tokens):  # "Сухобок Сергей"
        return Name(family=tokens[0], given=tokens[1])
    if is_initials(tokens[-1]) and not is_initials(tokens[0]):
        cut = len(tokens)
        while cut > 1 and is_initials(tokens[cut - 1]):
            cut -= 1
        given, family_tokens, start = " ".join(tokens[cut:]), tokens[:cut], 0
    else:
        cut = 0
        while cut < len(tokens) - 1 and is_initials(tokens[cut]):
            cut += 1
        if cut == 0:
            cut = len(tokens) - 1
            while cut > 1 and tokens[cut - 1].lower() in PARTICLES:
                cut -= 1
        given, family_tokens, start = " ".join(tokens[:cut]), tokens[cut:], cut
    particle_tokens: list[str] = []
    while len(family_tokens) > 1 and family_tokens[0].lower() in PARTICLES and \
            family_tokens[0] not in FAMILY_ARTICLES:  # as printed after the given name
        token = family_tokens.pop(0)  # ("Mario De Biasi"); at the name's start its capital
        particle_tokens.append(token if start else token.lower())  # may be the note's own
        # ("Фон Лауэ М.", "De Lattre de Tassigny J.")
    particle = " ".join(particle_tokens) or None
    if particle and len(particle_tokens) > 2 and particle.lower() not in PARTICLE_PAIRS:
        return None
    family = " ".join(family_tokens)
    if not family or not family[0].isupper() or _sentence_inside(family_tokens):
        return None
    return Name(family=family, given=given or None, non_dropping_particle=particle)


def _sentence_inside(family_tokens: list[str]) -> bool:
    """Whether a Cyrillic family of several words has a word of three letters or more
    closed by a period before its last: a sentence's end, no name's ("Бургомистровой.
    Вологда" of "под общ. ред. О.Н. Бургомистровой. Вологда – Молочное: ВГМХА")."""
    return any(len(token) > 3 and token.endswith(".") and CYRILLIC_WORD.match(token[:-1])
               for token in family_tokens[:-1])


def parse_name_list(text: str) -> list[Name] | None:
    """Names separated by commas or "и"/"and"/"et"/"und"; "et al.", «[и др.]» closing
    them (ET_AL) ends the list with Name(literal=OTHERS), as a heading's (`parse_heading`),
    so that a writer prints it back ("/ А. А. Иванов [и др.]").

    None when any part is not a name, so that a title is never taken for names.
    """
    et_al = ET_AL.search(text)
    body = text[: et_al.start()] if et_al else text
    names = []
    for part in _LIST_SEPARATOR.split(body.strip()):
        if not part:
            continue
        name = parse_person(part)
        if name is None:
            return None
        names.append(name)
    if not names:
        return None
    return names + [Name(literal=OTHERS)] if et_al else names


INITIALS_FIRST_HEADING = re.compile(
    rf"""
    (?P<given>(?:(?!(?:{_TWO_LETTER_TERMS}|Ст|Св)\.)[{UPPER}][а-яё]?\.\s?){{1,2}})   # В. И., Вл., Ин.
    (?P<family>[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?)
    (?:\.|,(?!\s(?:[{UPPER}]\.\s?){{1,2}}[{UPPER}]))\s(?=[«"„{UPPER}\d])
    """,
    re.VERBOSE,
)
"""The author as Soviet-era notes print him, initials first and closed by a period or a
comma, a Russian given name abbreviated to one letter or to two ("Вл. Соловьев", "Ин.
Анненский", as a family-first heading's "Горсей Дж."): "В. И. Ленин. Соч.", "О. В. Хлевнюк. Сталин и Орджоникидзе" (GOST 7.1-84
practice), "В. И. Ленин, Полн. собр. соч., т. 17, с. 211", "Н. А. Островский, Соч. В 3-х
т."; not a comma before a second author ("И. И. Иванов, П. П. Петров. …"), nor after a
Latin name, which the comma style of other traditions reads."""


def parse_initials_first(text: str) -> tuple[Name | None, int]:
    """An initials-first author heading at the start of `text`, and where the rest begins."""
    match = INITIALS_FIRST_HEADING.match(text)
    if match is None or match["family"] in DOCUMENT_NOUNS:
        return None, 0
    if text[match.end() - 2] == "," and not CYRILLIC_TITLE_WORD.fullmatch(match["family"]):
        return None, 0  # "A. Paczkowski, Pół wieku …, Warszawa 1995": the comma style's
    return Name(family=match["family"], given=match["given"].strip()), match.end()


FULL_NAME_HEADING = re.compile(
    rf"""
    (?P<name>[{UPPER}][^\W\d_]++(?:-[{UPPER}][^\W\d_]++)?              # Лев, Deutscher
       (?:\s(?:(?:{_PARTICLE_ALTERNATION})|[{UPPER}][^\W\d_]++(?:-[{UPPER}][^\W\d_]++)?)){{1,2}}
       (?:\s[{UPPER}]\.)?)                                             # "Ulam Adam S."
    (?:,\s(?P<after>[^\W\d_]++))?                                      # "Jonge de, Alex"
    (?:(?<=\.)|\.)\s(?=[«"„{UPPER}\d])
    """,
    re.VERBOSE,
)
"""A heading name with the given name written out and closed by a period, in either
order: "Лев Троцкий. Сталин.", "Deutscher Isaac. Stalin.", "Будберг Алексей, барон.".
Its letter runs are possessive, as HEADING_NAME's are."""


PATRONYMIC = LazyPattern(r"[А-ЯЁІЇЄ][а-яёіїє]+(?:ович|евич|ич|овна|евна|ична|инична|івна|ївна)")
"""A Russian or Ukrainian patronymic (отчество, по батькові) by its suffix ("Евгеньевич",
"Алексеевна", "Ильич", "Кузьминична", "Петрівна"), which stands beside the given name in a
full name: "Евгений Викторович Тарле", "Тарле Евгений Викторович", "Голос Игорь Ильич". Of
a given name, a patronymic and a family, the patronymic tells the given name's side even
when the given name is unknown ("Данило Яковлевич Самойлович")."""


def _with_patronymic(tokens: list[str]) -> Name | None:
    """A name of three words with a patronymic in the middle (given first) or at the end
    (family first); None for any other. A family may end as a patronymic does
    ("Дмитрий Дмитриевич Шостакович"), a given name does not."""
    if len(tokens) != 3:
        return None
    if PATRONYMIC.fullmatch(tokens[1]):
        return Name(family=tokens[2], given=" ".join(tokens[:2]))
    if PATRONYMIC.fullmatch(tokens[2]) and not PATRONYMIC.fullmatch(tokens[1]):
        return Name(family=tokens[0], given=" ".join(tokens[1:]))
    return None


def is_given_abbreviation(given: str) -> bool:
    """Whether each part of a heading's given names ("К.", "И.И.", "Ж.-Ж.", "Анат.") is an
    initial ("К.", "Дж.") or a given name cut short as Russian cuts words, after a
    consonant (GOST R 7.0.12-2011): the start of a known given name ("Вл." Владимир,
    "Анат." Анатолий, "Конст." Константин), not another word ("Соч.", "Изд.")."""
    return all(len(letters) <= 2 or letters in GIVEN_NAME_STARTS
               for letters in LETTERS.findall(given))


LETTERS = re.compile(r"[^\W\d_]+")


GIVEN_NAME_STARTS = frozenset(
    name[:length] for name in GIVEN_NAMES for length in range(3, 6)
    if len(name) > length and name[length - 1] not in "аеёиоуыэюяaeiouy")
"""The starts of known given names, cut after a consonant: "Анат", "Конст", "Серг"."""


RARE_FAMILY = 3.0
"""The Zipf frequency below which a capitalised Cyrillic word is taken for a family the
tables lack: family names are rare as words ("Файнсод" 0, "Коткин" 1.8, "Самойлович"
2.6), the second words of two-word titles are not ("Киева" 4.6, "годовщина" 3.6)."""
COMMON_WORD = 4.5
"""The Zipf frequency from which a word is too common to be a given name the tables lack
("Мерль" 1.8, "Данило" 3.1, "Стивен" 4.3; "Голос" 5.0, "Новый" 5.6)."""
ADJECTIVE_ENDING = LazyPattern(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$")
"""The nominative endings of Russian adjectives (and of nouns in -ие, "Житие",
"Сказание"): a title's first word, never a given name."""


GIVEN_NAME_ENDING = LazyPattern(r"(?:(?<![кнхчшщж])(?<![оеё]в)ий|ей)$")
"""The endings of men's given names in the Russian calendar, Russian and foreign alike:
"-ий" after any consonant but those of adjectives and participles ("Корнелий", "Леонтий",
"Григорий"; not "Горький", "Колодяжний", "Сущий") and the adjectival suffix -ов-/-ев- of
Ukrainian families ("Хвильовий", "Грушевий"; no calendar name ends so), "-ей" ("Амадей",
"Матвей", "Тимофей"): 19 of the 86 men's names of `given_names.RUSSIAN` end so, and none of
the family types of `russian_names.SURNAME_ENDINGS`. Some families do ("Горсей", "Багалей"),
so the ending only orders two unknown words, never makes a name."""

ROMAN_PRAENOMINA: frozenset[str] = frozenset({
    "Аппий", "Авл", "Гай", "Гней", "Децим", "Цезон", "Луций", "Мамерк", "Маний", "Марк",
    "Нумерий", "Публий", "Квинт", "Сервий", "Секст", "Спурий", "Тиберий", "Тит",
})
"""The Roman praenomina as Russian transcribes them, a closed list of eighteen: before a
nomen in -ий/-ей (Latin -ius, -eius), the name is given first ("Авл Геллий. Аттические
ночи", "Гай Веллей Патеркул"), though the nomen ends as the calendar's names do."""


def _unknown_given_first(tokens: list[str]) -> Name | None:
    """A Cyrillic given name the tables lack and a family, given first: foreign names in
    Russian transcription and old forms in the notes of Russian books ("Мерль Файнсод.
    Смоленск при советской власти", "Данило Самойлович. Избранные произведения"). Two
    title words are told from them by frequency and form: the family is a rare word, the
    first word no adjective, no document noun and no common word, and a family in -а/-я
    (a woman's, or a genitive: "Записки Болотова") needs a given name in -а/-я. When only
    the second word ends as given names do (GIVEN_NAME_ENDING), the family comes first,
    as GOST headings print it: "Тацит Корнелий. О происхождении германцев", "Тьерри
    Амадей. Ересиархи V века" (a rank before a name is no family: "Игумен Иларий", nor a
    Roman praenomen: "Авл Геллий")."""
    if len(tokens) != 2 or not CYRILLIC_TITLE_WORD.fullmatch(tokens[1]):
        return None
    given, family = tokens
    if not may_be_unknown_given(given, family) or \
            zipfs(family.lower(), ("ru",))[0] >= RARE_FAMILY:
        return None
    if GIVEN_NAME_ENDING.search(family) and not GIVEN_NAME_ENDING.search(given) \
            and not is_rank(given) and given not in ROMAN_PRAENOMINA:
        return Name(family=given, given=family)
    return Name(family=family, given=given)


def may_be_unknown_given(given: str, family: str) -> bool:
    """Whether a capitalised Cyrillic word the tables do not know as a given name may be
    one before `family`: no adjective, no document noun, no common word, and in -а/-я
    when the family is (a woman's, or a genitive: "Записки Болотова"). What a title's
    first word is told by, wherever a name given first is read."""
    return bool(CYRILLIC_TITLE_WORD.fullmatch(given)) and given not in DOCUMENT_NOUNS and \
        not ADJECTIVE_ENDING.search(given) and \
        not (family[-1] in "ая" and given[-1] not in "ая") and \
        zipfs(given.lower(), ("ru",))[0] < COMMON_WORD


INVERTED_FULL_NAME = re.compile(
    rf"(?P<family>[{UPPER}](?:[^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?"
    rf"|[^\W\d_]*['’][{UPPER}][^\W\d_]+)),\s"
    rf"(?P<given>(?P<first>[{UPPER}][^\W\d_]+)"
    rf"(?:(?P<initial>\s[{UPPER}])|\s(?P<patronymic>{PATRONYMIC.pattern}))?)"
    rf"(?:\.\.|(?<=[а-яёa-z])\.)\s(?=[{UPPER}«\"“])")
"""A heading inverted with a comma, the given name written out (GOST 7.1-2003 5.1.2 allows
the name in full: "Шпринц, Лев. Книга художника"), with the patronymic as dissertation
catalogues and Chicago's CSL lines print it ("Кичигин, Дмитрий Евгеньевич. Поздний
бронзовый …: дис.", "Сущий, Сергей Яковлевич. Сфера … Гуманитарий Юга России 22, no. 6");
a Latin "Family, Given." is left to the notes-bibliography reading, which knows its
editors and hosts, save before GOST's "//", which that reading never prints: Russian notes
describe a foreign article or chapter in GOST's form with its heading so inverted
("Eisenstein, Sergei. Notes for a Film of Capital / Trans. … // October. 1976.",
"O’Mahony, Mike. Bringing Down the Tsar … // Sculpture Journal. 2007.", an apostrophe
joining the family's parts as a hyphen does); and the heading's
period after an initial's as ISBD exports print it ("Harris, James R.. The Great Urals",
"Рябов, Юрий А.. Богохранимая страна")."""


def parse_full_name_heading(text: str) -> tuple[Name | None, int]:
    """A heading whose given name is written in full, and where the rest begins.

    Which word is the given name is known only from GIVEN_NAMES; a heading with no
    known given name is left alone ("Советская Россия. 1990." is a newspaper). An author
    known by one name or a name and an epithet is read from `biblio.data.known_names`
    first: "Лев Диакон." is no given name and family.
    """
    known = known_name_heading(text)
    if known is not None:
        return known
    inverted = INVERTED_FULL_NAME.match(text) if ", " in text[:40] else None
    if inverted and (inverted["first"] in GIVEN_NAMES or inverted["patronymic"]) and \
            (not inverted["first"].isascii() or "//" in text or inverted[0].endswith(".. ")):
        given = inverted["given"] + ("." if inverted["initial"] else "")  # "James R."
        return Name(family=inverted["family"], given=given), inverted.end()
    match = FULL_NAME_HEADING.match(text)
    if match is None:
        return None, 0
    tokens = match["name"].split()
    if tokens[0].lower() in PARTICLES:
        return None, 0  # "De Alexander Z.": a particle, capitalised at the note's start
    after = match["after"]
    if after and after[0].isupper():  # "Jonge de, Alex": the family, then the given name
        if after not in GIVEN_NAMES or any(t in GIVEN_NAMES for t in tokens):
            return None, 0
        return Name(family=" ".join(tokens), given=after), match.end()
    patronymic = None if after else _with_patronymic(tokens)
    if patronymic is not None:  # "Евгений Викторович Тарле", "Тарле Евгений Викторович"
        name = patronymic
    elif tokens[0] in GIVEN_NAMES and not is_initials(tokens[-1]) \
            and tokens[-1] not in GIVEN_NAMES:  # "Лев Троцкий": given first
        name = Name(family=" ".join(tokens[1:]), given=tokens[0])
    elif tokens[1] in GIVEN_NAMES and tokens[0] not in GIVEN_NAMES:  # "Smith Denis Mack"
        name = Name(family=tokens[0], given=" ".join(tokens[1:]))
    elif len(tokens) == 2 and tokens[1] in GIVEN_NAME_STARTS and tokens[0] not in GIVEN_NAMES:
        name = Name(family=tokens[0], given=tokens[1] + ".")  # "Бурнакин Анат.", cut short
    elif (unknown := _unknown_given_first(tokens)) is not None:  # "Мерль Файнсод"
        name = unknown
    else:
        return None, 0
    if name.family in DOCUMENT_NOUNS or any(t.isupper() and not is_initials(t) for t in tokens
                                            if patronymic is None or t != name.family):
        return None, 0  # capitals are an acronym's, save a family beside a patronymic, as
        # lists of dissertations print it ("ИВАНОВ Иван Иванович. История края")
    if after:  # "Будберг Алексей, барон": a title of nobility or rank, kept with the name
        name.suffix = after
    return name, match.end()


GIVEN_FIRST_BEFORE_COMMA = re.compile(
    rf"(?P<given>[{UPPER}][^\W\d_]++)\s(?P<family>[{UPPER}][^\W\d_]++(?:-[{UPPER}][^\W\d_]++)?)"
    rf",\s(?=[«\"„{UPPER}])")
"""A given name and a family closed by a comma before the title, Chicago's note heading,
where the rest of the reference keeps GOST's periods: "Richard Westfall, Never at Rest. P.
382-88." (a translated history of science). Its letter runs are possessive."""


def parse_given_first_before_comma(text: str) -> tuple[Name | None, int]:
    """The heading of GIVEN_FIRST_BEFORE_COMMA, and where the title begins: only a given
    name of GIVEN_NAMES before a family that is none, and a title closed by a period before
    any comma (a comma first is the comma style's, read as a whole elsewhere)."""
    match = GIVEN_FIRST_BEFORE_COMMA.match(text)
    if match is None or match["given"] not in GIVEN_NAMES or match["family"] in GIVEN_NAMES \
            or match["family"].isupper():
        return None, 0
    rest = text[match.end():]
    period = rest.find(". ")
    if period < 0 or 0 <= rest.find(", ") < period:
        return None, 0
    return Name(family=match["family"], given=match["given"]), match.end()


FAMILY_HEADING = re.compile(
    rf"""
    (?P<family>[{UPPER}][^\W\d_]{{2,}}+(?:-[{UPPER}][^\W\d_]++)?)  # Хлевнюк, Fennell
    \.\s(?=[«"„{UPPER}])                                        # closed by a period
    """,
    re.VERBOSE,
)
"""A family alone closed by a period ("Хлевнюк. С. 77."); its letter runs are possessive, as
HEADING_NAME's are."""
REPEAT_WORDS = frozenset({"Ibid", "Ibidem", "Idem", "Eadem", "Id", "Там", "Его", "Её", "Ее"})
PLACE_NAMES = frozenset(EXPANSIONS.values()) | CITIES_LIKE_FAMILY_NAMES


def parse_family_heading(text: str) -> tuple[Name | None, int]:
    """A heading of the family name alone, as historians' notes shorten it: "Хлевнюк. С.
    77.", "Зимин. Реформы, с. 295", "Голубинский. История канонизации …", "Fennell.
    Correspondence, pp. 82-83", and where the rest begins.

    One word cannot say whether it is a name or a one-word title ("Лубянка. С. 22.",
    "Relations. P. 1."), so only a Cyrillic word that ends as Russian family names do
    counts (`russian_names.SURNAME_ENDINGS`); places, given names and document nouns never
    do. A Latin word has no such sign and is left a title (authors known by one name are
    read before, by `parse_full_name_heading`).
    """
    match = FAMILY_HEADING.match(text)
    if match is None or not is_family_alone(match["family"]):
        return None, 0
    return Name(family=match["family"]), match.end()


def is_family_alone(word: str) -> bool:
    """Whether one word heading a note, with no initials, is a family name: it ends as
    Russian family names do and is no place, given name, document noun, repeat word or
    acronym (parse_family_heading's doubt, one word for a name or a title)."""
    return not (word in REPEAT_WORDS or word in PLACE_NAMES or word in GIVEN_NAMES
                or word in DOCUMENT_NOUNS or word.isupper()) and has_surname_ending(word)


KNOWN_NAME_LOOK = max(map(len, KNOWN_BY_ONE_NAME)) + len(". ")
"""How far the period closing a known name may stand: the longest name and its ". "."""
GLUED_KNOWN_NAMES = {name.replace(" ", ""): name for name in KNOWN_BY_ONE_NAME if " " in name}
"""Known names of two words whose space OCR lost: "ИоаннЛествичник."."""


def known_name_heading(text: str) -> tuple[Name, int] | None:
    """An author known by one name, closed by a period before the title: "Геродот.
    История в девяти книгах", "Прокопий из Кесарии. Тайная история", "ИоаннЛествичник.
    Лествица" (its space lost, the name given back whole)."""
    end = text.find(". ", 0, KNOWN_NAME_LOOK)
    if end < 0 or end + 2 >= len(text):
        return None
    name = text[:end] if text[:end] in KNOWN_BY_ONE_NAME else GLUED_KNOWN_NAMES.get(text[:end])
    if name is None:
        return _abbreviated_ancient_author(text)
    following = text[end + 2]
    if not (following.isupper() or following in "«\"„"):
        return None
    return Name(family=name), end + 2


ABBREVIATED_BY_FIRST_WORD: dict[str, tuple[str, ...]] = {
    first: tuple(sorted((name for name in ABBREVIATED_ANCIENT_AUTHORS
                         if name.split()[0] == first), key=len, reverse=True))
    for first in {name.split()[0] for name in ABBREVIATED_ANCIENT_AUTHORS}}
"""The abbreviated ancient authors by their first word, the longest first ("Theoph. Sim."
before "Theoph.")."""


MAX_ABBREVIATED_WORD = max(len(name.split()[0]) for name in ABBREVIATED_ANCIENT_AUTHORS) + 1
"""Where the first word of an abbreviated author has ended ("Cedren."): its space is
looked for no further."""


def _abbreviated_ancient_author(text: str) -> tuple[Name, int] | None:
    """An ancient or Byzantine author as the reference works abbreviate him, before his
    work's title or its abbreviation: "Mich. Syr. Chron.", "Plut. Dion". Each opens with a
    Latin capital: a Cyrillic note is turned away by its first letter."""
    if not "A" <= text[:1] <= "Z":
        return None
    for name in ABBREVIATED_BY_FIRST_WORD.get(text[:text.find(" ", 0, MAX_ABBREVIATED_WORD)], ()):
        end = len(name) + 1
        if text.startswith(name + " ") and end < len(text) and text[end].isupper():
            return Name(family=name), end
    return None
