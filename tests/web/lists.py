"""Synthetic lists of persons for the import wizard's tests (faker's names; nobody real)."""

from __future__ import annotations

import csv
import io

from faker import Faker

# The headers a party's own list might carry: Ukrainian, so the wizard must guess them.
HEADER = ("Прізвище", "Ім'я", "По батькові", "Дата народження", "Звання", "Номер")
LOCALE = {"UA": "uk_UA", "RU": "ru_RU"}  # the names a party's own people are likely to bear


def persons_csv(
    count: int, *, origin: str, seed: int, bad_dates: tuple[int, ...] = (), ref: str = "L"
) -> str:
    """A CSV list of `count` invented persons of `origin`; the data rows numbered in
    `bad_dates` (as a spreadsheet numbers them: the first data row is 2) get an impossible
    date of birth."""
    fake = Faker(LOCALE[origin])
    fake.seed_instance(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for row in range(2, count + 2):
        born = "31.02.1990" if row in bad_dates else fake.date_of_birth(None, 20, 55)
        names = (fake.last_name_male(), fake.first_name_male(), fake.middle_name_male())
        writer.writerow([*names, str(born), "солдат", f"{ref}-{seed}-{row}"])
    return out.getvalue()
