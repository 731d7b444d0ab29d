"""Small synthetic lists with known answers for the engine tests (every person is invented)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import translitua
from faker import Faker

_SCHEMES = [translitua.UkrainianKMU, translitua.UkrainianISO9, translitua.UkrainianBGN2019]


def lists(
    size: int, seed: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], set[tuple[str, str]]]:
    """A Cyrillic held list, a romanised and reordered requested list, and the true pairs."""
    rng = random.Random(seed)
    fake = Faker("uk_UA")
    fake.seed_instance(seed)
    held, requested, truth = [], [], set()
    for i in range(size):
        surname, given, patronymic = (
            fake.last_name_male(),
            fake.first_name_male(),
            fake.middle_name_male(),
        )
        dob = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(365 * 30))
        held.append(
            {
                "record_id": f"h{i}",
                "surname": surname,
                "given_name": given,
                "patronymic": patronymic,
                "date_of_birth": dob.strftime("%d.%m.%Y"),
            }
        )
        if i % 5 == 4:
            continue  # one in five held persons is not asked for
        scheme = rng.choice(_SCHEMES)
        latin = [translitua.translit(w, scheme) for w in (given, patronymic[0] + ".", surname)]
        requested.append(
            {"record_id": f"r{i}", "full_name": " ".join(latin), "date_of_birth": dob.isoformat()}
        )
        truth.add((f"h{i}", f"r{i}"))
    # A namesake: same name as h0, another birth date, on the requested list only.
    namesake = dict(requested[0], record_id="r_namesake", date_of_birth="1961-01-01")
    requested.append(namesake)
    return held, requested, truth
