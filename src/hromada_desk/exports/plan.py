"""Export an action plan, or its execution report for a period, to PDF or XLSX."""

from __future__ import annotations

from pathlib import Path

from hromada_desk.documents.plan import PlanReport
from hromada_desk.domain.plans import ActionPlan
from hromada_desk.errors import InputError
from hromada_desk.exports.output import write_document
from hromada_desk.exports.plan_text import plan_texts, report_texts

FORMATS = (".pdf", ".xlsx")


def check_format(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"План дій можна зберегти лише як PDF або XLSX, а не «{Path(path).name}».",
            "Вкажіть файл із розширенням .pdf або .xlsx.",
        )
    return suffix


def export_plan(
    plan: ActionPlan, path: Path, *, font_path: Path | None = None, author: str = ""
) -> Path:
    """Write the plan to ``path`` (.pdf or .xlsx) through a ``.part`` file; return the path.
    ``author`` (the community's council) goes into the document's properties."""
    path = Path(path)
    if check_format(path) == ".pdf":
        from hromada_desk.exports import fonts
        from hromada_desk.exports.reportlab_import import import_platypus

        import_platypus()  # before plan_pdf imports it
        from hromada_desk.exports.plan_pdf import render_plan

        family = fonts.register(fonts.find_serif(font_path))
        family.check_covers([*plan_texts(plan), "0123456789"])
        content = render_plan(plan, family, author)
    else:
        from hromada_desk.exports.plan_xlsx import plan_workbook

        content = plan_workbook(plan, author)
    write_document(path, content)
    return path


def export_report(
    report: PlanReport, path: Path, *, font_path: Path | None = None, author: str = ""
) -> Path:
    """Write the execution report to ``path`` (.pdf or .xlsx); return the path."""
    path = Path(path)
    plan, reports, period = report.plan, report.reports, report.period
    if check_format(path) == ".pdf":
        from hromada_desk.exports import fonts
        from hromada_desk.exports.reportlab_import import import_platypus

        import_platypus()  # before plan_pdf imports it
        from hromada_desk.exports.plan_pdf import render_report

        family = fonts.register(fonts.find_serif(font_path))
        family.check_covers(report_texts(plan, reports, period))
        content = render_report(plan, reports, period, family, author)
    else:
        from hromada_desk.exports.plan_xlsx import report_workbook

        content = report_workbook(plan, reports, period, author)
    write_document(path, content)
    return path
