"""Seeded synthetic pairs of exchange lists with ground truth (every person is invented).

A held list is written in Cyrillic the way one side keeps it; the requested list names
the same people the way the other side does: Russian forms, Latin in many schemes,
swapped order, reduced patronymics, typos and date noise. Hard negatives are added:
namesakes (same surname and given name, another birth date) and brothers.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace
from typing import Any

from faker import Faker
from noise import RUSSIAN_FORMS, noisy_date, romanise, typo

_RANKS = ["солдат", "старший солдат", "сержант", "молодший сержант", "лейтенант", "капітан"]


@dataclass(frozen=True)
class Person:
    surname: str
    given: str
    patronymic: str
    dob: dt.date
    service_number: str
    unit: str
    rank: str
    russian: bool


@dataclass(frozen=True)
class ListPair:
    held: list[dict[str, Any]]
    requested: list[dict[str, Any]]
    truth: set[tuple[str, str]]


def _person(fakes: dict[str, Faker], rng: random.Random) -> Person:
    russian = rng.random() < 0.2
    fake = fakes["ru" if russian else "uk"]
    male = rng.random() < 0.85
    surname = fake.last_name_male() if male else fake.last_name_female()
    given = fake.first_name_male() if male else fake.first_name_female()
    patronymic = fake.middle_name_male() if male else fake.middle_name_female()
    dob = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(365 * 40))
    number = f"{rng.choice('АВСКМНОРТ')}{rng.choice('АВСКМНОРТ')}{rng.randrange(10**6):06d}"
    unit = f"А{rng.randrange(1000, 9999)}"
    return Person(surname, given, patronymic, dob, number, unit, rng.choice(_RANKS), russian)


def _hard_negative(p: Person, rng: random.Random) -> Person:
    """A namesake with another birth date, or a brother with the same patronymic."""
    shift = dt.timedelta(days=rng.randrange(40, 3000))
    if rng.random() < 0.5:
        return replace(p, dob=p.dob + shift, service_number="", unit="")
    number = f"{rng.choice('АВСКМНОРТ')}{rng.choice('АВСКМНОРТ')}{rng.randrange(10**6):06d}"
    brother = rng.choice(list(RUSSIAN_FORMS)[:30])
    return replace(p, given=brother, dob=p.dob - shift, service_number=number)


def _held_row(rid: str, p: Person, rng: random.Random) -> dict[str, Any]:
    row = {"record_id": rid, "date_of_birth": p.dob.strftime("%d.%m.%Y"), "rank": p.rank}
    if rng.random() < 0.5:
        row.update(surname=p.surname, given_name=p.given, patronymic=p.patronymic)
    else:
        row["full_name"] = f"{p.surname} {p.given} {p.patronymic}"
    if rng.random() < 0.7:
        row.update(service_number=p.service_number, unit=p.unit)
    return row


def _other_given(p: Person, rng: random.Random) -> tuple[str, bool]:
    forms = RUSSIAN_FORMS.get(p.given)
    if forms and rng.random() < 0.5:
        return forms[0] if rng.random() < 0.8 else rng.choice(forms), True
    return p.given, p.russian


def _requested_row(rid: str, p: Person, rng: random.Random) -> dict[str, Any]:
    given, russian = _other_given(p, rng)
    surname, patronymic = p.surname, p.patronymic
    if rng.random() < 0.12:
        surname = typo(surname, rng)
    if rng.random() < 0.08:
        given = typo(given, rng)
    latin = rng.random() < 0.7
    if latin:
        surname, given = romanise(surname, p.russian, rng), romanise(given, russian, rng)
        patronymic = romanise(patronymic, p.russian, rng)
    r = rng.random()
    patronymic = "" if r < 0.3 else (patronymic[0] + "." if r < 0.5 else patronymic)
    order = rng.random()
    if order < 0.35:
        full = f"{given} {patronymic} {surname}"
    elif order < 0.45:
        full = f"{surname.upper()} {given} {patronymic}"
    else:
        full = f"{surname} {given} {patronymic}"
    row = {
        "record_id": rid,
        "full_name": " ".join(full.split()),
        "date_of_birth": noisy_date(p.dob, rng),
    }
    if rng.random() < 0.3:
        row["service_number"] = (
            typo(p.service_number, rng) if rng.random() < 0.1 else p.service_number
        )
    return row


def generate(size: int, seed: int, overlap: float = 0.7, hard: float = 0.05) -> ListPair:
    """Two lists of `size` records each; `overlap` of them name the same people."""
    rng = random.Random(seed)
    fakes = {"uk": Faker("uk_UA"), "ru": Faker("ru_RU")}
    for i, fake in enumerate(fakes.values()):
        fake.seed_instance(seed * 10 + i)
    shared = [_person(fakes, rng) for _ in range(int(size * overlap))]
    only_held = [_person(fakes, rng) for _ in range(size - len(shared))]
    only_req = [_person(fakes, rng) for _ in range(size - len(shared))]
    n_hard = int(size * hard)
    only_held[:n_hard] = [_hard_negative(rng.choice(shared), rng) for _ in range(n_hard)]
    only_req[:n_hard] = [_hard_negative(rng.choice(shared), rng) for _ in range(n_hard)]
    held_people = [(p, i < len(shared)) for i, p in enumerate(shared + only_held)]
    req_people = [(p, i < len(shared)) for i, p in enumerate(shared + only_req)]
    held_order, req_order = list(range(size)), list(range(size))
    rng.shuffle(held_order)
    rng.shuffle(req_order)
    held_id = {i: f"H{n:07d}" for n, i in enumerate(held_order)}
    req_id = {i: f"R{n:07d}" for n, i in enumerate(req_order)}
    held = [_held_row(held_id[i], held_people[i][0], rng) for i in held_order]
    requested = [_requested_row(req_id[i], req_people[i][0], rng) for i in req_order]
    truth = {(held_id[i], req_id[i]) for i in range(len(shared))}
    return ListPair(held, requested, truth)
