"""Lists of names as a labelled span prints them, in the orders of the world's styles.

"Romero, C., Paunesku, D., & Dweck, C." (APA), "Joseph A. Schumpeter and Jane Doe"
(given first), "Said EA, Smith J" (Vancouver), "Aikema B. - Meijers D." (Italian
lists with dashes), "Brennan T., Pateman C." (family first with initials). A part
that is no name is kept whole as a literal, never dropped.
"""

from __future__ import annotations

import re
import unicodedata

from biblio.data.given_names import GIVEN_NAMES
from biblio.data.name_particles import PARTICLES
from biblio.data.reference_lexicon import CONNECTIVE_WORDS
from biblio.lazy_patterns import LazyPattern
from biblio.model import OTHERS, Name
from biblio.parse.names import ET_AL, ET_AL_PATTERN, is_initials, parse_person

LIST_SEPARATOR = LazyPattern(
    r"\s*(?:;|&|\s(?:and|und|et|e|y|и|\+)\s|\s[-–—]\s|(?<=[^\W\d_.]|[.])\s?/\s?(?=[^\W\d_]))\s*",
    re.IGNORECASE)
"""Between two names: ";", "&", a conjunction, a dash with spaces, or a slash with or
without spaces (German legal notes' "Drobnig/Rehbinder", "Danzig, Richard /Lowy,
Michael")."""

ROLE_MARK = LazyPattern(
    r"""\s*(?:\(\s*(?:eds?|Hrsg|Hg|dir|éds?|coord|comp|a\s?cura\s?di|ed\.\sby)\.?\s*\)
       |,?\s(?:eds?|Hrsg|Hg)\.?$)""",
    re.IGNORECASE | re.VERBOSE,
)
"""A role printed after the names: "(Eds.)", "(Hg.)", ", eds."."""

ROLE_BEFORE = LazyPattern(
    r"""^(?:(?:eds?|edd|hrsg|hg|éds?|dir|trans|transl|trad|übers)\.(?:\s?(?:by|von|v\.|par|di|de)\b)?
         |(?:edited|translated|herausgegeben|übersetzt|tradotto|(?:a\s)?cura)\s(?:by|von|da|di)
         |(?:a\s)?c\.\s?di|sous\sla\sdir(?:ection)?\.?\sde)\s*""",
    re.IGNORECASE | re.VERBOSE)
"""A role printed before the names: "a c. di", "ed. by", "hrsg. von", "sous la dir. de";
"c. di" alone when the labeller left its "a" with the title before."""

EDITORS_AFTER = LazyPattern(
    r"[.,]?\s*(?:\(\s*(?:eds?|Hrsg|Hg|dir|éds?|coord|a\s?cura\s?di)\.?\s*\)"
    r"|,\s(?:eds?|Hrsg|Hg)\.?(?=[\s.,]|$))",
    re.IGNORECASE)
"""What follows names that were their book's editors: "Binstock, R. H. (Eds.)",
"Rossi M. (a cura di)", "Smith, J., ed."."""
ET_AL_AFTER = LazyPattern(rf"\.?,?\s\[?{ET_AL_PATTERN}\.?\]?(?=[\s.,;:(]|$)")
""""et al." right after the names the labeller marked, left out of their span as its
training gold leaves it out of the names ("Smith, J., Brown, K., et al. (2001).",
"Berman, P. et al. 1998", "Dagupta P, Van Dyke J, et al."): the names end with OTHERS."""

VANCOUVER_INITIALS = LazyPattern(r"[A-ZÀ-Þ]{1,3}|[A-ZÀ-Þ]-[A-ZÀ-Þ]")
"""Vancouver's initials: capitals with no periods ("EA" in "Said EA", "J-P" in
"Bellocq J-P")."""
GIVEN_IN_BRACKETS = LazyPattern(r"([^\W\d_][^()]*?)\s?\(([A-Z][^()]*)\)")
"""French and Italian lists' "SIERVO (M.)", "Rossi (Mario)": the given name in brackets
after the family name."""
OCR_INITIAL = LazyPattern(r"[^\W\d_]\.")
"""One letter and its period, in either case: an initial as OCR reads one set in small
capitals ("KRAUSS s.", "bassi e.", "PEVERELLI p."); without its period a lone letter may
be a word («Письмо к Т. А.»)."""
OCR_SPLIT_FAMILY = LazyPattern(r"[A-ZÀ-Þ][^\W\d_]+(?:\s[a-zß-ÿ]+){1,2}")
""""Caval canti", "Schiaffi no": a family name OCR parted where a line broke it."""
SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "2nd", "3rd", "3d"})
"""Generational suffixes printed after Vancouver initials ("Macek M Jr", NLM's
"Gretz HF 3d")."""


def split_names(span: str) -> list[Name]:
    """The names of a span; "et al." closing it ends them with Name(literal=OTHERS), as the
    grammar's lists do (`names.parse_name_list`), so that a writer prints it back."""
    text = _without_closing_period(ROLE_BEFORE.sub("", ROLE_MARK.sub("", span).strip(" ,;:")))
    et_al = ET_AL.search(text)
    if et_al:
        text = text[: et_al.start()].strip(" ,")
    names: list[Name] = []
    for piece in LIST_SEPARATOR.split(text):
        names.extend(_names_of_piece(piece))
    return names + [Name(literal=OTHERS)] if names and et_al else names


def _without_closing_period(text: str) -> str:
    """"Jane Doe." → "Jane Doe"; an initial keeps its period ("Dweck, C."), in lower
    case too ("KRAUSS s.": OCR_INITIAL)."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    if last.endswith(".") and not is_initials(last) and not OCR_INITIAL.fullmatch(last):
        return text[:-1]
    return text


def _names_of_piece(piece: str) -> list[Name]:
    parts = [part.strip() for part in piece.split(",") if part.strip()]
    names: list[Name] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        following = parts[index + 1] if index + 1 < len(parts) else None
        if following is not None and _is_family(part) and _is_given(following) \
                and not _two_names_given_first(part, following):
            names.append(_inverted(part, following))
            index += 2
            continue
        names.append(_one_name(part))
        index += 1
    return names


def _is_family(part: str) -> bool:
    words = part.split()
    return bool(words) and len(words) <= 4 and words[-1][0].isupper() and not any(
        is_initials(w) or VANCOUVER_INITIALS.fullmatch(w) for w in words[1:]) \
        and not is_initials(words[0])


def _two_names_given_first(part: str, following: str) -> bool:
    """Whether "Alberto Tenenti, Ugo Tucci" are two names in their natural order, not
    the family "Alberto Tenenti" and the given names "Ugo Tucci": both parts are two
    words or more, none an initial, and one of them opens with a known given name and
    closes with a word that is none ("Filiberto Agostini, Paolo Preto"). An inverted
    name keeps its pair when its family is one word ("Martin du Gard, Roger"), opens
    with a particle ("Della Robbia, Erica Viviani") or its given names are both known
    ("García Márquez, Gabriel José")."""
    both = (part.split(), following.split())
    if any(len(words) < 2 or any(is_initials(w) for w in words) for words in both) \
            or both[0][0].lower() in PARTICLES:  # "Della Robbia, Erica Viviani"
        return False
    return any(known_given(words[0]) and not known_given(words[-1]) for words in both)


def known_given(word: str) -> bool:
    """A given name of the table, read without its accents ("José" as "Jose")."""
    plain = "".join(c for c in unicodedata.normalize("NFD", word)
                    if not unicodedata.combining(c))
    return word in GIVEN_NAMES or plain in GIVEN_NAMES


def _is_given(part: str) -> bool:
    """Given names or initials, with a particle after them ("Mário de")."""
    words = part.split()
    while len(words) > 1 and words[-1].rstrip(".") in PARTICLES:
        words.pop()
    if not words or len(words) > 3:
        return False
    return all(is_initials(w) or VANCOUVER_INITIALS.fullmatch(w) or
               (w[0].isupper() and w.replace("-", "").isalpha()) for w in words)


def _inverted(family: str, given: str) -> Name:
    words = family.split()
    particle = []
    while len(words) > 1 and words[0].lower() in PARTICLES:
        particle.append(words.pop(0))  # as printed: "Van Dyke", "de Meis"
    given_words = given.split()
    dropping = []
    while len(given_words) > 1 and given_words[-1].rstrip(".") in PARTICLES:
        dropping.insert(0, given_words.pop().rstrip("."))  # "Andrade, Mário de."
    return Name(family=" ".join(words), given=" ".join(given_words),
                non_dropping_particle=" ".join(particle) or None,
                dropping_particle=" ".join(dropping) or None)


def _read_as_scanned(part: str) -> Name | None:
    """A name as OCR gives back a printed one, or in the cataloguer's brackets, which
    the readers of names written by hand do not read: the family before its initials
    with either in lower case (small capitals read so: "KRAUSS s.", "bassi e.", "viola
    A. A.", "Barral i Altet X."); initials before a family parted where a line broke it
    ("E. Caval canti", "A. Schiaffi no"); a name supplied in square brackets, as ISBD
    marks what the title page does not print ("[B. Gamba]"). None if it is none of
    them."""
    bare = part.strip("[] ")
    if bare != part and "[" not in bare and "]" not in bare:
        name = parse_person(bare)
        if name is not None:
            return name
    words = bare.split()
    initials = len(words)
    while initials > 1 and OCR_INITIAL.fullmatch(words[initials - 1]):
        initials -= 1
    family = words[:initials]
    if initials < len(words) and len(family) <= 3 and all(
            word.isalpha() for word in family) and len(family[-1]) > 1:
        return Name(family=" ".join(family), given=" ".join(words[initials:]))
    given = 0
    while given < len(words) and is_initials(words[given]):
        given += 1
    if given and OCR_SPLIT_FAMILY.fullmatch(" ".join(words[given:])) and not any(
            word in PARTICLES or word in CONNECTIVE_WORDS for word in words[given + 1:]):
        return Name(family=" ".join(words[given:]), given=" ".join(words[:given]))
    return None


def _one_name(part: str) -> Name:
    bracketed = GIVEN_IN_BRACKETS.fullmatch(part)
    if bracketed:
        return Name(family=bracketed.group(1), given=bracketed.group(2))
    words = part.split()
    suffix = words.pop() if len(words) >= 3 and words[-1] in SUFFIXES else None
    if len(words) >= 2 and VANCOUVER_INITIALS.fullmatch(words[-1]) and \
            not VANCOUVER_INITIALS.fullmatch(words[0]):
        return Name(family=" ".join(words[:-1]), given=words[-1], suffix=suffix)
    name = parse_person(part)
    if name is None and part.endswith("."):
        name = parse_person(part[:-1])  # "M. Lam.": a short family name read as initials
    if name is None:
        name = _read_as_scanned(part)
    if name is None:
        return Name(literal=part)
    if name.non_dropping_particle:  # as printed: "U. De Angelis", "Van Dyke J."
        printed = next((word for word in words
                        if word.casefold() == name.non_dropping_particle.casefold()), None)
        name.non_dropping_particle = printed or name.non_dropping_particle
    return name
