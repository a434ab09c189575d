"""Photos and documents attached to a record (a claim, a technical report, an accident
case …): checked before they are kept (a JPEG, PNG or PDF by its content, not its name,
and not too large), and kept in the database so a backup, a restore and a second
workstation carry them."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.models import Attachment
from desktop.services.common.text import clean
from desktop.services.core.errors import NotFound, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

MAX_BYTES = 5 * 1024 * 1024  # a phone photo; a scanned page
MAX_PER_RECORD = 30
KINDS = ("jpeg", "png", "pdf")


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    name: str
    kind: str
    size: int
    note: str
    added_at: datetime
    added_by: str


def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "Attachments")


def kind_of(data: bytes) -> str | None:
    """What the bytes are (whatever the file is called): jpeg, png, pdf, or None."""
    if data.startswith(b"%PDF-"):
        return "pdf" if b"%%EOF" in data[-2048:] else None
    if data.startswith(b"\xff\xd8\xff") or data.startswith(b"\x89PNG\r\n\x1a\n"):
        from PIL import Image, UnidentifiedImageError  # ReportLab's own dependency

        try:
            with Image.open(io.BytesIO(data)) as image:
                fmt = (image.format or "").lower()
                image.verify()
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            return None
        return fmt if fmt in ("jpeg", "png") else None
    return None


def check(name: str, data: bytes) -> str:
    """The file's kind, or a ``ValidationFailed`` saying what is wrong with it."""
    if not data:
        raise ValidationFailed({"file": _msg(QT_TRANSLATE_NOOP("Attachments", "{name} is empty."), name=name)})
    if len(data) > MAX_BYTES:
        raise ValidationFailed({"file": _msg(QT_TRANSLATE_NOOP(
            "Attachments", "{name} is {size} MB; at most {limit} MB (take the photo at a lower resolution)."),
            name=name, size=f"{len(data) / 1048576:.1f}", limit=MAX_BYTES // 1048576)})
    kind = kind_of(data)
    if kind is None:
        raise ValidationFailed({"file": _msg(QT_TRANSLATE_NOOP(
            "Attachments", "{name} is not a photo (JPEG, PNG) or a PDF, or it is damaged."), name=name)})
    return kind


def read_file(path: Path) -> bytes:
    """A file chosen by a person, read with a size guard before the whole of it is loaded."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationFailed({"file": _msg(QT_TRANSLATE_NOOP(
                "Attachments", "{name} is {size} MB; at most {limit} MB (take the photo at a lower resolution)."),
                name=path.name, size=f"{size / 1048576:.1f}", limit=MAX_BYTES // 1048576)})
        return path.read_bytes()
    except OSError as exc:
        raise ValidationFailed({"file": _msg(QT_TRANSLATE_NOOP("Attachments", "{name} cannot be read: {why}"),
                                             name=path.name, why=exc.strerror or str(exc))}) from exc


def add_in(s: Session, owner: str, owner_id: int, name: str, data: bytes, by: str, note: str = "") -> int:
    kind = check(name, data)
    count = s.scalar(select(func.count()).select_from(Attachment)
                     .where(Attachment.owner == owner, Attachment.owner_id == owner_id)) or 0
    if count >= MAX_PER_RECORD:
        raise ValidationFailed({"file": _msg(QT_TRANSLATE_NOOP(
            "Attachments", "At most {count} files on one record."), count=MAX_PER_RECORD)})
    row = Attachment(owner=owner, owner_id=owner_id, name=clean(Path(name).name)[:120] or kind, kind=kind,
                     size=len(data), data=data, note=clean(note)[:120], added_by=by)
    s.add(row)
    s.flush()
    return row.id


def rows_in(s: Session, owner: str, owner_id: int) -> list[AttachmentRow]:
    return [AttachmentRow(*r) for r in s.execute(
        select(Attachment.id, Attachment.name, Attachment.kind, Attachment.size, Attachment.note,
               Attachment.added_at, Attachment.added_by)
        .where(Attachment.owner == owner, Attachment.owner_id == owner_id).order_by(Attachment.id))]


def data_in(s: Session, attachment_id: int) -> tuple[str, str, bytes]:
    row = s.get(Attachment, attachment_id)
    if row is None:
        raise NotFound("attachment", attachment_id)
    return row.name, row.kind, row.data


def remove_in(s: Session, owner: str, owner_id: int, attachment_id: int) -> None:
    s.execute(delete(Attachment).where(Attachment.id == attachment_id, Attachment.owner == owner,
                                       Attachment.owner_id == owner_id))


def count_in(s: Session, owner: str, owner_id: int) -> int:
    return int(s.scalar(select(func.count()).select_from(Attachment)
                        .where(Attachment.owner == owner, Attachment.owner_id == owner_id)) or 0)
