"""The warranty clerk's documents: the claim form (索赔申请单) sent with the claim, and the
old-part tags (旧件标签) tied to each replaced part kept for the manufacturer, with the tag
number as a barcode to scan when the parts go back.

    pdf = claim_form(doc, lang="zh_CN")
    pdf = old_part_tags(tags, lang="zh_CN")
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from printing.data import ClaimDoc, OldPartTag, Shop
from printing.render import (
    FONT,
    build,
    code128,
    content_width,
    facts,
    grid,
    money,
    para,
    qty,
    signatures,
    styles,
)

WORDS = {
    "zh_CN": {
        "claim": "索赔申请单", "tags": "旧件标签", "draft": "草稿", "round": "第{n}次提交",
        "order": "工单号", "plate": "车牌", "vin": "车架号", "vehicle": "车型", "odometer": "里程",
        "customer": "车主", "repaired": "维修日期", "submitted": "提交日期", "start": "保修起始",
        "component": "索赔部件", "code": "故障代码", "report": "技术报告", "symptom": "故障现象",
        "cause": "故障原因", "work": "维修项目及配件", "kind": "类别", "item": "项目", "part": "配件号",
        "qty": "数量/工时", "price": "单价", "amount": "金额", "campaign": "活动", "labour": "工时",
        "parts": "配件", "total": "索赔合计（不含税）", "files": "附件", "none": "无",
        "approved": "已批准", "rejected": "拒赔", "to": "致",
        "sign_tech": "维修技师", "sign_clerk": "索赔员", "sign_manager": "服务经理",
        "tag": "旧件编号", "claim_no": "索赔单号", "keep": "旧件请妥善保管，待厂家通知返还或报废。",
        "labour_kind": "工时", "part_kind": "配件",
    },
    "en": {
        "claim": "Warranty claim", "tags": "Old-part tags", "draft": "Draft", "round": "Submission {n}",
        "order": "Work order", "plate": "Plate", "vin": "VIN", "vehicle": "Vehicle", "odometer": "Odometer",
        "customer": "Owner", "repaired": "Repaired on", "submitted": "Submitted on", "start": "Warranty from",
        "component": "Component", "code": "Fault code", "report": "Technical report", "symptom": "Symptom",
        "cause": "Cause", "work": "Labour and parts", "kind": "Kind", "item": "Item", "part": "Part no.",
        "qty": "Qty / hours", "price": "Unit price", "amount": "Amount", "campaign": "Campaign",
        "labour": "Labour", "parts": "Parts", "total": "Claimed (excl. VAT)", "files": "Attached", "none": "None",
        "approved": "Approved", "rejected": "Rejected", "to": "To",
        "sign_tech": "Technician", "sign_clerk": "Warranty clerk", "sign_manager": "Service manager",
        "tag": "Tag", "claim_no": "Claim", "keep": "Keep this part until the manufacturer asks for it.",
        "labour_kind": "Labour", "part_kind": "Part",
    },
}


COMPONENTS = {
    "zh_CN": {"vehicle": "整车", "powertrain": "动力总成（发动机、变速箱）", "battery": "动力电池",
              "corrosion": "车身锈穿", "electrics": "电器电子", "recall": "召回/技术升级"},
    "en": {"vehicle": "Whole car", "powertrain": "Powertrain (engine, gearbox)", "battery": "Traction battery",
           "corrosion": "Corrosion perforation", "electrics": "Electrics and electronics",
           "recall": "Recall / technical update"},
}
REPORT_STATES = {
    "zh_CN": {"sent": "待厂家答复", "approved": "厂家同意按保修", "refused": "厂家不同意", "answered": "厂家已答复"},
    "en": {"sent": "awaiting the answer", "approved": "approved as warranty", "refused": "refused",
           "answered": "answered"},
}


def _w(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["zh_CN"])


def claim_form(doc: ClaimDoc, lang: str = "zh_CN") -> bytes:
    """The car, the fault, the work at the manufacturer's prices, the files, the signatures."""
    w = _w(lang)
    st = styles(9, "A4")
    width = content_width("A4")
    pairs = [(w["to"], doc.manufacturer), (w["order"], doc.order_number), (w["plate"], doc.plate),
             (w["vin"], doc.vin), (w["vehicle"], doc.vehicle), (w["odometer"], f"{doc.odometer_km:,} km"),
             (w["customer"], doc.customer), (w["start"], doc.warranty_start), (w["repaired"], doc.repaired_on),
             (w["submitted"], doc.submitted_on), (w["component"], COMPONENTS.get(lang, COMPONENTS["zh_CN"]).get(doc.component, doc.component)),
             (w["code"], doc.fault_code), (w["report"], _report(doc, lang))]
    story: list[Flowable] = [facts([p for p in pairs if p[1]], width, st)]
    if doc.round > 1:
        story.append(para(w["round"].format(n=doc.round), st["small"]))
    story += [para(w["symptom"], st["h"]), para(doc.symptom or w["none"], st["base"]),
              para(w["cause"], st["h"]), para(doc.cause or w["none"], st["base"]),
              para(w["work"], st["h"]), _lines(doc, width, st, lang),
              Spacer(1, 2 * mm),
              facts([(w["labour"], money(doc.labour)), (w["parts"], money(doc.parts)),
                     (w["total"], money(doc.total))], width, st, columns=3),
              para(w["files"], st["h"]), para("；".join(doc.files) if doc.files else w["none"], st["base"]),
              Spacer(1, 8 * mm),
              KeepTogether([signatures([w["sign_tech"], w["sign_clerk"], w["sign_manager"]], width, st, lang)])]
    number = doc.number or w["draft"]
    return build(story, title=w["claim"], number=number, shop=doc.shop.name, lang=lang, subtitle=doc.vin,
                 logo=doc.shop.logo)


def _report(doc: ClaimDoc, lang: str) -> str:
    if not doc.tech_report:
        return ""
    state = REPORT_STATES.get(lang, REPORT_STATES["zh_CN"]).get(doc.tech_report_state, doc.tech_report_state)
    return f"{doc.tech_report}（{state}）" if lang == "zh_CN" else f"{doc.tech_report} ({state})"


def _lines(doc: ClaimDoc, width: float, st: dict[str, Any], lang: str) -> Table:
    w = _w(lang)
    head = [w["kind"], w["item"], w["part"], w["campaign"], w["qty"], w["price"], w["amount"]]
    rows: list[list[Any]] = [head]
    for x in doc.lines:
        mark = f" ({w[x.verdict]})" if x.verdict in ("approved", "rejected") else ""
        rows.append([w["labour_kind"] if x.kind == "labour" else w["part_kind"], x.description + mark,
                     x.part_number, x.campaign, qty(x.quantity), money(x.unit_price), money(x.amount)])
    widths = [14 * mm, width - 14 * mm - 30 * mm - 22 * mm - 20 * mm - 22 * mm - 24 * mm, 30 * mm, 22 * mm,
              20 * mm, 22 * mm, 24 * mm]
    return grid(rows, widths, st, right=(4, 5, 6))


def old_part_tags(tags: Sequence[OldPartTag], shop: Shop, lang: str = "zh_CN") -> bytes:
    """Tags two across on A4, cut apart and tied to the parts: the tag number as a barcode,
    the claim, the part, the car."""
    w = _w(lang)
    st = styles(9, "A4")
    width = content_width("A4")
    cell_w = width / 2
    cells = []
    for t in tags:
        pairs = [(w["claim_no"], t.claim_number or w["draft"]), (w["order"], t.order_number),
                 (w["part"], t.part_number), (w["item"], t.description), (w["vin"], t.vin),
                 (w["repaired"], t.repaired_on), (w["code"], t.fault_code)]
        cells.append([para(f"{w['tag']}  {t.tag}", st["h"]), code128(t.tag, 12 * mm, cell_w - 8 * mm),
                      Spacer(1, 1 * mm), facts([p for p in pairs if p[1]], cell_w - 8 * mm, st, columns=1),
                      para(w["keep"], st["small"])])
    rows = [cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)] or [["", ""]]
    table = Table(rows, colWidths=[cell_w, cell_w])
    commands: list[tuple[Any, ...]] = [("FONT", (0, 0), (-1, -1), FONT, 9),
                                       ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#757575")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                                       ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm)]
    table.setStyle(TableStyle(commands))
    return build([table], title=w["tags"], number=tags[0].claim_number if tags else "", shop=shop.name, lang=lang,
                 logo=shop.logo)
