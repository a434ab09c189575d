from dataclasses import dataclass

from desktop.views.shared.table_model import RIGHT, Column, RowTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    km: int | None


COLUMNS = (Column("name", "Name"), Column("km", "Odometer", align=RIGHT, fmt=lambda v: f"{v} km" if v else ""))


def test_model_is_sound_while_paging(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    data = [Row(i, f"客户{i}", i * 100 or None) for i in range(1, 451)]

    def page(last: Row | None, n: int) -> list[Row]:
        start = last.id if last else 0
        return data[start:start + n]

    model: RowTableModel[Row] = RowTableModel(COLUMNS, page(None, 200), page)
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    qtmodeltester.check(model)
    model.replace_row(0, Row(1, "改名", 5))
    assert model.data(model.index(0, 1)) == "5 km"
    model.reset([])
    assert model.rowCount() == 0 and not model.canFetchMore()
