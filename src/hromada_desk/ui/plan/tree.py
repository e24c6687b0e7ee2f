"""An action plan as a tree (sections › goals › measures), with each measure's execution status
for one reporting period, and the periods a plan is reported on."""

from __future__ import annotations

import datetime as dt
import enum
import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from hromada_desk.domain.parsing import one_line
from hromada_desk.domain.plans import (
    ActionPlan,
    MeasureReport,
    MeasureStatus,
    PlanGoal,
    PlanMeasure,
    PlanSection,
)
from hromada_desk.ui.common.i18n import fill

Index: TypeAlias = QModelIndex | QPersistentModelIndex
Record: TypeAlias = PlanSection | PlanGoal | PlanMeasure

# Colour and text together: the status stays readable for people who do not tell red from green.
STATUS_COLOURS = {
    MeasureStatus.DONE: "#2e7d32",
    MeasureStatus.IN_PROGRESS: "#1565c0",
    MeasureStatus.NOT_DONE: "#c62828",
    MeasureStatus.NOT_STARTED: "#9e9e9e",
}
QUARTERS = (1, 2, 3, 4)


# -- reporting periods -----------------------------------------------------------------------


def plan_periods(plan: ActionPlan) -> list[str]:
    """«2023», «2023-Q1» … «2023-Q4», «2024» …: each year of the plan, then its quarters."""
    periods = []
    for year in range(plan.period_start, plan.period_end + 1):
        periods.append(str(year))
        periods.extend(f"{year}-Q{quarter}" for quarter in QUARTERS)
    return periods


def default_period(plan: ActionPlan, today: dt.date | None = None) -> str:
    """This year if the plan covers it, otherwise the plan's nearest year."""
    year = (today or dt.date.today()).year
    return str(min(max(year, plan.period_start), plan.period_end))


def period_label(period: str) -> str:
    """«2024» as it is; «2024-Q1» as «2024, quarter 1» in the interface's language."""
    year, _, quarter = period.partition("-Q")
    if not quarter:
        return year
    return fill(QCoreApplication.translate("PlanPeriod", "%1, quarter %2"), year, quarter)


def status_icon(status: MeasureStatus) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATUS_COLOURS[status]))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


# -- the tree --------------------------------------------------------------------------------


class NodeKind(enum.Enum):
    SECTION = "section"
    GOAL = "goal"
    MEASURE = "measure"


NodeKey: TypeAlias = tuple[NodeKind, int]


@dataclass(slots=True)
class PlanNode:
    kind: NodeKind
    record: Record
    parent: int  # the parent's number in the model's node list; -1 for a section
    row: int
    children: list[int] = field(default_factory=list)

    @property
    def key(self) -> NodeKey:
        return (self.kind, self.record.id or 0)


def _nodes(plan: ActionPlan | None) -> list[PlanNode]:
    nodes: list[PlanNode] = []

    def add(kind: NodeKind, record: Record, parent: int, row: int) -> int:
        nodes.append(PlanNode(kind, record, parent, row))
        if parent >= 0:
            nodes[parent].children.append(len(nodes) - 1)
        return len(nodes) - 1

    if plan is None:
        return nodes
    for s_row, section in enumerate(plan.sections):
        s_node = add(NodeKind.SECTION, section, -1, s_row)
        for g_row, goal in enumerate(section.goals):
            g_node = add(NodeKind.GOAL, goal, s_node, g_row)
            for m_row, measure in enumerate(goal.measures):
                add(NodeKind.MEASURE, measure, g_node, m_row)
    return nodes


class PlanTreeModel(QAbstractItemModel):
    """Read-only: the page edits records through its forms and the session, then hands the
    model the plan read back from the file."""

    ITEM, STATUS = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[PlanNode] = []
        self._top: list[int] = []
        self._reports: dict[int, MeasureReport] = {}
        self._period = ""
        self._icons = {status: status_icon(status) for status in MeasureStatus}

    # -- filling -----------------------------------------------------------------------------
    def set_plan(
        self, plan: ActionPlan | None, reports: Mapping[int, MeasureReport], period: str
    ) -> None:
        """Show ``plan`` with ``reports`` (by measure id) of ``period``. When the tree keeps
        its shape (only texts or statuses changed) the rows are updated in place, so that
        the view keeps what is expanded and selected."""
        nodes = _nodes(plan)
        same_shape = [(n.key, n.parent) for n in nodes] == [(n.key, n.parent) for n in self._nodes]
        self._period = period
        if not same_shape:
            self.beginResetModel()
            self._nodes, self._reports = nodes, dict(reports)
            self._top = [i for i, n in enumerate(nodes) if n.parent < 0]
            self.endResetModel()
            return
        self._nodes, self._reports = nodes, dict(reports)
        for number, node in enumerate(nodes):
            self.dataChanged.emit(
                self.createIndex(node.row, self.ITEM, number),
                self.createIndex(node.row, self.STATUS, number),
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.STATUS, self.STATUS)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.ITEM, self.STATUS)
        if self._nodes:
            for number, node in enumerate(self._nodes):
                self.dataChanged.emit(
                    self.createIndex(node.row, self.ITEM, number),
                    self.createIndex(node.row, self.STATUS, number),
                )

    # -- finding -----------------------------------------------------------------------------
    def node(self, index: Index) -> PlanNode | None:
        if not index.isValid():
            return None
        return self._nodes[index.internalId()]

    def index_of(self, key: NodeKey, column: int = 0) -> QModelIndex:
        for number, node in enumerate(self._nodes):
            if node.key == key:
                return self.createIndex(node.row, column, number)
        return QModelIndex()

    def report(self, measure_id: int) -> MeasureReport | None:
        return self._reports.get(measure_id)

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        children = self._children(parent)
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._nodes[index.internalId()].parent
        if up < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[up].row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def _children(self, parent: Index) -> list[int]:
        if not parent.isValid():
            return self._top
        return self._nodes[parent.internalId()].children

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.ITEM:
            return self.tr("Section, goal, measure")
        if section == self.STATUS:
            if not self._period:
                return self.tr("Status")
            return fill(self.tr("Status, %1"), period_label(self._period))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if index.column() == self.ITEM:
            return self._item_data(node, role)
        return self._status_data(node, role)

    def _item_data(self, node: PlanNode, role: int) -> Any:
        record = node.record
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(record, PlanSection):
                return one_line(record.title)
            if isinstance(record, PlanGoal):
                return fill(self.tr("Goal %1. %2"), record.number, one_line(record.text))
            return f"{record.number} {one_line(record.text)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            # Rich text, so that Qt wraps a long paragraph instead of one screen-wide line.
            text = record.title if isinstance(record, PlanSection) else record.text
            return f"<p>{html.escape(one_line(text))}</p>"
        return None

    def _status_data(self, node: PlanNode, role: int) -> Any:
        record = node.record
        if isinstance(record, PlanMeasure):
            report = self._reports.get(record.id or 0)
            if role == Qt.ItemDataRole.DisplayRole:
                return report.status.label if report else ""
            if role == Qt.ItemDataRole.DecorationRole and report is not None:
                return self._icons[report.status]
            if role == Qt.ItemDataRole.ToolTipRole and report is None:
                return self.tr("Not reported for this period")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            measures = self._measures_under(node)
            if not measures:
                return None
            done = sum(
                1
                for m in measures
                if (r := self._reports.get(m.id or 0)) is not None
                and r.status is MeasureStatus.DONE
            )
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Measures done in this period, of all the measures below")
            return fill(self.tr("%1 of %2 done"), done, len(measures))
        return None

    def _measures_under(self, node: PlanNode) -> list[PlanMeasure]:
        record = node.record
        if isinstance(record, PlanGoal):
            return list(record.measures)
        if isinstance(record, PlanSection):
            return [m for goal in record.goals for m in goal.measures]
        return []
