"""Backup to a USB drive and restore (备份与恢复): the archive format (``archive``), the checks
on the database inside (``payload``), which backups a drive keeps (``rotation``), the
several-workstations copy (``server``) and the use cases (``service``)."""

from desktop.services.backup.archive import MAGIC, SUFFIX, BackupError, Manifest, read_manifest
from desktop.services.backup.rotation import backups_in, plan_rotation, rotate
from desktop.services.backup.server import export_sqlite, load_sqlite
from desktop.services.backup.service import BackupResult, BackupService, copy_free_space
from desktop.services.backup.status import BackupStatus, reminder

__all__ = [
    "MAGIC",
    "SUFFIX",
    "BackupError",
    "BackupResult",
    "BackupService",
    "BackupStatus",
    "Manifest",
    "backups_in",
    "copy_free_space",
    "export_sqlite",
    "load_sqlite",
    "plan_rotation",
    "read_manifest",
    "reminder",
    "rotate",
]
