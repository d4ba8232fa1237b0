"""Refresh the .ts files from the sources and fill them.

zh_CN translations come from ``resources/translations/zh_CN.json`` and ``zh_CN.d/*.json`` (one file per
feature area; source text → Chinese); English is the
source text itself (plural forms for %n messages). Run ``python tools/translations.py`` after adding
strings, add the new entries to the JSON file, and run it again until it reports nothing missing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"


def lupdate() -> None:
    sources = [str(p) for p in sorted((ROOT / "desktop").rglob("*.py"))]
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(exe), *sources, "-ts", str(TS_DIR / "visitdesk_zh_CN.ts"), str(TS_DIR / "visitdesk_en.ts"),
                    "-no-obsolete", "-silent"], check=True)


def fill(lang: str, table: dict[str, str]) -> list[str]:
    path = TS_DIR / f"visitdesk_{lang}.ts"
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        text = src if lang == "en" else table.get(src)
        if text is None:
            missing.append(src)
            continue
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            forms = [text.replace("(s)", ""), text.replace("(s)", "s")] if lang == "en" else [text]
            for f in forms:
                ET.SubElement(tr, "numerusform").text = f
        else:
            tr.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    lupdate()
    table = json.loads((TS_DIR / "zh_CN.json").read_text(encoding="utf-8"))
    for extra in sorted((TS_DIR / "zh_CN.d").glob("*.json")):
        table.update(json.loads(extra.read_text(encoding="utf-8")))
    fill("en", {})
    missing = fill("zh_CN", table)
    for m in missing:
        print(f"missing zh_CN: {m!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
