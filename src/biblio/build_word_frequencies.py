"""Build the word-frequency tables in `biblio/data/word_frequencies/` from wordfreq.

Command (from the repository root, with the build extra installed):

    .venv/bin/pip install -e '.[build]' && .venv/bin/python -m biblio.build_word_frequencies

Why: wordfreq's lists of the twelve languages biblio consults hold 4.8 million words;
loading them took about 4 s and 600 MB per process, for an article that looks up a
few thousand words. This writes one table per script (biblio.word_frequencies.SCRIPTS)
of every word of those lists written in it, each row with the word's bucket in each
language (its centibels: Zipf 9 − cB/100), sorted, in zlib blocks
(biblio.word_frequencies.SortedBlocks). Compression uses fixed settings, so a
rebuild from the same wordfreq gives the same bytes.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from wordfreq import get_frequency_list

from biblio.word_frequencies import DATA_DIR, LANGUAGES, SCRIPTS, script_of, table_file

BLOCK_WORDS = 64
"""Rows per compressed block: one lookup decompresses about 1.5 KB. In lists of one
language each, blocks of 256 words made the files 15 % smaller and telling the external
sets' languages 27 % slower (734 against 999 items/s, benchmarks/bench_language.py)."""


def rows() -> dict[str, list[str]]:
    """Per language, per word: its bucket. Words with a space are left out: wordfreq's
    tokens have none, and a row could not hold one."""
    table: dict[str, list[str]] = {}
    for column, language in enumerate(LANGUAGES):
        for centibels, words in enumerate(get_frequency_list(language)):
            for word in words:
                if word.split() == [word]:
                    table.setdefault(word, [""] * len(LANGUAGES))[column] = str(centibels)
    return table


def sorted_blocks(table: dict[str, list[str]], script: str) -> bytes:
    """The rows of `script` in the layout of biblio.word_frequencies.SortedBlocks."""
    words = sorted(word for word in table if script_of(word) == script)
    index, blocks, end = [], [], 0
    for start in range(0, len(words), BLOCK_WORDS):
        block = words[start:start + BLOCK_WORDS]
        text = "".join(f"\n{word}\t{','.join(table[word])}" for word in block)
        blocks.append(zlib.compress(text.encode("utf-8"), 9))
        end += len(blocks[-1])
        index.append(f"{block[0]}\t{end}\n")
    packed_index = zlib.compress("".join(index).encode("utf-8"), 9)
    return b"%d\n" % len(packed_index) + packed_index + b"".join(blocks)


def build(directory: Path = DATA_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    table = rows()
    for script in SCRIPTS:
        data = sorted_blocks(table, script)
        table_file(script, directory).write_bytes(data)
        print(f"{script}: {len(data):,} bytes")


if __name__ == "__main__":
    build()
