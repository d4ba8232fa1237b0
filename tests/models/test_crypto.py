"""Personal data at rest: encrypted ID numbers and mobiles, keyed look-up, nothing in clear on disk."""

from __future__ import annotations

import base64
from datetime import date

import pytest
from sqlalchemy import select, text

from desktop.models import Customer, crypto
from desktop.services.caselist import CaseListService, CaseQuery
from desktop.services.cases import CaseDetailService
from desktop.services.demo import seed_demo


def test_round_trip_and_random_nonce():
    a, b = crypto.encrypt("110105194912310021"), crypto.encrypt("110105194912310021")
    assert a != b and a.startswith("v1:") and crypto.decrypt(a) == "110105194912310021"
    assert crypto.lookup_hash("13812345678") == crypto.lookup_hash("13812345678") != crypto.lookup_hash("13812345679")


def test_wrong_key_gives_one_clear_sentence(monkeypatch):
    token = crypto.encrypt("13812345678")
    monkeypatch.setenv("VISITDESK_KEY", base64.urlsafe_b64encode(b"another-key-another-key-32-bytes").decode())
    crypto.reset_key_cache()
    try:
        with pytest.raises(crypto.KeyError_, match="密钥与数据库不匹配"):
            crypto.decrypt(token)
    finally:
        monkeypatch.undo()
        crypto.reset_key_cache()


def test_missing_key_file_is_explained(monkeypatch, tmp_path):
    monkeypatch.delenv("VISITDESK_KEY")
    monkeypatch.setattr(crypto, "key_path", lambda: tmp_path / "k" / "visitdesk.key")
    crypto.reset_key_cache()
    try:
        with pytest.raises(crypto.KeyError_, match="找不到个人信息加密密钥"):
            crypto.encrypt("x")
        path = crypto.ensure_key()
        assert path.exists() and (path.stat().st_mode & 0o777) == 0o600
        assert crypto.decrypt(crypto.encrypt("x")) == "x"
    finally:
        monkeypatch.undo()
        crypto.reset_key_cache()


def test_database_and_logs_hold_no_clear_id_or_mobile(sqlite_world, tmp_path, monkeypatch):
    db = sqlite_world.db
    seed_demo(db, 50, seed=9, today=date(2026, 11, 27))
    with db.session_factory() as s:
        c = s.scalars(select(Customer).limit(1)).one()
        idn, mobile, cid = c.id_number, c.mobile, c.id
        stored = s.execute(text("SELECT id_number, mobile FROM customers WHERE id = :i"), {"i": cid}).one()
    assert len(idn) == 18 and stored[0].startswith("v1:") and idn not in stored[0]
    # use the application on it: search, detail, reveal (audited) with logging to a temp file
    import desktop.app as app_mod

    monkeypatch.setattr(app_mod, "log_dir", lambda: tmp_path / "logs")
    log_path = app_mod.setup_logging()
    rows = CaseListService(db, sqlite_world.manager).page(CaseQuery(text=mobile))
    assert rows and all("****" in r.mobile_masked for r in rows)
    from desktop.models import Case

    with db.session_factory() as s:
        case_id = s.scalar(select(Case.id).where(Case.customer_id == cid))
    svc = CaseDetailService(db, sqlite_world.manager)
    assert svc.detail(case_id).id_masked == idn[:6] + "********" + idn[-4:]
    assert svc.reveal(case_id, "id_number", "核实身份") == idn
    with db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    import logging

    for h in logging.getLogger().handlers:
        h.flush()
    path = db.engine.url.database
    blob = b"".join(open(p, "rb").read() for p in (path, path + "-wal") if __import__("os").path.exists(p))
    logs = log_path.read_bytes() if log_path.exists() else b""
    for secret in (idn, mobile):
        for data in (blob, logs):
            assert secret.encode() not in data
            assert secret.encode("utf-16-le") not in data
    for h in list(logging.getLogger().handlers):
        if getattr(h, "baseFilename", "").startswith(str(tmp_path)):
            logging.getLogger().removeHandler(h)
            h.close()


def test_exact_lookup_by_full_id_number(world):
    seed_demo(world.db, 20, seed=4, today=date(2026, 11, 27))
    with world.db.session_factory() as s:
        c = s.scalars(select(Customer).limit(1)).one()
        idn = c.id_number
    rows = CaseListService(world.db, world.manager).page(CaseQuery(text=idn))
    assert rows and {r.customer_name for r in rows} == {c.name}
