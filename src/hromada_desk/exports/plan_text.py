"""What an action plan and its execution report say, shared by the PDF and the workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from hromada_desk import APP_NAME, __version__
from hromada_desk.documents.metadata import Metadata
from hromada_desk.domain.plans import (
    ActionPlan,
    MeasureReport,
    MeasureStatus,
    PlanGoal,
    PlanMeasure,
    PlanSection,
)
from hromada_desk.domain.typography import plain_text

PLAN_COLUMNS = (
    "Цілі (конкретна, вимірювана, досяжна, актуальна, обмежена терміном). Індикатори досягнення",
    "Заходи, необхідні для досягнення цілей в громаді",
    "Координатор заходів і залучені суб’єкти",
    "Строк виконання",
    "Джерела необхідних ресурсів (по кожному із залучених суб’єктів): наявні та можливі",
)
REPORT_COLUMNS = (
    "Захід",
    "Координатор заходів і залучені суб’єкти",
    "Стан виконання",
    "Що зроблено",
    "Витрачено коштів, грн",
)
NOT_REPORTED = "звіту немає"
STATUS_ORDER = (
    MeasureStatus.DONE,
    MeasureStatus.IN_PROGRESS,
    MeasureStatus.NOT_DONE,
    MeasureStatus.NOT_STARTED,
)
SUMMARY_COLUMNS = ("Розділ плану", *(s.label for s in STATUS_ORDER), NOT_REPORTED, "Усього")
TOTAL = "Усього"
SIGNATURE_LINE = "________________"
PLAN_PREFIX = "План дій"
_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}


def one_line(text: str) -> str:
    """Whitespace (line ends, tabs) collapsed, control characters dropped."""
    return " ".join("".join(ch if ch >= " " or ch in "\n\t" else " " for ch in text).split())


def paragraphs(text: str) -> list[str]:
    """The text's own lines (a manual line break pasted from Word ends one too), each on one
    line, empty ones dropped."""
    lines = plain_text(text).replace("\r", "\n").split("\n")
    return [one_line(line) for line in lines if line.strip()]


def title_lines(plan: ActionPlan) -> list[str]:
    """«План дій» on a line of its own, then the rest of the title, as the seed sets it."""
    title = one_line(plan.title) or PLAN_PREFIX
    if title.startswith(PLAN_PREFIX + " ") and len(title) > len(PLAN_PREFIX) + 1:
        return [PLAN_PREFIX, title[len(PLAN_PREFIX) + 1 :]]
    return [title]


def approval_text(plan: ActionPlan) -> str:
    """«Додаток до рішення … від 01.02.2023 № 12»; empty when the plan has no approval."""
    if not plan.approved_by.strip():
        return ""
    text = "Додаток до " + one_line(plan.approved_by)
    if plan.approved_date is not None:
        text += f" від {plan.approved_date:%d.%m.%Y}"
    if plan.approved_number.strip():
        text += f" № {one_line(plan.approved_number)}"
    return text


def section_heading(section: PlanSection) -> tuple[str, str]:
    """(«Політика.», the statement of the desired state)."""
    title = one_line(section.title)
    if title and title[-1] not in ".:!?":
        title += "."
    return title, one_line(section.statement)


def goal_heading(goal: PlanGoal) -> str:
    return f"Ціль {goal.number}."


def goal_indicators(goal: PlanGoal) -> str:
    text = one_line(goal.indicators)
    return f"Індикатори досягнення: {text}" if text else ""


def measure_number(measure: PlanMeasure) -> str:
    """«1.1.» as the seed numbers a measure."""
    number = one_line(measure.number)
    return number + "." if number and not number.endswith(".") else number


def measure_label(measure: PlanMeasure) -> str:
    return " ".join(x for x in (measure_number(measure), one_line(measure.text)) if x)


def parties(measure: PlanMeasure) -> list[str]:
    """The coordinator, then the involved subjects, each a paragraph."""
    return paragraphs(measure.coordinator) + paragraphs(measure.involved)


def signatory(plan: ActionPlan) -> tuple[str, str]:
    return one_line(plan.signatory_position), one_line(plan.signatory_name)


def plan_texts(plan: ActionPlan) -> list[str]:
    """Every text the plan's document prints (for the font's glyph check)."""
    texts = [
        *title_lines(plan),
        approval_text(plan),
        *PLAN_COLUMNS,
        *signatory(plan),
        SIGNATURE_LINE,
    ]
    for section in plan.sections:
        texts += section_heading(section)
        for goal in section.goals:
            texts += [goal_heading(goal), goal.text, goal_indicators(goal)]
            for m in goal.measures:
                texts += [measure_label(m), *parties(m), m.deadline, m.funding]
    texts += [f"{f.marker} {f.text}" for f in plan.footnotes]
    return texts


def plan_metadata(
    plan: ActionPlan, subject: str = "", author: str = "", title: str = ""
) -> Metadata:
    """The document's date comes from the plan (its approval, else its first year); its
    author is the community's council; ``title`` is the report's own (a plan's is its
    title)."""
    day = plan.approved_date or dt.date(plan.period_start, 1, 1)
    return Metadata(
        title=title or one_line(plan.title),
        author=one_line(author),
        subject=subject or one_line(plan.title),
        creator=f"{APP_NAME} {__version__}",
        language="uk-UA",
        moment=dt.datetime.combine(day, dt.time()),
    )


def footnote_lines(plan: ActionPlan) -> list[str]:
    """«* Відповідальні суб’єкти …» as the plan and its report print them."""
    return [one_line(f"{f.marker} {f.text}") for f in plan.footnotes]


# -- execution report ------------------------------------------------------------------------


def period_words(period: str) -> str:
    """«2024 рік», «I квартал 2024 року»."""
    year, _, quarter = period.partition("-Q")
    if quarter:
        return f"{_QUARTERS[int(quarter)]} квартал {year} року"
    return f"{year} рік"


def plan_genitive(title: str) -> str:
    """«План дій …» → «Плану дій …» (after «Звіт про виконання»); another title is named
    as a plan: «плану дій «…»»."""
    title = one_line(title)
    if title.startswith(PLAN_PREFIX):
        return "Плану" + title[len("План") :]
    return f"плану дій «{title}»" if title else "плану дій"


def report_title(plan: ActionPlan, period: str) -> list[str]:
    return ["Звіт про виконання", f"{plan_genitive(plan.title)} за {period_words(period)}"]


def report_name(plan: ActionPlan, period: str) -> str:
    """The report's title on one line (its PDF's and workbook's title)."""
    return " ".join(report_title(plan, period))


def status_text(report: MeasureReport | None) -> str:
    return report.status.label if report is not None else NOT_REPORTED


def money(value: float | None) -> str:
    """«12 345,50» (no-break space between thousands); empty for no figure."""
    if value is None:
        return ""
    return f"{value:,.2f}".replace(",", "\u00a0").replace(".", ",")


@dataclass(slots=True)
class StatusCounts:
    counts: dict[str, int] = field(default_factory=dict)  # status value or "" → number
    spent: float | None = None  # None: no report says what was spent (not «0,00»)

    def add(self, report: MeasureReport | None) -> None:
        key = report.status.value if report is not None else ""
        self.counts[key] = self.counts.get(key, 0) + 1
        if report is not None and report.money_spent is not None:
            self.spent = (self.spent or 0.0) + report.money_spent

    def of(self, status: MeasureStatus | None) -> int:
        return self.counts.get(status.value if status is not None else "", 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def row(self) -> list[int]:
        """Done, in progress, not done, not started, not reported, total."""
        return [*(self.of(s) for s in STATUS_ORDER), self.of(None), self.total]


@dataclass(slots=True)
class ExecutionRow:
    section: PlanSection
    goal: PlanGoal
    measure: PlanMeasure
    report: MeasureReport | None


def execution_rows(
    plan: ActionPlan, reports: Mapping[int, MeasureReport]
) -> Iterator[ExecutionRow]:
    for section in plan.sections:
        for goal in section.goals:
            for measure in goal.measures:
                yield ExecutionRow(section, goal, measure, reports.get(measure.id or 0))


def summary(
    plan: ActionPlan, reports: Mapping[int, MeasureReport]
) -> tuple[list[tuple[str, StatusCounts]], StatusCounts]:
    """Counts per section (by its title) and in total."""
    total = StatusCounts()
    rows: list[tuple[str, StatusCounts]] = []
    for section in plan.sections:
        counts = StatusCounts()
        for goal in section.goals:
            for measure in goal.measures:
                report = reports.get(measure.id or 0)
                counts.add(report)
                total.add(report)
        rows.append((section_heading(section)[0].rstrip("."), counts))
    return rows, total


def report_texts(plan: ActionPlan, reports: Mapping[int, MeasureReport], period: str) -> list[str]:
    texts = [
        *report_title(plan, period),
        *REPORT_COLUMNS,
        *SUMMARY_COLUMNS,
        TOTAL,
        NOT_REPORTED,
        *(s.label for s in STATUS_ORDER),
        "0123456789,\u00a0",
        *footnote_lines(plan),
        *signatory(plan),
        SIGNATURE_LINE,
    ]
    for row in execution_rows(plan, reports):
        texts += [
            *section_heading(row.section),
            goal_heading(row.goal),
            row.goal.text,
            measure_label(row.measure),
            *parties(row.measure),
        ]
        if row.report is not None:
            texts.append(row.report.done)
    return texts
