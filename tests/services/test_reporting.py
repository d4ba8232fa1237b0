"""Report queries on a hand-built dataset: every KPI against numbers worked out by hand (literals below).

The dataset (period 2025-03-03 Mon … 2025-03-09 Sun, five working days; the clock stands on 2025-03-20):

branch A (北京朝阳营业部: 王芳 c1, 刘洋 c2), branch B (北京海淀营业部: 陈静 c9)

visits (local time)                 team      status     outcome (contacted/right party/promise)
V1 03-03 08:00                      c1+c2     done       ptp            (yes/yes/yes)
V2 03-04 10:00                      c1+c2     done       not_home       (no/no/no)
V3 03-05 10:00                      c1+c2     done       third_party    (yes/no/no)
V4 03-06 10:00                      c1+c2     missed     —
V5 03-07 10:00                      c1+c2     cancelled  —
V6 03-10 00:30 (UTC 03-09 16:30)    c1+c2     done       ptp            outside the period (local date)
V8 03-04 14:00 (branch B)           c9        done       refused        (yes/yes/no)

promises (due date, recorder, amount, status, paid): P1 03-05 c1 1000.00 kept 1000.00; P2 03-06 c1 500.00
partly 200.00; P3 03-07 c2 300.00 broken 0; P4 03-08 c1 400.00 open; P5 03-12 c1 999.00 kept (outside);
P6 03-09 c1 100.00 kept 150.00 (over-paid: counts 100.00).
payments: 03-05 case1 (c1) 1000.00; 03-06 case2 (c1) 200.00; 03-07 case3 (c2) 33.33; 03-08 case4
(unassigned) 66.67; 03-10 case1 12.34 (outside); 03-04 case5 (B, c9) 250.00.
complaints: 03-06 against c2; 03-07 against nobody; 03-11 against c1 (outside).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.models import (
    AuditEvent,
    Case,
    CollectionPlan,
    Complaint,
    Customer,
    ImportBatch,
    Loan,
    LoanSnapshot,
    Outcome,
    Payment,
    PlanInstallment,
    PromiseToPay,
    Visit,
    VisitMember,
)
from desktop.services import audit
from desktop.services.context import BRANCH_TZ, Clock
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.reporting import KPI_DEFINITIONS, ReportService, per, ratio

D0, D1 = date(2025, 3, 3), date(2025, 3, 9)
D = Decimal


class FixedClock(Clock):
    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now


CLOCK = FixedClock(datetime(2025, 3, 20, 2, 0, tzinfo=UTC))


def local(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=BRANCH_TZ).astimezone(UTC)


def svc(world, actor) -> ReportService:  # noqa: ANN001
    return ReportService(world.db, actor, CLOCK)


def _uid(world, actor) -> int:  # noqa: ANN001
    return actor.user_id


_seq = iter(range(1, 10_000))


def make_case(s, world, branch_id: int, *, dpd: int = 10, total: str = "1000.00", assigned: int | None = None,  # noqa: ANN001
              status: str = "new", opened: datetime | None = None, closed_at: datetime | None = None,
              address: str = "北京市朝阳区建国路88号") -> Case:
    from desktop.models.enums import bucket_for_dpd

    k = next(_seq)
    idn = f"11010519900101{k:04d}"
    c = Customer(name=f"客户{k}", id_number=idn, mobile=f"1381234{k:04d}", home_address=address)
    s.add(c)
    s.flush()
    loan = Loan(contract_no=f"HT-{k:05d}", customer_id=c.id, branch_id=branch_id, overdue_total=D(total), dpd=dpd,
                data_date=date(2025, 3, 1))
    s.add(loan)
    s.flush()
    case = Case(loan_id=loan.id, customer_id=c.id, branch_id=branch_id, assigned_to_id=assigned, status=status,
                contract_no=loan.contract_no, customer_name=c.name, bucket=bucket_for_dpd(dpd), dpd=dpd,
                overdue_total=D(total), opened_at=opened or datetime(2025, 1, 1, tzinfo=UTC), closed_at=closed_at)
    s.add(case)
    s.flush()
    return case


def visit(s, case: Case, start: datetime, status: str, team: list[int], code: str | None = None,  # noqa: ANN001
          attitude: str | None = "cooperative") -> Visit:
    v = Visit(case_id=case.id, branch_id=case.branch_id, start_at=start, end_at=start + timedelta(hours=1),
              address=case.customer.home_address, status=status, created_by_id=team[0])
    s.add(v)
    s.flush()
    for uid in team:
        s.add(VisitMember(visit_id=v.id, user_id=uid))
    if code:
        s.add(Outcome(case_id=case.id, visit_id=v.id, met="nobody" if code == "not_home" else "borrower",
                      result_code=code, attitude=attitude, occurred_at=start + timedelta(minutes=30),
                      recorded_by_id=team[0]))
    s.flush()
    return v


def promise(s, case: Case, due: date, by: int, amount: str, status: str, paid: str = "0.00") -> None:  # noqa: ANN001
    s.add(PromiseToPay(case_id=case.id, amount=D(amount), due_date=due, status=status, paid_amount=D(paid),
                       created_by_id=by))


def payment(s, case: Case, on: date, amount: str) -> None:  # noqa: ANN001
    s.add(Payment(loan_id=case.loan_id, case_id=case.id, amount=D(amount), paid_on=on, txn_no=f"T{next(_seq)}"))


@pytest.fixture
def data(world):  # noqa: ANN001, ANN201
    return build_data(world)


def build_data(world):  # noqa: ANN001, ANN201
    """The dataset of the module docstring, written straight into the tables."""
    a, b = world.branch_id, world.other_branch_id
    c1, c2, c9 = world.collector.user_id, world.collector2.user_id, world.other_collector.user_id
    with world.db.session_factory.begin() as s:
        case1 = make_case(s, world, a, assigned=c1)
        case2 = make_case(s, world, a, assigned=c1)
        case3 = make_case(s, world, a, assigned=c2)
        case4 = make_case(s, world, a, assigned=None)
        case5 = make_case(s, world, b, assigned=c9, address="北京市海淀区中关村大街1号")
        team = [c1, c2]
        visit(s, case1, local(2025, 3, 3, 8), "done", team, "ptp")
        visit(s, case2, local(2025, 3, 4), "done", team, "not_home", attitude=None)
        visit(s, case3, local(2025, 3, 5), "done", team, "third_party", attitude="neutral")
        visit(s, case4, local(2025, 3, 6), "missed", team)
        visit(s, case1, local(2025, 3, 7), "cancelled", team)
        visit(s, case2, local(2025, 3, 10, 0, 30), "done", team, "ptp")
        visit(s, case5, local(2025, 3, 4, 14), "done", [c9], "refused", attitude="hostile")
        promise(s, case1, date(2025, 3, 5), c1, "1000.00", "kept", "1000.00")
        promise(s, case2, date(2025, 3, 6), c1, "500.00", "partly_kept", "200.00")
        promise(s, case3, date(2025, 3, 7), c2, "300.00", "broken")
        promise(s, case1, date(2025, 3, 8), c1, "400.00", "open")
        promise(s, case2, date(2025, 3, 12), c1, "999.00", "kept", "999.00")
        promise(s, case1, date(2025, 3, 9), c1, "100.00", "kept", "150.00")
        payment(s, case1, date(2025, 3, 5), "1000.00")
        payment(s, case2, date(2025, 3, 6), "200.00")
        payment(s, case3, date(2025, 3, 7), "33.33")
        payment(s, case4, date(2025, 3, 8), "66.67")
        payment(s, case1, date(2025, 3, 10), "12.34")
        payment(s, case5, date(2025, 3, 4), "250.00")
        s.add(Complaint(case_id=case3.id, against_user_id=c2, description="语气生硬", created_at=local(2025, 3, 6, 15)))
        s.add(Complaint(case_id=case4.id, against_user_id=None, description="多次来电", created_at=local(2025, 3, 7, 9)))
        s.add(Complaint(case_id=case1.id, against_user_id=c1, description="期外", created_at=local(2025, 3, 11, 9)))
    return world


# ---------------------------------------------------------------------------------------- helpers


def test_ratio_and_per_guard_divisions():
    assert ratio(2, 3) == D("0.6667")
    assert ratio(1, 3) == D("0.3333")
    assert ratio(0, 5) == D("0.0000")
    assert ratio(5, 0) is None and ratio(0, 0) is None and ratio(None, 3) is None
    assert per(3, 5) == D("0.60") and per(1, 0) is None


def test_every_kpi_has_a_definition_with_numerator():
    for code, d in KPI_DEFINITIONS.items():
        assert d.name and d.formula and d.numerator, code
    rates = ("completion_rate", "contact_rate", "rpc_rate", "promise_rate", "kept_rate_count", "kept_rate_amount",
             "visits_per_workday", "roll_rate", "roll_rate_amount")
    assert all(KPI_DEFINITIONS[c].denominator for c in rates)


# ------------------------------------------------------------------------------------ permissions


def test_collectors_and_admins_are_refused(data):
    for actor in (data.collector, data.admin):
        with pytest.raises(PermissionDenied):
            svc(data, actor).performance(D0, D1)


def test_supervisor_is_confined_to_the_branch(data):
    s = svc(data, data.supervisor)
    with pytest.raises(PermissionDenied, match="本营业部"):
        s.performance(D0, D1, data.other_branch_id)
    r = s.performance(D0, D1)
    assert r.meta.branch_label == "北京朝阳营业部"
    assert [row["branch"] for row in r.table("by_branch").dicts()] == ["北京朝阳营业部"]
    with pytest.raises(PermissionDenied):
        s.performance(D0, D1, collector_id=data.other_collector.user_id)


def test_bad_period_is_a_validation_error(data):
    with pytest.raises(ValidationError, match="晚于"):
        svc(data, data.manager).visits(D1, D0)


# ------------------------------------------------------------------------------------ performance


def test_performance_by_collector(data):
    r = svc(data, data.supervisor).performance(D0, D1)
    t = r.table("by_collector")
    c1 = t.find("collector", "王芳")
    assert (c1["visits_planned"], c1["visits_done"], c1["contacted"], c1["right_party"], c1["promised"]) == (4, 3, 2, 1, 1)
    assert c1["completion_rate"] == D("0.7500")
    assert c1["contact_rate"] == D("0.6667")
    assert c1["rpc_rate"] == D("0.3333")
    assert c1["promise_rate"] == D("1.0000")
    assert (c1["promises_judged"], c1["promises_kept"]) == (3, 2)
    assert c1["kept_rate_count"] == D("0.6667")
    assert c1["promised_amount"] == D("1600.00") and c1["kept_amount"] == D("1300.00")
    assert c1["kept_rate_amount"] == D("0.8125")
    assert c1["recovered"] == D("1200.00")
    assert c1["workdays"] == 5 and c1["per_workday"] == D("0.60")
    assert c1["complaints"] == 0
    c2 = t.find("collector", "刘洋")
    assert (c2["visits_planned"], c2["visits_done"]) == (4, 3)
    assert (c2["promises_judged"], c2["promises_kept"], c2["kept_rate_count"]) == (1, 0, D("0.0000"))
    assert c2["kept_rate_amount"] == D("0.0000") and c2["recovered"] == D("33.33") and c2["complaints"] == 1
    stray = t.find("collector", "（未分配）")
    assert stray["recovered"] == D("66.67") and stray["complaints"] == 1 and stray["per_workday"] is None
    tot = dict(zip((c.key for c in t.columns), t.totals, strict=True))
    assert (tot["visits_planned"], tot["visits_done"], tot["contacted"]) == (8, 6, 4)
    assert tot["contact_rate"] == D("0.6667")
    assert tot["recovered"] == D("1300.00") and tot["complaints"] == 2
    assert tot["workdays"] == 10 and tot["per_workday"] == D("0.60")


def test_performance_by_branch_counts_each_visit_once(data):
    r = svc(data, data.manager).performance(D0, D1)
    t = r.table("by_branch")
    a = t.find("branch", "北京朝阳营业部")
    assert (a["visits_planned"], a["visits_done"], a["contacted"], a["right_party"], a["promised"]) == (4, 3, 2, 1, 1)
    assert a["contact_rate"] == D("0.6667") and a["promise_rate"] == D("1.0000")
    assert (a["promises_judged"], a["promises_kept"]) == (4, 2)
    assert a["kept_rate_count"] == D("0.5000")
    assert a["promised_amount"] == D("1900.00") and a["kept_amount"] == D("1300.00")
    assert a["kept_rate_amount"] == D("0.6842")
    assert a["recovered"] == D("1300.00") and a["complaints"] == 2 and a["per_workday"] == D("0.60")
    b = t.find("branch", "北京海淀营业部")
    assert (b["visits_planned"], b["visits_done"], b["contacted"], b["right_party"], b["promised"]) == (1, 1, 1, 1, 0)
    assert b["promise_rate"] == D("0.0000")  # zero promises out of one contact: 0 %, not "—"
    assert b["kept_rate_count"] is None  # nothing judged: "—"
    assert b["recovered"] == D("250.00") and b["per_workday"] == D("0.20")
    # the total is the whole scope's per working day (as in the summary report), not per branch-day
    tot = dict(zip((c.key for c in t.columns), t.totals, strict=True))
    assert tot["workdays"] == a["workdays"] == b["workdays"]
    assert tot["per_workday"] == (D(tot["visits_done"]) / tot["workdays"]).quantize(D("0.01"))
    tot = dict(zip((c.key for c in t.columns), t.totals, strict=True))
    assert (tot["visits_planned"], tot["visits_done"], tot["contacted"], tot["right_party"]) == (5, 4, 3, 2)
    assert tot["contact_rate"] == D("0.7500") and tot["rpc_rate"] == D("0.5000") and tot["promise_rate"] == D("0.5000")
    assert tot["recovered"] == D("1550.00")


def test_performance_for_one_collector(data):
    r = svc(data, data.manager).performance(D0, D1, collector_id=data.collector2.user_id)
    rows = r.table("by_collector").dicts()
    assert [x["collector"] for x in rows] == ["刘洋"]
    assert rows[0]["visits_done"] == 3 and rows[0]["recovered"] == D("33.33")


def test_weekly_trend(data):
    r = svc(data, data.manager).performance(D0, D1)
    w = r.table("weekly").dicts()
    assert [x["week_start"] for x in w] == [date(2025, 3, 3)]
    assert (w[0]["visits_planned"], w[0]["visits_done"], w[0]["contacted"], w[0]["promised"]) == (5, 4, 3, 1)
    assert (w[0]["promises_judged"], w[0]["promises_kept"], w[0]["kept_rate"]) == (4, 2, D("0.5000"))
    assert w[0]["recovered"] == D("1550.00")


def test_empty_period_gives_dashes_not_zero_percent(data):
    r = svc(data, data.manager).performance(date(2025, 2, 10), date(2025, 2, 16))  # Mon–Sun, five working days
    c1 = r.table("by_collector").find("collector", "王芳")
    assert c1["visits_done"] == 0 and c1["recovered"] == D("0.00") and c1["workdays"] == 5
    for k in ("completion_rate", "contact_rate", "rpc_rate", "promise_rate", "kept_rate_count", "kept_rate_amount"):
        assert c1[k] is None, k
    assert c1["per_workday"] == D("0.00")
    future = svc(data, data.manager).performance(date(2025, 6, 2), date(2025, 6, 8))
    row = future.table("by_collector").find("collector", "王芳")
    assert row["workdays"] == 0 and row["per_workday"] is None
    tot = dict(zip((c.key for c in future.table("by_branch").columns), future.table("by_branch").totals, strict=True))
    assert tot["contact_rate"] is None and tot["per_workday"] is None


def test_summary_kpis(data):
    r = svc(data, data.manager).summary(D0, D1)
    k = {x.code: x for x in r.kpis}
    assert k["visits_planned"].value == 5 and k["visits_done"].value == 4
    assert k["contact_rate"].value == D("0.7500") and (k["contact_rate"].numerator, k["contact_rate"].denominator) == (3, 4)
    assert k["kept_rate_amount"].value == D("0.6842")
    assert k["amount_recovered"].value == D("1550.00")
    assert k["visits_per_workday"].value == D("0.80")  # 4 visits / 5 working days
    assert k["complaints"].value == 2
    assert k["cases_open"].value == 5 and k["overdue_total"].value == D("5000.00")
    # the branch table lists every branch with open cases (with or without activity) and adds up to the headline
    b = r.branches
    assert sum(x[1] for x in b.rows) == b.totals[1] == k["cases_open"].value
    assert sum(x[2] for x in b.rows) == b.totals[2] == k["overdue_total"].value
    assert sum(x[3] for x in b.rows) == b.totals[3] == k["visits_done"].value


# ------------------------------------------------------------------------------- visits, outcomes


def test_visit_log_rows_and_masking(data):
    r = svc(data, data.supervisor).visits(D0, D1)
    rows = r.table("visits").dicts()
    assert len(rows) == 5  # V1–V5 (V6 is on 03-10 local time, V8 in the other branch)
    first = rows[0]
    assert first["date"] == date(2025, 3, 3) and first["time"] == "08:00–09:00"
    assert first["team"] == "王芳、刘洋" and first["district"] == "朝阳区" and first["status"] == "已完成"
    assert first["result"] == "承诺还款" and first["attitude"] == "配合" and first["met"] == "借款人本人"
    assert first["id_number"].startswith("110105") and "*" in first["id_number"]
    assert "****" in first["mobile"]
    assert [x["status"] for x in rows] == ["已完成", "已完成", "已完成", "未执行", "已取消"]
    assert r.meta.masked


def test_unmasked_visit_log_is_audited(data):
    s = svc(data, data.supervisor)
    with data.db.session_factory() as ss:
        before = ss.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "report.unmasked_export"))
    for reason in (None, "  ", "看看"[:1]):  # like revealing one customer's numbers: no reason, no report
        with pytest.raises(ValidationError, match="需要填写理由") as e:
            s.visits(D0, D1, unmasked=True, reason=reason)
        assert "needs a reason" in e.value.text("en")
    r = s.visits(D0, D1, unmasked=True, reason="核对法务移交名单")
    assert not r.meta.masked
    ids = r.table("visits").column("id_number")
    assert all(len(x) == 18 and "*" not in x for x in ids)
    with data.db.session_factory() as ss:
        ev = ss.scalars(select(AuditEvent).where(AuditEvent.action == "report.unmasked_export")).all()
    assert len(ev) == before + 1 and ev[-1].user_login == "sup" and ev[-1].after["rows"] == 5
    assert ev[-1].after["reason"] == "核对法务移交名单" and "理由：核对法务移交名单" in ev[-1].detail



def test_outcome_summary(data):
    r = svc(data, data.manager).outcomes(D0, D1)
    by_code = r.table("by_code")
    counts = {x["code"]: x["count"] for x in by_code.dicts()}
    assert counts["ptp"] == 1 and counts["not_home"] == 1 and counts["third_party"] == 1 and counts["refused"] == 1
    assert counts["paid"] == 0
    assert by_code.find("code", "ptp")["share"] == D("0.2500")
    assert by_code.total("count") == 4
    people = r.table("by_collector")
    assert people.find("collector", "王芳")["total"] == 3 and people.find("collector", "陈静")["total"] == 1
    branches = r.table("by_branch")
    assert branches.find("branch", "北京朝阳营业部")["total"] == 3
    assert branches.totals[-1] == 4
    empty = svc(data, data.manager).outcomes(date(2025, 4, 7), date(2025, 4, 13))
    assert empty.table("by_code").find("code", "ptp")["share"] is None


# ----------------------------------------------------------------------------- promises and plans


def test_promise_tracking(data):
    r = svc(data, data.supervisor).promises(D0, D1)
    rows = r.table("promises").dicts()
    assert [x["amount"] for x in rows] == [D("1000.00"), D("500.00"), D("300.00"), D("400.00"), D("100.00")]
    assert [x["status"] for x in rows] == ["已兑现", "部分兑现", "未兑现", "待判定", "已兑现"]
    assert rows[1]["gap"] == D("300.00")
    assert r.table("promises").total("amount") == D("2300.00")
    assert r.table("promises").total("paid") == D("1350.00")
    st = {x["status"]: x for x in r.table("by_status").dicts()}
    assert st["已兑现"]["count"] == 2 and st["待判定"]["count"] == 1 and st["已兑现"]["share"] == D("0.4000")
    assert all("*" in x["mobile"] for x in rows)


def test_plans(data):
    with data.db.session_factory.begin() as s:
        case = s.scalars(select(Case).where(Case.branch_id == data.branch_id).order_by(Case.id)).first()
        plan = CollectionPlan(case_id=case.id, strategy="installment", status="active", total_amount=D("300.00"),
                              installment_count=3, frequency="monthly", first_due=date(2025, 3, 1),
                              created_at=local(2025, 2, 20))
        s.add(plan)
        s.flush()
        s.add_all([
            PlanInstallment(plan_id=plan.id, no=1, due_date=date(2025, 3, 1), amount=D("100.00"),
                            paid_amount=D("100.00"), status="paid"),
            PlanInstallment(plan_id=plan.id, no=2, due_date=date(2025, 3, 8), amount=D("100.00"),
                            paid_amount=D("50.00"), status="partial"),
            PlanInstallment(plan_id=plan.id, no=3, due_date=date(2025, 4, 8), amount=D("100.00"),
                            paid_amount=D("0.00"), status="due"),
        ])
    r = svc(data, data.manager).plans(D0, D1)
    row = r.table("plans").dicts()[0]
    assert (row["due_n"], row["paid_n"], row["late_n"]) == (2, 1, 1)
    assert row["due_amount"] == D("200.00") and row["paid_amount"] == D("150.00") and row["paid_rate"] == D("0.7500")
    assert row["next_due"] == date(2025, 4, 8) and row["next_amount"] == D("100.00") and row["state"] == "逾期"
    assert row["status"] == "履约中"
    assert svc(data, data.manager).plans(date(2025, 5, 1), date(2025, 5, 31)).table("plans").rows == []


# --------------------------------------------------------------------------------------- compliance


def test_compliance(data):
    with data.db.session_factory.begin() as s:
        case = s.scalars(select(Case).where(Case.branch_id == data.branch_id).order_by(Case.id)).first()
        audit.record(s, data.supervisor, "visit.refused", entity="visit", case_id=case.id,
                     after={"rules": ["quiet_hours", "weekend"]}, at=local(2025, 3, 4))
        audit.record(s, data.collector, "visit.refused", entity="visit", case_id=case.id,
                     after={"violations": [{"rule_id": "quiet_hours"}]}, at=local(2025, 3, 5))
        audit.record(s, data.supervisor, "visit.override", entity="visit", entity_id=99, case_id=case.id,
                     after={"reason": "客户要求晚上见面"}, at=local(2025, 3, 5, 11))
        audit.record(s, data.supervisor, "pii.reveal", entity="customer", entity_id=case.customer_id,
                     case_id=case.id, detail="手机号码；理由：核实身份", at=local(2025, 3, 6))
        audit.record(s, data.supervisor, "pii.reveal", entity="customer", entity_id=case.customer_id,
                     case_id=case.id, detail="期外", at=local(2025, 3, 12))
    r = svc(data, data.manager).compliance(D0, D1)
    refused = {x["rule"]: x["count"] for x in r.table("refused").dicts()}
    assert refused == {"quiet_hours": 2, "weekend": 1}
    assert r.table("refused").find("rule", "quiet_hours")["title"] == "22:00–08:00 禁止上门"
    over = r.table("overrides").dicts()
    assert len(over) == 1 and over[0]["who"] == "张主管" and over[0]["reason"] == "客户要求晚上见面"
    assert over[0]["action"] == "外访时段例外（批准）"  # in words, not the audit code
    reveals = r.table("reveals").dicts()
    assert len(reveals) == 1 and "核实身份" in reveals[0]["detail"]
    complaints = r.table("complaints").dicts()
    assert [x["against"] for x in complaints] == ["刘洋", ""]
    summary = dict(r.table("summary").rows)
    assert summary["被拒绝的外访安排"] == 2 and summary["投诉"] == 2
    other = svc(data, data.manager).compliance(D0, D1, data.other_branch_id)
    assert other.table("refused").rows == [] and other.table("complaints").rows == []


# --------------------------------------------------------------------------------------------- aging


def test_aging_without_previous_import(data):
    r = svc(data, data.manager).aging()
    assert any("没有上一次导入" in n for n in r.meta.notes)
    t = r.table("aging")
    assert t.total("cases") == 5 and t.total("overdue_total") == D("5000.00")
    assert t.find("bucket", "M1")["prev_cases"] is None
    assert [x.key for x in r.tables] == ["aging", "aging_pivot"]


def test_aging_change_and_roll_rates(world):
    a, b = world.branch_id, world.other_branch_id
    with world.db.session_factory.begin() as s:
        prev = ImportBatch(file_name="d1.xlsx", sha256="1" * 64, data_date=date(2025, 3, 1),
                           started_at=local(2025, 3, 1, 9), finished_at=local(2025, 3, 1, 9, 5))
        latest = ImportBatch(file_name="d2.xlsx", sha256="2" * 64, data_date=date(2025, 3, 2),
                             started_at=local(2025, 3, 2, 9), finished_at=local(2025, 3, 2, 9, 5))
        s.add_all([prev, latest])
        s.flush()
        a1 = make_case(s, world, a, dpd=45, total="2000.00")
        make_case(s, world, a, dpd=10, total="1000.00")
        a3 = make_case(s, world, a, dpd=100, total="5000.00")
        make_case(s, world, a, dpd=25, total="800.00", status="closed", closed_at=local(2025, 3, 2, 9, 3))
        make_case(s, world, a, dpd=5, total="300.00", opened=local(2025, 3, 2, 9, 1))
        a6 = make_case(s, world, b, dpd=200, total="7000.00")
        for case, dpd, total in ((a1, 20, "1500.00"), (a3, 130, "6000.00"), (a6, 190, "7000.00")):
            s.add(LoanSnapshot(loan_id=case.loan_id, import_batch_id=latest.id, data_date=date(2025, 3, 2),
                               dpd_before=dpd, dpd_after=case.dpd, total_before=D(total), total_after=case.overdue_total))
    r = svc(world, world.manager).aging()
    assert r.meta.period_label.startswith("截至 2025-03-02")
    t = r.table("aging")
    m1 = next(x for x in t.dicts() if x["branch"] == "北京朝阳营业部" and x["bucket"] == "M1")
    assert (m1["cases"], m1["overdue_total"], m1["prev_cases"], m1["prev_total"]) == (2, D("1300.00"), 3, D("3300.00"))
    assert (m1["change_cases"], m1["change_total"]) == (-1, D("-2000.00"))
    assert m1["share"] == D("0.0850")  # 1300 / 15300
    m5 = next(x for x in t.dicts() if x["branch"] == "北京朝阳营业部" and x["bucket"] == "M5")
    assert (m5["cases"], m5["prev_cases"], m5["change_total"]) == (0, 1, D("-6000.00"))
    assert t.total("overdue_total") == D("15300.00") and t.total("prev_cases") == 5
    roll = r.table("roll")
    m1r = roll.find("bucket", "M1")
    assert (m1r["prev_cases"], m1r["rolled"], m1r["stayed"], m1r["improved"], m1r["closed"]) == (3, 1, 1, 0, 1)
    assert m1r["roll_rate"] == D("0.3333") and m1r["roll_rate_amount"] == D("0.4545")
    assert roll.find("bucket", "M5")["roll_rate"] == D("0.0000")
    assert roll.find("bucket", "M2")["roll_rate"] is None  # nobody was in M2: "—"
    assert roll.find("bucket", "M6+")["roll_rate"] is None  # nothing above M6+
    assert roll.total("roll_rate") == D("0.2000") and roll.total("roll_rate_amount") == D("0.0920")
    sup = svc(world, world.supervisor).aging()
    assert sup.table("aging").total("cases") == 4  # a1, a2, a3, a5 (a4 is closed, a6 in the other branch)

    # an older correction file imported afterwards does not turn the report back to its date
    with world.db.session_factory.begin() as s:
        s.add(ImportBatch(file_name="fix.xlsx", sha256="3" * 64, data_date=date(2025, 3, 1),
                          started_at=local(2025, 3, 2, 15), finished_at=local(2025, 3, 2, 15, 1)))
    again = svc(world, world.manager).aging()
    assert again.meta.period_label.startswith("截至 2025-03-02")
    assert "上一次导入（数据日期 2025-03-01）" in again.meta.notes[0] and "本次导入数据日期 2025-03-02" in again.meta.notes[0]
    assert again.table("roll").find("bucket", "M1")["roll_rate"] == D("0.3333")  # still the 03-01 → 03-02 move


# ------------------------------------------------------------------------------------------ dashboard


def test_dashboard(data):
    clock = FixedClock(datetime(2025, 3, 9, 6, tzinfo=UTC))
    d = ReportService(data.db, data.manager, clock).dashboard(weeks=2)
    assert [w.week_start for w in d.weeks] == [date(2025, 2, 24), date(2025, 3, 3)]
    assert d.weeks[1].visits_done == 4 and d.weeks[0].visits_done == 0 and d.weeks[0].kept_rate is None
    assert dict((b, n) for b, n, _ in d.buckets)["M1"] == 5


def test_build_dispatches_and_rejects_unknown(data):
    s = svc(data, data.manager)
    assert s.build("visits", D0, D1).meta.code == "visits"
    with pytest.raises(ValidationError):
        s.build("nope", D0, D1)
    with data.db.session_factory() as ss:
        assert ss.scalar(select(func.count()).select_from(Visit)) == 7


def test_an_empty_period_has_no_rows_though_summaries_have_lines(data):
    """The compliance overview always lists its 11 items and the promise summary its states: the report's
    row count (what the Reports page says) counts the report's own tables, so an empty period says so."""
    from datetime import date as _date

    empty = (_date(2019, 1, 1), _date(2019, 1, 31))
    comp = svc(data, data.manager).compliance(*empty)
    assert comp.table("summary").rows and comp.row_count == 0
    prom = svc(data, data.manager).promises(*empty)
    assert prom.row_count == len(prom.table("promises").rows) == 0
    full = svc(data, data.manager).promises(D0, D1)
    assert full.row_count == len(full.table("promises").rows) > 0
