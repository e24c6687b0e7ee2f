"""Spin boxes show numbers by the documents' rule and read them typed with spaces."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from hromada_desk.ui.common.number_spin import NumberSpinBox


def test_a_spin_box_groups_from_five_digits_and_reads_spaces(qtbot):
    spin = NumberSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(0, 1_000_000)
    spin.setValue(10000)
    assert spin.text() == "10\u00a0000"
    spin.setValue(5000)
    assert spin.text() == "5000"
    spin.lineEdit().setText("12 500")
    spin.interpretText()
    assert spin.value() == 12500


@pytest.mark.parametrize(
    ("pasted", "value"),
    [
        ("40,00\r\n", 40),  # a «Number» cell of Excel and its line break
        ("12 500,00", 12500),
        ("2,5", 7),  # a fraction: refused, the box keeps its value
        ("сорок", 7),
    ],
)
def test_a_figure_pasted_from_a_spreadsheet(qtbot, pasted, value):
    spin = NumberSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(0, 1_000_000)
    spin.setValue(7)
    spin.show()
    qtbot.waitExposed(spin)
    spin.setFocus()
    spin.lineEdit().selectAll()
    QGuiApplication.clipboard().setText(pasted)
    qtbot.keyClick(spin, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    spin.interpretText()
    assert spin.value() == value
