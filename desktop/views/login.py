"""Sign-in dialog: remembers the last login name; wrong password and lockout explained in one sentence."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.users import UserService
from desktop.views.common import error_text


class LoginDialog(QDialog):
    def __init__(self, users: UserService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.users = users
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("VisitDesk — Sign in"))
        self.setMinimumWidth(380)
        title = QLabel(self.tr("VisitDesk · On-site collection case management"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.login = QLineEdit(QSettings().value("login/last", ""))
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        form.addRow(self.tr("Login name"), self.login)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        (self.password if self.login.text() else self.login).setFocus(Qt.FocusReason.OtherFocusReason)

    def try_login(self) -> None:
        login = self.login.text().strip()
        if not login or not self.password.text():
            self.message.setText(self.tr("Enter your login name and password."))
            return
        try:
            self.actor = self.users.authenticate(login, self.password.text())
        except ServiceError as e:
            self.message.setText(error_text(e))
            self.password.clear()
            self.password.setFocus()
            return
        QSettings().setValue("login/last", login)
        if self.actor.must_change_password:
            from desktop.views.security import ChangePasswordDialog

            dlg = ChangePasswordDialog(UserService(self.users.db, self.actor), self.password.text(), forced=True,
                                       parent=self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                self.actor = None
                self.message.setText(self.tr("You must choose a new password before you can continue."))
                return
            from dataclasses import replace

            self.actor = replace(self.actor, must_change_password=False)
        self.accept()
