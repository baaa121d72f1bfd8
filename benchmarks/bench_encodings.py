"""How often biblio.encodings reads a legacy-encoded text right, against charset-normalizer.

Command line (from the repository root; charset-normalizer only for the comparison):

    .venv/bin/python benchmarks/bench_encodings.py [--no-charset-normalizer]

Texts: every footnote of the Russian dev sets (tests/data/dev/*.jsonl: 1,009, most of
40–150 characters), their first 40 characters, and the article texts of
tests/data/layouts/ (Russian, French, German, English: whole files). Each is encoded
in each of windows-1251, KOI8-R, CP866, mac-cyrillic and windows-1252 it can be
written in (typographic characters an encoding lacks, « » — № …, first replaced by
the ASCII a typist would use); texts that are pure ASCII, or Cyrillic given to
windows-1252, are left out. A reading is right when its text equals the original.
Speed: CPU time (time.process_time) of the guesses, per MB of input.

Measured 2026-12-06 (load average 6.1 from other jobs; CPU seconds per MB of input,
or per file for the 1 MB file), charset-normalizer 3.5.3:

    texts                 encoding      cases  biblio          charset-normalizer
    footnotes             windows-1251    930  99.0% (10 s/MB)  84.0% (9 s/MB)
    footnotes             KOI8-R          858  98.6%  (6 s/MB)  63.5% (9 s/MB)
    footnotes             CP866           867  98.6%  (5 s/MB)  94.2% (8 s/MB)
    footnotes             mac-cyrillic    930  96.8%  (5 s/MB)  56.8% (9 s/MB)
    footnotes             windows-1252     43  97.7%  (2 s/MB)  81.4% (7 s/MB)
    first 40 characters   windows-1251    882  99.1%  (5 s/MB)  85.4% (23 s/MB)
    first 40 characters   KOI8-R          855  98.9%  (6 s/MB)  37.3% (20 s/MB)
    first 40 characters   CP866           857  99.3%  (5 s/MB)  95.7% (20 s/MB)
    first 40 characters   mac-cyrillic    882  98.6%  (4 s/MB)  41.2% (23 s/MB)
    first 40 characters   windows-1252     18  94.4%  (3 s/MB)  38.9% (38 s/MB)
    articles (6 each)     all five              100%            100%
    1 MB file             windows-1251      1  right (0.16 s)   right (0.03 s)
    1 MB file             KOI8-R            1  right (0.15 s)   right (0.02 s)
    1 MB file             CP866             1  right (0.11 s)   wrong (0.02 s)
    1 MB file             mac-cyrillic      1  right (0.13 s)   right (0.02 s)

The misses left are texts with one or two non-ASCII characters (a dash in an English
title, one Cyrillic "р." for "p."), which two encodings read equally well, and
archive references in capitals whose only small letter differs (mac-cyrillic against
CP866). Random strings of dev-set words in windows-1251, KOI8-R, CP866 of 20 non-ASCII
characters or more: 0 misses in 2,400 per encoding (mac-cyrillic: 0.6 %).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from biblio.encodings import LEGACY, decode
from biblio.errors import BiblioError

ROOT = Path(__file__).resolve().parent.parent
FALLBACK = str.maketrans({"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "—": "-",
                          "–": "-", "№": "N", "…": "...", "’": "'", "‘": "'",
                          "\u00a0": " ", "\u2009": " ", "\u202f": " "})


def corpora() -> dict[str, list[str]]:
    footnotes = [json.loads(line)["text"]
                 for path in sorted((ROOT / "tests/data/dev").glob("*.jsonl"))
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [path.read_text(encoding="utf-8")
                for path in sorted((ROOT / "tests/data/layouts").glob("*.txt"))]
    return {"footnotes": footnotes, "first 40 characters": [text[:40] for text in footnotes],
            "articles": articles}


def encoded(text: str, codec: str) -> tuple[str, bytes] | None:
    """`text` (or its ASCII-punctuated form) and its bytes in `codec`, if it fits."""
    if codec == "cp1252" and any("\u0400" <= char <= "\u04ff" for char in text):
        return None
    for candidate in (text, text.translate(FALLBACK)):
        try:
            data = candidate.encode(codec)
        except UnicodeEncodeError:
            continue
        return None if data.isascii() else (candidate, data)
    return None


def ours(data: bytes) -> str | None:
    try:
        return decode(data, "bench").text
    except BiblioError:
        return None


def charset_normalizer(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-charset-normalizer", action="store_true")
    args = parser.parse_args()
    readers = {"biblio": ours}
    if not args.no_charset_normalizer:
        try:
            import charset_normalizer as _  # noqa: F401 - only to know it is there
        except ImportError:
            parser.error("charset-normalizer is not installed: pip install it, or pass "
                         "--no-charset-normalizer")
        readers["charset-normalizer"] = charset_normalizer
    for corpus, texts in corpora().items():
        for codec, name in LEGACY.items():
            cases = [case for text in texts if (case := encoded(text, codec)) is not None]
            if not cases:
                continue
            row = [f"{corpus:21} {name:13} {len(cases):5}"]
            for reader, read in readers.items():
                start = time.process_time()
                right = sum(read(data) == text for text, data in cases)
                seconds = time.process_time() - start
                megabytes = sum(len(data) for _, data in cases) / 1e6
                row.append(f"{reader} {right / len(cases):6.1%} "
                           f"({seconds / megabytes:.2f} s/MB)")
            print("  ".join(row), flush=True)
    long_file(readers, corpora()["footnotes"])


def long_file(readers: dict, footnotes: list[str]) -> None:
    """CPU seconds to read one 1 MB file of footnotes, a line each, word caches cold."""
    from biblio.encodings import _word_score

    text = "\n".join(footnotes).translate(FALLBACK)
    text = (text + "\n") * (1_000_000 // len(text.encode("cp1251", "replace")) + 1)
    for codec, name in LEGACY.items():
        if codec == "cp1252":
            continue
        data = text.encode(codec, "replace")
        row = [f"{'1 MB file':21} {name:13} {1:5}"]
        for reader, read in readers.items():
            _word_score.cache_clear()
            start = time.process_time()
            right = read(data) == data.decode(codec)
            row.append(f"{reader} {'right' if right else 'wrong':>6} "
                       f"({time.process_time() - start:.2f} s)")
        print("  ".join(row), flush=True)


if __name__ == "__main__":
    main()
