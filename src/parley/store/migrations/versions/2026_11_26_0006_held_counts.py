"""Cheaper appends: running counts of persons held, and one tree for search keys and history.

The balance's "known held" figure read an index on persons (holding_party, origin_party,
kind, status) that every status change had to update; a count per (holder, origin, kind)
that changes only when a person leaves or re-enters the holder's hands costs far less.
Existing persons are counted here, as the projector would have counted them.

Person search keys move to one tree in (key, person_id) order, and the status history to
one tree in (person_id, seq) order (WITHOUT ROWID on SQLite): each had a rowid tree, a
primary-key index and a second index, so two or three writes a row where one will do.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Callable

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


def _search_key_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("key", KEY, nullable=False),
        sa.Column("seq", SEQ, nullable=False),
    ]


def _history_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("seq", SEQ, autoincrement=False, nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=False),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("occurred_at", sa.String(length=40), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("stage_id", sa.String(length=36), nullable=True),
    ]


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
    op.drop_index("ix_person_search_keys_key", table_name="person_search_keys")
    _rebuild("person_search_keys", _search_key_columns, ("key", "person_id"), with_rowid=False)
    op.drop_index("ix_status_history_person", table_name="status_history")
    _rebuild("status_history", _history_columns, ("person_id", "seq"), with_rowid=False)


def downgrade() -> None:
    _rebuild("status_history", _history_columns, ("seq",), with_rowid=True)
    op.create_index("ix_status_history_person", "status_history", ["person_id"])
    _rebuild("person_search_keys", _search_key_columns, ("person_id", "key"), with_rowid=True)
    op.create_index("ix_person_search_keys_key", "person_search_keys", ["key", "person_id"])
    op.create_index(
        "ix_persons_held", "persons", ["holding_party", "origin_party", "kind", "status"]
    )
    op.drop_table("held_counts")


def _rebuild(
    name: str,
    columns: Callable[[], list[sa.Column[object]]],
    key: tuple[str, ...],
    *,
    with_rowid: bool,
) -> None:
    """Copy table `name` (a child of persons) into a new one keyed by `key`."""
    old = f"{name}_old"
    op.rename_table(name, old)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE {old} RENAME CONSTRAINT {name}_pkey TO {old}_pkey")
    new = op.create_table(
        name,
        *columns(),
        sa.ForeignKeyConstraint(["person_id"], ["persons.person_id"]),
        sa.PrimaryKeyConstraint(*key),
        sqlite_with_rowid=with_rowid,
    )
    names = [c.name for c in new.columns]
    source = sa.table(old, *(sa.column(c) for c in names))
    op.execute(new.insert().from_select(names, sa.select(source)))
    op.drop_table(old)
