"""Assignment dialogs with the real service: choose a collector; the auto-assignment preview, then Apply."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import Case
from desktop.views.assignment_dialog import AssignDialog, AutoAssignDialog, open_auto_assign
from tests.views.test_calendar import later, new_case


def assigned(db, ids):
    with db.session_factory() as s:
        return {c.id: c.assigned_to_id for c in s.scalars(select(Case).where(Case.id.in_(ids)))}


def test_assign_selected_cases_to_a_collector(qtbot, sqlite_world):
    w = sqlite_world
    ids = [new_case(w), new_case(w)]
    dlg = AssignDialog(w.db, w.supervisor, ids)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.ok.isEnabled()
    names = [dlg.collectors.item(i).text() for i in range(dlg.collectors.count())]
    assert any("王芳" in n for n in names) and any("刘洋" in n for n in names)
    assert not any("陈静" in n for n in names)  # another branch
    row = next(i for i, n in enumerate(names) if "刘洋" in n)
    dlg.collectors.setCurrentRow(row)
    assert dlg.ok.isEnabled()
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert dlg.result() == AssignDialog.DialogCode.Accepted
    assert assigned(w.db, ids) == {i: w.collector2.user_id for i in ids}


def test_auto_assign_preview_then_apply(qtbot, qtmodeltester, sqlite_world):
    w = sqlite_world
    new_case(w, assigned=w.collector.user_id, total="9000.00")
    ids = [new_case(w, total=t) for t in ("8000.00", "5000.00", "3000.00", "1000.00")]
    dlg = AutoAssignDialog(w.db, w.supervisor)
    qtbot.addWidget(dlg)
    dlg.show()
    qtmodeltester.check(dlg.cases)
    qtmodeltester.check(dlg.summary)
    assert dlg.cases.rowCount() == 4 and dlg.apply_btn.isEnabled()
    proposed = {r.case_id: r.collector_id for r in dlg.cases.rows}
    assert set(proposed) == set(ids)
    m = dlg.cases
    assert m.data(m.index(0, 2)).startswith("¥") and "," in m.data(m.index(0, 2))
    assert m.data(m.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) is not None
    loads = {c.collector_id: c for c in dlg.preview.collectors}
    assert loads[w.collector.user_id].existing_count == 1
    assert sum(c.new_count for c in loads.values()) == 4
    assert "4 unassigned case(s)" in dlg.headline.text()
    assert assigned(w.db, ids) == dict.fromkeys(ids)  # nothing written by the preview
    qtbot.mouseClick(dlg.apply_btn, Qt.MouseButton.LeftButton)
    assert dlg.result() == AutoAssignDialog.DialogCode.Accepted and dlg.applied == 4
    assert assigned(w.db, ids) == proposed


def test_open_auto_assign_with_nothing_to_do(qtbot, sqlite_world):
    w = sqlite_world
    new_case(w, assigned=w.collector.user_id)
    seen = {}

    def look(dlg: AutoAssignDialog):
        seen["apply"] = dlg.apply_btn.isEnabled()
        seen["text"] = dlg.headline.text()
        dlg.reject()

    later(look, cls=AutoAssignDialog)
    assert open_auto_assign(None, w.db, w.supervisor) is False
    assert seen == {"apply": False, "text": "Every open case of this branch has a collector — nothing to assign."}


def test_one_cases_current_collector_is_marked_not_preselected(qtbot, sqlite_world):
    w = sqlite_world
    case_id = new_case(w, assigned=w.collector.user_id)
    dlg = AssignDialog(w.db, w.supervisor, [case_id])
    qtbot.addWidget(dlg)
    dlg.show()
    names = [dlg.collectors.item(i).text() for i in range(dlg.collectors.count())]
    marked = [n for n in names if "current collector" in n]
    assert len(marked) == 1 and w.collector.name in marked[0]
    assert dlg.collectors.currentRow() == -1 and not dlg.ok.isEnabled()
