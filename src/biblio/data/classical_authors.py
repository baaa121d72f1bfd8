"""The Greek, Roman and Byzantine authors as Russian notes name them: the one name, or the
fixed name of two or three words, that heads the description of a translated classic
(GOST 7.1-2003 clause 4.1.1: a heading names the person as the work itself is known,
"Геродот. История в девяти книгах / Пер. Г. А. Стратановского. Л., 1972."). None of these
ends as a Russian family name, so without this table such a heading is read as the
title's first sentence. Facts: the names' established Russian forms."""

from __future__ import annotations

CLASSICAL_AUTHORS: frozenset[str] = frozenset({
    # Greek
    "Гомер", "Гесиод", "Эсхил", "Софокл", "Еврипид", "Аристофан", "Геродот", "Фукидид",
    "Ксенофонт", "Платон", "Аристотель", "Феофраст", "Демосфен", "Исократ", "Полибий",
    "Страбон", "Плутарх", "Аппиан", "Арриан", "Павсаний", "Лукиан", "Эпиктет",
    "Диодор Сицилийский", "Дионисий Галикарнасский", "Дион Кассий", "Иосиф Флавий",
    # Roman
    "Цезарь", "Цицерон", "Саллюстий", "Варрон", "Вергилий", "Гораций", "Овидий",
    "Теренций", "Плавт", "Катон", "Колумелла", "Сенека", "Лукан", "Петроний", "Апулей",
    "Марциал", "Ювенал", "Тацит", "Светоний", "Тит Ливий", "Плиний Старший",
    "Плиний Младший", "Аммиан Марцеллин", "Евтропий", "Орозий", "Марк Аврелий",
    # late antique and Byzantine
    "Евсевий", "Приск", "Приск Панийский", "Зосим", "Иордан", "Прокопий",
    "Прокопий Кесарийский", "Прокопий из Кесарии", "Агафий", "Агафий Миринейский",
    "Менандр Протиктор", "Феофилакт Симокатта", "Феофан Исповедник", "Лев Диакон",
    "Константин Багрянородный", "Михаил Пселл", "Анна Комнина", "Никита Хониат", "Зонара",
})
