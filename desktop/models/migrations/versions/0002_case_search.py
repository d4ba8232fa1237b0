"""case search index: SQLite FTS5 trigram over name, contract number and addresses

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

On SQLite a contentless-style FTS5 table keyed by case id, kept in step by triggers on ``cases`` and
``customers``. PostgreSQL searches with ILIKE (a pg_trgm index can be added by the DBA).
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ADDR = "COALESCE(c.home_address, '') || ' ' || COALESCE(c.work_address, '')"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE case_fts USING fts5(name, contract, address, tokenize='trigram')")
    op.execute(f"""
        INSERT INTO case_fts(rowid, name, contract, address)
        SELECT k.id, k.customer_name, k.contract_no, {_ADDR}
        FROM cases k JOIN customers c ON c.id = k.customer_id""")
    op.execute(f"""
        CREATE TRIGGER case_fts_ai AFTER INSERT ON cases BEGIN
          INSERT INTO case_fts(rowid, name, contract, address)
          SELECT new.id, new.customer_name, new.contract_no, {_ADDR} FROM customers c WHERE c.id = new.customer_id;
        END""")
    op.execute(f"""
        CREATE TRIGGER case_fts_au AFTER UPDATE OF customer_name, contract_no, customer_id ON cases BEGIN
          DELETE FROM case_fts WHERE rowid = old.id;
          INSERT INTO case_fts(rowid, name, contract, address)
          SELECT new.id, new.customer_name, new.contract_no, {_ADDR} FROM customers c WHERE c.id = new.customer_id;
        END""")
    op.execute("CREATE TRIGGER case_fts_ad AFTER DELETE ON cases BEGIN DELETE FROM case_fts WHERE rowid = old.id; END")
    op.execute("""
        CREATE TRIGGER case_fts_cu AFTER UPDATE OF home_address, work_address ON customers BEGIN
          UPDATE case_fts SET address = COALESCE(new.home_address, '') || ' ' || COALESCE(new.work_address, '')
          WHERE rowid IN (SELECT id FROM cases WHERE customer_id = new.id);
        END""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for t in ("case_fts_ai", "case_fts_au", "case_fts_ad", "case_fts_cu"):
        op.execute(f"DROP TRIGGER IF EXISTS {t}")
    op.execute("DROP TABLE IF EXISTS case_fts")
