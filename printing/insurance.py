"""The insurance clerk's documents: the assessment beside the shop's estimate (定损对比表),
the letter of authority the customer signs so the insurer pays the shop (授权书), and the
claim file's checklist (理赔资料清单).

    pdf = comparison(doc, lang="zh_CN")
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printing.data import AccidentDoc
from printing.render import build, content_width, esc, facts, grid, money, para, signatures, styles

WORDS = {
    "zh_CN": {
        "comparison": "定损对比表", "authority": "授权书", "checklist": "理赔资料清单",
        "insurer": "保险公司", "report": "报案号", "policy": "保单号", "date": "出险日期", "place": "出险地点",
        "kind": "事故类型", "own": "本车损失", "third_party": "第三者", "assessor": "定损员", "order": "工单号",
        "plate": "车牌", "vin": "车架号", "vehicle": "车型", "customer": "车主", "item": "项目", "type": "类别",
        "labour": "工时", "part": "配件", "estimate": "本店报价", "assessed": "定损金额", "diff": "差额",
        "note": "说明", "total": "合计", "deductible": "免赔额", "betterment": "折旧/残值", "waived": "本店减免",
        "insurer_pays": "保险公司支付", "customer_pays": "客户自付", "split": "费用分摊",
        "sign_clerk": "保险内勤", "sign_assessor": "定损员", "sign_customer": "车主签字", "done": "已收", "todo": "缺",
        "photos": "照片", "before": "维修前", "during": "维修中", "after": "维修后", "sheets": "张",
        "authority_text": "本人{customer}（车牌{plate}，车架号{vin}）于{date}在{place}发生交通事故，已向{insurer}报案"
                          "（报案号{report}，保单号{policy}）。现授权{shop}代为办理本次事故车辆维修费用的索赔手续，"
                          "并同意{insurer}将核定的维修费用{amount}直接支付给{shop}。本人自行承担免赔额、折旧及保险"
                          "公司不予赔付的费用。",
        "bank": "收款账户", "id": "车主身份证号：____________________", "dated": "日期：______年____月____日",
    },
    "en": {
        "comparison": "Assessment vs estimate", "authority": "Letter of authority", "checklist": "Claim file checklist",
        "insurer": "Insurer", "report": "Report no.", "policy": "Policy no.", "date": "Accident date",
        "place": "Place", "kind": "Kind", "own": "Own damage", "third_party": "Third party", "assessor": "Assessor",
        "order": "Work order", "plate": "Plate", "vin": "VIN", "vehicle": "Vehicle", "customer": "Owner",
        "item": "Item", "type": "Kind", "labour": "Labour", "part": "Part", "estimate": "Our estimate",
        "assessed": "Assessed", "diff": "Difference", "note": "Note", "total": "Total", "deductible": "Deductible",
        "betterment": "Betterment", "waived": "Waived by the shop", "insurer_pays": "Insurer pays",
        "customer_pays": "Customer pays", "split": "Who pays", "sign_clerk": "Insurance clerk",
        "sign_assessor": "Assessor", "sign_customer": "Owner", "done": "In", "todo": "Missing", "photos": "Photos",
        "before": "before", "during": "during", "after": "after", "sheets": "",
        "authority_text": "I, {customer} (plate {plate}, VIN {vin}), had an accident on {date} at {place} and "
                          "reported it to {insurer} (report {report}, policy {policy}). I authorise {shop} to claim "
                          "the repair costs and agree that {insurer} pays the assessed amount of {amount} directly "
                          "to {shop}. I pay the deductible, betterment and anything the insurer does not pay.",
        "bank": "Account", "id": "Owner's ID no.: ____________________", "dated": "Date: ____________",
    },
}


DOCUMENTS = {
    "zh_CN": {"driving_licence": "驾驶证", "vehicle_licence": "行驶证", "accident_report": "事故认定书",
              "bank_details": "收款银行账户", "repair_invoice": "维修发票", "photos_before": "维修前照片",
              "photos_during": "维修中照片", "photos_after": "维修后照片", "authority": "授权书（车主签字）"},
    "en": {"driving_licence": "Driving licence", "vehicle_licence": "Vehicle licence",
           "accident_report": "Accident report", "bank_details": "Bank details", "repair_invoice": "Repair invoice",
           "photos_before": "Photos before", "photos_during": "Photos during", "photos_after": "Photos after",
           "authority": "Letter of authority, signed"},
}


def _w(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["zh_CN"])


def _head(doc: AccidentDoc, width: float, st: dict[str, Any], lang: str) -> Flowable:
    w = _w(lang)
    pairs = [(w["insurer"], doc.insurer), (w["report"], doc.report_no), (w["policy"], doc.policy_no),
             (w["date"], doc.accident_date), (w["place"], doc.place), (w["kind"], w.get(doc.kind, doc.kind)),
             (w["assessor"], doc.assessor), (w["order"], doc.order_number), (w["plate"], doc.plate),
             (w["vin"], doc.vin), (w["vehicle"], doc.vehicle), (w["customer"], doc.customer)]
    return facts([p for p in pairs if p[1]], width, st)


def comparison(doc: AccidentDoc, lang: str = "zh_CN") -> bytes:
    """Line by line, the shop's estimate and the insurer's assessment, the difference, and
    who pays what."""
    w = _w(lang)
    st = styles(9, "A4")
    width = content_width("A4")
    rows: list[list[Any]] = [[w["item"], w["type"], w["estimate"], w["assessed"], w["diff"], w["note"]]]
    for x in doc.lines:
        rows.append([x.description, w.get(x.kind, x.kind), money(x.estimate), money(x.assessed),
                     money(x.estimate - x.assessed), x.note])
    rows.append([w["total"], "", money(doc.estimate), money(doc.assessed), money(doc.estimate - doc.assessed), ""])
    widths = [width - 14 * mm - 3 * 24 * mm - 34 * mm, 14 * mm, 24 * mm, 24 * mm, 24 * mm, 34 * mm]
    split = [(w["insurer_pays"], money(doc.insurer_pays)), (w["deductible"], money(doc.deductible)),
             (w["betterment"], money(doc.betterment)), (w["customer_pays"], money(doc.customer_pays))]
    if doc.waived:
        split.append((w["waived"], money(doc.waived)))
    story: list[Flowable] = [_head(doc, width, st, lang), Spacer(1, 3 * mm),
                             grid(rows, widths, st, right=(2, 3, 4)), para(w["split"], st["h"]),
                             facts(split, width, st, columns=3), Spacer(1, 8 * mm),
                             KeepTogether([signatures([w["sign_clerk"], w["sign_assessor"], w["sign_customer"]],
                                                      width, st, lang)])]
    return build(story, title=w["comparison"], number=doc.number, shop=doc.shop.name, lang=lang, subtitle=doc.plate,
                 logo=doc.shop.logo)


def authority_letter(doc: AccidentDoc, lang: str = "zh_CN") -> bytes:
    """授权书: the customer lets the insurer pay the shop directly."""
    w = _w(lang)
    st = styles(11, "A4")
    width = content_width("A4")
    text = w["authority_text"].format(customer=doc.customer, plate=doc.plate, vin=doc.vin, date=doc.accident_date,
                                      place=doc.place or "—", insurer=doc.insurer, report=doc.report_no,
                                      policy=doc.policy_no or "—", shop=doc.shop.name, amount=money(doc.insurer_pays))
    story: list[Flowable] = [Spacer(1, 6 * mm), para(esc(text), st["base"]), Spacer(1, 4 * mm)]
    if doc.shop.bank:
        story.append(facts([(w["bank"], doc.shop.bank)], width, st, columns=1))
    story += [Spacer(1, 16 * mm), para(f"{w['sign_customer']}：____________________", st["base"]),
              Spacer(1, 4 * mm), para(w["id"], st["base"]), Spacer(1, 4 * mm), para(w["dated"], st["base"])]
    return build(story, title=w["authority"], number=doc.number, shop=doc.shop.name, lang=lang, subtitle=doc.plate,
                 logo=doc.shop.logo)


def checklist(doc: AccidentDoc, lang: str = "zh_CN") -> bytes:
    """What the insurer wants before it pays: in, or still missing; the photos by stage."""
    w = _w(lang)
    st = styles(10, "A4")
    width = content_width("A4")
    rows: list[list[Any]] = [[w["item"], w["note"]]]
    names = DOCUMENTS.get(lang, DOCUMENTS["zh_CN"])
    rows += [[names.get(key, key), w["done"] if done else w["todo"]] for key, done in doc.documents]
    photos = "；".join(f"{w.get(stage, stage)} {n}{w['sheets']}" for stage, n in doc.photos)
    story: list[Flowable] = [_head(doc, width, st, lang), Spacer(1, 3 * mm),
                             grid(rows, [width - 30 * mm, 30 * mm], st)]
    if photos:
        story += [para(w["photos"], st["h"]), para(photos, st["base"])]
    return build(story, title=w["checklist"], number=doc.number, shop=doc.shop.name, lang=lang, subtitle=doc.plate,
                 logo=doc.shop.logo)
