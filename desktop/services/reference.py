"""Reference lists the screens need (branches) and the admin's settings: company details, security and
follow-up settings, and the table of official days off / make-up working days (国务院放假安排)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.models import Branch, OfficialDay, Setting
from desktop.services import audit
from desktop.services.context import Service
from desktop.services.errors import ConflictError, NotFound, ValidationError
from desktop.services.permissions import Perm, requires
from desktop.services.validators import fold_width
from desktop.services.workcalendar import WorkCalendar, coverage_warning_text, statutory_holidays

COMPANY_FIELDS = ("name", "account_name", "bank_name", "account_no", "hotline", "complaint_hotline")
# simple settings an admin edits in the settings page: key -> (minimum, maximum)
NUMBER_SETTINGS = {"idle_lock_minutes": (1, 240), "grace_days": (0, 10)}
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class SettingValue:
    key: str
    value: Any
    version: int


@dataclass(frozen=True)
class OfficialDayRow:
    day: date
    kind: str  # holiday | workday
    name: str


# a telephone number as printed on a notice: 5 to 20 digits, with spaces, hyphens, brackets or a leading +
_PHONE_RE = re.compile(r"\+?(?:[ ()\-]*\d){5,20}[ ()\-]*", re.ASCII)


class ReferenceService(Service):
    @requires(Perm.CASE_VIEW)
    def branches(self) -> list[tuple[int, str]]:
        with self.read() as s:
            return [(b.id, b.name) for b in s.scalars(select(Branch).order_by(Branch.name))]

    @requires(Perm.SELF)
    def setting(self, key: str, default=None):  # noqa: ANN001, ANN201
        """A value from the settings table (company details, idle lock minutes …)."""
        with self.read() as s:
            row = s.get(Setting, key)
            return default if row is None else row.value

    @requires(Perm.SETTINGS_ADMIN)
    def setting_row(self, key: str) -> SettingValue:
        with self.read() as s:
            row = s.get(Setting, key)
            return SettingValue(key, None if row is None else row.value, 0 if row is None else row.version)

    @requires(Perm.SETTINGS_ADMIN)
    def save_company(self, values: dict[str, str], expected_version: int | None = None) -> SettingValue:
        """Company name, the account borrowers pay into and the hotlines (printed on every notice)."""
        clean = {k: str(values.get(k, "") or "").strip() for k in COMPANY_FIELDS}
        missing = [k for k in ("name", "account_name", "bank_name", "account_no", "hotline") if not clean[k]]
        if missing:
            names = {"name": "公司名称", "account_name": "收款户名", "bank_name": "开户行", "account_no": "收款账号",
                     "hotline": "核实电话"}
            names_en = {"name": "company name", "account_name": "account name", "bank_name": "bank",
                        "account_no": "account number", "hotline": "verification hotline"}
            raise ValidationError(f"请填写：{'、'.join(names[k] for k in missing)}（外访通知书上必须印有这些信息）。",
                                  en=f"Please fill in: {', '.join(names_en[k] for k in missing)} "
                                     "(every visit notice must show these details).")
        digits = clean["account_no"].replace(" ", "").replace("-", "")
        if not digits.isdigit() or not 8 <= len(digits) <= 30:
            raise ValidationError(f"收款账号「{clean['account_no']}」无效：应为 8–30 位数字（可含空格）。",
                                  en=f"The account number \"{clean['account_no']}\" is invalid: "
                                     "it must be 8–30 digits (spaces allowed).")
        for key, zh, en in (("hotline", "核实电话", "verification hotline"),
                            ("complaint_hotline", "投诉电话", "complaints hotline")):
            number = clean[key] = fold_width(clean.get(key, ""))  # full-width digits typed in Chinese input
            if number and not _PHONE_RE.fullmatch(number):
                raise ValidationError(
                    f"{zh}「{number}」无效：请写电话号码，例如 400-800-1234、010-12345678 或 95588。",
                    en=f"The {en} \"{number}\" is invalid: write a telephone number, e.g. 400-800-1234, "
                       "010-12345678 or 95588.")
        return self._save("company", clean, expected_version)

    @requires(Perm.SETTINGS_ADMIN)
    def save_number(self, key: str, value: int, expected_version: int | None = None) -> SettingValue:
        if key not in NUMBER_SETTINGS:
            raise ValidationError(f"未知设置项：{key}", en=f"Unknown setting: {key}")
        lo, hi = NUMBER_SETTINGS[key]
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise ValidationError(f"{key} 的值 {value} 超出允许范围 {lo}–{hi}。",
                                  en=f"The value {value} for {key} is outside the allowed range {lo}–{hi}.")
        return self._save(key, value, expected_version)

    def _save(self, key: str, value: Any, expected_version: int | None) -> SettingValue:  # noqa: ANN401
        with self.tx() as s:
            row = s.get(Setting, key)
            before = None if row is None else row.value
            if row is None:
                row = Setting(key=key, value=value, updated_by_id=self.actor.user_id)
                s.add(row)
            else:
                if expected_version is not None and row.version != expected_version:
                    raise ConflictError(
                        f"设置「{key}」已被他人修改（版本 {row.version}），未保存：请重新打开后再改。",
                        en=f"The setting \"{key}\" was changed by someone else (version {row.version}) and was not "
                           "saved: reopen it and make your change again.")
                row.value = value
                row.updated_by_id = self.actor.user_id
            s.flush()
            audit.record(s, self.actor, "settings.update", entity="setting", before={key: before}, after={key: value},
                         detail=f"修改设置 {key}")
            return SettingValue(key, row.value, row.version)

    # --- official days off and make-up working days ------------------------------------------------
    @requires(Perm.CASE_VIEW)
    def official_days(self, year: int) -> list[OfficialDayRow]:
        with self.read() as s:
            q = (select(OfficialDay).where(OfficialDay.day.between(date(year, 1, 1), date(year, 12, 31)))
                 .order_by(OfficialDay.day))
            return [OfficialDayRow(d.day, d.kind, d.name) for d in s.scalars(q)]

    @requires(Perm.CASE_VIEW)
    def calendar_warning(self, year: int) -> str | None:
        """The warning to show when neither chinesecalendar nor the admin table covers ``year``."""
        if WorkCalendar().is_covered(year):
            return None
        entered = self.official_days(year)
        if not entered:
            return coverage_warning_text(year)
        # entered, but not complete while a statutory holiday of the year is missing from it
        off = {d.day for d in entered if d.kind == "holiday"}
        missing = sorted(d for d in statutory_holidays(year) if d not in off)
        if not missing:
            return None
        names = "、".join(f"{d:%m-%d}" for d in missing[:6]) + ("等" if len(missing) > 6 else "")
        return (f"{year} 年的国务院放假安排只录入了一部分：法定节假日 {names} 还没有录入为放假，"
                "请管理员在设置中补全")

    @requires(Perm.SETTINGS_ADMIN)
    def set_official_day(self, day: date, kind: str, name: str) -> OfficialDayRow:
        if kind not in ("holiday", "workday"):
            raise ValidationError("类型应为「放假」或「调休上班」。",
                                  en="The type must be \"day off\" or \"make-up working day\".")
        name = (name or "").strip()
        if not name:
            raise ValidationError("请填写名称，例如「春节」或「春节调休上班」。",
                                  en="Enter a name, for example \"春节\" (Spring Festival) or "
                                     "\"春节调休上班\" (Spring Festival make-up working day).")
        if kind == "workday" and day.weekday() < 5:
            raise ValidationError(f"{day:%Y-%m-%d} 是工作日（周{'一二三四五'[day.weekday()]}），不需要登记为调休上班日。",
                                  en=f"{day:%Y-%m-%d} is already a working day ({_WEEKDAYS_EN[day.weekday()]}); "
                                     "it need not be entered as a make-up working day.")
        with self.tx() as s:
            row = s.get(OfficialDay, day)
            before = None if row is None else {"kind": row.kind, "name": row.name}
            if row is None:
                row = OfficialDay(day=day, kind=kind, name=name)
                s.add(row)
            else:
                row.kind, row.name = kind, name
            audit.record(s, self.actor, "calendar.official_day", entity="official_day",
                         before=before, after={"day": day, "kind": kind, "name": name},
                         detail=f"{day:%Y-%m-%d} 设为{'调休上班日' if kind == 'workday' else '放假'}（{name}）")
        return OfficialDayRow(day, kind, name)

    @requires(Perm.SETTINGS_ADMIN)
    def delete_official_day(self, day: date) -> None:
        with self.tx() as s:
            row = s.get(OfficialDay, day)
            if row is None:
                raise NotFound(f"{day:%Y-%m-%d} 不在放假安排表中。",
                               en=f"{day:%Y-%m-%d} is not in the table of official days off.")
            audit.record(s, self.actor, "calendar.official_day", entity="official_day",
                         before={"day": day, "kind": row.kind, "name": row.name}, after=None,
                         detail=f"删除 {day:%Y-%m-%d} 的安排（{row.name}）")
            s.delete(row)
