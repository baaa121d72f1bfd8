"""Words a shortened title must not end on: prepositions, conjunctions and articles.

GOST R 7.0.5-2008, 8.4 lets a repeated reference shorten a long title, the omitted
words marked by an ellipsis; a cut after "dans", "and" or "в" leaves a fragment that
names nothing ("La France et l’URSS dans …"), so the cut moves back to a word that
carries meaning. The lists are the closed word classes (prepositions, coordinating
and common subordinating conjunctions, articles) of each language as its grammars
give them; contracted forms ("du", "zum", "della") are included, elided ones ("l’",
"d’") are matched by `ELIDED`.
"""

from __future__ import annotations

import re

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset("""
        в во на над под подо о об обо от ото к ко с со у из изо за для до по при про
        через без безо между перед передо около вокруг после среди сквозь ради вместо
        кроме против вдоль мимо близ возле
        и а но или либо да ни что чтобы как когда если хотя чем будто
        """.split()),
    "uk": frozenset("""
        в у на над під о об від до з із зі за для по при про через без між перед біля
        після серед крізь замість проти і й та а але або чи що щоб як коли якщо хоча
        """.split()),
    "en": frozenset("""
        a an the
        and but or nor for so yet as if than that when while because although
        of in on at to by from with into onto upon over under between among about
        against after before during without within through toward towards across
        along around behind beyond since until via
        """.split()),
    "fr": frozenset("""
        le la les un une des du au aux
        et ou mais ni or donc car que qu quand si comme
        de à en dans sur sous par pour avec sans chez entre vers contre depuis pendant
        avant après devant derrière selon malgré parmi envers durant
        """.split()),
    "de": frozenset("""
        der die das den dem des ein eine einen einem einer eines
        und oder aber sondern denn sowie dass ob wenn als wie weil
        in im ins an am ans auf aus bei beim mit nach von vom zu zum zur für um durch
        gegen ohne über unter vor hinter neben zwischen seit bis während wegen trotz
        """.split()),
    "it": frozenset("""
        il lo la i gli le un uno una del dello della dei degli delle al allo alla ai
        agli alle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle
        dal dallo dalla dai dagli dalle
        e ed o od ma né che se come
        di da in con su per tra fra a
        """.split()),
    "es": frozenset("""
        el la los las un una unos unas del al
        y e o u ni pero sino que si como
        a ante bajo con contra de desde durante en entre hacia hasta para por según
        sin sobre tras
        """.split()),
}
"""Per primary language subtag (BCP 47)."""

ELIDED = re.compile(r"^\w{1,2}[’']$")
"""An elided article or preposition standing alone: "l’", "d’", "dell’"-like stubs."""


def is_function_word(word: str, language: str | None) -> bool:
    """Whether `word` (punctuation around it ignored) is a preposition, conjunction or
    article of `language`; for an unknown language, of any language in the table."""
    bare = word.strip("«»“”\"„(),;:.!?").casefold()
    if ELIDED.match(bare):
        return True
    primary = (language or "").lower().split("-")[0]
    tables = [FUNCTION_WORDS[primary]] if primary in FUNCTION_WORDS else FUNCTION_WORDS.values()
    return any(bare in table for table in tables)
