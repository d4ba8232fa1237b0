"""Admin settings through the services: company details, numbers, official days; audited and role-checked."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent
from desktop.services.errors import ConflictError, PermissionDenied, ValidationError
from desktop.services.reference import ReferenceService
from desktop.services.workcalendar import OfficialDay, WorkCalendar

GOOD = {"name": "京华消费金融有限公司", "account_name": "京华消费金融有限公司", "bank_name": "工商银行北京分行",
        "account_no": "0200 1234 5678 9012 345", "hotline": "400-800-0000", "complaint_hotline": "400-800-0001"}


def _actions(world) -> list[str]:  # noqa: ANN001
    with world.db.session_factory() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_company_saved_and_audited(world):
    ref = ReferenceService(world.db, world.admin)
    row = ref.setting_row("company")
    saved = ref.save_company(GOOD, row.version)
    assert saved.value["account_no"] == GOOD["account_no"]
    assert ref.setting("company")["bank_name"] == "工商银行北京分行"
    assert _actions(world)[-1] == "settings.update"


@pytest.mark.parametrize("field, value, words", [
    ("account_no", "12AB", "12AB"), ("account_no", "1234", "8–30"), ("hotline", "", "核实电话"),
    ("name", "  ", "公司名称"), ("hotline", "call us maybe", "核实电话「call us maybe」无效"),
    ("complaint_hotline", "12", "投诉电话「12」无效"), ("hotline", "-----", "核实电话「-----」无效"),
])
def test_company_refuses_bad_values_naming_them(world, field, value, words):
    ref = ReferenceService(world.db, world.admin)
    before = ref.setting("company")
    with pytest.raises(ValidationError, match=words):
        ref.save_company({**GOOD, field: value})
    assert ref.setting("company") == before


def test_a_hotline_typed_in_full_width_digits_is_kept_as_ordinary_digits(world):
    ref = ReferenceService(world.db, world.admin)
    saved = ref.save_company({**GOOD, "hotline": "４００－８００－１２３４"})
    assert saved.value["hotline"] == "400-800-1234"


def test_stale_settings_edit_is_refused(world):
    ref = ReferenceService(world.db, world.admin)
    v = ref.setting_row("company").version
    ref.save_company(GOOD, v)
    with pytest.raises(ConflictError, match="已被他人修改"):  # a conflict (exit code 6), not bad input
        ref.save_company({**GOOD, "hotline": "400-000-1111"}, v)


def test_numbers_checked_against_their_range(world):
    ref = ReferenceService(world.db, world.admin)
    ref.save_number("idle_lock_minutes", 30)
    assert ref.setting("idle_lock_minutes") == 30
    for bad in (0, 241, True):
        with pytest.raises(ValidationError, match="1–240"):
            ref.save_number("idle_lock_minutes", bad)
    with pytest.raises(ValidationError, match="未知"):
        ref.save_number("anything", 1)


def test_only_admins_change_settings(world):
    for actor in (world.manager, world.supervisor, world.collector):
        ref = ReferenceService(world.db, actor)
        with pytest.raises(PermissionDenied):
            ref.save_company(GOOD)
        with pytest.raises(PermissionDenied):
            ref.set_official_day(date(2027, 2, 6), "holiday", "春节")


def test_official_days_for_an_uncovered_year(world):
    ref = ReferenceService(world.db, world.admin)
    assert "2027" in ref.calendar_warning(2027)
    assert ref.calendar_warning(2026) is None  # chinesecalendar covers it
    ref.set_official_day(date(2027, 2, 6), "holiday", "春节")
    ref.set_official_day(date(2027, 2, 20), "workday", "春节调休上班")  # a Saturday
    # one day entered is not the year's arrangement: the warning stays and names what is missing
    partial = ref.calendar_warning(2027)
    assert "只录入了一部分" in partial and "01-01" in partial and "02-06" not in partial
    from desktop.services.workcalendar import statutory_holidays

    for d in statutory_holidays(2027):
        if d != date(2027, 2, 6):
            ref.set_official_day(d, "holiday", "法定节假日")
    assert ref.calendar_warning(2027) is None
    for d in statutory_holidays(2027):
        if d != date(2027, 2, 6):
            ref.delete_official_day(d)
    rows = ref.official_days(2027)
    assert [(r.day, r.kind, r.name) for r in rows] == [
        (date(2027, 2, 6), "holiday", "春节"), (date(2027, 2, 20), "workday", "春节调休上班")]
    cal = WorkCalendar([OfficialDay(r.day, r.kind, r.name) for r in rows])
    assert cal.is_holiday(date(2027, 2, 6)) and cal.is_workday(date(2027, 2, 20))
    # changing an entry replaces it; a weekday cannot be a make-up working day
    ref.set_official_day(date(2027, 2, 6), "holiday", "春节假期")
    assert ref.official_days(2027)[0].name == "春节假期"
    with pytest.raises(ValidationError, match="不需要登记"):
        ref.set_official_day(date(2027, 2, 22), "workday", "调休")  # a Monday
    ref.delete_official_day(date(2027, 2, 20))
    assert [r.day for r in ref.official_days(2027)] == [date(2027, 2, 6)]
    assert _actions(world).count("calendar.official_day") == 4 + 2 * (len(statutory_holidays(2027)) - 1)
