"""What every command needs: settings, the store, and who is acting. Built once per run."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from rich.console import Console

from parley.config import Settings
from parley.domain.access import Actor
from parley.services.claims import Claims
from parley.services.context import Context
from parley.services.exchanges import Exchanges
from parley.services.journal import Journal
from parley.services.registry import Registry
from parley.store.sql_store import SqlStore


@dataclass
class State:
    """The wiring of one CLI invocation: adapters are built here, and only here."""

    settings: Settings
    console: Console = field(default_factory=Console)

    @cached_property
    def store(self) -> SqlStore:
        return SqlStore.open(
            self.settings.database_url,
            busy_timeout_ms=self.settings.sqlite_busy_timeout_ms,
            cache_mib=self.settings.sqlite_cache_mib,
        )

    @cached_property
    def context(self) -> Context:
        return Context(self.store, Actor.parse(self.settings.actor))

    @property
    def registry(self) -> Registry:
        return Registry(self.context)

    @property
    def exchanges(self) -> Exchanges:
        return Exchanges(self.context)

    @property
    def journal(self) -> Journal:
        return Journal(self.context)

    @property
    def claims(self) -> Claims:
        return Claims(self.context)
