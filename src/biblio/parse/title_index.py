"""Indexes of normalized titles for the resolver of repeated references.

A short form ("Заглавие…", "Указ. соч.") and a footnote that leaves out other title
information are matched against every work of the same authors; scanning them all
made the time grow with the product of works and references. These indexes answer
each lookup in the length of the title looked up, times a logarithm of the number of
titles: an author may have thousands of works in a bibliography.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Hashable, Iterable
from heapq import heappop, heappush
from typing import Any

_LAST_CHAR = "\U0010ffff"


class Titles:
    """Every normalized title of a document, sorted: the titles beginning with a prefix
    are then one run of positions, found by bisection.

    Titles are normalized (biblio.parse.repeats.normalize_title): words of word
    characters, one space between them, so no character sorts before the space.
    """

    def __init__(self, titles: Iterable[str]) -> None:
        self.sorted = sorted({"", *titles})  # "": the title of a work that has none
        self.position = dict(zip(self.sorted, range(len(self.sorted))))
        self.size = 1 << max(len(self.sorted) - 1, 0).bit_length()
        self.parent: list[int | None] = []
        """Position → that of the longest other title its words begin with, if any."""
        chain: list[tuple[int, str]] = []  # the previous title and those its words
        # begin with, each with the space its continuations have after it
        for index, title in enumerate(self.sorted):
            # the titles between a title and one it begins also begin with it: in
            # sorted order those a title begins with are still in the chain
            while chain and not title.startswith(chain[-1][1]):
                chain.pop()
            self.parent.append(chain[-1][0] if chain else None)
            chain.append((index, title + " "))

    def beginning(self, prefix: str) -> tuple[int, int]:
        """The positions of the titles that begin with `prefix`."""
        start = bisect_left(self.sorted, prefix)
        stem = prefix.rstrip(_LAST_CHAR)
        if not stem:
            return start, len(self.sorted)
        return start, bisect_left(self.sorted, stem[:-1] + chr(ord(stem[-1]) + 1), start)

    def equal(self, title: str) -> tuple[int, int]:
        """The position of `title`, as a run of one (or none)."""
        start = bisect_left(self.sorted, title)
        found = start < len(self.sorted) and self.sorted[start] == title
        return start, start + found


class _Best:
    """The greatest value at each title position, and over a run of positions.

    A tree of maxima kept in a dict (only the branches used exist); a value only ever
    replaces a smaller one, as a later citation does an earlier one.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.nodes: dict[int, Any] = {}

    def offer(self, position: int, value: Any) -> None:
        nodes, node = self.nodes, position + self.size
        while node:
            held = nodes.get(node)
            if held is not None and held >= value:
                return  # the nodes above hold at least as much
            nodes[node] = value
            node >>= 1

    def best(self, start: int, end: int) -> Any:
        nodes, result = self.nodes, None
        start, end = start + self.size, end + self.size
        while start < end:
            if start & 1:
                result = _greater(result, nodes.get(start))
                start += 1
            if end & 1:
                end -= 1
                result = _greater(result, nodes.get(end))
            start, end = start >> 1, end >> 1
        return result


class _Descending:
    """A value in a heap that gives the greatest first."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Descending) -> bool:
        return other.value < self.value


class _BestLeaving(_Best):
    """_Best where a value can also leave: each position keeps its values in a heap,
    the ones replaced or gone dropped when they come to the top."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.heaps: dict[int, list[_Descending]] = {}
        self.current: dict[Hashable, Any] = {}

    def offer_as(self, owner: Hashable, position: int, value: Any) -> None:
        self.current[owner] = value
        heappush(self.heaps.setdefault(position, []), _Descending((value, owner)))
        self.offer(position, value)

    def leave(self, owner: Hashable, position: int) -> None:
        if self.current.pop(owner, None) is None:
            return
        heap, nodes = self.heaps[position], self.nodes
        while heap and self.current.get(heap[0].value[1]) != heap[0].value[0]:
            heappop(heap)
        node = position + self.size
        nodes[node] = heap[0].value[0] if heap else None
        while node > 1:
            node >>= 1
            nodes[node] = _greater(nodes.get(2 * node), nodes.get(2 * node + 1))


def _greater(value: Any, other: Any) -> Any:
    return other if value is None or (other is not None and other > value) else value


class TitleIndex:
    """Values (ranked tuples) by a key and a title: the greatest among the titles of
    that key that begin with a prefix. With `leaving`, a value offered for an owner
    replaces its earlier one and can be withdrawn."""

    def __init__(self, titles: Titles, leaving: bool = False) -> None:
        self.titles = titles
        self.tree_type = _BestLeaving if leaving else _Best
        self.trees: dict[Hashable, Any] = {}

    def _tree(self, key: Hashable) -> Any:
        tree = self.trees.get(key)
        if tree is None:
            tree = self.trees[key] = self.tree_type(self.titles.size)
        return tree

    def offer(self, key: Hashable, position: int, value: Any) -> None:
        self._tree(key).offer(position, value)

    def offer_as(self, owner: Hashable, key: Hashable, position: int, value: Any) -> None:
        self._tree(key).offer_as(owner, position, value)

    def leave(self, owner: Hashable, key: Hashable, position: int) -> None:
        tree = self.trees.get(key)
        if tree is not None:
            tree.leave(owner, position)

    def best(self, key: Hashable, prefix: str) -> Any:
        """The greatest value among the titles that begin with `prefix`."""
        tree = self.trees.get(key)
        return None if tree is None else tree.best(*self.titles.beginning(prefix))

    def best_of_words(self, key: Hashable, prefix: str) -> Any:
        """As `best`, but a prefix of one or two words must end at a word's end: with no
        author to narrow the search, "Мир…" is not "Мировая война"."""
        if prefix.count(" ") >= 2:
            return self.best(key, prefix)
        tree = self.trees.get(key)
        if tree is None:
            return None
        return _greater(tree.best(*self.titles.equal(prefix)),
                        tree.best(*self.titles.beginning(prefix + " ")))


class RelatedTitles:
    """Values by a key and a title's position: the first value whose title begins
    with another's words, or is begun by them ("Мир на краю бездны" and "Мир на краю
    бездны Германия и СССР"). A title's shorter forms are its ancestors in
    `Titles.parent`: a lookup walks no more steps than the title has words."""

    def __init__(self, titles: Titles) -> None:
        self.titles = titles
        self.tables: dict[Hashable, dict[int, list[Any]]] = {}
        """Key → position → [first value of this title, first value of a longer one]."""

    def add(self, key: Hashable, position: int, value: Any) -> None:
        """Values are added in order: the first one stays at each place."""
        if not self.titles.sorted[position]:
            return
        table = self.tables.setdefault(key, {})
        entry = table.setdefault(position, [None, None])
        if entry[0] is None:
            entry[0] = value
        ancestor = self.titles.parent[position]
        while ancestor is not None:
            entry = table.setdefault(ancestor, [None, None])
            if entry[1] is not None:
                return  # and so have those above it: the first value went up from below
            entry[1] = value
            ancestor = self.titles.parent[ancestor]

    def first_related(self, key: Hashable, position: int) -> Any:
        """The first value whose title is this one cut at a word, or this one continued
        by words; never this title itself."""
        table = self.tables.get(key)
        if table is None or not self.titles.sorted[position]:
            return None
        entry = table.get(position)
        found = [] if entry is None or entry[1] is None else [entry[1]]
        ancestor = self.titles.parent[position]
        while ancestor is not None:
            entry = table.get(ancestor)
            if entry is not None and entry[0] is not None:
                found.append(entry[0])
            ancestor = self.titles.parent[ancestor]
        return min(found, default=None)
