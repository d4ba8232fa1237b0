"""WorkCalendar: chinesecalendar for covered years, holidays + admin table otherwise."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from desktop.services.workcalendar import DayInfo, OfficialDay, WorkCalendar, coverage_warning_text

D = dt.date


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


def test_statutory_holiday_2026_national_day(cal: WorkCalendar) -> None:
    d = D(2026, 10, 1)
    assert cal.is_holiday(d)
    assert not cal.is_workday(d)
    assert cal.holiday_name(d) == "国庆节"
    assert cal.coverage_warning(d) is None
    assert cal.day_info(d) == DayInfo(d, "holiday", "国庆节", "chinese_calendar")


def test_weekend_inside_holiday_period_is_a_holiday_not_a_weekend(cal: WorkCalendar) -> None:
    d = D(2026, 10, 3)  # Saturday in the National Day holiday
    assert d.weekday() == 5
    assert cal.is_weekend(d)
    assert cal.is_holiday(d)
    assert not cal.is_rest_weekend(d)


def test_in_lieu_day_off_is_a_holiday(cal: WorkCalendar) -> None:
    d = D(2026, 10, 7)  # Wednesday, day off in exchange for Saturday 2026-10-10
    assert d.weekday() == 2
    assert cal.is_holiday(d)
    assert not cal.is_workday(d)


@pytest.mark.parametrize("d", [D(2026, 10, 10), D(2026, 2, 28), D(2026, 9, 20), D(2026, 1, 4)])
def test_makeup_working_weekend_day_counts_as_workday(cal: WorkCalendar, d: dt.date) -> None:
    assert d in chinese_calendar.workdays and d.weekday() >= 5  # a 调休 Saturday/Sunday
    assert cal.is_weekend(d)
    assert cal.is_workday(d)
    assert cal.is_makeup_workday(d)
    assert not cal.is_holiday(d)
    assert not cal.is_rest_weekend(d)
    assert cal.holiday_name(d) is None
    assert cal.day_info(d).name.endswith("调休上班")


def test_ordinary_weekend_and_weekday(cal: WorkCalendar) -> None:
    sunday, monday = D(2026, 10, 11), D(2026, 10, 12)
    assert cal.is_weekend(sunday) and cal.is_rest_weekend(sunday)
    assert not cal.is_workday(sunday) and not cal.is_holiday(sunday)
    assert cal.is_workday(monday) and not cal.is_weekend(monday) and not cal.is_holiday(monday)


def test_whole_of_2026_agrees_with_chinese_calendar(cal: WorkCalendar) -> None:
    d = D(2026, 1, 1)
    while d.year == 2026:
        assert cal.is_workday(d) == chinese_calendar.is_workday(d), d
        assert cal.is_holiday(d) == (d in chinese_calendar.holidays), d
        d += dt.timedelta(days=1)


def test_datetime_is_reduced_to_its_date(cal: WorkCalendar) -> None:
    assert cal.is_holiday(dt.datetime(2026, 10, 1, 10, 30))
    assert cal.day_info(dt.datetime(2026, 10, 12, 9)) is cal.day_info(D(2026, 10, 12))  # cached


def test_uncovered_year_falls_back_to_computed_holidays_with_warning(cal: WorkCalendar) -> None:
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(D(2027, 1, 1))  # precondition: the package stops at 2026
    d = D(2027, 1, 1)
    assert cal.is_holiday(d)
    assert cal.holiday_name(d) == "元旦"
    assert cal.day_info(d).source == "computed"
    assert (
        cal.coverage_warning(d)
        == "2027 年的国务院放假安排尚未录入，按计算的法定节假日处理，请管理员在设置中录入"
    )
    assert cal.coverage_warning(D(2027, 1, 4)) == coverage_warning_text(2027)
    assert not cal.is_covered(2027) and cal.is_covered(2026)
    # an ordinary Monday and Saturday of 2027
    assert cal.is_workday(D(2027, 1, 4))
    assert cal.is_rest_weekend(D(2027, 1, 9))
    # without the admin table, the holidays package's guessed in-lieu days off count as days off
    assert cal.is_holiday(D(2027, 2, 9))


def test_admin_table_for_uncovered_year_removes_warning_and_supplies_makeup_days() -> None:
    rows = [
        OfficialDay(D(2027, 2, 11), "holiday", "春节"),
        OfficialDay(D(2027, 2, 20), "workday", "春节调休上班"),  # a Saturday
    ]
    cal = WorkCalendar(rows)
    assert cal.coverage_warning(D(2027, 1, 1)) is None
    assert cal.is_covered(2027)
    assert cal.is_holiday(D(2027, 2, 11)) and cal.holiday_name(D(2027, 2, 11)) == "春节"
    sat = D(2027, 2, 20)
    assert sat.weekday() == 5
    assert cal.is_workday(sat) and cal.is_makeup_workday(sat) and not cal.is_rest_weekend(sat)
    # the statutory days themselves stay holidays as a safety net ...
    assert cal.is_holiday(D(2027, 1, 1)) and cal.is_holiday(D(2027, 2, 6))
    # ... but the package's guessed in-lieu days are replaced by the admin's rows
    assert cal.is_workday(D(2027, 2, 9))
    # other uncovered years still warn
    assert cal.coverage_warning(D(2028, 3, 1)) == coverage_warning_text(2028)


def test_admin_row_overrides_packaged_data() -> None:
    cal = WorkCalendar(
        [
            OfficialDay(D(2026, 3, 2), "holiday", "台风停工"),
            OfficialDay(D(2026, 10, 11), "workday", "补班"),
        ]
    )
    assert cal.is_holiday(D(2026, 3, 2)) and cal.holiday_name(D(2026, 3, 2)) == "台风停工"
    assert cal.day_info(D(2026, 3, 2)).source == "admin"
    assert cal.is_makeup_workday(D(2026, 10, 11))


def test_official_day_validates_kind_and_type() -> None:
    with pytest.raises(ValueError):
        OfficialDay(D(2027, 1, 1), "day_off", "x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        OfficialDay(dt.datetime(2027, 1, 1), "holiday", "x")
