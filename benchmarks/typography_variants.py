"""Fields lost when a dev reference is typed another way: the parser's typography.

    python benchmarks/typography_variants.py [--variant NAME] [--show N] [--file F]

The Russian dev rows are each typed again in one variant that real sources print
(below, each with where it is seen), the gold changed alike wherever the variant
touches a field's text, and both readings scored, the cite's locator apart from the
item's fields where the row has one (an archive's leaf, a repeat's page). A reader that
holds a reference only in its source's typography loses fields here; the hidden sets are
other sources, so other typography. Only `dev` rows are read (`test` rows never). The ratchet in
tests/test_parse_typography_variants.py holds the losses at their recorded figures.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_external import parse_one, rows  # noqa: E402

from biblio.evaluation import FieldScore, normalize_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FILES = (ROOT / "tests/data/dev/ru-footnotes.jsonl",
         ROOT / "tests/data/dev/ru-gost-examples.jsonl")

CAPITAL = "А-ЯЁA-Z"
INITIALS_FIRST = re.compile(
    rf"(?:^|(?<=[,;/]\s)|(?<=[а-яёa-z]\.\s))((?:[{CAPITAL}]\.\s?){{1,2}})\s(?=[{CAPITAL}][а-яёa-z])")
"""Initials before a surname: at the start, after a list's comma, a "/" or a role
word's abbreviation ("под ред. И. И. Иванова"); not the initials after a heading's
surname, which the title follows."""


HEADING = re.compile(rf"^([{CAPITAL}][а-яё]+(?:-[{CAPITAL}][а-яё]+)?) ((?:[{CAPITAL}]\.\s?){{1,2}})"
                     rf"(?=\s?[{CAPITAL}«])")
"""A heading's surname and initials at the start, «Иванов И. И.» before the title."""
AREA_DASH = re.compile(r"\.\s[—–]\s")
MARKER_CAPITAL = re.compile(r"(?<![\w.])(Т|Вып|Ч|Кн)(?=\.\s?\d)")
PLACES_IN_FULL = {"М.": "Москва", "СПб.": "Санкт-Петербург", "Л.": "Ленинград"}
PLACES_ABBREVIATED = {full: short for short, full in PLACES_IN_FULL.items()}
_PLACE_BEFORE = r"(?:(?<=[а-яёa-z\d»)\]]\.\s)|(?<=[—–]\s)|(?<=;\s)|(?<=[—–]))"
PLACE_ABBREVIATED = re.compile(rf"{_PLACE_BEFORE}(М\.|СПб\.|Л\.)(?=\s?[:;,–—])")
PLACE_IN_FULL = re.compile(rf"{_PLACE_BEFORE}(Москва|Санкт-Петербург|Ленинград)(?=\s?[:;,–—])")
"""A place of publication: after an area's period or dash, before its publisher's colon,
its year's comma or a second place."""
TWO_PLACES = re.compile(r"\b(М\.|Москва)(\s?[–—;-]\s?)(Л\.|Ленинград)(?!\w)")
YEAR_CLOSING_AREA = re.compile(r"(?<=,\s)((?:1[5-9]|20)\d\d)\.(?=\s|$)")
YEAR_WITH_G = re.compile(r"(?<=,\s)((?:1[5-9]|20)\d\d)\s?г\.(?=\s|$)")
"""The publication area's year after its comma, closing the area ("М., 2001.")."""


def _cyrillic(text: str) -> bool:
    """Whether most of the letters of `text` are Cyrillic: a Russian word is typed only
    into a reference in that script."""
    letters = [char for char in text if char.isalpha()]
    return sum("а" <= char.lower() <= "я" for char in letters) * 2 > len(letters)


def _content_type(text: str) -> str:
    """GOST R 7.0.100-2018's content and media area: before a host's «//», else last."""
    if not AREA_DASH.search(text) or "Текст" in text or text.startswith("("):
        return text  # no GOST areas, a content form already, a note in parentheses
    area = "— Текст : непосредственный"
    if " // " in text:
        return text.replace(" // ", f". {area} // ", 1).replace(f". . {area}", f". {area}")
    return f"{text.rstrip('.')}. {area}."


LATIN_LOOKALIKE_CAPITALS = str.maketrans("АВЕКМНОРСТХ", "ABEKMHOPCTX")
"""Cyrillic capitals → their Latin look-alikes. This table and the ones after it repeat
biblio.data.homoglyphs on purpose: the harness types the variants by tables of its own,
so that a letter missing from the package's table shows as a loss instead of being typed
and read back by the same mistake."""
LATIN_LOOKALIKE_SMALL = str.maketrans("аеорсх", "aeopcx")
INITIAL_WITH_LOOKALIKE = re.compile(r"(?<![^\W\d_])[АВЕКМНОРСТХ](?=\.\s?[А-ЯЁ])")
"""An initial before another initial or a surname whose capital has a Latin look-alike
(«Н. М. Минский»), not a marker before a number («С. 5», «Т. 2»)."""
ROMAN_NUMERAL_WORD = re.compile(r"(?<![^\W\d_])(?=[IXC]*[VL])(?=[VL]*[IXC])[IVXLC]+(?![^\W\d_])")
"""A Roman numeral with a V or an L, which have no Cyrillic look-alike, and an I, X or C,
which have: typed with the look-alikes it mixes the scripts («XVІII», «ІV»). A numeral
all of whose letters have a look-alike («ХХ», «ІІІ») would be wholly Cyrillic, which the
gold keeps as printed (tests/data/dev/README.md)."""
CYRILLIC_LOOKALIKE_NUMERALS = str.maketrans("IXC", "\u0406\u0425\u0421")
"""The Ukrainian «І» and the Cyrillic «Х», «С» for the Roman numerals' I, X, C."""
CYRILLIC_WORD = re.compile(r"(?<![^\W\d_])[а-яё]*[аеорсх][а-яё]*(?![^\W\d_])", re.IGNORECASE)


def _initials_latin(text: str) -> str:
    """Each initial with a Latin look-alike typed in Latin: «H. M. Минский»."""
    return INITIAL_WITH_LOOKALIKE.sub(lambda m: m.group().translate(LATIN_LOOKALIKE_CAPITALS),
                                      text)


def _roman_cyrillic(text: str) -> str:
    """Roman numerals of a Cyrillic reference typed with Cyrillic look-alikes, those with a
    V or an L (ROMAN_NUMERAL_WORD): «XVІII», «ІV»; «II» would be wholly Cyrillic («ІІ»)."""
    if not _cyrillic(text):
        return text
    return ROMAN_NUMERAL_WORD.sub(lambda m: m.group().translate(CYRILLIC_LOOKALIKE_NUMERALS), text)


def _words_latin(text: str) -> str:
    """Every third Cyrillic word with a look-alike letter, small or capital (CYRILLIC_WORD
    is case-blind), its small look-alikes typed with the Latin ones: the first, fourth,
    seventh… such word, so the rule is fixed, not random. A counted word whose look-alikes
    are capitals only («СССР») stays as it is."""
    count = 0

    def latin(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return match.group().translate(LATIN_LOOKALIKE_SMALL) if count % 3 == 1 else match.group()
    return CYRILLIC_WORD.sub(latin, text)


ARCHIVAL_WORDS = r"(?:оп|д|л|лл|ед\.\s?хр|св|картон|карт|к|т|кн)"
COMMA_CHAIN = re.compile(
    rf"(?:,\sф|^(?:ф|оп|д))\.\s?[^\s,;]+(?:,\s{ARCHIVAL_WORDS}\.\s?[^\s,;]+(?:\sоб\.)?)*")
"""An archival reference's levels in the comma form, from the fond («, ф. 17, оп. 3, д. 5,
л. 7») or from the file that opens a note continuing the one before («д. 13, л. 76»)."""
PERIOD_LEVEL = re.compile(
    r"\.\s(Ф|Оп|Д|Л|Лл|Ед\.\s?хр|Св|Картон|Карт|К|Т|Кн)\.(?=\s?(?:[А-ЯA-Z]-?)?\d)")
"""A level of the period form after the one before it: «. Оп. 3», «. Д. 5»."""
FOND_NUMBER = re.compile(r"(?<![^\s,.(])[Фф]\.\s?(?:[А-ЯA-Z]-?)?\d")
"""A fond and its number: the reference is archival, so its «д.» is a file."""
ABBREVIATION_BEFORE = re.compile(r"\s[а-яё]{1,3}\.$")
"""A period that closes an abbreviation, kept before the comma: «Ф. 400, 1916 г., оп. 1»."""


def _period_form(text: str) -> str:
    """«РГАСПИ, ф. 17, оп. 3, д. 5, л. 7» as «РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 7»."""
    def chain(match: re.Match[str]) -> str:
        levels = re.split(r",\s", match.group(0).removeprefix(", "))
        dotted = ". ".join(level[0].upper() + level[1:] for level in levels)
        return (". " if match.group(0).startswith(",") else "") + dotted
    return COMMA_CHAIN.sub(chain, text)


def _comma_form(text: str) -> str:
    """«РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 7» as «РГАСПИ, ф. 17, оп. 3, д. 5, л. 7»: the
    levels from the fond on (a book's «. Т. 2» before any fond stays)."""
    fond = re.search(r"(?:^|\.\s)Ф\.\s?(?:[А-ЯA-Z]-?)?\d", text)
    if not fond:
        return text
    def comma(match: re.Match[str]) -> str:
        kept = "." if ABBREVIATION_BEFORE.search(match.string, 0, match.start() + 1) else ""
        return kept + ", " + match.group(1).lower() + "."
    return text[:fond.start()] + PERIOD_LEVEL.sub(comma, text[fond.start():])


def _quotes(opening: str, closing: str) -> Callable[[str], str]:
    return lambda text: text.replace("«", opening).replace("»", closing)


# The forms of names, pages, publishers and «и др.» of session 29 (variants2).
INITIALS = rf"[{CAPITAL}]\.(?:\s?[{CAPITAL}]\.)?"
SURNAME = rf"[{CAPITAL}][а-яё]+(?:-[{CAPITAL}][а-яё]+)?"
HEADING_BEFORE_TITLE = re.compile(
    rf"^({SURNAME}) ({INITIALS})\s?(?=[{CAPITAL}«])(?![{CAPITAL}]\.)")
"""One author's heading, «Иванов И. И.» before the title (not a list of several)."""
INITIALS_BEFORE_TITLE = re.compile(rf"^({INITIALS})\s?({SURNAME})\.\s(?=[{CAPITAL}«])")
"""One author named initials first and closed by a period, «И. И. Иванов. История»."""
RESPONSIBILITY = re.compile(r"(?<=\s/\s)[^/;\[]+?(?=\s?;|\s//|\s[–—-]\s|$|\s\[)")
"""The statement of responsibility after «/», to its «;», a host's «//», the next area
or the end."""
NAME_INITIALS_FIRST = re.compile(rf"(?:^|(?<=,\s))({INITIALS})\s?({SURNAME})(?=[,.\s]|$)")
NAME_SURNAME_FIRST = re.compile(rf"(?:^|(?<=,\s))({SURNAME})\s({INITIALS})(?=[,\s]|$)")
AUTHOR_CERTIFICATE = r"(?<![Аа]\.\s)"
"""Not the «с.» of a Soviet author's certificate, «А. с. 1254421» (GOST 7.1-2003 5.11)."""
PAGE_MARK = re.compile(rf"(?<![\w.\-]){AUTHOR_CERTIFICATE}(?<!\d\s)[Сс]\.\s?(?=\d)")
"""A page's «С.» before its number; not an extent's «с.» after its count ("446 с. 24 см")."""
PAGE_MARK_SOVIET = re.compile(r"(?<![\w.\-])стр\.\s?(?=\d)")
MARKER_LOWER_AFTER_PERIOD = re.compile(
    rf"(?:(?<=\.\s)|(?<=[–—]\s)){AUTHOR_CERTIFICATE}(т|вып|ч|кн|с)\.(?=\s?\d)")
OTHERS_ABBREVIATED = re.compile(rf"(?<![\w\[])и др\.(?!\])(?P<closes>(?=\s[{CAPITAL}]))?")
"""«и др.», its period closing the area too where a capital follows («и др. М.: …»)."""
OTHERS_BRACKETED = re.compile(r"\[и др\.\]\.?")
OTHERS_ANY = re.compile(rf"(?<![\w\[])(\[?)и др\.(\]?)(?=(\s[{CAPITAL}«–—-]|\s?$))?")
FIGURES_RANGE = re.compile(r"(?<=\d)[–—](?=\d)")
YEAR = r"(?:1[5-9]|20)\d\d"
PUBLISHER_AFTER_COLON = re.compile(
    rf"{_PLACE_BEFORE}([{CAPITAL}][а-яё]*\.?)\s?:\s(?!Изд|изд)([^,:;«»\"/\[]+?),\s(?={YEAR})")
"""«М.: Наука, 1975»: a place opening the area, its publisher after the colon (not a
publishing house's «Изд-во МГУ», which Soviet notes never quote), the year."""
PUBLISHER_QUOTED = re.compile(
    rf"{_PLACE_BEFORE}([{CAPITAL}][а-яё]*\.?),\s«([^«»]+)»,\s(?={YEAR})")
"""«М., «Наука», 1975»: the Soviet form of the same."""


def _responsibility(names: re.Pattern[str]) -> Callable[[str], str]:
    """Each name of a statement of responsibility with its initials moved: GOST prints
    «/ И. И. Иванов, П. П. Петров», students' and journals' lists «/ Иванов И. И.»."""
    def swap(match: re.Match[str]) -> str:
        swapped = names.sub(lambda name: f"{name[2]} {name[1]}", match.group(0))
        closes_area = re.match(r"\s[–—-]\s|$", match.string[match.end():]) is not None
        if closes_area and match.group(0).endswith(".") and not swapped.endswith("."):
            return swapped + "."  # the initials' period closed the area too
        return swapped.removesuffix(".") if swapped.endswith("..") else swapped
    return lambda text: RESPONSIBILITY.sub(swap, text)


def _others_written_out(text: str) -> str:
    """«и др.» as «и другие», its period kept where it closed the area too."""
    return OTHERS_ANY.sub(lambda m: f"{m[1]}и другие{m[2]}" + ("." if m[3] is not None else ""),
                          text)


def _heading_in_capitals(item: dict[str, Any]) -> dict[str, Any]:
    """The gold of a heading printed in capitals: the first author's family as printed."""
    authors = item.get("author")
    if not authors or "family" not in authors[0]:
        return item
    return {**item, "author": [{**authors[0], "family": authors[0]["family"].upper()},
                               *authors[1:]]}


@dataclass(frozen=True)
class Variant:
    name: str
    change: Callable[[str], str]
    seen: str
    """Where real sources type references so."""
    in_gold: bool = True
    """Whether the gold's text changes alike (not for a reference's closing period, nor
    for the names of a heading, which the gold holds apart from its title)."""
    gold_keeps: tuple[str, ...] = ()
    """Fields the gold writes in one form however the reference prints them
    (`archive_location` in the comma form, tests/data/dev/README.md)."""
    gold_names: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    """The gold item as the variant prints its names, where `change` on the gold's text
    does not reach them (a heading in capitals: the family name as printed)."""


VARIANTS = (
    Variant("dash-as-hyphen", lambda t: re.sub(r"\.\s[—–]\s", ". - ", t),
            "typed manuscripts and PDF text layers: a hyphen for the areas' dash"),
    Variant("dash-as-en", lambda t: re.sub(r"\.\s[—-]\s", ". – ", t),
            "journals' and libraries' pages: an en dash between areas"),
    Variant("dash-as-em", lambda t: re.sub(r"\.\s[–-]\s", ". — ", t),
            "GOST 7.1-2003 as printed: an em dash between areas"),
    Variant("initials-unspaced", lambda t: re.sub(rf"\b([{CAPITAL}])\.\s(?=[{CAPITAL}]\.)",
                                                  r"\1.", t),
            "«И.И. Иванов», «Иванов И.И.»: most footnotes and guides"),
    Variant("initials-glued", lambda t: INITIALS_FIRST.sub(
                lambda m: m.group(1).replace(" ", ""), t),
            "«И.И.Иванов»: Soviet and web typography, initials glued to the surname"),
    Variant("slash-unspaced", lambda t: t.replace(" // ", "//"),
            "«Статья//Журнал»: web lists and typed bibliographies"),
    Variant("colon-spaced", lambda t: re.sub(r"(?<=[^\s\d:/]):\s(?=[^\s/])", " : ", t),
            "GOST R 7.0.100-2018 and its guides: a space before the colon"),
    Variant("colon-unspaced", lambda t: re.sub(r"\s:\s", ": ", t),
            "footnotes after GOST 7.0.5-2008: «М.: Наука»"),
    Variant("marker-unspaced", lambda t: re.sub(r"\b([СсТтЛлНН]|Вып|вып|Ч|ч)\.\s(?=\d)",
                                                r"\1.", t),
            "«С.5», «Т.2», «Л.3»: footnotes typed close"),
    Variant("page-lowercase", lambda t: re.sub(r"(?<=[\s(])С\.\s?(?=\d)", "с. ", t),
            "«с. 5»: house styles of many journals"),
    Variant("numero-unspaced", lambda t: t.replace("№ ", "№"),
            "«№3»: footnotes typed close"),
    Variant("numero-as-N", lambda t: t.replace("№", "N"),
            "«N 3»: legal databases (КонсультантПлюс, Гарант) and Latin fonts"),
    Variant("quotes-straight", _quotes('"', '"'),
            "straight quotes: web pages, typed manuscripts"),
    Variant("quotes-english", _quotes("“", "”"),
            "“…”: word processors' quotes in Russian texts"),
    Variant("quotes-german", _quotes("„", "“"),
            "„…“: Ukrainian, Belarusian and older Russian typography"),
    Variant("no-break-space", lambda t: re.sub(r"(?<=\.)\s(?=[\d{CAPITAL}])".replace(
                "{CAPITAL}", CAPITAL), "\u00a0", t),
            "no-break spaces after abbreviations and initials: Word manuscripts"),
    Variant("no-closing-period", lambda t: t[:-1] if t.endswith(".") else t,
            "footnotes printed without their closing period", in_gold=False),
    Variant("heading-comma", lambda t: HEADING.sub(r"\1, \2", t),
            "GOST R 7.0.100-2018 4.4 (heading: «Иванов, И. И.»): libraries' lists since 2019",
            in_gold=False),
    Variant("content-type", _content_type,
            "GOST R 7.0.100-2018 5.3 («— Текст : непосредственный»): lists since 2019",
            in_gold=False),
    Variant("areas-period", lambda t: AREA_DASH.sub(". ", t),
            "GOST R 7.0.5-2008 4.6: in a note the areas' «. — » may be a period"),
    Variant("markers-lowercase", lambda t: MARKER_CAPITAL.sub(lambda m: m.group(1).lower(), t),
            "«т. 2», «вып. 3», «ч. 1», «кн. 2»: house styles of journals and footnotes"),
    Variant("places-written-out", lambda t: PLACE_ABBREVIATED.sub(
                lambda m: PLACES_IN_FULL[m.group(1)], t),
            "GOST R 7.0.100-2018 6.4.4 (places in full: «Москва», «Санкт-Петербург»)",
            in_gold=False),
    Variant("places-abbreviated", lambda t: PLACE_IN_FULL.sub(
                lambda m: PLACES_ABBREVIATED[m.group(1)], t),
            "GOST 7.0.12-2011 (М., СПб., Л.): footnotes and lists before 2019",
            in_gold=False),
    Variant("places-paired", lambda t: TWO_PLACES.sub(
                lambda m: f"{m[1]}{'–' if ';' in m[2] else '; '}{m[3]}", t),
            "two places: GOST 7.1-2003's «М.; Л.» and older footnotes' «М.–Л.» for each other",
            in_gold=False),
    Variant("year-with-g", lambda t: YEAR_CLOSING_AREA.sub(r"\1 г.", t) if _cyrillic(t) else t,
            "«М., 2001 г.»: footnotes of journals and dissertations"),
    Variant("year-without-g", lambda t: YEAR_WITH_G.sub(r"\1.", t),
            "«М., 2001.»: GOST 7.1-2003's year without «г.»"),


    Variant("archive-period-form", _period_form,
            "GOST R 7.0.5-2008 and most journals: «РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 7»",
            gold_keeps=("archive_location",)),
    Variant("verso-glued", lambda t: re.sub(r"(?<=\d)\s(?=об\.)", "", t),
            "«Л. 41об.»: archives' own guides and regional archives' captions"),
    Variant("leaves-doubled", lambda t: re.sub(r"(?<![^\s(,.])([Лл])\.(\s?\d+\s?[–-]\s?\d)",
                                              r"\1л.\2", t),
            "«лл. 5–7»: Soviet-period notes and Western historians' «ll.»"),
    Variant("file-written-out", lambda t: re.sub(r"(?<![^\s,.])([Дд])\.\s?(?=\d)", r"\1ело ", t)
            if FOND_NUMBER.search(t) else t,
            "«Оп. 1. Дело 234»: archives' captions and regional archives' guides"),
    Variant("archive-comma-form", _comma_form,
            "Soviet and Western-trained historians' notes: «РГАСПИ, ф. 17, оп. 3, д. 5, л. 7»",
            gold_keeps=("archive_location",)),
    Variant("ibid-comma", lambda t: re.sub(r"\b(Там же|Он же|Она же)\.\s([СТ])\.",
                                           lambda m: f"{m.group(1)}, {m.group(2).lower()}.", t),
            "«Там же, с. 5»: notes of history books and journals"),
    Variant("ibid-dash", lambda t: re.sub(r"\b(Там же)\.\s(?=[СТ]\.)", r"\1. – ", t),
            "«Там же. – С. 5»: notes typed after GOST 7.1's areas"),
    Variant("op-cit-as-cit", lambda t: re.sub(r"\b([Уу])каз\.\s?соч\.",
                                              lambda m: ("Ц" if m.group(1) == "У" else "ц")
                                              + "ит. соч.", t),
            "«Цит. соч.»: Soviet and émigré books for «Указ. соч.»"),
    Variant("op-cit-comma", lambda t: re.sub(r"\b([Уу]каз\.\s?соч|[Цц]ит\.\s?соч)\.\s([СТ])\.",
                                             lambda m: f"{m.group(1)}., {m.group(2).lower()}.",
                                             t),
            "«Указ. соч., с. 5»: notes of history books, the comma form"),
    Variant("see-no-colon", lambda t: re.sub(r"\b([Сс]м)\.:", r"\1.", t),
            "«См. Иванов…»: notes before GOST 7.0.5 and most translations"),
    Variant("see-latin-c", lambda t: re.sub(r"(?<![А-Яа-яЁё])См\.", "Cм.", t),
            "«Cм.» with a Latin C: OCR and typists' text layers"),
    # names, pages, publishers and «и др.» as other sources print them (session 29)
    Variant("heading-initials-first", lambda t: HEADING_BEFORE_TITLE.sub(r"\2 \1. ", t),
            "«Ю. М. Лотман. Беседы…»: Soviet books' and journals' footnotes",
            in_gold=False),
    Variant("heading-initials-after", lambda t: INITIALS_BEFORE_TITLE.sub(r"\2 \1 ", t),
            "«Лотман Ю. М. Беседы…»: GOST 7.1's heading, footnotes since the 1990s",
            in_gold=False),
    Variant("responsibility-surname-first", _responsibility(NAME_INITIALS_FIRST),
            "«/ Иванов И. И., Петров П. П.»: students' lists and journals' house styles",
            in_gold=False),
    Variant("responsibility-initials-first", _responsibility(NAME_SURNAME_FIRST),
            "«/ И. И. Иванов»: GOST 7.1-2003 clause 5.2.5, as the standard prints it",
            in_gold=False),
    Variant("pages-str", lambda t: PAGE_MARK.sub("стр. ", t),
            "«стр. 5»: Soviet notes and their reprints"),
    Variant("str-as-page", lambda t: PAGE_MARK_SOVIET.sub("с. ", t),
            "«с. 5» for a Soviet note's «стр. 5»: notes retyped to today's house style"),
    Variant("markers-capital", lambda t: MARKER_LOWER_AFTER_PERIOD.sub(
                lambda m: m.group(1).capitalize() + ".", t),
            "«. Т. 2», «. С. 5», «. Вып. 3» after a period: GOST 7.0.5-2008's notes"),
    Variant("others-bracketed", lambda t: OTHERS_ABBREVIATED.sub(
                lambda m: "[и др.]" + ("." if m["closes"] is not None else ""), t),
            "«[и др.]»: GOST 7.1-2003 clause 5.2.5.3, libraries' lists"),
    Variant("others-unbracketed", lambda t: OTHERS_BRACKETED.sub("и др.", t),
            "«и др.» unbracketed: footnotes and GOST R 7.0.100-2018's lists"),
    Variant("others-written-out", _others_written_out,
            "«и другие»: older notes and web lists"),
    Variant("ranges-hyphen", lambda t: FIGURES_RANGE.sub("-", t),
            "«С. 5-7», «1917-1921»: typed manuscripts, web lists, PDF text layers"),
    Variant("ranges-spaced", lambda t: FIGURES_RANGE.sub(" – ", t),
            "«С. 5 – 7», «1917 – 1921»: Word manuscripts and journals' pages"),
    Variant("publisher-quoted", lambda t: PUBLISHER_AFTER_COLON.sub(r"\1, «\2», ", t),
            "«М., «Наука», 1975»: the Soviet form of the imprint"),
    Variant("publisher-after-colon", lambda t: PUBLISHER_QUOTED.sub(r"\1: \2, ", t),
            "«М.: Наука, 1975» for the Soviet «М., «Наука», 1975»: notes retyped since"),
    Variant("publishing-house-lowercase", lambda t: re.sub(r"\bИзд-во\b", "изд-во", t),
            "«М.: изд-во МГУ»: footnotes and the Soviet form"),
    Variant("publishing-house-capital", lambda t: re.sub(r"(?<![\w-])изд-во\b", "Изд-во", t),
            "«М., Изд-во «Мысль»»: GOST 7.1-2003's examples and libraries' lists"),
    Variant("heading-capitals", lambda t: HEADING.sub(
                lambda m: m[0].replace(m[1], m[1].upper(), 1), t),
            "«ИВАНОВ И. И.»: the examples of some guides and journals' rules",
            in_gold=False, gold_names=_heading_in_capitals),
    # look-alike letters across scripts (glyphs, session 29): the gold gives what the letters
    # mean (tests/data/dev/README.md), so it does not change
    Variant("initials-latin", _initials_latin,
            "«H. М. Минского», «C. А. Артемьева»: OCR and web pages, Latin capitals in initials",
            in_gold=False),
    Variant("roman-cyrillic", _roman_cyrillic,
            "«XVІII–XIХ веков», «ХVІ в.»: Ukrainian and OCR text layers, Cyrillic in numerals",
            in_gold=False),
    Variant("words-latin", _words_latin,
            "«Облaстнaя гaзетa», «гpyппy»: OCR and typed text layers, Latin small letters in words",
            in_gold=False),
)


# Hosts, areas, titles, markers, spacing, «ё» and years as still other sources print them
# (session 30, variants3).
HOST_SLASHES = re.compile(r"\s//\s")
PLACE_IN_HOST = re.compile(
    r"(?:^|[.,]\s)(?:М|Л|СПб|К|Киев|Москва|Ленинград|Санкт-Петербург|Новосибирск|Томск|"
    r"Екатеринбург|Казань|Ростов-на-Дону|Минск|Пермь|Омск|Иркутск|Саратов)\.?\s?[:;,]")
"""A place of publication in a host: the host is a book (a collection), not a periodical."""


def _host(text: str) -> tuple[str, str, str] | None:
    """The part before a host's «//», the host, and whether it is a "book" or a "periodical":
    a book names its place of publication, a periodical its issue («№») and no place."""
    if not (parts := _host_any(text)):
        return None
    before, host = parts
    if PLACE_IN_HOST.search(host):
        return before, host, "book"
    return (before, host, "periodical") if "№" in host else None


def _host_introduced(kind: str, intro: str) -> Callable[[str], str]:
    """The host of `kind` introduced by `intro` («. — В кн.: », «. — ») in place of «//»."""
    def introduce(text: str) -> str:
        host = _host(text)
        if not host or host[2] != kind:
            return text
        return f"{host[0].rstrip('.')}{intro}{host[1]}"
    return introduce


JOURNAL_TITLE = re.compile(r"^([^«»\"/.,;:]+?)(?:\.\s[—–-]\s|\.\s|,\s)(?=\d|№|[—–-])")
"""A periodical's title to the area of its year or issue: «Вопросы истории. — 1975. — № 3»."""


def _in_journal(text: str) -> str:
    """«Статья // Вопросы истории. 1975. № 3» as «Статья, в журн. «Вопросы истории», 1975,
    № 3» (the title quoted, the Soviet form)."""
    host = _host(text)
    if not host or host[2] != "periodical":
        return text
    title = JOURNAL_TITLE.match(host[1])
    if not title:
        return text
    return _areas_commas(f"{host[0].rstrip('.')}, в журн. «{title[1]}», "
                         f"{host[1][title.end():]}")


def _single_slash(text: str) -> str:
    """A host's «//» typed as one «/» (a reference with one host only)."""
    return f"{host[0]} / {host[1]}" if (host := _host_any(text)) else text


def _host_any(text: str) -> tuple[str, str] | None:
    slashes = HOST_SLASHES.search(text)
    if not slashes or "//" in text[slashes.end():]:
        return None
    return text[:slashes.start()], text[slashes.end():]


YEAR_AREA = re.compile(r"(?<=[^\W\d_]{3})\.\s[—–-]\s(?=(?:1[5-9]|20)\d\d\.\s)")
"""A periodical's year in its own area: «Вопросы истории. — 1975. — № 3»."""
AFTER_IMPRINT_YEAR = re.compile(rf"(?<=[\s,:])(?:1[5-9]|20)\d\d(?=\.\s)")
TAIL_AREA = re.compile(
    r"(?:(?<=\d)|(?<=[^\W\d_]{2})|(?<=[»)\]]))\.(?:\s[—–-])?\s"
    r"(Т|Вып|Ч|Кн|С|№|(?=\d+\s?с\.))(?=[.\s\d])")
"""An area after the imprint's year (a volume, an issue, the pages, the extent), as
GOST 7.1 separates them: «. — Т. 2», «. С. 5», «. 446 с.»; not after an extent's «с.»,
whose period is its abbreviation's («512 с. С. 10» → «512 с., с. 10»)."""


def _areas_commas(text: str) -> str:
    """From the imprint's year on, the areas joined by commas as Soviet notes print them:
    «М. : Наука, 1975. — Т. 2. — С. 5» as «М. : Наука, 1975, т. 2, с. 5», «Вопросы
    истории. — 1975. — № 3» as «Вопросы истории, 1975, № 3»."""
    text = YEAR_AREA.sub(", ", text)
    year = AFTER_IMPRINT_YEAR.search(text)
    if not year:
        return text
    tail = TAIL_AREA.sub(lambda m: ", " + m[1].lower() + ("." if m[1] not in ("", "№") else ""),
                         text[year.end() - 1:])  # from the year's last figure, behind TAIL_AREA
    return text[:year.end() - 1] + tail.replace("..", ".")


AREA_PERIOD_BEFORE_DASH = re.compile(r"(?:(?<=\d)|(?<=[^\W\d_]{4})|(?<=[»)\]]))\.(?=\s[—–]\s)")
"""The period before an area's dash after a figure, a word of four letters or more, or a
closing mark (an abbreviation's period stays: «и др. — М.»)."""
TITLE_AFTER_HEADING = re.compile(
    rf"^({SURNAME} {INITIALS}\s?)([{CAPITAL}][^«»\"/.]*?[^\W\d_]{{3}})"
    rf"(?=\s/\s|\s//\s|\.\s[—–-]\s)")
"""The title after one author's heading, with no period in it (an abbreviation's or a
subtitle's, which would leave the title's end in doubt), to its «/», its host's «//» or
its area's dash."""
PAGE_RANGE_MARK = re.compile(rf"(?<![\w.\-]){AUTHOR_CERTIFICATE}[Сс]\.\s?(?=\d+\s?[–—-]\s?\d)")
MARKER_WORDS = {"Т": "Том", "т": "том", "Вып": "Выпуск", "вып": "выпуск",
                "Ч": "Часть", "ч": "часть", "Кн": "Книга", "кн": "книга"}
MARKER_ABBREVIATED = re.compile(r"(?<![\w.\-])(Т|т|Вып|вып|Ч|ч|Кн|кн)\.\s?(?=\d)")
IMPRINT_YEAR = re.compile(rf",\s((?:1[5-9]|20)\d\d)(?=\.(?:\s|$)|,\s[сСтТ]\.|$)")
"""The imprint's year after its comma, closing the area: «М.: Наука, 1975.»."""


DOUBLED_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")
"""An abbreviation's period and the area's, met where the year between them went
(«М., 1975. С. 5» → «М.. С. 5»): one period, not an ellipsis's three."""


def _year_after_heading(text: str) -> str:
    """«Иванов И. И. (1975). Title. М.: Наука. С. 5»: the imprint's year moved after the
    heading, as author–date lists of Russian journals print it (one year only)."""
    heading = HEADING_BEFORE_TITLE.match(text)
    years = IMPRINT_YEAR.findall(text)
    if not heading or len(years) != 1:
        return text
    rest = DOUBLED_PERIOD.sub(".", IMPRINT_YEAR.sub("", text[heading.end():]))
    return f"{heading[1]} {heading[2].rstrip()} ({years[0]}). {rest}"


VARIANTS += (
    Variant("host-in-book", _host_introduced("book", ". — В кн.: "),
            "«Статья. — В кн.: Сборник. М., 1975»: GOST 7.1-76 and Soviet notes before 1984",
            in_gold=False),
    Variant("host-journal-dash", _host_introduced("periodical", ". — "),
            "«Статья. — Вопросы истории. 1975. № 3»: Soviet notes' periodical without «//»",
            in_gold=False),
    Variant("host-in-journal", _in_journal,
            "«Статья, в журн. «Вопросы истории», 1975, № 3»: Soviet and popular notes",
            in_gold=False),
    Variant("host-single-slash", _single_slash,
            "«Стаття / Журнал. – 1992. – № 7»: Ukrainian sites and OCR, one «/» for «//»",
            in_gold=False),
    Variant("areas-commas", _areas_commas,
            "«М.: Наука, 1975, т. 2, с. 5», «Вопросы истории, 1975, № 3, с. 5»: Soviet notes"),
    Variant("areas-dash-without-period", lambda t: AREA_PERIOD_BEFORE_DASH.sub("", t),
            "«М. : Наука, 1975 — 446 с.»: GOST R 7.0.100-2018's areas in lists without the "
            "period before the dash"),
    Variant("title-quoted", lambda t: TITLE_AFTER_HEADING.sub(r"\1«\2»", t),
            "«Толстой Л. Н. «Война и мир»»: Soviet and popular notes, the title in quotes",
            in_gold=False),
    Variant("markers-written-out", lambda t: MARKER_ABBREVIATED.sub(
                lambda m: MARKER_WORDS[m[1]] + " ", t),
            "«Том 1», «Выпуск 3», «Часть 2»: web lists, catalogues and popular notes"),
    Variant("numero-as-No", lambda t: re.sub(r"№\s?", "No. ", t),
            "«No. 3»: Latin fonts, English-typed lists and OCR for «№»"),
    Variant("numero-as-N-degree", lambda t: re.sub(r"№\s?", "N° ", t),
            "«N° 3»: French-typed texts and OCR for «№»"),
    Variant("pages-ss", lambda t: PAGE_RANGE_MARK.sub("сс. ", t),
            "«сс. 5–7»: older notes and dissertations, pages doubled for a range"),
    Variant("spaces-dropped", lambda t: re.sub(r"(?<=[.,:])\s(?=\S)", "", t),
            "«М.:Наука,1975.С.5»: web-scraped lists, spaces dropped after every mark",
            gold_keeps=("archive_location",)),
    Variant("spaces-doubled", lambda t: t.replace(" ", "  "),
            "«М.  :  Наука,  1975»: Word manuscripts justified by hand, spaces doubled"),
    Variant("yo-as-e", lambda t: t.replace("ё", "е").replace("Ё", "Е"),
            "«ё» printed as «е»: most Russian print since the 1950s"),
    Variant("year-parenthesized", lambda t: IMPRINT_YEAR.sub(r" (\1)", t),
            "«М.: Наука (1975)»: library catalogues' and web lists' year in parentheses",
            in_gold=False),
    Variant("year-after-heading", _year_after_heading,
            "«Иванов И. И. (1975). Title…»: author–date lists of Russian journals",
            in_gold=False),
)

BY_NAME = {variant.name: variant for variant in VARIANTS}


def _changed(value: Any, change: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_changed(part, change) for part in value]
    if isinstance(value, dict):
        return {key: _changed(part, change) for key, part in value.items()}
    return value


def reading(text: str) -> tuple[dict[str, Any] | None, str | None]:
    """The first cite's item as CSL-JSON and its locator, as score_external reads them."""
    return parse_one(text)[:2]


def _located(locator: str | None, gold: str) -> bool:
    return normalize_text(locator or "") == normalize_text(gold)


@dataclass
class Outcome:
    rows: int = 0
    as_printed: int = 0
    as_varied: int = 0
    gold: int = 0
    located_as_printed: int = 0
    located_as_varied: int = 0
    locators: int = 0
    """The cite's locator against the row's `locator` (an archive's leaf, a repeat's page),
    on the rows that have one: counted apart from the item's fields."""
    losing: list[tuple[str, str, list[str]]] | None = None
    """(id, varied text, fields lost) of the rows that lost a field or their locator."""

    @property
    def lost(self) -> int:
        return self.as_printed - self.as_varied

    @property
    def locators_lost(self) -> int:
        return self.located_as_printed - self.located_as_varied


def measure(variant: Variant, path: Path) -> Outcome:
    outcome = Outcome(losing=[])
    for row in rows(path, "dev"):
        text = variant.change(row["text"])
        if text == row["text"]:
            continue
        gold = {key: value if key in variant.gold_keeps else _changed(value, variant.change)
                for key, value in row["item"].items()} if variant.in_gold else row["item"]
        if variant.gold_names:
            gold = variant.gold_names(gold)
        unscored = row.get("unscored", ())
        printed, varied = FieldScore(), FieldScore()
        (printed_item, printed_locator), (varied_item, varied_locator) = \
            reading(row["text"]), reading(text)
        printed.add(row["item"], printed_item, unscored)
        wrong = varied.add(gold, varied_item, unscored)
        outcome.rows += 1
        outcome.as_printed += printed.right
        outcome.as_varied += varied.right
        outcome.gold += printed.gold
        locator_lost = False
        if row.get("locator"):
            gold_locator = variant.change(row["locator"]) if variant.in_gold and \
                "locator" not in variant.gold_keeps else row["locator"]
            located = _located(printed_locator, row["locator"])
            located_varied = _located(varied_locator, gold_locator)
            locator_lost = located and not located_varied
            outcome.locators += 1
            outcome.located_as_printed += located
            outcome.located_as_varied += located_varied
        if varied.right < printed.right or locator_lost:
            outcome.losing.append((row["id"], text, wrong + ["locator"] * locator_lost))
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variant", action="append", choices=sorted(BY_NAME))
    parser.add_argument("--file", action="append", type=Path)
    parser.add_argument("--show", type=int, default=0,
                        help="print this many rows that lose a field, for each variant")
    args = parser.parse_args(argv)
    variants = [BY_NAME[name] for name in args.variant] if args.variant else VARIANTS
    print("| file | variant | rows | fields right as printed → as varied | lost "
          "| locators right as printed → as varied | lost |")
    print("|---|---|---|---|---|---|---|")
    for path in args.file or FILES:
        for variant in variants:
            outcome = measure(variant, path)
            print(f"| {path.stem} | {variant.name} | {outcome.rows} | {outcome.as_printed}"
                  f" → {outcome.as_varied} of {outcome.gold} | {outcome.lost} "
                  f"| {outcome.located_as_printed} → {outcome.located_as_varied} of "
                  f"{outcome.locators} | {outcome.locators_lost} |", flush=True)
            for row_id, text, wrong in (outcome.losing or [])[:args.show]:
                print(f"    {row_id}: {text}\n      wrong: {', '.join(wrong)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
