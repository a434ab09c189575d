"""The after-sales meeting's notice (会议通知: topic, time, place, agenda, posted three days
ahead) and its minutes (会议纪要: attendees, the earlier action items followed up, the cases
discussed, the decisions, the new action items with owners and due dates, signatures).

    pdf = notice(doc, "zh_CN"); pdf = minutes(doc, "zh_CN")
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.data import MeetingDoc
from printing.render import build, content_width, facts, grid, para, signatures, styles

WORDS = {
    "zh_CN": {"notice": "会议通知", "minutes": "会议纪要", "when": "时间", "place": "地点", "topic": "议题",
              "agenda": "议程", "attendees": "参会人员", "cases": "讨论案例", "decisions": "会议决定",
              "reviewed": "上次会议事项跟进", "actions": "行动事项", "action": "事项", "owner": "负责人",
              "due": "完成期限", "state": "完成情况", "note": "说明", "done": "已完成", "open": "未完成",
              "none": "无", "recorder": "记录人", "chair": "主持人", "please": "请相关人员准时参加。"},
    "en": {"notice": "Meeting notice", "minutes": "Minutes", "when": "When", "place": "Place", "topic": "Topic",
           "agenda": "Agenda", "attendees": "Attendees", "cases": "Cases discussed", "decisions": "Decisions",
           "reviewed": "Last meeting's actions", "actions": "Action items", "action": "Action", "owner": "Owner",
           "due": "Due", "state": "Done?", "note": "Note", "done": "done", "open": "not done", "none": "none",
           "recorder": "Minutes by", "chair": "Chair", "please": "Please be on time."},
}


def _head(doc: MeetingDoc, w: dict[str, str], width: float, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [facts([(w["topic"], doc.topic), (w["when"], doc.when), (w["place"], doc.place or "—")], width, st,
                  columns=1), Spacer(1, 3 * mm)]


def notice(doc: MeetingDoc, lang: str = "zh_CN") -> bytes:
    w = WORDS.get(lang, WORDS["en"])
    st = styles(10)
    width = content_width()
    story = _head(doc, w, width, st)
    story += [para(w["agenda"], st["h"]), *(para(line, st["base"]) for line in doc.agenda.splitlines() if line.strip()),
              Spacer(1, 6 * mm), para(w["please"], st["base"])]
    return build(story, title=w["notice"], number=doc.when, shop=doc.shop.name, lang=lang, logo=doc.shop.logo)


def minutes(doc: MeetingDoc, lang: str = "zh_CN") -> bytes:
    w = WORDS.get(lang, WORDS["en"])
    st = styles(9.5)
    width = content_width()
    story = _head(doc, w, width, st)
    story.append(facts([(w["attendees"], doc.attendees), (w["cases"], doc.cases or w["none"])], width, st,
                       columns=1))
    story += [para(w["reviewed"], st["h"])]
    rows: list[list[object]] = [[w["action"], w["owner"], w["state"], w["note"]]]
    rows += [[a, o, w["done"] if done == "done" else w["open"], n] for a, o, done, n in doc.reviewed] or \
        [[w["none"], "", "", ""]]
    story.append(grid(rows, [width * x for x in (0.45, 0.15, 0.12, 0.28)], st))
    story += [para(w["decisions"], st["h"]), *(para(line, st["base"]) for line in doc.decisions.splitlines()
                                                if line.strip())]
    story += [para(w["actions"], st["h"])]
    new: list[list[object]] = [[w["action"], w["owner"], w["due"]]]
    new += [list(a) for a in doc.actions] or [[w["none"], "", ""]]
    story += [grid(new, [width * x for x in (0.6, 0.2, 0.2)], st), Spacer(1, 8 * mm),
              signatures([w["chair"], w["recorder"]], width * 0.6, st, lang)]
    return build(story, title=w["minutes"], number=doc.when, shop=doc.shop.name, lang=lang, logo=doc.shop.logo)
