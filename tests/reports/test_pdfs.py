"""PDF renderers: reopen each PDF with pypdf, check its text, page count and embedded font."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import time as _time
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from reports.notices import VisitNoticeData, render_notice, render_notices
from reports.pdfbase import (
    FONT,
    FONT_BOLD,
    RenderCancelled,
    ensure_masked,
    fmt_money,
    register_fonts,
    wrap_text,
)
from reports.plan_pdf import PlanConfirmationData, ScheduleRow, render_plan_confirmation
from reports.routesheet import (
    CONDUCT_RULES,
    RouteSheetData,
    RouteStop,
    district_of,
    group_stops,
    render_route_sheet,
)
from resources.paths import FONT_BOLD_PATH, FONT_FAMILY, FONT_LICENSE_PATH, FONT_PATH

FULL_ID = "11010519900307123X"
MASKED_ID = "110105********123X"
GENERATED_AT = datetime(2024, 5, 6, 14, 3)

# Rare characters that turn up in customers' names.
RARE_NAME_CHARS = "䶮堃喆甦淼犇昇玥婧旻翀贇赟頫𫖯珺琤昱晟曌垚鑫焱燚鎏鋆蒨芃炜玮祎禕璟瑄琰璇瑾萱彧媖"
# The 273 characters of the 通用规范汉字表 (2013) outside CJK Unified Ideographs U+4E00–9FFF
# (Ext A and Ext B–F); the other 7,832 lie in U+4E00–9FEF, checked as a whole block below.
TONGYONG_NON_URO = (
    "㧐㧟䏝𬉼㤘𠳐䥽䁖𥻗䦃㸆𠙶𬣙𨙸𬇕䜣𬣞𬘓𫭟𫭢㧑𫇭𫐄㕮𫵷㑇𣲘𣲗𬇙㳇𬣡𫸩䢺𨚕𫘜𬘘𫘝䢼𦭜㭎𬨂𬀩𬀪㟃𬬩㑊𫍣𬣳𬩽𬮿𬯀𫰛𬳵𬳶䌹𫠊㛃𬍛𬜬𦰡"
    "㭕䴓䶮𪾢𪨰𫓧𬬮𬬱𬬭䏡𦙶㶲㳚㳘𬘡𬳽𬘩𫄧𪟝𬍤𫭼𬜯䓖𬂩𫠆𨐈𬌗𫑡𪨶𬬸𬬻𬬹𬬿𬭁𫢸𫗧𬊈𬒈𨺙㛚𬳿𫄨𬘫䂮𫮃㙍䓫䓬䓨䓛䴕㫰𬱖𬟽䎃𫓯𫟹𫟼㿠䝙"
    "䏲𠅤䴔𬇹𬍡㥄𬤇𫍯𬤊𫍲𬯎𬘬𬘭𬴂𫘦𫟅𬘯𫘧㙘𪣻𡎚𬃊𬷕𫐐𬹼𧿹𫶇𫖮𬭊𨱇𫓶𬭎𫖯䐃𬱟𫛭㺄𫷷𬮱𬊤𣸣㴔㛹𬴃𫘨䴖𤧛𬪩𬒔䃅𬨎𫐓䣘𫫇㬊𫓹𬭚𬭛䅟𬕂"
    "䲟𬶋𬶍𦝼𫔶𫌀𫖳𫘪𫘬𫞩𡐓𪤗𣗋𬸘䃎𬒗𥔲𫚖䴗㬎𨱏𬭤㙦𫚕𬶐𬶏𩽾𬸚㽏㮾𬤝𬙂㻬䗖㠇𬭩䴘𩾃㵐𬸣𫍽𬴊𬞟𥕢𫟦𬺈𫠜㬚䗛㠓𪩘𬭬𨱑𬭯𫗴𬸦𫄷𤩽㘎𬭳"
    "𬭶𫔍𬭸𨱔𬭼𫔎𬸪䲠𬶟𬶠䗪𬶨𦈡𫄸𬟁𥖨䗴䲢𦒍䎖䴙𬙊㰀𬶭𩾌𨟠𬶮𨭉㸌𬙋𤫉𬺓𫚭"
)


def pdf_text(path_or_stream) -> tuple[PdfReader, str]:
    reader = PdfReader(path_or_stream)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, text


def flat(text: str) -> str:
    """Text without any whitespace, so assertions do not depend on where lines broke."""
    return re.sub(r"\s+", "", text)


def embedded_fonts(reader: PdfReader) -> set[str]:
    """BaseFont names of the fonts whose program is embedded (FontFile2 = TrueType) on any page."""
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return names


# ------------------------------------------------------------------------------------------ font


def test_bundled_font_files():
    assert FONT_PATH.is_file() and FONT_BOLD_PATH.is_file() and FONT_LICENSE_PATH.is_file()
    assert "SIL Open Font License" in FONT_LICENSE_PATH.read_text(encoding="utf-8")
    assert FONT_PATH.stat().st_size + FONT_BOLD_PATH.stat().st_size < 25 * 1024 * 1024
    assert FONT_FAMILY == "Noto Sans SC"


@pytest.mark.parametrize("path", [FONT_PATH, FONT_BOLD_PATH], ids=["regular", "bold"])
def test_font_covers_tongyong_guifan_and_rare_names(path: Path):
    from reportlab.pdfbase.ttfonts import TTFontFace

    cmap = TTFontFace(str(path)).charToGlyph
    assert len(TONGYONG_NON_URO) == 273
    missing = [chr(c) for c in range(0x4E00, 0x9FF0) if c not in cmap]
    missing += [ch for ch in TONGYONG_NON_URO + RARE_NAME_CHARS if ord(ch) not in cmap]
    assert missing == []


def test_register_fonts_is_idempotent():
    from reportlab.pdfbase import pdfmetrics

    assert register_fonts() == (FONT, FONT_BOLD)
    assert register_fonts() == (FONT, FONT_BOLD)
    assert {FONT, FONT_BOLD} <= set(pdfmetrics.getRegisteredFontNames())


def test_reports_never_import_qt():
    code = (
        "import sys, reports, reports.pdfbase, reports.notices, reports.routesheet, reports.plan_pdf, resources.paths;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


# ------------------------------------------------------------------------------------ formatting


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("0"), "¥0.00"),
        (Decimal("12345.6"), "¥12,345.60"),
        (Decimal("1234567.895"), "¥1,234,567.90"),  # half up
        (Decimal("-2000"), "-¥2,000.00"),
        (12, "¥12.00"),
    ],
)
def test_fmt_money(amount, expected):
    assert fmt_money(amount) == expected


def test_fmt_money_refuses_float():
    with pytest.raises(TypeError):
        fmt_money(1.5)  # type: ignore[arg-type]


def test_ensure_masked():
    assert ensure_masked(MASKED_ID) == MASKED_ID
    for full in (FULL_ID, "110105900307123", f"证件 {FULL_ID}"):
        with pytest.raises(ValueError, match="unmasked"):
            ensure_masked(full)


def test_wrap_text_keeps_amounts_and_fits():
    text = "承诺于 5月15日 还款 ¥12,345.67，如未兑现则再次外访，并核实客户的工作单位与联系电话。"
    lines = wrap_text(text, FONT, 9, 80)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert any("¥12,345.67" in line for line in lines)
    assert not any(line.startswith(("，", "。")) for line in lines)


# --------------------------------------------------------------------------------------- notices


def make_notice(i: int = 1, **changes) -> VisitNoticeData:
    data = dict(
        notice_no=f"BJ-20240506-{i:05d}",
        customer_name="王䶮",
        masked_id=MASKED_ID,
        contract_no=f"HT2023{i:09d}",
        product="个人消费信用贷款",
        overdue_principal=Decimal("12345.60"),
        overdue_interest=Decimal("1234.56"),
        penalty_interest=Decimal("345.67"),
        overdue_total=Decimal("13925.83"),
        dpd=75,
        data_date=date(2024, 5, 5),
        visit_date=date(2024, 5, 10),
        window_start=time(9, 30),
        window_end=time(11, 30),
        collectors=[("李堃", "A10023"), ("张喆", "A10057")],
        company_name="某某消费金融股份有限公司",
        account_name="某某消费金融股份有限公司",
        bank_name="中国工商银行北京朝阳支行",
        account_no="0200 0012 3456 7890 123",
        hotline="400-800-1234",
        complaint_hotline="400-800-5678",
        branch_name="北京朝阳营业部",
        issued_on=date(2024, 5, 6),
    )
    data.update(changes)
    return VisitNoticeData(**data)


def test_notices_one_page_each_with_key_text(tmp_path: Path):
    out = tmp_path / "notices.pdf"
    notices = [
        make_notice(i, customer_name=name) for i, name in enumerate(["王䶮", "赵孟𫖯", "陈淼"], start=1)
    ]
    assert render_notices(notices, out, "张三", generated_at=GENERATED_AT) == 3

    reader, _ = pdf_text(out)
    assert len(reader.pages) == 3
    first = flat(reader.pages[0].extract_text())
    for expected in (
        "上门拜访通知书",
        "尊敬的王䶮",
        MASKED_ID,
        "HT2023000000001",
        "个人消费信用贷款",
        "逾期75天",
        "¥12,345.60",
        "¥1,234.56",
        "¥345.67",
        "¥13,925.83",
        "2024年5月10日（星期五）09:30–11:30",
        "李堃（工号A10023）",
        "张喆（工号A10057）",
        "出示工作证",
        "不会进入您的住所",
        "不收取现金",
        "0200001234567890123",  # account number (spaces flattened)
        "中国工商银行北京朝阳支行",
        "核实电话400-800-1234",
        "投诉电话400-800-5678",
        "盖章",
        "2024年5月6日",
        "第1页/共3页",
        "制单：张三",
        "2024-05-0614:03",
    ):
        assert expected in first, expected
    assert FULL_ID not in first
    assert "赵孟𫖯" in flat(reader.pages[1].extract_text())
    assert "第3页/共3页" in flat(reader.pages[2].extract_text())
    assert embedded_fonts(reader) >= {"NotoSansSC-Regular", "NotoSansSC-Bold"}


def test_render_notice_single_and_to_stream():
    buf = io.BytesIO()
    assert render_notice(make_notice(), buf, "张三", generated_at=GENERATED_AT) == 1
    reader, text = pdf_text(io.BytesIO(buf.getvalue()))
    assert len(reader.pages) == 1
    assert "第1页/共1页" in flat(text)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"masked_id": FULL_ID}, "unmasked"),
        ({"window_start": time(21, 0), "window_end": time(22, 30)}, "22:00–08:00"),
        ({"window_start": time(7, 30), "window_end": time(9, 0)}, "22:00–08:00"),
        ({"window_start": time(11, 0), "window_end": time(10, 0)}, "ends before"),
        ({"collectors": []}, "collectors"),
    ],
)
def test_notice_refuses_bad_data(tmp_path: Path, changes, message):
    out = tmp_path / "bad.pdf"
    with pytest.raises(ValueError, match=message):
        render_notices([make_notice(), make_notice(2, **changes)], out, "张三")
    assert not out.exists()


def test_notices_progress_and_cancel(tmp_path: Path):
    seen: list[tuple[int, int]] = []
    render_notices(
        [make_notice(i) for i in range(4)],
        tmp_path / "ok.pdf",
        "张三",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(RenderCancelled):
        render_notices([make_notice(i) for i in range(4)], out, "张三", progress=lambda d, t: d < 2)
    assert not out.exists()


@pytest.mark.parametrize(
    ("kind", "place"),
    [("home", "前往您的住址拜访"), ("work", "前往您的工作单位拜访"), ("other", "前往约定地点拜访")],
)
def test_notice_names_the_kind_of_address(kind, place):
    buf = io.BytesIO()
    render_notice(make_notice(address_kind=kind), buf, "张三", generated_at=GENERATED_AT)
    text = flat(PdfReader(io.BytesIO(buf.getvalue())).pages[0].extract_text())
    assert place in text
    assert sum(p in text for p in ("您的住址", "您的工作单位", "约定地点")) == 1


def test_notice_refuses_unknown_address_kind(tmp_path: Path):
    with pytest.raises(ValueError, match="address kind"):
        render_notices([make_notice(address_kind="moon")], tmp_path / "x.pdf", "张三")
    assert not (tmp_path / "x.pdf").exists()


def test_notices_share_the_fixed_parts_between_pages(tmp_path: Path):
    # heading, table grid, boxed statements, signature and footer rule: drawn once, shown on every page
    out = tmp_path / "shared.pdf"
    render_notices([make_notice(i) for i in range(1, 4)], out, "张三", generated_at=GENERATED_AT)
    pages = PdfReader(out).pages
    refs = [{k: v.idnum for k, v in p["/Resources"]["/XObject"].items()} for p in pages]
    assert len(refs[0]) >= 4 and refs[0] == refs[1] == refs[2]
    for i, page in enumerate(pages, start=1):
        text = flat(page.extract_text())
        for expected in (f"BJ-20240506-{i:05d}", "特别提示", "盖章处", f"第{i}页/共3页", "制单：张三"):
            assert expected in text, (i, expected)


def test_notice_batch_is_fast(tmp_path: Path):
    # 1,000 notices take about 1.6 s on the 2-core dev machine; this guard only catches a gross slowdown.
    notices = [make_notice(i) for i in range(300)]
    started = _time.perf_counter()
    assert render_notices(notices, tmp_path / "batch.pdf", "张三") == 300
    assert _time.perf_counter() - started < 10
    assert len(PdfReader(tmp_path / "batch.pdf").pages) == 300


# ----------------------------------------------------------------------------------- route sheet


@pytest.mark.parametrize(
    ("address", "district"),
    [
        ("北京市朝阳区建国路88号", "朝阳区"),
        (" 北京市 海淀区 中关村大街1号", "海淀区"),
        ("上海浦东新区张江路500号", "浦东新区"),
        ("广东省深圳市南山区科技园南区3栋", "南山区"),
        ("江苏省苏州市昆山市玉山镇", "昆山市"),
        ("江苏省镇江市京口区", "京口区"),
        ("吉林省吉林市船营区", "船营区"),
        ("山东省济南市市中区经七路", "市中区"),
        ("黑龙江省哈尔滨市道里区中央大街", "道里区"),
        ("浙江省台州市路桥区", "路桥区"),
        ("重庆市石柱土家族自治县南宾街道", "石柱土家族自治县"),
        ("内蒙古自治区鄂尔多斯市伊金霍洛旗", "伊金霍洛旗"),
        ("新疆维吾尔自治区阿克苏地区库车市天山路", "库车市"),
        ("四川省阿坝藏族羌族自治州汶川县", "汶川县"),
        ("湖北省神农架林区松柏镇", "神农架林区"),
        ("香港特别行政区九龙城区", "九龙城区"),
        ("广东省东莞市南城街道鸿福路", "东莞市"),
        ("北京市朝阳区望京花园小区", "朝阳区"),
        ("北京市建国路88号", ""),
        ("建国路88号", ""),
        ("", ""),
    ],
)
def test_district_of(address, district):
    assert district_of(address) == district


def stop(hh: int, mm: int, address: str, name: str, contract: str, **kw) -> RouteStop:
    return RouteStop(
        time_start=time(hh, mm),
        time_end=time(hh + 1, mm),
        district=kw.pop("district", ""),
        address=address,
        customer_name=name,
        contract_no=contract,
        overdue_total=kw.pop("overdue_total", Decimal("10000.00")),
        dpd=kw.pop("dpd", 45),
        **kw,
    )


def sample_sheet(**changes) -> RouteSheetData:
    data = dict(
        date=date(2024, 5, 10),
        branch="北京朝阳营业部",
        team=["李堃", "张喆"],
        stops=[
            stop(14, 0, "北京市海淀区中关村大街1号", "陈淼", "HT-C3", overdue_total=Decimal("2000.50")),
            stop(
                9,
                30,
                "北京市朝阳区建国路88号",
                "王䶮",
                "HT-A2",
                promises="承诺 5月15日 还 ¥2,000.00（未兑现）",
            ),
            stop(
                16,
                0,
                "北京市朝阳区望京街道阜通东大街6号院",
                "周玥",
                "HT-A3",
                last_outcome="上次外访：无人在家",
            ),
            stop(8, 0, "北京市朝阳区东三环中路1号", "赵犇", "HT-A1"),
            stop(10, 0, "某某路1号", "孙昇", "HT-B1", district="海淀区"),
        ],
        generated_by="张三",
    )
    data.update(changes)
    return RouteSheetData(**data)


def test_group_stops_by_district_then_time():
    groups = group_stops(sample_sheet().stops)
    assert [(d, [s.contract_no for s in members]) for d, members in groups] == [
        ("朝阳区", ["HT-A1", "HT-A2", "HT-A3"]),
        ("海淀区", ["HT-B1", "HT-C3"]),
    ]


def test_route_sheet_pdf(tmp_path: Path):
    out = tmp_path / "route.pdf"
    pages = render_route_sheet(sample_sheet(), out, generated_at=GENERATED_AT)
    reader, text = pdf_text(out)
    assert pages == len(reader.pages) >= 1
    t = flat(text)
    assert "外访路线单" in t and "2024年5月10日（星期五）" in t and "李堃、张喆" in t
    order = [t.index(key) for key in ("朝阳区", "HT-A1", "HT-A2", "HT-A3", "海淀区", "HT-B1", "HT-C3")]
    assert order == sorted(order)
    assert "承诺5月15日还¥2,000.00（未兑现）" in t and "上次外访：无人在家" in t
    assert "¥2,000.50" in t and "¥42,000.50" in t  # a stop and the day's total
    for rule in CONDUCT_RULES:
        assert flat(rule) in t, rule
    assert "22:00–08:00不得上门" in t
    assert "□见到本人" in t and "备注" in t  # boxes for hand-written outcomes
    assert "外访人员签字" in t and "制单：张三" in t
    assert embedded_fonts(reader) >= {"NotoSansSC-Regular", "NotoSansSC-Bold"}


def test_route_sheet_many_stops_spans_pages(tmp_path: Path):
    stops = [stop(8 + i % 12, 0, f"北京市朝阳区建国路{i}号", f"客户{i}", f"HT-{i:03d}") for i in range(30)]
    out = tmp_path / "route.pdf"
    pages = render_route_sheet(sample_sheet(stops=stops), out)
    reader, text = pdf_text(out)
    assert pages == len(reader.pages) > 1
    assert all(f"HT-{i:03d}" in text for i in range(30))
    assert f"第{pages}页/共{pages}页" in flat(text)


def test_route_sheet_refuses_night_visit(tmp_path: Path):
    sheet = sample_sheet(stops=[stop(21, 30, "北京市朝阳区建国路88号", "王䶮", "HT-1")])
    with pytest.raises(ValueError, match="22:00–08:00"):
        render_route_sheet(sheet, tmp_path / "night.pdf")


def test_route_sheet_without_stops(tmp_path: Path):
    render_route_sheet(sample_sheet(stops=[]), tmp_path / "empty.pdf")
    assert "当天没有安排外访" in flat(pdf_text(tmp_path / "empty.pdf")[1])


# ------------------------------------------------------------------------------------------ plan


def make_plan(**changes) -> PlanConfirmationData:
    data = dict(
        company_name="某某消费金融股份有限公司",
        customer_name="王䶮",
        masked_id=MASKED_ID,
        contract_no="HT2023110800123",
        as_of=date(2024, 5, 5),
        overdue_principal=Decimal("12345.60"),
        overdue_interest=Decimal("1234.56"),
        penalty_interest=Decimal("345.67"),
        overdue_total=Decimal("13925.83"),
        waiver_amount=Decimal("345.67"),
        waiver_kind="罚息减免",
        schedule=[
            ScheduleRow(1, date(2024, 6, 15), Decimal("5000.00")),
            ScheduleRow(2, date(2024, 7, 15), Decimal("5000.00")),
            ScheduleRow(3, date(2024, 8, 15), Decimal("3580.16")),
        ],
        account_name="某某消费金融股份有限公司",
        bank_name="中国工商银行北京朝阳支行",
        account_no="0200 0012 3456 7890 123",
        generated_on=date(2024, 5, 10),
        plan_no="PLN-2024-000123",
        product="个人消费信用贷款",
        hotline="400-800-1234",
    )
    data.update(changes)
    return PlanConfirmationData(**data)


def test_plan_confirmation_pdf(tmp_path: Path):
    out = tmp_path / "plan.pdf"
    assert render_plan_confirmation(make_plan(), out, "张三", generated_at=GENERATED_AT) == 1
    reader, text = pdf_text(out)
    t = flat(text)
    for expected in (
        "还款计划确认书",
        "PLN-2024-000123",
        "王䶮",
        MASKED_ID,
        "HT2023110800123",
        "¥13,925.83",
        "罚息减免¥345.67",
        "应还合计¥13,580.16",
        "第1期2024年6月15日¥5,000.00",
        "第2期2024年7月15日¥5,000.00",
        "第3期2024年8月15日¥3,580.16",
        "合计（3期）¥13,580.16",
        "0200001234567890123",
        "不收取现金",
        "乙方（签字并按手印）",
        "甲方（盖章）",
        "经办人（签字）",
        "制作日期：2024年5月10日",
    ):
        assert expected in t, expected
    assert FULL_ID not in t
    assert embedded_fonts(reader) >= {"NotoSansSC-Regular", "NotoSansSC-Bold"}


def test_plan_long_schedule_in_two_blocks(tmp_path: Path):
    rows = [
        ScheduleRow(i, date(2024 + (i + 5) // 12, (i + 5) % 12 + 1, 15), Decimal("1000.00"))
        for i in range(1, 13)
    ]
    rows[-1] = ScheduleRow(12, rows[-1].due_date, Decimal("2580.16"))
    plan = make_plan(schedule=rows)
    out = tmp_path / "plan12.pdf"
    pages = render_plan_confirmation(plan, out, "张三")
    reader, text = pdf_text(out)
    assert pages == len(reader.pages)
    t = flat(text)
    assert "第12期2025年6月15日¥2,580.16" in t and "合计（12期）¥13,580.16" in t
    # the terms and the signatures stay on one page
    last = flat(reader.pages[-1].extract_text())
    assert "乙方（签字并按手印）" in last and "五、其他约定" in last


def test_plan_without_waiver(tmp_path: Path):
    plan = make_plan(
        waiver_amount=Decimal("0"),
        waiver_kind="",
        schedule=[ScheduleRow(1, date(2024, 6, 15), Decimal("13925.83"))],
    )
    render_plan_confirmation(plan, tmp_path / "plan.pdf", "张三")
    assert "本计划不涉及减免，乙方应还合计¥13,925.83" in flat(pdf_text(tmp_path / "plan.pdf")[1])


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"masked_id": FULL_ID}, "unmasked"),
        ({"schedule": [ScheduleRow(1, date(2024, 6, 15), Decimal("13580.15"))]}, "adds up to 13580.15"),
        ({"schedule": []}, "empty"),
        (
            {
                "schedule": [
                    ScheduleRow(1, date(2024, 7, 15), Decimal("6790.08")),
                    ScheduleRow(2, date(2024, 6, 15), Decimal("6790.08")),
                ]
            },
            "increasing",
        ),
        ({"waiver_amount": Decimal("-1")}, "waiver"),
    ],
)
def test_plan_refuses_inconsistent_data(tmp_path: Path, changes, message):
    out = tmp_path / "bad.pdf"
    with pytest.raises(ValueError, match=message):
        render_plan_confirmation(make_plan(**changes), out, "张三")
    assert not out.exists()
