"""The application's palette and fonts."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QPushButton

from desktop.views.theme import apply_theme


def test_disabled_controls_look_disabled(qapp, qtbot):
    """A button that cannot be pressed must not look like one that can (the palette painted both alike)."""
    apply_theme(qapp)
    on, off = QPushButton("Import"), QPushButton("Import")
    field = QLineEdit("x")
    for w in (on, off, field):
        qtbot.addWidget(w)
    off.setEnabled(False)
    field.setEnabled(False)
    role = QPalette.ColorRole.ButtonText
    assert off.palette().color(QPalette.ColorGroup.Disabled, role) != on.palette().color(QPalette.ColorGroup.Active, role)
    assert field.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) != \
        field.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    on.resize(120, 32)
    off.resize(120, 32)
    assert on.grab().toImage() != off.grab().toImage()  # and it shows
