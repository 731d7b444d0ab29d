"""A small synthetic scenario the service and storage tests build on."""

from __future__ import annotations

from dataclasses import dataclass

from parley.services.context import Context
from parley.services.exchanges import Exchanges
from parley.services.registry import Registry

QUOTAS = ["pow:RU>UA:10", "pow:UA>RU:10", "remains:RU>UA:>=100", "remains:UA>RU:all"]


@dataclass
class Small:
    """Parties UA, RU (belligerents), TR (intermediary); agreement A1 with one exchange and stage."""

    ru_held: list[str]
    ua_held: list[str]


def person(surname: str, given: str, origin: str, holder: str, **extra: str) -> dict[str, str]:
    return {
        "kind": "pow",
        "origin_party": origin,
        "holding_party": holder,
        "surname": surname,
        "given_name": given,
        **extra,
    }


def build_small(ctx: Context) -> Small:
    reg, ex = Registry(ctx), Exchanges(ctx)
    reg.register_party("UA", "belligerent", {"en": "Ukraine", "uk": "Україна"})
    reg.register_party("RU", "belligerent", {"en": "Russia", "ru": "Россия"})
    reg.register_party("TR", "intermediary", {"en": "Türkiye"})
    ex.record_agreement(
        "A1",
        title="Test agreement",
        signed_on="2025-05-16",
        venue="Istanbul",
        parties=["UA", "RU"],
        intermediaries=["TR"],
        quotas=QUOTAS,
    )
    ex.open_exchange("A1", "A1-X1")
    ex.schedule_stage("A1-X1", "A1-X1-S1", planned_on="2025-05-23", place="border")
    ru_held = [
        reg.register_person(person(s, g, "UA", "RU"), submitted_by="RU")
        for s, g in [("Коваленко", "Олександр"), ("Шевчук", "Іван"), ("Бойко", "Петро")]
    ]
    ua_held = [
        reg.register_person(person(s, g, "RU", "UA"), submitted_by="UA")
        for s, g in [("Иванов", "Сергей"), ("Смирнов", "Николай")]
    ]
    return Small(ru_held, ua_held)
