"""The declarative base and the column types every model shares.

Money is stored as integer fen and handed out as ``Decimal`` yuan; times are stored in
UTC and handed out as aware datetimes.  Neither ever passes through a float.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

FEN = Decimal("0.01")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    return datetime.now(UTC)


MAX_FEN = 10**15  # ten trillion yuan: beyond any amount the trade has, within a 64-bit integer


class Money(TypeDecorator[Decimal]):
    """CNY kept exactly: integer fen in the database, ``Decimal`` yuan in Python."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must not be a float; use Decimal or int fen")
        amount = Decimal(value)
        fen = (amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        if fen != amount * 100:
            raise ValueError(f"{amount} has fractions of a fen")
        if abs(fen) >= MAX_FEN:  # the services keep amounts far below; this is the last guard
            raise ValueError(f"{amount} is out of range for an amount of money")
        return int(fen)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-2)  # exact, two places (as quantize(FEN) gives), and cheap


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored in UTC.  A naive value is refused, not guessed at."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class AuditMixin:
    """Who made a row and who changed it last, and when."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="admin")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="admin")


class VersionedMixin:
    """Optimistic concurrency: a save with a stale version is refused, nothing overwritten."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


__all__ = ["FEN", "AuditMixin", "Base", "Money", "UTCDateTime", "VersionedMixin", "utcnow"]
