"""Builders for the visit tests and the visit benchmark: a fixed clock, drafts, stored visits."""

from __future__ import annotations

import datetime as dt

from desktop.models import Customer, User
from desktop.services.visits import VisitDraft, VisitService
from tests.services.followup_data import MovableClock, make_case

__all__ = ["MovableClock", "at", "draft", "make_case", "set_flag", "user_id", "visits"]


def at(day: dt.date | str, hh: int = 10, mm: int = 0) -> dt.datetime:
    """A naive branch-local datetime."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return dt.datetime.combine(day, dt.time(hh, mm))


def draft(case_id: int, start: dt.datetime, team: tuple[int, ...], *, minutes: int = 60,
          address: str = "北京市朝阳区建国路88号", **kw) -> VisitDraft:  # noqa: ANN003
    return VisitDraft(case_id=case_id, start=start, end=start + dt.timedelta(minutes=minutes), member_ids=team,
                      address=address, address_kind=kw.pop("address_kind", "home"), **kw)


def visits(world, actor=None, clock: MovableClock | None = None) -> VisitService:  # noqa: ANN001
    return VisitService(world.db, actor or world.collector, clock)


def user_id(world, login: str) -> int:  # noqa: ANN001
    with world.db.session_factory() as s:
        return s.query(User).filter_by(login=login).one().id


def set_flag(db, case_id: int, flag: str | None) -> None:  # noqa: ANN001
    from desktop.models import Case

    with db.session_factory.begin() as s:
        cust = s.get(Customer, s.get(Case, case_id).customer_id)
        cust.do_not_visit = flag
