"""外访结果 — what happened at a visit or a phone contact, promises to pay, complaints, result codes.

Rules
-----
* A visit outcome needs a visit of the case that has taken place: status done, or planned/notified with a
  start time that has passed (the visit is then marked done here); cancelled or missed visits and visits in
  the future are refused, and a visit takes one outcome.
* Who was met and the result code must agree: a code that counts as *contacted* needs somebody met, a
  *right-party* code needs the borrower. Someone met → the attitude is required (the branch learns from the
  manner as much as from the facts).
* A *promise* code needs an amount (≤ the overdue total) and a due date (from the contact day up to
  ``promise_max_days`` later, setting, default 30); the promise is created with the outcome.
* The case keeps ``last_outcome``, ``last_contact_at``, ``next_action_date``; its status moves through
  :func:`desktop.services.lifecycle.transition` to *promised* (promise code) or *visited* (visit outcome)
  when the lifecycle allows it; a closed case takes no outcome.
* A new address or phone number learnt is kept in the customer's contact history (ContactPoint); phone
  numbers are stored encrypted (kind ``phone_enc``) and shown masked.
* The *complaint* code (and :meth:`OutcomeService.record_complaint`) opens a complaint, which flags the
  customer do-not-visit (``complaint``) until a supervisor resolves it and no other complaint is open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Case,
    Complaint,
    ContactPoint,
    Customer,
    Outcome,
    PromiseToPay,
    ResultCode,
    Setting,
    User,
    Visit,
    VisitMember,
)
from desktop.models.crypto import decrypt, encrypt, mask_mobile
from desktop.models.enums import CaseStatus
from desktop.services import audit
from desktop.services.cases import call_off_visits, can_see_all_branches, load_case_in_scope
from desktop.services.context import BRANCH_TZ, Service, ensure_version
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.lifecycle import can_transition, transition
from desktop.services.payments import check_money, local_date
from desktop.services.permissions import Perm, requires
from desktop.services.scorecard import ABILITY_LABELS, WILLINGNESS_LABELS
from desktop.services.validators import normalize_mobile

MET_LABELS: dict[str, str] = {"borrower": "借款人本人", "family": "家属", "colleague": "同事", "nobody": "未见到任何人"}
PHONE_MET_LABELS: dict[str, str] = {**MET_LABELS, "nobody": "无人接听"}  # a call is answered, a visit meets someone


def met_label(met: str | None, channel: str | None) -> str:
    """Who was met (a visit) or who answered (a call), in words."""
    labels = MET_LABELS if channel == "visit" else PHONE_MET_LABELS
    return labels.get(met or "", met or "")
_MET_EN: dict[str, str] = {"borrower": "Borrower", "family": "Family member", "colleague": "Colleague",
                           "nobody": "Nobody"}
ATTITUDE_LABELS: dict[str, str] = {"cooperative": "配合", "neutral": "一般", "evasive": "回避", "hostile": "敌对"}
_ATTITUDE_EN: dict[str, str] = {"cooperative": "Cooperative", "neutral": "Neutral", "evasive": "Evasive",
                                "hostile": "Hostile"}
# English names of the scorecard's WILLINGNESS_LABELS / ABILITY_LABELS (for the English error sentences)
_WILLINGNESS_EN: dict[str, str] = {"cooperative": "Willing", "hesitant": "Hesitant", "evasive": "Evasive",
                                   "refusing": "Refuses to pay", "unknown": "Unknown"}
_ABILITY_EN: dict[str, str] = {"stable": "Stable income", "reduced": "Reduced income", "no_income": "No income",
                               "unknown": "Unknown"}
CHANNEL_LABELS: dict[str, str] = {"visit": "外访", "phone": "电话"}
NEXT_ACTION_LABELS: dict[str, str] = {
    "phone": "电话跟进",
    "visit": "再次上门",
    "await_payment": "等待还款",
    "assess": "重新评估",
    "plan": "制定分期方案",
    "legal": "转法务",
    "none": "无需跟进",
}
_NEXT_ACTION_EN: dict[str, str] = {
    "phone": "Phone follow-up",
    "visit": "Visit again",
    "await_payment": "Wait for the payment",
    "assess": "Re-assess",
    "plan": "Make an installment plan",
    "legal": "Refer to legal",
    "none": "No follow-up needed",
}
ADDRESS_KINDS: dict[str, str] = {"home": "家庭地址", "work": "单位地址", "other": "其他地址"}
PHONE_KIND = "phone_enc"  # ContactPoint.kind of a phone number learnt by staff; value encrypted
DEFAULT_PROMISE_MAX_DAYS = 30
COMPLAINT_FLAG = "complaint"
MAX_NOTES = 2000
_CODE_RE_ALLOWED = set("abcdefghijklmnopqrstuvwxyz0123456789_")
_TEXT_EN = {"备注": "The note", "录音编号": "The recording number", "新地址": "The new address"}  # _text's ``what``


# ------------------------------------------------------------------------------------------ data
@dataclass(frozen=True)
class ResultCodeRow:
    code: str
    label: str
    contacted: bool
    right_party: bool
    promise: bool
    sort_order: int
    active: bool


@dataclass(frozen=True)
class VisitChoice:
    id: int
    start_at: datetime
    address: str
    status: str
    team: str


@dataclass(frozen=True)
class OutcomeForm:
    """What the outcome form needs: the case, the result codes, the visits an outcome can be logged for."""

    case_id: int
    case_version: int
    contract_no: str
    customer_name: str
    status: str
    overdue_total: Decimal
    codes: list[ResultCodeRow]
    visits: list[VisitChoice]
    today: date
    promise_max_days: int


@dataclass
class OutcomeInput:
    case_id: int
    met: str
    result_code: str
    visit_id: int | None = None  # None → a phone contact
    attitude: str | None = None
    willingness: str | None = None
    ability: str | None = None
    conduct_id_shown: bool = False
    conduct_recording: bool = False
    conduct_no_entry: bool = False
    recording_ref: str | None = None
    notes: str | None = None
    new_address: str | None = None
    new_address_kind: str = "home"
    new_phone: str | None = None
    next_action: str | None = None
    next_action_date: date | None = None
    promise_amount: Decimal | None = None
    promise_due: date | None = None
    occurred_at: datetime | None = None


@dataclass(frozen=True)
class OutcomeSaved:
    outcome_id: int
    promise_id: int | None
    complaint_id: int | None
    case_status: str
    visit_marked_done: bool

    @property
    def message(self) -> str:
        text = "外访结果已保存" if self.visit_marked_done else "结果已保存"
        if self.promise_id:
            text += "，已登记承诺还款"
        if self.complaint_id:
            text += "，已登记投诉（客户暂停外访）"
        return text + "。"


@dataclass(frozen=True)
class OutcomeRow:
    id: int
    occurred_at: datetime
    channel: str
    met: str
    result_code: str
    result_label: str
    attitude: str | None
    notes: str | None
    recorded_by: str | None
    promise_amount: Decimal | None
    promise_due: date | None
    promise_status: str | None


@dataclass(frozen=True)
class ContactRow:
    id: int
    kind: str
    value: str  # masked for phone numbers
    source: str
    valid: bool
    created_at: datetime


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    version: int
    case_id: int
    contract_no: str
    customer_name: str
    branch_id: int
    visit_id: int | None
    visit_start: datetime | None
    against: str | None
    description: str
    status: str
    resolution: str | None
    created_by: str | None
    created_at: datetime
    resolved_by: str | None
    resolved_at: datetime | None


@dataclass(frozen=True)
class ComplaintForm:
    case_id: int
    contract_no: str
    customer_name: str
    visits: list[VisitChoice]
    staff: list[tuple[int, str]]  # users of the case's branch who can be complained about


@dataclass
class _Names:
    by_id: dict[int, str] = field(default_factory=dict)

    def __call__(self, uid: int | None) -> str | None:
        return self.by_id.get(uid) if uid else None


def _names(s: Session) -> _Names:
    return _Names(dict(s.execute(select(User.id, User.display_name)).all()))


def _code_row(c: ResultCode) -> ResultCodeRow:
    return ResultCodeRow(c.code, c.label, c.contacted, c.right_party, c.promise, c.sort_order, c.active)


def _setting_int(s: Session, key: str, default: int) -> int:
    row = s.get(Setting, key)
    try:
        return int(row.value) if row is not None and row.value is not None else default
    except (TypeError, ValueError):
        return default


def _visit_choice(v: Visit, names: _Names) -> VisitChoice:
    return VisitChoice(v.id, v.start_at, v.address, v.status, "、".join(filter(None, (names(m.user_id) for m in v.members))))


def _text(value: str | None, limit: int, what: str) -> str | None:
    t = (value or "").strip()
    if not t:
        return None
    if len(t) > limit:
        raise ValidationError(f"{what}太长：最多 {limit} 字。",
                              en=f"{_TEXT_EN.get(what, 'The text')} is too long: at most {limit:,} characters.")
    return t


def mask_phone(number: str) -> str:
    return mask_mobile(number)


# ------------------------------------------------------------------------------------------ complaints
def open_complaint(s: Session, actor: Any, case: Case, visit_id: int | None, against_user_id: int | None,  # noqa: ANN401
                   description: str, now: datetime) -> Complaint:
    """Create a complaint and flag the customer do-not-visit (a stronger flag — legal, deceased — is kept)."""
    comp = Complaint(case_id=case.id, visit_id=visit_id, against_user_id=against_user_id, description=description,
                     status="open", created_by_id=getattr(actor, "user_id", None) or None, created_at=now)
    s.add(comp)
    s.flush()
    cust = s.get(Customer, case.customer_id)
    before = {"do_not_visit": cust.do_not_visit}
    if cust.do_not_visit in (None, COMPLAINT_FLAG):
        cust.do_not_visit = COMPLAINT_FLAG
        cust.do_not_visit_note = f"投诉处理中（投诉 #{comp.id}），暂停外访，待主管处理"
    s.flush()
    # the customer's visits still ahead are called off: nobody is sent while the complaint is open
    booked = call_off_visits(s, actor, [Case.customer_id == case.customer_id],
                             f"客户投诉处理中（投诉 #{comp.id}），暂停外访", now)
    audit.record(s, actor, "complaint.open", entity="complaint", entity_id=comp.id, case_id=case.id, at=now,
                 before=before, after={"do_not_visit": cust.do_not_visit, "visit_id": visit_id,
                                       "against_user_id": against_user_id,
                                       "cancelled_visits": [v.id for v in booked]},
                 detail=f"登记投诉：{description[:200]}" + (
                     f"{'' if description[:200].endswith(('。', '；', '！', '.', ';')) else '；'}"
                     f"取消已安排的外访 {len(booked)} 次" if booked else ""))
    return comp


# ------------------------------------------------------------------------------------------ the service
class OutcomeService(Service):
    @requires(Perm.CASE_VIEW)
    def form(self, case_id: int) -> OutcomeForm:
        with self.read() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            names = _names(s)
            codes = [_code_row(c) for c in s.scalars(
                select(ResultCode).where(ResultCode.active.is_(True)).order_by(ResultCode.sort_order, ResultCode.code))]
            now = self.clock.now()
            logged = select(Outcome.visit_id).where(Outcome.visit_id.is_not(None), Outcome.case_id == case.id)
            visits = [_visit_choice(v, names) for v in s.scalars(
                select(Visit).where(Visit.case_id == case.id, Visit.start_at <= now,
                                    Visit.status.in_(("planned", "notified", "done")), Visit.id.not_in(logged))
                .order_by(Visit.start_at.desc()).limit(20))]
            return OutcomeForm(case.id, case.version, case.contract_no, case.customer_name, case.status,
                               case.overdue_total, codes, visits, self.clock.today(),
                               _setting_int(s, "promise_max_days", DEFAULT_PROMISE_MAX_DAYS))

    @requires(Perm.OUTCOME_RECORD)
    def record(self, inp: OutcomeInput) -> OutcomeSaved:  # noqa: C901, PLR0912, PLR0915
        """Save one outcome with its promise, contact details and complaint; update the case."""
        now = self.clock.now()
        today = self.clock.today()
        if not inp.result_code:
            raise ValidationError("请选择结果（例如承诺还款、拒绝还款、无人在家）。",
                                  en="Choose a result (for example Promise to pay, Refused or Not at home).")
        by_phone = inp.visit_id is None  # a call is answered, a visit meets someone
        if inp.met not in MET_LABELS:
            raise ValidationError(f"请选择{'接电话的是谁' if by_phone else '见到了谁'}："
                                  f"{'、'.join((PHONE_MET_LABELS if by_phone else MET_LABELS).values())}。",
                                  en=f"Choose {'who answered the phone' if by_phone else 'who you met'}: "
                                     f"{', '.join(_MET_EN.values())}.")
        if inp.attitude is not None and inp.attitude not in ATTITUDE_LABELS:
            raise ValidationError(f"客户态度无效：请选择 {'、'.join(ATTITUDE_LABELS.values())}。",
                                  en=f"The customer's attitude is invalid: choose {', '.join(_ATTITUDE_EN.values())}.")
        if inp.willingness is not None and inp.willingness not in WILLINGNESS_LABELS:
            raise ValidationError(f"还款意愿无效：请选择 {'、'.join(WILLINGNESS_LABELS.values())}。",
                                  en="The willingness to pay is invalid: choose "
                                     f"{', '.join(_WILLINGNESS_EN.values())}.")
        if inp.ability is not None and inp.ability not in ABILITY_LABELS:
            raise ValidationError(f"还款能力无效：请选择 {'、'.join(ABILITY_LABELS.values())}。",
                                  en=f"The ability to pay is invalid: choose {', '.join(_ABILITY_EN.values())}.")
        if inp.met != "nobody" and inp.attitude is None:
            raise ValidationError(f"{'电话接通' if by_phone else '见到了人'}时请选择对方的态度（配合、一般、回避或敌对）。",
                                  en=f"When {'the call is answered' if by_phone else 'you met someone'}, choose the "
                                     "person's attitude (Cooperative, Neutral, Evasive or Hostile).")
        if inp.next_action is not None and inp.next_action not in NEXT_ACTION_LABELS:
            raise ValidationError(f"下一步行动无效：请选择 {'、'.join(NEXT_ACTION_LABELS.values())}。",
                                  en=f"The next action is invalid: choose {', '.join(_NEXT_ACTION_EN.values())}.")
        if inp.next_action_date is not None and inp.next_action_date < today:
            raise ValidationError(f"下一步行动日期 {inp.next_action_date:%Y-%m-%d} 已过去：请选今天或以后的日期。",
                                  en=f"The next action date {inp.next_action_date:%Y-%m-%d} has passed: "
                                     "choose today or a later date.")
        if inp.next_action not in (None, "none") and inp.next_action_date is None:
            raise ValidationError("选了下一步行动，请同时填写行动日期。",
                                  en="You chose a next action: enter its date as well.")
        notes = _text(inp.notes, MAX_NOTES, "备注")
        recording_ref = _text(inp.recording_ref, 100, "录音编号")
        new_address = _text(inp.new_address, 300, "新地址")
        if new_address and inp.new_address_kind not in ADDRESS_KINDS:
            raise ValidationError("新地址类型无效：请选择家庭地址、单位地址或其他地址。",
                                  en="The type of the new address is invalid: choose Home address, Work address "
                                     "or Other address.")
        new_phone = None
        if (inp.new_phone or "").strip():
            try:
                new_phone = normalize_mobile(inp.new_phone)
            except ValueError as e:
                raise ValidationError(f"新手机号码「{inp.new_phone.strip()}」无效：{e}。",
                                      en=f"The new mobile number \"{inp.new_phone.strip()}\" is invalid: "
                                         f"{getattr(e, 'en', e)}.") from None

        with self.tx() as s:
            case = load_case_in_scope(s, self.actor, inp.case_id)
            if case.status == CaseStatus.CLOSED:
                raise ValidationError("该案件已结案，不能再登记结果：如客户又逾期，案件会由导入重新打开。",
                                      en="This case is closed and takes no more results: if the customer falls "
                                         "overdue again, an import reopens the case.")
            code = s.get(ResultCode, inp.result_code)
            if code is None or not code.active:
                raise ValidationError(f"结果代码「{inp.result_code}」不存在或已停用：请从列表中选择。",
                                      en=f"The result code \"{inp.result_code}\" does not exist or is deactivated: "
                                         "choose one from the list.")
            if code.contacted and inp.met == "nobody":
                raise ValidationError(
                    f"结果「{code.label}」表示已接触到人：电话无人接听时，请改选未接触到人的结果（如「电话无人接听」）。"
                    if by_phone else f"结果「{code.label}」表示已接触到人：请选择见到了谁，或改选「无人在家」等结果。",
                    en=f"The result \"{code.label}\" means someone was reached: when nobody answered the call, "
                       "choose a result without contact instead (such as \"No answer\")."
                    if by_phone else f"The result \"{code.label}\" means someone was reached: choose who you met, "
                                     "or choose a result such as \"Not at home\" instead.")
            if code.right_party and inp.met != "borrower":
                raise ValidationError(f"结果「{code.label}」需要与借款人本人沟通：见到家属或同事时请选「仅接触第三方」。",
                                      en=f"The result \"{code.label}\" needs a conversation with the borrower in "
                                         "person: when you reached a family member or colleague, choose "
                                         "\"Third party only\".")
            # ---- visit or phone
            visit = None
            marked_done = False
            if inp.visit_id is not None:
                visit = s.get(Visit, inp.visit_id)
                if visit is None or visit.case_id != case.id:
                    raise NotFound(f"外访 #{inp.visit_id} 不属于该案件。",
                                   en=f"Visit #{inp.visit_id} does not belong to this case.")
                if visit.status in ("cancelled", "missed"):
                    what = "已取消" if visit.status == "cancelled" else "已标记为未执行"
                    what_en = "was cancelled" if visit.status == "cancelled" else "was marked as missed"
                    raise ValidationError(f"该外访{what}，不能登记外访结果：如实际已上门，请联系主管更正外访状态。",
                                          en=f"This visit {what_en}, so no visit outcome can be logged for it: if the "
                                             "visit did take place, ask a supervisor to correct its status.")
                if visit.start_at > now:
                    local = visit.start_at.astimezone(BRANCH_TZ).strftime("%Y-%m-%d %H:%M")
                    raise ValidationError(f"该外访计划在 {local} 开始，尚未发生：外访结束后再登记结果。",
                                          en=f"This visit is planned to start at {local} and has not happened yet: "
                                             "log the outcome after the visit.")
                if s.scalar(select(Outcome.id).where(Outcome.visit_id == visit.id)) is not None:
                    raise ValidationError("该外访已登记过结果：如需补充，请在案件中添加备注。",
                                          en="An outcome is already logged for this visit: to add anything, add a "
                                             "note to the case.")
                if visit.status in ("planned", "notified"):
                    before = visit.status
                    visit.status = "done"
                    marked_done = True
                    s.flush()
                    audit.record(s, self.actor, "visit.done", entity="visit", entity_id=visit.id, case_id=case.id,
                                 before={"status": before}, after={"status": "done"}, at=now,
                                 detail="登记外访结果时标记外访已完成")
            channel = "visit" if visit is not None else "phone"
            occurred = inp.occurred_at or (visit.start_at if visit is not None else now)
            if occurred > now + timedelta(minutes=5):
                raise ValidationError("接触时间在将来：请填写实际发生的时间。",
                                      en="The contact time is in the future: enter the time it actually happened.")
            # ---- promise
            promise_amount = promise_due = None
            if code.promise:
                if inp.promise_amount is None or inp.promise_due is None:
                    raise ValidationError(f"结果「{code.label}」需要填写承诺金额和承诺还款日期。",
                                          en=f"The result \"{code.label}\" needs a promised amount and a promised "
                                             "payment date.")
                promise_amount = check_money(inp.promise_amount, "承诺金额")
                if promise_amount > case.overdue_total:
                    raise ValidationError(f"承诺金额 ¥{promise_amount:,.2f} 超过逾期总额 ¥{case.overdue_total:,.2f}："
                                          "请核对金额。",
                                          en=f"The promised amount ¥{promise_amount:,.2f} is above the overdue total "
                                             f"¥{case.overdue_total:,.2f}: check the amount.")
                start = local_date(occurred)
                max_days = _setting_int(s, "promise_max_days", DEFAULT_PROMISE_MAX_DAYS)
                if inp.promise_due < start:
                    raise ValidationError(f"承诺还款日期 {inp.promise_due:%Y-%m-%d} 早于接触日 {start:%Y-%m-%d}。",
                                          en=f"The promised payment date {inp.promise_due:%Y-%m-%d} is before the "
                                             f"contact date {start:%Y-%m-%d}.")
                if inp.promise_due > start + timedelta(days=max_days):
                    raise ValidationError(f"承诺还款日期最多在接触后 {max_days} 天内；更长的安排请制定分期方案。",
                                          en=f"The promised payment date can be at most {max_days} "
                                             f"day{'' if max_days == 1 else 's'} after the contact; for a longer "
                                             "arrangement, make an installment plan.")
                promise_due = inp.promise_due
            elif inp.promise_amount is not None or inp.promise_due is not None:
                raise ValidationError(f"结果「{code.label}」不是承诺类结果，不能登记承诺金额：请改选「承诺还款」。",
                                      en=f"The result \"{code.label}\" is not a promise, so no promised amount can "
                                         "be recorded with it: choose \"Promise to pay\" instead.")
            if code.code == "complaint" and not notes:
                raise ValidationError("客户投诉时请在备注中写明投诉内容。",
                                      en="For a customer complaint, describe the complaint in the notes.")

            o = Outcome(case_id=case.id, visit_id=visit.id if visit else None, channel=channel, met=inp.met,
                        result_code=code.code, attitude=inp.attitude if inp.met != "nobody" else None,
                        willingness=inp.willingness, ability=inp.ability,
                        conduct_id_shown=bool(inp.conduct_id_shown), conduct_recording=bool(inp.conduct_recording),
                        conduct_no_entry=bool(inp.conduct_no_entry), recording_ref=recording_ref, notes=notes,
                        next_action=inp.next_action, next_action_date=inp.next_action_date, occurred_at=occurred,
                        recorded_by_id=self.actor.user_id, recorded_at=now)
            s.add(o)
            s.flush()
            promise = None
            if promise_amount is not None:
                promise = PromiseToPay(case_id=case.id, outcome_id=o.id, amount=promise_amount, due_date=promise_due,
                                       status="open", paid_amount=Decimal("0.00"), created_by_id=self.actor.user_id,
                                       created_at=now)
                s.add(promise)
                s.flush()
            source = "visit" if channel == "visit" else "staff"
            contacts = []
            if new_address:
                contacts.append(ContactPoint(customer_id=case.customer_id, kind=inp.new_address_kind,
                                             value=new_address, source=source, created_by_id=self.actor.user_id,
                                             created_at=now))
            if new_phone:
                contacts.append(ContactPoint(customer_id=case.customer_id, kind=PHONE_KIND, value=encrypt(new_phone),
                                             source=source, created_by_id=self.actor.user_id, created_at=now))
            s.add_all(contacts)
            # ---- the case
            before = {"status": case.status, "last_outcome": case.last_outcome,
                      "next_action_date": case.next_action_date}
            case.last_outcome = code.code
            if case.last_contact_at is None or occurred >= case.last_contact_at:
                case.last_contact_at = occurred
            if inp.next_action_date is not None:
                case.next_action_date = inp.next_action_date
            elif promise is not None:
                case.next_action_date = promise_due
            target = CaseStatus.PROMISED if promise is not None else CaseStatus.VISITED if channel == "visit" else None
            if target is not None and case.status != target and can_transition(case.status, target):
                transition(case, target, user_id=self.actor.user_id)
            case.updated_by_id = self.actor.user_id
            s.flush()
            complaint = None
            if code.code == "complaint":
                complaint = open_complaint(s, self.actor, case, visit.id if visit else None, None, notes or code.label,
                                           now)
            detail = f"{CHANNEL_LABELS[channel]}结果：{code.label}（{met_label(inp.met, channel)}）"
            if promise is not None:
                detail += f"；承诺 ¥{promise_amount:,.2f}，{promise_due:%Y-%m-%d} 前"
            audit.record(s, self.actor, "outcome.record", entity="outcome", entity_id=o.id, case_id=case.id, at=now,
                         before=before,
                         after={"status": case.status, "result_code": code.code, "met": inp.met, "channel": channel,
                                "visit_id": o.visit_id, "promise_id": promise.id if promise else None,
                                "promise_amount": promise_amount, "promise_due": promise_due,
                                "new_address": bool(new_address), "new_phone": bool(new_phone),
                                "next_action": inp.next_action, "next_action_date": inp.next_action_date},
                         detail=detail)
            return OutcomeSaved(o.id, promise.id if promise else None, complaint.id if complaint else None,
                                case.status, marked_done)

    @requires(Perm.CASE_VIEW)
    def outcomes(self, case_id: int) -> list[OutcomeRow]:
        """The case's outcomes, newest first, with the promise each one made."""
        with self.read() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            names = _names(s)
            labels = dict(s.execute(select(ResultCode.code, ResultCode.label)).all())
            q = (select(Outcome, PromiseToPay).outerjoin(PromiseToPay, PromiseToPay.outcome_id == Outcome.id)
                 .where(Outcome.case_id == case.id).order_by(Outcome.occurred_at.desc(), Outcome.id.desc()))
            return [OutcomeRow(o.id, o.occurred_at, o.channel, o.met, o.result_code, labels.get(o.result_code, o.result_code),
                               o.attitude, o.notes, names(o.recorded_by_id), p.amount if p else None,
                               p.due_date if p else None, p.status if p else None) for o, p in s.execute(q)]

    @requires(Perm.CASE_VIEW)
    def contact_points(self, case_id: int) -> list[ContactRow]:
        """The customer's address and phone history (phones masked), newest first."""
        with self.read() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            out = []
            for cp in s.scalars(select(ContactPoint).where(ContactPoint.customer_id == case.customer_id)
                                .order_by(ContactPoint.created_at.desc(), ContactPoint.id.desc())):
                value = cp.value
                if cp.kind == PHONE_KIND:
                    value = mask_phone(decrypt(cp.value))
                out.append(ContactRow(cp.id, cp.kind, value, cp.source, cp.valid, cp.created_at))
            return out

    @requires(Perm.PII_REVEAL)
    def reveal_phone(self, case_id: int, contact_id: int, reason: str) -> str:
        """The full phone number learnt by staff; needs a reason and is audited like any reveal."""
        reason = (reason or "").strip()
        if len(reason) < 2:
            raise ValidationError("请填写查看完整号码的理由（例如：电话联系客户）。",
                                  en="Enter a reason for viewing the full number (for example: calling the customer).")
        with self.tx() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            cp = s.get(ContactPoint, contact_id)
            if cp is None or cp.customer_id != case.customer_id or cp.kind != PHONE_KIND:
                raise NotFound("该联系电话不存在。", en="This contact number does not exist.")
            audit.record(s, self.actor, "pii.reveal", entity="customer", entity_id=case.customer_id, case_id=case.id,
                         detail=f"新手机号码；理由：{reason}", at=self.clock.now())
            return decrypt(cp.value)

    # ------------------------------------------------------------------------------------ complaints
    @requires(Perm.CASE_VIEW)
    def complaint_form(self, case_id: int) -> ComplaintForm:
        with self.read() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            names = _names(s)
            visits = [_visit_choice(v, names) for v in s.scalars(
                select(Visit).where(Visit.case_id == case.id).order_by(Visit.start_at.desc()).limit(20))]
            staff = [(u.id, f"{u.display_name}（{u.employee_no or u.login}）") for u in s.scalars(
                select(User).where(User.branch_id == case.branch_id, User.active.is_(True),
                                   User.role.in_(("collector", "supervisor"))).order_by(User.display_name))]
            return ComplaintForm(case.id, case.contract_no, case.customer_name, visits, staff)

    @requires(Perm.CASE_EDIT)
    def record_complaint(self, case_id: int, visit_id: int | None, against_user_id: int | None,
                         description: str) -> int:
        """Record a customer's complaint against a visit or a collector; the customer is not visited meanwhile."""
        description = (description or "").strip()
        if len(description) < 4:
            raise ValidationError("请写明投诉内容（至少 4 个字）：时间、人员、客户反映的问题。",
                                  en="Describe the complaint (at least 4 characters): when it happened, who was "
                                     "involved and what the customer reported.")
        if len(description) > MAX_NOTES:
            raise ValidationError(f"投诉内容太长：最多 {MAX_NOTES} 字。",
                                  en=f"The complaint description is too long: at most {MAX_NOTES:,} characters.")
        with self.tx() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            if visit_id is not None:
                v = s.get(Visit, visit_id)
                if v is None or v.case_id != case.id:
                    raise NotFound(f"外访 #{visit_id} 不属于该案件。", en=f"Visit #{visit_id} does not belong to this case.")
            if against_user_id is not None:
                u = s.get(User, against_user_id)
                if u is None:
                    raise NotFound(f"用户 #{against_user_id} 不存在。", en=f"User #{against_user_id} does not exist.")
                # the staff the form offers (the case's branch), or anyone who went on one of its visits
                went = s.scalar(select(VisitMember.user_id).join(Visit, Visit.id == VisitMember.visit_id).where(
                    Visit.case_id == case.id, VisitMember.user_id == u.id).limit(1)) is not None
                if u.branch_id != case.branch_id and not went:
                    raise ValidationError(
                        f"{u.display_name} 不是该案件营业部的员工，也没有参加过该案件的外访：投诉只能针对经办人员。",
                        en=f"{u.display_name} is not staff of this case's branch and has not been on any of its "
                           "visits: a complaint can only name the staff who dealt with the case.")
            comp = open_complaint(s, self.actor, case, visit_id, against_user_id, description, self.clock.now())
            return comp.id

    @requires(Perm.COMPLAINT_RESOLVE)
    def resolve_complaint(self, complaint_id: int, resolution: str, expected_version: int | None = None) -> None:
        """Close a complaint; the do-not-visit flag is cleared when no other complaint of the customer is open."""
        resolution = (resolution or "").strip()
        if len(resolution) < 4:
            raise ValidationError("请写明处理结果（至少 4 个字）：核实情况、对人员的处理、与客户的沟通。",
                                  en="Describe the resolution (at least 4 characters): what was verified, what was "
                                     "done about the staff involved and what the customer was told.")
        now = self.clock.now()
        with self.tx() as s:
            comp = s.get(Complaint, complaint_id)
            if comp is None:
                raise NotFound(f"投诉 #{complaint_id} 不存在。", en=f"Complaint #{complaint_id} does not exist.")
            case = load_case_in_scope(s, self.actor, comp.case_id)
            ensure_version(s, comp, "complaint", expected_version)
            if comp.status != "open":
                raise ValidationError("该投诉已处理过。", en="This complaint has already been resolved.")
            if comp.against_user_id is not None and comp.against_user_id == self.actor.user_id:
                raise PermissionDenied("被投诉人不能处理针对自己的投诉：请由其他主管或经理处理。",
                                       en="You cannot resolve a complaint made against you: another supervisor or "
                                          "manager must handle it.")
            comp.status = "resolved"
            comp.resolution = resolution
            comp.resolved_by_id = self.actor.user_id
            comp.resolved_at = now
            s.flush()
            cust = s.get(Customer, case.customer_id)
            others = s.scalar(select(func.count(Complaint.id)).join(Case, Case.id == Complaint.case_id).where(
                Case.customer_id == cust.id, Complaint.status == "open", Complaint.id != comp.id)) or 0
            before = {"do_not_visit": cust.do_not_visit}
            if not others and cust.do_not_visit == COMPLAINT_FLAG:
                cust.do_not_visit = None
                cust.do_not_visit_note = None
            s.flush()
            audit.record(s, self.actor, "complaint.resolve", entity="complaint", entity_id=comp.id, case_id=case.id,
                         at=now, before=before, after={"do_not_visit": cust.do_not_visit, "open_left": others},
                         detail=f"处理投诉：{resolution[:200]}")

    @requires(Perm.COMPLAINT_RESOLVE)
    def complaints(self, branch_id: int | None = None, status: str | None = "open") -> list[ComplaintRow]:
        """Complaints for supervisors and managers (own branch; a manager may name another), newest first."""
        if branch_id is None and not can_see_all_branches(self.actor):
            branch_id = self.actor.branch_id
        if branch_id is not None and branch_id != self.actor.branch_id and not can_see_all_branches(self.actor):
            raise PermissionDenied("权限不足：你只能查看本营业部的投诉。",
                                   en="Insufficient permission: you can only view your own branch's complaints.")
        with self.read() as s:
            names = _names(s)
            q = (select(Complaint, Case.contract_no, Case.customer_name, Case.branch_id, Visit.start_at)
                 .join(Case, Case.id == Complaint.case_id).outerjoin(Visit, Visit.id == Complaint.visit_id)
                 .order_by(Complaint.created_at.desc(), Complaint.id.desc()))
            if branch_id is not None:
                q = q.where(Case.branch_id == branch_id)
            if status is not None:
                q = q.where(Complaint.status == status)
            return [ComplaintRow(c.id, c.version, c.case_id, contract, name, bid, c.visit_id, start,
                                 names(c.against_user_id), c.description, c.status, c.resolution,
                                 names(c.created_by_id), c.created_at, names(c.resolved_by_id), c.resolved_at)
                    for c, contract, name, bid, start in s.execute(q)]


# ------------------------------------------------------------------------------------------ result codes
class ResultCodeService(Service):
    """Result codes are configurable so that the KPIs (contact rate, right-party rate, promises) count right."""

    @requires(Perm.CASE_VIEW)
    def codes(self, include_inactive: bool = False) -> list[ResultCodeRow]:
        with self.read() as s:
            q = select(ResultCode).order_by(ResultCode.sort_order, ResultCode.code)
            if not include_inactive:
                q = q.where(ResultCode.active.is_(True))
            return [_code_row(c) for c in s.scalars(q)]

    @requires(Perm.SETTINGS_ADMIN)
    def save_code(self, code: str, label: str, *, contacted: bool, right_party: bool, promise: bool,
                  sort_order: int | None = None, active: bool = True, new: bool = False) -> ResultCodeRow:
        """Add or change a result code (codes are never deleted — outcomes refer to them; deactivate instead).
        ``new``: the admin is adding a code — an existing one is refused, never overwritten."""
        code = (code or "").strip().lower()
        label = (label or "").strip()
        if not code or len(code) > 20 or not set(code) <= _CODE_RE_ALLOWED:
            raise ValidationError("结果代码须为 1–20 个小写字母、数字或下划线，例如 wrong_number。",
                                  en="The result code must be 1–20 lowercase letters, digits or underscores, "
                                     "for example wrong_number.")
        if not label or len(label) > 50:
            raise ValidationError("请填写结果名称（最多 50 字）。", en="Enter the result name (at most 50 characters).")
        if right_party and not contacted:
            raise ValidationError("「接触到本人」的结果必然也算「已接触」：请同时勾选已接触。",
                                  en="A result that counts as right-party contact always counts as contacted too: "
                                     "tick \"Counts as contacted\" as well.")
        if promise and not right_party:
            raise ValidationError("承诺类结果必须是与借款人本人达成的：请同时勾选接触到本人。",
                                  en="A promise result must be agreed with the borrower in person: tick "
                                     "\"Counts as right-party contact\" as well.")
        with self.tx() as s:
            row = s.get(ResultCode, code)
            if new and row is not None:
                raise ValidationError(
                    f"结果代码「{code}」已存在（{row.label}）：请换一个代码，或在列表中选中它再编辑。",
                    en=f"The result code {code} already exists ({row.label}): choose another code, or select it "
                       "in the list to edit it.")
            before = None if row is None else {
                "label": row.label, "contacted": row.contacted, "right_party": row.right_party,
                "promise": row.promise, "sort_order": row.sort_order, "active": row.active}
            if row is None:
                order = sort_order if sort_order is not None else (s.scalar(select(func.max(ResultCode.sort_order))) or 0) + 1
                row = ResultCode(code=code, sort_order=order)
                s.add(row)
            elif sort_order is not None:
                row.sort_order = sort_order
            row.label, row.contacted, row.right_party, row.promise, row.active = (
                label, bool(contacted), bool(right_party), bool(promise), bool(active))
            s.flush()
            after = {"label": row.label, "contacted": row.contacted, "right_party": row.right_party,
                     "promise": row.promise, "sort_order": row.sort_order, "active": row.active}
            audit.record(s, self.actor, "result_code.save", entity="result_code", detail=f"结果代码 {code}：{label}",
                         before=before, after=after)
            return _code_row(row)
