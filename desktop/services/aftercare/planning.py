"""Planning the calls inside another capability's transaction: the delivery of a work
order plans its first follow-up call (``workorders`` calls ``after_delivery``), a first
call made plans the second.  A customer who declined contact gets none."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Customer, FollowUp, Staff, StaffRole, WorkOrder
from desktop.services.aftercare.rules.schedule import (
    QUESTIONS,
    CallRules,
    first_window,
    second_window,
)
from desktop.services.common.dates import local_day
from desktop.services.system import settings as shop_settings


def call_rules(s: Session) -> CallRules:
    g = shop_settings.get
    asked = tuple(q for q in str(g(s, "followup_questions")).split() if q in QUESTIONS) or tuple(QUESTIONS)
    return CallRules(first_from=g(s, "followup_first_from"), first_by=g(s, "followup_first_by"),
                     second_from=g(s, "followup_second_from"), second_by=g(s, "followup_second_by"),
                     attempts=g(s, "followup_attempts"), low_score=g(s, "followup_low_score"), questions=asked)


def may_contact(customer: Customer | None) -> bool:
    return customer is not None and customer.consent_contact and customer.preferred_contact != "none"


def clerk(s: Session, customer: Customer | None = None) -> str:
    """Whose list a new call goes to: the customer's dedicated advisor, else the shop's
    chosen clerk, else its one information clerk, else anyone's (""). """
    if customer is not None and customer.advisor_id is not None:
        login = s.scalar(select(Staff.login).where(Staff.id == customer.advisor_id, Staff.active.is_(True)))
        if login:
            return login
    chosen = str(shop_settings.get(s, "followup_clerk")).strip()
    if chosen:
        return chosen
    logins = list(s.scalars(select(Staff.login).join(StaffRole, StaffRole.staff_id == Staff.id).where(
        StaffRole.role == "information", Staff.active.is_(True), Staff.login.is_not(None)).limit(2)))
    return logins[0] if len(logins) == 1 and logins[0] else ""


def after_delivery(s: Session, order: WorkOrder, delivered_at: datetime) -> FollowUp | None:
    """The first call for a delivered order (none when the customer declined contact, or
    when the order already has one)."""
    customer = s.get(Customer, order.customer_id)
    if not may_contact(customer):
        return None
    if s.scalar(select(FollowUp.id).where(FollowUp.work_order_id == order.id, FollowUp.round == 1)):
        return None
    start, end = first_window(local_day(delivered_at), call_rules(s))
    task = FollowUp(work_order_id=order.id, customer_id=order.customer_id, vehicle_id=order.vehicle_id, round=1,
                    due_from=start, due_by=end, assigned_to=clerk(s, customer))
    s.add(task)
    return task


def second_call(s: Session, first: FollowUp, called_on: date) -> FollowUp | None:
    if first.round != 1 or s.scalar(select(FollowUp.id).where(FollowUp.work_order_id == first.work_order_id,
                                                              FollowUp.round == 2)):
        return None
    start, end = second_window(called_on, call_rules(s))
    task = FollowUp(work_order_id=first.work_order_id, customer_id=first.customer_id, vehicle_id=first.vehicle_id,
                    round=2, due_from=start, due_by=end, assigned_to=first.assigned_to)
    s.add(task)
    return task
