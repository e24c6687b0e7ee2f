"""The meeting's documents from the command line: the protocol's warning when its decision
contradicts the calculation, the extract of one item, the notice of the meeting."""

from __future__ import annotations

from tests.test_cli import run


def test_the_protocol_warns_when_its_decision_contradicts_the_calculation(demo_path,
                                                                           tmp_path):
    code, out, err = run("protocol", str(demo_path), "--meeting", "1/2023",
                         "-o", str(tmp_path / "п.pdf"))
    assert code == 0 and "збережено" in out
    lines = err.splitlines()
    assert len(lines) == 2  # the counselling service in 2022 and in 2023
    for year, line in zip((2022, 2023), lines, strict=True):
        assert "попередження: питання 3" in line and f"за {year} рік" in line
        assert "Спеціалізована служба первинного" in line
        assert "потрібно 11, наявно 0" in line and "«відсутня потреба»" in line
