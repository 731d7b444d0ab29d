"""Users of the ledger: accounts with a role, passwords, API tokens, and authentication.

Passwords are hashed with argon2. API tokens are 256-bit random strings, so a plain
SHA-256 of the token is enough to store them (nothing to brute-force) and lets a request
find its token by hash in one lookup. Neither the secrets nor their hashes enter the
journal: UserAdded and TokenIssued record only who and when.
"""

from __future__ import annotations

import secrets
from hashlib import sha256

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from parley.domain.access import Actor, Op, require
from parley.domain.events import Event, TokenIssued, TokensRevoked, UserAdded
from parley.domain.model import Role
from parley.domain.ports import Store, Writer
from parley.domain.views import UserView
from parley.errors import DuplicateSubmission, InputError, NotAuthenticated, NotFound, Problem
from parley.services.context import Context, Decision, execute
from parley.services.memo import NO_MEMO, Memo

TOKEN_PREFIX = "prl_"
MIN_PASSWORD = 12
_hasher = PasswordHasher()
# Verified against when the user is unknown, so a miss costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("parley-timing-equaliser")


def token_digest(token: str) -> str:
    """How a token is stored and looked up."""
    return sha256(token.encode()).hexdigest()


class Users:
    """Managing users and their tokens (mediators only)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add(self, name: str, role: str, password: str, *, party: str | None = None) -> UserView:
        """Create a user; officers belong to exactly one registered party."""
        require(self.ctx.actor, Op.MANAGE_USERS)
        user = _checked(name, role, party, password)
        password_hash = _hasher.hash(password)

        def decide(w: Writer) -> Decision:
            if w.user(name) is not None:
                raise DuplicateSubmission(f"user {name!r} already exists")
            if party is not None and w.party(party) is None:
                raise NotFound("party", party)
            w.store_secret("password", name, password_hash)
            return [UserAdded(name=name, role=Role(role), party=party)], name

        # No key: a replay could not return anything the caller lacks, and the password
        # must not be part of the stored fingerprint's parameters.
        execute(
            self.ctx, "add_user", {"name": name, "role": role, "party": party}, decide, key=None
        )
        return user

    def issue_token(self, name: str) -> str:
        """A new API token for `name`, returned once; only its digest is kept."""
        require(self.ctx.actor, Op.MANAGE_USERS)
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        token_id = self.ctx.new_id()

        def decide(w: Writer) -> Decision:
            if w.user(name) is None:
                raise NotFound("user", name)
            w.store_secret("token", token_id, token_digest(token))
            return [TokenIssued(token_id=token_id, user=name)], token_id

        execute(self.ctx, "issue_token", {"user": name, "token_id": token_id}, decide, key=None)
        return token

    def revoke_tokens(self, name: str, *, key: str | None = None) -> int:
        """Stop every API token of `name` from working; returns how many were live."""
        require(self.ctx.actor, Op.MANAGE_USERS)

        def decide(w: Writer) -> Decision:
            if w.user(name) is None:
                raise NotFound("user", name)
            live = w.tokens(name)
            events: list[Event] = [TokensRevoked(user=name, token_ids=live)] if live else []
            return events, len(live)

        return int(execute(self.ctx, "revoke_tokens", {"user": name}, decide, key=key))


class Authenticator:
    """Turns credentials into the Actor a request acts as."""

    def __init__(self, store: Store, memo: Memo = NO_MEMO) -> None:
        self.store = store
        self.memo = memo

    def password(self, name: str, password: str) -> Actor:
        """The user with this name and password, or NotAuthenticated."""
        with self.store.reading() as r:
            user, stored = r.user(name), r.secret_hash("password", name)
        try:
            _hasher.verify(stored or _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            raise NotAuthenticated("wrong user name or password") from None
        if user is None or stored is None:
            raise NotAuthenticated("wrong user name or password")
        return _actor(user)

    def token(self, token: str) -> Actor:
        """The user holding this API token, or NotAuthenticated."""
        digest = token_digest(token)
        with self.store.reading() as r:
            user = self.memo.get(r, ("token", digest), lambda: r.token_user(digest))
        if user is None:
            raise NotAuthenticated("unknown or revoked token")
        return _actor(user)

    def user(self, name: str) -> Actor:
        """The actor for a user named in a signed session, or NotAuthenticated if gone."""
        with self.store.reading() as r:
            user = self.memo.get(r, ("user", name), lambda: r.user(name))
        if user is None:
            raise NotAuthenticated("the session's user no longer exists")
        return _actor(user)


def _actor(user: UserView) -> Actor:
    return Actor(user.name, Role(user.role), user.party)


def _checked(name: str, role: str, party: str | None, password: str) -> UserView:
    problems: list[Problem] = []
    if not name or ":" in name or len(name) > 200:
        problems.append(Problem("a name of 1-200 characters, no ':'", field="name", value=name))
    if role not in {r.value for r in Role}:
        problems.append(Problem("use mediator, officer or observer", field="role", value=role))
    if (role == Role.OFFICER) != (party is not None):
        problems.append(Problem("an officer, and only an officer, has a party", field="party"))
    if len(password) < MIN_PASSWORD:
        problems.append(Problem(f"at least {MIN_PASSWORD} characters", field="password"))
    if problems:
        raise InputError(problems)
    return UserView(name, role, party)
