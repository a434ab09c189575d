"""The manager's monthly report (经营月报): the measures with their targets for the month and
the year to date, the twelve months to this one as charts, the revenue by payer and by
labour and parts, the advisors and technicians, and the receivables by age.  The charts
are ReportLab's own vector graphics (crisp on any printer, the Chinese in the embedded
font), never screenshots.

    pdf = monthly_report(doc, lang="zh_CN")
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from printing.data import MonthlyReportDoc, PersonLine
from printing.render import FONT, build, content_width, grid, money, para, register_font, styles

WORDS = {
    "zh_CN": {
        "title": "售后经营月报", "measures": "经营指标", "measure": "指标", "definition": "口径", "value": "本月",
        "target": "目标", "ytd": "本年累计", "met": "达标", "missed": "未达标", "trend": "近十二个月",
        "revenue": "产值（元，不含税）", "orders": "交车台次", "rework": "返修率（%）", "by_payer": "产值构成（元）",
        "payer": "付款方", "labour": "工时", "parts": "配件", "total": "合计", "advisors": "服务顾问",
        "technicians": "维修技师", "name": "姓名", "comebacks": "返修", "sold": "售出工时", "clocked": "打卡工时",
        "productivity": "生产率", "receivables": "应收账款账龄", "on": "截至", "d30": "0-30天", "d60": "31-60天",
        "d90": "61-90天", "d90p": "90天以上", "made": "打印时间", "period": "期间", "none": "无",
        "customer": "客户", "warranty": "厂家（索赔）", "insurance": "保险公司", "internal": "内部",
        "sign_manager": "服务经理", "sign_gm": "总经理",
        "stock": "库存周转与呆滞库存（成本，元）", "class": "类别", "all": "全部", "issued": "12个月出库",
        "average": "平均库存", "turns": "年周转次数", "end": "期末库存", "dead": "呆滞库存", "dead_parts": "呆滞品种",
    },
    "en": {
        "title": "Monthly service report", "measures": "Measures", "measure": "Measure", "definition": "Counts",
        "value": "Month", "target": "Target", "ytd": "Year to date", "met": "met", "missed": "missed",
        "trend": "The last twelve months", "revenue": "Revenue (¥, excl. VAT)", "orders": "Orders delivered",
        "rework": "Rework rate (%)", "by_payer": "Revenue by payer (¥)", "payer": "Payer", "labour": "Labour",
        "parts": "Parts", "total": "Total", "advisors": "Service advisors", "technicians": "Technicians",
        "name": "Name", "comebacks": "Comebacks", "sold": "Hours sold", "clocked": "Hours clocked",
        "productivity": "Productivity", "receivables": "Receivables by age", "on": "as of", "d30": "0-30 days",
        "d60": "31-60 days", "d90": "61-90 days", "d90p": "over 90 days", "made": "Printed", "period": "Period",
        "none": "none", "customer": "Customers", "warranty": "Manufacturer (warranty)", "insurance": "Insurers",
        "internal": "Internal", "sign_manager": "Service manager", "sign_gm": "General manager",
        "stock": "Parts turnover and dead stock (at cost, ¥)", "class": "Class", "all": "All",
        "issued": "Issued, 12 months", "average": "Average stock", "turns": "Turns a year", "end": "Stock at the end",
        "dead": "Dead stock", "dead_parts": "Dead parts",
    },
}
BLUE, ORANGE, GREY = colors.HexColor("#3949ab"), colors.HexColor("#ef6c00"), colors.HexColor("#9e9e9e")


def _words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def _month(label: str, lang: str) -> str:
    """2026-03 on a chart's axis: 3月, or Mar; January with its year, where a year begins."""
    year, _, month = label.partition("-")
    m = int(month)
    short = f"{m}月" if lang == "zh_CN" else calendar.month_abbr[m]
    return f"{year[2:]}/{short}" if m == 1 else short


def _mark(meets: bool | None, w: dict[str, str]) -> str:
    return "" if meets is None else ("✓ " + w["met"]) if meets else ("✗ " + w["missed"])


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(0, height - 10, text, fontName=FONT, fontSize=9))


def _axis_font(chart: VerticalBarChart | HorizontalBarChart | HorizontalLineChart, size: float = 7) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = size


def bars(title: str, labels: Sequence[str], values: Sequence[float], width: float, height: float = 52 * mm,
         colour: colors.Color = BLUE) -> Drawing:
    """A column per month (or per person), the title above."""
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 36, 18, width - 44, height - 34
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colour
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    _axis_font(chart)
    drawing.add(chart)
    return drawing


def line(title: str, labels: Sequence[str], values: Sequence[Decimal | None], target: Decimal | None,
         width: float, height: float = 52 * mm) -> Drawing:
    """A rate over the months, the target as a grey line; a month with nothing to count over
    is left out, not drawn as zero."""
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 36, 18, width - 44, height - 34
    points = [float(v) if v is not None else None for v in values]
    data = [points or [0]]
    if target is not None:
        data.append([float(target)] * max(len(points), 1))
    chart.data = data
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.valueAxis.valueMin = 0
    chart.lines[0].strokeColor = ORANGE
    chart.lines[0].strokeWidth = 1.5
    if target is not None:
        chart.lines[1].strokeColor = GREY
        chart.lines[1].strokeDashArray = (3, 2)
    _axis_font(chart)
    drawing.add(chart)
    return drawing


def stacked(title: str, labels: Sequence[str], series: Sequence[Sequence[float]], names: Sequence[str],
            width: float, height: float = 52 * mm) -> Drawing:
    """A horizontal bar per payer, labour and parts stacked, with a legend."""
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 92, 26, width - 104, height - 44
    chart.data = [list(s) for s in series] if labels else [[0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    for i, colour in enumerate((BLUE, ORANGE)[:len(chart.data)]):
        chart.bars[i].fillColor = colour
    chart.bars.strokeColor = None
    _axis_font(chart)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 92, 10
    legend.fontName, legend.fontSize = FONT, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = list(zip((BLUE, ORANGE), names, strict=False))
    drawing.add(legend)
    return drawing


def _people(rows: Sequence[PersonLine], technicians: bool, width: float, w: dict[str, str],
            st: dict[str, ParagraphStyle]) -> Table:
    if technicians:
        head = [w["name"], w["orders"], w["sold"], w["clocked"], w["productivity"], w["comebacks"]]
        body = [[p.name, str(p.orders), f"{p.hours_sold:.1f}", f"{p.hours_clocked:.1f}",
                 f"{p.hours_sold / p.hours_clocked * 100:.0f} %" if p.hours_clocked else "—", str(p.comebacks)]
                for p in rows]
    else:
        head = [w["name"], w["orders"], w["revenue"], w["comebacks"]]
        body = [[p.name, str(p.orders), money(p.revenue), str(p.comebacks)] for p in rows]
    cols = len(head)
    widths = [width * 0.28] + [width * 0.72 / (cols - 1)] * (cols - 1)
    return grid([head, *body] if body else [head, [w["none"]] + [""] * (cols - 1)], widths, st,
                right=range(1, cols))


def monthly_report(doc: MonthlyReportDoc, lang: str = "zh_CN") -> bytes:
    register_font()
    w = _words(lang)
    st = styles(8.5)
    width = content_width()
    story: list[Flowable] = [para(f"{w['period']}: {doc.span}    {w['made']}: {doc.made}", st["small"]),
                             Spacer(1, 2 * mm), para(w["measures"], st["h"])]
    rows: list[list[object]] = [[w["measure"], w["definition"], w["value"], w["target"], "", w["ytd"], ""]]
    for f in doc.figures:
        rows.append([f.name, f.definition, f.value, f.target, _mark(f.meets, w), f.year_to_date,
                     _mark(f.year_meets, w)])
    table = grid(rows, [width * x for x in (0.15, 0.22, 0.14, 0.11, 0.11, 0.15, 0.12)], st, right=(2, 3, 5))
    misses = [("TEXTCOLOR", (c, r), (c, r), colors.HexColor("#c62828"))
              for r, f in enumerate(doc.figures, 1) for c, ok in ((4, f.meets), (6, f.year_meets)) if ok is False]
    if misses:
        table.setStyle(TableStyle(misses))
    story += [table, Spacer(1, 4 * mm), para(w["trend"], st["h"])]
    half = (width - 6 * mm) / 2
    months = [_month(m, lang) for m in doc.months]
    charts = Table([[bars(w["revenue"], months, [float(v) for v in doc.revenue], half),
                     bars(w["orders"], months, [float(v) for v in doc.orders], half, colour=ORANGE)],
                    [line(w["rework"], months, doc.rework, doc.rework_target, half),
                     stacked(w["by_payer"], [w.get(p, p) for p, _, _ in doc.payers],
                             [[float(lab) for _, lab, _ in doc.payers], [float(par) for _, _, par in doc.payers]],
                             [w["labour"], w["parts"]], half)]],
                   colWidths=[half + 3 * mm, half + 3 * mm])
    charts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [charts, Spacer(1, 2 * mm)]
    payer_rows: list[list[object]] = [[w["payer"], w["labour"], w["parts"], w["total"]]]
    payer_rows += [[w.get(p, p), money(lab), money(par), money(lab + par)] for p, lab, par in doc.payers]
    total_l = sum((lab for _, lab, _ in doc.payers), Decimal(0))
    total_p = sum((par for _, _, par in doc.payers), Decimal(0))
    payer_rows.append([w["total"], money(total_l), money(total_p), money(total_l + total_p)])
    story.append(KeepTogether([para(w["by_payer"], st["h"]),
                               grid(payer_rows, [width * 0.4, width * 0.2, width * 0.2, width * 0.2], st,
                                    right=(1, 2, 3))]))
    story += [Spacer(1, 4 * mm), KeepTogether([para(w["advisors"], st["h"]),
                                               _people(doc.advisors, False, width, w, st)])]
    if doc.advisors:
        story.append(bars(w["revenue"], [p.name for p in doc.advisors], [float(p.revenue) for p in doc.advisors],
                          width, 45 * mm))
    story += [Spacer(1, 4 * mm), KeepTogether([para(w["technicians"], st["h"]),
                                               _people(doc.technicians, True, width, w, st)])]
    if doc.stock:
        stock: list[list[object]] = [[w["class"], w["issued"], w["average"], w["turns"], w["end"], w["dead"],
                                      w["dead_parts"]]]
        stock += [[s.abc_class or w["all"], money(s.issued), money(s.average), s.turns, money(s.stock),
                   money(s.dead), str(s.dead_parts)] for s in doc.stock]
        story += [Spacer(1, 4 * mm), KeepTogether([para(w["stock"], st["h"]), grid(
            stock, [width * 0.1] + [width * 0.15] * 6, st, right=range(1, 7))])]
    owed: list[list[object]] = [[w["payer"], w["d30"], w["d60"], w["d90"], w["d90p"], w["total"]]]
    for payer, *buckets in doc.receivables:
        owed.append([w.get(payer, payer), *(money(b) for b in buckets), money(sum(buckets, Decimal(0)))])
    if len(owed) == 1:
        owed.append([w["none"], "", "", "", "", ""])
    story += [Spacer(1, 4 * mm), KeepTogether([
        para(f"{w['receivables']}（{w['on']} {doc.receivables_on}）" if lang == "zh_CN"
             else f"{w['receivables']} ({w['on']} {doc.receivables_on})", st["h"]),
        grid(owed, [width * 0.25] + [width * 0.15] * 5, st, right=(1, 2, 3, 4, 5))])]
    return build(story, title=w["title"], number=doc.period, shop=doc.shop.name, lang=lang, logo=doc.shop.logo)

