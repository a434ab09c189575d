"""备份: the backup and restore dialogs, and the backup section of the System page."""
