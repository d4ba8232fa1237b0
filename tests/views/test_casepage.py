from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desktop.services.audit import verify_chain
from desktop.services.caselist import CaseListService, CaseQuery
from desktop.services.cases import CaseDetailService
from desktop.services.reference import ReferenceService
from desktop.services.users import UserService
from desktop.views.casemodel import COLUMNS, CaseTableModel
from desktop.views.casepage import CasePage


def make_page(qtbot, world, actor):
    page = CasePage(CaseListService(world.db, actor), CaseDetailService(world.db, actor), UserService(world.db, actor),
                    ReferenceService(world.db, actor).branches())
    qtbot.addWidget(page)
    page.show()
    page.wait_idle()
    qtbot.waitUntil(lambda: "…" not in page.summary.text())
    return page


def col(key):
    return [k for k, _ in COLUMNS].index(key)


def shown(page, key):
    m = page.model
    return [m.data(m.index(r, col(key))) for r in range(m.rowCount())]


def test_case_model_passes_qtmodeltester(qtmodeltester, demo_world):
    model = CaseTableModel(CaseListService(demo_world.db, demo_world.manager))
    model.set_query(CaseQuery())
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_default_sort_is_overdue_total_descending(qtbot, demo_world):
    page = make_page(qtbot, demo_world, demo_world.manager)
    totals = [r.overdue_total for r in page.model.rows]
    assert totals == sorted(totals, reverse=True) and len(totals) == 200  # first page
    assert shown(page, "overdue_total")[0].startswith("¥") and "," in shown(page, "overdue_total")[0]
    s = page.cases.summary(CaseQuery())
    assert page.summary.text().endswith(f"{s.overdue_total:,.2f}") and f"{s.count:,}" in page.summary.text()


def test_scrolling_fetches_more_rows_in_order(qtbot, demo_world):
    page = make_page(qtbot, demo_world, demo_world.manager)
    page.model.fetchMore()
    rows = page.model.rows
    assert len(rows) == 300 and not page.model.canFetchMore()
    assert [r.overdue_total for r in rows] == sorted((r.overdue_total for r in rows), reverse=True)
    assert len({r.id for r in rows}) == 300


def test_header_click_sorts_in_sql(qtbot, demo_world):
    page = make_page(qtbot, demo_world, demo_world.manager)
    page.table.sortByColumn(col("dpd"), Qt.SortOrder.AscendingOrder)
    dpds = [r.dpd for r in page.model.rows]
    assert dpds == sorted(dpds) and page.model.query.sort == "dpd"
    page.table.sortByColumn(col("customer_name"), Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort == "customer_name" and page.model.query.descending


def test_search_by_two_character_name_and_by_contract(qtbot, demo_world):
    page = make_page(qtbot, demo_world, demo_world.manager)
    assert "138****5678" in page.search.toolTip()  # what the (often cut) placeholder cannot say
    target = page.model.rows[7]
    given = target.customer_name[-2:] if len(target.customer_name) >= 3 else target.customer_name
    page.search.clear()
    page.search.insert(given)  # QTest cannot type CJK characters; insert() is what an input method does
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    names = shown(page, "customer_name")
    assert names and all(given in n for n in names) and target.customer_name in names
    page.search.clear()
    qtbot.keyClicks(page.search, target.contract_no[-6:])
    page.apply_filters()
    assert shown(page, "contract_no") == [target.contract_no]


def test_search_by_address_substring_uses_trigram_index(qtbot, demo_world):
    page = make_page(qtbot, demo_world, demo_world.manager)
    page.search.setText("海淀区")
    page.apply_filters()
    assert page.model.rowCount() > 0
    ids = [r.id for r in page.model.rows]
    from desktop.models import Case, Customer

    with demo_world.db.session_factory() as s:
        for cid in ids[:20]:
            c = s.get(Case, cid)
            cust = s.get(Customer, c.customer_id)
            assert "海淀区" in (cust.home_address or "") + (cust.work_address or "")


def test_filter_bucket_and_collector(qtbot, demo_world):
    page = make_page(qtbot, demo_world, demo_world.manager)
    page.bucket.setCurrentIndex(page.bucket.findData("M3"))
    assert set(shown(page, "bucket")) == {"M3"}
    idx = next(i for i in range(2, page.collector.count()))
    page.collector.setCurrentIndex(idx)
    name = page.collector.itemText(idx).split(" (")[0]
    rows = shown(page, "collector")
    assert all(r == name for r in rows)
    expected = page.cases.summary(CaseQuery(buckets=("M3",), collector_id=page.collector.currentData()))
    page.wait_idle()
    qtbot.waitUntil(lambda: f"{expected.count:,} " in page.summary.text() or f"{expected.count:,}" in page.summary.text())
    assert page.model.rowCount() == min(expected.count, 200)


def test_empty_state_when_nothing_matches(qtbot, demo_world):
    page = make_page(qtbot, demo_world, demo_world.manager)
    page.search.setText("不存在的名字")
    page.apply_filters()
    assert page.stack.currentWidget() is page.empty and "没有" in page.empty.text() or "No matching" in page.empty.text()


def test_multi_select_returns_selected_case_ids(qtbot, demo_world):
    page = make_page(qtbot, demo_world, demo_world.manager)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert page.selected_ids() == [r.id for r in page.model.rows[:3]]


def test_collector_sees_only_own_branch(qtbot, demo_world):
    w = demo_world
    # give the test collector a demo case list: the demo branches differ from the world's, so move two cases
    from desktop.models import Case

    with w.db.session_factory.begin() as s:
        cases = s.query(Case).order_by(Case.id).limit(2).all()
        cases[0].branch_id = w.branch_id
        cases[1].branch_id = w.other_branch_id
        mine, other = cases[0].id, cases[1].id
    page = make_page(qtbot, w, w.collector)
    ids = {r.id for r in page.model.rows}
    assert mine in ids and other not in ids
    assert not page.branch.isVisible()
    # asking the service for the other branch explicitly still returns only the own branch
    rows = CaseListService(w.db, w.collector).page(CaseQuery(branch_id=w.other_branch_id), limit=1000)
    assert rows and mine in {r.id for r in rows} and other not in {r.id for r in rows}
    assert {r.branch for r in rows} == {"北京朝阳营业部"}
    assert {r.branch for r in page.model.rows} == {"北京朝阳营业部"}


def test_enter_opens_detail_with_masked_data(qtbot, demo_world):
    page = make_page(qtbot, demo_world, demo_world.manager)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.detail.isVisible()
    d = page.detail.detail
    assert d.id == page.model.rows[0].id
    assert "********" in page.detail.id_label.text() and "****" in page.detail.mobile_label.text()
    qtbot.keyClick(page.detail, Qt.Key.Key_Escape)
    assert not page.detail.isVisible()


def test_reveal_writes_audit_event_and_needs_reason(qtbot, demo_world, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    page = make_page(qtbot, demo_world, demo_world.manager)
    page.open_case(0)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    qtbot.mouseClick(page.detail.reveal_id, Qt.MouseButton.LeftButton)
    assert warnings and "reason" in warnings[0] and "****" in page.detail.id_label.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("核实身份", True))
    qtbot.mouseClick(page.detail.reveal_id, Qt.MouseButton.LeftButton)
    text = page.detail.id_label.text()
    assert len(text) == 18 and "*" not in text
    from sqlalchemy import select

    from desktop.models import AuditEvent

    with demo_world.db.session_factory() as s:
        ev = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert ev.action == "pii.reveal" and ev.case_id == page.detail.detail.id and "核实身份" in ev.detail
        assert ev.user_login == "mgr" and verify_chain(s).ok


def test_collector_has_no_reveal_button(qtbot, demo_world):
    page = make_page(qtbot, demo_world, demo_world.collector)
    assert page.detail.reveal_id.isHidden() and page.detail.reveal_mobile.isHidden()


def test_money_shown_as_text_with_two_decimals(qtbot, demo_world):
    page = make_page(qtbot, demo_world, demo_world.manager)
    r = page.model.rows[0]
    assert shown(page, "overdue_total")[0] == f"¥{r.overdue_total:,.2f}"
    assert isinstance(r.overdue_total, Decimal)


@pytest.mark.parametrize(("lang", "word"), [("zh_CN", "合同编号"), ("en", "Contract no.")])
def test_both_languages_load(qapp, lang, word):
    from PySide6.QtCore import QCoreApplication, Qt

    from desktop.views.theme import install_translator

    assert install_translator(qapp, lang)
    model = CaseTableModel.__new__(CaseTableModel)
    assert QCoreApplication.translate("CaseTableModel", "Contract no.") == word
    del model
    install_translator(qapp, "en")
    _ = Qt


def test_status_and_collector_columns_fit_their_longest_text(qtbot, demo_world):
    """"● Visit scheduled" and "(unassigned)" are not cut off in a fresh window (they were "Visit schedu…")."""
    page = make_page(qtbot, demo_world, demo_world.manager)
    fm = page.table.fontMetrics()
    assert page.table.columnWidth(col("status")) >= fm.horizontalAdvance("● Visit scheduled") + 8
    assert page.table.columnWidth(col("collector")) >= fm.horizontalAdvance("(unassigned)") + 8
