from __future__ import annotations

import pytest

from parley.domain.balances import describe
from parley.domain.model import QuotaCategory, QuotaKind
from parley.domain.quotas import parse_quota
from parley.errors import InputError


@pytest.mark.parametrize(
    ("text", "kind", "count", "at_least", "described"),
    [
        ("pow:RU>UA:1000", QuotaKind.COUNT, 1000, False, "1,000 pow"),
        ("prisoners:UA>RU:>=1200", QuotaKind.COUNT, 1200, True, "at least 1,200 prisoners"),
        (
            "pow/severely_wounded:UA>RU:all",
            QuotaKind.ALL,
            None,
            False,
            "all pow (severely_wounded)",
        ),
        (
            "prisoners/under-25:RU>UA:all>=1000",
            QuotaKind.ALL,
            1000,
            True,
            "all prisoners (under-25) (at least 1,000)",
        ),
        ("remains:RU>UA:1/1", QuotaKind.RATIO, None, False, "1 for every 1 received, remains"),
    ],
)
def test_quota_forms(
    text: str, kind: QuotaKind, count: int | None, at_least: bool, described: str
) -> None:
    q = parse_quota(text, "A1")
    assert (q.kind, q.count, q.at_least, describe(q)) == (kind, count, at_least, described)


def test_quota_id_is_readable() -> None:
    assert parse_quota("pow/under-25:RU>UA:all", "IST-2").quota_id == "IST-2/pow-under-25/RU>UA"


def test_prisoners_cover_pows_and_civilians() -> None:
    assert [k.value for k in QuotaCategory.PRISONERS.kinds] == ["pow", "civilian"]


@pytest.mark.parametrize(
    "text",
    [
        "pow:RU>RU:10",
        "tanks:RU>UA:10",
        "pow:RU-UA:10",
        "pow:RU>UA:-3",
        "remains:RU>UA:0/1",
        # Above MAX_COUNT: once a 500 from PostgreSQL's INTEGER, found by the API fuzzing.
        "pow:RU>UA:99999999999",
        "pow:RU>UA:>=1000000001",
        "remains:RU>UA:1/99999999999",
        "prisoners:RU>UA:all>=99999999999",
    ],
)
def test_bad_quotas_are_refused_with_the_text(text: str) -> None:
    with pytest.raises(InputError) as err:
        parse_quota(text, "A1", field="quota 2")
    assert err.value.problems[0].field == "quota 2"
    assert err.value.problems[0].value == text
