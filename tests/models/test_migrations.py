from alembic import command
from sqlalchemy import inspect, text

from desktop.models.database import (
    DatabaseError,
    alembic_config,
    current_revision,
    head_revision,
    open_database,
)


def test_migrations_reach_head_with_every_table(db):
    assert current_revision(db.engine) == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    for t in ("branches", "users", "customers", "loans", "cases", "assessments", "collection_plans",
              "plan_installments", "visits", "visit_members", "outcomes", "promises", "payments", "tasks",
              "import_batches", "audit_events"):
        assert t in tables


def test_models_and_migrations_do_not_drift(db):
    # alembic check raises when autogenerate would produce any operation
    command.check(alembic_config(db.engine))


def test_downgrade_to_base_and_upgrade_again(db):
    cfg = alembic_config(db.engine)
    command.downgrade(cfg, "base")
    assert "cases" not in inspect(db.engine).get_table_names()
    command.upgrade(cfg, "head")
    assert "cases" in inspect(db.engine).get_table_names()


def test_sqlite_runs_with_wal_and_foreign_keys(sqlite_db):
    with sqlite_db.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_database_newer_than_code_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    d = open_database(url)
    with d.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    d.dispose()
    try:
        open_database(url)
    except DatabaseError as e:
        assert "比本程序新" in str(e) and "ffff9999" in str(e)
    else:  # pragma: no cover
        raise AssertionError("a newer database must be refused")


def test_upgrade_backs_up_existing_sqlite_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    d = open_database(url)
    command.downgrade(alembic_config(d.engine), "base")
    with d.engine.begin() as c:  # an old database: stamped at an older revision with data in it
        c.execute(text("CREATE TABLE keepme (x INTEGER)"))
        c.execute(text("INSERT INTO keepme VALUES (42)"))
    d.dispose()
    d = open_database(url)
    d.dispose()
    backups = list((tmp_path / "backups").glob("old-before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    import sqlite3

    with sqlite3.connect(backups[0]) as c:
        assert c.execute("SELECT x FROM keepme").fetchone() == (42,)


def test_unreachable_database_gives_one_sentence():
    try:
        open_database("postgresql+psycopg://nobody:x@127.0.0.1:1/none")
    except DatabaseError as e:
        assert str(e).startswith("无法连接数据库") and "\n" not in str(e) and ":x@" not in str(e)
    else:  # pragma: no cover
        raise AssertionError


def test_upgrade_adds_the_no_answer_result_code_to_a_database_that_has_codes(tmp_path):
    from desktop.services.setup import ensure_reference_data

    url = f"sqlite:///{tmp_path / 'codes.sqlite3'}"
    d = open_database(url)
    ensure_reference_data(d)
    with d.engine.begin() as c:  # as a database initialised before 0005 looks
        c.execute(text("DELETE FROM result_codes WHERE code = 'no_answer'"))
        not_home = c.execute(text("SELECT sort_order FROM result_codes WHERE code = 'not_home'")).scalar()
    command.stamp(alembic_config(d.engine), "0004")
    d.dispose()
    d = open_database(url)
    with d.engine.connect() as c:
        row = c.execute(text("SELECT label, contacted, right_party, promise, sort_order, active FROM result_codes "
                             "WHERE code = 'no_answer'")).one()
    d.dispose()
    assert tuple(row) == ("电话无人接听", 0, 0, 0, not_home, 1)


def test_a_new_database_gets_no_answer_from_the_default_list(tmp_path):
    from desktop.services.setup import ensure_reference_data

    d = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    with d.engine.connect() as c:  # the migration adds nothing to an empty list
        assert c.execute(text("SELECT count(*) FROM result_codes")).scalar() == 0
    ensure_reference_data(d)
    with d.engine.connect() as c:
        codes = [r[0] for r in c.execute(text("SELECT code FROM result_codes ORDER BY sort_order, code"))]
    d.dispose()
    assert codes.index("no_answer") == codes.index("not_home") + 1
