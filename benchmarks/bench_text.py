"""Speed and memory of glyph repair plus footnote extraction on a 10 MB article.

Command line (from the repository root):

    .venv/bin/python benchmarks/bench_text.py [--size-mb 10] [--memory] [--adversarial]
                                              [--distinct-pieces]

The article is the sample (examples/article.txt) repeated until it reaches the size,
with the footnote numbers of each copy continuing those of the previous one, so that
every copy's footnotes are found (a long book). The sample is heavily damaged (about
one word in eight needs a repair), so this is a hard case; the same text already
repaired is measured too. Speed is MB of UTF-8 input per CPU second on one core,
after a first repair of the sample (timed separately: word lists are read once per
process). --memory reruns under tracemalloc and reports the peak of Python
allocations over the size of the input string.

Measured 2026-11-26 on the project's 2-core container (Python 3.11; other jobs ran
in parallel, so wall-clock times varied; CPU times are steadier):

    input 10.06 MB (116 copies)
    wordfreq word lists loaded in 1.1 s (once per process)
    7192 footnotes found: 7076 numbered, 116 unnumbered; 0 problems; 166228 words repaired
    damaged text:  repair 1.19 s (8.5 MB/s), extraction 0.33 s (31 MB/s),
                   together 1.51 s = 6.6 MB/s   (target: at least 5 MB/s)
    repaired text: repair 0.35 s (28 MB/s), extraction 0.31 s, together 15.2 MB/s
    memory: peak 6.3 × the input string (74 MB for 12 MB); most of it is the list of
            166228 changes that the result returns, one per repaired word
    (three runs within the hour gave 6.0, 6.4 and 6.6 MB/s on the damaged text)

Measured 2026-11-27, same container, after extraction learned running heads, cut
footnotes, the body's references, and then the parts of an article that are not
footnotes (header, labelled paragraphs, reference lists, tables, two columns):

    damaged text:  repair 1.20 s (8.3 MB/s), extraction 0.63 s (16 MB/s),
                   together 1.75–1.85 s = 5.4–5.8 MB/s (three runs)
    repaired text: repair 0.38 s (27 MB/s), extraction 0.63 s, together 9.7–10.0 MB/s
    (the article's parts cost about 0.08 s of the extraction's 0.63 s)

Measured 2026-12-06 (load average 6.7–7.3 from other jobs, which slows every figure
about three times against the ones above), main at 08bc42c against branch articlespeed,
runs in turn, each version twice (the same figures both times):

    before  damaged text:  repair 4.04 / 4.09 s, extraction 2.29 / 2.30 s = 1.6 MB/s
            repaired text: repair 1.30 / 1.30 s, together 2.8 MB/s
    after   damaged text:  repair 2.03 / 2.03 s, extraction 1.33 / 1.32 s = 3.0 MB/s
            repaired text: repair 0.46 / 0.46 s, together 5.5 MB/s
    (7192 footnotes and 166228 repaired words in both)
    memory (--size-mb 2 --memory): peak 9.2 × the input string before, 7.9 × after
    --adversarial (--size-mb 1), before / after, CPU seconds at that load:
      "а" in French 19.41 / 15.23; "ãã" 9.00 / 7.98; every letter damaged 5.48 / 4.74;
      1 000 000 "á" 0.95 / 0.87; mixed word 0.87 / 0.74; " ." 0.30 / 0.19; one-line
      footnotes 3.12 / 3.20; 100 000 body lines 1.37 / 0.94; reference list 1.00 / 0.83;
      labelled paragraphs 2.35 / 1.60; two columns 2.79 / 2.71 (all still linear)

Measured 2026-12-06, third round (load average 6.7–7.2), main at 0b54ce5 against branch
articlespeed, runs in turn, each version twice (7192 footnotes, 7076 numbered, 116
unnumbered, 0 problems and 166228 repaired words in all four):

    before  damaged text:  repair 2.00 / 2.07 s, extraction 1.35 / 1.37 s = 3.0 / 2.9 MB/s
            repaired text: repair 0.45 / 0.46 s, extraction 1.39 / 1.41 s = 5.5 / 5.4 MB/s
    after   damaged text:  repair 1.56 / 1.58 s, extraction 1.04 / 1.04 s = 3.9 / 3.8 MB/s
            repaired text: repair 0.45 / 0.44 s, extraction 1.07 / 1.11 s = 6.6 / 6.5 MB/s
    memory (--size-mb 2 --memory): peak 7.9 × the input string before, 7.8 × after
    --adversarial (--size-mb 1), before / after, CPU seconds at load 7–8:
      "а" in French 15.38 / 9.29; "ãã" 8.25 / 7.44; every letter damaged 4.92 / 4.31;
      1 000 000 "á" 0.86 / 0.54; mixed word 0.75 / 0.57; " ." 0.18 / 0.05; one-line
      footnotes 3.23 / 2.87; 100 000 body lines 0.94 / 0.87; reference list 0.85 / 0.73;
      labelled paragraphs 1.63 / 1.43; two columns 2.85 / 2.23 (all still linear)

Measured 2026-12-06, fourth round (load average 6.2–6.5), main at 78592f4 against branch
articlespeed2, runs in turn (7192 footnotes, 7076 numbered, 116 unnumbered, 0 problems
and 166228 repaired words in all; the repaired text, changes and footnotes hash the
same):

    before  damaged text:  repair 1.56 / 1.57 s, extraction 1.06 / 1.05 s = 3.8 / 3.8 MB/s
            repaired text: repair 0.45 / 0.45 s, extraction 1.08 / 1.10 s = 6.6 / 6.5 MB/s
    after   damaged text:  repair 1.46 / 1.53 s, extraction 0.87 / 0.92 s = 4.3 / 4.1 MB/s
            repaired text: repair 0.41 / 0.41 s, extraction 0.92 / 0.97 s = 7.5 / 7.3 MB/s
    memory (--size-mb 2 --memory): peak 7.8 × the input string, before and after
    --adversarial (--size-mb 1), before / after (the whole branch, load 5.4–5.9):
      "а" in French 9.44 / 9.29; "ãã" 7.61 / 6.52; every letter damaged 4.46 / 3.79;
      1 000 000 "á" 0.54 / 0.56; mixed word 0.58 / 0.56; " ." 0.05 / 0.05; one-line
      footnotes 2.91 / 2.76; 100 000 body lines 0.92 / 0.95; reference list 0.73 /
      0.67; labelled paragraphs 1.46 / 1.48; two columns 2.09 / 2.01
    (the speed figures above are from before the branch's last repair change: a word
    with one script on both sides takes it without the line and sentence tests)

Measured 2026-12-06, sixth round (load average 5.5-6.4), main at a01ad5b against the
dropped per-piece repair of branch articlespeed3 (087417f; bench_article_stages.py's
docstring describes it), runs in turn through PYTHONPATH, same outputs:

    main    damaged text:  repair 1.30 s, extraction 0.80 s = 4.8 MB/s
            repaired text: repair 0.39 s, extraction 0.82 s = 8.3 MB/s
    pieces  damaged text:  repair 0.90 s, extraction 0.77 s = 6.0 MB/s
            repaired text: repair 0.33 s, extraction 0.78 s = 9.1 MB/s
    --distinct-pieces (no run between spaces repeats from copy to copy; 146,166
    repaired words):
    main    damaged text:  repair 1.23 s     repaired text: repair 0.41 s
    pieces  damaged text:  repair 2.77 s     repaired text: repair 0.39 s

The repeated sample flatters anything decided once per distinct piece or line:
--distinct-pieces is the check. Its first version wrote the copy's number after every
run, and a digit glued to a word is a reference mark: every word of the body referred
to a footnote, and extraction found 163 footnotes in 2.4 s (the sample has no running
heads; that was not the cause). Runs now get a tag of signs (COPY_TAG_SIGNS) after
their last letter. 2026-12-06, seventh round (load average 5.0-5.2), the repaired
text: 95 copies, 6.55 million characters, 5,890 footnotes (62 a copy, as repeated),
95 unnumbered, 0 problems, extraction 0.85 s, against 0.76 s for the 5.80 million
characters of the repeated sample: the same CPU time per character.

Measured 2026-12-06, eighth round (load average 5.6-6.2), main at bf370bc (PYTHONPATH)
against branch articlespeed4 at 4c5399e, in turn; the clean English text is new in
this script (tests/data/chicago-reference-notes.txt repeated, no Cyrillic letter):

    main    damaged text:  repair 1.26 s, extraction 0.75 s = 5.0 MB/s
            repaired text: repair 0.35 s, extraction 0.79 s = 8.8 MB/s
            clean English (6.03 MB): repair 1.41 s, extraction 1.37 s
    branch  damaged text:  repair 1.22 s, extraction 0.74 s = 5.1 MB/s
            repaired text: repair 0.30 s, extraction 0.77 s = 9.4 MB/s
            clean English (6.03 MB): repair 0.15 s, extraction 1.35 s
    (7192 footnotes, 166228 repaired words, 0 problems in both)
    --adversarial, repair alone, best of 2, in turn twice (load 5.5-6.3), main / branch:
      "а" in French 9.23-9.19 / 8.89-8.84; "ãã" 6.30-6.36 / 6.54-6.59; every letter
      damaged 3.62 / 3.73-3.79; 1 000 000 "á" 0.07 / 0.04; one mixed word 0.48-0.49 /
      0.60 (all linear; the slower three: a word without a Latin letter in a text
      without Cyrillic ones is matched and then measured back, one call more than the
      two passes made; the mixed word, a tie of scripts, is read from the Cyrillic side)

Extraction of the clean English text costs as much as that of the 10 MB damaged text
(one note per line, numbered "1<TAB>"): the next place to look for extraction.

--adversarial times inputs built to be slow (about 1–2 MB each, CPU seconds for
repair + extraction); all finish in linear time:

    a Cyrillic "а" in every French phrase   1.14 MB  3.5 s
    300 000 undecidable words ("ãã")         1.50 MB  2.2 s  (17 s before neighbours were shared)
    a Russian text with every letter damaged 1.93 MB  1.3 s
    one "word" of 1 000 000 "á"              2.00 MB  0.3 s  (over 100 letters: left as is)
    one mixed "word" of 1 000 000 letters    1.50 MB  0.2 s
    500 000 " ." between two letters          1.00 MB  0.05 s
    99 999 one-line footnotes                1.78 MB  0.7 s
    one footnote followed by 100 000 body lines (no page cue: all joined to it)
                                             2.80 MB  0.5 s  (joining lines was quadratic)
    a reference list of 9 999 entries of 5 lines 0.83 MB 0.3 s
    50 000 labelled paragraphs (abstracts, "Для цитирования")
                                             2.90 MB  0.7 s
    40 000 lines in two columns side by side 2.19 MB  0.8 s

Repair visits only suspect words (a damage character, mixed scripts, a Cyrillic
word beside a Latin one) found by linear regular expressions that open with one
character class (a damage character, a Latin letter), which the engine skips to at C
speed; a damaged word's start is found by one match back in the reversed text;
decisions that depend on the word alone are made once per distinct word of the text;
extraction is one pass over the lines.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tracemalloc
from pathlib import Path

from biblio.text.footnotes import extract_footnotes
from biblio.text.repair import repair_text

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "article.txt"
ENGLISH = Path(__file__).resolve().parent.parent / "tests" / "data" / "chicago-reference-notes.txt"
"""A clean English text (the sample's notes in Chicago style, French and transliterated
Russian titles, no Cyrillic letter), repeated to the size: what repair costs a text
it has nothing to do on."""
FOOTNOTE_NUMBER = re.compile(r"^(\d{1,2})(?= )", re.MULTILINE)
NOTES_PER_COPY = 61


COPY_TAG_SIGNS = "^=`#$&@|+"
"""What a copy's tag is written with under --distinct-pieces: no letter (words stay the
same), no digit (a digit glued to a word is a reference mark), no punctuation, quote,
bracket, dash, asterisk or dagger (each means something to the extractor)."""

LAST_LETTER_BEFORE_PUNCTUATION = re.compile(r"(?<=[^\W\d_])(?=[.,;:)»]+$)")


def copy_tag(copy: int) -> str:
    """The copy's number written in base 9 with COPY_TAG_SIGNS, after a "~"."""
    signs = ""
    while True:
        copy, digit = divmod(copy, len(COPY_TAG_SIGNS))
        signs = COPY_TAG_SIGNS[digit] + signs
        if not copy:
            return "~" + signs


def build_article(size_mb: float, distinct_pieces: bool = False) -> tuple[str, int]:
    """The sample repeated to `size_mb`, footnote numbers continuing across copies;
    with `distinct_pieces`, each run between spaces that ends with a letter, or with a
    letter and then punctuation, gets the copy's tag after that letter (COPY_TAG_SIGNS),
    so that words repeat from copy to copy, those runs not. Runs that end with a digit
    (reference marks, pages, years, footnote numbers) stay as they are."""
    sample = SAMPLE.read_text(encoding="utf-8")
    parts: list[str] = []
    size = 0
    while size < size_mb * 1_000_000:
        shift = NOTES_PER_COPY * len(parts)
        copy = FOOTNOTE_NUMBER.sub(lambda m: str(int(m.group(1)) + shift), sample)
        if distinct_pieces:
            copy = " ".join(_tagged(piece, copy_tag(len(parts))) for piece in copy.split(" "))
        parts.append(copy)
        size += len(parts[-1].encode("utf-8"))
    return "".join(parts), len(parts)


def _tagged(piece: str, tag: str) -> str:
    if piece[-1:].isalpha():
        return piece + tag
    return LAST_LETTER_BEFORE_PUNCTUATION.sub(tag, piece, count=1)


ADVERSARIAL = {
    'a Cyrillic "а" in every French phrase': "de Paris а Moscou " * 60_000,
    '300 000 undecidable words ("ãã")': "ãã " * 300_000,
    "a Russian text with every letter damaged": "Ýòî áûëî äàâíî, ïèøåò èñòîðèê. " * 35_000,
    'one "word" of 1 000 000 "á"': "á" * 1_000_000,
    'one mixed "word" of 1 000 000 letters': "aа" * 500_000,
    '500 000 " ." between two letters': "a" + " ." * 500_000 + "б",
    "99 999 one-line footnotes": "\n".join(f"{n} Text {n}." for n in range(1, 100_000)),
    "one footnote followed by 100 000 body lines": (
        "Body1.\n\n1 Smith J. Book. L., 1999.\n" + "and the body continues here\n" * 100_000
    ),
    "a reference list of 9 999 entries of 5 lines": "Body1.\n1 Ibid.\nСписок литературы\n" + "".join(
        f"{n}. Иванов И.И. Книга\nо чём-то\nи ещё\nи ещё\nМ., 2000.\n" for n in range(1, 10_000)
    ),
    "50 000 labelled paragraphs": "Аннотация. Текст\nи ещё текст\n" * 25_000
    + "Для цитирования: Иванов И.И. Статья\n" * 25_000,
    "40 000 lines in two columns side by side": "".join(
        f"left column line {n:06d}        right column line {n}\n" for n in range(40_000)
    ),
}


def timed(function, *args):
    start = time.process_time()
    result = function(*args)
    return result, time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=10.0)
    parser.add_argument("--memory", action="store_true")
    parser.add_argument("--adversarial", action="store_true")
    parser.add_argument("--distinct-pieces", action="store_true",
                        help="no run between spaces repeats from copy to copy")
    args = parser.parse_args()

    article, copies = build_article(args.size_mb, args.distinct_pieces)
    megabytes = len(article.encode("utf-8")) / 1e6
    _, load = timed(repair_text, SAMPLE.read_text(encoding="utf-8"))
    print(f"input {megabytes:.2f} MB ({copies} copies)")
    print(f"the sample repaired first in {load:.1f} s (word lists read as asked)")

    repair, repair_time = timed(repair_text, article)
    extraction, extract_time = timed(extract_footnotes, repair.text)
    numbered = sum(1 for note in extraction if note.number is not None)
    print(f"{len(extraction)} footnotes found: {numbered} numbered, "
          f"{len(extraction) - numbered} unnumbered; {len(extraction.problems)} problems; "
          f"{len(repair.changes)} words repaired")
    total = repair_time + extract_time
    print(f"damaged text:  repair {repair_time:.2f} s ({megabytes / repair_time:.1f} MB/s), "
          f"extraction {extract_time:.2f} s ({megabytes / extract_time:.0f} MB/s), "
          f"together {total:.2f} s = {megabytes / total:.1f} MB/s")

    clean = repair.text
    _, clean_repair = timed(repair_text, clean)
    _, clean_extract = timed(extract_footnotes, clean)
    print(f"repaired text: repair {clean_repair:.2f} s ({megabytes / clean_repair:.0f} MB/s), "
          f"extraction {clean_extract:.2f} s, together "
          f"{megabytes / (clean_repair + clean_extract):.1f} MB/s")

    english_notes = ENGLISH.read_text(encoding="utf-8")
    english = english_notes * max(1, round(len(article) / len(english_notes)))
    english_repair, english_repair_time = timed(repair_text, english)
    _, english_extract = timed(extract_footnotes, english)
    print(f"clean English text ({len(english.encode('utf-8')) / 1e6:.2f} MB): repair "
          f"{english_repair_time:.2f} s ({len(english_repair.rows)} words repaired), "
          f"extraction {english_extract:.2f} s")

    if args.adversarial:
        for name, text in ADVERSARIAL.items():
            start = time.process_time()
            extract_footnotes(repair_text(text).text)
            print(f"{name:42} {len(text.encode('utf-8')) / 1e6:.2f} MB "
                  f"{time.process_time() - start:.2f} s")

    if args.memory:
        del repair, extraction, clean
        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
        repaired = repair_text(article)
        extract_footnotes(repaired.text)
        peak = tracemalloc.get_traced_memory()[1] - base
        tracemalloc.stop()
        print(f"memory: peak {peak / sys.getsizeof(article):.1f} × the input string "
              f"({peak / 1e6:.0f} MB for {sys.getsizeof(article) / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
