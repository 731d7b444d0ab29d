"""Parley's command line: thin commands that parse, call one service, and print with rich."""

from parley.cli import commands
from parley.cli.app import app, main

__all__ = ["app", "commands", "main"]
