"""The import wizard and the import history, with real widgets and the real ImportService on a temporary database.

Only the modal QFileDialog / QMessageBox calls are stubbed. Long work is waited for with waitUntil/waitSignal.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from sqlalchemy import func, select

from desktop.models import Case, Customer, ImportBatch, Loan
from desktop.services.importer import ImportService
from desktop.views import import_wizard as iw
from desktop.views.import_history import ImportHistoryDialog, open_import_history
from desktop.views.import_wizard import ImportWizard, open_import_wizard, save_import_template
from tests.factories import make_loans, write_export

D1 = date(2026, 11, 27)


def counts(db) -> dict:
    with db.session_factory() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Customer, Loan, Case, ImportBatch)}


@pytest.fixture
def clean_file(tmp_path) -> Path:
    """A clean day-1 export with an alias header (身份证号码) and an extra column the importer ignores."""
    (tmp_path / "exports").mkdir()
    f = write_export(tmp_path / "exports" / "d1.xlsx", make_loans(30, seed=7), D1)
    wb = load_workbook(f)
    ws = wb.active
    ws.cell(row=3, column=3).value = "身份证号码"
    ws.cell(row=3, column=20).value = "备注"
    wb.save(f)
    return f


@pytest.fixture
def bad_file(tmp_path) -> Path:
    """Rows 4..9 are loans (row 9 with a 10-digit mobile), rows 10 and 11 are invalid extra rows."""
    loans = make_loans(6, seed=8)
    loans[5].mobile = "1381234567"
    extra = [
        ["HT-BAD-1", "王芳", "110105199001011235", "13812345678", "京喜贷", None, None, 100, 1, 1, 102, 5,
         None, None, "北京市朝阳区", None, None, "朝阳营业部", None],
        ["HT-BAD-2", "", "110105199001011232", "13812345679", "京喜贷", None, None, 100, 1, 1, 102, 5,
         None, None, "北京市朝阳区", None, None, "朝阳营业部", None],
    ]
    return write_export(tmp_path / "bad.xlsx", loans, D1, messy=False, extra_rows=extra)


def big_csv(path: Path, n: int) -> Path:
    """A plain CSV export (no data date line) with n valid rows: big enough that reading and importing take a
    noticeable time, so Stop always arrives while the work runs."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["合同编号", "客户姓名", "证件号码", "手机号码", "逾期总额", "逾期天数", "所属机构"])
        for ln in make_loans(n, seed=9):
            w.writerow([ln.contract_no, ln.name, ln.id_number, ln.mobile, f"{ln.total}", ln.dpd, ln.branch])
    return path


def make_wizard(qtbot, world, actor=None) -> ImportWizard:
    wiz = ImportWizard(ImportService(world.db, actor or world.supervisor))
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def to_preview(qtbot, wiz: ImportWizard, path: Path) -> None:
    wiz.file_page.path.setText(str(path))
    wiz.next()
    assert wiz.currentId() == ImportWizard.PREVIEW
    qtbot.waitUntil(lambda: wiz.preview_page.isComplete() or wiz.preview_page.message.isVisible(), timeout=20000)


def commit_button(wiz: ImportWizard):
    return wiz.button(QWizard.WizardButton.CommitButton)


def test_clean_file_preview_check_import(qtbot, qtmodeltester, sqlite_world, clean_file, monkeypatch):
    w = sqlite_world
    wiz = make_wizard(qtbot, w)
    # choose the file through the (stubbed) file dialog; the folder is remembered
    seen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, title, start, filt: (seen.append(start), (str(clean_file), filt))[1])
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(wiz.file_page.browse_button, Qt.MouseButton.LeftButton)
    assert wiz.file_page.path.text() == str(clean_file)
    assert QSettings().value(iw.SETTINGS_DIR) == str(clean_file.parent)
    assert wiz.button(QWizard.WizardButton.NextButton).isEnabled()

    wiz.next()
    qtbot.waitUntil(wiz.preview_page.isComplete, timeout=20000)
    page = wiz.preview_page
    assert "2026-11-27" in page.date_label.text() and "数据日期" in page.date_label.text()
    assert page.header_label.text() == "3"
    assert page.ignored_label.text() == "备注"
    assert "30 data rows" in page.file_label.text()
    mapping = {page.columns_model.rows[i][0]: page.columns_model.rows[i][1]
               for i in range(page.columns_model.rowCount())}
    assert mapping["证件号码"] == "身份证号码" and mapping["合同编号"] == "合同编号"
    assert page.rows_model.rowCount() == 20
    first = page.rows_model.rows[0]
    assert first[0] == "4"  # the Excel row
    assert "*" in first[3] and "*" in first[4]  # ID and mobile are masked in the preview
    qtmodeltester.check(page.columns_model)
    qtmodeltester.check(page.rows_model)
    assert counts(w.db)["loans"] == 0  # nothing written by the preview

    wiz.next()
    assert wiz.currentId() == ImportWizard.RESULT
    assert "30 valid, 0 invalid" in wiz.result_page.counts.text()
    assert not wiz.result_page.errors_box.isVisible()
    # the file's branches do not exist yet: the wizard says so, and Import waits for a tick
    page = wiz.result_page
    assert page.branches_note.isVisible() and "that do not exist yet" in page.branches_note.text()
    assert "「朝阳营业部」 (like the existing 「北京朝阳营业部」)" in page.branches_note.text()
    assert not commit_button(wiz).isEnabled() and "new branches below are accepted" in page.verdict.text()
    page.create_branches.setChecked(True)
    assert commit_button(wiz).isEnabled() and page.verdict.text() == "All rows are valid. Press Import to write them."
    assert counts(w.db)["loans"] == 0

    qtbot.mouseClick(commit_button(wiz), Qt.MouseButton.LeftButton)
    assert wiz.currentId() == ImportWizard.IMPORT
    qtbot.waitUntil(wiz.import_page.isComplete, timeout=30000)
    values = {k: v.text() for k, v in wiz.import_page.values.items()}
    assert values["new"] == "30" and values["updated"] == "0" and values["invalid"] == "0"
    assert "d1.xlsx" in wiz.import_page.headline.text()
    assert wiz.written and wiz.summary.written
    c = counts(w.db)
    assert c["loans"] == 30 and c["cases"] == 30 and c["import_batches"] == 1

    # the history dialog shows the batch
    dlg = ImportHistoryDialog(ImportService(w.db, w.supervisor))
    qtbot.addWidget(dlg)
    qtmodeltester.check(dlg.model)
    assert dlg.model.rowCount() == 1
    row = dlg.model.rows[0]
    assert row[1] == "sup" and row[3] == "d1.xlsx" and row[4] == "2026-11-27"
    assert row[5:] == ("30", "30", "0", "0", "0", "0")


def test_a_new_spelling_is_filed_under_the_existing_branch(qtbot, sqlite_world, clean_file):
    """The check page suggests the existing branch a new name looks like (朝阳营业部 → 北京朝阳营业部); when every
    name is filed under an existing branch nothing needs creating, and the choice holds for the next import."""
    from sqlalchemy import select

    from desktop.models import Branch

    w = sqlite_world
    with w.db.session_factory() as s:
        ids = dict(s.execute(select(Branch.name, Branch.id)).all())
    wiz = make_wizard(qtbot, w)
    to_preview(qtbot, wiz, clean_file)
    wiz.next()
    page = wiz.result_page
    combos = page.branch_combos
    assert combos["朝阳营业部"].currentData() == ids["北京朝阳营业部"]  # suggested
    assert combos["海淀营业部"].currentData() == ids["北京海淀营业部"]
    assert combos["通州营业部"].currentData() is None  # nothing looks like it: create, once ticked
    assert page.create_branches.isVisible() and not commit_button(wiz).isEnabled()
    combos["通州营业部"].setCurrentIndex(combos["通州营业部"].findData(ids["北京朝阳营业部"]))
    assert not page.create_branches.isVisible() and commit_button(wiz).isEnabled()
    assert page.branch_map() == {"朝阳营业部": ids["北京朝阳营业部"], "海淀营业部": ids["北京海淀营业部"],
                                 "通州营业部": ids["北京朝阳营业部"]}
    qtbot.mouseClick(commit_button(wiz), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wiz.import_page.isComplete, timeout=30000)
    assert "Filed under existing branches: 朝阳营业部 → 北京朝阳营业部" in wiz.import_page.details.text()
    with w.db.session_factory() as s:
        assert set(s.scalars(select(Branch.name))) == set(ids)  # no branch created
    # the next import of such a file asks nothing
    again = make_wizard(qtbot, w)
    to_preview(qtbot, again, clean_file)
    again.next()
    assert again.result_page.new_branches == [] and not again.result_page.branch_map_box.isVisible()


def test_branch_names_tab_lists_the_mappings_and_removes_one(qtbot, sqlite_world, clean_file, monkeypatch):
    """File ▸ Import history ▸ Branch names: each spelling with its branch; removing one asks first, and the
    next import asks about that name again."""
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import select

    from desktop.models import Branch

    w = sqlite_world
    with w.db.session_factory() as s:
        ids = dict(s.execute(select(Branch.name, Branch.id)).all())
    svc = ImportService(w.db, w.supervisor)
    svc.run_import(clean_file, branch_map={"朝阳营业部": ids["北京朝阳营业部"], "海淀营业部": ids["北京海淀营业部"],
                                           "通州营业部": ids["北京朝阳营业部"]})
    dlg = ImportHistoryDialog(svc)
    qtbot.addWidget(dlg)
    tab = dlg.aliases
    assert dlg.tabs.tabText(1) == "Branch names" and tab.stack.currentWidget() is tab.table
    m = tab.model
    assert [(m.rows[r][0], m.rows[r][1]) for r in range(m.rowCount())] == [
        ("朝阳营业部", "北京朝阳营业部"), ("海淀营业部", "北京海淀营业部"), ("通州营业部", "北京朝阳营业部")]
    assert not tab.remove.isEnabled()  # nothing selected
    dlg.tabs.setCurrentIndex(1)
    assert dlg.status.text() == "3 branch names mapped"
    tab.table.selectRow(2)
    assert tab.remove.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.remove, Qt.MouseButton.LeftButton)
    assert "通州营业部" in asked[0] and m.rowCount() == 3  # "No": nothing removed
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.remove, Qt.MouseButton.LeftButton)
    assert [m.rows[r][0] for r in range(m.rowCount())] == ["朝阳营业部", "海淀营业部"]
    assert dlg.status.text() == "2 branch names mapped"
    assert [n for n, _ in svc.new_branches(svc.parse(clean_file))] == ["通州营业部"]
    dlg.tabs.setCurrentIndex(0)
    assert dlg.status.text() == "1 import, newest first"


def test_reimport_warns_before_and_after(qtbot, sqlite_world, clean_file):
    w = sqlite_world
    ImportService(w.db, w.supervisor).run_import(clean_file)
    wiz = make_wizard(qtbot, w)
    to_preview(qtbot, wiz, clean_file)
    wiz.next()
    assert "already imported" in wiz.result_page.warnings.text()
    assert not wiz.result_page.create_branches.isVisible()  # the first import created them
    qtbot.mouseClick(commit_button(wiz), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wiz.import_page.isComplete, timeout=30000)
    assert wiz.import_page.values["unchanged"].text() == "30"
    assert wiz.import_page.before.isVisible() and "batch #1" in wiz.import_page.before.text()


def test_bad_rows_error_table_sorting_skip_and_report(qtbot, qtmodeltester, sqlite_world, bad_file, tmp_path,
                                                      monkeypatch):
    w = sqlite_world
    wiz = make_wizard(qtbot, w)
    to_preview(qtbot, wiz, bad_file)
    assert "3 invalid" in wiz.preview_page.file_label.text()
    wiz.next()
    page = wiz.result_page
    assert page.errors_box.isVisible()
    model, proxy, view = page.errors_model, page.errors_proxy, page.errors_view
    qtmodeltester.check(model)
    assert [r[0] for r in model.rows] == ["9", "10", "11"]
    by_row = {r[0]: r for r in model.rows}
    # each row names its contract; a wrong mobile or ID number is still masked
    assert [by_row[n][1] for n in ("10", "11")] == ["HT-BAD-1", "HT-BAD-2"] and by_row["9"][1].startswith("BOBCF")
    assert by_row["9"][2] == "手机号码" and by_row["9"][3] == "138***4567"
    assert by_row["10"][2] == "证件号码" and "check digit" in by_row["10"][4] and "*" in by_row["10"][3]
    assert by_row["11"][2] == "客户姓名" and by_row["11"][4] == "required"

    # sorting: numeric on the row column (9 < 10 < 11, not "10" < "11" < "9"), text on the others
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(i, 0).data() for i in range(3)] == ["11", "10", "9"]
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(i, 0).data() for i in range(3)] == ["9", "10", "11"]
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(i, 2).data() for i in range(3)] == sorted(r[2] for r in model.rows)

    # Import stays disabled unless "skip invalid" is ticked
    assert not commit_button(wiz).isEnabled()
    assert "nothing will be imported" in page.verdict.text()
    page.skip_invalid.setChecked(True)
    assert not commit_button(wiz).isEnabled()  # the new branches are not accepted yet
    page.create_branches.setChecked(True)
    assert commit_button(wiz).isEnabled() and wiz.file_page.skip_invalid.isChecked()
    page.skip_invalid.setChecked(False)
    assert not commit_button(wiz).isEnabled()

    # save the error report (stubbed save dialog), then reopen it
    out = tmp_path / "reports" / "errors.xlsx"
    out.parent.mkdir()
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (offered.append(a[2]), (str(out), a[3]))[1])
    qtbot.mouseClick(page.save_report, Qt.MouseButton.LeftButton)
    assert Path(offered[0]).parent != bad_file.parent  # not beside the export (maybe a shared folder)
    qtbot.mouseClick(page.save_report, Qt.MouseButton.LeftButton)
    assert Path(offered[1]).parent == out.parent  # the folder chosen last time
    ws = load_workbook(out).active
    assert [ws.cell(row=r, column=1).value for r in range(5, 8)] == [9, 10, 11]
    assert ws.cell(row=5, column=2).value == by_row["9"][1] and ws.cell(row=5, column=3).value == "手机号码"
    assert ws.cell(row=5, column=4).value == "138***4567"
    assert ws.cell(row=5, column=5).value == "应为 11 位手机号码，实际 10 位"  # the report stays Chinese
    assert str(out) in page.saved.text()

    wiz.reject()  # Cancel
    c = counts(w.db)
    assert c["loans"] == 0 and c["import_batches"] == 0 and not wiz.written


def _error_table(qtbot, wiz: ImportWizard, path: Path) -> dict[str, tuple[tuple[str, ...], str]]:
    """The result page's error table: Excel row -> (its cells, its tooltip)."""
    to_preview(qtbot, wiz, path)
    wiz.next()
    model = wiz.result_page.errors_model
    return {model.rows[i][0]: (model.rows[i], model.index(i, 4).data(Qt.ItemDataRole.ToolTipRole))
            for i in range(model.rowCount())}


def test_error_reasons_in_english(qtbot, sqlite_world, bad_file):
    wiz = make_wizard(qtbot, sqlite_world)
    table = _error_table(qtbot, wiz, bad_file)
    assert wiz.result_page.errors_model.headers == ["Row", "Contract no.", "Column", "Value", "Reason"]
    assert {row: cells[2:] for row, (cells, _) in table.items()} == {
        "9": ("手机号码", "138***4567", "should be an 11-digit mobile number, found 10 digits"),
        "10": ("证件号码", "110105********1235", "wrong check digit, should be 2"),
        "11": ("客户姓名", "", "required"),
    }
    assert table["10"][1] == 'Row 10 "证件号码" 110105********1235: wrong check digit, should be 2'
    assert table["11"][1] == 'Row 11 "客户姓名": required'
    # the reason column sorts by the English text shown
    page = wiz.result_page
    page.errors_view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert [page.errors_proxy.index(i, 0).data() for i in range(3)] == ["11", "9", "10"]


def test_error_reasons_in_chinese(qtbot, zh, sqlite_world, bad_file):
    wiz = make_wizard(qtbot, sqlite_world)
    table = _error_table(qtbot, wiz, bad_file)
    assert {row: cells[4] for row, (cells, _) in table.items()} == {
        "9": "应为 11 位手机号码，实际 10 位",
        "10": "校验位错误，应为 2",
        "11": "不能为空",
    }
    assert table["10"][1] == "第 10 行「证件号码」110105********1235：校验位错误，应为 2"
    assert table["11"][1] == "第 11 行「客户姓名」：不能为空"


def test_skip_invalid_imports_only_valid_rows(qtbot, sqlite_world, bad_file):
    w = sqlite_world
    wiz = make_wizard(qtbot, w)
    wiz.file_page.skip_invalid.setChecked(True)
    to_preview(qtbot, wiz, bad_file)
    wiz.next()
    wiz.result_page.create_branches.setChecked(True)
    assert wiz.result_page.skip_invalid.isChecked() and commit_button(wiz).isEnabled()
    qtbot.mouseClick(commit_button(wiz), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wiz.import_page.isComplete, timeout=30000)
    assert wiz.import_page.values["new"].text() == "5" and wiz.import_page.values["invalid"].text() == "3"
    assert counts(w.db)["loans"] == 5


def test_stop_during_validation_leaves_db_untouched(qtbot, sqlite_world, tmp_path, clean_file):
    w = sqlite_world
    ImportService(w.db, w.supervisor).run_import(clean_file)
    before = counts(w.db)
    big = big_csv(tmp_path / "big.csv", 30000)
    wiz = make_wizard(qtbot, w)
    wiz.file_page.path.setText(str(big))
    wiz.next()
    page = wiz.preview_page
    assert page.job_panel.isVisible() and wiz.job is not None
    job = wiz.job
    with qtbot.waitSignal(job.signals.failed, timeout=20000):
        qtbot.mouseClick(page.job_panel.stop, Qt.MouseButton.LeftButton)
    assert "stopped" in page.message.text() and not page.isComplete()
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    # read again, then Cancel the wizard while it reads: the job is stopped and waited for
    qtbot.mouseClick(page.retry, Qt.MouseButton.LeftButton)
    assert wiz.job is not None
    wiz.reject()
    assert wiz.job is None
    assert counts(w.db) == before


def test_stop_during_import_rolls_back(qtbot, sqlite_world, tmp_path):
    w = sqlite_world
    big = big_csv(tmp_path / "big.csv", 20000)
    wiz = make_wizard(qtbot, w)
    to_preview(qtbot, wiz, big)
    assert "today's date" in wiz.preview_page.date_label.text()
    wiz.next()
    wiz.result_page.create_branches.setChecked(True)
    qtbot.mouseClick(commit_button(wiz), Qt.MouseButton.LeftButton)
    job = wiz.job
    assert job is not None
    with qtbot.waitSignal(job.signals.failed, timeout=60000):
        qtbot.mouseClick(wiz.import_page.job_panel.stop, Qt.MouseButton.LeftButton)
    assert "not changed" in wiz.import_page.headline.text()
    assert not wiz.written
    c = counts(w.db)
    assert c["loans"] == 0 and c["customers"] == 0 and c["import_batches"] == 0
    # and then import again from the same page
    assert wiz.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.mouseClick(wiz.import_page.retry, Qt.MouseButton.LeftButton)
    assert not wiz.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.waitUntil(wiz.import_page.isComplete, timeout=60000)
    assert wiz.written and wiz.import_page.values["new"].text() == "20,000"
    assert counts(w.db)["loans"] == 20000


def test_unreadable_file_is_one_sentence_on_the_page(qtbot, sqlite_world, tmp_path):
    f = tmp_path / "broken.xlsx"
    f.write_text("not a workbook", encoding="utf-8")
    wiz = make_wizard(qtbot, sqlite_world)
    to_preview(qtbot, wiz, f)
    assert "broken.xlsx" in wiz.preview_page.message.text()
    assert not wiz.preview_page.isComplete()
    # a missing file or a wrong type never leaves the first page
    wiz.back()
    wiz.file_page.path.setText(str(tmp_path / "missing.xlsx"))
    wiz.next()
    assert wiz.currentId() == ImportWizard.FILE and "does not exist" in wiz.file_page.file_note.text()


def test_data_date_override(qtbot, sqlite_world, clean_file):
    wiz = make_wizard(qtbot, sqlite_world)
    wiz.file_page.use_date.setChecked(True)
    wiz.file_page.data_date.setDate(date(2026, 11, 28))
    to_preview(qtbot, wiz, clean_file)
    text = wiz.preview_page.date_label.text()
    assert "2026-11-28" in text and "you entered" in text and "2026-11-27" in text
    assert wiz.parsed.data_date == date(2026, 11, 28)


def test_permission_denied_and_template(qtbot, sqlite_world, tmp_path, monkeypatch):
    w = sqlite_world
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    assert open_import_wizard(None, w.db, w.collector) is False
    open_import_history(None, w.db, w.collector)
    assert len(warned) == 2 and "Insufficient permission" in warned[0]

    out = tmp_path / "tpl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), a[3]))
    save_import_template(None)
    saved = out.with_suffix(".xlsx")
    assert saved.read_bytes() == iw.TEMPLATE_PATH.read_bytes()
    wb = load_workbook(saved)
    assert wb.sheetnames == ["逾期明细", "填写说明"]


def test_chinese_labels(qtbot, zh, sqlite_world, clean_file):
    wiz = make_wizard(qtbot, sqlite_world)
    assert wiz.file_page.title() == "选择文件"
    to_preview(qtbot, wiz, clean_file)
    wiz.next()
    assert commit_button(wiz).text() == "导入(&I)"
    assert "有效 30 行" in wiz.result_page.counts.text()


def test_a_file_without_data_date_is_checked_again_with_the_date_in_its_name(qtbot, sqlite_world, tmp_path):
    """A CSV has no 数据日期 line, so today is used and every row's DPD disagrees with its first overdue date;
    its name says 2026-11-27: one click checks it again with that date, and the rows are valid."""
    from datetime import timedelta

    path = tmp_path / "core_export_2026-11-27_gbk.csv"
    with path.open("w", encoding="gb18030", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["合同编号", "客户姓名", "证件号码", "手机号码", "逾期总额", "逾期天数", "首次逾期日", "所属机构"])
        for ln in make_loans(5, seed=4):
            w.writerow([ln.contract_no, ln.name, ln.id_number, ln.mobile, f"{ln.total}", ln.dpd,
                        (D1 - timedelta(days=ln.dpd)).isoformat(), "北京朝阳营业部"])
    wiz = make_wizard(qtbot, sqlite_world)
    to_preview(qtbot, wiz, path)
    wiz.next()
    page = wiz.result_page
    assert "0 valid, 5 invalid" in page.counts.text()
    assert page.name_date.isVisible() and "2026-11-27" in page.name_date.text()
    qtbot.mouseClick(page.name_date, Qt.MouseButton.LeftButton)
    assert wiz.currentId() == ImportWizard.PREVIEW and wiz.file_page.use_date.isChecked()
    qtbot.waitUntil(wiz.preview_page.isComplete, timeout=20000)
    assert wiz.parsed.data_date == D1 and wiz.parsed.data_date_source == "argument"
    wiz.next()
    assert "5 valid, 0 invalid" in page.counts.text() and not page.name_date.isVisible()
    assert commit_button(wiz).isEnabled()


def test_an_older_export_is_imported_only_when_ticked(qtbot, sqlite_world, tmp_path):
    """An export older than one already imported would set its loans' figures back: Import waits for a tick."""
    from datetime import timedelta

    w = sqlite_world
    loans = make_loans(8, seed=21)
    ImportService(w.db, w.supervisor).run_import(write_export(tmp_path / "d2.xlsx", loans, D1 + timedelta(days=1)))
    wiz = make_wizard(qtbot, w)
    to_preview(qtbot, wiz, write_export(tmp_path / "d1.xlsx", loans, D1))
    wiz.next()
    page = wiz.result_page
    assert "later data date" in page.warnings.text()
    assert page.older_ok.isVisible() and "2026-11-27" in page.older_ok.text()
    assert not commit_button(wiz).isEnabled() and "older than the last one imported" in page.verdict.text()
    page.older_ok.setChecked(True)
    assert commit_button(wiz).isEnabled()
