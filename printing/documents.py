"""The printed documents: each takes its plain data and returns PDF bytes.

    pdf = job_card(doc, lang="zh_CN", paper="A4")
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from printing.data import (
    CountSheetDoc,
    InvoiceDoc,
    PickListDoc,
    PurchaseOrderDoc,
    Shop,
    WorkOrderDoc,
)
from printing.labels import label, payer
from printing.render import (
    build,
    code128,
    content_width,
    esc,
    facts,
    grid,
    money,
    para,
    qr,
    qty,
    signatures,
    styles,
)


def _shop_line(shop: Shop, lang: str) -> str:
    parts = [shop.address, f"{label(lang, 'shop_phone')} {shop.phone}" if shop.phone else "",
             f"{label(lang, 'shop_tax')} {shop.tax_id}" if shop.tax_id else ""]
    return "  ".join(p for p in parts if p)


def _order_head(doc: WorkOrderDoc, lang: str, width: float, st: dict[str, Any], with_codes: bool) -> list[Flowable]:
    pairs = [
        (label(lang, "customer"), doc.customer), (label(lang, "phones"), doc.phones),
        (label(lang, "plate"), doc.plate), (label(lang, "vin"), doc.vin),
        (label(lang, "vehicle"), doc.vehicle), (label(lang, "odometer"), f"{doc.odometer_km:,} km"),
        (label(lang, "fuel"), f"{doc.fuel_eighths}/8"), (label(lang, "opened"), doc.opened_at),
        (label(lang, "advisor"), doc.advisor), (label(lang, "promised"), doc.promised_at),
    ]
    if doc.technician:
        pairs.append((label(lang, "technician"), doc.technician))
    if doc.key_tag:
        pairs.append((label(lang, "key_tag"), doc.key_tag))
    info = facts(pairs, width - (40 * mm if with_codes else 0), st)
    if not with_codes:
        return [info]
    codes = Table([[qr(doc.number)], [code128(doc.number, 9 * mm, max_width=40 * mm - 6)], [Paragraph(esc(doc.number), st["small"])]],
                  colWidths=[40 * mm])
    codes.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    box = Table([[info, codes]], colWidths=[width - 40 * mm, 40 * mm])
    box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [box]


def _notes(doc: WorkOrderDoc, lang: str, st: dict[str, Any]) -> list[Flowable]:
    out: list[Flowable] = []
    for key, text in (("concern", doc.concern), ("diagnosis", doc.diagnosis), ("damage", doc.damage_notes),
                      ("belongings", doc.belongings)):
        if text:
            out.append(Paragraph(f"<b>{esc(label(lang, key))}：</b>{esc(text)}", st["base"]))
    if doc.documents_in:
        out.append(Paragraph(f"<b>{esc(label(lang, 'documents_in'))}：</b>{esc(doc.documents_in)}", st["base"]))
    if doc.customer_parts:
        out.append(Paragraph(f"<b>{esc(label(lang, 'customer_parts'))}</b>", st["base"]))
    if doc.non_original_parts:
        out.append(Paragraph(f"<b>{esc(label(lang, 'non_original'))}</b>{esc(doc.non_original_parts)}　"
                             f"{esc(label(lang, 'non_original_sign'))}", st["base"]))
    return out


def _lines_table(lines: Any, lang: str, width: float, st: dict[str, Any], prices: bool = True) -> Table:
    if prices:
        head = [label(lang, "item"), label(lang, "part_no"), label(lang, "qty"), label(lang, "price"),
                label(lang, "disc"), label(lang, "amount"), label(lang, "payer")]
        widths = [0.32, 0.16, 0.08, 0.12, 0.08, 0.13, 0.11]
        rows: list[list[Any]] = [head]
        for x in lines:
            desc = x.description + (f"（{x.note}）" if x.note else "")
            rows.append([desc, x.part_number, qty(x.quantity) + ("h" if x.kind == "labour" else ""),
                         money(x.unit_price), qty(x.discount_pct) if x.discount_pct else "", money(x.amount),
                         payer(lang, x.payer)])
        return grid(rows, [w * width for w in widths], st, right=(2, 3, 4, 5))
    head = [label(lang, "item"), label(lang, "part_no"), label(lang, "qty"), label(lang, "technician")]
    rows = [head] + [[x.description + (f"（{x.note}）" if x.note else ""), x.part_number,
                      qty(x.quantity) + ("h" if x.kind == "labour" else ""), ""] for x in lines]
    return grid(rows, [w * width for w in (0.5, 0.2, 0.1, 0.2)], st, right=(2,))


def _totals(doc: Any, lang: str, width: float, st: dict[str, Any]) -> Flowable:
    rows: list[list[Any]] = [[label(lang, "payer"), label(lang, "net"), label(lang, "vat"), label(lang, "total")]]
    for t in doc.totals:
        rows.append([payer(lang, t.payer), money(t.net), money(t.vat), money(t.total)])
    if len(doc.totals) > 1:
        rows.append([label(lang, "total"), money(sum((t.net for t in doc.totals), Decimal(0))),
                     money(sum((t.vat for t in doc.totals), Decimal(0))),
                     money(sum((t.total for t in doc.totals), Decimal(0)))])
    table = grid(rows, [w * width for w in (0.4, 0.2, 0.2, 0.2)], st, right=(1, 2, 3), zebra=False)
    return KeepTogether([para(label(lang, "totals_by_payer"), st["h"]), table])


def job_card(doc: WorkOrderDoc, lang: str = "zh_CN", paper: str = "A4", technician_copy: bool = False,
             estimate: bool = False) -> bytes:
    """派工单 / 维修委托书: what the customer signs and the technician carries (the
    technician copy has no prices); as an estimate, the same with the estimate's note."""
    st = styles(8.5 if paper == "A5" else 9, paper)
    width = content_width(paper)
    story: list[Flowable] = [para(_shop_line(doc.shop, lang), st["small"]), Spacer(1, 2 * mm)]
    story += _order_head(doc, lang, width, st, with_codes=True)
    story.append(Spacer(1, 2 * mm))
    story += _notes(doc, lang, st)
    story.append(Spacer(1, 2 * mm))
    story.append(_lines_table(doc.lines, lang, width, st, prices=not technician_copy))
    if not technician_copy:
        story.append(Spacer(1, 3 * mm))
        story.append(_totals(doc, lang, width, st))
    story.append(Spacer(1, 5 * mm))
    if estimate:
        story.append(para(label(lang, "estimate_note"), st["small"]))
        names = [label(lang, "sign_customer"), label(lang, "sign_advisor")]
    elif technician_copy:
        names = [label(lang, "sign_technician"), label(lang, "sign_inspector")]
    else:
        names = [label(lang, "sign_customer"), label(lang, "sign_advisor")]
    story.append(KeepTogether([signatures(names, width, st, lang)]))
    title = label(lang, "estimate" if estimate else "tech_copy" if technician_copy else "job_card")
    return build(story, title=title, number=doc.number, shop=doc.shop.name, lang=lang, paper=paper,
                 subtitle=doc.plate, logo=doc.shop.logo)


def _old_parts(doc: WorkOrderDoc, lang: str) -> str:
    """旧件：客户带走（已交客户）— what the customer chose at reception, and what was done."""
    choice, outcome = doc.old_parts
    words = [label(lang, f"old_{w}") for w in (choice, outcome) if w]
    return f"{words[0]}（{words[1]}）" if len(words) == 2 else "".join(words)


def delivery_report(doc: WorkOrderDoc, lang: str = "zh_CN", paper: str = "A4") -> bytes:
    """交车报告: the work done, the parts replaced, the quality check, the amounts by payer,
    the next service, and the customer's signature on collection."""
    st = styles(9, paper)
    width = content_width(paper)
    story: list[Flowable] = [para(_shop_line(doc.shop, lang), st["small"]), Spacer(1, 2 * mm)]
    story += _order_head(doc, lang, width, st, with_codes=True)
    story.append(facts([p for p in ((label(lang, "inspected"), doc.inspected_by), (label(lang, "washed"), doc.washed_by),
                                    (label(lang, "delivered"), doc.delivered_at), (label(lang, "old_parts"),
                                                                                   _old_parts(doc, lang))) if p[1]],
                        width, st))
    labour = [x for x in doc.lines if x.kind == "labour"]
    parts = [x for x in doc.lines if x.kind == "part"]
    if labour:
        story += [para(label(lang, "work_done"), st["h"]), _lines_table(labour, lang, width, st)]
    if parts:
        story += [para(label(lang, "parts_replaced"), st["h"]), _lines_table(parts, lang, width, st)]
    story += [Spacer(1, 3 * mm), _totals(doc, lang, width, st)]
    if doc.total_upper and lang == "zh_CN":
        story.append(para(label(lang, "customer_pays") + doc.total_upper, st["right"]))
    story.append(Spacer(1, 3 * mm))
    after = [(label(lang, "next_service"), doc.next_service), (label(lang, "follow_up"), doc.follow_up_phone)]
    story.append(facts([p for p in after if p[1]], width, st))
    if doc.warranty_note:
        story.append(Paragraph(f"<b>{esc(label(lang, 'warranty'))}：</b>{esc(doc.warranty_note)}", st["base"]))
    story += [Spacer(1, 5 * mm), KeepTogether([signatures([label(lang, "sign_collect"), label(lang, "sign_advisor")],
                                                          width, st, lang)])]
    return build(story, title=label(lang, "delivery"), number=doc.number, shop=doc.shop.name, lang=lang,
                 paper=paper, subtitle=doc.plate, logo=doc.shop.logo)


def invoice(doc: InvoiceDoc, lang: str = "zh_CN", paper: str = "A4") -> bytes:
    """结算单 or its credit note (红字): who pays, the lines with VAT, totals, payments."""
    st = styles(9, paper)
    width = content_width(paper)
    story: list[Flowable] = [para(_shop_line(doc.shop, lang), st["small"])]
    if doc.shop.bank:
        story.append(para(f"{label(lang, 'bank')} {doc.shop.bank}", st["small"]))
    story.append(Spacer(1, 2 * mm))
    pairs = [(label(lang, "buyer"), doc.payer_name), (label(lang, "tax_id"), doc.payer_tax_id),
             (label(lang, "address"), doc.payer_address), (label(lang, "work_order"), doc.work_order),
             (label(lang, "plate"), doc.plate), (label(lang, "issued"), doc.issued_at),
             (label(lang, "issued_by"), doc.issued_by)]
    if doc.credited_number:
        pairs += [(label(lang, "credits"), doc.credited_number), (label(lang, "reason"), doc.reason)]
    story.append(facts([p for p in pairs if p[1]], width, st))
    story.append(Spacer(1, 2 * mm))
    rows: list[list[Any]] = [[label(lang, "item"), label(lang, "part_no"), label(lang, "qty"), label(lang, "price"),
                              label(lang, "disc"), label(lang, "net"), label(lang, "rate"), label(lang, "vat"),
                              label(lang, "total")]]
    for x in doc.lines:
        rows.append([x.description, x.part_number, qty(x.quantity), money(x.unit_price),
                     qty(x.discount_pct) if x.discount_pct else "", money(x.amount), x.rate,
                     money(x.vat), money(x.amount + x.vat)])
    story.append(grid(rows, [w * width for w in (0.23, 0.13, 0.06, 0.1, 0.07, 0.11, 0.07, 0.1, 0.13)], st,
                      right=(2, 3, 4, 5, 6, 7, 8)))
    summary: list[list[Any]] = [[label(lang, "rate"), label(lang, "net"), label(lang, "vat")]]
    summary += [[r, money(n), money(v)] for r, n, v in doc.vat_rates]
    totals = [para(f"{label(lang, 'net')} {money(doc.net)}    {label(lang, 'vat')} {money(doc.vat)}", st["total"]),
              Paragraph(f"<b>{esc(label(lang, 'total'))} {money(doc.total)}</b>", st["total"])]
    if doc.total_upper and lang == "zh_CN":
        totals.append(para(label(lang, "in_words") + doc.total_upper, st["right"]))
    if doc.discount:
        totals.insert(0, para(f"{label(lang, 'discount')} {money(doc.discount)}", st["total"]))
    if doc.kind == "invoice":
        totals.append(para(f"{label(lang, 'paid')} {money(doc.paid)}    {label(lang, 'balance')} "
                           f"{money(doc.balance)}", st["total"]))
    story.append(Spacer(1, 2 * mm))
    story.append(KeepTogether([grid(summary, [width * 0.15, width * 0.15, width * 0.15], st, right=(1, 2),
                                    zebra=False, align="RIGHT"), Spacer(1, 2 * mm), *totals]))
    if doc.payments:
        rows = [[label(lang, "payments"), "", label(lang, "amount")]]
        rows += [[t, m, money(a)] for t, m, a in doc.payments]
        story += [Spacer(1, 3 * mm), grid(rows, [width * 0.3, width * 0.3, width * 0.2], st, right=(2,))]
    story += [Spacer(1, 4 * mm), para(label(lang, "not_fapiao"), st["small"])]
    if doc.content_hash:
        story.append(para(f"{label(lang, 'hash')} {doc.content_hash[:16]}", st["small"]))
    return build(story, title=label(lang, "credit" if doc.kind == "credit" else "invoice"), number=doc.number,
                 shop=doc.shop.name, lang=lang, paper=paper, subtitle=doc.payer_name, logo=doc.shop.logo)


def purchase_order(doc: PurchaseOrderDoc, lang: str = "zh_CN", paper: str = "A4") -> bytes:
    st = styles(9, paper)
    width = content_width(paper)
    story: list[Flowable] = [para(_shop_line(doc.shop, lang), st["small"]), Spacer(1, 2 * mm),
                             facts([(label(lang, "supplier"), doc.supplier), (label(lang, "contact"),
                                                                             doc.supplier_contact),
                                    (label(lang, "made"), doc.made_at)], width, st), Spacer(1, 2 * mm)]
    rows: list[list[Any]] = [[label(lang, "part_no"), label(lang, "item"), label(lang, "qty"), label(lang, "price"),
                              label(lang, "amount")]]
    rows += [[x.part_number, x.description, qty(x.quantity), money(x.unit_price), money(x.amount)] for x in doc.lines]
    story.append(grid(rows, [w * width for w in (0.2, 0.4, 0.1, 0.14, 0.16)], st, right=(2, 3, 4)))
    story += [Spacer(1, 2 * mm), Paragraph(f"<b>{esc(label(lang, 'total'))} {money(doc.total)}</b>", st["total"]),
              Spacer(1, 6 * mm), signatures([label(lang, "sign_buyer"), label(lang, "supplier")], width, st, lang)]
    return build(story, title=label(lang, "purchase_order"), number=doc.number, shop=doc.shop.name, lang=lang,
                 paper=paper, subtitle=doc.supplier, logo=doc.shop.logo)


def pick_list(doc: PickListDoc, lang: str = "zh_CN", paper: str = "A4") -> bytes:
    st = styles(10, paper)
    width = content_width(paper)
    story: list[Flowable] = [facts([(label(lang, "work_order"), doc.work_order), (label(lang, "plate"), doc.plate),
                                    (label(lang, "technician"), doc.technician)], width, st), Spacer(1, 2 * mm)]
    rows: list[list[Any]] = [[label(lang, "bin"), label(lang, "part_no"), label(lang, "item"),
                              label(lang, "issue_qty"), label(lang, "on_hand"), "✓"]]
    rows += [[x.bin, x.part_number, x.description, qty(x.quantity), qty(x.on_hand), ""]
             for x in sorted(doc.lines, key=lambda x: (x.bin, x.part_number))]
    story.append(grid(rows, [w * width for w in (0.12, 0.2, 0.4, 0.1, 0.1, 0.08)], st, right=(3, 4)))
    story += [Spacer(1, 6 * mm), signatures([label(lang, "sign_picker"), label(lang, "sign_issuer")], width, st,
                                            lang)]
    return build(story, title=label(lang, "pick_list"), number=doc.work_order, shop=doc.shop.name, lang=lang,
                 paper=paper, subtitle=doc.plate)


def count_sheet(doc: CountSheetDoc, lang: str = "zh_CN", paper: str = "A4") -> bytes:
    """盘点表 in bin order, with an empty column to write the count in (blind when the
    book quantity is left out)."""
    st = styles(9.5, paper)
    width = content_width(paper)
    blind = all(x.book is None for x in doc.lines)
    story: list[Flowable] = [facts([(label(lang, "scope"), doc.scope), (label(lang, "made"), doc.made_at)], width,
                                   st), Spacer(1, 2 * mm)]
    head = [label(lang, "bin"), label(lang, "part_no"), label(lang, "item"), label(lang, "class"),
            label(lang, "unit")] + ([] if blind else [label(lang, "book")]) + [label(lang, "counted")]
    widths = (0.11, 0.19, 0.38, 0.06, 0.07) + (() if blind else (0.08,)) + (0.11 if not blind else 0.19,)
    rows: list[list[Any]] = [head]
    for x in doc.lines:
        rows.append([x.bin, x.part_number, x.description, x.abc_class, x.unit]
                    + ([] if blind else [qty(x.book)]) + [""])
    table = grid(rows, [w * width for w in widths], st, right=() if blind else (5,), row_height=8 * mm)
    story += [table, Spacer(1, 6 * mm), signatures([label(lang, "sign_counter"), label(lang, "sign_checker")], width,
                                                   st, lang)]
    return build(story, title=label(lang, "count_sheet"), number=doc.number, shop=doc.shop.name, lang=lang,
                 paper=paper)
