"""Matching lists: run linkage, queue candidate pairs for review, record reviewers' decisions.

Linkage runs outside any transaction (it may take a minute); its outcome is then written
as one command: the run, every candidate at or above the review threshold, and the
automatic acceptance of those at or above the accept threshold. Every decision is a
journal event; accepted pairs become the labels the next run trains on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from parley.domain import events as ev
from parley.domain.access import Op, require
from parley.domain.matching import (
    MATCH_FIELDS,
    CandidateView,
    Job,
    LinkOutcome,
    MatchList,
    Thresholds,
    list_rows,
    milli,
    ppm,
)
from parley.domain.ports import Linker, Reader, TableSource, Writer
from parley.errors import Conflict, InputError, NotFound, Problem
from parley.services.context import Context, Decision, execute, fingerprint


class Matching:
    """Use cases of list matching, for a mediator."""

    def __init__(self, ctx: Context, linker: Linker) -> None:
        self.ctx = ctx
        self.linker = linker

    def run(
        self,
        job: Job,
        left: TableSource,
        right: TableSource | None = None,
        *,
        mapping: Mapping[str, str] | None = None,
        parties: tuple[str | None, str | None] = (None, None),
        thresholds: Thresholds | None = None,
        key: str | None = None,
    ) -> dict[str, Any]:
        """Link `left` to `right` (or deduplicate `left`) and queue the candidates.

        `parties` name who submitted each list: a record whose id is that party's
        reference for a person in the ledger is tied to that person, so an accepted
        match links the two persons. Without a key, one is derived from the lists, so
        running the same lists again changes nothing.
        """
        require(self.ctx.actor, Op.RUN_MATCHING)
        limits = thresholds or Thresholds()
        lists = [
            _match_list(t, mapping or {}, name)
            for t, name in ((left, "list_a"), (right, "list_b"))
            if t
        ]
        params = {
            "job": job.value,
            "lists": [[list(r.items()) for r in m.rows] for m in lists],
            "parties": list(parties),
            "thresholds": [limits.review, limits.accept],
        }
        key = key or f"match-{job.value}:" + fingerprint("match", params)
        with self.ctx.store.reading() as r:
            seen, labels = r.command(key), r.accepted_pairs()
        if seen is not None:  # a re-run: no need to link again; execute replays the result
            return dict(execute(self.ctx, "match", params, lambda w: ([], None), key=key))
        outcome = self.linker.link(
            job,
            lists[0],
            lists[1] if len(lists) > 1 else None,
            labels=labels,
            report_threshold=limits.review,
        )

        def decide(w: Writer) -> Decision:
            return self._queue(w, job, lists, parties, outcome, limits)

        result: dict[str, Any] = execute(self.ctx, "match", params, decide, key=key)
        return result

    def _queue(
        self,
        w: Writer,
        job: Job,
        lists: list[MatchList],
        parties: tuple[str | None, str | None],
        outcome: LinkOutcome,
        limits: Thresholds,
    ) -> Decision:
        left, right = lists[0], lists[-1]
        persons = [_persons(w, party, m) for party, m in zip(parties, (left, right), strict=True)]
        run_id = self.ctx.new_id()
        queued: list[ev.Event] = []
        decided: list[ev.Event] = []
        for pair in sorted(outcome.pairs, key=lambda p: -p.probability):
            if pair.probability < limits.review:
                continue
            candidate_id = self.ctx.new_id()
            left_person, right_person = (
                persons[0].get(pair.left_key),
                persons[1].get(pair.right_key),
            )
            queued.append(
                ev.MatchCandidateQueued(
                    candidate_id=candidate_id,
                    run_id=run_id,
                    left_key=pair.left_key,
                    right_key=pair.right_key,
                    left_person_id=left_person,
                    right_person_id=right_person,
                    left_record=left.record(pair.left_key),
                    right_record=right.record(pair.right_key),
                    probability_ppm=ppm(pair.probability),
                    match_weight_milli=milli(pair.match_weight),
                    contributions=[
                        ev.MatchContribution(comparison=c, level=lv, weight_milli=milli(wt))
                        for c, lv, wt in pair.contributions
                    ],
                )
            )
            if pair.probability >= limits.accept:
                decided.append(
                    ev.MatchDecided(
                        candidate_id=candidate_id,
                        accepted=True,
                        decided_by="auto",
                        note=f"probability at or above {limits.accept}",
                        left_person_id=left_person,
                        right_person_id=right_person,
                    )
                )
        summary = {
            "run_id": run_id,
            "records": [len(m.rows) for m in lists],
            "pairs_compared": outcome.pairs_compared,
            "candidates": len(queued),
            "auto_accepted": len(decided),
            "for_review": len(queued) - len(decided),
            "clusters": len(outcome.clusters),
        }
        run = ev.MatchRunRecorded(
            run_id=run_id,
            job=job.value,
            left_list=left.name,
            right_list=right.name if len(lists) > 1 else None,
            left_party=parties[0],
            right_party=parties[1],
            left_records=len(left.rows),
            right_records=len(right.rows) if len(lists) > 1 else None,
            pairs_compared=outcome.pairs_compared,
            candidates=len(queued),
            auto_accepted=len(decided),
            model=outcome.model_json,
            clusters=[list(c) for c in outcome.clusters],
        )
        return [run, *queued, *decided], summary

    def queue(self, limit: int = 50) -> list[CandidateView]:
        """Candidates awaiting review, most probable first."""
        require(self.ctx.actor, Op.REVIEW_MATCHES)
        with self.ctx.store.reading() as r:
            return r.match_queue(limit)

    def decide(
        self, candidate_id: str, *, accept: bool, note: str = "", key: str | None = None
    ) -> str:
        """Accept or reject a candidate pair; an accepted pair links the two persons, if known."""
        require(self.ctx.actor, Op.REVIEW_MATCHES)

        def decide(w: Writer) -> Decision:
            candidate = w.match_candidate(candidate_id)
            if candidate is None:
                raise NotFound("match candidate", candidate_id)
            if candidate.status != "review":
                raise Conflict(f"candidate {candidate_id} was already {candidate.status}")
            event = ev.MatchDecided(
                candidate_id=candidate_id,
                accepted=accept,
                decided_by=self.ctx.actor.name,
                note=note,
                left_person_id=candidate.left_person_id,
                right_person_id=candidate.right_person_id,
            )
            return [event], "accepted" if accept else "rejected"

        params = {"candidate": candidate_id, "accept": accept, "note": note}
        return str(execute(self.ctx, "decide_match", params, decide, key=key))


def _match_list(table: TableSource, mapping: Mapping[str, str], name: str) -> MatchList:
    unknown = [f for f in mapping if f not in MATCH_FIELDS]
    problems = [
        Problem(f"not a match field; use one of {', '.join(MATCH_FIELDS)}", table.file, field=f)
        for f in unknown
    ]
    problems += [
        Problem("column not found in the file", table.file, 1, c)
        for c in mapping.values()
        if c not in table.columns
    ]
    columns = {f: f for f in MATCH_FIELDS[1:] if f in table.columns} | dict(mapping)
    if not problems and not {"surname", "full_name"} & set(columns):
        problems.append(
            Problem("a list needs a surname or a full_name column", table.file, 1, "surname")
        )
    if problems:
        raise InputError(problems)
    columns.pop("record_id", None)
    id_column = mapping.get("record_id") or next(
        (c for c in ("record_id", "external_ref") if c in table.columns), None
    )
    rows = list_rows([(r.number, r.values) for r in table.rows], columns, id_column)
    return MatchList(name, table.file, rows, [r.number for r in table.rows])


def _persons(r: Reader, party: str | None, source: MatchList) -> dict[str, str]:
    if party is None:
        return {}
    return r.persons_by_ref(party, [row["record_id"] for row in source.rows])
