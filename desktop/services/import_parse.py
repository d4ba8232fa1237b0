"""Reading and validating the core lending system's exports (逾期客户明细, 还款明细).

This is the pure layer of the import: it reads an .xlsx/.csv file, finds the header row, maps the columns,
normalises and validates every row and returns plain dataclasses.  It never touches the database or Qt;
the import service decides what to write.  The format is specified in ``IMPORT_FORMAT.md``.
"""

from __future__ import annotations

import codecs
import csv
import functools
import gc
import hashlib
import io
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from itertools import chain
from pathlib import Path
from typing import ParamSpec, TypeVar

from desktop.services.validators import (
    _STRIP,
    clean_text,
    fold_width,
    mask_id,
    mask_mobile,
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

    ``str(exc)`` is a plain-Chinese message that can be shown to the user as is; ``en`` the same in English.
    """

    def __init__(self, message: str, *, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en


class ImportCancelled(Exception):
    """Raised when the ``cancelled`` callback returns True while parsing."""

    en = "Import cancelled; the database was not changed."


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
    value: str  # as the cell shows it; ID and mobile numbers masked (the report is an export like any other)
    reason: str
    contract: str = ""  # the row's contract number as written, to find the row in the core system
    reason_en: str = ""  # ``reason`` in English (the file's column names and values quoted as they are)

    @property
    def message(self) -> str:
        if self.value:
            return f"第 {self.excel_row} 行「{self.column}」{self.value}：{self.reason}"
        return f"第 {self.excel_row} 行「{self.column}」：{self.reason}"

    @property
    def message_en(self) -> str:
        """``message`` in English; the column header stays the file's own.  Falls back to the Chinese reason
        for an error built without ``reason_en``."""
        reason = self.reason_en or self.reason
        if self.value:
            return f'Row {self.excel_row} "{self.column}" {self.value}: {reason}'
        return f'Row {self.excel_row} "{self.column}": {reason}'


# ------------------------------------------------------------------------------- English reasons

def _count(n: int | str, unit: str) -> str:
    """``1 day``, ``113 days``."""
    return f"{n} {unit}" if int(n) == 1 else f"{n} {unit}s"


def _validator_en(exc: Exception) -> str:
    """The English of a validator's error (validators.py raises :class:`InvalidValue` with both languages)."""
    return getattr(exc, "en", None) or f'invalid value ("{exc}")'


def _and_list(names: Sequence[str]) -> str:
    """``"逾期本金", "逾期利息" and "逾期罚息"``: the file's column names, quoted, in an English sentence."""
    quoted = [f'"{n}"' for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


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


_MASKED = {"id_number": mask_id, "mobile": mask_mobile}


def _error_value(fld: str, raw: object) -> str:
    """A bad cell as the error list shows it: ID and mobile numbers masked like everywhere else — even a wrong
    number is most likely a real person's with a typo in it."""
    shown = _cell_display(raw)
    mask = _MASKED.get(fld)
    return mask(shown) if mask and shown else shown


def _with_contract(errors: list[RowError], raw: object) -> list[RowError]:
    contract = _cell_display(raw)
    return [replace(e, contract=contract) for e in errors] if contract else errors


def _read_rows(path: Path, meanwhile: Callable[[], object] | None = None) -> tuple[list[list[object]] | _SheetRows, str]:
    """All rows of the first sheet (index 0 = Excel row 1, no leading rows/columns skipped) and the
    SHA-256 of the file. ``meanwhile()`` is called on this thread while the sheet loads (calamine parses it
    without the GIL on a helper thread), or after reading a CSV file."""
    suffix = path.suffix.lower()
    if suffix not in EXCEL_SUFFIXES and suffix not in CSV_SUFFIXES:
        shown = suffix or "（无扩展名）"
        raise FileFormatError(f"不支持的文件类型「{shown}」：请选择 Excel 工作簿（.xlsx）或 CSV 文件（.csv）",
                              en=f"Unsupported file type \"{shown}\": choose an Excel workbook (.xlsx) or a CSV file "
                                 "(.csv).")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileFormatError(f"找不到文件：{path}", en=f"File not found: {path}") from None
    except IsADirectoryError:
        raise FileFormatError(f"「{path}」是文件夹，不是文件", en=f"\"{path}\" is a folder, not a file") from None
    except OSError as exc:
        raise FileFormatError(f"无法读取文件「{path.name}」：{exc.strerror or exc}",
                              en=f"Cannot read the file \"{path.name}\": {exc.strerror or exc}") from exc
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise FileFormatError(f"文件「{path.name}」是空的，没有任何数据",
                              en=f"The file \"{path.name}\" is empty: it has no data")
    if suffix in EXCEL_SUFFIXES:
        return _read_excel(path, path.name, meanwhile), digest
    rows = _read_csv(data, path.name)
    if meanwhile is not None:
        meanwhile()
    return rows, digest


class _SheetRows:
    """The rows of a calamine sheet, streamed: the first ``HEADER_SEARCH_ROWS`` rows are kept as a list
    (header and data-date search), the rest are converted to Python one row at a time while the row loop
    reads them.  Indexes are as in ``to_python(skip_empty_area=False)``: index 0 is Excel row 1 and cell 0
    is column A.  (Streaming saves ~150 MB and ~0.2 s on 100,000 rows against ``to_python``.)"""

    def __init__(self, wb: object, sheet: object) -> None:
        self._wb = wb  # kept open until the rows are read
        start, end = sheet.start, sheet.end  # type: ignore[attr-defined]
        self._count = 0 if start is None or end is None else end[0] + 1
        self._pad = [""] * (start[1] if start else 0)  # iter_rows starts at the first used column
        self.width = (end[1] + 1) if end else 0
        self._rows = iter(sheet.iter_rows()) if self._count else iter(())  # type: ignore[attr-defined]
        self._head = [self._padded(r) for _, r in zip(range(HEADER_SEARCH_ROWS), self._rows, strict=False)]

    def _padded(self, row: list[object]) -> list[object]:
        return self._pad + row if self._pad else row

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: slice) -> list[list[object]]:
        if not isinstance(index, slice) or (index.start or 0) < 0 or index.stop is None \
                or index.stop > HEADER_SEARCH_ROWS:
            raise IndexError("only the first rows of a sheet can be sliced")
        return self._head[index]

    def rows_from(self, first: int) -> Iterator[list[object]]:
        """Rows from index ``first`` (within the first rows) to the end; can be read once."""
        pad = self._pad
        rest = (pad + row for row in self._rows) if pad else self._rows
        return chain(self._head[first:], rest)


def _beside(work: Callable[[], _R], meanwhile: Callable[[], object]) -> _R:
    """``work()`` on a helper thread while ``meanwhile()`` runs on this one; raises what either raised."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - raised again on the calling thread
            box["error"] = exc

    helper = threading.Thread(target=run, name="sheet-loader", daemon=True)
    helper.start()
    try:
        meanwhile()
    finally:
        helper.join()
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def _read_excel(path: Path, name: str, meanwhile: Callable[[], object] | None = None) -> _SheetRows:
    from python_calamine import CalamineWorkbook

    # from_path is ~15 % faster than from_filelike(BytesIO) on big sheets
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises several error types (zip, xml, password, ...)
        raise FileFormatError(
            f"无法读取 Excel 文件「{name}」：文件已损坏、受密码保护或不是 Excel 工作簿",
            en=f"Cannot read the Excel file \"{name}\": it is damaged, password-protected or not an Excel workbook",
        ) from exc
    try:
        if not wb.sheet_names:
            raise FileFormatError(f"Excel 文件「{name}」中没有工作表",
                                  en=f"The Excel file \"{name}\" has no worksheet")
        if meanwhile is None:
            return _SheetRows(wb, wb.get_sheet_by_index(0))
        return _SheetRows(wb, _beside(lambda: wb.get_sheet_by_index(0), meanwhile))
    except FileFormatError:
        wb.close()
        raise
    except Exception as exc:
        wb.close()
        raise FileFormatError(
            f"无法读取 Excel 文件「{name}」的第一个工作表：文件已损坏或格式不受支持",
            en=f"Cannot read the first worksheet of the Excel file \"{name}\": the file is damaged or its format "
               "is not supported",
        ) from exc


def _read_csv(data: bytes, name: str) -> list[list[object]]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FileFormatError(
            f"CSV 文件「{name}」是 UTF-16 编码：请在 Excel 中另存为「CSV UTF-8（逗号分隔）」",
            en=f"The CSV file \"{name}\" is UTF-16 encoded: in Excel, save it again as \"CSV UTF-8 (comma "
               "delimited)\"",
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
        raise FileFormatError(f"无法识别 CSV 文件「{name}」的编码：请另存为 UTF-8 或 GBK 编码",
                              en=f"The encoding of the CSV file \"{name}\" is not recognised: save it again as UTF-8 "
                                 "or GBK")
    if "\x00" in text:
        raise FileFormatError(f"无法读取 CSV 文件「{name}」：文件含有二进制内容，不是文本格式的 CSV",
                              en=f"Cannot read the CSV file \"{name}\": it contains binary data, not CSV text")
    try:
        return list(csv.reader(io.StringIO(text, newline="")))  # type: ignore[arg-type]
    except csv.Error as exc:
        raise FileFormatError(f"无法读取 CSV 文件「{name}」：格式错误（{exc}）",
                              en=f"Cannot read the CSV file \"{name}\": the format is wrong ({exc})") from exc


# ------------------------------------------------------------------------------------ header row


@dataclass(slots=True)
class _Header:
    index: int  # 0-based row index
    col: dict[str, int]  # field -> column index
    written: dict[str, str]  # field -> header as written
    ignored: list[str]


def _map_header(row: Sequence[object], lookup: dict[str, tuple[str, int]]) -> _Header:
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, col); the canonical header beats aliases
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
    rows: list[list[object]] | _SheetRows,
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
    if not any(any(clean_text(c) is not None for c in r) for r in rows[:HEADER_SEARCH_ROWS]):
        raise FileFormatError(f"文件「{name}」的前 {HEADER_SEARCH_ROWS} 行是空的，找不到表头行",
                              en=f"The first {HEADER_SEARCH_ROWS} rows of \"{name}\" are empty: no header row found")
    if best is None:
        required = "、".join(f"「{s.header}」" for s in specs if s.required)
        raise FileFormatError(
            f"文件「{name}」的前 {HEADER_SEARCH_ROWS} 行中找不到表头行：表头应包含 {required} 等列",
            en=f"No header row in the first {HEADER_SEARCH_ROWS} rows of \"{name}\": the header should have columns "
               f"such as {', '.join(s.header for s in specs if s.required)}",
        )
    _, i, missing = best
    raise FileFormatError(
        f"文件「{name}」的前 {HEADER_SEARCH_ROWS} 行中找不到完整的表头行："
        f"最接近的是第 {i + 1} 行，缺少必填列 {'、'.join(missing)}",
        en=f"No complete header row in the first {HEADER_SEARCH_ROWS} rows of \"{name}\": the closest is row "
           f"{i + 1}, which lacks the required columns {', '.join(missing)}",
    )


# -------------------------------------------------------------------------------------- data date

_DATA_DATE_KEY = "数据日期"


def _find_data_date(rows: list[list[object]] | _SheetRows, header_index: int) -> tuple[date | None, str | None]:
    """(date, None) when a 数据日期 line above the header was read; (None, text) when there is one
    but it was not understood; (None, None) when there is none."""
    for row in rows[:header_index]:
        for c, cell in enumerate(row):
            if not isinstance(cell, str):
                continue
            folded = _WS_RE.sub("", fold_width(cell)) if _DATA_DATE_KEY not in cell else fold_width(cell)
            if _DATA_DATE_KEY not in folded:
                continue
            rest = folded.split(_DATA_DATE_KEY, 1)[1].strip(_STRIP).lstrip(":").strip(_STRIP)
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


# --------------------------------------------------------------------------------- the row loop


_NAME_DATE_RE = re.compile(r"(?<![0-9])(20[0-9]{2})(?:([-_.])([01]?[0-9])\2([0-3]?[0-9])|([01][0-9])([0-3][0-9]))(?![0-9])"
                           r"|(20[0-9]{2})年([01]?[0-9])月([0-3]?[0-9])日")


def date_in_file_name(name: str) -> date | None:
    """A date written in a file name (core_export_2026-11-27.csv, 逾期明细20261127.xlsx, …2026年11月27日…), or
    None. Not a data date by itself (IMPORT_FORMAT: without a 数据日期 line it is today): the wizard offers it."""
    for m in _NAME_DATE_RE.finditer(name):
        g = m.groups()
        y, mo, d = (g[0], g[2], g[3]) if g[2] else (g[0], g[4], g[5]) if g[4] else (g[6], g[7], g[8])
        try:
            return date(int(y), int(mo), int(d))
        except ValueError:
            continue
    return None


def _is_totals(cell: object) -> bool:
    if type(cell) is not str:
        return False
    return _WS_RE.sub("", fold_width(cell)).rstrip(":") in TOTALS_LABELS


def _check_progress(
    done: int, total: int, progress: ProgressFn | None, cancelled: CancelledFn | None
) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled("导入已取消")
    if progress is not None:
        progress(done, total)


def _iter_data_rows(
    rows: list[list[object]] | _SheetRows,
    header_index: int,
    width: int,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> Iterator[tuple[int, list[object]]]:
    """Yield (excel_row, row padded to ``width + 1`` cells) for every row below the header that is
    neither blank nor a totals row.  Reports progress and honours cancellation every PROGRESS_EVERY
    rows, and once more at the end."""
    total = len(rows) - header_index - 1
    first_excel_row = header_index + 2
    strip = _STRIP
    rest = rows.rows_from(header_index + 1) if isinstance(rows, _SheetRows) else rows[header_index + 1 :]
    for k, row in enumerate(rest):
        if k % PROGRESS_EVERY == 0 and k:
            _check_progress(k, total, progress, cancelled)
        for cell in row:  # the first non-empty cell
            if cell is None or cell == "" or (type(cell) is str and not cell.strip(strip)):
                continue
            break
        else:
            continue  # blank row
        if type(cell) is str and "计" in cell and _is_totals(cell):
            continue
        if len(row) <= width:
            row.extend([None] * (width + 1 - len(row)))
        yield first_excel_row + k, row
    _check_progress(total, total, progress, cancelled)


def _start(
    path: str | Path,
    specs: Sequence[ColumnSpec],
    lookup: dict[str, tuple[str, int]],
    reqs: Sequence[_Requirement],
    cancelled: CancelledFn | None,
    meanwhile: Callable[[], object] | None = None,
) -> tuple[Path, list[list[object]] | _SheetRows, str, _Header, dict[str, str], dict[str, int], int]:
    p = Path(path)
    if cancelled is not None and cancelled():
        raise ImportCancelled("导入已取消")
    rows, digest = _read_rows(p, meanwhile)
    header = _find_header(rows, specs, lookup, reqs, p.name)
    labels = {s.field: s.header for s in specs}
    colname = {f: header.written.get(f, labels[f]) for f in labels}
    width = rows.width if isinstance(rows, _SheetRows) else max(map(len, rows), default=0)
    # absent columns point at the padding cell (index ``width``), which is always None
    col = {f: header.col.get(f, width) for f in labels}
    return p, rows, digest, header, colname, col, width


_BAD = object()  # marks a value that was present but invalid (its error is already recorded)

_P = ParamSpec("_P")
_R = TypeVar("_R")


def gc_paused(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``func`` with the cyclic garbage collector paused.

    Reading and validating 100,000 rows allocates millions of container objects, none of them cyclic;
    the generational collector would otherwise run thousands of times and cost ~20 % of the time.
    Reference counting still frees everything as usual.
    """

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return wrapper


# --------------------------------------------------------------------------------- overdue export


@gc_paused
def parse_overdue_file(
    path: str | Path,
    as_of: date | None = None,
    today: date | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> ParseResult:
    """Read and validate a core-system overdue export (.xlsx or .csv), see IMPORT_FORMAT.md.

    ``meanwhile()`` runs on this thread while calamine loads the sheet on another (the importer reads the
    database then).

    ``as_of`` (the --as-of argument) wins over the 数据日期 in the file; without either the data date is
    ``today`` (default: the system date).  Raises ``FileFormatError`` when the file as a whole cannot be
    read and ``ImportCancelled`` when ``cancelled()`` returns True.  Invalid rows are not raised: they
    are listed in ``result.errors`` and only valid rows are in ``result.rows``.
    """
    p, rows, digest, header, colname, col, width = _start(
        path, OVERDUE_COLUMNS, _OVERDUE_LOOKUP, _OVERDUE_REQUIREMENTS, cancelled, meanwhile
    )
    today = today or date.today()
    file_date, bad_date_text = _find_data_date(rows, header.index)
    if as_of is not None:
        data_date, source = as_of, "argument"
    elif file_date is not None:
        data_date, source = file_date, "file"
    elif bad_date_text is not None:
        raise FileFormatError(
            f"文件「{p.name}」表头上方的「{bad_date_text}」不是可识别的数据日期："
            "请修正文件，或在导入时指定数据日期",
            en=f"\"{bad_date_text}\" above the header of \"{p.name}\" is not a recognisable data date: correct "
               "the file, or give the data date when importing",
        )
    else:
        data_date, source = today, "today"

    labels = {s.field: s.header for s in OVERDUE_COLUMNS}
    has_total = "overdue_total" in header.col
    has_dpd, has_fod = "dpd" in header.col, "first_overdue_date" in header.col
    parts_label = "、".join(colname[f] for f in _PARTS)
    parts_en = _and_list([colname[f] for f in _PARTS])
    data_date_text = data_date.isoformat()
    id_today = max(today, data_date)

    i_contract, i_name, i_id, i_mobile = (
        col[f] for f in ("contract_no", "customer_name", "id_number", "mobile")
    )
    i_product, i_branch, i_reason = col["product"], col["branch"], col["reason_text"]
    i_home, i_employer, i_work = col["home_address"], col["employer"], col["work_address"]
    i_total, i_dpd, i_fod, i_lpd = (
        col[f] for f in ("overdue_total", "dpd", "first_overdue_date", "last_payment_date")
    )
    i_loan, i_outstanding = col["loan_amount"], col["outstanding_principal"]
    i_p1, i_p2, i_p3 = (col[f] for f in _PARTS)

    out_rows: list[ParsedRow] = []
    errors: list[RowError] = []
    row_errors: list[RowError] = []
    seen_contracts: dict[str, int] = {}
    counted = 0
    excel_row = 0
    strip = _STRIP

    def bad(fld: str, raw: object, reason: str, en: str) -> None:
        row_errors.append(RowError(excel_row, colname[fld], _error_value(fld, raw), reason, "", en))

    def invalid(fld: str, raw: object, exc: ValueError) -> None:
        """a validator's error"""
        bad(fld, raw, str(exc), _validator_en(exc))

    def text(fld: str, raw: object) -> str | None:
        """required text"""
        v = raw.strip(strip) if type(raw) is str else clean_text(raw)
        if not v:
            bad(fld, raw, "不能为空", "required")
            return None
        return v

    def money(fld: str, raw: object) -> object:
        """Decimal, None when blank, _BAD when invalid"""
        if raw is None or raw == "":
            return None
        try:
            return parse_money(raw)
        except ValueError as exc:
            if type(raw) is str and not raw.strip(strip):
                return None
            invalid(fld, raw, exc)
            return _BAD

    def a_date(fld: str, raw: object) -> object:
        """date, None when blank, _BAD when invalid"""
        if raw is None or raw == "":
            return None
        try:
            return parse_date(raw)
        except ValueError as exc:
            if type(raw) is str and not raw.strip(strip):
                return None
            invalid(fld, raw, exc)
            return _BAD

    for excel_row, row in _iter_data_rows(rows, header.index, width, progress, cancelled):
        counted += 1

        # identity -------------------------------------------------------------------------------
        raw = row[i_contract]
        contract = text("contract_no", raw)
        if contract is not None:
            if not contract.isascii():
                contract = fold_width(contract).strip()
            prev = seen_contracts.get(contract)
            if prev is None:
                seen_contracts[contract] = excel_row
            else:
                bad("contract_no", raw, f"合同编号重复，与第 {prev} 行相同",
                    f"duplicate contract number, same as row {prev}")
        name = text("customer_name", row[i_name])
        id_number = mobile = None
        try:
            id_number = validate_id_number(row[i_id], id_today)
        except ValueError as exc:
            invalid("id_number", row[i_id], exc)
        try:
            mobile = normalize_mobile(row[i_mobile])
        except ValueError as exc:
            invalid("mobile", row[i_mobile], exc)

        # money ----------------------------------------------------------------------------------
        loan = money("loan_amount", row[i_loan])
        outstanding = money("outstanding_principal", row[i_outstanding])
        p1 = money("overdue_principal", row[i_p1])
        p2 = money("overdue_interest", row[i_p2])
        p3 = money("penalty_interest", row[i_p3])
        parts_sum: Decimal | None = None
        if type(p1) is Decimal and type(p2) is Decimal and type(p3) is Decimal:
            parts_sum = p1 + p2 + p3
        total = money("overdue_total", row[i_total])
        if type(total) is Decimal:
            if parts_sum is not None and abs(total - parts_sum) > TOLERANCE:
                bad("overdue_total", row[i_total], f"与{parts_label}之和 {parts_sum:,.2f} 不符",
                    f"does not match the sum of {parts_en} ({parts_sum:,.2f})")
            elif total <= 0:
                bad("overdue_total", row[i_total], "应大于 0", "should be greater than 0")
        elif total is None:
            if parts_sum is not None:
                if parts_sum > 0:
                    total = parts_sum
                else:
                    bad("overdue_total", row[i_total], f"为空，且{parts_label}之和为 0：逾期总额应大于 0",
                        f"blank, and the sum of {parts_en} is 0: the overdue total should be greater than 0")
            elif p1 is not _BAD and p2 is not _BAD and p3 is not _BAD:
                if has_total:
                    bad("overdue_total", row[i_total], "不能为空", "required")
                else:
                    f, i = next(
                        (f, i)
                        for f, i, v in zip(_PARTS, (i_p1, i_p2, i_p3), (p1, p2, p3), strict=True)
                        if v is None
                    )
                    bad(
                        f,
                        row[i],
                        f"不能为空：文件没有「{labels['overdue_total']}」列，逾期总额由{parts_label}相加得出",
                        f"required: the file has no \"{labels['overdue_total']}\" column, so the overdue total is "
                        f"the sum of {parts_en}",
                    )

        # days past due / first overdue date -------------------------------------------------------
        raw_dpd = row[i_dpd]
        dpd: object = None
        if not (raw_dpd is None or raw_dpd == ""):
            try:
                dpd = parse_int(raw_dpd)
            except ValueError as exc:
                if type(raw_dpd) is str and not raw_dpd.strip(strip):
                    dpd = None
                else:
                    invalid("dpd", raw_dpd, exc)
                    dpd = _BAD
            else:
                if dpd < 1:  # type: ignore[operator]
                    bad("dpd", raw_dpd, "应为不小于 1 的整数", "should be a whole number of at least 1")
                    dpd = _BAD
        raw_fod = row[i_fod]
        fod = a_date("first_overdue_date", raw_fod)
        if type(fod) is date:
            if fod > data_date:  # type: ignore[operator]
                bad("first_overdue_date", raw_fod, f"不能晚于数据日期 {data_date_text}",
                    f"cannot be after the data date {data_date_text}")
                fod = _BAD
            else:
                expected = (data_date - fod).days  # type: ignore[operator]
                if dpd is None:
                    if expected >= 1:
                        dpd = expected
                    else:
                        bad(
                            "first_overdue_date",
                            raw_fod,
                            f"与数据日期 {data_date_text} 相同：逾期天数应不小于 1",
                            f"same as the data date {data_date_text}: the days past due should be at least 1",
                        )
                elif type(dpd) is int and abs(dpd - expected) > 1:
                    bad(
                        "dpd",
                        raw_dpd,
                        f"与首次逾期日 {fod.isoformat()} 不符：按数据日期 {data_date_text} 计算应为 {expected} 天",
                        f"does not match the first overdue date {fod.isoformat()}: by the data date {data_date_text} "
                        f"it should be {_count(expected, 'day')}",
                    )  # type: ignore[attr-defined]
        elif fod is None and dpd is None:
            if has_dpd and has_fod:
                bad("dpd", raw_dpd, f"「{colname['dpd']}」和「{colname['first_overdue_date']}」至少填写一项",
                    f"fill in at least one of {_and_list([colname['dpd'], colname['first_overdue_date']])}")
            elif has_dpd:
                bad("dpd", raw_dpd, "不能为空", "required")
            else:
                bad("first_overdue_date", raw_fod, "不能为空", "required")

        last_payment = a_date("last_payment_date", row[i_lpd])
        branch = text("branch", row[i_branch])

        if row_errors:
            errors.extend(_with_contract(row_errors, row[i_contract]))
            row_errors.clear()
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
                loan,  # type: ignore[arg-type]
                outstanding,  # type: ignore[arg-type]
                p1,  # type: ignore[arg-type]
                p2,  # type: ignore[arg-type]
                p3,  # type: ignore[arg-type]
                total,  # type: ignore[arg-type]
                dpd,  # type: ignore[arg-type]
                fod,  # type: ignore[arg-type]
                last_payment,  # type: ignore[arg-type]
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


@gc_paused
def parse_payments_file(
    path: str | Path,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> PaymentsParseResult:
    """Read and validate a payments export (合同编号/借据号, 还款日期/回款日期, 还款金额/金额,
    交易流水号/流水号; all required; amount > 0; transaction number unique within the file).

    Same layout rules as the overdue export: title rows, header row within the first 10 rows, blank
    and totals rows skipped, other columns ignored.
    """
    p, rows, digest, header, colname, col, width = _start(
        path, PAYMENT_COLUMNS, _PAYMENT_LOOKUP, _PAYMENT_REQUIREMENTS, cancelled
    )
    labels = {s.field: s.header for s in PAYMENT_COLUMNS}
    i_contract, i_paid, i_amount, i_txn = (col[f] for f in ("contract_no", "paid_on", "amount", "txn_no"))
    out_rows: list[PaymentRow] = []
    errors: list[RowError] = []
    row_errors: list[RowError] = []
    seen_txn: dict[str, int] = {}
    counted = 0

    for excel_row, row in _iter_data_rows(rows, header.index, width, progress, cancelled):
        counted += 1

        def bad(fld: str, raw: object, reason: str, en: str, _row: int = excel_row) -> None:
            row_errors.append(RowError(_row, colname[fld], _error_value(fld, raw), reason, "", en))

        contract = clean_text(row[i_contract])
        if contract is None:
            bad("contract_no", row[i_contract], "不能为空", "required")
        else:
            contract = fold_width(contract).strip()

        paid_on = None
        try:
            paid_on = parse_date(row[i_paid] if row[i_paid] != "" else None)
        except ValueError as exc:
            bad("paid_on", row[i_paid], str(exc), _validator_en(exc))

        amount = None
        try:
            amount = parse_money(row[i_amount] if row[i_amount] != "" else None)
        except ValueError as exc:
            bad("amount", row[i_amount], str(exc), _validator_en(exc))
        else:
            if amount <= 0:
                bad("amount", row[i_amount], "应大于 0", "should be greater than 0")

        raw = row[i_txn]
        txn = clean_text(raw)
        if txn is None:
            bad("txn_no", raw, "不能为空", "required")
        else:
            txn = fold_width(txn).strip()
            prev = seen_txn.get(txn)
            if prev is None:
                seen_txn[txn] = excel_row
            else:
                bad("txn_no", raw, f"交易流水号重复，与第 {prev} 行相同",
                    f"duplicate transaction number, same as row {prev}")

        if row_errors:
            errors.extend(_with_contract(row_errors, row[i_contract]))
            row_errors.clear()
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
