"""Cheaper registrations and status changes: running counts held, one tree of search keys.

The balance's "known held" figure read an index on persons (holding_party, origin_party,
kind, status) that every status change had to update; a count per (holder, origin, kind)
that changes only when a person leaves or re-enters the holder's hands costs far less.
Existing persons are counted here, as the projector would have counted them.

Person search keys move to one tree in (key, person_id) order (WITHOUT ROWID on SQLite):
the table had a rowid tree, a primary-key index and a key index, three writes per key.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
KEY = sa.String(200).with_variant(sa.String(200, collation="C"), "postgresql")
# The statuses of parley.domain.lifecycle.GONE when this revision was written.
GONE = ("received", "handed_over", "released", "died_in_captivity", "escaped")


def upgrade() -> None:
    held = op.create_table(
        "held_counts",
        sa.Column("holding_party", sa.String(length=40), nullable=False),
        sa.Column("origin_party", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("held", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("holding_party", "origin_party", "kind"),
    )
    persons = sa.table(
        "persons", *(sa.column(c) for c in ("holding_party", "origin_party", "kind", "status"))
    )
    bucket = (persons.c.holding_party, persons.c.origin_party, persons.c.kind)
    still_held = sa.func.sum(sa.case((persons.c.status.in_(GONE), 0), else_=1))
    counted = sa.select(*bucket, still_held).group_by(*bucket)
    columns = ["holding_party", "origin_party", "kind", "held"]
    op.execute(held.insert().from_select(columns, counted))
    op.drop_index("ix_persons_held", table_name="persons")
    _rebuild_search_keys(("key", "person_id"), with_rowid=False)
    op.drop_index("ix_person_search_keys_key", table_name="person_search_keys_old")
    op.drop_table("person_search_keys_old")


def downgrade() -> None:
    _rebuild_search_keys(("person_id", "key"), with_rowid=True)
    op.drop_table("person_search_keys_old")
    op.create_index("ix_person_search_keys_key", "person_search_keys", ["key", "person_id"])
    op.create_index(
        "ix_persons_held", "persons", ["holding_party", "origin_party", "kind", "status"]
    )
    op.drop_table("held_counts")


def _rebuild_search_keys(key: tuple[str, str], *, with_rowid: bool) -> None:
    """Copy person_search_keys into a new table keyed by `key`; the old one is left as _old."""
    op.rename_table("person_search_keys", "person_search_keys_old")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE person_search_keys_old RENAME CONSTRAINT "
            "person_search_keys_pkey TO person_search_keys_old_pkey"
        )
    new = op.create_table(
        "person_search_keys",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("key", KEY, nullable=False),
        sa.Column("seq", SEQ, nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["persons.person_id"]),
        sa.PrimaryKeyConstraint(*key),
        sqlite_with_rowid=with_rowid,
    )
    old = sa.table("person_search_keys_old", *(sa.column(c) for c in ("person_id", "key", "seq")))
    op.execute(new.insert().from_select(["person_id", "key", "seq"], sa.select(old)))
