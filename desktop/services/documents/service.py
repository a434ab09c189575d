"""The data behind each printed document, read from the database and handed to
``printing`` as plain dataclasses (the same for the window and the command line).

    pdf = DocumentService(db).render("job-card", "WO2026-000123", lang="zh_CN")
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select

from desktop.models import (
    AccidentCase,
    CustomerPhone,
    Invoice,
    Part,
    PurchaseOrder,
    StockCount,
    Supplier,
    Vehicle,
    WarrantyClaim,
    WorkOrder,
)
from desktop.services.billing.service import InvoicingService
from desktop.services.common.dates import add_months
from desktop.services.common.money import rmb_upper
from desktop.services.core.errors import NotFound, Refused
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading
from desktop.services.parts.ledger import on_hand_of
from desktop.services.parts.purchasing import PurchasingService
from desktop.services.parts.stocktake import StockTakeService
from desktop.services.system import settings as shop_settings
from desktop.services.workorders.rules.workflow import LEFT_SHOP
from desktop.services.workorders.service import WorkOrderService
from printing.data import (
    AccidentDoc,
    AccidentLineDoc,
    BinLabel,
    BinLabelsDoc,
    ClaimDoc,
    ClaimLineDoc,
    CountLine,
    CountSheetDoc,
    ExitSlipDoc,
    HealthReportDoc,
    InvoiceDoc,
    Line,
    OldPartTag,
    PayerTotal,
    PickLine,
    PickListDoc,
    PurchaseOrderDoc,
    Shop,
    WorkOrderDoc,
)
from printing.sheets import PRESETS, LabelSheet
from printing.sheets import parse as parse_sheet

PAPER_SETTINGS = {"job-card": "job_card_paper", "technician-copy": "job_card_paper", "estimate": "job_card_paper",
                  "delivery-report": "delivery_report_paper", "invoice": "invoice_paper"}
KINDS = ("job-card", "technician-copy", "estimate", "delivery-report", "invoice", "purchase-order", "pick-list",
         "count-sheet", "bin-labels", "health-report", "pdi", "exit-slip", "claim", "old-part-tags",
         "accident-comparison", "authority-letter", "accident-checklist")
ACCIDENT_KINDS = ("accident-comparison", "authority-letter", "accident-checklist")
FINDING_WORDS = {"attention": "需关注", "urgent": "需立即处理"}
METHOD_NAMES = {"cash": "现金", "card": "银行卡", "wechat": "微信支付", "alipay": "支付宝", "transfer": "银行转账",
                "stored": "储值卡", "points": "积分", "coupon": "优惠券"}
APPROVAL_NOTES = {"pending": "待客户确认", "declined": "客户拒绝"}


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


class DocumentService(Service):

    # the data ------------------------------------------------------------------------------

    def shop(self) -> Shop:
        with reading(self.db) as s:
            return Shop(shop_settings.get(s, "shop_name") or "ServiceBay", shop_settings.get(s, "shop_address"),
                        shop_settings.get(s, "shop_phone"), shop_settings.get(s, "shop_tax_id"),
                        shop_settings.get(s, "shop_bank"), shop_settings.logo_bytes(s))

    def work_order(self, order_id: int) -> WorkOrderDoc:
        order = WorkOrderService(self.db, self.user).get(order_id)
        with reading(self.db) as s:
            phones = ", ".join(s.scalars(select(CustomerPhone.number).where(
                CustomerPhone.customer_id == order.customer_id).order_by(CustomerPhone.position)))
            km = int(shop_settings.get(s, "service_interval_km"))
            months = int(shop_settings.get(s, "service_interval_months"))
            note = shop_settings.get(s, "warranty_note")
        lines = tuple(Line(x.kind, x.description, x.quantity, x.unit_price, x.amount, x.part_number, x.payer,
                           x.discount_pct, APPROVAL_NOTES.get(x.approval, ""))
                      for x in order.lines if x.approval != "declined")
        totals = tuple(PayerTotal(t.payer, t.net, t.vat, t.total) for t in order.totals.by_payer)
        since = (order.delivered_at or datetime.now(UTC)).astimezone().date()
        next_service = f"{add_months(since, months).isoformat()} / {order.odometer_km + km:,} km" if km else ""
        warranty = note + (" 保修项目由厂家承担。" if any(x.payer == "warranty" for x in lines) else "")
        shop = self.shop()
        return WorkOrderDoc(
            shop=shop, number=order.number, opened_at=_when(order.opened_at), customer=order.customer_name,
            phones=phones, plate=order.plate, vin=order.vin, vehicle=order.vehicle, odometer_km=order.odometer_km,
            fuel_eighths=order.fuel_eighths, concern=order.concern, lines=lines, totals=totals,
            advisor=order.advisor, technician=order.technician, promised_at=_when(order.promised_at),
            damage_notes=order.damage_notes, belongings=order.belongings, key_tag=order.key_tag,
            diagnosis=order.diagnosis, customer_parts=order.customer_parts, authorized_by=order.authorized_by,
            inspected_by=order.inspected_by, delivered_at=_when(order.delivered_at), next_service=next_service,
            warranty_note=warranty, follow_up_phone=shop.phone,
            total_upper=rmb_upper(next((t.total for t in totals if t.payer == "customer"), Decimal(0))),
            documents_in=order.documents_in, non_original_parts=order.non_original_parts, washed_by=order.washed_by,
            old_parts=(order.old_parts_choice, order.old_parts_outcome))

    def health_report(self, order_id: int, kind: str = "inspection") -> HealthReportDoc:
        """The order's health report (or PDI report) from its latest finished sheet, with
        what earlier visits recommended and was not done: one read of the shop."""
        from desktop.services.inspection.report import report_doc
        from desktop.services.inspection.service import recommendations_in

        shop = self.shop()
        with reading(self.db) as s:
            vehicle_id = s.scalar(select(WorkOrder.vehicle_id).where(WorkOrder.id == order_id))
            if vehicle_id is None:
                raise NotFound("work order", order_id)
            earlier = recommendations_in(s, vehicle_id, before_order_id=order_id) if kind != "pdi" else []
            last = tuple(f"{r.day.isoformat()} {r.label}（{FINDING_WORDS.get(r.finding, r.finding)}"
                         + (f"，{r.detail}" if r.detail else "") + "）" for r in earlier)
            doc = report_doc(s, order_id, shop, kind, last)
        if not doc.next_service and kind != "pdi":
            doc = replace(doc, next_service=self.work_order(order_id).next_service)
        return doc

    def exit_slip(self, order_id: int) -> ExitSlipDoc:
        """出厂通知单 of a car that has left (delivered, or unrepaired)."""
        order = WorkOrderService(self.db, self.user).get(order_id)
        if order.state not in LEFT_SHOP:
            raise Refused(Message(QT_TRANSLATE_NOOP(
                "Validation", "The exit slip is printed once the car is delivered or leaves unrepaired."), {}))
        bill = InvoicingService(self.db, self.user).settlement(order_id)
        charged = order.totals.payer("customer")
        settled = bill.balance == 0 and not any(b.uninvoiced for b in bill.bills if b.payer == "customer")
        papers = f"{order.documents_in}（{order.documents_returned_to}）" if order.documents_returned_to else ""
        return ExitSlipDoc(self.shop(), order.number, order.plate, order.vin, order.vehicle, order.customer_name,
                           order.state, order.release_reason, _when(order.delivered_at), order.advisor,
                           f"{charged.total if charged else Decimal(0):,.2f}", settled, papers)

    def invoice(self, invoice_id: int) -> InvoiceDoc:
        inv = InvoicingService(self.db, self.user).get(invoice_id)
        plate = ""
        if inv.work_order_id:
            plate = WorkOrderService(self.db).get(inv.work_order_id).plate
        rates: dict[Decimal, tuple[Decimal, Decimal]] = {}
        for x in inv.lines:
            net, vat = rates.get(x.vat_rate, (Decimal(0), Decimal(0)))
            rates[x.vat_rate] = (net + x.net, vat + x.vat)
        return InvoiceDoc(
            shop=self.shop(), number=inv.number, kind=inv.kind, issued_at=_when(inv.issued_at),
            issued_by=inv.issued_by, payer_name=inv.payer_name, payer_tax_id=inv.payer_tax_id,
            payer_address=inv.payer_address, work_order=inv.work_order_number, plate=plate,
            lines=tuple(Line(x.kind, x.description, x.quantity, x.unit_price, x.net, x.part_number,
                             discount_pct=x.discount_pct, vat=x.vat, rate=f"{x.vat_rate * 100:.0f}%")
                        for x in inv.lines),
            net=inv.net, vat=inv.vat, total=inv.total,
            vat_rates=tuple((f"{r * 100:.0f}%", n, v) for r, (n, v) in sorted(rates.items())),
            discount=inv.discount, credited_number=inv.credited_number, reason=inv.reason, paid=inv.paid,
            balance=inv.balance,
            payments=tuple((_when(p.at), METHOD_NAMES.get(p.method, p.method), p.amount) for p in inv.payments),
            content_hash=inv.content_hash, total_upper=rmb_upper(inv.total))

    def purchase_order(self, order_id: int) -> PurchaseOrderDoc:
        po = PurchasingService(self.db, self.user).order(order_id)
        with reading(self.db) as s:
            row = s.execute(select(Supplier.contact, Supplier.phone).join(
                PurchaseOrder, PurchaseOrder.supplier_id == Supplier.id).where(PurchaseOrder.id == order_id)).first()
        contact = " ".join(x for x in (row or ("", ""))) if row else ""
        return PurchaseOrderDoc(self.shop(), po.number, _when(po.created_at), po.supplier, contact.strip(),
                                tuple(Line("part", x.name, x.quantity, x.unit_cost, x.quantity * x.unit_cost,
                                           x.number) for x in po.lines), po.total)

    def pick_list(self, order_id: int) -> PickListDoc:
        order = WorkOrderService(self.db, self.user).get(order_id)
        wanted = [x for x in order.lines if x.kind == "part" and x.approval == "approved" and x.part_number
                  and x.quantity > x.issued_qty - x.returned_qty]
        with reading(self.db) as s:
            where = {number: (pid, bin_) for number, pid, bin_ in s.execute(
                select(Part.number, Part.id, Part.bin).where(Part.number.in_([x.part_number for x in wanted])))}
            stock = on_hand_of(s, [pid for pid, _ in where.values()])
        lines = tuple(PickLine(where.get(x.part_number, (0, ""))[1], x.part_number, x.description,
                               x.quantity - (x.issued_qty - x.returned_qty),
                               stock.get(where.get(x.part_number, (0, ""))[0], Decimal(0))) for x in wanted)
        return PickListDoc(self.shop(), order.number, order.plate, order.technician, lines)

    def count_sheet(self, count_id: int, blind: bool = True) -> CountSheetDoc:
        sheet = StockTakeService(self.db, self.user).sheet(count_id)
        return CountSheetDoc(self.shop(), sheet.number, sheet.scope, _when(sheet.created_at),
                             tuple(CountLine(x.bin, x.number, x.name, x.abc_class, x.unit,
                                             None if blind else x.expected) for x in sheet.lines))

    def claim(self, claim_id: int) -> ClaimDoc:
        from desktop.services.warranty.claims import ClaimService

        c = ClaimService(self.db, self.user).get(claim_id)
        with reading(self.db) as s:
            start = s.scalar(select(Vehicle.warranty_start).where(Vehicle.id == c.vehicle_id))
            manufacturer = str(shop_settings.get(s, "manufacturer_name"))
        lines = tuple(ClaimLineDoc(x.kind, x.description, x.part_number, x.quantity, x.unit_price, x.amount,
                                   x.recall_code, x.verdict) for x in c.lines)
        labour = sum((x.amount for x in c.lines if x.kind == "labour"), Decimal(0))
        return ClaimDoc(self.shop(), c.number, c.state, c.round, c.order_number, c.plate, c.vin, c.model, c.km,
                        c.customer, c.repaired_on.isoformat(),
                        c.submitted_on.isoformat() if c.submitted_on else "", start.isoformat() if start else "",
                        c.component, c.fault_code, c.symptom, c.cause, c.tech_report, c.tech_report_state, lines, labour,
                        c.claimed - labour, c.claimed, tuple(a.name for a in c.attachments), manufacturer)

    def accident(self, case_id: int) -> AccidentDoc:
        from desktop.services.insurance.cases import CaseService
        from desktop.services.insurance.rules.cases import DOCUMENTS

        c = CaseService(self.db, self.user).get(case_id)
        order = WorkOrderService(self.db, self.user).get(c.work_order_id)
        seqs = {x.id: x.supplement for x in c.items}
        lines = tuple(AccidentLineDoc(
            x.description, x.kind, x.estimate, x.assessed,
            "；".join(n for n in ("拒赔" if x.refused else "", "客户自费" if x.customer_keeps else "",
                                  f"追加定损{seqs[x.id]}" if seqs[x.id] else "") if n)) for x in c.items)
        photos = tuple((stage, sum(1 for p in c.photos if p.note == stage)) for stage in ("before", "during", "after"))
        return AccidentDoc(
            self.shop(), c.number, c.insurer, c.report_no, c.policy_no, c.accident_date.isoformat(), c.place, c.kind,
            c.assessor, c.order_number, c.plate, order.vin, order.vehicle, c.customer, lines,
            c.split.estimate + c.split.kept + c.split.dropped, c.split.assessed, c.deductible, c.betterment,
            c.waived, c.split.insurer, c.split.customer,
            tuple((k, k in c.ticked) for k in DOCUMENTS if c.direct_pay or k != "authority"),
            tuple(p for p in photos if p[1]))

    def old_part_tags(self, claim_id: int) -> list[OldPartTag]:
        from desktop.services.warranty.claims import ClaimService

        c = ClaimService(self.db, self.user).get(claim_id)
        return [OldPartTag(p.tag, c.number, c.order_number, p.part_number, p.description, c.vin,
                           c.repaired_on.isoformat(), c.fault_code) for p in c.old_parts]

    def bin_labels(self, part_ids: Sequence[int], with_price: bool = True) -> BinLabelsDoc:
        with reading(self.db) as s:
            parts = list(s.scalars(select(Part).where(Part.id.in_(list(part_ids))).order_by(Part.bin, Part.number)))
            return BinLabelsDoc(tuple(BinLabel(p.number, p.name, p.bin, p.price if with_price else None)
                                      for p in parts))

    # rendering -----------------------------------------------------------------------------

    def find(self, kind: str, number: str) -> int:
        """The id behind a document number: WO… for order documents, INV…/CN… for
        invoices, PO… for purchase orders, ST… for count sheets, SP… for claims, BX… for
        accident cases."""
        model = {"invoice": "Invoice", "purchase-order": "PurchaseOrder", "count-sheet": "StockCount",
                 "claim": "Claim", "old-part-tags": "Claim", **dict.fromkeys(ACCIDENT_KINDS, "Accident")}.get(kind)
        with reading(self.db) as s:
            if model == "Accident":
                found = s.scalar(select(AccidentCase.id).where(AccidentCase.number == number.strip().upper()))
            elif model == "Claim":
                found = s.scalar(select(WarrantyClaim.id).where(WarrantyClaim.number == number.strip().upper()))
            elif model is None:
                found = s.scalar(select(WorkOrder.id).where(WorkOrder.number == number.strip().upper()))
            elif model == "Invoice":
                found = s.scalar(select(Invoice.id).where(Invoice.number == number.strip().upper()))
            elif model == "PurchaseOrder":
                found = s.scalar(select(PurchaseOrder.id).where(PurchaseOrder.number == number.strip().upper()))
            else:
                found = s.scalar(select(StockCount.id).where(StockCount.number == number.strip().upper()))
        if found is None:
            raise NotFound(kind, number)
        return int(found)

    def paper(self, kind: str) -> str:
        """The paper the shop prints this kind of document on (a setting per document)."""
        setting = PAPER_SETTINGS.get(kind)
        if setting is None:
            return "A4"
        with reading(self.db) as s:
            return str(shop_settings.get(s, setting))

    def render(self, kind: str, key: int | str, lang: str = "zh_CN", paper: str | None = None) -> bytes:
        """The PDF of a document, by the id (or the number) of what it prints, on the shop's
        paper for it or on ``paper``."""
        ident = key if isinstance(key, int) else self.find(kind, key)
        if paper is not None and paper not in shop_settings.PAPERS:
            raise NotFound("paper", paper)
        paper = paper or self.paper(kind)
        from printing import claims, insurance, workshop
        from printing import (
            documents as render,  # ReportLab's page layout: loaded on the first print
        )

        makers: dict[str, Callable[[], bytes]] = {
            "job-card": lambda: render.job_card(self.work_order(ident), lang, paper),
            "technician-copy": lambda: render.job_card(self.work_order(ident), lang, paper, technician_copy=True),
            "estimate": lambda: render.job_card(self.work_order(ident), lang, paper, estimate=True),
            "delivery-report": lambda: render.delivery_report(self.work_order(ident), lang, paper),
            "invoice": lambda: render.invoice(self.invoice(ident), lang, paper),
            "purchase-order": lambda: render.purchase_order(self.purchase_order(ident), lang, paper),
            "pick-list": lambda: render.pick_list(self.pick_list(ident), lang, paper),
            "count-sheet": lambda: render.count_sheet(self.count_sheet(ident), lang, paper),
            "health-report": lambda: workshop.health_report(self.health_report(ident), lang),
            "pdi": lambda: workshop.pdi_report(self.health_report(ident, "pdi"), lang),
            "exit-slip": lambda: workshop.exit_slip(self.exit_slip(ident), lang),
            "claim": lambda: claims.claim_form(self.claim(ident), lang),
            "old-part-tags": lambda: claims.old_part_tags(self.old_part_tags(ident), self.shop(), lang),
            "accident-comparison": lambda: insurance.comparison(self.accident(ident), lang),
            "authority-letter": lambda: insurance.authority_letter(self.accident(ident), lang),
            "accident-checklist": lambda: insurance.checklist(self.accident(ident), lang),
        }
        return makers[kind]()

    def label_sheet(self) -> LabelSheet:
        """The shop's label sheet (or roll); the default A4 sheet when the setting is bad."""
        with reading(self.db) as s:
            text = str(shop_settings.get(s, "label_sheet"))
        return parse_sheet(text) or PRESETS["A4-3x8"]

    def render_labels(self, part_ids: Sequence[int], lang: str = "zh_CN", start: int = 1) -> bytes:
        """Labels for these parts, in one job, on the shop's sheet from position ``start``."""
        from printing.label_sheet import label_sheet

        return label_sheet(self.bin_labels(part_ids).labels, self.label_sheet(), start, lang)

