"""Parley: the intermediary's ledger for exchanges of prisoners, detained civilians and remains."""

__version__ = "0.1.0"
