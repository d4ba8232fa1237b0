"""The 日程 page with the real visit service on a temporary database: create from an empty slot, drag to
reschedule (refused with every rule listed and the visit unchanged; accepted), context-menu actions, keys."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop.services.visits import VisitDraft, VisitService
from desktop.views.calendar import CalendarPage, NoticeDialog
from desktop.views.visit_dialog import VisitDialog
from tests.services.followup_data import MovableClock, make_case, make_visit

# ---- shared with test_visit_dialog.py and test_assignment_dialog.py ------------------------------------
# The clock stands at Tuesday 2026-12-01 10:00 (Beijing); the visits go into the following ordinary working
# week of 2026-12-07 (Mon) to 2026-12-11 (Fri), so that a visit planned now without a notice is still in
# time for the 24-hour notice rule.

NOW_DAY = date(2026, 12, 1)
WEEK = date(2026, 12, 7)  # Monday
TUE, WED = WEEK + timedelta(days=1), WEEK + timedelta(days=2)


def clock() -> MovableClock:
    return MovableClock(NOW_DAY, time(10, 0))


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm))


def new_case(world, *, assigned: int | None = None, address: str = "北京市朝阳区建国路88号", total: str = "6000.00") -> int:
    return make_case(world.db, world.branch_id, total=total, assigned=assigned, address=address)


def plan(world, actor, case_id: int, start: datetime, minutes: int = 60, team=None) -> int:
    """A compliant visit through the service (no notice yet: it is more than 24 h ahead)."""
    svc = VisitService(world.db, actor, clock=clock())
    addresses = svc.case_addresses(case_id)
    team = tuple(team or (world.collector.user_id, world.collector2.user_id))
    return svc.create(VisitDraft(case_id=case_id, start=start, end=start + timedelta(minutes=minutes),
                                 member_ids=team, address=addresses[0].address, address_kind=addresses[0].kind,
                                 purpose="了解客户还款困难"))


def later(fn, *, cls=None) -> None:
    """Run ``fn(active modal widget)`` once the modal dialog about to open is running."""
    def run():
        w = QApplication.activeModalWidget()
        if w is None or (cls is not None and not isinstance(w, cls)):
            QTimer.singleShot(10, run)
            return
        try:
            fn(w)
        except BaseException:
            w.reject()  # never leave a modal dialog hanging the test
            raise
    QTimer.singleShot(0, run)


# ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


def page_for(qtbot, world, actor, day: date = WEEK, mode: str = "week") -> CalendarPage:
    page = CalendarPage(world.db, actor, clock=clock())
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    page.set_mode(mode)
    page.set_date(day)
    qtbot.waitExposed(page)
    return page


def drag(qtbot, view, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    mid = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(view, mid)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def grid_target(page, visit_id: int, new_start) -> tuple[QPoint, QPoint]:
    """Press point inside the visit and the release point that moves its start to ``new_start``."""
    g = page.grid
    r = g.visit_rect(visit_id)
    row = page.row(visit_id)
    press = QPoint(int(r.left() + 8), int(r.top() + 6))
    dy = g.y_of(new_start.hour * 60 + new_start.minute) - g.y_of(row.start.hour * 60 + row.start.minute)
    col = g.days.index(new_start.date())
    x = int(g.GUTTER + (col + 0.5) * g.col_width())
    return press, QPoint(x, int(press.y() + dy))


def test_week_shows_visits_and_legend(qtbot, sqlite_world):
    w = sqlite_world
    vid = plan(w, w.collector, new_case(w, assigned=w.collector.user_id), at(TUE, 10))
    page = page_for(qtbot, w, w.collector)
    assert page.grid.days[0] == WEEK and len(page.grid.days) == 7
    assert [r.id for r in page.rows] == [vid]
    assert page.grid.visit_rect(vid) is not None
    assert "1 visit ·" in page.summary.text()
    assert [s for s, _ in page.legend.entries()] == ["planned", "notified", "done", "cancelled", "missed"]
    assert not page.branch.isVisible()  # a collector sees the own branch only


def test_create_a_visit_by_double_clicking_an_empty_slot(qtbot, sqlite_world):
    w = sqlite_world
    case_id = new_case(w, assigned=w.collector.user_id)
    page = page_for(qtbot, w, w.collector)
    assert page.rows == []
    seen = {}

    def fill(dlg: VisitDialog):
        seen["start"] = dlg.start_dt()
        assert dlg.picker.isVisible()  # no case yet: search for one
        contract = w.db.session_factory().execute(
            __import__("sqlalchemy").text("select contract_no from cases where id = :i"), {"i": case_id}).scalar()
        qtbot.keyClicks(dlg.case_search, contract)
        qtbot.keyClick(dlg.case_search, Qt.Key.Key_Return)
        assert dlg.case_ids == [case_id]
        assert dlg.members() == (w.collector.user_id,)  # the case's collector is preselected
        qtbot.waitUntil(lambda: "team_size" in dlg.unresolved_ids())
        assert not dlg.save_btn.isEnabled()
        for i in range(dlg.team.count()):
            dlg.team.item(i).setCheckState(Qt.CheckState.Checked)
        qtbot.waitUntil(dlg.save_btn.isEnabled)
        dlg.save()

    later(fill, cls=VisitDialog)
    slot = at(WED, 14)
    with qtbot.waitSignal(page.status_message):
        qtbot.mouseDClick(page.grid, Qt.MouseButton.LeftButton, pos=page.grid.point_at(slot))
    assert seen["start"] == slot
    assert [(r.case_id, r.start, r.status) for r in page.rows] == [(case_id, slot, "planned")]


def test_drag_onto_the_quiet_hours_is_refused_with_every_rule_listed(qtbot, sqlite_world, warnings):
    w = sqlite_world
    vid = plan(w, w.collector, new_case(w), at(TUE, 10))
    page = page_for(qtbot, w, w.collector)
    press, release = grid_target(page, vid, at(TUE, 21, 30))
    drag(qtbot, page.grid, press, release)
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "The visit was not moved"
    assert "22:00" in text and "Fix: " in text  # quiet hours (hard) and the visiting window, each with its fix
    assert text.count("Fix: ") >= 2
    info = VisitService(w.db, w.collector, clock=clock()).get(vid)
    assert (info.start, info.version) == (at(TUE, 10), 1)  # put back: nothing changed
    assert page.row(vid).start == at(TUE, 10)


def test_drag_to_another_day_and_time_is_accepted(qtbot, sqlite_world, warnings):
    w = sqlite_world
    vid = plan(w, w.collector, new_case(w), at(TUE, 10))
    page = page_for(qtbot, w, w.collector)
    press, release = grid_target(page, vid, at(WED, 14, 30))
    with qtbot.waitSignal(page.status_message) as sig:
        drag(qtbot, page.grid, press, release)
    assert warnings == []
    assert "2026-12-09 14:30" in sig.args[0]
    info = VisitService(w.db, w.collector, clock=clock()).get(vid)
    assert (info.start, info.end) == (at(WED, 14, 30), at(WED, 15, 30))
    assert page.row(vid).start == at(WED, 14, 30)


def test_month_view_drag_onto_new_year_is_refused(qtbot, sqlite_world, warnings):
    """2027 is past chinesecalendar's data: the holidays package supplies New Year's Day."""
    w = sqlite_world
    wed = date(2026, 12, 30)
    vid = plan(w, w.collector, new_case(w), at(wed, 10))
    page = page_for(qtbot, w, w.collector, day=wed, mode="month")
    m = page.month
    r = m.visit_rect(vid)
    target = m.cell_rect(date(2027, 1, 1)).center().toPoint()
    drag(qtbot, m, r.center().toPoint(), target)
    assert len(warnings) == 1 and "2027-01-01" in warnings[0][1]
    assert VisitService(w.db, w.collector, clock=clock()).get(vid).start == at(wed, 10)


def test_context_menu_notice_and_cancel(qtbot, sqlite_world, monkeypatch):
    w = sqlite_world
    vid = plan(w, w.collector, new_case(w), at(TUE, 10))
    page = page_for(qtbot, w, w.collector)
    menu = page.visit_menu_actions(vid)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert {"edit", "openCase", "notice", "done", "missed", "cancel", "printNotice"} <= set(names)

    def notice(dlg: NoticeDialog):
        dlg.channel.setCurrentIndex(dlg.channel.findData("phone"))
        dlg.accept()

    later(notice, cls=NoticeDialog)
    with qtbot.waitSignal(page.status_message):
        next(a for a in menu.actions() if a.objectName() == "notice").trigger()
    assert page.row(vid).status == "notified"
    assert page.row(vid).notice_at is not None

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("客户来电改约", True))
    menu = page.visit_menu_actions(vid)
    with qtbot.waitSignal(page.status_message):
        next(a for a in menu.actions() if a.objectName() == "cancel").trigger()
    assert page.row(vid).status == "cancelled"
    with qtbot.waitSignal(page.open_case) as sig:
        next(a for a in page.visit_menu_actions(vid).actions() if a.objectName() == "openCase").trigger()
    assert sig.args == [page.row(vid).case_id]


def test_keys_move_between_periods_and_views(qtbot, sqlite_world):
    w = sqlite_world
    page = page_for(qtbot, w, w.collector)
    page.activateWindow()
    qtbot.waitActive(page)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_PageDown)
    assert page.period_range()[0] == WEEK + timedelta(days=7)
    qtbot.keyClick(page.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert page.period_range()[0] == WEEK
    qtbot.keyClick(page.grid, Qt.Key.Key_3)
    assert page.mode == "day" and page.period_range() == (WEEK, WEEK)
    qtbot.keyClick(page.grid, Qt.Key.Key_1)
    assert page.mode == "month" and page.stack.currentWidget() is page.month
    page.month.setFocus()
    qtbot.keyClick(page.month, Qt.Key.Key_T)
    assert page.anchor == date(2026, 12, 1)
    qtbot.keyClick(page.month, Qt.Key.Key_2)
    assert page.mode == "week" and page.period_range()[0] == date(2026, 11, 30)


def test_period_title_uses_the_day_headers_date_form(qtbot, sqlite_world, zh):
    """The title and the column headers write dates the same way (it was 2026-11-23 over 11月23日)."""
    w = sqlite_world
    page = page_for(qtbot, w, w.collector)
    first, last = page.period_range()
    assert page.period.text() == (f"{first.year}年{first.month}月{first.day}日 至 {last.month}月{last.day}日"
                                  f"（第 {first.isocalendar()[1]} 周）")
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_3)
    assert page.period.text().startswith(f"{first.year}年{first.month}月{first.day}日 星期")


def test_month_and_year_end_titles(qtbot, sqlite_world, zh):
    """January reads 2027年1月 (not 01); a week into the next year names that year too."""
    w = sqlite_world
    page = page_for(qtbot, w, w.collector)
    page.set_mode("month")
    page.set_date(date(2027, 1, 14))
    assert page.period.text() == "2027年1月"
    page.set_mode("week")
    page.set_date(date(2026, 12, 30))
    assert page.period.text() == "2026年12月28日 至 2027年1月3日（第 53 周）"


def test_month_title_in_english_names_the_month(qtbot, sqlite_world):
    page = page_for(qtbot, sqlite_world, sqlite_world.collector)
    page.set_mode("month")
    page.set_date(date(2027, 1, 14))
    assert page.period.text() == "January 2027"


def test_manager_filters_by_branch_collector_and_status(qtbot, sqlite_world):
    w = sqlite_world
    a = plan(w, w.collector, new_case(w), at(TUE, 10))
    b = plan(w, w.collector, new_case(w), at(WED, 10))
    page = page_for(qtbot, w, w.manager)
    assert page.branch.isVisibleTo(page)
    page.branch.setCurrentIndex(page.branch.findData(w.branch_id))
    assert {r.id for r in page.rows} == {a, b}
    page.branch.setCurrentIndex(page.branch.findData(w.other_branch_id))
    assert page.rows == []
    page.branch.setCurrentIndex(page.branch.findData(w.branch_id))
    page.collector.setCurrentIndex(page.collector.findData(w.collector.user_id))
    assert {r.id for r in page.rows} == {a, b}
    page.status.setCurrentIndex(page.status.findData("done"))
    assert page.rows == []


def test_month_view_shades_the_admins_official_days(qtbot, sqlite_world):
    """2027 is past chinesecalendar's data: the days the admin enters are shaded as the rules see them, and
    entering one shows on the next refresh."""
    from desktop.services.reference import ReferenceService

    w = sqlite_world
    page = page_for(qtbot, w, w.collector, day=date(2027, 3, 3), mode="month")
    kinds = page.month.day_kinds
    assert date(2027, 3, 3) not in kinds  # a Wednesday, before any entry (no holiday in March)
    assert kinds[date(2027, 3, 6)][0] == "weekend"  # a Saturday
    ref = ReferenceService(w.db, w.admin)
    ref.set_official_day(date(2027, 3, 3), "holiday", "公司公休")
    ref.set_official_day(date(2027, 3, 6), "workday", "调休上班")
    page.refresh()
    kinds = page.month.day_kinds
    assert kinds[date(2027, 3, 3)] == ("holiday", "公司公休")
    assert kinds[date(2027, 3, 6)][0] == "makeup_workday"
    # the rules agree: a visit on the official day off is refused
    svc = VisitService(w.db, w.collector, clock=clock())
    assert svc.work_calendar().is_holiday(date(2027, 3, 3))


# ---- what a visit block shows ----------------------------------------------------------------------------
LONG_ADDRESS = "北京市朝阳区建国路88号院现代城小区3号楼2单元1502室（东门进）"


def _side_by_side(w, day: date) -> tuple[int, int]:
    """Two visits at 11:00 on ``day`` sharing the column (written directly: the rules are not the point)."""
    from desktop.services.context import BRANCH_TZ

    team = [w.collector.user_id, w.collector2.user_id]
    start = at(day, 11).replace(tzinfo=BRANCH_TZ)
    return tuple(make_visit(w.db, new_case(w, address=LONG_ADDRESS), start, team) for _ in range(2))


def _name_first(lines: list[str], name: str) -> bool:
    return bool(lines) and (lines[0].startswith(f"11:00 {name}") or lines[:2] == ["11:00", name])


def test_week_and_day_blocks_always_show_the_time_and_the_customer(qtbot, sqlite_world):
    """Two visits side by side: the week view showed "11:00 / 朝阳区" (the first line was cut back to the time
    when the name did not fit), the day view "11:00 / 朝阳区" when the one long line with the address, team and
    contract was wider than the half column. Now the name always follows the time; the rest is elided."""
    w = sqlite_world
    a, b = _side_by_side(w, TUE)
    page = page_for(qtbot, w, w.manager)
    page.branch.setCurrentIndex(page.branch.findData(w.branch_id))
    g = page.grid
    fm = QFontMetricsF(g._small)
    for vid in (a, b):
        name = page.row(vid).customer_name
        lines = g.visit_text(vid)
        assert g.visit_rect(vid).width() < 120  # two lanes of one week day
        assert _name_first(lines, name), lines
    page.set_mode("day")
    page.set_date(TUE)
    for vid in (a, b):
        row = page.row(vid)
        lines = g.visit_text(vid)
        r, _, mark = g.block_text(next(it for it in g.items if it.vid == vid))
        assert 300 < g.visit_rect(vid).width() < 700  # half of the day column
        assert lines[0].startswith(f"11:00 {row.customer_name}  ·  "), lines
        assert fm.horizontalAdvance(lines[0]) <= r.width()  # elided, never cut by the block's edge
        assert lines[1] == row.district == "朝阳区" and mark == 1


def test_block_text_for_narrow_and_wide_blocks(qtbot):
    """The text choice itself: a block too narrow for time and name on one line gives the name the second line
    (the status mark moves there, the first line keeps the whole width); a one-line block elides the name; a
    wide one lists the details after the name and elides the last one that does not fit."""
    from types import SimpleNamespace

    from PySide6.QtGui import QFont

    from desktop.views.calendar import visit_block_text

    fm = QFontMetricsF(QFont())
    row = SimpleNamespace(start=at(TUE, 9, 30), status="planned", customer_name="欧阳娜娜", contract_no="HT2026000081",
                          address=LONG_ADDRESS, district="朝阳区", member_names=("张帅", "崔建"))
    head = "09:30 欧阳娜娜"
    w_head = fm.horizontalAdvance(head)
    # roomy enough for both beside the mark: one line, then the district and the team
    lines, mark = visit_block_text(row, fm, w_head + 12, 3, mark_w=11)
    assert lines == [head, "朝阳区", "张帅、崔建"] and mark == 1
    # too narrow for both: the name on its own line, the district below when there is room
    narrow = max(fm.horizontalAdvance("09:30 欧阳"), fm.horizontalAdvance("欧阳娜娜") + 11) + 2
    assert narrow < w_head
    lines, mark = visit_block_text(row, fm, narrow, 2, mark_w=11)
    assert lines == ["09:30", "欧阳娜娜"] and mark == 1
    lines, _ = visit_block_text(row, fm, narrow, 3, mark_w=11)
    assert lines == ["09:30", "欧阳娜娜", "朝阳区"]
    # one line only: the time and as much of the name as fits; the mark gives way when the whole name fits
    lines, mark = visit_block_text(row, fm, narrow, 1, mark_w=0)
    assert len(lines) == 1 and lines[0].startswith("09:30 欧") and lines[0].endswith("…") and mark is None
    assert visit_block_text(row, fm, w_head + 2, 1, mark_w=11) == ([head], None)
    assert visit_block_text(row, fm, w_head + 12, 1, mark_w=11) == ([head], 0)
    # wide (day view): time, name, status, then the address elided; nothing wider than the block
    width = w_head + fm.horizontalAdvance("  ·  Planned visit  ·  北京市朝阳区建国路")
    lines, mark = visit_block_text(row, fm, width, 2, wide=True, mark_w=11)
    assert lines[0].startswith(head + "  ·  Planned visit  ·  北京市") and lines[0].endswith("…")
    assert fm.horizontalAdvance(lines[0]) <= width and lines[1] == "朝阳区" and mark == 1
    # wide enough for everything: the team is not repeated below
    lines, _ = visit_block_text(row, fm, 2000, 3, wide=True, mark_w=11)
    assert lines == [f"{head}  ·  Planned visit  ·  {LONG_ADDRESS}  ·  张帅、崔建  ·  HT2026000081", "朝阳区"]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_footer_legend_is_never_cut(qtbot, sqlite_world, lang, request):
    """The status legend at the bottom right read "Cancelle…" (Missed not shown) in English: the hint on its
    left gives way (elided, whole in the tooltip); every legend entry keeps its full width, also next to the
    long "no visits" summary, in the page of a 1,400 and a 1,500 px window."""
    if lang == "zh_CN":
        request.getfixturevalue("zh")
    w = sqlite_world
    page = page_for(qtbot, w, w.collector)  # an empty week: the longest summary
    assert page.rows == [] and len(page.summary.text()) > 30
    for width in (1268, 1368):
        page.resize(width, 800)
        QApplication.processEvents()
        legend = page.legend
        assert legend.width() >= legend.sizeHint().width()
        assert legend.mapTo(page, legend.rect().topRight()).x() <= page.width()
        assert page.hint.geometry().right() < legend.geometry().left()
        assert page.summary.geometry().right() < page.hint.geometry().left()
        shown = page.hint.shown_text()
        assert page.hint.text().startswith(shown.rstrip("…"))
        if shown != page.hint.text():
            assert page.hint.toolTip() == page.hint.text()


def test_a_booked_visit_that_must_not_happen_is_marked(qtbot, sqlite_world):
    """A visit booked before its customer was flagged do-not-visit (or a plan was agreed) shows ⚠ and why."""
    from PySide6.QtGui import QFont

    from desktop.views.calendar import visit_block_text, visit_tooltip
    from tests.services.visit_data import set_flag

    w = sqlite_world
    flagged, fine = new_case(w), new_case(w)
    v1 = plan(w, w.collector, flagged, at(TUE, 10))
    v2 = plan(w, w.collector, fine, at(TUE, 14))
    set_flag(w.db, flagged, "complaint")
    page = page_for(qtbot, w, w.collector)
    held, ok = page.row(v1), page.row(v2)
    assert held.held == "投诉处理中" and ok.held == ""
    fm = QFontMetricsF(QFont())
    assert visit_block_text(held, fm, 400, 2)[0][0].startswith("⚠10:00")
    assert visit_block_text(ok, fm, 400, 2)[0][0].startswith("14:00")
    assert visit_tooltip(held).splitlines()[0] == "⚠ Visits stopped: 投诉处理中. Cancel or move this visit."
