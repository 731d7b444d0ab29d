"""Matching: linkage runs, candidate pairs with their review status, and linked persons.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "match_runs",
        sa.Column("run_id", sa.String(length=36), nullable=False),
        sa.Column("job", sa.String(length=20), nullable=False),
        sa.Column("left_list", sa.Text(), nullable=False),
        sa.Column("right_list", sa.Text(), nullable=True),
        sa.Column("left_party", sa.String(length=40), nullable=True),
        sa.Column("right_party", sa.String(length=40), nullable=True),
        sa.Column("left_records", sa.Integer(), nullable=False),
        sa.Column("right_records", sa.Integer(), nullable=True),
        sa.Column("pairs_compared", sa.BigInteger(), nullable=True),
        sa.Column("candidates", sa.Integer(), nullable=False),
        sa.Column("auto_accepted", sa.Integer(), nullable=False),
        sa.Column("model", sa.Text(), nullable=False),
        sa.Column("seq", SEQ, nullable=False),
        sa.PrimaryKeyConstraint("run_id"),
    )
    op.create_table(
        "match_candidates",
        sa.Column("candidate_id", sa.String(length=36), nullable=False),
        sa.Column("run_id", sa.String(length=36), nullable=False),
        sa.Column("left_key", sa.Text(), nullable=False),
        sa.Column("right_key", sa.Text(), nullable=False),
        sa.Column("left_person_id", sa.String(length=36), nullable=True),
        sa.Column("right_person_id", sa.String(length=36), nullable=True),
        sa.Column("left_record", sa.Text(), nullable=False),
        sa.Column("right_record", sa.Text(), nullable=False),
        sa.Column("probability_ppm", sa.Integer(), nullable=False),
        sa.Column("match_weight_milli", sa.Integer(), nullable=False),
        sa.Column("contributions", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("seq", SEQ, nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["match_runs.run_id"]),
        sa.PrimaryKeyConstraint("candidate_id"),
    )
    with op.batch_alter_table("match_candidates") as batch_op:
        batch_op.create_index(
            "ix_match_candidates_status", ["status", "probability_ppm"], unique=False
        )
    op.create_table(
        "person_links",
        sa.Column("person_a", sa.String(length=36), nullable=False),
        sa.Column("person_b", sa.String(length=36), nullable=False),
        sa.Column("candidate_id", sa.String(length=36), nullable=False),
        sa.Column("seq", SEQ, nullable=False),
        sa.ForeignKeyConstraint(["candidate_id"], ["match_candidates.candidate_id"]),
        sa.ForeignKeyConstraint(["person_a"], ["persons.person_id"]),
        sa.ForeignKeyConstraint(["person_b"], ["persons.person_id"]),
        sa.PrimaryKeyConstraint("person_a", "person_b"),
    )


def downgrade() -> None:
    op.drop_table("person_links")
    with op.batch_alter_table("match_candidates") as batch_op:
        batch_op.drop_index("ix_match_candidates_status")
    op.drop_table("match_candidates")
    op.drop_table("match_runs")
