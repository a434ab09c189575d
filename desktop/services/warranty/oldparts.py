"""Old parts (旧件).  A part replaced under warranty belongs to the manufacturer: tagged
with its claim, kept on a shelf, then returned or scrapped on the manufacturer's
instruction, with the dates.  (A part replaced at the customer's cost is theirs: the
reception's question, workorders.rules.visit.old_parts.)"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from desktop.models import OldPart
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.warranty.claims import OldPartRow, old_part_rows

STATES = ("kept", "returned", "scrapped")
STATE_NAMES = {
    "kept": QT_TRANSLATE_NOOP("OldParts", "Kept"),
    "returned": QT_TRANSLATE_NOOP("OldParts", "Returned to the manufacturer"),
    "scrapped": QT_TRANSLATE_NOOP("OldParts", "Scrapped"),
}
def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "OldParts")


class OldPartService(Service):

    def rows(self, state: str = "kept", text: str = "", claim_id: int | None = None) -> list[OldPartRow]:
        with reading(self.db) as s:
            return old_part_rows(s, state=state, text=text, claim_id=claim_id)

    def place(self, part_id: int, location: str) -> None:
        """Where the tagged part is kept (shelf, box)."""
        self.require("warranty.manage")
        with writing(self.db, self.user) as s:
            part = self._part(s, part_id)
            if part.state != "kept":
                raise Refused(_msg(QT_TRANSLATE_NOOP("OldParts", "{tag} has left the shop already."), tag=part.tag))
            part.location, part.updated_by = clean(location)[:40], self.user

    def dispose(self, part_ids: Sequence[int], state: str, reference: str, day: date | None = None) -> int:
        """Returned to the manufacturer (with the return note) or scrapped on its instruction."""
        self.require("warranty.manage")
        errors: dict[str, Message] = {}
        if state not in ("returned", "scrapped"):
            errors["state"] = _msg(QT_TRANSLATE_NOOP("OldParts", "Returned or scrapped?"))
        if not clean(reference):
            errors["reference"] = _msg(QT_TRANSLATE_NOOP(
                "OldParts", "Enter the return note or the manufacturer's instruction number."))
        if not part_ids:
            errors["parts"] = _msg(QT_TRANSLATE_NOOP("OldParts", "Choose the parts."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            parts = [self._part(s, i) for i in part_ids]
            gone = [p.tag for p in parts if p.state != "kept"]
            if gone:
                raise Refused(_msg(QT_TRANSLATE_NOOP("OldParts", "{tags}: not in the shop any more."),
                                   tags=", ".join(gone)))
            for p in parts:
                p.state, p.state_on, p.reference, p.updated_by = state, day or date.today(), \
                    clean(reference)[:64], self.user
            audit.record(s, f"old-parts-{state}", "old_part", parts[0].id, count=len(parts),
                         reference=clean(reference)[:64])
            return len(parts)

    @staticmethod
    def _part(s: Session, part_id: int) -> OldPart:
        part = s.get(OldPart, part_id)
        if part is None:
            raise NotFound("old part", part_id)
        return part
