"""The worklist, the outcome / payment / complaint dialogs and the timeline widget, with real services on a temp DB.

Modal dialogs opened by the page are driven from a single-shot timer that fills the active modal widget;
only QMessageBox would be stubbed (no expected error is shown in these flows unless a test says so).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from desktop.models import Customer, PromiseToPay
from desktop.services.outcomes import OutcomeInput, OutcomeService
from desktop.services.payments import PaymentService
from desktop.services.tasks import TaskService
from desktop.views.outcome_dialog import (
    ComplaintDialog,
    OutcomeDialog,
    PaymentDialog,
    TimelineWidget,
    open_complaint_dialog,
    open_outcome_dialog,
    open_payment_dialog,
)
from desktop.views.worklist import SnoozeDialog, TaskModel, WorklistPage
from tests.services.followup_data import contract_of, local, make_case, make_visit

D = Decimal


@pytest.fixture
def case_id(sqlite_world):
    w = sqlite_world
    return make_case(w.db, w.branch_id, total="6000.00", assigned=w.collector.user_id, status="scheduled")


def page_for(qtbot, world, actor) -> WorklistPage:
    page = WorklistPage(world.db, actor)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.wait_idle()
    return page


def later(fn):
    """Run ``fn(active modal widget)`` once the modal dialog about to open is running."""
    def run():
        w = QApplication.activeModalWidget()
        if w is None:
            QTimer.singleShot(10, run)
            return
        try:
            fn(w)
        except BaseException:
            w.reject()  # never leave a modal dialog hanging the test
            raise
    QTimer.singleShot(0, run)


def kinds(page) -> list[str]:
    return [r.kind for r in page.model.rows]


def test_empty_state_says_what_happens(qtbot, sqlite_world):
    page = page_for(qtbot, sqlite_world, sqlite_world.collector)
    assert page.stack.currentWidget() is page.empty
    assert "Nothing due today" in page.empty.text() and "0 overdue" in page.summary.text()
    assert page.tabs.count() == 1  # no branch tab for a collector


def test_log_a_promise_see_it_in_the_worklist_then_import_the_payment(qtbot, sqlite_world, case_id, tmp_path):
    w = sqlite_world
    tasks = TaskService(w.db, w.collector)
    today = tasks.clock.today()
    tasks.create_task(case_id, "电话联系客户了解还款安排", today)
    page = page_for(qtbot, w, w.collector)
    assert kinds(page) == ["manual"] and page.stack.currentWidget() is page.table

    # L on the task: the outcome form; a phone promise of ¥1,500 due tomorrow
    def fill(dlg: OutcomeDialog):
        assert isinstance(dlg, OutcomeDialog) and not dlg.promise_box.isVisible()  # no result chosen yet
        dlg.result.setCurrentIndex(dlg.result.findData("ptp"))
        assert dlg.promise_box.isVisible() and not dlg.conduct_box.isVisible()
        dlg.attitude.setCurrentIndex(dlg.attitude.findData("cooperative"))
        dlg.willingness.setCurrentIndex(dlg.willingness.findData("hesitant"))
        qtbot.keyClicks(dlg.amount, "1,500.00")
        dlg.due.setDate(dlg.due.date().addDays(-6))  # tomorrow (the default is a week ahead)
        dlg.notes.insertPlainText("客户失业三个月，已找到新工作，下月初发工资后还款。")
        dlg.save()

    later(fill)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: page._job is None and "promise_due" in kinds(page))
    rows = {r.kind: r for r in page.model.rows}
    assert rows["promise_due"].due_date == today and "1,500.00" in rows["promise_due"].title
    # the stored title is Chinese; the English worklist shows it in English, the manual task as typed
    shown = {page.model.rows[r].kind: page.model.data(page.model.index(r, page.model.columns.index("title")))
             for r in range(len(page.model.rows))}
    tomorrow = today + timedelta(days=1)
    assert shown["promise_due"] == f"Promise of ¥1,500.00 due {tomorrow:%m-%d}: remind the customer to pay on time"
    assert shown["manual"] == "电话联系客户了解还款安排"
    with w.db.session_factory() as s:
        p = s.scalars(select(PromiseToPay)).one()
        assert (p.amount, p.status) == (D("1500.00"), "open")

    # the payments file arrives: the supervisor imports it, the promise is kept, its task goes
    wb = Workbook()
    ws = wb.active
    ws.append(["合同编号", "还款日期", "还款金额", "交易流水号"])
    ws.append([contract_of(w.db, case_id), today.isoformat(), "1500.00", "BANK-20261129-0001"])
    wb.save(tmp_path / "payments.xlsx")
    parsed, res = PaymentService(w.db, w.supervisor).import_payments_file(tmp_path / "payments.xlsx")
    assert res.new == 1 and res.promises_kept == 1
    page.reload()
    page.wait_idle()
    assert "promise_due" not in kinds(page)
    timeline = TimelineWidget(w.db, w.collector)
    qtbot.addWidget(timeline)
    timeline.show_case(case_id)
    text = timeline.view.toPlainText()
    assert "Promise kept: paid ¥1,500.00 of ¥1,500.00" in text and "Payment ¥1,500.00 (Bank transfer)" in text
    assert "Phone outcome: Promise to pay" in text


def test_done_snooze_and_open_case_keys(qtbot, sqlite_world, case_id):
    w = sqlite_world
    tasks = TaskService(w.db, w.collector)
    today = tasks.clock.today()
    first = tasks.create_task(case_id, "核对收入证明", today, priority=3)
    tasks.create_task(case_id, "提醒客户还款", today, priority=1)
    page = page_for(qtbot, w, w.collector)
    assert page.current_task().id == first
    with qtbot.waitSignal(page.open_case) as sig:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert sig.args == [case_id]

    qtbot.keyClick(page.table, Qt.Key.Key_D)
    assert [r.title for r in page.model.rows] == ["提醒客户还款"]

    seen = []

    def snooze(dlg: SnoozeDialog):
        seen.append(dlg.objectName())
        dlg.reason.setText("客户出差，周五回京")
        dlg.accept()

    later(snooze)
    qtbot.keyClick(page.table, Qt.Key.Key_S)
    assert seen == ["snoozeDialog"] and page.stack.currentWidget() is page.empty
    assert tasks.worklist(today=today + timedelta(days=1))[0].snooze_reason == "客户出差，周五回京"


def test_snooze_without_reason_shows_the_rule_and_keeps_the_dialog(qtbot, sqlite_world, case_id, monkeypatch):
    w = sqlite_world
    tasks = TaskService(w.db, w.collector)
    tasks.create_task(case_id, "回访", tasks.clock.today())
    page = page_for(qtbot, w, w.collector)
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    tries = []

    def snooze(dlg):
        tries.append(1)
        if len(tries) == 1:
            dlg.accept()  # no reason: refused, the dialog comes back
        else:
            dlg.reject()

    def again():
        if len(tries) < 2:
            later(snooze)
            QTimer.singleShot(50, again)

    later(snooze)
    QTimer.singleShot(50, again)
    qtbot.keyClick(page.table, Qt.Key.Key_S)
    assert messages and "reason" in messages[0]
    assert page.model.rows[0].status == "open"


def test_supervisor_sees_the_branch_and_who_is_behind(qtbot, sqlite_world, case_id, qtmodeltester):
    w = sqlite_world
    tasks = TaskService(w.db, w.collector)
    tasks.create_task(case_id, "上门前电话确认", tasks.clock.today())
    page = page_for(qtbot, w, w.supervisor)
    assert page.tabs.count() == 3 and page.tabs.currentIndex() == 1  # nothing of his own: branch view first
    names = [r.name for r in page.behind_model.rows]
    assert names[0] == "王芳" and page.behind_model.rows[0].due_today == 1
    assert [r.title for r in page.branch_model.rows] == ["上门前电话确认"]
    qtmodeltester.check(page.branch_model)
    qtmodeltester.check(page.behind_model)
    assert page.branch_model.data(page.branch_model.index(0, 4)) == "王芳"


def test_task_model_passes_the_model_tester(qtmodeltester, sqlite_world, case_id):
    tasks = TaskService(sqlite_world.db, sqlite_world.collector)
    tasks.create_task(case_id, "任务", tasks.clock.today())
    m = TaskModel()
    m.set_rows(tasks.worklist())
    qtmodeltester.check(m)
    assert m.data(m.index(0, 0)).endswith("Medium") and m.data(m.index(0, 6)) == "¥6,000.00"


def test_visit_outcome_with_conduct_and_new_address(qtbot, sqlite_world, case_id):
    w = sqlite_world
    svc = OutcomeService(w.db, w.collector)
    now = svc.clock.now()
    vid = make_visit(w.db, case_id, now - timedelta(hours=2), [w.collector.user_id, w.collector2.user_id],
                     status="notified", notice_at=now - timedelta(days=2))
    dlg = OutcomeDialog(svc, svc.form(case_id), vid)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.contact.currentData() == vid and dlg.conduct_box.isVisible()
    assert dlg.met_label.text() == "Who was met" and dlg.met.itemText(dlg.met.findData("nobody")) == "Nobody"
    dlg.contact.setCurrentIndex(dlg.contact.findData(None))  # a phone call is answered, not met
    assert dlg.met_label.text() == "Who answered" and not dlg.conduct_box.isVisible()
    assert dlg.met.itemText(dlg.met.findData("nobody")) == "Nobody answered"
    dlg.contact.setCurrentIndex(dlg.contact.findData(vid))
    assert dlg.met_label.text() == "Who was met" and dlg.conduct_box.isVisible()
    assert not dlg.next_date.isEnabled()  # no next action chosen yet
    dlg.result.setCurrentIndex(dlg.result.findData("hardship"))
    dlg.attitude.setCurrentIndex(dlg.attitude.findData("cooperative"))
    dlg.ability.setCurrentIndex(dlg.ability.findData("no_income"))
    for box in (dlg.id_shown, dlg.recording, dlg.no_entry):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.recording_ref, "REC-0042")
    dlg.address.insert("北京市通州区新华大街1号")
    dlg.next_action.setCurrentIndex(dlg.next_action.findData("plan"))
    assert dlg.next_date.isEnabled()
    dlg.save()
    assert dlg.saved is not None and dlg.saved.visit_marked_done and dlg.saved.case_status == "visited"
    rows = svc.contact_points(case_id)
    assert rows[0].value == "北京市通州区新华大街1号"


def test_outcome_errors_keep_the_dialog_open(qtbot, sqlite_world, case_id, monkeypatch):
    w = sqlite_world
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    svc = OutcomeService(w.db, w.collector)
    dlg = OutcomeDialog(svc, svc.form(case_id))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.result.setCurrentIndex(dlg.result.findData("ptp"))
    dlg.attitude.setCurrentIndex(dlg.attitude.findData("cooperative"))
    qtbot.keyClicks(dlg.amount, "abc")
    dlg.save()
    assert dlg.saved is None and "Promise amount" in messages[0]
    dlg.amount.setText("999999")
    dlg.save()
    assert dlg.saved is None and "above the overdue total" in messages[-1]


def test_results_offered_follow_the_kind_of_contact(qtbot, sqlite_world, case_id):
    """A call has no "not at home" and a visit no "no answer"; switching hides the other kind's results."""
    w = sqlite_world
    vid = make_visit(w.db, case_id, datetime.now(UTC) - timedelta(hours=2), [w.collector.user_id])
    svc = OutcomeService(w.db, w.collector)
    dlg = OutcomeDialog(svc, svc.form(case_id))
    qtbot.addWidget(dlg)
    dlg.show()

    def offered() -> set:
        return {dlg.result.itemData(i) for i in range(1, dlg.result.count()) if not dlg.result.view().isRowHidden(i)}

    dlg.contact.setCurrentIndex(dlg.contact.findData(None))  # phone
    assert "no_answer" in offered() and not {"not_home", "moved"} & offered()
    dlg.result.setCurrentIndex(dlg.result.findData("no_answer"))
    dlg.contact.setCurrentIndex(dlg.contact.findData(vid))  # the visit
    assert {"not_home", "moved"} <= offered() and "no_answer" not in offered()
    assert dlg.result.currentData() is None  # the call's result does not stay chosen for a visit


def test_payment_and_complaint_dialogs(qtbot, sqlite_world, case_id, monkeypatch):
    w = sqlite_world
    pay = PaymentDialog(PaymentService(w.db, w.collector), case_id)
    qtbot.addWidget(pay)
    from PySide6.QtWidgets import QLabel

    assert "No open promise" in pay.findChild(QLabel, "openItems").text()
    # more than the overdue total: asked first; "No" saves nothing and keeps the dialog
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.No)[1])
    qtbot.keyClicks(pay.amount, "999999")
    qtbot.keyClicks(pay.txn, "APP-999")
    pay.save()
    assert pay.result_ is None and len(asked) == 1 and "more than the overdue total" in asked[0]
    pay.amount.clear()
    pay.txn.clear()
    qtbot.keyClicks(pay.amount, "300")
    qtbot.keyClicks(pay.txn, "APP-123")
    pay.channel.setCurrentIndex(pay.channel.findData("app"))
    pay.save()
    assert pay.result_ is not None and pay.result_.amount == D("300.00")
    comp = ComplaintDialog(OutcomeService(w.db, w.collector), case_id)
    qtbot.addWidget(comp)
    comp.against.setCurrentIndex(comp.against.findData(w.collector2.user_id))
    comp.description.insertPlainText("客户投诉外访人员语气生硬")
    comp.save()
    assert comp.complaint_id is not None
    with w.db.session_factory() as s:
        assert s.scalars(select(Customer.do_not_visit)).all() == ["complaint"]


def test_open_functions_return_false_when_cancelled(qtbot, sqlite_world, case_id):
    w = sqlite_world
    for opener in (open_outcome_dialog, open_payment_dialog, open_complaint_dialog):
        later(lambda dlg: dlg.reject())
        assert opener(None, w.db, w.collector, case_id) is False


def test_open_outcome_dialog_refuses_another_branch(qtbot, sqlite_world, case_id, monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    assert open_outcome_dialog(None, sqlite_world.db, sqlite_world.other_collector, case_id) is False
    assert "belongs to another branch" in messages[0]


def test_timeline_widget_filters_by_kind(qtbot, sqlite_world, case_id):
    w = sqlite_world
    PaymentService(w.db, w.collector).record_payment(case_id, amount=D("120.00"),
                                                     paid_on=PaymentService(w.db, w.collector).clock.today(),
                                                     txn_no="TL-9")
    make_visit(w.db, case_id, local(PaymentService(w.db, w.collector).clock.today() + timedelta(days=2), 10),
               [w.collector.user_id, w.collector2.user_id])
    tl = TimelineWidget(w.db, w.collector)
    qtbot.addWidget(tl)
    with qtbot.waitSignal(tl.loaded):
        tl.show_case(case_id)
    assert "Payment ¥120.00" in tl.view.toPlainText() and "Visit (planned)" in tl.view.toPlainText()
    tl.set_kind("payment")
    assert [e.kind for e in tl.visible_entries()] == ["payment"] and "Visit (" not in tl.view.toPlainText()
    tl.set_kind("complaint")
    assert "Nothing of this kind yet." in tl.view.toPlainText()
    assert tl.count.text() == "0 events"


def test_timeline_details_read_in_english_except_what_staff_wrote(qtbot, sqlite_world, case_id):
    """The English interface builds the detail lines itself; only typed text (notes, purposes) stays Chinese."""
    import re

    w = sqlite_world
    svc = OutcomeService(w.db, w.collector)
    now = svc.clock.now()
    vid = make_visit(w.db, case_id, now - timedelta(hours=2), [w.collector.user_id, w.collector2.user_id],
                     status="notified", notice_at=now - timedelta(days=2))
    svc.record(OutcomeInput(case_id=case_id, visit_id=vid, met="borrower", result_code="refused", attitude="hostile",
                            conduct_id_shown=True, conduct_recording=False, conduct_no_entry=True,
                            recording_ref="REC-7", next_action="phone", next_action_date=svc.clock.today() +
                            timedelta(days=3), notes="客户说下月发工资"))
    svc.record(OutcomeInput(case_id=case_id, met="nobody", result_code="no_answer"))
    PaymentService(w.db, w.collector).record_payment(case_id, amount=D("120.00"), paid_on=svc.clock.today(),
                                                     txn_no="TL-10")
    tl = TimelineWidget(w.db, w.collector)
    qtbot.addWidget(tl)
    with qtbot.waitSignal(tl.loaded):
        tl.show_case(case_id)
    text = tl.view.toPlainText()
    assert "Borrower; attitude hostile; conduct: not recorded throughout; recording REC-7; next: Phone follow-up" \
        in text
    assert "Nobody answered" in text and "transaction TL-10; recorded" in text and "客户说下月发工资" in text
    cjk = set(re.findall(r"[\u4e00-\u9fff]+", text))
    assert cjk <= {"客户说下月发工资", "王芳", "刘洋", "陈静", "李娜"} | {w.collector.name, w.collector2.name} | set(
        re.findall(r"[\u4e00-\u9fff]+", " ".join(e.who or "" for e in tl.entries))) | set(
        re.findall(r"[\u4e00-\u9fff]+", " ".join(str(e.params.get("address") or "") for e in tl.entries))), cjk


def test_supervisor_resolves_a_complaint_from_the_complaints_tab(qtbot, sqlite_world, case_id, qtmodeltester):
    w = sqlite_world
    OutcomeService(w.db, w.collector).record_complaint(case_id, None, w.collector2.user_id, "客户投诉外访人员语气生硬")
    page = page_for(qtbot, w, w.supervisor)
    assert page.tabs.count() == 3 and page.tabs.tabText(2).endswith("(1)")
    qtmodeltester.check(page.complaint_model)
    assert page.complaint_model.data(page.complaint_model.index(0, 3)) == "刘洋"
    page.tabs.setCurrentIndex(2)
    page.complaints.selectRow(0)

    def resolve(dlg):
        assert dlg.objectName() == "resolveDialog"
        dlg.resolution.insertPlainText("已核实录音，对外访人员批评教育，并向客户致歉")
        dlg.accept()

    later(resolve)
    qtbot.keyClick(page.complaints, Qt.Key.Key_R)
    assert page.complaint_model.rows == [] and page.tabs.tabText(2) == "Complaints"
    with w.db.session_factory() as s:
        assert s.scalars(select(Customer.do_not_visit)).all() == [None]
    page.show_resolved.setChecked(True)
    assert page.complaint_model.rows[0].status == "resolved"


def test_admin_adds_a_result_code(qtbot, sqlite_world, monkeypatch):
    from desktop.services.outcomes import ResultCodeService
    from desktop.views.result_codes import ResultCodeForm, ResultCodesDialog

    svc = ResultCodeService(sqlite_world.db, sqlite_world.admin)
    dlg = ResultCodesDialog(svc)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 11 and dlg.table.item(0, 0).text() == "ptp"

    def fill(form: ResultCodeForm):
        form.code.setText("wrong_number")
        form.label.setText("号码错误")
        form.save()

    later(fill)
    dlg.add()
    assert dlg.changed and dlg.table.rowCount() == 12
    assert dlg.table.item(11, 1).text() == "号码错误" and dlg.table.item(11, 2).text() == "—"
    assert "wrong_number" in {c.code for c in svc.codes()}

    # "New" with a code that exists: refused in English, nothing overwritten
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))

    def duplicate(form: ResultCodeForm):
        form.code.setText("ptp")
        form.label.setText("dup")
        form.save()
        form.reject()

    later(duplicate)
    dlg.add()
    assert shown and "The result code ptp already exists (承诺还款)" in shown[0]
    assert {c.code: c.label for c in svc.codes()}["ptp"] == "承诺还款"


def test_manager_picks_the_branch_on_the_branch_tab(qtbot, sqlite_world, case_id):
    """A manager covers every branch: the branch tab has a picker; a supervisor sees only his own."""
    w = sqlite_world
    other_case = make_case(w.db, w.other_branch_id, total="3000.00", assigned=w.other_collector.user_id)
    mine, theirs = TaskService(w.db, w.collector), TaskService(w.db, w.other_collector)
    mine.create_task(case_id, "上门前电话确认", mine.clock.today())
    theirs.create_task(other_case, "核实新单位", theirs.clock.today())
    page = page_for(qtbot, w, w.manager)
    assert not page.branch_pick.isHidden() and page.branch_pick.currentData() == w.manager.branch_id
    assert [r.title for r in page.branch_model.rows] == ["上门前电话确认"]
    page.branch_pick.setCurrentIndex(page.branch_pick.findData(w.other_branch_id))
    page.wait_idle()
    assert [r.title for r in page.branch_model.rows] == ["核实新单位"]
    assert [r.name for r in page.behind_model.rows] == ["陈静"]
    assert page_for(qtbot, w, w.supervisor).branch_pick.isHidden()
