"""The case list (案件): filters, search and sorting done in SQL, paged by keyset.

Views hold only the rows they have fetched (plain :class:`CaseRow` dataclasses). A collector's or
supervisor's queries are confined to their branch here, in the service, whatever the view asks for.

Search: digits look up contract numbers, the last four digits of ID and mobile, or a whole mobile number;
text of three or more characters uses the SQLite FTS5 trigram index (name, contract, addresses); one or two
characters (most Chinese given names) scan the indexed name column with LIKE, which stops as soon as a page
is full. On PostgreSQL every text search is an ILIKE.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, and_, func, or_, select, text
from sqlalchemy.orm import aliased

from desktop.models import Branch, Case, Customer, User
from desktop.models.crypto import lookup_hash
from desktop.models.enums import OPEN_STATUSES
from desktop.services import audit
from desktop.services.cases import can_see_all_branches
from desktop.services.context import Service
from desktop.services.permissions import Perm, requires

SORT_KEYS = {
    "contract_no": Case.contract_no,
    "customer_name": Case.customer_name,
    "bucket": Case.dpd,  # buckets sort as their days past due
    "dpd": Case.dpd,
    "overdue_total": Case.overdue_total,
    "status": Case.status,
    "risk_grade": Case.risk_grade,
    "next_action_date": Case.next_action_date,
    "id": Case.id,
}
_ROW_COLUMNS = (Case.id, Case.contract_no, Case.customer_name, Case.bucket, Case.dpd, Case.overdue_total,
                Case.status, Case.risk_grade, Case.next_action_date, Case.last_outcome, Case.version, Case.priority)
_ROW_KEYS = tuple(c.key for c in _ROW_COLUMNS)
# keyset paging needs non-null sort values; the others page by offset
_KEYSET = {"contract_no", "customer_name", "bucket", "dpd", "overdue_total", "id", "status"}


@dataclass(frozen=True)
class CaseQuery:
    text: str = ""
    buckets: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # empty: all open cases
    grades: tuple[str, ...] = ()
    collector_id: int | None = None
    unassigned: bool = False
    branch_id: int | None = None
    mine_only: bool = False
    sort: str = "overdue_total"
    descending: bool = True


@dataclass(frozen=True)
class CaseRow:
    id: int
    contract_no: str
    customer_name: str
    bucket: str
    dpd: int
    overdue_total: Decimal
    status: str
    risk_grade: str | None
    next_action_date: date | None
    last_outcome: str | None
    version: int
    priority: int
    mobile_masked: str
    collector: str | None
    branch: str
    sort_value: object = field(default=None, compare=False)


@dataclass(frozen=True)
class CaseSummary:
    count: int
    overdue_total: Decimal


class CaseListService(Service):
    @requires(Perm.CASE_VIEW)
    def page(
        self, q: CaseQuery, *, after: CaseRow | None = None, offset: int = 0, limit: int = 100
    ) -> list[CaseRow]:
        """One page of rows in the query's order; pass the last row of the previous page as ``after``."""
        key = q.sort if q.sort in SORT_KEYS else "overdue_total"
        col = SORT_KEYS[key]
        collector = aliased(User)
        stmt = (
            select(*_ROW_COLUMNS, Customer.mobile_masked, collector.display_name, Branch.name)
            .join(Customer, Customer.id == Case.customer_id)
            .join(Branch, Branch.id == Case.branch_id)
            .outerjoin(collector, collector.id == Case.assigned_to_id)
        )
        stmt = self._filtered(stmt, q)
        if after is not None and key in _KEYSET:
            v = after.sort_value
            if q.descending:
                stmt = stmt.where(or_(col < v, and_(col == v, Case.id < after.id)))
            else:
                stmt = stmt.where(or_(col > v, and_(col == v, Case.id > after.id)))
        elif offset:
            stmt = stmt.offset(offset)
        if q.descending:
            stmt = stmt.order_by(col.desc(), Case.id.desc())
        else:
            stmt = stmt.order_by(col.asc(), Case.id.asc())
        stmt = stmt.limit(limit)
        sort_pos = _ROW_KEYS.index(col.key)
        with self.db.engine.connect() as conn:  # plain rows, no ORM identity map: this is the hot path
            rows = conn.execute(stmt).all()
        return [
            CaseRow(*r[:12], r[12] or "", r[13], r[14], sort_value=r[sort_pos])
            for r in rows
        ]

    @requires(Perm.CASE_VIEW)
    def ids(self, q: CaseQuery, limit: int | None = None) -> list[int]:
        stmt = self._filtered(select(Case.id), q).order_by(Case.id)
        if limit:
            stmt = stmt.limit(limit)
        with self.read() as s:
            return list(s.scalars(stmt))

    @requires(Perm.CASE_VIEW)
    def summary(self, q: CaseQuery) -> CaseSummary:
        stmt = self._filtered(select(func.count(Case.id), func.coalesce(func.sum(Case.overdue_total), 0)), q)
        with self.read() as s:
            n, total = s.execute(stmt).one()
        return CaseSummary(int(n), Decimal(total).quantize(Decimal("0.01")))

    @requires(Perm.EXPORT_CASES)
    def export_rows(self, q: CaseQuery, *, chunk: int = 5000) -> Iterator[tuple]:
        """Every matching case in the query's order as export tuples (masked ID and mobile); audited."""
        from desktop.models import Loan
        from desktop.models.enums import CASE_STATUS_LABELS

        with self.tx() as s:
            audit.record(s, self.actor, "export.cases", detail=f"导出案件清单：{describe_query(s, q)}",
                         after={k: v for k, v in asdict(q).items() if v not in ("", (), None, False)})
        if q.sort not in _KEYSET:  # exports page by keyset: a non-null sort key
            q = replace(q, sort="overdue_total", descending=True)
        after = None
        while True:
            page = self.page(q, after=after, limit=chunk)
            if not page:
                return
            ids = [r.id for r in page]
            with self.read() as s:
                extra = dict((cid, (idm, dd)) for cid, idm, dd in s.execute(
                    select(Case.id, Customer.id_masked, Loan.data_date).join(Customer, Customer.id == Case.customer_id)
                    .join(Loan, Loan.id == Case.loan_id).where(Case.id.in_(ids))))
            for r in page:
                idm, dd = extra[r.id]
                yield (r.contract_no, r.customer_name, idm, r.mobile_masked, r.bucket, r.dpd, r.overdue_total,
                       CASE_STATUS_LABELS.get(r.status, r.status), r.collector or "", r.branch, dd)
            if len(page) < chunk:
                return
            after = page[-1]

    # -------------------------------------------------------------------------------------------------
    def _filtered(self, stmt: Select, q: CaseQuery) -> Select:
        actor = self.actor
        branch_id = q.branch_id
        if not can_see_all_branches(actor):
            branch_id = actor.branch_id  # scope: own branch only, whatever was asked
        if branch_id is not None:
            stmt = stmt.where(Case.branch_id == branch_id)
        stmt = stmt.where(Case.status.in_(q.statuses or OPEN_STATUSES))
        if q.buckets:
            stmt = stmt.where(Case.bucket.in_(q.buckets))
        if q.grades:
            stmt = stmt.where(Case.risk_grade.in_(q.grades))
        if q.mine_only:
            stmt = stmt.where(Case.assigned_to_id == actor.user_id)
        elif q.unassigned:
            stmt = stmt.where(Case.assigned_to_id.is_(None))
        elif q.collector_id is not None:
            stmt = stmt.where(Case.assigned_to_id == q.collector_id)
        t = (q.text or "").strip()
        if t:
            stmt = stmt.where(self._search(t))
        return stmt

    def _search(self, t: str):  # noqa: ANN202
        sqlite = self.db.is_sqlite
        compact = t.replace(" ", "").replace("-", "")
        tail = compact.replace("＊", "*").lstrip("*")
        if tail != compact and len(tail) == 4 and tail.isdigit():  # "****2749": the last four digits
            compact = tail
        masked = _MASKED_RE.fullmatch(compact.replace("＊", "*").upper())
        if masked:  # a masked mobile or ID number copied from the screen or an export: "138****5678"
            m = masked.group(0)
            col = (and_(Customer.mobile_last4 == m[-4:], Customer.mobile_masked == m) if len(m) == 11
                   else and_(Customer.id_last4 == m[-4:], Customer.id_masked == m))
            return Case.customer_id.in_(select(Customer.id).where(col))
        if compact.isdigit():
            conds = []
            if len(compact) == 11:
                conds.append(Case.customer_id.in_(select(Customer.id).where(Customer.mobile_hash == lookup_hash(compact))))
            if len(compact) == 18:
                conds.append(Case.customer_id.in_(select(Customer.id).where(Customer.id_hash == lookup_hash(compact))))
            if len(compact) == 4:
                conds.append(Case.customer_id.in_(select(Customer.id).where(
                    or_(Customer.mobile_last4 == compact, Customer.id_last4 == compact))))
            if sqlite and len(compact) >= 3:
                conds.append(_fts("case_fts", f'contract : "{compact}"'))
            else:
                conds.append(Case.contract_no.like(f"%{compact}%"))
            return or_(*conds)
        if t[-1] in "xX" and t[:-1].isdigit() and len(t) in (4, 18):
            col = Customer.id_last4 == t.upper() if len(t) == 4 else Customer.id_hash == lookup_hash(t.upper())
            return Case.customer_id.in_(select(Customer.id).where(col))
        if sqlite and len(t) >= 3:
            return _fts("case_fts", '"' + t.replace('"', '""') + '"')
        if sqlite and all(not ch.isascii() for ch in t):  # one or two CJK characters: the per-character index
            return _fts("case_name_fts", '"' + " ".join(t).replace('"', '""') + '"')
        pattern = f"%{_escape_like(t)}%"
        if len(t) < 3:
            return Case.customer_name.like(pattern, escape="\\")
        addr = select(Customer.id).where(or_(Customer.home_address.ilike(pattern, escape="\\"),
                                             Customer.work_address.ilike(pattern, escape="\\")))
        return or_(Case.customer_name.ilike(pattern, escape="\\"), Case.contract_no.ilike(pattern, escape="\\"),
                   Case.customer_id.in_(addr))


def describe_query(s, q: CaseQuery) -> str:  # noqa: ANN001
    """The filters of a case-list query in words (the audit log's detail), e.g. 「逾期段 M1、M2；搜索“王”」."""
    from desktop.models.enums import CASE_STATUS_LABELS

    parts = []
    if q.branch_id is not None:
        parts.append(f"营业部 {s.scalar(select(Branch.name).where(Branch.id == q.branch_id)) or q.branch_id}")
    if q.buckets:
        parts.append(f"逾期段 {'、'.join(q.buckets)}")
    if q.statuses:
        parts.append(f"状态 {'、'.join(CASE_STATUS_LABELS.get(x, x) for x in q.statuses)}")
    if q.grades:
        parts.append(f"风险等级 {'、'.join(q.grades)}")
    if q.mine_only:
        parts.append("只看我的案件")
    elif q.unassigned:
        parts.append("未分派")
    elif q.collector_id is not None:
        parts.append(f"催收员 {s.scalar(select(User.display_name).where(User.id == q.collector_id)) or q.collector_id}")
    if q.text:
        parts.append(f"搜索“{q.text}”")
    return "；".join(parts) or "全部未结案件"


# 138****5678 (mobile) and 110105********1234 (ID number): as mask_mobile / mask_id show them
_MASKED_RE = re.compile(r"[0-9]{3}\*{4}[0-9]{4}|[0-9]{6}\*{8}[0-9]{3}[0-9X]")


def _fts(table: str, query: str):  # noqa: ANN202
    return Case.id.in_(select(text("rowid")).select_from(text(table)).where(
        text(f"{table} MATCH :q").bindparams(q=query)))


def _escape_like(t: str) -> str:
    return t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
