"""Initial schema: the journal (append-only by trigger), idempotency records, projection.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 11:03:53.440880
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPEND_ONLY_SQLITE = [
    "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal "
    "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END",
    "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal "
    "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END",
]
APPEND_ONLY_POSTGRESQL = [
    "CREATE FUNCTION parley_journal_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'the journal is append-only'; END $$",
    "CREATE TRIGGER journal_no_change BEFORE UPDATE OR DELETE ON journal "
    "FOR EACH ROW EXECUTE FUNCTION parley_journal_append_only()",
    "CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON journal "
    "FOR EACH STATEMENT EXECUTE FUNCTION parley_journal_append_only()",
]


def _append_only() -> None:
    dialect = op.get_bind().dialect.name
    for statement in APPEND_ONLY_POSTGRESQL if dialect == "postgresql" else APPEND_ONLY_SQLITE:
        op.execute(statement)


def upgrade() -> None:
    op.create_table(
        "agreements",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("signed_on", sa.String(length=10), nullable=True),
        sa.Column("venue", sa.Text(), nullable=False),
        sa.Column("parties", sa.Text(), nullable=False),
        sa.Column("intermediaries", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.PrimaryKeyConstraint("agreement_id"),
        sa.UniqueConstraint("ref"),
    )
    op.create_table(
        "commands",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column(
            "first_seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("last_seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "journal",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("recorded_at", sa.String(length=40), nullable=False),
        sa.Column("occurred_at", sa.String(length=40), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("actor_role", sa.String(length=20), nullable=False),
        sa.Column("actor_party", sa.String(length=40), nullable=True),
        sa.Column("type", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("command_key", sa.String(length=200), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "parties",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("names", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "persons",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("submitted_by", sa.String(length=40), nullable=False),
        sa.Column("origin_party", sa.String(length=40), nullable=False),
        sa.Column("holding_party", sa.String(length=40), nullable=False),
        sa.Column("date_of_birth", sa.String(length=10), nullable=True),
        sa.Column("service_number", sa.String(length=100), nullable=True),
        sa.Column("rank", sa.String(length=100), nullable=True),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("capture_place", sa.Text(), nullable=True),
        sa.Column("capture_date", sa.String(length=10), nullable=True),
        sa.Column("detention_place", sa.Text(), nullable=True),
        sa.Column("health", sa.Text(), nullable=False),
        sa.Column("recovery_place", sa.Text(), nullable=True),
        sa.Column("recovery_date", sa.String(length=10), nullable=True),
        sa.Column("tag_number", sa.String(length=100), nullable=True),
        sa.Column("identification", sa.String(length=20), nullable=True),
        sa.Column("external_ref", sa.String(length=200), nullable=True),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.PrimaryKeyConstraint("person_id"),
        sa.UniqueConstraint("submitted_by", "external_ref", name="uq_persons_external_ref"),
    )

    op.create_table(
        "disclosures",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("party", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.person_id"],
        ),
        sa.PrimaryKeyConstraint("person_id", "party"),
    )
    op.create_table(
        "exchanges",
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.agreement_id"],
        ),
        sa.PrimaryKeyConstraint("exchange_id"),
        sa.UniqueConstraint("ref"),
    )
    op.create_table(
        "person_names",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("surname", sa.Text(), nullable=False),
        sa.Column("given_name", sa.Text(), nullable=False),
        sa.Column("patronymic", sa.Text(), nullable=False),
        sa.Column("script", sa.String(length=4), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.person_id"],
        ),
        sa.PrimaryKeyConstraint("person_id", "position"),
    )
    op.create_table(
        "quotas",
        sa.Column("quota_id", sa.String(length=100), nullable=False),
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("subcategory", sa.String(length=100), nullable=True),
        sa.Column("from_party", sa.String(length=40), nullable=False),
        sa.Column("to_party", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("at_least", sa.Boolean(), nullable=False),
        sa.Column("ratio_give", sa.Integer(), nullable=True),
        sa.Column("ratio_per", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.agreement_id"],
        ),
        sa.PrimaryKeyConstraint("quota_id"),
    )
    with op.batch_alter_table("quotas", schema=None) as batch_op:
        batch_op.create_index("ix_quotas_agreement", ["agreement_id"], unique=False)

    op.create_table(
        "status_history",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=False),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("occurred_at", sa.String(length=40), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("stage_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.person_id"],
        ),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("status_history", schema=None) as batch_op:
        batch_op.create_index("ix_status_history_person", ["person_id"], unique=False)

    op.create_table(
        "stages",
        sa.Column("stage_id", sa.String(length=36), nullable=False),
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=False),
        sa.Column("planned_on", sa.String(length=10), nullable=True),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("transit_party", sa.String(length=40), nullable=True),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchanges.exchange_id"],
        ),
        sa.PrimaryKeyConstraint("stage_id"),
        sa.UniqueConstraint("ref"),
    )
    op.create_table(
        "handovers",
        sa.Column("handover_id", sa.String(length=36), nullable=False),
        sa.Column("stage_id", sa.String(length=36), nullable=False),
        sa.Column("quota_id", sa.String(length=100), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("named", sa.Integer(), nullable=False),
        sa.Column("by_party", sa.String(length=40), nullable=True),
        sa.Column("via_party", sa.String(length=40), nullable=True),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["quota_id"],
            ["quotas.quota_id"],
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stages.stage_id"],
        ),
        sa.PrimaryKeyConstraint("handover_id"),
    )
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.create_index("ix_handovers_stage", ["stage_id", "quota_id"], unique=False)

    op.create_table(
        "manifest_approvals",
        sa.Column("stage_id", sa.String(length=36), nullable=False),
        sa.Column("quota_id", sa.String(length=100), nullable=False),
        sa.Column("party", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["quota_id"],
            ["quotas.quota_id"],
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stages.stage_id"],
        ),
        sa.PrimaryKeyConstraint("stage_id", "quota_id", "party"),
    )
    op.create_table(
        "manifest_entries",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("stage_id", sa.String(length=36), nullable=False),
        sa.Column("quota_id", sa.String(length=100), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("named", sa.Integer(), nullable=False),
        sa.Column("by_party", sa.String(length=40), nullable=True),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["quota_id"],
            ["quotas.quota_id"],
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stages.stage_id"],
        ),
        sa.PrimaryKeyConstraint("entry_id"),
    )
    with op.batch_alter_table("manifest_entries", schema=None) as batch_op:
        batch_op.create_index("ix_manifest_entries_stage", ["stage_id", "quota_id"], unique=False)

    op.create_table(
        "receipts",
        sa.Column("receipt_id", sa.String(length=36), nullable=False),
        sa.Column("stage_id", sa.String(length=36), nullable=False),
        sa.Column("quota_id", sa.String(length=100), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("named", sa.Integer(), nullable=False),
        sa.Column("by_party", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["quota_id"],
            ["quotas.quota_id"],
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stages.stage_id"],
        ),
        sa.PrimaryKeyConstraint("receipt_id"),
    )
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.create_index("ix_receipts_stage", ["stage_id", "quota_id"], unique=False)

    op.create_table(
        "manifest_persons",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["manifest_entries.entry_id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.person_id"],
        ),
        sa.PrimaryKeyConstraint("entry_id", "person_id"),
    )
    _append_only()


def downgrade() -> None:
    op.drop_table("manifest_persons")
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.drop_index("ix_receipts_stage")

    op.drop_table("receipts")
    with op.batch_alter_table("manifest_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_manifest_entries_stage")

    op.drop_table("manifest_entries")
    op.drop_table("manifest_approvals")
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.drop_index("ix_handovers_stage")

    op.drop_table("handovers")
    op.drop_table("stages")
    with op.batch_alter_table("status_history", schema=None) as batch_op:
        batch_op.drop_index("ix_status_history_person")

    op.drop_table("status_history")
    with op.batch_alter_table("quotas", schema=None) as batch_op:
        batch_op.drop_index("ix_quotas_agreement")

    op.drop_table("quotas")
    op.drop_table("person_names")
    op.drop_table("exchanges")
    op.drop_table("disclosures")

    op.drop_table("persons")
    op.drop_table("parties")
    op.drop_table("journal")
    op.drop_table("commands")
    op.drop_table("agreements")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION parley_journal_append_only()")
