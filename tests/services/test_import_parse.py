"""Reading and validating the core system's overdue export (IMPORT_FORMAT.md) and the payments export.

Every test writes its own file into tmp_path (openpyxl for .xlsx, the csv module for .csv).
"""

from __future__ import annotations

import ast
import csv
import hashlib
import re
import tempfile
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from desktop.services import validators
from desktop.services.import_parse import (
    OVERDUE_COLUMNS,
    PAYMENT_COLUMNS,
    REASON_CATEGORIES,
    FileFormatError,
    ImportCancelled,
    ParseResult,
    RowError,
    _validator_en,
    categorize_reason,
    normalize_header,
    parse_overdue_file,
    parse_payments_file,
)
from desktop.services.validators import id_check_digit

DATA_DATE = date(2026, 11, 27)
HEADER = [s.header for s in OVERDUE_COLUMNS]
TITLE = [
    ["北银消费金融有限公司 逾期客户明细表"],
    ["数据日期：2026年11月27日", None, None, "导出人：核心系统批量作业"],
]
SAMPLES = Path("/work/shared/samples")


def make_id(seq: int = 123, born: str = "19900101", region: str = "110105") -> str:
    first17 = f"{region}{born}{seq % 1000:03d}"
    return first17 + id_check_digit(first17)


def good(i: int = 1, **changes: object) -> dict[str, object]:
    """One valid row, keyed by canonical header; keyword arguments replace values by field name."""
    row: dict[str, object] = {
        "contract_no": f"BOBCF2026{i:08d}",
        "customer_name": "张三",
        "id_number": make_id(i),
        "mobile": "13812345678",
        "product": "京喜贷",
        "loan_amount": 100000.0,
        "outstanding_principal": 50000.0,
        "overdue_principal": 10000.0,
        "overdue_interest": 500.0,
        "penalty_interest": 100.0,
        "overdue_total": 10600.0,
        "dpd": 113.0,
        "first_overdue_date": date(2026, 8, 6),
        "last_payment_date": date(2026, 8, 5),
        "home_address": "北京市朝阳区建国路1号",
        "employer": "某某科技有限公司",
        "work_address": None,
        "branch": "朝阳营业部",
        "reason_text": "失业",
    }
    unknown = set(changes) - set(row)
    assert not unknown, unknown
    row.update(changes)
    return row


_FIELD_OF = {normalize_header(name): s.field for s in OVERDUE_COLUMNS for name in (s.header, *s.aliases)}


def matrix(rows: list[dict[str, object]], header: list[str] | None = None) -> list[list[object]]:
    """Header + data rows; header cells may be aliases or unknown columns (unknown -> empty cells)."""
    header = header or HEADER
    fields = [_FIELD_OF.get(normalize_header(h)) for h in header]
    return [list(header)] + [[r.get(f) if f else None for f in fields] for r in rows]


def alias_header(replace: dict[str, str]) -> list[str]:
    return [replace.get(h, h) for h in HEADER]


def write_xlsx(path: Path, rows: list[list[object]], title: list[list[object]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "逾期明细"
    for r in (title or []) + rows:
        ws.append(r)
    wb.save(path)
    return path


def _csv_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow([_csv_text(v) for v in r])
    return path


def xlsx(tmp_path: Path, rows: list[dict[str, object]], header: list[str] | None = None, title=TITLE) -> Path:
    return write_xlsx(tmp_path / "core_export.xlsx", matrix(rows, header), title)


def parse(path: Path, **kw: object) -> ParseResult:
    kw.setdefault("today", date(2026, 11, 28))
    return parse_overdue_file(path, **kw)  # type: ignore[arg-type]


def messages(result) -> list[str]:  # noqa: ANN001
    return [e.message for e in result.errors]


def one_error(path: Path, **kw: object) -> RowError:
    result = parse(path, **kw)
    assert len(result.errors) == 1, messages(result)
    assert result.rows == [] or all(r.excel_row != result.errors[0].excel_row for r in result.rows)
    return result.errors[0]


# --------------------------------------------------------------------------------- a clean file


def test_clean_file_with_title_rows(tmp_path):
    path = xlsx(tmp_path, [good(1), good(2, contract_no="BOBCF0002", mobile="+86 139 0000 1111")])
    result = parse(path)

    assert result.errors == []
    assert result.header_row == 3
    assert result.data_date == DATA_DATE
    assert result.data_date_source == "file"
    assert result.file_data_date == DATA_DATE
    assert result.total_rows == 2
    assert result.invalid_count == 0
    assert result.ignored_columns == []
    assert result.file_name == "core_export.xlsx"
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert result.columns == {h: h for h in HEADER}

    r = result.rows[0]
    assert r.excel_row == 4
    assert r.contract_no == "BOBCF202600000001"
    assert r.customer_name == "张三"
    assert r.id_number == make_id(1)
    assert r.mobile == "13812345678"
    assert r.product == "京喜贷"
    assert r.loan_amount == Decimal("100000.00")
    assert r.outstanding_principal == Decimal("50000.00")
    assert (r.overdue_principal, r.overdue_interest, r.penalty_interest) == (
        Decimal("10000.00"),
        Decimal("500.00"),
        Decimal("100.00"),
    )
    assert r.overdue_total == Decimal("10600.00")
    assert r.dpd == 113
    assert r.first_overdue_date == date(2026, 8, 6)
    assert r.last_payment_date == date(2026, 8, 5)
    assert r.home_address == "北京市朝阳区建国路1号"
    assert r.employer == "某某科技有限公司"
    assert r.work_address is None
    assert r.branch == "朝阳营业部"
    assert r.reason_text == "失业"
    assert r.reason_category == "unemployment"
    assert result.rows[1].excel_row == 5
    assert result.rows[1].mobile == "13900001111"


def test_file_without_title_rows_has_header_in_row_1(tmp_path):
    result = parse(xlsx(tmp_path, [good()], title=[]), as_of=DATA_DATE)
    assert result.header_row == 1
    assert result.rows[0].excel_row == 2


def test_header_found_in_row_10_but_not_row_11(tmp_path):
    title9 = [[f"说明第 {i} 行"] for i in range(9)]
    result = parse(xlsx(tmp_path, [good()], title=title9), as_of=DATA_DATE)
    assert result.header_row == 10
    assert result.rows[0].excel_row == 11

    title10 = [[f"说明第 {i} 行"] for i in range(10)]
    with pytest.raises(FileFormatError, match="前 10 行中找不到表头行"):
        parse(xlsx(tmp_path, [good()], title=title10), as_of=DATA_DATE)


def test_sheet_starting_below_and_right_of_a1_keeps_excel_row_numbers(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, values in enumerate(matrix([good(1), good(2)]), start=3):
        for c, v in enumerate(values, start=3):
            ws.cell(row=r, column=c, value=v)
    wb.save(tmp_path / "offset.xlsx")
    result = parse(tmp_path / "offset.xlsx", as_of=DATA_DATE)
    assert result.header_row == 3
    assert [r.excel_row for r in result.rows] == [4, 5]


def test_only_the_first_sheet_is_read(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in matrix([good(1)]):
        ws.append(r)
    other = wb.create_sheet("其他")
    for r in matrix([good(2), good(3)]):
        other.append(r)
    wb.save(tmp_path / "two_sheets.xlsx")
    result = parse(tmp_path / "two_sheets.xlsx", as_of=DATA_DATE)
    assert [r.contract_no for r in result.rows] == ["BOBCF202600000001"]


# ------------------------------------------------------------------------------------ data date


def test_argument_wins_over_the_file_date(tmp_path):
    path = xlsx(tmp_path, [good(dpd=114.0)])
    result = parse(path, as_of=date(2026, 11, 28))
    assert result.data_date == date(2026, 11, 28)
    assert result.data_date_source == "argument"
    assert result.file_data_date == DATA_DATE
    assert result.errors == []


def test_today_when_neither_argument_nor_file_date(tmp_path):
    result = parse(xlsx(tmp_path, [good(dpd=None)], title=[["逾期客户明细表"]]), today=date(2026, 12, 1))
    assert result.data_date == date(2026, 12, 1)
    assert result.data_date_source == "today"
    assert result.file_data_date is None
    assert result.rows[0].dpd == (date(2026, 12, 1) - date(2026, 8, 6)).days


@pytest.mark.parametrize(
    "title",
    [
        [["数据日期：2026年11月27日"]],
        [["数据日期:2026-11-27"]],
        [["数据日期: 2026/11/27"]],
        [["数据日期：2026.11.27"]],
        [["数据日期：20261127"]],
        [["数据日期：２０２６年１１月２７日"]],
        [["  数据日期 ： 2026-11-27  "]],
        [["数据日期：2026-11-27 08:00:00"]],
        [["数据日期：2026年11月27日 导出人：核心系统批量作业"]],
        [["数据日期：", date(2026, 11, 27)]],
        [["数据日期：", "2026年11月27日"]],
        [["逾期客户明细表"], [None, None, "数据日期：2026-11-27"]],
    ],
)
def test_data_date_line_forms(tmp_path, title):
    result = parse(xlsx(tmp_path, [good()], title=title))
    assert result.data_date == DATA_DATE
    assert result.data_date_source == "file"


def test_unreadable_data_date_is_a_file_error_unless_given_as_argument(tmp_path):
    path = xlsx(tmp_path, [good()], title=[["数据日期：昨天"]])
    with pytest.raises(FileFormatError, match="「数据日期：昨天」不是可识别的数据日期"):
        parse(path)
    assert parse(path, as_of=DATA_DATE).data_date_source == "argument"


def test_data_date_below_the_header_is_not_used(tmp_path):
    rows = matrix([good()]) + [["数据日期：2020-01-01"]]
    result = parse(write_xlsx(tmp_path / "x.xlsx", rows), today=DATA_DATE)
    assert result.data_date_source == "today"


# -------------------------------------------------------------------------------- header matching


ALIASES = [(s.field, s.header, alias) for s in OVERDUE_COLUMNS for alias in s.aliases]


@pytest.mark.parametrize(("field", "canonical", "alias"), ALIASES, ids=[a for _, _, a in ALIASES])
def test_every_alias_is_accepted(tmp_path, field, canonical, alias):
    result = parse(xlsx(tmp_path, [good()], header=alias_header({canonical: alias})))
    assert result.errors == []
    assert result.columns[canonical] == alias
    assert result.ignored_columns == []
    assert getattr(result.rows[0], field) == getattr(parse(xlsx(tmp_path, [good()])).rows[0], field)


def test_alias_appears_in_error_messages(tmp_path):
    path = xlsx(
        tmp_path, [good(id_number="110105199001011235")], header=alias_header({"证件号码": "身份证号码"})
    )
    err = one_error(path)
    assert err.message == "第 4 行「身份证号码」110105********1235：校验位错误，应为 2"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("合同 编号", "合同编号"),
        ("\u3000客户姓名\u3000", "客户姓名"),
        ("逾期总额（元）", "逾期总额"),
        ("逾期总额(元)", "逾期总额"),
        ("逾期本金 （元）", "逾期本金"),
        ("贷款金额（ 元 ）", "贷款金额"),
        ("逾期天数(天)", "逾期天数"),
        ("ＤＰＤ", "逾期天数"),
        ("dpd", "逾期天数"),
        ("ＤＰＤ（天）", "逾期天数"),
        ("证件号码\n", "证件号码"),
        ("手机\u00a0号码", "手机号码"),
    ],
)
def test_header_normalisation(tmp_path, written, canonical):
    result = parse(xlsx(tmp_path, [good()], header=alias_header({canonical: written})))
    assert result.errors == []
    assert result.columns[canonical] == written.strip()
    spec = next(s for s in OVERDUE_COLUMNS if s.header == canonical)
    assert normalize_header(written) in {normalize_header(n) for n in (spec.header, *spec.aliases)}


def test_unknown_columns_are_ignored_and_listed(tmp_path):
    header = HEADER[:5] + ["客户经理", "备注（内部）"] + HEADER[5:] + ["导出批次"]
    result = parse(xlsx(tmp_path, [good()], header=header))
    assert result.errors == []
    assert result.ignored_columns == ["客户经理", "备注（内部）", "导出批次"]
    assert len(result.rows) == 1


def test_canonical_header_beats_an_alias_of_the_same_field(tmp_path):
    header = ["联系电话"] + HEADER
    rows = [["010-88886666"] + r for r in matrix([good()])[1:]]
    result = parse(write_xlsx(tmp_path / "x.xlsx", [header] + rows, TITLE))
    assert result.errors == []
    assert result.columns["手机号码"] == "手机号码"
    assert result.ignored_columns == ["联系电话"]
    assert result.rows[0].mobile == "13812345678"


def test_two_aliases_of_one_field_the_first_listed_in_the_spec_wins(tmp_path):
    header = [("联系手机" if h == "手机号码" else h) for h in HEADER] + ["手机号"]
    rows = [r + ["13900000000"] for r in matrix([good()], header[:-1])[1:]]
    result = parse(write_xlsx(tmp_path / "x.xlsx", [header] + rows, TITLE))
    assert result.columns["手机号码"] == "手机号"
    assert result.ignored_columns == ["联系手机"]
    assert result.rows[0].mobile == "13900000000"


def test_missing_required_column_names_it(tmp_path):
    header = [h for h in HEADER if h != "证件号码"]
    with pytest.raises(FileFormatError) as exc:
        parse(xlsx(tmp_path, [good()], header=header))
    msg = str(exc.value)
    assert "最接近的是第 3 行" in msg
    assert "缺少必填列 「证件号码」" in msg


def test_missing_several_required_columns_names_them_all(tmp_path):
    header = [h for h in HEADER if h not in ("手机号码", "所属机构")]
    with pytest.raises(FileFormatError) as exc:
        parse(xlsx(tmp_path, [good()], header=header))
    assert "缺少必填列 「手机号码」、「所属机构」" in str(exc.value)


def test_overdue_total_or_all_three_parts_required(tmp_path):
    header = [h for h in HEADER if h not in ("逾期总额", "逾期利息")]
    with pytest.raises(FileFormatError) as exc:
        parse(xlsx(tmp_path, [good()], header=header))
    assert "「逾期总额」或「逾期本金」「逾期利息」「逾期罚息」" in str(exc.value)


def test_days_past_due_or_first_overdue_date_required(tmp_path):
    header = [h for h in HEADER if h not in ("逾期天数", "首次逾期日")]
    with pytest.raises(FileFormatError) as exc:
        parse(xlsx(tmp_path, [good()], header=header))
    assert "「逾期天数」或「首次逾期日」" in str(exc.value)


def test_no_header_at_all(tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", [["a", "b"], [1, 2]])
    with pytest.raises(FileFormatError, match="找不到表头行：表头应包含 「合同编号」、「客户姓名」"):
        parse(path)


def test_empty_sheet(tmp_path):
    path = write_xlsx(tmp_path / "empty.xlsx", [])
    with pytest.raises(FileFormatError, match="是空的"):
        parse(path)


# ------------------------------------------------------------------------------- file problems


def test_unsupported_extension(tmp_path):
    path = tmp_path / "export.txt"
    path.write_text("合同编号,客户姓名\n", encoding="utf-8")
    with pytest.raises(FileFormatError, match="不支持的文件类型「.txt」"):
        parse(path)
    with pytest.raises(FileFormatError, match="不支持的文件类型「（无扩展名）」"):
        parse(tmp_path / "export")


def test_missing_file(tmp_path):
    with pytest.raises(FileFormatError, match="找不到文件"):
        parse(tmp_path / "nope.xlsx")


def test_corrupt_xlsx(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    with pytest.raises(FileFormatError, match="无法读取 Excel 文件「broken.xlsx」"):
        parse(path)


def test_csv_renamed_to_xlsx(tmp_path):
    path = write_csv(tmp_path / "really_csv.xlsx", matrix([good()]))
    with pytest.raises(FileFormatError, match="无法读取 Excel 文件"):
        parse(path)


def test_empty_file(tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(FileFormatError, match="是空的"):
        parse(tmp_path / "empty.csv")


def test_utf16_csv_is_explained(tmp_path):
    path = tmp_path / "u16.csv"
    path.write_text("合同编号,客户姓名\n", encoding="utf-16")
    with pytest.raises(FileFormatError, match="UTF-16"):
        parse(path)


def test_a_folder_is_not_a_file(tmp_path):
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    with pytest.raises(FileFormatError):
        parse(folder)


# ------------------------------------------------------------------------------- blank and totals


def test_blank_and_totals_rows_are_skipped_and_row_numbers_kept(tmp_path):
    m = matrix([good(1), good(2), good(3)])
    rows = [
        m[0],
        m[1],
        [None] * len(HEADER),
        ["", "  ", "\u3000"] + [None] * (len(HEADER) - 3),
        m[2],
        ["小计", None, None, None, None, None, None, None, None, None, 21200.0],
        m[3],
        [None, "合 计", None, None, None, None, None, None, None, None, 31800.0],
        ["总计："] + [None] * (len(HEADER) - 1),
    ]
    result = parse(write_xlsx(tmp_path / "x.xlsx", rows, TITLE))
    assert result.errors == []
    assert [r.excel_row for r in result.rows] == [4, 7, 9]
    assert result.total_rows == 3


def test_a_row_that_mentions_a_total_later_is_data(tmp_path):
    result = parse(xlsx(tmp_path, [good(reason_text="合计欠款较多")]))
    assert len(result.rows) == 1


# ------------------------------------------------------------------------------------------ CSV


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_csv_encodings(tmp_path, encoding):
    rows = [good(1, customer_name="欧阳娜娜", home_address="北京市海淀区中关村大街1号，3单元"), good(2)]
    path = write_csv(tmp_path / f"export_{encoding}.csv", matrix(rows), encoding)
    result = parse(path, as_of=DATA_DATE)
    assert result.errors == []
    assert result.header_row == 1
    assert result.data_date_source == "argument"
    assert [r.excel_row for r in result.rows] == [2, 3]
    assert result.rows[0].customer_name == "欧阳娜娜"
    assert result.rows[0].home_address == "北京市海淀区中关村大街1号，3单元"
    assert result.rows[0].first_overdue_date == date(2026, 8, 6)
    assert result.rows[0].overdue_total == Decimal("10600.00")


def test_gb18030_only_characters(tmp_path):
    # 𠀀 (U+20000) is outside GBK but inside GB18030
    path = write_csv(tmp_path / "x.csv", matrix([good(customer_name="王𠀀")]), "gb18030")
    assert parse(path, as_of=DATA_DATE).rows[0].customer_name == "王𠀀"


def test_csv_without_data_date_uses_today(tmp_path):
    path = write_csv(tmp_path / "x.csv", matrix([good(dpd=None)]))
    result = parse(path, today=DATA_DATE)
    assert result.data_date_source == "today"
    assert result.rows[0].dpd == 113


def test_csv_short_rows_and_bad_encoding(tmp_path):
    text = ",".join(HEADER) + "\n" + ",".join(_csv_text(v) for v in matrix([good()])[1][:18]) + "\n"
    (tmp_path / "short.csv").write_text(text, encoding="utf-8")
    result = parse(tmp_path / "short.csv", as_of=DATA_DATE)
    assert result.errors == []
    assert result.rows[0].reason_text is None

    (tmp_path / "bad.csv").write_bytes(",".join(HEADER).encode("gb18030") + b"\n\x81\x20\xff\xff,\n")
    with pytest.raises(FileFormatError, match="无法识别 CSV 文件「bad.csv」的编码"):
        parse(tmp_path / "bad.csv")


def test_csv_and_xlsx_give_the_same_rows(tmp_path):
    rows = [good(i, mobile=f"+86 138 0000 {i:04d}") for i in range(1, 30)]
    a = parse(write_csv(tmp_path / "a.csv", matrix(rows)), as_of=DATA_DATE)
    b = parse(write_xlsx(tmp_path / "a.xlsx", matrix(rows)), as_of=DATA_DATE)
    assert [(r.excel_row, r) for r in a.rows] == [(r.excel_row, r) for r in b.rows]


# --------------------------------------------------------------------------------- value forms


@pytest.mark.parametrize(
    "value",
    [
        10600.0,
        10600,
        "10600",
        "10,600.00",
        "¥10,600.00",
        "￥10600",
        "10600元",
        "１０６００.００",
        "１０，６００．００元",
    ],
)
def test_money_forms_in_cells(tmp_path, value):
    result = parse(xlsx(tmp_path, [good(overdue_total=value, loan_amount=value)]))
    assert result.errors == []
    assert result.rows[0].overdue_total == Decimal("10600.00")
    assert result.rows[0].loan_amount == Decimal("10600.00")


def test_money_is_rounded_half_up(tmp_path):
    row = good(
        overdue_principal="10000.005", overdue_interest=500.0, penalty_interest=99.994, overdue_total=None
    )
    result = parse(xlsx(tmp_path, [row]))
    r = result.rows[0]
    assert r.overdue_principal == Decimal("10000.01")
    assert r.penalty_interest == Decimal("99.99")
    assert r.overdue_total == Decimal("10600.00")


@pytest.mark.parametrize(
    "value",
    [
        date(2026, 8, 6),
        datetime(2026, 8, 6, 14, 30),
        "2026-08-06",
        "2026/08/06",
        "2026/8/6",
        "2026.08.06",
        "2026年8月6日",
        "2026年08月06日",
        "20260806",
        "2026-08-06 14:30:00",
        "２０２６－０８－０６",
    ],
)
def test_date_forms_in_cells(tmp_path, value):
    result = parse(xlsx(tmp_path, [good(first_overdue_date=value, last_payment_date=value)]))
    assert result.errors == []
    assert result.rows[0].first_overdue_date == date(2026, 8, 6)
    assert result.rows[0].last_payment_date == date(2026, 8, 6)


def test_full_width_and_padded_identity_fields_are_normalised(tmp_path):
    row = good(
        contract_no="\u3000ＢＯＢＣＦ２０２６０００１ ",
        customer_name=" 张三\u3000",
        id_number=" " + make_id(7).translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)}).lower(),
        mobile="＋８６ １３８－１２３４－５６７８",
        branch="\u3000朝阳营业部 ",
        reason_text="\u3000家庭变故 ",
    )
    r = parse(xlsx(tmp_path, [row])).rows[0]
    assert r.contract_no == "BOBCF20260001"
    assert r.customer_name == "张三"
    assert r.id_number == make_id(7)
    assert r.mobile == "13812345678"
    assert r.branch == "朝阳营业部"
    assert r.reason_text == "家庭变故"
    assert r.reason_category == "family"


def test_numeric_cells_for_text_fields(tmp_path):
    row = good(contract_no=20261127001.0, mobile=13812345678.0, dpd="113")
    r = parse(xlsx(tmp_path, [row])).rows[0]
    assert r.contract_no == "20261127001"
    assert r.mobile == "13812345678"
    assert r.dpd == 113


def test_optional_fields_may_be_blank(tmp_path):
    row = good(
        product=None,
        loan_amount=None,
        outstanding_principal="",
        last_payment_date=" ",
        home_address=None,
        employer=None,
        work_address=None,
        reason_text=None,
    )
    r = parse(xlsx(tmp_path, [row])).rows[0]
    assert r.product is None and r.loan_amount is None and r.outstanding_principal is None
    assert r.last_payment_date is None and r.home_address is None and r.reason_text is None
    assert r.reason_category is None


def test_optional_columns_may_be_absent(tmp_path):
    required = {"合同编号", "客户姓名", "证件号码", "手机号码", "逾期总额", "逾期天数", "所属机构"}
    header = [h for h in HEADER if h in required]
    r = parse(xlsx(tmp_path, [good()], header=header)).rows[0]
    assert r.overdue_total == Decimal("10600.00")
    assert r.dpd == 113
    assert r.first_overdue_date is None
    assert r.overdue_principal is None and r.product is None and r.home_address is None


# --------------------------------------------------------------------------- total vs its parts


def test_total_computed_from_parts_when_the_column_is_absent(tmp_path):
    header = [h for h in HEADER if h != "逾期总额"]
    r = parse(xlsx(tmp_path, [good(overdue_interest="500.55")], header=header)).rows[0]
    assert r.overdue_total == Decimal("10600.55")


def test_total_computed_from_parts_when_the_cell_is_blank(tmp_path):
    r = parse(xlsx(tmp_path, [good(overdue_total=None)])).rows[0]
    assert r.overdue_total == Decimal("10600.00")


@pytest.mark.parametrize("total", [10600.01, 10599.99, "10,600.01"])
def test_total_within_one_cent_of_parts_is_accepted(tmp_path, total):
    result = parse(xlsx(tmp_path, [good(overdue_total=total)]))
    assert result.errors == []
    assert result.rows[0].overdue_total == Decimal(str(total).replace(",", ""))


def test_total_not_matching_parts(tmp_path):
    err = one_error(xlsx(tmp_path, [good(overdue_total=10600.02)]))
    assert err.excel_row == 4
    assert err.column == "逾期总额"
    assert err.value == "10600.02"
    assert err.reason == "与逾期本金、逾期利息、逾期罚息之和 10,600.00 不符"
    assert err.message == "第 4 行「逾期总额」10600.02：与逾期本金、逾期利息、逾期罚息之和 10,600.00 不符"


def test_total_not_compared_when_a_part_is_blank(tmp_path):
    result = parse(xlsx(tmp_path, [good(overdue_total=12345.0, penalty_interest=None)]))
    assert result.errors == []
    assert result.rows[0].overdue_total == Decimal("12345.00")
    assert result.rows[0].penalty_interest is None


@pytest.mark.parametrize("total", [0, "0.00", "¥0"])
def test_total_must_be_positive(tmp_path, total):
    err = one_error(xlsx(tmp_path, [good(overdue_total=total, overdue_principal=None)]))
    assert err.column == "逾期总额"
    assert err.reason == "应大于 0"


def test_total_blank_and_parts_zero(tmp_path):
    row = good(overdue_total=None, overdue_principal=0, overdue_interest=0, penalty_interest=0)
    err = one_error(xlsx(tmp_path, [row]))
    assert (
        err.message == "第 4 行「逾期总额」：为空，且逾期本金、逾期利息、逾期罚息之和为 0：逾期总额应大于 0"
    )


def test_total_blank_and_parts_incomplete(tmp_path):
    err = one_error(xlsx(tmp_path, [good(overdue_total=None, overdue_interest=None)]))
    assert err.message == "第 4 行「逾期总额」：不能为空"


def test_total_column_absent_and_a_part_blank(tmp_path):
    header = [h for h in HEADER if h != "逾期总额"]
    err = one_error(xlsx(tmp_path, [good(overdue_interest=None)], header=header))
    assert err.message == (
        "第 4 行「逾期利息」：不能为空：文件没有「逾期总额」列，逾期总额由逾期本金、逾期利息、逾期罚息相加得出"
    )


def test_an_invalid_part_is_reported_once(tmp_path):
    err = one_error(xlsx(tmp_path, [good(overdue_principal=-100.0)]))
    assert err.message == "第 4 行「逾期本金」-100：金额不能为负数"


# ------------------------------------------------------------------------ DPD and first overdue


def test_dpd_computed_from_first_overdue_date_when_the_column_is_absent(tmp_path):
    header = [h for h in HEADER if h != "逾期天数"]
    result = parse(xlsx(tmp_path, [good(), good(2, first_overdue_date="2026-11-26")], header=header))
    assert [r.dpd for r in result.rows] == [113, 1]


def test_dpd_computed_when_the_cell_is_blank(tmp_path):
    assert parse(xlsx(tmp_path, [good(dpd="")])).rows[0].dpd == 113


def test_first_overdue_date_may_be_blank_when_dpd_is_given(tmp_path):
    r = parse(xlsx(tmp_path, [good(first_overdue_date=None)])).rows[0]
    assert r.dpd == 113
    assert r.first_overdue_date is None


@pytest.mark.parametrize("dpd", [112, 113, 114, "114", 113.0])
def test_dpd_within_one_day_of_first_overdue_date(tmp_path, dpd):
    result = parse(xlsx(tmp_path, [good(dpd=dpd)]))
    assert result.errors == []
    assert result.rows[0].dpd == int(dpd)


@pytest.mark.parametrize(("dpd", "shown"), [(111, "111"), (115, "115"), (30.0, "30")])
def test_dpd_differing_from_first_overdue_date_by_more_than_a_day(tmp_path, dpd, shown):
    err = one_error(xlsx(tmp_path, [good(dpd=dpd)]))
    assert err.message == (
        f"第 4 行「逾期天数」{shown}：与首次逾期日 2026-08-06 不符：按数据日期 2026-11-27 计算应为 113 天"
    )


@pytest.mark.parametrize(
    ("dpd", "reason"),
    [
        (0, "应为不小于 1 的整数"),
        (-3, "应为不小于 1 的整数"),
        (12.5, "应为整数"),
        ("十天", "应为整数"),
    ],
)
def test_dpd_must_be_a_whole_number_of_at_least_one(tmp_path, dpd, reason):
    err = one_error(xlsx(tmp_path, [good(dpd=dpd, first_overdue_date=None)]))
    assert (err.column, err.reason) == ("逾期天数", reason)


def test_first_overdue_date_after_data_date(tmp_path):
    err = one_error(xlsx(tmp_path, [good(dpd=None, first_overdue_date=date(2026, 11, 30))]))
    assert err.message == "第 4 行「首次逾期日」2026-11-30：不能晚于数据日期 2026-11-27"


def test_first_overdue_date_on_the_data_date_gives_zero_days(tmp_path):
    err = one_error(xlsx(tmp_path, [good(dpd=None, first_overdue_date="2026-11-27")]))
    assert err.message == "第 4 行「首次逾期日」2026-11-27：与数据日期 2026-11-27 相同：逾期天数应不小于 1"


def test_both_dpd_and_first_overdue_date_blank(tmp_path):
    err = one_error(xlsx(tmp_path, [good(dpd=None, first_overdue_date=None)]))
    assert err.message == "第 4 行「逾期天数」：「逾期天数」和「首次逾期日」至少填写一项"


def test_dpd_column_absent_and_first_overdue_date_blank(tmp_path):
    header = [h for h in HEADER if h != "逾期天数"]
    err = one_error(xlsx(tmp_path, [good(first_overdue_date=None)], header=header))
    assert err.message == "第 4 行「首次逾期日」：不能为空"


def test_first_overdue_date_column_absent_and_dpd_blank(tmp_path):
    header = [h for h in HEADER if h != "首次逾期日"]
    err = one_error(xlsx(tmp_path, [good(dpd=None)], header=header))
    assert err.message == "第 4 行「逾期天数」：不能为空"


# ------------------------------------------------------------------------------ duplicate contracts


def test_duplicate_contract_number(tmp_path):
    rows = [
        good(1),
        good(2),
        good(3, contract_no="BOBCF202600000001"),
        good(4, contract_no="ＢＯＢＣＦ２０２６０００００００２"),
    ]
    result = parse(xlsx(tmp_path, rows))
    assert [r.excel_row for r in result.rows] == [4, 5]
    assert messages(result) == [
        "第 6 行「合同编号」BOBCF202600000001：合同编号重复，与第 4 行相同",
        "第 7 行「合同编号」ＢＯＢＣＦ２０２６０００００００２：合同编号重复，与第 5 行相同",
    ]


def test_duplicate_of_an_invalid_row_is_still_a_duplicate(tmp_path):
    rows = [good(1, customer_name=None), good(2, contract_no="BOBCF202600000001")]
    result = parse(xlsx(tmp_path, rows))
    assert messages(result) == [
        "第 4 行「客户姓名」：不能为空",
        "第 5 行「合同编号」BOBCF202600000001：合同编号重复，与第 4 行相同",
    ]


def test_same_customer_with_several_loans_is_fine(tmp_path):
    rows = [good(1), good(2, id_number=make_id(1), customer_name="张三")]
    assert len(parse(xlsx(tmp_path, rows)).rows) == 2


# ------------------------------------------------------------------------- each kind of invalid value


INVALID = [
    ("contract_no", None, "第 4 行「合同编号」：不能为空"),
    ("contract_no", "\u3000", "第 4 行「合同编号」：不能为空"),
    ("customer_name", None, "第 4 行「客户姓名」：不能为空"),
    ("customer_name", "  ", "第 4 行「客户姓名」：不能为空"),
    ("id_number", None, "第 4 行「证件号码」：不能为空"),
    ("id_number", "110105199001011235", "第 4 行「证件号码」110105********1235：校验位错误，应为 2"),
    ("id_number", "11010519900101123", "第 4 行「证件号码」110105*******1123：长度应为 18 位"),
    ("id_number", "110105199002301234", "第 4 行「证件号码」110105********1234：出生日期无效"),
    (
        "id_number",
        "11010519900101123Y",
        "第 4 行「证件号码」110105********123Y：格式错误，应为 17 位数字加 1 位数字或 X",
    ),
    ("mobile", None, "第 4 行「手机号码」：不能为空"),
    ("mobile", "1381234567", "第 4 行「手机号码」138***4567：应为 11 位手机号码，实际 10 位"),
    ("mobile", "12812345678", "第 4 行「手机号码」128****5678：不是有效的大陆手机号码，应以 13–19 开头"),
    ("mobile", "010-8888666", "第 4 行「手机号码」010****8666：应为 11 位手机号码，实际 10 位"),
    ("mobile", "138abcd5678", "第 4 行「手机号码」138****5678：只能包含数字（可带 +86 前缀、空格或短横线）"),
    ("branch", None, "第 4 行「所属机构」：不能为空"),
    ("loan_amount", "abc", "第 4 行「贷款金额」abc：不是有效的金额"),
    ("loan_amount", -1.0, "第 4 行「贷款金额」-1：金额不能为负数"),
    ("outstanding_principal", "￥-5", "第 4 行「剩余本金」￥-5：金额不能为负数"),
    ("overdue_total", "abc", "第 4 行「逾期总额」abc：不是有效的金额"),
    ("overdue_total", "-10600", "第 4 行「逾期总额」-10600：金额不能为负数"),
    ("first_overdue_date", "2026-13-45", "第 4 行「首次逾期日」2026-13-45：日期不存在"),
    ("first_overdue_date", "2026年2月30日", "第 4 行「首次逾期日」2026年2月30日：日期不存在"),
    (
        "first_overdue_date",
        "上个月",
        "第 4 行「首次逾期日」上个月：不是有效的日期，应为 2026-11-27、2026/11/27、2026年11月27日 或 20261127 等格式",
    ),
    ("last_payment_date", "2026-02-29", "第 4 行「最近还款日」2026-02-29：日期不存在"),
    ("dpd", "abc", "第 4 行「逾期天数」abc：应为整数"),
]


@pytest.mark.parametrize(("field", "value", "message"), INVALID, ids=[m for _, _, m in INVALID])
def test_each_invalid_value_has_an_exact_message(tmp_path, field, value, message):
    rows = [good(1), good(2, **{field: value}), good(3)]
    result = parse(xlsx(tmp_path, rows))
    shifted = message.replace("第 4 行", "第 5 行")
    assert messages(result) == [shifted]
    assert [r.excel_row for r in result.rows] == [4, 6]
    assert result.invalid_rows == [5]
    assert result.total_rows == 3


def test_all_errors_of_a_row_are_reported(tmp_path):
    row = good(customer_name=None, mobile="123", overdue_total="x", branch=None)
    result = parse(xlsx(tmp_path, [row]))
    assert messages(result) == [
        "第 4 行「客户姓名」：不能为空",
        "第 4 行「手机号码」***：应为 11 位手机号码，实际 3 位",
        "第 4 行「逾期总额」x：不是有效的金额",
        "第 4 行「所属机构」：不能为空",
    ]
    assert result.invalid_count == 1
    # each error names the row's contract, to find it in the core system
    assert {e.contract for e in result.errors} == {row["contract_no"]}


def test_long_values_are_shortened_in_messages(tmp_path):
    err = one_error(xlsx(tmp_path, [good(overdue_total="x" * 200)]))
    assert len(err.value) == 58
    assert err.value.endswith("…")


def test_row_error_message_format():
    assert RowError(9, "身份证号码", "110105199001011235", "校验位错误，应为 2").message == (
        "第 9 行「身份证号码」110105199001011235：校验位错误，应为 2"
    )
    assert RowError(45, "客户姓名", "", "不能为空").message == "第 45 行「客户姓名」：不能为空"


def test_row_error_message_in_english():
    err = RowError(9, "证件号码", "110105********1235", "校验位错误，应为 2", "HT-1", "wrong check digit, should be 2")
    assert (err.contract, err.reason_en) == ("HT-1", "wrong check digit, should be 2")
    assert err.message_en == 'Row 9 "证件号码" 110105********1235: wrong check digit, should be 2'
    assert RowError(45, "客户姓名", "", "不能为空", reason_en="required").message_en == 'Row 45 "客户姓名": required'
    # built without an English reason (the field is optional): the Chinese one rather than nothing
    assert RowError(45, "客户姓名", "", "不能为空").message_en == 'Row 45 "客户姓名": 不能为空'


# ------------------------------------------------------------------------------ reasons in English

_CJK_RE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
_QUOTED_RE = re.compile(r'"[^"]*"')


def _english(text: str) -> bool:
    """Non-empty and without CJK characters (Chinese, full-width punctuation) outside "quoted" data."""
    return bool(text.strip()) and _CJK_RE.search(_QUOTED_RE.sub("", text)) is None


def test_every_validator_error_is_raised_in_both_languages():
    """validators.py raises nothing but InvalidValue(Chinese, English): the English is written where the rule is,
    not translated back from the Chinese by its callers."""
    tree = ast.parse(Path(validators.__file__).read_text(encoding="utf-8"))
    raised = [node.exc for node in ast.walk(tree) if isinstance(node, ast.Raise) and node.exc is not None]
    calls = [e for r in raised for e in ((r.body, r.orelse) if isinstance(r, ast.IfExp) else (r,))]
    assert len(calls) >= 30
    for call in calls:
        assert isinstance(call, ast.Call) and getattr(call.func, "id", "") == "InvalidValue" and len(call.args) == 2, \
            ast.unparse(call)


@pytest.mark.parametrize(("check", "value", "en"), [
    (validators.validate_id_number, "", "required"),
    (validators.validate_id_number, "110105199001011235", "wrong check digit, should be 2"),
    (validators.normalize_mobile, "1381234567", "should be an 11-digit mobile number, found 10 digits"),
    (validators.normalize_mobile, "1", "should be an 11-digit mobile number, found 1 digit"),
    (validators.parse_money, "-5", "amount cannot be negative"),
    (validators.parse_date, "2026-02-30", "date does not exist"),
    (validators.parse_date, "明天", 'not a valid date: should be written like "2026-11-27", "2026/11/27", '
                                   '"2026年11月27日" or "20261127"'),
    (validators.parse_int, "x", "should be a whole number"),
])
def test_validator_errors_carry_their_english(check, value, en):
    with pytest.raises(ValueError) as exc:
        check(value)
    assert _validator_en(exc.value) == en and _english(en)
    assert _validator_en(ValueError("某个新的原因")) == 'invalid value ("某个新的原因")'  # never silent


def test_every_error_has_an_english_reason(tmp_path):
    """A file full of bad cells (each column's typical errors and the checks across columns), files without
    optional columns and a payments file: every error has its English reason."""
    rows = [good(1)]
    rows += [good(i, **{field: value}) for i, (field, value, _) in enumerate(INVALID, start=2)]
    rows += [
        good(30, contract_no="BOBCF202600000001"),
        good(31, dpd=115),
        good(32, dpd=5, first_overdue_date="2026-11-26"),
        good(33, overdue_total=10600.02),
        good(34, overdue_total=0, overdue_principal=None),
        good(35, overdue_total=None, overdue_principal=0, overdue_interest=0, penalty_interest=0),
        good(36, overdue_total=None, overdue_interest=None),
        good(37, dpd=0, first_overdue_date=None),
        good(38, dpd=12.5, first_overdue_date=None),
        good(39, dpd=None, first_overdue_date=date(2026, 11, 30)),
        good(40, dpd=None, first_overdue_date="2026-11-27"),
        good(41, dpd=None, first_overdue_date=None),
        good(42, loan_amount=1e13, last_payment_date=True, mobile="5"),
    ]
    errors = parse(xlsx(tmp_path, rows)).errors
    assert len(errors) == len(INVALID) + 15

    (tmp_path / "b").mkdir()
    header = [h for h in HEADER if h not in ("逾期总额", "逾期天数")]
    errors += parse(xlsx(tmp_path / "b", [good(overdue_interest=None, first_overdue_date=None)], header=header)).errors
    (tmp_path / "c").mkdir()
    header = [h for h in HEADER if h != "首次逾期日"]
    errors += parse(xlsx(tmp_path / "c", [good(dpd=None)], header=header)).errors
    pay_rows = [
        ["C1", "2026-11-20", 100, "T1"],
        [None, "2026-11-20", 100, "T2"],
        ["C3", None, 100, "T3"],
        ["C4", "2026-02-30", 100, "T4"],
        ["C5", "上周五", 100, "T5"],
        ["C6", "2026-11-20", 0, "T6"],
        ["C7", "2026-11-20", -5, "T7"],
        ["C8", "2026-11-20", "abc", "T8"],
        ["C9", "2026-11-20", 1e13, "T9"],
        ["C10", "2026-11-20", None, None],
        ["C11", "2026-11-20", 100, "T1"],
    ]
    errors += parse_payments_file(pay_file(tmp_path, pay_rows)).errors
    assert len(errors) == len(INVALID) + 15 + 3 + 11

    for e in errors:
        assert _english(e.reason_en), e.message
        assert e.message_en == (f'Row {e.excel_row} "{e.column}" {e.value}: {e.reason_en}' if e.value
                                else f'Row {e.excel_row} "{e.column}": {e.reason_en}')
    # one Chinese reason, one English reason: none is translated two ways or left in Chinese
    by_reason: dict[str, set[str]] = {}
    for e in errors:
        by_reason.setdefault(e.reason, set()).add(e.reason_en)
    assert all(len(en) == 1 for en in by_reason.values()), by_reason
    english = {e.reason: e.reason_en for e in errors}
    assert len(english) == 28
    assert english == {
        "不能为空": "required",
        "校验位错误，应为 2": "wrong check digit, should be 2",
        "长度应为 18 位": "should be 18 characters long",
        "出生日期无效": "invalid date of birth",
        "格式错误，应为 17 位数字加 1 位数字或 X": "wrong format: should be 17 digits followed by a digit or X",
        "应为 11 位手机号码，实际 10 位": "should be an 11-digit mobile number, found 10 digits",
        "应为 11 位手机号码，实际 1 位": "should be an 11-digit mobile number, found 1 digit",
        "不是有效的大陆手机号码，应以 13–19 开头": "not a valid mainland mobile number: should start with 13–19",
        "只能包含数字（可带 +86 前缀、空格或短横线）":
            "may only contain digits (with an optional +86 prefix, spaces or dashes)",
        "不是有效的金额": "not a valid amount",
        "金额不能为负数": "amount cannot be negative",
        "金额过大": "amount too large",
        "日期不存在": "date does not exist",
        "不是有效的日期": "not a valid date",
        "不是有效的日期，应为 2026-11-27、2026/11/27、2026年11月27日 或 20261127 等格式":
            'not a valid date: should be written like "2026-11-27", "2026/11/27", "2026年11月27日" or "20261127"',
        "应为整数": "should be a whole number",
        "应为不小于 1 的整数": "should be a whole number of at least 1",
        "合同编号重复，与第 4 行相同": "duplicate contract number, same as row 4",
        "与首次逾期日 2026-08-06 不符：按数据日期 2026-11-27 计算应为 113 天":
            "does not match the first overdue date 2026-08-06: by the data date 2026-11-27 it should be 113 days",
        "与首次逾期日 2026-11-26 不符：按数据日期 2026-11-27 计算应为 1 天":
            "does not match the first overdue date 2026-11-26: by the data date 2026-11-27 it should be 1 day",
        "与逾期本金、逾期利息、逾期罚息之和 10,600.00 不符":
            'does not match the sum of "逾期本金", "逾期利息" and "逾期罚息" (10,600.00)',
        "应大于 0": "should be greater than 0",
        "为空，且逾期本金、逾期利息、逾期罚息之和为 0：逾期总额应大于 0":
            'blank, and the sum of "逾期本金", "逾期利息" and "逾期罚息" is 0: the overdue total should be greater than 0',
        "不能晚于数据日期 2026-11-27": "cannot be after the data date 2026-11-27",
        "与数据日期 2026-11-27 相同：逾期天数应不小于 1":
            "same as the data date 2026-11-27: the days past due should be at least 1",
        "「逾期天数」和「首次逾期日」至少填写一项": 'fill in at least one of "逾期天数" and "首次逾期日"',
        "不能为空：文件没有「逾期总额」列，逾期总额由逾期本金、逾期利息、逾期罚息相加得出":
            'required: the file has no "逾期总额" column, so the overdue total is the sum of "逾期本金", "逾期利息" '
            'and "逾期罚息"',
        "交易流水号重复，与第 2 行相同": "duplicate transaction number, same as row 2",
    }


def test_english_reasons_name_the_columns_as_written(tmp_path):
    header = alias_header({"逾期天数": "DPD", "首次逾期日": "首逾日期", "逾期罚息": "罚息金额"})
    rows = [good(dpd=None, first_overdue_date=None), good(2, overdue_total=10600.02)]
    result = parse(xlsx(tmp_path, rows, header=header))
    assert [e.message_en for e in result.errors] == [
        'Row 4 "DPD": fill in at least one of "DPD" and "首逾日期"',
        'Row 5 "逾期总额" 10600.02: does not match the sum of "逾期本金", "逾期利息" and "罚息金额" (10,600.00)',
    ]


# --------------------------------------------------------------------------- progress and cancel


def test_progress_is_reported_every_1000_rows(tmp_path):
    rows = [good(i) for i in range(1, 2501)]
    path = write_csv(tmp_path / "big.csv", matrix(rows))
    calls: list[tuple[int, int]] = []
    result = parse(path, as_of=DATA_DATE, progress=lambda done, total: calls.append((done, total)))
    assert len(result.rows) == 2500
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]


def test_cancel_before_reading(tmp_path):
    path = write_csv(tmp_path / "x.csv", matrix([good()]))
    with pytest.raises(ImportCancelled):
        parse(path, cancelled=lambda: True)


def test_cancel_while_parsing(tmp_path):
    path = write_csv(tmp_path / "big.csv", matrix([good(i) for i in range(1, 2501)]))
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 3

    with pytest.raises(ImportCancelled):
        parse(path, as_of=DATA_DATE, cancelled=cancelled)
    assert len(asked) == 3


# ---------------------------------------------------------------------------- reason categories


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("失业", "unemployment"),
        ("公司裁员", "unemployment"),
        ("失去工作", "unemployment"),
        ("待业在家", "unemployment"),
        ("收入下降", "income_drop"),
        ("降薪", "income_drop"),
        ("生意失败", "income_drop"),
        ("经营困难", "income_drop"),
        ("收入减少", "income_drop"),
        ("疾病", "illness"),
        ("本人生病", "illness"),
        ("住院治疗", "illness"),
        ("医疗支出大", "illness"),
        ("重病", "illness"),
        ("家庭变故", "family"),
        ("离婚", "family"),
        ("父亲去世", "family"),
        ("家人出事", "family"),
        ("合同纠纷", "dispute"),
        ("对利息有争议", "dispute"),
        ("不认可欠款", "dispute"),
        ("已投诉", "dispute"),
        ("欺诈", "fraud"),
        ("身份被冒用", "fraud"),
        ("账户被盗用", "fraud"),
        ("忘记还款", "forgot"),
        ("遗忘", "forgot"),
        ("多头借贷", "multi_debt"),
        ("其他贷款压力", "multi_debt"),
        ("以贷养贷", "multi_debt"),
        ("负债过高", "multi_debt"),
        ("恶意拖欠", "willingness"),
        ("拒绝还款", "willingness"),
        ("不愿还", "willingness"),
        ("失联", "contact_lost"),
        ("联系不上", "contact_lost"),
        ("其他原因", "other"),
        ("\u3000家庭变故 ", "family"),
        ("", None),
        ("  ", None),
        (None, None),
    ],
)
def test_categorize_reason(text, code):
    assert categorize_reason(text) == code


def test_reason_categories_are_labelled():
    assert set(REASON_CATEGORIES) == {
        "unemployment",
        "income_drop",
        "illness",
        "family",
        "dispute",
        "fraud",
        "forgot",
        "multi_debt",
        "willingness",
        "contact_lost",
        "other",
    }
    assert all(REASON_CATEGORIES.values())


def test_reason_text_is_kept_as_given(tmp_path):
    r = parse(xlsx(tmp_path, [good(reason_text="客户称生意失败，下月还")])).rows[0]
    assert r.reason_text == "客户称生意失败，下月还"
    assert r.reason_category == "income_drop"


# ------------------------------------------------------------------------------------- payments


PAY_HEADER = [s.header for s in PAYMENT_COLUMNS]


def pay_file(tmp_path: Path, rows: list[list[object]], header=PAY_HEADER, title=None) -> Path:  # noqa: ANN001
    return write_xlsx(tmp_path / "payments.xlsx", [header] + rows, title)


def test_payments_file(tmp_path):
    rows = [
        ["BOBCF0001", date(2026, 11, 20), 1000.0, "T0001"],
        ["BOBCF0001", "2026年11月21日", "¥1,234.50", "T0002"],
        [None] * 4,
        ["ＢＯＢＣＦ0002", "20261122", "500元", " T0003 "],
        ["合计", None, 2734.5, None],
    ]
    result = parse_payments_file(pay_file(tmp_path, rows, title=[["还款明细"], ["导出日期：2026-11-27"]]))
    assert result.errors == []
    assert result.header_row == 3
    assert result.total_rows == 3
    assert [(r.excel_row, r.contract_no, r.paid_on, r.amount, r.txn_no) for r in result.rows] == [
        (4, "BOBCF0001", date(2026, 11, 20), Decimal("1000.00"), "T0001"),
        (5, "BOBCF0001", date(2026, 11, 21), Decimal("1234.50"), "T0002"),
        (7, "BOBCF0002", date(2026, 11, 22), Decimal("500.00"), "T0003"),
    ]
    assert result.sha256 == hashlib.sha256((tmp_path / "payments.xlsx").read_bytes()).hexdigest()


def test_payments_aliases_and_ignored_columns(tmp_path):
    header = ["借据号", "回款日期", "金额（元）", "流水号", "备注"]
    result = parse_payments_file(pay_file(tmp_path, [["C1", "2026-11-20", 10, "T1", "x"]], header=header))
    assert result.errors == []
    assert result.columns == {
        "合同编号": "借据号",
        "还款日期": "回款日期",
        "还款金额": "金额（元）",
        "交易流水号": "流水号",
    }
    assert result.ignored_columns == ["备注"]


def test_payments_csv(tmp_path):
    path = write_csv(tmp_path / "pay.csv", [PAY_HEADER, ["C1", "2026/11/20", "1,000.00", "T1"]], "gb18030")
    result = parse_payments_file(path)
    assert result.rows[0].amount == Decimal("1000.00")


def test_payments_invalid_rows(tmp_path):
    rows = [
        ["C1", "2026-11-20", 100, "T1"],
        [None, "2026-11-20", 100, "T2"],
        ["C3", None, 100, "T3"],
        ["C4", "2026-02-30", 100, "T4"],
        ["C5", "2026-11-20", 0, "T5"],
        ["C6", "2026-11-20", -5, "T6"],
        ["C7", "2026-11-20", "abc", "T7"],
        ["C8", "2026-11-20", None, "T8"],
        ["C9", "2026-11-20", 100, None],
        ["C10", "2026-11-20", 100, "T1"],
    ]
    result = parse_payments_file(pay_file(tmp_path, rows))
    assert [r.excel_row for r in result.rows] == [2]
    assert messages(result) == [
        "第 3 行「合同编号」：不能为空",
        "第 4 行「还款日期」：不能为空",
        "第 5 行「还款日期」2026-02-30：日期不存在",
        "第 6 行「还款金额」0：应大于 0",
        "第 7 行「还款金额」-5：金额不能为负数",
        "第 8 行「还款金额」abc：不是有效的金额",
        "第 9 行「还款金额」：不能为空",
        "第 10 行「交易流水号」：不能为空",
        "第 11 行「交易流水号」T1：交易流水号重复，与第 2 行相同",
    ]
    assert result.invalid_count == 9


def test_payments_missing_column(tmp_path):
    with pytest.raises(FileFormatError, match="缺少必填列 「交易流水号」"):
        parse_payments_file(pay_file(tmp_path, [["C1", "2026-11-20", 1]], header=PAY_HEADER[:3]))


def test_payments_cancel(tmp_path):
    with pytest.raises(ImportCancelled):
        parse_payments_file(pay_file(tmp_path, [["C1", "2026-11-20", 1, "T"]]), cancelled=lambda: True)


# ------------------------------------------------------------------------- property: never crashes


_SPECIAL = [
    "",
    " ",
    "\u3000",
    "合计",
    "小 计",
    "¥1,234.50",
    "-1",
    "0",
    "１２３",
    "2026-13-45",
    "2026年2月30日",
    "20261127",
    "+86 138 1234 5678",
    "11010519491231002X",
    "110105199001011235",
    "数据日期：2026-11-27",
    "=1+1",
    "NaN",
    "1e400",
    "逾期总额",
    "合同编号",
]

_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=25)
_cell = st.one_of(
    st.none(),
    _text,
    st.sampled_from(_SPECIAL),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 31)),
    st.booleans(),
    st.builds(lambda d: d.isoformat(), st.dates()),
)
_row = st.lists(_cell, min_size=0, max_size=len(HEADER) + 2)


def _xlsx_safe(v: object) -> object:
    if isinstance(v, str):
        v = ILLEGAL_CHARACTERS_RE.sub("", v)
        return v[:32000]
    if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
        return str(v)
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2**53:
        return str(v)
    return v


def _check_result(result: ParseResult) -> None:
    valid_rows = {r.excel_row for r in result.rows}
    invalid_rows = set(result.invalid_rows)
    assert not valid_rows & invalid_rows
    assert len(valid_rows) + len(invalid_rows) == result.total_rows
    for e in result.errors:
        assert e.excel_row > result.header_row
        assert isinstance(e.message, str) and e.reason and e.column
    for r in result.rows:
        assert r.overdue_total > 0
        assert r.dpd >= 1
        assert len(r.id_number) == 18
        assert len(r.mobile) == 11
        assert r.contract_no and r.customer_name and r.branch
    assert len({r.contract_no for r in result.rows}) == len(result.rows)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(_row, max_size=8),
    title=st.lists(_row, max_size=3),
    fmt=st.sampled_from(["csv", "gbk", "xlsx"]),
)
def test_random_cells_never_crash(rows, title, fmt):
    grid = title + [HEADER] + [r + [None] * (len(HEADER) - len(r)) for r in rows]
    with tempfile.TemporaryDirectory() as d:
        if fmt == "xlsx":
            path = write_xlsx(Path(d) / "r.xlsx", [[_xlsx_safe(v) for v in r] for r in grid])
        else:
            path = Path(d) / "r.csv"
            with open(path, "w", encoding="utf-8" if fmt == "csv" else "gb18030", newline="") as f:
                csv.writer(f).writerows([[_csv_text(v) for v in r] for r in grid])
        try:
            result = parse_overdue_file(path, as_of=DATA_DATE if rows else None, today=DATA_DATE)
        except FileFormatError as exc:
            assert str(exc)
            event("FileFormatError")
            return
        _check_result(result)
        event(
            f"parsed: {'some' if result.rows else 'no'} valid rows, {'some' if result.errors else 'no'} errors"
        )
        assert result.header_row <= len(title) + 1


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grid=st.lists(_row, max_size=12), fmt=st.sampled_from(["csv", "xlsx"]))
def test_random_grids_without_a_proper_header(grid, fmt):
    with tempfile.TemporaryDirectory() as d:
        if fmt == "xlsx":
            path = write_xlsx(Path(d) / "r.xlsx", [[_xlsx_safe(v) for v in r] for r in grid])
        else:
            path = write_csv(Path(d) / "r.csv", grid)
        for parser in (parse_overdue_file, parse_payments_file):
            try:
                result = parser(path)
            except FileFormatError as exc:
                assert str(exc)
            else:
                assert result.total_rows == len(result.rows) + len(result.invalid_rows)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "overdue_total": st.one_of(
                    st.none(), st.sampled_from([10600.0, "10600", "¥10,600.00", "x", -1, 0])
                ),
                "dpd": st.one_of(st.none(), st.integers(-2, 200), st.sampled_from(["113", 113.5, "abc"])),
                "first_overdue_date": st.one_of(
                    st.none(), st.dates(date(2025, 1, 1), date(2027, 1, 1)), st.sampled_from(["2026-13-45"])
                ),
                "mobile": st.sampled_from(["13812345678", "+86 138 1234 5678", "123", None]),
                "contract_no": st.sampled_from(["A", "B", "C", "D", None]),
            }
        ),
        max_size=10,
    )
)
def test_random_valid_and_invalid_rows_are_accounted_for(changes):
    rows = [good(i + 1, **c) for i, c in enumerate(changes)]
    with tempfile.TemporaryDirectory() as d:
        result = parse_overdue_file(write_csv(Path(d) / "x.csv", matrix(rows)), as_of=DATA_DATE)
    _check_result(result)
    assert result.total_rows == len(rows)
    for r in result.rows:
        if r.first_overdue_date is not None:
            assert abs(r.dpd - (DATA_DATE - r.first_overdue_date).days) <= 1
            assert r.first_overdue_date <= DATA_DATE


# ---------------------------------------------------------------------- the shared sample files


def _sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


def test_sample_with_errors_has_exactly_8_invalid_rows():
    result = parse_overdue_file(_sample("core_export_with_errors.xlsx"))
    assert result.data_date == DATA_DATE
    assert result.data_date_source == "file"
    assert result.invalid_count == 8
    assert result.invalid_rows == [9, 16, 24, 31, 37, 45, 54, 62]
    assert len(result.rows) + result.invalid_count == result.total_rows


@pytest.mark.parametrize(
    ("name", "as_of"),
    [
        ("core_export_2026-11-27.xlsx", None),
        ("core_export_2026-11-28.xlsx", None),
        ("core_export_2026-11-27_gbk.csv", DATA_DATE),
    ],
)
def test_clean_samples_have_no_invalid_rows(name, as_of):
    result = parse_overdue_file(_sample(name), as_of=as_of)
    assert result.errors == []
    assert result.total_rows == len(result.rows) > 0


def test_xlsx_and_csv_samples_agree():
    xlsx_result = parse_overdue_file(_sample("core_export_2026-11-27.xlsx"))
    csv_result = parse_overdue_file(_sample("core_export_2026-11-27_gbk.csv"), as_of=DATA_DATE)
    by_contract = {r.contract_no: r for r in xlsx_result.rows}
    assert csv_result.rows
    for r in csv_result.rows:
        x = by_contract[r.contract_no]
        assert (x.id_number, x.mobile, x.overdue_total, x.dpd, x.first_overdue_date) == (
            r.id_number,
            r.mobile,
            r.overdue_total,
            r.dpd,
            r.first_overdue_date,
        )


def test_first_overdue_dates_in_samples_match_dpd():
    result = parse_overdue_file(_sample("core_export_2026-11-27.xlsx"))
    for r in result.rows:
        assert r.first_overdue_date is not None
        assert abs((result.data_date - r.first_overdue_date).days - r.dpd) <= 1
        assert r.first_overdue_date <= result.data_date - timedelta(days=1)


@pytest.mark.parametrize(("name", "expected"), [
    ("core_export_2026-11-27_gbk.csv", date(2026, 11, 27)),
    ("逾期明细20261127.xlsx", date(2026, 11, 27)),
    ("export_2026_11_05.csv", date(2026, 11, 5)),
    ("x_2026.1.5.csv", date(2026, 1, 5)),
    ("2026年1月7日导出.xlsx", date(2026, 1, 7)),
    ("a-2026-13-40.csv", None),  # not a date
    ("n_1234567890.csv", None),
    ("202611271.csv", None),  # nine digits: not a date
    ("export.csv", None),
])
def test_date_in_file_name(name, expected):
    from desktop.services.import_parse import date_in_file_name

    assert date_in_file_name(name) == expected
