from desktop.services.auditlog import AuditService
from desktop.services.cases import CaseService
from desktop.views.audit_dialog import AuditDialog


def test_audit_viewer_filters_and_verifies(qtbot, demo_world, monkeypatch):
    w = demo_world
    from sqlalchemy import select

    from desktop.models import Case

    with w.db.session_factory() as s:
        cid = s.scalar(select(Case.id).limit(1))
    CaseService(w.db, w.manager).add_note(cid, "审计测试")
    dlg = AuditDialog(AuditService(w.db, w.manager))
    qtbot.addWidget(dlg)
    assert dlg.model.rowCount() > 5
    dlg.case.setText(str(cid))
    dlg.refresh()
    assert dlg.model.rowCount() == 1 and dlg.model.rows[0].action == "case.note"
    dlg.case.clear()
    dlg.user.setText("sup")
    dlg.refresh()
    assert {r.user for r in dlg.model.rows} == {"sup"}
    from PySide6.QtWidgets import QMessageBox

    seen = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: seen.append(a[2]))
    dlg.verify()
    assert seen and "完整" in seen[0]
