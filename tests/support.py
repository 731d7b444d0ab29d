"""Helpers the tests share: acting as a role, a small synthetic scenario, ledger snapshots."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from parley.domain.access import Actor
from parley.services.context import Context
from parley.services.exchanges import Exchanges
from parley.services.registry import Registry
from parley.store import schema
from parley.store.sql_store import SqlStore


def as_actor(store: SqlStore, actor: str) -> Context:
    """A service context acting as `mediator:NAME`, `officer:PARTY:NAME` or `observer:NAME`."""
    return Context(store, Actor.parse(actor))


MEDIATOR = "mediator:amira"
UA_OFFICER = "officer:UA:olena"
RU_OFFICER = "officer:RU:pavel"
OBSERVER = "observer:oscar"


QUOTAS = ["pow:RU>UA:10", "pow:UA>RU:10", "remains:RU>UA:>=100", "remains:UA>RU:all"]


@dataclass
class Small:
    """UA and RU (belligerents), TR (intermediary); agreement A1, one exchange, one stage."""

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


def snapshot(store: SqlStore) -> dict[str, object]:
    """Everything a failed command must leave exactly as it was: the journal and every table."""
    with store.engine.connect() as conn:
        out: dict[str, object] = {
            table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in schema.metadata.sorted_tables
        }
        out["head"] = conn.execute(
            select(schema.journal.c.hash).order_by(schema.journal.c.seq.desc())
        ).first()
        out["statuses"] = sorted(
            conn.execute(select(schema.persons.c.person_id, schema.persons.c.status)).all()
        )
    return out
