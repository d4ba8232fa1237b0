"""Settings ▸ Users: an administrator edits and reactivates users through the real tab and service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from desktop.services.users import UserService
from desktop.views.settings_page import SettingsPage, UserDialog
from tests.conftest import PASSWORD


@pytest.fixture
def page(qtbot, sqlite_world):
    p = SettingsPage(sqlite_world.db, sqlite_world.admin)
    qtbot.addWidget(p)
    p.show()
    return p


@pytest.fixture
def warnings(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


def cells(tab, login: str) -> list[str]:
    t = tab.table
    r = row_of(tab, login)
    return [t.item(r, c).text() for c in range(t.columnCount())]


def row_of(tab, login: str) -> int:
    return next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == login)


def button(tab, name: str) -> QPushButton:
    return tab.findChild(QPushButton, name)


def click_row(qtbot, tab, login: str, double: bool = False) -> None:
    t = tab.table
    pos = t.visualItemRect(t.item(row_of(tab, login), 1)).center()
    qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:  # QTest's double-click event alone: the view wants the press before it
        qtbot.mouseDClick(t.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_edit_name_and_role_from_the_selected_row(qtbot, page, sqlite_world, monkeypatch, warnings):
    tab = page.users
    assert not button(tab, "editUser").isEnabled()  # nothing selected yet
    click_row(qtbot, tab, "c1")
    assert button(tab, "editUser").isEnabled() and button(tab, "deactivate").isEnabled()
    assert not button(tab, "reactivate").isEnabled()
    opened = []

    def fake_exec(dlg: UserDialog) -> int:  # the admin corrects the name, promotes, presses OK
        opened.append(dlg)
        assert dlg.windowTitle() == "Edit user"
        assert dlg.login.text() == "c1" and dlg.login.isReadOnly()
        assert (dlg.name.text(), dlg.employee_no.text()) == ("王芳", "E1001")
        assert (dlg.role.currentData(), dlg.branch.currentData()) == ("collector", "北京朝阳营业部")
        assert not hasattr(dlg, "password")  # passwords have their own button
        dlg.name.setText("王芳芳")  # (QTest types Latin-1 only)
        dlg.role.setCurrentIndex(dlg.role.findData("supervisor"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UserDialog, "exec", fake_exec)
    with qtbot.waitSignal(page.status_message) as done:
        qtbot.mouseClick(button(tab, "editUser"), Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and not warnings and done.args == ["User c1 saved"]
    assert cells(tab, "c1")[:5] == ["c1", "王芳芳", "E1001", "Supervisor", "北京朝阳营业部"]
    assert tab.selected().login == "c1"  # the edited row stays selected
    saved = UserService(sqlite_world.db, sqlite_world.admin).get_user(tab.selected().id)
    assert (saved.display_name, saved.role) == ("王芳芳", "supervisor")


def test_double_click_opens_the_editor_and_a_refused_edit_keeps_the_dialog(qtbot, page, sqlite_world,
                                                                          monkeypatch, warnings):
    tab = page.users
    calls = []

    def fake_exec(dlg: UserDialog) -> int:
        calls.append((dlg.name.text(), dlg.role.currentData(), dlg.branch.currentData(), dlg.employee_no.text()))
        if len(calls) == 1:  # a manager-only "no branch" for a collector, and a new employee no.
            dlg.branch.setCurrentIndex(0)
            dlg.employee_no.setText("E7777")
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected  # the admin gives up

    monkeypatch.setattr(UserDialog, "exec", fake_exec)
    click_row(qtbot, tab, "c2", double=True)
    assert len(calls) == 2, "the dialog opens again after the refusal"
    assert calls[1] == ("刘洋", "collector", None, "E7777"), "with what the admin typed"
    assert len(warnings) == 1 and "must belong to a branch" in warnings[0][1]
    assert cells(tab, "c2")[2] == "E1002" and cells(tab, "c2")[4] == "北京朝阳营业部"  # nothing saved


def test_a_user_changed_meanwhile_is_reported_and_reloaded(qtbot, page, sqlite_world, monkeypatch, warnings):
    tab = page.users
    click_row(qtbot, tab, "c2")
    other = UserService(sqlite_world.db, sqlite_world.admin)
    c2 = other.get_user(tab.selected().id)
    calls = []

    def fake_exec(dlg: UserDialog) -> int:
        calls.append(dlg)
        # another administrator saves first, while this dialog is open
        other.update_user(c2.id, display_name="刘洋（海淀）", role="collector", branch="北京海淀营业部",
                          employee_no=c2.employee_no, expected_version=c2.version)
        dlg.name.setText("刘阳")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UserDialog, "exec", fake_exec)
    qtbot.mouseClick(button(tab, "editUser"), Qt.MouseButton.LeftButton)
    assert len(calls) == 1, "not offered again: the copy it was based on is stale"
    # the English interface shows the English sentence of the conflict
    assert len(warnings) == 1 and "This user was changed by admin at" in warnings[0][1] and "Refresh" in warnings[0][1]
    assert cells(tab, "c2")[1] == "刘洋（海淀）" and cells(tab, "c2")[4] == "北京海淀营业部"
    assert tab.selected().version == c2.version + 1


def test_reactivate_a_deactivated_user(qtbot, page, sqlite_world, monkeypatch, warnings):
    tab = page.users
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click_row(qtbot, tab, "c9")
    qtbot.mouseClick(button(tab, "deactivate"), Qt.MouseButton.LeftButton)
    assert all(tab.table.item(r, 0).text() != "c9" for r in range(tab.table.rowCount()))
    assert not button(tab, "reactivate").isEnabled()
    tab.show_inactive.setChecked(True)
    assert cells(tab, "c9")[5] == "Deactivated"
    click_row(qtbot, tab, "c9")
    assert button(tab, "reactivate").isEnabled()
    assert not button(tab, "deactivate").isEnabled() and not button(tab, "resetPassword").isEnabled()
    with qtbot.waitSignal(page.status_message) as done:
        qtbot.mouseClick(button(tab, "reactivate"), Qt.MouseButton.LeftButton)
    assert done.args == ["陈静 can sign in again"] and not warnings
    assert cells(tab, "c9")[5] == "Active" and not button(tab, "reactivate").isEnabled()
    assert UserService(sqlite_world.db, None).authenticate("c9", PASSWORD).login == "c9"


def test_the_admin_cannot_deactivate_himself_from_the_tab(qtbot, page):
    tab = page.users
    click_row(qtbot, tab, "admin")
    assert button(tab, "editUser").isEnabled() and not button(tab, "deactivate").isEnabled()


def test_new_user_dialog_still_asks_for_a_password(qtbot):
    dlg = UserDialog([(1, "北京朝阳营业部")])
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "New user" and not dlg.login.isReadOnly()
    assert dlg.password.echoMode() == dlg.password.EchoMode.Password and dlg.must_change.isChecked()


def test_deactivating_a_collector_with_cases_says_they_will_be_unassigned(qtbot, page, sqlite_world, monkeypatch):
    from sqlalchemy import select

    from desktop.models import Case
    from desktop.services.demo import seed_demo

    seed_demo(sqlite_world.db, 20, seed=3)
    with sqlite_world.db.session_factory.begin() as s:
        for c in s.scalars(select(Case).where(Case.status != "closed").order_by(Case.id).limit(3)):
            c.assigned_to_id = sqlite_world.collector2.user_id
    tab = page.users
    tab.reload()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    click_row(qtbot, tab, "c2")
    qtbot.mouseClick(button(tab, "deactivate"), Qt.MouseButton.LeftButton)
    assert "Its 3 open cases become unassigned" in asked[0]
    tab.show_inactive.setChecked(True)
    assert cells(tab, "c2")[-1] == "Deactivated"
    with sqlite_world.db.session_factory() as s:
        assert s.scalar(select(Case.id).where(Case.assigned_to_id == sqlite_world.collector2.user_id)) is None


def test_a_locked_account_shows_it_in_the_list(qtbot, page, sqlite_world):
    from desktop.services.errors import AuthError
    from desktop.services.users import UserService

    for _ in range(5):
        with pytest.raises(AuthError):
            UserService(sqlite_world.db, None).authenticate("c1", "wrong-password-1")
    page.users.reload()
    assert cells(page.users, "c1")[-1].startswith("Locked until ")


def test_reset_password_asks_twice_keeps_the_dialog_on_a_weak_one_and_says_it_is_done(qtbot, page, sqlite_world,
                                                                                      monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.services.users import UserService
    from desktop.views.settings_page import ResetPasswordDialog

    tab = page.users
    msgs = []
    tab.saved.connect(msgs.append)
    errors = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: errors.append(a[2]))
    seen = []

    def fill(dlg: ResetPasswordDialog) -> None:
        ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dlg.password.setText("temp12345")
        dlg.again.setText("temp1234")
        seen.append((ok.isEnabled(), dlg.note.text()))
        dlg.again.setText("temp12345")
        seen.append((ok.isEnabled(), dlg.note.text()))
        dlg.password.setText("short1")
        dlg.again.setText("short1")
        ok.click()  # refused by the policy: the dialog stays open
        seen.append(dlg.isVisible())
        dlg.password.setText("temp12345")
        dlg.again.setText("temp12345")
        ok.click()

    monkeypatch.setattr(ResetPasswordDialog, "exec", lambda self: (self.show(), fill(self), self.result())[2])
    click_row(qtbot, tab, "c1")
    qtbot.mouseClick(button(tab, "resetPassword"), Qt.MouseButton.LeftButton)
    assert seen[0] == (False, "The two passwords differ.") and seen[1] == (True, "") and seen[2] is True
    assert errors and "too short" in errors[0]
    assert msgs and msgs[-1].startswith("Password of 王芳 reset")
    assert UserService(sqlite_world.db, None).authenticate("c1", "temp12345").must_change_password
