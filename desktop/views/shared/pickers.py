"""Finding a customer from any page: a search box and the customers it finds (reception
of a work order, a transfer, a merge; appointments next)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.services.container import Services
from desktop.services.customers.search import CustomerRow

from desktop.views.shared import common
from desktop.views.shared.table_model import Column, RowTableModel, table_view

SEARCH_COLUMNS = (
    Column("name", "Name", 160),
    Column("phones", "Phones", 150),
    Column("plates", "Plates", 150),
    Column("vehicles", "Vehicles", 200),
)



class CustomerPicker(QWidget):
    """A search box and the customers it finds; for transfer and merge."""

    picked = Signal(object)  # CustomerRow or None

    def __init__(self, services: Services, exclude_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.exclude_id = exclude_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Name, pinyin initials, phone or plate"))
        self.model: RowTableModel[CustomerRow] = RowTableModel(SEARCH_COLUMNS)
        self.table = table_view(self.model)
        layout.addWidget(self.query)
        layout.addWidget(self.table)
        self._timer = common.debounce(self, 150, self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.table.selectionModel().selectionChanged.connect(self._selection)

    def run_search(self) -> None:
        self._timer.stop()
        rows = [r for r in self.services.search.search(self.query.text()) if r.id != self.exclude_id]
        self.model.reset(rows)
        if rows:
            self.table.selectRow(0)
        else:
            self.picked.emit(None)

    def current(self) -> CustomerRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _selection(self, *_args: object) -> None:
        self.picked.emit(self.current())
