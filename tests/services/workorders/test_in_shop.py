from desktop.db import Database


def test_the_work_orders_in_the_shop_are_found_by_their_state(sqlite_db: Database) -> None:
    """The board and the parts held for the shop start from the few orders in the shop,
    whatever SQLite's statistics say (they know only the average per state)."""
    from sqlalchemy import select, text

    from desktop.models import WorkOrder
    from desktop.services.workorders.rules.workflow import IN_SHOP

    with sqlite_db.engine.connect() as conn:
        sql = str(select(WorkOrder.id).where(WorkOrder.state.in_(IN_SHOP)).compile(
            compile_kwargs={"literal_binds": True}))
        steps = " ".join(row[-1] for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
        assert "(state=?)" in steps and "SCAN" not in steps, steps  # an index led by the state

