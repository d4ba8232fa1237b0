"""The assessment form, the plan builder, the approvals list and the bulk runner, driven with qtbot on a real
database (SQLite) through the real services."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from sqlalchemy import select

from desktop.models import Assessment, AuditEvent, Case, CollectionPlan, Visit
from desktop.services.assessment import AssessmentService
from desktop.services.plans import PlanService
from desktop.views import assessment_dialog as ad
from desktop.views import plan_dialog as pd
from tests.services.followup_data import make_case, make_visit

D = Decimal


@pytest.fixture
def case_id(sqlite_world):
    cid = make_case(sqlite_world.db, sqlite_world.branch_id, total="10000.00", dpd=95,
                    assigned=sqlite_world.collector.user_id)
    with sqlite_world.db.session_factory.begin() as s:
        loan = s.get(Case, cid).loan
        loan.overdue_principal, loan.overdue_interest, loan.penalty_interest = D("8000.00"), D("1500.00"), D("500.00")
    return cid


def assessment_dialog(qtbot, world, case_id) -> ad.AssessmentDialog:
    svc = AssessmentService(world.db, world.collector)
    dlg = ad.AssessmentDialog(svc, svc.preview(case_id))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def cell(table, r, c) -> str:
    it = table.item(r, c)
    return it.text() if it else ""


# --------------------------------------------------------------------------------------------------
# Assessment form
# --------------------------------------------------------------------------------------------------
def test_form_shows_each_factor_and_the_result_before_saving(qtbot, sqlite_world, case_id):
    dlg = assessment_dialog(qtbot, sqlite_world, case_id)
    table = dlg.table
    assert table.rowCount() == 11  # ten factors and the total
    rows = {cell(table, r, 0): (cell(table, r, 1), cell(table, r, 2)) for r in range(table.rowCount())}
    assert rows["Days past due"] == ("95 days (M4)", "+20 / 30")
    assert rows["Overdue total"] == ("¥10,000.00", "+3 / 10")
    assert rows["Willingness to pay"] == ("Unknown", "+6 / 12")
    assert rows["Score"][1] == f"{dlg.preview.score} of 100 points"
    assert dlg.score.text() == f"{dlg.preview.score} / 100"
    assert "Grade" in dlg.grade.text() and dlg.reasons.text().startswith("• ")
    with sqlite_world.db.session_factory() as s:
        assert s.scalars(select(Assessment)).first() is None  # nothing saved yet
    # the judgement changes the score and the recommendation live
    before = dlg.preview.score
    dlg.willingness.setCurrentIndex(ad.WILLINGNESS.index("refusing"))
    assert dlg.preview.score == before + 6
    rows = {cell(table, r, 0): cell(table, r, 2) for r in range(table.rowCount())}
    assert rows["Willingness to pay"] == "+12 / 12"
    assert dlg.action.currentData() == dlg.preview.recommended_action == "visit"
    qtbot.keyClicks(dlg.hardship, "lost job")
    assert dlg.preview.recommended_action == "hardship" and dlg.action.currentData() == "hardship"
    assert dlg.recommended.text() == "Recommended: Hardship plan"


def test_override_needs_a_reason_before_save_is_possible(qtbot, sqlite_world, case_id):
    dlg = assessment_dialog(qtbot, sqlite_world, case_id)
    rec = dlg.preview.recommended_action
    assert dlg.save.isEnabled() and not dlg.override.isEnabled() and dlg.message.text() == ""
    other = "phone" if rec != "phone" else "legal"
    dlg.action.setCurrentIndex(ad.ACTIONS.index(other))
    dlg.action.activated.emit(ad.ACTIONS.index(other))
    assert not dlg.save.isEnabled() and dlg.override.isEnabled()
    assert "give a reason of at least 4 characters" in dlg.message.text()
    qtbot.keyClicks(dlg.override, "abc")
    assert not dlg.save.isEnabled()
    dlg.override.insert("：客户在外地打工")  # CJK text: insert, not keyClicks
    assert dlg.save.isEnabled() and dlg.message.text() == ""
    qtbot.mouseClick(dlg.save, Qt.MouseButton.LeftButton)
    assert dlg.result() == dlg.DialogCode.Accepted and dlg.saved.overridden
    with sqlite_world.db.session_factory() as s:
        a = s.scalars(select(Assessment)).one()
        assert (a.recommended_action, a.chosen_action, a.override_reason) == (rec, other, "abc：客户在外地打工")
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "assessment.override")) is not None


def test_going_back_to_the_recommendation_needs_no_reason(qtbot, sqlite_world, case_id):
    dlg = assessment_dialog(qtbot, sqlite_world, case_id)
    rec = dlg.preview.recommended_action
    dlg.action.setCurrentIndex(ad.ACTIONS.index("hold"))
    dlg.action.activated.emit(0)
    assert not dlg.save.isEnabled()
    dlg.action.setCurrentIndex(ad.ACTIONS.index(rec))
    dlg.action.activated.emit(0)
    assert dlg.save.isEnabled()


def test_do_not_visit_is_shown_and_visit_refused(qtbot, sqlite_world, case_id):
    with sqlite_world.db.session_factory.begin() as s:
        s.get(Case, case_id).customer.do_not_visit = "complaint"
    dlg = assessment_dialog(qtbot, sqlite_world, case_id)
    assert "Do not visit" in dlg.flags.text() and dlg.flags.isVisibleTo(dlg)
    dlg.action.setCurrentIndex(ad.ACTIONS.index("visit"))
    dlg.action.activated.emit(0)
    dlg.override.setText("客户要求当面谈")
    assert not dlg.save.isEnabled() and "do-not-visit" in dlg.message.text()


def test_open_assessment_saves_and_returns_true(qtbot, sqlite_world, case_id):
    def drive():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, ad.AssessmentDialog)
        qtbot.mouseClick(dlg.save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    assert ad.open_assessment(None, sqlite_world.db, sqlite_world.collector, case_id) is True
    with sqlite_world.db.session_factory() as s:
        assert s.get(Case, case_id).status == "assessed"


def test_open_assessment_refused_for_another_branch(qtbot, sqlite_world, case_id, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert ad.open_assessment(None, sqlite_world.db, sqlite_world.other_collector, case_id) is False
    assert shown and "belongs to another branch" in shown[0]


def test_form_in_chinese(qtbot, zh, sqlite_world, case_id):
    dlg = assessment_dialog(qtbot, sqlite_world, case_id)
    assert dlg.windowTitle().startswith("风险评估")
    rows = [cell(dlg.table, r, 0) for r in range(dlg.table.rowCount())]
    assert rows[0] == "逾期天数" and rows[-1] == "总分"
    assert cell(dlg.table, 0, 1) == "95 天（M4）"


# --------------------------------------------------------------------------------------------------
# Plan builder and approvals
# --------------------------------------------------------------------------------------------------
def builder(qtbot, world, case_id, who="collector") -> pd.PlanBuilderDialog:
    svc = PlanService(world.db, getattr(world, who))
    dlg = pd.PlanBuilderDialog(svc, svc.context(case_id))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_builder_shows_the_schedule_live(qtbot, sqlite_world, case_id):
    dlg = builder(qtbot, sqlite_world, case_id)
    assert dlg.amount.text() == "10000.00" and dlg.table.rowCount() == 6
    assert cell(dlg.table, 0, 2) == "¥1,666.66" and cell(dlg.table, 5, 2) == "¥1,666.70"
    dlg.count.setValue(4)
    assert dlg.table.rowCount() == 4 and cell(dlg.table, 3, 2) == "¥2,500.00"
    qtbot.keyClicks(dlg.down, "1000")
    assert dlg.table.rowCount() == 5 and cell(dlg.table, 0, 0) == "Down payment"
    assert cell(dlg.table, 1, 2) == "¥2,250.00"
    assert "To repay ¥10,000.00 in 4 installments (Monthly), ¥1,000.00 down" == dlg.summary.text()
    assert "No waiver" in dlg.approval.text() and dlg.save.isEnabled()
    qtbot.keyClicks(dlg.capacity, "2000")
    assert "Above the monthly capacity of ¥2,000.00" in dlg.warnings.text()
    assert cell(dlg.table, 1, 3).endswith("Above monthly capacity") and cell(dlg.table, 0, 3) == ""
    assert dlg.table.item(1, 2).background().color().name() == pd.WARN_BG.name()
    dlg.amount.setText("20000")
    assert not dlg.save.isEnabled() and "exceeds the overdue total" in dlg.error.text()
    # no schedule while the terms are wrong: the last good one would read as what gets saved
    assert dlg.table.rowCount() == 0 and dlg.summary.text() == dlg.approval.text() == ""
    dlg.amount.setText("10000")
    assert dlg.save.isEnabled() and dlg.error.text() == "" and dlg.table.rowCount() == 5


def test_builder_says_the_booked_visits_will_be_called_off(qtbot, sqlite_world, case_id):
    w = sqlite_world
    visit = make_visit(w.db, case_id, datetime.now(UTC) + timedelta(days=2), [w.collector.user_id])
    dlg = builder(qtbot, w, case_id)
    assert "The 1 visit booked for this case will be called off." in dlg.approval.text()
    qtbot.keyClicks(dlg.waiver_penalty, "500")
    assert "The 1 visit booked for this case will be called off when it is approved." in dlg.approval.text()
    dlg.waiver_penalty.clear()
    qtbot.mouseClick(dlg.save, Qt.MouseButton.LeftButton)
    assert dlg.result is not None and (dlg.result.status, dlg.result.cancelled_visits) == ("active", 1)
    with w.db.session_factory() as s:
        assert s.get(Visit, visit).status == "cancelled"


def test_waiver_sends_the_plan_to_approval(qtbot, sqlite_world, case_id, monkeypatch):
    dlg = builder(qtbot, sqlite_world, case_id)
    qtbot.keyClicks(dlg.waiver_penalty, "500")
    assert "Needs a supervisor's approval" in dlg.approval.text()
    assert dlg.summary.text().endswith("waiver ¥500.00")
    qtbot.keyClicks(dlg.waiver_principal, "1")
    assert "Needs a manager's approval (it waives principal)" in dlg.approval.text()
    dlg.waiver_principal.clear()
    dlg.goals.setPlainText("按期履约三个月后复核")
    qtbot.keyClicks(dlg.capacity, "1000")  # below the installments: the approver must see it too
    qtbot.mouseClick(dlg.save, Qt.MouseButton.LeftButton)
    assert dlg.result is not None and dlg.result.status == "pending"
    with sqlite_world.db.session_factory() as s:
        plan = s.scalars(select(CollectionPlan)).one()
        assert (plan.status, plan.approval_level, plan.total_amount, plan.goals) == (
            "pending", "supervisor", D("9500.00"), "按期履约三个月后复核")
    # the supervisor sees it and approves it
    ap = pd.PlanApprovalsDialog(PlanService(sqlite_world.db, sqlite_world.supervisor))
    qtbot.addWidget(ap)
    ap.show()
    assert ap.table.rowCount() == 1 and cell(ap.table, 0, 6) == "Supervisor"
    assert ap.detail.rowCount() == 7 and cell(ap.detail, 6, 2) == "¥9,500.00"
    assert "Goals: 按期履约三个月后复核" in ap.info.text()  # what the author saw, the approver sees
    assert "Above the customer's monthly capacity of ¥1,000.00 in 6 months." in ap.info.text()
    import re  # the debt the waiver is measured against: overdue total, days past due, the waiver's share

    with sqlite_world.db.session_factory() as s:
        c = s.get(Case, case_id)
        total, dpd = c.overdue_total, c.dpd
    share = f"{D('500.00') / total * 100:.1f} %"
    assert re.search(rf"Overdue total ¥{total:,.2f} · {dpd} days? past due · the waiver is {share} of it",
                     ap.info.text()), ap.info.text()
    assert ap.approve_btn.isEnabled()
    # giving up money is asked once more, naming the sum; "No" approves nothing
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(ap.approve_btn, Qt.MouseButton.LeftButton)
    assert "waive ¥500.00 of the debt?" in asked[0] and not ap.changed and ap.table.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(ap.approve_btn, Qt.MouseButton.LeftButton)
    assert ap.changed and ap.table.rowCount() == 0 and ap.empty.isVisibleTo(ap)
    with sqlite_world.db.session_factory() as s:
        assert s.scalars(select(CollectionPlan)).one().status == "active"
        assert s.get(Case, case_id).status == "on_plan"


def test_author_cannot_approve_and_reject_asks_a_reason(qtbot, sqlite_world, case_id, monkeypatch):
    PlanService(sqlite_world.db, sqlite_world.supervisor).create_installment_plan(
        case_id, D("10000.00"), D("0"), 5, "monthly", date.today() + timedelta(days=3), None,
        waiver_interest=D("200.00"))
    own = pd.PlanApprovalsDialog(PlanService(sqlite_world.db, sqlite_world.supervisor))
    qtbot.addWidget(own)
    own.show()
    assert not own.approve_btn.isEnabled() and "自己制定" in own.note.text()
    ap = pd.PlanApprovalsDialog(PlanService(sqlite_world.db, sqlite_world.manager))
    qtbot.addWidget(ap)
    ap.show()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("利息减免理由不充分", True))
    qtbot.mouseClick(ap.reject_btn, Qt.MouseButton.LeftButton)
    assert ap.changed and ap.table.rowCount() == 0
    with sqlite_world.db.session_factory() as s:
        plan = s.scalars(select(CollectionPlan)).one()
        assert (plan.status, plan.rejection_reason) == ("rejected", "利息减免理由不充分")


def test_open_plan_approvals_refused_for_a_collector(qtbot, sqlite_world, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert pd.open_plan_approvals(None, sqlite_world.db, sqlite_world.collector) is False
    assert shown and "Insufficient permission" in shown[0]


def test_builder_blocked_while_a_plan_is_live(qtbot, sqlite_world, case_id):
    PlanService(sqlite_world.db, sqlite_world.collector).create_installment_plan(
        case_id, D("10000.00"), D("0"), 5, "monthly", date.today() + timedelta(days=3))
    dlg = builder(qtbot, sqlite_world, case_id)
    assert not dlg.save.isEnabled()
    assert dlg.findChild(type(dlg.summary), "blocked") is not None


def test_open_plan_builder_saves(qtbot, sqlite_world, case_id):
    def drive():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, pd.PlanBuilderDialog)
        dlg.count.setValue(10)
        qtbot.mouseClick(dlg.save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    assert pd.open_plan_builder(None, sqlite_world.db, sqlite_world.collector, case_id) is True
    with sqlite_world.db.session_factory() as s:
        assert s.scalars(select(CollectionPlan)).one().installment_count == 10


def test_builder_in_chinese(qtbot, zh, sqlite_world, case_id):
    dlg = builder(qtbot, sqlite_world, case_id)
    qtbot.keyClicks(dlg.waiver_penalty, "100")
    assert dlg.windowTitle().startswith("分期还款计划") and "需主管审批" in dlg.approval.text()
    assert dlg.summary.text().startswith("应还 ¥9,900.00，分 6 期（每月）")


# --------------------------------------------------------------------------------------------------
# Bulk assessment
# --------------------------------------------------------------------------------------------------
def test_bulk_assessment_runs_off_the_gui_thread(qtbot, demo_world, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    svc = AssessmentService(demo_world.db, demo_world.manager)
    todo = svc.count_unassessed()
    assert todo > 0
    assert ad.run_bulk_assessment(None, demo_world.db, demo_world.manager, None) is True
    assert asked and f"{todo:,}" in asked[0]
    assert svc.count_unassessed() == 0
    with demo_world.db.session_factory() as s:
        assert len(s.scalars(select(Assessment).where(Assessment.bulk.is_(True))).all()) == todo
    # nothing left to do: no question, nothing run
    asked.clear()
    assert ad.run_bulk_assessment(None, demo_world.db, demo_world.manager, None) is False and not asked


def test_bulk_selected_cases_and_cancel(qtbot, demo_world):
    with demo_world.db.session_factory() as s:
        ids = list(s.scalars(select(Case.id).where(Case.branch_id == demo_world.branch_id).limit(5)))
    runner = ad.BulkRunner(AssessmentService(demo_world.db, demo_world.collector), ids)
    qtbot.addWidget(runner)
    runner.job.cancel()  # cancelled before it starts: nothing is saved
    runner.run()
    assert runner.result_ is not None and runner.result_.cancelled
    with demo_world.db.session_factory() as s:
        assert not s.scalars(select(Assessment).where(Assessment.bulk.is_(True))).all()
    assert ad.run_bulk_assessment(None, demo_world.db, demo_world.collector, ids) is True
    with demo_world.db.session_factory() as s:
        assert {a.case_id for a in s.scalars(select(Assessment).where(Assessment.bulk.is_(True)))} == set(ids)


def test_the_author_withdraws_the_blocking_plan_from_the_builder(qtbot, sqlite_world, case_id, monkeypatch):
    """A pending plan blocks a new one; its author can take it back right there, others cannot."""
    from PySide6.QtWidgets import QMessageBox

    first = PlanService(sqlite_world.db, sqlite_world.collector).create_installment_plan(
        case_id, D("10000.00"), D("0"), 5, "monthly", date.today() + timedelta(days=3), None,
        waiver_interest=D("200.00"))
    other = builder(qtbot, sqlite_world, case_id, who="supervisor")
    assert other.withdraw_btn.isHidden()  # not his plan: the approvals list is where he sends it back
    dlg = builder(qtbot, sqlite_world, case_id)
    assert f"#{first.plan_id}" in dlg.block.text() and not dlg.withdraw_btn.isHidden()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dlg.withdraw_btn, Qt.MouseButton.LeftButton)
    assert dlg.withdraw_btn.isHidden() and "withdrawn" in dlg.block.text()
    qtbot.mouseClick(dlg.save, Qt.MouseButton.LeftButton)
    assert dlg.result is not None and dlg.result.plan_id != first.plan_id
    with sqlite_world.db.session_factory() as s:
        statuses = dict(s.execute(select(CollectionPlan.id, CollectionPlan.status)).all())
        assert statuses[first.plan_id] == "withdrawn" and statuses[dlg.result.plan_id] == "active"
