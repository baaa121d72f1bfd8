"""The title indexes behind the resolver's lookups (biblio.parse.title_index)."""

from __future__ import annotations

from biblio.parse.title_index import RelatedTitles, TitleIndex, Titles

TITLES = Titles(["мир", "мир на краю бездны", "мир на краю бездны германия и ссср",
                 "мировая война", "мир на", "война", ""])


def _titles(run: tuple[int, int]) -> list[str]:
    return TITLES.sorted[run[0]:run[1]]


def test_the_titles_beginning_with_a_prefix_are_one_run() -> None:
    assert _titles(TITLES.beginning("мир н")) == [
        "мир на", "мир на краю бездны", "мир на краю бездны германия и ссср"]
    assert _titles(TITLES.beginning("мир")) == [
        "мир", "мир на", "мир на краю бездны", "мир на краю бездны германия и ссср",
        "мировая война"]
    assert _titles(TITLES.beginning("мира")) == []
    assert len(_titles(TITLES.beginning(""))) == 7  # "" is always one


def test_a_title_s_parent_is_the_longest_other_title_its_words_begin_with() -> None:
    def parent(title: str) -> str | None:
        found = TITLES.parent[TITLES.position[title]]
        return None if found is None else TITLES.sorted[found]

    assert parent("мир на краю бездны германия и ссср") == "мир на краю бездны"
    assert parent("мир на краю бездны") == "мир на"
    assert parent("мир на") == "мир"
    assert parent("мировая война") is None  # "мир" is not a word of it
    assert parent("мир") is None
    assert parent("война") is None


def test_the_greatest_value_over_the_titles_beginning_so() -> None:
    index = TitleIndex(TITLES)
    index.offer("Шубин", TITLES.position["мир на краю бездны"], (3, "a"))
    index.offer("Шубин", TITLES.position["мировая война"], (5, "b"))
    index.offer("Кен", TITLES.position["мир на"], (9, "c"))
    assert index.best("Шубин", "мир") == (5, "b")
    assert index.best("Шубин", "мир на") == (3, "a")
    assert index.best("Шубин", "война") is None
    assert index.best("Орлов", "") is None
    index.offer("Шубин", TITLES.position["мир на краю бездны"], (7, "a"))  # cited again
    assert index.best("Шубин", "мир") == (7, "a")


def test_with_one_or_two_words_and_no_author_the_words_are_whole() -> None:
    index = TitleIndex(TITLES)
    index.offer(None, TITLES.position["мировая война"], (5, "b"))
    index.offer(None, TITLES.position["мир на краю бездны"], (3, "a"))
    assert index.best_of_words(None, "мир") == (3, "a")
    assert index.best_of_words(None, "мир на кр") == (3, "a")  # three words: cut is fine
    assert index.best_of_words(None, "мир н") is None


def test_a_value_that_leaves_gives_way_to_the_next() -> None:
    index = TitleIndex(TITLES, leaving=True)
    position = TITLES.position["мир на краю бездны"]
    index.offer_as("a", None, position, (3, "a"))
    index.offer_as("b", None, position, (2, "b"))
    index.offer_as("b", None, position, (8, "b"))  # cited again: replaces (2, "b")
    index.offer_as("c", None, TITLES.position["мир"], (5, "c"))
    assert index.best(None, "мир") == (8, "b")
    index.leave("b", None, position)
    assert index.best(None, "мир") == (5, "c")
    assert index.best(None, "мир на") == (3, "a")
    index.leave("a", None, position)
    assert index.best(None, "мир на") is None
    assert index.best(None, "мир") == (5, "c")


def test_related_titles_are_shorter_or_longer_by_whole_words_and_the_first_wins() -> None:
    related = RelatedTitles(TITLES)
    key = ("шубин", 2004, "")
    related.add(key, TITLES.position["мир на краю бездны германия и ссср"], (1, "long"))
    related.add(key, TITLES.position["мир"], (2, "short"))
    related.add(key, TITLES.position["мировая война"], (3, "other"))
    related.add(("кен",), TITLES.position["мир на краю бездны"], (0, "another author"))
    assert related.first_related(key, TITLES.position["мир на краю бездны"]) == (1, "long")
    assert related.first_related(key, TITLES.position["мир на"]) == (1, "long")
    assert related.first_related(key, TITLES.position["мир"]) == (1, "long")
    assert related.first_related(key, TITLES.position["мировая война"]) is None  # not itself
    assert related.first_related(key, TITLES.position["война"]) is None
    assert related.first_related(key, TITLES.position[""]) is None
