"""The workshop's own documents: the vehicle health report (检测诊断单) handed to the
customer, the PDI report for the sales department, and the exit slip (出厂通知单) the
gate lets a car out on.

    pdf = health_report(doc, lang="zh_CN")
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from printing.data import CheckPoint, ExitSlipDoc, HealthReportDoc
from printing.render import FONT, build, content_width, facts, grid, para, signatures, styles

LIGHTS = {"ok": "#43a047", "attention": "#f9a825", "urgent": "#e53935"}
WORDS = {
    "zh_CN": {
        "health": "车辆检测诊断单", "pdi": "新车PDI检查报告", "exit": "出厂通知单",
        "customer": "客户", "plate": "车牌", "vin": "车架号", "vehicle": "车型", "odometer": "里程",
        "checklist": "检查表", "technician": "检测技师", "date": "日期", "order": "工单号",
        "ok": "正常", "attention": "需关注", "urgent": "需立即处理", "summary": "检测结果一览",
        "measured": "测量值", "item": "项目", "area": "部位", "value": "测量值", "limits": "标准", "finding": "结果",
        "note": "说明", "fixed": "本次已完成", "now": "建议立即处理", "later": "建议近期处理（可暂缓）",
        "next": "下次保养", "last_time": "上次建议尚未处理", "none": "无",
        "result": "检查结论", "pass": "合格，可以交车", "fail": "不合格，整改后重新检查", "done": "已完成",
        "points": "检查项目", "sign_tech": "检测技师签字", "sign_advisor": "服务顾问签字",
        "sign_customer": "客户签字", "sign_sales": "销售顾问签字（接收）", "sign_inspector": "质检签字",
        "sign_gate": "门卫签字", "sign_cashier": "收银签字",
        "left": "出厂时间", "advisor": "服务顾问", "repaired": "维修完工", "unrepaired": "未修出厂",
        "reason": "原因", "amount": "收费", "settled": "结算", "paid": "已结清", "open": "未结清",
        "papers": "归还证件", "state": "出厂性质",
        "exit_note": "凭本单放行。车辆出厂后，请客户当面检查车辆外观及车内物品。",
    },
    "en": {
        "health": "Vehicle health report", "pdi": "New-car PDI report", "exit": "Exit slip",
        "customer": "Customer", "plate": "Plate", "vin": "VIN", "vehicle": "Vehicle", "odometer": "Odometer",
        "checklist": "Checklist", "technician": "Technician", "date": "Date", "order": "Work order",
        "ok": "OK", "attention": "Needs attention", "urgent": "Urgent", "summary": "At a glance",
        "measured": "Measured values", "item": "Item", "area": "Area", "value": "Reading", "limits": "Limit",
        "finding": "Result", "note": "Note", "fixed": "Done on this visit", "now": "Recommended now",
        "later": "Can wait", "next": "Next service", "last_time": "Recommended last time, not done",
        "none": "None", "result": "Result", "pass": "Passed: ready for handover",
        "fail": "Failed: put right and check again", "done": "Done",
        "points": "Points checked", "sign_tech": "Technician", "sign_advisor": "Service advisor",
        "sign_customer": "Customer", "sign_sales": "Sales (received)", "sign_inspector": "Inspector",
        "sign_gate": "Gate", "sign_cashier": "Cashier",
        "left": "Left at", "advisor": "Advisor", "repaired": "Repaired", "unrepaired": "Leaves unrepaired",
        "reason": "Reason", "amount": "Charged", "settled": "Settlement", "paid": "Paid", "open": "Open",
        "papers": "Papers returned", "state": "Exit",
        "exit_note": "The gate lets the car out on this slip. Please check the car and your belongings.",
    },
}


def _w(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["zh_CN"])


def _lights(counts: tuple[tuple[str, int], ...], width: float, lang: str) -> Table:
    """Three coloured boxes: how many points are fine, need attention, are urgent."""
    w = _w(lang)
    cells = [[f"{w[k]}  {n}" for k, n in counts]]
    table = Table(cells, colWidths=[width / len(counts)] * len(counts), rowHeights=[12 * mm])
    commands: list[tuple[Any, ...]] = [("FONT", (0, 0), (-1, -1), FONT, 13, 16), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                       ("TEXTCOLOR", (0, 0), (-1, -1), colors.white),
                                       ("INNERGRID", (0, 0), (-1, -1), 3, colors.white)]
    for c, (k, _n) in enumerate(counts):
        commands.append(("BACKGROUND", (c, 0), (c, 0), colors.HexColor(LIGHTS[k])))
    table.setStyle(TableStyle(commands))
    return table


def _points(points: tuple[CheckPoint, ...], width: float, st: dict[str, Any], lang: str) -> Table:
    w = _w(lang)
    head = [w["area"], w["item"], w["value"], w["limits"], w["finding"], w["note"]]
    widths = (0.13, 0.27, 0.11, 0.15, 0.12, 0.22)
    rows: list[list[Any]] = [head] + [[p.area, p.label, p.value, p.limits, w[p.finding], p.note] for p in points]
    table = grid(rows, [x * width for x in widths], st)
    commands = [("TEXTCOLOR", (4, r), (4, r), colors.HexColor(LIGHTS[p.finding]))
                for r, p in enumerate(points, start=1) if p.finding != "ok"]
    if commands:
        table.setStyle(TableStyle(commands))
    return table


def _head(doc: HealthReportDoc, width: float, st: dict[str, Any], lang: str) -> list[Flowable]:
    w = _w(lang)
    customer = [] if doc.kind == "pdi" else [(w["customer"], doc.customer)]  # a new car: the shop's own
    pairs = [*customer, (w["plate"], doc.plate), (w["vehicle"], doc.vehicle),
             (w["vin"], doc.vin), (w["odometer"], f"{doc.odometer_km:,} km"), (w["date"], doc.made_on),
             (w["checklist"], doc.checklist), (w["technician"], doc.technician), (w["order"], doc.number)]
    return [facts([p for p in pairs if p[1]], width, st)]


def health_report(doc: HealthReportDoc, lang: str = "zh_CN") -> bytes:
    """The traffic-light summary first, then the readings with their limits, what was
    done today, what is recommended now and what can wait, and the next service."""
    w = _w(lang)
    st = styles(9, "A4")
    width = content_width("A4")
    story: list[Flowable] = _head(doc, width, st, lang)
    story += [Spacer(1, 3 * mm), para(w["summary"], st["h"]), _lights(doc.counts, width, lang)]
    if doc.measured:
        story += [para(w["measured"], st["h"]), _points(doc.measured, width, st, lang)]
    for key, points in (("now", doc.now), ("later", doc.later)):
        story.append(para(w[key], st["h"]))
        story.append(_points(points, width, st, lang) if points else para(w["none"], st["base"]))
    story.append(para(w["fixed"], st["h"]))
    story.append(para("；".join(doc.fixed) if doc.fixed else w["none"], st["base"]))
    if doc.last_time:
        story += [para(w["last_time"], st["h"]), para("；".join(doc.last_time), st["base"])]
    if doc.next_service:
        story += [Spacer(1, 2 * mm), facts([(w["next"], doc.next_service)], width, st, columns=1)]
    story += [Spacer(1, 6 * mm), KeepTogether([signatures([w["sign_tech"], w["sign_advisor"], w["sign_customer"]],
                                                          width, st, lang)])]
    return build(story, title=w["health"], number=doc.number, shop=doc.shop.name, lang=lang, subtitle=doc.plate,
                 logo=doc.shop.logo)


def pdi_report(doc: HealthReportDoc, lang: str = "zh_CN") -> bytes:
    """Every point of the PDI with its answer, the result, and the signatures the sales
    department needs before the handover."""
    w = _w(lang)
    st = styles(9, "A4")
    width = content_width("A4")
    story: list[Flowable] = _head(doc, width, st, lang)
    story += [Spacer(1, 3 * mm), _lights(doc.counts, width, lang), Spacer(1, 2 * mm),
              para(f"{w['result']}：{w.get(doc.result, doc.result)}", st["h"]),
              para(w["points"], st["h"]), _points(doc.points, width, st, lang)]
    story += [Spacer(1, 6 * mm), KeepTogether([signatures([w["sign_tech"], w["sign_inspector"], w["sign_sales"]],
                                                          width, st, lang)])]
    return build(story, title=w["pdi"], number=doc.number, shop=doc.shop.name, lang=lang, subtitle=doc.vin,
                 logo=doc.shop.logo)


def exit_slip(doc: ExitSlipDoc, lang: str = "zh_CN") -> bytes:
    """出厂通知单 on A5: which car, why it leaves (repaired, or unrepaired and why), what was
    charged and whether it is settled; signed by the advisor, the cashier and the gate."""
    w = _w(lang)
    st = styles(10, "A5")
    width = content_width("A5")
    pairs = [(w["order"], doc.number), (w["plate"], doc.plate), (w["vehicle"], doc.vehicle), (w["vin"], doc.vin),
             (w["customer"], doc.customer), (w["advisor"], doc.advisor),
             (w["state"], w["unrepaired"] if doc.state == "released" else w["repaired"]), (w["left"], doc.left_at),
             (w["amount"], doc.amount), (w["settled"], w["paid"] if doc.settled else w["open"])]
    if doc.reason:
        pairs.append((w["reason"], doc.reason))
    if doc.papers:
        pairs.append((w["papers"], doc.papers))
    story: list[Flowable] = [facts(pairs, width, st, columns=1), Spacer(1, 4 * mm), para(w["exit_note"], st["small"]),
                             Spacer(1, 6 * mm), signatures([w["sign_advisor"], w["sign_cashier"], w["sign_gate"]],
                                                           width, st, lang)]
    return build(story, title=w["exit"], number=doc.number, shop=doc.shop.name, lang=lang, paper="A5",
                 subtitle=doc.plate, logo=doc.shop.logo)
