"""Case list search and filters against a brute-force answer computed in the test."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.models import Case, Customer, User
from desktop.services.caselist import CaseListService, CaseQuery
from desktop.services.demo import seed_demo


@pytest.fixture
def seeded(world):
    seed_demo(world.db, 400, seed=21, today=date(2026, 11, 27))
    with world.db.session_factory() as s:
        rows = s.execute(select(Case.id, Case.customer_name, Case.contract_no, Case.bucket, Case.assigned_to_id,
                                Case.overdue_total, Customer.home_address, Customer.work_address, Customer.mobile,
                                Customer.id_number).join(Customer, Customer.id == Case.customer_id)).all()
    return world, rows


def ids(world, q: CaseQuery) -> set[int]:
    return {r.id for r in CaseListService(world.db, world.manager).page(q, limit=10_000)}


@pytest.mark.parametrize("pick", [lambda n: n[-1], lambda n: n[-2:], lambda n: n[:1], lambda n: n])
def test_name_search_of_any_length_finds_exactly_the_matching_names(seeded, pick):
    world, rows = seeded
    for name in {r.customer_name for r in rows[:12]}:
        term = pick(name)
        expected = {r.id for r in rows if term in r.customer_name
                    or (len(term) >= 3 and term in ((r.home_address or "") + " " + (r.work_address or "")))}
        assert ids(world, CaseQuery(text=term)) == expected, term


def test_contract_digits_mobile_and_id_lookups(seeded):
    world, rows = seeded
    r = rows[5]
    digits = r.contract_no[-6:]
    assert ids(world, CaseQuery(text=digits)) == {x.id for x in rows if digits in x.contract_no}
    assert r.id in ids(world, CaseQuery(text=r.mobile))
    assert ids(world, CaseQuery(text=r.mobile)) == {x.id for x in rows if x.mobile == r.mobile}
    assert ids(world, CaseQuery(text=r.id_number)) == {x.id for x in rows if x.id_number == r.id_number}
    last4 = r.id_number[-4:]
    assert r.id in ids(world, CaseQuery(text=last4))


def test_masked_mobile_and_id_as_shown_on_screen_find_the_customer(seeded):
    """Staff copy the masked numbers from the case list or an export and paste them into the search."""
    from desktop.models.crypto import mask_id, mask_mobile

    world, rows = seeded
    r = rows[7]
    for term in (mask_mobile(r.mobile), " " + mask_mobile(r.mobile).replace("*", "＊") + " ", mask_id(r.id_number),
                 mask_id(r.id_number).lower()):
        expected = {x.id for x in rows if mask_mobile(x.mobile) == mask_mobile(r.mobile)} if len(term.strip()) == 11 \
            else {x.id for x in rows if mask_id(x.id_number) == mask_id(r.id_number)}
        assert r.id in expected
        assert ids(world, CaseQuery(text=term)) == expected, term
    assert ids(world, CaseQuery(text="000****0000")) == {x.id for x in rows if mask_mobile(x.mobile) == "000****0000"}
    last4 = r.mobile[-4:]
    assert r.id in ids(world, CaseQuery(text="****" + last4)) == ids(world, CaseQuery(text=last4))


def test_address_substring(seeded):
    world, rows = seeded
    term = "丰台区"
    expected = {r.id for r in rows if term in (r.home_address or "") + (r.work_address or "")}
    assert expected and ids(world, CaseQuery(text=term)) == expected


def test_bucket_and_collector_filter_and_keyset_order(seeded):
    world, rows = seeded
    coll = next(r.assigned_to_id for r in rows if r.assigned_to_id and r.bucket == "M1")
    q = CaseQuery(buckets=("M1",), collector_id=coll)
    expected = [r for r in rows if r.bucket == "M1" and r.assigned_to_id == coll]
    svc = CaseListService(world.db, world.manager)
    page1 = svc.page(q, limit=3)
    page2 = svc.page(q, after=page1[-1], limit=1000)
    got = page1 + page2
    assert {g.id for g in got} == {e.id for e in expected}
    assert [g.overdue_total for g in got] == sorted((e.overdue_total for e in expected), reverse=True)
    s = svc.summary(q)
    assert s.count == len(expected) and s.overdue_total == sum(e.overdue_total for e in expected)


def test_like_wildcards_are_literal(seeded):
    world, _ = seeded
    assert ids(world, CaseQuery(text="%_")) == set()


def test_export_is_audited_with_the_filters_in_words(seeded):
    from desktop.models import AuditEvent

    world, rows = seeded
    coll = next(r.assigned_to_id for r in rows if r.assigned_to_id)
    svc = CaseListService(world.db, world.manager)
    list(svc.export_rows(CaseQuery(text="王", buckets=("M1", "M2"), statuses=("new",), collector_id=coll)))
    list(svc.export_rows(CaseQuery()))
    with world.db.session_factory() as s:
        name = s.get(User, coll).display_name
        first, second = s.scalars(select(AuditEvent).where(AuditEvent.action == "export.cases")
                                  .order_by(AuditEvent.id)).all()
    assert first.detail == f"导出案件清单：逾期段 M1、M2；状态 新案件；催收员 {name}；搜索“王”"
    assert first.after["buckets"] == ["M1", "M2"] and first.after["collector_id"] == coll
    assert second.detail == "导出案件清单：全部未结案件"
