"""The service-plan contract (售后服务合同) and the member card's receipt (储值卡凭条).

    pdf = plan_contract(doc, lang="zh_CN")
    pdf = card_receipt(doc, lang="zh_CN", paper="241x93")
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.data import CardReceiptDoc, PlanContractDoc
from printing.render import build, content_width, facts, money, para, signatures, styles

WORDS = {
    "zh_CN": {"contract": "售后服务合同", "kind": "服务项目", "plan": "产品", "customer": "客户", "phone": "电话",
              "plate": "车牌", "vin": "VIN", "period": "有效期", "to": "至", "price": "价格（不含税）",
              "invoice": "结算单号", "includes": "服务内容", "terms": "服务条款", "sold_by": "经办人",
              "customer_sign": "客户签字", "shop_sign": "服务站（盖章）",
              "receipt": "储值卡凭条", "card": "卡号", "level": "会员等级", "at": "时间", "what": "业务",
              "amount": "金额", "method": "方式", "balance": "卡内余额", "points": "积分", "by": "经办",
              "pin": "已凭密码支付", "sign": "持卡人签字", "keep": "请妥善保管本凭条。",
              "extension": "延保", "maintenance": "保养套餐", "roadside": "道路救援",
              "services": "保养次数", "extras": "附送", "components": "保障总成", "km": "里程",
              "callouts": "救援次数", "tow_km": "拖车里程",
              "load": "充值", "bonus": "赠送", "spend": "消费", "refund": "退款", "moved": "转入新卡",
              "import": "旧系统转入", "earn": "积分", "redeem": "积分抵现", "reverse": "冲销"},
    "en": {"contract": "Service plan contract", "kind": "Plan", "plan": "Product", "customer": "Customer",
           "phone": "Phone", "plate": "Plate", "vin": "VIN", "period": "Valid", "to": "to",
           "price": "Price (excl. VAT)", "invoice": "Invoice", "includes": "Includes", "terms": "Terms",
           "sold_by": "Sold by", "customer_sign": "Customer", "shop_sign": "Service station (stamp)",
           "receipt": "Card receipt", "card": "Card", "level": "Level", "at": "Time", "what": "Movement",
           "amount": "Amount", "method": "Method", "balance": "Balance", "points": "Points", "by": "By",
           "pin": "Paid with the PIN", "sign": "Cardholder", "keep": "Please keep this receipt.",
           "extension": "Extended warranty", "maintenance": "Maintenance plan", "roadside": "Roadside assistance",
           "services": "Services", "extras": "Also", "components": "Components",
           "km": "Distance", "callouts": "Call-outs", "tow_km": "Towing up to",
           "load": "Paid in", "bonus": "Bonus", "spend": "Paid with", "refund": "Paid back",
           "moved": "Moved to the new card", "import": "Taken over", "earn": "Points earned",
           "redeem": "Paid with points", "reverse": "Reversed"},
}


def plan_contract(doc: PlanContractDoc, lang: str = "zh_CN") -> bytes:
    w = WORDS.get(lang, WORDS["en"])
    st = styles(10)
    width = content_width()
    story: list[Flowable] = [
        facts([(w["kind"], w.get(doc.kind, doc.kind)), (w["plan"], doc.name), (w["customer"], doc.customer), (w["phone"], doc.phone),
               (w["plate"], doc.plate), (w["vin"], doc.vin),
               (w["period"], f"{doc.starts} {w['to']} {doc.ends}"), (w["price"], money(doc.price)),
               (w["invoice"], doc.invoice), (w["sold_by"], doc.sold_by)], width, st),
        Spacer(1, 4 * mm), para(w["includes"], st["h"]),
        facts([(w.get(key, key), value) for key, value in doc.cover], width, st), Spacer(1, 4 * mm)]
    if doc.terms:
        story += [para(w["terms"], st["h"])]
        story += [para(line, st["base"]) for line in doc.terms.splitlines() if line.strip()]
    story += [Spacer(1, 12 * mm), signatures([w["customer_sign"], w["shop_sign"]], width, st, lang)]
    return build(story, title=w["contract"], number=doc.number, shop=doc.shop.name, lang=lang, logo=doc.shop.logo)


def card_receipt(doc: CardReceiptDoc, lang: str = "zh_CN", paper: str = "241x93") -> bytes:
    w = WORDS.get(lang, WORDS["en"])
    st = styles(9, paper)
    width = content_width(paper)
    pairs = [(w["card"], doc.card), (w["customer"], doc.customer), (w["level"], doc.level or "—"),
             (w["at"], doc.at), (w["what"], w.get(doc.what, doc.what) + (f"（{doc.note}）" if doc.note else "")),
             (w["amount"], money(doc.amount))]
    if doc.method:
        pairs.append((w["method"], doc.method))
    if doc.invoice:
        pairs.append((w["invoice"], doc.invoice))
    pairs += [(w["balance"], money(doc.balance)), (w["points"], str(doc.points)), (w["by"], doc.by)]
    story: list[Flowable] = [facts(pairs, width, st), Spacer(1, 3 * mm)]
    if doc.pin_used:
        story.append(para(w["pin"], st["small"]))
    else:
        story.append(signatures([w["sign"]], width, st, lang))
    story.append(para(w["keep"], st["small"]))
    return build(story, title=w["receipt"], number=doc.card, shop=doc.shop.name, lang=lang, paper=paper,
                 logo=doc.shop.logo)
