"""Report workbooks and PDFs reopened: headers, totals formulas, number formats, masking, note sheet, PDF text."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import openpyxl
import pypdf
import pytest

from desktop.services.reporting import KPI_DEFINITIONS
from reports.export import write_report
from reports.summary_pdf import write_report_pdf, write_summary_pdf
from reports.workbook import HEADER_ROW, write_report_workbook
from tests.services.test_reporting import D0, D1, build_data, svc

FULL_ID = re.compile(r"(?<!\d)\d{17}[\dXx](?![\dXx])")
FULL_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


@pytest.fixture
def sdata(sqlite_world):  # the dataset on SQLite only (renderer tests need no second backend)
    return build_data(sqlite_world)


def _xlsx(report) -> tuple[openpyxl.Workbook, bytes]:  # noqa: ANN001
    buf = io.BytesIO()
    write_report_workbook(report, buf)
    raw = buf.getvalue()
    return openpyxl.load_workbook(io.BytesIO(raw)), raw


def _all_text(raw: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))


def test_performance_workbook(sdata):
    report = svc(sdata, sdata.supervisor).performance(D0, D1)
    wb, _ = _xlsx(report)
    assert wb.sheetnames == ["按催收员", "按营业部（每次外访计一次）", "周趋势", "指标说明"]
    ws = wb["按催收员"]
    assert ws["A1"].value == "催收员绩效 — 按催收员" and ws["A1"].font.b
    assert "期间：2025-03-03 至 2025-03-09" in ws["A2"].value and "北京朝阳营业部" in ws["A2"].value
    assert "张主管（sup）" in ws["A3"].value and "生成时间：2025-03-20 10:00" in ws["A3"].value
    headers = [c.value for c in ws[HEADER_ROW]]
    assert headers[:6] == ["营业部", "催收员", "工号", "计划外访", "已完成外访", "完成率"]
    assert ws.freeze_panes == "B6" and ws.auto_filter.ref == "A5:V8"
    col = {h: openpyxl.utils.get_column_letter(i + 1) for i, h in enumerate(headers)}
    rows = {ws[f"B{r}"].value: r for r in range(6, 9)}
    r1 = rows["王芳"]
    assert ws[f"{col['接触率']}{r1}"].value == pytest.approx(0.6667)
    assert ws[f"{col['接触率']}{r1}"].number_format == "0.0%"
    assert ws[f"{col['回款金额']}{r1}"].value == 1200 and ws[f"{col['回款金额']}{r1}"].number_format == '"¥"#,##0.00'
    stray = rows["（未分配）"]
    assert ws[f"{col['每工作日外访']}{stray}"].value == "—"
    total = 9
    assert ws[f"A{total}"].value == "合计（人次）" and ws[f"A{total}"].font.b
    assert ws[f"{col['计划外访']}{total}"].value == "=SUM(D6:D8)"
    assert ws[f"{col['回款金额']}{total}"].value == f"=SUM({col['回款金额']}6:{col['回款金额']}8)"
    assert ws[f"{col['回款金额']}{total}"].number_format == '"¥"#,##0.00'
    assert ws[f"{col['接触率']}{total}"].value == '=IF(SUM(E6:E8)=0,"—",SUM(G6:G8)/SUM(E6:E8))'
    assert ws[f"{col['接触率']}{total}"].number_format == "0.0%"
    assert ws.column_dimensions["A"].width >= 16 and ws.column_dimensions["P"].width >= 14
    assert "制表：张主管（sup）" in ws.oddFooter.left.text and "&P" in ws.oddFooter.center.text
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$5:$5"
    notes = wb["指标说明"]
    names = [notes.cell(r, 1).value for r in range(6, 6 + len(report.kpis))]
    assert names == [KPI_DEFINITIONS[k].name for k in report.kpis]
    contact = [r for r in notes.iter_rows(values_only=True) if r[0] == "接触率"][0]
    assert contact[1:] == (KPI_DEFINITIONS["contact_rate"].formula, KPI_DEFINITIONS["contact_rate"].numerator,
                           KPI_DEFINITIONS["contact_rate"].denominator)
    trend = wb["周趋势"]
    assert len(trend._charts) == 1
    # the branches' total: the period's working days (not one per branch added up), as in the preview and PDF
    bt = report.table("by_branch")
    wsb = wb["按营业部（每次外访计一次）"]
    bh = [c.value for c in wsb[HEADER_ROW]]
    bcol = {h: openpyxl.utils.get_column_letter(i + 1) for i, h in enumerate(bh)}
    last = HEADER_ROW + len(bt.rows) + 1
    assert wsb[f"A{last}"].value == "合计"
    assert wsb[f"{bcol['工作日']}{last}"].value == bt.total("workdays") == bt.rows[0][bt.index("workdays")]
    assert wsb[f"{bcol['每工作日外访']}{last}"].value == (
        f'=IF({bcol["工作日"]}{last}=0,"—",SUM({bcol["已完成外访"]}6:{bcol["已完成外访"]}{last - 1})'
        f'/{bcol["工作日"]}{last})')


def test_aging_workbook_has_a_chart_and_ratio_totals(sdata):
    wb, _ = _xlsx(svc(sdata, sdata.manager).aging())
    ws = wb["账龄分布（营业部 × 账龄）"]
    last = ws.max_row
    assert ws[f"A{last}"].value == "合计" and ws[f"D{last}"].value == f"=SUM(D6:D{last - 1})"
    assert ws[f"E{last}"].value == f'=IF(SUM(D6:D{last - 1})=0,"—",SUM(D6:D{last - 1})/SUM(D6:D{last - 1}))'
    assert ws["D6"].number_format == '"¥"#,##0.00' and ws["E6"].number_format == "0.0%"
    assert "没有上一次导入" in ws["A4"].value
    assert len(wb["账龄分布（案件数）"]._charts) == 1


def test_visit_log_workbook_is_masked(sdata):
    report = svc(sdata, sdata.supervisor).visits(D0, D1)
    wb, raw = _xlsx(report)
    ws = wb["外访明细"]
    headers = [c.value for c in ws[HEADER_ROW]]
    assert headers[:8] == ["外访编号", "日期", "时段", "营业部", "外访组", "合同编号", "客户", "证件号码"]
    assert ws["B6"].number_format == "yyyy-mm-dd" and ws["B6"].value.date() == date(2025, 3, 3)
    assert ws["E6"].value == "王芳、刘洋" and ws["J6"].value == "朝阳区"
    assert ws["A11"].value == "合计" and ws["P11"].value == "=SUM(P6:P10)"
    text = _all_text(raw)
    assert not FULL_ID.search(text) and not FULL_MOBILE.search(text)
    assert "110105********" in text and "个人信息：已脱敏" in text


def test_unmasked_workbook_says_so(sdata):
    report = svc(sdata, sdata.supervisor).visits(D0, D1, unmasked=True, reason="核对法务移交名单")
    wb, raw = _xlsx(report)
    assert FULL_ID.search(_all_text(raw))
    assert "未脱敏" in wb["外访明细"]["A3"].value


def test_empty_table_has_totals_without_formula_ranges(sdata):
    report = svc(sdata, sdata.manager).promises(date(2025, 6, 1), date(2025, 6, 30))
    wb, _ = _xlsx(report)
    ws = wb["承诺明细"]
    assert ws["A6"].value == "合计" and ws["I6"].value == 0


def test_summary_pdf_text(sdata, tmp_path):
    report = svc(sdata, sdata.manager).summary(D0, D1)
    out = tmp_path / "summary.pdf"
    pages = write_summary_pdf(report, out)
    reader = pypdf.PdfReader(out)
    assert pages == len(reader.pages) and 1 <= pages <= 2
    text = "".join(p.extract_text() for p in reader.pages)
    for needle in ("经营摘要", "期间：2025-03-03 至 2025-03-09", "接触率", "75.0%", "3 / 4", "¥1,550.00", "68.4%",
                   "账龄分布", "周趋势", "各营业部", "北京朝阳营业部", "第 1 页", "制单：李经理（mgr）"):
        assert needle in text, needle
    assert reader.metadata.title == "经营摘要"
    fonts = {str(f.get("/BaseFont")) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("NotoSansSC" in f for f in fonts)  # the bundled CJK font is embedded (as a subset)


def test_table_pdf_and_export_dispatch(sdata, tmp_path):
    report = svc(sdata, sdata.manager).performance(D0, D1)
    out = tmp_path / "perf.pdf"
    assert write_report(report, out) == write_report_pdf(report, tmp_path / "again.pdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "催收员绩效" in text and "王芳" in text and "66.7%" in text and "¥1,300.00" in text
    assert write_report(report, tmp_path / "perf.xlsx") == len(report.table("by_collector").rows) + 2 + 1
    with pytest.raises(ValueError):
        write_report(report, tmp_path / "perf.txt")
