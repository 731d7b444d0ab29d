"""Settings, read from the environment (PARLEY_*) once by each entry point and passed down."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///parley.db"


class Settings(BaseSettings):
    """Everything Parley can be configured with."""

    model_config = SettingsConfigDict(env_prefix="PARLEY_", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    """SQLAlchemy URL: the embedded SQLite file by default, PostgreSQL in deployment."""

    actor: str = "mediator:cli"
    """Who the CLI acts as: `mediator:NAME`, `officer:PARTY:NAME` or `observer:NAME`."""

    sqlite_busy_timeout_ms: int = 30_000
    """How long a SQLite writer waits for another writer's lock before giving up."""

    sqlite_cache_mib: int = 256
    """The most memory each SQLite connection keeps of the database's pages (it fills only
    as pages are read); appends to a large ledger slow down when its indexes do not fit."""

    secret_key: str | None = None
    """Signs the API's session cookies; without it each `parley serve` makes a random one
    (so sessions do not outlive the process)."""

    secure_cookies: bool = False
    """Send session cookies only over HTTPS; set it when TLS ends at a reverse proxy."""

    upload_dir: Path | None = None
    """Where the web UI's import wizard keeps uploaded files between its steps; by default
    a folder of this user's in the system's temporary directory. Several workers must share it."""

    upload_limit_mib: int = 50
    """The largest file an upload (web UI or API) may be, in MiB."""
