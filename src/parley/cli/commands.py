"""Registers every command group on the app."""

from parley.cli import demo, ledger, people

__all__ = ["demo", "ledger", "people"]
