"""The compliance rules' messages in the UI language.

:mod:`desktop.services.compliance` speaks Chinese: every ``Violation`` carries a Chinese ``message`` and
``fix`` plus the ``params`` they were built from, every ``CheckWarning`` a Chinese ``message`` and its
``params``.  In the Chinese UI these texts are shown unchanged.  In the English UI :func:`violation_texts` and
:func:`warning_text` rebuild the sentences from ``rule_id`` / ``code`` and ``params`` through
``QCoreApplication.translate("RuleTexts", …)`` (literal calls, so the translation extractor sees them).

Whatever cannot be rebuilt — an unknown rule, case or warning code, a missing or malformed parameter — falls
back to the service's own Chinese text for that part (message or fix); nothing here raises.

A few fixes name a value the service computes but does not put in ``params`` (the visiting window in the
quiet-hours fix, the suggested date of the case-frequency fix) or that the visit service appends to the
fix (an override without reason, an approver who may not approve).  Those values are read from the
service's fix with strict patterns; when the wording does not match, a shorter English fix built from
``params`` alone is used, or the Chinese fix.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

__all__ = ["ui_is_chinese", "violation_texts", "warning_text"]


class _Fallback(Exception):
    """The params do not allow an English sentence: use the service's text."""


# --- language --------------------------------------------------------------------------------------------


def ui_is_chinese() -> bool:
    """True when the installed catalogue is the Chinese one (then the service's texts are shown as they are).

    The zh_CN catalogue translates the marker to ``zh_CN``; English has no catalogue entry for it (the source
    is returned).  A Chinese catalogue built before this module existed lacks the marker: then an
    established dialog string that it does translate tells."""
    marker = QCoreApplication.translate("RuleTexts", "LANG_MARKER")
    if marker != "LANG_MARKER":
        return marker == "zh_CN"
    return QCoreApplication.translate("VisitDialog", "Must fix") != "Must fix"


# --- helpers ---------------------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"%(\d)")
_HM = re.compile(r"\d{2}:\d{2}")
_YMD = re.compile(r"\d{4}-\d{2}-\d{2}")
_YMDHM = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


def _fill(text: str, *values: object) -> str:
    """Replace %1, %2… in one pass (a value containing "%2" is not replaced again)."""

    def sub(m: re.Match[str]) -> str:
        i = int(m.group(1)) - 1
        return str(values[i]) if 0 <= i < len(values) else m.group(0)

    return _PLACEHOLDER.sub(sub, text)


def _get(params: dict[str, Any], key: str, pattern: re.Pattern[str] | None = None) -> Any:  # noqa: ANN401
    if not isinstance(params, dict) or key not in params or params[key] is None:
        raise _Fallback(key)
    value = params[key]
    if pattern is not None and not (isinstance(value, str) and pattern.fullmatch(value)):
        raise _Fallback(key)
    return value


def _int(params: dict[str, Any], key: str) -> int:
    value = _get(params, key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Fallback(key)
    return value


def _list(params: dict[str, Any], key: str) -> list[Any]:
    value = _get(params, key)
    if not isinstance(value, list):
        raise _Fallback(key)
    return value


def _when(value: str) -> dt.datetime:
    return dt.datetime.strptime(value, "%Y-%m-%d %H:%M")


def _shown_end(start: str, end: str) -> str:
    """Like the service: the end's time of day, with its date when it is on another day than the start."""
    return end[11:] if end[:10] == start[:10] else end


def _duration(minutes: int) -> str:
    sign = "-" if minutes < 0 else ""
    hours, mins = divmod(abs(minutes), 60)
    if hours and mins:
        return sign + _fill(QCoreApplication.translate("RuleTexts", "%1 h %2 min"), hours, mins)
    if hours:
        return sign + _fill(QCoreApplication.translate("RuleTexts", "%1 h"), hours)
    return sign + _fill(QCoreApplication.translate("RuleTexts", "%1 min"), mins)


def _sep() -> str:
    return QCoreApplication.translate("RuleTexts", ", ")


def _person(entry: Any) -> str:  # noqa: ANN401
    """A collector from a ``{"id", "name"}`` entry: the name, or ``#id`` without one (as the service)."""
    if not isinstance(entry, dict) or "id" not in entry:
        raise _Fallback("collector")
    name = entry.get("name")
    return str(name) if name else f"#{entry['id']}"


def _people(entries: Any) -> str:  # noqa: ANN401
    if not isinstance(entries, list) or not entries:
        raise _Fallback("collectors")
    return _sep().join(_person(e) for e in entries)


def _weekday(day: str) -> str:
    d = dt.date.fromisoformat(day)
    if d.weekday() == 5:
        return QCoreApplication.translate("RuleTexts", "Saturday")
    if d.weekday() == 6:
        return QCoreApplication.translate("RuleTexts", "Sunday")
    raise _Fallback("weekday")


def _holiday_name(name: Any) -> str | None:  # noqa: ANN401
    """English name of a holiday the calendar names in Chinese; None for the generic or an unknown name."""
    if not isinstance(name, str):
        return None
    base, in_lieu = (name[:-4], True) if name.endswith("（补假）") else (name, False)
    names = {
        "元旦": QCoreApplication.translate("RuleTexts", "New Year's Day"),
        "农历除夕": QCoreApplication.translate("RuleTexts", "Chinese New Year's Eve"),
        "春节": QCoreApplication.translate("RuleTexts", "Spring Festival"),
        "清明节": QCoreApplication.translate("RuleTexts", "Qingming Festival"),
        "劳动节": QCoreApplication.translate("RuleTexts", "Labour Day"),
        "端午节": QCoreApplication.translate("RuleTexts", "Dragon Boat Festival"),
        "中秋节": QCoreApplication.translate("RuleTexts", "Mid-Autumn Festival"),
        "国庆节": QCoreApplication.translate("RuleTexts", "National Day"),
    }
    english = names.get(base)
    if english is None:
        return None
    return _fill(QCoreApplication.translate("RuleTexts", "%1, day off in lieu"), english) if in_lieu else english


# The visit service appends these to the fix of an overridable rule (VisitService._run).
_NEEDS_REASON = "；例外上门须填写原因"
_NOT_APPROVER = re.compile(r"；(.+) 不是本营业部在岗主管或经理，不能批准$")


def _service_additions(fix: str) -> tuple[str, list[str]]:
    """Split what the visit service added to an overridable rule's fix; English sentences for it."""
    extra: list[str] = []
    if fix.endswith(_NEEDS_REASON):
        fix = fix[: -len(_NEEDS_REASON)]
        extra.append(QCoreApplication.translate("RuleTexts", "An exception needs a reason."))
    m = _NOT_APPROVER.search(fix)
    if m:
        fix = fix[: m.start()]
        extra.append(_fill(QCoreApplication.translate(
            "RuleTexts", "%1 is not an active supervisor or manager of this branch and cannot approve."),
            m.group(1)))
    if "；" in fix:  # something else was added: the English fix would leave it out
        raise _Fallback("fix additions")
    return fix, extra


def _with(fix: str, extra: list[str]) -> str:
    return " ".join([fix, *extra])


# --- the rules -------------------------------------------------------------------------------------------
# Each returns (message, fix); either may be None for "use the service's text".

Texts = tuple[str | None, str | None]


def _end_after_start(v: Any) -> Texts:  # noqa: ANN401
    p = v.params
    return (
        _fill(QCoreApplication.translate("RuleTexts", "The end time %1 is not later than the start time %2."),
              _get(p, "end", _YMDHM), _get(p, "start", _YMDHM)),
        QCoreApplication.translate("RuleTexts", "Set the end time after the start time."),
    )


def _start_in_future(v: Any) -> Texts:  # noqa: ANN401
    return (
        _fill(QCoreApplication.translate(
            "RuleTexts", "The start time %1 has passed; visits can only be planned ahead."),
            _get(v.params, "start", _YMDHM)),
        QCoreApplication.translate(
            "RuleTexts", "Move the visit to a later time; record a visit that took place as a contact result "
                         "in the case."),
    )


_QUIET_FIX = re.compile(r"改到 (\d{2}:\d{2})–(\d{2}:\d{2}) 之间；")


def _quiet_hours(v: Any) -> Texts:  # noqa: ANN401
    p = v.params
    qs, qe = _get(p, "quiet_start", _HM), _get(p, "quiet_end", _HM)
    start, end = _get(p, "start", _YMDHM), _get(p, "end", _YMDHM)
    part = _get(p, "part")
    if part == "start":
        message = _fill(QCoreApplication.translate("RuleTexts", "The visit starts at %1, inside the quiet hours "
                                                                "%2–%3."), start[11:], qs, qe)
    elif part == "end":
        message = _fill(QCoreApplication.translate("RuleTexts", "The visit ends at %1, inside the quiet hours "
                                                                "%2–%3."), _shown_end(start, end), qs, qe)
    else:
        raise _Fallback("part")
    m = _QUIET_FIX.match(v.fix or "")
    if m:  # the visiting window is in the service's fix only
        fix = _fill(QCoreApplication.translate(
            "RuleTexts", "Move it between %1 and %2. The quiet hours %3–%4 allow no exception."),
            m.group(1), m.group(2), qs, qe)
    else:
        fix = _fill(QCoreApplication.translate(
            "RuleTexts", "Move it out of the quiet hours %1–%2. No exception can be approved."), qs, qe)
    return message, fix


def _visiting_window(v: Any) -> Texts:  # noqa: ANN401
    p = v.params
    ws, we = _get(p, "window_start", _HM), _get(p, "window_end", _HM)
    start, end = _get(p, "start", _YMDHM), _get(p, "end", _YMDHM)
    part = _get(p, "part")
    if part == "start_early":
        message = _fill(QCoreApplication.translate(
            "RuleTexts", "The visit starts at %1, before the visiting hours %2–%3."), start[11:], ws, we)
    elif part == "start_late":
        message = _fill(QCoreApplication.translate(
            "RuleTexts", "The visit starts at %1, after the visiting hours %2–%3."), start[11:], ws, we)
    elif part == "end_late":
        message = _fill(QCoreApplication.translate(
            "RuleTexts", "The visit ends at %1, after the visiting hours %2–%3."), _shown_end(start, end), ws, we)
    else:
        raise _Fallback("part")
    try:
        _, extra = _service_additions(v.fix or "")
    except _Fallback:
        return message, None
    fix = _fill(QCoreApplication.translate(
        "RuleTexts", "Move it between %1 and %2, or record the customer's agreement and a supervisor's "
                     "approval."), ws, we)
    agreed, approved = bool(p.get("customer_agreed")), bool(p.get("supervisor_approved"))
    if agreed and not approved:
        extra.insert(0, QCoreApplication.translate(
            "RuleTexts", "The customer's agreement is recorded; the supervisor's approval is missing."))
    elif approved and not agreed:
        extra.insert(0, QCoreApplication.translate(
            "RuleTexts", "The supervisor's approval is recorded; the customer's agreement is missing."))
    return message, _with(fix, extra)


def _team_size(v: Any) -> Texts:  # noqa: ANN401
    count, least = _int(v.params, "count"), _int(v.params, "min")
    return (
        _fill(QCoreApplication.translate("RuleTexts", "The team has %1 collector(s); a visit needs at least %2."),
              count, least),
        _fill(QCoreApplication.translate("RuleTexts", "Add %1 more active collector(s) of this branch."),
              least - count),
    )


def _team_active(v: Any) -> Texts:  # noqa: ANN401
    p = v.params
    inactive, missing = _list(p, "inactive"), _list(p, "missing")
    parts = []
    if inactive:
        parts.append(_fill(QCoreApplication.translate("RuleTexts", "Deactivated collector(s): %1."),
                           _people(inactive)))
    if missing:
        parts.append(_fill(QCoreApplication.translate("RuleTexts", "Unknown collector(s): %1."),
                           _sep().join(f"#{i}" for i in missing)))
    if not parts:
        raise _Fallback("team_active")
    return " ".join(parts), QCoreApplication.translate("RuleTexts", "Choose active collectors of this branch.")


def _team_branch(v: Any) -> Texts:  # noqa: ANN401
    # params carry branch ids only, not the branch names the Chinese text shows: the English names none
    return (
        _fill(QCoreApplication.translate("RuleTexts", "Not from the case's branch: %1."),
              _people(_list(v.params, "collectors"))),
        QCoreApplication.translate("RuleTexts", "Choose active collectors of the case's branch."),
    )


def _advance_notice(v: Any) -> Texts:  # noqa: ANN401
    p = v.params
    hours = _int(p, "hours")
    case = _get(p, "case")
    if case == "missing_at_start":
        return (
            _fill(QCoreApplication.translate(
                "RuleTexts", "No notice is recorded, so the visit cannot start (notice is due at least %1 h "
                             "before the start)."), hours),
            _fill(QCoreApplication.translate(
                "RuleTexts", "Record the notice and move the visit to at least %1 h after it."), hours),
        )
    if case == "too_late_to_notify":
        return (
            _fill(QCoreApplication.translate(
                "RuleTexts", "No notice is recorded, and it is too late: for a start at %1 the customer had to "
                             "be notified by %2 (%3 h ahead)."),
                _get(p, "start", _YMDHM), _get(p, "deadline", _YMDHM), hours),
            _fill(QCoreApplication.translate(
                "RuleTexts", "Notify the customer now and move the start to %1 or later."),
                _get(p, "earliest_start", _YMDHM)),
        )
    if case == "too_short":
        return (
            _fill(QCoreApplication.translate(
                "RuleTexts", "The notice was recorded at %1, only %2 before the start at %3; at least %4 h are "
                             "required."),
                _get(p, "notice_at", _YMDHM), _duration(_int(p, "notice_minutes")), _get(p, "start", _YMDHM),
                hours),
            _fill(QCoreApplication.translate("RuleTexts", "Move the start to %1 or later."),
                  _get(p, "earliest_start", _YMDHM)),
        )
    raise _Fallback("case")


def _holiday(v: Any) -> Texts:  # noqa: ANN401
    listed = []
    for entry in _list(v.params, "days"):
        if not isinstance(entry, dict):
            raise _Fallback("days")
        day = _get(entry, "day", _YMD)
        name = _holiday_name(entry.get("name"))
        listed.append(f"{day} ({name})" if name else day)
    if not listed:
        raise _Fallback("days")
    message = _fill(QCoreApplication.translate("RuleTexts", "Official day off, no visits: %1."), _sep().join(listed))
    nxt = v.params.get("next_workday")
    if nxt is None:
        fix = QCoreApplication.translate("RuleTexts", "Move it to a working day.")
    else:
        fix = _fill(QCoreApplication.translate("RuleTexts", "Move it to a working day, e.g. %1."),
                    _get(v.params, "next_workday", _YMD))
    return message, fix


def _weekend(v: Any) -> Texts:  # noqa: ANN401
    days = _list(v.params, "days")
    if not days:
        raise _Fallback("days")
    listed = _sep().join(f"{_get({'d': d}, 'd', _YMD)} ({_weekday(d)})" for d in days)
    nxt = v.params.get("next_workday")
    if nxt is not None:
        _get(v.params, "next_workday", _YMD)
    if v.severity == "hard":
        message = _fill(QCoreApplication.translate(
            "RuleTexts", "Weekend, not a make-up working day: %1. This branch does not visit at weekends."), listed)
        fix = (_fill(QCoreApplication.translate("RuleTexts", "Move it to a working day, e.g. %1."), nxt) if nxt
               else QCoreApplication.translate("RuleTexts", "Move it to a working day."))
        return message, fix
    message = _fill(QCoreApplication.translate(
        "RuleTexts", "Weekend, not a make-up working day: %1. A visit needs the customer's agreement."), listed)
    try:
        _, extra = _service_additions(v.fix or "")
    except _Fallback:
        return message, None
    fix = (_fill(QCoreApplication.translate(
        "RuleTexts", "Move it to a working day, e.g. %1, or record the customer's agreement to a weekend visit."), nxt)
        if nxt else QCoreApplication.translate(
        "RuleTexts", "Move it to a working day, or record the customer's agreement to a weekend visit."))
    return message, _with(fix, extra)


_FREQ_LATER = re.compile(r"改到 (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) 或以后，")
_FREQ_EARLIER = re.compile(r"改到 (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) 或之前，")
_FREQ_OTHER = re.compile(r"另选日期（可用“推荐时段”），")


def _case_frequency(v: Any) -> Texts:  # noqa: ANN401
    p = v.params
    days, limit, count = _int(p, "days"), _int(p, "limit"), _int(p, "count")
    visits = _list(p, "visits")
    if not visits or not all(isinstance(x, dict) for x in visits):
        raise _Fallback("visits")
    listed = _sep().join(_get(x, "start", _YMDHM) for x in visits)
    message = _fill(QCoreApplication.translate(
        "RuleTexts", "At most %1 visit(s) of the case in any %2 days: visits on %3 already, %4 with this one."),
        limit, days, listed, count)
    # where to move it depends on the proposed start, which the params do not hold: read the service's fix
    fix_text = v.fix or ""
    if m := _FREQ_LATER.match(fix_text):
        fix = _fill(QCoreApplication.translate(
            "RuleTexts", "Move it to %1 or later (at most %2 visit(s) of the case in any %3 days)."),
            m.group(1), limit, days)
    elif m := _FREQ_EARLIER.match(fix_text):
        fix = _fill(QCoreApplication.translate(
            "RuleTexts", "Move it to %1 or earlier (at most %2 visit(s) of the case in any %3 days)."),
            m.group(1), limit, days)
    elif _FREQ_OTHER.match(fix_text):
        fix = _fill(QCoreApplication.translate(
            "RuleTexts", "Choose another date, e.g. with Suggest slots (at most %1 visit(s) of the case in any "
                         "%2 days)."), limit, days)
    else:
        fix = None
    return message, fix


def _collector_daily_cap(v: Any) -> Texts:  # noqa: ANN401
    p = v.params
    entries = _list(p, "collectors")
    if not entries:
        raise _Fallback("collectors")
    listed = _sep().join(
        _fill(QCoreApplication.translate("RuleTexts", "%1 already has %2"), _person(e), _int(e, "count"))
        for e in entries)
    return (
        _fill(QCoreApplication.translate(
            "RuleTexts", "On %1 %2; this visit exceeds the daily limit of %3 visits per collector."),
            _get(p, "day", _YMD), listed, _int(p, "limit")),
        QCoreApplication.translate("RuleTexts", "Choose another collector or another date."),
    )


def _conflicts(p: dict[str, Any]) -> list[dict[str, Any]]:
    conflicts = _list(p, "conflicts")
    if not conflicts or not all(isinstance(c, dict) for c in conflicts):
        raise _Fallback("conflicts")
    return conflicts


def _collector_overlap(v: Any) -> Texts:  # noqa: ANN401
    p = v.params
    start, end = _get(p, "start", _YMDHM), _get(p, "end", _YMDHM)
    listed = "; ".join(
        _fill(QCoreApplication.translate("RuleTexts", "%1 at %2–%3"), _people(c.get("collectors")),
              _get(c, "start", _YMDHM)[11:], _get(c, "end", _YMDHM)[11:])
        for c in _conflicts(p))
    return (
        _fill(QCoreApplication.translate(
            "RuleTexts", "Collector already booked at that time: %1 (this visit: %2–%3)."),
            listed, start[11:], end[11:]),
        QCoreApplication.translate("RuleTexts", "Choose another time or another collector."),
    )


def _travel_buffer(v: Any) -> Texts:  # noqa: ANN401
    p = v.params
    buffer = _int(p, "buffer_min")
    start = _when(_get(p, "start", _YMDHM))
    conflicts = _conflicts(p)
    listed = "; ".join(
        _fill(QCoreApplication.translate("RuleTexts", "%1 at %2–%3 (%4 apart)"), _people(c.get("collectors")),
              _get(c, "start", _YMDHM)[11:], _get(c, "end", _YMDHM)[11:], _duration(_int(c, "gap_min")))
        for c in conflicts)
    message = _fill(QCoreApplication.translate(
        "RuleTexts", "Less than the %1 min travel time to a visit at another address: %2."), buffer, listed)
    ends = [_when(c["end"]) for c in conflicts]
    before = [e for e in ends if e <= start]
    after = [_when(c["start"]) for c, e in zip(conflicts, ends, strict=True) if e > start]
    gap = dt.timedelta(minutes=buffer)
    if before and not after:
        fix = _fill(QCoreApplication.translate(
            "RuleTexts", "Start at %1 or later, %2 min after the visit at another address."),
            f"{max(before) + gap:%H:%M}", buffer)
    elif after and not before:
        fix = _fill(QCoreApplication.translate(
            "RuleTexts", "End by %1, %2 min before the visit at another address."), f"{min(after) - gap:%H:%M}", buffer)
    else:
        fix = _fill(QCoreApplication.translate(
            "RuleTexts", "Choose another time or another collector, %1 min apart from visits at other addresses."),
            buffer)
    return message, fix


def _do_not_visit(v: Any) -> Texts:  # noqa: ANN401
    reason = _get(v.params, "reason")
    reasons = {
        "complaint_review": QCoreApplication.translate("RuleTexts", "complaint under review"),
        "legal_proceedings": QCoreApplication.translate("RuleTexts", "legal proceedings started"),
        "deceased": QCoreApplication.translate("RuleTexts", "customer deceased"),
        "hardship_plan": QCoreApplication.translate("RuleTexts", "hardship repayment plan in good standing"),
    }
    label = reasons.get(reason) or str(v.params.get("reason_label") or reason)  # free text is shown as it is
    return (
        _fill(QCoreApplication.translate("RuleTexts", "The case is marked do-not-visit: %1."), label),
        QCoreApplication.translate(
            "RuleTexts", "Plan a visit once the reason is resolved and a supervisor has removed the mark."),
    )


def _no_address(v: Any) -> Texts:  # noqa: ANN401
    has = _get(v.params, "case_has_address")
    if not isinstance(has, bool):
        raise _Fallback("case_has_address")
    message = (QCoreApplication.translate("RuleTexts", "The visit address is empty.") if has
               else QCoreApplication.translate("RuleTexts", "The case has no visiting address on record."))
    return message, QCoreApplication.translate(
        "RuleTexts", "Enter the customer's address in the case first, then plan the visit.")


_RULES: dict[str, Callable[[Any], Texts]] = {
    "do_not_visit": _do_not_visit,
    "no_address": _no_address,
    "end_after_start": _end_after_start,
    "start_in_future": _start_in_future,
    "quiet_hours": _quiet_hours,
    "visiting_window": _visiting_window,
    "team_size": _team_size,
    "team_active": _team_active,
    "team_branch": _team_branch,
    "advance_notice": _advance_notice,
    "holiday": _holiday,
    "weekend": _weekend,
    "case_frequency_7d": _case_frequency,
    "case_frequency_30d": _case_frequency,
    "collector_daily_cap": _collector_daily_cap,
    "collector_overlap": _collector_overlap,
    "travel_buffer": _travel_buffer,
}


def violation_texts(v: Any) -> tuple[str, str]:  # noqa: ANN401 - compliance.Violation
    """``(message, fix)`` of a violation in the UI language (the fix without a "Fix:" label)."""
    message, fix = getattr(v, "message", "") or "", getattr(v, "fix", "") or ""
    build = _RULES.get(getattr(v, "rule_id", None))
    if build is None or ui_is_chinese():
        return message, fix
    try:
        en_message, en_fix = build(v)
    except Exception:  # noqa: BLE001 - unexpected params: the service's text is still right
        return message, fix
    return en_message or message, en_fix or fix


# --- warnings --------------------------------------------------------------------------------------------


def _notice_pending(p: dict[str, Any]) -> str:
    return _fill(QCoreApplication.translate(
        "RuleTexts", "No notice recorded yet: notify the customer by %1 (at least %2 h before the start)."),
        _get(p, "deadline", _YMDHM), _int(p, "hours"))


def _calendar_not_entered(p: dict[str, Any]) -> str:
    return _fill(QCoreApplication.translate(
        "RuleTexts", "The official holiday arrangement for %1 has not been entered; computed statutory holidays "
                     "are used. An administrator can enter it in Settings."), _int(p, "year"))


def _notice_future(p: dict[str, Any]) -> str:
    return QCoreApplication.translate(
        "RuleTexts", "The notice time is in the future: enter the time the customer was actually notified.")


_WARNINGS: dict[str, Callable[[dict[str, Any]], str]] = {
    "notice_pending": _notice_pending,
    "calendar_not_entered": _calendar_not_entered,
    "notice_future": _notice_future,  # added by VisitService.check
}


def warning_text(w: Any) -> str:  # noqa: ANN401 - compliance.CheckWarning
    """A warning's text in the UI language."""
    message = getattr(w, "message", "") or ""
    build = _WARNINGS.get(getattr(w, "code", None))
    if build is None or ui_is_chinese():
        return message
    try:
        return build(getattr(w, "params", None) or {}) or message
    except Exception:  # noqa: BLE001
        return message
