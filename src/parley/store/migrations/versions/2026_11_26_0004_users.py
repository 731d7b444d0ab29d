"""Users: accounts with a role, their API tokens, and the hashes of their credentials.

`users` and `api_tokens` are projection tables (rebuilt from UserAdded and TokenIssued);
`user_secrets` holds password and token hashes, which never enter the journal.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("party", sa.String(length=40), nullable=True),
        sa.Column("seq", SEQ, nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "api_tokens",
        sa.Column("token_id", sa.String(length=36), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("seq", SEQ, nullable=False),
        sa.ForeignKeyConstraint(["user_name"], ["users.name"]),
        sa.PrimaryKeyConstraint("token_id"),
    )
    op.create_table(
        "user_secrets",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("ref", sa.String(length=200), nullable=False),
        sa.Column("secret_hash", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("kind", "ref"),
    )
    op.create_index("ix_user_secrets_hash", "user_secrets", ["secret_hash"])


def downgrade() -> None:
    op.drop_index("ix_user_secrets_hash", table_name="user_secrets")
    op.drop_table("user_secrets")
    op.drop_table("api_tokens")
    op.drop_table("users")
