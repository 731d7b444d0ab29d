"""Writing quotas down: `CATEGORY[/SUBCATEGORY]:FROM>TO:AMOUNT`, as mediators type them.

CATEGORY is pow, civilian, remains, or prisoners (POWs and detained civilians together).

AMOUNT is a count (`1000`), a floor (`>=1000`, "at least"), `all` (or `all>=1000`), or a
ratio (`1/1`: one handed over for every one received). Examples: `pow:RU>UA:1000`,
`pow/severely_wounded:UA>RU:all`, `remains:RU>UA:6000`, `prisoners:RU>UA:>=1200`.
"""

from __future__ import annotations

import re

from parley.domain.events import QuotaTerm
from parley.domain.model import MAX_COUNT, QuotaCategory, QuotaKind
from parley.errors import InputError, Problem

_QUOTA = re.compile(
    r"^(?P<cat>[a-z]+)(?:/(?P<sub>[a-z0-9_-]+))?:(?P<src>[A-Z0-9_-]+)>(?P<dst>[A-Z0-9_-]+)"
    r":(?P<amount>all(?:>=\d+)?|>=\d+|\d+|\d+/\d+)$"
)


def parse_quota(
    text: str, agreement_ref: str, *, note: str = "", field: str = "quota"
) -> QuotaTerm:
    """Read one quota; its id is readable: `REF/category[-sub]/FROM>TO`."""
    m = _QUOTA.match(text.strip())
    if m is None:
        raise InputError(
            Problem("write quotas as CATEGORY[/SUB]:FROM>TO:AMOUNT", field=field, value=text)
        )
    try:
        category = QuotaCategory(m["cat"])
    except ValueError:
        choices = ", ".join(c.value for c in QuotaCategory)
        raise InputError(
            Problem(f"category must be one of {choices}", field=field, value=text)
        ) from None
    if m["src"] == m["dst"]:
        raise InputError(Problem("a quota goes from one party to another", field=field, value=text))
    sub = m["sub"]
    quota_id = f"{agreement_ref}/{category.value}{'-' + sub if sub else ''}/{m['src']}>{m['dst']}"
    amount: str = m["amount"]
    if any(int(n) > MAX_COUNT for n in re.findall(r"\d+", amount)):
        raise InputError(Problem(f"amounts go up to {MAX_COUNT:,}", field=field, value=text))
    base = QuotaTerm(
        quota_id=quota_id,
        category=category,
        subcategory=sub,
        from_party=m["src"],
        to_party=m["dst"],
        kind=QuotaKind.ALL,
        note=note,
    )
    if amount.startswith("all"):
        floor = amount.removeprefix("all>=")
        return (
            base.model_copy(update={"count": int(floor), "at_least": True})
            if floor != amount
            else base
        )
    if "/" in amount:
        give, per = (int(x) for x in amount.split("/"))
        if give < 1 or per < 1:
            raise InputError(Problem("a ratio needs two positive numbers", field=field, value=text))
        return base.model_copy(
            update={"kind": QuotaKind.RATIO, "ratio_give": give, "ratio_per": per}
        )
    count = int(amount.removeprefix(">="))
    update = {"kind": QuotaKind.COUNT, "count": count, "at_least": amount.startswith(">=")}
    return base.model_copy(update=update)
