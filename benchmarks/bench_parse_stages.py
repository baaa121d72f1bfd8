"""What one GOST footnote's parse costs in each step from text to cites, and what the
readers tried on every reference cost where they read nothing (issue 9).

    .venv/bin/python benchmarks/bench_parse_stages.py [--notes 5000] [--seed 1] [--readers]
    PYTHONPATH=OTHER/src .venv/bin/python benchmarks/bench_parse_stages.py   (another checkout)

bench_parse.py's corpus (its `speed` run: the first 2,000 notes parsed once to warm the
caches), parsed by one `parse_footnotes` call with the functions of STAGES wrapped by a
clock. Each wrapped call's time goes to its function less the time of the wrapped calls
inside it (own time); the functions are summed into the stages of GROUPS, and what runs
outside every wrapped function is the plumbing (parse_footnotes, parse_note). The wrappers
add about a microsecond a call (about 60 calls a note), so the shares count, not the sum.
A function a checkout lacks is named and left out.

`--readers`: each reader or rewrite of READERS is called again alone on every argument
it got in the parse, timed, and its calls counted by whether it read something (a value
other than None or False, a text other than the one given): the work done for references
that cannot need it.

The table of 2026-12-07 and what it shows are in docs/parsing-history.md ("Speed on
2026-12-07")."""

from __future__ import annotations

import argparse
import copy
import gc
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_parse import Corpus  # noqa: E402

from biblio.parse import parse_footnotes  # noqa: E402
from biblio.parse.reference import Reference  # noqa: E402

GROUPS: dict[str, tuple[str, ...]] = {
    "note splitting and commentary": (
        "parse:without_list_number", "split:split_references", "parse:_read_segment",
        "parse:_without_funding", "commentary:after_opening_prose",
        "commentary:find_references", "commentary:crosses_parenthesis"),
    "form recognition: the readers and rewrites before the areas": (
        "gost:parse_reference", "gost:_parse_reference", "partial:may_be_repaired",
        "partial:read_repaired", "gost:_typed_areas", "gost:_discussion_before",
        "described:read_described_work", "gost:_parse_ibid", "gost:_only_levels",
        "official:parse_patent_by_number", "csl_citations:parse_csl_citation",
        "statutes:parse_statute", "german_journals:parse_german_journal_article",
        "short_forms:parse_short_form", "short_forms:parse_latin_short_title",
        "gost:_parse_archival", "document_dates:split_document_date",
        "official:parse_law_article", "informal:parse_informal",
        "comma_style:parse_comma_style", "gost:_soviet_imprint", "gost:_period_before_place",
        "gost:_parse_document", "reviews:take_reviewed", "official:parse_patent",
        "official:move_act_heading", "official:take_heading", "official:take_standard",
        "short_forms:parse_chicago_short", "choice:_without_translations",
        "partial:latin_reading"),
    "area splitting": ("areas:split_areas",),
    "the areas' readers": (
        "gost:_parse_work", "electronic:take_electronic", "gost:parse_description",
        "gost:_classify", "gost:parse_title_block", "gost:parse_responsibility",
        "gost:_parse_tail", "publication:parse_publication", "locators:parse_pinpoint",
        "locators:parse_numbering", "genres:take_genre"),
    "names and headings": (
        "names:parse_heading", "names:parse_person", "names:parse_initials_first",
        "names:parse_full_name_heading", "names:parse_family_heading"),
    "second reading, reading in part, the choice": (
        "choice:read_reference", "second_reading:read_again", "choice:_read",
        "labeller.model:label_reference", "heading_in_title:missed_heading",
        "heading_in_title:read_heading_in_title", "partial:read_in_part",
        "partial:read_between", "partial:holds_unread_area", "partial:swallowed"),
    "language": ("language:detect_language",),
    "resolver: items, ids, indexes": (
        "repeats:resolve", "repeats:Resolver.item_for", "repeats:Resolver.cite",
        "repeats:normalize_title", "repeats:creators_key", "repeats:_stem"),
    "plumbing: parse_footnotes, copies of cached readings": ("parse:_fresh",),
}
STAGES = tuple(name for names in GROUPS.values() for name in names)
READERS = (
    "gost:_typed_areas", "partial:may_be_repaired", "gost:_discussion_before",
    "csl_citations:parse_csl_citation", "short_forms:parse_short_form",
    "heading_in_title:missed_heading", "gost:_parse_archival", "official:take_standard",
    "german_journals:parse_german_journal_article", "names:parse_full_name_heading",
    "second_reading:read_again", "gost:_soviet_imprint", "informal:year_before_numbering",
    "electronic:take_electronic", "partial:latin_reading", "reviews:take_reviewed",
    "short_forms:parse_latin_short_title", "partial:holds_unread_area", "partial:swallowed",
    "comma_style:parse_comma_style", "names:parse_family_heading",
    "names:parse_initials_first", "document_dates:split_document_date",
    "official:parse_law_article", "official:take_heading", "official:move_act_heading")
PLUMBING = "plumbing: parse_footnotes, copies of cached readings"


def _find(name: str) -> tuple[Any, str, Callable[..., Any]] | None:
    """The owner (module or class), attribute and function a "module:qualname" names."""
    module_name, _, qualname = name.partition(":")
    module_name = "biblio.parse" if module_name == "parse" else f"biblio.parse.{module_name}"
    try:
        owner: Any = importlib.import_module(module_name)
    except ImportError:
        return None
    *classes, attribute = qualname.split(".")
    for class_name in classes:
        owner = getattr(owner, class_name, None)
    function = getattr(owner, attribute, None) if owner is not None else None
    return (owner, attribute, function) if callable(function) else None


def _replace(name: str, make: Callable[[Callable[..., Any]], Callable[..., Any]]) -> bool:
    """Put `make(function)` wherever the parser's modules hold the function `name` names."""
    found = _find(name)
    if found is None:
        return False
    owner, attribute, function = found
    wrapper = make(function)
    if isinstance(owner, type):
        setattr(owner, attribute, wrapper)
        return True
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("biblio."):
            for key, value in list(vars(module).items()):
                if value is function:
                    setattr(module, key, wrapper)
    return True


class StageClock:
    """Own time and calls of each wrapped function, by a stack of open calls."""

    def __init__(self) -> None:
        self.own: dict[str, int] = {}
        self.calls: dict[str, int] = {}
        self.stack: list[list[Any]] = []

    def wrap(self, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def make(function: Callable[..., Any]) -> Callable[..., Any]:
            def timed(*args: Any, **kwargs: Any) -> Any:
                now = time.perf_counter_ns()
                if self.stack:
                    self.own[self.stack[-1][0]] += now - self.stack[-1][1]
                self.stack.append([name, now])
                self.calls[name] += 1
                try:
                    return function(*args, **kwargs)
                finally:
                    end = time.perf_counter_ns()
                    self.own[name] += end - self.stack.pop()[1]
                    if self.stack:
                        self.stack[-1][1] = end
            return timed
        self.own[name], self.calls[name] = 0, 0
        return make

    def run(self, notes: list[str]) -> int:
        """Parse `notes`; the time outside every wrapped call goes to the plumbing."""
        self.own[PLUMBING], self.calls[PLUMBING] = 0, 1
        start = time.perf_counter_ns()
        self.stack.append([PLUMBING, start])
        parse_footnotes(notes)
        end = time.perf_counter_ns()
        self.own[PLUMBING] += end - self.stack.pop()[1]
        return end - start


def stages(notes: list[str]) -> None:
    clock = StageClock()
    missing = [name for name in STAGES if not _replace(name, clock.wrap(name))]
    gc.collect()
    total = clock.run(notes)
    count = len(notes)
    print(f"{count} notes, {total / 1e3 / count:.1f} µs a note with the wrappers "
          f"({sum(clock.calls.values()) / count:.1f} wrapped calls a note)")
    print("| stage | µs a note | share |\n|---|---|---|")
    for group, names in GROUPS.items():
        spent = sum(clock.own.get(name, 0) for name in names) + \
            (clock.own[PLUMBING] if group == PLUMBING else 0)
        print(f"| {group} | {spent / 1e3 / count:.1f} | {100 * spent / total:.1f} % |")
    print("\n| function | µs a note | share | calls a note |\n|---|---|---|---|")
    for name, spent in sorted(clock.own.items(), key=lambda item: -item[1])[:30]:
        print(f"| {name} | {spent / 1e3 / count:.2f} | {100 * spent / total:.1f} % "
              f"| {clock.calls[name] / count:.2f} |")
    if missing:
        print(f"\nnot in this checkout: {', '.join(missing)}")


def _read_nothing(arguments: tuple[Any, ...], result: Any) -> bool:
    """Whether a reader's result reads nothing: None, False, or its text unchanged."""
    if result is None or result is False:
        return True
    if isinstance(result, str):
        return result == arguments[0]
    return isinstance(result, tuple) and (result[0] is None or result[0] == arguments[0])


def readers(notes: list[str]) -> None:
    logged: dict[str, list[tuple[tuple[Any, ...], dict[str, Any], bool]]] = {}
    functions: dict[str, Callable[..., Any]] = {}

    def logging(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def make(function: Callable[..., Any]) -> Callable[..., Any]:
            functions[name] = function

            def logged_call(*args: Any, **kwargs: Any) -> Any:
                kept = tuple(copy.copy(arg) if isinstance(arg, Reference) else arg
                             for arg in args)
                result = function(*args, **kwargs)
                logged.setdefault(name, []).append((kept, kwargs, _read_nothing(args, result)))
                return result
            return logged_call
        return make

    for name in READERS:
        _replace(name, logging(name))
    parse_footnotes(notes)
    count = len(notes)
    print("| reader | calls a note | read nothing | µs a note, reading nothing "
          "| µs a note, reading |\n|---|---|---|---|---|")
    for name, calls in sorted(logged.items(), key=lambda item: -len(item[1])):
        spent = {True: 0, False: 0}
        for args, kwargs, nothing in calls:
            fresh = tuple(copy.copy(arg) if isinstance(arg, Reference) else arg for arg in args)
            start = time.perf_counter_ns()
            functions[name](*fresh, **kwargs)
            spent[nothing] += time.perf_counter_ns() - start
        empty = sum(1 for call in calls if call[2])
        print(f"| {name} | {len(calls) / count:.2f} | {empty / len(calls):.2f} "
              f"| {spent[True] / 1e3 / count:.2f} | {spent[False] / 1e3 / count:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--readers", action="store_true",
                        help="time each reader alone where it reads nothing")
    args = parser.parse_args()
    corpus = Corpus(args.seed)
    notes = [corpus.footnote() for _ in range(args.notes + 2000)]
    parse_footnotes(notes[:2000])  # warm the caches, as bench_parse's `speed` does
    (readers if args.readers else stages)(notes[2000:])


if __name__ == "__main__":
    main()
