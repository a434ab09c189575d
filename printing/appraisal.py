"""The appraisal form (员工绩效考核表): the month's goals and measures with their weights,
targets, what was achieved and both scores; the total, the grade (and the reason when the
manager set another than the score's), an appeal and its outcome; and three boxes for the
employee, the direct manager and the manager's own manager to sign.

    pdf = appraisal_form(doc, lang="zh_CN")
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.data import AppraisalDoc
from printing.render import build, content_width, facts, grid, para, signatures, styles

WORDS = {
    "zh_CN": {"title": "员工绩效考核表", "name": "姓名", "role": "岗位", "month": "考核月份", "window": "评分时间",
              "probation": "试用期（不评级）", "item": "目标 / 指标", "weight": "权重", "target": "目标值",
              "actual": "完成情况", "self": "自评", "manager": "上级评分", "total": "合计", "score": "最终得分",
              "grade": "等级", "adjusted": "等级调整说明", "appeal": "申诉", "outcome": "处理结果",
              "employee": "员工签字", "direct": "直接上级签字", "head": "上级主管签字", "signed": "已签：",
              "bands": "等级标准：A ≥ 120，B ≥ 105，C ≥ 90，D ≥ 70，E < 70（分数恰在分数线上取较高等级）"},
    "en": {"title": "Staff appraisal", "name": "Name", "role": "Job", "month": "Month", "window": "Scored",
           "probation": "On probation (not graded)", "item": "Goal or measure", "weight": "Weight",
           "target": "Target", "actual": "Achieved", "self": "Self", "manager": "Manager", "total": "Total",
           "score": "Score", "grade": "Grade", "adjusted": "Grade adjusted", "appeal": "Appeal",
           "outcome": "Outcome", "employee": "Employee", "direct": "Direct manager", "head": "Manager's manager",
           "signed": "Signed: ", "bands": "Grades: A ≥ 120, B ≥ 105, C ≥ 90, D ≥ 70, E < 70 (an edge takes "
                                          "the higher grade)"},
}


def appraisal_form(doc: AppraisalDoc, lang: str = "zh_CN") -> bytes:
    w = WORDS.get(lang, WORDS["en"])
    st = styles(9)
    width = content_width()
    story: list[Flowable] = [facts([(w["name"], doc.name), (w["role"], doc.role), (w["month"], doc.month),
                                    (w["window"], doc.window)], width, st), Spacer(1, 3 * mm)]
    if doc.probation:
        story += [para(w["probation"], st["h"]), Spacer(1, 2 * mm)]
    rows: list[list[object]] = [[w["item"], w["weight"], w["target"], w["actual"], w["self"], w["manager"]]]
    rows += [[i.text, str(i.weight), i.target, i.actual, i.self_points, i.manager_points] for i in doc.items]
    rows.append([w["total"], str(sum(i.weight for i in doc.items)), "", "", doc.self_total, doc.manager_total])
    story.append(grid(rows, [width * x for x in (0.36, 0.08, 0.14, 0.14, 0.14, 0.14)], st,
                      right=(1, 4, 5)))
    story += [Spacer(1, 3 * mm), facts([(w["score"], doc.score or "—"), (w["grade"], doc.grade or "—")], width, st)]
    if doc.grade_note:
        story.append(facts([(w["adjusted"], doc.grade_note)], width, st, columns=1))
    if doc.appeal:
        story.append(facts([(w["appeal"], doc.appeal), (w["outcome"], doc.appeal_outcome or "—")], width, st,
                           columns=1))
    story += [Spacer(1, 2 * mm), para(w["bands"], st["small"]), Spacer(1, 6 * mm)]
    labels = [w["employee"], w["direct"], w["head"]]
    story.append(signatures([f"{label}  {w['signed'] + who if who else ''}" for label, who in
                             zip(labels, doc.signed, strict=True)], width, st, lang))
    return build(story, title=w["title"], number=f"{doc.month} {doc.name}", shop=doc.shop.name, lang=lang,
                 logo=doc.shop.logo)
