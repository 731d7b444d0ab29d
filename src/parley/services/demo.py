"""The demo scenario: the exchanges agreed at the 2025 Istanbul talks, with synthetic persons.

Counts, dates and places are public facts (sources in `SOURCES` and in
shared/scenario-facts.md); where the two sides reported different figures both are kept,
the handing side's as the handover and the receiving side's as the receipt. Every person
is invented by faker's uk_UA and ru_RU providers; no real person appears.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from faker import Faker

from parley.services.context import Context
from parley.services.demo_claims import record_demo_claims
from parley.services.exchanges import Exchanges
from parley.services.registry import Registry

SOURCES = {
    "IST-1": "menafn.com; hurriyetdailynews.com; tass.com; trtworld.com",
    "IST-2": "unn.ua; ilkha.com; pravda.com.ua (7, 16 June, 23 July); tass.com; babel.ua; mia.mk",
    "IST-3": "aa.com.tr",
    "UAE-2025": "interfax.com.ua; ibtimes.com; mofa.gov.ae; babel.ua",
    "REMAINS-2025": "themoscowtimes.com; pravda.com.ua (17 July); news.liga.net",
}
UKR_RANKS = ["солдат", "старший солдат", "сержант", "старший сержант", "лейтенант"]
RUS_RANKS = ["рядовой", "ефрейтор", "сержант", "старший сержант", "лейтенант"]


@dataclass(frozen=True)
class MemoryRow:
    number: int
    values: dict[str, str]


@dataclass(frozen=True)
class MemoryTable:
    """A list built in memory, imported through the same path as a CSV or XLSX file."""

    file: str
    columns: tuple[str, ...]
    rows: tuple[MemoryRow, ...]


@dataclass
class PersonFactory:
    """Synthetic persons with Ukrainian or Russian names, reproducible from a seed."""

    seed: int
    fakers: dict[str, Faker] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        for party, locale in (("UA", "uk_UA"), ("RU", "ru_RU")):
            self.fakers[party] = Faker(locale)
            self.fakers[party].seed_instance(self.seed + len(party) + ord(party[0]))
        self.rng = random.Random(self.seed)

    def table(self, origin: str, holder: str, kinds: Sequence[str]) -> MemoryTable:
        """A list of persons of `origin` held by `holder`, one per kind given."""
        rows = tuple(
            MemoryRow(i + 2, self._person(origin, holder, kind)) for i, kind in enumerate(kinds)
        )
        columns = tuple(rows[0].values) if rows else ()
        return MemoryTable(f"demo:{holder}-held-{origin}", columns, rows)

    def _person(self, origin: str, holder: str, kind: str) -> dict[str, str]:
        fake, rng = self.fakers[origin], self.rng
        female = kind == "civilian" and rng.random() < 0.4
        self.counter += 1
        born = fake.date_of_birth(minimum_age=19 if kind == "pow" else 18, maximum_age=60)
        values = {
            "kind": kind,
            "origin_party": origin,
            "holding_party": holder,
            "surname": fake.last_name_female() if female else fake.last_name_male(),
            "given_name": fake.first_name_female() if female else fake.first_name_male(),
            "patronymic": fake.middle_name_female() if female else fake.middle_name_male(),
            "date_of_birth": born.isoformat(),
            "external_ref": f"{holder}-{self.counter:06d}",
            "service_number": "",
            "rank": "",
            "unit": "",
        }
        if kind == "pow":
            ranks = UKR_RANKS if origin == "UA" else RUS_RANKS
            values.update(
                service_number=f"{origin}{rng.randrange(10**7):07d}",
                rank=rng.choice(ranks),
                unit=f"{rng.randrange(1000, 9999)}",
            )
        return values


@dataclass(frozen=True)
class NamedStage:
    """A stage whose persons are named: how many of each kind go each way."""

    ref: str
    on: str
    place: str
    to_ua: dict[str, int]
    to_ru: dict[str, int]


def build_demo(
    ctx: Context, *, seed: int = 2025, step: Callable[[str], None] | None = None
) -> None:
    """Record the whole scenario through the service layer, as a mediator would."""
    say = step or (lambda _: None)
    reg, ex = Registry(ctx), Exchanges(ctx)
    factory = PersonFactory(seed)
    say("parties")
    _parties(reg)
    say("agreements")
    _agreements(ex)
    say("Istanbul round 1: three days of named handovers")
    ex.open_exchange("IST-1", "IST-1-X", title="1,000 for 1,000")
    for stage in ROUND_1:
        _named_stage(reg, ex, factory, "IST-1", "IST-1-X", stage)
    say("Istanbul round 2: prisoners (counts only) and remains")
    _round_2(ex)
    say("UAE-mediated exchanges")
    ex.open_exchange("UAE-2025", "UAE-2025-X", title="Exchanges mediated by the UAE")
    for stage in UAE:
        _named_stage(reg, ex, factory, "UAE-2025", "UAE-2025-X", stage)
    say("repatriations of remains outside the Istanbul terms")
    _remains_outside(ex)
    say("what each side said about them")
    record_demo_claims(ctx)


def _parties(reg: Registry) -> None:
    reg.register_party("UA", "belligerent", {"en": "Ukraine", "uk": "Україна"})
    reg.register_party("RU", "belligerent", {"en": "Russia", "ru": "Россия"})
    reg.register_party("TR", "intermediary", {"en": "Türkiye", "tr": "Türkiye"})
    reg.register_party("AE", "intermediary", {"en": "United Arab Emirates"})
    reg.register_party("ICRC", "intermediary", {"en": "International Committee of the Red Cross"})
    reg.register_party("BY", "transit", {"en": "Belarus", "be": "Беларусь"})


def _agreements(ex: Exchanges) -> None:
    both = ["UA", "RU"]
    ex.record_agreement(
        "IST-1",
        title="Istanbul talks, round 1: 1,000 prisoners for 1,000",
        signed_on="2025-05-16",
        venue="Dolmabahçe Palace, Istanbul",
        parties=both,
        intermediaries=["TR"],
        quotas=["prisoners:RU>UA:1000", "prisoners:UA>RU:1000"],
    )
    ex.record_agreement(
        "IST-2",
        title="Istanbul talks, round 2: severely wounded, sick and under-25s all for all; "
        "6,000 bodies for 6,000",
        signed_on="2025-06-02",
        venue="Istanbul",
        parties=both,
        intermediaries=["TR"],
        quotas=[
            "prisoners/wounded-sick-under-25:RU>UA:all>=1000",
            "prisoners/wounded-sick-under-25:UA>RU:all>=1000",
            "remains:RU>UA:6000",
            "remains:UA>RU:6000",
        ],
    )
    ex.record_agreement(
        "IST-3",
        title="Istanbul talks, round 3: at least 1,200 prisoners each way",
        signed_on="2025-07-23",
        venue="Çırağan Palace, Istanbul",
        parties=both,
        intermediaries=["TR"],
        quotas=["prisoners:RU>UA:>=1200", "prisoners:UA>RU:>=1200"],
    )
    ex.record_agreement(
        "UAE-2025",
        title="Prisoner exchanges mediated by the UAE",
        signed_on=None,
        venue="",
        parties=both,
        intermediaries=["AE"],
        quotas=["prisoners:RU>UA:all", "prisoners:UA>RU:all"],
    )
    ex.record_agreement(
        "REMAINS-2025",
        title="Repatriations of remains with ICRC help (outside the Istanbul terms, per Ukraine)",
        signed_on=None,
        venue="",
        parties=both,
        intermediaries=["ICRC"],
        quotas=["remains:RU>UA:all", "remains:UA>RU:all"],
    )


# 23 May: 270 servicemen and 120 civilians each way; 24 May: 307; 25 May: 303.
ROUND_1 = [
    NamedStage(
        "IST-1-D1",
        "2025-05-23",
        "Belarus-Ukraine border",
        {"pow": 270, "civilian": 120},
        {"pow": 270, "civilian": 120},
    ),
    NamedStage("IST-1-D2", "2025-05-24", "Belarus-Ukraine border", {"pow": 307}, {"pow": 307}),
    NamedStage("IST-1-D3", "2025-05-25", "Belarus-Ukraine border", {"pow": 303}, {"pow": 303}),
]
# 14 Aug: 84 each way (Ukraine's: 33 military, 51 civilians); 24 Aug: 146 each way plus 8
# civilians to Russia; 2 Oct: 185 each way plus 20 civilians each way.
UAE = [
    NamedStage(
        "UAE-2025-08-14",
        "2025-08-14",
        "Belarus-Ukraine border",
        {"pow": 33, "civilian": 51},
        {"pow": 84},
    ),
    NamedStage(
        "UAE-2025-08-24",
        "2025-08-24",
        "Belarus-Ukraine border",
        {"pow": 146},
        {"pow": 146, "civilian": 8},
    ),
    NamedStage(
        "UAE-2025-10-02",
        "2025-10-02",
        "Belarus-Ukraine border",
        {"pow": 185, "civilian": 20},
        {"pow": 185, "civilian": 20},
    ),
]


def _named_stage(
    reg: Registry,
    ex: Exchanges,
    factory: PersonFactory,
    agreement: str,
    exchange: str,
    stage: NamedStage,
) -> None:
    ex.schedule_stage(
        exchange, stage.ref, planned_on=stage.on, place=stage.place, transit_party="BY"
    )
    for origin, holder, counts in (("UA", "RU", stage.to_ua), ("RU", "UA", stage.to_ru)):
        kinds = [kind for kind, n in counts.items() for _ in range(n)]
        table = factory.table(origin, holder, kinds)
        ids = reg.import_persons(table, submitted_by=holder)["person_ids"]
        quota = f"{agreement}/prisoners/{holder}>{origin}"
        ex.enter_manifest(stage.ref, quota, person_ids=ids)
        ex.approve_manifest(stage.ref, quota, party="UA")
        ex.approve_manifest(stage.ref, quota, party="RU")
        # Russian returnees were treated in Belarus before going home.
        ex.start_transit(stage.ref, quota, medical=origin == "RU")
        ex.record_handover(stage.ref, quota, person_ids=ids, occurred_at=stage.on)
        ex.confirm_receipt(stage.ref, quota, person_ids=ids, occurred_at=stage.on)


# Ukraine withheld per-stage numbers; Russia said 1,200 each way in all and about 250 on
# 23 July. The split of the other 950 over eight stages is ours, evenly, for the demo.
ROUND_2_PRISONER_DAYS = ["06-09", "06-10", "06-12", "06-14", "06-19", "06-20", "06-26", "07-04"]
# Bodies to Ukraine per day, as reconstructed (sums to Ukraine's 6,057); Russia said 6,060.
ROUND_2_BODIES = [
    ("06-11", 1212, 1212),
    ("06-13", 1200, 1200),
    ("06-14", 1200, 1200),
    ("06-15", 1200, 1200),
    ("06-16", 1248, 1245),
]


def _round_2(ex: Exchanges) -> None:
    ex.open_exchange("IST-2", "IST-2-P", title="Severely wounded, sick and under-25s")
    counts = [119] * 6 + [118] * 2 + [250]
    for day, n in zip([*ROUND_2_PRISONER_DAYS, "07-23"], counts, strict=True):
        ref = f"IST-2-P-{day}"
        ex.schedule_stage("IST-2-P", ref, planned_on=f"2025-{day}", place="Belarus-Ukraine border")
        for src, dst in (("RU", "UA"), ("UA", "RU")):
            quota = f"IST-2/prisoners-wounded-sick-under-25/{src}>{dst}"
            ex.enter_manifest(ref, quota, count=n)
            ex.record_handover(ref, quota, count=n, occurred_at=f"2025-{day}")
            ex.confirm_receipt(ref, quota, count=n, occurred_at=f"2025-{day}")
    ex.open_exchange("IST-2", "IST-2-B", title="6,000 bodies for 6,000")
    for day, handed, received in ROUND_2_BODIES:
        ref = f"IST-2-B-{day}"
        ex.schedule_stage("IST-2-B", ref, planned_on=f"2025-{day}", place="Belarus-Ukraine border")
        ex.enter_manifest(ref, "IST-2/remains/RU>UA", count=handed)
        ex.record_handover(ref, "IST-2/remains/RU>UA", count=handed, occurred_at=f"2025-{day}")
        ex.confirm_receipt(ref, "IST-2/remains/RU>UA", count=received, occurred_at=f"2025-{day}")
    # Russia said it received 27 on 11 June and 78 in all; Ukraine gave no handover figures.
    ex.confirm_receipt("IST-2-B-06-11", "IST-2/remains/UA>RU", count=27, occurred_at="2025-06-11")
    ex.confirm_receipt(
        "IST-2-B-06-16",
        "IST-2/remains/UA>RU",
        count=51,
        note="date not reported: the rest of Russia's total of 78",
    )


def _remains_outside(ex: Exchanges) -> None:
    ex.open_exchange("REMAINS-2025", "REMAINS-2025-X", title="Repatriations of remains")
    for day, to_ua, to_ru in (("2025-07-17", 1000, 19), ("2025-09-18", 1000, 24)):
        ref = f"REMAINS-{day}"
        ex.schedule_stage("REMAINS-2025-X", ref, planned_on=day, place="")
        for quota, n in (
            ("REMAINS-2025/remains/RU>UA", to_ua),
            ("REMAINS-2025/remains/UA>RU", to_ru),
        ):
            ex.enter_manifest(ref, quota, count=n)
            ex.record_handover(ref, quota, count=n, occurred_at=day)
            ex.confirm_receipt(ref, quota, count=n, occurred_at=day)
