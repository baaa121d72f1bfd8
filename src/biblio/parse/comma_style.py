"""Books cited in the comma style of English and other European notes.

A Russian article quotes foreign notes as their authors wrote them:

- Chicago 17 (clause 14.100, a book in a note): names given first, a comma, the
  title, the imprint in parentheses, the pages — "E. H. Carr, The Bolshevik
  Revolution (London, 1953), 45", "Sheila Fitzpatrick, Everyday Stalinism (New York:
  Oxford University Press, 1999), 12–15";
- Chicago 17 (clause 14.171, a journal article): the title in quotation marks, the
  journal, volume, "no." and the year in parentheses — "Lynne Viola, “The Unknown
  Gulag,” Slavic Review 64, no. 2 (2005): 200"; volume and issue each optional; the AIP
  style of the physics and geology journals translated from Russian puts the article's
  pages before the year — "A. S. Alekseev, “Typification …,” Vestn. Mosk. Univ., Ser.
  Geol., No. 5, 6–14 (2000).";
- Chicago 17 (clause 14.107, a chapter): the chapter's title in quotation marks, "in",
  the book, its editors after "ed." — "A. Dallin, “The Ukraine,” in The Fate of the
  Ukraine, ed. S. Smith (London: Macmillan, 1990), 45";
- in all three, up to three authors joined as CMOS 14.76 joins them ("A, B, and C"),
  "et al." after the first of more, "ed."/"trans." names and "vol. 3" after a book's
  title, and no names at all for a work without author (14.79: the title leads);
- PN-ISO 690 and the Polish, Czech and German practice that follows it: names given
  first, title, "Place Year", pinpoint with its term — "A. Paczkowski, Pół wieku
  dziejów Polski, Warszawa 1995, s. 45"; an article names its journal in quotation
  marks before the year — "W. Materski, Polska a ZSRR, „Dzieje Najnowsze” 1990, nr 1,
  s. 5"; "Tenże" ("the same") stands for the names.

A GOST heading puts the family first and ends its areas with periods, so these are
tried only on a whole reference that opens with names and a comma (not a GOST heading
followed by a title), or with no names with a title in quotation marks or a book's
title before a Chicago imprint, has no " / " or " // ", and ends with one of the
imprints; anything else is left to the GOST grammar.
"""

from __future__ import annotations

import re

from biblio.data.places import is_abbreviated_place
from biblio.data.reference_lexicon import MONTH_WORDS
from biblio.data.role_phrases_after_titles import ROLE_PHRASES_AFTER_TITLES, ROLE_PREPOSITIONS
from biblio.data.reference_terms import (CHAPTER_HOST_OPENERS, CITED_PAGE_PREPOSITIONS,
                                         IDEM_MARKERS, LOCATOR_LABELS, PUBLISHER_PREPOSITIONS,
                                         THESIS_GENRES, VOLUME_TERMS)
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date, Name, is_others
from biblio.parse.locators import BARE_NUMBER_OF_VOLUMES, NUMBER, PAGE_RANGE, VALUE, parse_edition
from biblio.parse.names import UPPER, is_initials, parse_heading, parse_name_list, parse_person
from biblio.parse.patterns import alternation, take_language_mark
from biblio.parse.publication import (KNOWN_PLACES, MONTH, city_before_firm,
                                      firm_before_city, is_known_place, month_number,
                                      read_place, read_places)
from biblio.parse.quoted_titles import unquoted_title
from biblio.parse.reference import Reference, add_note
from biblio.parse.role_case import names_in_nominative

NAMES = re.compile(r"(?P<names>[^,():“”\"]{3,80}?),\s")
"""The names before the first comma: "E. H. Carr", "J. Arch Getty and Oleg V. Naumov"."""
MAX_NAMES = 10
"""How many names a serial list may join before its "and": more is no heading."""
CONJUNCTIONS = ("and ", "& ", "et ", "und ", "e ", "y ")
EDITOR_ROLE = LazyPattern(r"eds?\.,\s")
"""A heading of editors: "Z. Steiner, ed., The Triumph" (CMOS 14.103)."""

_IMPRINT = r"""\s\((?P<imprint>[^()]+?),\s?(?P<year>\d{4})     # (New York: Oxford UP, 1999)
    (?:[–-]\d{2,4})?\)                                  # (London: Macmillan, 1950–53)"""
_ROLES = r"""
    (?:,\s(?P<editor_word>eds?\.|под\sред\.)\s            # , ed. Z. Steiner and Z. Scott;
       (?P<editors>[^()]+?))?                                # , под ред. П. Петрова
    (?:,\strans\.\s(?P<translators>[^()]+?))?               # , trans. A. Smith
    (?:,\svol\.\s(?P<volume>\d+))?                           # , vol. 16
"""
_INNER_QUOTE = r"""«[^«»”"]*»|„[^„“”"]*[“”]|“[^“”"]*”"""
"""A word quoted inside a quoted title, its marks paired: «Narod», „Narod“, “Narod”."""
_QUOTED_TITLE = rf"""[“"«„](?P<title>(?:[^”"«»„“]|{_INNER_QUOTE})+?),?[”"»“],?\s"""
"""The title in quotation marks: “…” as printed, «…» as a Russian translation of the notes
retypes them («The Design and Construction of the Palace of Soviets of the USSSR in
Moscow», «V. B. Shklovskii and the Russian Intellectual Tradition,» in a Russian and a
Ukrainian translation of English studies), or „…“ as German and Polish typography and
a Ukrainian page print them (QUOTED_JOURNAL's „Dzieje Najnowsze”)."""
_LABEL = rf"(?P<term>{alternation(LOCATOR_LABELS)})\.\s?"
_PART_LABEL = rf"(?:{alternation(LOCATOR_LABELS)})\.\s?"
"""The chapter's pages' own term, before the cited page's: «с. 112–130, на с. 115»."""
_VOLUME_AFTER_IMPRINT = rf"""
    (?:,\s?(?:{alternation(VOLUME_TERMS)})(?:\.\s?|\s)(?P<cited_volume>{NUMBER}))?  # , т. 3
"""
"""The volume cited of a work in volumes, after its imprint, as Russian translations of the
notes and Russian notes in the comma style print it («А. Блок, Собрание сочинений (М.,
1960), т. 3, с. 5»; "(London, 1953), vol. 2, p. 45")."""
_PINPOINT = rf"""
    {_VOLUME_AFTER_IMPRINT}
    (?:(?:,\s?|\s)
       (?:(?:{_PART_LABEL})?(?P<part_pages>\d+\s?[–-]\s?\d+),\s?  # 85–247, at 126
          (?:{alternation(CITED_PAGE_PREPOSITIONS)})\s)?
       (?:(?P<colon_volume>\d+):)?(?:{_LABEL})?(?P<locator>{VALUE}))?
"""
"""The pages after the imprint, bare as Chicago prints them ("), 45"; "), 2:45", volume
and page, CMOS 14.23), or with their term, as British notes print it ("(Moscow: Progress
Publishers, 1977), p. 582.") and a Russian translation of the notes («(Berlin: Berlinische
Galerie, 1993), с. 185–196»); the comma after the parenthesis is sometimes left out
("(Wiesbaden: Im Insel Verlag, 1967) 437–438"). A chapter's pages may come first, the
cited one after "at" (as British and legal notes print it) or «на с.» in a Russian
translation ("), 85–247, at 126", «), 85–247, на с. 126–127», «), с. 85–247, на с.
126»)."""
_HOST_EDITORS = r"""
    (?:(?P<host_editors>[^(),]+?)(?:,\seds?\.,|\s\(eds?\.\),)\s)?  # McMillin, ed., Aspects
"""
"""The book's editors named before its title, "ed." closed by a comma: a chapter's host
printed as a book of editors is (CMOS 14.103, EDITOR_ROLE: "Nicholas Tarling, ed., The
Cambridge History of Southeast Asia"), as notes outside CMOS's own chapter form print it
("in Arnold McMillin, ed., Aspects of Russian and Czech Literature", in a Ukrainian
translation of an English study), or "(ed.)" in parentheses, as British and German
notes print it ("in: E. Konstantinou (ed.), Methodios und Kyrillos …")."""
_HOST_OPENER = rf"(?:{alternation(CHAPTER_HOST_OPENERS)})(?:\s?:)?\s"
"""What opens a chapter's book: CMOS 14.107's "in", and the words a Russian translation of
the notes puts for it («в кн.:», «в сб.:», «в книге:»)."""
CHICAGO = LazyPattern(
    rf"""
    (?P<title>[^()]+?){_ROLES}{_IMPRINT}
    {_PINPOINT}
    \.?
    """,
    re.VERBOSE,
)
CHICAGO_CHAPTER = LazyPattern(
    rf"""
    {_QUOTED_TITLE}(?:{_HOST_OPENER})?{_HOST_EDITORS}          # “The Ukraine,” in
    (?P<host>[^()]+?){_ROLES}{_IMPRINT}
    {_PINPOINT}
    \.?
    """,
    re.VERBOSE,
)
_ISSUE = r"(?:no\.|No\.|nr|Nr\.?|z\.|№)\s?(?P<issue>\d+(?:[–-]\d+)?)"
"""The issue's term: CMOS 14.171's "no.", the Polish "nr", and "№" where a Russian
translation of the notes retypes it («Slavic Review, т. 62, № 1 (2003)»)."""
CHICAGO_ARTICLE = LazyPattern(
    rf"""
    {_QUOTED_TITLE}                                        # “The Unknown Gulag,”
    (?!in\s)(?=[{UPPER}])(?![IVXLCDM]+[\s,(])               # a name, no numeral
    (?P<journal>[^\d()]+?)                                 # Slavic Review
    (?:(?:,\s(?:т|vol|Vol)\.\s?|\s)(?P<volume>\d+))?       # 64; , т. 62
    (?:,\s{_ISSUE})?
    (?:,\s(?P<page>\d+(?:[–-]\d+)?))?                      # AIP: , 6–14 (2000)
    \s\((?:[^()]{{0,20}}\s)?(?P<year>\d{{4}})\)             # (2005), (Spring 2005)
    (?:(?::\s?|,\s?{_LABEL})(?P<locator>{VALUE}))?          # : 200; , с. 41–68
    \.?
    """,
    re.VERBOSE,
)
CHICAGO_NEWSPAPER = LazyPattern(
    rf"""
    {_QUOTED_TITLE}                                        # “The Wreckers,”
    (?=[{UPPER}])(?P<journal>[^\d(),«»“”"]+?),\s             # Pravda,
    (?:(?P<month>{MONTH})\s(?P<day>\d{{1,2}}),\s              # March 5, 1930
     |(?P<day_first>\d{{1,2}})\s(?P<month_after>{MONTH})\s)  # 5 марта 1930 г.
    (?P<year>\d{{4}})(?:\s?г\.)?
    (?:,\s(?:{_LABEL})?(?P<locator>{VALUE}))?
    \.?
    """,
    re.VERBOSE,
)
"""CMOS 14.191, a newspaper article: the title in quotation marks, the paper, the day of
the issue, the page — "Mikhail Koltsov, “The Wreckers,” Pravda, March 5, 1930, 3."; a
Russian translation dates it as Russian does («М. Кольцов, «Вредители», Правда, 5 марта
1930 г., с. 3.»)."""
QUOTED_JOURNAL = LazyPattern(
    rf"""
    (?P<title>.+?),\s
    [„“"«](?P<journal>[^„“”"«»]+)[”“"»]\s(?P<year>\d{{4}})   # „Dzieje Najnowsze” 1990
    (?:,\s{_ISSUE})?
    (?:,\s{_LABEL}(?P<locator>{VALUE}))?
    \.?
    """,
    re.VERBOSE,
)
PLACE_YEAR = LazyPattern(
    rf"""
    (?P<title>.+?),\s
    (?P<firm_mark>{alternation(PUBLISHER_PREPOSITIONS)})?      # Lyon, chez Périsse, 1790
    (?P<place>[{UPPER}][^\s,;:()]*(?:\s[{UPPER}][^\s,;:()]*){{0,2}})
    (?:,\s?|\s)(?P<year>\d{{4}})                          # Warszawa 1995, М., 2005
    {_VOLUME_AFTER_IMPRINT}
    (?:,\s{_LABEL}(?P<locator>{VALUE}))?
    \.?
    """,
    re.VERBOSE,
)
PERIOD_PLACE_YEAR = LazyPattern(
    rf"""
    (?P<title>.+?)(?<=[^\W\d_]|\d)\.\s
    (?P<place>[A-Z][^\W\d_]+(?:\s(?:a\.|am|an|i\.)\s?[A-Z][^\W\d_]*\.?)?)  # Tübingen, Halle a. S.
    \s(?P<year>\d{{4}})                                   # Leipzig 1881, Frankfurt a. M. 1990
    {_VOLUME_AFTER_IMPRINT}
    (?:,\s{_LABEL}(?P<locator>{VALUE}))?
    \.?
    """,
    re.VERBOSE,
)
"""The older German practice, names and a comma, then the title closed by a period and the
place before its year with no comma, as 19th- and early 20th-century scholarship printed
it and Russian patristic notes quote it: "Joh. Draeseke, Der Brief an Diognetos. Leipzig
1881, S. 173–179", "Mart. Jos. Routh, Reliquiae sacrae. Edit. 2. Vol. III. Oxonii 1846, p.
256" (the edition and volume closing the title, each after its period: `_without_statements`);
one Latin word for the place (a Latin locative "Oxonii" too), or a German city's two
("Frankfurt a. M.", "Halle a. S.")."""
PERIOD_PLACE_SIGN = LazyPattern(r"\.\s[A-Z][^\W\d_]+(?:\s(?:a\.|am|an|i\.)\s?[A-Z][^\W\d_]*\.?)?\s\d{4}")
"""What PERIOD_PLACE_YEAR needs, searched first: ". Leipzig 1881" (opened by the period,
which the engine scans for; the form's lazy title costs some 200 µs a text it is tried on)."""

FORM_END = re.compile(rf"""\d\d{{3}}(?:\s?г\.)?(?:,\s{_ISSUE})?{_VOLUME_AFTER_IMPRINT}
                           (?:,\s(?:{_LABEL})?(?:{VALUE}))?\.?\Z""", re.VERBOSE)
"""How every form without parentheses ends (QUOTED_JOURNAL, CHICAGO_NEWSPAPER,
PLACE_YEAR): a year («1930 г.»), an issue, the volume cited, a pinpoint (a newspaper's
bare page: "March 5, 1930, 3"). A text with no "(" that does not end so is no comma-style
reference, whatever its names: a GOST imprint ("Казань, 1974. С. 157.") is turned away
before the names are parsed. The year's first figure is written alone, so that the engine
scans for it (a pattern that opens with a repeat is tried at every position)."""


FIRM = LazyPattern(r"[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,2}")
"""A publisher's name before its city, as Italian and French notes print it after the
title ("L'Œuvre gravé de Manet, Floury, Paris 1944", "Ai confini del potere, Editrici
Francescane, Padova 2005", "Padova tra rivoluzione e restaurazione, Programma, Padova
1997"): up to three capitalized words, no number, after a segment not so written (a
title that lists names, "…deVenise, Murano, Torcello, Paris 1985", "…, Pseudo-Callisthenes,
Itinerarium Alexandri, Paris 1846", keeps them)."""
ROMAN_NUMBER = LazyPattern(r"[IVXLCDM]+")
SCANNED_ROMAN_NUMBER = LazyPattern(r"[IVXLCDM][IVXLCDMivxlcdm]*")
"""A volume's Roman number, as printed or as a scan reads its "I" as "i" or "l" ("Vili"
for VIII, "Ili" for III): no publisher's name."""
ROLE_STATEMENT = LazyPattern(rf"[,.]\s(?P<role>{alternation(ROLE_PHRASES_AFTER_TITLES)})\s(?=\S)")
"""A statement of responsibility after a book's title and a comma or a period, its role
phrase before the names: "Lettere, a cura di E. Travi", "Florentine Studies, ed. by N.
Rubinstein", "Stupinigi. Introduzione di Luigi Firpo"."""
STATEMENT_CONJUNCTION = LazyPattern(r"\s(?:e|ed|und|et|y|and|&)\s")
"""The conjunction before a statement's last name, in the note's language: "a cura di V.
Branca e C. Ossola", "hrsg. von A. Meyer und B. Weiss", "éd. par A. Molinier et J. Roy"."""
ROLE_WORDS_BEFORE_NAMES = tuple(f"{word} " for word in ROLE_PREPOSITIONS)
"""The last words of ROLE_PHRASES_AFTER_TITLES, before a name: a title without any has no
statement."""
"""A volume closing a title before the imprint ("Storia di Venezia, II, Roma 1990")."""


CHICAGO_FORMS = (CHICAGO_CHAPTER, CHICAGO_ARTICLE, CHICAGO)
"""Forms with an imprint in parentheses, which no GOST reference prints: they are read
after names that could also open a GOST heading ("John D. Kelly, “Seeing Red,” in …"
against "Steiner Z. History, 1700. L., 1700"). A text without "(" is tried against none of
them: the engine would try the lazy title at every position."""
FORMS = (CHICAGO_CHAPTER, CHICAGO_ARTICLE, QUOTED_JOURNAL, CHICAGO_NEWSPAPER, CHICAGO, PLACE_YEAR,
         PERIOD_PLACE_YEAR)
WHOLE_FORMS = (*CHICAGO_FORMS, CHICAGO_NEWSPAPER)
"""The forms whose every area has its mark (`Reference.whole_form`): the imprint's
parentheses, or a newspaper's quoted title and full day."""
SENTENCE_AFTER_IMPRINT = LazyPattern(rf"\)[^()]{{0,40}}?\.\s?(?P<sentence>[{UPPER}])")
"""Where a sentence of the note's writer opens after a Chicago imprint and its pinpoint:
"), 45. On this see …", «), с. 185–196. Я благодарен …» (the first period before a
capital, its space sometimes dropped; the pinpoint's own term, "с. 185", has a figure
after it)."""
IDEM = frozenset(marker.rstrip(".") for marker in IDEM_MARKERS)
OPENING_QUOTE = LazyPattern(r"(?:^|\s)[«“\"‘„]")
"""A quotation mark opening a word; inside one ("S"ezd", the hard sign romanized) it
is a letter."""
TITLE_START = LazyPattern(r"[«“\"‘„]|[^\W\d_a-zа-яё]|\d[^()]*[^\W\d_]")
"""A title opens with a capital or a number, and has a letter: after "War Alliance, " the
rest "vol. 6 (London, 1700)" is no title, nor "1992–2007, vol. 1 (…)"."""
QUOTES = "“\"‘"
STATED_VOLUME = LazyPattern(rf"(?:{alternation(VOLUME_TERMS)})(?:\.\s?|\s)(?P<volume>{NUMBER})")
"""The volume after a title, its term before its number: «т. 1», "vol. 2", "Bd. IV"."""
BARE_ROMAN_VOLUME = LazyPattern(r"[IVXL]{1,6}")
"""A volume by its Roman numeral alone after the title's comma, as older and émigré notes
print it: «К. Д. Кавелин, Собрание сочинений, I (М., 1889), с. 63», "Histoire de Russie, II
(Paris, 1900)"."""
STATED_VOLUMES = LazyPattern(r"(?P<n>\d{1,2})\s(?:vols?|т|тт|Bde)\.")
"""The number of volumes after a title: "3 vols.", «2 т.»."""
STATEMENT_PERIODS = 3
"""How many periods from its end a statement closing a title may hold ("Vol. III", "2.
Aufl.", "Ed. 2-е"): the separators tried before the title is taken as it is."""
TRANSLATION_STATEMENTS = ("пер. с ", "Пер. с ", "trans. from ", "translated from ")
"""A translation's statement with no translator's name («пер. с англ.»)."""
PLACES_BY_CONJUNCTION = LazyPattern(r"\s(?:and|и)\s")
"""The word joining two places of an imprint ("New Haven and London", «М. и Л.»)."""
PLACE_PAIR_JOIN = LazyPattern(r"\s?[;–—-]\s?")
"""What joins two abbreviated places in an imprint as GOST and Soviet notes join them:
«М.; Л.», «М.–Л.», «М. – Л.», «М.-Л.» (`_abbreviated_places`)."""
MAX_PLACE_PAIR = 16
"""The longest imprint read as abbreviated places joined («Ростов н/Д – М.»): longer is a
firm or a sentence."""
PLACE_NAME = LazyPattern(rf"[{UPPER}][^\W\d_]*(?:[\s-][{UPPER}][^\W\d_]*){{0,3}}")
"""A place as an imprint names it, each word capitalized: "London", "New York". Only a
book with no author must show its place so (a place with lower-case words,
"Aix-en-Provence", leaves such a book to the labeller)."""


def _names(text: str) -> list[Name] | None:
    """Names with a given name each: one word alone ("Правда") is a title, not a name."""
    parsed = parse_name_list(text)
    if parsed is None or not all(name.given or is_others(name) for name in parsed):
        return None
    return parsed


def _heading_end(text: str) -> int | None:
    """Where the names that open a note end: after the first comma, after a serial
    list's last name ("A, B, and C, Title"), or after the last of names that each have
    their initials, as Italian and French notes list authors with commas alone ("G.
    Morazzoni, M. Pasquato, Le conterie veneziane, Venezia, Ferrari, 1953"; a title is
    seldom a name with initials); None when no comma follows a first name."""
    first = NAMES.match(text)
    if first is None:
        return None
    position = first.end()
    initialled = _with_initials(parse_person(first["names"]))
    end = first.end("names")
    for _ in range(MAX_NAMES):
        segment = NAMES.match(text, position)
        if segment is None:
            break
        if segment["names"].startswith(CONJUNCTIONS):
            return segment.end("names")
        person = parse_person(segment["names"])
        if person is None or not person.given:
            break
        initialled = initialled and _with_initials(person)
        if initialled:
            end = segment.end("names")
        position = segment.end()
    return end


def _with_initials(person: Name | None) -> bool:
    """Whether a name's given names are initials ("M.", "E. A.", OCR's "R" without its
    period)."""
    given = person.given if person is not None else None
    return bool(given) and all(is_initials(word) or len(word) == 1 and word.isupper()
                               for word in given.split())


def _article(match: re.Match[str], reference: Reference) -> None:
    reference.type = "article-journal"
    reference.fields["container-title"] = match["journal"].strip()
    if match.groupdict().get("page"):
        reference.fields["page"] = match["page"]  # the AIP style's range before the year
    if match.groupdict().get("volume"):
        reference.fields["volume"] = match["volume"]
    if match["issue"]:
        reference.fields["issue"] = match["issue"]


def _book(match: re.Match[str], reference: Reference) -> None:
    fields = reference.fields
    if PERIOD_PLACE_YEAR.produced(match):
        fields["publisher-place"] = read_place(match["place"])
        return
    if PLACE_YEAR.produced(match):
        head, comma, last = fields["title"].rpartition(", ")
        if comma and head and (match["firm_mark"] or city_before_firm(last, match["place"])):
            fields["title"], fields["publisher"] = head, match["place"]  # "…, Napoli,
            fields["publisher-place"] = read_place(last)  # Guida, 1981": PLACE_YEAR's
            return  # place is the publisher, the title's last segment the place (a firm
            # "chez Périsse" is one whatever its city: "Lyon, chez Périsse, 1790")
        firm = firm_closing_title(fields["title"], match["place"])
        if firm:
            fields["title"], fields["publisher"] = firm  # "…, Floury, Paris 1944"
        fields["publisher-place"] = read_place(match["place"])
        return
    if _thesis(match["imprint"], reference):
        fields["title"] = unquoted_title(fields["title"])  # CMOS 14.113 quotes its title
        return
    place, colon, publisher = match["imprint"].partition(":")
    firm_city = None if colon else firm_before_city(place)
    if firm_city:
        publisher, place = firm_city
    if (colon or firm_city) and publisher.strip():
        fields["publisher"] = publisher.strip()
    fields["publisher-place"] = _imprint_places(place)
    if CHICAGO_CHAPTER.produced(match):
        reference.type = "chapter"
        fields["container-title"] = match["host"].strip()
    if match["volume"]:
        fields["volume"] = match["volume"]


def _without_statements(title: str, fields: dict[str, object], separator: str = ", ") -> str:
    """A book's title without the statements a note prints after it, each after a comma,
    before the imprint: the edition (CMOS 14.118 "2nd ed.", «2-е изд.»), the volume of
    a translation's note («т. 1», "Bd. 2", or its Roman numeral alone: «, I (М., 1889)»),
    the number of volumes ("3 vols."), a translation's statement («пер. с англ.», kept in
    `note`): "Richard Pipes, Russia under the Old Regime, 2nd ed. (New York: Scribner,
    1995)", «Э. Карр, История Советской России, т. 1 (М.: Прогресс, 1990)»; each after a
    period where the title closes with one (`separator`: PERIOD_PLACE_YEAR's "Reliquiae
    sacrae. Edit. 2. Vol. III", "Die Gleichnisreden Jesu. 2. Aufl.", whose statements hold
    periods of their own: the last separators are each tried)."""
    while separator in title:
        position = len(title)
        for _ in range(STATEMENT_PERIODS if separator == ". " else 1):
            position = title.rfind(separator, 0, position)
            if position < 0 or _statement_read(title[position + len(separator):], fields,
                                               separator == ", "):
                break
        else:
            return title
        if position < 0:
            return title
        title = title[:position]
    return title


def _statement_read(last: str, fields: dict[str, object], after_comma: bool) -> bool:
    """Whether `last` is one of the statements `_without_statements` takes, its field set;
    a Roman numeral alone only `after_comma` ("Vol. III" after a period is cut at its
    own period: the numeral alone there is no statement)."""
    edition = parse_edition(last)
    volume = STATED_VOLUME.fullmatch(last)
    volumes = STATED_VOLUMES.fullmatch(last)
    if edition and "edition" not in fields:
        fields["edition"] = edition
    elif volume and "volume" not in fields:
        fields["volume"] = volume["volume"]
    elif after_comma and BARE_ROMAN_VOLUME.fullmatch(last) and "volume" not in fields:
        fields["volume"] = last
    elif volumes and "number-of-volumes" not in fields:
        fields["number-of-volumes"] = volumes["n"]
    elif last.startswith(TRANSLATION_STATEMENTS):
        add_note(fields, last)
    else:
        return False
    return True


def firm_closing_title(title: str, place: str) -> tuple[str, str] | None:
    """(the title, its publisher) when a book's title read before a city the tables know
    ends with a publisher's name after a comma (FIRM: "L'Œuvre gravé de Manet, Floury"
    before "Paris 1944", "Armi e armature, Mursia" before "Mila no 1967"), else None."""
    head, comma, last = title.rpartition(", ")
    if comma and head and is_known_place(place) and FIRM.fullmatch(last) and \
            last not in KNOWN_PLACES and not SCANNED_ROMAN_NUMBER.fullmatch(last) and \
            not FIRM.fullmatch(head.rpartition(", ")[2]):
        return head, last
    return None


def role_statement_off(fields: dict[str, object]) -> None:
    """The statement of responsibility a book's title ends with, after a comma or a
    period, taken off it (the comma style's reading and the labeller's): the names after
    an editor's or a translator's role phrase are theirs ("P. Bembo, Lettere, a cura di E.
    Travi, Bologna 1987", "…, hrsg. von J. F. Böhmer, Innsbruck 1889"), an introduction's
    or a preface's statement is kept whole in `note` (CSL has no variable for its author:
    "Stupinigi. Introduzione di Luigi Firpo, Torino 1968"). Only when names follow the
    phrase: "Lettere di un amico, da Roma" is a title."""
    title = fields.get("title")
    if not isinstance(title, str) or not any(word in title for word in ROLE_WORDS_BEFORE_NAMES):
        return
    statement = ROLE_STATEMENT.search(title)
    if statement is None:
        return
    variable = ROLE_PHRASES_AFTER_TITLES[statement["role"]]
    names = _names(STATEMENT_CONJUNCTION.sub(", ", title[statement.end():]))
    if names is None or variable in fields:
        return
    if variable == "note":
        add_note(fields, title[statement.start("role"):])
    else:
        fields[variable] = names
    fields["title"] = title[:statement.start()]


def _thesis(imprint: str, reference: Reference) -> bool:
    """Whether the parentheses name a thesis, its kind and university where a book names
    its imprint (CMOS 14.113: "(PhD diss., Columbia University, 2010)"; a Russian
    translation's "(Ph. D. dissertation, Columbia University, 2010)", a Russian note's
    «(дис. … канд. ист. наук, МГУ, 1999)»): then they are the thesis's genre and
    publisher."""
    if not imprint.startswith(THESIS_GENRES):
        return False
    genre, _, university = imprint.partition(", ")
    reference.type = "thesis"
    reference.fields["genre"] = genre.strip()
    if university.strip():
        reference.fields["publisher"] = university.strip()
    return True


def _imprint_places(text: str) -> str:
    """The places of a parenthesised imprint, as CSL lists them: two joined by "and" as
    the imprints of university presses print them ("New Haven and London", "Frankfurt am
    Main and Oxford" → "New Haven; London"), when one at least is a city the tables know;
    one place, or places as GOST prints them ("М.; Л.", "М.–Л."), read as the grammar
    reads them, each of those parted by a semicolon on its own («(М.; Л.: Госиздат,
    1927)» → "Москва; Ленинград")."""
    if ";" in text:
        parts = [part.strip() for part in text.split(";")]
        if all(parts):
            return "; ".join(read_places(part) for part in parts)
    if " and " in text or " и " in text:
        parts = PLACES_BY_CONJUNCTION.split(text.strip())
        if len(parts) == 2 and all(part[:1].isupper() for part in parts) and \
                any(read_place(part) in KNOWN_PLACES for part in parts):
            return "; ".join(read_place(part) for part in parts)
    return read_places(text)


def _roles(match: re.Match[str]) -> dict[str, list[Name]] | None:
    """The editors and translators named after a title ("ed. Z. Steiner and Z. Scott");
    None when what follows "ed." or "trans." is not names: then the form did not fit."""
    roles = {}
    for group, variable in (("editors", "editor"), ("host_editors", "editor"),
                            ("translators", "translator")):
        text = match.groupdict().get(group)
        if text:
            names = _names(text)
            if names is None:
                return None
            if group == "editors":  # «под ред. П. Петрова»: the genitive, read back
                names = names_in_nominative([match["editor_word"]], names)
            roles[variable] = names
    return roles


def _without_names(text: str, headed: bool) -> re.Match[str] | None:
    """A work with no author (CMOS 14.79): a title in quotation marks, or a book's
    title before an imprint that names a place; or the rest of a note whose heading the
    grammar has read (`headed`: «Лихачев Д. С. Поэтика … (Л.: Наука, 1967), с. 16»), where
    the place may also be abbreviated as GOST 7.0.12 abbreviates it, or the parentheses
    name a thesis (without a heading, a title before such an imprint is left to the GOST
    grammar, which reads «Title (М.: Firm, 1933)» and a heading in the title)."""
    quoted = text[:1] in QUOTES or text[:1] in "«„"  # a translation's «…», a German „…“
    if "(" not in text:  # each form's imprint is in parentheses, but a newspaper's day
        return CHICAGO_NEWSPAPER.fullmatch(text) if quoted else None
    if quoted:
        return CHICAGO_CHAPTER.fullmatch(text) or CHICAGO_ARTICLE.fullmatch(text)
    book = CHICAGO.fullmatch(text) if text[:1].isupper() else None
    if book is None or OPENING_QUOTE.search(book["title"]):
        return None  # "Steiner, W. H. “The Commercial Paper Business,” …": names after all
    place = book["imprint"].partition(":")[0].strip()
    if headed and (_abbreviated_places(place) or place.startswith(THESIS_GENRES)):
        return book  # «(Л.: Наука, 1967)», «(СПб., 1904)», «(дис. … канд. ист. наук, …)»
    if not PLACE_NAME.fullmatch(place) or MONTH_WORDS.intersection(
            word.casefold() for word in re.split(r"[\s-]", place)):
        return None  # "(August-September, 1921)": a date, no imprint
    return book


def _abbreviated_places(place: str) -> bool:
    """Whether an imprint's place is one abbreviated place, or two or more joined as GOST
    and Soviet notes join them («М.», «СПб.»; «М.; Л.», «М. – Л.», «М.–Л.»: «С. Н.
    Прокопович, Народный доход западноевропейских стран (М. – Л., 1930), с. 11 – 12»),
    one of them perhaps written out («М. – Ленинград»)."""
    if is_abbreviated_place(place):
        return True
    if len(place) > MAX_PLACE_PAIR or "." not in place:
        return False
    parts = PLACE_PAIR_JOIN.split(place)
    return len(parts) > 1 and any(map(is_abbreviated_place, parts)) and all(
        is_abbreviated_place(part) or read_place(part) in KNOWN_PLACES for part in parts)


def _tail(rest: str, forms: tuple[LazyPattern, ...]) -> re.Match[str] | None:
    """What follows the names: the first of the forms that reads all of it."""
    parenthesis = "(" in rest
    for pattern in forms:
        if pattern in CHICAGO_FORMS and not parenthesis or \
                pattern is PERIOD_PLACE_YEAR and PERIOD_PLACE_SIGN.search(rest) is None:
            continue
        match = pattern.fullmatch(rest)
        if match:
            return match
    return None


def parse_comma_style(text: str, reference: Reference) -> Reference | None:
    """A book, a chapter or an article in a comma style, or None (the GOST grammar
    reads it then); a Chicago note followed by the writer's sentences, read up to them,
    which are the cite's `suffix`, as the GOST grammar keeps commentary after a
    reference's pinpoint («…), с. 185–196. Я благодарен …»)."""
    reading = _parse_comma_style(text, reference)
    if reading is not None or ")" not in text:
        return reading
    sentence = SENTENCE_AFTER_IMPRINT.search(text)
    if sentence is None:
        return None
    reading = _parse_comma_style(text[:sentence.start("sentence")].rstrip(), reference)
    if reading is None or not reading.whole_form:
        return None
    reading.suffix = text[sentence.start("sentence"):].strip()
    return reading


def _parse_comma_style(text: str, reference: Reference) -> Reference | None:
    if " / " in text or " // " in text:
        return None  # GOST's own punctuation: "Title // Host / Ed. by …"
    bare, language, _ = take_language_mark(text) if text.rstrip(".").endswith(("]", ")")) \
        else (text, None, None)
    if language:  # "(Nedra, Moscow, 1988) [in Russian].": the original's language; a mark
        text = bare  # no table names stays in the text, for the forms to read or report
    if "(" not in text and FORM_END.search(text) is None:
        return None  # no form can end so: every form without "(" ends with its year
    end = _heading_end(text)
    gost_heading = end is not None and 0 < parse_heading(text)[1] < end
    heading = text[:end].strip() if end is not None else ""
    same_author = heading.rstrip(".") in IDEM
    names = _names(heading) if heading and not same_author else None
    role = "author"
    match = None
    if names is not None or same_author:
        rest = text[end:].lstrip(", ")
        editors = EDITOR_ROLE.match(rest)
        if editors:
            role, rest = "editor", rest[editors.end():]
        match = _tail(rest, CHICAGO_FORMS if gost_heading else FORMS)
    if match is None or not TITLE_START.match(match["title"]):
        names, same_author = None, False  # "War Alliance, vol. 6 (London, 1700)": no names
        match = _without_names(text, headed="author" in reference.fields)
    roles = _roles(match) if match else None
    if match is None or roles is None:
        return None
    reference.same_author = same_author  # "Tenże, Polska 1939–1945, Warszawa 1990"
    reference.whole_form = any(form.produced(match) for form in WHOLE_FORMS)
    if names:
        reference.fields[role] = names
    title = match["title"].strip()
    volumes = BARE_NUMBER_OF_VOLUMES.search(title)
    if volumes:  # "L’Etoile polaire, 2 vol., Dumont, 1843"
        reference.fields["number-of-volumes"] = volumes["n"]
        title = title[: volumes.start()]
    if CHICAGO.produced(match):
        title = _without_statements(title, reference.fields)
    elif PERIOD_PLACE_YEAR.produced(match):
        title = _without_statements(title, reference.fields, ". ")
    reference.fields["title"] = title
    reference.fields["issued"] = Date(parts=[[int(match["year"])]])
    if CHICAGO_NEWSPAPER.produced(match):
        reference.type = "article-newspaper"
        reference.fields["container-title"] = match["journal"].strip()
        month, day = (match["month"], match["day"]) if match["month"] else \
            (match["month_after"], match["day_first"])
        reference.fields["issued"] = Date(parts=[[int(match["year"]), month_number(month),
                                                  int(day)]])
    elif CHICAGO_ARTICLE.produced(match) or QUOTED_JOURNAL.produced(match):
        _article(match, reference)
    else:
        _book(match, reference)
        role_statement_off(reference.fields)
    reference.fields.update(roles)
    if language:
        reference.fields["language"] = language
    volume = match.groupdict().get("cited_volume") or match.groupdict().get("colon_volume")
    if volume:
        reference.fields.setdefault("volume", volume)
    if match.groupdict().get("part_pages"):
        reference.fields["page"] = match["part_pages"]  # the chapter's, before the cited
    if match["locator"]:
        term = match.groupdict().get("term")
        reference.locator = match["locator"].strip()
        reference.label = LOCATOR_LABELS[term] if term else "page"
        if CHICAGO_CHAPTER.produced(match) and reference.label == "page" and \
                PAGE_RANGE.match(reference.locator):
            reference.fields.setdefault("page", reference.locator)  # the chapter's pages, as
            # the GOST grammar reads a part's range after «//» ("…, ed., Aspects of Russian
            # and Czech Literature (Columbus, OH: Slavica, 1989), 11–21.")
    return reference
