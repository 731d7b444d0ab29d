"""Noise a hand-built exchange list adds to a person's record (synthetic data only)."""

from __future__ import annotations

import datetime as dt
import random

import iuliia
import translitua

# Schemes the lists use; German and French are included though Parley does not unify them.
UK_SCHEMES = [
    translitua.UkrainianKMU,
    translitua.UkrainianKMU,
    translitua.UkrainianKMU,
    translitua.UkrainianNational1996,
    translitua.UkrainianBGN,
    translitua.UkrainianISO9,
    translitua.UkrainianGOST1971,
    translitua.UkrainianGOST1986,
    translitua.UkrainianPassport2007,
    translitua.UkrainianSimple,
    translitua.UkrainianALALCModified,
    translitua.UkrainianUNGEGN,
    translitua.UkrainianGerman,
    translitua.UkrainianFrench,
]
RU_SCHEMES = [
    iuliia.WIKIPEDIA,
    iuliia.WIKIPEDIA,
    iuliia.ICAO_DOC_9303,
    iuliia.BGN_PCGN,
    iuliia.GOST_52535,
    iuliia.MOSMETRO,
    iuliia.MVD_310,
    iuliia.ISO_9_1968,
    iuliia.YANDEX_MAPS,
    iuliia.GOST_16876,
    iuliia.SCIENTIFIC,
    iuliia.TELEGRAM,
]
# Independent of Parley's table on purpose: Ukrainian form → Russian form and diminutives.
RUSSIAN_FORMS = {
    "Олександр": ["Александр", "Саша"],
    "Олексій": ["Алексей", "Лёша"],
    "Андрій": ["Андрей"],
    "Сергій": ["Сергей", "Серёжа"],
    "Микола": ["Николай", "Коля"],
    "Дмитро": ["Дмитрий", "Дима"],
    "Володимир": ["Владимир", "Вова"],
    "Михайло": ["Михаил", "Миша"],
    "Іван": ["Иван", "Ваня"],
    "Петро": ["Пётр", "Петя"],
    "Павло": ["Павел", "Паша"],
    "Юрій": ["Юрий", "Юра"],
    "Григорій": ["Григорий", "Гриша"],
    "Віктор": ["Виктор", "Витя"],
    "Василь": ["Василий"],
    "Євген": ["Евгений", "Женя"],
    "Анатолій": ["Анатолий", "Толя"],
    "Віталій": ["Виталий"],
    "Валерій": ["Валерий", "Валера"],
    "Геннадій": ["Геннадий", "Гена"],
    "Федір": ["Фёдор"],
    "Яків": ["Яков"],
    "Кирило": ["Кирилл"],
    "Данило": ["Даниил"],
    "Костянтин": ["Константин"],
    "Тимофій": ["Тимофей"],
    "Матвій": ["Матвей"],
    "Георгій": ["Георгий"],
    "Ілля": ["Илья"],
    "Семен": ["Семён"],
    "Степан": ["Стёпа"],
    "Вячеслав": ["Вячеслав", "Слава"],
    "Олена": ["Елена", "Лена"],
    "Ольга": ["Оля"],
    "Тетяна": ["Татьяна", "Таня"],
    "Наталія": ["Наталья", "Наташа"],
    "Марія": ["Мария", "Маша"],
    "Катерина": ["Екатерина"],
    "Ганна": ["Анна", "Аня"],
    "Юлія": ["Юлия", "Юля"],
    "Світлана": ["Светлана"],
    "Ірина": ["Ирина", "Ира"],
    "Людмила": ["Люда"],
    "Галина": ["Галя"],
    "Надія": ["Надежда"],
}
_LATIN_AD_HOC = [("v", "w"), ("u", "ou"), ("y", "i"), ("ch", "tch"), ("k", "c"), ("ks", "x")]


def typo(text: str, rng: random.Random) -> str:
    """One keyboard slip: a letter dropped, doubled, swapped with its neighbour or replaced."""
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return text[:i] + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i] + text[i:]
    if kind == 2:
        return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]
    return text[:i] + rng.choice("аоеиінрстлвкaoeinrstlvk") + text[i + 1 :]


def romanise(text: str, russian: bool, rng: random.Random) -> str:
    """The name as a clerk of the other side might write it in Latin letters."""
    if russian:
        out = str(rng.choice(RU_SCHEMES).translate(text))
    else:
        out = str(translitua.translit(text, rng.choice(UK_SCHEMES)))
    if rng.random() < 0.15:
        old, new = rng.choice(_LATIN_AD_HOC)
        out = out.replace(old, new)
    return out


def noisy_date(dob: dt.date, rng: random.Random) -> str:
    """A date of birth, possibly swapped, off by a year, partial or missing, in some format."""
    r = rng.random()
    if r < 0.03:
        return ""
    if r < 0.08:
        return str(dob.year)
    if r < 0.11:
        return f"{dob.month:02d}.{dob.year}"
    d, m, y = dob.day, dob.month, dob.year
    r = rng.random()
    if r < 0.05 and d <= 12:
        d, m = m, d
    elif r < 0.10 and (m, d) != (2, 29):
        y += rng.choice((-1, 1))
    fmt = rng.randrange(3)
    if fmt == 0:
        return f"{d:02d}.{m:02d}.{y}"
    if fmt == 1:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{m:02d}/{d:02d}/{y}"
