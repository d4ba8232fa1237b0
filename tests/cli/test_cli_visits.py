"""``visitdesk notices``, ``visitdesk routesheet``, ``visitdesk assign auto``."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.cli import main
from desktop.models import Case, CollectionPlan, Customer, User
from desktop.models.database import open_database
from desktop.services.visits import to_utc
from tests.services.followup_data import make_visit

DAY = dt.date(2030, 3, 11)  # a Monday, in the future


@pytest.fixture
def env(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("VISITDESK_DB", url)
    assert main(["init", "--admin-password", "admin123", "--demo", "24"]) == 0
    monkeypatch.setenv("VISITDESK_PASSWORD", "demo1234")
    db = open_database(url)
    with db.session_factory() as s:
        sup = s.scalar(select(User).where(User.login == "sup1"))
        team = list(s.scalars(select(User.id).where(User.branch_id == sup.branch_id, User.role == "collector")
                              .order_by(User.login).limit(2)))
        # visitable cases: no do-not-visit flag and no plan being kept (those get no notice, see test_visits)
        planned = select(CollectionPlan.case_id).where(CollectionPlan.status == "active")
        cases = list(s.scalars(select(Case).join(Customer, Customer.id == Case.customer_id).where(
            Case.branch_id == sup.branch_id, Customer.do_not_visit.is_(None), Case.id.not_in(planned))
            .order_by(Case.id).limit(2)))
        case_ids = [c.id for c in cases]
        assert len(case_ids) == 2
        ids = [(s.get(Customer, c.customer_id).id_number, s.get(Customer, c.customer_id).id_masked) for c in cases]
    for k, cid in enumerate(case_ids):
        make_visit(db, cid, to_utc(dt.datetime.combine(DAY, dt.time(10 + 2 * k))), team)
    yield tmp_path, url, ids
    db.dispose()


def test_notices_command(env, capsys):  # noqa: ANN001
    tmp, _url, ids = env
    out = tmp / "notices"
    capsys.readouterr()
    assert main(["--user", "sup1", "notices", "--date", DAY.isoformat(), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "上门拜访通知书 2 份" in text
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 3
    combined = next(p for p in pdfs if "_TZ" not in p.name)
    reader = PdfReader(str(combined))
    assert len(reader.pages) == 2
    body = "\n".join(p.extract_text() for p in reader.pages)
    for full, masked in ids:
        assert masked in body and full not in body


def test_notices_nothing_to_do_and_bad_branch(env, capsys):  # noqa: ANN001
    tmp, _url, _ids = env
    assert main(["--user", "sup1", "notices", "--date", "2030-03-12", "--out", str(tmp / "x")]) == 2
    assert "没有需要发通知书的外访" in capsys.readouterr().err
    assert main(["--user", "sup1", "notices", "--date", DAY.isoformat(), "--branch", "火星营业部",
                 "--out", str(tmp / "x")]) == 1


def test_routesheet_command(env, capsys):  # noqa: ANN001
    tmp, url, _ids = env
    db = open_database(url)
    with db.session_factory() as s:
        login = s.scalar(select(User.login).where(User.role == "collector").order_by(User.login).limit(1))
    db.dispose()
    capsys.readouterr()
    assert main(["--user", "sup1", "routesheet", "--date", DAY.isoformat(), "--out", str(tmp / "rs")]) == 0
    assert "外访路线单 1 份" in capsys.readouterr().out
    assert main(["--user", "sup1", "routesheet", "--date", DAY.isoformat(), "--collector", login,
                 "--out", str(tmp / "rs1")]) == 0
    pdf = next((tmp / "rs1").glob("*.pdf"))
    assert "外访路线单" in PdfReader(str(pdf)).pages[0].extract_text()


def test_assign_auto_preview_then_apply(env, capsys):  # noqa: ANN001
    tmp, url, _ids = env
    db = open_database(url)
    with db.session_factory.begin() as s:
        sup_branch = s.scalar(select(User.branch_id).where(User.login == "sup1"))
        for c in s.scalars(select(Case).where(Case.branch_id == sup_branch)):
            c.assigned_to_id = None
        n = len(s.scalars(select(Case.id).where(Case.branch_id == sup_branch, Case.status != "closed")).all())
    capsys.readouterr()
    assert main(["--user", "sup1", "assign", "auto"]) == 0
    out = capsys.readouterr().out
    assert f"未分配案件 {n} 个" in out and "预览" in out
    with db.session_factory() as s:
        assert s.scalar(select(Case.id).where(Case.branch_id == sup_branch, Case.assigned_to_id.is_not(None))) is None
    assert main(["--user", "sup1", "assign", "auto", "--apply"]) == 0
    assert f"已分配 {n} 个案件" in capsys.readouterr().out
    assert main(["--user", "c01", "assign", "auto"]) == 4  # collectors may not assign
    db.dispose()
