"""Full-text search over documents: FTS5 on SQLite, a GIN tsvector index on PostgreSQL.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_UP = [
    # External-content FTS5 table kept in sync by triggers, so the text is stored once.
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE TRIGGER documents_fts_au AFTER UPDATE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "VALUES ('delete', old.rowid, old.title, old.text); "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = ["DROP TRIGGER documents_fts_ai", "DROP TRIGGER documents_fts_ad",
               "DROP TRIGGER documents_fts_au", "DROP TABLE documents_fts"]
POSTGRES_UP = ["CREATE INDEX ix_documents_fts ON documents USING GIN "
               "(to_tsvector('simple', coalesce(title, '') || ' ' || text))"]
POSTGRES_DOWN = ["DROP INDEX ix_documents_fts"]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    _run(SQLITE_UP if op.get_bind().dialect.name == "sqlite" else POSTGRES_UP)


def downgrade() -> None:
    _run(SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else POSTGRES_DOWN)
