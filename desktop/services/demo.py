"""Deterministic demo data: a Beijing branch-office world that makes every screen meaningful.

``seed_demo(db, n, seed)`` adds three branches with their staff, ``n`` overdue loans with customers and
cases, and for a bounded subset of cases 60 days of history (assessments, visits with two collectors on
working days in the daytime, outcomes, promises kept and broken, payments, installment plans) plus the
coming two weeks of scheduled visits. Rows are written with bulk Core inserts in chunks, so a million
cases take minutes, not hours. The same ``seed`` and start date give the same data.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from faker import Faker
from sqlalchemy import func, select, text

from desktop.models import (
    Assessment,
    Branch,
    Case,
    CollectionPlan,
    Complaint,
    Customer,
    FollowUpTask,
    Loan,
    Outcome,
    Payment,
    PlanInstallment,
    PromiseToPay,
    User,
    Visit,
    VisitMember,
)
from desktop.models.crypto import customer_pii, lookup_hash
from desktop.models.database import Database
from desktop.models.enums import bucket_for_dpd
from desktop.services import audit
from desktop.services.context import BRANCH_TZ
from desktop.services.import_parse import categorize_reason
from desktop.services.users import hash_password, system_actor
from desktop.services.validators import id_check_digit
from desktop.services.workcalendar import WorkCalendar

DEMO_PASSWORD = "demo1234"
CENT = Decimal("0.01")

BRANCHES = (
    ("北京朝阳营业部", "BJ-CY", ("朝阳区", "东城区", "通州区")),
    ("北京海淀营业部", "BJ-HD", ("海淀区", "西城区", "昌平区")),
    ("北京丰台营业部", "BJ-FT", ("丰台区", "大兴区", "石景山区")),
)
AREA_CODES = ("110101", "110102", "110105", "110106", "110107", "110108", "110112", "110114", "110115",
              "130102", "370102", "410105", "420106", "510104", "320102", "230103")
PRODUCTS = ("京华易贷", "京华薪享贷", "京华车主贷", "京华装修贷", "京华购物分期")
REASONS = (
    ("失业，正在找工作", 10), ("公司裁员，暂无收入", 6), ("收入下降，生意经营困难", 12), ("生病住院，医疗支出大", 7),
    ("家庭变故", 4), ("忘记还款日期", 8), ("多头借贷，其他贷款压力大", 9), ("对罚息金额有争议", 3),
    ("联系不上本人", 6), ("", 35),
)
DPD_BANDS = ((1, 30, 45), (31, 60, 20), (61, 90, 12), (91, 120, 8), (121, 150, 5), (151, 180, 4), (181, 720, 6))
RESULTS = (("ptp", 30), ("plan_agreed", 8), ("paid", 5), ("refused", 9), ("hardship", 10), ("not_home", 20),
           ("moved", 4), ("third_party", 8), ("dispute", 3), ("complaint", 3))
SLOTS = (time(9, 30), time(11, 0), time(14, 0), time(15, 30))
HISTORY_CASES = 360


@dataclass(frozen=True)
class DemoResult:
    branches: int
    users: int
    customers: int
    cases: int
    visits: int


def _money(x: float) -> Decimal:
    return Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_UP)


def _weighted(rng: random.Random, table):  # noqa: ANN001, ANN202
    values, weights = zip(*table, strict=True)
    return rng.choices(values, weights)[0]


class _Ids:
    """Explicit primary keys so that related rows can be built before insert (bulk, no round trips)."""

    def __init__(self, s, models) -> None:  # noqa: ANN001
        self.next = {m: (s.scalar(select(func.max(m.id))) or 0) + 1 for m in models}

    def take(self, model) -> int:  # noqa: ANN001
        i = self.next[model]
        self.next[model] = i + 1
        return i


def seed_demo(
    db: Database, n: int, *, seed: int = 1, today: date | None = None,
    progress: Callable[[str, int, int], None] | None = None, chunk: int = 20000,
) -> DemoResult:
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    today = today or datetime.now(BRANCH_TZ).date()
    now = datetime.now(UTC)
    report = progress or (lambda *_: None)

    names = list({fake.name() for _ in range(4000)})
    names.sort()
    streets = sorted({fake.street_name() for _ in range(400)})
    companies = sorted({fake.company() for _ in range(600)})

    from desktop.services.setup import ensure_reference_data

    ensure_reference_data(db)
    with db.session_factory.begin() as s:
        # --- branches and staff -------------------------------------------------------------------
        branch_ids: list[int] = []
        branch_districts: dict[int, tuple[str, ...]] = {}
        for name, code, districts in BRANCHES:
            b = s.scalar(select(Branch).where(Branch.name == name))
            if b is None:
                b = Branch(name=name, code=code, city="北京")
                s.add(b)
                s.flush()
            branch_ids.append(b.id)
            branch_districts[b.id] = districts
        pw = hash_password(DEMO_PASSWORD)
        staff: dict[int, list[int]] = {bid: [] for bid in branch_ids}
        created_users = 0

        def user(login: str, role: str, bid: int | None, emp: str) -> int:
            nonlocal created_users
            u = s.scalar(select(User).where(User.login == login))
            if u is None:
                u = User(login=login, display_name=fake.name(), role=role, branch_id=bid, employee_no=emp,
                         password_hash=pw)
                s.add(u)
                s.flush()
                created_users += 1
            return u.id

        user("manager", "manager", branch_ids[0], "D0001")
        for i, bid in enumerate(branch_ids):
            user(f"sup{i + 1}", "supervisor", bid, f"D01{i + 1:02d}")
            for j in range(4):
                k = i * 4 + j + 1
                staff[bid].append(user(f"c{k:02d}", "collector", bid, f"D1{k:03d}"))

        ids = _Ids(s, (Customer, Loan, Case))
        # --- customers, loans, cases (bulk) --------------------------------------------------------
        used_ids: set[str] = set()
        taken_hashes: set[str] = set(s.scalars(select(Customer.id_hash)))
        cust_rows: list[dict] = []
        loan_rows: list[dict] = []
        case_rows: list[dict] = []
        case_meta: list[tuple[int, int, int, str, Decimal, int]] = []  # case, cust, branch, addr, total, dpd
        customer_id = None
        made = 0
        while made < n:
            bid = branch_ids[rng.randrange(len(branch_ids))]
            district = rng.choice(branch_districts[bid])
            name = rng.choice(names)
            while True:
                birth = date(1965, 1, 1) + timedelta(days=rng.randrange(365 * 38))
                first17 = f"{rng.choice(AREA_CODES)}{birth:%Y%m%d}{rng.randrange(1000):03d}"
                idn = first17 + id_check_digit(first17)
                if idn not in used_ids and (not taken_hashes or lookup_hash(idn) not in taken_hashes):
                    used_ids.add(idn)
                    break
            mobile = f"1{rng.choice('3456789')}{rng.randrange(10)}{rng.randrange(10**8):08d}"
            home = f"北京市{district}{rng.choice(streets)}{rng.randrange(1, 300)}号{rng.randrange(1, 30)}号楼{rng.randrange(1, 6)}单元{rng.randrange(1, 28)}{rng.randrange(1, 5):02d}室"
            has_work = rng.random() < 0.65
            employer = rng.choice(companies) if has_work else None
            work = f"北京市{rng.choice(branch_districts[bid])}{rng.choice(streets)}{rng.randrange(1, 500)}号" if has_work else None
            if rng.random() < 0.04:  # a few with no usable address
                home, work = None, None
            customer_id = ids.take(Customer)
            cust_rows.append(dict(
                id=customer_id, name=name, **customer_pii(idn, mobile),
                home_address=home, work_address=work, employer=employer, created_at=now, updated_at=now, version=1,
            ))
            for _ in range(2 if rng.random() < 0.08 and made + 1 < n else 1):
                lo, hi = _weighted(rng, [((lo, hi), w) for lo, hi, w in DPD_BANDS])
                dpd = rng.randint(lo, hi)
                amount = _money(rng.choice((5, 10, 20, 30, 50, 80, 100, 150, 200)) * 1000)
                months = max(1, (dpd + 29) // 30)
                monthly = amount / 12
                principal = min(amount, _money(float(monthly) * min(months, 12) * rng.uniform(0.85, 1.0)))
                interest = _money(float(principal) * 0.015 * months)
                penalty = _money(float(principal) * 0.0005 * dpd)
                total = principal + interest + penalty
                reason = _weighted(rng, REASONS) or None
                loan_id = ids.take(Loan)
                contract = f"HT{today:%Y}{loan_id:08d}"
                loan_rows.append(dict(
                    id=loan_id, contract_no=contract, customer_id=customer_id, branch_id=bid,
                    product=rng.choice(PRODUCTS), loan_amount=amount,
                    outstanding_principal=_money(float(amount) * rng.uniform(0.3, 0.95)),
                    overdue_principal=principal, overdue_interest=interest, penalty_interest=penalty,
                    overdue_total=total, dpd=dpd, first_overdue_date=today - timedelta(days=dpd),
                    last_payment_date=today - timedelta(days=dpd + rng.randrange(0, 40)) if rng.random() < 0.8 else None,
                    data_date=today, reason_text=reason, reason_category=categorize_reason(reason),
                    updated_at=now,
                ))
                case_id = ids.take(Case)
                collectors = staff[bid]
                assigned = rng.choice(collectors) if rng.random() < 0.75 else None
                case_rows.append(dict(
                    id=case_id, loan_id=loan_id, customer_id=customer_id, branch_id=bid, assigned_to_id=assigned,
                    status="new", contract_no=contract, customer_name=name, bucket=bucket_for_dpd(dpd), dpd=dpd,
                    overdue_total=total, priority=0, opened_at=now, updated_at=now, version=1,
                ))
                case_meta.append((case_id, customer_id, bid, home or work or "", total, dpd))
                made += 1
            if len(case_rows) >= chunk:
                _flush(s, cust_rows, loan_rows, case_rows)
                report("cases", made, n)
        _flush(s, cust_rows, loan_rows, case_rows)
        report("cases", made, n)

        visits = _history(s, rng, case_meta, staff, today, now)
        if db.engine.dialect.name == "postgresql":
            for table in ("customers", "loans", "cases", "visits", "outcomes", "promises", "payments",
                          "collection_plans", "plan_installments", "assessments", "tasks", "complaints"):
                s.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 1))"
                ))
        audit.record(s, system_actor(), "demo.seed", detail=f"演示数据：{made} 个案件，{visits} 次外访，种子 {seed}",
                     after={"cases": made, "visits": visits, "seed": seed})
    return DemoResult(len(branch_ids), created_users, len(used_ids), made, visits)


def _flush(s, cust_rows: list, loan_rows: list, case_rows: list) -> None:  # noqa: ANN001
    conn = s.connection()  # Core executemany: one statement per table and chunk
    for model, rows in ((Customer, cust_rows), (Loan, loan_rows), (Case, case_rows)):
        if rows:
            conn.execute(model.__table__.insert(), rows)
    cust_rows.clear()
    loan_rows.clear()
    case_rows.clear()


def _local(d: date, t: time) -> datetime:
    return datetime.combine(d, t, tzinfo=BRANCH_TZ).astimezone(UTC)


def _history(s, rng: random.Random, case_meta: list, staff: dict[int, list[int]], today: date, now: datetime) -> int:  # noqa: ANN001, C901, PLR0915
    """60 days of visits, outcomes, promises, payments and plans, and the next 14 days' visits.

    Respects the visiting rules: two collectors of the case's branch, working days only, between 09:30
    and 16:30, at most 4 visits per team and day an hour apart, a case at most once in 14 days, notice
    recorded two days ahead.
    """
    chosen = [m for m in case_meta if m[3]]
    rng.shuffle(chosen)
    chosen = chosen[:HISTORY_CASES]
    by_branch: dict[int, list] = {}
    for m in chosen:
        by_branch.setdefault(m[2], []).append(m)
    last_visit: dict[int, date] = {}
    is_workday = WorkCalendar().is_workday
    n_visits = 0
    ids = _Ids(s, (Visit, Outcome, PromiseToPay, Payment, CollectionPlan, PlanInstallment, Assessment,
                   FollowUpTask, Complaint))
    visit_rows, member_rows, outcome_rows, promise_rows, payment_rows = [], [], [], [], []
    plan_rows, inst_rows, assess_rows, task_rows, complaint_rows = [], [], [], [], []
    visit_customer: dict[int, int] = {}
    complaint_of: dict[int, int] = {}  # customer id -> id of the complaint that stops visits
    case_updates: dict[int, dict] = {}
    dnv_customers: list[int] = []
    for bid, cases in by_branch.items():
        team_members = staff[bid]
        teams = [(team_members[0], team_members[1]), (team_members[2], team_members[3])]
        pointer = 0
        for offset in range(-60, 15):
            day = today + timedelta(days=offset)
            if not is_workday(day):
                continue
            for team in teams:
                for slot in SLOTS[: rng.randint(2, 4)]:
                    # next case not seen in the last 14 days
                    for _ in range(len(cases)):
                        meta = cases[pointer % len(cases)]
                        pointer += 1
                        lv = last_visit.get(meta[0])
                        if lv is None or (day - lv).days >= 14:
                            break
                    else:
                        continue
                    case_id, cust_id, _, addr, total, dpd = meta
                    last_visit[case_id] = day
                    start = _local(day, slot)
                    end = start + timedelta(hours=1)
                    future = start > now
                    notice_at = start - timedelta(days=2)
                    if future and notice_at > now:
                        status, notice = "planned", None
                    elif future:
                        status, notice = "notified", notice_at
                    else:
                        status, notice = ("done" if rng.random() < 0.9 else "missed"), notice_at
                    vid = ids.take(Visit)
                    visit_rows.append(dict(
                        id=vid, case_id=case_id, branch_id=bid, start_at=start, end_at=end, address=addr,
                        address_kind="home", purpose="了解逾期原因，协商还款安排", status=status, notice_at=notice,
                        notice_channel="sms" if notice else None, cancel_reason=None,
                        customer_agreed_outside_window=False,
                        customer_agreed_weekend=False, created_by_id=team[0], created_at=start - timedelta(days=3),
                        version=1,
                    ))
                    visit_customer[vid] = cust_id
                    member_rows += [dict(visit_id=vid, user_id=team[0]), dict(visit_id=vid, user_id=team[1])]
                    n_visits += 1
                    upd = case_updates.setdefault(case_id, {"id": case_id})
                    upd.update(assigned_to_id=team[0])
                    if status != "done":
                        if future:
                            upd.update(status="scheduled", next_action_date=day)
                        continue
                    code = _weighted(rng, RESULTS)
                    met = {"not_home": "nobody", "moved": "nobody", "third_party": "family"}.get(code, "borrower")
                    oid = ids.take(Outcome)
                    attitude = {"refused": "hostile", "dispute": "evasive", "complaint": "hostile"}.get(
                        code, rng.choice(("cooperative", "cooperative", "neutral")))
                    outcome_rows.append(dict(
                        id=oid, case_id=case_id, visit_id=vid, channel="visit", met=met, result_code=code,
                        attitude=None if met == "nobody" else attitude,
                        willingness=None if met == "nobody" else rng.choice(("cooperative", "hesitant", "evasive")),
                        ability=None if met == "nobody" else rng.choice(("stable", "reduced", "no_income")),
                        conduct_id_shown=True, conduct_recording=True, conduct_no_entry=True,
                        recording_ref=f"REC-{vid:06d}", notes=_note(code), occurred_at=start + timedelta(minutes=40),
                        recorded_by_id=team[0], recorded_at=end + timedelta(hours=2),
                    ))
                    upd.update(status="visited", last_outcome=code, last_contact_at=start,
                               next_action_date=day + timedelta(days=7))
                    if code == "ptp":
                        amount = (total * Decimal(rng.choice(("0.2", "0.3", "0.5", "1")))).quantize(CENT)
                        due = day + timedelta(days=rng.randint(3, 10))
                        pid = ids.take(PromiseToPay)
                        pstatus, paid = "open", Decimal("0.00")
                        if due + timedelta(days=1) < today:
                            fate = rng.random()
                            if fate < 0.6:
                                pstatus, paid = "kept", amount
                            elif fate < 0.75:
                                pstatus, paid = "partly_kept", (amount / 2).quantize(CENT)
                            else:
                                pstatus = "broken"
                        promise_rows.append(dict(
                            id=pid, case_id=case_id, outcome_id=oid, amount=amount, due_date=due, status=pstatus,
                            paid_amount=paid, judged_at=_local(due + timedelta(days=2), time(6)) if pstatus != "open" else None,
                            created_by_id=team[0], created_at=end, version=1,
                        ))
                        if paid:
                            payment_rows.append(dict(
                                id=ids.take(Payment), loan_id=_loan_of(s, case_id), case_id=case_id, amount=paid,
                                paid_on=due - timedelta(days=rng.randint(0, 2)), channel="bank",
                                txn_no=f"TXN{case_id:07d}{pid:06d}", source="import", created_at=now,
                            ))
                        if pstatus == "broken":
                            task_rows.append(dict(
                                id=ids.take(FollowUpTask), case_id=case_id, branch_id=bid, assigned_to_id=team[0],
                                kind="promise_broken", source_key=f"promise_broken:{pid}",
                                title="承诺还款未履行，请跟进", due_date=due + timedelta(days=2), priority=3,
                                status="open", created_at=now, version=1,
                            ))
                            upd.update(priority=3)
                        else:
                            upd.update(status="promised")
                    elif code == "plan_agreed":
                        plid = ids.take(CollectionPlan)
                        count = rng.choice((6, 9, 12))
                        per = (total / count).quantize(CENT, rounding="ROUND_DOWN")
                        plan_rows.append(dict(
                            id=plid, case_id=case_id, strategy="installment", goals="按月分期还清逾期金额",
                            status="active", total_amount=total, down_payment=Decimal("0.00"),
                            installment_count=count, frequency="monthly", first_due=day + timedelta(days=15),
                            monthly_capacity=(per * Decimal("1.2")).quantize(CENT), waiver_interest=Decimal("0.00"),
                            waiver_penalty=Decimal("0.00"), waiver_principal=Decimal("0.00"),
                            approved_by_id=None, created_by_id=team[0], created_at=end, version=1,
                        ))
                        for k in range(count):
                            due = _add_months(day + timedelta(days=15), k)
                            amt = per if k < count - 1 else total - per * (count - 1)
                            paid_amt = amt if due < today else Decimal("0.00")
                            inst_rows.append(dict(
                                id=ids.take(PlanInstallment), plan_id=plid, no=k + 1, due_date=due, amount=amt,
                                paid_amount=paid_amt, status="paid" if paid_amt else "due",
                            ))
                        upd.update(status="on_plan")
                    elif code == "complaint":
                        complaint_rows.append(dict(
                            id=ids.take(Complaint), case_id=case_id, visit_id=vid, against_user_id=team[1],
                            description="客户投诉外访人员语气生硬", status="open", created_by_id=team[0],
                            created_at=end, version=1,
                        ))
                        dnv_customers.append(cust_id)
                        complaint_of[cust_id] = complaint_rows[-1]["id"]
                    if rng.random() < 0.7:
                        grade = "A" if dpd <= 30 else "B" if dpd <= 90 else "C" if dpd <= 180 else "D"
                        assess_rows.append(dict(
                            id=ids.take(Assessment), case_id=case_id, scorecard_version=1,
                            score=min(100, 20 + dpd // 4), grade=grade, recommended_action="visit", chosen_action="visit",
                            factors=[], willingness=None, ability=None, bulk=False, assessed_by_id=team[0],
                            assessed_at=start - timedelta(days=4),
                        ))
                        upd.setdefault("risk_grade", grade)
    # as OutcomeService does when a complaint is recorded: the customer's visits still ahead are called off;
    # so are those of a case whose installment plan is being kept (the do_not_visit rule refuses them)
    on_plan = {p["case_id"] for p in plan_rows if p["status"] == "active"}
    for v in visit_rows:
        if v["status"] not in ("planned", "notified"):
            continue
        cid = complaint_of.get(visit_customer[v["id"]])
        if cid is not None:
            v.update(status="cancelled", cancel_reason=f"客户投诉处理中（投诉 #{cid}），暂停外访")
        elif v["case_id"] in on_plan:
            v.update(status="cancelled", cancel_reason="分期还款计划履约中，暂停外访")
    for rows, model in ((visit_rows, Visit), (member_rows, VisitMember), (outcome_rows, Outcome),
                        (promise_rows, PromiseToPay), (payment_rows, Payment), (plan_rows, CollectionPlan),
                        (inst_rows, PlanInstallment), (assess_rows, Assessment), (task_rows, FollowUpTask),
                        (complaint_rows, Complaint)):
        if rows:
            s.connection().execute(model.__table__.insert(), rows)
    for upd in case_updates.values():
        case = s.get(Case, upd.pop("id"))
        for k, v in upd.items():
            setattr(case, k, v)
    for cid in dnv_customers:
        c = s.get(Customer, cid)
        c.do_not_visit = "complaint"
        c.do_not_visit_note = "投诉处理中"
    s.flush()
    return n_visits


def _loan_of(s, case_id: int) -> int:  # noqa: ANN001
    return s.scalar(select(Case.loan_id).where(Case.id == case_id))


def _add_months(d: date, k: int) -> date:
    import calendar

    m = d.month - 1 + k
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _note(code: str) -> str:
    return {
        "ptp": "借款人说明近期收入不稳定，承诺在约定日期前通过公司账户还款。",
        "plan_agreed": "借款人失业数月，已找到新工作，同意按月分期还款。",
        "paid": "借款人当场通过公司 App 还款，已核对流水。",
        "refused": "借款人情绪激动，拒绝沟通还款事宜。",
        "hardship": "借款人家中有病人，收入大幅下降，需评估困难帮扶。",
        "not_home": "多次敲门无人应答，已在门口留下联系卡片。",
        "moved": "邻居称借款人已搬走，地址失效。",
        "third_party": "仅见到借款人家属，未透露债务细节，请其转告回电。",
        "dispute": "借款人对罚息金额有异议，需核实合同条款。",
        "complaint": "借款人对上次外访人员态度不满，提出投诉。",
    }.get(code, "")
