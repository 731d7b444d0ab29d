"""Tables: the insert-only journal, idempotency records, and the projection the queries read.

Every projection table carries `seq`, the journal event that last wrote the row, so that
verification can name the event where the stored projection and the rebuilt one disagree.
Lists and maps are stored as canonical JSON text, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

SeqType = BigInteger().with_variant(Integer(), "sqlite")
# Byte order on PostgreSQL too, so a prefix is a range scan of the index (SQLite: BINARY).
SearchKeyType = String(200).with_variant(String(200, collation="C"), "postgresql")


def _seq() -> Column[int]:
    return Column("seq", SeqType, nullable=False)


journal = Table(
    "journal",
    metadata,
    Column("seq", SeqType, primary_key=True, autoincrement=False),
    Column("recorded_at", String(40), nullable=False),
    Column("occurred_at", String(40)),
    Column("actor", String(200), nullable=False),
    Column("actor_role", String(20), nullable=False),
    Column("actor_party", String(40)),
    Column("type", String(60), nullable=False),
    Column("version", Integer, nullable=False),
    Column("command_key", String(200)),
    Column("payload", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    # No index on the hash: the chain makes it unique, and nothing looks events up by it.
    Column("hash", String(64), nullable=False),
)

commands = Table(
    "commands",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("first_seq", SeqType, nullable=False),
    Column("last_seq", SeqType, nullable=False),
    Column("result", Text, nullable=False),
)

parties = Table(
    "parties",
    metadata,
    Column("code", String(40), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("names", Text, nullable=False),
    _seq(),
)

agreements = Table(
    "agreements",
    metadata,
    Column("agreement_id", String(36), primary_key=True),
    Column("ref", String(100), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("signed_on", String(10)),
    Column("venue", Text, nullable=False),
    Column("parties", Text, nullable=False),
    Column("intermediaries", Text, nullable=False),
    _seq(),
)

quotas = Table(
    "quotas",
    metadata,
    Column("quota_id", String(100), primary_key=True),
    Column("agreement_id", String(36), ForeignKey("agreements.agreement_id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("category", String(20), nullable=False),
    Column("subcategory", String(100)),
    Column("from_party", String(40), nullable=False),
    Column("to_party", String(40), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("count", Integer),
    Column("at_least", Boolean, nullable=False),
    Column("ratio_give", Integer),
    Column("ratio_per", Integer),
    Column("note", Text, nullable=False),
    _seq(),
    Index("ix_quotas_agreement", "agreement_id"),
)

persons = Table(
    "persons",
    metadata,
    Column("person_id", String(36), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("status", String(20), nullable=False),
    Column("submitted_by", String(40), nullable=False),
    Column("origin_party", String(40), nullable=False),
    Column("holding_party", String(40), nullable=False),
    Column("date_of_birth", String(10)),
    Column("service_number", String(100)),
    Column("rank", String(100)),
    Column("unit", Text),
    Column("capture_place", Text),
    Column("capture_date", String(10)),
    Column("detention_place", Text),
    Column("health", Text, nullable=False),
    Column("recovery_place", Text),
    Column("recovery_date", String(10)),
    Column("tag_number", String(100)),
    Column("identification", String(20)),
    Column("external_ref", String(200)),
    _seq(),
    UniqueConstraint("submitted_by", "external_ref", name="uq_persons_external_ref"),
)

# How many persons each holding party still holds, by origin and kind: a running total the
# projector keeps, so the balance never counts persons and no index on their status makes
# every status change pay for it (bench/journal.py). No seq: many events make one count.
held_counts = Table(
    "held_counts",
    metadata,
    Column("holding_party", String(40), primary_key=True),
    Column("origin_party", String(40), primary_key=True),
    Column("kind", String(20), primary_key=True),
    Column("held", Integer, nullable=False),
)

person_names = Table(
    "person_names",
    metadata,
    Column("person_id", String(36), ForeignKey("persons.person_id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("surname", Text, nullable=False),
    Column("given_name", Text, nullable=False),
    Column("patronymic", Text, nullable=False),
    Column("script", String(4), nullable=False),
    Column("lang", String(8), nullable=False),
    _seq(),
)

# Searches read keys only by (prefix of) key; one tree in key order, without SQLite's rowid
# and a second index, makes a registration's keys a third of the writes.
person_search_keys = Table(
    "person_search_keys",
    metadata,
    Column("person_id", String(36), ForeignKey("persons.person_id"), nullable=False),
    Column("key", SearchKeyType, nullable=False),
    _seq(),
    # The person's submitting party, which never changes: an officer's search filters on
    # it while scanning keys. On PostgreSQL the key index covers seq and party as well.
    Column("submitted_by", String(40), nullable=False),
    PrimaryKeyConstraint("key", "person_id", postgresql_include=["seq", "submitted_by"]),
    sqlite_with_rowid=False,
)

# Read by person, oldest first: one tree in that order (no rowid, no second index).
status_history = Table(
    "status_history",
    metadata,
    Column("seq", SeqType, nullable=False, autoincrement=False),
    Column("person_id", String(36), ForeignKey("persons.person_id"), nullable=False),
    Column("from_status", String(20), nullable=False),
    Column("to_status", String(20), nullable=False),
    Column("occurred_at", String(40)),
    Column("reason", Text, nullable=False),
    Column("stage_id", String(36)),
    PrimaryKeyConstraint("person_id", "seq"),
    sqlite_with_rowid=False,
)

disclosures = Table(
    "disclosures",
    metadata,
    Column("person_id", String(36), ForeignKey("persons.person_id"), primary_key=True),
    Column("party", String(40), primary_key=True),
    _seq(),
)

exchanges = Table(
    "exchanges",
    metadata,
    Column("exchange_id", String(36), primary_key=True),
    Column("agreement_id", String(36), ForeignKey("agreements.agreement_id"), nullable=False),
    Column("ref", String(100), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    _seq(),
)

stages = Table(
    "stages",
    metadata,
    Column("stage_id", String(36), primary_key=True),
    Column("exchange_id", String(36), ForeignKey("exchanges.exchange_id"), nullable=False),
    Column("ref", String(100), nullable=False, unique=True),
    Column("planned_on", String(10)),
    Column("place", Text, nullable=False),
    Column("transit_party", String(40)),
    _seq(),
)

manifest_entries = Table(
    "manifest_entries",
    metadata,
    Column("entry_id", String(36), primary_key=True),
    Column("stage_id", String(36), ForeignKey("stages.stage_id"), nullable=False),
    Column("quota_id", String(100), ForeignKey("quotas.quota_id"), nullable=False),
    Column("count", Integer, nullable=False),
    Column("named", Integer, nullable=False),
    Column("by_party", String(40)),
    _seq(),
    Index("ix_manifest_entries_stage", "stage_id", "quota_id"),
)

manifest_persons = Table(
    "manifest_persons",
    metadata,
    Column("entry_id", String(36), ForeignKey("manifest_entries.entry_id"), primary_key=True),
    Column("person_id", String(36), ForeignKey("persons.person_id"), primary_key=True),
    _seq(),
)

manifest_approvals = Table(
    "manifest_approvals",
    metadata,
    Column("stage_id", String(36), ForeignKey("stages.stage_id"), primary_key=True),
    Column("quota_id", String(100), ForeignKey("quotas.quota_id"), primary_key=True),
    Column("party", String(40), primary_key=True),
    _seq(),
)

handovers = Table(
    "handovers",
    metadata,
    Column("handover_id", String(36), primary_key=True),
    Column("stage_id", String(36), ForeignKey("stages.stage_id"), nullable=False),
    Column("quota_id", String(100), ForeignKey("quotas.quota_id"), nullable=False),
    Column("count", Integer, nullable=False),
    Column("named", Integer, nullable=False),
    Column("by_party", String(40)),
    Column("via_party", String(40)),
    _seq(),
    Index("ix_handovers_stage", "stage_id", "quota_id"),
)

receipts = Table(
    "receipts",
    metadata,
    Column("receipt_id", String(36), primary_key=True),
    Column("stage_id", String(36), ForeignKey("stages.stage_id"), nullable=False),
    Column("quota_id", String(100), ForeignKey("quotas.quota_id"), nullable=False),
    Column("count", Integer, nullable=False),
    Column("named", Integer, nullable=False),
    Column("by_party", String(40), nullable=False),
    Column("note", Text, nullable=False),
    _seq(),
    Index("ix_receipts_stage", "stage_id", "quota_id"),
)

match_runs = Table(
    "match_runs",
    metadata,
    Column("run_id", String(36), primary_key=True),
    Column("job", String(20), nullable=False),
    Column("left_list", Text, nullable=False),
    Column("right_list", Text),
    Column("left_party", String(40)),
    Column("right_party", String(40)),
    Column("left_records", Integer, nullable=False),
    Column("right_records", Integer),
    Column("pairs_compared", BigInteger),
    Column("candidates", Integer, nullable=False),
    Column("auto_accepted", Integer, nullable=False),
    Column("model", Text, nullable=False),
    _seq(),
)

match_candidates = Table(
    "match_candidates",
    metadata,
    Column("candidate_id", String(36), primary_key=True),
    Column("run_id", String(36), ForeignKey("match_runs.run_id"), nullable=False),
    Column("left_key", Text, nullable=False),
    Column("right_key", Text, nullable=False),
    Column("left_person_id", String(36)),
    Column("right_person_id", String(36)),
    Column("left_record", Text, nullable=False),
    Column("right_record", Text, nullable=False),
    Column("probability_ppm", Integer, nullable=False),
    Column("match_weight_milli", Integer, nullable=False),
    Column("contributions", Text, nullable=False),
    Column("status", String(10), nullable=False),
    Column("decided_by", String(200)),
    Column("note", Text, nullable=False),
    _seq(),
    Index("ix_match_candidates_status", "status", "probability_ppm"),
)

person_links = Table(
    "person_links",
    metadata,
    Column("person_a", String(36), ForeignKey("persons.person_id"), primary_key=True),
    Column("person_b", String(36), ForeignKey("persons.person_id"), primary_key=True),
    Column("candidate_id", String(36), ForeignKey("match_candidates.candidate_id"), nullable=False),
    _seq(),
)

claims = Table(
    "claims",
    metadata,
    Column("claim_id", String(36), primary_key=True),
    Column("source_name", Text, nullable=False),
    Column("source_kind", String(20), nullable=False),
    Column("speaker", Text),
    Column("citing", Text),
    Column("party", String(40)),
    Column("said_on", String(10), nullable=False),
    Column("passage", Text, nullable=False),
    Column("subject_kind", String(20), nullable=False),
    Column("subject_ref", String(100), nullable=False),
    Column("assertion", String(30), nullable=False),
    Column("category", String(20), nullable=False),
    Column("quantity_value", BigInteger),
    Column("quantity_unit", String(40), nullable=False),
    Column("qualifier", String(20)),
    Column("share_numerator", Integer),
    Column("share_denominator", Integer),
    Column("from_party", String(40)),
    Column("to_party", String(40)),
    Column("negated", Boolean, nullable=False),
    Column("marked_unverifiable", Boolean, nullable=False),
    # current, superseded (by a correction) or retracted; rows are never deleted.
    Column("status", String(12), nullable=False),
    Column("corrects", String(36)),
    Column("superseded_by", String(36)),
    Column("reason", Text, nullable=False),
    _seq(),
    Index("ix_claims_subject", "subject_ref", "status"),
)

users = Table(
    "users",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("role", String(20), nullable=False),
    Column("party", String(40)),
    _seq(),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("token_id", String(36), primary_key=True),
    Column("user_name", String(200), ForeignKey("users.name"), nullable=False),
    Column("revoked", Boolean, nullable=False),
    _seq(),
)

# Credentials are not events (the journal never holds a secret or its hash), so this table
# is written beside the append and is not part of the projection that verify rebuilds.
user_secrets = Table(
    "user_secrets",
    metadata,
    Column("kind", String(20), primary_key=True),
    Column("ref", String(200), primary_key=True),
    Column("secret_hash", String(200), nullable=False),
    Index("ix_user_secrets_hash", "secret_hash"),
)

PROJECTION_TABLES = (
    parties,
    agreements,
    quotas,
    persons,
    held_counts,
    person_names,
    person_search_keys,
    status_history,
    disclosures,
    exchanges,
    stages,
    manifest_entries,
    manifest_persons,
    manifest_approvals,
    handovers,
    receipts,
    match_runs,
    match_candidates,
    person_links,
    claims,
    users,
    api_tokens,
)
