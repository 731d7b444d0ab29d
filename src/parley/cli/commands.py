"""Registers every command group on the app."""

from parley.cli import demo, ledger, matching, people, users

__all__ = ["demo", "ledger", "matching", "people", "users"]
