"""Import the core lending system's overdue export (逾期客户明细): upsert customers, loans and cases.

One transaction for the whole file: all or nothing unless ``skip_invalid``. ``dry_run`` runs the very same
work and rolls it back, so its counts are exact. Customers are matched by ID number (through the keyed
hash: the number itself is stored encrypted), loans by contract number; re-importing updates the loan's
figures and the customer's contact fields and never touches what staff entered (assessments, plans, visits,
outcomes, notes, assignment). Rows are compared and written in chunks; on SQLite a helper thread writes each
chunk (one ``UPDATE … FROM (VALUES …)`` per table) while the next one is compared, elsewhere Core executemany
statements write it. Each changed loan gets a :class:`LoanSnapshot` (the customer timeline shows them) and the
batch one audit event.
"""

from __future__ import annotations

import json
import queue
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import ARRAY, and_, any_, bindparam, func, select, update

from desktop.models import (
    Branch,
    Case,
    ContactPoint,
    Customer,
    ImportBatch,
    Loan,
    LoanSnapshot,
    Setting,
    User,
)
from desktop.models.base import utcnow
from desktop.models.crypto import customer_pii, lookup_hash, mask_mobile
from desktop.models.enums import OPEN_STATUSES, bucket_for_dpd
from desktop.services import audit
from desktop.services.cases import can_see_all_branches
from desktop.services.context import BRANCH_TZ, Service
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.import_parse import (
    FileFormatError,
    ImportCancelled,
    ParsedRow,
    ParseResult,
    RowError,
    gc_paused,
    parse_overdue_file,
)
from desktop.services.permissions import Perm, requires

CHUNK = 2000
# the core system's spelling of an existing branch (e.g. 朝阳营业部 for 北京朝阳营业部) → that branch's id: chosen
# once in the import wizard, then every later import files those rows under the existing branch
BRANCH_ALIASES = "branch_aliases"
# what changes from one day to the next, and what seldom does (written only where it differs)
_FAST = ("outstanding_principal", "overdue_principal", "overdue_interest", "penalty_interest", "overdue_total", "dpd")
_SLOW = ("product", "loan_amount", "first_overdue_date", "last_payment_date", "reason_text", "reason_category")

_CUSTOMER_COLS = ("id", "id_hash", "name", "mobile_hash", "home_address", "work_address", "employer")

Progress = Callable[[int, int], Any]


class ImportFileError(ValidationError):
    """The file cannot be read as an overdue export (exit code 2)."""


@dataclass
class ImportSummary:
    file_name: str
    sha256: str
    data_date: date
    data_date_source: str
    total_rows: int
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid: int = 0
    closed: int = 0
    reopened: int = 0
    new_customers: int = 0
    new_branches: list[str] = field(default_factory=list)
    mapped_branches: dict[str, str] = field(default_factory=dict)  # the file's name → the existing branch used
    ignored_columns: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    batch_id: int | None = None
    imported_before: tuple[int, datetime, str | None] | None = None  # batch id, when, who
    older_than: date | None = None  # the newest data date imported before, when this file's is earlier

    @property
    def stopped_by_errors(self) -> bool:
        return bool(self.errors) and not self.written and not self.dry_run

    def as_dict(self) -> dict:
        return {
            "file": self.file_name, "sha256": self.sha256, "data_date": self.data_date.isoformat(),
            "data_date_source": self.data_date_source, "rows": self.total_rows, "new": self.new,
            "updated": self.updated, "unchanged": self.unchanged, "invalid": self.invalid, "closed": self.closed,
            "reopened": self.reopened, "new_customers": self.new_customers, "new_branches": self.new_branches,
            "mapped_branches": self.mapped_branches,
            "ignored_columns": self.ignored_columns, "dry_run": self.dry_run, "written": self.written,
            "batch_id": self.batch_id,
            "imported_before": None if not self.imported_before else {
                "batch_id": self.imported_before[0], "at": self.imported_before[1].isoformat(),
                "by": self.imported_before[2]},
            "older_than": self.older_than.isoformat() if self.older_than else None,
            "errors": [{"row": e.excel_row, "column": e.column, "value": e.value, "reason": e.reason,
                        "message": e.message} for e in self.errors],
        }


@dataclass(frozen=True)
class ImportHistoryRow:
    id: int
    kind: str
    file_name: str
    sha256: str
    data_date: date | None
    user: str | None
    started_at: datetime
    finished_at: datetime | None
    rows_total: int
    rows_new: int
    rows_updated: int
    rows_unchanged: int
    rows_invalid: int
    rows_closed: int


@dataclass(frozen=True)
class BranchAlias:
    """A branch name of the core system's files kept as another spelling of an existing branch."""

    name: str
    branch_id: int
    branch_name: str
    cases: int  # open cases of that branch (what later rows with this name join)


def _chunks(items: list, n: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


class _Rollback(Exception):
    pass


class ImportService(Service):
    @requires(Perm.IMPORT_RUN)
    def parse(self, path: str | Path, as_of: date | None = None, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None,
              meanwhile: Callable[[], object] | None = None) -> ParseResult:
        """Read and validate the file only (the wizard's preview and validation steps)."""
        try:
            return parse_overdue_file(Path(path), as_of=as_of, today=self.clock.today(), progress=progress,
                                      cancelled=cancelled, meanwhile=meanwhile)
        except FileFormatError as e:
            # FileFormatError carries Chinese prose only; use its English if it ever gets one
            en = getattr(e, "en", None) or (
                f"The file \"{Path(path).name}\" cannot be imported as an overdue export: check that it is an "
                "Excel workbook (.xlsx) or CSV file (.csv) that is readable and has the expected header row.")
            raise ImportFileError(str(e), en=en) from e

    @requires(Perm.IMPORT_RUN)
    def run_import(
        self, path: str | Path, *, as_of: date | None = None, dry_run: bool = False, skip_invalid: bool = False,
        full_snapshot: bool = False, progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None, parsed: ParseResult | None = None,
        branch_map: Mapping[str, int] | None = None, allow_older: bool = False, create_branches: bool = False,
    ) -> ImportSummary:
        """``branch_map``: branch names of the file that mean an existing branch (name → its id); kept as
        aliases for later imports (audited). Other new names create branches.

        A file older than the newest one imported (by data date) would set its loans' figures back to that
        day: refused unless ``allow_older`` (the wizard's tick box, ``--allow-older``). A new branch name
        that would take open cases away from the branch they are in (a spelling nobody mapped, a mapping
        removed) is refused unless ``create_branches`` (the wizard's "Create these branches", ``--create-branches``)."""
        def parse_progress(done: int, total: int) -> None:
            if progress:
                progress(done // 2, max(total, 1))

        # While calamine loads the sheet (without the GIL) this thread reads the customers of the open cases,
        # which are nearly all the customers of a daily export: the write then looks up only the others.
        known: dict[str, tuple] = {}
        res = parsed or self.parse(path, as_of, parse_progress, cancelled,
                                   meanwhile=lambda: known.update(self._open_case_customers()))
        summary = ImportSummary(
            file_name=res.file_name, sha256=res.sha256, data_date=res.data_date,
            data_date_source=res.data_date_source, total_rows=res.total_rows, invalid=res.invalid_count,
            ignored_columns=list(res.ignored_columns), errors=list(res.errors), dry_run=dry_run,
        )
        with self.read() as s:
            prev = s.execute(
                select(ImportBatch.id, ImportBatch.finished_at, User.login)
                .outerjoin(User, User.id == ImportBatch.user_id)
                .where(ImportBatch.sha256 == res.sha256, ImportBatch.kind == "overdue",
                       ImportBatch.finished_at.is_not(None))
                .order_by(ImportBatch.id.desc()).limit(1)
            ).first()
            latest = s.scalar(select(func.max(ImportBatch.data_date)).where(
                ImportBatch.kind == "overdue", ImportBatch.finished_at.is_not(None)))
        if prev:
            summary.imported_before = (prev[0], prev[1], prev[2])
        if latest is not None and res.data_date < latest:
            summary.older_than = latest
            if not allow_older and not dry_run:
                raise ValidationError(
                    f"该文件的数据日期 {res.data_date:%Y-%m-%d} 早于已导入的 {latest:%Y-%m-%d}：导入会把其中贷款的逾期数据"
                    "恢复到较早的那一天，未导入。确需导入请在向导中勾选「仍要导入这个较早的文件」（命令行加 --allow-older）。",
                    en=f"The file's data date {res.data_date:%Y-%m-%d} is before that of an export already imported "
                       f"({latest:%Y-%m-%d}): importing it would set its loans' figures back to the earlier day, so "
                       "nothing was imported. To import it anyway, tick \"Import this older file anyway\" in the wizard "
                       "(--allow-older on the command line).")
        if res.errors and not skip_invalid and not dry_run:
            return summary  # all or nothing: one invalid row and nothing is written
        try:
            with self.tx() as s:
                self._write(s, res, summary, full_snapshot, skip_invalid, progress, cancelled, known, branch_map,
                            create_branches)
                if dry_run:
                    raise _Rollback
        except _Rollback:
            summary.batch_id = None
            return summary
        summary.written = True
        return summary

    # ------------------------------------------------------------------------------------------------
    def _open_case_customers(self) -> dict[str, tuple]:
        """id_hash -> (id, id_hash, name, mobile_hash, home_address, work_address, employer) of every customer
        with an open case. Read before the import's transaction: a customer staff edit in between is compared
        as it was before, which is what importing just before that edit would have done."""
        t = Customer.__table__
        q = select(*(t.c[c] for c in _CUSTOMER_COLS)).where(t.c.id.in_(
            select(Case.customer_id).where(Case.status.in_(OPEN_STATUSES))))
        with self.read() as s:
            conn = s.connection()
            if conn.dialect.name == "sqlite":  # the driver's plain tuples, as _BulkWriter.lookup gives them
                compiled = q.compile(conn, compile_kwargs={"literal_binds": True})
                cur = conn.connection.driver_connection.cursor()
                found = cur.execute(str(compiled)).fetchall()
                cur.close()
            else:
                found = conn.execute(q).all()
        return {row[1]: row for row in found}

    @gc_paused  # 100,000 rows of short-lived tuples, no cycles; the parsed rows would be scanned again and again
    def _write(self, s, res: ParseResult, summary: ImportSummary, full_snapshot: bool, skip_invalid: bool,  # noqa: ANN001, C901, PLR0912, PLR0913, PLR0915
               progress: Progress | None, cancelled: Callable[[], bool] | None, known: dict[str, tuple],
               branch_map: Mapping[str, int] | None = None, create_branches: bool = False) -> None:
        conn = s.connection()
        now = utcnow()
        rows = res.rows
        total = max(len(rows), 1)

        def tick(done: int) -> None:
            if cancelled and cancelled():
                raise ImportCancelled("导入已取消，数据库未做任何修改。")
            if progress:
                progress(total // 2 + done // 2, total)

        batch = ImportBatch(
            kind="overdue", file_name=res.file_name, sha256=res.sha256, data_date=res.data_date,
            data_date_source=res.data_date_source, user_id=self.actor.user_id or None, started_at=now,
            options={"skip_invalid": skip_invalid, "full_snapshot": full_snapshot, "dry_run": summary.dry_run},
        )
        s.add(batch)
        s.flush()
        summary.batch_id = batch.id

        # branches: the existing ones, then the aliases (kept, and chosen now), then new ones
        branches = dict(conn.execute(select(Branch.name, Branch.id)).all())
        self._apply_aliases(s, branches, {r.branch for r in rows}, branch_map or {}, summary, now)
        if not create_branches:
            self._refuse_moves_to_new_branches(conn, rows, set(branches))
        for name in sorted({r.branch for r in rows} - set(branches)):
            branches[name] = conn.execute(Branch.__table__.insert().values(name=name, created_at=now)
                                          .returning(Branch.id)).scalar_one()
            summary.new_branches.append(name)

        # customers: one per ID number (the last row of the file wins for contact fields)
        by_hash: dict[str, ParsedRow] = {}
        hashes: dict[str, str] = {}
        for r in rows:
            h = hashes.get(r.id_number) or lookup_hash(r.id_number)
            hashes[r.id_number] = h
            by_hash[h] = r
        existing = {h: known[h] for h in by_hash if h in known}
        known.clear()
        finder = _BulkWriter(conn)
        for part in _chunks(sorted(h for h in by_hash if h not in existing), 5000):  # key order: fewer pages
            for row in finder.lookup(Customer.__table__, _CUSTOMER_COLS, "id_hash", part):
                existing[row[1]] = row
        tick(total // 10)
        new_customers, changed_customers, contacts = [], [], []
        for h, r in by_hash.items():
            old = existing.get(h)
            if old is None:
                new_customers.append({**customer_pii(r.id_number, r.mobile), "name": r.customer_name,
                                      "home_address": r.home_address, "work_address": r.work_address,
                                      "employer": r.employer, "created_at": now, "updated_at": now, "version": 1})
                continue
            mobile_hash = lookup_hash(r.mobile)
            new_vals = (r.customer_name, r.home_address, r.work_address, r.employer)
            if new_vals != tuple(old[i] for i in (2, 4, 5, 6)) or mobile_hash != old[3]:
                upd = {"_id": old[0], "name": r.customer_name, "home_address": r.home_address,
                       "work_address": r.work_address, "employer": r.employer, "updated_at": now}
                upd.update({k: v for k, v in customer_pii(r.id_number, r.mobile).items()
                            if k.startswith("mobile")} if mobile_hash != old[3] else {
                    "mobile": None, "mobile_hash": None, "mobile_last4": None, "mobile_masked": None})
                changed_customers.append(upd)
                for kind, value, before in (("home", r.home_address, old[4]), ("work", r.work_address, old[5])):
                    if value and value != before:
                        contacts.append({"customer_id": old[0], "kind": kind, "value": value, "source": "import",
                                         "valid": True, "created_at": now})
                if mobile_hash != old[3]:
                    contacts.append({"customer_id": old[0], "kind": "mobile", "value": mask_mobile(r.mobile),
                                     "source": "import", "valid": True, "created_at": now})
        customer_ids = {h: row[0] for h, row in existing.items()}
        cust_table = Customer.__table__
        for part in _chunks(new_customers):
            for cid, h in conn.execute(cust_table.insert().returning(cust_table.c.id, cust_table.c.id_hash,
                                                                     sort_by_parameter_order=True), part):
                customer_ids[h] = cid
        summary.new_customers = len(new_customers)
        mobile_changes = [c for c in changed_customers if c["mobile"] is not None]
        plain_changes = [{k: v for k, v in c.items() if not k.startswith("mobile")}
                         for c in changed_customers if c["mobile"] is None]
        if mobile_changes:
            conn.execute(update(cust_table).where(cust_table.c.id == bindparam("_id")).values(
                name=bindparam("name"), home_address=bindparam("home_address"),
                work_address=bindparam("work_address"), employer=bindparam("employer"),
                updated_at=bindparam("updated_at"), mobile=bindparam("mobile"), mobile_hash=bindparam("mobile_hash"),
                mobile_last4=bindparam("mobile_last4"), mobile_masked=bindparam("mobile_masked"),
                version=cust_table.c.version + 1), mobile_changes)
        if plain_changes:
            conn.execute(update(cust_table).where(cust_table.c.id == bindparam("_id")).values(
                name=bindparam("name"), home_address=bindparam("home_address"),
                work_address=bindparam("work_address"), employer=bindparam("employer"),
                updated_at=bindparam("updated_at"), version=cust_table.c.version + 1), plain_changes)
        if contacts:
            conn.execute(ContactPoint.__table__.insert(), contacts)
        tick(total // 4)

        # loans and cases, chunk by chunk (bounded memory). Values are compared and written in the driver's
        # plain form (on SQLite: floats for money, ISO text for dates), so the hot loop compares whole tuples.
        loan_t, case_t = Loan.__table__, Case.__table__
        bulk = _BulkWriter(conn)
        norm = bulk.plain if bulk.sqlite else _identity
        plain_values = bulk.sqlite
        contracts = [r.contract_no for r in rows]
        data_date, zero = res.data_date, Decimal("0.00")
        loan_cols = ("id", "contract_no", "customer_id", "branch_id", *_FAST, *_SLOW)
        case_cols = ("loan_id", "id", "status", "customer_name", "customer_id", "branch_id")
        nf, ns = len(_FAST), len(_SLOW)
        p_date, p_now = norm(data_date), norm(now)
        done = 0

        nl = len(loan_cols)
        joined = (f"SELECT {', '.join('l.' + c for c in loan_cols)}, {', '.join('c.' + c for c in case_cols)} "
                  f"FROM {loan_t.name} l LEFT JOIN {case_t.name} c ON c.loan_id = l.id "
                  "WHERE l.contract_no IN (SELECT value FROM json_each(?))")

        pipe = _PipelinedWriter.open(conn)

        def lookup(part: list[ParsedRow]) -> tuple[dict, dict]:
            if bulk.sqlite:  # one statement: a loan has at most one case
                cur = pipe.reader.cursor() if pipe else conn.connection.driver_connection.cursor()
                cur.execute(joined, (json.dumps([r.contract_no for r in part]),))
                found = cur.fetchall()
                cur.close()
                return ({row[1]: row[:nl] for row in found},
                        {row[nl]: row[nl:] for row in found if row[nl] is not None})
            loans = {row[1]: row for row in bulk.lookup(loan_t, loan_cols, "contract_no",
                                                        [r.contract_no for r in part])}
            cases = {row[0]: row for row in bulk.lookup(case_t, case_cols, "loan_id",
                                                        [row[0] for row in loans.values()])}
            return loans, cases

        def write(loan_figs: list, loan_slow: list, loan_moves: list, snapshots: list, case_figs: list,  # noqa: PLR0913
                  case_moves: list, reopen: list, new_loans: list) -> None:
            if pipe is not None and not new_loans:
                pipe.update(loan_t, [*_FAST, "data_date", "last_import_id", "updated_at"], loan_figs)
                pipe.update(loan_t, list(_SLOW), loan_slow)
                pipe.update(loan_t, ["customer_id", "branch_id"], loan_moves)
                pipe.insert(LoanSnapshot.__table__, ["loan_id", "import_batch_id", "data_date", "dpd_before",
                                                     "dpd_after", "total_before", "total_after"], snapshots)
                pipe.update(case_t, ["bucket", "dpd", "overdue_total", "updated_at"], case_figs, bump_version=True)
                pipe.update(case_t, ["customer_name", "customer_id", "branch_id"], case_moves, bump_version=True)
                pipe.reopen(case_t, reopen)
                return
            if pipe is not None:  # new loans need their ids back: write this chunk here, after the queue
                pipe.drain()
            bulk.update(loan_t, [*_FAST, "data_date", "last_import_id", "updated_at"], loan_figs, plain=True)
            bulk.update(loan_t, list(_SLOW), loan_slow, plain=True)
            bulk.update(loan_t, ["customer_id", "branch_id"], loan_moves)
            bulk.insert(LoanSnapshot.__table__, ["loan_id", "import_batch_id", "data_date", "dpd_before", "dpd_after",
                                                 "total_before", "total_after"], snapshots, plain=True)
            bulk.update(case_t, ["bucket", "dpd", "overdue_total", "updated_at"], case_figs, bump_version=True,
                        plain=True)
            bulk.update(case_t, ["customer_name", "customer_id", "branch_id"], case_moves, bump_version=True)
            if reopen:
                conn.execute(update(case_t).where(case_t.c.id.in_(reopen)).values(
                    status="new", closed_reason=None, closed_at=None, version=case_t.c.version + 1))
            if new_loans:
                names = [ln.pop("name") for ln in new_loans]
                ids = conn.execute(loan_t.insert().returning(loan_t.c.id, sort_by_parameter_order=True),
                                   new_loans).scalars().all()
                conn.execute(case_t.insert(), [
                    {"loan_id": lid, "customer_id": ln["customer_id"], "branch_id": ln["branch_id"], "status": "new",
                     "contract_no": ln["contract_no"], "customer_name": name, "bucket": bucket_for_dpd(ln["dpd"]),
                     "dpd": ln["dpd"], "overdue_total": ln["overdue_total"], "priority": 0, "opened_at": now,
                     "updated_at": now, "version": 1}
                    for lid, ln, name in zip(ids, new_loans, names, strict=True)])

        # One chunk after the other: compare here, write on the pipeline's thread (SQLite) or here.
        try:
            for part in _chunks(rows, 5000):
                loans, cases = lookup(part)
                new_loans, loan_figs, loan_moves, snapshots, case_figs, case_moves, reopen = [], [], [], [], [], [], []
                loan_slow: list[tuple] = []
                for r in part:
                    cust_id = customer_ids[hashes[r.id_number]]
                    branch_id = branches[r.branch]
                    fast = (r.outstanding_principal, r.overdue_principal or zero, r.overdue_interest or zero,
                            r.penalty_interest or zero, r.overdue_total, r.dpd)
                    slow = (r.product, r.loan_amount, r.first_overdue_date, r.last_payment_date, r.reason_text,
                            r.reason_category)
                    old = loans.get(r.contract_no)
                    if old is None:
                        new_loans.append({"contract_no": r.contract_no, "customer_id": cust_id, "branch_id": branch_id,
                                          "data_date": data_date, "last_import_id": batch.id, "updated_at": now,
                                          "name": r.customer_name, **dict(zip(_FAST, fast, strict=True)),
                                          **dict(zip(_SLOW, slow, strict=True))})
                        continue
                    loan_id = old[0]
                    if plain_values:  # bulk.plain of each value, spelled out for the 100,000-row loop
                        op, amount, fod, lpd = r.outstanding_principal, r.loan_amount, r.first_overdue_date, \
                            r.last_payment_date
                        pfast = (None if op is None else float(op), float(fast[1]), float(fast[2]), float(fast[3]),
                                 float(r.overdue_total), r.dpd)
                        pslow = (r.product, None if amount is None else float(amount),
                                 None if fod is None else fod.isoformat(), None if lpd is None else lpd.isoformat(),
                                 r.reason_text, r.reason_category)
                    else:
                        pfast, pslow = fast, slow
                    moved = old[2] != cust_id or old[3] != branch_id
                    fast_changed = pfast != old[4:4 + nf]
                    slow_changed = pslow != old[4 + nf:4 + nf + ns]
                    changed = moved or fast_changed or slow_changed
                    if changed:
                        loan_figs.append((*pfast, p_date, batch.id, p_now, loan_id))
                        if slow_changed:
                            loan_slow.append((*pslow, loan_id))
                        if moved:
                            loan_moves.append((cust_id, branch_id, loan_id))
                        snapshots.append((loan_id, batch.id, p_date, old[4 + 5], r.dpd, old[4 + 4],
                                          norm(r.overdue_total)))
                        summary.updated += 1
                    else:
                        summary.unchanged += 1
                    case = cases.get(loan_id)
                    if case is not None:
                        if case[2] == "closed":
                            reopen.append(case[1])
                        if changed or case[2] == "closed":
                            case_figs.append((bucket_for_dpd(r.dpd), r.dpd, pfast[4], p_now, case[1]))
                        if case[3] != r.customer_name or case[4] != cust_id or case[5] != branch_id:
                            case_moves.append((r.customer_name, cust_id, branch_id, case[1]))
                write(loan_figs, loan_slow, loan_moves, snapshots, case_figs, case_moves, reopen, new_loans)
                summary.reopened += len(reopen)
                summary.new += len(new_loans)
                done += len(part)
                tick(total // 4 + done * 2 // 3)
            if pipe is not None:
                pipe.drain()
        except BaseException:
            if pipe is not None:
                pipe.close(discard=True)  # cancelled or failed: the queued chunks would be rolled back anyway
            raise
        else:
            if pipe is not None:
                pipe.close()
        tick(total * 9 // 10)

        if full_snapshot:
            present = set(contracts)
            file_branches = {branches[r.branch] for r in rows}
            candidates = conn.execute(
                select(case_t.c.id, case_t.c.contract_no).where(and_(
                    case_t.c.status.in_(OPEN_STATUSES), case_t.c.branch_id.in_(file_branches)))
            ).all()
            to_close = [cid for cid, contract in candidates if contract not in present]
            for part in _chunks(to_close):
                conn.execute(update(case_t).where(case_t.c.id.in_(part)).values(
                    status="closed", closed_reason="cured", closed_at=now, updated_at=now,
                    version=case_t.c.version + 1))
            summary.closed = len(to_close)

        batch.rows_total = res.total_rows
        batch.rows_new = summary.new
        batch.rows_updated = summary.updated
        batch.rows_unchanged = summary.unchanged
        batch.rows_invalid = summary.invalid
        batch.rows_closed = summary.closed
        batch.finished_at = utcnow()
        audit.record(s, self.actor, "import.run", entity="import", entity_id=batch.id, after={
            "file": res.file_name, "sha256": res.sha256, "data_date": res.data_date, "new": summary.new,
            "updated": summary.updated, "unchanged": summary.unchanged, "invalid": summary.invalid,
            "closed": summary.closed, "reopened": summary.reopened, "new_branches": summary.new_branches,
            "skip_invalid": skip_invalid, "full_snapshot": full_snapshot, "dry_run": summary.dry_run,
        }, detail=f"导入 {res.file_name}：新增 {summary.new}，更新 {summary.updated}，未变 {summary.unchanged}，"
                  f"无效 {summary.invalid}，出催 {summary.closed}")
        if progress:
            progress(total, total)

    @staticmethod
    def _refuse_moves_to_new_branches(conn, rows: Sequence[ParsedRow], known: set[str]) -> None:  # noqa: ANN001
        """A branch name nobody knows that would take open cases from the branch they are in is much more
        likely another spelling of that branch (or a mapping someone removed) than a new branch: refused, so
        that the cases do not land in a branch no staff sees."""
        new = {r.contract_no: r.branch for r in rows if r.branch not in known}
        if not new:
            return
        moving: Counter[tuple[str, str]] = Counter()
        contracts = sorted(new)
        for part in _chunks(contracts, 900):
            q = (select(Loan.contract_no, Branch.name).join(Case, Case.loan_id == Loan.id)
                 .join(Branch, Branch.id == Case.branch_id)
                 .where(Loan.contract_no.in_(part), Case.status.in_(OPEN_STATUSES)))
            for contract, branch in conn.execute(q):
                moving[(new[contract], branch)] += 1
        if moving:
            zh = "；".join(f"「{n}」的 {k:,} 笔贷款目前在「{b}」" for (n, b), k in sorted(moving.items()))
            en = "; ".join(f"{k:,} loan(s) of \"{n}\" are in \"{b}\" now" for (n, b), k in sorted(moving.items()))
            raise ValidationError(
                f"文件中有尚不存在的营业部名称，导入会把已有的未结案件移到新营业部（{zh}），未导入。请在导入向导的核对页"
                "选择它对应的已有营业部；确是新营业部时勾选「新建这些营业部」（命令行加 --create-branches）。",
                en=f"The file names branches that do not exist yet, and importing it would move open cases into them "
                   f"({en}); nothing was imported. On the import wizard's check page, choose the existing branch each "
                   "name means; if it really is a new branch, tick \"Create these branches\" (--create-branches on the "
                   "command line).")

    def _apply_aliases(self, s, branches: dict[str, int], names: set[str], chosen: Mapping[str, int],  # noqa: ANN001
                       summary: ImportSummary, now: datetime) -> None:
        by_id = {bid: name for name, bid in branches.items()}
        bad = [f"{n} → #{b}" for n, b in chosen.items() if b not in by_id]
        if bad:
            raise ValidationError(f"营业部对应关系无效（{'、'.join(bad)}）：所选营业部不存在。",
                                  en=f"Invalid branch mapping ({', '.join(bad)}): the branch chosen does not exist.")
        row = s.get(Setting, BRANCH_ALIASES)
        saved = {k: int(v) for k, v in (row.value if row else {}).items() if int(v) in by_id}
        new = {n: b for n, b in chosen.items() if n not in by_id and saved.get(n) != b}
        if new:
            value = {**saved, **new}
            if row is None:
                s.add(Setting(key=BRANCH_ALIASES, value=value, updated_by_id=self.actor.user_id or None))
            else:
                row.value = value
                row.updated_by_id = self.actor.user_id or None
            s.flush()
            audit.record(s, self.actor, "import.branch_alias", entity="setting", at=now, before=saved, after=value,
                         detail="导入时视为已有营业部：" + "、".join(f"「{n}」→「{by_id[b]}」" for n, b in new.items()))
        for name, bid in {**saved, **new}.items():
            if name in names and name not in branches:
                branches[name] = bid
                summary.mapped_branches[name] = by_id[bid]

    @requires(Perm.IMPORT_RUN)
    def branch_choices(self) -> list[tuple[int, str]]:
        """The existing branches (id, name), for mapping a file's spelling to one of them."""
        with self.read() as s:
            return [(bid, name) for bid, name in s.execute(select(Branch.id, Branch.name).order_by(Branch.name))]

    @requires(Perm.IMPORT_RUN)
    def new_branches(self, res: ParseResult) -> list[tuple[str, str | None]]:
        """Branch names of the file that no branch has yet — the import would create them (IMPORT_FORMAT) and
        their cases would be nobody's — each with the existing branch it looks like (one name contains the
        other, e.g. 朝阳营业部 / 北京朝阳营业部), or None."""
        with self.read() as s:
            known = list(s.scalars(select(Branch.name).order_by(Branch.name)))
            row = s.get(Setting, BRANCH_ALIASES)
            aliases = set(row.value) if row and row.value else set()
        out = []
        for name in sorted({r.branch for r in res.rows} - set(known) - aliases):
            like = [k for k in known if name in k or k in name]
            out.append((name, like[0] if len(like) == 1 else None))
        return out

    @requires(Perm.IMPORT_RUN)
    def branch_aliases(self) -> list[BranchAlias]:
        """The spellings chosen in the import wizard as meaning an existing branch, by name."""
        with self.read() as s:
            row = s.get(Setting, BRANCH_ALIASES)
            value = {k: int(v) for k, v in (row.value if row and row.value else {}).items()}
            names = dict(s.execute(select(Branch.id, Branch.name).where(Branch.id.in_(set(value.values())))).all())
            counts = dict(s.execute(select(Case.branch_id, func.count(Case.id))
                                    .where(Case.branch_id.in_(set(value.values())), Case.status.in_(OPEN_STATUSES))
                                    .group_by(Case.branch_id)).all())
        return [BranchAlias(name, bid, names[bid], counts.get(bid, 0))
                for name, bid in sorted(value.items()) if bid in names]

    @requires(Perm.IMPORT_RUN)
    def remove_branch_alias(self, name: str) -> None:
        """Forget a spelling: the next import asks again which branch it means (a file that would move open
        cases into a new branch of that name is refused unless told to create it). Cases imported under it
        stay in their branch. A supervisor only for his own branch's names. Audited."""
        with self.tx() as s:
            row = s.get(Setting, BRANCH_ALIASES)
            value = dict(row.value) if row and row.value else {}
            if name not in value:
                raise NotFound(f"营业部名称「{name}」没有对应关系（可能已被删除）。",
                               en=f"The branch name \"{name}\" has no mapping (it may have been removed already).")
            before = dict(value)
            bid = int(value.pop(name))
            if not can_see_all_branches(self.actor) and bid != self.actor.branch_id:
                raise PermissionDenied("权限不足：这个名称对应的是其他营业部，只有经理或管理员可以取消。",
                                       en="Insufficient permission: this name is mapped to another branch; only a "
                                          "manager or an administrator can remove the mapping.")
            branch = s.get(Branch, bid)
            row.value = value
            row.updated_by_id = self.actor.user_id or None
            s.flush()
            audit.record(s, self.actor, "import.branch_alias_removed", entity="setting", before=before, after=value,
                         detail=f"取消营业部名称对应：「{name}」→「{branch.name if branch else bid}」")

    @requires(Perm.IMPORT_RUN)
    def history(self, limit: int = 200) -> list[ImportHistoryRow]:
        with self.read() as s:
            q = (select(ImportBatch, User.login).outerjoin(User, User.id == ImportBatch.user_id)
                 .where(ImportBatch.finished_at.is_not(None)).order_by(ImportBatch.id.desc()).limit(limit))
            return [ImportHistoryRow(b.id, b.kind, b.file_name, b.sha256, b.data_date, login, b.started_at,
                                     b.finished_at, b.rows_total, b.rows_new, b.rows_updated, b.rows_unchanged,
                                     b.rows_invalid, b.rows_closed) for b, login in s.execute(q)]

    @requires(Perm.IMPORT_RUN)
    def open_case_count(self) -> int:
        with self.read() as s:
            return s.scalar(select(func.count(Case.id)).where(Case.status.in_(OPEN_STATUSES))) or 0


class _BulkWriter:
    """executemany of plain tuples; on SQLite straight through the driver (the hot path of a daily import)."""

    def __init__(self, conn) -> None:  # noqa: ANN001
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"

    @staticmethod
    def plain(v: object) -> object:
        t = type(v)
        if t is Decimal:
            return float(v)  # what SQLAlchemy binds for Numeric on SQLite
        if t is int or t is str or v is None:
            return v
        if t is date:
            return v.isoformat()
        if t is datetime:
            return _sqlite_instant(v)
        return v

    def lookup(self, table, columns: tuple[str, ...], key: str, values: list) -> list[tuple]:  # noqa: ANN001
        """Rows whose ``key`` is in ``values``: one bound parameter (a JSON array on SQLite, an array on
        PostgreSQL) instead of thousands; on SQLite the driver's plain values, elsewhere typed values."""
        if not values:
            return []
        if self.sqlite:
            cur = self.conn.connection.driver_connection.cursor()
            cur.execute(f"SELECT {', '.join(columns)} FROM {table.name} "
                        f"WHERE {key} IN (SELECT value FROM json_each(?))", (json.dumps(values),))
            out = cur.fetchall()
            cur.close()
            return out
        return self.conn.execute(select(*(table.c[c] for c in columns)).where(
            table.c[key] == any_(bindparam("keys", values, type_=ARRAY(table.c[key].type))))).all()

    def update(self, table, columns: list[str], rows: list[tuple], bump_version: bool = False,  # noqa: ANN001
               plain: bool = False) -> None:
        if not rows:
            return
        if self.sqlite:
            sets = ", ".join(f"{c} = ?" for c in columns) + (", version = version + 1" if bump_version else "")
            cur = self.conn.connection.driver_connection.cursor()
            conv = self.plain
            cur.executemany(f"UPDATE {table.name} SET {sets} WHERE id = ?",
                            rows if plain else [tuple(map(conv, r)) for r in rows])
            cur.close()
            return
        values = {c: bindparam(f"p_{c}") for c in columns}
        if bump_version:
            values["version"] = table.c.version + 1
        self.conn.execute(update(table).where(table.c.id == bindparam("p__id")).values(values),
                          [dict(zip([f"p_{c}" for c in columns] + ["p__id"], r, strict=True)) for r in rows])

    def insert(self, table, columns: list[str], rows: list[tuple], plain: bool = False) -> None:  # noqa: ANN001
        if not rows:
            return
        if self.sqlite:
            cur = self.conn.connection.driver_connection.cursor()
            cur.executemany(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                            rows if plain else [tuple(map(self.plain, r)) for r in rows])
            cur.close()
            return
        self.conn.execute(table.insert(), [dict(zip(columns, r, strict=True)) for r in rows])


class _PipelinedWriter:
    """Writes a SQLite import's chunks on a helper thread while the importing thread compares the next one.

    Each chunk goes to SQLite as one statement per table (``UPDATE … FROM (VALUES …)``, ``INSERT … VALUES``)
    with the values bound as they are. SQLite runs a statement in one step without the GIL, so the writing
    really runs beside the comparing; an ``executemany`` on a helper thread would take the GIL back for every
    row and stall both threads. The comparing thread reads existing loans through a second connection (a WAL
    reader sees the state before this transaction, which is what it compares against: each loan is in the
    file once). Errors raised on the helper thread are raised again on the importing thread.
    """

    def __init__(self, conn) -> None:  # noqa: ANN001
        self._dbapi = conn.connection.driver_connection
        self._cur = self._dbapi.cursor()
        self._limit = self._dbapi.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        self._reader_fairy = conn.engine.raw_connection()
        self.reader = self._reader_fairy.driver_connection
        self.reader.execute("PRAGMA cache_size=-4096")  # its pages are in the OS cache anyway; keep RSS down
        self._queue: queue.Queue = queue.Queue(maxsize=8)
        self._error: BaseException | None = None
        self._discard = False
        self._thread = threading.Thread(target=self._run, name="import-writer", daemon=True)
        self._thread.start()

    @classmethod
    def open(cls, conn) -> _PipelinedWriter | None:  # noqa: ANN001
        """A writer for a file-backed SQLite database; None elsewhere (PostgreSQL, in-memory SQLite)."""
        url = conn.engine.url
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:") \
                or "mode=memory" in str(url):
            return None
        return cls(conn)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                if self._error is None and not self._discard:
                    self._cur.execute(*item)
            except BaseException as exc:  # noqa: BLE001 - handed to the importing thread
                self._error = exc
            finally:
                self._queue.task_done()

    def _put(self, sql: str, params: tuple) -> None:
        if self._error is not None:
            self.drain()
        self._queue.put((sql, params))

    def update(self, table, columns: list[str], rows: list[tuple], bump_version: bool = False) -> None:  # noqa: ANN001
        """rows: (value per column…, id) in the driver's plain form."""
        width = len(columns) + 1
        sets = ", ".join(f"{c} = v.column{i}" for i, c in enumerate(columns, 1))
        if bump_version:
            sets += ", version = version + 1"
        group = "(" + ", ".join("?" * width) + ")"
        step = max(1, self._limit // width)
        for k in range(0, len(rows), step):
            part = rows[k:k + step]
            self._put(f"UPDATE {table.name} SET {sets} FROM (VALUES {', '.join([group] * len(part))}) AS v "
                      f"WHERE {table.name}.id = v.column{width}", tuple(chain.from_iterable(part)))

    def insert(self, table, columns: list[str], rows: list[tuple]) -> None:  # noqa: ANN001
        group = "(" + ", ".join("?" * len(columns)) + ")"
        step = max(1, self._limit // len(columns))
        for k in range(0, len(rows), step):
            part = rows[k:k + step]
            self._put(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES {', '.join([group] * len(part))}",
                      tuple(chain.from_iterable(part)))

    def reopen(self, table, ids: list[int]) -> None:  # noqa: ANN001
        for k in range(0, len(ids), self._limit):
            part = ids[k:k + self._limit]
            self._put(f"UPDATE {table.name} SET status = 'new', closed_reason = NULL, closed_at = NULL, "
                      f"version = version + 1 WHERE id IN ({', '.join('?' * len(part))})", tuple(part))

    def drain(self) -> None:
        """Wait until everything queued is written; raise what the helper thread raised."""
        self._queue.join()
        if self._error is not None:
            raise self._error

    def close(self, discard: bool = False) -> None:
        """Stop the helper thread; ``discard``: skip what is still queued (the transaction rolls back)."""
        self._discard = discard
        self._queue.put(None)
        self._thread.join()
        self._cur.close()
        self._reader_fairy.invalidate()  # not back to the pool with its small cache


@lru_cache(maxsize=64)
def _sqlite_instant(v: datetime) -> str:
    """UTCDateTime's storage on SQLite: naive UTC in SQLAlchemy's text format."""
    return v.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _identity(v: object) -> object:
    return v


def local_time(dt: datetime | None) -> str:
    return dt.astimezone(BRANCH_TZ).strftime("%Y-%m-%d %H:%M") if dt else ""


def summarize(summary: ImportSummary) -> Iterable[str]:
    """The summary as the CLI prints it (plain Chinese lines)."""
    src = {"argument": "来自 --as-of 参数", "file": "来自文件中的「数据日期」", "today": "文件未写明，按今天"}
    yield f"文件：{summary.file_name}（SHA-256 {summary.sha256[:12]}…）"
    yield f"数据日期：{summary.data_date:%Y-%m-%d}（{src.get(summary.data_date_source, summary.data_date_source)}）"
    if summary.older_than:
        yield (f"注意：已导入过数据日期更晚的文件（{summary.older_than:%Y-%m-%d}），本文件中贷款的逾期数据"
               f"{'将' if summary.dry_run else '已'}恢复到 {summary.data_date:%Y-%m-%d}。")
    elif summary.imported_before:
        bid, when, who = summary.imported_before
        yield f"注意：该文件已于 {local_time(when)} 由 {who or '系统'} 导入过（批次 #{bid}），重复导入不会改变数据。"
    yield (f"共 {summary.total_rows} 行：新增 {summary.new}，更新 {summary.updated}，未变 {summary.unchanged}，"
           f"无效 {summary.invalid}，出催结案 {summary.closed}" + (f"，重新打开 {summary.reopened}" if summary.reopened else ""))
    if summary.mapped_branches:
        yield "视为已有营业部：" + "、".join(f"{n} → {b}" for n, b in summary.mapped_branches.items())
    if summary.new_branches:
        yield "新建营业部：" + "、".join(summary.new_branches)
    if summary.ignored_columns:
        yield "忽略的列：" + "、".join(summary.ignored_columns)
    if summary.dry_run:
        yield "试运行（--dry-run）：只做了校验和计算，数据库未修改。"
    elif summary.stopped_by_errors:
        yield f"有 {summary.invalid} 行无效，已全部放弃，数据库未修改（可用 --skip-invalid 只导入有效行）。"
    for e in summary.errors[:50]:
        yield "  " + e.message
    if len(summary.errors) > 50:
        yield f"  … 另有 {len(summary.errors) - 50} 条错误，完整列表请用 --errors OUT.xlsx 导出。"
