"""Person search through the indexed search keys, on SQLite and PostgreSQL: scripts, name
forms, ranking, pages and who may see what."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from parley.domain.search import matches, query_keys, score
from parley.errors import AccessDenied, InputError
from parley.services.registry import Registry
from parley.store import schema
from parley.store.database import downgrade, upgrade
from parley.store.sql_store import SqlStore
from tests.support import (
    MEDIATOR,
    OBSERVER,
    RU_OFFICER,
    UA_OFFICER,
    Small,
    as_actor,
    build_small,
    person,
)


@pytest.fixture
def small(store: SqlStore) -> Small:
    return build_small(as_actor(store, MEDIATOR))


def surnames(store: SqlStore, query: str, actor: str = MEDIATOR, **page: int) -> list[str]:
    found = Registry(as_actor(store, actor)).search(query, **page)
    return [p.names[0].surname for p in found]


def test_latin_finds_cyrillic_and_back(store: SqlStore, small: Small) -> None:
    assert surnames(store, "Kovalenko") == ["Коваленко"]
    assert surnames(store, "kowalenko") == ["Коваленко"]
    assert surnames(store, "Ivanov Sergei") == ["Иванов"]
    latin = person("Melnyk", "Taras", "UA", "RU", script="Latn", lang="en")
    Registry(as_actor(store, MEDIATOR)).register_person(latin, submitted_by="RU")
    assert surnames(store, "Мельник") == ["Melnyk"]
    assert surnames(store, "Мельник Тарас") == ["Melnyk"]
    assert surnames(store, "Shevchenko") == []


def test_ukrainian_and_russian_given_name_forms_meet(store: SqlStore, small: Small) -> None:
    # Коваленко Олександр (Ukrainian form) and Иванов Сергей (Russian form) are on record.
    assert surnames(store, "Александр Коваленко") == ["Коваленко"]
    assert surnames(store, "Aleksandr") == ["Коваленко"]
    assert surnames(store, "Саша") == ["Коваленко"]
    assert surnames(store, "Сергій Іванов") == ["Иванов"]
    assert surnames(store, "Serhii") == ["Иванов"]
    assert surnames(store, "Микола") == ["Смирнов"]


def test_whole_words_rank_above_prefixes_and_pages_follow(store: SqlStore, small: Small) -> None:
    reg = Registry(as_actor(store, MEDIATOR))
    for surname in ("Ковальчук", "Коваль"):
        reg.register_person(person(surname, "Іван", "UA", "RU"), submitted_by="RU")
    assert surnames(store, "Koval") == ["Коваль", "Коваленко", "Ковальчук"]
    assert surnames(store, "Koval", limit=2) == ["Коваль", "Коваленко"]
    assert surnames(store, "Koval", limit=2, offset=2) == ["Ковальчук"]
    # Every word must match: Коваленко is Олександр, not Іван.
    assert surnames(store, "Koval Ivan") == ["Коваль", "Ковальчук"]


def test_officers_see_own_submissions_and_disclosures(store: SqlStore, small: Small) -> None:
    assert surnames(store, "Kovalenko", RU_OFFICER) == ["Коваленко"]
    assert surnames(store, "Kovalenko", UA_OFFICER) == []
    assert surnames(store, "Ivanov", UA_OFFICER) == ["Иванов"]
    Registry(as_actor(store, MEDIATOR)).disclose("UA", [small.ru_held[0]])
    assert surnames(store, "Kovalenko", UA_OFFICER) == ["Коваленко"]
    assert surnames(store, "Shevchuk", UA_OFFICER) == []


def test_observers_are_refused_and_empty_queries_explained(store: SqlStore, small: Small) -> None:
    with pytest.raises(AccessDenied):
        surnames(store, "Kovalenko", OBSERVER)
    with pytest.raises(InputError, match="no letters"):
        surnames(store, " 123 ,")


def test_verify_rebuilds_the_search_keys(store: SqlStore, small: Small) -> None:
    assert store.verify().ok
    keys = schema.person_search_keys
    with store.engine.begin() as conn:
        conn.execute(delete(keys).where(keys.c.key == "kovalenko"))
    report = store.verify()
    assert report.mismatch is not None and report.mismatch.table == "person_search_keys"


def test_migration_fills_keys_for_persons_already_recorded(store: SqlStore, small: Small) -> None:
    def rows() -> list[tuple[str, str, int]]:
        with store.engine.connect() as conn:
            return sorted(tuple(r) for r in conn.execute(select(schema.person_search_keys)))

    before = rows()
    downgrade(store.engine, "0004")
    upgrade(store.engine)
    assert rows() == before and len(before) > 10
    assert store.verify().ok


@pytest.mark.parametrize("query", ["Koval", "Ivanov Serhii", "Sasha", "b", "Шевчук Іван", "Pe"])
def test_the_index_answers_as_the_rule_in_memory(store: SqlStore, small: Small, query: str) -> None:
    everyone = Registry(as_actor(store, MEDIATOR)).persons()
    terms = query_keys(query)
    expected = sorted(
        (p for p in everyone if matches(terms, p.names)),
        key=lambda p: -score(terms, p.names),  # stable: the listing is oldest first
    )
    found = Registry(as_actor(store, MEDIATOR)).search(query)
    assert [p.person_id for p in found] == [p.person_id for p in expected]
