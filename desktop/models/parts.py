"""Parts (配件): the part master, suppliers, and the stock ledger.

On-hand stock is the sum of a part's movements; nothing edits a quantity directly.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import AuditMixin, Base, Money, UTCDateTime, VersionedMixin, utcnow

EPOCH_MONDAY = datetime(1970, 1, 5, tzinfo=UTC)


def week_of(at: datetime) -> int:
    return (at.astimezone(UTC) - EPOCH_MONDAY).days // 7


MOVEMENT_KINDS = ("receipt", "issue", "return", "supplier-return", "adjustment", "write-off")


class Supplier(AuditMixin, Base):
    __tablename__ = "supplier"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    contact: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    lead_time_days: Mapped[int] = mapped_column(Integer, default=3)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Part(AuditMixin, VersionedMixin, Base):
    __tablename__ = "part"
    __table_args__ = (
        CheckConstraint("pack_size > 0", name="pack_positive"),
        CheckConstraint("min_order >= 0", name="min_order_not_negative"),
        Index("ix_part_updated_at", "updated_at"),  # the newest change, for the backup's reminder
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # OEM number
    name: Mapped[str] = mapped_column(String(120))
    brand: Mapped[str] = mapped_column(String(64), default="")
    oem: Mapped[bool] = mapped_column(Boolean, default=True)
    unit: Mapped[str] = mapped_column(String(16), default="件")
    bin: Mapped[str] = mapped_column(String(32), default="")
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("supplier.id"), default=None, index=True)
    lead_time_days: Mapped[int | None] = mapped_column(Integer, default=None)  # None: the supplier's
    pack_size: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(1))
    min_order: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(0))
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # moving average
    price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    abc_class: Mapped[str] = mapped_column(String(1), default="C")
    # Pinned by the parts clerk (safety-critical, the manufacturer's mandatory stock list):
    # the class every reclassification keeps, and why.
    abc_pinned: Mapped[str | None] = mapped_column(String(1), default=None)
    abc_pin_reason: Mapped[str] = mapped_column(String(120), default="")
    review_days: Mapped[int | None] = mapped_column(Integer, default=None)  # None: the class's
    service_level: Mapped[Decimal | None] = mapped_column(Numeric(5, 4), default=None)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012


class StockMovement(Base):
    """One change of stock.  Quantity is signed: receipts and returns in, issues out."""

    __tablename__ = "stock_movement"
    __table_args__ = (
        # Covering: on hand per part, and a part's movements by time.
        Index("ix_stock_movement_part_at", "part_id", "at", "quantity"),
        # Covering: consumption and weekly demand by part, a scan of the issues already grouped.
        Index("ix_stock_movement_kind_part", "kind", "part_id", "week", "quantity", "unit_cost"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Weeks since Monday 1970-01-05, written with the movement (movements never change):
    # demand by week is then a plain index scan, with no date arithmetic per row.
    week: Mapped[int] = mapped_column(Integer, default=lambda ctx: week_of(ctx.get_current_parameters()["at"]))
    kind: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    unit_cost: Mapped[Decimal] = mapped_column(Money)
    work_order_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_order_line.id"), default=None, index=True)
    purchase_order_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("purchase_order_line.id"), default=None, index=True)
    reason: Mapped[str] = mapped_column(String(255), default="")
    user: Mapped[str] = mapped_column(String(64), default="admin")


class PartStock(Base):
    """Per part, the ledger's running sum and its latest movement: kept by database
    triggers on ``stock_movement`` (revision 0005) in the same transaction as the movement,
    never written by the program.  The ledger stays the truth; this is its index."""

    __tablename__ = "part_stock"

    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"), primary_key=True)
    on_hand: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal(0))
    last_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class StockWeek(Base):
    """Per part, week and kind of movement: quantity, value (fen) and number of
    movements, kept by the same triggers.  ABC and the T/S review read these few
    hundred thousand rows instead of millions of movements."""

    __tablename__ = "stock_week"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012  # the key is the table: a scan reads no second b-tree

    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"), primary_key=True)
    week: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal(0))
    value_fen: Mapped[Decimal] = mapped_column(Numeric(18, 2), default=Decimal(0))
    moves: Mapped[int] = mapped_column(Integer, default=0)


class PartClassHistory(Base):
    """Each reclassification of a part, with the value it was based on."""

    __tablename__ = "part_class_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    abc_class: Mapped[str] = mapped_column(String(1))
    value: Mapped[Decimal] = mapped_column(Money)


PO_STATES = ("draft", "sent", "partly_received", "received", "closed")
PO_OPEN = ("draft", "sent", "partly_received")


class PurchaseOrder(AuditMixin, VersionedMixin, Base):
    __tablename__ = "purchase_order"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("supplier.id"), index=True)
    state: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    note: Mapped[str] = mapped_column(String(255), default="")

    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_line"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),
                      CheckConstraint("received_qty >= 0", name="received_not_negative"))

    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_order_id: Mapped[int] = mapped_column(ForeignKey("purchase_order.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    unit_cost: Mapped[Decimal] = mapped_column(Money)
    received_qty: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))


COUNT_STATES = ("open", "posted", "cancelled")


class StockCount(AuditMixin, VersionedMixin, Base):
    """A stock-take (盘点): a count sheet for some bins or classes.  Counting freezes
    nothing: each count keeps the time it was entered, and the difference is taken
    against the ledger at that time, so sales and receipts go on meanwhile."""

    __tablename__ = "stock_count"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="open", index=True)
    scope: Mapped[str] = mapped_column(String(120), default="")  # what the sheet covers, for people
    reason: Mapped[str] = mapped_column(String(255), default="")
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012


class StockCountLine(Base):
    __tablename__ = "stock_count_line"
    __table_args__ = (Index("ix_stock_count_line_part", "part_id", "counted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stock_count_id: Mapped[int] = mapped_column(ForeignKey("stock_count.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    bin: Mapped[str] = mapped_column(String(32), default="")
    expected: Mapped[Decimal] = mapped_column(Numeric(12, 2))  # on hand when the sheet was made
    counted: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    counted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    difference: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)  # as posted
