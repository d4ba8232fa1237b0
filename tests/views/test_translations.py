"""Every .ts entry is finished, and placeholders agree between source and both translations."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_ts_complete_and_placeholders_match(lang):
    root = ET.parse(TS / f"visitdesk_{lang}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    problems = []
    for m in messages:
        src = m.findtext("source")
        tr = m.find("translation")
        if tr.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished: {src!r}")
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        for text in forms:
            if not text.strip():
                problems.append(f"empty: {src!r}")
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(src))):
                problems.append(f"placeholders differ: {src!r} -> {text!r}")
    assert not problems, problems


def test_compiled_catalogues_exist():
    for lang in ("zh_CN", "en"):
        assert (TS / f"visitdesk_{lang}.qm").stat().st_size > 100


def test_every_source_string_is_in_the_catalogues(tmp_path):
    """A string added to the code but not to the .ts files (tools/translations.py not run) fails here."""
    import subprocess
    import sys

    root = TS.parents[1]
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted((root / "desktop").rglob("*.py"))]
    subprocess.run([str(exe), *sources, "-ts", str(fresh), "-silent"], check=True)

    def sources_of(path):
        return {(c.findtext("name"), m.findtext("source")) for c in ET.parse(path).getroot().iter("context")
                for m in c.iter("message")}

    wanted = sources_of(fresh)
    for lang in ("zh_CN", "en"):
        missing = wanted - sources_of(TS / f"visitdesk_{lang}.ts")
        assert not missing, f"{lang}: run tools/translations.py; missing {sorted(missing)[:10]}"


def test_qts_own_texts_follow_the_language(qapp):
    """Standard buttons and the text fields' context menu come from Qt's catalogue, loaded with ours."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    from desktop.views.theme import install_translator

    def texts() -> tuple[list[str], list[str]]:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        edit = QLineEdit()
        menu = edit.createStandardContextMenu()
        return [b.text() for b in box.buttons()], [a.text().split("\t")[0] for a in menu.actions() if a.text()]

    try:
        assert install_translator(qapp, "zh_CN")
        buttons, menu = texts()
        assert buttons == ["确定", "取消"] and "复制(&C)" in menu and "粘贴(&P)" in menu
        assert install_translator(qapp, "en")
        buttons, menu = texts()
        assert buttons == ["OK", "Cancel"] and "&Copy" in menu
    finally:
        install_translator(qapp, "en")  # what the other view tests run with
