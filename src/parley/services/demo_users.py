"""The demo's users: a mediator, an officer of each belligerent party, and an observer.

Their passwords are made afresh for each demo ledger and shown once, by `parley demo`;
none is written down anywhere else, so no demo password can open any other ledger, and a
demo served beyond the loopback interface (`--host`) is not open to whoever has read the
README. Only their argon2 hashes are stored, in the demo ledger, as for any user.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from parley.domain.model import PartyKind, Role
from parley.services.context import Context
from parley.services.registry import Registry
from parley.services.users import Users

# No 0/o, 1/l/i: a password read off a terminal is typed without guessing.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass(frozen=True)
class DemoUser:
    """A user of the demo and the password it was given."""

    name: str
    role: str
    party: str | None
    password: str


def demo_password() -> str:
    """Sixteen random characters in four groups (about 79 bits), e.g. `k7mq-2vxa-9rte-hw4p`."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def add_demo_users(ctx: Context) -> list[DemoUser]:
    """Create the demo's users, each with a fresh password, and return them with it."""
    belligerents = [p.code for p in Registry(ctx).parties() if p.kind == PartyKind.BELLIGERENT]
    wanted: list[tuple[str, Role, str | None]] = [("mediator", Role.MEDIATOR, None)]
    wanted += [(f"{code.lower()}-officer", Role.OFFICER, code) for code in belligerents]
    wanted.append(("observer", Role.OBSERVER, None))
    users, made = Users(ctx), []
    for name, role, party in wanted:
        user = DemoUser(name, role.value, party, demo_password())
        users.add(user.name, user.role, user.password, party=party)
        made.append(user)
    return made
