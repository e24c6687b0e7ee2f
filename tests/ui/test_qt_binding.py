"""Guards against a Qt binding that breaks what every table model here relies on."""

import gc
import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class _Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "x" if role == Qt.ItemDataRole.DisplayRole else None


def test_model_data_returning_none_keeps_none_alive(qapp):
    # PySide6 6.12.0 lost a reference to None on every such call; enough calls (a few
    # thousand paints) and the interpreter aborted with «deallocating None».
    model = _Model()
    index = model.index(0, 0)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(500):
        index.data(Qt.ItemDataRole.ToolTipRole)
    gc.collect()
    assert sys.getrefcount(None) >= before - 10
