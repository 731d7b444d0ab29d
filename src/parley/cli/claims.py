"""`parley claims`: record, correct, retract, list, reconcile and extract claims."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from parley.claims import DraftClaim, extract_claims
from parley.cli.app import app, handled, state
from parley.cli.claims_render import claim_table, draft_table, reconciliation_tables
from parley.cli.options import Key
from parley.domain.claim_records import parse_day, parse_direction, parse_quantity, parse_subject
from parley.domain.claims import AssertionType, Category, Claim, Source, SourceKind
from parley.errors import InputError, Problem
from parley.services.claim_figures import as_data

claims_app = typer.Typer(help="Claims: who said what, when, about which exchange.")
app.add_typer(claims_app, name="claims")

SourceOpt = Annotated[str | None, typer.Option("--source", help="Outlet or official body.")]
KindOpt = Annotated[SourceKind | None, typer.Option("--source-kind")]
Speaker = Annotated[str | None, typer.Option(help="The speaker, if named.")]
Citing = Annotated[str | None, typer.Option(help='Whom the source cites ("sources").')]
PartyOpt = Annotated[str | None, typer.Option("--party", help="The party the claim speaks for.")]
SaidOn = Annotated[str | None, typer.Option("--said-on", help="When it was said (YYYY-MM-DD).")]
Passage = Annotated[str | None, typer.Option(help="The passage, quoted.")]
SubjectOpt = Annotated[
    str | None, typer.Option("--subject", help="agreement:REF, exchange:REF, stage:REF, topic:X")
]
Says = Annotated[AssertionType | None, typer.Option("--says", help="What the claim says.")]
CategoryOpt = Annotated[Category | None, typer.Option("--category")]
QuantityOpt = Annotated[
    str | None, typer.Option("--quantity", help='"1212", "about 1200", "none", "1/5", "unknown"')
]
DirectionOpt = Annotated[str | None, typer.Option("--direction", help="FROM>TO")]
Denied = Annotated[bool | None, typer.Option("--denied/--asserted", help="A denial.")]
Unverifiable = Annotated[
    bool | None,
    typer.Option("--unverifiable/--verifiable", help="Source said it could not verify."),
]


def _required(name: str, value: str | None) -> str:
    if value is None:
        raise InputError(Problem("required with --accept", field=name))
    return value


@claims_app.command("record")
@handled
def record(
    ctx: typer.Context,
    source: Annotated[str, typer.Option(help="Outlet or official body.")],
    said_on: Annotated[str, typer.Option(help="When it was said (YYYY-MM-DD).")],
    passage: Annotated[str, typer.Option(help="The passage, quoted.")],
    subject: Annotated[str, typer.Option(help="agreement:REF, exchange:REF, stage:REF, topic:X")],
    says: Annotated[AssertionType, typer.Option(help="What the claim says.")],
    category: CategoryOpt = None,
    source_kind: KindOpt = None,
    speaker: Speaker = None,
    citing: Citing = None,
    party: PartyOpt = None,
    quantity: QuantityOpt = None,
    direction: DirectionOpt = None,
    denied: Denied = None,
    unverifiable: Unverifiable = None,
    key: Key = None,
) -> None:
    """Record a claim as its source made it."""
    claim = Claim(
        claim_id="",
        source=Source(source, source_kind or SourceKind.OFFICIAL, speaker, citing),
        party=party,
        said_at=parse_day(said_on),
        passage=passage,
        subject=parse_subject(subject),
        assertion=says,
        category=category or Category.OTHER,
        quantity=parse_quantity(quantity),
        direction=parse_direction(direction),
        negated=bool(denied),
        marked_unverifiable=bool(unverifiable),
    )
    claim_id = state(ctx).claims.record(claim, key=key)
    state(ctx).console.print(f"claim {claim_id} recorded")


@claims_app.command("correct")
@handled
def correct(
    ctx: typer.Context,
    claim_id: str,
    reason: Annotated[str, typer.Option(help="Why the claim is corrected.")],
    source: SourceOpt = None,
    said_on: SaidOn = None,
    passage: Passage = None,
    subject: SubjectOpt = None,
    says: Says = None,
    category: CategoryOpt = None,
    party: PartyOpt = None,
    quantity: QuantityOpt = None,
    direction: DirectionOpt = None,
    denied: Denied = None,
    unverifiable: Unverifiable = None,
    key: Key = None,
) -> None:
    """Record a corrected version of a claim: the fields given replace the earlier ones."""
    service = state(ctx).claims
    old = service.get(claim_id).claim
    new = replace(
        old,
        source=replace(old.source, name=source) if source else old.source,
        said_at=parse_day(said_on) if said_on else old.said_at,
        passage=passage or old.passage,
        subject=parse_subject(subject) if subject else old.subject,
        assertion=says or old.assertion,
        category=category or old.category,
        party=party or old.party,
        quantity=parse_quantity(quantity) if quantity else old.quantity,
        direction=parse_direction(direction) if direction else old.direction,
        negated=old.negated if denied is None else denied,
        marked_unverifiable=old.marked_unverifiable if unverifiable is None else unverifiable,
    )
    new_id = service.correct(claim_id, new, reason=reason, key=key)
    state(ctx).console.print(f"claim {new_id} recorded, correcting {claim_id}")


@claims_app.command("retract")
@handled
def retract(
    ctx: typer.Context,
    claim_id: str,
    reason: Annotated[str, typer.Option(help="Why the claim is withdrawn.")],
    key: Key = None,
) -> None:
    """Withdraw a claim recorded in error (it stays in the journal)."""
    state(ctx).claims.retract(claim_id, reason=reason, key=key)
    state(ctx).console.print(f"claim {claim_id} retracted")


@claims_app.command("list")
@handled
def list_claims(
    ctx: typer.Context,
    subject: Annotated[str | None, typer.Option(help="Only claims about this ref.")] = None,
    history: Annotated[bool, typer.Option(help="Include superseded and retracted.")] = False,
) -> None:
    """List the claims in the register."""
    state(ctx).console.print(claim_table(state(ctx).claims.list_claims(subject, history=history)))


@claims_app.command("reconcile")
@handled
def reconcile(
    ctx: typer.Context,
    agreement: str,
    as_json: Annotated[bool, typer.Option("--json", help="Print the data as JSON.")] = False,
) -> None:
    """Every side's claims beside the ledger's counts, for an agreement and its exchanges."""
    found = state(ctx).claims.reconcile(agreement)
    console = state(ctx).console
    if as_json:
        console.print_json(json.dumps([as_data(rec) for rec in found]))
        return
    for rec in found:
        for table in reconciliation_tables(rec):
            console.print(table)


@claims_app.command("extract")
@handled
def extract(
    ctx: typer.Context,
    article: Path,
    source_name: Annotated[
        str | None, typer.Option(help="The outlet that published the article.")
    ] = None,
    accept: Annotated[str | None, typer.Option(help="Record these drafts: 1,3")] = None,
    subject: SubjectOpt = None,
    said_on: SaidOn = None,
    key: Key = None,
) -> None:
    """Propose draft claims from an English article; `--accept` records the ones named."""
    text = _read_article(article)
    drafts = extract_claims(text, source_name=source_name)
    console = state(ctx).console
    console.print(draft_table(f"{article.name}: {len(drafts)} draft claim(s)", drafts, text))
    if accept is None:
        return
    about = parse_subject(_required("subject", subject))
    day = parse_day(_required("said-on", said_on))
    fallback = Source(source_name or "")
    claims = [
        d.to_claim("", said_at=day, subject=about, source=fallback) for d in _chosen(accept, drafts)
    ]
    ids = state(ctx).claims.record_all(claims, key=key)
    console.print(f"recorded {len(ids)} claim(s): {', '.join(ids)}")


def _read_article(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(Problem(f"cannot read it: {exc.strerror}", file=str(path))) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        reason = "is not UTF-8 text (a binary file?); save the article as plain text"
        raise InputError(Problem(reason, file=str(path))) from None


def _chosen(accept: str, drafts: list[DraftClaim]) -> list[DraftClaim]:
    picked: list[DraftClaim] = []
    for part in accept.split(","):
        number = part.strip()
        if not number.isdigit() or not 1 <= int(number) <= len(drafts):
            reason = f"name drafts by their numbers, 1 to {len(drafts)}"
            raise InputError(Problem(reason, field="accept", value=part))
        picked.append(drafts[int(number) - 1])
    return picked
