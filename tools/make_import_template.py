"""Write ``resources/templates/overdue_import_template.xlsx``: the import template users download.

Sheet 1 (逾期明细): a title, a 数据日期 line, the canonical header row (``OVERDUE_COLUMNS``) and one example row
that imports cleanly. Sheet 2 (填写说明): each column with its accepted aliases, whether it is required and how
to fill it in (from IMPORT_FORMAT.md). Run ``.venv/bin/python tools/make_import_template.py`` after changing
the columns; the file is committed.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from openpyxl.comments import Comment  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

from desktop.services.demo import id_check_digit  # noqa: E402
from desktop.services.import_parse import OVERDUE_COLUMNS  # noqa: E402

OUT = ROOT / "resources" / "templates" / "overdue_import_template.xlsx"
DATA_DATE = date(2026, 11, 27)
_ID17 = "11010519900307123"

# canonical header -> (example value, how to fill it in)
GUIDE: dict[str, tuple[object, str]] = {
    "合同编号": ("HT2026000001", "文本。每笔贷款唯一，同一文件内不得重复；再次导入时按合同编号更新同一笔贷款。"),
    "客户姓名": ("张三", "文本，不能为空。"),
    "证件号码": (_ID17 + id_check_digit(_ID17),
                 "18 位居民身份证号码，须通过 GB 11643 校验位检查；小写 x 按大写 X 处理；全角数字自动转为半角。"
                 "同一证件号码视为同一客户（可有多笔贷款）。建议把该列设为文本格式，以免 Excel 改成科学计数法。"),
    "手机号码": ("13800138000", "大陆手机号码，11 位，以 13–19 开头；可带 +86 / 0086 前缀，空格和横线会被去掉。"),
    "产品名称": ("京喜贷", "文本，可不填。"),
    "贷款金额": (60000, "金额，可不填。"),
    "剩余本金": (32000.5, "金额，可不填。"),
    "逾期本金": (2000, "金额，可不填。与逾期利息、逾期罚息一起可代替「逾期总额」。"),
    "逾期利息": (60, "金额，可不填。"),
    "逾期罚息": (20.5, "金额，可不填。"),
    "逾期总额": (2080.5, "金额，必须大于 0。可不填此列而填写逾期本金、逾期利息、逾期罚息三列（取三者之和）；"
                        "两者都填时，逾期总额须等于三者之和（允许 0.01 的误差）。"),
    "逾期天数": (30, "大于等于 1 的整数。逾期天数和首次逾期日至少填一个；两者都填时，"
                    "逾期天数应等于「数据日期 − 首次逾期日」，相差超过 1 天的行无效。"),
    "首次逾期日": (date(2026, 10, 28), "日期，不能晚于数据日期。"),
    "最近还款日": (date(2026, 9, 28), "日期，可不填。"),
    "家庭地址": ("北京市朝阳区建国路 88 号院 3 号楼 1201", "文本，可不填。没有任何地址的案件无法安排上门。"),
    "单位名称": ("北京某某科技有限公司", "文本，可不填。"),
    "单位地址": ("北京市海淀区中关村大街 1 号", "文本，可不填。"),
    "所属机构": ("北京朝阳营业部", "营业部名称，不能为空。新的名称会自动新建营业部，并在导入结果中列出。"),
    "逾期原因": ("收入下降", "文本，可不填；原样保存，并归入原因类别（失业、收入下降、疾病、家庭变故、纠纷争议、"
                           "欺诈冒用、忘记还款、多头借贷、还款意愿差、失联、其他）。"),
}

GENERAL = [
    "本模板用于导入核心系统的逾期客户明细（每天早上导入一次）。",
    "第一个工作表放数据。表头行必须在前 10 行内；表头上方可以有标题行和「数据日期：2026年11月27日」一行。",
    "数据日期：导入时如果指定了数据日期，以指定的为准；否则取表头上方「数据日期」一行的日期；都没有时按当天。"
    "请把模板中的数据日期改成本次数据的日期。",
    "示例行（第 4 行）只是示范，导入前请删除或改成真实数据。",
    "空行会被跳过；第一个非空单元格是「合计」「总计」「小计」的行视为合计行，也会被跳过。",
    "表头中的空格（含全角空格）、全角字符和末尾的单位（如「(元)」「（元）」）会被忽略；不认识的列会被忽略，"
    "并在导入结果中列出。",
    "日期可填：Excel 日期单元格，或 2026-11-27、2026/11/27、2026.11.27、2026年11月27日、20261127；"
    "时间部分会被去掉；不存在的日期（如 2026-13-45、2026年2月30日）无效。",
    "金额可填：数字单元格，或带千分位（1,234.50）、¥/￥ 前缀、「元」后缀、全角数字的文本；四舍五入到分；负数无效。",
    "默认「全部或全不」：只要有一行无效，整个文件都不会导入，错误报告会列出每个无效行的行号、表头、原值和原因。"
    "勾选「跳过无效行」则只导入有效行。",
    "「全量快照」：文件包含所有逾期贷款时才勾选——文件中所涉营业部里不在文件中的未结案件会按出催结案。",
    "也可导入 CSV 文件（逗号分隔，UTF-8 或 GB18030/GBK 编码，不含标题行）。",
]

HEAD_FILL = PatternFill("solid", fgColor="DDE3EC")
REQ_FILL = PatternFill("solid", fgColor="FCE8C8")
THIN = Side(style="thin", color="B7C0CD")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(out: Path = OUT) -> Path:
    headers = [c.header for c in OVERDUE_COLUMNS]
    assert list(GUIDE) == headers, "GUIDE must follow OVERDUE_COLUMNS"
    required = {c.header for c in OVERDUE_COLUMNS if c.required} | {"逾期总额", "逾期天数"}
    wb = Workbook()
    ws = wb.active
    ws.title = "逾期明细"
    ws.append(["逾期客户明细表（导入模板）"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([f"数据日期：{DATA_DATE.year}年{DATA_DATE.month}月{DATA_DATE.day}日"])
    ws["A2"].font = Font(bold=True, color="1F5FA8")
    ws.append(headers)
    ws.append([GUIDE[h][0] for h in headers])
    for i, h in enumerate(headers, start=1):
        head = ws.cell(row=3, column=i)
        head.font = Font(bold=True)
        head.fill = REQ_FILL if h in required else HEAD_FILL
        head.border = BOX
        head.alignment = Alignment(horizontal="center", vertical="center")
        head.comment = Comment(GUIDE[h][1], "VisitDesk", width=320, height=110)
        cell = ws.cell(row=4, column=i)
        cell.border = BOX
        value = GUIDE[h][0]
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
        elif isinstance(value, float | int) and h != "逾期天数":
            cell.number_format = "#,##0.00"
        elif h in ("合同编号", "证件号码", "手机号码"):
            cell.number_format = "@"
        width = max(len(h) * 2 + 4, min(len(str(value)) + 4, 38)) if not isinstance(value, date) else 14
        ws.column_dimensions[get_column_letter(i)].width = width
    # text format for the key columns of the rows users will type in, so Excel keeps all 18 ID digits
    for col in ("A", "C", "D"):
        for r in range(5, 501):
            ws[f"{col}{r}"].number_format = "@"
    ws.freeze_panes = "B4"

    g = wb.create_sheet("填写说明")
    g.append(["逾期明细导入模板 · 填写说明"])
    g["A1"].font = Font(bold=True, size=14)
    g.append([])
    g.append(["总则"])
    g["A3"].font = Font(bold=True)
    for n, line in enumerate(GENERAL, start=1):
        g.append([f"{n}.", line])
        g.cell(row=g.max_row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        g.merge_cells(start_row=g.max_row, start_column=2, end_row=g.max_row, end_column=5)
        g.row_dimensions[g.max_row].height = 32
    g.append([])
    g.append(["列名", "也可写作", "是否必填", "填写说明", "示例"])
    head_row = g.max_row
    for c in g[head_row]:
        c.font = Font(bold=True)
        c.fill = HEAD_FILL
        c.border = BOX
    for spec in OVERDUE_COLUMNS:
        if spec.required:
            need = "必填"
        elif spec.header in ("逾期总额", "逾期天数", "首次逾期日"):
            need = "条件必填"
        else:
            need = "选填"
        example = GUIDE[spec.header][0]
        if isinstance(example, date):
            example = example.isoformat()
        g.append([spec.header, "、".join(spec.aliases) or "—", need, GUIDE[spec.header][1], str(example)])
        for c in g[g.max_row]:
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if need != "选填":
            g.cell(row=g.max_row, column=3).fill = REQ_FILL
    for col, width in zip("ABCDE", (14, 26, 10, 70, 24), strict=True):
        g.column_dimensions[col].width = width
    wb.properties.creator = "VisitDesk"
    wb.properties.created = wb.properties.modified = datetime(2026, 11, 27)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
