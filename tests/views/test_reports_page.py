"""The report page and the dashboard with real services on the demo database (pytest-qt)."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import QDate, QEventLoop, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from desktop.services.reporting import ReportService
from desktop.views import reports_page as rp
from desktop.views.dashboard import Dashboard, week_labels, week_ticks
from desktop.views.reports_page import ReportsPage, ReportTableModel


def _page(qtbot, world, actor) -> ReportsPage:  # noqa: ANN001
    page = ReportsPage(world.db, actor)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def _generate(qtbot, page: ReportsPage, code: str) -> None:
    page.kind.setCurrentIndex(page.kind.findData(code))
    with qtbot.waitSignal(page.generated, timeout=60000):
        qtbot.mouseClick(page.generate_btn, rp.Qt.MouseButton.LeftButton)
    page.wait_idle()


def test_aging_preview_shows_the_rows(qtbot, qtmodeltester, demo_world):
    page = _page(qtbot, demo_world, demo_world.manager)
    assert page.branch.itemText(0) == "All branches" and page.branch.isEnabled()
    _generate(qtbot, page, "aging")
    assert not page.date_from.isEnabled() and not page.collector.isEnabled()
    report = page.report
    assert page.preview.currentWidget() is page.tabs and page.tabs.count() == len(report.tables)
    view = page.tabs.widget(0)
    model = view.model()
    assert isinstance(model, ReportTableModel)
    qtmodeltester.check(model)
    main = report.table("aging")
    assert model.rowCount() == len(main.rows) + 1  # + totals row
    assert model.headerData(0, rp.Qt.Orientation.Horizontal) == "营业部"
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == "合计"
    assert model.index(last, 2).data() == f"{main.total('cases'):,}"
    assert model.index(last, model.columnCount() - 1).data() == ""  # no previous import: no change
    assert model.index(last, 0).data(rp.Qt.ItemDataRole.FontRole).bold()
    assert "300" in page.status.text() or "rows" in page.status.text()
    assert page.status.text().startswith(page.kind.currentText() + " generated")  # the English name, not 账龄分析
    assert page.tabs.tabText(0).startswith("By branch and bucket (")  # not 账龄分布（营业部 × 账龄）
    assert "没有上一次导入" in page.notes.text()
    assert page.save_btn.isEnabled() and page.print_btn.isEnabled()


def test_supervisor_performance_save_as(qtbot, demo_world, monkeypatch, tmp_path):
    page = _page(qtbot, demo_world, demo_world.supervisor)
    assert page.branch.count() == 1 and not page.branch.isEnabled()
    page.preset.setCurrentIndex(2)
    page._apply_preset(2)
    page.date_from.setDate(QDate(2026, 9, 1))
    page.date_to.setDate(QDate(2026, 11, 27))
    assert page.preset.currentIndex() == 3  # editing a date makes the period "Custom"
    _generate(qtbot, page, "performance")
    people = page.report.table("by_collector")
    assert {r[0] for r in people.rows} <= {"北京朝阳营业部", ""}
    assert page.tabs.count() == 3
    target = tmp_path / "perf.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.save_as()
    assert target.exists() and "perf.xlsx" in page.status.text()
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[0] == "按催收员" and wb["按催收员"]["A5"].value == "营业部"


def test_summary_pdf_preview_print_and_open(qtbot, demo_world, monkeypatch, tmp_path):
    page = _page(qtbot, demo_world, demo_world.manager)
    page.kind.setCurrentIndex(page.kind.findData("summary"))
    assert page.format.count() == 1 and page.format.currentData() == "pdf"
    _generate(qtbot, page, "summary")
    assert page.path.suffix == ".pdf" and page.path.stat().st_size > 10000
    assert page.preview.currentWidget() in (page.pdf_view, page.tabs)

    out = tmp_path / "printed.pdf"

    class FakePrintDialog:
        DialogCode = QPrintDialog.DialogCode

        def __init__(self, printer: QPrinter, parent=None) -> None:  # noqa: ANN001
            self.printer = printer

        def setWindowTitle(self, _t: str) -> None:  # noqa: N802
            pass

        def exec(self) -> QPrintDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            self.printer.setResolution(100)
            return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(rp, "QPrintDialog", FakePrintDialog)
    page.print_report()
    assert out.exists() and out.stat().st_size > 1000
    assert "printer" in page.status.text()

    opened = []
    monkeypatch.setattr(rp.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page.open_external()
    assert opened == [str(page.path)]


def test_visit_log_unmasked_option_and_collector_filter(qtbot, demo_world):
    page = _page(qtbot, demo_world, demo_world.manager)
    page.kind.setCurrentIndex(page.kind.findData("visits"))
    assert page.unmasked.isEnabled() and page.format.count() == 1
    page.kind.setCurrentIndex(page.kind.findData("outcomes"))
    assert not page.unmasked.isEnabled()
    page.kind.setCurrentIndex(page.kind.findData("visits"))
    page.date_from.setDate(QDate(2026, 9, 1))
    page.date_to.setDate(QDate(2026, 11, 27))
    _generate(qtbot, page, "visits")
    masked = page.report.table("visits")
    assert masked.rows and all("*" in r[masked.index("id_number")] for r in masked.rows)


def test_full_numbers_ask_for_a_reason_first(qtbot, demo_world, monkeypatch):
    """Ticking "Full ID and mobile numbers" asks why before anything is generated (kept in the audit log);
    cancelling generates nothing."""
    from PySide6.QtWidgets import QInputDialog

    page = _page(qtbot, demo_world, demo_world.manager)
    page.kind.setCurrentIndex(page.kind.findData("visits"))
    page.date_from.setDate(QDate(2026, 9, 1))
    page.date_to.setDate(QDate(2026, 11, 27))
    page.unmasked.setChecked(True)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a[2]) or ("", False))
    page.generate()
    assert asked and "audit log" in asked[0] and page._job is None and page.report is None
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("核对法务移交名单", True))
    _generate(qtbot, page, "visits")
    full = page.report.table("visits")
    assert full.rows and not any("*" in r[full.index("id_number")] for r in full.rows)


def test_collectors_see_no_reports(qtbot, demo_world):
    page = _page(qtbot, demo_world, demo_world.collector)
    assert not page.generate_btn.isEnabled() and "supervisors and managers" in page.empty.text()
    page.generate()  # the shortcut does nothing either
    assert page._job is None


def test_failed_generation_goes_through_the_error_channel(qtbot, demo_world, monkeypatch):
    page = _page(qtbot, demo_world, demo_world.manager)
    page.date_from.setDate(QDate(2026, 11, 27))
    page.date_to.setDate(QDate(2026, 11, 1))
    shown = []
    monkeypatch.setattr(rp, "show_error", lambda parent, e: shown.append(str(e)))
    page.kind.setCurrentIndex(page.kind.findData("outcomes"))
    page.generate()
    qtbot.waitUntil(lambda: page._job is None, timeout=30000)
    assert shown and "晚于" in shown[0] and page.generate_btn.isEnabled()


def test_dashboard_series_match_the_service(qtbot, demo_world):
    dash = Dashboard(demo_world.db, demo_world.supervisor)
    qtbot.addWidget(dash)
    dash.resize(1200, 800)
    dash.show()
    qtbot.waitUntil(lambda: dash.data is not None, timeout=30000)
    dash.wait_idle()
    data = dash.data
    expected = ReportService(demo_world.db, demo_world.supervisor).dashboard(weeks=12)
    assert [b for b, _, _ in data.buckets] == [b for b, _, _ in expected.buckets]
    bars = dash.bucket_view.chart().series()[0]
    assert isinstance(bars, QBarSeries)
    s = bars.barSets()[0]
    assert s.count() == len(data.buckets) == 7
    assert [int(s.at(i)) for i in range(s.count())] == [n for _, n, _ in expected.buckets]
    assert sum(n for _, n, _ in expected.buckets) > 0
    visits = dash.visits_view.chart().series()[0]
    assert [b.label() for b in visits.barSets()] == ["Visits done", "Contacted", "Promises"]
    assert all(b.count() == 12 for b in visits.barSets())
    done = visits.barSets()[0]
    assert sum(done.at(i) for i in range(12)) == sum(w.visits_done for w in expected.weeks) > 0
    kept = dash.kept_view.chart().series()[0]
    assert isinstance(kept, QLineSeries)
    assert kept.count() == sum(1 for w in expected.weeks if w.kept_rate is not None)
    rec = dash.recovered_view.chart().series()[0]
    assert rec.count() == 12
    assert sum(rec.at(i).y() for i in range(12)) == pytest.approx(  # English counts thousands, not 万
        float(sum(w.recovered for w in expected.weeks)) / 1000)
    assert "¥ thousand" in {a.titleText() for a in dash.recovered_view.chart().axes()}
    assert dash.branch.count() == 1 and "北京朝阳营业部" in dash.status.text()
    # a week at 100 % (or at 0) shows a whole dot: the axis leaves room beyond both ends, ticks stay round
    from PySide6.QtCharts import QValueAxis

    for view, top in ((dash.kept_view, 100), (dash.recovered_view, None)):
        y = next(a for a in view.chart().axes(Qt.Orientation.Vertical) if isinstance(a, QValueAxis))
        top = top or max(p.y() for p in view.chart().series()[0].points())
        assert y.min() < 0 and y.max() > top
        assert y.tickType() == QValueAxis.TickType.TicksDynamic and y.tickAnchor() == 0
        if view is dash.kept_view:
            assert y.tickInterval() == 25


def test_dashboard_refused_for_collectors(qtbot, demo_world):
    dash = Dashboard(demo_world.db, demo_world.collector)
    qtbot.addWidget(dash)
    assert "supervisors and managers" in dash.empty.text()
    assert not dash.refresh_btn.isEnabled() and dash.data is None


def test_manager_dashboard_names_all_branches_in_the_interface_language(qtbot, demo_world):
    dash = Dashboard(demo_world.db, demo_world.manager)
    qtbot.addWidget(dash)
    qtbot.waitUntil(lambda: dash.data is not None, timeout=30000)
    assert dash.status.text().startswith("All branches · as of ") and "全部" not in dash.status.text()
    # the money axis counts thousands in English (万 would read as ¥10,000 units)
    assert "¥ thousand" in {a.titleText() for a in dash.recovered_view.chart().axes()}


def test_chinese_labels(qtbot, zh, demo_world):
    page = _page(qtbot, demo_world, demo_world.manager)
    assert page.kind.itemText(0) == "账龄分析" and page.generate_btn.text() == "生成"
    dash = Dashboard(demo_world.db, demo_world.manager)
    qtbot.addWidget(dash)
    qtbot.waitUntil(lambda: dash.data is not None, timeout=30000)
    assert dash.bucket_view.chart().title() == "各账龄在催案件"
    assert [b.label() for b in dash.visits_view.chart().series()[0].barSets()] == ["已完成外访", "有接触", "取得承诺"]
    assert dash.status.text().startswith("全部营业部 · ")
    assert "万元" in {a.titleText() for a in dash.recovered_view.chart().axes()}


def _axis_texts(view) -> list[str]:  # noqa: ANN001
    """The texts Qt Charts actually shows in a chart view (titles, legend, axis labels), as laid out."""
    out = []
    for item in view.scene().items():
        obj = item.toGraphicsObject()
        if obj is not None and hasattr(obj, "toPlainText") and item.isVisible():
            out.append(obj.toPlainText())
    return out


def _settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@pytest.mark.parametrize("weeks", [12, 26])
def test_dashboard_week_labels_are_not_cut(qtbot, zh, demo_world, weeks):
    """At the size the dashboard has in the 1,400 px main window every x-axis label of the weekly charts was
    elided to "09-…": now each label shown is a whole date (9/7), the latest week always, the others every
    week or every k-th one as the width allows; on a wider window every week of twelve is labelled."""
    dash = Dashboard(demo_world.db, demo_world.manager)
    qtbot.addWidget(dash)
    dash.resize(1268, 760)
    dash.show()
    qtbot.waitUntil(lambda: dash.data is not None, timeout=30000)
    if weeks != 12:
        dash.data = None
        dash.weeks.setCurrentIndex(dash.weeks.findData(weeks))
        qtbot.waitUntil(lambda: dash.data is not None, timeout=30000)
    _settle()
    labels = week_labels([w.week_start for w in dash.data.weeks])
    assert len(labels) == weeks
    for view in (dash.visits_view, dash.kept_view, dash.recovered_view):
        texts = _axis_texts(view)
        assert not [t for t in texts if t.endswith(("...", "…"))], texts
        shown = [t for t in texts if t in labels]
        assert labels[-1] in shown
        assert len(shown) >= weeks // 3, shown
    dash.resize(1368, 760)  # the dashboard in a 1,500 px window
    _settle()
    if weeks == 12:
        for view in (dash.visits_view, dash.kept_view, dash.recovered_view):
            texts = _axis_texts(view)
            assert set(labels) <= set(texts), texts
            assert not [t for t in texts if t.endswith(("...", "…"))], texts


def test_week_ticks_thin_out_from_the_latest_week(qapp):
    from datetime import date, timedelta

    from PySide6.QtGui import QFont, QFontMetricsF

    labels = week_labels([date(2026, 9, 7) + timedelta(weeks=k) for k in range(12)])
    assert labels[:3] == ["9/7", "9/14", "9/21"] and labels[-1] == "11/23"
    fm = QFontMetricsF(QFont())
    assert week_ticks(labels, 5000, fm) == [(t, i) for i, t in enumerate(labels)]
    need = max(fm.horizontalAdvance(t) for t in labels) + 12
    ticks = week_ticks(labels, need * 7, fm)  # room for six labels
    assert [i for _, i in ticks] == [1, 3, 5, 7, 9, 11]
    assert week_ticks(labels, 0, fm) == [("11/23", 11)]
    assert week_ticks([], 500, fm) == []
