"""Scorecard: every factor at its band boundaries, grades, the recommendation table, config round-trip."""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.scorecard import (
    ABILITY_LABELS,
    ACTION_LABELS,
    DEFAULT_SCORECARD,
    DEFAULT_SCORECARD_DICT,
    FACTOR_LABELS,
    GRADE_LABELS,
    VISIT_OUTCOME_LABELS,
    WILLINGNESS_LABELS,
    ScorecardConfig,
    ScoreInputs,
    bucket_of,
    quick_score,
    score_case,
    score_many,
    visit_outcome_from_result,
)


def calm(**overrides) -> ScoreInputs:
    """A low-risk case (score 5, grade A, phone_default) that single fields are varied against."""
    base = dict(
        dpd=10,
        overdue_total=Decimal("1000.00"),
        months_since_last_payment=0,
        willingness="cooperative",
        ability="stable",
    )
    base.update(overrides)
    return ScoreInputs(**base)


def points(inputs: ScoreInputs, code: str, config: ScorecardConfig = DEFAULT_SCORECARD) -> int:
    [factor] = [f for f in score_case(inputs, config).factors if f.code == code]
    return factor.points


def config_from(mutate) -> ScorecardConfig:
    data = copy.deepcopy(DEFAULT_SCORECARD_DICT)
    mutate(data)
    return ScorecardConfig.from_dict(data)


# --------------------------------------------------------------------------------------------------
# Factors
# --------------------------------------------------------------------------------------------------
def test_calm_baseline():
    r = score_case(calm())
    assert (r.score, r.grade, r.recommended_action, r.rule_code) == (5, "A", "phone", "phone_default")
    assert r.config_version == 1


@pytest.mark.parametrize(
    ("dpd", "expected"),
    [
        (0, 0),
        (1, 5),
        (30, 5),
        (31, 10),
        (60, 10),
        (61, 15),
        (90, 15),
        (91, 20),
        (120, 20),
        (121, 25),
        (180, 25),
        (181, 30),
        (5000, 30),
    ],
)
def test_dpd_bands(dpd, expected):
    assert points(calm(dpd=dpd), "dpd") == expected


@pytest.mark.parametrize(
    ("dpd", "bucket"),
    [
        (0, "M0"),
        (1, "M1"),
        (30, "M1"),
        (31, "M2"),
        (90, "M3"),
        (91, "M4"),
        (150, "M5"),
        (151, "M6"),
        (180, "M6"),
        (181, "M6+"),
    ],
)
def test_bucket_of(dpd, bucket):
    assert bucket_of(dpd) == bucket


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        ("0.00", 0),
        ("2000.00", 0),
        ("2000.01", 3),
        ("10000.00", 3),
        ("10000.01", 6),
        ("30000.00", 6),
        ("30000.01", 8),
        ("100000.00", 8),
        ("100000.01", 10),
    ],
)
def test_overdue_total_bands(total, expected):
    assert points(calm(overdue_total=Decimal(total)), "overdue_total") == expected


@pytest.mark.parametrize(
    ("months", "expected"), [(None, 10), (0, 0), (1, 2), (2, 5), (3, 5), (4, 8), (6, 8), (7, 10), (48, 10)]
)
def test_months_since_last_payment_bands(months, expected):
    assert points(calm(months_since_last_payment=months), "months_since_last_payment") == expected


@pytest.mark.parametrize(("n", "expected"), [(0, 0), (1, 4), (2, 7), (3, 10), (9, 10)])
def test_broken_promises_bands(n, expected):
    assert points(calm(broken_promises_90d=n), "broken_promises_90d") == expected


@pytest.mark.parametrize(("n", "expected"), [(0, 0), (1, 2), (2, 2), (3, 4), (4, 4), (5, 6), (40, 6)])
def test_failed_contacts_bands(n, expected):
    assert points(calm(failed_contacts=n), "failed_contacts") == expected


def test_contact_lost_and_address_points():
    assert points(calm(contact_lost=False), "contact_lost") == 0
    assert points(calm(contact_lost=True), "contact_lost") == 4
    assert points(calm(has_visitable_address=True), "visitable_address") == 0
    assert points(calm(has_visitable_address=False), "visitable_address") == 5


@pytest.mark.parametrize(
    ("outcome", "expected"), [("none", 0), ("contacted", 0), ("not_home", 2), ("moved", 4), ("refused", 5)]
)
def test_last_visit_outcome_points(outcome, expected):
    assert points(calm(last_visit_outcome=outcome), "last_visit_outcome") == expected


@pytest.mark.parametrize(
    ("willingness", "expected"),
    [("cooperative", 0), ("hesitant", 4), ("unknown", 6), ("evasive", 9), ("refusing", 12)],
)
def test_willingness_points(willingness, expected):
    assert points(calm(willingness=willingness), "willingness") == expected


@pytest.mark.parametrize(
    ("ability", "expected"), [("stable", 0), ("reduced", 4), ("unknown", 4), ("no_income", 8)]
)
def test_ability_points(ability, expected):
    assert points(calm(ability=ability), "ability") == expected


def test_flags_and_hardship_add_no_points():
    plain = score_case(calm()).score
    flagged = calm(
        complaint_under_review=True,
        legal_proceedings=True,
        deceased=True,
        do_not_visit=True,
        hardship_reason="失业",
    )
    assert score_case(flagged).score == plain


def test_factor_breakdown_is_explainable():
    r = score_case(
        calm(dpd=95, overdue_total=Decimal("15000.00"), months_since_last_payment=None, failed_contacts=2)
    )
    by_code = {f.code: f for f in r.factors}
    assert list(by_code) == list(FACTOR_LABELS)
    assert by_code["dpd"].value_display == "95 天（M4）"
    assert by_code["dpd"].label_zh == "逾期天数"
    assert by_code["overdue_total"].value_display == "¥15,000.00"
    assert by_code["months_since_last_payment"].value_display == "从未还款"
    assert by_code["failed_contacts"].value_display == "2 次"
    assert by_code["willingness"].value_display == "配合"
    assert by_code["dpd"].max_points == 30
    assert sum(f.max_points for f in r.factors) == 100
    assert r.score == sum(f.points for f in r.factors)
    assert r.factors_as_dicts()[0] == {
        "code": "dpd",
        "label_zh": "逾期天数",
        "value_display": "95 天（M4）",
        "points": 20,
        "max_points": 30,
    }
    json.dumps(r.factors_as_dicts(), ensure_ascii=False)


def test_unknown_judgement_scores_mid_range():
    r = score_case(calm(willingness="unknown", ability="unknown"))
    assert r.score == 5 + 6 + 4


# --------------------------------------------------------------------------------------------------
# Grades and clamping
# --------------------------------------------------------------------------------------------------
def identity_config() -> ScorecardConfig:
    """Only the dpd factor, one point per day up to 120 (so the clamp at 100 can be tested)."""

    def mutate(data):
        bands = [{"upto": n, "points": n} for n in range(0, 120)] + [{"upto": None, "points": 120}]
        data["factors"] = [{"code": "dpd", "bands": bands}]

    return config_from(mutate)


@pytest.mark.parametrize(
    ("score", "grade"),
    [(0, "A"), (29, "A"), (30, "B"), (49, "B"), (50, "C"), (69, "C"), (70, "D"), (100, "D")],
)
def test_grade_thresholds(score, grade):
    r = score_case(calm(dpd=score), identity_config())
    assert (r.score, r.grade) == (score, grade)


def test_score_clamped_to_100():
    r = score_case(calm(dpd=115), identity_config())
    assert r.score == 100
    assert sum(f.points for f in r.factors) == 115
    assert r.grade == "D"


def test_score_clamped_to_0():
    def mutate(data):
        data["factors"] = [
            {"code": "dpd", "bands": [{"upto": 30, "points": -5}, {"upto": None, "points": 10}]}
        ]

    r = score_case(calm(dpd=10), config_from(mutate))
    assert r.score == 0 and r.grade == "A"
    assert r.factors[0].points == -5


@pytest.mark.parametrize(
    ("overrides", "score", "grade"),
    [
        (dict(dpd=121, broken_promises_90d=1), 29, "A"),
        (dict(dpd=181), 30, "B"),
        (dict(dpd=181, months_since_last_payment=7, broken_promises_90d=2, failed_contacts=1), 49, "B"),
        (dict(dpd=181, months_since_last_payment=7, broken_promises_90d=3), 50, "C"),
        (
            dict(
                dpd=181,
                months_since_last_payment=7,
                broken_promises_90d=3,
                overdue_total=Decimal("100000.01"),
                failed_contacts=3,
                has_visitable_address=False,
            ),
            69,
            "C",
        ),
        (
            dict(
                dpd=181,
                months_since_last_payment=7,
                broken_promises_90d=3,
                overdue_total=Decimal("100000.01"),
                failed_contacts=3,
                ability="reduced",
                last_visit_outcome="not_home",
            ),
            70,
            "D",
        ),
    ],
)
def test_grade_boundaries_with_default_card(overrides, score, grade):
    r = score_case(calm(**overrides))
    assert (r.score, r.grade) == (score, grade)


# --------------------------------------------------------------------------------------------------
# Recommendation table
# --------------------------------------------------------------------------------------------------
def rule(**overrides) -> str:
    return score_case(calm(**overrides)).rule_code


def action(**overrides) -> str:
    return score_case(calm(**overrides)).recommended_action


def test_complaint_under_review_wins_over_everything():
    r = score_case(
        calm(
            complaint_under_review=True,
            deceased=True,
            legal_proceedings=True,
            hardship_reason="病",
            dpd=400,
            willingness="refusing",
        )
    )
    assert (r.recommended_action, r.rule_code) == ("hold", "hold_complaint")


def test_deceased_then_legal_proceedings_hold():
    assert rule(deceased=True, legal_proceedings=True, hardship_reason="病") == "hold_deceased"
    assert rule(legal_proceedings=True, hardship_reason="病", dpd=400, willingness="refusing") == "hold_legal"
    assert action(legal_proceedings=True) == "hold"


def test_hardship_reason_present():
    assert rule(hardship_reason="家人重病住院", dpd=400, willingness="refusing") == "hardship_reason"
    assert action(hardship_reason="失业") == "hardship"


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_blank_hardship_reason_is_absent(blank):
    assert rule(hardship_reason=blank) == "phone_default"


@pytest.mark.parametrize("ability", ["reduced", "no_income"])
@pytest.mark.parametrize("willingness", ["cooperative", "hesitant"])
def test_hardship_by_income_and_willingness(ability, willingness):
    assert rule(ability=ability, willingness=willingness) == "hardship_income"


@pytest.mark.parametrize(
    ("ability", "willingness"),
    [
        ("reduced", "evasive"),
        ("no_income", "refusing"),
        ("no_income", "unknown"),
        ("stable", "cooperative"),
        ("unknown", "hesitant"),
    ],
)
def test_no_hardship_without_both_conditions(ability, willingness):
    assert action(ability=ability, willingness=willingness) != "hardship"


def test_m6_uncooperative_goes_legal_only_after_180_days():
    assert rule(dpd=181, willingness="refusing") == "legal_m6_uncooperative"
    assert rule(dpd=181, willingness="evasive") == "legal_m6_uncooperative"
    assert rule(dpd=181, broken_promises_90d=2) == "legal_m6_uncooperative"
    assert rule(dpd=180, willingness="refusing") == "visit_m4_uncooperative"
    assert rule(dpd=181, broken_promises_90d=1) != "legal_m6_uncooperative"
    assert rule(dpd=181, willingness="hesitant") != "legal_m6_uncooperative"
    # legal even without a visitable address
    assert rule(dpd=181, willingness="refusing", has_visitable_address=False) == "legal_m6_uncooperative"


def test_m4_uncooperative_visit_boundaries():
    assert rule(dpd=91, willingness="refusing") == "visit_m4_uncooperative"
    assert rule(dpd=91, broken_promises_90d=2) == "visit_m4_uncooperative"
    assert rule(dpd=90, willingness="refusing") != "visit_m4_uncooperative"
    assert rule(dpd=91, broken_promises_90d=1) != "visit_m4_uncooperative"
    assert action(dpd=91, willingness="refusing", has_visitable_address=False) != "visit"


def test_do_not_visit_never_recommends_visit():
    r = score_case(calm(dpd=91, willingness="refusing", do_not_visit=True))
    assert r.recommended_action == "phone"
    assert any("禁止上门" in reason for reason in r.reasons)
    assert action(failed_contacts=5, do_not_visit=True) == "phone"
    assert rule(contact_lost=True, do_not_visit=True, dpd=121) == "legal_lost_no_address"


def test_unreachable_with_address_visit():
    assert rule(failed_contacts=3) == "visit_unreachable"
    assert rule(failed_contacts=2) == "phone_default"
    assert rule(contact_lost=True) == "visit_unreachable"
    assert action(failed_contacts=3, has_visitable_address=False) == "phone"


def test_lost_without_address_legal_after_120_days():
    assert rule(contact_lost=True, has_visitable_address=False, dpd=121) == "legal_lost_no_address"
    assert action(contact_lost=True, has_visitable_address=False, dpd=121) == "legal"
    assert rule(contact_lost=True, has_visitable_address=False, dpd=120) == "phone_lost_no_address"
    assert action(contact_lost=True, has_visitable_address=False, dpd=120) == "phone"


def test_high_grade_with_address_visit():
    grade_c = dict(
        dpd=181, months_since_last_payment=7, broken_promises_90d=1, overdue_total=Decimal("100000.01")
    )
    r = score_case(calm(**grade_c))
    assert (r.grade, r.rule_code, r.recommended_action) == ("C", "visit_high_risk", "visit")
    assert rule(**grade_c, has_visitable_address=False) == "phone_default"
    grade_b = dict(grade_c, overdue_total=Decimal("1000.00"))
    assert score_case(calm(**grade_b)).grade == "B"
    assert rule(**grade_b) == "phone_default"


def test_reasons_are_plain_chinese():
    r = score_case(calm(dpd=181, willingness="refusing", overdue_total=Decimal("52000.00")))
    assert r.rule_code == "legal_m6_uncooperative"
    assert r.reasons[0] == "逾期 181 天（M6+），还款意愿为“拒绝还款”，近 90 天违约承诺 0 次，建议转法务处理。"
    assert r.reasons[1].startswith(
        f"综合评分 {r.score} 分，风险等级 {r.grade}（{GRADE_LABELS[r.grade]}）；主要因素："
    )
    assert "逾期天数 181 天（M6+） +30 分" in r.reasons[1]
    assert score_case(calm(hardship_reason=" 失业 ")).reasons[0].startswith("客户登记了困难原因（失业）")
    assert "已失联" in score_case(calm(contact_lost=True)).reasons[0]
    assert "收入减少" in score_case(calm(ability="reduced", willingness="hesitant")).reasons[0]
    assert r.action_label_zh == "法务转介"


@pytest.mark.parametrize("rule_dict", DEFAULT_SCORECARD_DICT["rules"], ids=lambda r: r["code"])
def test_every_default_rule_is_documented_in_chinese(rule_dict):
    assert rule_dict["action"] in ACTION_LABELS
    assert re.search(r"[\u4e00-\u9fff]", rule_dict["description_zh"])
    assert re.search(r"[\u4e00-\u9fff]", rule_dict["reason_zh"])


# --------------------------------------------------------------------------------------------------
# Property: consistency of score, grade, quick path
# --------------------------------------------------------------------------------------------------
inputs_strategy = st.builds(
    ScoreInputs,
    dpd=st.integers(0, 1000),
    overdue_total=st.decimals(min_value=0, max_value=10**7, places=2),
    months_since_last_payment=st.none() | st.integers(0, 60),
    broken_promises_90d=st.integers(0, 10),
    failed_contacts=st.integers(0, 20),
    contact_lost=st.booleans(),
    has_visitable_address=st.booleans(),
    last_visit_outcome=st.sampled_from(list(VISIT_OUTCOME_LABELS)),
    willingness=st.sampled_from(list(WILLINGNESS_LABELS)),
    ability=st.sampled_from(list(ABILITY_LABELS)),
    hardship_reason=st.none() | st.sampled_from(["", "失业", "疾病"]),
    complaint_under_review=st.booleans(),
    legal_proceedings=st.booleans(),
    deceased=st.booleans(),
    do_not_visit=st.booleans(),
)


@settings(max_examples=300)
@given(inputs_strategy)
def test_score_is_sum_of_points_and_consistent(inputs):
    r = score_case(inputs)
    assert 0 <= r.score <= 100
    assert r.score == sum(f.points for f in r.factors)
    assert all(0 <= f.points <= f.max_points for f in r.factors)
    expected_grade = "A" if r.score < 30 else "B" if r.score < 50 else "C" if r.score < 70 else "D"
    assert r.grade == expected_grade
    assert r.recommended_action in ACTION_LABELS
    assert r.reasons and all("{" not in s and "}" not in s for s in r.reasons)
    assert quick_score(inputs) == (r.score, r.grade, r.recommended_action, r.rule_code)
    if inputs.do_not_visit or not inputs.has_visitable_address:
        assert r.recommended_action != "visit"


def test_score_many_bulk_path():
    cases = [calm(dpd=d, failed_contacts=d % 7) for d in range(0, 400)]
    results = score_many(cases)
    assert len(results) == 400
    assert results[0] == quick_score(cases[0])
    assert results[-1].score == score_case(cases[-1]).score


# --------------------------------------------------------------------------------------------------
# Input validation
# --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "overrides",
    [
        dict(dpd=-1),
        dict(overdue_total=1000.0),
        dict(overdue_total=Decimal("-1")),
        dict(overdue_total=Decimal("NaN")),
        dict(months_since_last_payment=-1),
        dict(broken_promises_90d=-1),
        dict(failed_contacts=-2),
        dict(willingness="angry"),
        dict(ability="rich"),
        dict(last_visit_outcome="gone"),
    ],
)
def test_invalid_inputs_rejected(overrides):
    with pytest.raises(ValueError, match="评分输入无效"):
        score_case(calm(**overrides))
    with pytest.raises(ValueError, match="评分输入无效"):
        quick_score(calm(**overrides))


def test_int_overdue_total_accepted():
    assert score_case(calm(overdue_total=5000)).factors[1].points == 3


# --------------------------------------------------------------------------------------------------
# Config: round trip, editing, validation
# --------------------------------------------------------------------------------------------------
def test_default_config_round_trips_through_json():
    text = json.dumps(DEFAULT_SCORECARD.to_dict(), ensure_ascii=False)
    again = ScorecardConfig.from_dict(json.loads(text))
    assert again == DEFAULT_SCORECARD
    assert again.to_dict() == DEFAULT_SCORECARD.to_dict()
    assert DEFAULT_SCORECARD.to_dict() == json.loads(json.dumps(DEFAULT_SCORECARD_DICT))
    assert DEFAULT_SCORECARD.max_total_points == 100


def test_money_bands_serialise_as_strings():
    overdue = next(f for f in DEFAULT_SCORECARD.to_dict()["factors"] if f["code"] == "overdue_total")
    assert overdue["bands"][0] == {"upto": "2000.00", "points": 0}


def test_config_is_immutable():
    rule0 = DEFAULT_SCORECARD.rules[0]
    with pytest.raises(TypeError):
        rule0.when["field"] = "deceased"  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_SCORECARD.version = 2  # type: ignore[misc]


def test_edited_config_changes_result_and_version():
    def mutate(data):
        data["version"] = 7
        data["grades"][1]["min_score"] = 10  # B from 10
        data["rules"].insert(
            0,
            {
                "code": "visit_big_never_paid",
                "action": "visit",
                "when": {
                    "all": [
                        {"field": "never_paid", "op": "==", "value": True},
                        {"field": "overdue_total", "op": ">=", "value": "50000.00"},
                        {"not": {"field": "bucket", "op": "in", "value": ["M0", "M1"]}},
                    ]
                },
                "description_zh": "从未还款且逾期总额 5 万元以上（M2 起）：上门。",
                "reason_zh": "从未还款，逾期总额 {overdue_total_display}，建议上门。",
            },
        )

    cfg = config_from(mutate)
    r = score_case(calm(dpd=31, months_since_last_payment=None, overdue_total=Decimal("50000.00")), cfg)
    assert (r.rule_code, r.recommended_action, r.config_version) == ("visit_big_never_paid", "visit", 7)
    assert r.reasons[0] == "从未还款，逾期总额 ¥50,000.00，建议上门。"
    assert (
        rule(dpd=31, months_since_last_payment=None, overdue_total=Decimal("50000.00"))
        != "visit_big_never_paid"
    )
    assert (
        score_case(
            calm(dpd=30, months_since_last_payment=None, overdue_total=Decimal("50000.00")), cfg
        ).rule_code
        != "visit_big_never_paid"
    )
    assert score_case(calm(dpd=61), cfg).grade == "B"  # 15 + 0 ≥ 10
    assert ScorecardConfig.from_dict(cfg.to_dict()) == cfg


def test_numeric_comparison_with_never_paid_is_false():
    def mutate(data):
        data["rules"].insert(
            0,
            {
                "code": "legal_long_no_payment",
                "action": "legal",
                "when": {"field": "months_since_last_payment", "op": ">", "value": 12},
                "description_zh": "超过 12 个月未还款：法务。",
                "reason_zh": "{months_display}未还款。",
            },
        )

    cfg = config_from(mutate)
    assert score_case(calm(months_since_last_payment=13), cfg).rule_code == "legal_long_no_payment"
    assert score_case(calm(months_since_last_payment=12), cfg).rule_code == "phone_default"
    assert score_case(calm(months_since_last_payment=None), cfg).rule_code == "phone_default"


def test_factor_can_be_left_out():
    def mutate(data):
        data["factors"] = [f for f in data["factors"] if f["code"] != "willingness"]

    r = score_case(calm(willingness="refusing"), config_from(mutate))
    assert "willingness" not in {f.code for f in r.factors}


def _set(path, value):
    def mutate(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _drop_last_rule(data):
    data["rules"].pop()


def _dup_rule(data):
    data["rules"].insert(0, copy.deepcopy(data["rules"][0]))


@pytest.mark.parametrize(
    "mutate",
    [
        _set(("version",), 0),
        _set(("version",), "1"),
        _set(("factors", 0, "code"), "age"),
        _set(("factors", 0, "bands", 2, "upto"), 20),  # not increasing
        _set(("factors", 0, "bands", -1, "upto"), 999),  # last band bounded
        _set(("factors", 0, "bands", 1, "points"), 2.5),
        _set(("factors", 1, "bands", 0, "upto"), 2000.0),  # float money
        _set(("factors", 1, "bands", 0, "upto"), "abc"),
        _set(("factors", 2, "missing_points"), None),
        _set(("factors", 8, "categories"), {"cooperative": 0}),  # incomplete
        _set(("factors", 8, "categories", "angry"), 3),  # unknown code
        _set(("factors", 5, "bands"), [{"upto": None, "points": 1}]),
        _set(("grades", 0, "min_score"), 5),
        _set(("grades", 2, "min_score"), 30),
        _set(("grades", 3, "grade"), "E"),
        _set(("rules", 0, "action"), "sue"),
        _set(("rules", 0, "when"), {"field": "age", "op": "==", "value": 1}),
        _set(("rules", 0, "when"), {"field": "deceased", "op": ">", "value": True}),
        _set(("rules", 0, "when"), {"field": "deceased", "op": "==", "value": 1}),
        _set(("rules", 0, "when"), {"field": "willingness", "op": "in", "value": ["angry"]}),
        _set(("rules", 0, "when"), {"field": "dpd", "op": "in", "value": []}),
        _set(("rules", 0, "when"), {"any": []}),
        _set(("rules", 0, "when"), {"all": [], "field": "dpd"}),
        _set(("rules", 0, "reason_zh"), "逾期 {days} 天"),
        _set(("rules", 0, "reason_zh"), "逾期 {dpd 天"),
        _set(("rules", 0, "reason_zh"), "  "),
        _drop_last_rule,
        _dup_rule,
        _set(("extra",), 1),
    ],
)
def test_invalid_config_rejected_with_chinese_message(mutate):
    with pytest.raises(ValueError, match="评分卡配置错误"):
        config_from(mutate)


def test_from_dict_missing_keys():
    with pytest.raises(ValueError, match="缺少字段"):
        ScorecardConfig.from_dict({"version": 1})


# --------------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------------
def test_labels():
    assert set(ACTION_LABELS) == {"phone", "visit", "hardship", "legal", "hold"}
    assert ACTION_LABELS["visit"] == "上门催收" and ACTION_LABELS["hold"] == "暂缓"
    assert set(WILLINGNESS_LABELS) == {"cooperative", "hesitant", "evasive", "refusing", "unknown"}
    assert set(ABILITY_LABELS) == {"stable", "reduced", "no_income", "unknown"}
    # codes fit the String(12) willingness/ability and String(10) action columns
    assert all(len(c) <= 12 for c in [*WILLINGNESS_LABELS, *ABILITY_LABELS])
    assert all(len(c) <= 10 for c in ACTION_LABELS)


@pytest.mark.parametrize(
    ("code", "contacted", "expected"),
    [
        (None, False, "none"),
        ("refused", True, "refused"),
        ("not_home", False, "not_home"),
        ("moved", False, "moved"),
        ("ptp", True, "contacted"),
        ("third_party", False, "not_home"),
    ],
)
def test_visit_outcome_from_result(code, contacted, expected):
    assert visit_outcome_from_result(code, contacted) == expected


def test_explanations_are_not_shared_between_configs():
    def mutate(data):
        data["factors"][0]["bands"][1]["points"] = 9  # 1–30 days: 9 instead of 5

    edited = config_from(mutate)
    assert points(calm(dpd=10), "dpd") == 5
    assert points(calm(dpd=10), "dpd", edited) == 9
    assert points(calm(dpd=10), "dpd") == 5
    # repeated values give equal explanations
    assert score_case(calm(dpd=10)) == score_case(calm(dpd=10))
