"""The customer timeline's detail lines in English.

The timeline service writes its details in Chinese (they are data: the command line prints them). The Chinese
interface shows them as they are; the English one builds them here from each entry's ``params``, keeping what
staff typed (notes, purposes, goals, reasons, addresses) as it was written. An entry this module does not know
keeps the service's text.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop.services.timeline import TimelineEntry
from desktop.views.common import fmt_date, fmt_dt, labels, money
from desktop.views.followup_labels import fl

_CONDUCT = {"id_shown": "staff card not shown", "recording": "not recorded throughout",
            "no_entry": "entering only with consent not confirmed"}
_CONTACT_SOURCE = {"visit": "learnt at a visit", "staff": "entered by staff"}


def _join(*parts: str | None) -> str:
    return "; ".join(p for p in parts if p)


def _day(value: Any) -> str:  # noqa: ANN401
    return fmt_date(value) if isinstance(value, date) else ""


def detail_in_english(e: TimelineEntry) -> str:  # noqa: C901, PLR0911, PLR0912
    """The entry's detail in English, or the service's (Chinese) detail when the entry is not known here."""
    p = e.params
    L = fl()  # noqa: N806
    if e.key == "outcome":
        text = _join(L.met(p.get("met")) if p.get("channel") == "visit" or p.get("met") != "nobody"
                     else "Nobody answered",
                     f"attitude {L.attitude(p.get('attitude')).lower()}" if p.get("attitude") else None,
                     None if p.get("conduct_missing") is None else "conduct: " + (
                         ", ".join(_CONDUCT.get(c, c) for c in p["conduct_missing"]) or "all kept"),
                     f"recording {p['recording']}" if p.get("recording") else None,
                     "next: " + L.next_action(p.get("next_action")) + (
                         f" ({_day(p.get('next_date'))})" if p.get("next_date") else "")
                     if p.get("next_action") else None)
        return text + (f"\n{p['notes']}" if p.get("notes") else "")
    if e.key == "visit":
        return _join(p.get("address"), f"team: {(p.get('team') or '—').replace('、', ', ')}",
                     f"purpose: {p['purpose']}" if p.get("purpose") else None,
                     f"cancelled because: {p['cancel_reason']}" if p.get("cancel_reason") else None)
    if e.key == "visit.notice":
        start = p.get("start")
        return f"visit at {fmt_dt(start)}" if isinstance(start, datetime) else e.detail
    if e.key == "assessment":
        text = "recommended: " + labels().action(p.get("recommended"))
        if p.get("chosen") and p.get("chosen") != p.get("recommended"):
            text += f"; chosen: {labels().action(p.get('chosen'))} (reason: {p.get('reason') or '—'})"
        return text + ("; bulk assessment" if p.get("bulk") else "")
    if e.key == "plan.created":
        return _join(f"to repay {money(p['total'])}" if p.get("total") is not None else None,
                     (f"{p['count']} installments" if p.get("count") != 1 else "1 installment")
                     + (f", first due {_day(p.get('first_due'))}" if p.get("first_due") else "")
                     if p.get("count") else None,
                     f"waiver {money(p['waived'])}" if p.get("waived") else None, p.get("goals"))
    if e.key == "plan.rejected":
        return f"reason: {p.get('reason') or '—'}"
    if e.key == "payment":
        return _join(f"transaction {p.get('txn')}", "imported" if p.get("source") == "import" else "recorded")
    if e.key == "import.update":
        parts = []
        if p.get("dpd_before") is not None and p.get("dpd_before") != p.get("dpd_after"):
            parts.append(f"days past due {p['dpd_before']} → {p['dpd_after']}")
        if p.get("total_before") is not None and p.get("total_before") != p.get("total_after"):
            parts.append(f"overdue total {money(p['total_before'])} → {money(p['total_after'])}")
        text = "; ".join(parts) or "loan details updated"
        return text + (f" (data date {_day(p['data_date'])})" if p.get("data_date") else "")
    if e.key == "contact":
        source = _CONTACT_SOURCE.get(p.get("source") or "", p.get("source") or "")
        return f"{p.get('value', '')} ({source})" if source else str(p.get("value", e.detail))
    if e.key == "case.opened":
        return f"contract {p.get('contract')}" if p.get("contract") else e.detail
    return e.detail  # notes, complaints, resolutions: what staff wrote
