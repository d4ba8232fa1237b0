"""one- and two-character name search: FTS5 over the name's characters, one token each

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

The trigram index (0002) cannot match fewer than three characters, yet most Chinese names have two or three
and staff search for a given name like 秀英 or a surname like 王. This table holds each customer name as
space-separated characters ("王 秀 英"), tokenised one character per token, so a phrase query ("秀 英")
is a substring search of any length. ``vd_spaced()`` is registered on every SQLite connection by
desktop.models.database. PostgreSQL searches with ILIKE.
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE case_name_fts USING fts5(chars, tokenize='unicode61')")
    op.execute("INSERT INTO case_name_fts(rowid, chars) SELECT id, vd_spaced(customer_name) FROM cases")
    op.execute("""
        CREATE TRIGGER case_name_fts_ai AFTER INSERT ON cases BEGIN
          INSERT INTO case_name_fts(rowid, chars) VALUES (new.id, vd_spaced(new.customer_name));
        END""")
    op.execute("""
        CREATE TRIGGER case_name_fts_au AFTER UPDATE OF customer_name ON cases BEGIN
          DELETE FROM case_name_fts WHERE rowid = old.id;
          INSERT INTO case_name_fts(rowid, chars) VALUES (new.id, vd_spaced(new.customer_name));
        END""")
    op.execute("CREATE TRIGGER case_name_fts_ad AFTER DELETE ON cases BEGIN "
               "DELETE FROM case_name_fts WHERE rowid = old.id; END")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for t in ("case_name_fts_ai", "case_name_fts_au", "case_name_fts_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {t}")
    op.execute("DROP TABLE IF EXISTS case_name_fts")
