"""A reference typed another way reads the same: the ratchet over the dev rows (issue 9).

`benchmarks/typography_variants.py` types each Russian dev row again in a variant real
sources print (an en dash or a hyphen between areas, «И.И.Иванов», «//» unspaced,
«N 3», straight or „German“ quotes…), the gold changed alike, and counts the fields the
variant loses. LOST holds each count at its figure when the variant was last worked on:
a change may lower it (then lower LOST), never raise it. Only dev rows are read.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "typography_variants", ROOT / "benchmarks/typography_variants.py")
assert _spec and _spec.loader
variants = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = variants  # its dataclasses look their module up
_spec.loader.exec_module(variants)

LOST = {
    # variant: (fields lost on the footnotes' dev rows, on the GOST examples' dev rows),
    # measured 2026-12-07 (session 28); a ceiling rises only with new dev rows, or when a fix
    # makes a row right as printed that its variant still misses (docs/parsing-history.md)
    # Session 36 (ru53): batch 53's footnote rows (ru-fn-3600 to 3667), measured with main's
    # parser on the new rows, raised on the footnotes host-single-slash 166 → 168
    # (ru-fn-3606), numero-unspaced 12 → 16 (ru-fn-3603, 3628, 3658, 3665: «№57» in an
    # archive's comma and period forms), words-latin 19 → 20 (ru-fn-3628) and
    # year-parenthesized 877 → 885 (ru-fn-3606, 3625, 3642, 3666); first_printing's
    # openings and head nouns then read ru-fn-3627 and 3630 right as printed, which
    # spaces-dropped's «Отеч.записках» does not follow (151 → 153)
    # Session 35 (ru47): batch 47's footnote rows (ru-fn-3100 to 3166), measured with main's
    # parser on the new rows, raised on the footnotes host-in-journal 68 → 69,
    # host-journal-dash 26 → 27, host-single-slash 158 → 162, ranges-spaced 6 → 7,
    # year-after-heading 153 → 159 (locators 25 → 29), year-parenthesized 813 → 834
    # (locators 29 → 31), and responsibility-initials-first now changes a row (None → 0);
    # the branch's readers then made rows right as printed whose variants are not:
    # year-after-heading 159 → 163 (ru-fn-3154, 3164: «Беляев И. Д. (1888). Указ. соч. М. С.
    # 9.», the place left after the heading's year), year-parenthesized 834 → 846 (ru-fn-3105,
    # 3119, 3154, 3155, 3156, 3158, 3164: «М. (1888)», «Dordrecht (1970)», «МВД РСФСР (1991)»
    # after a short form or a quoted host)
    # Session 35, at the end: the areas' hyphen glued after any figure («2008. т.№1.-С.100-
    # 115», «1957.-Т. 2.-С. 160–161») read as the dash made ru-gost-104 right as printed (4 →
    # 6 fields); its variants with «2008 г.», «//» for the host, «В журн.:» and the
    # journal's dash do not read it (year-with-g 0 → 2, host-single-slash 145 → 147,
    # host-in-journal 67 → 68, host-journal-dash 80 → 81 on the GOST examples).
    # Session 35, re-measured on main after the merges of batches 45-48, lab35 and pspeed35,
    # and set to what was measured (falls kept). Every rise is no more than the sum of the
    # branches' own rises (each branch's new rows and rows made right as printed), except
    # two, both lab35's labeller reading as a second reader: words-latin 14 → 20 on the
    # footnotes, ru-fn-1551 read right as printed (7 fields) and its Latin-letters variant
    # as before (1); and str-as-page's locators 3 → 4, ru-fn-842 («…». Сб. статей. –
    # «Вопросы театра», ВТО, 1965 г., стр. 46), whose «стр. 46» the labeller's reading
    # takes as the page, not the pinpoint.
    # Session 34, re-measured on main after the eight merges and set to what was measured
    # (falls kept): the rises are batch 43's and 44's new rows, and rows the branches made
    # right as printed whose variants were not (named below, branch by branch). Row by row
    # against the session's start (8be0a926) on the start's dev rows, five variant readings
    # read fewer fields than they did: ru-fn-1095's content-type and slash-unspaced variants
    # («1891. Марта 30. — О перечислении … — Текст : непосредственный // …»: the date now
    # read as a short form before fam63's prose, 1 → 0), ru-fn-2752's spaces-dropped (1 →
    # 0), ru-fn-1742's and ru-fn-1971's year-parenthesized («… Penguin Books (1963)»: the
    # year kept in the publisher after fam62's city-and-country place, 5 → 3). A sixth,
    # ru-gost-1015's host-journal-dash (4 → 0, the description's areas lost before its
    # «Содерж.:»), was mended at the merge (commentary.AREA_MARKS).
    # Session 34 (ru44): batch 44's GOST rows (ru-gost-1800 to 1860) alone raised, measured
    # with main's parser on the new rows as with the branch's, on the GOST examples:
    # areas-commas 126 → 130, heading-comma 2 → 3, heading-initials-first 18 → 25,
    # host-single-slash 124 → 125, spaces-dropped 140 → 141, words-latin 28 → 29,
    # year-parenthesized 776 → 784, markers-written-out 27 → 28, initials-unspaced -1 → 0,
    # and str-as-page now changes a row (ru-gost-1835's «стр.»: None → 0); the branch's
    # readers raised host-in-journal 63 → 64 and host-journal-dash 77 → 78: ru-gost-1649
    # right as printed (its heading repeated after the title,
    # heading_in_title.without_repeated_heading), not its variants («… К. СУХОРУКОВ, в журн.
    # «БИБЛИОТЕКА»», «… СУХОРУКОВ. — БИБЛИОТЕКА»)
    # Session 32, re-measured on main after the merges and set to what was measured. The
    # ceilings that rose above the branches' own, row by row against the session's start on
    # the same rows: rows now right as printed whose variant does not follow, from the
    # session's readers — content-type, numero-as-No, numero-as-N-degree: ru-fn-1903, 1906
    # (kind_word_hosts), 1085 (locators.ISSUE «№.3»); areas-period: ru-fn-1221 (places
    # joined by a dash); areas-commas, pages-ss: ru-fn-1000, 1085, 905 (law_collections);
    # year-parenthesized: ru-fn-1000, 1266, 432 (pinpoint_statements), 1444, 788
    # (heading_in_title), 1906, 905; host-in-journal, str-as-page, areas-dash-without-period:
    # the same rows wrong, more fields right as printed (ru-fn-1435). GOST: year-parenthesized
    # +1 with ru-gost-117's variant losing its page (a loss, left: docs/parsing-history.md);
    # host-single-slash +2 on rows read right as printed.
    # Session 31 (ru39), re-measured on the footnotes with batch 39's 70 dev rows: on the
    # batch's commit before its fixes (bbb94cf) the new rows alone raised heading-capitals
    # (16 → 18), heading-comma (8 → 9), host-journal-dash (21 → 22), host-single-slash (199
    # → 201), initials-glued (9 → 10), numero-as-N-degree (-2 → 0), numero-as-No (0 → 1),
    # numero-unspaced (7 → 10), year-after-heading (141 → 143), year-with-g (18 → 19),
    # spaces-dropped (1,395 → 1,413) and year-parenthesized (687 → 698), and the locators of
    # no-closing-period (1 → 6) and ranges-spaced (3 → 4); the fixes then made rows right as
    # printed that their variants still miss (ru-fn-2614–2627's «No» and ru-fn-2671–2676's
    # «Подлинник:»/«Впервые:» spaced or run together, the Belarusian list's «Мінск»): pages-ss
    # 115 → 119 and its locators 96 → 98, pages-str 1 → 3, places-written-out 5 → 6,
    # spaces-dropped 1,413 → 1,427 (locators 96 → 99) and 1,142 → 1,143 on the GOST examples
    # (ru-gost-1328 «Будівельник», right as printed since its «i» is read), year-parenthesized
    # 698 → 701; heading-initials-after (7 → 5), no-break-space and spaces-doubled (0 → -1)
    # fell and are lowered. Last, the new martyr's title (data.ranks) made ru-fn-2611 right
    # as printed (its title) where three variants still read the rank into it:
    # host-in-journal 58 → 59, host-journal-dash 22 → 23, spaces-dropped 1,427 → 1,428
    # session 31 (fam50): 22 footnotes right as printed that their variants do not follow
    # raised colon-spaced (ru-fn-1431), heading-comma, heading-initials-first and
    # heading-capitals (ru-fn-1616, 1744), content-type and areas-dash-without-period
    # (ru-fn-2120), title-quoted (1744), host-single-slash (1383, 1744), pages-ss (1970, 2120),
    # page-lowercase, numero-as-N-degree, host-journal-dash, host-in-journal (rows right in
    # both forms before whose printed form now reads more), spaces-dropped (the session's
    # 19 rows) and year-parenthesized (1383); initials-glued, markers-written-out and the
    # GOST examples' spaces-dropped fell
    # Session 32 (ru41), re-measured with batch 41's 38 dev rows: on the batch's commit
    # before its fixes (4a2015f) the new rows alone raised host-in-journal (65 → 66, 57 → 58),
    # spaces-dropped (141 → 142, 139 → 140), str-as-page (0 → 2), pages-ss (-3 → -2, its
    # locators 2 → 3), year-parenthesized (707 → 715, 729 → 736), and on the GOST examples
    # content-type (-3 → -2), heading-initials-first (13 → 16), host-single-slash (139 →
    # 142), markers-written-out (25 → 27), pages-str (0 → 1), the three quotes (1 → 3, 2 → 4,
    # 2 → 4: ru-gost-1610's nested quotes) and heading-comma (2 → 5); the fixes then made
    # rows right as printed that their variants still miss: ru-fn-1903 and 1906 («– М.: ж.
    # Лехаим», «ж. Родина, №№ 11–12», kind_word_hosts) raise areas-dash-without-period 54 →
    # 56, content-type 21 → 25, numero-as-N-degree 2 → 5 and numero-as-No 1 → 4 («N° N°»,
    # «No. No.» for «№№»), publisher-quoted 4 → 5 and year-parenthesized; ru-fn-432 and 1266
    # (the page before «, публикация …», «/ Публ. …», pinpoint_statements) raise
    # year-parenthesized to 719 and its locators 26 → 29 («М. (1980). С. 415-416»);
    # ru-gost-1611's «с58-60» typed with a Latin «c» raises words-latin 27 → 28. Back at
    # their ceilings after the fixes: heading-comma (5 → 2, the reading list's variants now
    # read as printed) and year-without-g (-2 → -1). heading-initials-first fell on the
    # footnotes (17 → 15, locators -1 → -2) and areas-period on the GOST examples (20 → 16):
    # lowered
    # Session 35 (ru48), re-measured on the GOST examples with batch 48's 52 dev rows: the new
    # rows alone (main's parser) raised areas-commas 133 → 137, areas-dash-without-period 113
    # → 116, areas-period 25 → 27, heading-capitals 4 → 7, host-in-journal 65 → 67,
    # host-single-slash 134 → 135, markers-written-out 28 → 33, numero-as-N 0 → 1,
    # spaces-doubled 0 → 3 and year-parenthesized 789 → 808; the batch's fixes then made rows
    # right as printed that their variants still miss: ru-gost-2158 (a Russian journal's
    # Vancouver issue, «1982; 6: 3-4») heading-comma 4 → 8 and heading-initials-first 25 → 29;
    # ru-gost-2182 (an imprint after «//») host-in-book 4 → 6, year-after-heading and
    # year-parenthesized with ru-gost-2127 («курс-конспект.-Рига») and ru-gost-2102
    # (transliterated «SP»): 115 → 118 and 808 → 812; ru-gost-2130 («А. П..-Новосибирск.»)
    # spaces-doubled 3 → 6; ru-gost-2120 markers-lowercase 3 → 4; colon-spaced 53 → 55 and
    # host-single-slash 135 → 139, rows right as printed now whose variants read as before
    # (the batch's transliterated standards and acts among them)
    "dash-as-hyphen": (0, 0),
    "dash-as-en": (0, 0),
    "dash-as-em": (0, 0),
    "initials-unspaced": (1, 0),  # session 34 (ru43): batch 43's new rows, measured: 1
    # session 31 (spaces1, glued marks read spaced): 3, 1 → 0, -1
    # 5 → 8 in session 29: fam40's ru-fn-1144 (glued, it read 2 fields its printed form did
    # not, a loss of -2; both now read all 4); fam41's ru-fn-2146 (right as printed, 4 → 7
    # fields; glued «E.M.Thompson» and the title's «V.B.» one short of it)
    # 8 → 9 in session 30: fam43's ru-fn-1657 (its editors «Ред. А.К. Дживелегова, …» now read
    # back as printed; glued «А.К.Дживелегова, … М.В.Москва» the area is not read at all)
    "initials-glued": (3, 0),  # session 31 (spaces1, glued marks read spaced): 9, 11 → 1, 0
    # session 33 (fam56): 2 → 3, ru-fn-1363's publisher now read as printed («Bruxelles,
    # chez F. J. Olivier»), its variant's gold glued to «F.J.Olivier» where its text is not
    # -8 → -6 in session 30: fam45's ru-fn-369 («// Chemistry World, September 2010.») is
    # right as printed (2 → 4 fields), as its unspaced «//» already was: no gain left there
    # session 34 (fam64): 6 → 7, ru-gost-580 right as printed («/ под общ. ред. в. е.
    # кемерова», a statement in lower case), its «Мясникова//современный …» variant not
    "slash-unspaced": (0, 9),
    # («– ¹ 6.» read as «№ 6»), not their «…Yaroslavich//History magazine», whose unspaced
    # «//» leaves the note no GOST_NOTE for typography to read its «¹» in
    "colon-spaced": (23, 56),
    # 18 → 20 in session 34 (fam63): ru-fn-1385 reads as printed («… 1920-х годов:
    # З.Н.Гиппиус. Сияние слов …», prose and its colon, +2), its «годов : З.Н.» variant
    # takes the prose's initials for the heading
    # 1 → 2 in session 30: fam46's ru-fn-2325 reads its romanized «: dis.. kand. …» genre as
    # printed (2 → 4 fields), its «processa: dis..» variant goes to the site reader still
    "colon-unspaced": (2, 3),
    # 0 → 3 on the GOST examples in session 30: fam45's ru-gost-1404 («Т. 3., № 3») is right
    # as printed (4 → 8 fields), where its variant read 7 and offset other rows' losses
    "marker-unspaced": (1, 0),  # session 31 (spaces1, glued marks read spaced): 3 → 0 on the GOST examples
    # -4 → 0 in session 31 (spaces1): ru-fn-1470 («Т. 1.Л., 1941») and 1970 («Зубок
    # В.Spy vs. Spy») read as printed what their «с.» variants read already
    "page-lowercase": (-1, 0),
    "numero-unspaced": (16, 0),
    "numero-as-N": (0, 1),  # session 32 (fam53): ru-fn-1085 right as printed («№.3»), its variant was
    # fam41: ru-fn-2146 in «» now read as its “” and "" variants were (its −1 hid
    # ru-fn-1817's loss in “”)
    "quotes-straight": (0, 2),
    "quotes-english": (0, 1),
    "quotes-german": (2, 2),
    # -1 → 0 in session 33 (fam57): ru-fn-1227, its '…' read as «…» only where another
    # mark made the note retyped, now read as printed too
    "no-break-space": (0, 0),
    # 0 → 1 in session 29: fam42's ru-fn-1220 read 2 fields without its closing period and
    # 1 as printed (a loss of -1 that offset the other rows'); both now read all 3
    "no-closing-period": (-3, 3),
    # variants of form the standards allow (session 28)
    # -1 → 2 on the GOST examples in session 30: ru-gost-1404, as marker-unspaced
    # 8 → 10 in session 31: fam49's ru-fn-1744 («Письмо Е.Климову, январь 1956 года //»: its
    # title and month right as printed), as ru-fn-1269 in the variants of a heading below
    # 12 → 18 in session 33 (fam57): ru-fn-2658 and 2659 right as printed («Письмо В.
    # Стасову 11 сентября 1871 г. ПиД»), their variants «Письмо, В.» not, as ru-fn-1269
    # session 34 (fam64): 2 → 3 on the GOST examples, ru-gost-946 right as printed (a dash
    # close up to the place, «–М.: Стройиздат»), as its «Юдин, Е.Я.» variant already was
    # session 35 (ru46): 4 → 5 on the GOST examples, ru-gost-1950 (batch 46) right as printed
    # («Погляди П. М. Врангеля … / С.В. Корновенко //», title_noun_headings), its variant
    # «Погляди, П. М.» read as a heading again
    "heading-comma": (18, 7),  # glyphs: ru-fn-1269 now right as printed («Письмо H. М. …»),
    # session 36 (ru52): 6 → 7 on the GOST examples, batch 52's new rows right as printed
    # (main's parser on them too, but where named newly), their variants not: ru-gost-2430
                               # its variant «Письмо, H. М.» reads «Письмо» as a heading
    # 18 → 19 in session 30: fam46's ru-fn-1732 right as printed («у 12-и томах» out of
    # the title), its variant with «— Текст : непосредственный» read as before
    # 21 → 20 in session 32 (fam51, fell)
    # session 34 (fam64): -4 → -3, ru-gost-1624 right as printed («; под. ред. Н. А. …»), as
    # its variant already was
    "content-type": (25, 3),  # session 31 (spaces1, glued marks read spaced): 19 → 16
    # session 34 (fam62): -4 → 2, ru-gost-497, 498 right as printed as their variants (with
    # «— Текст : непосредственный.» after «URL:») already were: no gain left there
    # session 30, fam46: ru-fn-1737 (24 → 26: «У 10 T.» now read as printed, not in «У 10
    # T. T. 6.») and ru-gost-659 (21 → 22: «– Електрон. текст. дані» an area as printed,
    # not after a period); 26 → 28 in review30b: ru-fn-329's publisher «тип. Штаба воен. —
    # учеб. заведений» and year now read as printed, the variant's period replacing the
    # dash inside the publisher's own name
    # session 35 (ru45): 42 → 45, batch 45's new rows 42 → 43 (main's parser on them) and
    # ru-fn-2918 right as printed («Российская грамматика. — Полн. собр. соч.», the dash
    # read as «//»), its variant «… грамматика. Полн. собр. соч.» read no host, as before
    # session 36 (ru49): 44 → 48, ru-fn-3208 right as printed («(М. – Л., 1930)», two
    # abbreviated places joined by a dash), its variant «(М. Л., 1930)» read no imprint
    "areas-period": (45, 27),  # session 34 (fam66): 23 → 24, ru-gost-078's publisher right as
    # printed («Интерсофт, сор.. 1997»), its variant «Электрон. Дан. М. : …» read no imprint
    # before either; session 32 (fam53): 28, 20 → 29, 21, ru-fn-1435 and ru-gost-321
    # session 34 (fam65): 36 → 39, ru-fn-2741 right as printed («… Москвы. — ИЗ, т. 32.»),
    # its variant with a period for the area dash («… Москвы. ИЗ, т. 32.») not read as a host
    # session 34 (fam64): 23 → 24, ru-gost-1624 as in content-type
    # ru-fn-2807 right as printed («(…) — Дніпропетровськ. — 1957.»), its variant not: 40;
    # before: session 32 (fam53): 28, 20 → 29, 21, ru-fn-1435 and ru-gost-321
    # right as printed (their page), their variants were already
    # session 33 (fam60): 18 → 22, ru-gost-753, 1307, 1322, 1608 right as printed, their variants
    # not wholly
    # right as printed (their page), their variants were already; session 33 (fam59): 18 →
    # 19, ru-gost-1329's issue right as printed («— липень-вересень (№3). —»), its variant
    # «2008. липень-вересень (№3)» one area, the lower-case word going on after the period
    # right as printed (their page), their variants were already; session 33 (fam61): 31 →
    # 32, ru-fn-1283 right as printed («Ф. Р — 1878»), its variant had read one field more
    # session 36 (ru49): batch 49's new rows (main's parser on them): 1 → 3
    "markers-lowercase": (3, 3),
    # session 35 (ru46): 7 → 9, batch 46's new rows (8 with main's parser on them) and
    # ru-fn-3061 right as printed («В кн. «Проигранные сражения». М., СПб.: …»), its variant
    # «Москва, Санкт-Петербург: …» reads one field fewer
    "places-written-out": (9, 3),
    "places-abbreviated": (8, 2),  # session 34 (ru43): batch 43's new rows, measured
    # session 36 (ru52): 0 → 2 on the GOST examples, batch 52's new rows right as printed
    # (main's parser on them too, but where named newly), their variants not: ru-gost-2442
    "places-paired": (6, 0),
    # batch 38: ru-gost-1410 «…, 1895 г. 296 с.» loses 3; 19 → 20 in session 30: fam43's
    # ru-fn-1389 (its editor «пад рэд. Я.К. Новіка» now read as printed; with «2009 г.» the
    # imprint «Мінск: Выш. Шк., 2009 г.» is misread and the statement before it lost)
    # 20 → 18, 14 → 11 in review30b (measured); 11 → 15 in session 31 (spaces1): ru-gost-674's
    # «К. : Муз.Україна, 1976 г.» is read spaced, «Муз. Україна, 1976 г.», which the grammar
    # misreads as printed (a place «Україна» after the abbreviation's period) as it does
    # «М. : Муз. Россия, 1976 г.»; its «1976.» reads right
    # session 35 (ru45): 9 → 27, batch 45's new rows 9 → 23 (main's parser on them) and
    # ru-fn-2934, 2938, 2939 right as printed (a title and year keying a work), their
    # variants «Притчи и слова, 2003 г. С. …» read as before
    "year-with-g": (23, 2),  # session 32 (fam53, «г.» after a division or a serial): 19, 15
    "year-without-g": (3, 0),  # session 32 (fam53): ru-gost-359 right as printed, its variant was
    # archives and repeats (typo4): None where the variant touches no row of the file
    "archive-period-form": (0, 0),
    "verso-glued": (0, None),
    "leaves-doubled": (0, 0),
    "file-written-out": (0, 0),
    "archive-comma-form": (-1, 0),
    "ibid-comma": (0, 0),
    "ibid-dash": (0, 0),
    "op-cit-as-cit": (0, None),
    "op-cit-comma": (0, None),
    "see-no-colon": (5, 0),  # 4 → 5, session 29 (fam38): ru-fn-1006 right as printed now
    "see-latin-c": (0, 0),
    # names, pages, publishers and «и др.» as other sources print them (session 29)
    # 16 → 14 on the footnotes in session 30 (fam45's ru-fn-1630 read as both forms); 10 → 13
    # on the GOST examples: ru-gost-1404, as marker-unspaced
    # 14 → 16 in session 31: fam49's ru-fn-1744, its variant «Е. Письмо. Климову, …»
    # 17 → 18 in session 32 (fam51): ru-fn-1659 read 3 fields as printed and 4 with its
    # initials first; the role words' area (parse.role_statements) makes both read 5, so
    # the variant's lead of one field is gone, no row loses one
    # session 35 (ru46): 27 → 23 on the footnotes (a work by its author and title alone:
    # ru-fn-2837, 2838's variants read); 25 → 27 on the GOST examples, ru-gost-1950 right as
    # printed, its variant «П. М. Погляди» not
    "heading-initials-first": (23, 28),  # session 34 (ru43): batch 43's rows 23 → 28
    # (ru-fn-2837, 2838 «Б. А. Рыбаков. Геродотова Скифия.»), its fixes 28 → 27
    # session 33 (fam60): 16 → 18, ru-gost-1307 right as printed, its initials-first variant not
    # 17 → 23 in session 33 (fam57): ru-fn-2658, 2659 as heading-comma («В. Письмо.»)
    # 3 → 7 at the session's merges: the surname-first forms of ru-fn-1225, 1327 and 1457
    # read as that form always read; 1457's Latin «A.B.» is now repaired as printed
    "heading-initials-after": (5, 0),
    "responsibility-surname-first": (0, 4),
    "responsibility-initials-first": (0, 11),  # session 35 (ru47): a batch-47 row changed
    "pages-str": (0, 1),
    "str-as-page": (0, 0),
    "markers-capital": (0, 0),
    # session 34 (fam64): -1 → 0 on the GOST examples, ru-gost-946 right as printed («и др.
    # Снижение шума … –М.:»), as its «[и др.]» variant already was
    "others-bracketed": (-3, 0),
    "others-unbracketed": (0, 0),
    "others-written-out": (0, 1),  # 4, 3 → 0, 0 in session 30: «и другие» in ET_AL_PHRASES
    # session 33 (fam60): 0 → 1, ru-gost-1322 right as printed («[и др.]; под общ. ред.»), not with
    # «[и другие]»
    "ranges-hyphen": (0, 0),
    # («Т. 1-III. М.-Л., 1949–1951»), its variant was already
    "ranges-spaced": (7, 10),  # 13 → 10 on the GOST examples in session 31 (measured)
    # in session 35 (lab35): ru-fn-1551, newly read right as printed (second_reading), loses
    # its page when the range is spaced («с. 41 – 68»)
    "publisher-quoted": (8, 4),
    # session 36 (ru52): 2 → 4 on the GOST examples, batch 52's new rows right as printed
    # (main's parser on them too, but where named newly), their variants not: ru-gost-2441
    "publisher-after-colon": (0, None),
    # session 36 (ru49): batch 49's new rows (main's parser on them): 0 → 1 (ru-gost-2213)
    "publishing-house-lowercase": (2, 1),
    "publishing-house-capital": (0, None),
    # 14 → 16 at the session's merges: ru-fn-1269 and 1366 right as printed, their
    # variants («ПИСЬМО H. М.», «БУТУРЛИН М. Д., граф.») not
    # session 35 (ru45): 19 → 20, batch 45's new rows alone (main's parser on them)
    "heading-capitals": (21, 9),  # session 31 (spaces1, glued marks read spaced): 16, 5 → 9, 2
    # session 35 (ru46): 4 → 6, ru-gost-1950 right as printed, its «ПОГЛЯДИ П. М.» not
    # session 33 (fam60): 2 → 4, ru-gost-1307 right as printed, its capitals variant not
    # 15 → 19 in session 33 (fam57): ru-fn-2658, 2659 as heading-comma («ПИСЬМО В.»),
    # less ru-fn-2684's loss
    # look-alike letters across scripts (glyphs, session 29)
    "initials-latin": (0, 0),
    "roman-cyrillic": (0, 0),
    # fam41: ru-fn-1552 right as printed, as its variant already was (its −1 is gone)
    "words-latin": (20, 31),  # session 33 (fam58): ru-gost-321 right as printed («Посилання:»
    # session 36 (ru52): 29 → 31 on the GOST examples, batch 52's new rows right as printed
    # (main's parser on them too, but where named newly), their variants not: ru-gost-2429; ru-
    # gost-2440 newly right as printed (the year glued to the extent), its Latin «c.» not
    # a label), not with Latin look-alikes in the label
    # session 33 (fam56): 6 → 14, rows now right as printed whose variants do not follow:
    # ru-fn-1552's genre («(Ph. D. dissertation, …), с. 67–71», a thesis in the Chicago
    # imprint) and ru-fn-1553's seven fields (a chapter without "in", «(Berlin: …, 1993),
    # с. 185–196. Я благодарен …»); their variants' Latin «c. 67–71» is the Italian folio
    # «c.» (carta) to the comma style, and the labeller reads them as before
    # hosts, areas, titles, markers, spacing, «ё» and years (session 30, variants3); the
    # figures at the first measure in docs/parsing-history.md. Re-measured on main after the
    # session's merges: where the rows as printed gained fields (fam43–47) and their variants
    # did not follow, a variant's loss grew (host-single-slash 189/133 → 199/136,
    # spaces-dropped 1346/1124 → 1395/1142 and the like: a loss is the rows as printed less
    # the variant; the last 1–3 of each from review30b's ru-fn-329 and 2066, right as printed)
    # session 31 (spaces1): ru-fn-1470 right as printed («Т. 1.Л., 1941» read spaced, 3 → 5
    # fields), its host variants not: host-journal-dash 21 → 23, host-in-journal 58 → 60,
    # host-single-slash 199 → 201, year-parenthesized 687 → 689, markers-written-out 32 → 33
    "host-in-book": (6, 6),
    # session 36 (ru49): batch 49's new rows (main's parser on them): 27 → 28
    "host-journal-dash": (28, 91),  # session 34 (fam66): 77 → 78, ru-gost-1649's title right as
    # session 36 (ru51): batch 51's new rows, main's parser: host-journal-dash 81 → 83
    # (ru-gost-2305), host-single-slash 147 → 154 (ru-gost-2300, 2305, 2306, 2309: the
    # Byzantine bibliography's hosts), year-after-heading 168 → 169 and year-parenthesized 877
    # → 884 (ru-fn-3400, 3403, 3404, 3409, 3419, 3444: Losev's and Vavilov's notes),
    # spaces-dropped 151 → 153 (ru-fn-3402), the locators of ranges-spaced 4 → 5 (ru-fn-3408)
    # and year-parenthesized 34 → 35; then the batch's fixes made rows right as printed that
    # their variants miss: ru-fn-3433 («Соч.: Epistolae//PL. 159. Col. …», glued) spaces-dropped
    # 153 → 155, ru-fn-3405 (the translator after the page, «М. (1979), с. 449-461. Пер: …»)
    # year-parenthesized 884 → 889 and its locators 35 → 36
    # session 36 (ru52): 81 → 86 on the GOST examples, batch 52's new rows right as printed
    # (main's parser on them too, but where named newly), their variants not: ru-gost-2435, 2451
    # printed (the heading's name repeated without its «/» cut), not before «. — БИБЛИОТЕКА»;
    # session 32 (fam53): ru-fn-1435 right as printed (its page);
    # its variant reads no host, and its range stays the cite's locator alone
    "host-in-journal": (72, 72),  # session 34 (fam66): 63 → 65, ru-gost-1649 and ru-gost-462
    # session 36 (ru52): 68 → 71 on the GOST examples, batch 52's new rows right as printed
    # (main's parser on them too, but where named newly), their variants not: ru-gost-2416, 2448,
    # 2451
    # («Алпатов В. [М.]») right as printed, their variants' titles run on into «, в журн.» as
    # before; session 32 (fam53): ru-fn-1085 right as printed («№.3»), not its
    # its variant reads no host, and its range stays the cite's locator alone; 77 → 79 in
    # session 34 (fam67): ru-gost-1516 (an act's page) and ru-gost-1652 (the journal's city)
    # right as printed, their variants after «—» read as no host
    # variant's host «в журн. «Театр», 1984, №.3»
    # session 34 (fam64): 124 → 125, ru-gost-580 as in slash-unspaced
    # session 35 (ru45): 158 → 163, batch 45's new rows 158 → 157 (main's parser on them)
    # and ru-fn-2970, 2971 right as printed («O’Mahony, Mike. … // Sculpture Journal», a
    # Latin heading inverted before «//»), their variants with one «/» read as before
    "host-single-slash": (171, 159),  # 248/204 at the first measure; slash_hosts; session 32
    # session 36 (ru52): 147 → 150 on the GOST examples, batch 52's new rows right as printed
    # (main's parser on them too, but where named newly), their variants not: ru-gost-2420, 2435
    # session 35 (ru46): 134 → 140 on the GOST examples, batch 46's new rows (138 with main's
    # parser on them) and ru-gost-1950 right as printed, its variant not
    # printed (4 fields each), their «… Yaroslavich / History magazine - researches. – 2018. –
    # ¹ 6.» not; 248/204 at the first measure; slash_hosts; session 32
    # (fam53): ru-gost-321 right as printed (its page), its variant reads no host
    "areas-commas": (76, 149),  # 58/101 at the first measure, whose rule ate «512 с.»'s period;
    # session 36 (ru52): 137 → 148 on the GOST examples, batch 52's new rows right as printed
    # (main's parser on them too, but where named newly), their variants not: ru-gost-2421, 2447,
    # 2452; ru-gost-2411 newly right as printed (the bibliography note after the height), its
    # variant «1963, 388 с.» not
    # session 36, after the merges: set to what main measures, batches 49–53's new rows (the
    # same with the start's parser) and one start row reading less as varied: ru-gost-037
    # «№ 52. -- 5021.», the dash typed twice now read as the areas' dash (lead36), its variant
    # «2000, № 52. — 5021» reading «5021» as a year
    # session 34 (fam66): 126 → 129, ru-gost-813's imprint right as printed (its titles «Усвея
    # — Яшын; Дадатак» one reference), not in «БелЭн, 2003, 616 с.: іл.»;
    # ru-fn-2770 (title, aliases) and 2807 (place area) right as printed, their variants not
    # 58/101 at the first measure, whose rule ate «512 с.»'s period;
    # session 32 (fam53): 64 → 65, ru-fn-1085's «№.3» read as printed, not in «1984, №.3, с.60»;
    # session 33, re-measured on main after the merges: rows each branch newly reads right as
    # printed whose variant does not follow: ru-gost-1608 (fam60: its print run «– 2000 экз.»,
    # not in «2002, 520 с. – 2000 экз.»), ru-gost-1523 (fam58: «Ростов н / Д. : Феникс»),
    # ru-fn-1233 (fam59: «— Кн. І.» a volume as printed, not in «1959, кн. І»), ru-gost-259
    # (fam59: «– Книжка 7 – 8 (июль – август). – С. 44 – 116», not in «1873, Книжка 7 – 8 …,
    # с. 44 – 116»), ru-gost-1030 (fam59: «// Библиография. 2004- № 4.»), and batch 42's rows
    # (ru42). As varied, the GOST examples' rows read 1,914 fields where they read 1,893 at the
    # session's start: the ceiling rose with what the printed forms gained.
    "areas-dash-without-period": (70, 117),  # session 35 (ru46): batch 46's rows 113 → 114
    # (ru-gost-1950's «— 2011 — Вип. 18», measured with main's parser on it as with the branch's)
    # session 34 (fam66): 103 → 104, ru-gost-078 as in areas-period above
    # session 34 (fam65): 67 → 70, ru-fn-2741 («2) Сказания о начале Москвы. — ИЗ, т. 32.
    # М., 1950, с. 233–241;», a serial's volume after the area dash with no heading) now right
    # as printed; its variant without the period before the dash, like ru-fn-2739's and 2745's,
    # is not read.
    # session 34 (fam64): 103 → 105, ru-gost-1624 right as printed («под. ред.»), its
    # variant's year read into the publisher («…, 1885 — 2, IV, 58, VI с»)
    # its fixes 72 → 71
    # session 33, re-measured after the merges, the same rows as areas-commas above and
    # ru-fn-1131 (fam59), 1283 (fam61: «ДАКО. — Ф. Р — 1878. — …»), 2739 and 2745 (ru42); the
    # footnotes as varied 689 → 693 fields, the GOST examples 1,067 → 1,075, from the
    # session's start on the same rows; session 34 (fam62): ru-gost-497, 498 right as printed
    # («– ¹ 6. – P. 29 - 38. DOI: … URL:», 4 fields each), their variant «… researches – 2018 –
    # ¹ 6 – P. 29 - 38» not (read as main reads «– № 6 –» so: one host, its spaced hyphen)
    # session 35 (ru46): 1 → 2, ru-gost-1950 right as printed, its quoted title not
    "title-quoted": (4, 2),  # 42/28 at the first measure, which quoted part of a title;
    # session 32 (fam53): 3 → 4, ru-fn-1085 right as printed, its variant was already
    # session 34 (fam65): 11 → 12, ru-fn-2757 right as printed («: В 2 т. 1922–1942»), its
    # variant «В 2 том 1922–1942» (no Russian note prints «в 2 том») was already wrong
    # session 36 (ru49): batch 49's new rows (main's parser on them): 33 → 35
    "markers-written-out": (11, 35),
    # 0 / 0 while «No.» was read as «№» everywhere; read after a Cyrillic word only (a
    # Latin reference reads its own, at a sixtieth of the cost), ru-gost-183 and 184
    # («Tomsk State University Journal 2016. No. 409 C.72-78») lose 4 fields each
    "numero-as-No": (5, 8),  # session 32 (fam53): ru-fn-1085 right as printed, not «No. .3»
    # -2 → 2 in session 31 (spaces1): ru-fn-1970's «N° 4» variant read 5 fields where the
    # row as printed read 1 («Зубок В.Spy …» glued); both now read «Зубок В.» and the title
    # alike (3), and «CW1HPB, № 4 (осень 1994)» as a chapter's host, as printed
    "numero-as-N-degree": (5, 8),  # session 32 (fam53): ru-fn-1085 right as printed, not «N° .3»
    # session 36 (ru49): batch 49's new rows (main's parser on them): 3 → 5
    "pages-ss": (4, 0),  # session 31 (spaces1): 117 → 114
    # session 31 (spaces1): glued marks read spaced and given back (biblio.parse.glued_marks),
    # the archive's levels kept in the gold's comma form (1319/1130 on main so measured)
    # session 34 (fam64): 140 → 142 on the GOST examples, ru-gost-946 right as printed («–М.:
    # Стройиздат», a dash close up to the place), its variant one field more than before
    # session 35 (ru45): 150 → 158, batch 45's new rows 150 → 154 (main's parser on them)
    # and ru-fn-2915, 2916 right as printed («ЛН , т. 68», a space before a comma read
    # close up), their variants «ЛН ,т.68» (the comma glued to the next word) read as before
    # session 36 (ru49): 151 → 156: batch 49's new rows 151 → 153 (main's parser on them)
    # and ru-fn-3234 right as printed («[і інш. ]; пад. рэд. Я.К. Новіка»), its variant
    # «[і інш.]; пад.рэд.Я.К.Новіка» (the role words glued) not read as a role
    "spaces-dropped": (164, 131),
    # session 35 (ru48): 150, 143 → 143, 129, the areas' hyphen glued on both sides read as
    # the spaced dash (glued_marks), measured with batch 48's rows
    # ru-fn-1612 right as printed (a «Там же» file from its inventory down), glued not
    # session 33 (fam56): 142 → 145, ru-fn-795 now right as printed (a Chicago chapter
    # «…, в книге: E.Konstantinou (ed.), … (Frankfurt am Main and Oxford, 2005), 85–247,
    # на с. 126–127. О …»), its variant with every space dropped read by the labeller
    "spaces-doubled": (0, 6),
    # printed («Там же (PG 88, 856)» followed by nothing: its series and volume kept), its
    # variant «Там же (PG 88,856).Рус.пер.:С.208.» not read as a repeat's series; 138 → 140,
    # ru-gost-1601 right as printed (its host after one «/»), «гг./Документ.Архив.…» not
    "yo-as-e": (0, 0),
    # 687 → 689 (ru-fn-1470, above); 695 → 698 on the GOST examples: ru-gost-674, as
    # year-with-g («Муз. Україна (1976)»); 707 → 710 in session 32 (fam52): ru-fn-788
    # («Dupuy R. E.and T. N.») and ru-fn-1444 («Михеева Л. И. И. Соллертинский») are right
    # as printed with their heading parted, but «N. Y. (1962)», «Л. (1988)» send them to
    # the labeller, which parts neither
    # session 35 (ru45): 813 → 835, batch 45's new rows 813 → 831 (main's parser on them)
    # and ru-fn-2934, 2938 right as printed («Притчи и слова, 2003. С. 124-128.», a title and
    # year keying a work), their variants «Притчи и слова (2003). С. …» read as before
    # session 36 (ru49): batch 49's new rows (main's parser on them): 877, 812 → 880, 820
    # session 36, after the merges: set to what main measures, batches 49–53's new rows (the
    # same with the start's parser) and ru-fn-2806 right as printed (its heading's first
    # initial «3.» read as «З.», lead36), its variant «— М. (1971).» then read into the title
    "year-parenthesized": (923, 846),
    # session 36 (ru52): 812 → 832 on the GOST examples, batch 52's new rows right as printed
    # (main's parser on them too, but where named newly), their variants not: ru-gost-2402, 2404,
    # 2405, 2408, 2410, 2421, 2425, 2447, 2452; ru-gost-2411 newly right as printed,
    # «Госэнергоиздат (1963)» not
    # measured with main's parser on them as with the branch's
    # session 34 (fam66): 776 → 778, ru-gost-813's imprint right as printed (its titles «Усвея
    # — Яшын; Дадатак» one reference), its variant's «БелЭн (2003)» no publisher nor year, as
    # the other rows' variants
    # session 34 (fam65): 775 → 779, ru-fn-204 («Собр. соч. в 20-ти т., 18, кн. 1») and
    # ru-fn-2741 («— ИЗ, т. 32. М., 1950») right as printed; their variants «М. (1975)», «М.
    # (1950)» were read no better before (the labeller's reading of the first leaves out
    # «в 20-ти т.»); 779 → 782, ru-fn-2733's imprint right as printed («(1890—1905) М.,
    # Издательство …, 1959»), its variant «… литературы (1959)» not read as an imprint; 782 →
    # 783, ru-fn-2609's «Киев-Чернигов, 2015» right as printed, «Киев-Чернигов (2015)» not
    # session 34 (fam64): 775 → 776, ru-fn-1287 right as printed («МихайловММ.»), its «К.
    # (1957). —» variant read into the title; 776 → 780 on the GOST examples, ru-gost-1406
    # («/Сост. Г.П. Смидович/ М., 1980»), 1624 and 580 right as printed, their «(1980)»
    # imprints not read; 780 → 783, ru-gost-946 right as printed («(Под ред. …) –М.:
    # Стройиздат, 1987. -558 с.», a dash close up to the place), its «(1987)» variant as before
    # session 34 (fam62): 775 → 777, ru-fn-1971 («Harmondsworth, U.K.: Penguin Books, 1963»)
    # and ru-fn-2709 («Lattimore, Owen. Manchuria. …») right as printed, their variants'
    # «Penguin Books (1963)», «Company (1932)» read into the publisher as main reads them
    # session 33 (fam60): 737 → 739, ru-gost-753, 1307, 1322, 1608 right as printed, their variants
    # not wholly
    # imprint «…: Київ, Україна, 2021.») and ru-gost-1523 right as printed, not «(2021)»
    # volume («– Кн.2: …») and ru-gost-259's issue («– Книжка 7 – 8») right as printed;
    # their variants' «М. (1977)», «М. (1873)» read into the title and the host
    # 241/208 at the first measure; 233/209 once the harness no longer left «М..» where
    # the year went; 139/110 with the heading's year read (heading_year)
    # session 35 (ru45): 153 → 158, batch 45's new rows alone (main's parser on them)
    "year-after-heading": (172, 118),  # 108 → 107 in session 31 (measured)
    # session 34 (fam65): 148 → 149, ru-fn-204's title right as printed, its variant «М. (1975)
    # … М.» with the year after the heading was already wrong
    # 108 → 107 in session 31 (measured)
    # session 34 (fam62): 148 → 149, ru-fn-1971's place right as printed, as its variant
    # «Крэнкшоу Э. (1963). …» already read it: no gain left there
    # session 33 (fam60): 114 → 115, ru-gost-1307 right as printed (two authors parted by a space),
    # its variant not
    # Session 31, re-measured on main after the session's merges (each ceiling above set to
    # what was measured): spaces-dropped 1,395/1,142 → 141/139 (glued_marks), pages-ss
    # 117/114 → -3/0 and markers-written-out 32 → 9 (fam48), initials-glued, heading-capitals
    # and content-type fell. Where the branches' ceilings, merged, were still passed (by 1–6:
    # heading-comma, host-journal-dash, host-in-journal, host-single-slash,
    # year-parenthesized), the rows are ones that two branches together made right as
    # printed and whose variants did not follow: ru-fn-1616 and 1744 (heading-comma,
    # host-single-slash), ru-gost-1015 (host-journal-dash, host-in-journal), ru-fn-1222,
    # 1383, 1470 and ru-gost-564 (year-parenthesized), with batches 39 and 40's new rows
    # session 32 (fam54): rows right as printed that their variants still miss raised
    # host-single-slash (ru-fn-1000, 1929, 1932, 1934, ru-gost-117: a host or an archive
    # after one «/»), year-parenthesized, year-after-heading, areas-commas, pages-ss,
    # places-abbreviated (ru-fn-1000's «Научный журнал» host, ru-gost-117's), content-type,
    # heading-initials-first and areas-dash-without-period (ru-fn-1000, 1929, ru-gost-117,
    # right in both forms now where the variant read more before), numero-unspaced
    # (ru-fn-1823, 2504: «№ 1071» spaced as the other archival rows), year-without-g
    # (ru-fn-1924, 1928, 1933: the varied gold «ф. 400, 1916., оп. …»); the GOST
    # examples' words-latin fell; no variant reads fewer fields than before; areas-period on
    # the GOST examples (ru-gost-1005, «Изв. АН СССР. Серия геол., 1975», the series read
    # with its serial; its variant in periods reads one field of five, before and after);
    # then host-single-slash, areas-commas and year-parenthesized by ru-fn-905 and 1652 (the
    # ПСЗ's «Собрание 2.» / «1-е собр.» read as the code's part, its variants' «Собрание
    # 2,», «СПб. (1873)» not)
    # Session 33 (ru42): batch 42's new dev rows, measured with main's code on them, raise
    # areas-period, host-in-journal, markers-written-out, pages-ss, publisher-quoted,
    # spaces-dropped, year-after-heading, year-parenthesized, year-with-g, host-journal-dash,
    # host-single-slash and responsibility-surname-first (and the locators of pages-ss,
    # year-parenthesized, areas-commas and areas-dash-without-period); the session's readers
    # raise the rest by rows they make right as printed whose variants do not follow (no
    # other row reads less in any variant): areas-period, areas-dash-without-period (ru-fn-2739,
    # 2745: a serial's volume after the area dash, which the variants' dashes and periods
    # hide), year-parenthesized (ru-fn-2740, 2754–2765: the numbered work and the list of
    # abbreviations' entries, their «М. (1961)» no imprint), publisher-quoted (ru-fn-2761),
    # and on the GOST examples areas-commas, areas-dash-without-period and year-parenthesized
    # (ru-gost-1639, 1641, 1655: a volume's own statements, a name in religion alone);
    # host-single-slash falls by one (ru-gost-1621's variant reads its title now)
}

LOCATORS_LOST = {
    # variant: (cites' locators lost on the footnotes' dev rows, on the GOST examples'),
    # the rows that have a `locator` (an archive's leaf, a repeat's page), measured
    # 2026-12-07 (session 28, typo4) when the harness began to count them
    **{name: (0, 0) for name in LOST},
    # session 35 (ru45): ru-fn-2934's page right as printed («Повесть временных лет, 1996.
    # С. 11-12, …», a title and year keying a work), its variant «…, 1996 г. С. …» as before
    "year-with-g": (1, 0),
    "colon-spaced": (1, 0),  # session 31: ru-fn-1431's page, its note now read whole
    "slash-unspaced": (1, 0),
    # session 36 (ru49): batch 49's new rows (main's parser on them): 0 → 1 (ru-gost-2213)
    "page-lowercase": (1, 1),
    # 6 → 3 in session 32 (fam54: ru-fn-1928, 2605, 2606 located with no closing period)
    "no-closing-period": (1, 0),  # 2 → 1 in session 30 (fam47: a Latin page after the year)
    "verso-glued": (0, None),
    "leaves-doubled": (0, 0),
    "archive-comma-form": (0, 0),
    "op-cit-as-cit": (-1, None),
    "op-cit-comma": (0, None),
    "content-type": (0, 0),  # 1 → 0 in session 32 (fam51, fell)
    # session 36 (ru49): -1 → 0, ru-fn-3208's page right as printed, not in its variant
    "areas-period": (0, 0),
    "places-written-out": (0, 0),
    # session 29
    # -2 → -1, session 30 (fam44): ru-fn-1630's page now the cite's locator as printed, as
    # its variants already read it (the volume's own title no longer taken for a genre);
    # -1 → 0, session 32 (fam51): ru-fn-1659's locator, which only its variant with the
    # initials first read, is read as printed too (parse.role_statements), no row loses it
    "heading-initials-first": (-1, 0),
    "heading-initials-after": (1, 0),
    "pages-str": (-1, 0),  # -2 → -1, session 30 (fam44): ru-fn-1630, as above
    "str-as-page": (4, 0),
    "ranges-hyphen": (1, 0),  # session 30, fam47: 2 → 1
    "ranges-spaced": (5, 0),  # session 34 (ru43): batch 43's new rows 4 → 5 (measured);
    # session 30, fam47: 6 → 4
    "responsibility-initials-first": (0, 0),
    "publisher-after-colon": (0, None),
    "publishing-house-capital": (0, None),
    "words-latin": (0, 0),  # session 33 (fam56): ru-fn-1553's locator (above)
    # session 30 (variants3); numero-as-No's and -N-degree's one: ru-fn-490 («Newsletter.
    # 1993, No. 21. P. 57–62.», its «No.» after a Latin word); host-single-slash's one: a
    # row its printed form does not locate, whose variant did before slash_hosts
    "host-single-slash": (-1, 0),  # session 32: ru-fn-1929's page, its archive after one «/»
    "numero-as-No": (0, 0),  # 1 → 0 in session 31 (fam48)
    "numero-as-N-degree": (0, 0),
    "host-in-journal": (2, 0),
    "areas-commas": (6, 2),
    "areas-dash-without-period": (11, 4),
    "title-quoted": (1, 0),
    "markers-written-out": (0, 0),
    # session 36 (ru49): batch 49's new rows (main's parser on them): 5, 0 → 6, 1
    "pages-ss": (6, 1),
    "spaces-dropped": (12, -1),  # 96, 2 → 8, -1 in session 31 (spaces1)
    # session 35 (ru45): 29 → 32, batch 45's new rows 29 → 31 (main's parser on them) and
    # ru-fn-2934's page right as printed («Повесть временных лет, 1996. С. 11-12, …»), its
    # variant «Повесть временных лет (1996). С. …» read as before
    "year-parenthesized": (36, 1),  # 28 → 29 in session 34 (fam67): ru-fn-043's page after
    # «Приложение 1» read as printed, not after its year in parentheses
    # (fam59): ru-fn-2056's column, above
    # session 35 (ru45): 25 → 27, batch 45's new rows alone (main's parser on them)
    "year-after-heading": (31, 3),  # session 34 (ru43): batch 43's new rows 24 → 25;
    # 1 → 3 with batch 40's rows (session 31)
}


def test_every_variant_has_a_ceiling() -> None:
    assert set(LOST) == set(variants.BY_NAME) == set(LOCATORS_LOST)


@pytest.mark.parametrize("name", sorted(LOST))
def test_a_variant_loses_no_more_than_recorded(name: str) -> None:
    variant = variants.BY_NAME[name]
    for path, ceiling, locators in zip(variants.FILES, LOST[name], LOCATORS_LOST[name]):
        outcome = variants.measure(variant, path)
        if ceiling is None:
            assert outcome.rows == 0, f"{name} now changes rows of {path.name}: measure it"
            continue
        assert outcome.rows > 0, f"{name} changes no row of {path.name}"
        assert outcome.lost <= ceiling, (
            f"{name} on {path.name}: {outcome.lost} fields lost, at most {ceiling}; "
            f"first rows losing: {outcome.losing[:3]}")
        assert outcome.locators_lost <= locators, (
            f"{name} on {path.name}: {outcome.locators_lost} locators lost, at most "
            f"{locators}; first rows losing: {outcome.losing[:3]}")


def test_the_variants_type_as_real_sources_do() -> None:
    """Each variant's change checked by hand on a reference of the set's kind."""
    change = {name: variant.change for name, variant in variants.BY_NAME.items()}
    text = "Иванов И. И. «История». – М. : Наука, 2001. – № 3. – С. 5 // под ред. П. П. Петрова."
    assert change["dash-as-hyphen"](text).count(". - ") == 3
    assert change["initials-unspaced"](text).startswith("Иванов И.И. «История»")
    assert "под ред. П.П.Петрова" in change["initials-glued"](text)
    assert change["initials-glued"](text).startswith("Иванов И. И. «История»")
    assert "М.: Наука" in change["colon-unspaced"](text)
    assert "С.5" in change["marker-unspaced"](text) and "№3" in change["numero-unspaced"](text)
    assert "N 3" in change["numero-as-N"](text)
    assert "„История“" in change["quotes-german"](text)
    assert change["no-closing-period"](text).endswith("Петрова")


def test_the_variants_of_form_write_as_the_standards_allow() -> None:
    """The variants of form of GOST R 7.0.100-2018, 7.0.5-2008 and footnotes, by hand."""
    change = {name: variant.change for name, variant in variants.BY_NAME.items()}
    text = "Иванов И. И. История. – М. : Наука, 2001. – Т. 2. – С. 5."
    assert change["heading-comma"](text).startswith("Иванов, И. И. История.")
    assert change["content-type"](text).endswith("С. 5. — Текст : непосредственный.")
    assert change["areas-period"](text) == "Иванов И. И. История. М. : Наука, 2001. Т. 2. С. 5."
    assert "– т. 2. – С. 5" in change["markers-lowercase"](text)
    assert "– Москва : Наука, 2001" in change["places-written-out"](text)
    assert change["places-abbreviated"]("Очерки. Москва, 1950.") == "Очерки. М., 1950."
    assert change["places-paired"]("Очерки. М.–Л., 1950.") == "Очерки. М.; Л., 1950."
    assert change["places-paired"]("Очерки. М.; Л., 1950.") == "Очерки. М.–Л., 1950."
    assert "Наука, 2001 г. – Т. 2" in change["year-with-g"](text)
    assert change["year-without-g"]("Очерки. М., 1950 г. С. 3.") == "Очерки. М., 1950. С. 3."
    assert change["year-with-g"]("Brown D. Da Vinci Code. Kharkiv: KSD, 2006. 478 p.") == \
        "Brown D. Da Vinci Code. Kharkiv: KSD, 2006. 478 p."


def test_the_archival_and_repeat_variants_type_as_real_sources_do() -> None:
    """The archival forms each into the other (GOST R 7.0.5-2008's period form, the comma
    form of history books), the repeats' and lead-ins' other forms."""
    change = {name: variant.change for name, variant in variants.BY_NAME.items()}
    assert change["archive-period-form"]("РГАСПИ, ф. 17, оп. 3, д. 5, л. 7 об.") == \
        "РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 7 об."
    assert change["archive-period-form"]("д. 13, л. 76, 118") == "Д. 13. Л. 76, 118"
    assert change["archive-comma-form"]("Письмо // ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3.") == \
        "Письмо // ГАРФ, ф. Р-5446, оп. 1, д. 12, л. 3."
    assert change["archive-comma-form"]("Сталин И. В. Соч. Т. 2. С. 5.") == \
        "Сталин И. В. Соч. Т. 2. С. 5."
    assert change["ibid-comma"]("Там же. С. 5.") == "Там же, с. 5."
    assert change["ibid-dash"]("Там же. С. 5.") == "Там же. – С. 5."
    assert change["op-cit-as-cit"]("Плеханов А. М. Указ. соч. С. 109.") == \
        "Плеханов А. М. Цит. соч. С. 109."
    assert change["see-no-colon"]("Подробнее см.: Начертание") == "Подробнее см. Начертание"
    assert change["see-latin-c"]("См.: Иванов") == "\u0043м.: Иванов"
    assert change["initials-latin"]("Письмо Н. М. Минского. С. 5.") == \
        "Письмо H. M. Минского. С. 5."
    assert change["roman-cyrillic"]("Очерки истории XVIII–XIX вв. Т. III. Ч. IV.") == \
        "Очерки истории \u0425V\u0406\u0406\u0406–XIX вв. Т. III. Ч. \u0406V."
    assert change["words-latin"]("Письмо о книге Иванова") == "Пиcьмo о книге Ивaнoвa"
    assert change["verso-glued"]("РГВА. Ф. 40238. Оп. 1. Д. 15. Л. 41 об.").endswith("Л. 41об.")
    assert change["leaves-doubled"]("ГАТО. Ф. 315. Д. 5. Л. 76-77об.").endswith("Лл. 76-77об.")
    assert change["leaves-doubled"]("Соч., т. 5, с. 3–4") == "Соч., т. 5, с. 3–4"
    assert change["file-written-out"]("ОГАЧО. Ф. Р-12. Оп. 1. Д. 234.") == \
        "ОГАЧО. Ф. Р-12. Оп. 1. Дело 234."
    assert change["file-written-out"]("Москва, ул. Ленина, д. 5") == "Москва, ул. Ленина, д. 5"
    assert change["op-cit-comma"]("Плеханов А. М. Указ. соч. С. 109.") == \
        "Плеханов А. М. Указ. соч., с. 109."
    assert change["archive-comma-form"]("ЦГВИА РФ. Ф. 400, 1916 г. Оп. 1. Д. 42.") == \
        "ЦГВИА РФ, ф. 400, 1916 г., оп. 1, д. 42."
    assert variants.BY_NAME["archive-comma-form"].gold_keeps == ("archive_location",)


def test_the_forms_of_names_pages_and_publishers_type_as_real_sources_do() -> None:
    """The variants of session 29, each checked by hand on a reference of the set's kind:
    a heading's initials moved either way, a statement of responsibility's names, «стр.»,
    capital markers after a period, «и др.» three ways, ranges, the Soviet imprint,
    «изд-во», a heading in capitals."""
    change = {name: variant.change for name, variant in variants.BY_NAME.items()}
    assert change["heading-initials-first"]("Лотман Ю. М. Беседы о русской культуре. СПб., "
                                            "1994.") == \
        "Ю. М. Лотман. Беседы о русской культуре. СПб., 1994."
    assert change["heading-initials-first"]("Иванов И. И., Петров П. П. История.") == \
        "Иванов И. И., Петров П. П. История."
    assert change["heading-initials-after"]("С. А. Толстая. Дневники. М., 1978, с. 502.") == \
        "Толстая С. А. Дневники. М., 1978, с. 502."
    assert change["responsibility-surname-first"](
        "Экономика / В. В. Прокин, А.А. Дынкин ; под ред. В. В. Прокина. – М., 2012.") == \
        "Экономика / Прокин В. В., Дынкин А.А. ; под ред. В. В. Прокина. – М., 2012."
    assert change["responsibility-surname-first"]("Очерк / И. И. Иванов. – М., 2001.") == \
        "Очерк / Иванов И. И. – М., 2001."
    assert change["responsibility-initials-first"]("Очерк / Иванов И. И. – М., 2001.") == \
        "Очерк / И. И. Иванов. – М., 2001."
    assert change["responsibility-initials-first"]("Очерк / Иванов И. И. // Вестник.") == \
        "Очерк / И. И. Иванов // Вестник."
    assert change["pages-str"]("Там же. С. 5; Соч., т. 2, с. 7–9.") == \
        "Там же. стр. 5; Соч., т. 2, стр. 7–9."
    assert change["str-as-page"]("Л., «Наука», 1969, стр. 257.") == "Л., «Наука», 1969, с. 257."
    assert change["markers-capital"]("Т. 2. М., 1951, с. 247. – вып. 3. – т. 1") == \
        "Т. 2. М., 1951, с. 247. – Вып. 3. – Т. 1"
    assert change["others-bracketed"]("/ А. А. Дынкин и др. – М.") == "/ А. А. Дынкин [и др.] – М."
    assert change["others-unbracketed"]("/ В. И. Борисова [и др.]. — Х.") == \
        "/ В. И. Борисова и др. — Х."
    assert change["others-bracketed"]("/ ред. кол.: С. В. Зверев и др. М.: ИВИ РАН, 2019.") == \
        "/ ред. кол.: С. В. Зверев [и др.]. М.: ИВИ РАН, 2019."
    assert change["others-written-out"]("/ М. А. Горбуков [и др.] // Зоотехния; Иванов И. И. "
                                        "и др. История.") == \
        "/ М. А. Горбуков [и другие] // Зоотехния; Иванов И. И. и другие. История."
    assert change["ranges-hyphen"]("1985—1986. — Т. 2, с. 5–7") == "1985-1986. — Т. 2, с. 5-7"
    assert change["ranges-spaced"]("С. 5–7.") == "С. 5 – 7."
    assert change["publisher-quoted"]("Беседы. М.: Наука, 1975. С. 3.") == \
        "Беседы. М., «Наука», 1975. С. 3."
    assert change["publisher-quoted"]("Очерк. М.: Изд-во МГУ, 1975.") == \
        "Очерк. М.: Изд-во МГУ, 1975."
    assert change["publisher-after-colon"]("Т. 2. Л., «Наука», 1969, стр. 257.") == \
        "Т. 2. Л.: Наука, 1969, стр. 257."
    assert change["publishing-house-lowercase"]("М.: Изд-во МГУ, 1975.") == \
        "М.: изд-во МГУ, 1975."
    assert change["publishing-house-capital"]("М., изд-во «Транспорт», 1967") == \
        "М., Изд-во «Транспорт», 1967"
    assert change["heading-capitals"]("Зиновьев В. П. Не подводя итогов. Томск, 2019.") == \
        "ЗИНОВЬЕВ В. П. Не подводя итогов. Томск, 2019."
    capitals = variants.BY_NAME["heading-capitals"].gold_names
    assert capitals is not None and capitals(
        {"author": [{"family": "Зиновьев", "given": "В. П."}, {"family": "Бойко"}]}) == \
        {"author": [{"family": "ЗИНОВЬЕВ", "given": "В. П."}, {"family": "Бойко"}]}



def test_the_hosts_areas_and_spacing_of_other_sources_type_as_they_print() -> None:
    """The variants of session 30, each checked by hand on a reference of the set's kind:
    a host introduced the Soviet way or by one «/», the areas in commas or without the
    period before the dash, a quoted title, markers and «№» written other ways, «сс.»,
    spaces dropped or doubled, «ё» as «е», the year in parentheses or after the heading."""
    change = {name: variant.change for name, variant in variants.BY_NAME.items()}
    chapter = "Иванов И. И. Статья о былинах // Сборник трудов. М.: Наука, 1975. — Т. 2. — С. 5–7."
    article = "Иванов И. И. Статья о былинах // Вопросы истории. — 1975. — № 3. — С. 5–7."
    book = ("Лотман Ю. М. Беседы о русской культуре / Ю. М. Лотман. — СПб. : Искусство, 1994. "
            "— 446 с.")
    assert change["host-in-book"](chapter) == \
        "Иванов И. И. Статья о былинах. — В кн.: Сборник трудов. М.: Наука, 1975. — Т. 2. — С. 5–7."
    assert change["host-in-book"](article) == article
    assert change["host-journal-dash"](article) == \
        "Иванов И. И. Статья о былинах. — Вопросы истории. — 1975. — № 3. — С. 5–7."
    assert change["host-journal-dash"](chapter) == chapter
    assert change["host-in-journal"](article) == \
        "Иванов И. И. Статья о былинах, в журн. «Вопросы истории», 1975, № 3, с. 5–7."
    assert change["host-single-slash"](article).startswith("Иванов И. И. Статья о былинах / "
                                                           "Вопросы")
    assert change["areas-commas"](chapter).endswith("М.: Наука, 1975, т. 2, с. 5–7.")
    assert change["areas-commas"](article).endswith("// Вопросы истории, 1975, № 3, с. 5–7.")
    assert change["areas-commas"](book).endswith("Искусство, 1994, 446 с.")
    assert change["areas-commas"]("Последний Царь. М.: Вече, 2006. 512 с. С. 10.") == \
        "Последний Царь. М.: Вече, 2006, 512 с. С. 10."
    assert change["areas-dash-without-period"](book) == \
        "Лотман Ю. М. Беседы о русской культуре / Ю. М. Лотман — СПб. : Искусство, 1994 — 446 с."
    assert change["areas-dash-without-period"]("/ И. Иванов и др. — М., 1975.") == \
        "/ И. Иванов и др. — М., 1975."
    assert change["title-quoted"](book).startswith("Лотман Ю. М. «Беседы о русской культуре» / ")
    assert change["title-quoted"]("Ленин В. И. Полн. собр. соч. Т. 35. С. 222.") == \
        "Ленин В. И. Полн. собр. соч. Т. 35. С. 222."
    assert change["markers-written-out"](chapter).endswith("— Том 2. — С. 5–7.")
    assert change["markers-written-out"]("Соч., т. 5, вып. 2, ч. 1, кн. 3") == \
        "Соч., том 5, выпуск 2, часть 1, книга 3"
    assert "— No. 3. —" in change["numero-as-No"](article)
    assert "— N° 3. —" in change["numero-as-N-degree"](article)
    assert change["pages-ss"](article).endswith("— сс. 5–7.")
    assert change["pages-ss"]("Там же. С. 5.") == "Там же. С. 5."
    assert change["spaces-dropped"]("Очерки. М.: Наука, 1975. С. 5.") == "Очерки.М.:Наука,1975.С.5."
    assert change["spaces-doubled"]("М. : Наука") == "М.  :  Наука"
    assert change["yo-as-e"]("Ёлкин. Зелёный шум") == "Елкин. Зеленый шум"
    assert change["year-parenthesized"]("Очерки. М.: Наука, 1975. С. 5.") == \
        "Очерки. М.: Наука (1975). С. 5."
    assert change["year-after-heading"]("Лотман Ю. М. Беседы. СПб.: Искусство, 1994. С. 5.") == \
        "Лотман Ю. М. (1994). Беседы. СПб.: Искусство. С. 5."
    assert change["year-after-heading"]("Жадов А. С. Четыре года войны. М., 1978. С. 83.") == \
        "Жадов А. С. (1978). Четыре года войны. М. С. 83."
