"""Files saved in legacy encodings are read, and the reading is said; UTF-8 is untouched.

Expected texts are the originals: each test encodes a real text (a dev-set footnote, a
.bib entry of tests/data/wild, a paragraph of tests/data/documents/thesis.tex, French and
German article text of tests/data/layouts) and checks that reading the bytes gives it back.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from biblio.documents.latex import restyle_tex
from biblio.encodings import NON_ASCII, SHORT, UTF8, decode
from biblio.errors import BiblioError, UsageError

DATA = Path(__file__).parent / "data"

FOOTNOTE = "Шубин А.В. Мир на краю бездны. М., 2004. С. 169-172."
ARCHIVE = "РГАСПИ. Ф. 558. Оп. 11. Д. 431. Л. 163; ЦАМО РФ. Ф. 229. Оп. 164. Д. 1. Л. 31."
BIB_ENTRY = """@incollection{volkov2001,
  author = {Волков, Владимир Владимирович},
  title = {Коминтерн и Франция},
  crossref = {komintern2001},
  pages = {101--134},
  langid = {russian},
}
"""
LATEX = r"""Советская сторона настаивала на крупной сделке\footnote{См.: Шубин А.В. \textit{Мир на
краю бездны}. М., 2004. С. 169--172.}. Историки видят в этом
расчёт\footnote{Steiner Z. The triumph of the Dark. European international history,
1933--1939. Oxford, 2011. P. 408.}.
"""
RUSSIAN = {"footnote": FOOTNOTE, "archive": ARCHIVE, "bib entry": BIB_ENTRY,
           "latex paragraph": LATEX}
CYRILLIC_ENCODINGS = {"cp1251": "windows-1251", "koi8-r": "KOI8-R", "cp866": "CP866",
                      "mac-cyrillic": "mac-cyrillic"}


@pytest.mark.parametrize("codec", CYRILLIC_ENCODINGS)
@pytest.mark.parametrize("kind", RUSSIAN)
def test_russian_text_in_a_legacy_encoding_is_read_as_written(kind: str, codec: str) -> None:
    text = RUSSIAN[kind]
    decoded = decode(text.encode(codec), "notes.txt")
    assert decoded.text == text
    assert decoded.encoding == CYRILLIC_ENCODINGS[codec]
    assert decoded.notice == (f"read as {CYRILLIC_ENCODINGS[codec]} (not UTF-8); "
                              "pass --encoding to choose")


def _paragraph(name: str) -> str:
    """The first paragraph of a layouts article with accented letters."""
    text = (DATA / "layouts" / name).read_text(encoding="utf-8")
    return next(part for part in text.split("\n\n") if not part.isascii())


@pytest.mark.parametrize("name", ["fr-resume-superscript-bibliographie.txt",
                                  "de-abstract-footnotes-literaturverzeichnis.txt"])
def test_french_and_german_in_windows_1252_are_not_taken_for_cyrillic(name: str) -> None:
    text = _paragraph(name)
    decoded = decode(text.encode("cp1252"), name)
    assert decoded.text == text
    assert decoded.encoding == "windows-1252"


@pytest.mark.parametrize("text", ["Guelton F. Les relations militaires Franco-Soviétiques "
                                  "dans les années trente. P., 2005. P. 72.",
                                  "Schlögel K. Terror und Traum. Moskau 1937. München, 2008."])
def test_a_french_or_german_footnote_in_windows_1252_is_read_as_latin(text: str) -> None:
    assert decode(text.encode("cp1252"), "n.txt").text == text


def test_utf8_is_read_unchanged_and_silently() -> None:
    data = (FOOTNOTE + "\n" + BIB_ENTRY).encode("utf-8")
    decoded = decode(data, "notes.txt")
    assert decoded.text.encode("utf-8") == data
    assert decoded.notice is None and decoded.encoding == UTF8


def test_a_utf8_bom_is_dropped() -> None:
    assert decode(b"\xef\xbb\xbf" + FOOTNOTE.encode(), "n.txt").text == FOOTNOTE


def test_a_broken_byte_after_a_bom_is_placed_without_counting_the_bom() -> None:
    with pytest.raises(BiblioError) as caught:
        decode(b"\xef\xbb\xbfab\xffcd", "n.txt", "utf-8")
    assert str(caught.value) == "n.txt:1: column 3: byte 0xff is not UTF-8"


def test_pure_ascii_is_read_silently() -> None:
    decoded = decode(b"Tucker R. Stalin as revolutionary. New York, 1973.", "n.txt")
    assert decoded.notice is None


def test_an_explicit_encoding_is_used_without_a_notice() -> None:
    decoded = decode(FOOTNOTE.encode("koi8_r"), "n.txt", "koi8-r")
    assert decoded.text == FOOTNOTE and decoded.notice is None


def test_an_explicit_encoding_that_does_not_fit_names_line_and_column() -> None:
    data = "First line\nвторая строка".encode("cp1251")
    with pytest.raises(BiblioError) as caught:
        decode(data, "notes.txt", "utf-8")
    # the first byte that is not UTF-8 is "в", line 2, column 1
    assert str(caught.value) == "notes.txt:2: column 1: byte 0xe2 is not UTF-8"


def test_windows_1252_undefined_byte_names_line_and_column() -> None:
    data = b"Line one\nab \x81c"
    with pytest.raises(BiblioError) as caught:
        decode(data, "refs.bib", "windows-1252")
    assert str(caught.value) == "refs.bib:2: column 4: byte 0x81 is not windows-1252"


def test_an_unknown_encoding_name_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown encoding 'klingon'"):
        decode(b"abc", "n.txt", "klingon")
    with pytest.raises(UsageError, match="unknown encoding 'zlib'"):
        decode(b"abc", "n.txt", "zlib")  # a codec, but not of text


def test_utf8_with_one_broken_byte_is_refused_at_that_byte_not_read_as_mojibake() -> None:
    data = FOOTNOTE.encode("utf-8") + b"\n" + "Там же. С. 7".encode("utf-8") + b"\xff"
    with pytest.raises(BiblioError) as caught:
        decode(data, "notes.txt")
    assert str(caught.value).startswith("notes.txt:2: column 13: byte 0xff is not UTF-8, "
                                        "and none of windows-1251")


def test_random_bytes_are_refused() -> None:
    rng = random.Random(0)
    data = bytes(rng.randrange(256) for _ in range(400))
    with pytest.raises(BiblioError, match="is not UTF-8"):
        decode(data, "noise.bin")


def test_latex_inputenc_declaration_is_honoured() -> None:
    # A short text whose guess alone could go either way; the declaration decides.
    source = "\\usepackage[T2A]{fontenc}\n\\usepackage[koi8-r]{inputenc}\nОп. 1.\n"
    decoded = decode(source.encode("koi8_r"), "paper.tex")
    assert decoded.text == source
    assert decoded.notice == ("read as KOI8-R (declared by \\usepackage[koi8-r]{inputenc} "
                              "on line 2); pass --encoding to choose")


def test_a_commented_out_inputenc_declaration_is_ignored() -> None:
    source = "% \\usepackage[koi8-r]{inputenc}\n" + LATEX
    assert decode(source.encode("cp1251"), "paper.tex").encoding == "windows-1251"


def test_a_declaration_the_bytes_do_not_fit_names_line_column_and_declaration() -> None:
    data = b"\\usepackage[cp1252]{inputenc}\n\nab\x81"
    with pytest.raises(BiblioError) as caught:
        decode(data, "paper.tex")
    assert str(caught.value) == ("paper.tex:3: column 3: byte 0x81 is not windows-1252 "
                                 "(declared by \\usepackage[cp1252]{inputenc} on line 1)")


def test_jabref_encoding_line_is_honoured() -> None:
    source = "% Encoding: windows-1251\n\n" + BIB_ENTRY
    decoded = decode(source.encode("cp1251"), "refs.bib")
    assert decoded.text == source and "% Encoding: windows-1251" in decoded.notice


def test_restyle_tex_reads_cp1251_and_writes_utf8_declaring_it(tmp_path: Path) -> None:
    thesis = (DATA / "documents" / "thesis.tex").read_text(encoding="utf-8")
    legacy = thesis.replace("\\usepackage[utf8]{inputenc}", "\\usepackage[cp1251]{inputenc}")
    source = tmp_path / "thesis.tex"
    source.write_bytes(legacy.encode("cp1251"))
    problems = restyle_tex(source, tmp_path / "out.tex", tmp_path / "refs.bib")
    written = (tmp_path / "out.tex").read_text(encoding="utf-8")
    assert "\\usepackage[utf8]{inputenc}" in written and "cp1251" not in written
    assert "Советская сторона настаивала" in written
    assert str(problems[0]).startswith("encoding: read as windows-1251 (declared by "
                                       "\\usepackage[cp1251]{inputenc} on line 3)")
    assert str(problems[0]).endswith("the output declares \\usepackage[utf8]{inputenc}")


def _dev_words() -> list[str]:
    """Russian words of the dev set's footnotes, of two letters or more, with no more
    capitals than small letters: a text of capitals (acronyms, also with a small «и» or a
    case ending: «АУФСБСПиЛО», «НЭПа») reads as small letters in KOI8-R and is told apart
    by letter frequencies alone (see docs/encodings.md)."""
    lines = (DATA / "dev" / "ru-footnotes.jsonl").read_text(encoding="utf-8").splitlines()
    return sorted({word for line in lines if line.strip()
                   for word in re.findall(r"[А-Яа-яЁё]{2,}", json.loads(line)["text"])
                   if 2 * sum(letter.isupper() for letter in word) <= len(word)})


WORDS = _dev_words()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=3, max_size=12),
       st.sampled_from([" ", ", ", ". ", "; "]))
def test_cyrillic_words_in_windows_1251_round_trip_above_the_short_threshold(
        words: list[str], separator: str) -> None:
    text = separator.join(words)
    assume(len(NON_ASCII.findall(text)) >= SHORT)  # below, two readings may both be plausible
    assert decode(text.encode("cp1251"), "notes.txt").text == text
