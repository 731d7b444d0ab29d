from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from parley.errors import InputError, Problem
from parley.tabular import read_table

Rejected = Callable[..., list[Problem]]


@pytest.fixture
def rejected() -> Rejected:
    """Read a file that must be refused; return the problems the InputError lists."""

    def read(path: Path, **kwargs: Any) -> list[Problem]:
        with pytest.raises(InputError) as info:
            read_table(path, **kwargs)
        return info.value.problems

    return read


@pytest.fixture
def write_bytes(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write
