"""``visitdesk payments import``, ``visitdesk tasks refresh``, ``visitdesk promises judge``."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop.cli import main
from desktop.models import Case, Payment
from desktop.models.database import open_database


@pytest.fixture
def env(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("VISITDESK_DB", url)
    assert main(["init", "--admin-password", "admin123", "--demo", "10"]) == 0
    monkeypatch.setenv("VISITDESK_PASSWORD", "demo1234")
    db = open_database(url)
    with db.session_factory() as s:
        contracts = list(s.scalars(select(Case.contract_no).order_by(Case.id).limit(2)))
    db.dispose()
    return tmp_path, url, contracts


def payments_file(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["还款明细（核心系统导出）"])
    ws.append(["借据号", "回款日期", "金额", "流水号", "备注"])
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def test_payments_import_is_idempotent_and_prints_counts(env, capsys):
    tmp, url, (c1, c2) = env
    f = payments_file(tmp / "pay.xlsx", [(c1, "2026-11-27", "100.00", "CLI-1"), (c2, "2026/11/27", 50, "CLI-2"),
                                         ("NOPE-1", "2026-11-27", 5, "CLI-3")])
    capsys.readouterr()
    assert main(["--user", "sup1", "payments", "import", str(f), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["new"], data["unknown_contract"], data["dry_run"], data["written"]) == (2, 1, True, False)
    assert main(["--user", "sup1", "payments", "import", str(f)]) == 0
    out = capsys.readouterr().out
    assert "新增回款 2 笔，共 ¥150.00" in out and "合同编号 NOPE-1 不存在" in out
    assert main(["--user", "sup1", "payments", "import", str(f), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["duplicate"] == 2
    db = open_database(url)
    with db.session_factory() as s:
        assert len(s.scalars(select(Payment).where(Payment.txn_no.like("CLI-%"))).all()) == 2
    db.dispose()


def test_payments_import_exit_codes(env, capsys):
    tmp, _url, (c1, _c2) = env
    bad = payments_file(tmp / "bad.xlsx", [(c1, "not a date", "1", "B-1"), (c1, "2026-11-27", "-3", "B-2")])
    assert main(["--user", "sup1", "payments", "import", str(bad)]) == 3
    out = capsys.readouterr().out
    assert "2 行无效，数据库未修改" in out and "第 3 行" in out
    junk = tmp / "junk.xlsx"
    junk.write_bytes(b"nope")
    assert main(["--user", "sup1", "payments", "import", str(junk)]) == 2
    assert main(["--user", "sup1", "payments", "import", str(tmp / "missing.xlsx")]) == 2
    assert main(["--user", "c01", "payments", "import", str(bad)]) == 4  # a collector may not import


def test_tasks_refresh_and_promises_judge(env, capsys):
    capsys.readouterr()
    assert main(["--user", "manager", "promises", "judge", "--date", "2027-01-31"]) == 0
    assert "判定承诺" in capsys.readouterr().out
    assert main(["--user", "manager", "tasks", "refresh"]) == 0
    first = capsys.readouterr().out
    assert "新建任务" in first
    assert main(["--user", "manager", "tasks", "refresh"]) == 0
    assert "新建任务 0 个" in capsys.readouterr().out
    assert main(["--user", "sup1", "tasks", "refresh", "--date", "bad"]) == 2


def test_tasks_refresh_marks_missed_installments_and_breaks_plans(env, capsys):
    from datetime import date
    from decimal import Decimal

    from desktop.models import CollectionPlan, PlanInstallment

    _tmp, url, _contracts = env
    db = open_database(url)
    with db.session_factory.begin() as s:
        case_id = s.scalar(select(Case.id).order_by(Case.id).limit(1))
        plan = CollectionPlan(case_id=case_id, strategy="installment", status="active", total_amount=Decimal("600.00"),
                              installment_count=3, frequency="monthly", first_due=date(2026, 9, 1))
        plan.installments = [PlanInstallment(no=k + 1, due_date=date(2026, 9 + k, 1), amount=Decimal("200.00"))
                             for k in range(3)]
        s.add(plan)
        s.flush()
        plan_id = plan.id
    db.dispose()
    capsys.readouterr()
    assert main(["--user", "manager", "tasks", "refresh", "--date", "2026-11-28"]) == 0
    assert f"#{plan_id} broken" in capsys.readouterr().out
    db = open_database(url)
    with db.session_factory() as s:
        assert s.get(CollectionPlan, plan_id).status == "broken"
        assert {i.status for i in s.scalars(select(PlanInstallment).where(PlanInstallment.plan_id == plan_id))} == {
            "missed"}
    db.dispose()
