"""Parties, persons and their status: registering, importing, changing, disclosing, reading."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from parley.domain.access import Op, may_see_person, require
from parley.domain.events import (
    Event,
    PartyRegistered,
    PersonRegistered,
    RecordsDisclosed,
    StatusChanged,
)
from parley.domain.lifecycle import Status, check_transition
from parley.domain.model import PartyKind, Role
from parley.domain.ports import PersonFilter, Progress, Reader, TableSource, Writer
from parley.domain.records import PERSON_FIELDS, person_fields
from parley.domain.search import query_keys
from parley.domain.views import PartyView, PersonView, StatusEntry
from parley.errors import (
    AccessDenied,
    DuplicateSubmission,
    ImportRejected,
    InputError,
    NotFound,
    Problem,
)
from parley.services import context
from parley.services.context import Context, Decision, execute, fingerprint


class Registry:
    """Use cases over parties and persons, for one actor."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def register_party(
        self, code: str, kind: str, names: Mapping[str, str], *, key: str | None = None
    ) -> str:
        """Register a belligerent, intermediary or observer under a short code (`UA`, `ICRC`)."""
        require(self.ctx.actor, Op.REGISTER_PARTY)
        try:
            party_kind = PartyKind(kind)
        except ValueError:
            raise InputError(
                Problem(
                    "kind must be belligerent, intermediary or observer", field="kind", value=kind
                )
            ) from None

        def decide(w: Writer) -> Decision:
            if w.party(code) is not None:
                raise DuplicateSubmission(f"party {code!r} is already registered")
            return [PartyRegistered(code=code, kind=party_kind, names=dict(names))], code

        params = {"code": code, "kind": kind, "names": dict(names)}
        return str(execute(self.ctx, "register_party", params, decide, key=key))

    def parties(self) -> list[PartyView]:
        """Every registered party (party names are public)."""
        with self.ctx.store.reading() as r:
            return r.parties()

    def register_person(
        self, fields: Mapping[str, str], *, submitted_by: str | None = None, key: str | None = None
    ) -> str:
        """Register one person from submitted fields; returns the new person's id."""
        submitter = self._submitter(submitted_by)
        params = {"fields": dict(fields), "submitted_by": submitter}

        def decide(w: Writer) -> Decision:
            event = self._person_event(_party_codes(w), fields, submitter, None, None)
            if event.external_ref and w.persons_by_ref(submitter, [event.external_ref]):
                raise DuplicateSubmission(
                    f"{submitter} already submitted a person with reference {event.external_ref!r}"
                )
            return [event], event.person_id

        return str(execute(self.ctx, "register_person", params, decide, key=key))

    def import_persons(
        self,
        table: TableSource,
        *,
        mapping: Mapping[str, str] | None = None,
        defaults: Mapping[str, str] | None = None,
        submitted_by: str | None = None,
        key: str | None = None,
        progress: Progress | None = None,
        dry_run: bool = False,
    ) -> dict[str, Any]:
        """Import every row of a table as a person, or none: all problems are reported at once.

        Without an explicit key, the key is derived from the rows and the mapping, so
        importing the same list again changes nothing. With `dry_run`, the same checks
        run and nothing is written: the result is `{"would_import": n, "already_imported":
        m}` (m > 0 when this very import was already recorded), or the ImportRejected the
        import would raise.
        """
        submitter = self._submitter(submitted_by)
        columns = _columns(table, mapping or {})
        params = {
            "file_rows": [[r.number, dict(r.values)] for r in table.rows],
            "columns": columns,
            "defaults": dict(defaults or {}),
            "submitted_by": submitter,
        }
        key = key or "import-persons:" + fingerprint("import_persons", params)

        def decide(r: Reader) -> Decision:
            events, problems = self._import_events(
                r, table, columns, defaults or {}, submitter, progress
            )
            if problems:
                raise ImportRejected(problems)
            return list(events), {
                "imported": len(events),
                "person_ids": [e.person_id for e in events],
            }

        if dry_run:
            done, found = context.dry_run(self.ctx, "import_persons", params, decide, key=key)
            counted = int(found["imported"])
            if done:
                return {"would_import": 0, "already_imported": counted}
            return {"would_import": counted, "already_imported": 0}
        result: dict[str, Any] = execute(self.ctx, "import_persons", params, decide, key=key)
        return result

    def _import_events(
        self,
        r: Reader,
        table: TableSource,
        columns: Mapping[str, str],
        defaults: Mapping[str, str],
        submitter: str,
        progress: Progress | None,
    ) -> tuple[list[PersonRegistered], list[Problem]]:
        missing = [c for c in columns.values() if c not in table.columns]
        if missing:
            return [], [Problem("column not found in the file", table.file, 1, c) for c in missing]
        events: list[PersonRegistered] = []
        problems: list[Problem] = []
        seen_refs: dict[str, int] = {}
        parties = _party_codes(r)
        for n, row in enumerate(table.rows, 1):
            values = {**defaults, **{f: row.values.get(c, "") for f, c in columns.items()}}
            try:
                event = self._person_event(parties, values, submitter, table.file, row.number)
            except InputError as exc:
                problems.extend(exc.problems)
                continue
            if (ref := event.external_ref) is not None:
                if ref in seen_refs:
                    problems.append(
                        Problem(
                            f"same reference as row {seen_refs[ref]}",
                            table.file,
                            row.number,
                            "external_ref",
                            ref,
                        )
                    )
                seen_refs.setdefault(ref, row.number)
            events.append(event)
            if progress is not None and n % 1000 == 0:
                progress(n)
        taken = r.persons_by_ref(submitter, list(seen_refs))
        problems.extend(
            Problem(
                f"{submitter} already submitted this reference",
                table.file,
                seen_refs[ref],
                "external_ref",
                ref,
            )
            for ref in sorted(taken, key=seen_refs.__getitem__)
        )
        return events, sorted(problems, key=lambda p: p.row or 0)

    def _person_event(
        self,
        parties: frozenset[str],
        values: Mapping[str, str],
        submitter: str,
        file: str | None,
        row: int | None,
    ) -> PersonRegistered:
        fields, problems = person_fields(values, parties=parties, file=file, row=row)
        actor = self.ctx.actor
        if (
            not problems
            and actor.role == Role.OFFICER
            and actor.party not in (fields["origin_party"], fields["holding_party"])
        ):
            where = f" ({file}, row {row})" if row is not None else ""
            raise AccessDenied(
                f"{actor}: an officer submits persons their party holds or asks for{where}"
            )
        if problems:
            raise InputError(problems)
        return PersonRegistered(person_id=self.ctx.new_id(), submitted_by=submitter, **fields)

    def _submitter(self, submitted_by: str | None) -> str:
        actor = self.ctx.actor
        require(actor, Op.REGISTER_PERSON, for_party=submitted_by)
        party = submitted_by or actor.party
        if party is None:
            raise InputError(
                Problem("a mediator names the party submitting the record", field="submitted_by")
            )
        return party

    def change_status(
        self,
        person_id: str,
        target: str,
        *,
        reason: str = "",
        key: str | None = None,
        occurred_at: str | None = None,
    ) -> str:
        """Move a person to another status, if the lifecycle allows it."""
        require(self.ctx.actor, Op.CHANGE_STATUS)
        try:
            status = Status(target)
        except ValueError:
            raise InputError(
                Problem(
                    f"unknown status; use one of {', '.join(Status)}", field="status", value=target
                )
            ) from None

        def decide(w: Writer) -> Decision:
            person = self._visible(w, person_id)
            require(self.ctx.actor, Op.CHANGE_STATUS, for_party=person.holding_party)
            check_transition(person_id, person.kind, person.status, status)
            event = StatusChanged(
                person_id=person_id, from_status=person.status, to_status=status, reason=reason
            )
            return [event], status.value

        params = {
            "person_id": person_id,
            "status": target,
            "reason": reason,
            "occurred_at": occurred_at,
        }
        return str(
            execute(self.ctx, "change_status", params, decide, key=key, occurred_at=occurred_at)
        )

    def disclose(self, party: str, person_ids: Sequence[str], *, key: str | None = None) -> int:
        """Let a party's officers see these persons' records; returns how many are new to it."""
        require(self.ctx.actor, Op.DISCLOSE)

        def decide(w: Writer) -> Decision:
            if w.party(party) is None:
                raise NotFound("party", party)
            found = w.persons(person_ids)
            if unknown := [p for p in person_ids if p not in found]:
                raise NotFound("person", unknown[0])
            fresh = sorted(p for p in found if party not in found[p].disclosed_to)
            events: list[Event] = [RecordsDisclosed(party=party, person_ids=fresh)] if fresh else []
            return events, len(fresh)

        params = {"party": party, "person_ids": sorted(person_ids)}
        return int(execute(self.ctx, "disclose", params, decide, key=key))

    def person(self, person_id: str) -> tuple[PersonView, list[StatusEntry]]:
        """One person's record and status history, if the actor may see it."""
        require(self.ctx.actor, Op.READ_PERSONS)
        with self.ctx.store.reading() as r:
            return self._visible(r, person_id), r.status_history(person_id)

    def links(self, person_id: str) -> list[PersonView]:
        """Other records accepted as the same person (by a reviewer or the matching rule)."""
        require(self.ctx.actor, Op.READ_PERSONS)
        with self.ctx.store.reading() as r:
            self._visible(r, person_id)
            found = r.persons(r.linked_persons(person_id))
            actor = self.ctx.actor
            return [
                p for p in found.values() if may_see_person(actor, p.submitted_by, p.disclosed_to)
            ]

    def records(self, person_ids: Sequence[str]) -> list[PersonView]:
        """The persons named, in that order, leaving out any the actor may not see."""
        require(self.ctx.actor, Op.READ_PERSONS)
        with self.ctx.store.reading() as r:
            found = r.persons(person_ids)
        actor = self.ctx.actor
        return [
            p
            for pid in person_ids
            if (p := found.get(pid)) and may_see_person(actor, p.submitted_by, p.disclosed_to)
        ]

    def persons(self, where: PersonFilter | None = None) -> list[PersonView]:
        """Persons the actor may see, filtered."""
        actor = self.ctx.actor
        require(actor, Op.READ_PERSONS)
        where = where or PersonFilter()
        if actor.role == Role.OFFICER:
            where = PersonFilter(**{**where.__dict__, "visible_to": actor.party})
        with self.ctx.store.reading() as r:
            return r.find_persons(where)

    def search(self, query: str, *, limit: int = 50, offset: int = 0) -> list[PersonView]:
        """Persons the actor may see whose names match `query` in any script, best first.

        Whole-word matches rank above prefixes, then the oldest record comes first.
        """
        actor = self.ctx.actor
        require(actor, Op.READ_PERSONS)
        terms = query_keys(query)
        if not terms:
            raise InputError(Problem("the query has no letters", field="q", value=query))
        visible_to = actor.party if actor.role == Role.OFFICER else None
        with self.ctx.store.reading() as r:
            return r.search_persons(terms, visible_to=visible_to, limit=limit, offset=offset)

    def _visible(self, r: Reader, person_id: str) -> PersonView:
        person = r.persons([person_id]).get(person_id)
        if person is None or not may_see_person(
            self.ctx.actor, person.submitted_by, person.disclosed_to
        ):
            raise NotFound("person", person_id)  # the same answer whether absent or hidden
        return person


def _columns(table: TableSource, mapping: Mapping[str, str]) -> dict[str, str]:
    unknown = [f for f in mapping if f not in PERSON_FIELDS]
    if unknown:
        raise InputError(
            [
                Problem(
                    f"not a person field; use one of {', '.join(PERSON_FIELDS)}",
                    table.file,
                    field=f,
                )
                for f in unknown
            ]
        )
    columns = {f: f for f in PERSON_FIELDS if f in table.columns}
    columns.update(mapping)
    return columns


def _party_codes(r: Reader) -> frozenset[str]:
    return frozenset(p.code for p in r.parties())
