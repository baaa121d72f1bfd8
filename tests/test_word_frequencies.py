"""The shipped word tables answer as wordfreq does, for common and rare words alike."""

from __future__ import annotations

import pytest

from biblio.word_frequencies import LANGUAGES, SortedBlocks, frequencies, zipf, zipfs

wordfreq = pytest.importorskip("wordfreq", reason="wordfreq (the test extra) is the reference")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_of_wordfreqs_list_has_its_buckets_zipf_value(language: str) -> None:
    buckets = wordfreq.get_frequency_list(language)
    sample = [(word, round(9 - bucket / 100, 2)) for bucket, words in enumerate(buckets)
              for word in words][::499]  # every 499th word, from the commonest to the rarest
    assert len(sample) > 70
    assert [(word, zipf(word, language)) for word, _ in sample] == sample


def test_rare_words_of_repair_are_known() -> None:
    # wordfreq: "Литвинову" 2.37 and "Volkskommissar" 1.85 on the Zipf scale
    assert zipf("Литвинову", "ru") == 2.37
    assert zipf("Volkskommissar", "de") == 1.85
    assert zipf("Volkskommissar", "ru") == 0.0


@pytest.mark.parametrize(("word", "language"), [
    ("porte-parole", "fr"), ("l'histoire", "fr"), ("qu'un", "fr"), ("d’un", "fr"),
    ("dell'arte", "it"), ("don't", "en"), ("Paris", "fr"), ("Straße", "de"), ("Anti-Fascist", "en"),
])
def test_a_word_is_split_and_case_folded_as_wordfreq_does(word: str, language: str) -> None:
    assert zipf(word, language) == wordfreq.zipf_frequency(word, language)


@pytest.mark.parametrize("word", ["histoire", "литвинову", "europa", "Straße", "porte-parole",
                                  "volkskommissar", "xqzvw"])
def test_zipfs_is_wordfreqs_zipf_in_each_language(word: str) -> None:
    # read from a row's buckets for a word with a row, from its tokens for the others
    assert zipfs(word, LANGUAGES) == tuple(wordfreq.zipf_frequency(word, language)
                                           for language in LANGUAGES)
    assert zipfs(word, ("fr", "ru")) == (wordfreq.zipf_frequency(word, "fr"),
                                         wordfreq.zipf_frequency(word, "ru"))


def test_a_word_of_two_tokens_is_rarer_than_either() -> None:
    assert 0 < zipf("porte-parole", "fr") < min(zipf("porte", "fr"), zipf("parole", "fr"))


def test_unknown_words_and_pieces_of_the_file_format_are_absent() -> None:
    for word in ("qzxqzxqzx", "the\t600", "\n", "", ",,,"):
        assert frequencies(word) == (0.0,) * len(LANGUAGES)


def test_a_built_table_reads_back_row_by_row_across_blocks() -> None:
    build = pytest.importorskip("biblio.build_word_frequencies")
    table = {f"w{number:04d}": [str(number % 800) if column == number % 12 else "" for column in range(12)]
             for number in range(1000)}  # 1,000 rows: many blocks of BLOCK_WORDS
    read = SortedBlocks(build.sorted_blocks(table, "latin"))
    for word, row in table.items():
        assert read.get(word) == tuple(int(bucket) if bucket else None for bucket in row)
    assert read.get("w") == read.get("w99999") == read.get("a") == (None,) * 12


def test_the_first_word_of_every_block_and_its_neighbours_are_looked_up_in_their_block() -> None:
    build = pytest.importorskip("biblio.build_word_frequencies")
    # "w0009" opens a block and "w00090" sorts right after it: the index's "w0009<TAB>…"
    # must not send the longer word to the block before
    table = {word: ["1" if column == 0 else "" for column in range(12)]
             for number in range(400) for word in (f"w{number:04d}", f"w{number:04d}0")}
    read = SortedBlocks(build.sorted_blocks(table, "latin"))
    assert all(read.get(word) == (1,) + (None,) * 11 for word in table)
    assert read.get("w0009\x01") == read.get("w0009\x00") == (None,) * 12
