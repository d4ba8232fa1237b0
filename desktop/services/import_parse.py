"""Reading and validating the core lending system's exports (逾期客户明细, 还款明细).

This is the pure layer of the import: it reads an .xlsx/.csv file, finds the header row, maps the columns,
normalises and validates every row and returns plain dataclasses.  It never touches the database or Qt;
the import service decides what to write.  The format is specified in ``IMPORT_FORMAT.md``.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop.services.validators import (
    clean_text,
    fold_width,
    normalize_mobile,
    parse_date,
    parse_int,
    parse_money,
    validate_id_number,
)

__all__ = [
    "OVERDUE_COLUMNS",
    "PAYMENT_COLUMNS",
    "REASON_CATEGORIES",
    "ColumnSpec",
    "FileFormatError",
    "ImportCancelled",
    "ParseResult",
    "ParsedRow",
    "PaymentRow",
    "PaymentsParseResult",
    "RowError",
    "categorize_reason",
    "normalize_header",
    "parse_overdue_file",
    "parse_payments_file",
]

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

HEADER_SEARCH_ROWS = 10
PROGRESS_EVERY = 1000
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls"})
CSV_SUFFIXES = frozenset({".csv"})
TOTALS_LABELS = frozenset({"合计", "总计", "小计"})
TOLERANCE = Decimal("0.01")


# ---------------------------------------------------------------------------------------- errors


class FileFormatError(Exception):
    """The file as a whole cannot be imported (unreadable, wrong type, no header row).

    ``str(exc)`` is a plain-Chinese message that can be shown to the user as is.
    """


class ImportCancelled(Exception):  # noqa: N818 - the name is part of the agreed API
    """Raised when the ``cancelled`` callback returns True while parsing."""


# ----------------------------------------------------------------------------------- data classes


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    field: str
    header: str  # the canonical header, also used in messages when the column is absent
    aliases: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True, slots=True)
class RowError:
    excel_row: int
    column: str  # header as written in the file, or the canonical header when the column is absent
    value: str
    reason: str

    @property
    def message(self) -> str:
        if self.value:
            return f"第 {self.excel_row} 行「{self.column}」{self.value}：{self.reason}"
        return f"第 {self.excel_row} 行「{self.column}」：{self.reason}"


@dataclass(slots=True)
class ParsedRow:
    excel_row: int
    contract_no: str
    customer_name: str
    id_number: str
    mobile: str
    product: str | None
    loan_amount: Decimal | None
    outstanding_principal: Decimal | None
    overdue_principal: Decimal | None
    overdue_interest: Decimal | None
    penalty_interest: Decimal | None
    overdue_total: Decimal
    dpd: int
    first_overdue_date: date | None
    last_payment_date: date | None
    home_address: str | None
    employer: str | None
    work_address: str | None
    branch: str
    reason_text: str | None
    reason_category: str | None


@dataclass(slots=True)
class ParseResult:
    rows: list[ParsedRow]
    errors: list[RowError]
    data_date: date
    data_date_source: str  # 'argument' | 'file' | 'today'
    header_row: int  # 1-based, as Excel shows it
    columns: dict[str, str]  # canonical header -> header as written in the file
    ignored_columns: list[str]
    sha256: str
    file_name: str
    total_rows: int  # data rows looked at: valid + invalid (blank and totals rows not counted)
    file_data_date: date | None = None  # the 数据日期 written in the file, even when the argument won

    @property
    def invalid_rows(self) -> list[int]:
        return sorted({e.excel_row for e in self.errors})

    @property
    def invalid_count(self) -> int:
        return len({e.excel_row for e in self.errors})


@dataclass(slots=True)
class PaymentRow:
    excel_row: int
    contract_no: str
    paid_on: date
    amount: Decimal
    txn_no: str


@dataclass(slots=True)
class PaymentsParseResult:
    rows: list[PaymentRow]
    errors: list[RowError]
    header_row: int
    columns: dict[str, str]
    ignored_columns: list[str]
    sha256: str
    file_name: str
    total_rows: int

    @property
    def invalid_rows(self) -> list[int]:
        return sorted({e.excel_row for e in self.errors})

    @property
    def invalid_count(self) -> int:
        return len({e.excel_row for e in self.errors})


# ------------------------------------------------------------------------------------ column specs

OVERDUE_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("contract_no", "合同编号", ("合同号", "借据号", "贷款合同号"), True),
    ColumnSpec("customer_name", "客户姓名", ("姓名", "借款人", "借款人姓名"), True),
    ColumnSpec("id_number", "证件号码", ("身份证号", "身份证号码"), True),
    ColumnSpec("mobile", "手机号码", ("手机号", "联系电话", "联系手机"), True),
    ColumnSpec("product", "产品名称", ("产品",)),
    ColumnSpec("loan_amount", "贷款金额", ("合同金额", "放款金额")),
    ColumnSpec("outstanding_principal", "剩余本金", ("未还本金",)),
    ColumnSpec("overdue_principal", "逾期本金"),
    ColumnSpec("overdue_interest", "逾期利息"),
    ColumnSpec("penalty_interest", "逾期罚息", ("罚息", "罚息金额")),
    ColumnSpec("overdue_total", "逾期总额", ("逾期金额", "应还总额")),
    ColumnSpec("dpd", "逾期天数", ("DPD",)),
    ColumnSpec("first_overdue_date", "首次逾期日", ("逾期起始日", "首逾日期")),
    ColumnSpec("last_payment_date", "最近还款日", ("上次还款日期",)),
    ColumnSpec("home_address", "家庭地址", ("居住地址", "现住址")),
    ColumnSpec("employer", "单位名称", ("工作单位",)),
    ColumnSpec("work_address", "单位地址"),
    ColumnSpec("branch", "所属机构", ("网点", "分支机构", "营业部"), True),
    ColumnSpec("reason_text", "逾期原因"),
)

PAYMENT_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("contract_no", "合同编号", ("借据号",), True),
    ColumnSpec("paid_on", "还款日期", ("回款日期",), True),
    ColumnSpec("amount", "还款金额", ("金额",), True),
    ColumnSpec("txn_no", "交易流水号", ("流水号",), True),
)

_PARTS = ("overdue_principal", "overdue_interest", "penalty_interest")

# A header row must satisfy every requirement; a requirement is met by any one of its alternatives,
# an alternative being a set of fields that must all be present.
_Requirement = tuple[tuple[str, ...], ...]
_OVERDUE_REQUIREMENTS: tuple[_Requirement, ...] = (
    (("contract_no",),),
    (("customer_name",),),
    (("id_number",),),
    (("mobile",),),
    (("overdue_total",), _PARTS),
    (("dpd",), ("first_overdue_date",)),
    (("branch",),),
)
_PAYMENT_REQUIREMENTS: tuple[_Requirement, ...] = tuple(((s.field,),) for s in PAYMENT_COLUMNS)


# ------------------------------------------------------------------------------ reason categories

REASON_CATEGORIES: dict[str, str] = {
    "unemployment": "失业",
    "income_drop": "收入下降",
    "illness": "疾病",
    "family": "家庭变故",
    "dispute": "纠纷争议",
    "fraud": "欺诈冒用",
    "forgot": "忘记还款",
    "multi_debt": "多头借贷",
    "willingness": "还款意愿差",
    "contact_lost": "失联",
    "other": "其他",
}

# Checked in this order; the first category with a matching keyword wins.
_REASON_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("unemployment", ("失业", "裁员", "失去工作", "待业")),
    ("income_drop", ("收入下降", "降薪", "生意", "经营困难", "减少")),
    ("illness", ("疾病", "生病", "住院", "医疗", "病")),
    ("family", ("家庭变故", "离婚", "去世", "家人")),
    ("dispute", ("纠纷", "争议", "不认可", "投诉")),
    ("fraud", ("欺诈", "冒用", "盗用")),
    ("forgot", ("忘记", "遗忘")),
    ("multi_debt", ("多头", "其他贷款", "以贷养贷", "负债")),
    ("willingness", ("恶意", "拒绝", "不愿")),
    ("contact_lost", ("失联", "联系不上")),
)


def categorize_reason(text: str | None) -> str | None:
    """Map a free-text delinquency reason to a code of ``REASON_CATEGORIES``; None when there is no text."""
    if text is None:
        return None
    t = fold_width(text).strip()
    if not t:
        return None
    for code, words in _REASON_KEYWORDS:
        for w in words:
            if w in t:
                return code
    return "other"


# ----------------------------------------------------------------------------------- header names

_WS_RE = re.compile(r"\s+")
_TRAILING_UNIT_RE = re.compile(r"[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]$")


def normalize_header(v: object) -> str:
    """Header cell as compared with the column names: no white space (the full-width space included),
    full-width folded to half-width, a trailing bracketed unit such as ``(元)``/``（元）`` removed,
    case-folded (``dpd`` = ``DPD``)."""
    s = clean_text(v)
    if s is None:
        return ""
    s = _WS_RE.sub("", fold_width(s))
    s = _TRAILING_UNIT_RE.sub("", s)
    return s.casefold()


def _lookup(specs: Sequence[ColumnSpec]) -> dict[str, tuple[str, int]]:
    """normalised name -> (field, rank); rank 0 for the canonical header, 1.. for aliases."""
    out: dict[str, tuple[str, int]] = {}
    for spec in specs:
        for rank, name in enumerate((spec.header, *spec.aliases)):
            out[normalize_header(name)] = (spec.field, rank)
    return out


_OVERDUE_LOOKUP = _lookup(OVERDUE_COLUMNS)
_PAYMENT_LOOKUP = _lookup(PAYMENT_COLUMNS)


# ------------------------------------------------------------------------------------ file reading


def _cell_display(v: object) -> str:
    s = clean_text(v)
    if s is None:
        return ""
    return s if len(s) <= 60 else s[:57] + "…"


def _read_rows(path: Path) -> tuple[list[list[object]], str]:
    """All rows of the first sheet (row 0 = Excel row 1) and the SHA-256 of the file."""
    suffix = path.suffix.lower()
    if suffix not in EXCEL_SUFFIXES and suffix not in CSV_SUFFIXES:
        shown = suffix or "（无扩展名）"
        raise FileFormatError(f"不支持的文件类型「{shown}」：请选择 Excel 工作簿（.xlsx）或 CSV 文件（.csv）")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileFormatError(f"找不到文件：{path}") from None
    except IsADirectoryError:
        raise FileFormatError(f"「{path}」是文件夹，不是文件") from None
    except OSError as exc:
        raise FileFormatError(f"无法读取文件「{path.name}」：{exc.strerror or exc}") from exc
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise FileFormatError(f"文件「{path.name}」是空的，没有任何数据")
    rows = _read_excel(data, path.name) if suffix in EXCEL_SUFFIXES else _read_csv(data, path.name)
    return rows, digest


def _read_excel(data: bytes, name: str) -> list[list[object]]:
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        try:
            if not wb.sheet_names:
                raise FileFormatError(f"Excel 文件「{name}」中没有工作表")
            rows = wb.get_sheet_by_index(0).to_python(skip_empty_area=False)
        finally:
            wb.close()
    except FileFormatError:
        raise
    except Exception as exc:  # calamine raises several error types (zip, xml, password, ...)
        raise FileFormatError(
            f"无法读取 Excel 文件「{name}」：文件已损坏、受密码保护或不是 Excel 工作簿"
        ) from exc
    return rows  # type: ignore[return-value]


def _read_csv(data: bytes, name: str) -> list[list[object]]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FileFormatError(
            f"CSV 文件「{name}」是 UTF-16 编码：请在 Excel 中另存为「CSV UTF-8（逗号分隔）」"
        )
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    else:
        encodings = ("utf-8", "gb18030")
    text: str | None = None
    for enc in encodings:
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        raise FileFormatError(f"无法识别 CSV 文件「{name}」的编码：请另存为 UTF-8 或 GBK 编码")
    try:
        return list(csv.reader(io.StringIO(text, newline="")))  # type: ignore[arg-type]
    except csv.Error as exc:
        raise FileFormatError(f"无法读取 CSV 文件「{name}」：格式错误（{exc}）") from exc


# ------------------------------------------------------------------------------------ header row


@dataclass(slots=True)
class _Header:
    index: int  # 0-based row index
    col: dict[str, int]  # field -> column index
    written: dict[str, str]  # field -> header as written
    ignored: list[str]


def _map_header(row: Sequence[object], lookup: dict[str, tuple[str, int]]) -> _Header:
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, col)
    for c, cell in enumerate(row):
        key = normalize_header(cell)
        hit = lookup.get(key) if key else None
        if hit is None:
            continue
        fld, rank = hit
        if fld not in best or rank < best[fld][0]:
            best[fld] = (rank, c)
    used = {c for _, c in best.values()}
    ignored = [t for c, cell in enumerate(row) if c not in used and (t := clean_text(cell)) is not None]
    col = {f: c for f, (_, c) in best.items()}
    written = {f: clean_text(row[c]) or "" for f, c in col.items()}
    return _Header(-1, col, written, ignored)


def _missing(col: dict[str, int], reqs: Sequence[_Requirement], labels: dict[str, str]) -> list[str]:
    missing = []
    for alternatives in reqs:
        if any(all(f in col for f in alt) for alt in alternatives):
            continue
        texts = ["".join(f"「{labels[f]}」" for f in alt) for alt in alternatives]
        missing.append("或".join(texts))
    return missing


def _find_header(
    rows: list[list[object]],
    specs: Sequence[ColumnSpec],
    lookup: dict[str, tuple[str, int]],
    reqs: Sequence[_Requirement],
    name: str,
) -> _Header:
    labels = {s.field: s.header for s in specs}
    best: tuple[int, int, list[str]] | None = None  # (matched, row index, missing)
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        h = _map_header(row, lookup)
        missing = _missing(h.col, reqs, labels)
        if not missing:
            h.index = i
            return h
        if h.col and (best is None or len(h.col) > best[0]):
            best = (len(h.col), i, missing)
    if not any(any(clean_text(c) is not None for c in r) for r in rows):
        raise FileFormatError(f"文件「{name}」的第一个工作表是空的，没有任何数据")
    if best is None:
        required = "、".join(f"「{s.header}」" for s in specs if s.required)
        raise FileFormatError(
            f"文件「{name}」的前 {HEADER_SEARCH_ROWS} 行中找不到表头行：表头应包含 {required} 等列"
        )
    _, i, missing = best
    raise FileFormatError(
        f"文件「{name}」的前 {HEADER_SEARCH_ROWS} 行中找不到完整的表头行："
        f"最接近的是第 {i + 1} 行，缺少必填列 {'、'.join(missing)}"
    )


# -------------------------------------------------------------------------------------- data date

_DATA_DATE_KEY = "数据日期"


def _find_data_date(rows: list[list[object]], header_index: int) -> tuple[date | None, str | None]:
    """(date, None) when a 数据日期 line above the header was read; (None, text) when it was not
    understood; (None, None) when there is none."""
    for row in rows[:header_index]:
        for c, cell in enumerate(row):
            if not isinstance(cell, str) or _DATA_DATE_KEY not in cell:
                continue
            rest = fold_width(cell).split(_DATA_DATE_KEY, 1)[1].strip().lstrip(":").strip()
            candidate: object = rest
            if not rest:  # "数据日期：" with the date in the next non-empty cell
                candidate = next((x for x in row[c + 1 :] if clean_text(x) is not None), "")
            try:
                return parse_date(candidate), None
            except ValueError:
                pass
            if rest:  # "数据日期：2026年11月27日 导出人：…" in one cell
                try:
                    return parse_date(rest.split()[0]), None
                except ValueError:
                    pass
            return None, clean_text(cell) or _DATA_DATE_KEY
    return None, None


# ------------------------------------------------------------------------------------ row helpers


def _first_non_empty(row: Sequence[object]) -> object | None:
    for cell in row:
        if cell is None or cell == "":
            continue
        if isinstance(cell, str) and not cell.strip():
            continue
        return cell
    return None


def _is_totals(cell: object) -> bool:
    if not isinstance(cell, str):
        return False
    return _WS_RE.sub("", fold_width(cell)).rstrip(":") in TOTALS_LABELS


def _blank(v: object) -> bool:
    return v is None or v == "" or (isinstance(v, str) and clean_text(v) is None)


def _check_progress(
    done: int, total: int, progress: ProgressFn | None, cancelled: CancelledFn | None
) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled("导入已取消")
    if progress is not None:
        progress(done, total)


# --------------------------------------------------------------------------------- the row loop


def _iter_data_rows(
    rows: list[list[object]],
    header_index: int,
    width: int,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
):
    """Yield (excel_row, row padded to width + 1 cells) for every row below the header that is neither
    blank nor a totals row.  Reports progress and honours cancellation every PROGRESS_EVERY rows."""
    data_rows = rows[header_index + 1 :]
    total = len(data_rows)
    first_excel_row = header_index + 2
    for n, row in enumerate(data_rows):
        if n % PROGRESS_EVERY == 0 and n:
            _check_progress(n, total, progress, cancelled)
        first = _first_non_empty(row)
        if first is None or _is_totals(first):
            continue
        if len(row) <= width:
            row.extend([None] * (width + 1 - len(row)))
        yield first_excel_row + n, row
    _check_progress(total, total, progress, cancelled)


class _RowChecker:
    """Collects the errors of one row; ``colname`` maps field -> header as written (or canonical)."""

    __slots__ = ("colname", "errors", "excel_row")

    def __init__(self, colname: dict[str, str]) -> None:
        self.colname = colname
        self.errors: list[RowError] = []
        self.excel_row = 0

    def start(self, excel_row: int) -> None:
        self.excel_row = excel_row
        self.errors = []

    def err(self, fld: str, raw: object, reason: str) -> None:
        self.errors.append(RowError(self.excel_row, self.colname[fld], _cell_display(raw), reason))

    def required_text(self, fld: str, raw: object) -> str | None:
        v = clean_text(raw)
        if v is None:
            self.err(fld, raw, "不能为空")
        return v

    def unique(self, fld: str, raw: object, value: str, seen: dict[str, int], what: str) -> None:
        prev = seen.get(value)
        if prev is not None:
            self.err(fld, raw, f"{what}重复，与第 {prev} 行相同")
        else:
            seen[value] = self.excel_row

    def opt_money(self, fld: str, raw: object) -> tuple[Decimal | None, bool]:
        """(amount or None when blank/invalid, valid)"""
        if _blank(raw):
            return None, True
        try:
            return parse_money(raw), True
        except ValueError as exc:
            self.err(fld, raw, str(exc))
            return None, False

    def opt_date(self, fld: str, raw: object) -> tuple[date | None, bool]:
        if _blank(raw):
            return None, True
        try:
            return parse_date(raw), True
        except ValueError as exc:
            self.err(fld, raw, str(exc))
            return None, False


def _start(
    path: str | Path,
    specs: Sequence[ColumnSpec],
    lookup: dict[str, tuple[str, int]],
    reqs: Sequence[_Requirement],
    cancelled: CancelledFn | None,
) -> tuple[Path, list[list[object]], str, _Header, dict[str, str], dict[str, int], int]:
    p = Path(path)
    if cancelled is not None and cancelled():
        raise ImportCancelled("导入已取消")
    rows, digest = _read_rows(p)
    header = _find_header(rows, specs, lookup, reqs, p.name)
    labels = {s.field: s.header for s in specs}
    colname = {f: header.written.get(f, labels[f]) for f in labels}
    width = max((len(r) for r in rows), default=0)
    # absent columns point at the padding cell (index ``width``), which is always None
    col = {f: header.col.get(f, width) for f in labels}
    return p, rows, digest, header, colname, col, width


# --------------------------------------------------------------------------------- overdue export


def parse_overdue_file(
    path: str | Path,
    as_of: date | None = None,
    today: date | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ParseResult:
    """Read and validate a core-system overdue export (.xlsx or .csv), see IMPORT_FORMAT.md.

    Raises ``FileFormatError`` when the file as a whole cannot be read and ``ImportCancelled`` when
    ``cancelled()`` returns True.  Invalid rows are not raised: they are listed in ``result.errors``, and
    only valid rows are in ``result.rows``.
    """
    p, rows, digest, header, colname, col, width = _start(
        path, OVERDUE_COLUMNS, _OVERDUE_LOOKUP, _OVERDUE_REQUIREMENTS, cancelled
    )
    file_date, bad_date_text = _find_data_date(rows, header.index)
    if as_of is not None:
        data_date, source = as_of, "argument"
    elif file_date is not None:
        data_date, source = file_date, "file"
    elif bad_date_text is not None:
        raise FileFormatError(
            f"文件「{p.name}」表头上方的「{bad_date_text}」不是可识别的数据日期："
            "请修正文件，或在导入时指定数据日期"
        )
    else:
        data_date, source = (today or date.today()), "today"

    labels = {s.field: s.header for s in OVERDUE_COLUMNS}
    has = set(header.col)
    has_total = "overdue_total" in has
    has_dpd, has_fod = "dpd" in has, "first_overdue_date" in has
    parts_label = "、".join(colname[f] for f in _PARTS)
    data_date_text = data_date.isoformat()

    i_contract, i_name, i_id, i_mobile = (
        col[f] for f in ("contract_no", "customer_name", "id_number", "mobile")
    )
    i_product, i_branch, i_reason = col["product"], col["branch"], col["reason_text"]
    i_home, i_employer, i_work = col["home_address"], col["employer"], col["work_address"]
    i_total, i_dpd, i_fod, i_lpd = (
        col[f] for f in ("overdue_total", "dpd", "first_overdue_date", "last_payment_date")
    )
    i_loan, i_outstanding = col["loan_amount"], col["outstanding_principal"]
    i_parts = [col[f] for f in _PARTS]

    out_rows: list[ParsedRow] = []
    errors: list[RowError] = []
    seen_contracts: dict[str, int] = {}
    counted = 0
    chk = _RowChecker(colname)

    for excel_row, row in _iter_data_rows(rows, header.index, width, progress, cancelled):
        counted += 1
        chk.start(excel_row)

        # identity -------------------------------------------------------------------------------
        raw = row[i_contract]
        contract = chk.required_text("contract_no", raw)
        if contract is not None:
            contract = fold_width(contract).strip()
            chk.unique("contract_no", raw, contract, seen_contracts, "合同编号")
        name = chk.required_text("customer_name", row[i_name])
        id_number = mobile = None
        try:
            id_number = validate_id_number(row[i_id])
        except ValueError as exc:
            chk.err("id_number", row[i_id], str(exc))
        try:
            mobile = normalize_mobile(row[i_mobile])
        except ValueError as exc:
            chk.err("mobile", row[i_mobile], str(exc))

        # money ----------------------------------------------------------------------------------
        loan, _ = chk.opt_money("loan_amount", row[i_loan])
        outstanding, _ = chk.opt_money("outstanding_principal", row[i_outstanding])
        parts: list[Decimal | None] = []
        parts_ok = True
        for f, i in zip(_PARTS, i_parts, strict=True):
            v, ok = chk.opt_money(f, row[i])
            parts.append(v)
            parts_ok = parts_ok and ok
        parts_sum = (
            parts[0] + parts[1] + parts[2]  # type: ignore[operator]
            if parts[0] is not None and parts[1] is not None and parts[2] is not None
            else None
        )
        raw = row[i_total]
        overdue_total: Decimal | None = None
        if not _blank(raw):
            try:
                overdue_total = parse_money(raw)
            except ValueError as exc:
                chk.err("overdue_total", raw, str(exc))
            else:
                if parts_sum is not None and abs(overdue_total - parts_sum) > TOLERANCE:
                    chk.err("overdue_total", raw, f"与{parts_label}之和 {parts_sum:,.2f} 不符")
                    overdue_total = None
                elif overdue_total <= 0:
                    chk.err("overdue_total", raw, "应大于 0")
                    overdue_total = None
        elif parts_sum is not None:
            if parts_sum > 0:
                overdue_total = parts_sum
            else:
                chk.err("overdue_total", raw, f"为空，且{parts_label}之和为 0：逾期总额应大于 0")
        elif parts_ok:
            if has_total:
                chk.err("overdue_total", raw, "不能为空")
            else:
                k = next(k for k in range(3) if parts[k] is None)
                chk.err(
                    _PARTS[k],
                    row[i_parts[k]],
                    f"不能为空：文件没有「{labels['overdue_total']}」列，逾期总额由{parts_label}相加得出",
                )

        # days past due / first overdue date -------------------------------------------------------
        raw_dpd, raw_fod = row[i_dpd], row[i_fod]
        dpd: int | None = None
        dpd_ok = True
        if not _blank(raw_dpd):
            try:
                dpd = parse_int(raw_dpd)
            except ValueError as exc:
                chk.err("dpd", raw_dpd, str(exc))
                dpd_ok = False
            else:
                if dpd < 1:
                    chk.err("dpd", raw_dpd, "应为不小于 1 的整数")
                    dpd, dpd_ok = None, False
        fod, fod_ok = chk.opt_date("first_overdue_date", raw_fod)
        if fod is not None and fod > data_date:
            chk.err("first_overdue_date", raw_fod, f"不能晚于数据日期 {data_date_text}")
            fod, fod_ok = None, False
        if fod is not None:
            expected = (data_date - fod).days
            if dpd is not None:
                if abs(dpd - expected) > 1:
                    chk.err(
                        "dpd",
                        raw_dpd,
                        f"与首次逾期日 {fod.isoformat()} 不符：按数据日期 {data_date_text} 计算应为 {expected} 天",
                    )
            elif dpd_ok:
                if expected >= 1:
                    dpd = expected
                else:
                    chk.err(
                        "first_overdue_date", raw_fod, f"与数据日期 {data_date_text} 相同：逾期天数应不小于 1"
                    )
        elif dpd is None and dpd_ok and fod_ok:
            if has_dpd and has_fod:
                chk.err(
                    "dpd", raw_dpd, f"「{colname['dpd']}」和「{colname['first_overdue_date']}」至少填写一项"
                )
            else:
                chk.err(
                    "dpd" if has_dpd else "first_overdue_date", raw_dpd if has_dpd else raw_fod, "不能为空"
                )

        last_payment, _ = chk.opt_date("last_payment_date", row[i_lpd])
        branch = chk.required_text("branch", row[i_branch])

        if chk.errors:
            errors.extend(chk.errors)
            continue
        reason = clean_text(row[i_reason])
        out_rows.append(
            ParsedRow(
                excel_row,
                contract,  # type: ignore[arg-type]
                name,  # type: ignore[arg-type]
                id_number,  # type: ignore[arg-type]
                mobile,  # type: ignore[arg-type]
                clean_text(row[i_product]),
                loan,
                outstanding,
                parts[0],
                parts[1],
                parts[2],
                overdue_total,  # type: ignore[arg-type]
                dpd,  # type: ignore[arg-type]
                fod,
                last_payment,
                clean_text(row[i_home]),
                clean_text(row[i_employer]),
                clean_text(row[i_work]),
                branch,  # type: ignore[arg-type]
                reason,
                categorize_reason(reason),
            )
        )

    return ParseResult(
        rows=out_rows,
        errors=errors,
        data_date=data_date,
        data_date_source=source,
        header_row=header.index + 1,
        columns={labels[f]: w for f, w in header.written.items()},
        ignored_columns=header.ignored,
        sha256=digest,
        file_name=p.name,
        total_rows=counted,
        file_data_date=file_date,
    )


# -------------------------------------------------------------------------------- payments export


def parse_payments_file(
    path: str | Path,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> PaymentsParseResult:
    """Read and validate a payments export (合同编号/借据号, 还款日期/回款日期, 还款金额/金额,
    交易流水号/流水号; all required; amount > 0; transaction number unique within the file)."""
    p, rows, digest, header, colname, col, width = _start(
        path, PAYMENT_COLUMNS, _PAYMENT_LOOKUP, _PAYMENT_REQUIREMENTS, cancelled
    )
    labels = {s.field: s.header for s in PAYMENT_COLUMNS}
    i_contract, i_paid, i_amount, i_txn = (col[f] for f in ("contract_no", "paid_on", "amount", "txn_no"))
    out_rows: list[PaymentRow] = []
    errors: list[RowError] = []
    seen_txn: dict[str, int] = {}
    counted = 0
    chk = _RowChecker(colname)

    for excel_row, row in _iter_data_rows(rows, header.index, width, progress, cancelled):
        counted += 1
        chk.start(excel_row)
        contract = chk.required_text("contract_no", row[i_contract])
        if contract is not None:
            contract = fold_width(contract).strip()

        raw = row[i_paid]
        paid_on = None
        if _blank(raw):
            chk.err("paid_on", raw, "不能为空")
        else:
            paid_on, _ = chk.opt_date("paid_on", raw)

        raw = row[i_amount]
        amount = None
        if _blank(raw):
            chk.err("amount", raw, "不能为空")
        else:
            amount, ok = chk.opt_money("amount", raw)
            if amount is not None and amount <= 0:
                chk.err("amount", raw, "应大于 0")
                amount = None

        raw = row[i_txn]
        txn = chk.required_text("txn_no", raw)
        if txn is not None:
            txn = fold_width(txn).strip()
            chk.unique("txn_no", raw, txn, seen_txn, "交易流水号")

        if chk.errors:
            errors.extend(chk.errors)
            continue
        out_rows.append(PaymentRow(excel_row, contract, paid_on, amount, txn))  # type: ignore[arg-type]

    return PaymentsParseResult(
        rows=out_rows,
        errors=errors,
        header_row=header.index + 1,
        columns={labels[f]: w for f, w in header.written.items()},
        ignored_columns=header.ignored,
        sha256=digest,
        file_name=p.name,
        total_rows=counted,
    )
