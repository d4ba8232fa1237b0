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
    dlg.user.setText("SUP ")  # login names are case-insensitive
    dlg.refresh()
    assert {r.user for r in dlg.model.rows} == {"sup"}
    from PySide6.QtWidgets import QMessageBox

    seen = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: seen.append(a[2]))
    dlg.verify()
    assert seen and "完整" in seen[0]


def test_actions_read_as_words_in_both_languages_and_filter_by_code(qtbot, demo_world, qapp):
    """The audit log shows what happened ("Note added" / 添加备注), not the code; the code stays in the tooltip
    and the action filter still selects by code."""
    from PySide6.QtCore import Qt
    from sqlalchemy import select

    from desktop.models import Case
    from desktop.views.theme import install_translator

    w = demo_world
    with w.db.session_factory() as s:
        cid = s.scalar(select(Case.id).limit(1))
    CaseService(w.db, w.manager).add_note(cid, "审计测试")
    for lang, note_label in (("en", "Note added"), ("zh_CN", "添加备注")):
        install_translator(qapp, lang)
        try:
            dlg = AuditDialog(AuditService(w.db, w.manager))
            qtbot.addWidget(dlg)
            i = dlg.action.findData("case.note")
            assert i > 0 and dlg.action.itemText(i) == note_label
            dlg.action.setCurrentIndex(i)
            dlg.refresh()
            assert dlg.model.rowCount() >= 1 and {r.action for r in dlg.model.rows} == {"case.note"}
            idx = dlg.model.index(0, 3)
            assert dlg.model.data(idx) == note_label
            assert dlg.model.data(idx, Qt.ItemDataRole.ToolTipRole) == "case.note"
        finally:
            install_translator(qapp, "en")


def test_case_filter_takes_the_contract_number_and_the_column_shows_it(qtbot, demo_world, monkeypatch, tmp_path):
    """Staff know the contract number, not the internal case id; the export's detail names the filters."""
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog
    from sqlalchemy import select

    from desktop.models import AuditEvent, Case

    w = demo_world
    with w.db.session_factory() as s:
        cid, contract = s.execute(select(Case.id, Case.contract_no).limit(1)).one()
    CaseService(w.db, w.manager).add_note(cid, "审计测试")
    dlg = AuditDialog(AuditService(w.db, w.manager))
    qtbot.addWidget(dlg)
    for typed in (contract, contract.lower(), f"#{cid}", str(cid), contract[-6:]):  # also its last digits
        dlg.case.setText(typed)
        dlg.refresh()
        assert dlg.model.rowCount() == 1 and dlg.model.rows[0].action == "case.note", typed
        assert dlg.model.data(dlg.model.index(0, 4)) == contract
    for typed in ("HT-NO-SUCH", "#abc"):  # searched as written, never silently dropped
        dlg.case.setText(typed)
        dlg.refresh()
        assert dlg.model.rowCount() == 0, typed
    assert not dlg.date_from.isEnabled()  # dates are a filter only with "Period" ticked
    dlg.use_period.setChecked(True)
    assert dlg.date_from.isEnabled() and dlg.date_to.isEnabled()
    dlg.case.setText(contract)
    dlg.use_period.setChecked(False)
    out = str(tmp_path / "audit.xlsx")
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (offered.append(a[2]), (out, a[3]))[1])
    dlg.export()
    assert offered[0] != "/audit.xlsx" and offered[0].endswith("audit.xlsx")  # not the root of the disk
    with w.db.session_factory() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "audit.export")).one()
    assert ev.detail == f"导出审计日志：合同 {contract}" and ev.after == {"contract_no": contract}
    ws = load_workbook(out).active
    cells = [c for row in ws.iter_rows(values_only=True) for c in row]
    assert contract in cells and "Note added（case.note）" in cells


def test_every_audited_action_has_a_label():
    """Each action the services record (audit.record(s, actor, "<action>", …)) is named in the log's list."""
    import ast
    from pathlib import Path

    from desktop.views.audit_dialog import _action_labels

    root = Path(__file__).resolve().parents[2]
    found: dict[str, str] = {}
    for path in [*(root / "desktop" / "services").glob("*.py"), *(root / "reports").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name != "record":
                continue
            args = [a for a in node.args[2:3]] + [k.value for k in node.keywords if k.arg == "action"]
            for a in args:
                if isinstance(a, ast.Constant) and isinstance(a.value, str) and "." in a.value:
                    found[a.value] = path.name
    assert len(found) > 40  # the walk finds the calls
    missing = {a: f for a, f in found.items() if a not in _action_labels()}
    assert not missing, missing


def test_exporting_to_a_missing_folder_says_why_in_the_interface_language(qtbot, demo_world, tmp_path, monkeypatch,
                                                                           qapp):
    """It used to escape as an unexpected error (the crash dialog); now one line in the dialog, no English
    system text in the Chinese interface."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.views.theme import install_translator

    target = tmp_path / "no-such-folder" / "audit.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dlg = AuditDialog(AuditService(demo_world.db, demo_world.manager))
    qtbot.addWidget(dlg)
    dlg.export()
    assert dlg.status.text().startswith("Could not export: the folder does not exist") and not target.exists()
    install_translator(qapp, "zh_CN")
    try:
        dlg.export()
        assert dlg.status.text().startswith("无法导出：文件夹不存在") and "No such file" not in dlg.status.text()
    finally:
        install_translator(qapp, "en")
