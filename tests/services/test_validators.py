"""Value normalisation helpers: desktop/services/validators.py."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.services.validators import (
    bucket_for_dpd,
    clean_text,
    fold_width,
    id_check_digit,
    mask_id,
    mask_mobile,
    normalize_mobile,
    parse_date,
    parse_int,
    parse_money,
    validate_id_number,
)


def make_id(prefix6: str = "110105", born: str = "19900101", seq: str = "123") -> str:
    first17 = prefix6 + born + seq
    return first17 + id_check_digit(first17)


# ------------------------------------------------------------------------------------------- text


def test_fold_width_folds_full_width_ascii_and_ideographic_space():
    assert fold_width("ＢＯＢ１２３，．－＋（元）\u3000Ａｂ") == "BOB123,.-+(元) Ab"
    assert fold_width("￥１２") == "¥12"
    assert fold_width("合同编号") == "合同编号"  # CJK untouched
    assert fold_width("abc") == "abc"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("   ", None),
        ("\u3000 \t", None),
        ("\u3000张三 ", "张三"),
        ("\ufeff合同编号", "合同编号"),
        ("\u200b abc \u200b", "abc"),
        (" 北京市 朝阳区 ", "北京市 朝阳区"),  # inner spaces kept
        (15365479012.0, "15365479012"),
        (12.5, "12.5"),
        (7, "7"),
        (date(2026, 11, 27), "2026-11-27"),
        (datetime(2026, 11, 27, 0, 0), "2026-11-27"),
        (datetime(2026, 11, 27, 8, 30), "2026-11-27 08:30:00"),
        (True, "TRUE"),
    ],
)
def test_clean_text(value, expected):
    assert clean_text(value) == expected


# ------------------------------------------------------------------------------------- ID numbers


def test_id_check_digit_gb11643_examples():
    assert id_check_digit("11010519491231002") == "X"
    assert id_check_digit("44052418800101001") == "4"
    assert id_check_digit("11010519900101123") == "2"
    with pytest.raises(ValueError):
        id_check_digit("1101051949123100")
    with pytest.raises(ValueError):
        id_check_digit("1101051949123100A")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("11010519491231002X", "11010519491231002X"),
        ("11010519491231002x", "11010519491231002X"),  # x read as X
        (" 11010519491231002X\u3000", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"),  # full-width
        ("110105199001011232", "110105199001011232"),
    ],
)
def test_validate_id_number_valid(value, expected):
    assert validate_id_number(value) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("110105199001011235", "校验位错误，应为 2"),
        ("11010519491231002", "长度应为 18 位"),
        ("11010519491231002X1", "长度应为 18 位"),
        ("110105 19491231002X", "长度应为 18 位"),
        ("11010519491231002Y", "格式错误，应为 17 位数字加 1 位数字或 X"),
        ("1101051949123100X2", "格式错误，应为 17 位数字加 1 位数字或 X"),
        ("110105199002301234", "出生日期无效"),  # 30 February
        ("110105199013011234", "出生日期无效"),  # month 13
        ("110105180001011234", "出生日期无效"),  # before 1900
        ("110105209901011234", "出生日期无效"),  # in the future
        ("", "不能为空"),
        (None, "不能为空"),
        ("\u3000", "不能为空"),
    ],
)
def test_validate_id_number_invalid(value, reason):
    with pytest.raises(ValueError) as exc:
        validate_id_number(value)
    assert str(exc.value) == reason


def test_validate_id_number_wrong_check_digit_names_the_right_one():
    with pytest.raises(ValueError, match="^校验位错误，应为 X$"):
        validate_id_number("110105194912310021")


def test_validate_id_number_numeric_cell_loses_precision_and_is_reported():
    # Excel keeps 15 significant digits, so 110105199001011232 typed as a number is stored as
    # 110105199001011000; it must not pass
    with pytest.raises(ValueError, match="^校验位错误，应为 "):
        validate_id_number(110105199001011000.0)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2020, 12, 31)),
    st.from_regex(r"[0-9]{6}", fullmatch=True),
    st.from_regex(r"[0-9]{3}", fullmatch=True),
)
def test_validate_id_number_accepts_every_correct_id(born, region, seq):
    id18 = make_id(region, born.strftime("%Y%m%d"), seq)
    assert validate_id_number(id18) == id18
    assert validate_id_number(id18.lower()) == id18


@given(st.text(max_size=25))
def test_validate_id_number_only_raises_value_error(text):
    try:
        assert len(validate_id_number(text)) == 18
    except ValueError as exc:
        assert str(exc)


# ---------------------------------------------------------------------------------------- mobile


@pytest.mark.parametrize(
    "value",
    [
        "13812345678",
        " 13812345678 ",
        "+86 138 1234 5678",
        "+8613812345678",
        "0086 138 1234 5678",
        "0086-138-1234-5678",
        "138-1234-5678",
        "138 1234 5678",
        "＋８６ １３８ １２３４ ５６７８",
        "１３８－１２３４－５６７８",
        "\u300013812345678",
        13812345678.0,
        13812345678,
    ],
)
def test_normalize_mobile_valid_forms(value):
    assert normalize_mobile(value) == "13812345678"


@pytest.mark.parametrize("prefix", ["13", "14", "15", "16", "17", "18", "19"])
def test_normalize_mobile_accepts_13_to_19(prefix):
    assert normalize_mobile(prefix + "012345678") == prefix + "012345678"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("1381234567", "应为 11 位手机号码，实际 10 位"),
        ("138123456789", "应为 11 位手机号码，实际 12 位"),
        ("+86 138 1234 567", "应为 11 位手机号码，实际 10 位"),
        ("12812345678", "不是有效的大陆手机号码，应以 13–19 开头"),
        ("01012345678", "不是有效的大陆手机号码，应以 13–19 开头"),
        ("23812345678", "不是有效的大陆手机号码，应以 13–19 开头"),
        ("1381234567a", "只能包含数字（可带 +86 前缀、空格或短横线）"),
        ("138/1234/5678", "只能包含数字（可带 +86 前缀、空格或短横线）"),
        ("", "不能为空"),
        (None, "不能为空"),
    ],
)
def test_normalize_mobile_invalid(value, reason):
    with pytest.raises(ValueError) as exc:
        normalize_mobile(value)
    assert str(exc.value) == reason


# ----------------------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    "value",
    [
        24175.13,
        "24175.13",
        "24,175.13",
        "¥24175.13",
        "￥24175.13",
        "¥24,175.13",
        "￥24,175.13",
        "24175.13元",
        "24,175.13元",
        "¥ 24,175.13 元",
        "２４１７５.１３",
        "２４，１７５．１３",
        "￥２４１７５.１３元",
        " 24175.13\u3000",
        "+24175.13",
        Decimal("24175.13"),
        "24175.130",
        "24175.1299",
    ],
)
def test_parse_money_forms(value):
    assert parse_money(value) == Decimal("24175.13")
    assert parse_money(value).as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (100, "100.00"),
        (0, "0.00"),
        ("0", "0.00"),
        ("12.", "12.00"),
        (".5", "0.50"),
        ("1,234,567", "1234567.00"),
        (2.675, "2.68"),  # half-up on the value Excel shows, not on the binary float
        (1.005, "1.01"),
        ("0.005", "0.01"),
        ("0.004", "0.00"),
        ("1.115", "1.12"),
        ("1.125", "1.13"),  # half-up, not banker's rounding
        (-0.0, "0.00"),
        ("-0", "0.00"),
        ("999999999999.99", "999999999999.99"),
    ],
)
def test_parse_money_values_and_rounding(value, expected):
    result = parse_money(value)
    assert str(result) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (-100.0, "金额不能为负数"),
        (-0.01, "金额不能为负数"),
        ("-100", "金额不能为负数"),
        ("-¥100", "金额不能为负数"),
        ("¥-100", "金额不能为负数"),
        ("－１００", "金额不能为负数"),
        (-5, "金额不能为负数"),
        ("abc", "不是有效的金额"),
        ("12a", "不是有效的金额"),
        ("1,2345.00", "不是有效的金额"),  # thousands groups must have 3 digits
        ("12,34", "不是有效的金额"),
        ("1.2.3", "不是有效的金额"),
        ("1e5", "不是有效的金额"),
        ("NaN", "不是有效的金额"),
        ("1_000", "不是有效的金额"),
        ("¥", "不是有效的金额"),
        ("元", "不是有效的金额"),
        ("¥¥5", "不是有效的金额"),
        ("5元元", "不是有效的金额"),
        ("+-5", "不是有效的金额"),
        (float("nan"), "不是有效的金额"),
        (float("inf"), "不是有效的金额"),
        (True, "不是有效的金额"),
        (date(2026, 1, 1), "不是有效的金额"),
        ("1000000000000", "金额过大"),
        (999999999999.995, "金额过大"),
        ("", "不能为空"),
        ("  ", "不能为空"),
        (None, "不能为空"),
    ],
)
def test_parse_money_invalid(value, reason):
    with pytest.raises(ValueError) as exc:
        parse_money(value)
    assert str(exc.value) == reason


@given(st.decimals(min_value=0, max_value=Decimal("99999999999.99"), places=2))
def test_parse_money_round_trips_every_written_form(d):
    full_width = f"{d:,.2f}".translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    for text in (str(d), f"{d:,.2f}", f"¥{d:,.2f}", f"￥{d}", f"{d:,.2f}元", full_width, float(d)):
        assert parse_money(text) == d, text


@given(st.one_of(st.text(max_size=20), st.floats(), st.integers(), st.none(), st.booleans()))
def test_parse_money_only_raises_value_error(value):
    try:
        result = parse_money(value)
    except ValueError as exc:
        assert str(exc)
    else:
        assert result >= 0
        assert result.as_tuple().exponent == -2


# ----------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value",
    [
        date(2026, 11, 27),
        datetime(2026, 11, 27),
        datetime(2026, 11, 27, 15, 45, 10),
        "2026-11-27",
        "2026/11/27",
        "2026.11.27",
        "2026年11月27日",
        "2026年11月27",
        "2026 年 11 月 27 日",
        "20261127",
        20261127,
        20261127.0,
        " 2026-11-27 ",
        "2026-11-27 00:00:00",
        "2026-11-27 15:45",
        "2026/11/27 8:05:09",
        "2026-11-27T15:45:10",
        "2026-11-27 15:45:10.123",
        "2026年11月27日 15时45分",
        "２０２６－１１－２７",
        "２０２６年１１月２７日",
    ],
)
def test_parse_date_forms(value):
    assert parse_date(value) == date(2026, 11, 27)


def test_parse_date_single_digit_month_and_day():
    assert parse_date("2026-1-5") == date(2026, 1, 5)
    assert parse_date("2026/1/5") == date(2026, 1, 5)
    assert parse_date("2026年1月5日") == date(2026, 1, 5)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2026-13-45", "日期不存在"),
        ("2026年2月30日", "日期不存在"),
        ("2025-02-29", "日期不存在"),
        ("20261345", "日期不存在"),
        ("2026-00-10", "日期不存在"),
        ("abc", "不是有效的日期，应为 2026-11-27、2026/11/27、2026年11月27日 或 20261127 等格式"),
        ("2026-11/27", "不是有效的日期，应为 2026-11-27、2026/11/27、2026年11月27日 或 20261127 等格式"),
        ("27/11/2026", "不是有效的日期，应为 2026-11-27、2026/11/27、2026年11月27日 或 20261127 等格式"),
        ("2026-11-27abc", "不是有效的日期，应为 2026-11-27、2026/11/27、2026年11月27日 或 20261127 等格式"),
        ("202611270", "不是有效的日期，应为 2026-11-27、2026/11/27、2026年11月27日 或 20261127 等格式"),
        (46353.0, "不是有效的日期，应为 2026-11-27、2026/11/27、2026年11月27日 或 20261127 等格式"),
        (1.5, "不是有效的日期"),
        (time(8, 30), "不是有效的日期"),
        (True, "不是有效的日期"),
        ("", "不能为空"),
        (" ", "不能为空"),
        (None, "不能为空"),
    ],
)
def test_parse_date_invalid(value, reason):
    with pytest.raises(ValueError) as exc:
        parse_date(value)
    assert str(exc.value) == reason


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_parse_date_round_trips(d):
    for text in (
        d.isoformat(),
        d.strftime("%Y/%m/%d"),
        d.strftime("%Y.%m.%d"),
        f"{d.year}年{d.month}月{d.day}日",
        d.strftime("%Y%m%d"),
    ):
        assert parse_date(text) == d


@given(st.one_of(st.text(max_size=30), st.floats(), st.integers(), st.none()))
def test_parse_date_only_raises_value_error(value):
    try:
        assert isinstance(parse_date(value), date)
    except ValueError as exc:
        assert str(exc)


# -------------------------------------------------------------------------------------- integers


@pytest.mark.parametrize("value", [92, 92.0, "92", " 92 ", "92.0", "９２", "92天", "92 天"])
def test_parse_int_forms(value):
    assert parse_int(value) == 92


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (92.5, "应为整数"),
        ("92.5", "应为整数"),
        ("abc", "应为整数"),
        ("9 2", "应为整数"),
        (float("nan"), "应为整数"),
        (float("inf"), "应为整数"),
        (True, "应为整数"),
        (date(2026, 1, 1), "应为整数"),
        ("", "不能为空"),
        (None, "不能为空"),
    ],
)
def test_parse_int_invalid(value, reason):
    with pytest.raises(ValueError) as exc:
        parse_int(value)
    assert str(exc.value) == reason


def test_parse_int_keeps_the_sign_for_the_caller_to_judge():
    assert parse_int("-3") == -3
    assert parse_int(0.0) == 0


# --------------------------------------------------------------------------------------- masking


def test_mask_id():
    assert mask_id("11010519900101123X") == "110105********123X"
    assert mask_id("440524188001010014") == "440524********0014"
    assert mask_id("") == ""
    assert mask_id(None) == ""
    assert mask_id("12345") == "*****"


def test_mask_mobile():
    assert mask_mobile("13812345678") == "138****5678"
    assert mask_mobile("") == ""
    assert mask_mobile(None) == ""
    assert mask_mobile("12345") == "*****"


# --------------------------------------------------------------------------------------- buckets


@pytest.mark.parametrize(
    ("dpd", "bucket"),
    [
        (-5, "M0"),
        (0, "M0"),
        (1, "M1"),
        (30, "M1"),
        (31, "M2"),
        (60, "M2"),
        (61, "M3"),
        (90, "M3"),
        (91, "M4"),
        (120, "M4"),
        (121, "M5"),
        (150, "M5"),
        (151, "M6"),
        (180, "M6"),
        (181, "M6+"),
        (1000, "M6+"),
    ],
)
def test_bucket_for_dpd(dpd, bucket):
    assert bucket_for_dpd(dpd) == bucket
