"""Spin boxes show numbers by the documents' rule and read them typed with spaces."""

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
