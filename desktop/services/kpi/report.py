"""The manager's monthly report (经营月报) as a printed PDF: the month's measures beside
their targets and the year to date, the twelve months to it, the revenue by payer and
kind, the advisors and technicians, and what customers, insurers and the manufacturer
owe.  The same for the window and ``servicebay report --pdf``.

    pdf = MonthlyReport(db, desk).pdf(date(2026, 11, 1), lang="zh_CN", translate=tr)
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from decimal import Decimal

from desktop.services.billing.ledger import LedgerService
from desktop.services.common.dates import add_months
from desktop.services.core.messages import Message
from desktop.services.core.service import Service
from desktop.services.documents.service import DocumentService
from desktop.services.kpi.rules.measures import (
    DAYS,
    MEASURES,
    Period,
    period,
    target_text,
    text,
    value,
)
from desktop.services.kpi.service import Figure, KpiService, PersonRow
from printing.data import KpiLine, MonthlyReportDoc, PersonLine, StockLine

Translate = Callable[[str, str], str]
PAYERS = ("customer", "warranty", "insurance", "internal")
ZERO = Decimal(0)


def _identity(_context: str, source: str) -> str:
    return source


def _person(p: PersonRow) -> PersonLine:
    return PersonLine(p.name, p.orders, p.revenue, p.comebacks, p.hours_sold, p.hours_clocked)


class MonthlyReport(Service):

    def data(self, month: date, translate: Translate = _identity) -> MonthlyReportDoc:
        kpi = KpiService(self.db, self.desk, self.clock)  # the manager's permission is checked there
        span = period("month", month)
        year = Period("year", date(span.first.year, 1, 1), span.last)
        # The year to date without the maintenance rate: the month's is the one the shop steers
        # by, and counting every car's due day over the year would double the report's time.
        # The month's maintenance rate (car by car, mostly Python) is counted in a second thread
        # while this one waits on the database for the rest: the report in about half the time.
        with ThreadPoolExecutor(max_workers=1) as pool:
            upkeep = pool.submit(kpi.maintenance_figure, span)
            ytd = {f.key: f for f in kpi.figures(year, maintenance=False)}
            figures = kpi.figures(span, maintenance=False)
            months = [period("month", add_months(span.first, -back)) for back in range(11, -1, -1)]
            trend = kpi.trend(months)
            figures.append(upkeep.result())
        order = list(MEASURES)
        figures.sort(key=lambda f: order.index(f.key))
        lines = tuple(self._line(f, ytd.get(f.key), translate) for f in figures)
        rework = MEASURES["rework_rate"]
        split = kpi.revenue_split(span)
        payers = tuple((p, split.get((p, "labour"), ZERO), split.get((p, "part"), ZERO)) for p in PAYERS
                       if split.get((p, "labour")) or split.get((p, "part")))
        today = self.clock().astimezone().date()
        owed: dict[str, list[Decimal]] = {}
        for row in LedgerService(self.db, self.desk).receivables(today):
            buckets = owed.setdefault(row.payer, [ZERO] * 4)
            for i, amount in enumerate(row.buckets):
                buckets[i] += amount
        return MonthlyReportDoc(
            shop=DocumentService(self.db, self.desk).shop(), period=span.label,
            span=f"{span.first:%Y-%m-%d} – {span.last:%Y-%m-%d}",
            made=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"), figures=lines,
            months=tuple(f"{m.first:%Y-%m}" for m in months),
            revenue=tuple(amount for _, _, amount in trend), orders=tuple(n for n, _, _ in trend),
            rework=tuple(value(rework, Decimal(back), Decimal(n)) for n, back, _ in trend),
            rework_target=rework.target,
            payers=payers, advisors=tuple(map(_person, kpi.by_advisor(span))),
            technicians=tuple(map(_person, kpi.by_technician(span))),
            receivables=tuple((p, b[0], b[1], b[2], b[3]) for p, b in sorted(owed.items(), key=lambda x: PAYERS.index(x[0])
                                                                             if x[0] in PAYERS else 9)),
            receivables_on=f"{today:%Y-%m-%d}",
            stock=tuple(StockLine(t.abc_class, t.issued, t.average, text(MEASURES["parts_turnover"], t.turns), t.stock,
                                  t.dead, t.dead_parts) for t in kpi.turnover(span)))

    def pdf(self, month: date, lang: str = "zh_CN", translate: Translate = _identity) -> bytes:
        from printing.kpi import monthly_report  # ReportLab's charts: loaded on the first print

        return monthly_report(self.data(month, translate), lang)

    @staticmethod
    def _line(f: Figure, year: Figure | None, translate: Translate) -> KpiLine:
        m = MEASURES[f.key]

        def t(source: str) -> str:
            return Message(source, {}, "KPI").render(translate)

        definition = t(m.counts) if f.denominator is None else f"{t(m.counts)} / {t(m.over)}"
        days = t(DAYS)
        target = target_text(m, f.target, days)
        return KpiLine(t(m.name), definition, text(m, f.value, days), target, f.meets,
                       text(m, year.value if year else None, days), year.meets if year else None)
