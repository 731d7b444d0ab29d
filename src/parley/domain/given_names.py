"""Given-name equivalence classes: Ukrainian and Russian forms and diminutives (pure).

In the domain so that person search can treat `Oleksandr`, `Александр` and `Sasha` as one
name; `parley.linkage` builds its name features on the same table.
"""

from __future__ import annotations

from functools import lru_cache

from parley.domain._given_names_data import GIVEN_NAME_CLASSES
from parley.domain.romanise import skeleton

__all__ = ["GIVEN_NAME_CLASSES", "given_name_class", "given_name_table"]


@lru_cache(maxsize=1)
def given_name_table() -> dict[str, str]:
    """Skeleton of every listed form to its class id."""
    table: dict[str, str] = {}
    for line in GIVEN_NAME_CLASSES.splitlines():
        class_id, _, forms = line.partition(":")
        for form in forms.split():
            # First class listing a form wins, so shared diminutives stay deterministic.
            table.setdefault(skeleton(form), class_id.strip())
    return table


def given_name_class(name: str) -> str | None:
    """Class id of a given name in any script or scheme, or None when it is not listed."""
    key = skeleton(name)
    return given_name_table().get(key) if key else None
