"""The import wizard in a real browser: a mediator fixes a bad list and commits it, an
officer imports for their party on a phone, an observer is refused.

The app runs over a small ledger of its own (these tests write). The lists are faker's
invented uk_UA and ru_RU names (`lists.py`); the screenshots go to test-artifacts/web/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright import sync_api

from tests.web.browsing import LAPTOP, PHONE, chromium, follow, logged_in, serve
from tests.web.conftest import Fresh, fresh_app, fresh_ledger
from tests.web.lists import persons_csv

pytestmark = pytest.mark.browser
expect = sync_api.expect


@pytest.fixture(scope="module")
def ledger(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path, hashing: None
) -> Iterator[Fresh]:
    built = fresh_ledger(tmp_path_factory.mktemp("import"), sqlite_template)
    yield built
    built.store.close()


@pytest.fixture(scope="module")
def base_url(ledger: Fresh) -> Iterator[str]:
    with serve(fresh_app(ledger, "browser-test")) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[sync_api.Browser]:
    with chromium() as found:
        yield found


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def _choose(page: sync_api.Page, **values: str) -> None:
    for name, value in values.items():
        page.select_option(f"#mapping-form select[name={name}]", value)


def test_mediator_fixes_a_bad_list_and_commits_it(
    browser: sync_api.Browser, base_url: str, tmp_path: Path
) -> None:
    bad = _write(tmp_path, "held-by-ru.csv", persons_csv(3, origin="UA", seed=21, bad_dates=(3,)))
    good_text = persons_csv(3, origin="UA", seed=21)
    good = _write(tmp_path, "held-by-ru-fixed.csv", good_text, "cp1251")
    s = logged_in(browser, base_url, "mediator", LAPTOP)
    page = s.page
    follow(page, "nav >> text=Import")
    s.shot("import-upload")
    page.set_input_files("#upload-form input[type=file]", bad)
    page.click("#upload-form button")
    expect(page.locator("select[data-column='Прізвище']")).to_have_value("surname")
    expect(page.locator("select[data-column='Дата народження']")).to_have_value("date_of_birth")
    expect(page.locator("select[data-column='Номер']")).to_have_value("external_ref")
    _choose(page, kind="pow", origin_party="UA", holding_party="RU", submitted_by="RU")
    s.shot("import-map")
    page.click("#mapping-form button")
    problems = page.locator("#problems tbody tr")
    expect(problems).to_have_count(1)
    expect(problems).to_contain_text(
        re.compile(r"held-by-ru\.csv\s*3\s*date_of_birth\s*31\.02\.1990")
    )
    expect(page.locator("#commit-form")).to_have_count(0)
    s.shot("import-errors")
    page.locator("h1").scroll_into_view_if_needed()
    s.shot("import-errors-viewport", full_page=False)
    s.problems.remove(f"422 {base_url}{_action(page, '#mapping-form')}")  # the refused preview
    page.set_input_files("#reupload-form input[type=file]", good)
    page.click("#reupload-form button")
    expect(page.locator("#upload-name")).to_contain_text("held-by-ru-fixed.csv")
    expect(page.locator("select[name=holding_party]")).to_have_value("RU")  # carried over
    page.click("#mapping-form button")
    expect(page.locator("#preview")).to_contain_text("3 rows would be imported")
    s.shot("import-preview")
    page.dblclick("#commit-form button")  # a double submit imports once
    expect(page.locator("#result")).to_contain_text("3 persons imported from held-by-ru-fixed.csv")
    s.shot("import-done")
    surname = good_text.splitlines()[1].split(",")[0]
    follow(page, f"#result a:has-text('{surname}')")
    expect(page.locator("h1")).to_contain_text(surname)
    page.goto(f"/persons?q={surname}")
    expect(page.locator("#results tbody tr")).to_have_count(1)
    s.close()


def test_officer_imports_for_their_party_on_a_phone(
    browser: sync_api.Browser, base_url: str, tmp_path: Path
) -> None:
    text = persons_csv(2, origin="RU", seed=22, ref="UA")
    path = _write(tmp_path, "held-by-ua.csv", text)
    s = logged_in(browser, base_url, "ua_officer", PHONE)
    page = s.page
    follow(page, "nav >> text=Import")
    page.set_input_files("#upload-form input[type=file]", path)
    page.click("#upload-form button")
    expect(page.locator("#mapping-form")).to_contain_text("Submitted by UA, your party")
    _choose(page, kind="pow", origin_party="RU", holding_party="UA")
    s.shot("import-map-phone")
    page.click("#mapping-form button")
    expect(page.locator("#preview")).to_contain_text("2 rows would be imported")
    page.click("#commit-form button")
    expect(page.locator("#result")).to_contain_text("2 persons imported")
    s.shot("import-done-phone")
    surname = text.splitlines()[1].split(",")[0]
    page.goto(f"/persons?q={surname}")
    expect(page.locator("#results")).to_contain_text(surname)
    s.close()


def test_observer_is_refused_the_wizard(browser: sync_api.Browser, base_url: str) -> None:
    s = logged_in(browser, base_url, "observer", PHONE)
    page = s.page
    expect(page.locator("nav >> text=Import")).to_have_count(0)
    answer = page.goto("/import")
    assert answer is not None and answer.status == 403
    expect(page.locator("h1")).to_have_text("Not allowed")
    s.problems.remove(f"403 {base_url}/import")
    s.close()


def _action(page: sync_api.Page, form: str) -> str:
    return str(page.locator(form).get_attribute("hx-post"))
