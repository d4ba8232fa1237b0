"""风险评分卡 — explainable, configurable, versioned risk scorecard for collection cases.

Pure module: no database, no Qt, no SQLAlchemy. Plain (frozen) dataclasses; money is ``Decimal``.

How a case is scored
--------------------
* Every factor in :class:`ScorecardConfig` turns one input into points: numeric factors through *bands*
  (inclusive upper bounds, ascending, the last band open-ended), categorical factors through a
  code → points table.  The points of all factors are added up; **the score is that sum clamped to
  0–100** (``max(0, min(100, sum))``).  With :data:`DEFAULT_SCORECARD` the factor maxima add up to exactly
  100 and no points are negative, so the clamp never bites and the factor points always sum to the score;
  the clamp only protects against an admin-edited card whose maxima add up to more than 100 (or that uses
  negative points).  Higher score = riskier.
* The risk grade (风险等级) is the highest grade whose ``min_score`` ≤ score (A lowest risk … D highest).
* The recommended action (建议措施) comes from an ordered rule table: the first rule whose condition holds
  wins.  The table is data in the config (an admin edits it as JSON); the last rule must be unconditional,
  so every case gets a recommendation.  Each rule carries a Chinese description (for the admin) and a Chinese
  reason template (shown to the collector).

Judgement inputs (willingness, ability) default to ``'unknown'``, which scores in the middle of the range, so
bulk scoring of data-only cases (:func:`quick_score`, :func:`score_many`) is neutral about them.

Condition language (rule ``when``), JSON-serialisable::

    {"field": "dpd", "op": ">", "value": 90}
    {"all": [cond, ...]}     # AND; {"all": []} is "always"
    {"any": [cond, ...]}     # OR
    {"not": cond}

Fields: see :data:`CONDITION_FIELDS`.  Operators: ``== != > >= < <=`` for numbers; ``== !=`` for booleans;
``== != in not_in`` for codes and numbers.  A numeric comparison with a missing value (never paid:
``months_since_last_payment`` is None) is false.  Money values are written as strings (``"5000.00"``).

Default recommendation table (规则按顺序匹配，命中第一条即停止)
------------------------------------------------------------------
 1. hold_complaint          客户投诉处理中 → 暂缓
 2. hold_deceased           借款人已身故 → 暂缓
 3. hold_legal              已进入诉讼/仲裁程序 → 暂缓（法务统一跟进）
 4. hardship_reason         登记了困难原因 → 困难帮扶
 5. hardship_income         收入减少/无收入，且还款意愿为配合/犹豫 → 困难帮扶
 6. legal_m6_uncooperative  逾期 > 180 天，且拒绝/回避还款或近 90 天违约承诺 ≥ 2 次 → 法务转介
 7. visit_m4_uncooperative  逾期 > 90 天，且拒绝/回避还款或近 90 天违约承诺 ≥ 2 次，且可上门 → 上门催收
 8. visit_unreachable       失联或联系失败 ≥ 3 次，且可上门 → 上门催收
 9. legal_lost_no_address   失联，且不可上门，逾期 > 120 天 → 法务转介
10. phone_lost_no_address   失联，且不可上门（逾期 ≤ 120 天）→ 电话跟进（失联修复）
11. visit_high_risk         风险等级 C/D，且可上门 → 上门催收
12. phone_default           其他 → 电话跟进

"可上门" (``can_visit``) means a visitable address exists **and** the customer is not on the do-not-visit
list; so the do-not-visit flag never yields a 'visit' recommendation with the default table.

Default points (version 1; factor maxima sum to 100)
----------------------------------------------------
====================  ==================================================================  ====
factor                bands / categories → points                                         max
====================  ==================================================================  ====
dpd 逾期天数            0→0, 1–30→5, 31–60→10, 61–90→15, 91–120→20, 121–180→25, >180→30     30
overdue_total 逾期总额  ≤2,000→0, ≤10,000→3, ≤30,000→6, ≤100,000→8, >100,000→10            10
months_since_last_pay  0→0, 1→2, 2–3→5, 4–6→8, >6→10, never paid→10                        10
broken_promises_90d    0→0, 1→4, 2→7, ≥3→10                                                10
failed_contacts        0→0, 1–2→2, 3–4→4, ≥5→6                                              6
contact_lost 失联       no→0, yes→4                                                          4
visitable_address      yes→0, no→5                                                          5
last_visit_outcome     none→0, contacted→0, not_home→2, moved→4, refused→5                  5
willingness 还款意愿    cooperative→0, hesitant→4, unknown→6, evasive→9, refusing→12        12
ability 还款能力        stable→0, reduced→4, unknown→4, no_income→8                          8
====================  ==================================================================  ====

Grades: A 0–29, B 30–49, C 50–69, D 70–100.  The flags (complaint, legal proceedings, deceased,
do-not-visit) and the hardship reason add no points; they only steer the recommendation.

Editing: start from ``DEFAULT_SCORECARD.to_dict()`` (a fresh JSON-ready copy), change it, raise ``version``
and build it with ``ScorecardConfig.from_dict``; every construction validates the whole card.

Speed: ``score_case`` ≈ 8–13 µs and ``quick_score`` ≈ 3 µs per case (CPython 3.11; 100k varied cases).
Each config keeps a small per-factor cache of the shared, immutable :class:`FactorScore` objects for repeated
values (money amounts excepted); the cache is a plain dict, safe under the GIL (at worst a value is
computed twice).
"""

from __future__ import annotations

import operator
import string
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any, NamedTuple

__all__ = [
    "ABILITY_LABELS",
    "ACTION_LABELS",
    "CONDITION_FIELDS",
    "DEFAULT_SCORECARD",
    "DEFAULT_SCORECARD_DICT",
    "FACTOR_LABELS",
    "GRADE_LABELS",
    "REASON_PLACEHOLDERS",
    "VISIT_OUTCOME_LABELS",
    "WILLINGNESS_LABELS",
    "Band",
    "FactorConfig",
    "FactorScore",
    "GradeThreshold",
    "QuickScore",
    "RecommendationRule",
    "ScoreInputs",
    "ScoreResult",
    "ScorecardConfig",
    "bucket_of",
    "quick_score",
    "score_case",
    "score_many",
    "visit_outcome_from_result",
]

# --------------------------------------------------------------------------------------------------
# Codes and labels
# --------------------------------------------------------------------------------------------------
ACTION_LABELS: dict[str, str] = {
    "phone": "电话跟进",
    "visit": "上门催收",
    "hardship": "困难帮扶",
    "legal": "法务转介",
    "hold": "暂缓",
}

WILLINGNESS_LABELS: dict[str, str] = {
    "cooperative": "配合",
    "hesitant": "犹豫",
    "evasive": "回避",
    "refusing": "拒绝还款",
    "unknown": "未知",
}

# codes fit the String(12) columns of Assessment/Outcome
ABILITY_LABELS: dict[str, str] = {
    "stable": "收入稳定",
    "reduced": "收入减少",
    "no_income": "无收入",
    "unknown": "未知",
}

VISIT_OUTCOME_LABELS: dict[str, str] = {
    "none": "未外访",
    "contacted": "已接触本人",
    "refused": "拒绝沟通/拒绝还款",
    "not_home": "无人在家",
    "moved": "已搬离/地址无效",
}

GRADE_LABELS: dict[str, str] = {
    "A": "低风险",
    "B": "中低风险",
    "C": "中高风险",
    "D": "高风险",
}

GRADES = ("A", "B", "C", "D")

_BUCKET_BOUNDS = (0, 30, 60, 90, 120, 150, 180)
_BUCKET_NAMES = ("M0", "M1", "M2", "M3", "M4", "M5", "M6", "M6+")


def bucket_of(dpd: int) -> str:
    """账龄 from days past due: M0 (not overdue), M1 = 1–30, …, M6 = 151–180, M6+ = over 180."""
    return _BUCKET_NAMES[bisect_left(_BUCKET_BOUNDS, dpd)]


def visit_outcome_from_result(result_code: str | None, contacted: bool = False) -> str:
    """Map a (configurable) visit result code to the scorecard's last-visit category.

    ``None`` → 'none'; 'refused' → 'refused'; 'not_home' → 'not_home'; 'moved' → 'moved'; any other code
    → 'contacted' when the result code counts as contacted, else 'not_home'.
    """
    if result_code is None:
        return "none"
    if result_code in ("refused", "not_home", "moved"):
        return result_code
    return "contacted" if contacted else "not_home"


# --------------------------------------------------------------------------------------------------
# Factor registry (fixed in code: which input a factor reads and how it is shown)
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _FactorDef:
    label_zh: str
    fact: str  # key in the facts dict
    numeric: bool
    money: bool = False
    allows_missing: bool = False
    categories: tuple[str, ...] = ()  # JSON keys of a categorical factor
    category_values: tuple[Any, ...] = ()  # the matching Python input values


_YES_NO = ("yes", "no")
_BOOL_VALUES = (True, False)

_FACTOR_DEFS: dict[str, _FactorDef] = {
    "dpd": _FactorDef("逾期天数", "dpd", numeric=True),
    "overdue_total": _FactorDef("逾期总额", "overdue_total", numeric=True, money=True),
    "months_since_last_payment": _FactorDef(
        "距上次还款月数", "months_since_last_payment", numeric=True, allows_missing=True
    ),
    "broken_promises_90d": _FactorDef("近90天违约承诺次数", "broken_promises_90d", numeric=True),
    "failed_contacts": _FactorDef("联系失败次数", "failed_contacts", numeric=True),
    "contact_lost": _FactorDef(
        "失联", "contact_lost", numeric=False, categories=_YES_NO, category_values=_BOOL_VALUES
    ),
    "visitable_address": _FactorDef(
        "可上门地址", "has_visitable_address", numeric=False, categories=_YES_NO, category_values=_BOOL_VALUES
    ),
    "last_visit_outcome": _FactorDef(
        "上次外访结果",
        "last_visit_outcome",
        numeric=False,
        categories=tuple(VISIT_OUTCOME_LABELS),
        category_values=tuple(VISIT_OUTCOME_LABELS),
    ),
    "willingness": _FactorDef(
        "还款意愿",
        "willingness",
        numeric=False,
        categories=tuple(WILLINGNESS_LABELS),
        category_values=tuple(WILLINGNESS_LABELS),
    ),
    "ability": _FactorDef(
        "还款能力",
        "ability",
        numeric=False,
        categories=tuple(ABILITY_LABELS),
        category_values=tuple(ABILITY_LABELS),
    ),
}

FACTOR_LABELS: dict[str, str] = {code: d.label_zh for code, d in _FACTOR_DEFS.items()}


def _count(v: int) -> str:
    return f"{v} 次"


_DISPLAY: dict[str, Callable[[Any], str]] = {
    "dpd": lambda v: f"{v} 天（{_BUCKET_NAMES[bisect_left(_BUCKET_BOUNDS, v)]}）",
    "overdue_total": lambda v: f"¥{v:,.2f}",
    "months_since_last_payment": lambda v: "从未还款" if v is None else f"{v} 个月",
    "broken_promises_90d": _count,
    "failed_contacts": _count,
    "contact_lost": lambda v: "是" if v else "否",
    "visitable_address": lambda v: "有" if v else "无",
    "last_visit_outcome": VISIT_OUTCOME_LABELS.__getitem__,
    "willingness": WILLINGNESS_LABELS.__getitem__,
    "ability": ABILITY_LABELS.__getitem__,
}


# --------------------------------------------------------------------------------------------------
# Inputs and results
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ScoreInputs:
    """What the scorecard looks at. Data fields first, then staff judgements and flags.

    ``months_since_last_payment`` is None when the customer never paid.  ``failed_contacts`` counts recent
    failed contact attempts (the caller decides the window).  ``hardship_reason`` counts as present when it
    is a non-blank string.
    """

    dpd: int
    overdue_total: Decimal
    months_since_last_payment: int | None
    broken_promises_90d: int = 0
    failed_contacts: int = 0
    contact_lost: bool = False
    has_visitable_address: bool = True
    last_visit_outcome: str = "none"
    willingness: str = "unknown"
    ability: str = "unknown"
    hardship_reason: str | None = None
    complaint_under_review: bool = False
    legal_proceedings: bool = False
    deceased: bool = False
    do_not_visit: bool = False


@dataclass(frozen=True, slots=True)
class FactorScore:
    code: str
    label_zh: str
    value_display: str
    points: int
    max_points: int


@dataclass(frozen=True, slots=True)
class ScoreResult:
    score: int
    grade: str
    recommended_action: str
    factors: list[FactorScore]
    reasons: list[str]
    config_version: int
    rule_code: str

    @property
    def action_label_zh(self) -> str:
        return ACTION_LABELS[self.recommended_action]

    @property
    def grade_label_zh(self) -> str:
        return GRADE_LABELS[self.grade]

    def factors_as_dicts(self) -> list[dict[str, Any]]:
        """JSON-ready factor list (for the Assessment.factors column)."""
        return [
            {
                "code": f.code,
                "label_zh": f.label_zh,
                "value_display": f.value_display,
                "points": f.points,
                "max_points": f.max_points,
            }
            for f in self.factors
        ]


class QuickScore(NamedTuple):
    """Bulk-scoring result: no factor breakdown, no reason text."""

    score: int
    grade: str
    recommended_action: str
    rule_code: str


# --------------------------------------------------------------------------------------------------
# Config
# --------------------------------------------------------------------------------------------------
def _err(msg: str) -> ValueError:
    return ValueError(f"评分卡配置错误：{msg}")


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _to_money(v: Any, where: str) -> Decimal:
    if isinstance(v, bool) or isinstance(v, float):
        raise _err(f'{where}请写成字符串，例如 "5000.00"（不能用浮点数）')
    if isinstance(v, Decimal):
        d = v
    elif isinstance(v, int | str):
        try:
            d = Decimal(v)
        except InvalidOperation:
            raise _err(f"{where} {v!r} 不是有效的金额") from None
    else:
        raise _err(f"{where} {v!r} 不是有效的金额")
    if not d.is_finite():
        raise _err(f"{where} {v!r} 不是有效的金额")
    return d


@dataclass(frozen=True, slots=True)
class Band:
    """Points for values up to and including ``upto``; ``upto=None`` is the open last band."""

    upto: int | Decimal | None
    points: int


@dataclass(frozen=True, slots=True)
class FactorConfig:
    """Points of one factor: ``bands`` for a numeric factor, ``categories`` (code → points) otherwise.

    ``missing_points`` is used by ``months_since_last_payment`` when the customer never paid.
    """

    code: str
    bands: tuple[Band, ...] = ()
    categories: tuple[tuple[str, int], ...] = ()
    missing_points: int | None = None

    @property
    def max_points(self) -> int:
        pts = [b.points for b in self.bands] + [p for _, p in self.categories]
        if self.missing_points is not None:
            pts.append(self.missing_points)
        return max(pts)

    def validate(self) -> None:
        d = _FACTOR_DEFS.get(self.code)
        if d is None:
            raise _err(f"未知的评分因素代码 {self.code!r}（可用：{', '.join(_FACTOR_DEFS)}）")
        label = f"因素“{d.label_zh}”({self.code})"
        if d.numeric:
            if self.categories:
                raise _err(f"{label} 是数值因素，应使用分段 bands，不能用 categories")
            if not self.bands:
                raise _err(f"{label} 至少需要一个分段")
            if self.bands[-1].upto is not None:
                raise _err(f"{label} 的最后一个分段上限必须为空（null），以覆盖所有更大的值")
            prev = None
            for b in self.bands:
                if not _is_int(b.points):
                    raise _err(f"{label} 的分数必须是整数：{b.points!r}")
            for b in self.bands[:-1]:
                if b.upto is None:
                    raise _err(f"{label} 只有最后一个分段可以没有上限")
                if d.money:
                    if not isinstance(b.upto, Decimal) or not b.upto.is_finite():
                        raise _err(f"{label} 的分段上限必须是金额：{b.upto!r}")
                elif not _is_int(b.upto):
                    raise _err(f"{label} 的分段上限必须是整数：{b.upto!r}")
                if prev is not None and b.upto <= prev:
                    raise _err(f"{label} 的分段上限必须严格递增：{prev} 之后是 {b.upto}")
                prev = b.upto
            if d.allows_missing:
                if not _is_int(self.missing_points):
                    raise _err(f"{label} 需要整数 missing_points（从未还款时的分数）")
            elif self.missing_points is not None:
                raise _err(f"{label} 不使用 missing_points")
        else:
            if self.bands:
                raise _err(f"{label} 是分类因素，应使用 categories，不能用 bands")
            if self.missing_points is not None:
                raise _err(f"{label} 不使用 missing_points")
            keys = [k for k, _ in self.categories]
            if len(set(keys)) != len(keys):
                raise _err(f"{label} 的分类代码重复")
            if set(keys) != set(d.categories):
                missing = [k for k in d.categories if k not in keys]
                extra = [k for k in keys if k not in d.categories]
                raise _err(
                    f"{label} 的分类必须正好是 {', '.join(d.categories)}"
                    + (f"；缺少 {', '.join(missing)}" if missing else "")
                    + (f"；多余 {', '.join(map(str, extra))}" if extra else "")
                )
            for k, p in self.categories:
                if not _is_int(p):
                    raise _err(f"{label} 分类 {k} 的分数必须是整数：{p!r}")

    def to_dict(self) -> dict[str, Any]:
        d = _FACTOR_DEFS[self.code]
        out: dict[str, Any] = {"code": self.code}
        if d.numeric:
            out["bands"] = [
                {"upto": None if b.upto is None else (str(b.upto) if d.money else b.upto), "points": b.points}
                for b in self.bands
            ]
            if self.missing_points is not None:
                out["missing_points"] = self.missing_points
        else:
            out["categories"] = dict(self.categories)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FactorConfig:
        if not isinstance(data, Mapping):
            raise _err(f"评分因素应为对象：{data!r}")
        code = data.get("code")
        d = _FACTOR_DEFS.get(code) if isinstance(code, str) else None
        if d is None:
            raise _err(f"未知的评分因素代码 {code!r}（可用：{', '.join(_FACTOR_DEFS)}）")
        unknown = set(data) - {"code", "bands", "categories", "missing_points"}
        if unknown:
            raise _err(f"因素 {code} 含未知字段：{', '.join(sorted(unknown))}")
        bands: list[Band] = []
        raw_bands = data.get("bands", [])
        if not isinstance(raw_bands, list):
            raise _err(f"因素 {code} 的 bands 应为列表")
        for rb in raw_bands:
            if not isinstance(rb, Mapping) or "points" not in rb or "upto" not in rb:
                raise _err(f'因素 {code} 的分段应为 {{"upto": …, "points": …}}：{rb!r}')
            upto = rb["upto"]
            if upto is not None and d.money:
                upto = _to_money(upto, f"因素「{d.label_zh}」（{code}）的分段上限")
            bands.append(Band(upto=upto, points=rb["points"]))
        raw_cats = data.get("categories", {})
        if not isinstance(raw_cats, Mapping):
            raise _err(f"因素 {code} 的 categories 应为对象（代码 → 分数）")
        fc = cls(
            code=code,
            bands=tuple(bands),
            categories=tuple((str(k), v) for k, v in raw_cats.items()),
            missing_points=data.get("missing_points"),
        )
        fc.validate()
        return fc


@dataclass(frozen=True, slots=True)
class GradeThreshold:
    grade: str
    min_score: int


# fields usable in rule conditions: name → (kind, allowed codes for a "code" field)
CONDITION_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "dpd": ("int", ()),
    "bucket": ("code", _BUCKET_NAMES),
    "overdue_total": ("money", ()),
    "months_since_last_payment": ("int", ()),
    "never_paid": ("bool", ()),
    "broken_promises_90d": ("int", ()),
    "failed_contacts": ("int", ()),
    "contact_lost": ("bool", ()),
    "has_visitable_address": ("bool", ()),
    "do_not_visit": ("bool", ()),
    "can_visit": ("bool", ()),
    "last_visit_outcome": ("code", tuple(VISIT_OUTCOME_LABELS)),
    "willingness": ("code", tuple(WILLINGNESS_LABELS)),
    "ability": ("code", tuple(ABILITY_LABELS)),
    "has_hardship_reason": ("bool", ()),
    "complaint_under_review": ("bool", ()),
    "legal_proceedings": ("bool", ()),
    "deceased": ("bool", ()),
    "score": ("int", ()),
    "grade": ("code", GRADES),
}

# placeholders usable in a rule's reason_zh (str.format syntax, e.g. "逾期 {dpd} 天")
REASON_PLACEHOLDERS: tuple[str, ...] = (
    *CONDITION_FIELDS,
    "overdue_total_display",
    "months_display",
    "willingness_label",
    "ability_label",
    "last_visit_label",
    "grade_label",
    "action_label",
    "hardship_reason",
    "contact_status",
)

_CMP_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}
_OPS_BY_KIND = {
    "int": ("==", "!=", ">", ">=", "<", "<=", "in", "not_in"),
    "money": ("==", "!=", ">", ">=", "<", "<="),
    "bool": ("==", "!="),
    "code": ("==", "!=", "in", "not_in"),
}


def _freeze_condition(cond: Any, path: str) -> Any:
    """Validate a condition and return it normalised and immutable (tuples, MappingProxyType, Decimal)."""
    if not isinstance(cond, Mapping):
        raise _err(f"{path}：条件应为对象，得到 {cond!r}")
    keys = set(cond)
    for combo in ("all", "any"):
        if combo in keys:
            if keys != {combo}:
                raise _err(f"{path}：“{combo}” 不能与其他键并列")
            parts = cond[combo]
            if not isinstance(parts, list | tuple):
                raise _err(f"{path}：“{combo}” 的值应为条件列表")
            if combo == "any" and not parts:
                raise _err(f"{path}：“any” 至少需要一个条件")
            return MappingProxyType(
                {combo: tuple(_freeze_condition(c, f"{path}.{combo}[{i}]") for i, c in enumerate(parts))}
            )
    if "not" in keys:
        if keys != {"not"}:
            raise _err(f"{path}：“not” 不能与其他键并列")
        return MappingProxyType({"not": _freeze_condition(cond["not"], f"{path}.not")})
    if keys != {"field", "op", "value"}:
        raise _err(f"{path}：条件应为 {{field, op, value}} 或 all/any/not，得到键 {sorted(keys)}")
    fname, op, value = cond["field"], cond["op"], cond["value"]
    if fname not in CONDITION_FIELDS:
        raise _err(f"{path}：未知字段 {fname!r}（可用：{', '.join(CONDITION_FIELDS)}）")
    kind, codes = CONDITION_FIELDS[fname]
    if op not in _OPS_BY_KIND[kind]:
        raise _err(f"{path}：字段 {fname} 不支持运算符 {op!r}（可用：{' '.join(_OPS_BY_KIND[kind])}）")

    def check_one(v: Any) -> Any:
        if kind == "int":
            if not _is_int(v):
                raise _err(f"{path}：字段 {fname} 的比较值必须是整数，得到 {v!r}")
            return v
        if kind == "money":
            return _to_money(v, f"{path}：字段 {fname} 的比较值")
        if kind == "bool":
            if not isinstance(v, bool):
                raise _err(f"{path}：字段 {fname} 的比较值必须是 true/false，得到 {v!r}")
            return v
        if v not in codes:
            raise _err(f"{path}：字段 {fname} 的值 {v!r} 无效（可用：{', '.join(codes)}）")
        return v

    if op in ("in", "not_in"):
        if not isinstance(value, list | tuple) or not value:
            raise _err(f"{path}：运算符 {op} 需要非空列表")
        norm: Any = tuple(check_one(v) for v in value)
    else:
        norm = check_one(value)
    return MappingProxyType({"field": fname, "op": op, "value": norm})


def _thaw(obj: Any) -> Any:
    if isinstance(obj, Mapping):
        return {k: _thaw(v) for k, v in obj.items()}
    if isinstance(obj, tuple | list):
        return [_thaw(v) for v in obj]
    if isinstance(obj, Decimal):
        return str(obj)
    return obj


def _is_always(cond: Mapping[str, Any]) -> bool:
    return "all" in cond and all(_is_always(c) for c in cond["all"])


_Pred = Callable[[dict[str, Any]], bool]


def _always(_facts: dict[str, Any]) -> bool:
    return True


def _compile_condition(cond: Mapping[str, Any]) -> _Pred:
    if "all" in cond:
        parts = tuple(_compile_condition(c) for c in cond["all"])
        if not parts:
            return _always
        if len(parts) == 1:
            return parts[0]

        def all_(facts: dict[str, Any]) -> bool:
            for p in parts:
                if not p(facts):
                    return False
            return True

        return all_
    if "any" in cond:
        parts = tuple(_compile_condition(c) for c in cond["any"])
        if len(parts) == 1:
            return parts[0]

        def any_(facts: dict[str, Any]) -> bool:
            for p in parts:
                if p(facts):
                    return True
            return False

        return any_
    if "not" in cond:
        inner = _compile_condition(cond["not"])
        return lambda facts: not inner(facts)

    fname, op, value = cond["field"], cond["op"], cond["value"]
    nullable = fname == "months_since_last_payment"
    if op in ("in", "not_in"):
        members = frozenset(value)
        if op == "in":
            return lambda facts: facts[fname] in members
        return lambda facts: facts[fname] not in members
    fn = _CMP_OPS[op]
    if nullable:

        def cmp_nullable(facts: dict[str, Any]) -> bool:
            v = facts[fname]
            return v is not None and fn(v, value)

        return cmp_nullable
    if op == "==":
        return lambda facts: facts[fname] == value
    if op == ">":
        return lambda facts: facts[fname] > value
    if op == ">=":
        return lambda facts: facts[fname] >= value
    return lambda facts: fn(facts[fname], value)


@dataclass(frozen=True, slots=True)
class RecommendationRule:
    """One row of the recommendation table. ``when`` is a condition (see the module docstring)."""

    code: str
    action: str
    when: Mapping[str, Any]
    description_zh: str
    reason_zh: str

    def __post_init__(self) -> None:
        where = f"规则 {self.code!r}"
        if not isinstance(self.code, str) or not self.code:
            raise _err("规则代码不能为空")
        if self.action not in ACTION_LABELS:
            raise _err(f"{where} 的措施 {self.action!r} 无效（可用：{', '.join(ACTION_LABELS)}）")
        if not isinstance(self.description_zh, str) or not isinstance(self.reason_zh, str):
            raise _err(f"{where} 的说明和理由必须是文字")
        if not self.reason_zh.strip():
            raise _err(f"{where} 需要理由文字 reason_zh")
        try:
            parsed = list(string.Formatter().parse(self.reason_zh))
        except ValueError as e:
            raise _err(f"{where} 的理由模板格式错误：{e}") from None
        for _lit, name, _spec, _conv in parsed:
            if name is not None and name not in REASON_PLACEHOLDERS:
                raise _err(
                    f"{where} 的理由模板含未知占位符 {{{name}}}（可用：{', '.join(REASON_PLACEHOLDERS)}）"
                )
        object.__setattr__(self, "when", _freeze_condition(self.when, where))

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "action": self.action,
            "when": _thaw(self.when),
            "description_zh": self.description_zh,
            "reason_zh": self.reason_zh,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RecommendationRule:
        if not isinstance(data, Mapping):
            raise _err(f"规则应为对象：{data!r}")
        need = {"code", "action", "when", "description_zh", "reason_zh"}
        if set(data) != need:
            raise _err(f"规则 {data.get('code')!r} 的字段应正好是 {', '.join(sorted(need))}")
        return cls(**{k: data[k] for k in need})


_FACTOR_CACHE_LIMIT = 2048  # distinct values cached per factor (money amounts are never cached)


@dataclass(frozen=True, slots=True)
class _CompiledFactor:
    code: str
    label_zh: str
    fact: str
    numeric: bool
    bounds: tuple[Any, ...]
    points: tuple[int, ...]
    catmap: dict[Any, int]
    missing_points: int | None
    max_points: int
    display: Callable[[Any], str]
    # value → shared, immutable FactorScore (explanations for repeated values are built once)
    cache: dict[Any, FactorScore]
    cache_limit: int


@dataclass(frozen=True, slots=True)
class _Compiled:
    factors: tuple[_CompiledFactor, ...]
    grade_mins: tuple[int, ...]
    grade_names: tuple[str, ...]
    rules: tuple[tuple[str, str, _Pred, str], ...]  # code, action, predicate, reason template


@dataclass(frozen=True)
class ScorecardConfig:
    """A versioned scorecard: factor bands/points, grade thresholds and the recommendation table.

    Immutable; to edit, change ``to_dict()`` output and build a new one with ``from_dict()`` (and a higher
    ``version``).  Construction validates everything and raises ``ValueError`` with a Chinese message.
    """

    version: int
    factors: tuple[FactorConfig, ...]
    grades: tuple[GradeThreshold, ...]
    rules: tuple[RecommendationRule, ...]
    note_zh: str = ""
    _compiled: _Compiled = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not _is_int(self.version) or self.version < 1:
            raise _err(f"版本号必须是正整数：{self.version!r}")
        object.__setattr__(self, "factors", tuple(self.factors))
        object.__setattr__(self, "grades", tuple(self.grades))
        object.__setattr__(self, "rules", tuple(self.rules))
        codes = [f.code for f in self.factors]
        if len(set(codes)) != len(codes):
            raise _err("评分因素重复")
        for f in self.factors:
            f.validate()
        # grades: exactly A, B, C, D in order, A starting at 0, min scores strictly increasing
        if tuple(g.grade for g in self.grades) != GRADES:
            raise _err("风险等级必须依次为 A、B、C、D")
        mins = [g.min_score for g in self.grades]
        if not all(_is_int(m) for m in mins) or mins[0] != 0:
            raise _err("A 级的最低分必须是 0，各等级最低分为整数")
        if any(b <= a for a, b in zip(mins, mins[1:], strict=False)) or mins[-1] > 100:
            raise _err(f"各等级最低分必须严格递增且不超过 100：{mins}")
        if not self.rules:
            raise _err("至少需要一条建议规则")
        rcodes = [r.code for r in self.rules]
        if len(set(rcodes)) != len(rcodes):
            raise _err("规则代码重复")
        if not _is_always(self.rules[-1].when):
            raise _err(
                f'最后一条规则 {self.rules[-1].code!r} 必须无条件（"when": {{"all": []}}），'
                "保证每个案件都有建议措施"
            )
        compiled_factors = []
        for f in self.factors:
            d = _FACTOR_DEFS[f.code]
            if d.numeric:
                catmap: dict[Any, int] = {}
                bounds = tuple(b.upto for b in f.bands[:-1])
                points = tuple(b.points for b in f.bands)
            else:
                cats = dict(f.categories)
                catmap = {v: cats[k] for k, v in zip(d.categories, d.category_values, strict=True)}
                bounds, points = (), ()
            compiled_factors.append(
                _CompiledFactor(
                    f.code,
                    d.label_zh,
                    d.fact,
                    d.numeric,
                    bounds,
                    points,
                    catmap,
                    f.missing_points,
                    f.max_points,
                    _DISPLAY[f.code],
                    {},
                    0 if d.money else _FACTOR_CACHE_LIMIT,
                )
            )
        object.__setattr__(
            self,
            "_compiled",
            _Compiled(
                factors=tuple(compiled_factors),
                grade_mins=tuple(mins),
                grade_names=GRADES,
                rules=tuple((r.code, r.action, _compile_condition(r.when), r.reason_zh) for r in self.rules),
            ),
        )

    @property
    def max_total_points(self) -> int:
        return sum(f.max_points for f in self.factors)

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable form (money as strings)."""
        return {
            "version": self.version,
            "note_zh": self.note_zh,
            "factors": [f.to_dict() for f in self.factors],
            "grades": [{"grade": g.grade, "min_score": g.min_score} for g in self.grades],
            "rules": [r.to_dict() for r in self.rules],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScorecardConfig:
        if not isinstance(data, Mapping):
            raise _err("配置应为对象")
        missing = {"version", "factors", "grades", "rules"} - set(data)
        if missing:
            raise _err(f"缺少字段：{', '.join(sorted(missing))}")
        unknown = set(data) - {"version", "factors", "grades", "rules", "note_zh"}
        if unknown:
            raise _err(f"含未知字段：{', '.join(sorted(unknown))}")
        for key in ("factors", "grades", "rules"):
            if not isinstance(data[key], list | tuple):
                raise _err(f"{key} 应为列表")
        grades = []
        for g in data["grades"]:
            if not isinstance(g, Mapping) or set(g) != {"grade", "min_score"}:
                raise _err(f'等级应为 {{"grade": …, "min_score": …}}：{g!r}')
            grades.append(GradeThreshold(grade=g["grade"], min_score=g["min_score"]))
        note = data.get("note_zh", "")
        if not isinstance(note, str):
            raise _err("note_zh 应为文字")
        return cls(
            version=data["version"],
            factors=tuple(FactorConfig.from_dict(f) for f in data["factors"]),
            grades=tuple(grades),
            rules=tuple(RecommendationRule.from_dict(r) for r in data["rules"]),
            note_zh=note,
        )


# --------------------------------------------------------------------------------------------------
# Default card (version 1)
# --------------------------------------------------------------------------------------------------
def _f(fname: str, op: str, value: Any) -> dict[str, Any]:
    return {"field": fname, "op": op, "value": value}


_UNCOOPERATIVE = {
    "any": [
        _f("willingness", "in", ["refusing", "evasive"]),
        _f("broken_promises_90d", ">=", 2),
    ]
}

DEFAULT_SCORECARD_DICT: dict[str, Any] = {
    "version": 1,
    "note_zh": "默认评分卡：各因素满分合计 100 分；分数越高风险越大。",
    "factors": [
        {
            # 账龄边界：M1 1–30，M2 31–60，M3 61–90，M4 91–120，M5–M6 121–180，M6+ >180
            "code": "dpd",
            "bands": [
                {"upto": 0, "points": 0},
                {"upto": 30, "points": 5},
                {"upto": 60, "points": 10},
                {"upto": 90, "points": 15},
                {"upto": 120, "points": 20},
                {"upto": 180, "points": 25},
                {"upto": None, "points": 30},
            ],
        },
        {
            "code": "overdue_total",
            "bands": [
                {"upto": "2000.00", "points": 0},
                {"upto": "10000.00", "points": 3},
                {"upto": "30000.00", "points": 6},
                {"upto": "100000.00", "points": 8},
                {"upto": None, "points": 10},
            ],
        },
        {
            "code": "months_since_last_payment",
            "bands": [
                {"upto": 0, "points": 0},
                {"upto": 1, "points": 2},
                {"upto": 3, "points": 5},
                {"upto": 6, "points": 8},
                {"upto": None, "points": 10},
            ],
            "missing_points": 10,
        },
        {
            "code": "broken_promises_90d",
            "bands": [
                {"upto": 0, "points": 0},
                {"upto": 1, "points": 4},
                {"upto": 2, "points": 7},
                {"upto": None, "points": 10},
            ],
        },
        {
            "code": "failed_contacts",
            "bands": [
                {"upto": 0, "points": 0},
                {"upto": 2, "points": 2},
                {"upto": 4, "points": 4},
                {"upto": None, "points": 6},
            ],
        },
        {"code": "contact_lost", "categories": {"no": 0, "yes": 4}},
        {"code": "visitable_address", "categories": {"yes": 0, "no": 5}},
        {
            "code": "last_visit_outcome",
            "categories": {"none": 0, "contacted": 0, "not_home": 2, "moved": 4, "refused": 5},
        },
        {
            "code": "willingness",
            "categories": {"cooperative": 0, "hesitant": 4, "unknown": 6, "evasive": 9, "refusing": 12},
        },
        {
            "code": "ability",
            "categories": {"stable": 0, "unknown": 4, "reduced": 4, "no_income": 8},
        },
    ],
    "grades": [
        {"grade": "A", "min_score": 0},
        {"grade": "B", "min_score": 30},
        {"grade": "C", "min_score": 50},
        {"grade": "D", "min_score": 70},
    ],
    "rules": [
        {
            "code": "hold_complaint",
            "action": "hold",
            "when": _f("complaint_under_review", "==", True),
            "description_zh": "客户投诉处理中：暂缓一切催收动作，投诉处理完毕后重新评估。",
            "reason_zh": "客户投诉正在处理中，按规定暂缓催收，待投诉办结后重新评估。",
        },
        {
            "code": "hold_deceased",
            "action": "hold",
            "when": _f("deceased", "==", True),
            "description_zh": "借款人已身故：暂缓催收，转入身故核实与继承/核销流程。",
            "reason_zh": "借款人已身故，暂缓催收，请核实后转入身故处理流程。",
        },
        {
            "code": "hold_legal",
            "action": "hold",
            "when": _f("legal_proceedings", "==", True),
            "description_zh": "已进入诉讼/仲裁程序：暂缓外访与电话催收，由法务统一跟进。",
            "reason_zh": "案件已进入诉讼程序，暂缓催收动作，由法务统一跟进。",
        },
        {
            "code": "hardship_reason",
            "action": "hardship",
            "when": _f("has_hardship_reason", "==", True),
            "description_zh": "登记了困难原因（疾病、失业、灾害等）：转困难帮扶，评估延期、分期或减免。",
            "reason_zh": "客户登记了困难原因（{hardship_reason}），建议评估延期、分期或减免等帮扶方案。",
        },
        {
            "code": "hardship_income",
            "action": "hardship",
            "when": {
                "all": [
                    _f("ability", "in", ["no_income", "reduced"]),
                    _f("willingness", "in", ["cooperative", "hesitant"]),
                ]
            },
            "description_zh": "收入减少或无收入，但还款意愿为配合或犹豫：转困难帮扶，评估分期或减免。",
            "reason_zh": "客户{ability_label}，但还款意愿为“{willingness_label}”，建议评估分期或减免等帮扶方案。",
        },
        {
            "code": "legal_m6_uncooperative",
            "action": "legal",
            "when": {"all": [_f("dpd", ">", 180), _UNCOOPERATIVE]},
            "description_zh": "逾期超过 180 天（M6+），且拒绝/回避还款或近 90 天违约承诺 2 次及以上：转法务。",
            "reason_zh": (
                "逾期 {dpd} 天（{bucket}），还款意愿为“{willingness_label}”，"
                "近 90 天违约承诺 {broken_promises_90d} 次，建议转法务处理。"
            ),
        },
        {
            "code": "visit_m4_uncooperative",
            "action": "visit",
            "when": {"all": [_f("dpd", ">", 90), _UNCOOPERATIVE, _f("can_visit", "==", True)]},
            "description_zh": (
                "逾期超过 90 天（M4 及以上，未超过 180 天），且拒绝/回避还款或近 90 天违约承诺 2 次及以上，"
                "有可上门地址且未禁止上门：上门催收。"
            ),
            "reason_zh": (
                "逾期 {dpd} 天（{bucket}），还款意愿为“{willingness_label}”，"
                "近 90 天违约承诺 {broken_promises_90d} 次，建议上门催收。"
            ),
        },
        {
            "code": "visit_unreachable",
            "action": "visit",
            "when": {
                "all": [
                    {"any": [_f("contact_lost", "==", True), _f("failed_contacts", ">=", 3)]},
                    _f("can_visit", "==", True),
                ]
            },
            "description_zh": "失联或联系失败 3 次及以上，有可上门地址且未禁止上门：上门核实、当面沟通。",
            "reason_zh": "电话无法联系客户（{contact_status}），有可上门地址，建议上门核实并当面沟通。",
        },
        {
            "code": "legal_lost_no_address",
            "action": "legal",
            "when": {
                "all": [
                    _f("contact_lost", "==", True),
                    _f("can_visit", "==", False),
                    _f("dpd", ">", 120),
                ]
            },
            "description_zh": "失联且无可上门地址（或禁止上门），逾期超过 120 天：转法务评估诉讼。",
            "reason_zh": "客户已失联且无法上门，逾期 {dpd} 天（{bucket}），建议转法务评估诉讼。",
        },
        {
            "code": "phone_lost_no_address",
            "action": "phone",
            "when": {"all": [_f("contact_lost", "==", True), _f("can_visit", "==", False)]},
            "description_zh": "失联且无可上门地址（或禁止上门），逾期不超过 120 天：电话跟进并做失联修复。",
            "reason_zh": "客户已失联且无法上门，逾期 {dpd} 天，建议继续电话跟进并联系紧急联系人做失联修复。",
        },
        {
            "code": "visit_high_risk",
            "action": "visit",
            "when": {"all": [_f("grade", "in", ["C", "D"]), _f("can_visit", "==", True)]},
            "description_zh": "风险等级为 C 或 D，有可上门地址且未禁止上门：上门催收。",
            "reason_zh": "风险等级 {grade}（{grade_label}，{score} 分），有可上门地址，建议上门催收。",
        },
        {
            "code": "phone_default",
            "action": "phone",
            "when": {"all": []},
            "description_zh": "以上规则均未命中：电话跟进。",
            "reason_zh": "风险等级 {grade}（{grade_label}，{score} 分），建议先电话跟进。",
        },
    ],
}

DEFAULT_SCORECARD: ScorecardConfig = ScorecardConfig.from_dict(DEFAULT_SCORECARD_DICT)


# --------------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------------
def _bad_input(msg: str) -> ValueError:
    return ValueError(f"评分输入无效：{msg}")


def _facts(inputs: ScoreInputs) -> dict[str, Any]:
    dpd = inputs.dpd
    total = inputs.overdue_total
    if type(dpd) is not int or dpd < 0:
        raise _bad_input(f"逾期天数必须是非负整数，得到 {dpd!r}")
    if type(total) is not Decimal:
        if type(total) is not int:
            raise _bad_input(f"逾期总额必须是 Decimal（不能用浮点数），得到 {total!r}")
        total = Decimal(total)
    if not total.is_finite() or total < 0:
        raise _bad_input(f"逾期总额必须是非负金额，得到 {total!r}")
    months = inputs.months_since_last_payment
    if months is not None and (type(months) is not int or months < 0):
        raise _bad_input(f"距上次还款月数必须是非负整数或 None（从未还款），得到 {months!r}")
    broken = inputs.broken_promises_90d
    failed = inputs.failed_contacts
    if type(broken) is not int or broken < 0:
        raise _bad_input(f"违约承诺次数必须是非负整数，得到 {broken!r}")
    if type(failed) is not int or failed < 0:
        raise _bad_input(f"联系失败次数必须是非负整数，得到 {failed!r}")
    if inputs.willingness not in WILLINGNESS_LABELS:
        raise _bad_input(f"未知的还款意愿代码 {inputs.willingness!r}")
    if inputs.ability not in ABILITY_LABELS:
        raise _bad_input(f"未知的还款能力代码 {inputs.ability!r}")
    if inputs.last_visit_outcome not in VISIT_OUTCOME_LABELS:
        raise _bad_input(f"未知的外访结果代码 {inputs.last_visit_outcome!r}")
    hardship = inputs.hardship_reason
    hardship_text = hardship.strip() if hardship else ""
    address = bool(inputs.has_visitable_address)
    dnv = bool(inputs.do_not_visit)
    return {
        "dpd": dpd,
        "bucket": _BUCKET_NAMES[bisect_left(_BUCKET_BOUNDS, dpd)],
        "overdue_total": total,
        "months_since_last_payment": months,
        "never_paid": months is None,
        "broken_promises_90d": broken,
        "failed_contacts": failed,
        "contact_lost": bool(inputs.contact_lost),
        "has_visitable_address": address,
        "do_not_visit": dnv,
        "can_visit": address and not dnv,
        "last_visit_outcome": inputs.last_visit_outcome,
        "willingness": inputs.willingness,
        "ability": inputs.ability,
        "has_hardship_reason": bool(hardship_text),
        "hardship_reason": hardship_text,
        "complaint_under_review": bool(inputs.complaint_under_review),
        "legal_proceedings": bool(inputs.legal_proceedings),
        "deceased": bool(inputs.deceased),
    }


def _match(c: _Compiled, facts: dict[str, Any]) -> tuple[str, str, str]:
    """The first rule whose condition holds: (rule code, action, reason template)."""
    for code, action, pred, reason in c.rules:
        if pred(facts):
            return code, action, reason
    raise AssertionError("unreachable: the last rule is unconditional")  # pragma: no cover


def quick_score(inputs: ScoreInputs, config: ScorecardConfig = DEFAULT_SCORECARD) -> QuickScore:
    """Score, grade and action only (no factor breakdown, no reason text) — for bulk scoring."""
    c = config._compiled
    facts = _facts(inputs)
    total = 0
    for cf in c.factors:
        v = facts[cf.fact]
        if cf.numeric:
            total += cf.missing_points if v is None else cf.points[bisect_left(cf.bounds, v)]
        else:
            total += cf.catmap[v]
    score = 0 if total < 0 else 100 if total > 100 else total
    grade = c.grade_names[bisect_right(c.grade_mins, score) - 1]
    facts["score"] = score
    facts["grade"] = grade
    code, action, _reason = _match(c, facts)
    return QuickScore(score, grade, action, code)


def score_many(
    inputs: Iterable[ScoreInputs], config: ScorecardConfig = DEFAULT_SCORECARD
) -> list[QuickScore]:
    """Bulk fast path: :func:`quick_score` over many cases (e.g. the nightly 100k re-score)."""
    return [quick_score(i, config) for i in inputs]


def _contact_status(facts: dict[str, Any]) -> str:
    if facts["contact_lost"]:
        return f"已失联，联系失败 {facts['failed_contacts']} 次" if facts["failed_contacts"] else "已失联"
    return f"联系失败 {facts['failed_contacts']} 次"


# reason placeholders that are not facts, computed only when a template uses them
_DERIVED_FACTS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "overdue_total_display": lambda f: f"¥{f['overdue_total']:,.2f}",
    "months_display": lambda f: _DISPLAY["months_since_last_payment"](f["months_since_last_payment"]),
    "willingness_label": lambda f: WILLINGNESS_LABELS[f["willingness"]],
    "ability_label": lambda f: ABILITY_LABELS[f["ability"]],
    "last_visit_label": lambda f: VISIT_OUTCOME_LABELS[f["last_visit_outcome"]],
    "grade_label": lambda f: GRADE_LABELS[f["grade"]],
    "action_label": lambda f: ACTION_LABELS[f["action"]],
    "contact_status": _contact_status,
}


class _ReasonView:
    """Mapping for ``str.format_map``: the facts, plus derived display values on demand."""

    __slots__ = ("facts",)

    def __init__(self, facts: dict[str, Any]) -> None:
        self.facts = facts

    def __getitem__(self, key: str) -> Any:
        try:
            return self.facts[key]
        except KeyError:
            return _DERIVED_FACTS[key](self.facts)


def score_case(inputs: ScoreInputs, config: ScorecardConfig = DEFAULT_SCORECARD) -> ScoreResult:
    """Score one case with a full explanation (factor points and Chinese reasons).

    Raises ``ValueError`` (Chinese message) on invalid inputs: negative counts, float money, unknown codes.
    """
    c = config._compiled
    facts = _facts(inputs)
    factors: list[FactorScore] = []
    total = 0
    for cf in c.factors:
        v = facts[cf.fact]
        fs = cf.cache.get(v)
        if fs is None:
            if cf.numeric:
                pts = cf.missing_points if v is None else cf.points[bisect_left(cf.bounds, v)]
            else:
                pts = cf.catmap[v]
            fs = FactorScore(cf.code, cf.label_zh, cf.display(v), pts, cf.max_points)
            if len(cf.cache) < cf.cache_limit:
                cf.cache[v] = fs
        total += fs.points
        factors.append(fs)
    score = 0 if total < 0 else 100 if total > 100 else total
    grade = c.grade_names[bisect_right(c.grade_mins, score) - 1]
    facts["score"] = score
    facts["grade"] = grade
    code, action, reason = _match(c, facts)

    facts["action"] = action
    reasons = [reason.format_map(_ReasonView(facts))]

    top = sorted((f for f in factors if f.points > 0), key=lambda f: -f.points)[:3]
    summary = f"综合评分 {score} 分，风险等级 {grade}（{GRADE_LABELS[grade]}）"
    if top:
        summary += "；主要因素：" + "、".join(f"{f.label_zh} {f.value_display} +{f.points} 分" for f in top)
    reasons.append(summary + "。")
    if facts["do_not_visit"] and action != "hold":
        reasons.append("客户已列入禁止上门名单，不安排上门。")
    return ScoreResult(score, grade, action, factors, reasons, config.version, code)
