"""Chinese working-day calendar for visit planning (pure: no database, no Qt).

Which days are working days in mainland China is fixed each year by the State Council's holiday arrangement
(国务院办公厅关于放假安排的通知): statutory holidays, extra days off, and make-up working days on weekends
(调休上班).  This module answers "is this a working day?" from three sources, in this order of precedence:

1. the admin table (:class:`OfficialDay` rows, edited in the settings): an entry for a day always wins, in
   any year, so an admin can correct or extend the packaged data;
2. the ``chinesecalendar`` package (``import chinese_calendar``) for the years it covers (2004–2026 at the
   time of writing; it raises ``NotImplementedError`` for other years);
3. for a year the package does not cover: the statutory holidays *computed* by the ``holidays`` package
   (``holidays.China``) — including its guessed in-lieu days off when the admin table has no entry for that
   year, but only the statutory days themselves when the admin has entered that year's arrangement (the
   admin rows then supply the real extra days off and make-up working days).  Such a year also yields a
   :meth:`WorkCalendar.coverage_warning` until the admin table has entries for it.

Terms used here:

* *holiday* — an official day off of a holiday period (statutory day, in-lieu day, or a weekend day inside a
  holiday period such as 2026-10-03).  Visits are never allowed on such a day.
* *weekend* — Saturday or Sunday by the calendar (:meth:`WorkCalendar.is_weekend`).  A weekend day can be a
  make-up working day (调休上班), which counts as a working day, or a holiday.
* *rest weekend* — a weekend day that is neither a holiday nor a make-up working day
  (:meth:`WorkCalendar.is_rest_weekend`): an ordinary Saturday/Sunday.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import chinese_calendar
import holidays

__all__ = [
    "DayInfo",
    "DayKind",
    "OfficialDay",
    "WorkCalendar",
    "coverage_warning_text",
]

DayKind = Literal["workday", "makeup_workday", "holiday", "weekend"]
"""``workday``: an ordinary Monday–Friday; ``makeup_workday``: a Saturday/Sunday worked in exchange for a
day off (调休上班); ``holiday``: an official day off; ``weekend``: an ordinary Saturday/Sunday."""

DaySource = Literal["admin", "chinese_calendar", "computed", "weekday"]

# chinese_calendar names its holidays in English; show the usual Chinese names instead.
_CC_NAMES_ZH: dict[str, str] = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


@dataclass(frozen=True, slots=True)
class OfficialDay:
    """One row of the admin-editable table of the State Council's arrangement.

    ``kind`` is ``'holiday'`` (an official day off) or ``'workday'`` (a make-up working day, usually a
    Saturday or Sunday).  ``name`` is free text, e.g. ``"元旦"`` or ``"春节调休上班"``.
    """

    day: dt.date
    kind: Literal["holiday", "workday"]
    name: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ("holiday", "workday"):
            raise ValueError(f"OfficialDay.kind must be 'holiday' or 'workday', not {self.kind!r}")
        if isinstance(self.day, dt.datetime) or not isinstance(self.day, dt.date):
            raise TypeError(f"OfficialDay.day must be a date, not {type(self.day).__name__}")


@dataclass(frozen=True, slots=True)
class DayInfo:
    """How one day is classified, and where that answer came from."""

    day: dt.date
    kind: DayKind
    name: str | None
    source: DaySource

    @property
    def is_workday(self) -> bool:
        return self.kind in ("workday", "makeup_workday")

    @property
    def is_holiday(self) -> bool:
        return self.kind == "holiday"


def coverage_warning_text(year: int) -> str:
    """The Chinese warning shown when a year's official arrangement is missing."""
    return f"{year} 年的国务院放假安排尚未录入，按计算的法定节假日处理，请管理员在设置中录入"


def statutory_holidays(year: int) -> list[dt.date]:
    """The statutory holidays of ``year`` (the days the law gives, without the State Council's bridging)."""
    return sorted(_computed_holidays(year, False))


@lru_cache(maxsize=64)
def _package_covers(year: int) -> bool:
    """True if ``chinesecalendar`` has the official arrangement of ``year``."""
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@lru_cache(maxsize=64)
def _computed_holidays(year: int, observed: bool) -> dict[dt.date, str]:
    """Statutory holidays of ``year`` computed by the ``holidays`` package, with Chinese names."""
    table = holidays.China(years=year, observed=observed, language="zh_CN")
    return dict(table.items())


def _to_date(d: dt.date) -> dt.date:
    # datetime is a subclass of date: accept it but drop the time, so caches key on plain dates.
    if isinstance(d, dt.datetime):
        return d.date()
    return d


class WorkCalendar:
    """Working days, official holidays and make-up working days of mainland China.

    ``official_days`` is the admin table (see module docstring for precedence).  Instances are immutable
    after construction and cache their answers per day, so one calendar can be shared and asked many
    times (``suggest_slots`` asks once per candidate).
    """

    def __init__(self, official_days: Iterable[OfficialDay] = (), *, cache_size: int = 4096) -> None:
        table: dict[dt.date, OfficialDay] = {}
        for row in official_days:
            table[row.day] = row  # a later row for the same day replaces an earlier one
        self._table = table
        self._admin_years = frozenset(day.year for day in table)
        self._day_info = lru_cache(maxsize=cache_size)(self._classify)

    # --- public API -------------------------------------------------------------------------------------

    def day_info(self, d: dt.date) -> DayInfo:
        """Classify ``d`` (a ``datetime`` is reduced to its date)."""
        return self._day_info(_to_date(d))

    def is_holiday(self, d: dt.date) -> bool:
        """True on an official day off (statutory holiday, in-lieu day, weekend inside a holiday period)."""
        return self.day_info(d).kind == "holiday"

    def is_workday(self, d: dt.date) -> bool:
        """True on a working day, including a make-up working day on a weekend (调休上班)."""
        return self.day_info(d).kind in ("workday", "makeup_workday")

    def is_makeup_workday(self, d: dt.date) -> bool:
        """True on a Saturday/Sunday that is worked in exchange for a day off (调休上班)."""
        return self.day_info(d).kind == "makeup_workday"

    def is_weekend(self, d: dt.date) -> bool:
        """True on a Saturday or Sunday, whatever the holiday arrangement says."""
        return _to_date(d).weekday() >= 5

    def is_rest_weekend(self, d: dt.date) -> bool:
        """True on an ordinary Saturday/Sunday: not a holiday and not a make-up working day."""
        return self.day_info(d).kind == "weekend"

    def holiday_name(self, d: dt.date) -> str | None:
        """The holiday's Chinese name on an official day off, else ``None``."""
        info = self.day_info(d)
        return info.name if info.kind == "holiday" else None

    def is_covered(self, year: int) -> bool:
        """True if the official arrangement of ``year`` is known (packaged data or admin table)."""
        return year in self._admin_years or _package_covers(year)

    def coverage_warning(self, d: dt.date) -> str | None:
        """A Chinese warning if ``d``'s year is answered from computed holidays only, else ``None``."""
        year = _to_date(d).year
        if self.is_covered(year):
            return None
        return coverage_warning_text(year)

    # --- implementation ---------------------------------------------------------------------------------

    def _classify(self, d: dt.date) -> DayInfo:
        weekend = d.weekday() >= 5
        row = self._table.get(d)
        if row is not None:
            if row.kind == "holiday":
                return DayInfo(d, "holiday", row.name or "法定节假日", "admin")
            return DayInfo(d, "makeup_workday" if weekend else "workday", row.name or None, "admin")

        if _package_covers(d.year):
            if d in chinese_calendar.holidays:
                name = chinese_calendar.holidays[d]
                return DayInfo(d, "holiday", _CC_NAMES_ZH.get(name, name), "chinese_calendar")
            if d in chinese_calendar.workdays:
                if weekend:
                    name = chinese_calendar.workdays[d]
                    return DayInfo(
                        d, "makeup_workday", f"{_CC_NAMES_ZH.get(name, name)}调休上班", "chinese_calendar"
                    )
                return DayInfo(d, "workday", None, "chinese_calendar")
            return DayInfo(d, "weekend" if weekend else "workday", None, "chinese_calendar")

        # Not in the package.  When the admin entered this year, trust the admin rows for extra days off
        # and make-up days and only add the statutory days themselves (a safety net); otherwise use the
        # package's guess of in-lieu days as well (the safer side for a visit: fewer visiting days).
        observed = d.year not in self._admin_years
        name = _computed_holidays(d.year, observed).get(d)
        if name is not None:
            return DayInfo(d, "holiday", name, "computed")
        return DayInfo(d, "weekend" if weekend else "workday", None, "weekday")

    def __repr__(self) -> str:
        return f"WorkCalendar(official_days={len(self._table)} rows)"
