"""A year of after-care for the demo shop and the benchmark's big shop: every delivery's
follow-up calls (about 85 % reached, some on a second or third try, a few unreachable;
scores mostly 4 and 5), the second calls, inbound calls and reminder letters, and
complaints from 1 to 3 % of deliveries in every state, a few past their deadline.  The
last days' deliveries leave calls on today's list.  Written in bulk."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.models import (
    Complaint,
    ComplaintAction,
    ComplaintOrder,
    Customer,
    FollowUp,
    NumberSequence,
    WorkOrder,
)
from desktop.models.aftercare import Contact
from desktop.services.aftercare.rules.complaints import report_by
from desktop.services.aftercare.rules.schedule import (
    QUESTIONS,
    CallRules,
    first_window,
    next_try,
    second_window,
)
from desktop.services.common.workdays import add_working_days
from desktop.services.system.calendar import load

CLERK, MANAGER = "wu", "zheng"
SAYINGS_GOOD = ("很满意，师傅很专业", "服务不错", "挺好的，下次还来", "满意", "车洗得很干净", "价格合理")
SAYINGS_BAD = ("等了太久，比说好的晚了两个小时", "保养完机油灯还亮", "收费比预估的高", "车里有烟味",
               "异响还在", "前台态度不好")
CATEGORIES = ("time", "quality", "price", "other", "quality", "attitude")
SCORE_WEIGHTS = ((5, 60), (4, 28), (3, 8), (2, 3), (1, 1))


def _scores(rng: random.Random, bad: bool) -> dict[str, int | None]:
    values, weights = zip(*SCORE_WEIGHTS, strict=True)
    out: dict[str, int | None] = {}
    for q in QUESTIONS:
        score = rng.choices(values, weights)[0]
        out[q] = min(score, rng.choice((1, 2))) if bad and q in ("quality", "timeliness") else score
    return out


def _at(day: Any, hour: float, rng: random.Random) -> datetime:
    local = datetime.combine(day, time(int(hour), rng.randrange(60))).astimezone()
    return local.astimezone(UTC)


def write_aftercare(s: Session, rng: random.Random, now: datetime) -> dict[str, int]:
    rules = CallRules()
    cal = load(s)
    consent = {cid for cid, ok in s.execute(select(Customer.id, Customer.consent_contact)) if ok}
    delivered = s.execute(select(WorkOrder.id, WorkOrder.customer_id, WorkOrder.vehicle_id, WorkOrder.delivered_at)
                          .where(WorkOrder.state == "delivered", WorkOrder.delivered_at >= now - timedelta(days=366))
                          .order_by(WorkOrder.delivered_at)).all()
    today = now.astimezone().date()
    tasks: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    complaints: list[dict[str, Any]] = []
    next_task = (s.scalar(select(FollowUp.id).order_by(FollowUp.id.desc()).limit(1)) or 0) + 1
    next_contact = (s.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1)) or 0) + 1

    def contact(**values: Any) -> int:
        nonlocal next_contact
        values.setdefault("topic", "")
        for q in QUESTIONS:
            values.setdefault(q, None)
        contacts.append({"id": next_contact, "by": CLERK, **values})
        next_contact += 1
        return next_contact - 1

    for oid, cid, vid, at in delivered:
        if cid not in consent or at is None:
            continue
        start, end = first_window(at.astimezone().date(), rules)
        rounds = [(1, start, end)]
        call_day = start + timedelta(days=rng.randrange(0, (end - start).days + 1))
        for round_, due_from, due_by in rounds:
            task: dict[str, Any] = {"id": next_task, "work_order_id": oid, "customer_id": cid, "vehicle_id": vid, "round": round_,
                    "due_from": due_from, "due_by": due_by, "next_try_at": None, "state": "open", "attempts": 0,
                    "assigned_to": CLERK, "closed_at": None, "created_at": at}
            next_task += 1
            tasks.append(task)
            yesterdays = at.astimezone().date() == today - timedelta(days=1)  # always some for today's list
            if call_day > today or (call_day == today and (yesterdays or rng.random() < 0.6)):
                continue  # still on the list (today's calls, some of them overdue)
            when = _at(call_day, rng.choice((9.5, 10.5, 14.5, 15.5, 16.5)), rng)
            if when > now:
                continue  # later today: still on the list
            for attempt in range(1, rules.attempts + 1):
                reached = rng.random() < 0.7
                bad = reached and rng.random() < 0.03
                scores = _scores(rng, bad) if reached else {}
                saying = rng.choice(SAYINGS_BAD) if bad else rng.choice(SAYINGS_GOOD) if reached else ""
                contact_id = contact(kind="followup", at=when, customer_id=cid, vehicle_id=vid, work_order_id=oid,
                                     follow_up_id=task["id"], reached=reached, notes=saying, **scores)
                task["attempts"] = attempt
                if reached:
                    task.update(state="done", closed_at=when)
                    if bad:
                        complaints.append({"customer_id": cid, "vehicle_id": vid, "order_id": oid, "at": when,
                                           "channel": "followup", "contact_id": contact_id,
                                           "category": CATEGORIES[SAYINGS_BAD.index(saying)], "text": saying})
                    break
                if attempt == rules.attempts:
                    task.update(state="unreachable", closed_at=when)
                    break
                when = next_try(when.astimezone()).astimezone(UTC)
                if when > now:
                    task.update(next_try_at=when)
                    break
            if task["state"] in ("done", "unreachable") and round_ == 1 and rng.random() < 0.8:
                first_day = task["closed_at"].astimezone().date()
                f2, t2 = second_window(first_day, rules)
                if f2 <= today:
                    day2 = f2 + timedelta(days=rng.randrange(0, (t2 - f2).days + 1))
                    second: dict[str, Any] = {"id": next_task, "work_order_id": oid, "customer_id": cid, "vehicle_id": vid,
                              "round": 2, "due_from": f2, "due_by": t2, "next_try_at": None, "state": "open",
                              "attempts": 0, "assigned_to": CLERK, "closed_at": None, "created_at": task["closed_at"]}
                    next_task += 1
                    tasks.append(second)
                    if day2 < today:  # (a second call today is still to be made)
                        when2 = _at(day2, rng.choice((10.5, 15.5)), rng)
                        for attempt in range(1, rules.attempts + 1):
                            reached2 = rng.random() < 0.75
                            contact(kind="followup", at=when2, customer_id=cid, vehicle_id=vid, work_order_id=oid,
                                    follow_up_id=second["id"], reached=reached2,
                                    notes=rng.choice(SAYINGS_GOOD) if reached2 else "",
                                    **(_scores(rng, False) if reached2 else {}))
                            second["attempts"] = attempt
                            if reached2 or attempt == rules.attempts:
                                second.update(state="done" if reached2 else "unreachable", closed_at=when2)
                                break
                            when2 = next_try(when2.astimezone()).astimezone(UTC)
        if rng.random() < 0.01:  # a complaint by another channel
            when = at + timedelta(days=rng.randrange(1, 20))
            if when < now:
                saying = rng.choice(SAYINGS_BAD)
                complaints.append({"customer_id": cid, "vehicle_id": vid, "order_id": oid, "at": when,
                                   "channel": rng.choice(("phone", "in_person", "wechat", "hotline")),
                                   "contact_id": None, "category": CATEGORIES[SAYINGS_BAD.index(saying)],
                                   "text": saying})
        if rng.random() < 0.02:  # an inbound question, a reminder letter
            when = at + timedelta(days=rng.randrange(5, 90))
            if when < now:
                contact(kind=rng.choice(("inbound", "letter")), at=when, customer_id=cid, vehicle_id=vid,
                        work_order_id=None, follow_up_id=None, reached=True, topic="", notes="")
                last = contacts[-1]
                last["topic"] = "question" if last["kind"] == "inbound" else "reminder"
                last["notes"] = "问下次保养的时间和价格" if last["kind"] == "inbound" else "保养提醒信"
    for chunk in range(0, len(tasks), 20_000):
        s.execute(insert(FollowUp), tasks[chunk:chunk + 20_000])
    for chunk in range(0, len(contacts), 20_000):
        s.execute(insert(Contact), contacts[chunk:chunk + 20_000])
    _write_complaints(s, rng, complaints, now, cal)
    return {"follow_ups": len(tasks), "contacts": len(contacts), "complaints": len(complaints)}


def _write_complaints(s: Session, rng: random.Random, found: list[dict[str, Any]], now: datetime, cal: Any) -> None:
    today = now.astimezone().date()
    seq: dict[int, int] = {}
    rows, links, actions = [], [], []
    next_id = (s.scalar(select(Complaint.id).order_by(Complaint.id.desc()).limit(1)) or 0) + 1
    found = sorted(found, key=lambda c: c["at"])
    # The newest few are still being worked on, in every state (one past its deadline).
    recent = ((timedelta(days=8), "in_progress"), (timedelta(days=3), "resolved"), (timedelta(days=1), "told"),
              (timedelta(hours=2), "open"))
    forced: dict[int, str] = {}
    for (back, state), c in zip(recent, found[-len(recent):], strict=False):
        c["at"] = min(c["at"], now - back) if c["at"] > now - back else now - back
        forced[id(c)] = state
    found.sort(key=lambda c: c["at"])
    for c in found:
        at: datetime = c["at"]
        day = at.astimezone().date()
        year = day.year
        seq[year] = seq.get(year, 0) + 1
        deadline = add_working_days(day, 2, cal.holidays, cal.makeup)
        age = (today - day).days
        state = ("closed" if age > 10 else rng.choice(("open", "in_progress", "resolved", "closed"))
                 if age > 2 else rng.choice(("open", "in_progress")))
        state = forced.get(id(c), state)
        untold = state == "told"  # a solution found today, the customer not told yet
        state = "in_progress" if untold else state
        solved = state in ("resolved", "closed")
        done_at = min(at + timedelta(days=rng.randrange(1, 3)), now - timedelta(hours=1)) if solved else None
        row = {"id": next_id, "number": f"TS{year}-{seq[year]:04d}", "received_at": at, "channel": c["channel"],
               "customer_id": c["customer_id"], "vehicle_id": c["vehicle_id"], "contact_id": c["contact_id"],
               "category": c["category"], "severity": rng.choice(("minor", "normal", "normal", "serious")),
               "about_staff_id": None, "owner": MANAGER, "state": state, "description": c["text"],
               "report_by": report_by(day, 2), "deadline": deadline,
               "reported_at": at + timedelta(hours=rng.randrange(2, 40)) if state != "open" else None,
               "escalated_at": None, "solution": "免费返修并致歉" if solved else "", "solution_at": done_at,
               "told_at": done_at, "root_cause": "维修质量" if solved else "", "resolution":
               "已免费返修，客户认可" if solved else "", "resolved_at": done_at,
               "closed_at": done_at + timedelta(days=1) if state == "closed" and done_at else None,
               "goodwill": "免工时费" if solved and rng.random() < 0.3 else "", "goodwill_amount": 0,
               "goodwill_by": "", "comeback_order_id": None, "created_at": at, "created_by": CLERK,
               "updated_at": done_at or at, "updated_by": MANAGER, "version": 1}
        if untold:
            row.update(solution="更换新的传感器，费用由本店承担", solution_at=now - timedelta(hours=1))
        if row["goodwill"]:
            row.update(goodwill_amount=120, goodwill_by=MANAGER)
        if state in ("open", "in_progress") and deadline < today:
            row["escalated_at"] = datetime.combine(deadline + timedelta(days=1), time(8)).astimezone(UTC)
        rows.append(row)
        links.append({"complaint_id": next_id, "work_order_id": c["order_id"]})
        actions.append({"complaint_id": next_id, "at": at, "by": CLERK, "kind": "opened", "note": c["channel"]})
        if row["reported_at"]:
            actions.append({"complaint_id": next_id, "at": row["reported_at"], "by": MANAGER, "kind": "reported",
                            "note": "已报服务经理"})
        if solved and done_at:
            actions.append({"complaint_id": next_id, "at": done_at, "by": MANAGER, "kind": "state",
                            "note": "in_progress → resolved: 已免费返修，客户认可"})
        if row["closed_at"]:
            actions.append({"complaint_id": next_id, "at": row["closed_at"], "by": CLERK, "kind": "state",
                            "note": "resolved → closed: 回访确认满意"})
        if row["escalated_at"]:
            actions.append({"complaint_id": next_id, "at": row["escalated_at"], "by": "admin", "kind": "escalated",
                            "note": deadline.isoformat()})
        next_id += 1
    if rows:
        s.execute(insert(Complaint), rows)
        s.execute(insert(ComplaintOrder), links)
        s.execute(insert(ComplaintAction), actions)
    for year, last in seq.items():
        name = f"TS{year}"
        existing = s.get(NumberSequence, name)
        if existing is None:
            s.add(NumberSequence(name=name, next_value=last + 1))
        else:
            existing.next_value = max(existing.next_value, last + 1)
