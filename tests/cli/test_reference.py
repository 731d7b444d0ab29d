"""The README's command reference names every command the CLI has, and no other."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer.main

from parley.cli import app
from parley.config import Settings

README = Path(__file__).parents[2] / "README.md"


def _commands(command: Any, prefix: list[str]) -> Iterator[str]:
    if hasattr(command, "commands"):
        for name, sub in command.commands.items():
            yield from _commands(sub, [*prefix, name])
    else:
        yield " ".join(prefix)


def test_readme_lists_every_command() -> None:
    documented = set(re.findall(r"^\| `(parley [a-z -]+)` \|", README.read_text(), re.MULTILINE))
    assert documented == set(_commands(typer.main.get_command(app), ["parley"]))


def test_readme_documents_every_setting() -> None:
    documented = set(re.findall(r"`(PARLEY_[A-Z_]+)`", README.read_text()))
    settings = {f"PARLEY_{name.upper()}" for name in Settings.model_fields}
    assert settings <= documented
