"""Registers every command group on the app."""

from parley.cli import claims, demo, ledger, people

__all__ = ["claims", "demo", "ledger", "people"]
