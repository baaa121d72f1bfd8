"""Electronic resources and standard numbers, taken out of a reference first.

GOST R 7.0.5-2008 clause 10 ("URL:", "Режим доступа:", "(дата обращения: …)"),
GOST 7.1-2003 clause 5.2.3 ("[Электронный ресурс]") and 5.9 (ISBN, ISSN), GOST R
7.0.100-2018 clause 5.3 ("— Текст : электронный"), and DOIs, also as their resolver's
address ("https://doi.org/10.…", as Crossref asks journals to print them), and the
eLIBRARY document number ("EDN: SSIWQS").
They go first because an address may hold "/", "//" and periods.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.data.languages import CATALOGUE_LANGUAGE_CODES
from biblio.data.reference_terms import (
    ACCESS_LABELS,
    CONTENT_FORMS,
    MEDIA_TYPES,
    MEDIUM_DESIGNATIONS,
    UNPUBLISHED_FORMS,
    UNPUBLISHED_REMARKS,
    URL_LABELS,
)
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date
from biblio.parse.areas import AREA_DASHES
from biblio.parse.patterns import contains_any, optional_space_before, trie
from biblio.parse.patterns import alternation as _alternation
from biblio.parse.publication import full_date
from biblio.parse.reference import add_note

_URL_WORDS = r"\s(?>(?:[A-Za-z][\w-]*\s){0,2})(?!\S*://)(?!www\.)"
"""Words of a path broken by spaces, then not the next address."""
_URL_TOKEN = r"[^\s\u0400-\u04ff]"
"""A character of a path: no space, no Cyrillic."""
_SLASH_BY_LETTER = rf"(?={_URL_TOKEN}*?(?:[A-Za-z)]/|/[A-Za-z]))"
_URL_END = r"(?=[\s,;)]|\.?$|\.\s)"
URL_CONTINUED = (
    rf"(?:(?>{_URL_WORDS}{_SLASH_BY_LETTER}{_URL_TOKEN}++)*"    # pieces with a slash by a letter
    rf"{_URL_WORDS}{_SLASH_BY_LETTER}"                          # the last, ending as a path does:
    rf"(?:{_URL_TOKEN}*?(?:/|\.[A-Za-z][A-Za-z0-9]{{1,4}})"     # a folder, a file's extension,
    rf"|[^\s\u0400-\u04ff?]*+\?{_URL_TOKEN}*+){_URL_END})?"  # or a query
)
"""An address continued after a space, as a path with a space in a folder's name or a
line broken by OCR prints it: "http://www.uabs.edu.ua/images/stories/hizhnyak/Vymogy
oformlennya/gost_7.1-2006.pdf", "http://adm.dp.ua/OBLADM/ obldp.nsf/archive/3E8?opendocument",
"http://www.ort.sob.ru (Win)/ep roject/he rb/main/herb.html": Latin pieces up to one with
a slash next to a letter, the last ending as a path does (a file's extension, a "/", a
query). "(Accessed 4 January 2011)", "on 5/6/2010", a Cyrillic word, the next address
("www.…") and words with a slash that end no path ("TCP/IP protocol", "km/h", "and/or")
end the address."""
URL = LazyPattern(
    rf"""
    \.?\s?(?:[—–-]\s)?(?:{_alternation(URL_LABELS)})\s?:\s?   # URL:, Режим доступа:
    (?:URL\s?:\s?)?
    (?P<url>(?:[a-z][a-z0-9+.-]*://(?:\s(?=www\.))?\S+|www\.\S+){URL_CONTINUED})
                                          # the address; "http:// www." has a space after "//"
    (?:,?\s(?P<access>свободный|для\sзарегистрир\.\s[^.,;]+))?  # GOST 7.82 5.7: mode of access
    """,
    re.VERBOSE,
)
URL_LABEL = LazyPattern(trie(URL_LABELS))
"""Where URL may open: each of its matches opens at most URL_LEAD characters (". — ") before
its label. URL opens with optional marks, so the engine tried it at every position of the
reference; searched from the first label (found by a scan for the labels' first letters)
less URL_LEAD, it finds the same match (issue 9)."""
URL_LEAD = 4
EMPTY_ADDRESS = LazyPattern(rf"\.?\s(?:[—–-]\s)?(?P<label>{_alternation(URL_LABELS)})\s?:\Z")
"""An address's label closing a reference with no address after it: "… DOI:
10.7256/2454-0609.2018.6.28112 URL:", as a journal's "how to cite" line is copied without
its link (the address was the link's, and the copy kept its text only). The label is kept
in `note`; the areas before it are read as if it were not there."""
ACCESSED = re.compile(
    rf"{optional_space_before('(')}(?:{_alternation(ACCESS_LABELS)})\s?:?\s?(?P<date>[^()]{{1,40}})\)"
)
DOI = re.compile(r"\.?\s?(?:[—–-]\s)?DOI\s?:?\s?(?P<doi>10\.\S+)", re.IGNORECASE)
DOI_WORD = re.compile("doi", re.IGNORECASE)
"""What DOI needs besides "10.", looked for first: DOI opens with an optional period, space
and dash, so the engine tries it at every position (about 10 µs a reference), and "10." is
in every reference of 1910 or 2010 and in many pages ("С. 110.")."""
DOI_ADDRESS = LazyPattern(r"\.?\s?(?:[—–-]\s)?https?://(?:dx\.)?doi\.org/(?P<doi>10\.\S+)")
"""A DOI printed as its resolver's address, with no "URL:" before it."""
EDN = re.compile(
    r"\.?\s?(?:[—–-]\s)?\bEDN\s?:\s?(?P<edn>[A-Z]{6})\b"
    r"(?=\.?\s*$|\.?\s(?:URL\b|https?://))")
"""The document number of eLIBRARY.RU, the platform of the Russian citation index (РИНЦ):
six capital Latin letters after "EDN:", printed at a reference's end, after its pages or
its DOI, by the lists of Russian journals ("… 2024. С. 426-427. EDN: SSIWQS", "… 2024. No.
6. Pp. 35–40. EDN: CKFPVC"). CSL has no variable for it: it is kept in `note` as printed,
where Zotero's Extra field keeps the identifiers CSL lacks, and the pages before it are
read as pages again. Only at the end, or before an address that ends the reference (a DOI,
an access date and a labelled address are taken out before it): inside a title the words
are the title's («Статья о системе EDN: ABCDEF и ее применении»)."""
_FORM = rf"(?:{_alternation(CONTENT_FORMS)})(?:\s\([^()]{{1,60}}\))?"
CONTENT_FORM = LazyPattern(
    rf"""
    \.?\s?[—–-]\s                                           # the area's ". — "
    (?P<form>{_FORM}(?:\.\s{_FORM})*\s?:\s?                   # Текст. Изображение :
       (?:{_alternation(MEDIA_TYPES)})[^\W\d_]*)               # электронные
    (?=$|[\s.,;/])
    """,
    re.VERBOSE,
)
UPDATED = LazyPattern(r"\.?\s?[—–-]\s(?P<note>Обновляется\s[^.—–]{1,40}?)(?=\.?\s?[—–-]\s|\.?$)")
"""The update frequency of a site, in its notes (GOST R 7.0.100-2018, the standard's own
example of a site: "– Обновляется в течение суток. – URL: …")."""
"""GOST R 7.0.100-2018's content form and media type area: "— Текст : непосредственный",
"— Изображение (неподвижное ; двухмерное) : непосредственное"; the kind of document, not
a title's or a publisher's part. CONTENT_FORM opens with an optional period and space, so
the engine tries it at every position (2.5–3.5 µs a reference): it is searched only in a
text with a colon and a content form."""
RESOURCE_AREAS = LazyPattern(
    r"""(?<=\.)\s?[—–-]\s
      (?P<area>[ЭЕ]лектрон\.\s(?:текстовые\s|текст\.\s|граф\.\s)?(?:дан|дані|прогр)\.   # 5.3: type
         (?:\s\([^()]{1,60}\))?(?:\s?(?:и|,)\s?(?:электрон\.\s)?прогр\.)?
       | \d+\s[эе]лектрон\.(?:[\s-]опт\.)?\s(?:диск|дискет)[^\s.;–—]*           # 5.6: extent
         (?:\s\([^()]{1,30}\))?
       | Систем\.\sтребования\s?:[^–—]*                                           # 5.7: note
      )\.?(?=\s?[—–-]\s|\s*$)""",
    re.VERBOSE | re.IGNORECASE,
)
"""The areas GOST 7.82-2001 gives an electronic resource besides its title: the type and
size of the resource ("– Электрон. дан."; DSTU GOST 7.1:2006 in Ukrainian: "– Електрон.
текст. дані"), its extent on a carrier ("– 1 электрон. опт.
диск (CD-ROM)"; DSTU GOST 7.1:2006 in Ukrainian: "3 електрон.-опт. диски (DVD-RW)"), the
system requirements: no part of a title, an imprint or a publisher; kept in `note` as
printed, `medium` saying the resource is electronic."""
BARE_URL = LazyPattern(
    r"(?:(?:\s?[:—–-])?\s|^)(?P<url>https?://[^\s,]+(?:,[^\s,]+)*" + URL_CONTINUED + ")"
    r"(?:,\s(?P<access>свободный|для\sзарегистрир\.[^.,]*))?")
"""An address printed with no label after the medium, as older guides print it, with the
mode of access after a comma ("…: http://www.nlobooks.ru/node/863, свободный", kept in
`note` as the URL pattern's is: GOST 7.82-2001 clause 5.7); or an
address alone, as notes cite a site ("http://history.franko.lviv.ua/Iv.htm;", "См.:
https://ru.wikipedia.org/wiki/Вильчур,_Марк_Ефимович"); a comma with no space after it
belongs to the address."""
ENCLOSED_URL = LazyPattern(
    r"\.?\s?(?:[—–-]\s)?\(\s?(?P<url>(?:https?://|www\.)[^\s()<>]+?)\.?\s?\)"
    r"(?=\s?(?:[.,;:]|[—–-]\s|//|$))")
"""An address alone in parentheses, as notes add a site to a reference
("Дынкин А. Россия в глобальной экономике 2012-2020 / А. Дынкин // Внешняя политика
России. – 2013. – ( http://russiancouncil.ru/…)", "Копршивова А. Династия врачей.
Альтшуллеры (www.ruslo.cz/articles/816/)", "Сухобок Сергей. За кулисами кризисов. … Часть
3. (http://comments.ua/money/…)"): the work's `URL`, the marks with it. Read as anything
else, its parentheses made it a series (GOST 7.1-2003 clause 5.7 encloses the series area
in them) or a translation's original title. Angle brackets are left alone: after a
periodical's issue in Новый мир's «Периодика» («— «Новая газета», 2012, № 38, 6 апреля
<http://www.novayagazeta.ru>») the address taken first left the issue unread. Its opening
parenthesis and address are looked for first: the pattern opens on optional marks, and
the engine would try it at every position of every reference with a parenthesis. Only
where the parenthesis closes the reference or an area (a period, a comma, a dash after
it): one a sentence goes on after is the title's own ("Анализ сайта (www.kremlin.ru) как
источника информации", "Портал (http://gosuslugi.ru) в жизни горожан")."""
ACCESS_NOTE = LazyPattern(
    r"""\.?\s(?:[—–-]\s)?(?P<note>(?:Доступ\sиз|Загл\.\sс\s(?:титул\.\s)?экрана
        |Загл\.\sс\sэтикетки\sдиска|Назва\sз\s(?:екран[ау]|етикетки\sдиска)
        |Режим\sдоступ[ау]\s?:\s(?:для|по)\s)
        [^()]*?)\.?(?=\s?\(|\s(?:[—–-]\s)?IS[BS]N\b|$)""",
    re.VERBOSE,
)
"""The notes of GOST 7.82-2001 clause 5.7 that close a description: where a document is
read ("Доступ из справ.-правовой системы «КонсультантПлюс»") and the source of its title
("Загл. с экрана", "Загл. с этикетки диска"; DSTU GOST 7.1:2006 "Назва з екрана", "Назва з
етикетки диска"), and GOST R 7.0.100-2018's mode of access printed after the address
and its date ("— Режим доступа: для авториз. пользователей."); kept in `note`. A note ends
before the standard number that follows it ("… Загл. с экрана. ISBN 978-5-6042106-1-1", a
historian's reprint in the dev set's batch 50), which is its area (ISBN, ISSN)."""
ISBN = LazyPattern(r"\.?\s?(?:[—–-]\s)?ISBN:?\s?(?P<number>[\dXx][\dXx -]{8,16}[\dXx])")
ISSN = LazyPattern(r"\.?\s?(?:[—–-]\s)?ISSN:?\s?(?P<number>\d{4}-\d{3}[\dXx])")
"""The standard number area, GOST 7.1-2003 clause 5.9."""
MEDIUM = LazyPattern(rf"\s?\[(?P<medium>{_alternation(MEDIUM_DESIGNATIONS)})\]")
UNPUBLISHED = LazyPattern(
    rf"(?:\.|\s[—–])\s(?P<form>{_alternation(UNPUBLISHED_FORMS)})\.?"
    rf"(?:\s(?P<remark>{_alternation(UNPUBLISHED_REMARKS)}))?\.?\s*$")
"""An unpublished work's form closing its description (UNPUBLISHED_FORMS): the medium."""


def take_content_form(text: str, fields: dict[str, Any]) -> str:
    """Remove GOST R 7.0.100-2018's content form and media type ("— Текст :
    непосредственный") into `medium`: every reader's description may close with it."""
    form = CONTENT_FORM.search(text) if ":" in text and contains_any(CONTENT_FORMS, text) \
        else None
    if form:
        fields["medium"] = form["form"]
        text = text[: form.start()] + text[form.end():]
    return text


def _url(text: str) -> re.Match[str] | None:
    """URL's first match in `text`, searched from its first label less URL_LEAD."""
    label = URL_LABEL.search(text)
    return URL.search(text, max(label.start() - URL_LEAD, 0)) if label else None


def take_electronic(text: str, fields: dict[str, Any]) -> str:
    """Remove URL, DOI, EDN, access date, ISBN/ISSN and "[Электронный ресурс]" into `fields`."""
    accessed = ACCESSED.search(text) if "(" in text else None
    if accessed:
        date = full_date(accessed["date"])
        fields["accessed"] = date or Date(literal=accessed["date"].strip())
        text = text[: accessed.start()] + text[accessed.end():]
    doi = DOI_ADDRESS.search(text) if "doi.org/" in text else None
    if doi:
        fields["DOI"] = doi["doi"].rstrip(".,;")
        text = text[: doi.start()] + text[doi.end():]
    updated = UPDATED.search(text) if "Обновляется" in text else None
    if updated:
        fields["note"] = updated["note"]
        text = text[: updated.start()] + text[updated.end():]
    text = take_content_form(text, fields)
    empty = EMPTY_ADDRESS.search(text) if text.endswith(":") else None
    if empty:
        add_note(fields, empty["label"] + ":")
        text = text[: empty.start()]
    url = _url(text) if "://" in text or "www." in text else None
    if url:
        fields["URL"] = url["url"].rstrip(".,;").replace(":// ", "://")
        if url["access"]:
            add_note(fields, url["access"])
        text = text[: url.start()] + text[url.end():]
    doi = DOI.search(text) if "10." in text and DOI_WORD.search(text) else None
    if doi:
        fields["DOI"] = doi["doi"].rstrip(".,;")
        text = text[: doi.start()] + text[doi.end():]
    edn = EDN.search(text) if "EDN" in text else None
    if edn:
        add_note(fields, f"EDN: {edn['edn']}")
        text = text[: edn.start()] + text[edn.end():]
    enclosed = ENCLOSED_URL.search(text) if "URL" not in fields and (
        "(http" in text or "( http" in text or "(www." in text or "( www." in text) else None
    if enclosed:  # "– ( http://russiancouncil.ru/…)", "(www.ruslo.cz/articles/816/)"
        fields["URL"] = enclosed["url"]
        text = text[: enclosed.start()] + text[enclosed.end():]
    bare = BARE_URL.search(text) if "URL" not in fields and "http" in text else None
    if bare:  # "[Эл. ресурс]: http://www.nlobooks.ru/node/863, свободный"
        fields["URL"] = bare["url"].rstrip(".,;")
        if bare["access"]:
            add_note(fields, bare["access"])
        text = text[: bare.start()] + text[bare.end():]
    if "лектрон" in text or "Систем." in text:
        areas = [area["area"] for area in RESOURCE_AREAS.finditer(text)]
        if areas:
            fields.setdefault("medium", "Электронный ресурс")
            add_note(fields, *areas)
            text = RESOURCE_AREAS.sub("", text)
    note = ACCESS_NOTE.search(text) if "Доступ из" in text or "Загл. с" in text or \
        "Назва з" in text or \
        "Режим доступ" in text else None
    if note:
        add_note(fields, note["note"].strip())
        text = text[: note.start()] + text[note.end():]
    language = CATALOGUE_LANGUAGE.search(text, len(text) - LANGUAGE_AREA_REACH) \
        if text.endswith(CATALOGUE_LANGUAGE_ENDINGS) else None
    if language:
        fields["language"] = CATALOGUE_LANGUAGE_CODES[language["code"]]
        text = text[: language.start()]
    catalogue = CATALOGUE_NOTES.search(text) if "см" in text or "cm" in text or \
        "ібліогр" in text or "иблиогр" in text or "ibliogr" in text else None
    if catalogue:
        add_note(fields, *(part.strip() for part in
                            catalogue.group("size", "note", "bibliography") if part))
        text = text[: catalogue.start()] + _area_end(catalogue) + text[catalogue.end():]
    for variable, pattern in (("ISBN", ISBN), ("ISSN", ISSN)):
        number = pattern.search(text) if variable in text else None
        if number:
            fields[variable] = number["number"]
            text = text[: number.start()] + text[number.end():]
    contents = CONTENTS_NOTE.search(text) if "одерж" in text or "міст" in text else None
    if contents:
        add_note(fields, contents["contents"])
        text = text[: contents.start()]
    unpublished = UNPUBLISHED.search(text) if "укопи" in text or "ашинопи" in text else None
    if unpublished:
        fields["medium"] = unpublished["form"]
        add_note(fields, unpublished["remark"])
        text = text[: unpublished.start()]
    medium = MEDIUM.search(text) if "[" in text else None
    if medium:
        fields["medium"] = medium["medium"]
        text = text[: medium.start()] + text[medium.end():]
    return AREA_DASH_LEFT.sub("", text.strip()).rstrip(".").rstrip() if fields else text


_NOTE_TEXT = r"(?:[^—–]|[—–](?!\s))*?"
"""A note's text up to an area's dash: a dash with no space after it is a range's."""
CATALOGUE_NOTES = LazyPattern(
    rf"""(?:\s?;)?\s(?P<size>\d{{1,2}}\s?(?:см|cm))\.?                   # 5.6: "21 см", "24 cm"
        (?:\s(?:[—–-]\s)?                                          # its own area after
          (?P<note>(?:[КK]\.:\s)?(?:Библиогр|Бібліогр|Bibliogr)\.?\s?:?{_NOTE_TEXT}))?  # the size
        \.?(?=\s?(?:[—–-]\s|ISBN|$))
      |\.?\s(?:[—–-]\s)?(?P<bibliography>(?:Библиогр|Бібліогр|Bibliogr)\.?\s?:{_NOTE_TEXT})
        \.?(?=\s?(?:[—–-]\s|ISBN|$))""",
    re.VERBOSE,
)
"""What a catalogue record prints after the extent: the book's height (GOST 7.1-2003
clause 5.6, "; 21 см") and the note on its bibliography (clause 5.8, "Библиогр.: с.
249-254", "Библиогр.: с. 230–250", a Ukrainian library's "К.: Бібліогр. : с. 219-230");
kept in `note`. The note runs to the next area's dash; a dash inside a page range ("с.
230–250") is no area's. After the size the note may open an area of its own, as IRBIS's full
records print it ("- 388 с. : ил. ; 22 см. - Библиогр.: с. 388. - 1.45 р."): read with the
size, it no longer leaves "Библиогр.: с. 388" to be read as a place and a publisher."""
CATALOGUE_LANGUAGE = LazyPattern(
    rf"\.?\s[—–-]\s(?P<code>{_alternation(CATALOGUE_LANGUAGE_CODES)})\.$")
"""The text's language closing a catalogue's record as its last area, after the pages or
the note on the bibliography: «… — С. 54-59. — Бібліогр.: 30 назв. — укр.»
(`CATALOGUE_LANGUAGE_CODES`). Before, it stayed the cite's commentary, and with the area's
period dropped it took the pages with it («— С. 54-59 — укр.»)."""
CATALOGUE_LANGUAGE_ENDINGS = tuple(f" {code}." for code in CATALOGUE_LANGUAGE_CODES)
"""What a text CATALOGUE_LANGUAGE reads ends with, tested first: every reference would
otherwise be searched from its start."""
LANGUAGE_AREA_REACH = 5 + max(map(len, CATALOGUE_LANGUAGE_CODES))
"""How far from the end CATALOGUE_LANGUAGE's match may open: the area's period, a space,
its dash, a space and the longest code with its period."""


def _area_end(note: re.Match[str]) -> str:
    """The period closing the area before a catalogue's note, given back when another area
    follows the note: the note took it with it, and the area before, a page's «С. 54-59»,
    would run on into the next («… — С. 54-59. — Бібліогр.: 30 назв. — укр.», the records of
    the Vernadsky library's catalogue, read as «… — С. 54-59. — укр.»)."""
    follows = note.string[note.end():].strip()
    return "." if note.group().startswith(".") and follows[:1] in AREA_DASHES else ""


CONTENTS_NOTE = LazyPattern(
    r"(?:\.?\s[—–-]|\.)\s(?P<contents>(?:(?:Из\s)?[Сс]одерж|Зміст|Зі\sзмісту)\.?\s?:\s.+?)\.?$")
"""The contents note closing a description (GOST 7.1-2003 clause 5.8; GOST 7.0.12-2011
abbreviates «содержание» «содерж.»; a part of the contents «Из содерж.:», Ukrainian «Зміст:»,
«Зі змісту:»): "… — С. 13—20. — Содерж.: Колесникова В. Наша Хамис. — С. 13— 14; Елагина
Е. Преданность делу. — С. 15-20." The parts it lists, with their own pages, are no areas
of the work: the note is kept whole in `note`, after the ISBN taken out of it. A note's
short form (GOST R 7.0.5-2008 4.6) opens it with ". " alone: "… С. 13—20. Содерж.: …"."""
AREA_DASH_LEFT = LazyPattern(r"\.\s?[—–-]$")
"""The ". – " of an area whose content was taken out: "Аннотация. - [Эл. ресурс]: …"."""
