"""The downloadable import template (resources/templates) imports cleanly and documents every column."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from openpyxl import load_workbook
from sqlalchemy import select

from desktop.models import Case, Loan
from desktop.services.import_parse import OVERDUE_COLUMNS
from desktop.services.importer import ImportService
from resources.paths import RESOURCES_DIR

TEMPLATE = RESOURCES_DIR / "templates" / "overdue_import_template.xlsx"


def test_template_imports_cleanly(world):
    svc = ImportService(world.db, world.supervisor)
    parsed = svc.parse(TEMPLATE)
    assert parsed.errors == [] and parsed.ignored_columns == [] and parsed.header_row == 3
    assert parsed.data_date == date(2026, 11, 27) and parsed.data_date_source == "file"
    assert set(parsed.columns) == {c.header for c in OVERDUE_COLUMNS}
    summary = svc.run_import(TEMPLATE, parsed=parsed)
    assert summary.written and summary.new == 1 and summary.invalid == 0
    with world.db.session_factory() as s:
        loan = s.scalar(select(Loan))
        assert loan.contract_no == "HT2026000001" and loan.overdue_total == Decimal("2080.50") and loan.dpd == 30
        assert s.scalar(select(Case.status)) == "new"


def test_template_headers_and_instructions():
    wb = load_workbook(TEMPLATE)
    assert wb.sheetnames == ["逾期明细", "填写说明"]
    data = wb["逾期明细"]
    assert str(data["A2"].value).startswith("数据日期：")
    headers = [c.value for c in data[3]]
    assert headers == [c.header for c in OVERDUE_COLUMNS]
    guide = wb["填写说明"]
    documented = {row[0].value for row in guide.iter_rows() if row[0].value in set(headers)}
    assert documented == set(headers)
