"""The rescue record (道路救援服务单): who called, where the car was, what was wrong, the
plan that covers it, who went, the times, what was done and what it costs; signed by the
customer at the car and by the crew.

    pdf = rescue_record(doc, lang="zh_CN")
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.data import RescueDoc
from printing.render import build, content_width, facts, money, para, signatures, styles

WORDS = {
    "zh_CN": {"title": "道路救援服务单", "called": "来电时间", "caller": "来电人", "phone": "电话", "customer": "客户",
              "plate": "车牌", "place": "地点", "problem": "故障描述", "plan": "救援套餐", "none": "无（按次收费）",
              "crew": "出车/合作站", "times": "时间", "dispatched": "派车", "arrived": "到达", "solved": "完成",
              "outcome": "处理结果", "fixed": "现场修复", "towed": "拖车回厂", "cancelled": "取消",
              "work_done": "现场作业", "tow_km": "拖车里程", "charge": "应收（不含税）", "work_order": "工单号",
              "invoice": "结算单号", "customer_sign": "客户签字", "crew_sign": "救援人员签字"},
    "en": {"title": "Roadside rescue record", "called": "Called", "caller": "Caller", "phone": "Phone",
           "customer": "Customer", "plate": "Plate", "place": "Where", "problem": "Problem", "plan": "Plan",
           "none": "none (charged per call-out)", "crew": "Van / partner", "times": "Times",
           "dispatched": "Dispatched", "arrived": "Arrived", "solved": "Solved", "outcome": "Outcome",
           "fixed": "Fixed on the spot", "towed": "Towed to the shop", "cancelled": "Cancelled",
           "work_done": "Work done", "tow_km": "Towed", "charge": "Charge (excl. VAT)", "work_order": "Work order",
           "invoice": "Invoice", "customer_sign": "Customer", "crew_sign": "Crew"},
}


def rescue_record(doc: RescueDoc, lang: str = "zh_CN") -> bytes:
    w = WORDS.get(lang, WORDS["en"])
    st = styles(10)
    width = content_width()
    story: list[Flowable] = [
        facts([(w["called"], doc.called), (w["caller"], doc.caller or "—"), (w["phone"], doc.phone),
               (w["customer"], doc.customer or "—"), (w["plate"], doc.plate or "—"), (w["plan"], doc.plan or w["none"]),
               (w["crew"], doc.crew or "—")], width, st),
        facts([(w["place"], doc.place), (w["problem"], doc.problem)], width, st, columns=1),
        Spacer(1, 3 * mm), para(w["times"], st["h"]),
        facts([(w.get(k, k), v) for k, v in doc.times], width, st),
        Spacer(1, 3 * mm), para(w["outcome"], st["h"]),
        facts([(w["outcome"], w.get(doc.outcome, doc.outcome or "—")), (w["tow_km"], f"{doc.tow_km} km"),
               (w["charge"], money(doc.charge)), (w["work_order"], doc.work_order or "—"),
               (w["invoice"], doc.invoice or "—")], width, st),
    ]
    if doc.work_done:
        story.append(facts([(w["work_done"], doc.work_done)], width, st, columns=1))
    story += [Spacer(1, 12 * mm), signatures([w["customer_sign"], w["crew_sign"]], width, st, lang)]
    return build(story, title=w["title"], number=doc.number, shop=doc.shop.name, lang=lang, logo=doc.shop.logo)
