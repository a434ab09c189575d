"""Files the program writes for people (exports, saved PDFs): written beside the target
under a temporary name, flushed, then put in place with one rename, so a half-written
file never carries the real name.  On Windows a file open in Excel or WPS cannot be
replaced: that is said plainly ("close it in Excel and try again"), and the temporary
file is removed."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message


class NotAFile(ServiceError):
    def __init__(self, path: Path) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Files", "{file} is a folder or a device, not a file; choose a file name. Nothing was written."),
            {"file": str(path)}, "Files"))
        self.path = path


class FileInUse(ServiceError):
    def __init__(self, path: Path) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Files", "{file} is open in another program (Excel or WPS?). Close it there and try again; "
                     "nothing was written."), {"file": str(path)}, "Files"))
        self.path = path


@contextmanager
def replacing(path: Path, binary: bool = False, encoding: str = "utf-8-sig") -> Iterator[IO[Any]]:
    """A handle to write ``path`` through; CSV text is UTF-8 with a BOM (Excel shows the
    Chinese) unless told otherwise, with no newline translation (the csv module writes its own)."""
    path = Path(path)
    if path.exists() and not path.is_file():  # never replace a folder or a device (/dev/null, NUL) with a file
        raise NotAFile(path)
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        handle: IO[Any] = part.open("wb") if binary else part.open("w", encoding=encoding, newline="")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.replace(part, path)
        except PermissionError as exc:  # Windows: the target is open in another program
            raise FileInUse(path) from exc
    except BaseException:
        with suppress(OSError):
            part.unlink()
        raise


def write_bytes(path: Path, data: bytes) -> None:
    with replacing(path, binary=True) as handle:
        handle.write(data)
