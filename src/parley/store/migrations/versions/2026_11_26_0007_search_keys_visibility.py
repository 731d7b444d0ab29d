"""Person search answered from the search keys alone, for every reader.

Each search key now carries its person's submitting party (which never changes), so an
officer's search can drop what the officer may not see while it scans the keys, before it
ranks; and on PostgreSQL the key index carries the registration seq and that party
(INCLUDE), so the scan reads no table rows. Ranked and cut to a page first, the persons are
then read for that page only. On 100,000 persons an officer's search for a common given
name took 47 ms (1,800 matches, each read from persons to test visibility) and takes 5 ms.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
KEY = sa.String(200).with_variant(sa.String(200, collation="C"), "postgresql")
NAME = "person_search_keys"


def upgrade() -> None:
    old = _set_aside()
    new = _create(with_party=True)
    k = sa.table(old, *(sa.column(c) for c in ("person_id", "key", "seq")))
    p = sa.table("persons", sa.column("person_id"), sa.column("submitted_by"))
    rows = sa.select(k.c.person_id, k.c.key, k.c.seq, p.c.submitted_by).join(
        p, p.c.person_id == k.c.person_id
    )
    op.execute(new.insert().from_select(["person_id", "key", "seq", "submitted_by"], rows))
    op.drop_table(old)


def downgrade() -> None:
    old = _set_aside()
    new = _create(with_party=False)
    names = ["person_id", "key", "seq"]
    source = sa.table(old, *(sa.column(c) for c in names))
    op.execute(new.insert().from_select(names, sa.select(source)))
    op.drop_table(old)


def _set_aside() -> str:
    old = f"{NAME}_old"
    op.rename_table(NAME, old)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE {old} RENAME CONSTRAINT {NAME}_pkey TO {old}_pkey")
    return old


def _create(*, with_party: bool) -> sa.Table:
    party = [sa.Column("submitted_by", sa.String(length=40), nullable=False)] if with_party else []
    include = ["seq", "submitted_by"] if with_party else []
    return op.create_table(
        NAME,
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("key", KEY, nullable=False),
        sa.Column("seq", SEQ, nullable=False),
        *party,
        sa.ForeignKeyConstraint(["person_id"], ["persons.person_id"]),
        sa.PrimaryKeyConstraint("key", "person_id", postgresql_include=include),
        sqlite_with_rowid=False,
    )
