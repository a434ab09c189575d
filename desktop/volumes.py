"""What kind of place a path is on: a network share, a FAT32 stick, how much room is left.

SQLite's WAL journal keeps its shared memory on one computer, so a shop file opened by two
PCs through a share gets corrupted; and a FAT32 stick cannot hold a file of 4 GiB or more.
The answers come from the system (``/proc/self/mounts`` on Linux, ``GetDriveTypeW`` and
``GetVolumeInformationW`` on Windows); the tests replace ``_mounts`` and ``_windows_volume``
to emulate the other system.  Nothing here imports Qt or the database.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "davfs", "fuse.davfs",
    "fuse.sshfs", "sshfs", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "gpfs", "fuse.rclone",
})
FAT_FILESYSTEMS = frozenset({"vfat", "fat", "msdos", "fat32", "fat16", "fat12"})
FAT_MAX_FILE = 4 * 1024**3 - 1
DRIVE_REMOTE = 4
DRIVE_REMOVABLE = 2


@dataclass(frozen=True)
class Volume:
    filesystem: str  # lower case: "ext4", "ntfs", "vfat", "nfs4", … ("" when unknown)
    network: bool
    how: str  # for the message: "UNC path", "mapped network drive", "nfs4 mount", …

    @property
    def max_file_size(self) -> int | None:
        return FAT_MAX_FILE if self.filesystem in FAT_FILESYSTEMS else None


def _mounts() -> list[tuple[str, str]]:
    """(mount point, file system type) of every mount, on Linux."""
    try:
        text = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            found.append((fields[1].replace("\\040", " "), fields[2].lower()))
    return found


def _windows_volume(root: str) -> tuple[int, str]:
    """(drive type, file system name) of a Windows drive root such as ``C:\\``."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    drive_type = int(kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))
    name = ctypes.create_unicode_buffer(64)
    ok = kernel32.GetVolumeInformationW(ctypes.c_wchar_p(root), None, 0, None, None, None, name, 64)
    return drive_type, (name.value if ok else "")


def volume_of(path: Path | str, platform: str = sys.platform) -> Volume:
    raw = str(path)
    if platform == "win32":
        win = PureWindowsPath(raw)
        if raw.startswith(("\\\\", "//")) or win.drive.startswith("\\\\"):
            return Volume("", True, "UNC path")
        drive_type, fs = _windows_volume(win.anchor or "C:\\")
        fs = fs.lower()
        if drive_type == DRIVE_REMOTE:
            return Volume(fs, True, "mapped network drive")
        return Volume(fs, False, "")
    if raw.startswith("//"):
        return Volume("", True, "UNC path")
    resolved = os.path.realpath(raw)
    best, fs = "", ""
    for point, kind in _mounts():
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fs = point, kind
    if fs in NETWORK_FILESYSTEMS or fs.startswith("nfs"):
        return Volume(fs, True, f"{fs} mount")
    return Volume(fs, False, "")


@dataclass(frozen=True)
class Mounted:
    root: str
    name: str
    free: int
    usable: bool  # valid, ready and writable


LINUX_MEDIA = ("/media/", "/run/media/", "/mnt/")


def pick_drives(mounted: list[Mounted], system_root: str, data_root: str, platform: str = sys.platform,
                drive_type: Callable[[str], int] | None = None) -> list[tuple[str, str, int]]:
    """(folder, name, free bytes) of the drives a backup can go to: removable drives
    (``GetDriveTypeW`` on Windows; the media mounts on Linux), never the system's own disk
    nor the disk the shop's data is on.  Pure, so the Windows case is tested on Linux."""
    skip = {system_root.rstrip("/\\").lower(), data_root.rstrip("/\\").lower()}
    drives = []
    for m in mounted:
        if not m.usable or not m.root or m.root.rstrip("/\\").lower() in skip:
            continue
        if platform == "win32":
            if drive_type is None or drive_type(m.root) != DRIVE_REMOVABLE:
                continue
        elif not m.root.startswith(LINUX_MEDIA):
            continue
        drives.append((m.root, m.name or m.root, m.free))
    return drives


def windows_drive_type(root: str) -> int:
    return _windows_volume(root)[0]


def free_space(folder: Path) -> int:
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    return shutil.disk_usage(probe).free
