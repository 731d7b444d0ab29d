"""Person search: one row per (person, search key), indexed for prefix and equality lookups.

A projection table (rebuilt from PersonRegistered); existing persons get their keys here,
computed from `person_names` by the same domain function the projector uses. Also an index
covering the balance's count of persons still held.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

from itertools import groupby

import sqlalchemy as sa
from alembic import op

from parley.domain.model import PersonName
from parley.domain.search import search_keys

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
KEY = sa.String(200).with_variant(sa.String(200, collation="C"), "postgresql")
BATCH = 10_000


def upgrade() -> None:
    table = op.create_table(
        "person_search_keys",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("key", KEY, nullable=False),
        sa.Column("seq", SEQ, nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["persons.person_id"]),
        sa.PrimaryKeyConstraint("person_id", "key"),
    )
    _backfill(table)
    op.create_index("ix_person_search_keys_key", "person_search_keys", ["key", "person_id"])
    op.create_index(
        "ix_persons_held", "persons", ["holding_party", "origin_party", "kind", "status"]
    )


def _backfill(table: sa.Table) -> None:
    names = sa.table(
        "person_names",
        *(sa.column(c) for c in ("person_id", "position", "surname", "given_name", "patronymic")),
        sa.column("seq"),
    )
    stmt = sa.select(names).order_by(names.c.person_id, names.c.position)
    rows: list[dict[str, object]] = []
    for person_id, group in groupby(op.get_bind().execute(stmt), key=lambda r: r.person_id):
        records = list(group)
        found = (PersonName(r.surname, r.given_name, r.patronymic) for r in records)
        seq = records[0].seq
        rows += [{"person_id": person_id, "key": k, "seq": seq} for k in sorted(search_keys(found))]
        if len(rows) >= BATCH:
            op.bulk_insert(table, rows)
            rows = []
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    op.drop_index("ix_persons_held", table_name="persons")
    op.drop_index("ix_person_search_keys_key", table_name="person_search_keys")
    op.drop_table("person_search_keys")
