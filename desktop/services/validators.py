"""Value normalisation and validation helpers used across VisitDesk.

Pure functions: no database, no Qt.  Every error raised here is an :class:`~desktop.services.errors.InvalidValue`
(a ``ValueError``): a short reason in plain Chinese that can be shown to staff as is (the import error report
prefixes it with the row and column), and the same reason in English as ``en``.

The import calls these for every cell of files with 100,000 rows, so the common cases take fast paths
(exact ``type(...) is`` checks, precompiled ASCII regexes, no folding of text that is already ASCII).
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from operator import mul

from desktop.models.crypto import mask_id, mask_mobile  # noqa: F401 - re-exported
from desktop.models.enums import bucket_for_dpd  # noqa: F401 - re-exported
from desktop.services.errors import InvalidValue

__all__ = [
    "CENT",
    "MONEY_LIMIT",
    "bucket_for_dpd",
    "clean_text",
    "fold_width",
    "id_check_digit",
    "mask_id",
    "mask_mobile",
    "normalize_mobile",
    "parse_date",
    "parse_int",
    "parse_money",
    "validate_id_number",
]

# --------------------------------------------------------------------------------------------- text

# Full-width ASCII variants U+FF01..U+FF5E map to U+0021..U+007E; the ideographic space to a space.
_FOLD_TABLE: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD_TABLE[0x3000] = 0x20
_FOLD_TABLE[0xFFE5] = 0xA5  # ￥ (full-width yen/yuan sign) -> ¥
_FOLD_TABLE[0x2212] = 0x2D  # − minus sign -> hyphen-minus

# Every white-space character (the full-width space included) plus the invisible characters that
# come along when text is pasted into Excel (BOM, zero-width space/joiners, word joiner).
_STRIP = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\ufeff\u200b\u200c\u200d\u2060"


def fold_width(s: str) -> str:
    """Fold full-width ASCII characters (Ａ１，．－ etc.) and the ideographic space to half-width."""
    return s if s.isascii() else s.translate(_FOLD_TABLE)


def _cell_to_str(v: object) -> str:
    """Text of a spreadsheet cell: integral floats lose their ``.0``; dates use ISO format."""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        if math.isfinite(v) and v.is_integer():
            return str(int(v))
        return repr(v)
    if isinstance(v, datetime):
        if v.hour == v.minute == v.second == v.microsecond == 0:
            return v.date().isoformat()
        return v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


def clean_text(v: object) -> str | None:
    """Trim a cell value (the full-width space included); ``None`` for an empty cell.

    Numeric cells become text without a trailing ``.0`` (``15365479012.0`` -> ``'15365479012'``).
    """
    if type(v) is str:
        return v.strip(_STRIP) or None
    if v is None:
        return None
    return _cell_to_str(v).strip(_STRIP) or None


# --------------------------------------------------------------------------------------- ID number

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_WEIGHT_SUM_48 = 48 * sum(_ID_WEIGHTS)  # sum(w * ord(c)) - this == sum(w * int(c)) for ASCII digits
_ID_CHECK_CHARS = "10X98765432"
_ID_RE = re.compile(r"\d{17}[\dX]", re.ASCII)


def id_check_digit(first17: str) -> str:
    """GB 11643 check character ('0'-'9' or 'X') for the first 17 digits of a resident ID."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise InvalidValue("前 17 位应为数字", "the first 17 characters should be digits")
    return _ID_CHECK_CHARS[(sum(map(mul, first17.encode(), _ID_WEIGHTS)) - _ID_WEIGHT_SUM_48) % 11]


def validate_id_number(s: object, today: date | None = None) -> str:
    """Return the normalised 18-character PRC resident ID (half-width, ``x`` read as ``X``).

    Raises ``InvalidValue`` (a ``ValueError``; ``en`` in English) with a plain-Chinese reason: 不能为空 / 长度应为 18 位 / 格式错误… /
    出生日期无效 / 校验位错误，应为 X.
    """
    text = clean_text(s)
    if text is None:
        raise InvalidValue("不能为空", "required")
    v = fold_width(text).upper()
    if len(v) != 18:
        raise InvalidValue("长度应为 18 位", "should be 18 characters long")
    if _ID_RE.fullmatch(v) is None:
        raise InvalidValue("格式错误，应为 17 位数字加 1 位数字或 X", "wrong format: should be 17 digits followed by a digit or X")
    born = _birth_date(v[6:14])
    if born is None or born > (today or date.today()):
        raise InvalidValue("出生日期无效", "invalid date of birth")
    expected = _ID_CHECK_CHARS[(sum(map(mul, v[:17].encode(), _ID_WEIGHTS)) - _ID_WEIGHT_SUM_48) % 11]
    if v[17] != expected:
        raise InvalidValue(f"校验位错误，应为 {expected}", f"wrong check digit, should be {expected}")
    return v


@lru_cache(maxsize=65536)
def _birth_date(yyyymmdd: str) -> date | None:
    try:
        born = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        return None
    return born if born.year >= 1900 else None


# ------------------------------------------------------------------------------------------ mobile

_MOBILE_SEPARATORS = str.maketrans("", "", " \t\u00a0-\u2010\u2011\u2012\u2013\u2014")
_MOBILE_RE = re.compile(r"1[3-9]\d{9}", re.ASCII)


def normalize_mobile(s: object) -> str:
    """Return an 11-digit mainland mobile number ``1[3-9]xxxxxxxxx``.

    Removes a ``+86``/``0086`` prefix, spaces and dashes (also full-width ones).
    """
    if type(s) is str and len(s) == 11 and _MOBILE_RE.fullmatch(s) is not None:
        return s  # the common case: already clean
    text = clean_text(s)
    if text is None:
        raise InvalidValue("不能为空", "required")
    v = fold_width(text).translate(_MOBILE_SEPARATORS)
    if v.startswith("+86"):
        v = v[3:]
    elif v.startswith("0086"):
        v = v[4:]
    if not v.isascii() or not v.isdigit():
        raise InvalidValue("只能包含数字（可带 +86 前缀、空格或短横线）", "may only contain digits (with an optional +86 prefix, spaces or dashes)")
    if len(v) != 11:
        raise InvalidValue(f"应为 11 位手机号码，实际 {len(v)} 位",
                           f"should be an 11-digit mobile number, found {len(v)} digit{'' if len(v) == 1 else 's'}")
    if _MOBILE_RE.fullmatch(v) is None:
        raise InvalidValue("不是有效的大陆手机号码，应以 13–19 开头", "not a valid mainland mobile number: should start with 13–19")
    return v


# ------------------------------------------------------------------------------------------- money

CENT = Decimal("0.01")
MONEY_LIMIT = Decimal(10) ** 12  # the database stores money as Numeric(14, 2)
_MONEY_ROUNDS_TO_LIMIT = MONEY_LIMIT - Decimal("0.005")
_SIGNS = ("-", "+")
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d*)?", re.ASCII)
_CURRENCY = ("¥", "￥")


def parse_money(v: object) -> Decimal:
    """Parse a money cell into a ``Decimal`` rounded half-up to cents.

    Accepts numeric cells and text with thousands separators, a ``¥``/``￥`` prefix, a ``元`` suffix or
    full-width digits.  Blank, non-numeric, negative and too large (≥ 10¹²) values raise ``ValueError``.
    """
    t = type(v)
    if t is str:
        m = _PLAIN_MONEY_RE.fullmatch(v)  # type: ignore[arg-type]
        if m is not None:  # the common "1,234.56", "¥1234.56", "1234.56元": already in cents and in range
            whole, frac = m.groups()
            if frac is not None and len(frac) == 3 and len(whole) <= 12:
                return Decimal(whole.replace(",", "") + frac)
        d = _money_text(v)  # type: ignore[arg-type]
    elif t is float:
        if v - v != 0.0:  # type: ignore[operator]  # NaN or ±inf
            raise InvalidValue("不是有效的金额", "not a valid amount")
        if v < 0:  # type: ignore[operator]
            raise InvalidValue("金额不能为负数", "amount cannot be negative")
        d = Decimal(repr(v + 0.0))  # repr: shortest text reading back as v (what Excel shows); +0.0: no -0
    elif t is int or t is Decimal:
        d = Decimal(v)  # type: ignore[arg-type]
        if not d.is_finite():
            raise InvalidValue("不是有效的金额", "not a valid amount")
        if d < 0:
            raise InvalidValue("金额不能为负数", "amount cannot be negative")
    elif v is None:
        raise InvalidValue("不能为空", "required")
    elif isinstance(v, int | float | Decimal) and not isinstance(v, bool):  # subclasses
        return parse_money(float(v) if isinstance(v, float) else Decimal(v))
    else:
        raise InvalidValue("不是有效的金额", "not a valid amount")
    if d >= _MONEY_ROUNDS_TO_LIMIT:
        raise InvalidValue("金额过大", "amount too large")
    return d.quantize(CENT, ROUND_HALF_UP)


# The forms real exports use ("¥1,234.56", "1,234.56元", "1234.56"): one match, no folding or stripping.
# Anything else (white space, signs, full-width characters, malformed groups) takes the general path below.
_PLAIN_MONEY_RE = re.compile(r"[¥￥]?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]*)?元?")


def _money_text(v: str) -> Decimal:
    m = _PLAIN_MONEY_RE.fullmatch(v)
    if m is not None:
        whole, frac = m.groups()
        return Decimal(whole.replace(",", "") + frac if frac else whole.replace(",", ""))
    # Plain string operations rather than one general regex: this runs for ~600,000 cells in a big
    # import.  Accepted: [sign] [¥|￥] [sign] digits [,ddd…] [.digits] [元] (one sign at most), with
    # full-width characters folded and white space around the sign, the symbol and 元.
    s = v.strip(_STRIP)
    if not s:
        raise InvalidValue("不能为空", "required")
    symbol = False
    if not s.isascii():
        if s[-1] == "元":
            s = s[:-1].rstrip(_STRIP)
        if s[:1] in _CURRENCY:  # the common "¥1,234.56"
            s = s[1:].lstrip(_STRIP)
            symbol = True
        if not s.isascii():
            s = s.translate(_FOLD_TABLE)  # full-width digits, ，．－＋ and a ￥ after a sign
    negative = False
    if s[:1] in _SIGNS:
        negative = s[0] == "-"
        s = s[1:].lstrip(_STRIP)
        if not symbol and s[:1] == "¥":
            s = s[1:].lstrip(_STRIP)
    if "," in s:
        if _GROUPED_RE.fullmatch(s) is None:
            raise InvalidValue("不是有效的金额", "not a valid amount")
        s = s.replace(",", "")
    if not (s.isascii() and s.replace(".", "", 1).isdigit()):
        raise InvalidValue("不是有效的金额", "not a valid amount")
    d = Decimal(s)
    if negative and d:
        raise InvalidValue("金额不能为负数", "amount cannot be negative")
    return d


# -------------------------------------------------------------------------------------------- dates

_DATE_RES = (
    re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})", re.ASCII),
    re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?", re.ASCII),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})", re.ASCII),
)
# what may follow a date: a time part, e.g. " 00:00:00", "T08:30", " 8时30分"
_TIME_TAIL_RE = re.compile(
    r"(?:[T\s]+\d{1,2}(?:[:时点]\d{1,2}(?:[:分]\d{1,2}(?:\.\d+)?秒?)?分?)?)?\s*", re.ASCII
)
_DATE_FORMATS_HINT = "不是有效的日期，应为 2026-11-27、2026/11/27、2026年11月27日 或 20261127 等格式"
_DATE_FORMATS_HINT_EN = ('not a valid date: should be written like "2026-11-27", "2026/11/27", "2026年11月27日" or '
                         '"20261127"')


def parse_date(v: object) -> date:
    """Parse a date cell: Excel date cells or text such as ``2026-11-27``, ``2026/11/27``,
    ``2026.11.27``, ``2026年11月27日`` or ``20261127``.  A time part is dropped; an impossible date
    (``2026-13-45``, ``2026年2月30日``) raises ``ValueError``."""
    t = type(v)
    if t is date:
        return v  # type: ignore[return-value]
    if t is datetime:
        return v.date()  # type: ignore[attr-defined]
    if t is str:
        return _parse_date_text(v)  # type: ignore[arg-type]
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, bool) or v is None:
        raise InvalidValue("不能为空", "required") if v is None else InvalidValue("不是有效的日期", "not a valid date")
    if isinstance(v, float):
        if not (math.isfinite(v) and v.is_integer()):
            raise InvalidValue("不是有效的日期", "not a valid date")
        v = int(v)
    if isinstance(v, int):  # a number such as 20261127
        return _parse_date_text(str(v))
    if isinstance(v, str):
        return _parse_date_text(v)
    raise InvalidValue("不是有效的日期", "not a valid date")


@lru_cache(maxsize=8192)
def _parse_date_text(text: str) -> date:
    # dates repeat a lot within an export (a few hundred distinct values), hence the cache;
    # lru_cache does not cache exceptions, so invalid values are re-checked (and re-raised) each time
    s = fold_width(text.strip(_STRIP))
    if not s:
        raise InvalidValue("不能为空", "required")
    for rx in _DATE_RES:
        m = rx.match(s)
        if m is None or _TIME_TAIL_RE.fullmatch(s, m.end()) is None:
            continue
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            raise InvalidValue("日期不存在", "date does not exist") from None
    raise InvalidValue(_DATE_FORMATS_HINT, _DATE_FORMATS_HINT_EN)


# ------------------------------------------------------------------------------------------ integer

_INT_RE = re.compile(r"[-+]?\d+(?:\.0*)?", re.ASCII)


def parse_int(v: object) -> int:
    """Parse a whole number: ``92``, ``92.0``, ``'92'``, ``'９２'``, ``'92天'``.  ``92.5`` is invalid."""
    t = type(v)
    if t is float:
        if v.is_integer():  # type: ignore[attr-defined]
            return int(v)  # type: ignore[call-overload]
        raise InvalidValue("应为整数", "should be a whole number")
    if t is int:
        return v  # type: ignore[return-value]
    if isinstance(v, bool) or v is None:
        raise InvalidValue("不能为空", "required") if v is None else InvalidValue("应为整数", "should be a whole number")
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        return parse_int(float(v))
    if isinstance(v, Decimal):
        if v.is_finite() and v == v.to_integral_value():
            return int(v)
        raise InvalidValue("应为整数", "should be a whole number")
    if not isinstance(v, str):
        raise InvalidValue("应为整数", "should be a whole number")
    s = fold_width(v.strip(_STRIP))
    if not s:
        raise InvalidValue("不能为空", "required")
    if s.endswith("天"):
        s = s[:-1].rstrip()
    if _INT_RE.fullmatch(s) is None:
        raise InvalidValue("应为整数", "should be a whole number")
    return int(s.split(".", 1)[0])


# --------------------------------------------------------------------------------------- masking




# ------------------------------------------------------------------------------------------ buckets


