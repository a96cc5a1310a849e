"""The tables, as SQLAlchemy Core metadata that works on SQLite and PostgreSQL alike.

The Alembic migrations in `store/migrations/` create exactly this schema; `tests/test_store.py` checks
that a migrated database and this metadata agree, so the two cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _acled_columns() -> list[Column]:
    return [
        Column("event_date", Date, index=True),
        Column("time_precision", Integer, nullable=False, default=1),
        Column("event_type", String(60), nullable=False, index=True),
        Column("sub_event_type", String(60), nullable=False),
        Column("actor1", String(200), nullable=False, default=""),
        Column("assoc_actor_1", String(300), nullable=False, default=""),
        Column("inter1", Integer),
        Column("actor2", String(200), nullable=False, default=""),
        Column("assoc_actor_2", String(300), nullable=False, default=""),
        Column("inter2", Integer),
        Column("interaction", Integer),
        Column("country", String(60), nullable=False, default=""),
        Column("admin1", String(100), nullable=False, default="", index=True),
        Column("admin2", String(100), nullable=False, default=""),
        Column("admin3", String(100), nullable=False, default=""),
        Column("location", String(200), nullable=False, default=""),
        Column("latitude", Float),
        Column("longitude", Float),
        Column("geo_precision", Integer),
        Column("fatalities", Integer, nullable=False, default=0),
        Column("source", String(300), nullable=False, default=""),
        Column("source_scale", String(100), nullable=False, default=""),
        Column("notes", Text, nullable=False, default=""),
        Column("confidence", Float, nullable=False, default=0.5),
    ]


documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),
    Column("source", String(300), nullable=False, default=""),
    Column("url", Text),
    Column("title", Text),
    Column("language", String(12)),
    Column("published", Date, index=True),
    Column("retrieved", DateTime(timezone=True)),
    Column("text", Text, nullable=False, default=""),
    Column("status", String(12), nullable=False, default="ok", index=True),
    Column("reason", Text),
    Column("path", Text),
    Column("media_type", String(60)),
    Column("external_id", String(200)),
    Column("country", String(80)),  # the country its source covers, when the user said (Document.country)
)

mentions = Table(
    "mentions", metadata,
    Column("id", String(120), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
           index=True),
    *_acled_columns(),
    Column("claims", JSON, nullable=False, default=dict),
)

observations = Table(
    "observations", metadata,
    Column("id", String(120), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("kind", String(20), nullable=False, index=True),
    Column("date", Date, index=True),
    Column("time_precision", Integer, nullable=False, default=1),
    Column("country", String(60), nullable=False, default=""),
    Column("admin1", String(100), nullable=False, default=""),
    Column("location", String(200), nullable=False, default=""),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("values", JSON, nullable=False, default=dict),
    Column("confidence", Float, nullable=False, default=0.5),
)

# Evidence spans of mentions and observations: which characters of which document support a field.
evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("owner_type", String(12), nullable=False),  # mention | observation
    Column("owner_id", String(120), nullable=False),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("field", String(40), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_evidence_owner", "owner_type", "owner_id"),
)

events = Table(
    "events", metadata,
    Column("id", String(60), primary_key=True),
    *_acled_columns(),
    Column("document_id", String(64)),  # the report of the representative mention
    Column("evidence", JSON, nullable=False, default=dict),  # spans in that report
    Column("review_state", String(20), nullable=False, default="unreviewed", index=True),
    Column("rules", JSON, nullable=False, default=dict),
    Column("mention_count", Integer, nullable=False, default=1),
)

event_mentions = Table(
    "event_mentions", metadata,
    Column("event_id", String(60), primary_key=True),
    Column("mention_id", String(120), primary_key=True, index=True),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(60), nullable=False, index=True),
    Column("field", String(40), nullable=False),
    Column("value", JSON),
    Column("mention_id", String(120), nullable=False),
    Column("document_id", String(64), nullable=False),
    Column("source", String(300), nullable=False, default=""),
    Column("evidence", JSON, nullable=False, default=list),
)

actors = Table(
    "actors", metadata,
    Column("id", String(80), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("inter", Integer, nullable=False),
    Column("country", String(60), nullable=False, default=""),
    Column("parent", String(80)),
    Column("aliases", JSON, nullable=False, default=list),
)

places = Table(
    "places", metadata,
    Column("id", String(80), primary_key=True),  # location|lat|lon as used by mentions
    Column("name", String(200), nullable=False),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("country", String(60), nullable=False, default=""),
    Column("admin1", String(100), nullable=False, default=""),
    Column("admin2", String(100), nullable=False, default=""),
)

reviews = Table(
    "reviews", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("target_type", String(20), nullable=False),
    Column("target_id", String(120), nullable=False, index=True),
    Column("action", String(20), nullable=False),
    Column("user", String(100), nullable=False),
    Column("before", JSON, nullable=False, default=dict),
    Column("after", JSON, nullable=False, default=dict),
    Column("comment", Text, nullable=False, default=""),
    Column("at", DateTime(timezone=True), nullable=False),
)

alerts = Table(
    "alerts", metadata,
    Column("id", String(120), primary_key=True),
    Column("rule", String(100), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("fired_on", Date, nullable=False, index=True),
    Column("place", String(200), nullable=False, default=""),
    Column("severity", Float, nullable=False, default=0.0),
    Column("evidence", JSON, nullable=False, default=dict),
    Column("detail", JSON, nullable=False, default=dict),
    Column("state", String(12), nullable=False, default="new"),
    Column("updated_by", String(100)),
)

users = Table(
    "users", metadata,
    Column("name", String(100), primary_key=True),
    Column("password_hash", String(300), nullable=False),
    Column("role", String(20), nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
)
