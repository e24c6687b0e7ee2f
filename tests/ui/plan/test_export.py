"""The «Export…» buttons of the «Action plan» page: the plan and the period's report."""

from __future__ import annotations

import openpyxl
import pytest

from hromada_desk.domain.plans import MeasureReport, MeasureStatus
from hromada_desk.storage import plans_repo
from hromada_desk.ui.plan import export as plan_export
from hromada_desk.ui.plan.page import PlanPage


@pytest.fixture
def page(qtbot, session):
    page = PlanPage(session)
    qtbot.addWidget(page)
    return page


def test_export_writes_the_plan_on_a_worker(page, monkeypatch, tmp_path):
    asked = []

    def choose(_parent, caption, suggested, filters):
        asked.append((caption, suggested, filters))
        return str(tmp_path / "план"), filters.split(";;")[0]

    monkeypatch.setattr(plan_export.QFileDialog, "getSaveFileName", choose)
    assert page.export_button.isEnabled()
    page.export_button.click()
    assert page.exporter.job is not None and page.exporter.job.wait()
    caption, suggested, filters = asked[0]
    assert caption == "Export the action plan"
    assert suggested.endswith("План дій 2023–2025.pdf") and "*.xlsx" in filters
    target = tmp_path / "план.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert page.message_line.message() == f"Saved to {target}."


def test_export_of_the_report_uses_the_selected_period(page, session, monkeypatch, tmp_path):
    measure = plans_repo.list_plans(session.cf)[0].measures[0]
    plans_repo.set_report(
        session.cf, MeasureReport(measure.id or 0, "2024-Q2", MeasureStatus.DONE, "Зроблено")
    )
    page.period_combo.setCurrentIndex(page.period_combo.findData("2024-Q2"))
    assert page.period == "2024-Q2"
    monkeypatch.setattr(
        plan_export.QFileDialog,
        "getSaveFileName",
        lambda _p, _c, _s, filters: (str(tmp_path / "звіт"), filters.split(";;")[1]),
    )
    page.export_report_button.click()
    assert page.exporter.job is not None and page.exporter.job.wait()
    book = openpyxl.load_workbook(tmp_path / "звіт.xlsx")
    first = next(book["Виконання"].iter_rows(min_row=3, values_only=True))
    assert first[5:7] == ("виконано", "Зроблено")


def test_a_write_problem_is_shown_and_a_cancel_does_nothing(page, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(plan_export, "show_error", lambda _parent, error: shown.append(error))
    monkeypatch.setattr(
        plan_export.QFileDialog,
        "getSaveFileName",
        lambda *_a: (str(tmp_path / "нема" / "x.pdf"), ""),
    )
    page.export_button.click()
    assert page.exporter.job.wait()
    assert len(shown) == 1 and "такої теки не існує" in shown[0].message
    assert page.message_line.kind == "error"
    job = page.exporter.job
    monkeypatch.setattr(plan_export.QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    page.export_report_button.click()
    assert page.exporter.job is job
