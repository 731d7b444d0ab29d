"""Claims: public statements about agreements and exchanges, with their corrections.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("claim_id", sa.String(length=36), nullable=False),
        sa.Column("source_name", sa.Text(), nullable=False),
        sa.Column("source_kind", sa.String(length=20), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=True),
        sa.Column("citing", sa.Text(), nullable=True),
        sa.Column("party", sa.String(length=40), nullable=True),
        sa.Column("said_on", sa.String(length=10), nullable=False),
        sa.Column("passage", sa.Text(), nullable=False),
        sa.Column("subject_kind", sa.String(length=20), nullable=False),
        sa.Column("subject_ref", sa.String(length=100), nullable=False),
        sa.Column("assertion", sa.String(length=30), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("quantity_value", sa.BigInteger(), nullable=True),
        sa.Column("quantity_unit", sa.String(length=40), nullable=False),
        sa.Column("qualifier", sa.String(length=20), nullable=True),
        sa.Column("share_numerator", sa.Integer(), nullable=True),
        sa.Column("share_denominator", sa.Integer(), nullable=True),
        sa.Column("from_party", sa.String(length=40), nullable=True),
        sa.Column("to_party", sa.String(length=40), nullable=True),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("marked_unverifiable", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("corrects", sa.String(length=36), nullable=True),
        sa.Column("superseded_by", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("seq", SEQ, nullable=False),
        sa.PrimaryKeyConstraint("claim_id"),
    )
    with op.batch_alter_table("claims") as batch_op:
        batch_op.create_index("ix_claims_subject", ["subject_ref", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch_op:
        batch_op.drop_index("ix_claims_subject")
    op.drop_table("claims")
