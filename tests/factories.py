"""Builds core-system overdue exports like the real ones (title rows, messy value forms, totals row).

Used by the import tests and the import benchmark; nothing here depends on ../shared/.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook

from desktop.services.demo import id_check_digit

HEADERS = ("合同编号", "客户姓名", "证件号码", "手机号码", "产品名称", "贷款金额", "剩余本金", "逾期本金", "逾期利息",
           "逾期罚息", "逾期总额", "逾期天数", "首次逾期日", "最近还款日", "家庭地址", "单位名称", "单位地址", "所属机构",
           "逾期原因")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("芳", "伟", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平")
BRANCHES = ("朝阳营业部", "海淀营业部", "通州营业部")
REASONS = ("失业", "收入下降", "生病住院", "家庭变故", "忘记还款", "多头借贷", "", "")


@dataclass
class Loan:
    contract_no: str
    name: str
    id_number: str
    mobile: str
    principal: Decimal
    interest: Decimal
    penalty: Decimal
    dpd: int
    branch: str
    address: str
    reason: str

    @property
    def total(self) -> Decimal:
        return self.principal + self.interest + self.penalty


def make_loans(n: int, seed: int = 1) -> list[Loan]:
    rng = random.Random(seed)
    out, seen = [], set()
    for i in range(n):
        while True:
            first17 = f"1101{rng.randrange(1, 16):02d}{1960 + rng.randrange(40)}{rng.randrange(1, 13):02d}{rng.randrange(1, 28):02d}{rng.randrange(1000):03d}"
            idn = first17 + id_check_digit(first17)
            if idn not in seen:
                seen.add(idn)
                break
        p = Decimal(rng.randrange(100000, 5000000)) / 100
        out.append(Loan(
            contract_no=f"BOBCF{2020 + i % 5}{seed:02d}{i:07d}",
            name=rng.choice(SURNAMES) + rng.choice(GIVEN),
            id_number=idn,
            mobile=f"1{rng.choice('3589')}{rng.randrange(10**9):09d}",
            principal=p, interest=(p * Decimal("0.03")).quantize(Decimal("0.01"), ROUND_HALF_UP),
            penalty=(p * Decimal("0.01")).quantize(Decimal("0.01"), ROUND_HALF_UP),
            dpd=rng.randint(1, 400), branch=rng.choice(BRANCHES),
            address=f"北京市{rng.choice(('朝阳区', '海淀区', '通州区'))}学院路{rng.randrange(1, 300)}号院{rng.randrange(1, 20)}号楼",
            reason=rng.choice(REASONS),
        ))
    return out


def next_day(loans: list[Loan], days: int = 1) -> list[Loan]:
    """The same loans a day later: one more day past due, a little more penalty interest."""
    return [replace(ln, dpd=ln.dpd + days, penalty=ln.penalty + Decimal("1.25") * days) for ln in loans]


def _messy_money(v: Decimal, k: int) -> object:
    forms = (lambda x: float(x), lambda x: f"{x:,.2f}", lambda x: f"¥{x}", lambda x: f"{x}元",
             lambda x: str(x).translate(str.maketrans("0123456789.", "０１２３４５６７８９．")))
    return forms[k % len(forms)](v)


def _messy_date(d: date, k: int) -> object:
    forms = (lambda x: datetime(x.year, x.month, x.day), lambda x: x.isoformat(), lambda x: f"{x:%Y/%m/%d}",
             lambda x: f"{x.year}年{x.month}月{x.day}日", lambda x: f"{x:%Y%m%d}", lambda x: f"{x:%Y.%m.%d}")
    return forms[k % len(forms)](d)


def write_export(path: Path, loans: list[Loan], data_date: date, *, messy: bool = True, title: bool = True,
                 extra_rows: list[list] | None = None, write_only: bool = False) -> Path:
    wb = Workbook(write_only=write_only)
    ws = wb.create_sheet("逾期明细") if write_only else wb.active
    if title:
        ws.append(["北银消费金融有限公司 逾期客户明细表"])
        ws.append([f"数据日期：{data_date.year}年{data_date.month}月{data_date.day}日", None, None, "导出人：核心系统批量作业"])
    ws.append(list(HEADERS))
    total = Decimal("0")
    for k, ln in enumerate(loans):
        first = data_date - timedelta(days=ln.dpd)
        m = (lambda v, j, k=k: _messy_money(v, k + j)) if messy else (lambda v, j: float(v))
        d = (lambda v, k=k: _messy_date(v, k)) if messy else (lambda v: v.isoformat())
        mobile = (f"+86 {ln.mobile[:3]} {ln.mobile[3:7]} {ln.mobile[7:]}" if messy and k % 7 == 3 else
                  f" {ln.mobile} " if messy and k % 7 == 1 else ln.mobile)
        ws.append([ln.contract_no, ln.name, ln.id_number, mobile, "京喜贷", m(ln.principal * 3, 0), m(ln.principal * 2, 1),
                   m(ln.principal, 2), m(ln.interest, 3), m(ln.penalty, 4), m(ln.total, 0), ln.dpd, d(first),
                   d(first - timedelta(days=30)), ("\u3000" + ln.address + " ") if messy and k % 5 == 0 else ln.address,
                   None, None, ln.branch, ln.reason or None])
        total += ln.total
    for row in extra_rows or []:
        ws.append(row)
    ws.append(["合计", None, None, None, None, None, None, None, None, None, float(total)])
    wb.save(path)
    return path
