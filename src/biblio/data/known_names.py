"""Authors known by one name, or by a name and an epithet, as headings print them.

GOST 7.80-2000 (the heading of a bibliographic record) and the Russian cataloguing rules
(РПК 2004, ch. 27, «особые категории лиц») give ancient and medieval authors, church
fathers and Byzantine historians the heading of the name they are known by: «Геродот.
История в девяти книгах / пер. Г. А. Стратановского», «Лев Диакон. История», «Иоанн
Златоуст. Творения». Such a name has no initials and no family ending, so the grammar
cannot tell it from the first word of a title; this table can. A name is read as a
heading only when a title follows its period (`names.known_name_heading`), and a heading
with no work after it stays a title («Цезарь. М., 1990.»); names that are above all a
modern given name («Платон», «Сократ», «Нестор») are listed only with their epithet.

The Russian forms are those of the standard Russian translations (the series «Литературные
памятники», «Византийская историческая библиотека»); the Latin ones, those of English
editions (Loeb).
"""

from __future__ import annotations

KNOWN_BY_ONE_NAME = frozenset({
    # Greek authors
    "Гомер", "Гесиод", "Геродот", "Фукидид", "Ксенофонт", "Аристотель", "Феофраст",
    "Демосфен", "Исократ", "Полибий", "Страбон", "Плутарх", "Павсаний", "Арриан", "Аппиан",
    "Диодор Сицилийский", "Дион Кассий", "Лукиан", "Эсхил", "Софокл", "Еврипид",
    "Аристофан", "Пиндар", "Эпикур", "Гиппократ", "Гален", "Иосиф Флавий",
    "Филон Александрийский", "Диоген Лаэртский", "Секст Эмпирик", "Плотин", "Ямвлих",
    "Геродиан", "Евсевий Кесарийский", "Евсевий Памфил", "Эпиктет",
    "Дионисий Галикарнасский",
    # Latin authors
    "Цезарь", "Теренций", "Плавт", "Катон", "Лукан", "Орозий", "Марк Аврелий", "Цицерон",
    "Тит Ливий", "Ливий", "Тацит", "Корнелий Тацит", "Светоний", "Саллюстий",
    "Вергилий", "Гораций", "Овидий", "Лукреций", "Катулл", "Сенека", "Плиний Старший",
    "Плиний Младший", "Ювенал", "Марциал", "Апулей", "Петроний", "Квинтилиан", "Варрон",
    "Колумелла", "Витрувий", "Аммиан Марцеллин", "Евтропий", "Аврелий Виктор",
    "Блаженный Августин", "Августин", "Иероним", "Боэций", "Кассиодор", "Иордан", "Григорий Турский",
    "Беда Достопочтенный", "Исидор Севильский", "Павел Диакон", "Эйнхард",
    "Лиутпранд Кремонский", "Адам Бременский", "Саксон Грамматик", "Гельмольд",
    "Титмар Мерзебургский", "Видукинд Корвейский",
    # Byzantine historians
    "Прокопий Кесарийский", "Прокопий из Кесарии", "Агафий", "Агафий Миринейский",
    "Менандр Протектор", "Феофилакт Симокатта", "Феофан Исповедник", "Константин Багрянородный",
    "Лев Диакон", "Михаил Пселл", "Анна Комнина", "Никита Хониат", "Иоанн Малала",
    "Георгий Амартол", "Иоанн Скилица", "Иоанн Киннам", "Никифор Григора", "Георгий Пахимер",
    "Приск", "Приск Панийский", "Зосим", "Зонара", "Прокопий", "Евсевий", "Созомен", "Сократ Схоластик", "Евагрий Схоластик",
    # church fathers and Old Russian writers
    "Иоанн Златоуст", "Василий Великий", "Григорий Богослов", "Григорий Нисский",
    "Иоанн Дамаскин", "Ефрем Сирин", "Максим Исповедник", "Дионисий Ареопагит", "Ориген",
    "Тертуллиан", "Климент Александрийский", "Ириней Лионский", "Афанасий Великий",
    "Кирилл Александрийский", "Иоанн Лествичник", "Нил Сорский", "Иосиф Волоцкий",
    "Максим Грек", "Епифаний Премудрый", "Пахомий Серб", "Даниил Заточник",
    "Симеон Полоцкий", "Димитрий Ростовский", "Феофан Прокопович", "Стефан Яворский",
    # travellers and geographers of the East
    "Ибн Фадлан", "Ибн Баттута", "Ибн Хордадбех", "Ибн Руста", "Рашид ад-Дин", "Бируни",
    "Плано Карпини", "Рубрук", "Марко Поло",
    # the same in the forms of English editions
    "Homer", "Hesiod", "Herodotus", "Thucydides", "Xenophon", "Aristotle", "Polybius",
    "Strabo", "Plutarch", "Pausanias", "Arrian", "Appian", "Cassius Dio", "Diodorus Siculus",
    "Lucian", "Aeschylus", "Sophocles", "Euripides", "Aristophanes", "Josephus",
    "Flavius Josephus", "Diogenes Laertius", "Cicero", "Livy", "Tacitus", "Suetonius",
    "Sallust", "Virgil", "Horace", "Ovid", "Lucretius", "Seneca", "Pliny the Elder",
    "Pliny the Younger", "Ammianus Marcellinus", "Jordanes", "Procopius",
    "Procopius of Caesarea", "Agathias", "Theophanes the Confessor", "Constantine Porphyrogenitus",
    "Leo the Deacon", "Michael Psellus", "Anna Komnene", "Eusebius", "Gregory of Tours",
    # the church fathers in the Latin forms of Migne's Patrologia (PL, PG) and of the
    # critical series after it, as patristic notes cite their editions: "Ephraem Syrus.
    # Evangelii concordantis expositio. Venetiis, 1876", "Hieronymus Stridonensis. Praefatio
    # …"; a name that is also a modern given name ("Augustinus", "Ambrosius") with its see
    "Ephraem Syrus", "Isaac Syrus", "Hieronymus Stridonensis", "Augustinus Hipponensis",
    "Ambrosius Mediolanensis", "Joannes Chrysostomus", "Ioannes Chrysostomus",
    "Basilius Magnus", "Gregorius Nazianzenus", "Gregorius Nyssenus", "Joannes Damascenus",
    "Ioannes Damascenus", "Maximus Confessor", "Cyrillus Alexandrinus", "Dorotheus Gazaeus",
    "Irenaeus Lugdunensis", "Clemens Alexandrinus", "Origenes", "Tertullianus",
    # and in Russian, as the Russian translations name them
    "Исаак Сирин", "Дорофей Газский", "Авва Дорофей",
})
"""Each name as a heading prints it, in the nominative."""

NAMES_IN_RELIGION = frozenset({
    "Сергий", "Макарий", "Филарет", "Игнатий", "Феофан", "Иннокентий", "Никон", "Тихон",
    "Антоний", "Иоанн", "Амвросий", "Августин", "Иларион", "Платон", "Евгений", "Дмитрий",
    "Димитрий", "Вениамин", "Никодим", "Порфирий", "Серафим", "Питирим", "Алексий", "Пимен",
    "Кирилл", "Иосиф", "Варсонофий", "Феодосий", "Гермоген", "Арсений", "Василий", "Леонид",
    "Евфимий", "Ювеналий", "Агафангел", "Палладий", "Софроний", "Анастасий", "Митрофан",
    "Филипп", "Паисий", "Досифей", "Григорий", "Николай", "Петр", "Павел", "Георгий",
    "Михаил", "Андрей", "Александр", "Владимир", "Герман", "Гурий", "Варлаам", "Нектарий",
    "Иустин", "Иероним", "Поликарп", "Феофил", "Мелетий", "Евлогий", "Дамаскин", "Афанасий",
    "Киприан", "Савва", "Зосима", "Фотий", "Стефан", "Лука", "Ианнуарий", "Мефодий",
    "Елевферий", "Виссарион", "Гавриил", "Анатолий", "Владимир", "Ефрем", "Даниил",
    "Нафанаил", "Алипий", "Кассиан", "Феодор", "Симеон", "Онуфрий", "Серапион",
})
"""Names in religion of Russian bishops and monks, as church-history notes print the heading
GOST 7.80-2000 and the Russian cataloguing rules (РПК 2004, ch. 27) give them, with the
secular family in parentheses and no holy order: «Макарий (Булгаков). История русской
церкви», «Сергий (Спасский). Полный месяцеслов Востока», «Филарет (Гумилевский). Обзор
русской духовной литературы», «Игнатий (Брянчанинов). Аскетические опыты». Many are
adjectives in form («Сергий», «Макарий»), which the readers of unknown given names refuse."""

ABBREVIATED_ANCIENT_AUTHORS = frozenset({
    # the Oxford Classical Dictionary's abbreviations of Greek and Latin authors
    "Hdt.", "Thuc.", "Xen.", "Arist.", "Polyb.", "Strab.", "Plut.", "Paus.", "Diod. Sic.",
    "Cass. Dio", "Joseph.", "Cic.", "Liv.", "Tac.", "Suet.", "Sall.", "Amm. Marc.",
    # the Oxford Dictionary of Byzantium's of the Byzantine historians and chroniclers
    "Procop.", "Agath.", "Theoph.", "Theoph. Sim.", "Mich. Syr.", "Joh. Mal.", "Malal.",
    "Const. Porph.", "Zonar.", "Kedren.", "Cedren.", "Leo Diac.", "Mich. Psell.", "Psell.",
    "Georg. Mon.", "Niceph. Greg.", "Euseb.", "Socr.", "Sozom.", "Evagr.",
})
"""Ancient and Byzantine authors by the abbreviations of the classical and Byzantine
reference works, as Byzantinists' notes head a citation with them: "Mich. Syr. Chron. T. 2.
P. 506", "Theoph. Chron. P. 416", "Plut. Dion XXII—XXX" (Michael the Syrian's Chronicle,
Theophanes' Chronographia, Plutarch's Life of Dion). Each as printed, its periods with it."""
