"""Around the repair (DOMAIN.md section 1, steps 8–9 and section 13): the wash after the
quality check, a car that leaves unrepaired with its exit slip and fee, the papers given
back at delivery, and what the customer is told about the order (进度通知) — the program
composes the message; the advisor sends it on WeChat or through the SMS platform and the
order keeps who told the customer what, when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import CustomerPhone, OrderNotice, Staff, WorkOrder
from desktop.models.base import utcnow
from desktop.models.workorder import NOTICE_KINDS
from desktop.services.common import limits
from desktop.services.common.money import line_amount
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.reminders.service import fill
from desktop.services.system import settings as shop_settings
from desktop.services.workorders.details import order_detail
from desktop.services.workorders.records import WorkOrderDetail
from desktop.services.workorders.rules.visit import papers_problem
from desktop.services.workorders.rules.workflow import CLOSED, move_problem
from desktop.services.workorders.service import WorkOrderService

CHANNELS = ("wechat", "sms", "phone")
FEE_TEXT = "检测诊断费"
NOTICE_FIELDS = ("客户", "车牌", "车型", "工单号", "交车时间", "服务顾问", "追加项目", "追加金额", "门店", "门店电话")


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


@dataclass(frozen=True)
class NoticeView:
    id: int
    kind: str
    channel: str
    text: str
    new_promised_at: datetime | None
    at: datetime
    by: str


@dataclass(frozen=True)
class Draft:
    """A notice composed from the shop's template, for copying or the SMS export."""

    kind: str
    text: str
    phone: str


class VisitService(Service):

    # the wash -----------------------------------------------------------------------------

    def wash_on(self) -> bool:
        """Whether a car passed by the quality check goes to the wash (a setting)."""
        with reading(self.db) as s:
            return bool(shop_settings.get(s, "wash_step") == "on")

    def washed(self, order_id: int, version: int, washer_id: int) -> WorkOrderDetail:
        """The car is washed (who, when): it is ready for its customer."""
        self.require("orders.work")
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            if order.state != "washing":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This car is not at the wash.")))
            if s.get(Staff, washer_id) is None:
                raise ValidationFailed({"washer": _msg(QT_TRANSLATE_NOOP("Validation", "Who washed the car?"))})
            order.washed_by_id, order.washed_at = washer_id, utcnow()
            WorkOrderService(self.db, self.desk).record_move(order, "ready", "")
            s.flush()
            return order_detail(s, order)

    # a car that leaves unrepaired -----------------------------------------------------------

    def release(self, order_id: int, version: int, reason: str, *, fee: Decimal | str | None = None,
                waive: bool = False) -> WorkOrderDetail:
        """The customer declined the estimate, or the fault was not found: the car leaves
        unrepaired.  The work not done is declined, the diagnosis fee (the shop's, or
        ``fee``) is the one line to invoice; waiving it is a manager's decision."""
        self.require("orders.release")
        reason = clean(reason)
        if not reason:
            raise ValidationFailed({"reason": _msg(QT_TRANSLATE_NOOP("Validation", "Say why the car leaves unrepaired."))})
        amount: Decimal | None = None
        if fee is not None and str(fee).strip() != "":
            try:
                amount = Decimal(str(fee).strip().replace(",", ""))
            except InvalidOperation:
                raise ValidationFailed({"fee": _msg(QT_TRANSLATE_NOOP("Validation", "Enter a number."))}) from None
            problem = limits.problem(amount, "unit_price")
            if problem is not None:
                raise ValidationFailed({"fee": problem})
        with self.refusals_audited(), writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            problem_ = move_problem(order.state, "released")
            if problem_ is not None:
                raise Refused(problem_)
            papers = papers_problem(order.documents_in, order.documents_returned_at is not None)
            if papers is not None:
                raise Refused(papers)
            out = [x for x in order.lines if x.issued_qty > x.returned_qty]
            if out:
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "Parts were issued to this car ({part}): take them back before it leaves "
                    "unrepaired."), part=out[0].description))
            standard = Decimal(shop_settings.get(s, "diagnosis_fee"))
            charge = standard if amount is None else amount
            if waive or charge < standard:
                order.fee_waived_by = self.allowed_by("orders.waive_fee")[:64]
                charge = Decimal(0) if waive else charge
            for line in order.lines:
                line.approval, line.reserved_qty = "declined", Decimal(0)
                line.approved_by, line.approved_at = f"未修出厂：{self.user}"[:64], utcnow()
            orders = WorkOrderService(self.db, self.desk)
            if charge > 0:
                orders.add_line_in(s, order, "labour", FEE_TEXT, None, "", Decimal(1))
                fee_line = order.lines[-1]
                fee_line.unit_price, fee_line.amount = charge, line_amount(Decimal(1), charge)
                fee_line.approval, fee_line.additional = "approved", False
            order.release_reason = reason[:255]
            order.delivered_at = utcnow()  # the moment the car left
            orders.record_move(order, "released", reason)
            s.flush()
            audit.record(s, "order-release", "work_order", order.id, fee=str(charge), waived_by=order.fee_waived_by)
            return order_detail(s, order)

    # the papers ------------------------------------------------------------------------------

    def papers_returned(self, order_id: int, version: int, to: str) -> WorkOrderDetail:
        """The papers that came with the car are given back, signed for by ``to``."""
        self.require("orders.deliver")
        if not clean(to):
            raise ValidationFailed({"to": _msg(QT_TRANSLATE_NOOP("Validation", "Who took the papers?"))})
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            if not order.documents_in:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "No papers were taken in with this car.")))
            order.documents_returned_to, order.documents_returned_at = clean(to)[:64], utcnow()
            WorkOrderService(self.db, self.desk).record_note(order, "证件已归还：" + clean(to))
            s.flush()
            return order_detail(s, order)

    # telling the customer -------------------------------------------------------------------

    def draft(self, order_id: int, kind: str, new_time: datetime | None = None) -> Draft:
        """The message for this order from the shop's template."""
        if kind not in NOTICE_KINDS:
            raise NotFound("notice", kind)
        with reading(self.db) as s:
            order = s.get(WorkOrder, order_id)
            if order is None:
                raise NotFound("work order", order_id)
            detail = order_detail(s, order)
            phone = s.scalar(select(CustomerPhone.number).where(CustomerPhone.customer_id == order.customer_id)
                             .order_by(CustomerPhone.position).limit(1)) or ""
            template = str(shop_settings.get(s, f"template_notice_{kind}"))
            when = new_time or detail.promised_at
            values = {
                "客户": detail.customer_name, "车牌": detail.plate, "车型": detail.vehicle, "工单号": detail.number,
                "交车时间": when.astimezone().strftime("%m-%d %H:%M") if when else "",
                "服务顾问": detail.advisor,
                "追加项目": "、".join(x.description for x in detail.lines if x.approval == "pending"),
                "追加金额": f"{detail.pending.total:.2f}",
                "门店": str(shop_settings.get(s, "shop_name")), "门店电话": str(shop_settings.get(s, "shop_phone")),
            }
            return Draft(kind, fill(template, values), phone)

    def tell(self, order_id: int, kind: str, text: str, channel: str = "wechat",
             new_promised_at: datetime | None = None) -> NoticeView:
        """Log that the customer was told: the text as sent, how, by whom.  Telling them the
        repair takes longer sets the new promised time (the board stops flagging it)."""
        self.require("orders.reception")
        errors: dict[str, Message] = {}
        if kind not in NOTICE_KINDS:
            errors["kind"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose what the customer is told."))
        if channel not in CHANNELS:
            errors["channel"] = _msg(QT_TRANSLATE_NOOP("Validation", "How was the customer told?"))
        if not clean(text):
            errors["text"] = _msg(QT_TRANSLATE_NOOP("Validation", "The message is empty."))
        if kind == "delayed" and (new_promised_at is None or new_promised_at <= utcnow()):
            errors["new_promised_at"] = _msg(QT_TRANSLATE_NOOP("Validation", "Give the new time, later than now."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            order = s.get(WorkOrder, order_id)
            if order is None:
                raise NotFound("work order", order_id)
            if order.state in CLOSED:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This order is closed: the car has left.")))
            notice = OrderNotice(work_order_id=order.id, kind=kind, channel=channel, text=text.strip()[:2000],
                                 new_promised_at=new_promised_at if kind == "delayed" else None, by=self.user)
            s.add(notice)
            if kind == "delayed":
                order.promised_at = new_promised_at
                order.updated_at, order.updated_by = utcnow(), self.user
            s.flush()
            audit.record(s, "order-notice", "work_order", order.id, kind=kind, channel=channel)
            return self._view(notice)

    def notices(self, order_id: int) -> list[NoticeView]:
        with reading(self.db) as s:
            return [self._view(n) for n in s.scalars(select(OrderNotice).where(
                OrderNotice.work_order_id == order_id).order_by(OrderNotice.at, OrderNotice.id))]

    # internals ----------------------------------------------------------------------------

    @staticmethod
    def _view(n: OrderNotice) -> NoticeView:
        return NoticeView(n.id, n.kind, n.channel, n.text, n.new_promised_at, n.at, n.by)

    @staticmethod
    def _order(s: Session, order_id: int, version: int) -> WorkOrder:
        order = s.get(WorkOrder, order_id)
        if order is None:
            raise NotFound("work order", order_id)
        if order.version != version:
            raise StaleEdit()
        return order
