"""Users, their API tokens, and the hashes of their credentials, in SQL."""

from __future__ import annotations

from sqlalchemy import Connection, select

from parley.domain.views import UserView
from parley.store import schema as t


class UserQueries:
    """Queries over users and credential hashes (mixed into the reader)."""

    conn: Connection

    def user(self, name: str) -> UserView | None:
        u = t.users
        row = self.conn.execute(select(u).where(u.c.name == name)).first()
        return UserView(row.name, row.role, row.party) if row else None

    def secret_hash(self, kind: str, ref: str) -> str | None:
        s = t.user_secrets
        stmt = select(s.c.secret_hash).where(s.c.kind == kind, s.c.ref == ref)
        return self.conn.execute(stmt).scalar_one_or_none()

    def tokens(self, user: str) -> list[str]:
        k = t.api_tokens
        stmt = select(k.c.token_id).where(k.c.user_name == user, k.c.revoked.is_(False))
        return list(self.conn.execute(stmt.order_by(k.c.token_id)).scalars())

    def token_user(self, token_hash: str) -> UserView | None:
        s, k = t.user_secrets, t.api_tokens
        stmt = (
            select(k.c.user_name)
            .join(s, (s.c.ref == k.c.token_id) & (s.c.kind == "token"))
            .where(s.c.secret_hash == token_hash, k.c.revoked.is_(False))
        )
        name = self.conn.execute(stmt).scalar_one_or_none()
        return self.user(name) if name is not None else None


class SecretWrites:
    """Writing credential hashes inside the command's transaction (mixed into the writer)."""

    conn: Connection

    def store_secret(self, kind: str, ref: str, secret_hash: str) -> None:
        """Insert or replace the hash of a credential (`password` by user, `token` by id)."""
        s = t.user_secrets
        self.conn.execute(s.delete().where(s.c.kind == kind, s.c.ref == ref))
        self.conn.execute(s.insert(), {"kind": kind, "ref": ref, "secret_hash": secret_hash})
