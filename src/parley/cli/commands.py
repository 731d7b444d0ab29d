"""Registers every command group on the app."""

from parley.cli import claims, demo, ledger, matching, people, users

__all__ = ["claims", "demo", "ledger", "matching", "people", "users"]
