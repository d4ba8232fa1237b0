"""Locations of bundled resources (fonts, translations, icons, style sheet).

Plain ``pathlib`` constants: importable from Qt and non-Qt code alike (``reports`` uses the font paths).
"""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR: Path = Path(__file__).resolve().parent
FONTS_DIR: Path = RESOURCES_DIR / "fonts"

#: Noto Sans SC Regular, static TrueType (glyf) instance: embeddable by reportlab, loadable by Qt.
FONT_PATH: Path = FONTS_DIR / "NotoSansSC-Regular.ttf"
#: Matching Bold instance (headings and totals).
FONT_BOLD_PATH: Path = FONTS_DIR / "NotoSansSC-Bold.ttf"
#: Family name Qt reports after ``QFontDatabase.addApplicationFont(str(FONT_PATH))``.
FONT_FAMILY: str = "Noto Sans SC"
FONT_LICENSE_PATH: Path = FONTS_DIR / "LICENSE-NotoSansSC.txt"
