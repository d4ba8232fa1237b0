"""The import service: upsert, all-or-nothing, re-import, next day, full snapshot, reopen, crash safety."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models import (
    Assessment,
    AuditEvent,
    Branch,
    Case,
    CaseNote,
    Customer,
    ImportBatch,
    Loan,
    LoanSnapshot,
)
from desktop.services.cases import CaseService
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.importer import ImportFileError, ImportService, summarize
from desktop.services.users import UserService
from tests.conftest import PASSWORD
from tests.factories import make_loans, next_day, write_export

D1 = date(2026, 11, 27)
D2 = date(2026, 11, 28)


def counts(db) -> dict:
    with db.session_factory() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Customer, Loan, Case, LoanSnapshot, ImportBatch)}


def figures(db) -> dict:
    with db.session_factory() as s:
        return {c: (t, d) for c, t, d in s.execute(select(Loan.contract_no, Loan.overdue_total, Loan.dpd))}


@pytest.fixture
def loans():
    return make_loans(60, seed=3)


def test_first_import_creates_customers_loans_cases_and_branches(world, tmp_path, loans):
    f = write_export(tmp_path / "d1.xlsx", loans, D1)
    s = ImportService(world.db, world.supervisor).run_import(f)
    assert s.written and s.new == 60 and s.updated == 0 and s.invalid == 0
    assert s.data_date == D1 and s.data_date_source == "file"
    assert sorted(s.new_branches) == sorted({ln.branch for ln in loans})
    c = counts(world.db)
    assert c["loans"] == 60 and c["cases"] == 60 and c["customers"] == 60 and c["import_batches"] == 1
    with world.db.session_factory() as ss:
        loan = ss.scalar(select(Loan).where(Loan.contract_no == loans[0].contract_no))
        assert loan.overdue_total == loans[0].total and isinstance(loan.overdue_total, Decimal)
        assert loan.dpd == loans[0].dpd and loan.data_date == D1
        case = ss.scalar(select(Case).where(Case.loan_id == loan.id))
        assert case.status == "new" and case.overdue_total == loans[0].total and case.customer_name == loans[0].name
        cust = ss.get(Customer, loan.customer_id)
        assert cust.id_number == loans[0].id_number and cust.mobile == loans[0].mobile
        assert cust.mobile_masked == loans[0].mobile[:3] + "****" + loans[0].mobile[-4:]
        ev = ss.scalars(select(AuditEvent).where(AuditEvent.action == "import.run")).one()
        assert ev.after["new"] == 60 and ev.user_login == "sup"


def test_invalid_row_stops_everything(world, tmp_path, loans):
    write_export(tmp_path / "d1.xlsx", loans[:30], D1)
    ImportService(world.db, world.supervisor).run_import(tmp_path / "d1.xlsx")
    before_counts, before_figures = counts(world.db), figures(world.db)
    bad = list(loans)
    bad_row = ["HT-BAD-1", "王芳", "110105199001011235", "13812345678", "京喜贷", None, None, 100, 1, 1, 102, 5,
               None, None, "北京市朝阳区", None, None, "朝阳营业部", None]
    f = write_export(tmp_path / "bad.xlsx", next_day(bad), D2, extra_rows=[bad_row])
    s = ImportService(world.db, world.supervisor).run_import(f)
    assert not s.written and s.stopped_by_errors and s.invalid == 1
    err = s.errors[0]
    assert err.excel_row == 3 + 60 + 1 and err.column == "证件号码" and "校验位错误" in err.reason
    assert counts(world.db) == before_counts and figures(world.db) == before_figures


def test_skip_invalid_writes_the_valid_rows(world, tmp_path, loans):
    bad_row = ["HT-BAD-1", "", "110105199001011235", "1381234567", None, None, None, 100, 1, 1, 102, 5, None,
               None, None, None, None, "朝阳营业部", None]
    f = write_export(tmp_path / "d1.xlsx", loans, D1, extra_rows=[bad_row])
    s = ImportService(world.db, world.supervisor).run_import(f, skip_invalid=True)
    assert s.written and s.new == 60 and s.invalid == 1 and len(s.errors) >= 2
    assert counts(world.db)["loans"] == 60


def test_dry_run_counts_exactly_and_writes_nothing(world, tmp_path, loans):
    f = write_export(tmp_path / "d1.xlsx", loans, D1)
    before = counts(world.db)
    s = ImportService(world.db, world.supervisor).run_import(f, dry_run=True)
    assert s.new == 60 and not s.written and counts(world.db) == before


def test_reimport_same_file_changes_nothing_and_says_so(world, tmp_path, loans):
    f = write_export(tmp_path / "d1.xlsx", loans, D1)
    svc = ImportService(world.db, world.supervisor)
    svc.run_import(f)
    before = figures(world.db)
    with world.db.session_factory() as s:
        versions = dict(s.execute(select(Case.id, Case.version)).all())
    again = svc.run_import(f)
    assert again.imported_before is not None and again.imported_before[2] == "sup"
    assert again.new == 0 and again.updated == 0 and again.unchanged == 60
    assert figures(world.db) == before
    with world.db.session_factory() as s:
        assert dict(s.execute(select(Case.id, Case.version)).all()) == versions
        assert s.scalar(select(func.count(LoanSnapshot.id))) == 0


def test_next_day_updates_figures_and_keeps_staff_work(world, tmp_path, loans):
    svc = ImportService(world.db, world.supervisor)
    svc.run_import(write_export(tmp_path / "d1.xlsx", loans, D1))
    with world.db.session_factory.begin() as s:
        case = s.scalar(select(Case).join(Loan).where(Loan.contract_no == loans[0].contract_no))
        case_id = case.id
        case.assigned_to_id = world.collector.user_id
        case.risk_grade = "C"
        s.add(Assessment(case_id=case_id, scorecard_version=1, score=55, grade="C", recommended_action="visit",
                         chosen_action="visit", factors=[], assessed_by_id=world.supervisor.user_id))
    CaseService(world.db, world.manager).add_note(case_id, "客户说月底发工资")
    s2 = svc.run_import(write_export(tmp_path / "d2.xlsx", next_day(loans), D2))
    assert s2.updated == 60 and s2.new == 0
    with world.db.session_factory() as s:
        case = s.get(Case, case_id)
        loan = s.get(Loan, case.loan_id)
        assert loan.dpd == loans[0].dpd + 1 and loan.overdue_total == loans[0].total + Decimal("1.25")
        assert case.dpd == loan.dpd and case.overdue_total == loan.overdue_total and loan.data_date == D2
        assert case.assigned_to_id == world.collector.user_id and case.risk_grade == "C"
        assert s.scalar(select(func.count(Assessment.id)).where(Assessment.case_id == case_id)) == 1
        assert s.scalar(select(CaseNote.text).where(CaseNote.case_id == case_id)) == "客户说月底发工资"
        snap = s.scalars(select(LoanSnapshot).where(LoanSnapshot.loan_id == loan.id)).one()
        assert (snap.dpd_before, snap.dpd_after) == (loans[0].dpd, loans[0].dpd + 1)


def test_contact_changes_update_customer_and_history(world, tmp_path, loans):
    svc = ImportService(world.db, world.supervisor)
    svc.run_import(write_export(tmp_path / "d1.xlsx", loans, D1))
    moved = [ln for ln in loans]
    moved[0] = type(moved[0])(**{**moved[0].__dict__, "mobile": "13900001111", "address": "北京市西城区新街口1号"})
    svc.run_import(write_export(tmp_path / "d2.xlsx", moved, D1, messy=False))
    with world.db.session_factory() as s:
        cust = s.scalar(select(Customer).where(Customer.id_last4 == loans[0].id_number[-4:]))
        assert cust.mobile == "13900001111" and cust.home_address == "北京市西城区新街口1号"
        from desktop.models import ContactPoint

        kinds = {cp.kind for cp in s.scalars(select(ContactPoint).where(ContactPoint.customer_id == cust.id))}
        assert {"home", "mobile"} <= kinds


def test_full_snapshot_closes_exactly_the_absent_loans_and_reimport_reopens(world, tmp_path, loans):
    svc = ImportService(world.db, world.supervisor)
    svc.run_import(write_export(tmp_path / "d1.xlsx", loans, D1))
    present = next_day(loans[:45])
    s2 = svc.run_import(write_export(tmp_path / "d2.xlsx", present, D2), full_snapshot=True)
    assert s2.closed == 15
    absent = {ln.contract_no for ln in loans[45:]}
    with world.db.session_factory() as s:
        closed = dict(s.execute(select(Case.contract_no, Case.closed_reason).where(Case.status == "closed")).all())
    assert set(closed) == absent and set(closed.values()) == {"cured"}
    s3 = svc.run_import(write_export(tmp_path / "d3.xlsx", next_day(loans, 2), date(2026, 11, 29)))
    assert s3.reopened == 15
    with world.db.session_factory() as s:
        assert s.scalar(select(func.count(Case.id)).where(Case.status == "closed")) == 0


def test_collector_may_not_import(world, tmp_path, loans):
    with pytest.raises(PermissionDenied):
        ImportService(world.db, world.collector).run_import(write_export(tmp_path / "d1.xlsx", loans, D1))


def test_unreadable_file_is_one_clear_error(world, tmp_path):
    p = tmp_path / "not.xlsx"
    p.write_bytes(b"this is not a workbook")
    with pytest.raises(ImportFileError):
        ImportService(world.db, world.supervisor).run_import(p)


def test_history_lists_batches(world, tmp_path, loans):
    svc = ImportService(world.db, world.supervisor)
    svc.run_import(write_export(tmp_path / "d1.xlsx", loans, D1))
    h = svc.history()
    assert len(h) == 1 and h[0].rows_new == 60 and h[0].user == "sup" and h[0].file_name == "d1.xlsx"


KILL_SCRIPT = """
import sys, os
os.environ["VISITDESK_KEY"] = {key!r}
from desktop.models.database import open_database
from desktop.services.importer import ImportService
from desktop.services.users import UserService
db = open_database({url!r})
actor = UserService(db, None).authenticate("sup", {pw!r})
def progress(done, total):
    if done > total // 2:
        print("HALFWAY", flush=True)
        import time; time.sleep(30)
ImportService(db, actor).run_import({path!r}, progress=progress)
"""


def test_import_killed_half_way_leaves_database_as_it_was(sqlite_world, tmp_path):
    from tests.conftest import PASSWORD

    db = sqlite_world.db
    loans = make_loans(3000, seed=8)
    ImportService(db, sqlite_world.supervisor).run_import(write_export(tmp_path / "d1.xlsx", loans[:1000], D1,
                                                                       messy=False))
    before_counts, before_figures = counts(db), figures(db)
    f = write_export(tmp_path / "d2.xlsx", next_day(loans), D2, messy=False)
    script = KILL_SCRIPT.format(key=os.environ["VISITDESK_KEY"], url=db.url, pw=PASSWORD, path=str(f))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])
    deadline = time.time() + 60
    line = ""
    while time.time() < deadline and "HALFWAY" not in line:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
    assert "HALFWAY" in line, "the import never reached half-way"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    db.dispose()
    assert counts(db) == before_counts and figures(db) == before_figures
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_big_import_is_written_chunk_by_chunk_and_a_write_error_rolls_back_everything(sqlite_world, tmp_path):
    """On SQLite the chunks are written on a helper thread while the next chunk is compared: every figure
    lands, and an error raised by SQLite on that thread (here a trigger in the second chunk) stops the
    import with nothing written."""
    import sqlite3
    import threading

    db, svc = sqlite_world.db, ImportService(sqlite_world.db, sqlite_world.supervisor)
    loans = make_loans(6500, seed=11)
    svc.run_import(write_export(tmp_path / "d1.xlsx", loans, D1, messy=False))
    s2 = svc.run_import(write_export(tmp_path / "d2.xlsx", next_day(loans), D2, messy=False))
    assert s2.updated == 6500 and s2.new == 0
    assert figures(db) == {ln.contract_no: (ln.total, ln.dpd) for ln in next_day(loans)}
    with db.session_factory() as s:
        case_figs = dict(s.execute(select(Case.contract_no, Case.dpd)).all())
        assert case_figs == {ln.contract_no: ln.dpd for ln in next_day(loans)}
        assert s.scalar(select(func.count()).select_from(LoanSnapshot)) == 6500

    victim = next_day(loans, 2)[6000].contract_no  # in the second chunk of 5,000
    with db.engine.begin() as c:
        c.exec_driver_sql(f"CREATE TRIGGER boom BEFORE UPDATE OF dpd ON cases WHEN new.contract_no = '{victim}' "
                          "BEGIN SELECT RAISE(ABORT, 'boom'); END")
    before_counts, before_figures = counts(db), figures(db)
    with pytest.raises(sqlite3.IntegrityError, match="boom"):
        svc.run_import(write_export(tmp_path / "d3.xlsx", next_day(loans, 2), date(2026, 11, 29), messy=False))
    assert counts(db) == before_counts and figures(db) == before_figures
    assert not [t for t in threading.enumerate() if t.name == "import-writer"]


def test_cancelling_a_big_import_half_way_writes_nothing(sqlite_world, tmp_path):
    import threading

    from desktop.services.import_parse import ImportCancelled

    db, svc = sqlite_world.db, ImportService(sqlite_world.db, sqlite_world.supervisor)
    loans = make_loans(11000, seed=12)
    svc.run_import(write_export(tmp_path / "d1.xlsx", loans, D1, messy=False))
    before_counts, before_figures = counts(db), figures(db)
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    def cancelled() -> bool:  # once the first chunk of the write is queued
        return len(seen) > 0 and seen[-1] > 11000 // 2 + 11000 // 4
    with pytest.raises(ImportCancelled):
        svc.run_import(write_export(tmp_path / "d2.xlsx", next_day(loans), D2, messy=False), progress=progress,
                       cancelled=cancelled)
    assert counts(db) == before_counts and figures(db) == before_figures
    assert not [t for t in threading.enumerate() if t.name == "import-writer"]


def test_new_branches_are_named_before_the_import_with_the_branch_they_look_like(world, tmp_path, loans):
    """The wizard asks before creating branches: a spelling the core system uses for an existing branch
    (朝阳营业部 for 北京朝阳营业部) would otherwise put the day's cases where no branch staff sees them."""
    svc = ImportService(world.db, world.supervisor)
    res = svc.parse(write_export(tmp_path / "d1.xlsx", loans, D1))
    found = dict(svc.new_branches(res))
    assert set(found) == {ln.branch for ln in loans} - {"北京朝阳营业部", "北京海淀营业部"}
    assert found.get("朝阳营业部") == "北京朝阳营业部"
    assert all(like is None or name in like for name, like in found.items())
    svc.run_import(tmp_path / "d1.xlsx")
    assert svc.new_branches(svc.parse(tmp_path / "d1.xlsx")) == []  # created by the import


def test_a_files_spelling_can_mean_an_existing_branch_and_is_remembered(world, tmp_path, loans):
    """朝阳营业部 in the core export means 北京朝阳营业部: chosen once, its rows go to that branch (no new branch,
    audited), and later imports do the same without asking."""
    svc = ImportService(world.db, world.supervisor)
    path = write_export(tmp_path / "d1.xlsx", loans, D1)
    with world.db.session_factory() as s:
        chaoyang = s.scalar(select(Branch.id).where(Branch.name == "北京朝阳营业部"))
    with pytest.raises(ValidationError, match="所选营业部不存在"):
        svc.run_import(path, branch_map={"朝阳营业部": 99999})
    summary = svc.run_import(path, branch_map={"朝阳营业部": chaoyang})
    assert summary.written and summary.mapped_branches == {"朝阳营业部": "北京朝阳营业部"}
    assert "朝阳营业部" not in summary.new_branches
    assert "视为已有营业部：朝阳营业部 → 北京朝阳营业部" in list(summarize(summary))
    n = sum(1 for ln in loans if ln.branch == "朝阳营业部")
    with world.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Branch).where(Branch.name == "朝阳营业部")) == 0
        assert s.scalar(select(func.count()).select_from(Case).join(Loan, Loan.id == Case.loan_id).where(
            Case.branch_id == chaoyang, Loan.contract_no.in_([ln.contract_no for ln in loans
                                                              if ln.branch == "朝阳营业部"]))) == n > 0
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "import.branch_alias")).one()
        assert ev.after == {"朝阳营业部": chaoyang} and "「朝阳营业部」→「北京朝阳营业部」" in ev.detail
    # the next day's file: no question, same branch
    res = svc.parse(path)
    assert "朝阳营业部" not in dict(svc.new_branches(res))
    again = svc.run_import(path)
    assert again.mapped_branches == {"朝阳营业部": "北京朝阳营业部"} and again.new_branches == []
    # listed where imports are run, and can be removed: the next file asks again, the cases stay
    listed = svc.branch_aliases()
    assert [(a.name, a.branch_id, a.branch_name) for a in listed] == [("朝阳营业部", chaoyang, "北京朝阳营业部")]
    assert listed[0].cases >= n
    with pytest.raises(PermissionDenied):
        ImportService(world.db, world.collector).remove_branch_alias("朝阳营业部")
    users = UserService(world.db, world.admin)
    users.create_user("sup9", "海淀主管", "supervisor", "北京海淀营业部", PASSWORD, "E0109")
    other_sup = users.authenticate("sup9", PASSWORD)
    with pytest.raises(PermissionDenied, match="其他营业部"):  # a supervisor of another branch
        ImportService(world.db, other_sup).remove_branch_alias("朝阳营业部")
    svc.remove_branch_alias("朝阳营业部")
    assert svc.branch_aliases() == []
    assert dict(svc.new_branches(svc.parse(path))).get("朝阳营业部") == "北京朝阳营业部"
    # the next import does not quietly move those cases into a new branch 朝阳营业部: refused, nothing written
    with pytest.raises(ValidationError, match="「朝阳营业部」的 .* 笔贷款目前在「北京朝阳营业部」") as e:
        svc.run_import(path)
    assert "would move open cases" in e.value.text("en")
    with world.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Branch).where(Branch.name == "朝阳营业部")) == 0
        assert s.scalar(select(func.count()).select_from(Case).where(Case.branch_id == chaoyang)) >= n
    with pytest.raises(NotFound) as e:
        svc.remove_branch_alias("朝阳营业部")
    assert "has no mapping" in e.value.text("en")
    with world.db.session_factory() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "import.branch_alias_removed")).one()
        assert ev.before == {"朝阳营业部": chaoyang} and ev.after == {} and "北京朝阳营业部" in ev.detail
        assert s.scalar(select(func.count()).select_from(Case).where(Case.branch_id == chaoyang)) >= listed[0].cases


def test_an_older_export_changes_nothing_unless_allowed(world, tmp_path, loans):
    svc = ImportService(world.db, world.supervisor)
    old = write_export(tmp_path / "d1.xlsx", loans, D1)
    svc.run_import(old)
    svc.run_import(write_export(tmp_path / "d2.xlsx", next_day(loans), D2))
    before_counts, before_figures = counts(world.db), figures(world.db)
    with pytest.raises(ValidationError, match="早于已导入的 2026-11-28") as e:
        svc.run_import(old)
    assert "would set its loans' figures back" in e.value.text("en")
    assert counts(world.db) == before_counts and figures(world.db) == before_figures
    again = svc.run_import(old, allow_older=True)
    assert again.written and again.older_than == D2 and again.imported_before is not None
    assert any("已恢复到 2026-11-27" in line for line in summarize(again))
    assert not any("不会改变数据" in line for line in summarize(again))
    assert figures(world.db) != before_figures
