"""The four registers of after-care, on landscape A4: 客户档案基本资料表 (the customer file
of the period's visits), 跟踪服务电话记录表 (each follow-up call with its answers),
跟踪服务电话登记表 (every call, one line each) and 跟踪服务信函登记表 (letters sent).

    pdf = register(doc, lang="zh_CN")
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.data import RegisterDoc
from printing.render import build, content_width, facts, grid, styles

PAPER = "A4L"
TITLES = {
    "zh_CN": {"customers": "客户档案基本资料表", "calls": "跟踪服务电话记录表", "call-register": "跟踪服务电话登记表",
              "letters": "跟踪服务信函登记表", "period": "期间", "made": "制表日期", "count": "条数"},
    "en": {"customers": "Customer file of the period", "calls": "Follow-up call record", "call-register":
           "Call register", "letters": "Letter register", "period": "Period", "made": "Made", "count": "Lines"},
}
HEADINGS = {
    "zh_CN": {"date": "日期", "customer": "客户", "phone": "电话", "address": "地址", "plate": "车牌",
              "vehicle": "车型", "vin": "车架号", "last_visit": "最近进厂", "km": "里程", "order": "工单",
              "kind": "类别", "reached": "接通", "scores": "评分（接待/质量/时间/价格/清洁/推荐）", "notes": "客户意见",
              "topic": "内容", "by": "经办人", "visits": "进厂次数", "advisor": "服务顾问", "round": "次数"},
    "en": {"date": "Date", "customer": "Customer", "phone": "Phone", "address": "Address", "plate": "Plate",
           "vehicle": "Vehicle", "vin": "VIN", "last_visit": "Last visit", "km": "Odometer", "order": "Order",
           "kind": "Kind", "reached": "Reached", "scores": "Scores (reception/quality/time/price/clean/recommend)",
           "notes": "What the customer said", "topic": "Subject", "by": "By", "visits": "Visits",
           "advisor": "Advisor", "round": "Call"},
}
# The share of the width each column takes (the rest is split evenly).
WIDTHS = {"date": 0.115, "customer": 0.09, "phone": 0.1, "address": 0.17, "plate": 0.08, "vehicle": 0.11,
          "vin": 0.13, "last_visit": 0.08, "km": 0.07, "order": 0.1, "kind": 0.06, "reached": 0.05,
          "scores": 0.13, "notes": 0.2, "topic": 0.22, "by": 0.07, "visits": 0.05, "advisor": 0.07, "round": 0.05}
RIGHT = ("km", "visits")


def register(doc: RegisterDoc, lang: str = "zh_CN") -> bytes:
    words = TITLES.get(lang, TITLES["zh_CN"])
    heads = HEADINGS.get(lang, HEADINGS["zh_CN"])
    st = styles(8.5, PAPER)
    width = content_width(PAPER)
    shares = [WIDTHS.get(c, 0.08) for c in doc.columns]
    scale = 1 / sum(shares)
    story: list[Flowable] = [facts([(words["period"], doc.period), (words["made"], doc.made_at),
                                    (words["count"], str(len(doc.rows)))], width, st, columns=3), Spacer(1, 2 * mm)]
    rows: list[list[Any]] = [[heads.get(c, c) for c in doc.columns], *[list(r) for r in doc.rows]]
    story.append(grid(rows, [s * scale * width for s in shares], st,
                      right=tuple(i for i, c in enumerate(doc.columns) if c in RIGHT)))
    return build(story, title=words.get(doc.kind, doc.kind), number=doc.period, shop=doc.shop.name, lang=lang,
                 paper=PAPER, logo=doc.shop.logo)
